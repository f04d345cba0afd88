"""Generator B: corrupt good English MT outputs one error class at a time, and measure how
many of the corruptions the checks catch (and how often they flag the good outputs).

    python benchmarks/corruptions.py ../shared/flores-dev                  # every pair folder
    python benchmarks/corruptions.py ../shared/flores-dev/es-en --n 300 --seed 1 --out benchmarks/out/b.md

The classes follow the MQM / WMT critical-error categories for numbers and facts: each one
makes a change of meaning that a reviewer must catch, and never leaves the output as it was.
Every class is a function ``(output, source, rng) -> corrupted output or None`` (None: the
class cannot apply to that line); ``entity_swapped`` also takes the names it may swap in.

* ``date_day``: the day of a date next to a month ("5 March" -> "12 March"), or a weekday.
* ``date_month``: a month name, or its abbreviation ("Jan." -> "Oct.").
* ``date_year``: a year 1900-2099 moved by 1 to 10.
* ``date_dropped``: one date of a list or range ("April and May", "5 and 7 March", "2019 to
  2021") dropped, or written as a copy of another date of the list ("May and May").
* ``scale``: thousand / million / billion / trillion swapped, or "bn" / "m" after an amount.
* ``unit``: a unit of length, mass, temperature or area, or a currency, swapped for another
  of the same kind.
* ``number``: one digit of a number changed, or a number word ("three" -> "four").
* ``negation_dropped``: the output's only negation removed or turned positive.
* ``negation_added``: "not" after the first auxiliary or modal of an output with none.
* ``omission_clause``: a clause of 4 words or more (at most half of the line) dropped.
* ``omission_list_item``: one item dropped from an enumeration "A, B and C".
* ``entity_dropped`` / ``entity_swapped``: a capitalised name (not at a sentence start, found
  in the source in the same form) removed, or replaced by a name from another line.

This generator shares no code with the planting of ``benchmarks/checks.py`` (generator A).

Script mode: for each pair folder, each system and the human reference, each half of
``benchmarks/flores.py``'s split ("tune", "heldout-open", "sealed"; with ``--whole`` the
folder as one "held-out" part, for a folder no check was tuned on): the false alarms (share of the good
lines with a critical flag, and with any flag); then, per class and half, the recall (share
of corrupted lines that get a critical flag), corrupting only systems' lines that the checks
pass without a critical flag, up to ``--n`` lines per class and half. Each line's corruption
is drawn from its own generator seeded by (seed, class, system, line), so results reproduce.
The checks run exactly as the check stage runs them: ``summarise.checks.check`` on
one-segment records whose ``lang`` is the source language.

``--part tune`` / ``--class negation_dropped`` narrow the run (repeatable); ``--show-missed
CLASS`` with ``--part tune`` alone prints that class's corrupted lines that no check caught, to
study them. It is refused for any other part: held-out lines are never printed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.flores import OPEN, SPLITS, Pair, pair_folders, read_pair
from benchmarks.flores import parts as folder_parts
from benchmarks.output import emit
from summarise.config import ChecksSection
from summarise.quality.checks import check
from summarise.record import Record

MAX_NEW_TOKENS = 256
TUNE = SPLITS[0]  # the one part whose missed lines may be printed
CFG = ChecksSection()


# --- shared text helpers ------------------------------------------------------------------

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBREVIATIONS = {
    "Jan": 0,
    "Feb": 1,
    "Mar": 2,
    "Apr": 3,
    "Jun": 5,
    "Jul": 6,
    "Aug": 7,
    "Sep": 8,
    "Sept": 8,
    "Oct": 9,
    "Nov": 10,
    "Dec": 11,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_RE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
ABBREVIATION_RE = re.compile(r"\b(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.")
ANY_MONTH = "(?:" + "|".join(MONTHS) + "|" + "|".join(MONTH_ABBREVIATIONS) + r")\.?"
DAY_BEFORE_RE = re.compile(r"(?<![\d.,])(\d{1,2})(st|nd|rd|th)?(\s+(?:of\s+)?)(?=" + ANY_MONTH + r"(?!\w))")
DAY_AFTER_RE = re.compile(r"\b" + ANY_MONTH + r"(\s+)(\d{1,2})(st|nd|rd|th)?(?![\d\w]|[.,]\d)")
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(s?)\b")
YEAR_RE = re.compile(r"(?<![\w.,$€£¥#/])(19\d\d|20\d\d)(?![\w]|[.,:/]\d|['’]s\b)")
DIGITS_RE = re.compile(r"(?<![\w.,/:#-])\d+(?:[.,]\d+)*(?![\w]|[.,:/-]\d)")
NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def same_case(new: str, old: str) -> str:
    """``new`` written with ``old``'s capitalisation (lower, Title or UPPER)."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def tidy(text: str) -> str:
    """Spaces and commas left right after words were taken out."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r",(\s*[,.;:!?])", r"\1", text)
    text = text.strip()
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def at_sentence_start(text: str, pos: int) -> bool:
    """True when nothing but opening quotes or brackets stand between ``pos`` and the line's
    start or the end of the previous sentence (or a colon)."""
    before = text[:pos].rstrip(" \"'“‘([«")
    return not before or before[-1] in ".!?:;…"


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", text))


def pick(rng: random.Random, options: Sequence):
    return options[rng.randrange(len(options))] if options else None


def ordinal_suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# --- dates --------------------------------------------------------------------------------


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


# --- amounts: scale, unit, number -----------------------------------------------------------

SCALE_WORDS = ["thousand", "million", "billion", "trillion"]
SCALE_RE = re.compile(r"\b(thousand|million|billion|trillion)(s?)\b", re.IGNORECASE)
SCALE_ABBREVIATION_RE = re.compile(r"(?:[$€£]\s?\d[\d.,]*\s?(bn|m|k|tn)|\d[\d.,]*\s?(bn|tn))\b")
SCALE_ABBREVIATIONS = ["k", "m", "bn", "tn"]


def scale(tgt: str, src: str, rng: random.Random) -> str | None:
    """A scale word swapped for another ("1.2 billion" -> "1.2 million", "millions of" ->
    "thousands of"), or the "bn" / "m" of an amount ("$3bn" -> "$3m")."""
    spans = []
    for m in SCALE_RE.finditer(tgt):
        word = m.group(1)
        if word[0].isupper() and not at_sentence_start(tgt, m.start()):
            continue  # part of a name ("Thousand Islands")
        options = [w for w in SCALE_WORDS if w != word.lower()]
        spans.append((m.start(1), m.end(1), [same_case(w, word) for w in options]))
    for m in SCALE_ABBREVIATION_RE.finditer(tgt):
        group = 1 if m.group(1) else 2
        spans.append((m.start(group), m.end(group), [a for a in SCALE_ABBREVIATIONS if a != m.group(group)]))
    if not spans:
        return None
    start, end, options = pick(rng, spans)
    return replace_span(tgt, start, end, pick(rng, options))


# Units: (kind, written form). A unit is swapped for another of the same kind and form:
# symbols for symbols, singular words for singular words, plurals for plurals.
UNIT_SYMBOLS = {
    "length": ["km", "mi", "m", "cm", "mm"],
    "mass": ["kg", "g", "mg", "lb"],
    "temperature": ["°C", "°F"],
}
UNIT_WORDS = {
    "length": [
        ("kilometre", "kilometres"),
        ("kilometer", "kilometers"),
        ("mile", "miles"),
        ("metre", "metres"),
        ("meter", "meters"),
        ("centimetre", "centimetres"),
        ("centimeter", "centimeters"),
        ("foot", "feet"),
        ("inch", "inches"),
        ("yard", "yards"),
    ],
    "mass": [("kilogram", "kilograms"), ("gram", "grams"), ("tonne", "tonnes"), ("ton", "tons")],
    "area": [("hectare", "hectares"), ("acre", "acres")],
    "temperature": [("degree Celsius", "degrees Celsius"), ("degree Fahrenheit", "degrees Fahrenheit")],
    "currency": [("dollar", "dollars"), ("euro", "euros"), ("pound", "pounds")],
}
CURRENCY_SYMBOLS = ["$", "€", "£"]
CURRENCY_CODES = ["USD", "EUR", "GBP"]
AMOUNT = r"\d[\d.,]*"
AMOUNT_WORDS = r"(?:" + AMOUNT + r"|" + "|".join(NUMBER_WORDS + ["one", "a", "an", "hundred"] + SCALE_WORDS) + r")"


def _concept(word: str) -> str:
    """One key for both spellings of a unit word (metre / meter)."""
    return word.lower().replace("meter", "metre")


def _unit_word_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacements) of each unit word after an amount ("5 kilometres", "a
    million dollars", "10-mile"); a replacement is another unit of the same kind, in the
    same number and the same spelling of metre / meter."""
    spans = []
    for words in UNIT_WORDS.values():
        for singular, plural in words:
            for form, number in ((singular, 0), (plural, 1)):
                pattern = r"\b" + AMOUNT_WORDS + r"[\s-]+(" + re.escape(form) + r")\b"
                for m in re.finditer(pattern, text, re.IGNORECASE):
                    american = "meter" in form
                    options = [
                        w[number]
                        for w in words
                        if _concept(w[0]) != _concept(singular)
                        and not ("metre" in w[0] and american)
                        and not ("meter" in w[0] and not american)
                    ]
                    spans.append((m.start(1), m.end(1), [same_case(o, m.group(1)) for o in sorted(set(options))]))
    return spans


