"""French -> English translation: the translator, token-budget batching, the translate stage.

``load_translator`` loads a hub id or a local folder once through the one loader
(loading.py: transformers, or ctranslate2 after a one-time conversion); ``translate``
fills every segment's ``tgt`` over a window of sentences across documents, each distinct
sentence translated once per run, longest first in padded-size-bounded batches, and
yields the records in input order. ``download`` fetches a model ahead of an offline run.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarise.models import loading
from summarise.config import TranslateSection
from summarise.errors import ModelLoadError
from summarise.models.loading import (ModelSpec, OpenedModel, halve_on_oom, input_limit, load_runtime, open_model,
                      output_limit, resolve_batch_tokens, resolve_device, spread_budget, token_batches)
from summarise.record import Record
from summarise.text.segment import segment_record, split_long
from summarise.models.terms import (PLACEHOLDER, PLACEHOLDER_RE, Masked, Terms, constraint_for, forced_numbers, insertion_point,
                    placeholder_numbers, source_positions, word_tokens)

__all__ = ["ModelLoadError", "Translator", "download", "load_translator", "model_spec", "translate",
           "translate_segments"]

# A Marian hub id names its direction: Helsinki-NLP/opus-mt-<src>-<tgt>.
_OPUS_PAIR = re.compile(r"opus-mt-(?:tc-big-)?([a-zA-Z_]+)-([a-zA-Z_]+)")
# Distinct sentences remembered by one run of the stage (titles, boilerplate, repeated
# paragraphs of an archive); about 40 MB at most.
MEMO_SIZE = 100_000


def _stats() -> dict[str, Any]:
    return {"tokens_in": 0, "tokens_out": 0, "sentences": 0, "reused": 0, "rows_done": 0,
            "batches": 0, "oom_splits": 0, "seconds": 0.0}


class Decoded(str):
    """An output text that also says how it was decoded: its output token count and
    whether the decoder stopped at ``max_new_tokens`` (a str everywhere else)."""

    out_tokens: int = 0
    hit_limit: bool = False
    placed: tuple[int, ...] = ()  # placeholders the decoder dropped and was made to write

    @classmethod
    def of(cls, text: str, out_tokens: int, hit_limit: bool, placed: tuple[int, ...] = ()) -> "Decoded":
        out = cls(text)
        out.out_tokens, out.hit_limit, out.placed = int(out_tokens), bool(hit_limit), tuple(placed)
        return out


@dataclass
class Translator:
    """A loaded model and how it decodes; ``translate(sentences)`` is the one entry point."""

    model_id: str
    path: str
    revision: str | None
    family: str
    backend: str
    device: str
    dtype: str
    num_beams: int
    max_new_tokens: int
    max_input_tokens: int
    batch_tokens: int
    max_batch_size: int
    tokenizer: Any
    model: Any
    forced_bos: str | None = None
    threads: int = 0
    backend_reason: str = ""
    memo: dict[str, Any] | None = None
    on_batch: Callable[[], None] | None = None  # called after each batch (the progress bar)
    stats: dict[str, Any] = field(default_factory=_stats)
    terms: Terms | None = None  # protected spans, glossary, memory (summarise/terms.py)

    def count_tokens(self, text: str) -> int:
        """Source tokens of ``text`` with the model's special tokens (what its limit counts)."""
        return len(self.tokenizer(text)["input_ids"])

    def translate(self, sentences: list[str]) -> list[str]:
        """Translations in input order; an over-long sentence is cut and its parts rejoined.
        Each distinct sentence goes to the model once per call, and once per run of the
        stage (``memo``, which the stage holds while it runs)."""
        started = time.perf_counter()
        memo = {} if self.memo is None else self.memo
        keys = [sentence.strip() for sentence in sentences]
        fresh = [key for key in dict.fromkeys(keys) if key and key not in memo]
        for key, text in zip(fresh, self._translate_distinct(fresh)):
            if len(memo) >= MEMO_SIZE:
                memo.pop(next(iter(memo)))
            memo[key] = text
        self.stats["sentences"] += len(sentences)
        self.stats["reused"] += sum(1 for key in keys if key) - len(fresh)
        self.stats["seconds"] += time.perf_counter() - started
        return [memo[key] if key else "" for key in keys]

    def _translate_distinct(self, sentences: list[str]) -> list[str]:
        owners = list(range(len(sentences)))
        rows = self._encode(sentences) if sentences else []
        owners, rows = self._fit_limit(owners, rows, sentences)
        self.stats["tokens_in"] += sum(map(len, rows))
        outputs = self._translate_ids(rows) if rows else []
        joined: list[list[str]] = [[] for _ in sentences]
        for index, text in zip(owners, outputs):
            joined[index].append(text)
        return [Decoded.of(" ".join(parts), sum(getattr(p, "out_tokens", 0) for p in parts),
                           any(getattr(p, "hit_limit", False) for p in parts),
                           tuple(n for p in parts for n in getattr(p, "placed", ()))) for parts in joined]

    def _fit_limit(self, owners: list[int], rows: list[list[int]],
                   sentences: list[str]) -> tuple[list[int], list[list[int]]]:
        """Cut the (rare) rows over the model's input limit into pieces that fit."""
        if all(len(row) <= self.max_input_tokens for row in rows):
            return owners, rows
        fit_owners, fit_rows = [], []
        for owner, row in zip(owners, rows):
            if len(row) <= self.max_input_tokens:
                fit_owners.append(owner)
                fit_rows.append(row)
                continue
            pieces = split_long(sentences[owner].strip(), self.count_tokens, self.max_input_tokens)
            fit_owners += [owner] * len(pieces)
            fit_rows += self._encode(pieces)
        return fit_owners, fit_rows

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        raise NotImplementedError

    def _batch_done(self, rows: int) -> None:
        self.stats["batches"] += 1
        self.stats["rows_done"] += rows
        if self.on_batch is not None:
            self.on_batch()

    def _encode(self, pieces: list[str]) -> list[list[int]]:
        return self.tokenizer(pieces)["input_ids"]

    def _decode(self, ids) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True).strip()

    def signature(self) -> str:
        name = self.model_id.rstrip("/").split("/")[-1]
        return (f"model:{name}@{loading.signed_revision(self.model_id, self.revision)}|backend:{self.backend}"
                f"|beam:{self.num_beams}|dtype:{self.dtype}"
                + (f"|{self.terms.signature()}" if self.terms else ""))

    def info(self) -> dict[str, Any]:
        return {"model": self.model_id, "revision": self.revision, "path": self.path,
                "family": self.family, "backend": self.backend, "device": self.device,
                "dtype": self.dtype, "num_beams": self.num_beams,
                "max_new_tokens": self.max_new_tokens, "max_input_tokens": self.max_input_tokens,
                "batch_tokens": self.batch_tokens, "threads": self.threads,
                "backend_reason": self.backend_reason,
                "terms": self.terms.info() if self.terms else None}


