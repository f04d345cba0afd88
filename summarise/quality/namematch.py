"""Whether a name of the source is in an English text: as written, as a known translation
(tables and CLDR), as the adjective of a place ("Chili" -> "Chilean"), spelt otherwise in
English ("Pérou" ~ "Peru", "Faluya" ~ "Fallujah"), or spelt out ("GP" -> "Grand Prix")."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from summarise.quality.flags import fold
from summarise.quality.nametables import GENERIC_PLACE_WORDS, NAME_TRANSLATIONS, cldr_names

# A name and a word of the output are the same name when they are this similar
# (accents stripped): "Perou"~"Peru", "Chili"~"Chile", "Lucie"~"Lucia".
NAME_SIMILARITY = 0.8
# ...or when both share a prefix this long, differ in length by 3 letters at most and
# the shorter has at most 3 letters past the prefix ("Bolivie"/"Bolivia",
# "Jamaique"/"Jamaica", "Olympiques"/"Olympic").
NAME_PREFIX = 5
# A code: letters and digits in one token ("KV62", "CG4684", "G20", "COVID-19"),
# compared as a whole token, never as its letters; also the first part of a compound joined
# with a hyphen ("A1GP-Team", "G20-Gipfel").
CODE_RE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+)*(?!\w|-\d)")


@lru_cache(maxsize=65536)
def translations(key: str, lang: str = "fr") -> tuple[str, ...]:
    """Known English forms of a folded name of the source language: the tables and CLDR; a
    plural or feminine ("allemands", "allemande", "alemanes") is looked up by its base form."""
    table = NAME_TRANSLATIONS.get(lang, {})
    for base in (key, re.sub(r"(?:es|s|e|a|as|os)$", "", key), re.sub(r"s$", "", key), key + "s", key + "o"):
        found = table.get(base, ()) + cldr_names(lang).get(base, ())
        if found:
            return found
    return ()


# A run of capitalised words, one space between them ("dans le Royaume Uni", "aux États Unis").
_CAPITALISED_RUN_RE = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ \u00a0][A-ZÀ-Þ][^\W\d_]*)*")


def respaced(src: str, span: tuple[int, int, str], lang: str = "fr") -> str:
    """The key CLDR or the tables give the run of capitalised words around ``span`` when the source
    writes with spaces what they write with hyphens ("Royaume Uni", "Etats Unis", "Nouvelle
    Zélande": ``royaume-uni``); "" when no two or three words of the run with ``span`` are a name
    they know hyphenated (a given name and a surname)."""
    run = next((m for m in _CAPITALISED_RUN_RE.finditer(src) if m.start() <= span[0] < m.end()), None)
    if run is None:
        return ""
    words = [(m.start() + run.start(), fold(m.group())) for m in re.finditer(r"\S+", run.group())]
    at = next(i for i, (s, _) in enumerate(words) if s >= span[0] or i == len(words) - 1)
    for size in (3, 2):
        for first in range(max(0, at - size + 1), min(at, len(words) - size) + 1):
            key = "-".join(w for _, w in words[first : first + size])
            if translations(key, lang):
                return key
    return ""


# Spellings that vary when a name passes from one language to another: "th" / "t", "ph" /
# "f", "rh" / "r" (Greek letters English spells with an "h", Spanish and Italian without:
# "Rhine" / "Rin", "Rhodes" / "Rodas"), "j" / "y" / "i", doubled letters, a final vowel, "h"
# or "s" ("Faluya" / "Fallujah", "Tracia" / "Thrace", "Polo" / "Pole", "Indo" / "Indus"); and
# the letters that write one sound in the Latin alphabets of Central Europe and Turkey and
# another in English: "k" / "c" / "q" ("Kanada", "Irak"), "w" / "v" ("Sewilla"), "sz" / "sh"
# ("Waszyngton").
_SKELETON_SUBS = (
    # French transliteration: "ou" for English "u", "j" for "zh", "gu" for a hard "g" before "e" / "i"
    # ("Loujkov" / "Luzhkov", "Gueorgui" / "Georgy")
    (re.compile(r"ou"), "u"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"gu(?=[ei])"), "g"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"rh"), "r"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"sz|sh"), "s"),
    (re.compile(r"ck|[kq]"), "c"),
    (re.compile(r"w"), "v"),
)
_STROKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe"})
_SKELETON_END_RE = re.compile(r"(?:[aeiou]|h)*s?(?:[aeiou]|h)*$")
MIN_SKELETON = 3


@lru_cache(maxsize=8192)
def _letters(word: str) -> str:
    """A folded name with the spellings above made one, doubled letters once, and the letters
    with a stroke that folding keeps as their base letter ("Wołga" / "Volga", Turkish "ı")."""
    word = word.translate(_STROKED)
    for pattern, repl in _SKELETON_SUBS:
        word = pattern.sub(repl, word)
    return re.sub(r"(.)\1+", r"\1", word)


def _skeleton(word: str) -> str:
    """The consonant frame of a folded name that survives transliteration (see above)."""
    return _SKELETON_END_RE.sub("", _letters(word))


def spelt_alike(key: str, word: str) -> bool:
    """Whether two folded words are one name spelt in two languages: the same consonant frame,
    a long common start, or nearly the same letters ("Perou" ~ "Peru", "Faluya" ~ "Fallujah")."""
    if len(key) == 3 and word.startswith(key) and len(word) == 4:
        return True  # "Cap" -> "Cape"
    frame = _skeleton(key)
    if len(frame) >= MIN_SKELETON and frame == _skeleton(word):
        return True  # "Faluya" ~ "Fallujah", "Polo" ~ "Pole"
    if len(key) < 4 or len(word) < 3:
        return False
    prefix = max(len(common_prefix(key, word)), len(common_prefix(_letters(key), _letters(word))))
    # not "MetroPlus" ~ "Metro", nor "MetroPlus" ~ "MetroRail" (what follows the prefix differs)
    if prefix >= NAME_PREFIX and abs(len(key) - len(word)) <= 3 and min(len(key), len(word)) - prefix <= 3:
        return True
    return SequenceMatcher(None, key, word).ratio() >= NAME_SIMILARITY


def common_prefix(a: str, b: str) -> str:
    """The letters two words start with alike ("bolivi" of "bolivie" and "bolivia")."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text))) | {fold(c) for c in CODE_RE.findall(text)}


def name_found(
    name: str,
    text: str,
    words: set[str] | frozenset[str] | None = None,
    lang: str = "fr",
    spelt_out: bool = True,
) -> bool:
    """Whether ``name`` (from French) is in ``text``: as spelt, as a known translation
    (OIM -> IOM, Norvège -> Norway, Allemands -> Germans), or spelt alike (Pérou ~
    Peru); accents ignored; a code ("KV62") only as a whole token. ``spelt_out=False``: an
    acronym spelt out in ``text`` does not count (the source spells it out itself, and that
    spelling has its own counterpart)."""
    words = words_of(text) if words is None else words
    key = fold(name)
    if any(c.isdigit() for c in key):
        if key in words or key.replace("-", "") in {w.replace("-", "") for w in words}:
            return True
        # English writes a code's plural with -s ("three of its eleven A380s", "F-16s")
        return re.search(rf"(?<![a-z0-9-]){re.escape(key)}'?s(?![a-z0-9])", fold(text)) is not None
    folded = fold(text)
    codes = territory_code_names(name, lang) if name.isupper() else ()  # "USA", "VS": "United States", "US"
    for form in (key, *translations(key, lang), *codes):
        if re.fullmatch(r"[a-z0-9]+", form):
            if form in words or form + "s" in words:
                return True
        elif re.search(rf"(?<![a-z0-9]){re.escape(form)}s?(?![a-z0-9])", folded):
            return True
    for form in cldr_names(lang).get(key, ()):  # "bresilien" -> "brazilian portuguese": "Brazilian"
        if any(w in words or w + "s" in words for w in set(form.split()) - GENERIC_PLACE_WORDS):
            return True
    if any(demonym_in(form, folded) for form in (key, *translations(key, lang)) if len(form) >= MIN_DEMONYM_BASE):
        return True  # "l'indépendance du Chili" -> "Chilean independence"
    if name.isupper():
        return spelt_out and _expanded(name, text)
    capitalised = _capitalised_words(text)  # a name stays capitalised
    if any(spelt_alike(key, w) for w in capitalised):
        return True
    if any(c.isupper() for c in name[1:]):
        return False
    if any(inflected(key, w) for w in capitalised):
        return True  # "Iraku" -> "Iraq", "Wenezuelczyków" -> "Venezuelans"
    # an inflected form of a name CLDR knows: "Almancadan" (from German), "İspanyolların" (Spanish)
    forms = {w for form in inflected_translations(key, lang) for w in re.findall(r"[a-z0-9]+", form)}
    return any(w in words or w + "s" in words or demonym_in(w, folded) for w in forms - GENERIC_PLACE_WORDS)


# A language that inflects its names writes a case ending after the name's stem: Polish "Iraku"
# (Iraq), "Wenezuelczyków" (of the Venezuelans); Turkish "Venezuelalıların", "İtalyanlar". The
# name is in an English word when the two start alike for this many letters or more and the
# English word goes on for at most ``NAME_PREFIX_REST`` letters past them ("Venezuelans"): the
# ending may be of any length. Not for a name with a capital inside, which the rest may be part
# of ("MetroPlus" is no "Metro").
INFLECTED_PREFIX = 5
NAME_PREFIX_REST = 3


@lru_cache(maxsize=1024)
def territory_code_names(code: str, lang: str = "fr") -> tuple[str, ...]:
    """For an acronym that names a country, CLDR's English name of it (babel), its two-letter code
    and that code dotted, folded: a three-letter ISO code ("USA": "united states", "us", "u.s"), or
    the initials of the country's name in the source language (Dutch "VS", Verenigde Staten;
    Turkish "ABD", Amerika Birleşik Devletleri)."""
    from babel import Locale
    from babel.core import get_global

    codes = [c for c in get_global("territory_aliases").get(code.upper(), ()) if len(code) == 3]
    codes += [c for c, initials in _territory_initials(lang) if initials == code.upper()]
    english = Locale("en").territories
    return tuple(
        form
        for c in dict.fromkeys(codes)
        if c in english
        for form in (fold(english[c]), c.lower(), ".".join(c.lower()))
    )


@lru_cache(maxsize=16)
def _territory_initials(lang: str) -> tuple[tuple[str, str], ...]:
    """(code, initials) of the countries whose CLDR name in the language has two words or more."""
    from babel import Locale

    try:
        names = Locale.parse(lang).territories
    except (ValueError, LookupError):
        return ()
    out = []
    for c, name in names.items():
        parts = re.findall(r"[^\W\d_]+", name)
        if len(c) == 2 and c.isalpha() and len(parts) >= 2:
            out.append((c, fold("".join(p[0] for p in parts)).upper()))
    return tuple(out)


@lru_cache(maxsize=8)
def _cldr_stems(lang: str) -> dict[str, tuple[str, ...]]:
    """CLDR's one-word names in the source language, by their first four letters."""
    stems: dict[str, list[str]] = {}
    for name in cldr_names(lang):
        if re.fullmatch(r"[a-z]{4,}", name):
            stems.setdefault(name[:4], []).append(name)
    return {k: tuple(v) for k, v in stems.items()}


@lru_cache(maxsize=4096)
def inflected_translations(key: str, lang: str) -> tuple[str, ...]:
    """CLDR's English for the name a folded word of the source inflects: the word starts with the
    name ("iranli": "iran") or is an inflected form of it (``inflected``: "ispanyollarin",
    "ispanyolca")."""
    table = cldr_names(lang)
    return tuple(
        english
        for name in _cldr_stems(lang).get(key[:4], ())
        if name != key and (key.startswith(name) or inflected(key, name))
        for english in table[name]
    )


def inflected(key: str, word: str) -> bool:
    """Whether a folded name of the source is an inflected form of a folded English word: a long
    common start, and little of the English word past it ("wenezuelczykow" ~ "venezuelans")."""
    a, b = _letters(key), _letters(word)
    prefix = len(common_prefix(a, b))
    return prefix >= INFLECTED_PREFIX and len(b) - prefix <= NAME_PREFIX_REST


def occurrences(name: str, text: str, lang: str = "fr") -> int:
    """How many times ``text`` writes ``name``: as spelt or as a known translation, or as a
    capitalised word spelt alike; the most of these ways."""
    key, folded = fold(name), fold(text)
    counts = [
        len(re.findall(rf"(?<![a-z0-9]){re.escape(form)}s?(?![a-z0-9])", folded))
        for form in (key, *translations(key, lang))
    ]
    if not name.isupper():
        caps = [fold(t) for t in re.findall(r"\b[^\W\d_][\w'’-]*", text) if t[0].isupper()]
        counts.append(sum(spelt_alike(key, w) for w in caps))
    return max(counts)


# English makes the adjective of a place with a suffix, on the name or on the name less its
# final vowel or "y": Chile -> Chilean, Canada -> Canadian, China -> Chinese, Israel -> Israeli,
# Iceland -> Icelandic, Germany -> German, New Zealand -> New Zealander. A translation may say
# "Chilean independence" for "l'indépendance du Chili".
_DEMONYM_SUFFIXES = r"(?:an|ian|ean|ese|i|ic|ish|er|n)s?"
MIN_DEMONYM_BASE = 4


_DEMONYM_END_RE = re.compile(rf"{_DEMONYM_SUFFIXES}(?![a-z0-9])")
_DEMONYM_END_OPTIONAL_RE = re.compile(rf"(?:{_DEMONYM_SUFFIXES})?(?![a-z0-9])")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def demonym_in(form: str, folded: str) -> bool:
    """Whether a folded text holds an adjective of the place ``form`` ("chilean" for "chile"):
    the name, or the name less its final vowel or "y", starting a word and followed by a suffix
    that ends it. The name is found as a plain string and its suffix read by one pattern compiled
    once, where a pattern per name cost a compilation for each place a run meets."""
    stems = [(form, _DEMONYM_END_RE)]
    if form[-1] in "aeiou":
        stems.append((form[:-1], _DEMONYM_END_RE))
    elif form[-1] == "y":
        stems.append((form[:-1], _DEMONYM_END_OPTIONAL_RE))
    for stem, end in stems:
        start = folded.find(stem)
        while start >= 0:
            if (start == 0 or folded[start - 1] not in _ALNUM) and end.match(folded, start + len(stem)):
                return True
            start = folded.find(stem, start + 1)
    return False


def compound_kept(word: str, text: str) -> bool:
    """Whether a hyphenated word of the source ("U-Boot") is in ``text`` as a compound of as many
    parts, one of them as written and each other one starting as it does ("U-boats"): English
    keeps the compound and writes its common noun its own way."""
    parts = fold(word).split("-")
    if len(parts) < 2:
        return False
    for other in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", fold(text)):
        theirs = other.split("-")
        if len(theirs) == len(parts) and any(a == b for a, b in zip(parts, theirs, strict=True)):
            if all(a == b or a[:2] == b[:2] for a, b in zip(parts, theirs, strict=True)):
                return True
    return False


@lru_cache(maxsize=256)
def _capitalised_words(text: str) -> frozenset[str]:
    """Folded words of ``text`` that start with a capital: what a translated name can be
    ("Peru" for "Pérou"; never the "stake" of "Stark")."""
    return frozenset(
        w
        for tok in re.findall(r"\b[^\W\d_][\w'’-]*", text)
        if tok[0].isupper()
        for w in re.findall(r"[a-z0-9]+", fold(tok))
    )


def _expanded(acronym: str, text: str) -> bool:
    """Whether ``text`` spells ``acronym`` out: capitalised words with its initials
    ("GP" -> "Grand Prix"), as English keeps many French acronyms of English names."""
    if not 2 <= len(acronym) <= 6:
        return False
    pattern = r"[\s-]+(?:(?:of|the|and|for|de|du|des)\s+)?".join(rf"{c}\w+" for c in acronym)
    return re.search(rf"\b{pattern}\b", text) is not None


_LETTERS_RE = re.compile(r"[^\W\d_]+")
# A source word is one of the place's own adjectives where it starts as the English adjective does for
# this many letters ("mexicains", "Mexico-Américains" ~ "Mexican"; "paraguaya" ~ "Paraguayan").
ADJECTIVE_PREFIX = 5


def said_as_adjective(src: str, span: tuple[int, int, str], tgt: str, lang: str) -> bool:
    """Whether the output writes the place of ``span`` only as its adjective ("Mexican-Americans" for "le
    Mexique ... les Mexico-Américains") and no more of its adjectives than the source writes adjectives
    of the place of its own: each English adjective then translates one of those, and the place is gone."""
    start, end, name = span
    key = fold(name)
    forms = [f for f in (key, *translations(key, lang)) if re.fullmatch(r"[a-z]+", f) and len(f) >= MIN_DEMONYM_BASE]
    said = [
        m
        for m in _LETTERS_RE.finditer(tgt)
        if m.group()[0].isupper() and (w := fold(m.group())) not in forms and any(demonym_in(f, w) for f in forms)
    ]
    if not said:
        return False
    rest = tgt
    for m in said:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if name_found(name, rest, lang=lang):
        return False
    english = {fold(m.group()) for m in said}
    own = sum(
        1
        for m in _LETTERS_RE.finditer(src)
        if not start <= m.start() < end
        and (w := fold(m.group())) != key
        and any(len(common_prefix(w, a)) >= ADJECTIVE_PREFIX for a in english)
    )
    return len(said) <= own


def reordered_acronym(acronym: str, others: list[str], own_letters: bool = True) -> bool:
    """Whether the output has an acronym of its own that may translate ``acronym``: about
    as long, half its letters shared (CIO -> IOC, TDA -> ADD, RMN -> NMR, OPEP -> OPEC), or, where
    the source writes its acronyms in its own letters (``own_letters``: Latin script), as long with
    the source's first letter last (``head_moved``: GEI -> GHG). A Latin acronym in Arabic text is
    borrowed as written ("VPN"): no word order of the source made it."""
    return acronym.isupper() and any(
        abs(len(a) - len(acronym)) <= 1
        and (
            sum((Counter(a) & Counter(acronym)).values()) * 2 >= len(acronym)
            or (own_letters and head_moved(acronym, a))
        )
        for a in others
    )


def head_moved(acronym: str, other: str) -> bool:
    """An acronym of a Romance language's noun phrase put in English order: the head noun, which
    the Romance phrase says first and English last, opens the one and closes the other ("Gases de
    Efecto Invernadero", GEI -> "greenhouse gases", GHG; OTAN -> NATO, FMI -> IMF), as long."""
    return len(acronym) == len(other) >= 3 and acronym[0] == other[-1]
