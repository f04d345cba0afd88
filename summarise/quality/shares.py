"""Shares and halves: a part of a whole that the source states ("un quart des salariés", "la
mitad", "ثلث السكان") must come out as the same part, in words or as a percentage ("a quarter",
"25%"); and a number with a half ("deux heures et demie", "tres años y medio", "ثلاث ساعات
ونصف") is that number and a half ("two and a half hours", "3.5 years").

A share word is read *strictly* when it surely states a part of a whole ("un tiers de", "two
thirds", "la mitad", "نصف") and demands that part of the other side, and *liberally* (any
"half", "quarter", "medio", a ratio "uno de cada cuatro", a percentage) when it excuses. A
percentage and a share word are the same part within ``TOLERANCE`` ("a third" is "33%", not
"35%"). The number check takes from here the numbers a share or a half explains, and the parts
the other side lacks; the unit check takes the percentages that a share word answers.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from summarise.quality.flags import fold
from summarise.quality.numbers import numbers
from summarise.quality.numwords import ORDINAL_WORDS, scale_power, word_numbers
from summarise.quality.numwords_arabic import arabic_word_value
from summarise.quality.units import quantities, unit_forms
from summarise.text.languages import ascii_digits

# A percentage and a share word state the same part when they differ by at most one point.
TOLERANCE = Fraction(1, 100)
_AR_PREFIX = r"(?<![^\W\d_])(?:[وفبلك]?(?:ال|لل)?)"
_AR_END = r"(?![^\W\d_])"
# The count before a share word ("two thirds", "trois quarts", "dos tercios"): its words, and
# what "a" / "un" / "le" mean there (one).
_COUNT = r"(?P<n>\d+|[^\W\d_]+)"
_COUNT2 = _COUNT.replace("n>", "m>")  # the same, in a second alternative of one pattern
# A share of a unit of time or length is a measure, which the other side may give in a smaller
# unit ("un quart d'heure", "a quarter of an hour": 15 minutes; "نصف قرن": 50 years), and an
# Arabic compound with "half" is one English word ("نصف الكرة" hemisphere, "نصف قطر" radius,
# "نصف نهائي" semi-final): neither demands a share.
_EN_MEASURE = r"(?! of an? (?:hour|minute|day|week|month|year|decade|century|mile)\b)"
_AR_MEASURE = (
    r"(?! (?:ال)?(?:نهائي|قطر|كرة|ساعة|ساعات|دقيقة|يوم|اسبوع|شهر|عام|سنة|قرن|ميل|كيلومتر|متر)" + r"(?![^\W\d_]))"
)
# Per language: the share words read strictly, as (pattern, denominator); a pattern's group
# "n" is its count ("deux tiers" = 2/3), none is one ("la moitié" = 1/2). Text is folded.
STRICT: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (
        # "half of", "half the", not "the second half of" (a half of a year or of a match)
        (r"(?<!first )(?<!second )(?<!other )(?<!the )\bhalf (?:of|the)\b", 2),
        (_COUNT + r"[ -](?:half|halves)(?= of\b)" + _EN_MEASURE, 2),
        (_COUNT + r"[ -]thirds?(?= of\b)" + _EN_MEASURE + "|" + _COUNT2 + r"[ -]thirds\b", 3),
        (
            _COUNT
            + r"[ -](?:quarters?|fourths?)(?= of\b)"
            + _EN_MEASURE
            + "|"
            + _COUNT2
            + r"[ -](?:quarters|fourths)\b",
            4,
        ),
    ),
    "fr": (
        (r"\bmoitie\b", 2),
        (_COUNT + r" tiers(?= (?:de|des|du|d['’]))|" + _COUNT2 + r" tiers\b", 3),
        (_COUNT + r" quarts?(?= (?:de|des|du|d['’]))(?! d['’]heure| de (?:finale|siecle))", 4),
    ),
    "es": (
        (r"\b(?:la|una) mitad\b", 2),
        (_COUNT + r" tercios?(?= de\b)|" + _COUNT2 + r" tercios\b", 3),
        (r"(?:\b" + _COUNT + r" )?terceras? partes?\b", 3),
        (r"(?:\b" + _COUNT + r" )?cuartas? partes?\b", 4),
        (_COUNT + r" cuartos?(?= de (?:la|las|los|el|del|su|sus)\b)", 4),
    ),
    "ar": (
        # not "ونصف" (and a half: see HALF), nor a clock's "وربع", "إلا ربع" (a quarter past, to)
        (_AR_PREFIX + r"(?<!و)نصف" + _AR_END + _AR_MEASURE, 2),
        (r"(?<!الا )" + _AR_PREFIX + r"(?<!و)ربع" + _AR_END + _AR_MEASURE, 4),
        (_AR_PREFIX + r"ثلث" + _AR_END + _AR_MEASURE, 3),
        (_AR_PREFIX + r"ثلث[اي]" + _AR_END + r"(?P<two>)", 3),  # the dual: two thirds
        (_COUNT + r" ا?رباع" + _AR_END, 4),
    ),
}
# English states a fraction with its count alone ("three quarters of the vote"); a count after an
# article, a possessive, a demonstrative, an ordinal or a word that places it in time ("the first
# three quarters of this year", "the past two quarters") counts things, the quarters of a year.
EN_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|our|these|those|first|second|third|last|past|next|previous|coming)\s+$"
)
# What may state a share, liberally: any form of the words, a ratio ("one in four", "un sur
# quatre", "uno de cada cuatro", "واحد من كل أربعة": group "n" of group "d"), a division ("deux
# fois moins", "dos veces menos", "two times less": one of group "d").
LOOSE: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (
        (r"\bhal(?:f|ves|ve|ved|ving)\b|\bsemi|\bhemi", 2),
        (r"\bthirds?\b", 3),
        (r"\b(?:quarters?|fourths?)\b", 4),
        (_COUNT + r"(?: [^\W\d_]+)? (?:in|out of) (?:every )?(?P<d>\d+|[^\W\d_]+)\b", 0),
        (r"(?P<d>\d+|[^\W\d_]+) times (?:less|fewer|smaller|lower)\b", 0),
    ),
    "fr": (
        (r"\b(?:moitie|demie?)\b|\bmi-", 2),
        (r"\btiers\b", 3),
        (r"\bquarts?\b", 4),
        (_COUNT + r"(?: [^\W\d_]+){0,2} sur (?P<d>\d+|[^\W\d_]+)\b", 0),
        (r"(?P<d>\d+|[^\W\d_]+) fois moins\b", 0),
    ),
    "es": (
        (r"\b(?:mitad|medio|media)\b", 2),
        (r"\b(?:tercios?|terceras? partes?)\b", 3),
        (r"\b(?:cuartos?|cuartas? partes?)\b", 4),
        (_COUNT + r"(?: [^\W\d_]+){0,2} de cada (?P<d>\d+|[^\W\d_]+)\b", 0),
        (r"(?P<d>\d+|[^\W\d_]+) veces menos\b", 0),
    ),
    "ar": (
        (_AR_PREFIX + r"نصف", 2),
        (_AR_PREFIX + r"ثلث", 3),
        (_AR_PREFIX + r"(?:ربع|ارباع)", 4),
        (_COUNT + r" من كل (?P<d>\d+|[^\W\d_]+)", 0),
    ),
}
# What every share word or ratio holds, to pass over a text with none: the strict readings' stems,
# then (after "") the loose readings' more.
STEMS = {
    "en": ("half", "third", "quarter", "fourth", "", "halv", "semi", "hemi", " in ", " out of ", "times"),
    "fr": ("moitie", "tiers", "quart", "", "demi", "mi-", " sur ", "fois moins"),
    "es": ("mitad", "tercio", "tercera", "cuart", "", "medi", "de cada", "veces menos"),
    "ar": ("نصف", "ربع", "ثلث", "رباع", "", "من كل"),
}
# A number and a half: the joiner and the half after the number, and a unit word between
# ("deux heures et demie", "three and a half years", "tres años y medio", "ثلاث ساعات ونصف").
HALF: dict[str, str] = {
    "en": r"and a half",
    "fr": r"et demie?",
    "es": r"y medi[oa]",
    "ar": r"و ?نصف",
}
# The words that count one in a language ("a year and a half", "un an et demi").
ONE = {
    "en": ("a", "an", "one"),
    "fr": ("un", "une", "le", "la", "les", "l"),
    "es": ("un", "una", "el", "la", "los", "las"),
}
# A share of an hour is minutes, and so is the half or quarter of a clock time: "half an hour", "une
# demi-heure", "media hora", "نصف ساعة" are 30; "quart d'heure", "a quarter past" 15; "إلا ربع" 45.
MINUTES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (
        (r"\bhalf[ -](?:an )?hour\b|\bhalf past\b", 30),
        (r"\bquarter(?: of an|-)? ?hour\b|\bquarter (?:past|after)\b", 15),
        (r"\bthree quarters of an hour\b|\bquarter (?:to|of)\b", 45),
    ),
    "fr": (
        (r"\bdemi-? ?heure\b|\bet demie\b", 30),
        (r"\bquart d'heure\b|\bet quart\b", 15),
        (r"\btrois quarts d'heure\b|\bmoins le quart\b", 45),
    ),
    "es": (
        (r"\bmedia hora\b|\by media\b", 30),
        (r"\bcuarto de hora\b|\by cuarto\b", 15),
        (r"\btres cuartos de hora\b|\bmenos cuarto\b", 45),
    ),
    "ar": (
        (r"نصف (?:ال)?ساعة|و ?(?:ال)?نصف", 30),
        (r"ربع (?:ال)?ساعة|و ?(?:ال)?ربع", 15),
        (r"ارباع (?:ال)?ساعة|الا (?:ال)?ربع", 45),
    ),
}
# A number of hours and a half is that many minutes ("ساعة ونصف", "une heure et demie": 90 minutes):
# the word for an hour in a half's words (folded).
HOURS = {"en": r"\bhours?\b", "fr": r"\bheures?\b", "es": r"\bhoras?\b", "ar": r"ساع"}


# A share of a scale word is that part of its value: "نصف مليون", "un demi-million", "medio millón",
# "half a million" are 500,000; "ربع مليون", "un cuarto de millón", "a quarter of a million" 250,000.
# A share of a century or a decade is that part of its years: "ربع قرن", "un demi-siècle", "medio
# siglo", "half a century" are 25 and 50 (years). The share word and what may join it to the
# scale or period word (folded text), and its denominator.
SCALE_SHARES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": ((r"\bhalf[ -](?:of )?(?:an? )?", 2), (r"\bquarter[ -](?:of )?(?:an? )?", 4), (r"\bthird of (?:an? )?", 3)),
    "fr": ((r"\bdemi-? ?", 2), (r"\bquart d(?:e |['’]une? )", 4), (r"\btiers d(?:e |['’]une? )", 3)),
    "es": ((r"\bmedi[oa] ", 2), (r"\bcuarto de (?:una? )?", 4), (r"\btercio de (?:una? )?", 3)),
    "ar": ((_AR_PREFIX + r"نصف (?:ال)?", 2), (_AR_PREFIX + r"ربع (?:ال)?", 4), (_AR_PREFIX + r"ثلث (?:ال)?", 3)),
}
# CLDR's periods of years, and their length.
PERIODS = {"duration-century": 100, "duration-decade": 10}


@lru_cache(maxsize=8)
def period_words(lang: str) -> dict[str, int]:
    """``lang``'s words for one century and one decade (CLDR's long unit names), folded -> years."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = Locale.parse(lang)._data["unit_patterns"]
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return {}
    found: dict[str, int] = {}
    for unit, years in PERIODS.items():
        for count, pattern in patterns.get(unit, {}).get("long", {}).items():
            word = fold(pattern.replace("{0}", "").strip())
            if count in ("one", "other") and word and " " not in word:
                found.setdefault(word, years)
    return found


