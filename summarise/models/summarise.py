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

import copy
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from summarise.config import SummariseSection
from summarise.models import loading
from summarise.models.conversion import signed_revision
from summarise.models.loading import input_limit, load_runtime, open_model, output_limit
from summarise.models.runtime import halve_on_oom, resolve_batch_tokens, resolve_device, spread_budget, token_batches
from summarise.models.source import ModelSpec
from summarise.quality.checks import flag
from summarise.record import Record, document_language
from summarise.text.languages import UnknownLanguage, profile
from summarise.text.patterns import SUMMARY_STOP_WORDS as _STOP_WORDS
from summarise.text.segment import pack as pack_parts
from summarise.text.segment import split_long, split_sentences

STAGE = "summarise"

# Word tokens for TF-IDF: runs of letters or digits. Apostrophes (' and ’) and
# hyphens split, so "l'OIM" gives "l" + "oim" and the elided article is a stop word.
_WORD_RE = re.compile(r"[^\W_]+")

# A title already ending like a sentence (or a heading colon, or a closing quote).
_SENTENCE_END_RE = re.compile(r"[.!?…:»\"]$")

# A sentence opening on a word that points back ("Cette affiche...", "Il a ajouté...",
# "Par ailleurs, ...") reads wrong out of context: it is only kept after the sentence
# it follows.
_ANAPHOR_RE = re.compile(
    r"^(?:ce|cet|cette|ces|cela|ceci|celui-ci|celle-ci|ceux-ci|celles-ci|il|elle|ils|elles"
    r"|par ailleurs|en outre|outre|de plus|toutefois|cependant|néanmoins)\b",
    re.IGNORECASE,
)

_DAMPING = 0.85  # PageRank damping factor, as in LexRank / TextRank
_MIN_WORDS = 4  # shorter body "sentences" are fragments (headers, list items)
_REDUNDANT = 0.7  # cosine above which a candidate repeats a kept sentence


def words(text: str) -> int:
    """Word count used for every length limit: whitespace-separated tokens."""
    return len(text.split())


# --------------------------------------------------------------------------- ranking


def stop_words(lang: str = "fr") -> frozenset[str]:
    """Words left out of the TF-IDF: the French list, else the language's (jusText's)."""
    if lang == "fr":
        return _STOP_WORDS
    try:
        return profile(lang).stopwords
    except UnknownLanguage:
        return frozenset()


def _terms(sentence: str, stop: frozenset[str] = _STOP_WORDS) -> list[str]:
    tokens = (m.group().lower() for m in _WORD_RE.finditer(sentence))
    return [t for t in tokens if t not in stop]


