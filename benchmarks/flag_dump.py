"""Every flag the check stage writes, line by line, to prove a speed change changes no flag.

For each pair folder given (a FLORES-style folder or a folder of them), every system's output
and the reference go through ``benchmarks.checks.run_checks`` (the project's ``check()`` stage),
and one line per segment is written: folder, system, line number and the flags as sorted JSON.
The file holds sealed and held-out lines' flags: compare two dumps with ``cmp`` or count the
differing lines, never read them.

    python benchmarks/flag_dump.py ../shared/flores-dev benchmarks/data/talks --out /tmp/flags.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.checks import run_checks
from benchmarks.flores import pair_folders, read_pair


def dump(folder: Path) -> list[str]:
    """One tab-separated line per (system, line): folder, system, index, flags as JSON."""
    pair = read_pair(folder)
    outputs = {**pair.systems, **({"ref": pair.ref} if pair.ref is not None else {})}
    rows = []
    for name, out in outputs.items():
        flags = run_checks([(s, t, {}) for s, t in zip(pair.src, out)], pair.lang)
        label = f"{folder.parent.name}/{folder.name}"
        rows += [
            f"{label}\t{name}\t{i}\t{json.dumps(f, sort_keys=True, ensure_ascii=False)}" for i, f in enumerate(flags)
        ]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="pair folders, or folders of them")
    parser.add_argument("--out", type=Path, required=True, help="the dump (one line per segment)")
    args = parser.parse_args(argv)
    rows = []
    for path in args.folders:
        for folder in pair_folders(path):
            started = time.process_time()
            rows += dump(folder)
            print(f"{folder}: {time.process_time() - started:.1f} s CPU", file=sys.stderr)
    args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
