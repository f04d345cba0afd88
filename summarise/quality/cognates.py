"""Which content words of a source sentence have a counterpart in its English, by spelling alone:
French and Spanish share most of their learned vocabulary with English, written alike once
accents are folded and a few regular correspondences are undone ("université" / "university",
"información" / "information", "état" / "state"). No lexicon and no model: a word has a
counterpart when an English word of the output

* is one of its forms: the word, without its plural's "s", with an ending of the language's
  ``cognate_endings`` written the English way ("-ité" -> "-ity", "-ción" -> "-tion", "-ique"
  -> "-ic"), or with a beginning of ``cognate_beginnings`` before a consonant ("es-" -> "s-");
* shares its first ``PREFIX`` letters and at least ``PREFIX_SHARE`` of the shorter word
  ("neutre" / "neutral"), or is alike at ``SIMILARITY`` (difflib's ratio: "parc" / "park"),
  starting with the same letter;
* or is the English of a place or language CLDR names ("Allemagne" = Germany).

Many words have none (French "trou" is "hole"), so only the words English has a cognate for
count (``english_cognate``), and only among the rarer words of the language: a word whose
English cognate is far rarer than it ("voyage"; a translation writes "trip") is not weighed.
Arabic shares no spelling with English: the omission check does not use this signal there.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from os.path import commonprefix
from typing import NamedTuple

from summarise.quality.flags import fold
from summarise.quality.nametables import cldr_names, commonest, zipf
from summarise.text.languages import ascii_digits, profile

# A content word has at least this many letters, is no stop word of the language's profile and
# is rarer than FREQUENT (wordfreq's Zipf scale: "vous", "después", "toujours" are above): the
# most frequent words are a language's grammar and everyday words, which a translation renders
# by idiom rather than by a cognate.
MIN_LETTERS = 4
FREQUENT = 5.5
# A word is weighed only when English has a cognate of it: a word of at least COGNATE_LETTERS
# letters spelt as one of its cognate spellings, at least this common in English.
COGNATE_LETTERS = 5
ENGLISH_ZIPF = 3.0
# ... and no rarer in English than the word is in its language by more than this (Zipf): a
# cognate English rarely uses is not what a translation writes ("voyage": "trip", "travel";
# "début": "start").
RARER_IN_ENGLISH = 0.5
# Or English has a word as common that starts with the same stem, all but the last STEM_CHANGE
# letters of one of its spellings (and more than PREFIX), and is at most STEM_CHANGE + 1
# letters longer ("dominio" / "dominion", "indígena" / "indigenous"); ENGLISH_WORDS: how many
# of wordfreq's commonest English words are looked at.
STEM_CHANGE = 1
ENGLISH_WORDS = 50000
# Two words are cognates when they share this many first letters and this share of the shorter
# one, or are alike at SIMILARITY (same first letter, lengths within MAX_LENGTH_GAP).
PREFIX = 4
PREFIX_SHARE = 0.6
SIMILARITY = 0.75
MAX_LENGTH_GAP = 3
# English inflections dropped to find a word's stem ("occupied" -> "occupi").
_ENGLISH_ENDINGS = ("ing", "ed", "es", "s", "ly")
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class Word(NamedTuple):
    """A content word of the source: as written, where it starts, and whether the output has a
    counterpart for it."""

    text: str
    start: int
    covered: bool


@lru_cache(maxsize=1 << 15)
def source_keys(word: str, lang: str, beginnings: bool = True) -> frozenset[str]:
    """The spellings an English cognate of ``word`` (folded) may have; without ``beginnings``,
    only those of its ending (a changed beginning is less sure: "étranger" is "foreign", not
    "stranger")."""
    lp = profile(lang)
    keys = {word}
    if word.endswith(("s", "x")) and len(word) > MIN_LETTERS:
        keys.add(word[:-1])
        if word.endswith("es") and len(word) > MIN_LETTERS + 1:
            keys.add(word[:-2])  # "universidades", "ciudades"
    for key in list(keys):
        for src, en in lp.cognate_endings:
            if key.endswith(src) and len(key) - len(src) >= 3:
                keys.add(key[: len(key) - len(src)] + en)
                break
    if not beginnings:
        return frozenset(keys)
    for key in list(keys):
        for src, en in lp.cognate_beginnings:
            if key.startswith(src) and len(key) > len(src) + 2 and key[len(src)] not in _VOWELS:
                keys.add(en + key[len(src) :])
    return frozenset(keys)


@lru_cache(maxsize=1 << 15)
def english_cognate(key: str, lang: str) -> bool:
    """Whether English has a word spelt as one of ``key``'s cognate spellings, common enough
    (ENGLISH_ZIPF, RARER_IN_ENGLISH) that a translation would use it: "institution", "university" ("université"),
    not "trous" or "joueurs", whose English is another word."""
    if len(key) < COGNATE_LETTERS:
        return False
    floor = max(ENGLISH_ZIPF, zipf(key, lang) - RARER_IN_ENGLISH)
    keys = source_keys(key, lang, beginnings=False)
    if any(zipf(k, "en") >= floor for k in keys):
        return True
    for k in keys:  # the same stem: "dominio" / "dominion", "indígena" / "indigenous"
        stem = max(PREFIX + 1, len(k) - STEM_CHANGE)
        near = _english_words().get(k[:PREFIX], ())
        if any(w.startswith(k[:stem]) and len(w) <= len(k) + STEM_CHANGE + 1 and f >= floor for w, f in near):
            return True
    return False


@cache
def _english_words() -> dict[str, tuple[tuple[str, float], ...]]:
    """wordfreq's commonest English words (Zipf ENGLISH_ZIPF and over), folded, with their
    frequency, by their first PREFIX letters."""
    found: dict[str, list[tuple[str, float]]] = {}
    for word, f in commonest("en", ENGLISH_WORDS, ENGLISH_ZIPF):
        if len(word) >= PREFIX + 1 and word.isalpha():
            found.setdefault(fold(word)[:PREFIX], []).append((fold(word), f))
    return {k: tuple(v) for k, v in found.items()}


def _english_forms(word: str) -> set[str]:
    forms = {word}
    for ending in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.add(word[: -len(ending)])
    return forms


class Output(NamedTuple):
    """An output's words, folded, with their stems; and by first letter, for the near matches."""

    forms: frozenset[str]
    by_initial: dict[str, tuple[str, ...]]


