"""Omission, measured and not kept: a list of the source that the output keeps one item short.

    python benchmarks/list_one_fewer.py ../shared/flores-dev/fr-en ../shared/flores-dev/es-en ../shared/flores-dev/ar-en
    python benchmarks/list_one_fewer.py ../shared/flores-dev/fr-en --least 4

A source that enumerates N short, parallel items ("les perceptions, intentions, croyances,
savoirs et désirs") asserts N of them. Where the output's coordinations, read in order, are the
source's except that this one holds N - 1 items, with fewer commas than the source and its lists
need in English, an item may be gone. Both sides' coordinations are read as ``structure.lists``
reads them, two items counted ("A and B"), so that a list of three written "A and C" is seen. The
source's list qualifies when its items are parallel common words (``parallel``): each inner item of
1 to ``PARALLEL_WORDS`` words, not stop words alone (an aside: "finalmente"), no name or number
among the items or next to them (the first item's last word, the last item's first: a list of
names, an apposition, an address), and the items after the first inner one open alike (all with a
stop word or an elided article, or all with another word; the first inner item may carry a
determiner the others share).

Wired into ``omission`` as a structural cue (flagging in an output shorter than expected, by the
rate rule of ``omission.STRUCTURE_ALARMS``), it added held-out false alarms beyond what the project
keeps: benchmarks/README.md, "Checks: an item of common words dropped from a list (2026-12-06)".
This script prints, per size of the source's parallel lists, on the tune part's system lines of
each pair (lines that may be read): the lists, those the output writes with as many items at their
place, and the lines the cue fires on (all, and in an output shorter than expected).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.flores import SPLITS, read_pair, split
from summarise.quality.namefind import ELISION_RE
from summarise.quality.omission import length_z
from summarise.quality.structure import List, commas, list_commas_unwritten, lists, resumed_subjects_joined
from summarise.text.languages import profile

# An inner item of a parallel list has at most this many words.
PARALLEL_WORDS = 3
# Both sides' coordinations are read from this many items ("A and B").
PAIR = 2


def _opening(item: str, stop: frozenset[str]) -> str:
    """How an item opens: "stop" (a stop word, an elided article or preposition) or "word"."""
    first = item.split()[0]
    return "stop" if ELISION_RE.match(first) or first.lower() in stop else "word"


def _named(word: str) -> bool:
    """Whether a word is a name's or a number's: a capital after any elided article, or a digit."""
    return ELISION_RE.sub("", word)[:1].isupper() or any(c.isdigit() for c in word)


def parallel(found: List, lang: str) -> bool:
    """Whether a list's items are short common words that open alike (see the docstring)."""
    stop = profile(lang).stopwords
    inner = found.items[1:-1]
    if not inner or any(not 1 <= len(item.split()) <= PARALLEL_WORDS for item in inner):
        return False
    if any(all(w.lower() in stop for w in item.split()) for item in inner):
        return False
    edges = [found.items[0].split()[-1], *(w for item in inner for w in item.split()), found.items[-1].split()[0]]
    if any(_named(w) for w in edges):
        return False
    openings = {_opening(item, stop) for item in inner[1:]} | {_opening(found.items[-1], stop)}
    return len(openings) == 1 and _opening(inner[0], stop) in openings | {"stop"}


def list_one_fewer(src: str, tgt: str, lang: str, least: int = PAIR + 1) -> List | None:
    """The source's parallel list of ``least`` items or more that the output writes one item
    short, its other coordinations kept one for one, in an output with fewer commas than the
    source and its lists need in English; None when there is none."""
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


def measure(folder: Path, least: int) -> list[str]:
    """One pair's rows (see the docstring)."""
    pair = read_pair(folder)
    counts: Counter[str] = Counter()
    lines = 0
    for out in pair.systems.values():
        for i in split(len(pair.src))[SPLITS[0]]:
            src, tgt = pair.src[i], out[i]
            z = length_z(src, tgt, pair.lang)
            if z is None:
                continue
            lines += 1
            found = lists(resumed_subjects_joined(src, pair.lang), pair.lang, PAIR)
            written = lists(tgt, "en", PAIR)
            for k, f in enumerate(found):
                if len(f.items) > PAIR and parallel(f, pair.lang):
                    size = str(min(len(f.items), 5))
                    counts["lists " + size] += 1
                    counts["kept " + size] += len(found) == len(written) and len(written[k].items) == len(f.items)
            fired = list_one_fewer(src, tgt, pair.lang, least)
            if fired is not None:
                size = str(min(len(fired.items), 5))
                counts["fired " + size] += 1
                counts["short " + size] += z < 0
    rows = []
    for size in ("3", "4", "5"):
        rows.append(
            f"| {pair.lang} | {size if size != '5' else '5+'} | {lines} | {counts['lists ' + size]} "
            f"| {counts['kept ' + size]} | {counts['fired ' + size]} | {counts['short ' + size]} |"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="FLORES-style pair folders (their tune part is read)")
    parser.add_argument("--least", type=int, default=PAIR + 1, help="the cue's smallest source list (3)")
    args = parser.parse_args(argv)
    print("| source | items | lines | parallel lists | written with as many | cue fired | in a short output |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for folder in args.folders:
        print("\n".join(measure(folder, args.least)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
