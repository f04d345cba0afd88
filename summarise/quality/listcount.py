"""A list of the source of four items or more that the output keeps, one item short.

A source that enumerates N short, parallel items ("les perceptions, intentions, croyances,
savoirs et désirs"; "d'un gaz, d'un liquide ou d'un solide") asserts N of them, and a translation
writes the same enumeration with N items. Where the output's coordinations, read in order, are the
source's except that this one holds N - 1 items ("the perceptions, beliefs, knowledge and
desires"; "a gas or a solid"), with fewer commas than the source and its lists need in English, an
item is gone and nothing says which: no cue that looks for the item's words can tell.

Both sides' coordinations are read as ``structure.lists`` reads them, two items counted ("A and
B"), so that a list of three the output writes as a pair of two is seen, and the source's other
coordinations must meet theirs one for one, in order (the place of the list, not a count of all).
The source's list qualifies when its items are parallel common words (``parallel``): each inner
item of 1 to ``PARALLEL_WORDS`` words, not stop words alone (an aside: "finalmente"), no name or
number among the items or next to them (the first item's last word, the last item's first), and
the items after the first inner one open alike, all with a stop word or an elided article ("les",
"d'un", "par"), or all with another word; the first inner item may carry a determiner the others
share ("les perceptions, intentions, croyances").

How often good outputs show the cue is measured per source language (``omission.ONE_FEWER_RATES``)
and the rate machinery of the structural cues (``omission.structure_z``) sets how short an output
must be for the cue to flag.
"""

from __future__ import annotations

from summarise.quality.namefind import ELISION_RE
from summarise.quality.structure import List, commas, list_commas_unwritten, lists, resumed_subjects_joined
from summarise.text.languages import profile

# An inner item of a parallel list has at most this many words.
PARALLEL_WORDS = 3
# Both sides' coordinations are read from this many items ("A and B").
PAIR = 2
# The cue reads source lists of this many items or more: on FLORES tune's system lines it fired on
# good outputs only for lists of three, and good outputs keep a list of 4+ at its size almost always
# (benchmarks/README.md, "an item of common words dropped from a list", its 4+-item variant).
LEAST = 4


def _opening(item: str, stop: frozenset[str]) -> str:
    """How an item opens: "stop" (a stop word, an elided article or preposition) or "word"."""
    first = item.split()[0]
    return "stop" if ELISION_RE.match(first) or first.lower() in stop else "word"


def _named(word: str) -> bool:
    """Whether a word is a name's or a number's: a capital after any elided article, or a digit."""
    bare = ELISION_RE.sub("", word)
    return bare[:1].isupper() or any(c.isdigit() for c in word)


def parallel(found: List, lang: str) -> bool:
    """Whether a list's items are short and open alike (see the module's docstring)."""
    stop = profile(lang).stopwords
    inner = found.items[1:-1]
    if not inner or any(not 1 <= len(item.split()) <= PARALLEL_WORDS for item in inner):
        return False
    if any(all(w.lower() in stop for w in item.split()) for item in inner):
        return False
    # common words: a name or a number among the items is a list of names (``namelists``), an
    # apposition ("Alessandro Safina, un tenor italiano, y ...") or an address ("1, rue Sésame")
    edges = [found.items[0].split()[-1], *(w for item in inner for w in item.split()), found.items[-1].split()[0]]
    if any(_named(w) for w in edges):
        return False
    openings = {_opening(item, stop) for item in inner[1:]} | {_opening(found.items[-1], stop)}
    return len(openings) == 1 and _opening(inner[0], stop) in openings | {"stop"}


def list_one_fewer(src: str, tgt: str, lang: str, least: int = LEAST) -> List | None:
    """The source's parallel list (``parallel``) of ``least`` items or more that the output writes
    one item short, its other coordinations kept one for one, in an output with fewer commas than
    the source and its lists need in English; None when there is none."""
    src = resumed_subjects_joined(src, lang)
    if commas(tgt) >= commas(src) + list_commas_unwritten(src, lang):
        return None
    found, written = lists(src, lang, PAIR), lists(tgt, "en", PAIR)
    if len(found) != len(written):
        return None
    differ = [(f, len(f.items) - len(w.items)) for f, w in zip(found, written) if len(f.items) != len(w.items)]
    if len(differ) != 1:
        return None
    ((f, fewer),) = differ
    if fewer != 1 or len(f.items) < least or not parallel(f, lang):
        return None
    return f
