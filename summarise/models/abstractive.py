"""What the abstractive summariser reads, batched across documents: a release as units within
its input limit; a body over the limit cut down to its most central sentences with the lead
(``long_input = "select"``) or summarised in parts, round by round (``"parts"``); the flag
that says which."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.models.extractive import body_segments, rank_sentences
from summarise.models.summariser import Summariser
from summarise.quality.checks import flag
from summarise.record import Record, document_language
from summarise.text.segment import pack as pack_parts
from summarise.text.segment import split_long, split_sentences

# A title already ending like a sentence (or a heading colon, or a closing quote).
_SENTENCE_END_RE = re.compile(r"[.!?…:»\"]$")


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
class Job:
    record: Record
    parts: list[str]
    tokens: int
    chunks: int = 0
    rounds: int = 0
    summary: str = ""
    selected: tuple[int, int, int] | None = None  # (sentences kept, in all, tokens) for "select"


def reduce_jobs(jobs: list[Job], summariser: Summariser) -> None:
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
                    f"its text ({before} tokens): lower summarise.max_new_tokens (or "
                    f"summarise.models.{document_language(job.record)}.max_new_tokens where that is set)"
                )
            still.append(job)
        pending = [job for job in still if job.parts]


def chunk_flag(job: Job) -> list[dict[str, str]]:
    if not job.chunks:
        return []
    detail = f"body of {job.tokens} tokens summarised in {job.chunks} parts"
    if job.rounds > 1:
        detail += f" ({job.rounds} rounds of summaries of summaries)"
    return [flag("long_input_chunked", detail)]


def selected_flag(job: Job) -> list[dict[str, str]]:
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


def new_job(record: Record, summariser: Summariser, long_input: str = "parts", lead_bias: float = 0.3) -> Job:
    count = summariser.count_tokens
    limit = summariser.max_input_tokens
    units = model_units(record, limit, count)
    tokens = count(" ".join(units)) if units else 0
    if long_input == "select" and tokens > limit:
        selected, kept, total = select_units(record, limit, count, lead_bias)
        if selected and kept:
            job = Job(record, selected, tokens)
            job.selected = (kept, total, count(" ".join(selected)))
            return job
    return Job(record, units, tokens)
