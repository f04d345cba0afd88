"""Slips in writing a number: a misspelt number word in the source, a group of thousands set
apart by a space in the output.

A misspelt number word: a source word one letter away from one of its language's number words,
and that the language itself hardly knows, is read as that number word with a typing slip ("بعد
أريع سنوات", ي typed for ب: four years later; French "quatte heures", Spanish "cuatr horas").

The number check reads such a word only to excuse the output's number ("Four years later"),
never to demand one, and only for a number the output would otherwise add. A slip is one letter
replaced, dropped, added, or two neighbours swapped; the word it yields must be a number word of
the language (the Arabic table, text2num) far more frequent than the word as written (wordfreq):
a rare word of the language one letter from a number word ("circo" and "cinco") stays itself.

A group of thousands set apart: a system that writes its output in tokens may leave a space after
the separator ("(300, 948 square miles)" for "300،948 ميل مربع"); the two parts are the source's
one number when together they are it and the second part alone is none of the source's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summarise.quality.flags import LETTERS_RE, unvowelled
from summarise.quality.numwords import reads_number_words
from summarise.quality.numwords_arabic import arabic_word_value
from summarise.text.languages import zipf

# The slip's word must be this many Zipf points more frequent than the word as written (a
# thousand times), and the word at least this many letters long: a short word is one letter away
# from too many others ("ست", six; "dos").
FREQUENCY_GAP = 3.0
MIN_LETTERS = 4
_ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzáàâäçéèêëíìîïñóòôöúùûüœ"
# What an Arabic word may carry before a number word: a conjunction, a preposition, the article.
AR_PROCLITICS_RE = re.compile(r"^[وفبلك]?(?:ال|لل)?")


def _slips(word: str, letters: str) -> set[str]:
    """The words one typing slip away from ``word``: a letter replaced, dropped, added, or two
    neighbours swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in cuts if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    found |= {a + c + b[1:] for a, b in cuts if b for c in letters}
    found |= {a + c + b for a, b in cuts for c in letters}
    found.discard(word)
    return found


def _one_slip(word: str, other: str) -> bool:
    """Whether ``other`` is one typing slip from ``word`` (as ``_slips`` makes them, its letters
    aside): a letter replaced, dropped, added, or two neighbours swapped."""
    if len(other) == len(word):
        apart = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
        if len(apart) == 1:
            return True
        i, j = apart if len(apart) == 2 else (0, 0)
        return j == i + 1 and word[i] == other[j] and word[j] == other[i]
    shorter, longer = (word, other) if len(word) < len(other) else (other, word)
    if len(longer) != len(shorter) + 1:
        return False
    i = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    return shorter[i:] == longer[i + 1 :]


def _value(word: str, lang: str) -> int | None:
    """The number ``word`` says in ``lang`` (the Arabic table, text2num), or None."""
    if lang == "ar":
        return arabic_word_value(word)
    try:
        return _text2num()(word, lang)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _text2num() -> Callable[[str, str], int]:
    """text2num, imported once (an import in ``_value`` cost more than the reading)."""
    from text_to_num import text2num

    return text2num


def _letters(lang: str) -> str:
    """The letters a slip may put in a word of ``lang``."""
    return _ARABIC_LETTERS if lang == "ar" else _LATIN_LETTERS


# wordfreq drops the tatweel (a letter's stretch) from the words it counts: a word that holds
# one is not a word of its list as written, and no number word of the Arabic table holds one.
_TATWEEL = "\u0640"


@lru_cache(maxsize=64)
def _plain_letters(lang: str) -> frozenset[str]:
    """The letters a word written in them alone is counted by wordfreq as written (no case to
    fold, no mark to drop, one token)."""
    return frozenset(_letters(lang)) - {_TATWEEL}


@lru_cache(maxsize=64)
def _number_words(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` a slip can lead to: the number words (the Arabic table, text2num)
    among wordfreq's words of ``lang`` at least ``FREQUENCY_GAP`` Zipf frequent (the least a
    slip's word must be) and written in plain letters (``_plain_letters``), of
    ``MIN_LETTERS`` - 1 letters or more. Read once per language: the words within a slip of
    a word are these, not the thousands of slips of each word read through text2num."""
    from wordfreq import get_frequency_list

    plain = _plain_letters(lang)
    try:
        buckets = get_frequency_list(lang, "best")
    except (LookupError, ValueError):
        return ()
    # wordfreq's buckets are a centibel each, the commonest first: Zipf 9 - index / 100; a margin
    # of a bucket or two keeps every word its rounding may place at FREQUENCY_GAP
    frequent = (w for bucket in buckets[: int((9 - FREQUENCY_GAP) * 100) + 3] for w in bucket)
    return tuple(
        w for w in frequent if len(w) >= MIN_LETTERS - 1 and plain.issuperset(w) and _value(w, lang) is not None
    )


def _slip_words(word: str, lang: str) -> set[str]:
    """The number words of ``lang`` one slip away from ``word``: those of ``_number_words``
    when ``word`` is written in plain letters (every slip of it is then a word wordfreq counts as
    written, and a slip no more frequent than ``FREQUENCY_GAP`` is never read); every slip of it
    read through text2num otherwise."""
    if _plain_letters(lang).issuperset(word):
        return {w for w in _number_words(lang) if abs(len(w) - len(word)) <= 1 and _one_slip(word, w)}
    return {slip for slip in _slips(word, _letters(lang)) if _value(slip, lang) is not None}


@lru_cache(maxsize=4096)
def misspelt_value(word: str, lang: str) -> int | None:
    """The number a misspelt number word of ``lang`` stands for, or None (see the module)."""
    if len(word) < MIN_LETTERS or _value(word, lang) is not None:
        return None
    floor = zipf(word, lang) + FREQUENCY_GAP
    values = {
        value
        for slip in _slip_words(word, lang)
        if zipf(slip, lang) >= floor and (value := _value(slip, lang)) is not None
    }
    return values.pop() if len(values) == 1 else None  # a slip of two number words says neither


def misspelt_numbers(text: str, lang: str) -> frozenset[str]:
    """The value keys of the misspelt number words of ``text`` (a source, in ``lang``); none in
    English (the output's) nor in a language whose number words are not read. A capitalised word
    of a Latin script may be a name, and is left as it is."""
    if lang in ("en", "any") or not reads_number_words(lang):
        return frozenset()
    if lang == "ar":  # read without vowel marks ("والثّانية" is one word) and each word less its proclitics
        words = (w for w in LETTERS_RE.findall(unvowelled(text)) if len(AR_PROCLITICS_RE.sub("", w)) >= MIN_LETTERS)
    else:
        words = (w for w in LETTERS_RE.findall(text) if w.islower())
    return frozenset(str(v) for w in words if (v := misspelt_value(w, lang)) is not None)


SPACED_GROUP_RE = re.compile(r"(?<![\d.,])(\d{1,3}), (\d{3})(?![\d]|[.,]\d)")


def joined_groups(tgt: str, source_keys: set[str]) -> str:
    """``tgt`` with each group of thousands set apart by a space joined to its number where the
    source states the whole number and not the group alone ("300, 948" -> "300,948")."""
    if ", " not in tgt:
        return tgt
    return SPACED_GROUP_RE.sub(
        lambda m: (
            m.group(1) + "," + m.group(2)
            if str(int(m.group(1) + m.group(2))) in source_keys and str(int(m.group(2))) not in source_keys
            else m.group()
        ),
        tgt,
    )
