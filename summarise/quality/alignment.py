"""What of the source the output has: the anchors that cross languages unchanged, and the
source's words aligned to the output's through them.

* ``source_anchors``: numbers, names in Latin letters, words with a cognate in the output (the
  same first letters once accents are folded: "información" / "information") and CLDR's English
  names of places and languages (``الصين`` = China, ``والإيطالية`` = Italian); ``anchor_found``
  says whether the output has one. ``name_anchors``: the rare words of another script, found in
  the output by their consonants (``transliteration``: "ستانفورد" / Stanford); they align words,
  and only a match counts (``name_coverage`` weighs a stretch of an Arabic source by them).
* ``aligned``: source words linked one to one to output words by an anchor only they share, in
  the same order on both sides (the longest such chain: a translation keeps its source's order
  in the main, and a word moved elsewhere is left out).
* ``gaps``: the stretches of the source between two aligned words (or the sentence's start or
  end), with the letters the output has between the same two words; ``stretch_lost``: whether
  none of a stretch's words, names and numbers has a counterpart anywhere in the output.
* ``item_passed_over``: an inner item of a list of the source (``structure.lists``) whose
  aligned neighbours are next to each other in the output, nothing but joints between them
  (words of at most JOINT_LETTERS letters: "and", "or", "the"), and none of whose anchors or
  cognate-bearing words the output has anywhere.
* ``list_joints_lost``: a list of the source whose first and last items align in the output, with
  fewer joints (commas, "and", "or", "nor") between them there than the list has: an item gone
  ("A and C" for "A, B et C"), when an inner item's names and numbers, or STRETCH_WORDS of its
  cognate words, are nowhere in the output (Arabic: the count alone, unless the item's names are
  there).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from summarise.quality.cognates import MIN_LETTERS, Word, coverage
from summarise.quality.flags import fold
from summarise.quality.nametables import LATIN_SCRIPT_LANGS, cldr_names, zipf
from summarise.quality.numbers import numbers
from summarise.quality.structure import List, commas, lists
from summarise.quality.transliteration import english_keys, source_keys
from summarise.text.languages import ascii_digits, profile

# A cognate: the same first letters, this many, or letters alike at COGNATE_SIMILARITY
# ("fontaine" / "fountain").
COGNATE_PREFIX = 4
COGNATE_SIMILARITY = 0.7
# A word of another script rarer than this (wordfreq's Zipf scale) may be a name, found in the
# English by its consonants (``transliteration``): "ستانفورد" / Stanford.
FREQUENT_NAME = 5.5
# A stop word this long ("rapport", "exportations") still anchors a clause: stop-word lists
# hold frequent content words too.
LONG_STOPWORD = 6


def source_anchors(clause: str, lang: str, names_only: bool = False) -> list[tuple[str, set[str]]]:
    """(anchor as written, the forms that find it in the output) of one source clause; with
    ``names_only``, numbers, names (capitalised, not first) and CLDR places and languages
    alone, not cognates of common words."""
    found = []
    for written, keys in numbers(clause, lang):
        found.append((written, {"#" + k for k in keys}))
    lp = profile(lang)
    stop = lp.stopwords
    latin = lang in LATIN_SCRIPT_LANGS
    names = cldr_names(lang)
    all_words = re.findall(r"[^\W\d_]+", ascii_digits(clause))
    folded = [fold(word) for word in all_words]
    named: set[int] = set()  # the words of a name of several words CLDR has ("Estados Unidos")
    for n in (3, 2):
        for k in range(len(all_words) - n + 1):
            english = names.get(" ".join(folded[k : k + n]))
            if english and not named & set(range(k, k + n)):
                found.append((" ".join(all_words[k : k + n]), _english_forms(english)))
                named |= set(range(k, k + n))
    for k, (word, key) in enumerate(zip(all_words, folded)):
        if k in named:
            continue
        # A capitalised word is a name only where the language writes its nouns in lower case.
        if names_only and key.isascii() and (lp.capitalises_nouns or not word[0].isupper()) and key not in names:
            continue
        if not key.isascii():  # another script: a place or language CLDR names in English
            english = names.get(key) or names.get(_unprefixed(key, lang), ())
            if english:
                found.append((word, _english_forms(english)))
            continue
        stop_word = key in stop and len(key) < LONG_STOPWORD
        if stop_word or len(key) < 4 or (not latin and not word[0].isupper()):
            continue
        if not latin or word[0].isupper() or len(key) >= 5:
            forms = {key[:COGNATE_PREFIX]} | {e for e in names.get(key, ()) for e in e.split()}
            found.append((word, forms))
    return found


def name_anchors(clause: str, lang: str) -> list[tuple[str, set[str]]]:
    """The words of another script in ``clause`` that may be names (no stop word, rarer than
    FREQUENT_NAME, no place or language CLDR names), with the keys that find them in the output by
    their consonants (``transliteration``): "ستانفورد" is Stanford. Most such words are no name,
    so one the output lacks says nothing; one it has aligns a word (``aligned``)."""
    stop, names = profile(lang).stopwords, cldr_names(lang)
    found = []
    for word in re.findall(r"[^\W\d_]+", clause):
        key = fold(word)
        if key.isascii() or key in stop or names.get(key) or names.get(_unprefixed(key, lang)):
            continue
        keys = source_keys(key, lang)
        if keys and zipf(key, lang) < FREQUENT_NAME:
            found.append((word, set(keys)))
    return found


def name_coverage(src: str, tgt: str, lang: str) -> list[Word]:
    """The words of another script in the source (no stop word, MIN_LETTERS letters or more), each
    with whether the output has a capitalised word of its consonants: what ``stretch_lost`` weighs
    for a source that shares no cognates with English."""
    forms, _ = output_forms(tgt)
    stop = profile(lang).stopwords
    found = []
    for m in re.finditer(r"[^\W\d_]+", src):
        key = fold(m.group())
        if not key.isascii() and key not in stop and len(key) >= MIN_LETTERS:
            found.append(Word(m.group(), m.start(), bool(source_keys(key, lang) & forms)))
    return found


def _english_forms(names: tuple[str, ...]) -> set[str]:
    """The words of CLDR's English names and their first letters, as the output's words are
    found (COGNATE_PREFIX): "Iceland" is also "Icelandic", "world" "worldwide"."""
    words = {w for name in names for w in name.split()}
    return words | {w[:COGNATE_PREFIX] for w in words if len(w) >= COGNATE_PREFIX}


def _unprefixed(word: str, lang: str) -> str:
    """``word`` without a coordinator written joined to it (Arabic "وأوروبا")."""
    for prefix in profile(lang).coordinator_prefixes:
        if word.startswith(prefix):
            return word[len(prefix) :]
    return word


@lru_cache(maxsize=256)
def output_forms(tgt: str) -> tuple[frozenset[str], frozenset[str]]:
    found = re.findall(r"[^\W\d_]+", tgt)
    words = {fold(w) for w in found if len(w) >= 3}
    forms = {w[:COGNATE_PREFIX] for w in words} | words
    forms |= {k for w in found if w[0].isupper() for k in english_keys(w)}  # a name, by its consonants
    return frozenset(forms | {"#" + k for _, keys in numbers(tgt, "en") for k in keys}), frozenset(words)


def anchor_found(anchor: tuple[str, set[str]], forms: frozenset[str], words: frozenset[str]) -> bool:
    written, keys = anchor
    if keys & forms:
        return True
    key = fold(written)
    if not key.isascii():
        return False  # another script: nothing alike in English letters
    return any(_similar(key, w) for w in words if abs(len(w) - len(key)) <= 3)


# Between the aligned neighbours of a dropped item the output has only joints: words of at most
# this many letters ("and", "or", "the", commas).
JOINT_LETTERS = 3
# A stretch of the source needs this many cognate-bearing words, none in the output, to be lost
# (one word without a counterpart says little: a third of them have none in good translations).
STRETCH_WORDS = 2
_TOKEN = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*")


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def aligned(src: list[re.Match[str]], tgt: list[re.Match[str]], lang: str) -> list[tuple[int, int]]:
    """(source word, output word) pairs, in order on both sides: a source word with an anchor
    found in exactly one output word (``anchor_found``), and that output word found by no other;
    the longest chain of them in the same order on both sides."""
    return list(_chain(tuple(m.group() for m in src), tuple(t.group() for t in tgt), lang))


@lru_cache(maxsize=1024)
def _chain(src: tuple[str, ...], tgt: tuple[str, ...], lang: str) -> tuple[tuple[int, int], ...]:
    index: dict[str, set[int]] = {}  # each form of an output word: where it is
    spelt: list[tuple[int, str]] = []  # each output word, folded, for the letter comparisons
    for j, token in enumerate(tgt):
        if len(token) >= 2:
            forms, words = _token_forms(token)
            for form in forms:
                index.setdefault(form, set()).add(j)
            spelt += [(j, w) for w in words]
    links: list[tuple[int, int]] = []
    for i, word in enumerate(src):
        hits: set[int] = set()
        for key, keys in _word_anchors(word, lang):
            for form in keys & index.keys():
                hits |= index[form]
            if key and len(hits) < 2:
                hits |= {j for j, w in spelt if j not in hits and abs(len(w) - len(key)) <= 3 and _similar(key, w)}
            if len(hits) > 1:
                break
        if len(hits) == 1:
            links.append((i, hits.pop()))
    targets = [j for _, j in links]
    links = [(i, j) for i, j in links if targets.count(j) == 1]
    chains: list[list[tuple[int, int]]] = []
    for k, (i, j) in enumerate(links):
        before = max((chains[m] for m in range(k) if links[m][1] < j), key=len, default=[])
        chains.append([*before, (i, j)])
    longest: list[tuple[int, int]] = max(chains, key=len, default=[])
    return tuple(longest)


@lru_cache(maxsize=1 << 14)
def _word_anchors(word: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The anchors of one source word: (its folded spelling, for the letter comparisons, or ""
    in another script; the forms that find it)."""
    found = []
    for written, keys in source_anchors(word, lang) + name_anchors(word, lang):
        key = fold(written)
        found.append((key if key.isascii() else "", frozenset(keys)))
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def _token_forms(token: str) -> tuple[frozenset[str], frozenset[str]]:
    return output_forms.__wrapped__(token)