def unit(tgt: str, src: str, rng: random.Random) -> str | None:
    """A unit after a number swapped for another unit of the same kind (km -> mi, kilograms
    -> tonnes, °C -> °F, hectares -> acres), or a currency for another ($ -> €, euros ->
    dollars, EUR -> USD)."""
    spans = []
    for symbols in UNIT_SYMBOLS.values():
        alternatives = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
        for m in re.finditer(r"(?<![$€£])\b" + AMOUNT + r"\s?(" + alternatives + r")(?![\w/²³]|\.\d)", tgt):
            before = tgt[: m.start()]
            if m.group(1) in ("m", "k") and re.search(r"[$€£]\s?$", before):
                continue  # "$5m" is five million
            spans.append((m.start(1), m.end(1), [s for s in symbols if s != m.group(1)]))
    spans += _unit_word_spans(tgt)
    for m in re.finditer(r"(?<![\w$€£])([$€£])\s?\d", tgt):
        spans.append((m.start(1), m.end(1), [s for s in CURRENCY_SYMBOLS if s != m.group(1)]))
    for m in re.finditer(r"\b(USD|EUR|GBP)\b", tgt):
        spans.append((m.start(1), m.end(1), [c for c in CURRENCY_CODES if c != m.group(1)]))
    if not spans:
        return None
    start, end, options = pick(rng, spans)
    return replace_span(tgt, start, end, pick(rng, options))


