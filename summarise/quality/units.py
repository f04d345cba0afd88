"""Units and currencies: a quantity the source gives in kilometres, degrees Celsius or euros
must come out in kilometres, degrees Celsius or euros, and the output must not give one in a
unit or currency the source does not name ("20 km" is not "20 miles", "5 €" is not "$5").

Each unit or currency is one concept ("km": km, kilometre, kilómetro, كيلومتر), with its
forms per language. A unit is read *strictly* (after a number, digits or words, or a currency
symbol before one) when it demands something of the other side, and *liberally* (anywhere)
when it excuses: "metro" may be the underground, "pounds" weight or money, "degrees" either
scale.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.currencies import (
    DOLLAR_SIGN,
    code_pattern,
    currency_names,
    dollar_sign_concepts,
    own_currency_names,
)
from summarise.quality.flags import Flag, flag, unvowelled
from summarise.quality.moneyscales import money_scale_pattern
from summarise.quality.numbers import money_scale_spans, numbers
from summarise.quality.regexheads import Scanner
from summarise.quality.unittables import COMPATIBLE, OPPOSED, UNITS, cldr_unit_forms
from summarise.text.languages import ascii_digits

_SYMBOLS = ("$", "€", "£", "us$")
# Before a unit, what makes it a quantity: digits, a scale word, and in English a number word.
_QUANTITY_TAIL = (
    r"[\s\u00a0\u202f\u2009-]*(?:(?:de|d['’]|of|des|del)[\s\u00a0\u202f\u2009]*)?"
    # the scale after the degree: "40 degrees Celsius", "40 درجة مئوية"
    r"(?:(?:degrees?|degrés?|grados?|درجة|درجات)[\s\u00a0\u202f\u2009]*)?"
    r"(?:(?:american|us|dollars?|estadounidenses?|américains?|أمريكي)[\s\u00a0\u202f\u2009]*)?$"
)
_SCALE_WORDS = (
    r"thousand|million|billion|trillion|mil|millón|millones|billones|millions?|milliards?|milliers|"
    r"mille|مليون|ملايين|مليار|مليارات|ألف|آلاف|الف|الاف"
)
# and the abbreviations before a currency sign: "4,5 Md$", "5 Mds €", "3 MM€", "£27m" (``moneyscales``)
_SCALE_WORDS += "|" + "|".join(money_scale_pattern(lang) for lang in UNITS)
NUMBER_BEFORE = {
    "en": re.compile(
        r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
        r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|" + _SCALE_WORDS + r"))" + _QUANTITY_TAIL,
        re.IGNORECASE,
    ),
    "any": re.compile(r"(?:\d|\b(?:" + _SCALE_WORDS + r"))" + _QUANTITY_TAIL, re.IGNORECASE),
}


CURRENCIES = frozenset({"USD", "EUR", "GBP", "$"})
# English's article before a unit, as its quantity ("less than a mile"), and the units whose
# English word is also a common noun, which the article does not make a quantity.
ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an)[\s\u00a0]+$", re.IGNORECASE)
COMMON_NOUN_UNITS = frozenset({"deg", "t", "yd", "ft", "pct"})


# Arabic writes the era after a year: "1999 م" (ميلادي, common era), "1420 هـ"; "ق.م" is BC. A
# year of any length after the word for year or century is one too: "عام 79 م", "القرن 15 م".
ARABIC_ERA_RE = re.compile(
    r"(?:(?<![\d.,])(?:[1-9]\d{2}|[12]\d{3})|(?<![^\W\d_])(?:عام|العام|لعام|سنة|السنة|القرن|للقرن)\s+(?:الـ\s?)?\d{1,4})"
    r"\s?(?:ق\.?\s?)?$"
)


# Arabic writes a conjunction or preposition (و, ف, ب, ل, ك) and the article (ال) as prefixes of
# the word, and the dual, plural and accusative as suffixes: "بالدولار" (in dollars), "الدرجة",
# "درجتين" (two degrees), "كيلومترين". A unit word of three letters or more is read with them.
_AR_PREFIX = r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)"
_AR_SUFFIX = r"(?:ا|ان|ين|ات)?"
# Arabic unit words that are also a year's era or a verb after a year: "2000 م" (the year 2000 CE,
# or 2,000 metres), "قدم" ("in 2010 he presented", or feet); and a word for either of two units:
# "كيلو" is said for the kilogram and the kilometre; French "milles" for miles and for "mille"
# miswritten ("7 milles exposants", ``numwords.EITHER_SCALE``): they excuse, never demand.
YEAR_HOMOGRAPHS = ("م", "قدم")
EITHER_UNIT = {"كيلو": ("kg", "km"), "milles": ("mi",)}
# A year is no quantity: a number after a word for "year" ("في عام 2011 قدم الفريق", in 2011 the
# team presented: "قدم" is also "foot"; "en el año 2000 m...").
YEAR_NUMBER_RE = re.compile(
    r"(?<![^\W\d_])(?:عام|العام|سنة|السنة|لعام|year|año|an|année)[\s\u00a0]+[12]\d{3}(?![\d.,])", re.IGNORECASE
)
# A bearing: the degree sign glued to a point of the compass ("35°W", "35° O").
BEARING_RE = re.compile(r"\d\s?°\s?[NSEWO]\b")
# A degree of a scale that is no temperature nor angle: an earthquake's "6,5 grados en la escala de
# Richter", a hurricane's "من الدرجة الرابعة", which English writes "magnitude 6.5", "Category 4".
# "6,5 grados en la escala de Richter", "بقوة 6.5 درجات على مقياس ريختر": "6.5 on the Richter scale".
# A mark is one too: "حصل على 95 درجة" (95 marks in an exam) is "scored 95", "95 points", "95 marks".
EN_SCALE_DEGREE_RE = re.compile(
    r"\b(?:magnitude|category|level|grade|richter|mercalli|beaufort|points?|marks|scor(?:e|es|ed|ing))\b", re.IGNORECASE
)
# Arabic writes the time of day after a clock time: "10:30 م" is مساءً (p.m.), not metres; so is
# the end of hours that begin with "ص" (صباحًا, a.m.): "من 9 ص حتى 5 م", "9 ص - 5 م".
ARABIC_CLOCK_RE = re.compile(
    r"(?:\d{1,2}:\d{2}|الساعة\s+\d{1,2}|(?<![^\W\d_])ص\.?\s*(?:-|–|إلى|الى|حتى|لغاية)\s*\d{1,2})\s?$"
)
# A number inside a code is no quantity: "Il-76 ha funcionado" (has), "G20", "COVID-19 m".
# A code is letters, a hyphen and digits, or a capital and at most two more letters glued to
# digits ("A320", "KV62"); not a unit with its exponent ("km2").
CODE_NUMBER_RE = re.compile(r"(?<![\w])(?:[A-Za-z]+-|[A-Z][A-Za-z]{0,2})\d+(?![\d.,])")
# The English abbreviation "in" of inches, after a number and closing its phrase: "(1/5 in)".
EN_INCH_RE = re.compile(r"\d\s?in\.?(?=\s*[)\],;]|\s*$)")

# A CLDR form of this many letters or more is also read with an ending (a case CLDR does not
# list: German "Kilometern", Russian "километрах", Polish "milach"), of at most INFLECTION letters.
INFLECTED_STEM, INFLECTION = 5, 3


def _arabic_form(form: str, prefixed: bool) -> str:
    """A pattern for an Arabic unit word with its suffixes, and with a prefix when ``prefixed``
    (see _AR_PREFIX); a word of fewer than three letters ("م", "كم") only as written."""
    if len(form) < 3 or not re.fullmatch(r"[\u0621-\u064a ]+", form):
        return "(?!)" if prefixed else re.escape(form)
    # a final ة is also written ه ("درجه", "بوصه"), and ت before a suffix ("درجتين")
    stem = form[:-1] + "[ةته]" if form.endswith("ة") else re.escape(form)
    return (r"(?=[وفبلك]|ال)" + _AR_PREFIX if prefixed else "") + stem + _AR_SUFFIX


def _acronym(word: str) -> bool:
    """A word of two or three capitals: an acronym ("AC", ante Christum), not a unit's symbol."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


