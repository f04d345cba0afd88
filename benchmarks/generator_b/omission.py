"""Generator B's omission classes: a clause, or one item of an enumeration, dropped."""

from __future__ import annotations

import random
import re
from itertools import pairwise

from benchmarks.generator_b.text import pick, replace_span, tidy, word_count

SENTENCE_END_RE = re.compile(r"[.!?]+['\"”’)]*(?=\s|$)")
ABBREVIATIONS = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Prof", "Gen", "Sen", "Rep", "No", "vs", "Mt", "Gov", "Lt", "Col", "Sgt"]
)
CLAUSE_LEAD_RE = re.compile(r"(,?\s+)\b(and|but|which|while|because)\s")
CLAUSE_MARKERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "said",
        "will",
        "would",
        "which",
        "who",
        "that",
        "when",
        "where",
        "but",
        "because",
        "while",
        "if",
    ]
)


def balanced(text: str) -> bool:
    """No quote or bracket opened without being closed, or the reverse."""
    return text.count('"') % 2 == 0 and text.count("(") == text.count(")") and text.count("“") == text.count("”")


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, the end before its final punctuation. A
    sentence ends at ., ! or ? before a space or the line's end ("1.5" does not end one),
    not at the dot of an abbreviation or an initial ("Mr.", "a.m.", "J. Smith")."""
    out, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        if m.group() == "." and _ends_in_abbreviation(text[: m.start()]):
            continue  # "Mr.", "a.m.", "Roe v. Wade"
        out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _ends_in_abbreviation(text: str) -> bool:
    last = re.search(r"(\w+)\W*$", text)
    return bool(last) and (last.group(1) in ABBREVIATIONS or len(last.group(1)) == 1)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses that could be dropped whole: from a comma to the next
    one, from "and / but / which / while / because" (with its comma) to the next comma or
    the sentence's end, and the last comma's clause."""
    spans = set()
    for start, end in _sentences(text):
        commas = [m.start() for m in re.finditer(r",\s", text[start:end])]
        commas = [start + c for c in commas]
        for a, b in pairwise(commas):
            spans.add((a, b))
        if commas:
            spans.add((commas[-1], end))
        for m in CLAUSE_LEAD_RE.finditer(text, start, end):
            nxt = text.find(", ", m.end(), end)
            spans.add((m.start(), nxt if nxt != -1 else end))
    return sorted(spans)


def omission_clause(tgt: str, src: str, rng: random.Random) -> str | None:
    """A clause dropped: at least 4 words, at most half of the line's words."""
    total = word_count(tgt)
    spans = [
        (a, b)
        for a, b in clause_spans(tgt)
        if 4 <= word_count(tgt[a:b]) <= total / 2 and balanced(tgt[a:b]) and not _ends_in_abbreviation(tgt[a:b])
    ]
    if not spans:
        return None
    start, end = pick(rng, spans)
    return tidy(replace_span(tgt, start, end, ""))


DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "several",
    ]
)


def item_shape(word: str) -> str:
    """What an enumeration's item starts with: a capital, a digit, a determiner or another
    lower-case word. The items of one list mostly start alike."""
    if word[:1].isdigit():
        return "number"
    if word[:1].isupper():
        return "capital"
    return "determiner" if word.lower() in DETERMINERS else "word"


NOT_ITEM_START = frozenset(
    [
        "as",
        "not",
        "when",
        "if",
        "so",
        "than",
        "then",
        "even",
        "only",
        "also",
        "such",
        "both",
        "either",
        "from",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "for",
        "of",
        "after",
        "before",
        "since",
        "until",
        "while",
        "where",
        "what",
        "how",
        "why",
        "there",
        "here",
    ]
)


def _inner_item(part: str, shape: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= 4
        and not {w.lower() for w in words} & CLAUSE_MARKERS
        and words[0].lower() not in NOT_ITEM_START
        and re.fullmatch(r"[\w'’ .&-]+", part) is not None
        and item_shape(words[0]) == shape
    )


def list_items(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, oxford) of the inner items of each enumeration "A, B and C" / "A, B, C,
    or D": the ", B" spans that can be taken out whole; ``oxford`` when the list has one inner
    item and a comma before its "and". Inner items are read back from the conjunction while
    they have 1-4 words, none of the words that start a clause, and start like the item after
    the conjunction (a capital, a digit, a determiner or another word); lists of plain
    lower-case words need two inner items ("A, B, C and D")."""
    found = []
    for start, end in _sentences(text):
        for m in re.finditer(r"(,?)\s(and|or)\s+(\w+)", text[start:end]):
            if m.group(3).lower() in CLAUSE_MARKERS:
                continue
            parts = re.split(r",\s", text[start : start + m.start()])
            shape = item_shape(m.group(3))
            inner: list[str] = []
            while len(parts) > 1 and _inner_item(parts[-1], shape):
                inner.insert(0, parts.pop())
            if not inner or not parts[-1].strip() or (shape == "word" and len(inner) < 2):
                continue  # "going on, day and night": one lower-case item is too often no list
            pos = start + len(", ".join(parts))
            for part in inner:
                found.append((pos, pos + 2 + len(part), bool(m.group(1)) and len(inner) == 1))
                pos += 2 + len(part)
    return found


def omission_list_item(tgt: str, src: str, rng: random.Random) -> str | None:
    """One inner item of an enumeration dropped: "A, B and C" -> "A and C"."""
    items = list_items(tgt)
    if not items:
        return None
    start, end, oxford = pick(rng, items)
    out = replace_span(tgt, start, end, "")
    if oxford:  # "A, B, and C" -> "A, and C" -> "A and C"
        out = out[:start] + re.sub(r"^,\s", " ", out[start:])
    return tidy(out)