class TransformersTranslator(Translator):
    """generate() on token-budget batches, longest first; CUDA out-of-memory halves a batch."""

    def _translate_ids(self, ids: list[list[int]]) -> list[str]:
        results: list[str] = [""] * len(ids)
        for batch in token_batches([len(row) for row in ids], self.batch_tokens, self.max_batch_size):
            for index, text in zip(batch, self._generate_halving([ids[i] for i in batch])):
                results[index] = text
        return results

    def _generate_halving(self, rows: list[list[int]]) -> list[str]:
        return halve_on_oom(self._generate, rows, self._count_split)

    def _count_split(self) -> None:
        self.stats["oom_splits"] += 1

    def _generate(self, rows: list[list[int]]) -> list[str]:
        import torch

        batch = self.tokenizer.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
        kwargs = {"num_beams": self.num_beams, "max_new_tokens": self.max_new_tokens}
        if self.forced_bos:
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.forced_bos)
        # Each placeholder of a masked sentence comes out exactly once (terms.py).
        keep = constraint_for(self.tokenizer, rows, self.num_beams, self.max_new_tokens,
                              prefix=2 if self.forced_bos else 1)
        if keep is not None:
            kwargs["logits_processor"] = [keep]
        with torch.inference_mode():
            out = self.model.generate(**batch, **kwargs)
        self._batch_done(len(rows))
        # Generated tokens without the start, padding and end tokens (as ctranslate2 counts).
        body = out[:, 1:]
        kept = (body != self.tokenizer.pad_token_id) & (body != self.tokenizer.eos_token_id)
        self.stats["tokens_out"] += int(kept.sum())
        # Stopped at the limit: no end token, or the one generate() forces at the last step.
        is_eos = body == self.tokenizer.eos_token_id
        first_eos = torch.where(is_eos.any(dim=1), is_eos.int().argmax(dim=1), body.shape[1])
        hit = first_eos >= self.max_new_tokens - 1
        return [Decoded.of(self._decode(row), int(n), bool(h), forced_numbers(keep, b))
                for b, (row, n, h) in enumerate(zip(out, kept.sum(dim=1), hit))]