def _stems(words: list[str]) -> list[str]:
    """The beginnings a unit's words keep under any ending, as patterns: each word of three letters
    or more, and of INFLECTED_STEM or more less its last letter (Turkish "doları" -> "dolar")."""
    stems = {w for w in words if len(w) >= 3 and w.isalpha()}
    stems |= {w[:-1] for w in stems if len(w) >= INFLECTED_STEM}
    return sorted(map(re.escape, stems), key=len, reverse=True)


def _form(form: str, lang: str) -> str:
    """A pattern for a unit's form: as written, and in a language read from CLDR, a word of
    INFLECTED_STEM letters or more also with an ending of at most INFLECTION letters."""
    if lang in UNITS or len(form) < INFLECTED_STEM or not form[-1].isalpha():
        return re.escape(form)
    return re.escape(form) + rf"[^\W\d_]{{0,{INFLECTION}}}"


@lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str], bool]]:
    """(concept, pattern, whether a match may demand) for each unit of ``lang``. An Arabic
    unit word behind a preposition or the article ("بدرجة كبيرة", to a large degree;
    "بالدولار", in dollars) is not the unit of a number before it: it only excuses."""
    table = unit_forms(lang)
    out = []
    for concept, forms in table.items():
        words = sorted((f for f in forms if f not in _SYMBOLS), key=len, reverse=True)
        for prefixed in ((False, True) if lang == "ar" else (False,)) if words else ():
            alternatives = "|".join(_arabic_form(f, prefixed) if lang == "ar" else _form(f, lang) for f in words)
            pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_]|[²³])", re.IGNORECASE)
            out.append((concept, pattern, not prefixed))
        stems = _stems(words) if lang not in UNITS else []
        if stems:  # "dolarlık", "milden", "kilometrekaresi": a CLDR word with any ending, which only excuses
            out.append((concept, re.compile(rf"(?<![^\W\d_])(?:{'|'.join(stems)})[^\W\d_]*", re.IGNORECASE), False))
        symbols = [f for f in forms if f in _SYMBOLS]
        if symbols:
            out.append((concept, re.compile("|".join(re.escape(s) for s in symbols), re.IGNORECASE), True))
    return out + [("", code_pattern()[1], True)]  # an ISO code's concept is the code's (``units``)


