"""Source language -> English translation: loading a translator, and the translate stage.

``load_translator`` loads a hub id or a local folder once through the one loader
(loading.py: transformers, or ctranslate2 after a one-time conversion) into a translator
(translator.py), in two steps a caller may take apart: ``open_translator`` finds the model,
reads its config and tokenizer and checks it (no weights), ``finish_translator`` loads the
weights (routing.py defers the fallback's to the first document that needs it).
``translate`` fills every segment's ``tgt`` over a window of sentences across documents,
each distinct sentence translated once per run, longest first in padded-size-bounded batches,
the documents of a window grouped by the translator of their language (routing.py), and yields
the records in input order. ``download`` fetches a model ahead of an offline run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise.config import TranslateSection, primary_language
from summarise.errors import ModelLoadError
from summarise.models import loading
from summarise.models.loading import OpenedModel, input_limit, load_runtime, open_model, output_limit
from summarise.models.placeholders import Masked
from summarise.models.runtime import resolve_batch_tokens, resolve_device
from summarise.models.source import ModelSpec
from summarise.models.terms import Terms
from summarise.models.translator import CTranslate2Translator, Decoded, TransformersTranslator, Translator
from summarise.record import Record
from summarise.text.segment import segment_record

__all__ = [
    "Decoded",
    "ModelLoadError",
    "Translator",
    "OpenedTranslator",
    "download",
    "finish_translator",
    "load_translator",
    "model_spec",
    "open_translator",
    "translate",
    "translate_segments",
]

# A Marian hub id names its direction: Helsinki-NLP/opus-mt-<src>-<tgt>.
_OPUS_PAIR = re.compile(r"opus-mt-(?:tc-big-)?([a-zA-Z_]+)-([a-zA-Z_]+)")

# --- loading -----------------------------------------------------------------------


def model_spec(cfg: TranslateSection, key: str = "translate.model") -> ModelSpec:
    """What [translate] says about the model (``cfg.model``, set by ``key``), for the loader."""
    return ModelSpec(
        role="translator",
        key=key,
        model=cfg.model,
        revision=cfg.revision,
        backend=cfg.backend,
        dtype=cfg.dtype,
        quantize=cfg.quantize,
        compute_type=cfg.compute_type,
        threads=cfg.threads,
    )


def model_family(config, tokenizer) -> str:
    """ "marian", "mbart50" (language-code tokens) or "seq2seq", from the model's own files."""
    if config.model_type == "marian":
        return "marian"
    if config.model_type == "mbart" and type(tokenizer).__name__.startswith("MBart50"):
        return "mbart50"
    return "seq2seq"


def _lang(code: str | None) -> str | None:
    """ "fr_XX" / "fra_Latn" / "fr" -> "fr"; None stays None."""
    return primary_language(code) if code else None


def _model_names(opened: OpenedModel) -> str:
    """The model's own names (hub repo or folder name, not the folders above it)."""
    given = (opened.spec.model, getattr(opened.config, "_name_or_path", "") or "")
    return " ".join(Path(str(name).rstrip("/")).name for name in given)


def _check_direction(opened: OpenedModel, cfg: TranslateSection) -> None:
    want = (_lang(cfg.src_lang), _lang(cfg.tgt_lang))
    names = _model_names(opened)
    pair = _OPUS_PAIR.search(names)
    tokenizer = opened.tokenizer
    have = (
        getattr(tokenizer, "source_lang", None) or (pair and pair.group(1)),
        getattr(tokenizer, "target_lang", None) or (pair and pair.group(2)),
    )
    reversed_name = re.search(rf"(?<![A-Za-z]){want[1]}[-_]{want[0]}(?![A-Za-z])", names)
    wrong = [h for h, w in zip(have, want) if h and h.lower() not in ("mul", "multi") and _lang(h) != w]
    if wrong or (reversed_name and not pair):
        raise ModelLoadError(
            f"model '{cfg.model}' translates {have[0] or want[1]} -> {have[1] or want[0]}, "
            f"but this tool translates {want[0]} -> {want[1]}: use a {want[0]}-{want[1]} model "
            f"(e.g. Helsinki-NLP/opus-mt-{want[0]}-{want[1]})"
        )


# A summariser's name or task settings say so ("barthez-orangesum-abstract", "bart-large-cnn",
# task_specific_params["summarization"]); such a model given as translator copies French.
_SUMMARISER_NAME = re.compile(r"summ|orangesum|xsum|cnn[_-]?dailymail|-cnn\b", re.IGNORECASE)


def _check_task(opened: OpenedModel) -> None:
    names = _model_names(opened)
    tasks = set(getattr(opened.config, "task_specific_params", None) or {})
    translates = any(task.startswith("translation") for task in tasks)
    if not translates and ("summarization" in tasks or _SUMMARISER_NAME.search(names)):
        raise ModelLoadError(
            f"model '{opened.spec.model}' is a summariser, not a translation model: put it under "
            "[summarise] model, and set translate.model to a French->English model "
            "(e.g. Helsinki-NLP/opus-mt-fr-en)"
        )


