"""Omission: a list of the source that the output keeps one item short, its rates per list size.

    python benchmarks/list_one_fewer.py ../shared/flores-dev/fr-en ../shared/flores-dev/es-en ../shared/flores-dev/ar-en
    python benchmarks/list_one_fewer.py ../shared/flores-dev/fr-en --least 4

A source that enumerates N short, parallel items ("les perceptions, intentions, croyances,
savoirs et désirs") asserts N of them. Where the output's coordinations, read in order, are the
source's except that this one holds N - 1 items, with fewer commas than the source and its lists
need in English, an item may be gone. Both sides' coordinations are read as ``structure.lists``
reads them, two items counted ("A and B"), so that a list of three written "A and C" is seen. The
source's list qualifies when its items are parallel common words (``parallel``): each inner item of
1 to ``listcount.PARALLEL_WORDS`` words, not stop words alone (an aside: "finalmente"), no name or number
among the items or next to them (the first item's last word, the last item's first: a list of
names, an apposition, an address), and the items after the first inner one open alike (all with a
stop word or an elided article, or all with another word; the first inner item may carry a
determiner the others share).

Wired into ``omission`` as a structural cue (flagging in an output shorter than expected, by the
rate rule of ``omission.STRUCTURE_ALARMS``) for lists of 3+ items, it added held-out false alarms
beyond what the project keeps: benchmarks/README.md, "Checks: an item of common words dropped from a
list (2026-12-06)". For lists of 4+ items (``listcount.LEAST``) it is in the check, decided on
``benchmarks/data/unseen`` ("Checks: a held-out set no rule has seen"). The cue is
``summarise.quality.listcount``'s; ``--least`` sets the smallest source list it reads here.
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
from summarise.quality.listcount import PAIR, list_one_fewer, parallel
from summarise.quality.omission import length_z
from summarise.quality.structure import lists, resumed_subjects_joined


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