def tfidf_matrix(sentences: list[str], lang: str = "fr"):
    """Rows: L2-normalised TF-IDF vectors of the sentences (idf over these sentences)."""
    import numpy as np

    stop = stop_words(lang)
    bags = [Counter(_terms(s, stop)) for s in sentences]
    vocab = {t: i for i, t in enumerate(sorted({t for bag in bags for t in bag}))}
    matrix = np.zeros((len(sentences), max(len(vocab), 1)))
    df = Counter(t for bag in bags for t in bag)
    n = len(sentences)
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            idf = math.log((1 + n) / (1 + df[term])) + 1.0
            matrix[row, vocab[term]] = (1.0 + math.log(count)) * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def lexrank(similarity) -> Any:
    """Continuous LexRank: stationary distribution of the similarity-weighted random walk."""
    import numpy as np

    n = similarity.shape[0]
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    # A sentence sharing no term with any other jumps anywhere (uniform row).
    transition = np.where(sums > 0, weights / np.where(sums == 0, 1.0, sums), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(200):
        updated = (1 - _DAMPING) / n + _DAMPING * transition.T @ scores
        if np.abs(updated - scores).sum() < 1e-10:
            return updated
        scores = updated
    return scores


def rank_sentences(sentences: list[str], lead_bias: float, lang: str = "fr") -> tuple[list[float], Any]:
    """Score each sentence: (1 - lead_bias) * centrality + lead_bias * 1/(position + 1).

    Centrality is LexRank scaled so the most central sentence is 1. Returns the
    scores and the cosine-similarity matrix (used to skip near-duplicates)."""
    vectors = tfidf_matrix(sentences, lang)
    similarity = vectors @ vectors.T
    central = lexrank(similarity)
    top = float(central.max()) or 1.0
    scores = [(1 - lead_bias) * float(c) / top + lead_bias / (i + 1) for i, c in enumerate(central)]
    return scores, similarity


def select_sentences(
    sentences: list[str], lead_bias: float, max_sentences: int, max_words: int, lang: str = "fr"
) -> list[int]:
    """Indices of the sentences to keep, in original order.

    Greedy: each step takes the best-scored sentence that fits in ``max_words`` with
    those already taken, does not repeat one of them, and does not point back to a
    sentence left out. Fragments under a few words are only candidates when nothing
    else is. If no sentence fits at all, the best one is kept alone (a release
    sentence is never cut; the length check flags it)."""
    if not sentences:
        return []
    scores, similarity = rank_sentences(sentences, lead_bias, lang)
    anaphor = _ANAPHOR_RE if lang == "fr" else None  # the pointing-back words are French
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    candidates = [i for i in order if words(sentences[i]) >= _MIN_WORDS] or order
    chosen: list[int] = []

    def admissible(i: int) -> bool:
        return (
            i not in chosen
            and sum(words(sentences[j]) for j in chosen + [i]) <= max_words
            and all(similarity[i, j] <= _REDUNDANT for j in chosen)
            and (anaphor is None or not anaphor.match(sentences[i]) or i - 1 in chosen)
        )

    while len(chosen) < max_sentences:
        best = next((i for i in candidates if admissible(i)), None)
        if best is None:
            break
        chosen.append(best)
    return sorted(chosen or candidates[:1])


# --------------------------------------------------------------------------- length


def trim_summary(sentences: list[str], max_sentences: int, max_words: int) -> tuple[list[str], list[dict]]:
    """Keep the first sentences that fit in ``max_sentences`` and ``max_words``.

    The cut falls at a sentence boundary. Only when the first sentence alone is over
    ``max_words`` is it cut inside, at a word boundary, and marked with "…"; each
    kind of cut has its own flag so a reader knows to look."""
    kept: list[str] = []
    used = 0
    for sentence in sentences:
        size = words(sentence)
        if len(kept) == max_sentences or used + size > max_words:
            break
        kept.append(sentence)
        used += size
    total = sum(words(s) for s in sentences)
    if len(kept) == len(sentences):
        return kept, []
    if kept:
        detail = (
            f"summary of {len(sentences)} sentences, {total} words cut to {len(kept)} "
            f"sentences, {used} words (max {max_sentences} sentences, {max_words} words)"
        )
        return kept, [flag("summary_trimmed", detail)]
    cut = " ".join(sentences[0].split()[: max_words - 1]) + " …"
    detail = f"first sentence of {words(sentences[0])} words cut after {max_words - 1} words (max {max_words} words)"
    return [cut], [flag("summary_cut_mid_sentence", detail)]


# --------------------------------------------------------------------------- records


def body_segments(record: Record) -> list[dict]:
    """The body sentences (para >= 1), in order."""
    assert record.translation is not None
    return [seg for seg in record.translation["segments"] if seg["para"] >= 1]


def new_summary(
    sentences: list[str], method: str, model: str | None, flags: list[dict] | None = None, lang: str = "fr"
) -> dict[str, Any]:
    """A summary in the source language (``src``, in ``lang``; record.summary_source reads
    it, and the "fr" of older records); its sentences wait in ``segments`` for the translate
    stage, which fills ``en``."""
    return {
        "src": " ".join(sentences),
        "lang": lang,
        "en": None,
        "method": method,
        "model": model,
        "flags": list(flags or []),
        "segments": [{"src": s, "tgt": None, "flags": []} for s in sentences],
    }


def extract(record: Record, cfg: SummariseSection) -> dict[str, Any]:
    """Extractive summary: the best body sentences, in their order."""
    sources = [s["src"] for s in body_segments(record)]
    lang = document_language(record)
    chosen = select_sentences(sources, cfg.lead_bias, cfg.max_sentences, cfg.max_words, lang)
    return new_summary([sources[i] for i in chosen], "extractive", None, lang=lang)


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


# --------------------------------------------------------------------------- abstractive


def _summary_stats() -> dict[str, int]:
    return {"tokens_in": 0, "tokens_out": 0, "batches": 0, "oom_splits": 0}


@dataclass
class Summariser:
    """A loaded seq2seq summariser: inputs that fit its limit, sorted by length and batched
    by a padded-token budget across documents; out of memory halves a batch."""

    model: Any
    tokenizer: Any
    model_id: str
    path: str
    revision: str
    family: str
    backend: str
    backend_reason: str
    device: str
    dtype: str
    num_beams: int
    max_new_tokens: int
    max_input_tokens: int
    batch_tokens: int
    max_batch_size: int
    threads: int = 0
    # The model's own decoding settings that both backends apply (generation_config.json).
    decoding: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=_summary_stats)

    def signature(self) -> str:
        name = self.model_id.rstrip("/").rsplit("/", 1)[-1]
        return (
            f"summary:{name}@{signed_revision(self.model_id, self.revision)}|backend:{self.backend}"
            f"|beam:{self.num_beams}|dtype:{self.dtype}|in:{self.max_input_tokens}"
        )

    def info(self) -> dict[str, Any]:
        return {
            "model": self.model_id,
            "revision": self.revision,
            "path": self.path,
            "family": self.family,
            "backend": self.backend,
            "backend_reason": self.backend_reason,
            "device": self.device,
            "dtype": self.dtype,
            "max_input_tokens": self.max_input_tokens,
            "num_beams": self.num_beams,
            "max_new_tokens": self.max_new_tokens,
            "batch_tokens": self.batch_tokens,
            "threads": self.threads,
        }

    def count_tokens(self, text: str) -> int:
        # verbose=False: counting a text longer than the model's limit is the point here.
        return len(self.tokenizer(text, verbose=False)["input_ids"])

    def generate(self, texts: list[str], max_new_tokens: int | None = None) -> list[str]:
        """Summaries of ``texts`` in input order. An input over ``max_input_tokens`` is an
        error, never silently cut."""
        if not texts:
            return []
        rows = self.tokenizer(texts, verbose=False)["input_ids"]
        longest = max(map(len, rows))
        if longest > self.max_input_tokens:
            raise ValueError(f"summariser input of {longest} tokens is over its limit of {self.max_input_tokens}")
        self.stats["tokens_in"] += sum(map(len, rows))
        outputs = self._generate_ids(rows, max_new_tokens or self.max_new_tokens)
        return [" ".join(text.split()) for text in outputs]

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        raise NotImplementedError

    def _count_split(self) -> None:
        self.stats["oom_splits"] += 1

    def _decode(self, ids) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True)


