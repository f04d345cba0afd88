"""Names the output adds: a name the English writes that has no counterpart in the source (not as
written, not as a known translation, not spelt alike, not the place of an adjective), where a
faithful translation names only what its source names. A swapped name is one missing and one
added ("Born in Hong Kong, Ma studied" -> "Born in Hong Kong, Armenia studied").

The one rule for it, ``added_names``, reads the source by its script: a source in Latin letters
word by word (``latin_script``: CLDR's script of the language), one whose profile romanises its script by the consonants
of its words (``transliteration``); any other source has none. The ``name_added`` note and the
names check's swap (``names.check_names``) both ask it."""

from __future__ import annotations

import re

from summarise.quality.flags import NOTE, Flag, flag, fold
from summarise.quality.namefind import WORD_RE, names
from summarise.quality.namematch import NAME_PREFIX, common_prefix, demonym_in, spelt_alike, translations, words_of
from summarise.quality.nametables import (
    DAY_NAMES,
    EN_MONTHS,
    cldr_names,
    english_country_names,
    latin_script,
    zipf,
)
from summarise.quality.transliteration import maybe_same_name
from summarise.text.languages import profile

# A capitalised English word this much more frequent in English than in the source language is an
# English word (a title or an institution noun: "Act", "President", "Law"; a demonym: "Irish"),
# which translates a word of the source; a name is written about as often in both ("Internet",
# "Mussolini"). One rare in both is a name whatever the margin ("Hesperonychus", "Vernazza").
ENGLISH_WORD_MARGIN = 1.0
MIN_ENGLISH_WORD = 3.0
# ...and one this frequent in English is mostly a common word there, capitalised in a name or a
# title ("Office", "Moon", "Black Sea", "Combat Trafficking"), whatever the source language.
COMMON_ENGLISH_WORD = 4.0
# Source n-grams looked up as a whole among the known translations ("Nueva Zelanda").
MAX_NGRAM = 3


def _english_word(name: str, lang: str) -> bool:
    """Frequent in English (or markedly more so than in the source language), and no CLDR name of
    a country or territory (English spells "Zambia", French "Zambie")."""
    here = zipf(name.lower(), "en")
    frequent = here >= COMMON_ENGLISH_WORD or (
        here >= MIN_ENGLISH_WORD and here - zipf(fold(name), lang) >= ENGLISH_WORD_MARGIN
    )
    return frequent and fold(name) not in english_country_names()


