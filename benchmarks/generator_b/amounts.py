"""Generator B's amount classes: a scale word, a unit or currency, a number changed."""

from __future__ import annotations

import random
import re

from benchmarks.generator_b.text import (
    DAY_AFTER_RE,
    DAY_BEFORE_RE,
    DIGITS_RE,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    YEAR_RE,
    at_sentence_start,
    pick,
    replace_span,
    same_case,
)

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