@lru_cache(maxsize=1 << 16)
def _similar(a: str, b: str) -> bool:
    """Two folded words alike in their letters (a cognate), remembered: ``anchor_found`` and the
    alignment ask about the same pairs again and again."""
    # SequenceMatcher.quick_ratio's bound (the letters the two share, with repeats), counted
    # without building the matcher: most pairs stop here
    shared = sum(min(a.count(c), b.count(c)) for c in set(a))
    if a and b and 2.0 * shared / (len(a) + len(b)) < COGNATE_SIMILARITY:
        return False
    return SequenceMatcher(None, a, b).ratio() >= COGNATE_SIMILARITY


class Gap(NamedTuple):
    """A stretch of the source between two aligned words: where it starts and ends, its letters,
    and the output's letters between the same two words."""

    start: int
    end: int
    letters: int
    kept: int


def gaps(src: str, tgt: str, lang: str) -> list[Gap]:
    """The stretches of the source between consecutive aligned words, the sentence's start and
    end counted as aligned."""
    s_tok, t_tok = list(_TOKEN.finditer(src)), list(_TOKEN.finditer(tgt))
    points = [(-1, -1), *aligned(s_tok, t_tok, lang), (len(s_tok), len(t_tok))]
    found = []
    for (i1, j1), (i2, j2) in zip(points, points[1:]):
        start = s_tok[i1].end() if i1 >= 0 else 0
        end = s_tok[i2].start() if i2 < len(s_tok) else len(src)
        kept = tgt[t_tok[j1].end() if j1 >= 0 else 0 : t_tok[j2].start() if j2 < len(t_tok) else len(tgt)]
        found.append(Gap(start, end, _letters(src[start:end]), _letters(kept)))
    return found


