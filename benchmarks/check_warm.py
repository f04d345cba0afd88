"""The check stage's CPU time a line once warm: ``check_segment`` on every system's FLORES dev tune
lines of fr, es and ar, CPU ms a line after 100 lines of warm-up (the one-off tables built). Run it
with each code on ``PYTHONPATH``, in fresh processes, interleaved, and compare the medians.

    PYTHONPATH=. python benchmarks/check_warm.py [../shared/flores-dev]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # after PYTHONPATH's code: the code measured comes first

from benchmarks.flores import read_pair, split
from summarise.config import ChecksSection
from summarise.quality.checks import check_segment

WARM_UP = 100


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else HERE.parent.parent / "shared" / "flores-dev"
    cfg = ChecksSection()
    out = []
    for lang in ("fr", "es", "ar"):
        pair = read_pair(folder / f"{lang}-en")
        tune = split(len(pair.src))["tune"]
        pairs = [(pair.src[i], system[i]) for system in pair.systems.values() for i in tune]
        for src, tgt in pairs[:WARM_UP]:
            check_segment(src, tgt, cfg, 256, lang=lang)
        started = time.process_time()
        for src, tgt in pairs[WARM_UP:]:
            check_segment(src, tgt, cfg, 256, lang=lang)
        out.append(f"{lang}={1000 * (time.process_time() - started) / (len(pairs) - WARM_UP):.3f}")
    print(sys.modules["summarise"].__file__, " ".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
