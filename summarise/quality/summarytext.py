"""How the summary checks read a text: its sentences, the content words around a place in one
(what a number, month or name there is said of), and its numbers and months."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.dates import month_words, months
from summarise.quality.flags import fold
from summarise.quality.namefind import ABBREVIATION_RE
from summarise.quality.numbers import numbers, word_numbers
from summarise.text.languages import ascii_digits, profile
from summarise.text.patterns import NUMERIC_DATE

# A number says something of the words around it ("14 abstentions"): a summary's number must
# be in a sentence of the release that shares one of the content words (4 letters or more, not
# stop words, compared by their first 5 letters) within this many words either side of it.
CONTEXT_WORDS = 6
STEM = 5
_SENTENCE_END_RE = re.compile(r"(?<=[.!?؟])\s+|\n+")
CONTENT_RE = re.compile(r"[^\W\d_]{4,}")
_NUMERIC_DATE_RE = re.compile(rf"(?<![\d./-])(?:{NUMERIC_DATE})(?![\d/-]|\.\d)")
# What a release sentence is read for (the fields of ``_Support.sentences``).
NUMBER, MONTH, NAME, STEMS = range(4)


def number_keys_of(text: str, lang: str) -> set[str]:
    """Value keys of every number in ``text`` (read in ``lang`` and in English), and of number
    words."""
    keys = set().union(*(k for _, k in [*numbers(text, lang), *numbers(text, "any")]))
    return keys | word_numbers(text, lang) | word_numbers(text, "en")


@lru_cache(maxsize=16)
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in profile(lang).stopwords)


def text_stems(text: str, lang: str) -> frozenset[str]:
    """The first letters of the content words of ``text``: what a number in it is said of."""
    return frozenset(w[:STEM] for w in CONTENT_RE.findall(fold(text)) if w not in stop_words(lang))


def sentence_ends(text: str) -> list[re.Match[str]]:
    """Where the sentences of ``text`` end: a full stop after a title or an initial ("M. Dupont",
    "J. Martin") ends none."""
    found = _SENTENCE_END_RE.finditer(text)
    # the longest abbreviation and the character before it fit in the 8 characters before a stop
    return [m for m in found if not ABBREVIATION_RE.search(text[max(0, m.start() - 8) : m.start()])]


def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text) if text[a:b].strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(x for m in sentence_ends(text) for x in (m.start(), m.end())), len(text)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def context_window(
    text: str, start: int, end: int, lang: str, ends: list[re.Match[str]] | None = None
) -> frozenset[str]:
    """The content words within ``CONTEXT_WORDS`` words either side of ``text[start:end]`` in its
    sentence (``ends``: where the sentences of ``text`` end, when known): what the number, month
    or name there is said of."""
    ends = sentence_ends(text) if ends is None else ends
    before = [e.end() for e in ends if e.end() <= start]
    stop = next((e.start() for e in ends if e.start() >= end), len(text))
    words = text[before[-1] if before else 0 : start].split()[-CONTEXT_WORDS:]
    words += text[end:stop].split()[:CONTEXT_WORDS]
    return text_stems(" ".join(words), lang)


def numeric_dates(text: str) -> list[tuple[re.Match[str], int, int]]:
    """The dates ``text`` writes in figures ("27/03/2020", "2020-03-27"): (where, the month's
    field, its number), day first as in the release's languages unless it can only be month
    first ("03/27/2020")."""
    found = []
    for m in _NUMERIC_DATE_RE.finditer(text):
        fields = [int(x) for x in re.split(r"[./-]", m.group())]
        field = 1 if fields[0] > 31 or fields[1] <= 12 else 0  # year first (ISO) or day first
        if 1 <= fields[field] <= 12:
            found.append((m, field, fields[field]))
    return found


def _numeric_months(text: str) -> set[int]:
    return {month for _, _, month in numeric_dates(ascii_digits(text))}


def counted_text(text: str) -> str:
    """``text`` (ASCII digits) with the month field of its dates in figures blanked: "03" in
    "27/03/2020" is March (read by ``_numeric_months``), not a number said of anything."""
    for m, field, _ in reversed(numeric_dates(text)):
        parts = re.split(r"([./-])", m.group())
        parts[2 * field] = " " * len(parts[2 * field])
        text = text[: m.start()] + "".join(parts) + text[m.end() :]
    return text


def months_of(text: str, lang: str) -> set[int]:
    """The months ``text`` names, or writes in a date in figures."""
    return {m.number for m in months(text, lang)} | {n for _, n in month_words(text)} | _numeric_months(text)