class CTranslate2Translator(Translator):
    """ctranslate2.Translator.translate_batch: it batches by tokens itself. The rows go in
    longest first, in chunks of ``CHUNK_ROWS`` (many batches each, so every thread stays
    busy), and the progress bar hears of each chunk."""

    CHUNK_ROWS = 512

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        order = sorted(range(len(rows)), key=lambda i: -len(rows[i]))
        results: list[str] = [""] * len(rows)
        for start in range(0, len(order), self.CHUNK_ROWS):
            chunk = order[start:start + self.CHUNK_ROWS]
            for index, text in zip(chunk, self._translate_chunk([rows[i] for i in chunk])):
                results[index] = text
            self._batch_done(len(chunk))
        return results

    def _translate_chunk(self, rows: list[list[int]]) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in rows]
        prefix = [[self.forced_bos] for _ in tokens] if self.forced_bos else None
        results = self.model.translate_batch(
            tokens, target_prefix=prefix, beam_size=self.num_beams,
            # generate() counts the end token in max_new_tokens; ctranslate2 does not.
            max_decoding_length=max(1, self.max_new_tokens - 1),
            max_batch_size=self._budget(tokens), batch_type="tokens", max_input_length=0,
            return_end_token=True,  # its absence says the decoder stopped at the limit
        )
        hypotheses = [result.hypotheses[0] for result in results]
        placed = self._put_back_placeholders(rows, tokens, hypotheses)
        outputs = []
        for hypothesis, numbers in zip(hypotheses, placed):
            body = self._strip_end(hypothesis)
            ended, hypothesis = len(body) < len(hypothesis), body
            self.stats["tokens_out"] += len(hypothesis)
            text = self._decode(self.tokenizer.convert_tokens_to_ids(hypothesis))
            outputs.append(Decoded.of(text, len(hypothesis), not ended, numbers))
        return outputs

    def _put_back_placeholders(self, rows: list[list[int]], tokens: list[list[str]],
                               hypotheses: list[list[str]]) -> list[tuple[int, ...]]:
        """Constrained decoding for ctranslate2, which takes no logits processor. A row whose
        output lacks a placeholder of its source is decoded again with a forced prefix: its
        output up to where the decoder attended most to that placeholder, then the
        placeholder; the placeholders already written are suppressed, so none comes out twice.
        Once per missing placeholder, leaving room for the others; one still missing at the
        end (no room was left) goes in at that place. Rewrites ``hypotheses`` in place;
        returns the placeholders put back in each row."""
        # Only a row whose pieces spell a placeholder is decoded back to text to find which.
        sources = [self._decode(row) if PLACEHOLDER_RE.search("".join(pieces)) else ""
                   for row, pieces in zip(rows, tokens)]
        wanted = [sorted(set(placeholder_numbers(text))) for text in sources]
        placed: list[list[int]] = [[] for _ in rows]
        floors = [1 if self.forced_bos else 0 for _ in rows]
        limit = max(1, self.max_new_tokens - 1)  # as the first decoding: end token not counted
        pieces: dict[int, list[str]] = {}

        def piece(n: int) -> list[str]:
            if n not in pieces:
                ids = word_tokens(self.tokenizer, PLACEHOLDER.format(n=n), target=True)
                pieces[n] = self.tokenizer.convert_ids_to_tokens(ids)
            return pieces[n]

        def missing(i: int) -> list[int]:
            text = self._decode(self.tokenizer.convert_tokens_to_ids(hypotheses[i]))
            return [n for n in wanted[i] if n not in placeholder_numbers(text)]

        def spot(i: int, n: int, body: list[str], room: int) -> int:
            at = source_positions(self.tokenizer, rows[i], sources[i], n)
            return min(insertion_point(body, attention[i], at, floors[i]), max(floors[i], room))

        todo = [i for i in range(len(rows)) if wanted[i] and missing(i)]
        attention = self._attention(tokens, hypotheses, todo) if todo else {}
        for _ in range(max((len(wanted[i]) for i in todo), default=0)):
            lacking = {i: missing(i) for i in todo}  # each output decoded once a round
            todo = [i for i in todo if lacking[i]]
            if not todo:
                break
            prefixes = []
            for i in todo:
                body = self._strip_end(hypotheses[i])
                room = limit - sum(len(piece(n)) for n in lacking[i])
                spots = {n: spot(i, n, body, room) for n in lacking[i]}
                n = min(spots, key=spots.get)
                prefixes.append(body[:spots[n]] + piece(n))
                floors[i] = len(prefixes[-1])
                placed[i].append(n)
            suppress = {tuple(piece(n)) for i in todo for n in wanted[i]}
            source = [tokens[i] for i in todo]
            results = self.model.translate_batch(
                source, target_prefix=prefixes, beam_size=self.num_beams, max_decoding_length=limit,
                max_batch_size=self._budget(source), batch_type="tokens",
                max_input_length=0, return_end_token=True, return_attention=True,
                suppress_sequences=[list(seq) for seq in suppress])
            for i, result in zip(todo, results):
                hypotheses[i], attention[i] = result.hypotheses[0], result.attention[0]
        for i in todo:  # no room left to decode around them: put in where the decoder looked
            body = self._strip_end(hypotheses[i])
            end = hypotheses[i][len(body):]
            at = sorted(((spot(i, n, body, len(body)), n) for n in missing(i)), reverse=True)
            for position, n in at:
                body = body[:position] + piece(n) + body[position:]
                placed[i].append(n)
            hypotheses[i] = body + end
        return [tuple(dict.fromkeys(numbers)) for numbers in placed]

    def _budget(self, tokens: list[list[str]]) -> int:
        return spread_budget(tokens, self.batch_tokens, self.model.num_translators)

    def _strip_end(self, hypothesis: list[str]) -> list[str]:
        return hypothesis[:-1] if hypothesis and hypothesis[-1] == self.tokenizer.eos_token else hypothesis

    def _attention(self, tokens: list[list[str]], hypotheses: list[list[str]],
                   todo: list[int]) -> dict[int, list[list[float]]]:
        """The decoder's attention over the source for each output of ``todo`` (its output
        forced as the prefix, so the text is the one already decoded)."""
        source = [tokens[i] for i in todo]
        results = self.model.translate_batch(
            source, target_prefix=[self._strip_end(hypotheses[i]) for i in todo],
            beam_size=1, max_decoding_length=max(len(hypotheses[i]) for i in todo) + 1,
            max_batch_size=self._budget(source), batch_type="tokens", max_input_length=0,
            return_attention=True)
        return {i: result.attention[0] for i, result in zip(todo, results)}


