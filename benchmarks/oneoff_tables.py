"""What the check stage builds once a run, without a profiler: each table's own CPU and wall time
the first time it is built, in a fresh process per language.

The probe checks the lines of more than five words of one document (``check_stage.py``'s stand-in:
each line against the first 32 words of its document as the output) twice: cold, then warm.
Every function of ``summarise`` that keeps what it returns (``functools.cache`` / ``lru_cache``)
and the language profile's builders (``languages._calendar_names``...) are wrapped to time each
call that builds (a cache miss), less the builds it calls (its own time). Per-word caches
(``fold``, ``zipf``...) show up with many builds; a table with one or two. The cold pass less the
warm pass is the whole of what the first lines pay.

    python benchmarks/oneoff_tables.py                  # French (data/*.txt), Spanish, Arabic
    python benchmarks/oneoff_tables.py --doc es=PATH --top 30
    python benchmarks/oneoff_tables.py --code /path/to/another/checkout   # its code, these documents
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "realworld"
DEFAULT_DOCS = {
    "fr": str(sorted((ROOT / "data").glob("*.txt"))[0]),
    "es": str(sorted(FIXTURES.glob("es_*.txt"))[0]),
    "ar": str(sorted(FIXTURES.glob("ar_*.txt"))[0]),
}

PROBE = r"""
import functools, json, sys, time
lang, path = sys.argv[1], sys.argv[2]
t0, c0 = time.perf_counter(), time.process_time()
from summarise.config import ChecksSection
from summarise.quality.checks import check_segment
import summarise.text.segment  # noqa: F401
imports = (time.perf_counter() - t0, time.process_time() - c0)
import summarise.text.languages as languages
HELPERS = ("_locales", "_calendar_names", "_day_numbers", "_day_periods", "_stopwords",
           "_capitalises_nouns", "_cldr_coordinators", "_decimal_comma", "_text2num_reads", "likely_script")
stats, stack = {}, []
def wrap(name, fn):
    cached = hasattr(fn, "cache_info")
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        before = fn.cache_info().misses if cached else 0
        stack.append([0.0, 0.0])
        w, c = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            dw, dc = time.perf_counter() - w, time.process_time() - c
            child_w, child_c = stack.pop()
            if stack:
                stack[-1][0] += dw
                stack[-1][1] += dc
            if not cached or fn.cache_info().misses > before:
                s = stats.setdefault(name, [0, 0.0, 0.0, 0.0])
                s[0] += 1
                s[1] += dw - child_w
                s[2] += dc - child_c
                s[3] = max(s[3], dc - child_c)
            elif stack:  # a hit costs its caller, not a build
                pass
    if cached:
        timed.cache_info = fn.cache_info
        timed.cache_clear = fn.cache_clear
    return timed
originals = {}
for modname, mod in list(sys.modules.items()):
    if not modname.startswith("summarise") or mod is None:
        continue
    for attr, value in list(vars(mod).items()):
        if getattr(value, "__module__", "") != modname:
            continue
        if hasattr(value, "cache_info") or (mod is languages and attr in HELPERS):
            originals[id(value)] = (f"{modname.removeprefix('summarise.')}.{attr}", value)
wrapped = {key: wrap(name, fn) for key, (name, fn) in originals.items()}
for modname, mod in list(sys.modules.items()):
    if not modname.startswith("summarise") or mod is None:
        continue
    for attr, value in list(vars(mod).items()):
        if id(value) in wrapped and originals[id(value)][1] is value:
            setattr(mod, attr, wrapped[id(value)])
cfg = ChecksSection()
document = open(path, encoding="utf-8").read()
stand_in = " ".join(document.split()[:32])
pairs = [(line[:400], stand_in) for line in document.splitlines() if len(line.split()) > 5]
passes = []
for _ in range(2):
    w, c = time.perf_counter(), time.process_time()
    for src, out in pairs:
        check_segment(src, out, cfg, 256, lang=lang)
    passes.append((time.perf_counter() - w, time.process_time() - c))
    if not passes[1:]:
        cold = {k: list(v) for k, v in stats.items()}
import summarise
found = {"module": summarise.__file__, "imports": imports, "passes": passes, "lines": len(pairs), "builds": cold}
print(json.dumps(found))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doc", action="append", default=[], help="LANG=PATH (repeatable); default fr, es, ar")
    parser.add_argument("--code", default=str(ROOT), help="the checkout whose code runs (default this one)")
    parser.add_argument("--top", type=int, default=20, help="builders shown per language")
    args = parser.parse_args(argv)
    given = dict(spec.split("=", 1) for spec in args.doc) or DEFAULT_DOCS
    docs = {lang: str(Path(path).resolve()) for lang, path in given.items()}
    code = str(Path(args.code).resolve())
    env = {**os.environ, "PYTHONPATH": code}
    for lang, path in docs.items():
        run = subprocess.run(
            [sys.executable, "-c", PROBE, lang, path], cwd=code, env=env, capture_output=True, text=True, check=True
        )
        data = json.loads(run.stdout.strip().splitlines()[-1])
        (cw, cc), (ww, wc) = data["passes"]
        assert data["module"].startswith(code), data["module"]
        print(f"\n{lang}: {Path(path).name}, {data['lines']} lines; imports {data['imports'][1]:.2f} s CPU")
        print(f"cold pass {cc:.3f} s CPU ({cw:.3f} wall), warm pass {wc:.3f} s CPU ({ww:.3f} wall)\n")
        print("| builder | builds | own CPU s | own wall s | largest build, CPU s |")
        print("|---|---:|---:|---:|---:|")
        ranked = sorted(data["builds"].items(), key=lambda kv: -kv[1][2])
        for name, (n, wall, cpu, largest) in ranked[: args.top]:
            print(f"| {name} | {n} | {cpu:.3f} | {wall:.3f} | {largest:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