class TransformersSummariser(Summariser):
    """generate() on token-budget batches, longest first."""

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        out: list[str] = [""] * len(rows)
        for batch in token_batches([len(r) for r in rows], self.batch_tokens, self.max_batch_size):
            texts = halve_on_oom(
                lambda part: self._generate(part, max_new_tokens), [rows[i] for i in batch], self._count_split
            )
            for i, text in zip(batch, texts):
                out[i] = text
        return out

    def _generate(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        import torch

        enc = self.tokenizer.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
        config = copy.deepcopy(self.model.generation_config)
        config.num_beams = self.num_beams
        config.max_new_tokens = max_new_tokens
        with torch.inference_mode():
            output = self.model.generate(**enc, generation_config=config)
        self.stats["batches"] += 1
        # Generated tokens without the start, padding and end tokens (as ctranslate2 counts).
        body = output[:, 1:]
        kept = (body != self.tokenizer.pad_token_id) & (body != self.tokenizer.eos_token_id)
        self.stats["tokens_out"] += int(kept.sum())
        return [self._decode(row) for row in output]


class CTranslate2Summariser(Summariser):
    """ctranslate2.Translator.translate_batch: it sorts and batches by tokens itself."""

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in rows]
        return halve_on_oom(lambda part: self._translate(part, max_new_tokens), tokens, self._count_split)

    def _translate(self, tokens: list[list[str]], max_new_tokens: int) -> list[str]:
        bos = self.decoding.get("forced_bos")
        results = self.model.translate_batch(
            tokens,
            target_prefix=[[bos] for _ in tokens] if bos else None,
            beam_size=self.num_beams,
            # generate() counts the end token in max_new_tokens; ctranslate2 does not.
            max_decoding_length=max(1, max_new_tokens - 1),
            max_batch_size=spread_budget(tokens, self.batch_tokens, self.model.num_translators),
            batch_type="tokens",
            max_input_length=0,
            **{k: v for k, v in self.decoding.items() if k != "forced_bos"},
        )
        self.stats["batches"] += 1
        outputs = []
        for result in results:
            hypothesis = result.hypotheses[0]
            self.stats["tokens_out"] += len(hypothesis)
            outputs.append(self._decode(self.tokenizer.convert_tokens_to_ids(hypothesis)))
        return outputs


