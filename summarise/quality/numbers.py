"""Numbers: every number the source states must be in the output with the same value, and the
output must state none the source does not.

Each language's writing is read with its own conventions (``numbers(text, lang)``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from summarise.quality.contacts import digits_of, strip_contacts
from summarise.quality.flags import SPACE, Flag, flag, fold

# A written number: "100 000" (a space, no-break or thin space as thousands separator,
# first group of 1-3 digits, then groups of exactly 3), or digits with , or .
# separators ("1,6", "100,000", "1.600.000", "19.04.2007"). Optional scale word
# ("1,6 million", "2 milliards") or, glued, the English abbreviations "£27m", "$3bn",
# "5k". Not preceded by a digit or separator, so a group is never read from the middle
# of a longer number.
NUMBER_RE = re.compile(
    rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:[{SPACE}]\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    r"(?:[ \u00a0\u202f\u2009]*(?P<scale>millions?|milliards?|billions?|thousands?|trillions?|mille)\b"
    r"|(?P<abbr>m|mn|bn|k)\b)?",
    re.IGNORECASE,
)
# French clock time "14h30" / "11 h 29" / "14 h": the hour may come back as "2:30 pm".
TIME_RE = re.compile(rf"(?<!\d)(\d{{1,2}})[{SPACE}]?h[{SPACE}]?(\d{{2}})?\b")
# English clock time with a full stop: "11.29am", "2.30 p.m." (read as 11:29, not 11.29).
EN_DOT_TIME_RE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{2})(?=\s?[ap]\.?m\b)", re.IGNORECASE)
# An English time on the full hour, "11:00" ("11 h" in French).
EN_FULL_HOUR_RE = re.compile(r"(?<![\d.,:])(\d{1,2}):00(?!\d)")
# Decades: French "années 60" / "années 1960", English "1960s" / "60s" (60 and 1960 both).
FR_DECADE_RE = re.compile(rf"ann[ée]es[{SPACE}]$", re.IGNORECASE)
EN_DECADE_RE = re.compile(r"['’]?s\b")
SCALES = {
    "fr": {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "mille": 10**3,
           "billion": 10**12, "billions": 10**12},
    "en": {"thousand": 10**3, "thousands": 10**3, "million": 10**6, "millions": 10**6,
           "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12},
}
ABBREVIATED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9}
# Ordinals written as words ("premier" / "first"); cardinals are read by text2num.
ORDINAL_WORDS = {
    "fr": {"premier": 1, "premiere": 1, "second": 2, "seconde": 2},
    "en": dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth".split(), range(1, 11))),
}
# French approximations: "une vingtaine" = about 20, "une centaine", "des milliers".
APPROXIMATION_RE = re.compile(r"\b([a-z]+?)(?:aines?)\b|\b(milliers?)\b")
_APPROXIMATION_STEMS = {"diz": "dix", "douz": "douze", "quinz": "quinze", "trent": "trente",
                        "quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante"}

# A French Roman ordinal: "XXIe siècle", "IIIe République", "Ier".
ROMAN_ORDINAL_RE = re.compile(r"\b([IVXLC]+)(?:e|er|ème|eme)\b")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _all_groups_of_three(parts: list[str]) -> bool:
    return all(len(p) == 3 for p in parts[1:])


def _number_values(raw: str, lang: str) -> list[Decimal]:
    """The value(s) a written number stands for, read with ``lang``'s conventions.

    French: "," is the decimal mark, "." and spaces group thousands. English: ","
    groups thousands when followed by groups of three digits ("100,000"), otherwise
    it is read as a decimal mark ("1,6" copied from French is still 1.6). Runs that
    are neither ("19.04.2007") are separate numbers.
    """
    raw = re.sub(f"[{SPACE}]", "", raw)
    seps = set(re.findall(r"[.,]", raw))
    parts = re.split(r"[.,]", raw)
    if not seps:
        return [Decimal(raw)]
    if len(seps) == 2:  # "1.600,5" / "1,600.5": the last separator is the decimal mark
        head, dec = re.split(r"[.,](?=\d+$)", raw)
        return [Decimal(digits_of(head) + "." + dec)]
    sep = seps.pop()
    thousands_sep = "." if lang == "fr" else ","
    if sep == thousands_sep and _all_groups_of_three(parts):
        return [Decimal("".join(parts))]
    if len(parts) == 2:
        return [Decimal(parts[0] + "." + parts[1])]
    if _all_groups_of_three(parts):
        return [Decimal("".join(parts))]
    return [Decimal(p) for p in parts]


def _read_number(raw: str, scale_word: str, abbr: str, lang: str) -> set[str]:
    """Value keys of one written number read with ``lang``'s conventions."""
    scale_word = scale_word.lower()
    other = "en" if lang == "fr" else "fr"
    scale = SCALES[lang].get(scale_word) or SCALES[other].get(scale_word) or 1
    values = _number_values(raw, lang)
    keys = {_key(v * scale) for v in values}
    if abbr:  # "27m" is £27 million, or 27 metres: both readings
        keys |= {_key(v * ABBREVIATED_SCALES[abbr.lower()]) for v in values} | {_key(v) for v in values}
    return keys


