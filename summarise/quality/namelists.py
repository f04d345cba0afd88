"""Lists of names: a source that enumerates N names asserts N of them, and so must its English.

A capitalised word that the source language also writes as a common word ("Génova", "Padoue",
"Thaïlande") gets only a note when the output lacks it (``names``: it may be translated). But
where it stood in a list of names ("Vérone, Padoue, Trieste et Udine") and the English list that
keeps the other names holds one name fewer ("Verona, Trieste, and Udine"), nothing in the output
can be its translation: the name was dropped (``dropped_from_name_list``).

A list is read from its joints, as ``structure`` reads any list: items joined by commas and the
language's coordinators (``profile(lang).coordinators``); here each item is a name, a run of
capitalised words, with a short word of the language before it ("la Thaïlande", "l'Italie") and
short lower-case words inside it ("Ciudad de México"). The source's list ends with a coordinator
("A, B et C", "A et B"); the English's is counted whatever its joints, one name alone included.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarise.quality.namedropped import renamings
from summarise.quality.namefind import ELISION_RE
from summarise.quality.namematch import name_found, words_of
from summarise.text.languages import profile

# A word, with its inner apostrophes and hyphens ("l'Italie", "Bosnie-Herzégovine"), or a mark.
_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?|[^\w\s]")
# A short lower-case word before a name ("la Thaïlande", "à Paris") or inside one ("Ciudad de
# México", "Trinité et Tobago" is two names): at most this many letters.
SHORT_WORD = 3


class NameList(NamedTuple):
    """A list of names: each item's (start, end) in the text, and whether a coordinator joins it."""

    items: tuple[tuple[int, int], ...]
    coordinated: bool


def _capitalised(word: str) -> bool:
    word = ELISION_RE.sub("", word)
    return word[:1].isupper() and any(c.isalpha() for c in word)


def name_lists(text: str, lang: str) -> list[NameList]:
    """Each run of names of ``text`` joined by commas and ``lang``'s coordinators (one name alone
    is a run of one), in order."""
    coordinators = set(profile(lang).coordinators)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    runs: list[NameList] = []
    items: list[tuple[int, int]] = []
    # a coordinator joins two of the run's names; a joint since the last name, a coordinator in it
    coordinated, joint, pending = False, False, False
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        lower = word.lower()
        if items and word == ",":
            joint = True
        elif items and lower in coordinators:
            joint, pending = True, True
        else:
            found = _name_at(tokens, i, coordinators)
            if found is not None and (not items or joint):
                items.append((tokens[found[0]][0], tokens[found[1] - 1][1]))
                coordinated = coordinated or pending
                joint, pending, i = False, False, found[1]
                continue
            if items:
                runs.append(NameList(tuple(items), coordinated))
            items, coordinated, joint, pending = [], False, False, False
            if found is not None:
                continue  # this name opens the next run
        i += 1
    if items:
        runs.append(NameList(tuple(items), coordinated))
    return runs


def _name_at(tokens: list[tuple[int, int, str]], i: int, coordinators: set[str]) -> tuple[int, int] | None:
    """(first token, token after the last) of a name starting at token ``i``: an optional short
    lower-case word, then capitalised words with short lower-case words between them."""
    j = i
    word = tokens[j][2]
    if not _capitalised(word) and word.isalpha() and word.islower() and len(word) <= SHORT_WORD:
        if word in coordinators:
            return None
        j += 1
    if j >= len(tokens) or not _capitalised(tokens[j][2]):
        return None
    end = j + 1
    while end < len(tokens):
        if _capitalised(tokens[end][2]):
            end += 1
            continue
        if tokens[end][2] == "." and len(tokens[end - 1][2]) == 1 and end + 1 < len(tokens):
            end += 1  # an initial ("Michelle A. Rhee")
            continue
        inner = tokens[end][2]
        short = inner.isalpha() and inner.islower() and len(inner) <= SHORT_WORD and inner not in coordinators
        if short and end + 1 < len(tokens) and _capitalised(tokens[end + 1][2]):
            end += 2
            continue
        break
    return (i, end)


def dropped_from_name_list(src: str, start: int, tgt: str, lang: str) -> bool:
    """Whether the missing name at ``start`` of ``src`` stood in a list of names of the source
    (two or more, ending with a coordinator) whose other names the output keeps, only in runs of
    fewer names than the source's list has (the output's list is the source's, a name short), in an
    output with no capitalised word the source lacks (``renamings``: "Mayor" for "le Maire",
    "Havana" for "La Habana"), which may be what the name became."""
    lists = [
        found
        for found in name_lists(src, lang)
        if len(found.items) >= 2 and found.coordinated and any(a <= start < b for a, b in found.items)
    ]
    if not lists:
        return False
    # the output's runs of names, each as one text, and its capitalised words the source lacks: read once
    runs = [(len(run.items), " ".join(tgt[a:b] for a, b in run.items)) for run in name_lists(tgt, "en")]
    new_words = renamings(src, tgt, lang)
    for found in lists:
        others = [_bare(src[a:b]) for a, b in found.items if not a <= start < b]
        sizes = [size for size, text in runs if any(name_found(o, text, words_of(text), lang) for o in others)]
        # a capitalised word the source lacks, unless it is another name of the list ("Verona")
        renamed = [c for c in new_words if not any(name_found(o, c, None, lang) for o in others)]
        if sizes and max(sizes) < len(found.items) and not renamed:
            return True
    return False


def _bare(item: str) -> str:
    """An item without the short word before its name ("la Thaïlande" -> "Thaïlande"; "De Vérone",
    a sentence's first word, -> "Vérone")."""
    item = ELISION_RE.sub("", item)
    first, _, rest = item.partition(" ")
    return rest if rest and (not _capitalised(first) or len(first) <= SHORT_WORD) else item
