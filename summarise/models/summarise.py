"""Summary stage: a short summary of each release in its own language.

Two methods, picked by ``[summarise] method``:

* ``extractive`` (no extra model): the body sentences are ranked by LexRank
  (Erkan & Radev 2004: PageRank over the TF-IDF cosine-similarity graph of the
  sentences) mixed with a lead bias, and the best ones are kept in their original order.
* ``abstractive``: a seq2seq summariser (BARThez by default) writes the summary from the
  cleaned title and body. A body longer than the summariser's input limit is, by default
  (``long_input = "select"``), cut down to its most central sentences and its lead that fit,
  kept in order, for one pass; with ``"parts"`` it is summarised in parts, then the joined
  partial summaries are summarised again. Either way the summary says so in a flag.

The stage runs before translation and never calls the translator: it leaves the summary's
sentences in ``summary["segments"]`` (``tgt`` None), and the translate stage translates them
in the same batched pass as the release's own sentences (so protected spans, glossary and
memory hold, and an extractive summary's English is exactly its sentences' translations).
The check stage then checks both halves (``summary_empty``, ``summary_too_long``,
``summary_unsupported``, ``summary_halves_differ``). This stage's own flags:

* ``long_input_selected`` / ``long_input_chunked``: the body was over the summariser's
  input limit; the summariser read the sentences that fit, chosen / it was summarised in parts;
* ``summary_trimmed`` / ``summary_cut_mid_sentence``: a generated summary was over
  ``max_sentences`` / ``max_words`` and was cut (at a sentence end when possible).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from summarise.config import LOAD_SETTINGS, SummariseSection
from summarise.models import loading
from summarise.models.abstractive import chunk_flag, new_job, reduce_jobs, selected_flag
from summarise.models.extractive import extract, new_summary, trim_summary
from summarise.models.loading import input_limit, load_runtime, open_model, output_limit
from summarise.models.runtime import resolve_batch_tokens, resolve_device
from summarise.models.source import ModelSpec
from summarise.models.summariser import CTranslate2Summariser, Summariser, TransformersSummariser
from summarise.record import Record, document_language
from summarise.text.segment import split_sentences

STAGE = "summarise"


def _todo(record: Record) -> bool:
    """Segmented, not failed, not summarised yet (a summary already there is kept)."""
    return (
        record.error is None
        and record.summary is None
        and bool(record.translation)
        and bool((record.translation or {}).get("segments"))
    )


def _extract_into(record: Record, cfg: SummariseSection) -> None:
    try:
        record.summary = extract(record, cfg)
    except Exception as exc:  # one document's failure is its error; the others go on
        record.fail(STAGE, exc)


def summarise(
    records: Iterable[Record], summariser: Summariser | dict[str, Summariser] | None, cfg: SummariseSection
) -> Iterator[Record]:
    """Add ``record.summary`` to every segmented record; others pass through untouched.
    ``summariser``: one for every record, or one per language (a record in a language with
    none is summarised extractively, and its summary says so)."""
    if cfg.method == "none":
        yield from records
    elif cfg.method == "extractive":
        for record in records:
            if _todo(record):
                _extract_into(record, cfg)
            yield record
    else:
        if summariser is None:
            raise ValueError("method 'abstractive' needs a summariser: load it with load_summariser(cfg, device)")
        for window in _windows(records, cfg.batch_size):
            groups: dict[int, tuple[Summariser, list[Record]]] = {}
            for record in (r for r in window if _todo(r)):
                chosen = summariser.get(document_language(record)) if isinstance(summariser, dict) else summariser
                if chosen is None:
                    _extract_into(record, cfg)
                else:
                    groups.setdefault(id(chosen), (chosen, []))[1].append(record)
            for chosen, group in groups.values():
                abstract_all(group, chosen, cfg)
            yield from window


def _windows(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    window: list[Record] = []
    for record in records:
        window.append(record)
        if len(window) == size:
            yield window
            window = []
    if window:
        yield window


def abstract_all(records: list[Record], summariser: Summariser, cfg: SummariseSection) -> None:
    """Summarise these records together; if the batch fails, each alone, so one
    document's failure stays that document's error."""
    if not records:
        return
    try:
        _abstract_batch(records, summariser, cfg)
    except Exception as exc:  # the batch failed: find which document by doing each alone
        if len(records) == 1:
            records[0].fail(STAGE, exc)
            return
        for record in records:
            if record.error is None:
                abstract_all([record], summariser, cfg)


def _abstract_batch(records: list[Record], summariser: Summariser, cfg: SummariseSection) -> None:
    """Summaries for all, generated together and trimmed."""
    jobs = []
    for record in records:
        try:
            jobs.append(new_job(record, summariser, cfg.long_input, cfg.lead_bias))
        except Exception as exc:  # e.g. a text the tokenizer rejects: this document only
            record.fail(STAGE, exc)
    reduce_jobs(jobs, summariser)
    for job in jobs:
        lang = document_language(job.record)
        sentences, flags = trim_summary(split_sentences(job.summary, lang), cfg.max_sentences, cfg.max_words)
        job.record.summary = new_summary(
            sentences, "abstractive", summariser.model_id, chunk_flag(job) + selected_flag(job) + flags, lang=lang
        )


# --------------------------------------------------------------------------- loading


def model_spec(cfg: SummariseSection, key: str = "summarise.model") -> ModelSpec:
    """What [summarise] says about the model (``cfg.model``, set by ``key``), for the loader."""
    return ModelSpec(
        role="summariser",
        key=key,
        model=cfg.model,
        revision=cfg.revision,
        backend=cfg.backend,
        dtype=cfg.dtype,
        compute_type=cfg.compute_type,
        threads=cfg.threads,
    )


def ct2_decoding(generation_config, tokenizer) -> dict[str, Any]:
    """The model's own decoding settings, as ctranslate2 names them (generate() reads them
    from the same generation_config), so both backends decode alike."""
    out: dict[str, Any] = {}
    if getattr(generation_config, "no_repeat_ngram_size", 0):
        out["no_repeat_ngram_size"] = generation_config.no_repeat_ngram_size
    if getattr(generation_config, "repetition_penalty", 1.0) not in (None, 1.0):
        out["repetition_penalty"] = generation_config.repetition_penalty
    if getattr(generation_config, "length_penalty", 1.0) not in (None, 1.0):
        out["length_penalty"] = generation_config.length_penalty
    if getattr(generation_config, "min_length", 0):  # generate() counts the start token
        out["min_decoding_length"] = max(0, generation_config.min_length - 1)
    forced = getattr(generation_config, "forced_bos_token_id", None)
    if forced is not None:
        out["forced_bos"] = tokenizer.convert_ids_to_tokens(forced)
    return out


def load_summariser(
    cfg: SummariseSection,
    device: str = "auto",
    key: str = "summarise.model",
    weights: dict[str, Any] | None = None,
    signs_output_limit: bool = False,
) -> Summariser | None:
    """Load the abstractive summariser once (None for the extractive and none methods).
    ``weights``: models loaded before, by how they were loaded (model, revision, backend,
    dtype, ...); a summariser whose model is there shares it and decodes with its own beams
    and limits. ``signs_output_limit``: its signature names ``max_new_tokens`` (set for its
    language alone, so in no config hash).
    Raises ``ModelLoadError`` saying what to do when the model cannot be loaded."""
    if cfg.method != "abstractive":
        return None
    device = resolve_device(device)
    how = json.dumps([getattr(cfg, name) for name in LOAD_SETTINGS] + [device])
    weights = {} if weights is None else weights
    if how not in weights:
        weights[how] = _load_weights(cfg, device, key)
    opened, runtime, generation = weights[how]
    cls = CTranslate2Summariser if runtime.backend == "ctranslate2" else TransformersSummariser
    return cls(
        model=runtime.model,
        tokenizer=opened.tokenizer,
        model_id=cfg.model,
        path=opened.source.path,
        revision=opened.revision or ("main" if opened.source.hub else "local"),
        family=opened.config.model_type,
        backend=runtime.backend,
        backend_reason=runtime.reason,
        device=device,
        dtype=runtime.dtype,
        num_beams=cfg.num_beams,
        max_new_tokens=output_limit(opened.config, cfg.max_new_tokens),
        max_input_tokens=input_limit(opened.config, opened.tokenizer, cfg.max_input_tokens),
        batch_tokens=resolve_batch_tokens(cfg.batch_tokens, device, cpu=2048, gpu=16384),
        max_batch_size=cfg.batch_size,
        threads=runtime.threads,
        decoding=ct2_decoding(generation, opened.tokenizer),
        forced_eos=getattr(generation, "forced_eos_token_id", None) is not None,
        signs_output_limit=signs_output_limit,
    )


def _load_weights(cfg: SummariseSection, device: str, key: str) -> tuple[Any, Any, Any]:
    """The opened model, its weights on their backend, and its own decoding settings."""
    from transformers import GenerationConfig

    opened = open_model(model_spec(cfg, key))
    runtime = load_runtime(opened, device)
    if runtime.backend == "transformers":
        generation = runtime.model.generation_config
    else:
        try:
            generation = GenerationConfig.from_pretrained(opened.source.path, local_files_only=True)
        except OSError:  # no generation_config.json (mT5 XL-Sum): the settings in config.json,
            # read as from_pretrained reads them (a loaded config no longer holds them)
            generation = GenerationConfig.from_pretrained(
                opened.source.path, config_file_name="config.json", _from_model_config=True, local_files_only=True
            )
    return opened, runtime, generation


def download(cfg: SummariseSection, device: str = "auto") -> str | None:
    """Fetch the summariser (and convert it when it will run on ctranslate2) for
    ``summarise download``; None when the method needs no model."""
    if cfg.method != "abstractive":
        return None
    return loading.download(model_spec(cfg), device)