def stretch_lost(src: str, tgt: str, lang: str, start: int, end: int, words: list[Word]) -> bool:
    """Whether the stretch ``start:end`` of the source has STRETCH_WORDS cognate-bearing words
    (``words``: ``cognates.coverage`` of the source), none with a counterpart in the output, and
    no name or number the output has (a word of a number written with digits, "2,8 millions", is
    the number's)."""
    spans = [m.span() for written, _ in numbers(src, lang) for m in re.finditer(re.escape(written), src)]
    inside = [w for w in words if start <= w.start < end and not any(a <= w.start < b for a, b in spans)]
    if len(inside) < STRETCH_WORDS or any(w.covered for w in inside):
        return False
    forms, output = output_forms(tgt)
    return not any(anchor_found(a, forms, output) for a in source_anchors(src[start:end], lang, names_only=True))


def _read_lists(
    src: str, tgt: str, lang: str
) -> tuple[tuple[List, ...], list[re.Match[str]], list[re.Match[str]], list[tuple[int, int]], list[str]] | None:
    """The source's lists (``structure.lists``), both sides' tokens, their alignment
    (``aligned``) and the source's token texts; None when the source has no list."""
    found = lists(src, lang)
    if not found:
        return None
    s_tok, t_tok = list(_TOKEN.finditer(src)), list(_TOKEN.finditer(tgt))
    return found, s_tok, t_tok, aligned(s_tok, t_tok, lang), [m.group() for m in s_tok]


