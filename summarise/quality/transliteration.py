"""Whether a word in another script and an English word are the same name: a name passed from
Arabic script into English keeps its consonant frame ("ستانفورد" / Stanford, "أوكلاند" /
Auckland, "موسوليني" / Mussolini).

Both words become skeletons of consonant classes:

* the source word by its language profile's ``romanisation``, letter by letter ("ث" t or s, "ذ"
  d or s, "ق" k or g, a final "ه" h or nothing; its vowels, hamza and ʿayn dropped), once as
  written and once without each stack of the profile's ``proclitics`` it starts with ("و", then
  "ب", "ل", "ك", then the article "ال": "وباريس" is also "باريس");
* the English word by its spelling: "sh", "th", "kh", "gh", "ph", "ch", "dh" as one sound, "c"
  as "s" before e, i, y and "k" elsewhere, "x" as "ks", p as b and v as f (Arabic has neither),
  j as g, q as k, z as s; vowels, w, y and a final h dropped ("Mohammed" / "محمد": m h m d).

Doubled letters count once. Two skeletons match when they are equal (``MIN_EXACT`` classes or
more), or, both of ``MIN_NEAR`` classes or more, one class apart: one changed, added or left out
("Purcell" b r s l / "بورسيل" b r s l; "Istanbul" s t n b l / "إسطنبول"). Each side's skeletons
are given as a set of keys (``source_keys``, ``english_keys``) so that the alignment finds them by
set intersection, as it finds its other anchors; ``same_name`` compares two words.

A different comparison from ``namematch``'s (Latin spellings of one name in two Latin-script
languages, vowels kept): across scripts only the consonants survive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

from summarise.quality.flags import fold
from summarise.text.languages import profile

# Skeletons this long match when equal; this long (both), one class apart.
MIN_EXACT = 3
MIN_NEAR = 4
# At most this many skeletons of one source word (its letters' alternatives multiply).
MAX_SKELETONS = 16

# English spellings of one consonant, longest first, and each letter's class ("" dropped).
_ENGLISH_GROUPS = (
    ("sch", "s"),
    ("tch", "ts"),
    ("sh", "s"),
    ("ch", "s|k|ts"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("dh", "d|s"),
    ("ck", "k"),
    ("qu", "k"),
    ("ce", "s"),
    ("ci", "s"),
    ("cy", "s"),
    ("x", "ks"),
)
_ENGLISH_LETTERS = {"c": "k", "p": "b", "v": "f", "j": "g", "q": "k", "z": "s"}
_ENGLISH_DROPPED = frozenset("aeiouwy")
_ENGLISH_GROUP_RE = re.compile("|".join(g for g, _ in _ENGLISH_GROUPS))
_ENGLISH_CLASS = dict(_ENGLISH_GROUPS)
# An "h" after a vowel and before a consonant may be silent ("Johnson", "Utah"), or the Arabic
# "ح" ("Bahrain", "Ahmed"): marked "H", it is both.
_SILENT_H_RE = re.compile(r"(?<=[aeiou])h(?![aeiou])")


def _squeeze(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


@lru_cache(maxsize=1 << 14)
def english_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons of an English word (its letters, folded)."""
    key = re.sub(r"[^a-z]", "", fold(word))
    key = re.sub(r"(?<=[aeiou])h$", "", key)  # "Fallujah", "Aisha"
    key = _SILENT_H_RE.sub("H", key)
    pieces: list[tuple[str, ...]] = []
    pos = 0
    for m in _ENGLISH_GROUP_RE.finditer(key):
        pieces += [_english_letter(c) for c in key[pos : m.start()]]
        pieces.append(tuple(_ENGLISH_CLASS[m.group()].split("|")))  # "ce": s, its vowel dropped as any
        pos = m.end()
    pieces += [_english_letter(c) for c in key[pos:]]
    return frozenset(_squeeze("".join(p)) for p in product(*pieces))


def _english_letter(c: str) -> tuple[str, ...]:
    if c == "H":
        return ("h", "")
    return ("",) if c in _ENGLISH_DROPPED else (_ENGLISH_LETTERS.get(c, c),)


@lru_cache(maxsize=1 << 15)
def source_skeletons(word: str, lang: str) -> frozenset[str]:
    """The consonant skeletons of a word of a language with a ``romanisation`` (empty for any
    other), as written and without the proclitics it starts with."""
    lp = profile(lang)
    table = lp.romanisation
    if not table:
        return frozenset()
    key = fold(word)
    found: set[str] = set()
    for stem in _stems(key, lp.proclitics):
        letters = [table.get(c, ("",)) for c in stem if c.isalpha()]
        if len(stem) > 1 and stem[-1] == "ه" and "" not in letters[-1]:
            letters[-1] = (*letters[-1], "")
        found |= {_squeeze("".join(combo)) for combo in islice(product(*letters), MAX_SKELETONS)}
    return frozenset(found)


def _stems(key: str, layers: tuple[tuple[str, ...], ...]) -> list[str]:
    """``key`` and ``key`` without each stack of prefixes it starts with (each layer at most
    once, in order), keeping 2 letters at least."""
    stems = [key]
    for layer in layers:
        for stem in list(stems):
            for prefix in layer:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 2:
                    stems.append(stem[len(prefix) :])
    return list(dict.fromkeys(stems))


def _keys(skeletons: frozenset[str], exact: str, near: str) -> frozenset[str]:
    """Set keys of skeletons: ``exact`` + each skeleton, ``near`` + each skeleton with one class
    left out, and "@i" + it left out at i (the same at i on both sides: one class changed)."""
    keys = set()
    for s in skeletons:
        if len(s) >= MIN_EXACT:
            keys.add("~" + s)
        if len(s) >= MIN_NEAR:
            keys.add(exact + s)
            for i in range(len(s)):
                left_out = s[:i] + s[i + 1 :]
                keys.add(near + left_out)
                keys.add(f"@{i}" + left_out)
    return frozenset(keys)


# A source skeleton with one class left out is "<" + it; an English one is ">" + it; an English
# skeleton is also "<" + itself, a source one ">" + itself: one class more on either side.
@lru_cache(maxsize=1 << 15)
def source_keys(word: str, lang: str) -> frozenset[str]:
    """The keys by which ``english_keys`` finds a word of the source as a name (empty for a
    language with no ``romanisation``)."""
    return _keys(source_skeletons(word, lang), ">", "<")


@lru_cache(maxsize=1 << 14)
def english_keys(word: str) -> frozenset[str]:
    """The keys by which ``source_keys`` finds an English word as a name."""
    return _keys(english_skeletons(word), "<", ">")


def same_name(source_word: str, english_word: str, lang: str) -> bool:
    """Whether a word of the source (another script) and an English word are the same name."""
    return bool(source_keys(source_word, lang) & english_keys(english_word))


# Whether the source may hold a name at all (``maybe_same_name``): skeletons this long are alike
# when one holds the other and one class more ("إلينوي" l n / Illinois l n s), or, both one class
# longer, one class changed (two classes with one changed have one left in common: "rs" / "rn").
MIN_LOOSE = 2


def maybe_same_name(source_word: str, english_word: str, lang: str) -> bool:
    """A looser ``same_name`` (see MIN_LOOSE). What says that an English name may come from the
    source, never that it does."""
    return any(
        _one_apart(a, b)
        for a in source_skeletons(source_word, lang)
        for b in english_skeletons(english_word)
        if min(len(a), len(b)) >= MIN_LOOSE
    )


def _one_apart(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b):
        return len(a) > MIN_LOOSE and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
