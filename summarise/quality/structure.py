"""What a sentence's punctuation says about its structure, counted the same way in the source
and in the English: a translation keeps the clauses and the list items of its source, and
mostly the commas that join them.

* ``commas``: commas and semicolons (the Arabic "،" and "؛" too), not those inside a number
  ("3,5", "104,500").
* ``clause_joints``: the separators (commas, semicolons, colons, brackets, quotation marks)
  with a stretch of at least ``CLAUSE_WORDS`` words on each side: where one clause meets
  another. A comma around a short aside ("Sin embargo,", "a, por lo menos, cinco") joins no
  clause, since translations often drop it.
* ``resumed_subjects_joined``: a French pseudo-cleft sets its subject clause apart with a comma
  that English does not write ("Ce qui marche, c'est le système" = "What works is the system"):
  that comma is taken out of the source before either count.
* ``enumerations`` / ``lists``: the size of each coordinated list, "A, B et C" = 3: runs of
  joints (commas, the language's coordinators, ``profile(lang).coordinators``) with items of
  at most ``ITEM_WORDS`` words between them, up to the coordinator that ends the list. Arabic
  writes "و" on each item, joined to it ("أ، وب، وج", or without commas "أ وب وج", items of
  at most ``COORDINATED_WORDS`` words): a coordinator goes on only with the same one, and
  "و" joins only when the rest of the word is a word ("وأوروبا"; not "وزير", "واشنطن").
  The first item is the end of the stretch before the first joint, whatever its length; a
  list stops at a sentence's end, a quotation mark or a bracket.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from summarise.quality.nametables import zipf
from summarise.text.languages import ascii_digits, profile

# A stretch between separators of this many words is a clause (the shortest clause an
# omission is counted for); shorter ones are asides.
CLAUSE_WORDS = 4
# A list item has at most this many words.
ITEM_WORDS = 4
# An item between two coordinators with no comma ("أ وب وج") has at most this many words.
COORDINATED_WORDS = 2
# A coordinator joined to a stop word of at most this many letters opens a clause ("وهو").
SHORT_FUNCTION_WORD = 3
# A list has at least this many items ("A, B and C").
MIN_ITEMS = 3

_COMMA = re.compile(r"(?<!\d)[,،;؛](?!\d)|[,،;؛](?=\s)")
_SEPARATOR = re.compile(r"(?<!\d)[,،;؛:](?!\d)|[,،;؛:](?=\s)|[()«»“”\"]")
# Where a list cannot go on: a sentence's end, a quotation mark, a bracket (a quoted name, an
# aside: "إيه أو إل" is a name, not a list joined by "أو").
_LIST_END = re.compile(r"(?<=\w[.!?])\s+(?=\S)|[()«»“”\"]")
_LIST_COMMA = re.compile(r"(?<!\d)[,،](?!\d)|[,،](?=\s)")


# A French pseudo-cleft: a clause opened by "(tout) ce qui / ce que / ce dont" at a sentence's or a
# quotation's start, resumed after a comma by "c'est" ("Tout ce que je voulais, c'était gagner de
# l'argent"). The comma sets the clause apart as the subject of "c'est", not a clause of its own:
# English says "All I wanted was to make money", no comma (news open3 fr line 79, open4 fr line 106).
_RESUMED_SUBJECT = {
    "fr": re.compile(
        r"(?:^|(?<=[\"«“'‘.!?:;(]))\s*(?:tout\s+)?ce\s+(?:qui|que|qu['’]|dont)\b[^,;:.!?«»\"“”]*(,)"
        r"(?=\s*(?:c['’](?:est|était|étaient)\b(?!-à-dire)|ce\s+(?:sont|fut|furent|sera|seront|serait)\b))",
        re.IGNORECASE,
    )
}


def resumed_subjects_joined(text: str, lang: str) -> str:
    """``text`` without the comma of each pseudo-cleft that resumes its subject clause with
    "c'est" (French; other languages unchanged)."""
    pattern = _RESUMED_SUBJECT.get(lang)
    if pattern is None:
        return text
    return pattern.sub(lambda m: m.group()[: m.start(1) - m.start()] + " ", text)


def commas(text: str) -> int:
    """Commas and semicolons of ``text``, not counting those inside numbers."""
    return len(_COMMA.findall(ascii_digits(text)))


def stretches(text: str) -> list[str]:
    """``text`` cut at its separators (commas, semicolons, colons, brackets, quotation marks)."""
    return _SEPARATOR.split(ascii_digits(text))


def clause_joints(text: str) -> int:
    """Separators with at least CLAUSE_WORDS words on each side."""
    sizes = [len(part.split()) for part in stretches(text)]
    return sum(1 for a, b in zip(sizes, sizes[1:]) if a >= CLAUSE_WORDS and b >= CLAUSE_WORDS)


def _joined(word: str, prefix: str, lang: str) -> bool:
    """Whether ``word`` is ``prefix`` (a coordinator written joined, Arabic "و") on an item: the
    rest is an article's word ("والصور") or a commoner word than the whole ("وأوروبا",
    "وتدخل"), not a word of its own ("وزير", minister; "واشنطن"), nor a short function word,
    which opens a clause ("وهو", "وفي", "ولا")."""
    rest = word[len(prefix) :]
    if len(rest) < 2 or not rest[0].isalpha():
        return False
    if len(rest) <= SHORT_FUNCTION_WORD and rest in profile(lang).stopwords:
        return False
    return rest.startswith("ال") or zipf(rest, lang) >= zipf(word, lang)


def _joints(text: str, lang: str) -> tuple[list[tuple[int, str, bool]], list[str]]:
    """(words before it, its coordinator or "", whether a comma) for each list joint of
    ``text``: a comma, a coordinator of ``lang`` (a comma and the coordinator after it are one
    joint); and the words of ``text`` (coordinators written apart left out)."""
    lp = profile(lang)
    coordinators, prefixes = set(lp.coordinators), lp.coordinator_prefixes
    out: list[tuple[int, str, bool]] = []
    words: list[str] = []
    for token in _LIST_COMMA.sub(" \x00 ", ascii_digits(text)).split():
        if token == "\x00":
            out.append((len(words), "", True))
            continue
        joined = [p for p in prefixes if token.startswith(p) and _joined(token, p, lang)]
        coordinator = token.lower() if token.lower() in coordinators else ""
        if coordinator or joined:
            comma = bool(out) and out[-1] == (len(words), "", True)
            if comma:
                out.pop()  # ", and": one joint
            out.append((len(words), coordinator or joined[0], comma))
        if not coordinator:
            words.append(token)
    return out, words


class List(NamedTuple):
    """One list of a text: its items' words (the first and the last item: their ITEM_WORDS
    words next to the list) and the commas among its joints."""

    items: tuple[str, ...]
    commas: int


def _continues(before: tuple[int, str, bool], joint: tuple[int, str, bool]) -> bool:
    """Whether ``joint`` goes on the list of the joint ``before``: after a comma, within
    ITEM_WORDS words; after a coordinator, only the same coordinator again (Arabic writes "و"
    on each item: "أ، وب، وج", "أ وب وج"; "A, B and C" ends at its "and"), within ITEM_WORDS
    words after a comma, COORDINATED_WORDS without ("filmer et quels permis ou licences",
    "si está solo o con un amigo, procure ... y" are no list)."""
    (m, was, had_comma), (n, coordinator, _) = before, joint
    if was and coordinator != was:
        return False
    return n - m <= (ITEM_WORDS if had_comma else COORDINATED_WORDS)


@lru_cache(maxsize=4096)
def lists(text: str, lang: str, least: int = MIN_ITEMS) -> tuple[List, ...]:
    """Each list of ``text`` of ``least`` items or more (see ``enumerations``), sentence by
    sentence, inside or outside quotation marks and brackets."""
    return tuple(found for part in _LIST_END.split(text) for found in _sentence_lists(part, lang, least))


def _sentence_lists(text: str, lang: str, least: int = MIN_ITEMS) -> list[List]:
    joints, words = _joints(text, lang)
    runs: list[list[tuple[int, str, bool]]] = []
    for n, coordinator, comma in joints:
        if n == 0:
            continue  # nothing before it: no item ("وقال", a sentence's "And")
        if runs and n == runs[-1][-1][0]:  # no word between: one joint ("y," opens an aside)
            m, was, had_comma = runs[-1][-1]
            runs[-1][-1] = (n, was or coordinator, had_comma or (comma and not was))
            continue
        if not runs or not _continues(runs[-1][-1], (n, coordinator, comma)):
            runs.append([])
        runs[-1].append((n, coordinator, comma))
    found = []
    for run in runs:
        ends = [k for k, (_, c, _) in enumerate(run) if c]
        if not ends or ends[-1] + 2 < least:
            continue
        at = [n for n, _, _ in run[: ends[-1] + 1]]
        stop = run[ends[-1] + 1][0] if ends[-1] + 1 < len(run) else at[-1] + ITEM_WORDS
        bounds = [max(0, at[0] - ITEM_WORDS), *at, min(stop, at[-1] + ITEM_WORDS)]
        items = tuple(" ".join(words[i:j]) for i, j in zip(bounds, bounds[1:]))
        found.append(List(items, sum(comma for _, _, comma in run[: ends[-1] + 1])))
    return found


def enumerations(text: str, lang: str) -> list[int]:
    """The number of items of each list of ``text`` (MIN_ITEMS or more), read with ``lang``'s
    coordinators: runs of joints (commas, coordinators) up to the run's last coordinator, with
    1 to ITEM_WORDS words after a comma, 1 to COORDINATED_WORDS after a coordinator with no
    comma; the items before the first joint and after the last are whatever their length.
    Arabic's "و" on each item joins items with or without commas ("أ، وب، وج", "أ وب وج")."""
    return [len(found.items) for found in lists(text, lang)]


def list_commas_unwritten(text: str, lang: str) -> int:
    """The commas English would write in ``text``'s lists (items - 2 each) beyond those the
    list has: what a list joined by coordinators alone ("أ وب وج") adds to the commas a
    translation keeps."""
    return sum(max(0, len(found.items) - 2 - found.commas) for found in lists(text, lang))


def list_lacking(src_sizes: list[int], tgt_sizes: list[int]) -> int | None:
    """The size of a list of the source that the output has no list as long for (the largest
    such), or None: the output's lists must match the source's, size for size, and hold as
    many items in all (two lists the output writes as one lack nothing)."""
    if sum(tgt_sizes) >= sum(src_sizes):
        return None
    lacking = [n for n in sorted(set(src_sizes)) if sum(s >= n for s in src_sizes) > sum(t >= n for t in tgt_sizes)]
    return lacking[-1] if lacking else None