# --- loading -----------------------------------------------------------------------

def model_spec(cfg: TranslateSection) -> ModelSpec:
    """What [translate] says about the model, for the loader."""
    return ModelSpec(role="translator", key="translate.model", model=cfg.model, revision=cfg.revision,
                     backend=cfg.backend, dtype=cfg.dtype, quantize=cfg.quantize,
                     compute_type=cfg.compute_type, threads=cfg.threads)


def model_family(config, tokenizer) -> str:
    """"marian", "mbart50" (language-code tokens) or "seq2seq", from the model's own files."""
    if config.model_type == "marian":
        return "marian"
    if config.model_type == "mbart" and type(tokenizer).__name__.startswith("MBart50"):
        return "mbart50"
    return "seq2seq"


def _lang(code: str | None) -> str | None:
    """"fr_XX" / "fra_Latn" / "fr" -> "fr"; None stays None."""
    return code.split("_")[0][:2].lower() if code else None


def _model_names(opened: OpenedModel) -> str:
    """The model's own names (hub repo or folder name, not the folders above it)."""
    given = (opened.spec.model, getattr(opened.config, "_name_or_path", "") or "")
    return " ".join(Path(str(name).rstrip("/")).name for name in given)


def _check_direction(opened: OpenedModel, cfg: TranslateSection) -> None:
    want = (_lang(cfg.src_lang), _lang(cfg.tgt_lang))
    names = _model_names(opened)
    pair = _OPUS_PAIR.search(names)
    tokenizer = opened.tokenizer
    have = (getattr(tokenizer, "source_lang", None) or (pair and pair.group(1)),
            getattr(tokenizer, "target_lang", None) or (pair and pair.group(2)))
    reversed_name = re.search(rf"(?<![A-Za-z]){want[1]}[-_]{want[0]}(?![A-Za-z])", names)
    wrong = [h for h, w in zip(have, want) if h and h.lower() not in ("mul", "multi") and _lang(h) != w]
    if wrong or (reversed_name and not pair):
        raise ModelLoadError(
            f"model '{cfg.model}' translates {have[0] or want[1]} -> {have[1] or want[0]}, "
            f"but this tool translates {want[0]} -> {want[1]}: use a {want[0]}-{want[1]} model "
            f"(e.g. Helsinki-NLP/opus-mt-{want[0]}-{want[1]})")


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
            "(e.g. Helsinki-NLP/opus-mt-fr-en)")