def _date_number_spans(text: str) -> set[tuple[int, int]]:
    spans = {(m.start(), m.end()) for m in YEAR_RE.finditer(text)}
    spans |= {(m.start(1), m.end(1)) for m in DAY_BEFORE_RE.finditer(text)}
    spans |= {(m.start(2), m.end(2)) for m in DAY_AFTER_RE.finditer(text)}
    return spans


def _changed_digit(number: str, rng: random.Random) -> str:
    positions = [i for i, c in enumerate(number) if c.isdigit()]
    pos = pick(rng, positions)
    old = number[pos]
    if len(positions) == 1:
        choices = [d for d in "23456789" if d != old]
    elif pos == positions[0]:
        choices = [d for d in "123456789" if d != old]
    else:
        choices = [d for d in "0123456789" if d != old]
    return number[:pos] + pick(rng, choices) + number[pos + 1 :]


def number(tgt: str, src: str, rng: random.Random) -> str | None:
    """One digit of a number changed (not a year or the day of a date: those are the date
    classes), or a number word replaced by another ("three" -> "four")."""
    dates = _date_number_spans(tgt)
    spans: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "digits") for m in DIGITS_RE.finditer(tgt) if (m.start(), m.end()) not in dates
    ]
    spans += [(m.start(), m.end(), "word") for m in NUMBER_WORD_RE.finditer(tgt)]
    if not spans:
        return None
    start, end, what = pick(rng, spans)
    old = tgt[start:end]
    if what == "digits":
        return replace_span(tgt, start, end, _changed_digit(old, rng))
    new = pick(rng, [w for w in NUMBER_WORDS if w != old.lower()])
    return replace_span(tgt, start, end, same_case(new, old))


# --- negation -----------------------------------------------------------------------------