@lru_cache(maxsize=256)
def output_words(tgt: str) -> Output:
    forms: set[str] = set()
    for word in _WORD.findall(tgt):
        key = fold(word)
        if len(key) >= 3:
            forms |= _english_forms(key)
    by_initial: dict[str, list[str]] = {}
    for form in forms:
        by_initial.setdefault(form[0], []).append(form)
    return Output(frozenset(forms), {k: tuple(v) for k, v in by_initial.items()})


def _alike(key: str, form: str) -> bool:
    shared = len(commonprefix([key, form]))
    if shared >= PREFIX and shared >= PREFIX_SHARE * min(len(key), len(form)):
        return True
    return abs(len(key) - len(form)) <= MAX_LENGTH_GAP and SequenceMatcher(None, key, form).ratio() >= SIMILARITY


def has_counterpart(word: str, lang: str, out: Output) -> bool:
    """Whether the output has a cognate of ``word`` (as written in the source), or the English
    of a place or language CLDR names."""
    key = fold(word)
    keys = source_keys(key, lang)
    if keys & out.forms:
        return True
    english = cldr_names(lang).get(key)
    if english and any(fold(w) in out.forms for name in english for w in name.split()):
        return True
    return any(_alike(k, form) for k in keys for form in out.by_initial.get(k[:1], ()))


def content_words(src: str, lang: str) -> list[tuple[str, int]]:
    """(word, offset) of each content word of the source: MIN_LETTERS letters or more, not a
    short stop word."""
    stop = profile(lang).stopwords
    found = []
    for m in _WORD.finditer(ascii_digits(src)):
        word, start = m.group(), m.start()
        elided = re.match(r"[^\W\d_]{1,2}['’]", word)  # "l'Allemagne", "qu'elle"
        if elided:
            word, start = word[elided.end() :], start + elided.end()
        key = fold(word)
        if len(key) < MIN_LETTERS or key in stop or zipf(word.lower(), lang) >= FREQUENT:
            continue
        if not english_cognate(key, lang):
            continue
        found.append((word, start))
    return found


def coverage(src: str, tgt: str, lang: str) -> list[Word]:
    """The source's content words, each with whether the output has a counterpart for it (a
    word of a name of several words CLDR has, "Estados Unidos", by the name's English)."""
    out = output_words(tgt)
    named = _named_words(src, lang, out)
    return [
        Word(word, start, start in named or has_counterpart(word, lang, out))
        for word, start in content_words(src, lang)
    ]


def _named_words(src: str, lang: str, out: Output) -> set[int]:
    """Where the words of a place or language of several words CLDR names start, when the
    output has one of the words of its English name."""
    names = cldr_names(lang)
    words = [(m.start(), fold(m.group())) for m in _WORD.finditer(src)]
    found: set[int] = set()
    for n in (3, 2):
        for k in range(len(words) - n + 1):
            english = names.get(" ".join(w for _, w in words[k : k + n]))
            if english and any(fold(w) in out.forms for name in english for w in name.split()):
                found |= {start for start, _ in words[k : k + n]}
    return found
