"""Generator B's shared vocabulary (months, weekdays, number words) and text helpers."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

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