NEGATION_RE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|nowhere|neither|nor|without|cannot)\b|n['’]t\b", re.IGNORECASE
)
CONTRACTED_BASE = {"ca": "can", "wo": "will", "sha": "shall"}
NOT_KEPT_AFTER = re.compile(r"\s+(?:only|just|least|to mention|necessarily only)\b", re.IGNORECASE)
NO_KEPT_BEFORE = re.compile(r"\s+(?:more|less|matter|doubt|sooner|fewer)\b|\.", re.IGNORECASE)


def negation_count(text: str) -> int:
    """Negations in ``text``; "neither ... nor" counts once."""
    words = [w.lower() for w in NEGATION_RE.findall(text)]
    return len(words) - (1 if "neither" in words and "nor" in words else 0)


def _positive(text: str, m: re.Match) -> str | None:
    """``text`` with the negation at ``m`` taken out or turned positive, or None where that
    would not read as a plain positive statement."""
    word, low = m.group(), m.group().lower()
    after = text[m.end() :]
    if low in ("n't", "n’t"):  # "doesn't" -> "does", "can't" -> "can", "won't" -> "will"
        start = re.search(r"\w*$", text[: m.start()]).start()
        base = text[start : m.start()]
        return replace_span(text, start, m.end(), same_case(CONTRACTED_BASE.get(base.lower(), base), base))
    if low == "cannot":
        return replace_span(text, m.start(), m.end(), same_case("can", word))
    if low == "not":
        if NOT_KEPT_AFTER.match(after) or re.search(r"\b(?:or|if|whether)\s+$", text[: m.start()], re.IGNORECASE):
            return None
        if re.match(r"\s+yet\b", after):
            return tidy(replace_span(text, m.start(), m.end() + len(re.match(r"\s+yet", after).group()), "already"))
        return tidy(replace_span(text, m.start(), m.end(), ""))
    if low == "never":
        if at_sentence_start(text, m.start()):
            return None  # "Never has ..." needs the word order changed
        return tidy(replace_span(text, m.start(), m.end(), ""))
    if low == "no":
        if re.match(r"\s+longer\b", after):
            return replace_span(
                text, m.start(), m.end() + len(re.match(r"\s+longer", after).group()), same_case("still", word)
            )
        if re.match(r"\s+one\b", after):
            return replace_span(
                text, m.start(), m.end() + len(re.match(r"\s+one", after).group()), same_case("someone", word)
            )
        if NO_KEPT_BEFORE.match(after) or not re.match(r"\s+[a-z]", after):
            return None
        return replace_span(text, m.start(), m.end(), same_case("some", word))
    if low == "none":
        if not re.match(r"\s+of\b", after):
            return None
        return replace_span(text, m.start(), m.end(), same_case("all", word))
    if low in ("nothing", "nobody", "nowhere"):
        return replace_span(text, m.start(), m.end(), same_case("some" + low[2:], word))
    if low == "without":
        return replace_span(text, m.start(), m.end(), same_case("with", word))
    return None  # a lone "nor" (or "neither" without its "nor") reads wrong once removed


def negation_dropped(tgt: str, src: str, rng: random.Random) -> str | None:
    """The output's one negation removed or turned positive: "did not" -> "did", "isn't" ->
    "is", "cannot" -> "can", "never" removed, "no longer" -> "still", "no" -> "some",
    "nothing" -> "something", "without" -> "with", "neither A nor B" -> "both A and B".
    Only where the output holds exactly one negation (two could cancel out)."""
    if negation_count(tgt) != 1:
        return None
    both = re.search(r"\b(neither)\b(.+?)\b(nor)\b", tgt, re.IGNORECASE)
    if both:
        text = replace_span(tgt, both.start(3), both.end(3), same_case("and", both.group(3)))
        return replace_span(text, both.start(1), both.end(1), same_case("both", both.group(1)))
    return _positive(tgt, NEGATION_RE.search(tgt))