def _title_sentence(title: str) -> str:
    """The title as a sentence, so the model does not read it into the first one."""
    title = title.strip()
    return title if not title or _SENTENCE_END_RE.search(title) else title + "."


def fit_units(text: str, limit: int, count, lang: str = "fr") -> list[str]:
    """``text`` as pieces of at most ``limit`` tokens: itself, else its sentences, each
    cut at ; : , or spaces if still too long. Nothing is dropped."""
    if count(text) <= limit:
        return [text]
    return [piece for s in split_sentences(text, lang) for piece in split_long(s, count, limit)]


def pack(units: list[str], limit: int, count) -> list[str]:
    """Join consecutive units (greedily) into chunks of at most ``limit`` tokens."""
    return pack_parts(units, count, limit) if units else []


def model_units(record: Record, limit: int, count) -> list[str]:
    """Title, then each body paragraph (its French sentences), each within the limit."""
    paragraphs: dict[int, list[str]] = {}
    for seg in body_segments(record):
        paragraphs.setdefault(seg["para"], []).append(seg["src"])
    texts = [_title_sentence(record.title)] + [" ".join(p) for _, p in sorted(paragraphs.items())]
    lang = document_language(record)
    return [piece for text in texts if text for piece in fit_units(text, limit, count, lang)]


@dataclass
class _Job:
    record: Record
    parts: list[str]
    tokens: int
    chunks: int = 0
    rounds: int = 0
    summary: str = ""
    selected: tuple[int, int, int] | None = None  # (sentences kept, in all, tokens) for "select"


