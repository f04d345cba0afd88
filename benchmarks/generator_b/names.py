"""Generator B's name classes: a name of the source dropped from the output, or swapped for
another line's; and the pool of names a swap draws from."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from benchmarks.generator_b.text import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    at_sentence_start,
    pick,
    replace_span,
    tidy,
    word_count,
)

NOT_NAMES = frozenset(
    MONTHS
    + WEEKDAYS
    + list(MONTH_ABBREVIATIONS)
    + [
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "St",
        "Jr",
        "Sr",
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "You",
        "In",
        "On",
        "At",
        "Of",
        "And",
        "But",
    ]
)
WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*[^\W_]|[^\W\d_]")


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of capitalised words of two letters or more, a
    possessive "'s" left outside. A run that starts a sentence is left out (where its name
    starts is unknown)."""
    tokens = []
    for m in WORD_RE.finditer(text):
        word = re.sub(r"['’]s$", "", m.group()).rstrip(".")
        if len(word) >= 2 and word[0].isupper() and word not in NOT_NAMES:
            tokens.append((m.start(), m.start() + len(word), word))
    runs: list[list[tuple[int, int, str]]] = []
    for tok in tokens:
        if runs and text[runs[-1][-1][1] : tok[0]] == " ":
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return [
        (run[0][0], run[-1][1], text[run[0][0] : run[-1][1]]) for run in runs if not at_sentence_start(text, run[0][0])
    ]


def occurs(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def source_names(tgt: str, src: str) -> list[tuple[int, int, str]]:
    """The output's names that the source writes in the same form."""
    return [(a, b, name) for a, b, name in name_runs(tgt) if occurs(name, src)]


PREPOSITIONS = (
    "in|at|from|to|of|by|with|for|on|near|into|and|or|against|about|over|under|between|among|"
    "via|through|towards?|across|behind|including|like|than|as|after|before|during|around|"
    "within|without|beyond|along|outside|inside|upon|onto|off|named|called"
)


def entity_dropped(tgt: str, src: str, rng: random.Random) -> str | None:
    """A name that the source writes the same way removed from the output, with what
    would dangle without it: a preposition or "the" before it ("in Geneva"), "and" / "or"
    tying it to another item, a possessive "'s" after it."""
    names = source_names(tgt, src)
    if not names:
        return None
    start, end, _ = pick(rng, names)
    possessive = re.match(r"['’]s\b", tgt[end:])
    if possessive:
        end += possessive.end()
    lead = re.search(r"(?:\b(?:" + PREPOSITIONS + r")\s+)?(?:\bthe\s+)?$", tgt[:start], re.IGNORECASE)
    tie = re.match(r"\s+(?:and|or)(?=\s)", tgt[end:])
    if tie:  # "London and Paris" -> "Paris"
        end += tie.end()
    elif lead.group() and not at_sentence_start(tgt, lead.start()):  # "in Geneva" -> ""
        start = lead.start()
    out = tidy(replace_span(tgt, start, end, ""))
    return out if out != tgt and word_count(out) else None


def entity_swapped(tgt: str, src: str, rng: random.Random, pool: Sequence[str] = ()) -> str | None:
    """A name that the source writes the same way replaced by a name from ``pool`` (names of
    other lines) that neither the output nor the source holds, one of as many words when
    there is one."""
    names = source_names(tgt, src)
    if not names or not pool:
        return None
    start, end, name = pick(rng, names)
    options = [p for p in pool if p != name and not occurs(p, tgt) and not occurs(p, src)]
    alike = [p for p in options if len(p.split()) == len(name.split())]
    if not options:
        return None
    return replace_span(tgt, start, end, pick(rng, alike or options))


def names_by_line(lines: Sequence[str]) -> list[list[str]]:
    """The names of each line (the pool entity_swapped draws from): runs of capitalised
    words none of which the corpus ever writes in lower case ("Annual" is not a name)."""
    lower = {w for line in lines for w in re.findall(r"\b[a-z][\w’'-]*", line)}
    return [
        sorted({name for _, _, name in name_runs(line) if not any(w.lower() in lower for w in name.split())})
        for line in lines
    ]


def swap_pool(names: list[list[str]], line: int) -> list[str]:
    """Every name of the corpus found on a line other than ``line``."""
    return sorted({n for j, found in enumerate(names) if j != line for n in found})
