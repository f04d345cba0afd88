"""Generator B's date classes: a day, a month or a year changed, one date of a list dropped."""

from __future__ import annotations

import random
import re

from benchmarks.generator_b.text import (
    ABBREVIATION_RE,
    DAY_AFTER_RE,
    DAY_BEFORE_RE,
    MONTH_ABBREVIATIONS,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
    ordinal_suffix,
    pick,
    replace_span,
    tidy,
)


def month_spans(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, month index, abbreviated) of each month named in ``text``. "May" and
    "March" count only next to a day or a year (else they are a verb or a name)."""
    found = []
    for m in MONTH_RE.finditer(text):
        word = m.group()
        if word in ("May", "March") and not (
            re.search(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[: m.start()]) or re.match(r"\s+\d", text[m.end() :])
        ):
            continue
        found.append((m.start(), m.end(), MONTHS.index(word), False))
    for m in ABBREVIATION_RE.finditer(text):
        found.append((m.start(), m.end() - 1, MONTH_ABBREVIATIONS[m.group()[:-1]], True))
    return sorted(found)


def date_month(tgt: str, src: str, rng: random.Random) -> str | None:
    """A month name replaced by another month (an abbreviation by another abbreviation)."""
    spans = month_spans(tgt)
    if not spans:
        return None
    start, end, index, abbreviated = pick(rng, spans)
    if abbreviated:
        options = sorted({a for a, i in MONTH_ABBREVIATIONS.items() if i != index and a != "Sept"})
    else:
        options = [m for i, m in enumerate(MONTHS) if i != index]
    return replace_span(tgt, start, end, pick(rng, options))


def day_spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, what, ordinal suffix) of each day of a date: a day number right before
    or after a month, or a weekday."""
    found = []
    for m in DAY_BEFORE_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            found.append((m.start(1), m.end(2) if m.group(2) else m.end(1), "day", m.group(2) or ""))
    for m in DAY_AFTER_RE.finditer(text):
        if 1 <= int(m.group(2)) <= 31:
            found.append((m.start(2), m.end(3) if m.group(3) else m.end(2), "day", m.group(3) or ""))
    for m in WEEKDAY_RE.finditer(text):
        found.append((m.start(1), m.end(1), "weekday", ""))
    return sorted(set(found))


def date_day(tgt: str, src: str, rng: random.Random) -> str | None:
    """The day of a date changed: a day number next to a month (1-28, the ordinal suffix
    kept right), or a weekday replaced by another."""
    spans = day_spans(tgt)
    if not spans:
        return None
    start, end, what, suffix = pick(rng, spans)
    old = tgt[start:end]
    if what == "weekday":
        return replace_span(tgt, start, end, pick(rng, [d for d in WEEKDAYS if d != old]))
    day = int(old[: len(old) - len(suffix)])
    new = pick(rng, [d for d in range(1, 29) if d != day])
    return replace_span(tgt, start, end, f"{new}{ordinal_suffix(new) if suffix else ''}")


def date_year(tgt: str, src: str, rng: random.Random) -> str | None:
    """A year 1900-2099 moved by 1 to 10 either way."""
    years = list(YEAR_RE.finditer(tgt))
    if not years:
        return None
    m = pick(rng, years)
    shift = pick(rng, [d for d in range(-10, 11) if d])
    return replace_span(tgt, m.start(), m.end(), str(int(m.group()) + shift))


# A list or range of dates of one kind: "April and May", "5, 6 and 7 March", "March 5-7",
# "2019 to 2021", "Monday or Tuesday". Each element is a date the source asserts.
DATE_SEP = r"(?:,\s+and\s+|,\s+or\s+|,\s+|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)"
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
DATE_ELEMENTS = {
    "month": rf"\b(?:{DAY_NUMBER}\s+(?:of\s+)?)?(?:{'|'.join(MONTHS)})\b(?:\s+{DAY_NUMBER})?",
    "weekday": r"\b(?:" + "|".join(WEEKDAYS) + r")\b",
    "year": r"(?<![\w.,$€£])(?:19|20)\d\d(?![\w%]|[.,]\d)",
    "day": rf"(?<![\w.,])\b{DAY_NUMBER}",
}
MONTH_NEXT_RE = re.compile(r"\s+(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b")
MONTH_BEFORE_RE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\s+$")


def date_lists(text: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each element of each list or range of two dates or more of one kind
    (a list of bare day numbers only next to a month: "5 and 7 March", "March 5 and 7")."""
    found = []
    for kind, element in DATE_ELEMENTS.items():
        for m in re.finditer(rf"{element}(?:{DATE_SEP}{element})+", text):
            if kind == "day" and not (MONTH_NEXT_RE.match(text, m.end()) or MONTH_BEFORE_RE.search(text[: m.start()])):
                continue
            spans = [(e.start() + m.start(), e.end() + m.start()) for e in re.finditer(element, m.group())]
            if len(spans) >= 2:
                found.append(spans)
    return found


def date_dropped(tgt: str, src: str, rng: random.Random) -> str | None:
    """One date of a list or range dropped ("April and May" -> "May", "5 and 7 March" -> "7
    March"), or written as a copy of another date of the list ("April and May" -> "May and
    May")."""
    lists = date_lists(tgt)
    if not lists:
        return None
    spans = pick(rng, lists)
    k = rng.randrange(len(spans))
    if rng.random() < 0.5:  # a copy of another element
        others = [tgt[a:b] for a, b in spans if tgt[a:b] != tgt[slice(*spans[k])]]
        return replace_span(tgt, *spans[k], pick(rng, others)) if others else None
    # dropped with one separator: the one before it, or after it for the first element; the
    # last element of three or more takes the last separator's place ("A, B and C" -> "A and B")
    if k == 0:
        start, end = spans[0][0], spans[1][0]
    elif k == len(spans) - 1 and len(spans) >= 3:
        (_, a_end), (b_start, b_end), (c_start, c_end) = spans[k - 2 :]
        return tidy(tgt[:a_end] + tgt[b_end:c_start] + tgt[b_start:b_end] + tgt[c_end:])
    else:
        start, end = spans[k - 1][1], spans[k][1]
    return tidy(tgt[:start] + tgt[end:])
