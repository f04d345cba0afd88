"""The extractive summary and what both methods share: sentences ranked by LexRank over their
TF-IDF similarities with a lead bias, the best kept in order; a summary trimmed to its limits;
the summary a record gets.

LexRank (Erkan & Radev 2004) is PageRank over the TF-IDF cosine-similarity graph of the
sentences; the abstractive summariser ranks a body too long for it the same way.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from summarise.config import SummariseSection
from summarise.quality.checks import flag
from summarise.record import Record, document_language
from summarise.text.languages import UnknownLanguage, profile
from summarise.text.patterns import SUMMARY_STOP_WORDS as _STOP_WORDS

# Word tokens for TF-IDF: runs of letters or digits. Apostrophes (' and ’) and
# hyphens split, so "l'OIM" gives "l" + "oim" and the elided article is a stop word.
_WORD_RE = re.compile(r"[^\W_]+")

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
