"""Numbers written as words, per language: text2num for the languages it reads ("deux cent
mille", "veintitrés", "twenty-five"), a table for Arabic (cardinals, tens, hundreds, scale words,
ordinals, decades), ordinal words, approximations ("une vingtaine") and Roman numerals
("XXIe siècle", "siglo XVIII"). What they give is a set of value keys ("20", "1960")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarise.quality.flags import fold
from summarise.quality.numwords_arabic import AR_SCALES, arabic_numbers
from summarise.text.languages import profile

# Ordinals written as words ("premier", "tercer", "first"); cardinals are read by text2num.
ORDINAL_WORDS = {
    "fr": {"premier": 1, "premiere": 1, "second": 2, "seconde": 2},
    "es": dict(
        zip(
            "primero primer primera segundo segunda tercero tercer tercera cuarto cuarta quinto quinta "
            "sexto sexta septimo septima octavo octava noveno novena decimo decima".split(),
            [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10],
        )
    ),
    "en": dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth".split(), range(1, 11))),
}
# French approximations: "une vingtaine" = about 20, "une centaine", "des milliers".
APPROXIMATION_RE = re.compile(r"\b([a-z]+?)(?:aines?)\b|\b(milliers?)\b")
_APPROXIMATION_STEMS = {
    "diz": "dix",
    "douz": "douze",
    "quinz": "quinze",
    "trent": "trente",
    "quarant": "quarante",
    "cinquant": "cinquante",
    "soixant": "soixante",
}
# Spanish collective numbers: "una decena" (10), "una docena" (12), "un centenar", "centenas de" (100), "miles de".
SPANISH_COLLECTIVES = {
    "decena": 10,
    "decenas": 10,
    "docena": 12,
    "docenas": 12,
    "veintena": 20,
    "centena": 100,
    "centenas": 100,
    "centenar": 100,
    "centenares": 100,
    "cientos": 100,
    "millar": 1000,
    "millares": 1000,
    "miles": 1000,
    "quincena": 15,
    "ambos": 2,
    "ambas": 2,
    "par": 2,
}
# Roman numerals: "XXIe siècle", "IIIe République", "Ier"; "siglo XVIII", "Juan Carlos I".
ROMAN_ORDINAL_RE = re.compile(r"\b([IVXLC]+)(?:e|er|ème|eme)\b")
# ...and every numeral of a list after it: "siglos XIX y XX", "les XVIIe et XVIIIe siècles".
ROMAN_AFTER_RE = re.compile(
    r"\b(?i:siglos?|siècles?|séculos?|milenios?)\s+([IVXLC]+(?:\s*(?:,|y|e|et|a|al|-|–)\s*[IVXLC]+)*)\b"
)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# Scale words after a number, per language (lower case, folded): the one table of them, which
# the number, share and half readers all use. "billion" is 10**12 in French and Spanish
# ("billón"), 10**9 in English; "mil millones" and "millardo" are 10**9.
SCALES: dict[str, dict[str, int]] = {
    "fr": {
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
        "mille": 10**3,
        "mil": 10**3,  # the older spelling, which the Spanish "mil" also brings ("200 mil 144 pesos")
        "milles": 10**3,  # "7 milles exposants": "mille" miswritten; also miles (``EITHER_SCALE``)
        "billion": 10**12,
        "billions": 10**12,
    },
    "es": {
        "mil": 10**3,
        "millon": 10**6,
        "millones": 10**6,
        "mil millones": 10**9,
        "millardo": 10**9,
        "millardos": 10**9,
        "billon": 10**12,
        "billones": 10**12,
    },
    "ar": AR_SCALES,
    "en": {
        "thousand": 10**3,
        "thousands": 10**3,
        "million": 10**6,
        "millions": 10**6,
        "billion": 10**9,
        "billions": 10**9,
        "trillion": 10**12,
        "trillions": 10**12,
    },
}


# A scale word that is also a unit's plural: French "milles" is "mille" miswritten ("7 milles
# exposants", 7,000) as often as miles ("à trois milles de l'arrivée"): a number before it is read
# both ways, and the unit check takes it for miles only where the output says miles.
EITHER_SCALE: dict[str, frozenset[str]] = {"fr": frozenset({"milles"})}


# A word of the Arabic script (read with the Arabic tables whatever the language given).
ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff]")
# CLDR's scale words may be inflected in a text beyond the forms CLDR lists (Polish "milionach",
# Russian "миллионами"): a form of this many letters or more also stands for itself with an
# ending of at most INFLECTION letters.
INFLECTED_STEM, INFLECTION = 5, 3


@cache
def cldr_scale_forms(lang: str) -> dict[str, int]:
    """``lang``'s words for thousand, million, billion, trillion after a number, lower case as
    written -> value: the long and short compact decimal formats of CLDR, every plural form
    ("Millionen", "Mrd", "миллиардов", "mln", "milyar"; "0 Tausend" of 1000 is "Tausend", "00
    Mio." of 10**7 is "Mio"). A form of one letter ("5 B", "5 E") is left out: it is too often
    something else."""
    from babel import Locale, UnknownLocaleError

    try:
        formats = Locale.parse(lang).compact_decimal_formats
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    found: dict[str, int] = {}
    for width in ("long", "short"):
        for by_magnitude in formats.get(width, {}).values():
            for magnitude, pattern in by_magnitude.items():
                text = getattr(pattern, "pattern", str(pattern)).replace("'", "")
                zeros = re.search(r"0+", text)
                word = re.sub(r"[0#.\s\u00a0\u202f]+", " ", text).strip().lower()
                if not zeros or len(word) < 2 or " " in word or int(magnitude) < 1000:
                    continue
                found.setdefault(word, int(magnitude) // 10 ** (len(zeros.group()) - 1))
    return found


@cache
def cldr_scales(lang: str) -> dict[str, int]:
    """``cldr_scale_forms`` folded, as a word is looked up."""
    return {fold(word): value for word, value in cldr_scale_forms(lang).items()}


def scale_words(lang: str) -> dict[str, int]:
    """Every scale word read after a number in ``lang``, folded -> value: the table above for
    French, Spanish, English, Arabic, CLDR's words for every other language (``cldr_scales``)."""
    return SCALES[lang] if lang in SCALES else cldr_scales(lang)


def _inflected(key: str, table: dict[str, int]) -> int | None:
    """The value of the longest form of ``table`` that ``key`` begins with, an inflection of it
    (INFLECTED_STEM, INFLECTION)."""
    for cut in range(len(key) - 1, max(INFLECTED_STEM, len(key) - INFLECTION) - 1, -1):
        if key[:cut] in table and len(key[:cut]) >= INFLECTED_STEM:
            return table[key[:cut]]
    return None


def scale_value(word: str, lang: str) -> int | None:
    """The value of a scale word in ``lang`` ("milliard" 10**9; "billion" 10**12 in French, 10**9
    in English; "مليار" 10**9; German "Milliarden", Russian "млн" from CLDR), English's when the
    language has no such word; None for no scale word."""
    key = re.sub(r"\s+", " ", fold(word))
    if lang == "ar" or ARABIC_SCRIPT_RE.search(key):
        return AR_SCALES.get(key)
    table = scale_words(lang)
    return table.get(key) or SCALES["en"].get(key) or (_inflected(key, table) if lang not in SCALES else None)


def scale_power(word: str, lang: str) -> int | None:
    """The power of ten of a scale word in ``lang`` ("thousand" 3, French "billion" 12)."""
    value = scale_value(word, lang)
    return len(str(value)) - 1 if value else None


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def reads_number_words(lang: str) -> bool:
    """Whether the numbers ``lang`` writes in words are read (text2num, or the Arabic table)."""
    return lang in ("ar", "any") or profile(lang).number_words


@lru_cache(maxsize=1 << 14)  # every word of every text is tried: words repeat
def _text2num(word: str, lang: str) -> int | None:
    from text_to_num import text2num

    try:
        return text2num(word, lang)
    except ValueError:
        return None


# A number, digits or a word, followed by a scale word (folded text, after text2num has read the
# words it knows: "d'un billion", "1 billón", "10 trillion").
_SCALE_AFTER_WORDS = sorted({w for lang in ("fr", "es", "en") for w in SCALES[lang]}, key=len, reverse=True)
_SCALE_AFTER_RE = re.compile(r"(?<![\d.,])(\d+|[a-z]+)[\s\u00a0]+(" + "|".join(_SCALE_AFTER_WORDS) + r")(?![a-z])")
# Two numbers of a range or a choice, once text2num has read them ("2 a 3000000").
SHARED_SCALE_RE = re.compile(r"(?<![\d.,])(\d{1,3})[\s\u00a0]+(?:y|e|o|u|a|et|ou|and|or|to)[\s\u00a0]+(\d+)(?![\d.,])")
# A number of dozens: "two dozen", "two-dozen", "dos docenas" (folded text).
DOZENS_RE = re.compile(r"\b(\d+|[a-z]+)[\s-]+(dozens?|docenas|douzaines)\b")
DECADES_RE = re.compile(r"\b(\d+|[a-z]+)[\s-]+(decades?|decennies?|decadas?)\b")
# What each must find in the text, to skip it where the text has none (the patterns run on every text).
_COUNTED = ((DOZENS_RE, 12, ("dozen", "docenas", "douzaines")), (DECADES_RE, 10, ("decade", "decennie", "decada")))
ONE_WORDS = frozenset({"a", "one", "une", "un", "una"})


@lru_cache(maxsize=1024)
def word_numbers(text: str, lang: str) -> frozenset[str]:
    """Numbers written as words in ``text`` (language ``lang``), as value keys: text2num's
    reading ("deux cent mille" = 200000, "two", "vingt et un"), approximations ("une
    vingtaine" = 20, "una docena" = 12), ordinal words, Roman numerals ("XXIe siècle",
    "siglo XVIII" = 21, 18) and, for Arabic, the table above."""
    if lang == "ar":
        return frozenset(arabic_numbers(text))
    if lang not in ORDINAL_WORDS and not profile(lang).number_words:
        return frozenset(_roman_numerals(text, lang))
    from text_to_num import alpha2digit

    folded = fold(text)
    try:
        converted = alpha2digit(text, lang, threshold=0) if profile(lang).number_words else ""
    except (UnicodeError, ValueError):  # a lone surrogate from a broken input
        converted = ""
    found = {str(int(d)) for d in re.findall(r"\d+", converted) if len(d) < 16}
    # the scale of the second number of a range or a choice counts for the first: "de dos a tres
    # millones" (read "2 a 3000000") is two million to three million
    for first, second in SHARED_SCALE_RE.findall(converted):
        power = 3 * ((len(second) - len(second.rstrip("0"))) // 3)
        if power and int(second) < 10 ** (power + 3) and int(first) < 1000:
            found.add(str(int(first) * 10**power))
    # a scale word text2num leaves after the number it read ("un billón" -> "1 billón", "ten
    # trillion" -> "10 trillion", French "un billion"): that many times the scale word's value in the language
    folded_converted = fold(converted)
    scales = any(w in folded_converted for w in _SCALE_AFTER_WORDS)  # the pattern needs one
    for count, scale in _SCALE_AFTER_RE.findall(folded_converted) if scales else ():
        number = int(count) if count.isdigit() else _text2num(count, lang)  # "d'un billion": one
        if number and (value := scale_value(scale, lang)) and number < 10**9:
            found.add(str(number * value))
    ordinals = ORDINAL_WORDS.get(lang, {})
    for word in re.findall(r"[a-z]+", folded):
        if word in ordinals:
            found.add(str(ordinals[word]))
        elif lang == "es" and word in SPANISH_COLLECTIVES:
            found.add(str(SPANISH_COLLECTIVES[word]))
        elif len(word) > 2 and profile(lang).number_words and (value := _text2num(word, lang)) is not None:
            found.add(str(value))
    if lang == "fr":
        for stem, thousands in APPROXIMATION_RE.findall(folded):
            value = 1000 if thousands else _text2num(_APPROXIMATION_STEMS.get(stem, stem), "fr")
            if value is not None:
                found.add(str(value))
        found |= {str(_roman(m)) for m in ROMAN_ORDINAL_RE.findall(text)}
    elif "dozen" in folded:
        found.add("12")
    # a number of dozens is that many twelves: "two dozen", "two-dozen", "dos docenas" = 24; a
    # number of decades that many tens of years: "two decades", "deux décennies" = 20 (years)
    for pattern, size, needs in _COUNTED:
        for count, _ in pattern.findall(folded) if any(w in folded for w in needs) else ():
            value = 1 if count in ONE_WORDS else int(count) if count.isdigit() else _text2num(count, lang)
            if value is not None:
                found.add(str(value * size))
    for numerals in ROMAN_AFTER_RE.findall(text):
        found |= {str(_roman(m.upper())) for m in re.findall(r"[IVXLC]+", numerals) if set(m.upper()) <= set(ROMAN)}
    if lang not in ORDINAL_WORDS:  # "zweifacher", "dreirädrig", "zweier": a compound or a case of a number word
        found |= {str(v) for word in re.findall(r"[^\W\d_]{4,}", folded) if (v := _leading_number(word, lang))}
    return frozenset(found | _roman_numerals(text, lang))


# A Roman numeral of two letters or more, written in capitals and well formed ("XVIII века", "XIX
# wieku", "World War II"): the number of a century, a king, a war, in any language.
ROMAN_NUMERAL_RE = re.compile(r"(?<![^\W\d_])(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![^\W\d_])")


def _roman_numerals(text: str, lang: str) -> set[str]:
    """The values of the Roman numerals of ``text`` (ROMAN_NUMERAL_RE); French and Spanish have
    their own readings (ROMAN_ORDINAL_RE, ROMAN_AFTER_RE)."""
    if lang in ("fr", "es"):
        return set()
    return {str(_roman(m.group())) for m in ROMAN_NUMERAL_RE.finditer(text) if m.group()}


def _leading_number(word: str, lang: str) -> int | None:
    """The number word (two or more) a longer word of ``lang`` begins with, read by text2num: German
    "zweifacher" (twofold), "dreirädrig" (three-wheeled), "Neunzigfache", "zweier" (of two),
    Italian "trentina" (about thirty)."""
    if not profile(lang).number_words:
        return None
    for cut in range(min(len(word), 12), 2, -1):
        # the number word whole, or less the vowel its end drops before a suffix or an apostrophe
        # (Italian "una trentina", about thirty; "trent'anni", "vent'anni")
        endings = ("", *"aeiou") if cut < len(word) else tuple("aeiou")  # the whole word is read already
        for value in (_text2num(word[:cut] + vowel, lang) for vowel in endings):
            if value is not None:
                return value if value >= 2 else None
    return None


# English cardinal number words that a changed output may carry: "three" -> "four". "One" is
# left out ("one of the") unless a scale word follows ("one hundred trillion"), and so is
# "second" (a unit of time).
EN_CARDINAL_RE = re.compile(
    r"\b(?:(?:one(?=[\s-]+(?:hundred|thousand|million|billion|trillion)\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|trillion))*)\b",
    re.IGNORECASE,
)


def english_number_words(text: str) -> list[tuple[str, frozenset[str], int]]:
    """(words as written, value keys, start) of each English cardinal of two or more in ``text``:
    its value, and a number of decades also as years ("two decades": 2 or 20)."""
    found = []
    for m in EN_CARDINAL_RE.finditer(text):
        words = re.sub(r"[\s-]+", " ", m.group().lower())
        value = _text2num(words, "en")
        head, _, scale = words.rpartition(" ")
        if value is None and head and (size := scale_value(scale, "en")):  # "ten trillion"
            value = (_text2num(head, "en") or 0) * size or None
        dozens = re.match(r"[\s-]+dozens?\b", text[m.end() :], re.IGNORECASE) is not None
        if value is not None and dozens:  # "two dozen" is 24, or the count of the source's "zwei Dutzend"
            value *= 12
        decades = re.match(r"[\s-]+decades\b", text[m.end() :], re.IGNORECASE) is not None
        if value is not None and value >= 2:
            keys = {str(value)} | ({str(value * 10)} if decades else set()) | ({str(value // 12)} if dozens else set())
            found.append((m.group(), frozenset(keys), m.start()))
    return found