def _language_codes(tokenizer, cfg: TranslateSection, family: str) -> str | None:
    """Set the source code on a multilingual tokenizer; return the target code to force."""
    vocab = tokenizer.get_vocab()
    if family != "mbart50" and cfg.tgt_lang not in vocab:
        return None
    missing = [code for code in (cfg.src_lang, cfg.tgt_lang) if code not in vocab]
    if missing:
        raise ModelLoadError(f"model has no language code {', '.join(missing)}: set "
                             "translate.src_lang / translate.tgt_lang to codes it knows (e.g. fr_XX, en_XX)")
    if hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = cfg.src_lang
    return cfg.tgt_lang


def load_translator(cfg: TranslateSection, device: str = "auto") -> Translator:
    """Load the configured model once; ModelLoadError says what is wrong and how to fix it."""
    device = resolve_device(device)
    opened = open_model(model_spec(cfg))
    family = model_family(opened.config, opened.tokenizer)
    _check_task(opened)
    _check_direction(opened, cfg)
    forced_bos = _language_codes(opened.tokenizer, cfg, family)
    runtime = load_runtime(opened, device)
    cls = CTranslate2Translator if runtime.backend == "ctranslate2" else TransformersTranslator
    return cls(
        model_id=cfg.model, path=opened.source.path, revision=opened.revision, family=family,
        backend=runtime.backend, device=device, dtype=runtime.dtype, num_beams=cfg.num_beams,
        max_new_tokens=output_limit(opened.config, cfg.max_new_tokens),
        max_input_tokens=input_limit(opened.config, opened.tokenizer, cfg.max_input_tokens),
        batch_tokens=resolve_batch_tokens(cfg.batch_tokens, device),
        max_batch_size=cfg.max_batch_size, tokenizer=opened.tokenizer, model=runtime.model,
        forced_bos=forced_bos, threads=runtime.threads, backend_reason=runtime.reason,
    )


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
    summary["flags"] += [dict(f, detail=f"summary: {f['detail']}") for seg in segments if seg["src"] not in release
                         for f in seg["flags"]]


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


def _finish(records: list[Record], translator: Translator) -> Iterator[Record]:
    for rec in records:
        if rec.error is None and rec.translation is None:
            try:
                segment_record(rec, translator)
            except Exception as exc:  # as in the segment stage: this document only
                rec.fail("segment", exc)
    _translate_documents(records, translator)
    for rec in records:
        if rec.error is None and rec.translation is not None and rec.translation["text"] is None:
            _compose(rec)
        if rec.error is None and rec.summary is not None and rec.summary.get("en") is None:
            _compose_summary(rec)
        yield rec


def translate(records: Iterable[Record], translator: Translator,
              cfg: TranslateSection) -> Iterator[Record]:
    """Translate records lazily, up to ``cfg.window_sentences`` sentences per model call;
    a sentence seen earlier in the run (a title, a boilerplate line) is not translated again."""
    window: list[Record] = []
    count = 0
    translator.memo = {}
    try:
        for record in records:
            window.append(record)
            if record.error is None:  # not yet segmented: about one sentence per 80 characters
                count += len(_pending(record)) if record.translation else len(record.text) // 80 + 1
            if count >= cfg.window_sentences:
                yield from _finish(window, translator)
                window, count = [], 0
        if window:
            yield from _finish(window, translator)
    finally:
        translator.memo = None
