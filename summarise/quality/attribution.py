"""Summary checks of a name the release gives: said of what the release says of it, in the
release sentences that say the rest of the summary's sentence, not in the place of another name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

from summarise.quality.namefind import group_adjacent, labels
from summarise.quality.namematch import words_of
from summarise.quality.numbers import numbers
from summarise.quality.summarytext import (
    MONTH,
    NAME,
    NUMBER,
    STEMS,
    context_window,
    counted_text,
    months_of,
    sentence_ends,
    sentence_spans,
    text_stems,
)
from summarise.text.languages import ascii_digits


class _Support(Protocol):
    """What these checks read of a release (``summary._Support``, read once per release)."""

    @property
    def text(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def words(self) -> frozenset[str]: ...
    @property
    def runs(self) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]: ...
    @property
    def sentences(self) -> tuple[tuple[frozenset[str], frozenset[int], frozenset[str], frozenset[str]], ...]: ...


# A name of a summary is misattributed when another run of names of the release shares this many
# content words of what the summary says around it, and more than the name itself shares.
MIN_SHARED = 2
# A summary sentence's names are judged against the release sentences that say the rest of it
# only when those cover at least this share of what it says (else it is paraphrased too far).
# and cover at least this many things it says (a dateline, "San José, 21 Abr.", is too short).
SUPPORT_SHARE = 0.8
MIN_ITEMS = 4
# The words either side of a name that make its frame (``_framed``).
FRAME_WORDS = 2
# A release sentence whose words are at least this share in a summary sentence is held by it.
HELD_SHARE = 0.8
_CAPITALISED_BEFORE_RE = re.compile(r"(?:^|(?<=\s))[^\W\d_][\w'’.-]*\s+$")
_CAPITALISED_AFTER_RE = re.compile(r"\s+[^\W\d_][\w'’-]*")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the capitalised words right before and after it: the whole
    name ("Paul Martin" when only "Martin" is read as one, "Paul" starting the sentence)."""
    while (m := _CAPITALISED_BEFORE_RE.search(text, max(0, start - 80), start)) and m.group()[0].isupper():
        start = m.start()
    while (m := _CAPITALISED_AFTER_RE.match(text, end)) and m.group().lstrip()[0].isupper():
        end = m.end()
    return start, end