@lru_cache(maxsize=1024)
def scale_shares(text: str, lang: str) -> tuple[tuple[Fraction, str], ...]:
    """Each share of a scale word or of a period of years in ``text`` (SCALE_SHARES): (the part,
    the value key of that part of the scale, or of the period's years)."""
    lang = lang if lang in SCALE_SHARES else "en"
    folded = _fold(text)
    periods = period_words(lang)
    found = []
    for share, denominator in SCALE_SHARES[lang]:
        for m in re.finditer(share + r"([^\W\d_]+)", folded):
            power = scale_power(m.group(1), lang)
            size = 10**power if power else periods.get(m.group(1), 0)
            if size and size % denominator == 0:
                found.append((Fraction(1, denominator), str(size // denominator)))
    return tuple(found)


def _fold(text: str) -> str:
    """Folded (lower case, no accents nor hamzas, plain apostrophes), ASCII digits, single spaces."""
    return " ".join(fold(ascii_digits(text)).split())


def _count(word: str | None, lang: str) -> int | None:
    """The value of a count word or digits ("deux" 2, "un" 1, "a" 1), None when it is none."""
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    if word in ONE.get(lang, ()):
        return 1
    if word in ORDINAL_WORDS.get(lang, {}):
        return None  # "the first quarter" of a year is no share
    value = arabic_word_value(word) if lang == "ar" else None
    if value is not None:
        return value
    keys = word_numbers(word, lang) if lang != "ar" else frozenset()
    return int(min(keys, key=len)) if keys and all(k.isdigit() for k in keys) else None


@lru_cache(maxsize=1024)
def share_words(text: str, lang: str, strict: bool) -> tuple[tuple[str, Fraction], ...]:
    """The shares ``text`` states in words, as (text as written, part of the whole): strictly
    (surely a part) or liberally (maybe one)."""
    lang = lang if lang in STRICT else "en"
    folded = _fold(text)
    stems = STEMS[lang][: STEMS[lang].index("")] if strict else STEMS[lang]
    if not any(stem in folded for stem in stems if stem):
        return ()
    found = []
    for pattern, denominator in (STRICT if strict else LOOSE)[lang]:
        for m in re.finditer(pattern, folded):
            groups = m.groupdict()
            word = groups.get("n") or groups.get("m")
            count = 2 if groups.get("two") is not None else _count(word, lang)
            bottom = denominator or _count(groups.get("d"), lang)
            if count is None or not bottom:
                continue
            if count >= bottom and denominator:  # "the 2 quarts" of a word that is no count
                continue
            if lang == "en" and word and EN_COUNTED_BEFORE_RE.search(folded[: m.start()]):
                continue  # "the first three quarters": periods counted, no part of a whole
            found.append((m.group().strip(), Fraction(count, bottom)))
    return tuple(found)


def percentages(text: str, lang: str) -> tuple[tuple[frozenset[str], Fraction], ...]:
    """Each percentage of ``text`` ("25 %", "25 percent", "25 في المئة"): its number's value
    keys and the part of the whole it states."""
    written = ascii_digits(text).lower()
    if not any(form in written for form in unit_forms(lang)["pct"]):
        return ()
    return tuple((keys, Fraction(str(value)) / 100) for keys, value, unit in quantities(text, lang) if unit == "pct")


@lru_cache(maxsize=1024)
def halves(text: str, lang: str) -> tuple[tuple[str, str, bool], ...]:
    """Each number with a half in ``text``: (text as written, its value key, whether its number
    is stated). "deux heures et demie" is 2.5 and "an hour and a half" 1.5; Arabic "ساعتين ونصف"
    (a dual: two hours and a half) is read as 1.5 or 2.5 and only excuses. A scale word after
    the half multiplies: "one and a half million" is 1500000; a half after a scale word and its
    noun halves the scale ("ثلاث ملايين سنة ونصف": three and a half million years)."""
    lang = lang if lang in HALF else "en"
    folded = _fold(text)
    found = []
    for m in re.finditer(r"(?<![^\W\d_])" + HALF[lang] + r"(?![^\W\d_])(?: (?P<scale>[^\W\d_]+))?", folded):
        words = re.findall(r"\d+|[^\W\d_]+", folded[max(0, m.start() - 40) : m.start()])[-3:]
        before = words[-2:]
        # a scale word counts its value, read or not by text2num ("un billion et demi": 10**12)
        counts = [10**power if (power := scale_power(word, lang)) else _count(word, lang) for word in before]
        # the number right before the half ("two and a half"), or before its unit ("deux heures")
        count = counts[-1] if counts and counts[-1] is not None else counts[0] if len(counts) == 2 else None
        if count is None:
            if lang == "ar" and before:  # a singular or a dual noun before the half
                found += [(" ".join([*before[-1:], m.group()]), value, False) for value in ("1.5", "2.5")]
            continue
        power = scale_power(m.group("scale") or "", lang)
        if counts[-1] is not None and (scale := scale_power(before[-1], lang)):  # "a million and a half": 1.5 million
            power, count = scale, (counts[0] if len(counts) == 2 and counts[0] else 1)
        elif counts[-1] is None and (scale := scale_power(before[0], lang)):  # "ثلاث ملايين سنة ونصف": 3.5 million
            power, count = scale, (_count(words[0], lang) or 1) if len(words) == 3 else 1
            before = words
        value = (Decimal(count) + Decimal("0.5")) * 10 ** (power or 0)
        written = " ".join([*before[-len(before) if counts[-1] is None else -1 :], m.group()])
        found.append((written, format(value.normalize(), "f"), True))
    if lang == "en":  # "half past three" is 3:30, a clock's hour and a half: it excuses
        for m in re.finditer(r"\bhalf past (\d+|[a-z]+)\b", folded):
            if (count := _count(m.group(1), lang)) is not None:
                found.append((m.group(), format(Decimal(count) + Decimal("0.5"), "f"), False))
    return tuple(found)


class Shares(NamedTuple):
    """What the shares and halves of a sentence pair tell the number and unit checks."""

    explained: tuple[frozenset[str], frozenset[str]]  # number keys (source, output) they account for
    percent_answered: tuple[bool, bool]  # whether (source, output) states a share a percentage of the other may render
    lacking: tuple[str, ...]  # "'un quart' not in output", "'two thirds' not in source"


def _near(part: Fraction, others: list[Fraction]) -> bool:
    return any(abs(part - other) <= TOLERANCE for other in others)


@lru_cache(maxsize=1024)
def _keys(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The value keys of the numbers ``text`` writes in digits, and of those and its number words."""
    digits = frozenset().union(*(k for _, k in numbers(text, lang)))
    return digits, digits | word_numbers(text, lang)


@lru_cache(maxsize=256)
def compare_shares(src: str, tgt: str, lang: str) -> Shares:
    """Each share and half of the source the output must state, and the other way round."""
    explained: tuple[set[str], set[str]] = (set(), set())
    lacking = []
    answered = [False, False]
    sides = ((src, lang), (tgt, "en"))
    for i, (text, text_lang) in enumerate(sides):
        other, other_lang = sides[1 - i]
        where = "output" if i == 0 else "source"
        # a share or a half the output states demands nothing of a source whose language has no
        # table of them here ("ein Drittel", "пол"): the check cannot read it, and abstains
        demands = other_lang in STRICT
        other_pcts = percentages(other, other_lang)
        strict_words = share_words(text, text_lang, True)
        # "نصف مليون" -> "500,000": the output's number is the source's share of a million
        scaled = [(part, key) for part, key in scale_shares(text, text_lang) if key in _keys(other, other_lang)[1]]
        explained[1 - i].update(key for _, key in scaled)
        if strict_words and demands:
            other_parts = [p for strict in (True, False) for _, p in share_words(other, other_lang, strict)]
            other_parts += [p for _, p in other_pcts] + [part for part, _ in scaled]
            # "ثلاثة أرباع الساعة" -> "45 minutes": the other side's minutes are this side's share of an hour
            other_keys, folded = _keys(other, other_lang)[1], _fold(text)
            minute_shares = MINUTES.get(text_lang, MINUTES["en"])
            other_parts += [Fraction(m, 60) for p, m in minute_shares if str(m) in other_keys and re.search(p, folded)]
            lacking += [f"{written!r} not in {where}" for written, part in strict_words if not _near(part, other_parts)]
        if other_pcts:  # "25%" on the other side answers this side's "un quart"
            own_words = [p for _, p in strict_words] + [p for _, p in share_words(text, text_lang, False)]
            answered[i] = bool(own_words)
            explained[1 - i].update(k for keys, part in other_pcts if _near(part, own_words) for k in keys)
        folded = _fold(text)
        minutes = [m for pattern, m in MINUTES.get(text_lang, MINUTES["en"]) if re.search(pattern, folded)]
        own_halves = halves(text, text_lang)
        if not (minutes or own_halves):
            continue
        other_keys = _keys(other, other_lang)[1]
        # "30 minutes", "fifteen minutes" on the other side is this side's half or quarter hour, where
        # the other side does not say that share of an hour itself ("veinte minutos o media hora")
        other_folded = _fold(other)
        said = {m for pattern, m in MINUTES.get(other_lang, MINUTES["en"]) if re.search(pattern, other_folded)}
        explained[1 - i].update(str(m) for m in minutes if str(m) in other_keys and m not in said)
        other_halves = {value for _, value, _ in halves(other, other_lang)}
        for written, value, stated in own_halves:
            in_minutes = (
                format((Decimal(value) * 60).normalize(), "f")
                if re.search(HOURS.get(text_lang, "(?!)"), written)
                else ""
            )
            if value in other_keys:
                explained[1 - i].add(value)  # "2,5 heures" on the other side is this side's half
            elif in_minutes in other_keys and value not in other_halves:
                explained[1 - i].add(in_minutes)  # "90 minutes" on the other side is "ساعة ونصف"
            elif stated and value not in other_halves and other_lang in HALF:
                lacking.append(f"{written!r} not in {where}")
    return Shares(
        (frozenset(explained[0]), frozenset(explained[1])), (answered[0], answered[1]), tuple(dict.fromkeys(lacking))
    )
