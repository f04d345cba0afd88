"""Proper names: a name, acronym or code of the source that a correct translation keeps must be
in the output (critical); one that is also an ordinary word of the source language, which a
translation may translate, is only a note."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from summarise.quality.contacts import strip_contacts
from summarise.quality.flags import NOTE, Flag, flag, fold
from summarise.quality.nametables import (
    _DAYS,
    COMMON_CAPITALISED,
    EN_MONTHS,
    GENERIC_PLACE_WORDS,
    LATIN_SCRIPT_LANGS,
    NAME_TRANSLATIONS,
    cldr_names,
    zipf,
)
from summarise.quality.numbers import ROMAN_ORDINAL_RE
from summarise.text.languages import profile
from summarise.text.patterns import FUNCTION_WORDS

# (accents stripped): "Perou"~"Peru", "Chili"~"Chile", "Lucie"~"Lucia".
NAME_SIMILARITY = 0.8
# ...or when both share a prefix this long, differ in length by 3 letters at most and
# the shorter has at most 3 letters past the prefix ("Bolivie"/"Bolivia",
# "Jamaique"/"Jamaica", "Olympiques"/"Olympic").
NAME_PREFIX = 5
# A capitalised word whose Zipf frequency (wordfreq: log10 of uses per billion words) is
# this much higher in French than in English is a French word ("Terre", "Jeux",
# "Allemands", "Londres", "PDG"): a correct translation translates it, so its absence
# is only a note. Names English writes the same ("Paris" 5.7 fr / 4.8 en, "Costello",
# "NASA", "Kingston") are kept by a translation: their absence is critical.
FRENCH_WORD_MARGIN = 1.0
# ...and only when it is a real French word at all (rare names are rare in both), or
# one English never writes that French writes often enough to be a French word
# ("Groenlandais" 2.1, "Pendjab" 2.4; the surname "Jarque" is 1.1).
MIN_FRENCH_ZIPF = 3.0
MIN_NEVER_ENGLISH_ZIPF = 2.0
# A sentence's first word is read as a name when it is at most this much more frequent
# in French than in English. On FLORES dev (sources vs. the human English), 62 of the 65
# first words that the reference copies pass, and 2 of the 936 it does not copy.
NAME_AT_START_MARGIN = 0.5
# A sentence's first word spelt with the accents of the source language (not French, where
# the margin above was measured) and at least this frequent there is a word of it, whatever
# English makes of the letters ("Marcó" is "marked", not the name Marco).
MIN_SOURCE_WORD_AT_START = 3.5

# A word: letters (accented included) with inner hyphens or apostrophes, so that
# "Sainte-Lucie", "Port-d'Espagne" and "l'OIM" are one word each.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A code: letters and digits in one token ("KV62", "CG4684", "G20", "COVID-19"),
# compared as a whole token, never as its letters.
CODE_RE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+)*(?![\w-])")
# A Roman numeral of I, V and X ("siglo XVIII", "World War II"): a number, not an acronym.
ROMAN_NUMERAL_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# French elision in front of a name: "l'OIM", "d'Haïti", "qu'UNICEF".
ELISION_RE = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
# English possessive after a name: "IOM's" is IOM.
POSSESSIVE_RE = re.compile(r"'s$")
# What may stand between a sentence boundary and the sentence's first word: spaces of
# every kind, opening quotes and brackets, bullets, and the dash of a dateline
# ("Genève - Le ...", "« Elle", ": « Cela").
_LEAD = " \t\n\u00a0\u202f\u2009«“\"'‘„‹(*•·-–—"
# A courtesy or professional title: the capitalised words after it are a person's name
# ("M. Costello", "Mme Roy", "le Dr Martin"), never a sentence start.
TITLE_RE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Mlles|Dr|Drs|Dra|Pr|Me|Mgr|Sr|Sra|Srta)\.?$")
# Abbreviations a full stop does not end a sentence after (titles, "St.", an initial "J.").
_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mlle|Dr|Dra|Pr|Me|Mgr|Sr|Sra|Srta|St|Ste|etc|av|[A-Z])\.$")


def translations(key: str, lang: str = "fr") -> tuple[str, ...]:
    """Known English forms of a folded name of the source language: the tables and CLDR; a
    plural or feminine ("allemands", "allemande", "alemanes") is looked up by its base form."""
    table = NAME_TRANSLATIONS.get(lang, {})
    for base in (key, re.sub(r"(?:es|s|e|a|as|os)$", "", key), re.sub(r"s$", "", key), key + "s", key + "o"):
        found = table.get(base, ()) + cldr_names(lang).get(base, ())
        if found:
            return found
    return ()


def _margin(word: str, lang: str) -> tuple[float, float]:
    """(Zipf frequency of the word as written, lower case, in the source language; how much
    more frequent it is there than in English, accents stripped)."""
    here = zipf(word.lower(), lang)
    return here, here - zipf(fold(word), "en")


def source_word(word: str, lang: str = "fr") -> bool:
    """Whether a capitalised word is first a word of the source language ("Terre", "Jeux",
    "Allemands", "Londres", "PDG"; "Guerra", "Mundial"), so that a correct translation
    translates it. A Latin-script word in an Arabic source is never an Arabic word."""
    if lang not in LATIN_SCRIPT_LANGS:
        return False
    here, margin = _margin(word, lang)
    never_english = zipf(fold(word), "en") == 0 and here >= MIN_NEVER_ENGLISH_ZIPF  # "Groenlandais", "Égée"
    return margin >= FRENCH_WORD_MARGIN and (here >= MIN_FRENCH_ZIPF or never_english)


def french_word(word: str) -> bool:
    """``source_word`` for French (kept for callers of the French-only checks)."""
    return source_word(word, "fr")


def _function_word(key: str, lang: str) -> bool:
    """A function word of the source language (jusText's stop words: "El", "Los", "Por",
    "Cette"), or of the shared French/English list: never a name."""
    return key in FUNCTION_WORDS or key in _stopwords(lang)


@lru_cache(maxsize=16)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in profile(lang).stopwords)


def _name_at_start(word: str, lang: str = "fr") -> bool:
    """A sentence's first word is a name when English uses it about as much as the source
    language ("Nadal", "John", "Jérusalem"), not when it is a word of that language ("Cette",
    "Même", "Para") or one of its function words ("El", "Los")."""
    if _function_word(fold(word), lang):
        return False
    here, margin = _margin(word, lang)
    # written with the source language's accents and common there: its word ("Marcó"), not a name
    accented = fold(word) != word.lower() and lang in LATIN_SCRIPT_LANGS and lang != "fr"
    return margin < NAME_AT_START_MARGIN and not (accented and here >= MIN_SOURCE_WORD_AT_START)


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(_LEAD)
    if not before:
        return True
    if before[-1] in "!?…:;":
        return True
    return before[-1] == "." and not _ABBREVIATION_RE.search(before)


def _after_title(text: str, pos: int) -> bool:
    return bool(TITLE_RE.search(text[:pos].rstrip(_LEAD)))


# After a name, a generational suffix: "Piquet Jr.", "Nelson Piquet Sr".
NAME_SUFFIX_RE = re.compile(r"[ \u00a0]+(?:Jr|Sr|Jnr|Snr)\b")


def _name_by_form(text: str, end: int, part: str) -> bool:
    """A word that is a name by its form wherever it stands, even first in a sentence
    and even when it is also a French word: a capital inside it ("MetroRail", "McDonald")
    or a generational suffix after it ("Piquet Jr.")."""
    return (any(c.isupper() for c in part[1:]) and not part.isupper()) or bool(NAME_SUFFIX_RE.match(text, end))


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _name_parts(word: str, lang: str = "fr") -> list[str]:
    """The name-like parts of one word: "Trinité-et-Tobago" -> Trinité, Tobago."""
    word = ELISION_RE.sub("", POSSESSIVE_RE.sub("", word.replace("’", "'")))
    if translations(fold(word), lang):
        return [word]
    parts = [ELISION_RE.sub("", p) for p in word.split("-")]
    return [p for p in parts if p[:1].isupper()]


def _not_a_name(key: str, lang: str = "fr") -> bool:
    """Institution nouns, days, English months and the source language's function words;
    French writes its months in lower case, so a capitalised "Mars" inside a sentence is
    the planet."""
    return (
        key in COMMON_CAPITALISED.get(lang, frozenset())
        or key in EN_MONTHS
        or key in _DAYS
        or key in profile(lang).weekdays
        or (key in _stopwords(lang) and not translations(key, lang) and not _english_word(key, lang))
    )


# jusText's stop-word lists are the frequent words of web pages in the language, some of them
# English names and words ("John", "New"; and "France", a country CLDR knows): a word of the
# list markedly more frequent in English than in the language is a name copied from English.
ENGLISH_STOPWORD_MARGIN = -0.3


def _english_word(key: str, lang: str) -> bool:
    return zipf(key, lang) - zipf(key, "en") <= ENGLISH_STOPWORD_MARGIN


def _latin(word: str) -> bool:
    """Written in Latin letters (a name in an Arabic source that the output must keep)."""
    return all(c < "\u0250" for c in word if c.isalpha())


def _roman_numeral(word: str) -> bool:
    """ "XVIII" in "siglo XVIII", "II": a number, not an acronym."""
    return len(word) >= 2 and ROMAN_NUMERAL_RE.fullmatch(word) is not None


def names(text: str, starts: bool = True, lang: str = "fr") -> list[tuple[int, int, str]]:
    """Proper names in ``text`` as (start, end, name): acronyms and codes anywhere,
    capitalised words inside a sentence or after a title (M., Mme, Dr), and a sentence's
    first word when it is no French word ("Costello a dit", not "Cette"), minus
    institution nouns, months and days. ``starts=False`` skips every sentence's first
    word (English text, where the frequency test does not apply). Arabic has no capitals:
    in an Arabic source only words in Latin letters are names (a name in Arabic script
    cannot be compared by its form, so it is not checked)."""
    latin_only = lang not in LATIN_SCRIPT_LANGS
    shouting = _mostly_upper(text)
    found = []
    for m in CODE_RE.finditer(text):
        found.append((m.start(), m.end(), m.group()))
    codes = [(s, e) for s, e, _ in found]
    for m in WORD_RE.finditer(text):
        if any(s <= m.start() < e for s, e in codes):
            continue
        start = _at_sentence_start(text, m.start()) and not _after_title(text, m.start())
        if latin_only and not _latin(m.group()):
            continue
        for part in _name_parts(m.group(), lang):
            key = fold(part)
            if ROMAN_ORDINAL_RE.fullmatch(part) or len(part) < 2 or _roman_numeral(part):  # "XXIe siècle"
                continue
            acronym = part.isupper()
            if acronym and not shouting:
                found.append((m.start(), m.end(), part))
            elif (
                not acronym
                and part[0].isupper()
                and not _not_a_name(key, lang)
                and (
                    latin_only
                    or not start
                    or (starts and (_name_at_start(part, lang) or _name_by_form(text, m.end(), part)))
                )
            ):
                found.append((m.start(), m.end(), part))
            start = False  # later parts of a hyphenated word are not at a sentence start
    return sorted(found)


# Spellings that vary when a name passes from one language to another: "th" / "t", "ph" /
# "f", "j" / "y" / "i", doubled letters, a final vowel, "h" or "s" ("Faluya" / "Fallujah",
# "Tracia" / "Thrace", "Polo" / "Pole", "Indo" / "Indus").
_SKELETON_SUBS = ((re.compile(r"th"), "t"), (re.compile(r"ph"), "f"), (re.compile(r"[jy]"), "i"))
_SKELETON_END_RE = re.compile(r"(?:[aeiou]|h)*s?(?:[aeiou]|h)*$")
MIN_SKELETON = 3


@lru_cache(maxsize=8192)
def _skeleton(word: str) -> str:
    """The consonant frame of a folded name that survives transliteration (see above)."""
    for pattern, repl in _SKELETON_SUBS:
        word = pattern.sub(repl, word)
    word = re.sub(r"(.)\1+", r"\1", word)
    return _SKELETON_END_RE.sub("", word)


def _similar(key: str, word: str) -> bool:
    if len(key) == 3 and word.startswith(key) and len(word) == 4:
        return True  # "Cap" -> "Cape"
    frame = _skeleton(key)
    if len(frame) >= MIN_SKELETON and frame == _skeleton(word):
        return True  # "Faluya" ~ "Fallujah", "Polo" ~ "Pole"
    if len(key) < 4 or len(word) < 3:
        return False
    prefix = len(_common_prefix(key, word))
    # not "MetroPlus" ~ "Metro", nor "MetroPlus" ~ "MetroRail" (what follows the prefix differs)
    if prefix >= NAME_PREFIX and abs(len(key) - len(word)) <= 3 and min(len(key), len(word)) - prefix <= 3:
        return True
    return SequenceMatcher(None, key, word).ratio() >= NAME_SIMILARITY


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text))) | {fold(c) for c in CODE_RE.findall(text)}


def name_found(name: str, text: str, words: set[str] | frozenset[str] | None = None, lang: str = "fr") -> bool:
    """Whether ``name`` (from French) is in ``text``: as spelt, as a known translation
    (OIM -> IOM, Norvège -> Norway, Allemands -> Germans), or spelt alike (Pérou ~
    Peru); accents ignored; a code ("KV62") only as a whole token."""
    words = words_of(text) if words is None else words
    key = fold(name)
    if any(c.isdigit() for c in key):
        return key in words or key.replace("-", "") in {w.replace("-", "") for w in words}
    folded = fold(text)
    for form in (key, *translations(key, lang)):
        if re.fullmatch(r"[a-z0-9]+", form):
            if form in words or form + "s" in words:
                return True
        elif re.search(rf"(?<![a-z0-9]){re.escape(form)}s?(?![a-z0-9])", folded):
            return True
    for form in cldr_names(lang).get(key, ()):  # "bresilien" -> "brazilian portuguese": "Brazilian"
        if any(w in words or w + "s" in words for w in set(form.split()) - GENERIC_PLACE_WORDS):
            return True
    if name.isupper():
        return _expanded(name, text)
    return any(_similar(key, w) for w in _capitalised_words(text))  # a name stays capitalised


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


def group_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Names separated only by spaces in ``text`` as one group: "Ricky", "Martin"."""
    groups: list[list[tuple[int, int, str]]] = []
    for span in spans:
        if groups and (groups[-1][-1][1] == span[0] or not text[groups[-1][-1][1] : span[0]].strip(_LEAD[:6])):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def labels(groups: list[list[tuple[int, int, str]]]) -> list[str]:
    out = []
    for g in groups:
        label = " ".join(dict.fromkeys(p for _, _, p in g))
        if label not in out:
            out.append(label)
    return out


