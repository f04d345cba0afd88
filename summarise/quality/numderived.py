"""Words built on a number that are no number: they excuse a number or a size the other side
states, and never demand one.

* A scale word's derivatives give its size: Spanish "millonarias" and French "milliardaire"
  speak of millions and billions as "in the millions" does; German "tausende", Turkish
  "binlerce" as "thousands of" does (CLDR's scale words for a language with no table of its own).
* An Arabic adjective of relation (nisba, -ي / -ية) built on a number says it: "ثلاثي الأبعاد" is
  "three-dimensional", "3D"; "رباعي" four-fold; "مدينة مليونية" a city of a million. The nisba of
  a unit sets its root, as its ordinal (fā'il: "رابع") spells it, in the pattern fu'āl ("رباع",
  "خماس", "سداس"; "ثلاث", "ثمان" are the number itself); a scale word takes the ending as it is.
* A Greek or Latin multiplier compound says its number: "tridimensionales" is "three-dimensional",
  "biplaza" a "two-seater": an English compound opened by the number answers a source compound
  whose second part it shares ("tri|dimensionales", "three-|dimensional") or whose second part is
  a word of the source language ("bi|plaza", a seat). A Latin multiplicative says its number too:
  "une double raison" is "two reasons", "triple" "three times".
* A number whose last group of thousands is written short ("550 00 euros") lost a digit: the
  output's number that completes the group ("550,000") is no number added.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.flags import SPACE, fold
from summarise.quality.numwords import SCALES, cldr_scales, word_numbers
from summarise.quality.numwords_arabic import ARABIC_WORD_RE, arabic_word_value
from summarise.text.languages import ascii_digits, zipf

# The shortest scale word whose derivatives are read in a language with a table of its own:
# "millon", "million", "milliard", "billon" (not "mil", "mille": "militar", "millefeuille").
_DERIVED_STEM = 6
# Multiplier prefixes of Greek and Latin, shared by the European languages, by value.
MULTIPLIERS: dict[str, tuple[str, ...]] = {
    "2": ("bi", "di", "du"),
    "3": ("tri",),
    "4": ("quadri", "cuadri", "quadru", "tetra"),
    "5": ("penta", "quinqu"),
    "6": ("hexa", "sexa"),
    "7": ("hepta", "septa"),
    "8": ("octo", "octa"),
    "10": ("deca", "deci"),
    "100": ("cent", "hecto"),
}
# The letters of the compound's second part both sides must share: "dimen".
_SHARED = 5
# ...or the second part of the source's compound is a word of the language of this many letters at
# least, this common (wordfreq's Zipf scale): "bi|plaza" (a seat) is a "two-seater".
_PREFIXED_WORD = 4
_PREFIXED_ZIPF = 3.0


# The endings of the Arabic nisba (masculine, feminine, dual, plural; the accusative "-يا"), and
# what a word may carry before it: a conjunction or a preposition, the article.
_AR_NISBA_RE = re.compile(r"^(?:[وفبلك]?(?:ال|لل)?)(.{3,}?)(?:ي|ية|يا|يان|يين|يتان|يتين|يات|يون)$")


def _nisba_value(word: str) -> int | None:
    """The number an Arabic nisba is built on ("ثلاثي" 3, "الرباعية" 4, "مليونية" 10**6), or None:
    the units three to ten (one and two have nisbas of their own: "أحادي", "ثنائي") and the
    scale words of a million and more."""
    m = _AR_NISBA_RE.match(fold(word))
    if not m:
        return None
    stem = m.group(1)
    value = arabic_word_value(stem)
    if value is None and len(stem) == 4 and stem[2] == "ا":  # fu'al "رباع" -> its ordinal "رابع"
        value = arabic_word_value(stem[0] + "ا" + stem[1] + stem[3])
    return value if value is not None and (3 <= value <= 10 or value >= 10**6) else None


# A knockout round named by its fraction of the final ("octavos de final", "huitièmes de finale":
# eighth-finals) is played by twice as many teams: English names it by them ("the round of 16").
_KNOCKOUT_RE = re.compile(r"\b([^\W\d_]+)\s+de\s+finale?s?\b", re.IGNORECASE)


def derived_numbers(text: str, lang: str) -> set[str]:
    """The value keys of the numbers the Arabic nisbas of ``text`` are built on ("ثلاثي الأبعاد":
    "3"); elsewhere the teams of a knockout round named by its fraction ("octavos de final": "16")."""
    if lang in ("en", "any"):
        return set()
    if lang != "ar":
        rounds = (word_numbers(m.group(1), lang) for m in _KNOCKOUT_RE.finditer(text))
        return {str(2 * int(k)) for keys in rounds for k in keys if k.isdigit()}
    return {str(v) for w in ARABIC_WORD_RE.findall(text) if (v := _nisba_value(w)) is not None}


@lru_cache(maxsize=8)
def _derived_stems(lang: str) -> dict[str, int]:
    """``lang``'s scale words a derived word begins with, folded -> value (``derived_sizes``)."""
    return {fold(w): v for w, v in SCALES[lang].items() if len(w) >= _DERIVED_STEM and " " not in w}