AUXILIARY_RE = re.compile(r"\b(is|are|was|were|will|can|has|have|had|would|should|could|must|may|does|did)\b")
NOT_A_VERB_AFTER = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|it|"
    r"them|him|me|us|so|what|to)\b|[,.;:]",
    re.IGNORECASE,
)
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|free|own|good|political)\s+$", re.IGNORECASE)
PARTICIPLE = re.compile(
    r"\s+(?:(?:\w+ly|already|also|just|since|still|ever|now|recently)\s+)?"
    r"(?:been|\w{2,}ed|known|taken|given|written|shown|seen|done|gone|grown|drawn|thrown|flown|"
    r"broken|chosen|spoken|stolen|frozen|fallen|eaten|beaten|forgotten|hidden|driven|risen|begun|"
    r"run|won|lost|made|said|had|found|left|put|set|built|told|held|paid|sent|kept|brought|bought|"
    r"thought|taught|caught|fought|sought|spent|hit|cut|become|come|led|met|read|struck|fled|sold|"
    r"got|gotten|felt|heard|meant|understood|stood|let|shut|spread|hurt|cost|dealt|lent|shot|lit|"
    r"fed|laid|spun|stuck|hung|dug)\b"
)


def negation_added(tgt: str, src: str, rng: random.Random) -> str | None:
    """ "not" after the first auxiliary or modal of an output with no negation ("was
    elected" -> "was not elected", "can" -> "cannot"). "have / has / had" count only before
    a past participle, "does / did" only before a verb, "can / will" not as nouns."""
    if negation_count(tgt):
        return None
    for m in AUXILIARY_RE.finditer(tgt):
        word, after, before = m.group(1), tgt[m.end() :], tgt[: m.start()]
        if word in ("has", "have", "had") and not PARTICIPLE.match(after):
            continue
        if word in ("does", "did") and (NOT_A_VERB_AFTER.match(after) or not re.match(r"\s+[a-z]", after)):
            continue
        if word in ("can", "will", "may") and NOUN_BEFORE.search(before):
            continue
        if re.match(r"\s*[,.;:!?)]", after) or not after.strip():
            continue  # "..., as it is." / "that is,"
        if word == "can":
            return replace_span(tgt, m.start(), m.end(), "cannot")
        return replace_span(tgt, m.end(), m.end(), " not")
    return None


# --- omission -----------------------------------------------------------------------------

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


# --- names --------------------------------------------------------------------------------

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


CLASSES: dict[str, Callable[..., str | None]] = {
    "date_day": date_day,
    "date_month": date_month,
    "date_year": date_year,
    "date_dropped": date_dropped,
    "scale": scale,
    "unit": unit,
    "number": number,
    "negation_dropped": negation_dropped,
    "negation_added": negation_added,
    "omission_clause": omission_clause,
    "omission_list_item": omission_list_item,
    "entity_dropped": entity_dropped,
    "entity_swapped": entity_swapped,
}


def corrupt(cls: str, tgt: str, src: str, rng: random.Random, pool: Sequence[str] = ()) -> str | None:
    """``tgt`` with one error of class ``cls``, or None when the class cannot apply (or would
    leave the output as it was)."""
    if cls == "entity_swapped":
        out = entity_swapped(tgt, src, rng, pool)
    else:
        out = CLASSES[cls](tgt, src, rng)
    return out if out is not None and out != tgt else None


def line_rng(seed: int, cls: str, system: str, line: int) -> random.Random:
    return random.Random(f"B:{seed}:{cls}:{system}:{line}")


# --- measuring ----------------------------------------------------------------------------


def run_checks(pairs: Sequence[tuple[str, str]], lang: str) -> list[list[dict]]:
    """The check stage's flags for each (source, output) as a one-segment record."""
    records = [
        Record(
            id=str(i),
            source="flores",
            lang=lang,
            translation={"segments": [{"para": 1, "src": s, "tgt": t, "flags": []}]},
        )
        for i, (s, t) in enumerate(pairs)
    ]
    out = list(check(records, CFG, MAX_NEW_TOKENS))
    for rec in out:
        if rec.error:
            raise RuntimeError(f"line {rec.id}: {rec.error}")
    return [rec.translation["segments"][0]["flags"] for rec in out]


def is_critical(flag: dict) -> bool:
    return flag.get("severity", "critical") == "critical"


def any_critical(flags: list[dict]) -> bool:
    return any(is_critical(f) for f in flags)


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "—"


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