# An acronym in an output: all capitals, two letters or more.
ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")


def _reordered(acronym: str, others: list[str]) -> bool:
    """Whether the output has an acronym of its own that may translate ``acronym``: about
    as long, half its letters shared (CIO -> IOC, TDA -> ADD, RMN -> NMR, OPEP -> OPEC)."""
    return acronym.isupper() and any(
        abs(len(a) - len(acronym)) <= 1 and sum((Counter(a) & Counter(acronym)).values()) * 2 >= len(acronym)
        for a in others
    )


# What joins the words of one name: "Cirque du Soleil", "Tour de France", "Côte d'Azur".
_NAME_JOINER_RE = re.compile(r"[\s\u00a0]+(?:(?:du|de|des|la|le)[\s\u00a0]+|d['’])?", re.IGNORECASE)


def _kept_as_written(
    src: str, group: list[tuple[int, int, str]], kept: list[tuple[int, int, str]], words: set[str], lang: str = "fr"
) -> bool:
    """Whether a name next to ``group`` in the source (one run of names: "Cirque du
    Soleil") is a French word that the output kept as written: then the translation
    keeps this name untranslated, and the missing part of it was dropped. Not for a
    name with a known English form ("Grand Prix de Hongrie": "Hungarian Grand Prix")."""
    start, end = group[0][0], group[-1][1]
    if any(translations(fold(name), lang) for _, _, name in group):
        return False
    return any(
        _NAME_JOINER_RE.fullmatch(src[end:s] if s >= end else src[e:start]) is not None
        and fold(name) in words
        and source_word(name, lang)
        and fold(name) not in translations(fold(name), lang)  # "Ecuador" is English too: it proves nothing
        for s, e, name in kept
        if s >= end or e <= start
    )