def derived_sizes(text: str, lang: str) -> set[int]:
    """The sizes (powers of ten) the words derived from ``lang``'s scale words give anywhere in
    ``text``, read liberally (it only excuses). In French and Spanish, a word beginning with a
    scale word of six letters or more ("millonarias", "milliardaire"). In a language with no
    table of its own, a word beginning with one of its CLDR scale words ("tausende", "binlerce",
    "milhares"), holding one ("Jahrtausenden"), or one of the short forms ("mln"). In Arabic,
    the nisba of a scale word ("مليونية")."""
    if lang == "ar":  # "مليونية": of a million
        return {len(key) - 1 for key in derived_numbers(text, lang) if len(key) >= 7}
    if lang == "any":
        return set()
    tokens = re.findall(r"[^\W\d_]+", fold(text))
    found = set()
    if lang in SCALES:
        stems = _derived_stems(lang)
        beginnings = tuple(stems)
        for token in tokens:
            if token.startswith(beginnings):  # most words begin with none: the set is empty
                found |= {len(str(v)) - 1 for stem, v in stems.items() if token.startswith(stem) and token != stem}
        return found
    for token in tokens:
        for form, value in cldr_scales(lang).items():
            if token == form or (len(form) >= 3 and token.startswith(form)) or (len(form) >= 4 and form in token):
                found.add(len(str(value)) - 1)
    return found


# The Latin multiplicatives in -plus / -plex, which the Romance languages share: "double",
# "doble", "duplicar" (2), "triple", "tripler", "triplicaron" (3), "quadruplé", "cuadruplicar" (4),
# "quintuple", "sextuple", "décuple", "céntuplo". English says them "three times", "fourfold".
_MULTIPLICATIVE_RE = re.compile(r"(du|do|dou|tri|quadru|cuadru|quintu|sextu|septu|octu|decu|centu)[pb]l(?:e|é|ic|o|a)")
_MULTIPLICATIVE_VALUES = dict.fromkeys(("du", "do", "dou"), "2") | {
    "tri": "3",
    "quadru": "4",
    "cuadru": "4",
    "quintu": "5",
    "sextu": "6",
    "septu": "7",
    "octu": "8",
    "decu": "10",
    "centu": "100",
}
# What makes an English number a multiplicative: "three times", "three-fold", "fourfold".
_EN_TIMES_RE = re.compile(rf"(?:[{SPACE}]times\b|-?fold\b)", re.IGNORECASE)


def multiplicatives(src: str) -> set[str]:
    """The value keys of the Latin multiplicatives of ``src`` ("triple", "duplicó": "3", "2")."""
    found = set()
    for token in re.findall(r"[^\W\d_]+", fold(src)):
        m = _MULTIPLICATIVE_RE.match(token)
        if m:
            found.add(_MULTIPLICATIVE_VALUES[m.group(1)])
    return found


def multiplier_compound(keys: frozenset[str], text: str, end: int, src: str, lang: str = "fr") -> bool:
    """Whether the English number word ending at ``end`` of ``text`` says a number that a source word
    says in a Latin multiplicative of one of its value ``keys`` ("triple", "cuadruplicó": "three
    times", "fourfold"; "une double raison": "two reasons", "una doble respuesta": "a two-pronged
    response"), or opens a compound ("three-" of "three-dimensional", "two-" of "two-seater") that a
    source word says with a multiplier prefix before the same second part ("tridimensionales") or
    before a word of the source language ("biplaza": "plaza", a seat)."""
    if keys & multiplicatives(src):
        return True
    m = re.match(r"-([^\W\d_]{3,})", text[end:])  # "-seat", "-dimensional"
    if not m:
        return False
    rest = fold(m.group(1))[:_SHARED]
    prefixes = [p for key in keys for p in MULTIPLIERS.get(key, ())]
    return any(
        token.startswith(p)
        and (
            (len(rest) == _SHARED and token[len(p) : len(p) + _SHARED] == rest)
            or (len(token) - len(p) >= _PREFIXED_WORD and zipf(token[len(p) :], lang) >= _PREFIXED_ZIPF)
        )
        for token in re.findall(r"[^\W\d_]+", fold(src))
        for p in prefixes
    )


# A number whose last group of thousands is written short ("550 00 euros"): groups have three
# digits, so the source lost a digit and cannot be read; the output's number that completes the
# group ("550,000") is no number added.
SHORT_GROUP_RE = re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:[{SPACE}]\d{{3}})*)[{SPACE}](\d{{1,2}})(?![\d.,]|[{SPACE}]?\d)")


def completes_short_group(keys: set[str], src: str) -> bool:
    """Whether a number's value keys complete a number of ``src`` written with a short last
    group ("550 00" -> 550000; SHORT_GROUP_RE)."""
    for m in SHORT_GROUP_RE.finditer(ascii_digits(src)):
        head, short = re.sub(f"[{SPACE}]", "", m.group(1)), m.group(2)
        if any(k.isdigit() and len(k) == len(head) + 3 and k.startswith(head + short) for k in keys):
            return True
    return False