def reduce_jobs(jobs: list[_Job], summariser: Summariser) -> None:
    """Summarise every job's parts, round by round, batched across documents: a job whose
    parts fit in one input is summarised once; else each chunk is summarised (shortly)
    and the joined partial summaries become the next round's parts."""
    limit = summariser.max_input_tokens
    # A partial summary is at most a quarter of the limit, so each round shrinks the text.
    partial_tokens = min(summariser.max_new_tokens, max(limit // 4, 4))
    pending = [job for job in jobs if job.parts]
    while pending:
        plans = [pack(job.parts, limit, summariser.count_tokens) for job in pending]
        finals = iter(summariser.generate([p[0] for p in plans if len(p) == 1]))
        chunks = [c for p in plans if len(p) > 1 for c in p]
        partials = iter(summariser.generate(chunks, partial_tokens))
        still = []
        for job, plan in zip(pending, plans):
            if len(plan) == 1:
                job.summary = next(finals)
                continue
            before = summariser.count_tokens(" ".join(job.parts))
            job.chunks, job.rounds = job.chunks or len(plan), job.rounds + 1
            job.parts = [s for s in (next(partials) for _ in plan) if s]
            if job.parts and summariser.count_tokens(" ".join(job.parts)) >= before:
                raise RuntimeError(
                    f"partial summaries of '{job.record.id}' are not shorter than "
                    f"its text ({before} tokens): lower summarise.max_new_tokens"
                )
            still.append(job)
        pending = [job for job in still if job.parts]


def _chunk_flag(job: _Job) -> list[dict[str, str]]:
    if not job.chunks:
        return []
    detail = f"body of {job.tokens} tokens summarised in {job.chunks} parts"
    if job.rounds > 1:
        detail += f" ({job.rounds} rounds of summaries of summaries)"
    return [flag("long_input_chunked", detail)]


def _selected_flag(job: _Job) -> list[dict[str, str]]:
    if not job.selected:
        return []
    kept, total, tokens = job.selected
    return [
        flag(
            "long_input_selected",
            f"body of {job.tokens} tokens over the summariser's limit: "
            f"it read the title and {kept} of {total} sentences ({tokens} "
            "tokens), the most central with the lead, in order",
        )
    ]


def select_units(record: Record, limit: int, count, lead_bias: float) -> tuple[list[str], int, int]:
    """For a body over ``limit`` tokens: the title, then the body sentences ranked as the
    extractive summary ranks them (LexRank with a lead bias), taken best first while they
    fit, put back in their order. Returns (units, sentences kept, sentences in all)."""
    sentences = [seg["src"] for seg in body_segments(record)]
    title = _title_sentence(record.title)
    scores, _ = rank_sentences(sentences, lead_bias, document_language(record)) if sentences else ([], None)
    specials = count("")
    budget = limit - (count(title) if title else specials)
    chosen = []
    for i in sorted(range(len(sentences)), key=lambda i: (-scores[i], i)):
        cost = count(sentences[i]) - specials
        if cost <= budget:
            chosen.append(i)
            budget -= cost
    units = ([title] if title else []) + [sentences[i] for i in sorted(chosen)]
    while len(units) > 1 and count(" ".join(units)) > limit:  # joined, the tokens may differ
        units.pop()
    return units, len(units) - (1 if title else 0), len(sentences)


def _new_job(record: Record, summariser: Summariser, long_input: str = "parts", lead_bias: float = 0.3) -> _Job:
    count = summariser.count_tokens
    limit = summariser.max_input_tokens
    units = model_units(record, limit, count)
    tokens = count(" ".join(units)) if units else 0
    if long_input == "select" and tokens > limit:
        selected, kept, total = select_units(record, limit, count, lead_bias)
        if selected and kept:
            job = _Job(record, selected, tokens)
            job.selected = (kept, total, count(" ".join(selected)))
            return job
    return _Job(record, units, tokens)


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
            jobs.append(_new_job(record, summariser, cfg.long_input, cfg.lead_bias))
        except Exception as exc:  # e.g. a text the tokenizer rejects: this document only
            record.fail(STAGE, exc)
    reduce_jobs(jobs, summariser)
    for job in jobs:
        lang = document_language(job.record)
        sentences, flags = trim_summary(split_sentences(job.summary, lang), cfg.max_sentences, cfg.max_words)
        job.record.summary = new_summary(
            sentences, "abstractive", summariser.model_id, _chunk_flag(job) + _selected_flag(job) + flags, lang=lang
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


def load_summariser(cfg: SummariseSection, device: str = "auto", key: str = "summarise.model") -> Summariser | None:
    """Load the abstractive summariser once (None for the extractive and none methods).
    Raises ``ModelLoadError`` saying what to do when the model cannot be loaded."""
    if cfg.method != "abstractive":
        return None
    from transformers import GenerationConfig

    device = resolve_device(device)
    opened = open_model(model_spec(cfg, key))
    runtime = load_runtime(opened, device)
    if runtime.backend == "transformers":
        generation = runtime.model.generation_config
    else:
        try:
            generation = GenerationConfig.from_pretrained(opened.source.path, local_files_only=True)
        except OSError:  # no generation_config.json: the defaults of the model's config
            generation = GenerationConfig.from_model_config(opened.config)
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
    )


def download(cfg: SummariseSection, device: str = "auto") -> str | None:
    """Fetch the summariser (and convert it when it will run on ctranslate2) for
    ``summarise download``; None when the method needs no model."""
    if cfg.method != "abstractive":
        return None
    return loading.download(model_spec(cfg), device)