def _language_codes(tokenizer, cfg: TranslateSection, family: str) -> str | None:
    """Set the source code on a multilingual tokenizer; return the target code to force."""
    vocab = tokenizer.get_vocab()
    if family != "mbart50" and cfg.tgt_lang not in vocab:
        return None
    missing = [code for code in (cfg.src_lang, cfg.tgt_lang) if code not in vocab]
    if missing:
        raise ModelLoadError(
            f"model has no language code {', '.join(missing)}: set "
            "translate.src_lang / translate.tgt_lang to codes it knows (e.g. fr_XX, en_XX)"
        )
    if hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = cfg.src_lang
    return cfg.tgt_lang


@dataclass
class OpenedTranslator:
    """A translator found and checked, its weights not loaded yet: the model's files, config
    and tokenizer (its language codes), what the translator will be built with."""

    cfg: TranslateSection
    device: str
    opened: OpenedModel
    family: str
    forced_bos: str | None
    many_to_one: bool

    @property
    def model_id(self) -> str:
        return self.cfg.model

    @property
    def tokenizer(self) -> Any:
        return self.opened.tokenizer


def open_translator(
    cfg: TranslateSection, device: str = "auto", key: str = "translate.model", many_to_one: bool = False
) -> OpenedTranslator:
    """Find the model and read its config and tokenizer, and check it is a translator for this
    job (no weights yet); ModelLoadError says what is wrong and how to fix it."""
    device = resolve_device(device)
    opened = open_model(model_spec(cfg, key))
    family = model_family(opened.config, opened.tokenizer)
    _check_task(opened)
    if many_to_one:
        forced_bos = cfg.tgt_lang if cfg.tgt_lang in opened.tokenizer.get_vocab() else None
    else:
        _check_direction(opened, cfg)
        forced_bos = _language_codes(opened.tokenizer, cfg, family)
    return OpenedTranslator(cfg, device, opened, family, forced_bos, many_to_one)


def finish_translator(found: OpenedTranslator) -> Translator:
    """Load the weights of a translator ``open_translator`` found onto its backend."""
    cfg, opened = found.cfg, found.opened
    runtime = load_runtime(opened, found.device)
    cls = CTranslate2Translator if runtime.backend == "ctranslate2" else TransformersTranslator
    return cls(
        model_id=cfg.model,
        path=opened.source.path,
        revision=opened.revision,
        family=found.family,
        backend=runtime.backend,
        device=found.device,
        dtype=runtime.dtype,
        num_beams=cfg.num_beams,
        max_new_tokens=output_limit(opened.config, cfg.max_new_tokens),
        max_input_tokens=input_limit(opened.config, opened.tokenizer, cfg.max_input_tokens),
        batch_tokens=resolve_batch_tokens(cfg.batch_tokens, found.device),
        max_batch_size=cfg.max_batch_size,
        tokenizer=opened.tokenizer,
        model=runtime.model,
        forced_bos=found.forced_bos,
        threads=runtime.threads,
        backend_reason=runtime.reason,
        source_lang=None if found.many_to_one else _lang(cfg.src_lang),
    )


def load_translator(
    cfg: TranslateSection, device: str = "auto", key: str = "translate.model", many_to_one: bool = False
) -> Translator:
    """Load the configured model once; ModelLoadError says what is wrong and how to fix it.
    ``many_to_one``: a fallback for many source languages (routing.py sets each one's code)."""
    return finish_translator(open_translator(cfg, device, key, many_to_one))


def download(cfg: TranslateSection, device: str = "auto") -> str:
    """Fetch the model (and convert it when it will run on ctranslate2) ahead of an offline run."""
    return loading.download(model_spec(cfg), device)


# --- the stage ---------------------------------------------------------------------


def _pending(record: Record) -> list[dict]:
    """The sentences still to translate: the release's, then its summary's (one pass)."""
    if record.error is not None or not record.translation:
        return []
    summary = (record.summary or {}).get("segments") or []
    _reuse_translations(record.translation["segments"], summary)
    return [s for s in [*record.translation["segments"], *summary] if s["tgt"] is None]


def _reuse_translations(segments: list[dict], summary: list[dict]) -> None:
    """A summary sentence that is a sentence of the release (an extractive summary) already
    translated takes exactly that translation. (Translated in the same pass, the two are one
    sentence to the model: a call translates each distinct sentence once.)"""
    done = {seg["src"]: seg["tgt"] for seg in segments if seg["tgt"] is not None}
    for seg in summary:
        if seg["tgt"] is None and seg["src"] in done:
            seg["tgt"] = done[seg["src"]]


def _compose(record: Record) -> None:
    """Set translation title/text from the segments (paragraphs joined by a blank line)."""
    assert record.translation is not None
    paras: dict[int, list[str]] = {}
    for seg in record.translation["segments"]:
        paras.setdefault(seg["para"], []).append(seg["tgt"] or "")
    record.translation["title"] = " ".join(paras.pop(0, []))
    record.translation["text"] = "\n\n".join(" ".join(paras[p]) for p in sorted(paras))