def _source_words(src: str) -> tuple[list[str], set[str]]:
    """The source's folded words in order, and as a set with the parts of hyphenated and elided
    words ("Port-d'Espagne": port, espagne)."""
    tokens = [fold(w) for w in WORD_RE.findall(src.replace("’", "'"))]
    tokens = [re.sub(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'", "", t) for t in tokens]
    return tokens, set(tokens) | {p for t in tokens for p in re.split(r"[-']", t) if p}


def _english_of(tokens: list[str], words: set[str], lang: str) -> set[str]:
    """Every English word of the known translations of the source's words and of its runs of up
    to three words ("Nueva Zelanda")."""
    english: set[str] = set()
    grams = {" ".join(tokens[i : i + n]) for n in range(2, MAX_NGRAM + 1) for i in range(len(tokens) - n + 1)}
    for gram in grams | words:
        for form in translations(gram, lang):
            english.add(form)
            english |= set(re.findall(r"[a-z0-9]+", form))
    return english


def _as_written(name: str, words: set[str]) -> bool:
    key = fold(re.sub(r"['’]s$", "", name))
    bare = key[:-1] if key.endswith("s") else key
    return bool({key, bare, key + "s"} & words) or any(part in words for part in key.split("-"))


def _counterpart(name: str, words: set[str], english: set[str]) -> bool:
    key = fold(re.sub(r"['’]s$", "", name))
    bare = key[:-1] if key.endswith("s") else key
    if {key, bare, key + "s"} & (words | english):
        return True
    if any(part in words or part in english for part in key.split("-")):
        return True
    if any(spelt_alike(key, w) or len(common_prefix(key, w)) >= NAME_PREFIX for w in words if len(w) >= 3):
        return True  # "Pakistani" ~ "pakistanaise", "Seville" ~ "Sevilla", "Caribbean" ~ "caribéennes"
    if any(demonym_in(form, key) for form in words | english if len(form) >= 4):
        return True  # "Kenyan" <- "Kenya"
    frame = _consonants(key)  # "Andean" ~ "andine": the adjective's stem, its vowels changed
    return len(frame) >= MIN_FRAME and any(_consonants(re.sub(r"(?:es|s|e|a|as|os)$", "", w)) == frame for w in words)


# The consonants of a word, doubled letters once: a place's adjective keeps them across languages.
MIN_FRAME = 3


def _consonants(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def added_names(src: str, tgt: str, lang: str = "fr") -> list[str]:
    """The names of the English output that the source does not name in any form, nor translate
    from a word of its own: for a source in Latin letters, each name of the output compared with
    the source's words (``_added_to_latin``); for one in a script its profile romanises, each run
    of capitalised words compared by consonants (``_added_to_romanised``); none for any other."""
    if latin_script(lang):
        return _added_to_latin(src, tgt, lang)
    if profile(lang).romanisation:
        return _added_to_romanised(src, tgt, lang)
    return []


def _added_to_latin(src: str, tgt: str, lang: str) -> list[str]:
    """The names of the English output (capitalised inside a sentence; no acronym or code, which
    may be the English's own) none of which the source has as written, as a known translation,
    spelt alike or as the place of an adjective, and which are no common English word."""
    tokens, words = _source_words(src)
    candidates = [
        name
        for _, _, name in names(tgt, starts=False, lang="en")
        # an acronym or a code may be the English's own (IRM -> MRI, "39 °C" -> 39C)
        if not (name.isupper() or any(c.isdigit() for c in name) or _as_written(name, words))
    ]
    candidates = [name for name in dict.fromkeys(candidates) if not _english_word(name, lang)]
    if not candidates:
        return []
    english = _english_of(tokens, words, lang)
    return [name for name in candidates if not _counterpart(name, words, english)]


def check_added_names(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A note for the names the output writes that its source does not (see ``added_names``), for a
    source in Latin letters: the note was measured there (benchmarks/README, ``name_added``); for
    another script the rule only makes a missing acronym's swap critical (``names.check_names``)."""
    if not latin_script(lang):
        return []
    added = added_names(src, tgt, lang)
    return [flag("name_added", ", ".join(map(repr, added)) + " not in source", NOTE)] if added else []


# A run of capitalised words, "of" and "the" joining them ("Stanford University", "University of
# Harvard"); inside a sentence when a word or a comma is before it (or before its bracket), not a
# full stop, colon or quote that may open a sentence or a title.
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Za-z]+)*"
_RUN_RE = re.compile(rf"(?<![\w-]){_CAPITALISED}(?: (?:of |the |of the )?{_CAPITALISED})*")
_INSIDE_RE = re.compile(r"[\w,;] \(?$")


def _added_to_romanised(src: str, tgt: str, lang: str) -> list[str]:
    """The names of ``tgt`` (runs of capitalised words inside a sentence; no acronym, month or
    day) none of whose words the source has in any form: as written, as CLDR's English of one of
    its words, or by the consonants of a word in its other script (``transliteration``); a
    common noun of a name ("University") goes with the name ("Stanford"). For a source whose
    profile romanises its script (every word of it then compared)."""
    written = words_of(src)
    cldr = cldr_names(lang)
    src_words = [fold(w) for w in re.findall(r"[^\W\d_]+", src) if not w.isascii()]
    english = {e for w in src_words for name in cldr.get(w, ()) for e in name.split()}
    found = []
    for m in _RUN_RE.finditer(tgt):
        if not _INSIDE_RE.search(tgt[max(0, m.start() - 3) : m.start()]):
            continue
        parts = [p for p in re.findall(r"[a-z]+", fold(m.group())) if p not in ("of", "the")]
        if any(p in EN_MONTHS or p in DAY_NAMES for p in parts):
            continue
        if not any(p in written or p in english or any(maybe_same_name(w, p, lang) for w in src_words) for p in parts):
            found.append(m.group())
    return found
