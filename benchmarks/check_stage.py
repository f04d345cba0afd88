"""The check stage's speed on a stand-in output, codes interleaved: the first 88 lines of more
than five words of ``data/*.txt``, each checked (French) against the first 32 words of its own
document, so that every line has numbers and names the output lacks and reaches every rule. Each
code runs in a fresh process, the codes one after another (A B C A B C ...) for ``--rounds``
rounds, so a slow moment falls on each alike; the table gives each code's median and range of the
check loop's seconds (wall clock, after the imports), its CPU time (less moved by other jobs), how
many of wordfreq's lists it loaded and the process's peak memory.

    python benchmarks/check_stage.py --code main=. --code before=/path/to/a/worktree --rounds 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINES = 88

PROBE = """
import glob, sys, time
from summarise.config import ChecksSection
from summarise.quality.checks import check_segment
import summarise.text.segment  # noqa: F401 (its import outside the clock)
cfg = ChecksSection()
pairs = []
for path in sorted(glob.glob(sys.argv[1] + "/data/*.txt")):
    document = open(path).read()
    stand_in = " ".join(document.split()[:32])
    pairs += [(line[:400], stand_in) for line in document.splitlines() if len(line.split()) > 5]
start, cpu = time.perf_counter(), time.process_time()
for src, out in pairs[: int(sys.argv[2])]:
    check_segment(src, out, cfg, 256, lang="fr")
import resource, wordfreq
lists = wordfreq.get_frequency_list.cache_info().currsize
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(sys.modules["summarise"].__file__, time.perf_counter() - start, time.process_time() - cpu, lists, rss)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", action="append", required=True, help="NAME=PATH of a checkout (repeatable)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    codes = [tuple(spec.split("=", 1)) for spec in args.code]
    seconds: dict[str, list[float]] = {name: [] for name, _ in codes}
    cpu: dict[str, list[float]] = {name: [] for name, _ in codes}
    loaded: dict[str, set[int]] = {name: set() for name, _ in codes}
    peak: dict[str, list[float]] = {name: [] for name, _ in codes}
    for _ in range(args.rounds):
        for name, path in codes:
            env = {**os.environ, "PYTHONPATH": str(Path(path).resolve())}
            run = subprocess.run(
                [sys.executable, "-c", PROBE, str(ROOT), str(LINES)],
                env=env,
                cwd=path,
                capture_output=True,
                text=True,
                check=True,
            )
            module, took, used, lists, rss = run.stdout.split()[-5:]
            assert module.startswith(str(Path(path).resolve())), f"{name} ran {module}"
            seconds[name].append(float(took))
            cpu[name].append(float(used))
            loaded[name].add(int(lists))
            peak[name].append(float(rss))
    print("| code | median (s) | min-max (s) | CPU s, median (min-max) | word lists loaded | peak RSS, MiB | runs |")
    print("|---|---:|---:|---|---|---|---:|")
    for name, times in seconds.items():
        used = cpu[name]
        print(
            f"| {name} | {statistics.median(times):.2f} | {min(times):.2f}-{max(times):.2f} | "
            f"{statistics.median(used):.2f} ({min(used):.2f}-{max(used):.2f}) | "
            f"{'-'.join(str(n) for n in sorted(loaded[name]))} | "
            f"{min(peak[name]):.0f}-{max(peak[name]):.0f} | {len(times)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
