"""Proper names: a name, acronym or code of the source that a correct translation keeps must be
in the output (critical); one that is also an ordinary word of the source language, which a
translation may translate, is only a note."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from summarise.quality.contacts import strip_contacts
from summarise.quality.flags import NOTE, Flag, flag, fold
from summarise.quality.namematch import (
    CODE_RE,
    added_names,
    compound_kept,
    name_found,
    occurrences,
    translations,
    words_of,
)
from summarise.quality.nametables import (
    _DAYS,
    COMMON_CAPITALISED,
    EN_MONTHS,
    LATIN_SCRIPT_LANGS,
    zipf,
)
from summarise.quality.numbers import ROMAN_ORDINAL_RE
from summarise.quality.numwords import word_numbers
from summarise.quality.units import currency_words
from summarise.text.languages import profile
from summarise.text.patterns import FUNCTION_WORDS

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
ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mlle|Dr|Dra|Pr|Me|Mgr|Sr|Sra|Srta|St|Ste|etc|av|[A-Z])\.$")


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
    if _function_word(fold(word), lang) or word_numbers(word.lower(), lang):
        return False  # "Miles de personas" (thousands of people), "Once" (eleven): number words
    here, margin = _margin(word, lang)
    # written with the source language's accents and common there: its word ("Marcó"), not a name
    accented = fold(word) != word.lower() and lang in LATIN_SCRIPT_LANGS and lang != "fr"
    return margin < NAME_AT_START_MARGIN and not (accented and here >= MIN_SOURCE_WORD_AT_START)


def _before_infinitive(text: str, end: int, lang: str) -> bool:
    """Whether a sentence's first word is followed by an infinitive of the source language: then
    it is a verb ("Procure asegurarse", "Intente llegar"), which English may write alike
    ("procure"), and no name ("Costello dijo")."""
    endings = profile(lang).infinitive_endings
    m = re.match(r"[ \u00a0]+([^\W\d_A-ZÀ-Þ]{4,})\b", text[end:])
    if not (endings and m and m.group(1).endswith(endings)):
        return False
    word = fold(m.group(1))  # a verb of the stop-word list ("tener") counts; a preposition ("entre") not
    return word not in FUNCTION_WORDS and word not in {fold(w) for w in profile(lang).function_words}


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(_LEAD)
    if not before:
        return True
    if before[-1] in "!?…:;":
        return True
    return before[-1] == "." and not ABBREVIATION_RE.search(before)


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
        if m.group().islower() or any(s <= m.start() < e for s, e in codes):
            continue  # a word with no capital is never a name here
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
                    or (
                        starts
                        and (
                            (_name_at_start(part, lang) and not _before_infinitive(text, m.end(), lang))
                            or _name_by_form(text, m.end(), part)
                        )
                    )
                )
            ):
                found.append((m.start(), m.end(), part))
            start = False  # later parts of a hyphenated word are not at a sentence start
    return sorted(found)


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


def _currency_qualifier(src: str, span: tuple[int, int, str], tgt: str, lang: str) -> bool:
    """An acronym right after a currency of the source ("dollars US", "dólares US"), where the
    output writes the currency as a symbol ("$14.7 billion"): it names the currency, which the
    unit check compares."""
    start, _, name = span
    if not name.isupper() or not any(symbol in tgt for symbol in ("$", "€", "£")):
        return False
    before = src[max(0, start - 20) : start].rstrip().lower()
    return any(before.endswith(word) for word in currency_words(lang))


def _initial_kept(src: str, span: tuple[int, int, str], tgt: str, kept: list[tuple[int, int, str]]) -> bool:
    """A given name written as its initial before a family name the output keeps ("Müslüm Gürses"
    -> "M. Gürses")."""
    start, end, name = span
    if name.isupper() or not any(s > end and not src[end:s].strip() for s, _, _ in kept):
        return False
    return re.search(rf"(?<![\w.]){re.escape(name[0])}\.\s+[A-Z]", tgt) is not None


# An acronym the source glosses itself: in brackets right after words ("la Asociación Nacional de
# Baloncesto (NBA)"), or followed by its words in brackets ("VPN (réseau privé virtuel)").
_GLOSS_BEFORE_RE = re.compile(r"[^\W\d_]\.?[\s\u00a0]*\($")
_GLOSS_AFTER_RE = re.compile(r",?[\s\u00a0]*\([^\W\d_][^()]*\)")


def _glossed(src: str, span: tuple[int, int, str]) -> bool:
    """Whether the source writes both an acronym and its words: then the output's spelling-out
    is the counterpart of the words, and the acronym needs one of its own."""
    start, end, name = span
    if not (name.isupper() and len(name) >= 2):
        return False
    before = src[:start].rstrip(" \u00a0")
    return (src[end : end + 1] == ")" and _GLOSS_BEFORE_RE.search(before) is not None) or bool(
        _GLOSS_AFTER_RE.match(src, end)
    )


def _repeats_lost(
    found: list[tuple[int, int, str]], missing: list[tuple[int, int, str]], tgt: str, lang: str
) -> tuple[list[tuple[int, int, str]], dict[str, tuple[int, int]]]:
    """The later mentions of a name the source writes more than once and the output fewer times
    (but at least once): each mention of the source needs its own counterpart ("Vancouver ...
    downtown Vancouver" -> "Vancouver ... downtown"); and, per such name, how many times the
    source and the output write it (for the flag: the name is in the output)."""
    lost: list[tuple[int, int, str]] = []
    counts: dict[str, tuple[int, int]] = {}
    gone = {n for _, _, n in missing}
    lower_words: set[str] | None = None
    for name in dict.fromkeys(n for _, _, n in found if n not in gone):
        mentions = [s for s in found if s[2] == name]
        if len(mentions) < 2:
            continue
        # written in lower case in the output, it is a common noun there, which English may share
        # ("Champion Olympique et Champion du Monde" -> "Olympic and World champion")
        if re.fullmatch(r"[\w-]+", name):
            lower_words = set(re.findall(r"[\w-]+", tgt)) if lower_words is None else lower_words
            common = name.lower() in lower_words
        else:
            common = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", tgt) is not None
        if not common:
            kept = occurrences(name, tgt, lang)
            if mentions[max(1, kept) :]:
                lost += mentions[max(1, kept) :]
                counts[name] = (len(mentions), kept)
    return lost, counts


def check_names(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A proper name, acronym or code of the source missing from the output: critical
    when a correct translation keeps it, a note when it is also a French word that a
    translation may translate ("Terre" -> "Earth")."""
    words, src = words_of(tgt), strip_contacts(src)
    found = names(src, lang=lang)
    missing = [
        s
        for s in found
        if not name_found(s[2], tgt, words, lang, spelt_out=not _glossed(src, s))
        and not compound_kept(src[s[0] : s[1]], tgt)  # "U-Boot" -> "U-boats"
        and not _currency_qualifier(src, s, tgt, lang)  # "dollars US" -> "$"
    ]
    missing = [s for s in missing if not _initial_kept(src, s, tgt, [f for f in found if f not in missing])]
    repeats, mentions = _repeats_lost(found, missing, tgt, lang)
    missing = sorted(missing + repeats)
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
    if unsure and added_names(src, tgt, lang):  # the output names what the source does not: a swap
        sure, unsure = sure + unsure, []
    flags = []
    if sure:
        flags.append(flag("name_missing", _missing_detail(labels(sure), mentions)))
    if unsure:
        detail = _missing_detail(labels(unsure), mentions)
        flags.append(flag("name_missing", f"{detail} (a {profile(lang).name} word: it may be translated)", NOTE))
    return flags


def _missing_detail(names: list[str], mentions: dict[str, tuple[int, int]]) -> str:
    """ "'A', 'B' not in output", and for a name the output writes fewer times than the source,
    how many times each writes it."""
    gone = [n for n in names if n not in mentions]
    fewer = [f"{n!r} {mentions[n][0]} times in the source, {mentions[n][1]} in output" for n in names if n in mentions]
    return "; ".join(([", ".join(map(repr, gone)) + " not in output"] if gone else []) + fewer)