@lru_cache(maxsize=8)
def _scanner(lang: str) -> Scanner:
    return Scanner([pattern for _, pattern, _ in _patterns(lang)])


@lru_cache(maxsize=8)
def unit_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """``lang``'s units with the peso's CLDR names: the table above, or for a language without
    one English's (symbols, and English words a text may quote) and CLDR's (``cldr_unit_forms``)."""
    if lang in UNITS:
        # a symbol of a unit per unit is also written without its slash: "km/h", "402 kmh"
        table = {c: (*forms, *(f.replace("/", "") for f in forms if "/" in f)) for c, forms in UNITS[lang].items()}
        # and CLDR's names of a unit join the table's, unless the table gives the name to another
        # unit ("5 lb" in a French text, "500 مغم", "°ف"; CLDR's Arabic acre "فدان" is the feddan here)
        claimed = {f: c for c, forms in table.items() for f in forms}
        for c, forms in cldr_unit_forms(lang).items():
            if c in table and c not in CURRENCIES:
                table[c] += tuple(f for f in forms if claimed.get(f, c) == c and f not in table[c] and f.isprintable())
        return {**table, "peso": currency_names("peso", lang)}
    cldr = cldr_unit_forms(lang)
    table = {c: tuple(dict.fromkeys((*forms, *cldr.get(c, ())))) for c, forms in UNITS["en"].items()}
    return {**table, "peso": tuple(dict.fromkeys((*currency_names("peso", "en"), *own_currency_names("peso", lang))))}


def _compatible(concept: str) -> set[str]:
    """What answers ``concept`` on the other side besides itself (COMPATIBLE; "$" and the
    currencies CLDR writes "$", see ``currencies``)."""
    if concept == DOLLAR_SIGN:
        return set(dollar_sign_concepts())
    return COMPATIBLE.get(concept, set()) | ({DOLLAR_SIGN} if concept in dollar_sign_concepts() else set())


