"""The main command of several checkouts, interleaved, with each stage's CPU time beside its wall
time: on a shared machine the wall clock of a stage moves with the other jobs, its CPU time
(user + system of the process, every thread) much less.

Each round runs every code once (A B A B ...), each in a fresh process: the code's own
``benchmarks/speed.py --row main_default`` (the main command on ``--main-docs`` documents, models
loaded first and not timed), with that code's ``StageTimes`` wrapped to count CPU time too. Every
code gets the same models (``--model``, ``--summariser``: built by ``benchmarks/speed.py``, see
its docstring) and the same conversion cache. The load average is read before and after each run.
A first, untimed run per code (``--warm``, default 1) fills what a first run fills once (the
conversions, the names check's word-list table).

    python benchmarks/speed_codes.py --code 0.2.0=/tmp/v020 --code this=. --rounds 3 \\
        --cache ~/.cache/summarise-bench --model PATH --summariser PATH --main-docs 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

# Run in the child before the code's speed.py: counts each stage's CPU time as StageTimes counts
# its wall time (each next() of a stage's output, less the stages upstream of it).
SHIM = r"""
import atexit, json, os, runpy, sys, time
tree = sys.argv[1]
sys.path.insert(0, tree)
from summarise.pipeline import stages
cpu, seen = {}, []
def _timed(self, name, source):
    seen[:] = [self]
    cpu.setdefault(name, 0.0)
    while True:
        wall, used = time.perf_counter(), time.process_time()
        try:
            record = next(source)
        except StopIteration:
            self.inclusive[name] += time.perf_counter() - wall
            cpu[name] += time.process_time() - used
            return
        self.inclusive[name] += time.perf_counter() - wall
        cpu[name] += time.process_time() - used
        yield record
stages.StageTimes._timed = _timed
def report():
    out, upstream = {}, 0.0
    for name in (seen[0].inclusive if seen else cpu):
        out[name] = round(max(cpu.get(name, 0.0) - upstream, 0.0), 3)
        upstream = cpu.get(name, 0.0)
    print(json.dumps({"cpu_stages": out, "load": os.getloadavg()[0]}))
atexit.register(report)
sys.argv = [tree + "/benchmarks/speed.py"] + sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_once(tree: Path, args) -> dict:
    cmd = [sys.executable, "-c", SHIM, str(tree), "--row", "main_default", "--model", args.model]
    cmd += ["--summariser", args.summariser, "--cache", args.cache, "--main-docs", str(args.main_docs)]
    env = dict(
        os.environ,
        PYTHONPATH=str(tree),
        SUMMARISE_CACHE=str(Path(args.cache) / "summarise"),
        TOKENIZERS_PARALLELISM="false",
        HF_HUB_OFFLINE="1",
        TQDM_DISABLE="1",
        OMP_WAIT_POLICY="PASSIVE",
    )
    load_before = os.getloadavg()[0]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        return {"error": f"exit {proc.returncode}"}
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    row = next(line for line in lines if "seconds" in line)
    extra = next(line for line in lines if "cpu_stages" in line)
    return {**row, **extra, "load_before": load_before}


def span(values: list[float], digits: int = 2) -> str:
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", action="append", required=True, help="NAME=PATH of a checkout (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm", type=int, default=1, help="untimed runs per code first")
    parser.add_argument("--main-docs", type=int, default=10)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--summariser", required=True)
    parser.add_argument("--out", type=Path, help="also write each run's figures (JSON lines) here")
    args = parser.parse_args(argv)
    codes = [(name, Path(path).resolve()) for name, path in (spec.split("=", 1) for spec in args.code)]
    for _ in range(args.warm):
        for name, tree in codes:
            print(f"warm {name}: {run_once(tree, args).get('seconds')}", file=sys.stderr, flush=True)
    runs: dict[str, list[dict]] = {name: [] for name, _ in codes}
    for r in range(args.rounds):
        for name, tree in codes:
            result = run_once(tree, args)
            print(f"round {r + 1} {name}: {json.dumps(result)}", file=sys.stderr, flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"code": name, "round": r + 1, **result}) + "\n")
            if "error" not in result:
                runs[name].append(result)
    stage_names = ("read+clean", "segment", "summarise", "translate", "check")
    print("| code | seconds, median (min-max) | " + " | ".join(f"{s}, wall / CPU s" for s in stage_names) + " |")
    print("|---|---|" + "---|" * len(stage_names))
    for name, _ in codes:
        done = runs[name]
        if not done:
            print(f"| {name} | failed |" + " |" * len(stage_names))
            continue
        cells = [
            span([d["stages"][s] for d in done]) + " / " + span([d["cpu_stages"].get(s, 0.0) for d in done])
            for s in stage_names
        ]
        print(f"| {name} | {span([d['seconds'] for d in done])} | " + " | ".join(cells) + " |")
    loads = [d[k] for name in runs for d in runs[name] for k in ("load_before", "load")]
    if loads:
        print(f"\nLoad average (1 min) before and after the runs: {min(loads):.1f}-{max(loads):.1f}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