def corrupted_sample(
    pair: Pair,
    cls: str,
    lines: list[int],
    clean: dict[str, list[list[dict]]],
    names: list[list[str]],
    n: int,
    seed: int,
    half: str,
) -> tuple[list[tuple[str, str]], int]:
    """Up to ``n`` (source, corrupted output) of class ``cls`` from the systems' lines of
    one half that pass without a critical flag, in a seeded order; and how many lines the
    class could apply to (counted while drawing, so at most the sample when it stops early).

    The order is drawn over all the half's lines, flagged or not, and the flagged ones are left
    out after: a change to the checks that flags a few lines more or fewer takes those lines out
    of the sample or puts them in, and leaves the rest of it as it was (a shuffle of the good
    lines alone drew another sample whenever one line changed, and recall moved by up to 5 points
    on lines the checks judged alike)."""
    order = [(name, i) for name in pair.systems for i in lines]
    random.Random(f"B:{seed}:{cls}:{half}").shuffle(order)
    candidates = [(name, i) for name, i in order if not any_critical(clean[name][i])]
    sample = []
    pools: dict[int, list[str]] = {}
    for name, i in candidates:
        if cls == "entity_swapped" and i not in pools:
            pools[i] = swap_pool(names, i)
        out = corrupt(cls, pair.systems[name][i], pair.src[i], line_rng(seed, cls, name, i), pools.get(i, ()))
        if out is not None:
            sample.append((pair.src[i], out))
            if len(sample) == n:
                break
    return sample, len(candidates)


def false_alarm_rows(pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]]) -> list[str]:
    """Per system (and the reference): share of good lines with a critical flag, and with any
    flag, per half."""
    head = ["system"] + [f"{half} {what}" for half in halves for what in ("critical", "any flag")]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for name in clean:
        cells = []
        for lines in halves.values():
            flags = [clean[name][i] for i in lines]
            cells += [pct(sum(map(any_critical, flags)), len(flags)), pct(sum(bool(f) for f in flags), len(flags))]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def groups(pair: Pair) -> list[tuple[str, list[str]]]:
    """The columns of the per-check counts: the systems together, and the reference when the
    folder has one."""
    return [("systems", list(pair.systems)), *([("reference", ["reference"])] if pair.ref is not None else [])]


def critical_code_rows(pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]]) -> list[str]:
    """Which checks raise the critical false alarms: lines per code, systems together and the
    reference, per half."""
    counts: dict[tuple[str, str], Counter] = {}
    for half, lines in halves.items():
        for group, names in groups(pair):
            counts[(group, half)] = Counter(
                code for name in names for i in lines for code in {f["code"] for f in clean[name][i] if is_critical(f)}
            )
    codes = sorted(set().union(*counts.values()))
    if not codes:
        return ["No critical false alarm."]
    head = ["check"] + [f"{group} {half}" for half in halves for group, _ in groups(pair)]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for code in codes:
        cells = [str(counts[(group, half)][code]) for half in halves for group, _ in groups(pair)]
        out.append(f"| `{code}` | " + " | ".join(cells) + " |")
    return out


def recall_rows(
    pair: Pair,
    halves: dict[str, list[int]],
    clean: dict[str, list[list[dict]]],
    n: int,
    seed: int,
    classes: Sequence[str] = tuple(CLASSES),
    missed: dict[str, list[tuple[str, str]]] | None = None,
) -> list[str]:
    """Per class: corrupted lines, caught (a critical flag) and recall per half; the codes
    that caught them, and how many got only a note. With ``missed``, the tune part's
    corrupted lines that no critical flag caught are added to it per class (keys: the
    classes to collect)."""
    names = names_by_line(pair.ref if pair.ref is not None else next(iter(pair.systems.values())))
    head = ["class"] + [f"{half} {what}" for half in halves for what in ("n", "caught", "recall")]
    head += ["note only", "caught by"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 2) + "---|"]
    for cls in classes:
        cells, codes, notes = [], Counter(), 0
        for half, lines in halves.items():
            sample, _ = corrupted_sample(pair, cls, lines, clean, names, n, seed, half)
            flags = run_checks(sample, pair.lang)
            if missed is not None and cls in missed and half in (TUNE, OPEN):
                missed[cls] += [line for line, f in zip(sample, flags, strict=True) if not any_critical(f)]
            caught = sum(map(any_critical, flags))
            notes += sum(1 for f in flags if f and not any_critical(f))
            codes.update(code for f in flags for code in {x["code"] for x in f if is_critical(x)})
            cells += [str(len(sample)), str(caught), pct(caught, len(sample))]
        by = ", ".join(f"`{c}` {k}" for c, k in codes.most_common(4)) or "—"
        out.append(f"| {cls} | " + " | ".join(cells) + f" | {notes} | {by} |")
    return out