def currency_words(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` for a currency ("dollars", "dólares", "دولار"), lower case."""
    table = unit_forms(lang)
    return tuple(f for c in ("USD", "EUR", "GBP", "peso") for f in table[c] if f not in _SYMBOLS)


@lru_cache(maxsize=1024)  # the unit check and the conversions read the same texts
def units(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(concepts named as the unit of a quantity, concepts named anywhere) in ``text``. Arabic is
    read without its optional vowel marks ("الدّولار" is "الدولار"; "مُدان" holds no "م", metres)."""
    text = CODE_NUMBER_RE.sub(lambda m: "#" * len(m.group()), ascii_digits(unvowelled(text) if lang == "ar" else text))
    text = YEAR_NUMBER_RE.sub(lambda m: re.sub(r"\d", "#", m.group()), text)
    strict: set[str] = set()
    loose: set[str] = set()
    if BEARING_RE.search(text):
        loose.add("deg")  # "35°W": degrees, which "35 degrees west" writes in words
    if lang == "en" and EN_SCALE_DEGREE_RE.search(text):
        loose.add("deg")  # "magnitude 6.5" answers the source's "6,5 grados" (it excuses, never demands)
    if lang == "en" and EN_INCH_RE.search(text):
        strict.add("in")
        loose.add("in")
    codes, code_re = code_pattern()
    money = money_scale_spans(text, lang)
    # each pattern's matches, tried only where a word begins with its first letter (``regexheads``)
    for (concept, pattern, demands), found in zip(_patterns(lang), _scanner(lang).scan(text)):
        for m in found:
            if (
                re.fullmatch(r"[A-Z]", m.group())
                or (lang not in UNITS and pattern is not code_re and _acronym(m.group()))
                or m.span() in money
            ):
                continue  # a symbol is written in its case: "5G" is no gram, "1.5M" no metre, "10.000 AC" no
                # acre; and "MM" of "3 MM€" is a scale (``moneyscales``), no millimetre
            if m.group() == "m" and re.search(r"[$€£]\s?[\d.,]+\s?$", text[max(0, m.start() - 20) : m.start()]):
                continue  # "£27m" is 27 million pounds
            if m.group() in YEAR_HOMOGRAPHS and ARABIC_ERA_RE.search(text[max(0, m.start() - 20) : m.start()]):
                loose.add(concept)  # "2011 م": the year 2011 of the common era, or 2,011 metres; "في 2010 قدم":
                continue  # in 2010 (he) presented, or 2,010 feet: after a year it excuses, never demands
            if m.group() in EITHER_UNIT:
                loose.update(EITHER_UNIT[m.group()])  # "42 كيلو": kilograms or kilometres
                continue
            if m.group() == "م" and ARABIC_CLOCK_RE.search(text[max(0, m.start() - 20) : m.start()]):
                continue  # "10:30 م" is half past ten in the evening
            if pattern is code_re:
                concept = codes[m.group()]  # "EGP" is a pound
            loose.add(concept)
            symbol = m.group().lower() in _SYMBOLS or pattern is code_re
            after = text[m.end() : m.end() + 3]
            if m.group() in ("°", "º") or not demands:
                continue  # "35° O" is a bearing as often as a temperature: it excuses, never demands
            window = text[max(0, m.start() - 40) : m.start()]
            before = NUMBER_BEFORE["en" if lang == "en" else "any"].search(window)
            # "a mile", "less than a kilometre": one of the unit, said with the article; read in
            # English only (a French or Spanish article also leads a unit's homograph: "un livre",
            # a book), and not for a unit English also uses as a common noun ("a degree in law")
            one = (
                lang == "en"
                and len(m.group()) > 2
                and m.group().isalpha()  # a word, not a symbol ("a m", "an in")
                and concept not in COMMON_NOUN_UNITS
                and ARTICLE_BEFORE_RE.search(window)
            )
            if (symbol and re.match(r"[\s\u00a0]?\d", after)) or before or one:
                strict.add(concept)
    return frozenset(strict), frozenset(loose)


# A quantity converted to the other system keeps its value: "160 km/h" is "100 mph", "30 mètres"
# "100 feet", "64 km/h" "40 mph" (factor from the first unit to the second; both ways). Within
# the rounding of a converted figure ("about 100 feet"): CONVERSION_TOLERANCE of the value.
CONVERSIONS = {
    ("km", "mi"): 0.621371,
    ("m", "ft"): 3.28084,
    ("m", "yd"): 1.09361,
    ("cm", "in"): 0.393701,
    ("mm", "in"): 0.0393701,
    ("kg", "lb"): 2.20462,
    ("t", "lb"): 2204.62,
    ("ha", "acre"): 2.47105,
    ("km2", "mi2"): 0.386102,
    ("km2", "ha"): 100.0,
    ("m2", "ha"): 0.0001,
    ("m2", "ft2"): 10.7639,
    ("feddan", "acre"): 1.03805,
    ("feddan", "ha"): 0.420084,
    ("feddan", "m2"): 4200.83,
    ("dunam", "ha"): 0.1,
    ("dunam", "acre"): 0.247105,
    ("dunam", "m2"): 1000.0,
}
CONVERSION_TOLERANCE = 0.04
# The number right before a unit: digits and their separators, then at most "de" / "of", a
# hyphen ("30-metre") or the word for degrees ("40 degrees Celsius").
_NUMBER_AT_END_RE = re.compile(
    r"(\d(?:[\d\u00a0\u202f\u2009 .,]*\d)?)[\s\u00a0\u202f\u2009-]*(?:(?:de|d['’]|of)[\s\u00a0\u202f\u2009]*)?"
    r"(?:(?:degrees?|degrés?|grados?|درجة|درجات)[\s\u00a0\u202f\u2009]*)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def quantities(text: str, lang: str) -> tuple[tuple[frozenset[str], float, str], ...]:
    """Each number in digits directly before a unit of ``text``: (its value keys as
    ``numbers.numbers`` reads them, its value, the unit's concept)."""
    text = CODE_NUMBER_RE.sub(lambda m: "#" * len(m.group()), ascii_digits(unvowelled(text) if lang == "ar" else text))
    found = []
    code_re = code_pattern()[1]
    for (concept, pattern, demands), matches in zip(_patterns(lang), _scanner(lang).scan(text)):
        if not demands or pattern is code_re:
            continue  # a currency converts to no other
        for m in matches:
            before = _NUMBER_AT_END_RE.search(text[max(0, m.start() - 30) : m.start()])
            if not before:
                continue
            for _, keys in numbers(before.group(1), lang)[-1:]:
                values = [float(k) for k in keys if re.fullmatch(r"\d+(?:\.\d+)?", k)]
                if values:
                    found.append((frozenset(keys), values[0], concept))
    return tuple(found)


def _converts(a: tuple[float, str], b: tuple[float, str]) -> bool:
    (value, unit), (other, other_unit) = a, b
    if (unit, other_unit) in CONVERSIONS:
        expected = value * CONVERSIONS[unit, other_unit]
    elif (other_unit, unit) in CONVERSIONS:
        expected = value / CONVERSIONS[other_unit, unit]
    elif (unit, other_unit) in (("C", "F"), ("F", "C")):
        expected = value * 9 / 5 + 32 if unit == "C" else (value - 32) * 5 / 9
    else:
        return False
    return abs(other - expected) <= CONVERSION_TOLERANCE * max(abs(expected), 1)


@lru_cache(maxsize=256)  # the unit and the number checks both ask, for the same segment
def conversions(src: str, tgt: str, lang: str) -> tuple[tuple[frozenset[str], str, frozenset[str], str], ...]:
    """Quantities of the source the output gives converted to another unit at the same value
    ("160 km/h" -> "100 mph"): (the source number's keys, its unit, the output's keys, its unit)."""
    # only a unit the source does not name may be the converted one ("1,600 km (1,000 miles)" must
    # keep both); the output may give it beside the source's ("783,562 km² (302,500 sq mi)")
    (src_strict, src_units), (tgt_strict, tgt_units) = units(src, lang), units(tgt, "en")
    if not (src_strict - tgt_units or tgt_strict - src_units):
        return ()
    theirs = quantities(tgt, "en")
    return tuple(
        (keys, unit, other_keys, other_unit)
        for keys, value, unit in quantities(src, lang)
        for other_keys, other, other_unit in theirs
        if other_unit not in src_units and _converts((value, unit), (other, other_unit))
    )


def converted_numbers(src: str, tgt: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The value keys of the source's and the output's numbers that a conversion explains (for
    ``numbers.check_numbers``)."""
    found = conversions(src, tgt, lang)
    return frozenset(k for keys, _, _, _ in found for k in keys), frozenset(k for _, _, keys, _ in found for k in keys)


def _unmatched(have: frozenset[str], other: frozenset[str]) -> list[str]:
    return sorted(
        c for c in have if c not in other and not (_compatible(c) & other and not OPPOSED.get(c, set()) & other)
    )


def check_units(src: str, tgt: str, lang: str = "fr", shares: tuple[bool, bool] = (False, False)) -> list[Flag]:
    """A unit or currency of a quantity in the source that the output does not name, or one
    the output gives a quantity in that the source does not name (a unit changed). ``shares``:
    whether the source, the output states a share in words ("un quart"), which a percentage of
    the other side may render (the number check compares their values)."""
    src_strict, src_loose = units(src, lang)
    tgt_strict, tgt_loose = units(tgt, "en")
    if lang not in UNITS:  # a length may carry a word for "square" the checks cannot read ("кв. км")
        src_loose |= {c + "2" for c in src_loose if c + "2" in UNITS["en"]}
    src_loose |= {"pct"} if shares[0] else set()
    tgt_loose |= {"pct"} if shares[1] else set()
    converted = conversions(src, tgt, lang)
    src_loose |= {unit for _, _, _, unit in converted}  # "160 km/h" -> "100 mph": mph answers km
    tgt_loose |= {unit for _, unit, _, _ in converted}
    lost, added = _unmatched(src_strict, tgt_loose), _unmatched(tgt_strict, src_loose)
    parts = []
    if lost:
        parts.append(", ".join(lost) + " not in output")
    if added:
        parts.append(", ".join(added) + " not in source")
    return [flag("unit_mismatch", "; ".join(parts))] if parts else []