def item_passed_over(src: str, tgt: str, lang: str, cognates: bool = True) -> str | None:
    """An inner item of a list of the source whose aligned neighbours (the last aligned word
    before it, the first after it) have only joints between them in the output, with names,
    numbers, CLDR places or (a Latin-script source, ``cognates``) cognate-bearing words, none of
    them anywhere in the output (``_unanswered``)."""
    read = _read_lists(src, tgt, lang)
    if read is None:
        return None
    found, s_tok, t_tok, chain, texts = read
    for item in (item for f in found for item in f.items[1:-1]):
        at = _locate([m.group() for m in _TOKEN.finditer(item)], texts)
        if at is None:
            continue  # not found, or found twice: where the item is is unknown
        first, last = at
        before = [j for i, j in chain if i < first]
        after = [j for i, j in chain if i > last]
        if not before or not after or any(len(t.group()) > JOINT_LETTERS for t in t_tok[before[-1] + 1 : after[0]]):
            continue
        start, end = s_tok[first].start(), s_tok[last].end()
        if _unanswered(src, tgt, lang, start, end, cognates):
            return src[start:end]
    return None


def _locate(words: list[str], texts: list[str]) -> tuple[int, int] | None:
    """The first and last token of the one place ``words`` are in ``texts``, or None (not
    found, or found twice)."""
    at = [k for k in range(len(texts) - len(words) + 1) if words and texts[k : k + len(words)] == words]
    return (at[0], at[0] + len(words) - 1) if len(at) == 1 else None


def list_joints_lost(src: str, tgt: str, lang: str, cognates: bool = True, counted: bool = False) -> str | None:
    """An inner item of a list of the source ("A, B et C") gone from an output that goes from the
    list's first item to its last with fewer joints: the first and last items each have a word
    aligned in the output (``aligned``), with fewer joints (commas, "and", "or", "nor") between
    those two words of the output than the source's list has ("A and C"); and the item has
    names, numbers, CLDR places or (a Latin-script source, ``cognates``) STRETCH_WORDS
    cognate-bearing words or more, none of them anywhere in the output (``_unanswered``): a
    translation leaves out a comma of the source, and renders one word in three by a word of
    another root, so one such word is no evidence. With ``counted`` (a source whose words
    share no spelling with English, whose lists were measured: Arabic writes its coordinator on
    each item, "أ، وب، وج"), the joints' count is the evidence, and an item with no name, number or
    place is gone too; one whose names are in the output is not. A list with an inner "item" of
    stop words alone is no list: an aside between commas ("además", "toutefois")."""
    read = _read_lists(src, tgt, lang)
    if read is None:
        return None
    found, s_tok, t_tok, chain, texts = read
    english, stop = set(profile("en").coordinators), profile(lang).stopwords
    for f in found:
        if any(all(w.lower() in stop for w in item.split()) for item in f.items[1:-1]):
            continue
        where = [_locate([m.group() for m in _TOKEN.finditer(item)], texts) for item in f.items]
        first, last = where[0], where[-1]
        if first is None or last is None or first[1] >= last[0]:
            continue
        lower = [j for i, j in chain if first[0] <= i <= first[1]]
        upper = [j for i, j in chain if last[0] <= i <= last[1]]
        if not lower or not upper:
            continue
        between = tgt[t_tok[lower[-1]].end() : t_tok[upper[0]].start()]
        if commas(between) + sum(w.lower() in english for w in between.split()) >= len(f.items) - 1:
            continue
        for at in where[1:-1]:
            if at is not None:
                start, end = s_tok[at[0]].start(), s_tok[at[1]].end()
                if _unanswered(src, tgt, lang, start, end, cognates, counted, STRETCH_WORDS):
                    return src[start:end]
    return None


def _unanswered(
    src: str, tgt: str, lang: str, start: int, end: int, cognates: bool, counted: bool = False, words: int = 1
) -> bool:
    """Whether the stretch ``start:end`` of the source has names, numbers, CLDR places or (a
    Latin-script source, ``cognates``) ``words`` cognate-bearing words or more, none of them
    anywhere in the output; with ``counted``, a stretch with none of them is unanswered too."""
    forms, output = output_forms(tgt)
    anchors = source_anchors(src[start:end], lang, names_only=True)
    weighed = (
        [w for w in coverage(src, tgt, lang) if start <= w.start < end]
        if cognates and lang in LATIN_SCRIPT_LANGS
        else []
    )
    if not (anchors or len(weighed) >= words or counted) or any(w.covered for w in weighed):
        return False
    return not any(anchor_found(a, forms, output) for a in anchors)