def missed_rows(missed: dict[str, list[tuple[str, str]]], part: str = TUNE) -> list[str]:
    """The corrupted lines of ``part`` (tune, or an open folder) no critical flag caught, per
    class: source, then output."""
    out = []
    for cls, lines in missed.items():
        out += ["", f"Missed on {part}, {cls} ({len(lines)}):", ""]
        for src, tgt in lines:
            out += [f"* src: {src}", f"  out: {tgt}"]
    return out


def pair_report(
    folder: Path,
    n: int,
    seed: int,
    whole: bool = False,
    only: Sequence[str] = (),
    classes: Sequence[str] = tuple(CLASSES),
    show_missed: Sequence[str] = (),
    open_: bool = False,
) -> str:
    """The three tables of one pair folder; the folder as one held-out part with ``whole``;
    only the parts ``only`` when given; the recall of ``classes``; and the tune part's missed
    corrupted lines of the classes ``show_missed`` (never another part's)."""
    pair = read_pair(folder)
    halves = {
        half: lines for half, lines in folder_parts(len(pair.src), whole, open_).items() if not only or half in only
    }
    if show_missed and set(halves) not in ({TUNE}, {OPEN}):
        raise ValueError(f"missed lines are shown for the {TUNE} part only (--part {TUNE}), or an open folder")
    missed: dict[str, list[tuple[str, str]]] = {cls: [] for cls in show_missed}
    clean = {name: run_checks(list(zip(pair.src, out)), pair.lang) for name, out in pair.systems.items()}
    if pair.ref is not None:
        clean["reference"] = run_checks(list(zip(pair.src, pair.ref)), pair.lang)
    sizes = ", ".join(f"{half} {len(lines)}" for half, lines in halves.items())
    out = [
        f"## {folder.name} (source language: {pair.lang}; lines: {sizes})",
        "",
        "False alarms: share of the good lines with a critical flag, and with any flag:",
        "",
        *false_alarm_rows(pair, halves, clean),
        "",
        "Lines with a critical flag, per check (systems together, and the reference):",
        "",
        *critical_code_rows(pair, halves, clean),
        "",
        (
            f"Recall (generator B, seed {seed}): up to {n} corrupted lines per class and half, drawn "
            "from the systems' lines with no critical flag; caught = a critical flag; 'note only' = "
            "flagged with notes alone (both halves); 'caught by' = the checks that caught them:"
        ),
        "",
        *recall_rows(pair, halves, clean, n, seed, classes, missed),
        *missed_rows(missed, OPEN if open_ else TUNE),
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a FLORES-style pair folder, or a folder of them")
    parser.add_argument("--n", type=int, default=300, help="corrupted lines per class and half (300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="read each folder whole, as one held-out part (a folder no check was tuned on)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        help=f"read each folder whole, as one part '{OPEN}' whose missed lines may be shown "
        "(benchmarks/data/news/open, benchmarks/data/talks-open, benchmarks/data/parallel-open)",
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=SPLITS,
        help="report only this part of the split (repeatable; default: every part)",
    )
    parser.add_argument(
        "--class",
        dest="classes",
        action="append",
        choices=list(CLASSES),
        help="measure the recall of this class only (repeatable; default: every class)",
    )
    parser.add_argument(
        "--show-missed",
        action="append",
        choices=list(CLASSES),
        default=[],
        help=f"print the corrupted lines of this class no check caught (repeatable; with --part {TUNE} only)",
    )
    args = parser.parse_args(argv)
    if args.whole and args.part:
        parser.error("--part chooses a part of the split; a folder read --whole is one part")
    if args.whole and args.open:
        parser.error("a folder is read --whole (held-out data) or --open (data to study), not both")
    if args.open and args.part:
        parser.error("--part chooses a part of the split; a folder read --open is one part")
    if args.show_missed and not args.open and (args.whole or args.part != [TUNE]):
        parser.error(f"--show-missed prints lines of the {TUNE} part only (--part {TUNE} alone), or of a folder --open")
    try:
        folders = pair_folders(args.folder)
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    text = "\n".join(
        pair_report(
            folder,
            args.n,
            args.seed,
            args.whole,
            args.part or (),
            args.classes or tuple(CLASSES),
            args.show_missed,
            args.open,
        )
        for folder in folders
    )
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
