"""The negation check alone, fast, on every set: the good lines it flags, and generator B's
``negation_dropped`` of every good line it leaves unflagged, caught or not. A screen before the full
``checks.py`` / ``corruptions.py`` runs: the check stage runs ``check_negation`` on every translated
line, so a set whose negation flags are the same under two codes has the same negation false alarms.

    python benchmarks/negation_screen.py > flags-A.json       # under each code, then compare the JSON

Lines are written out only for parts that may be read (tune, open); held-out parts give keys only.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.corruptions import negation_dropped
from benchmarks.flores import OPEN, SPLITS, pair_folders, parts, read_pair
from summarise.quality.negation import check_negation

DATA = HERE / "data"
SETS = [
    (HERE.parent.parent / "shared" / "flores-dev", "split"),
    (DATA / "talks", "split"),
    (DATA / "talks-open", "open"),
    (DATA / "news" / "study", "split"),
    (DATA / "news" / "heldout", "whole"),
    (DATA / "news" / "open", "open"),
    (DATA / "news" / "open2", "open"),
    (DATA / "news" / "open3", "open"),
    (DATA / "fresh-mt", "whole"),
    (DATA / "parallel", "whole"),
    (DATA / "parallel-open", "open"),
]


def screen(root: Path, mode: str, flags: dict, recall: dict, missed: dict) -> None:
    """Fill ``flags`` (good lines flagged), ``recall`` (caught, corrupted) and ``missed`` for one set."""
    for folder in pair_folders(root):
        pair = read_pair(folder)
        outputs = [*pair.systems.items(), *([("reference", pair.ref)] if pair.ref else [])]
        for part, lines in parts(len(pair.src), whole=mode == "whole", open_=mode == "open").items():
            readable = part in (SPLITS[0], OPEN)
            caught = corrupted = 0
            for name, out in outputs:
                for i in lines:
                    key = f"{folder.name}|{root.name}|{part}|{name}|{i}"
                    found = check_negation(pair.src[i], out[i], pair.lang)
                    for f in found:
                        flags[f"{key}|{f['code']}"] = [pair.src[i], out[i]] if readable else None
                    bad = (
                        None
                        if found or name == "reference"
                        else negation_dropped(out[i], pair.src[i], random.Random(i))
                    )
                    if bad:
                        corrupted += 1
                        if check_negation(pair.src[i], bad, pair.lang):
                            caught += 1
                        elif readable:
                            missed[key] = [pair.src[i], bad]
            recall[f"{root.name}|{folder.name}|{part}"] = [caught, corrupted]


def main() -> int:
    flags: dict = {}
    recall: dict = {}
    missed: dict = {}
    for root, mode in SETS:
        screen(root, mode, flags, recall, missed)
    json.dump({"flags": flags, "recall": recall, "missed": missed}, sys.stdout, ensure_ascii=False, indent=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
