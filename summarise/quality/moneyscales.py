"""Scales abbreviated in an amount of money: "4,5 Md$" ($4.5 billion), "106 M$", "1,5 M£", "3 M€",
"5 Mds €", "25 k$" (French: the written norm in Canada, the Office québécois de la langue
française's Banque de dépannage linguistique, and French financial writing), "4 000 mil M€"
(Spanish), "$4.5B", "€1.5bn", "US$3m" (English).

Alone, such an abbreviation says little ("27 m" is 27 metres in French, "M" a man's initial,
"Md" a name): written against a currency sign, it is the amount's scale. So it is read as one
only with a sign before the number or right after the abbreviation (``numbers.money_re``).

The abbreviations of a language are CLDR's, the short compact currency formats of each of its
locales (babel: French "k", "M", "Md", "Bn", Canadian French "G", "T"; Spanish "mil", "M", "mil
M", "B"; English "K", "M", "B", "T"; German "Mio.", "Mrd."), and the forms the written norm adds
to them (``WRITTEN_NORM``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# English abbreviations glued to a number ("£27m", "$3bn", "5k"): the reader of English numbers
# also reads them without a currency sign, as a scale or not ("27m" is £27 million or 27 metres).
ABBREVIATED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
# Forms CLDR does not list, lower case -> value. French: the plural "Mds" ("5 Mds €") and the
# Swiss "mio", "mia", "Mrd" (millions, milliards); Spanish: "MM" ("3 MM€", mil millones); English:
# "mn", "bn", "tn".
WRITTEN_NORM: dict[str, dict[str, int]] = {
    "fr": {"mds": 10**9, "mio": 10**6, "mios": 10**6, "mia": 10**9, "mrd": 10**9, "mrds": 10**9},
    "es": {"mm": 10**9},
    "en": ABBREVIATED_SCALES,
}
# The languages an unknown language's text is read in ("any"; ``numbers``).
ANY = ("fr", "en")


@cache
def currency_sign() -> str:
    """A currency sign as a pattern: a character of Unicode's currency symbols ("$", "€", "£",
    "¥") with the capitals CLDR glues to one ("US$", "C$", "$US", "$CA"), in their case."""
    # every code point of category Sc lies in the first two planes: reading those alone is ten times faster
    signs = "".join(c for c in map(chr, range(0x20000)) if unicodedata.category(c) == "Sc")
    return rf"(?-i:[A-Z]{{0,3}}[{re.escape(signs)}]+(?:[A-Z]{{2}}(?![^\W\d_]))?)"


@cache
def money_scales(lang: str) -> dict[str, int]:
    """``lang``'s abbreviated scales of an amount of money, lower case -> value: CLDR's short
    compact currency formats of every locale of ``lang`` (the first locale's value where two
    differ), then ``WRITTEN_NORM``; "any" is French's and English's, English's first."""
    if lang == "any":
        return {**money_scales("fr"), **money_scales("en")}
    from babel import Locale, UnknownLocaleError, localedata

    found: dict[str, int] = {}
    for name in [lang, *sorted(n for n in localedata.locale_identifiers() if n.startswith(lang + "_"))]:
        try:
            formats = Locale.parse(name).compact_currency_formats.get("short", {})
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for by_magnitude in formats.values():
            for magnitude, pattern in by_magnitude.items():
                text = getattr(pattern, "pattern", str(pattern)).replace("'", "")
                zeros = re.search(r"0+", text)
                text = "".join(c for c in text if unicodedata.category(c) != "Cf")  # Arabic's marks of direction
                word = " ".join(re.sub(r"[0#¤.]+", " ", text).split()).lower()
                if zeros and word and int(magnitude) >= 1000:
                    found.setdefault(word, int(magnitude) // 10 ** (len(zeros.group()) - 1))
    return {**found, **{w: v for w, v in WRITTEN_NORM.get(lang, {}).items() if w not in found}}


@cache
def money_scale_pattern(lang: str) -> str:
    """``money_scales`` of ``lang`` as a pattern (any space between the words of "mil M"; a full
    stop after the abbreviation: "Mio.")."""
    forms = sorted(money_scales(lang), key=len, reverse=True)
    return "|".join(r"[\s\u00a0\u202f\u2009]*".join(map(re.escape, f.split())) for f in forms) or "(?!)"
