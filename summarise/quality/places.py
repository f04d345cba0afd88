"""A country, territory or language the output names and the source does not ("Ma a étudié à
New York" -> "Armenia studied in New York"): a faithful translation names only what its source
names, so such a name is a name put in place of another, or made up.

Read from CLDR (babel): the English names of every territory and language, and each one's name
in the source language. The source names a place when it writes that name (or its stem: "Kenya"
-> "kényan", "Arménie" -> "arménien"), the English name itself, or a word CLDR or the name
tables give that English for ("allemand" -> "German", which licenses "Germany" too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.flags import Flag, fold, flag, unvowelled
from summarise.quality.namematch import _similar, translations
from summarise.quality.nametables import GENERIC_PLACE_WORDS, LATIN_SCRIPT_LANGS, cldr_names
from summarise.text.languages import profile

# An English CLDR name this short is also a word or a name of something else ("Ga", "Ewe", "Man").
MIN_PLACE = 4
# The stem of a source-language name that its adjectives and clitic forms keep: the name less
# a final vowel ("Arménie" -> "armeni" in "arménien", "أرمينيا" -> "أرميني" in "الأرميني").
MIN_STEM = 4
# Two English forms of one place share a stem this long ("germany" / "german", "spain" /
# "spanish" do not: "Spain" is licensed through CLDR's "espagnol" -> "Spanish" below).
SHARED_STEM = 5


@lru_cache(maxsize=1)
def english_places() -> dict[str, tuple[str, ...]]:
    """The English names of CLDR's countries, territories and languages (not regions such as
    "Europe", whose adjectives a translation uses freely), as written -> their codes."""
    from babel import Locale

    en = Locale("en")
    table: dict[str, set[str]] = {}
    for kind, names in (("t", en.territories),):
        for code, name in names.items():
            if code.isdigit() or not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", name):
                continue  # a region ("150": Europe), or a name with a qualifier in brackets
            if len(name) >= MIN_PLACE and name.lower() not in GENERIC_PLACE_WORDS:
                table.setdefault(name, set()).add(f"{kind}:{code}")
    return {name: tuple(sorted(codes)) for name, codes in table.items()}


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern[str]:
    names = sorted(english_places(), key=len, reverse=True)  # "South Sudan" before "Sudan"
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """A place that is part of a longer capitalised run is another name ("Jordan Peterson",
    "Jersey City", "New Guinea"), which the name checks see: a capitalised word right after
    it, or right before it unless that word is an English stop word ("In Kenya", "The Chad")."""
    if re.match(r" [A-Z]", text[end : end + 2]):
        return True
    before = re.search(r"([A-Z][\w'’-]*) $", text[max(0, start - 40) : start])
    return before is not None and fold(before.group(1)) not in _english_stopwords()


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in profile("en").stopwords)


@lru_cache(maxsize=16)
def _local_names(lang: str) -> dict[str, tuple[str, ...]]:
    """Code -> the source language's CLDR names of that territory or language, folded."""
    from babel import Locale, UnknownLocaleError

    try:
        here = Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for kind, names in (("t", here.territories), ("l", here.languages)):
        for code, name in names.items():
            out[f"{kind}:{code}"] = (_normal(name),)
    return out


def _normal(text: str) -> str:
    """Folded, with Arabic's optional marks gone and its alef and taa marbuta forms made one."""
    text = fold(unvowelled(text))
    return text.translate(str.maketrans("أإآٱةى", "اااايه"))


def _stem(name: str) -> str:
    stem = re.sub(r"[aeiouyاهي]$", "", name)
    return stem if len(stem) >= MIN_STEM else name


@lru_cache(maxsize=1024)
def _kin(place: str) -> frozenset[str]:
    """The codes of ``place`` and of the places whose English names share its stem: a source
    that names the country names its language and people ("Armenian" ~ Armenia)."""
    key = fold(place)
    return frozenset(c for name, codes in english_places().items() if _related(key, fold(name)) for c in codes)


def _named_by_source(place: str, src: str, lang: str, english: set[str]) -> bool:
    key = fold(place)
    folded = _normal(src)
    if re.search(rf"(?<![a-z]){re.escape(key)}", folded):  # written as in English ("Kenya", "Armenia")
        return True
    for code in _kin(place):
        for local in _local_names(lang).get(code, ()):
            if _shares_part(local, folded, lang):
                return True
    # what the source's words stand for in English ("allemand" -> "german" ~ "Germany")
    return any(_related(key, form) for form in english)


# A source word names a place when it shares this many letters in a row with the place's name
# there: the name's adjectives and clitic forms keep its core ("Nouvelle-Zélande" /
# "néo-zélandaise", "Turquie" / "turque", "أرمينيا" / "والأرمينية").
SHARED_PART = {"latin": 5, "other": 4}


def _shares_part(local: str, folded: str, lang: str) -> bool:
    size = SHARED_PART["latin" if lang in LATIN_SCRIPT_LANGS else "other"]
    core = re.sub(r"^ال", "", local)
    parts = {core[i : i + size] for i in range(max(0, len(core) - size) + 1)} if len(core) >= size else {core}
    return any(part in folded for part in parts if " " not in part and "-" not in part)


def _related(key: str, form: str) -> bool:
    if key == form or key in form.split():
        return True
    shared = 0
    while shared < min(len(key), len(form)) and key[shared] == form[shared]:
        shared += 1
    return shared >= SHARED_STEM and shared >= min(len(key), len(form)) - 2 or _similar(key, form)


def _english_of_source(src: str, lang: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+", _normal(src))
    english: set[str] = set()
    table = cldr_names(lang)
    for word in words:
        english.update(translations(word, lang))
        english.update(table.get(word, ()))
    return english


def check_places(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A country, territory or language named in the output that the source does not name."""
    if lang == "en" or lang not in LATIN_SCRIPT_LANGS:
        return []  # in Arabic script a place is spelt too many ways to say it is absent
    found = dict.fromkeys(
        m.group(0) for m in _places_re().finditer(tgt) if not _inside_longer_name(tgt, m.start(), m.end())
    )
    if not found:
        return []
    english = _english_of_source(src, lang)
    added = [p for p in found if not _named_by_source(p, src, lang, english)]
    if not added:
        return []
    return [flag("name_added", ", ".join(map(repr, added)) + " in output, not named in the source")]
