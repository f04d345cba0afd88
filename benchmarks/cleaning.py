"""Print the real-world cleaning score tables (the ones tests/test_realworld.py checks).

One table per (lang, split) group of the corpus (fr/dev, the sites the cleaning was tuned on, then
the held-out fr, es and ar groups, whole pages, the `confirm`, `confirm3` to `confirm13` splits (and
`tune6` to `tune13` beside the last eight), the releases in other languages, `other-tune` and
`other-confirm`, per language), each with its totals, then the totals of every group side by side
(the other-language splits pooled too); a confirmation split shows its totals only.

    python benchmarks/cleaning.py                 # each file cleaned alone
    python benchmarks/cleaning.py --mode batch    # all inputs cleaned in one run
    python benchmarks/cleaning.py --out benchmarks/out/cleaning.md

The corpus, the golds and the measures are described in tests/realworld.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.output import emit
from tests.realworld import MODES, report, score_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=MODES + ("both",), default="both")
    parser.add_argument("--out", type=Path, help="also write the table(s) to this Markdown file")
    args = parser.parse_args(argv)
    modes = MODES if args.mode == "both" else (args.mode,)
    tables = [report(score_corpus(mode), mode) for mode in modes]
    text = "\n".join(tables)
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