# The words of one run of a name: capitalised words and the small words that join them
# ("Ministerio de Relaciones Exteriores", "Real Sociedad para la Prevención de la Crueldad").
_RUN_JOINER_RE = re.compile(
    r"^(?:de|del|la|las|los|el|le|les|du|des|d|l|para|pour|contra|contre|sobre|sur|e|y|et|en)$", re.IGNORECASE
)
# A word of the source language at least this frequent (Zipf) is a common word there, when it
# is not markedly more frequent in English: "Real" (-0.2), "Supervisión" (0.1) are Spanish
# words; "Harvard" (-0.3), "York" (-0.4), "Virginia" (-0.7) are English names.
MIN_COMMON_WORD = 3.5
MIN_COMMON_WORD_MARGIN = -0.25


def _institution_run(src: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``start:end`` is part of an institution's descriptive name: a run of
    capitalised words and joiners that holds an institution noun ("Subcomité de Supervisión",
    "Real Sociedad para la Prevención", "Ministerio de Relaciones Exteriores"). A translation
    translates such a name word by word."""
    common = COMMON_CAPITALISED.get(lang, frozenset())
    tokens = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", src))
    here = next((i for i, t in enumerate(tokens) if t.start() <= start < t.end()), None)
    if here is None:
        return False

    def run(step: int) -> bool:
        i = here + step
        while 0 <= i < len(tokens):
            left, right = (tokens[i], tokens[i + 1]) if step < 0 else (tokens[i - 1], tokens[i])
            gap = src[left.end() : right.start()]
            if gap.strip(" \u00a0'’"):
                return False  # punctuation ends the run
            word = tokens[i].group()
            if word[0].isupper() and fold(word) in common:
                return True
            if not (word[0].isupper() or _RUN_JOINER_RE.match(word)):
                return False
            i += step
        return False

    return run(-1) or run(1)


def _translatable(src: str, span: tuple[int, int, str], lang: str) -> bool:
    """A common word of the source language inside an institution's descriptive name ("Real",
    "Supervisión", "Exteriores"): a translation translates it ("Royal", "Oversight")."""
    start, end, name = span
    return (
        lang in LATIN_SCRIPT_LANGS
        and not translations(fold(name), lang)  # "Ecuador": a name, in every language
        and zipf(name.lower(), lang) >= MIN_COMMON_WORD
        and _margin(name, lang)[1] >= MIN_COMMON_WORD_MARGIN
        and _institution_run(src, start, end, lang)
    )


def _sure(text: str, span: tuple[int, int, str], new_acronyms: bool, lang: str = "fr") -> bool:
    """A name a correct translation keeps: after a title, a code, a name that CLDR
    writes the same in English, an acronym when the output has none of its
    own (CIO -> IOC, TDA -> ADD), or no French word."""
    start, end, name = span
    if _after_title(text, start) or any(c.isdigit() for c in name) or fold(name) in translations(fold(name), lang):
        return True  # "M. Costello", "KV62", "France" (CLDR's English is the French)
    if _name_by_form(text, end, name):
        return True  # "Piquet Jr.", "MetroRail"
    if name.isupper() and new_acronyms:
        return False
    return not source_word(name, lang)


def check_names(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A proper name, acronym or code of the source missing from the output: critical
    when a correct translation keeps it, a note when it is also a French word that a
    translation may translate ("Terre" -> "Earth")."""
    words, src = words_of(tgt), strip_contacts(src)
    found = names(src, lang=lang)
    missing = [s for s in found if not name_found(s[2], tgt, words, lang)]
    if not missing:
        return []
    joined = {w.replace("-", "") for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(tgt))}
    groups = [
        g
        for g in group_adjacent(src, missing)  # "A1 GP" -> "A1GP", "Wi-Fi" -> "WiFi"
        if len(g) == 1 or "".join(fold(p) for _, _, p in g) not in joined
    ]
    if not groups:
        return []
    src_words = words_of(src)
    new_acronyms = [a for a in ACRONYM_RE.findall(tgt) if fold(a) not in src_words]
    kept = [s for s in found if s not in missing]
    sure = [
        g
        for g in groups
        if any(_sure(src, s, _reordered(s[2], new_acronyms), lang) and not _translatable(src, s, lang) for s in g)
        or _kept_as_written(src, g, kept, words, lang)
    ]
    unsure = [g for g in groups if g not in sure]
    flags = []
    if sure:
        flags.append(flag("name_missing", ", ".join(map(repr, labels(sure))) + " not in output"))
    if unsure:
        flags.append(
            flag(
                "name_missing",
                ", ".join(map(repr, labels(unsure)))
                + f" not in output (a {profile(lang).name} word: it may be translated)",
                NOTE,
            )
        )
    return flags