def _compose_summary(record: Record) -> None:
    """The summary's English from its translated sentences; what translating them flagged
    (a protected span lost, a glossary term missed) joins the summary's flags, unless the
    sentence is one of the release's (its flags are there already)."""
    summary = record.summary
    assert summary is not None and record.translation is not None
    segments = summary.get("segments") or []
    release = {seg["src"] for seg in record.translation["segments"]}
    summary["en"] = " ".join(seg["tgt"] or "" for seg in segments)
    summary["flags"] += [
        dict(f, detail=f"summary: {f['detail']}") for seg in segments if seg["src"] not in release for f in seg["flags"]
    ]


def _fill(seg: dict, masked: Masked, text: str, terms: Terms) -> None:
    """The output with its protected spans restored, its token count and whether it stopped
    at the limit (checks read them)."""
    terms.finish(seg, masked, str(text), getattr(text, "placed", ()))
    seg["out_tokens"] = getattr(text, "out_tokens", 0)
    seg["hit_limit"] = getattr(text, "hit_limit", False)


def translate_segments(translator: Translator, segments: list[dict]) -> None:
    """Fill each segment's ``tgt`` as the stage does (the memory's English, else the model's
    with its protected spans restored) and add their flags: for text outside a record's
    segments, such as an abstractive summary's sentences."""
    terms = translator.terms or Terms([])
    todo = terms.prepare(segments)
    for (seg, masked), text in zip(todo, translator.translate([m.text for _, m in todo]) if todo else []):
        _fill(seg, masked, text, terms)


def _translate_documents(records: list[Record], translator: Translator) -> None:
    """All pending segments in one call; if it fails, document by document."""
    # Memory hits are filled, the rest masked for the model and restored (terms.py).
    terms = translator.terms or Terms([])
    work = [(rec, terms.prepare(_pending(rec))) for rec in records]
    work = [(rec, segs) for rec, segs in work if segs]
    sources = [masked.text for _, segs in work for _, masked in segs]
    try:
        outputs = translator.translate(sources) if sources else []
    except Exception:  # retried per document below, so only the failing one gets the error
        outputs = None
    if outputs is not None:
        flat = iter(outputs)
        for _, segs in work:
            for seg, masked in segs:
                _fill(seg, masked, next(flat), terms)
        return
    for rec, segs in work:
        try:
            for (seg, masked), text in zip(segs, translator.translate([m.text for _, m in segs])):
                _fill(seg, masked, text, terms)
        except Exception as exc:  # this document fails; the others go on
            rec.fail("translate", exc)


def _groups(records: list[Record], translator) -> list[tuple[Translator, list[Record]]]:
    """The window's documents by the translator of their language, in first-seen order (one
    group for a single translator: the same batches as a one-language run)."""
    groups: dict[int, tuple[Translator, list[Record]]] = {}
    for rec in records:
        if rec.error is None and rec.translation is not None:
            try:
                chosen = translator.pick(rec)
            except ModelLoadError as exc:  # the fallback, loaded when first needed, cannot load
                rec.fail("translate", exc)
                continue
            if chosen is None:  # segmented elsewhere for a language no model here covers
                rec.fail("translate", "UnsupportedLanguage", translator.refusal(rec))
                continue
            groups.setdefault(id(chosen), (chosen, []))[1].append(rec)
    return list(groups.values())


def _finish(records: list[Record], translator, memos: dict[int, dict]) -> Iterator[Record]:
    for rec in records:
        if rec.error is None and rec.translation is None:
            try:
                segment_record(rec, translator)
            except Exception as exc:  # as in the segment stage: this document only
                rec.fail("segment", exc)
    for chosen, group in _groups(records, translator):
        chosen.memo = memos.setdefault(id(chosen), {})
        try:
            _translate_documents(group, chosen)
        finally:
            chosen.memo = None
    for rec in records:
        if rec.error is None and rec.translation is not None and rec.translation["text"] is None:
            _compose(rec)
        if rec.error is None and rec.summary is not None and rec.summary.get("en") is None:
            _compose_summary(rec)
        yield rec


def translate(records: Iterable[Record], translator, cfg: TranslateSection) -> Iterator[Record]:
    """Translate records lazily, up to ``cfg.window_sentences`` sentences per window; a
    sentence seen earlier in the run (a title, a boilerplate line) is not translated again.
    ``translator``: one translator, or the run's translators by language (routing.py), each
    document going to its language's."""
    window: list[Record] = []
    count = 0
    memos: dict[int, dict] = {}  # per translator, for the whole run of the stage
    for record in records:
        window.append(record)
        if record.error is None:  # not yet segmented: about one sentence per 80 characters
            count += len(_pending(record)) if record.translation else len(record.text) // 80 + 1
        if count >= cfg.window_sentences:
            yield from _finish(window, translator, memos)
            window, count = [], 0
    if window:
        yield from _finish(window, translator, memos)
