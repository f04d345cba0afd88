"""The names check alone on every line of a benchmark folder: how many lines of each part get a
critical ``name_missing``, per system and for the reference. A change read only by
``names.check_names`` moves a line's verdict only where this count does, so this answers "did any
line of any set move" in a fraction of the full check stage's time. Lines are written to ``--out``
for the parts that may be read (tune, open) only.

    python benchmarks/name_alarms.py FOLDER {split|whole|open} --out OUT.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.flores import OPEN, pair_folders, parts, read_pair
from summarise.quality.names import check_names

READABLE = frozenset({"tune", OPEN})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("mode", choices=("split", "whole", "open"))
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    counts: dict[str, dict[str, int]] = {}
    shown: list[list[object]] = []
    for folder in pair_folders(args.folder):
        pair = read_pair(folder)
        outputs = dict(pair.systems) | ({"REF": pair.ref} if pair.ref is not None else {})
        for part, lines in parts(len(pair.src), args.mode == "whole", args.mode == "open").items():
            per = counts.setdefault(f"{folder.name}/{part}", {})
            for system, tgt in outputs.items():
                per[system] = 0
                for i in lines:
                    flags = [f for f in check_names(pair.src[i], tgt[i], pair.lang) if f["severity"] != "note"]
                    per[system] += bool(flags)
                    if flags and part in READABLE:
                        shown.append([folder.name, part, system, i, pair.src[i], tgt[i], flags[0]["detail"]])
    for key, per in counts.items():
        print(key, sum(n for s, n in per.items() if s != "REF"), per)
    if args.out:
        args.out.write_text(json.dumps({"counts": counts, "show": shown}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
