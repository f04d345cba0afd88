"""The units' and currencies' forms per language: the tables the unit check reads (English,
French, Spanish, Arabic, each concept with its forms), and for any other language CLDR's unit
names in every plural form (babel)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.currencies import DOLLAR_SIGN, own_currency_names
from summarise.text.languages import UnknownLanguage, profile

# concept -> forms, per language (lower case; symbols as written).
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "km/h", "kph"),
        "m": ("m", "metre", "metres", "meter", "meters"),
        "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
        "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
        "mi": ("mi", "mile", "miles", "mph"),
        "ft": ("ft", "foot", "feet"),
        "in": ("inch", "inches"),
        "yd": ("yd", "yard", "yards"),
        "kg": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
        "g": ("g", "gram", "grams", "gramme", "grammes"),
        "mg": ("mg", "milligram", "milligrams"),
        "lb": ("lb", "lbs", "pound", "pounds"),
        "t": ("ton", "tons", "tonne", "tonnes"),
        "ha": ("ha", "hectare", "hectares"),
        "acre": ("acre", "acres"),
        "feddan": ("feddan", "feddans"),
        "dunam": ("dunam", "dunams", "dunum", "dunums", "donum", "donums"),
        "C": ("°c", "ºc", "° c", "º c", "celsius", "centigrade"),
        "F": ("°f", "ºf", "° f", "º f", "fahrenheit"),
        "deg": ("degree", "degrees", "°", "º"),
        "USD": ("us$", "usd", "dollar", "dollars"),
        "EUR": ("€", "eur", "euro", "euros"),
        "GBP": ("£", "gbp", "pound", "pounds", "sterling"),
        "pct": ("%", "percent", "per cent"),
    },
    "fr": {
        "km": ("km", "kilomètre", "kilomètres", "km/h"),
        "m": ("m", "mètre", "mètres"),
        "cm": ("cm", "centimètre", "centimètres"),
        "mm": ("mm", "millimètre", "millimètres"),
        "mi": ("mi", "mph", "mile", "miles", "milles"),
        "ft": ("pied", "pieds"),
        "in": ("po", "pouce", "pouces"),
        "yd": ("yard", "yards"),
        "kg": ("kg", "kilo", "kilos", "kilogramme", "kilogrammes"),
        "g": ("g", "gramme", "grammes"),
        "mg": ("mg", "milligramme", "milligrammes"),
        "lb": ("livre", "livres"),
        "t": ("t", "tonne", "tonnes"),
        "ha": ("ha", "hectare", "hectares"),
        "acre": ("acre", "acres"),
        "C": ("°c", "ºc", "° c", "º c", "celsius"),
        "F": ("°f", "ºf", "° f", "º f", "fahrenheit"),
        "deg": ("degré", "degrés", "°", "º"),
        "USD": ("dollar", "dollars", "usd"),
        "EUR": ("€", "euro", "euros", "eur"),
        "GBP": ("£", "livre", "livres", "sterling"),
        "pct": ("%", "pour cent", "pourcent"),
    },
    "es": {
        "km": ("km", "kilómetro", "kilómetros", "km/h"),
        "m": ("m", "metro", "metros"),
        "cm": ("cm", "centímetro", "centímetros"),
        "mm": ("mm", "milímetro", "milímetros"),
        "mi": ("mi", "mph", "milla", "millas"),
        "ft": ("pie", "pies"),
        "in": ("pulg", "pulgada", "pulgadas"),
        "yd": ("yarda", "yardas"),
        "kg": ("kg", "kilo", "kilos", "kilogramo", "kilogramos"),
        "g": ("g", "gramo", "gramos"),
        "mg": ("mg", "miligramo", "miligramos"),
        "lb": ("libra", "libras"),
        "t": ("t", "tonelada", "toneladas"),
        "ha": ("ha", "hectárea", "hectáreas"),
        "acre": ("acre", "acres"),
        "C": ("°c", "ºc", "° c", "º c", "celsius", "centígrados"),
        "F": ("°f", "ºf", "° f", "º f", "fahrenheit"),
        "deg": ("grado", "grados", "°", "º"),
        "USD": ("us$", "dólar", "dólares", "usd"),
        "EUR": ("€", "euro", "euros", "eur"),
        "GBP": ("£", "libra", "libras", "esterlinas"),
        "pct": ("%", "por ciento"),
    },
    "ar": {
        "km": ("كم", "كيلومتر", "كيلومترات", "كيلومترا", "كيلو متر", "كلم"),
        "m": ("م", "متر", "مترا", "أمتار", "امتار"),
        "cm": ("سم", "سنتيمتر", "سنتيمترات", "سنتيمترا"),
        "mm": ("مم", "ملم", "مليمتر", "ملليمتر"),
        "mi": ("mph", "ميل", "ميلا", "أميال", "اميال"),
        "ft": ("قدم", "قدما", "أقدام", "اقدام"),
        "in": ("بوصة", "بوصات", "إنش", "انش"),
        "yd": ("ياردة", "ياردات", "يارده", "يارد"),
        "kg": ("كغ", "كلغ", "كجم", "كغم", "كيلوغرام", "كيلوجرام", "كيلوغرامات", "كيلو"),
        "g": ("غ", "غم", "غرام", "جرام", "غرامات", "جرامات"),
        "mg": ("ملغ", "ملغم", "مجم", "مليغرام", "ملليجرام"),
        "lb": ("رطل", "أرطال", "ارطال", "باوند"),
        "t": ("طن", "أطنان", "اطنان", "طنا"),
        "ha": ("هكتار", "هكتارات"),
        "acre": ("إيكر", "ايكر"),
        "feddan": ("فدان", "أفدنة", "افدنة", "فدادين"),
        "dunam": ("دونم", "دونمات", "دنم"),
        "C": ("°م", "°c", "مئوية", "سيليزية", "سلسيوس", "سيلسيوس", "سلزيوس"),
        "F": ("°f", "فهرنهايت", "فهرنهيت", "فارنهايت", "فرنهايت"),
        "deg": ("درجة", "درجات", "°"),
        "USD": ("دولار", "دولارا", "دولارات"),
        "EUR": ("€", "يورو"),
        "GBP": ("£", "جنيه", "جنيها", "إسترليني", "استرليني"),
        "pct": ("%", "في المئة", "في المائة", "بالمئة", "بالمائة", "المئة"),
    },
}
# The sign "$" (dollars or pesos, see ``currencies``); the peso's names come from CLDR when a
# language's patterns are first built (``unit_forms``).
for _forms_of in UNITS.values():
    _forms_of[DOLLAR_SIGN] = (DOLLAR_SIGN,)
# A square unit is written with its length: "km²", "km2", "square kilometres", "sq km", "km
# carrés", "kilómetros cuadrados", "كيلومتر مربع", "كم²"; "square feet", "sq ft".
SQUARE = {
    "en": ("square {}", "sq {}", "sq. {}"),
    "fr": ("{} carré", "{} carrés"),
    "es": ("{} cuadrado", "{} cuadrados", "{} cuadrada", "{} cuadradas"),
    "ar": ("{} مربع", "{} مربعا", "{} مربعة"),
}
for _lang, _table in UNITS.items():
    for _length in ("km", "m", "mi", "ft"):
        _forms = [f for f in _table[_length] if "/" not in f and f not in ("kph", "mph")]
        _symbols = [f + e for f in _forms if len(f) <= 3 for e in ("²", "2")]
        _table[_length + "2"] = (*_symbols, *(w.format(f) for w in SQUARE[_lang] for f in _forms))

# What one unit of the output may stand for in the source: "degrees" is either scale, a
# scale is "degrees"; "pounds" is weight or money. A length is answered by its square when the
# other side writes the square as a symbol ("500 kilómetros cuadrados" -> "500 km²": "km²"
# holds no "km"; "500 km2" holds "km" as well as "km2"); a square is never answered by its length.
COMPATIBLE = {
    "deg": {"C", "F"},
    "C": {"deg"},
    "F": {"deg"},
    "lb": {"GBP"},
    "GBP": {"lb"},
    "km": {"km2"},
    "m": {"m2"},
    "mi": {"mi2"},
    "ft": {"ft2"},
}
# ...unless the other side names the other scale: "degrees Celsius" is not "degrees Fahrenheit".
OPPOSED = {"C": {"F"}, "F": {"C"}}


# Each concept's units in CLDR (babel's unit patterns), for a language without a table above.
CLDR_UNITS = {
    "km": ("length-kilometer", "speed-kilometer-per-hour"),
    "m": ("length-meter",),
    "cm": ("length-centimeter",),
    "mm": ("length-millimeter",),
    "mi": ("length-mile", "speed-mile-per-hour"),
    "ft": ("length-foot",),
    "in": ("length-inch",),
    "yd": ("length-yard",),
    "kg": ("mass-kilogram",),
    "g": ("mass-gram",),
    "mg": ("mass-milligram",),
    "lb": ("mass-pound",),
    "t": ("mass-tonne", "mass-ton"),
    "ha": ("area-hectare",),
    "acre": ("area-acre",),
    "C": ("temperature-celsius",),
    "F": ("temperature-fahrenheit",),
    "deg": ("angle-degree", "temperature-generic"),
    "pct": ("concentr-percent",),
    "km2": ("area-square-kilometer",),
    "m2": ("area-square-meter",),
    "mi2": ("area-square-mile",),
    "ft2": ("area-square-foot",),
}


def cldr_names(lang: str) -> dict[str, set[str]]:
    """Each concept's unit names in ``lang`` in CLDR (long, short, narrow; every plural form), lower
    case; empty when CLDR does not know the language."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = Locale.parse(lang)._data["unit_patterns"]
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return {}
    return {
        concept: {
            " ".join(pattern.replace("{0}", " ").split()).lower()
            for unit in ids
            for width in patterns.get(unit, {}).values()
            for count, pattern in width.items()
            if count != "per" and "{0}" in pattern
        }
        for concept, ids in CLDR_UNITS.items()
    }


@lru_cache(maxsize=32)
def cldr_unit_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """Each concept's forms in ``lang`` from CLDR, lower case: the long, short and narrow unit
    names in every plural form ("Kilometer", "километров", "yüzde", "км") and the currencies'
    names (``currencies.own_currency_names``). Left out: a form of one character ("г", a gram,
    is also the year's abbreviation in Russian); a form English's CLDR names share and the English
    table above leaves out, as too often a word ("in", the inch: a preposition in German, Dutch,
    Italian, as in English); a currency name of three letters or fewer that is one of the
    language's stop words."""
    names = cldr_names(lang)
    if not names:
        return {}
    try:
        stopwords = profile(lang).stopwords
    except UnknownLanguage:
        stopwords = frozenset()
    english = cldr_names("en")
    table: dict[str, tuple[str, ...]] = {}
    for concept, forms in names.items():
        left_out = english.get(concept, set()) - set(UNITS["en"].get(concept, ()))
        table[concept] = tuple(sorted(f for f in forms if len(f) > 1 and f not in left_out and re.search(r"\w|%|°", f)))
    for concept in ("USD", "EUR", "GBP"):
        table[concept] = tuple(f for f in own_currency_names(concept, lang) if not (len(f) <= 3 and f in stopwords))
    return table