def numbers(text: str, lang: str) -> list[tuple[str, set[str]]]:
    """Each number written in ``text`` as (text as written, accepted value keys).

    ``lang`` is "fr", "en", or "any" (both readings accepted). Contacts are removed
    first: a phone number is not a number to compare. A clock time gives its hour
    (14 or 2) and its minutes.
    """
    text = strip_contacts(text)
    found = []
    if lang != "fr":
        text = EN_DOT_TIME_RE.sub(r"\1:\2", text)
        text = EN_FULL_HOUR_RE.sub(r"\1", text)  # "11:00" is "11 h"
    for m in TIME_RE.finditer(text):
        hour = int(m.group(1))
        found.append((m.group(1), {str(hour), str(hour - 12)} if 12 < hour < 24 else {str(hour)}))
    # the hour is read above; "11 h 00" has no minutes to compare
    text = TIME_RE.sub(lambda m: " h " + (m.group(2) if m.group(2) not in (None, "00") else ""), text)
    langs = ("fr", "en") if lang == "any" else (lang,)
    for m in NUMBER_RE.finditer(text):
        abbr = "" if lang == "fr" else m.group("abbr") or ""  # "27 m" in French is metres
        keys = set().union(*(_read_number(m.group("num"), m.group("scale") or "", abbr, x) for x in langs))
        keys |= _decade(text, m, lang)
        found.append(((m.group("num") if m.group("abbr") and not abbr else m.group(0)).strip(), keys))
    return found


def _decade(text: str, m: re.Match, lang: str) -> set[str]:
    """Both readings of a decade: "années 60" and "1960s" are 60 and 1960."""
    num = m.group("num")
    if not re.fullmatch(r"(?:19|20)?\d0", num):
        return set()
    if lang == "fr" and not FR_DECADE_RE.search(text[max(0, m.start() - 7):m.start()]):
        return set()
    if lang != "fr" and not EN_DECADE_RE.match(text, m.end()):
        return set()
    return {num[-2:], ("19" + num if len(num) == 2 else num)}


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _text2num(word: str, lang: str) -> int | None:
    from text_to_num import text2num

    try:
        return text2num(word, lang)
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def word_numbers(text: str, lang: str) -> frozenset[str]:
    """Numbers written as words, read by text2num ("deux cent mille" = 200000, "two",
    "vingt et un"), French approximations ("une vingtaine" = 20), ordinal words and
    French Roman ordinals ("XXIe siècle" = 21st century)."""
    from text_to_num import alpha2digit

    folded = fold(text)
    try:
        converted = alpha2digit(text, lang, threshold=0)
    except UnicodeError:  # a lone surrogate from a broken input
        converted = ""
    found = {str(int(d)) for d in re.findall(r"\d+", converted) if len(d) < 16}
    for word in re.findall(r"[a-z]+", folded):
        if word in ORDINAL_WORDS[lang]:
            found.add(str(ORDINAL_WORDS[lang][word]))
        elif len(word) > 2 and (value := _text2num(word, lang)) is not None:
            found.add(str(value))
    if lang == "fr":
        for stem, thousands in APPROXIMATION_RE.findall(folded):
            value = 1000 if thousands else _text2num(_APPROXIMATION_STEMS.get(stem, stem), "fr")
            if value is not None:
                found.add(str(value))
        found |= {str(_roman(m)) for m in ROMAN_ORDINAL_RE.findall(text)}
    elif "dozen" in folded:
        found.add("12")
    return frozenset(found)


def _missing_numbers(have: list[tuple[str, set[str]]], other: str, other_lang: str) -> list[str]:
    """Numbers of ``have`` that ``other`` does not contain, as digits or as a word."""
    keys = set().union(*(k for _, k in numbers(other, other_lang))) | word_numbers(other, other_lang)
    missing = []
    for written, accepted in have:
        if not accepted & keys and written not in missing:
            missing.append(written)
    return missing


def check_numbers(src: str, tgt: str) -> list[Flag]:
    """A number of the (French) source missing from the (English) output, or one added.

    "1,6 million" = "1.6 million" = "1,600,000"; "100000" = "100 000" = "100,000";
    "19 avril" = "April 19"; "20 %" = "20%"; "1er" = "1st"; "36 mois" = "36-month";
    "11 h 29" = "11.29am"; "27 millions de livres" = "£27m"; "une vingtaine" = "20".
    """
    lost = _missing_numbers(numbers(src, "fr"), tgt, "en")
    added = _missing_numbers(numbers(tgt, "en"), src, "fr")
    parts = []
    if lost:
        parts.append(", ".join(map(repr, lost)) + " not in output")
    if added:
        parts.append(", ".join(map(repr, added)) + " not in source")
    return [flag("number_mismatch", "; ".join(parts))] if parts else []