def name_runs(
    text: str, found: list[tuple[int, int, str]], lang: str
) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each run of the names ``found`` in ``text`` ("Marie Dupont"): (its label, its folded words,
    the context stems around it: ``context_window`` of the run widened to its capitalised words)."""
    ends = sentence_ends(text)
    return [
        (
            labels([group])[0],
            frozenset(w for _, _, name in group for w in words_of(name)),
            context_window(text, *_run(text, group[0][0], group[-1][1]), lang, ends),
        )
        for group in group_adjacent(text, found)
    ]


def misattributed(text: str, found: list[tuple[int, int, str]], support: Sequence[_Support], lang: str) -> list[str]:
    """A name the release gives, but not with what the summary says of it (a misattribution).
    The content words around a run of names in the summary ("le ministre", "a annoncé") are its
    context, as for a number (``context_window``); in a release in the summary's language each run of
    names has its own. A name of the run is misattributed when another run of the release, one
    without it and not wholly in the summary, shares at least ``MIN_SHARED`` words of that context
    and more than the name shares where it stands: beside its own runs, or anywhere in a sentence
    of it (a role the release gives in a long apposition: "le ministre de la Sécurité publique,
    ..., M. Ian Lafrenière"). A name no such release writes, or with no content word around it,
    is read as before (anywhere)."""
    out = []
    said = set(words_of(text))
    same = [sup for sup in support if sup.lang == lang]
    for label, keys, context in name_runs(text, found, lang):
        for key in sorted(keys) if context else []:
            placed = [sup for sup in same if key in sup.words]
            own = [len(context & stems) for sup in placed for _, words, stems in sup.runs if key in words]
            own += [len(context & s[STEMS]) for sup in placed for s in sup.sentences if key in s[NAME]]
            other = [
                (len(context & stems), theirs)
                for sup in same
                for theirs, words, stems in sup.runs
                if key not in words and words - said
            ]
            shared, theirs = max(other, default=(0, ""))
            if placed and shared >= MIN_SHARED and shared > max(own, default=0):
                out.append(f"name {label!r} beside {', '.join(sorted(context))} (said of {theirs!r})")
                break
    return out


def _content(sentence: str, lang: str, skip: frozenset[str]) -> list[tuple[int, Any]]:
    """What a summary sentence says, apart from its names: its content stems (those of ``skip``,
    its names' words, left out), each number (its value keys) and each month."""
    items: list[tuple[int, Any]] = [(STEMS, w) for w in text_stems(sentence, lang) - skip]
    items += [(NUMBER, k) for _, k in numbers(counted_text(ascii_digits(sentence)), lang) if k]
    items += [(MONTH, m) for m in months_of(sentence, lang)]
    return items


def _covers(item: tuple[int, Any], sentence: tuple) -> bool:
    kind, value = item
    if kind == NUMBER:
        return bool(value & sentence[NUMBER])
    return value in sentence[kind]


def _supporting(items: list[tuple[int, Any]], sentences: list[tuple]) -> tuple[list[int], int]:
    """The release sentences that say what a summary sentence says (``items``): greedily, the
    sentence covering most of what is not yet covered, while it covers at least ``MIN_SHARED``;
    and how many items they cover."""
    left, chosen = list(items), []
    while left:
        gain, best = max(((sum(_covers(i, s) for i in left), j) for j, s in enumerate(sentences)), default=(0, -1))
        if gain < MIN_SHARED:
            break
        chosen.append(best)
        left = [i for i in left if not _covers(i, sentences[best])]
    return chosen, len(items) - len(left)


def _verbatim(text: str, start: int, end: int, release: str) -> bool:
    """Whether the release writes ``text[start:end]`` with the words right before and after it
    (whitespace aside): it gives the name in the same words, whatever its sentences."""
    a = start - len(text[:start].rstrip().split(" ")[-1]) - (len(text[:start]) - len(text[:start].rstrip()))
    b = end + (len(text[end:]) - len(text[end:].lstrip())) + len(text[end:].lstrip().split(" ")[0])
    return " ".join(text[max(0, a) : b].split()) in _flat(release)


@lru_cache(maxsize=64)
def _flat(text: str) -> str:
    return " ".join(text.split())


def _framed(text: str, a: int, b: int, start: int, end: int, release: str) -> str:
    """The name the release writes between the words the summary sentence ``text[a:b]`` writes
    around ``text[start:end]`` (``FRAME_WORDS`` either side, one at least on each side), when it
    is another: "le Conseil d'administration de l'[UNICEF] cette année" read as "... de l'[Mme
    Russell] cette année". A name whose words hold the other's, or are held by them, is the same
    ("Son Excellence Monsieur Alassane OUATTARA" is "Alassane Ouattara", "Mme Bokova" is "Mme
    Irina Bokova"). "" when none."""
    # the whole name: the words it is in and the words with a capital next to it ("l'Mme Russell")
    start, end = _token_start(text, a, start), _token_end(text, end, b)
    while (m := re.search(r"\S*[^\W\d_]\S*\s+$", text[a:start])) and not m.group().islower():
        start = a + m.start()
    while (m := re.match(r"\s+\S*[^\W\d_]\S*", text[end:b])) and not m.group().islower():
        end += m.end()
    before = text[a:start].split()[-FRAME_WORDS:]
    after = text[end:b].split()[:FRAME_WORDS]
    if not before or not after or len(before) + len(after) < FRAME_WORDS + 1:
        return ""
    said = _long_words(text[start:end])
    pattern = r"\s+".join(map(re.escape, before)) + r"\s+(\S.{0,60}?)\s+" + r"\s+".join(map(re.escape, after))
    for m in re.finditer(pattern, _flat(release)):
        theirs = _long_words(m.group(1))
        if any(c.isupper() for c in m.group(1)) and not (theirs <= said or said <= theirs):  # another name
            return m.group(1)
    return ""


def _long_words(name: str) -> set[str]:
    """The words of a name, elided articles aside ("l'", "d'")."""
    return {w for w in words_of(name) if len(w) > 2}


def _token_start(text: str, a: int, start: int) -> int:
    while start > a and not text[start - 1].isspace():
        start -= 1
    return start


def _token_end(text: str, end: int, b: int) -> int:
    while end < b and not text[end].isspace():
        end += 1
    return end


def off_support(text: str, found: list[tuple[int, int, str]], support: Sequence[_Support], lang: str) -> list[str]:
    """A name of a summary sentence that the release gives, but not with what the sentence says of
    it: in none of the release sentences that say the rest of the sentence (its content words,
    numbers, months: ``_supporting``, judged when they cover ``SUPPORT_SHARE`` of it and at least
    ``MIN_ITEMS`` things), nor in a release sentence the summary sentence wholly holds (a dateline
    or a salutation the release ends with a line break); or where the release writes the words
    around it of another name (``_framed``). A name the release writes with the same words right
    before and after it (``_verbatim``) is said as the release says it."""
    out = []
    same = [sup for sup in support if sup.lang == lang]
    for a, b in sentence_spans(text) if same else []:
        inside = [s for s in found if a <= s[0] < b]
        if not inside:
            continue
        sentence = text[a:b]
        said = words_of(sentence)
        skip = frozenset(w for _, _, n in inside for w in text_stems(n, lang))
        items = _content(sentence, lang, skip)
        for sup in same:
            chosen, covered = _supporting(items, list(sup.sentences))
            if covered < MIN_ITEMS or covered < SUPPORT_SHARE * len(items):
                continue
            held = [s for s in sup.sentences if len(s[NAME] & said) >= HELD_SHARE * len(s[NAME])]
            words = set().union(*(sup.sentences[j][NAME] for j in chosen), *(s[NAME] for s in held))
            for group in group_adjacent(text, inside):
                keys = {w for _, _, n in group for w in words_of(n)}
                if _verbatim(text, group[0][0], group[-1][1], sup.text):
                    continue
                if any(k in sup.words and k not in words for k in keys):
                    out.append(f"name {labels([group])[0]!r}: not in the release sentences that say the rest")
                elif theirs := _framed(text, a, b, group[0][0], group[-1][1], sup.text):
                    out.append(f"name {labels([group])[0]!r}: the release says these words of {theirs!r}")
    return out
