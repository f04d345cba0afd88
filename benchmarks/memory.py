"""Peak memory against the number of documents: it must not grow with the input.

Runs 1,000 and 10,000 distinct documents made from the seeds (data/*.txt, each with its
own id and one sentence of its own) through ``summarise.run`` (read, clean, segment,
translation by the tiny test Marian, extractive summaries, checks, write), each size in
a fresh process, and prints documents, seconds, documents/s and peak RSS:

    python benchmarks/memory.py                        # 1,000 and 10,000 documents
    python benchmarks/memory.py --quick                # 100 and 1,000
    python benchmarks/memory.py --format jsonl         # one JSONL input file instead of a folder
    python benchmarks/memory.py --first-pass-only      # only the first pass that counts shared lines

Every run starts with a first pass over its inputs (``boilerplate.repeated_lines``: the lines
many documents share are the site's chrome); its table is printed too, so that both show the
peak does not grow with the number of documents.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from speed import peak_rss_mib, write_documents  # noqa: E402

from benchmarks.output import emit  # noqa: E402


def write_jsonl(path: Path, count: int) -> Path:
    """The same documents as ``write_documents``, as one JSONL file of {"id", "text"}."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_documents(Path(tmp), count, variant="mémoire")
        with path.open("w", encoding="utf-8") as fh:
            for doc in sorted(folder.glob("*.txt")):
                fh.write(
                    json.dumps({"id": doc.stem, "text": doc.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n"
                )
    return path


def run_size(args) -> dict:
    """One run over the prepared input (in this fresh process)."""
    import summarise

    config = summarise.load_config(
        overrides=[
            f"translate.model={args.model}",
            "translate.backend=transformers",
            f"translate.num_beams={args.beam}",
            f"translate.max_new_tokens={args.max_new_tokens}",
            "summarise.method=extractive",
            "run.device=cpu",
        ]
    )
    models = summarise.load_models(config)
    before = peak_rss_mib()
    started = time.perf_counter()
    result = summarise.run(config, [args.input], args.output, models=models, progress=False)
    seconds = time.perf_counter() - started
    return dict(
        documents=result.done + result.failed,
        failed=result.failed,
        seconds=seconds,
        peak_rss_mib=peak_rss_mib(),
        rss_after_load_mib=before,
        records=sum(1 for _ in open(Path(args.output) / "records.jsonl", encoding="utf-8")),
    )


def first_pass(args) -> dict:
    """The first pass alone: read every input and count the lines they share."""
    from summarise.text.boilerplate import repeated_lines
    from summarise.text.read import read

    before = peak_rss_mib()
    started = time.perf_counter()
    table = repeated_lines(read([args.input]))
    return dict(
        documents=table.documents,
        failed=0,
        seconds=time.perf_counter() - started,
        peak_rss_mib=peak_rss_mib(),
        rss_after_load_mib=before,
        shared_lines=len(table.counts),
    )


def child(args, size: int, tmp: Path, mode: str = "--child") -> dict:
    if args.format == "jsonl":
        source = write_jsonl(tmp / f"in-{size}.jsonl", size)
    else:
        source = write_documents(tmp / f"in-{size}", size, variant="mémoire")
    cmd = [
        sys.executable,
        __file__,
        mode,
        "--model",
        args.model,
        "--input",
        str(source),
        "--output",
        str(tmp / f"out-{size}"),
        "--beam",
        str(args.beam),
        "--max-new-tokens",
        str(args.max_new_tokens),
    ]
    # OMP_WAIT_POLICY=PASSIVE: on a shared CPU, OpenMP busy-waiting makes 2-thread torch
    # many times slower as soon as another process runs (see README).
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false"}
    env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"run of {size} documents failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def table(rows: list[dict], args) -> str:
    first, last = rows[0], rows[-1]
    ratio = last["peak_rss_mib"] / first["peak_rss_mib"]
    lines = [
        f"`summarise run` on synthetic documents made from data/*.txt ({args.format} input): clean, "
        f"segment, tiny test Marian (beam {args.beam}, max_new_tokens {args.max_new_tokens}), "
        "extractive summaries, checks, records.jsonl; each size in a fresh process, "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', 'PASSIVE')}. "
        f"Peak RSS {last['documents']:,} / {first['documents']:,} documents: {ratio:.2f}x.",
        "",
        "| documents | failed | seconds | documents/s | RSS after model load (MiB) | peak RSS (MiB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['documents']:,} | {r['failed']} | {r['seconds']:.1f} | "
            f"{r['documents'] / r['seconds']:.1f} | {r['rss_after_load_mib']:.0f} | "
            f"{r['peak_rss_mib']:.0f} |"
        )
    return "\n".join(lines)


def first_pass_table(rows: list[dict]) -> str:
    ratio = rows[-1]["peak_rss_mib"] / rows[0]["peak_rss_mib"]
    lines = [
        f"First pass alone (read every input, count shared lines): peak RSS "
        f"{rows[-1]['documents']:,} / {rows[0]['documents']:,} documents: {ratio:.2f}x.",
        "",
        "| documents | seconds | documents/s | shared lines kept | peak RSS (MiB) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['documents']:,} | {r['seconds']:.1f} | {r['documents'] / r['seconds']:.1f} | "
            f"{r['shared_lines']:,} | {r['peak_rss_mib']:.0f} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=None, help="comma-separated (default 1000,10000; quick 100,1000)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--format", choices=("txt", "jsonl"), default="txt", help="a folder of .txt files (default) or one JSONL file"
    )
    parser.add_argument("--beam", type=int, default=1)
    parser.add_argument("--max-new-tokens", type=int, default=8)
    parser.add_argument("--model", help="a saved translation model (default: the tiny test Marian)")
    parser.add_argument("--out", help="also write the table (markdown) to this file")
    parser.add_argument(
        "--first-pass-only", action="store_true", help="measure only the first pass (no model, seconds)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-first-pass", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_size(args)))
        return 0
    if args.child_first_pass:
        print(json.dumps(first_pass(args)))
        return 0
    if args.first_pass_only:
        args.model = args.model or "-"
    elif not args.model:
        from tests.models import build_all

        args.model = build_all()["marian"]
    sizes = [int(s) for s in (args.sizes or ("100,1000" if args.quick else "1000,10000")).split(",")]
    rows, passes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            passes.append(child(args, size, Path(tmp), "--child-first-pass"))
            print(f"{size} first pass: {json.dumps(passes[-1])}", file=sys.stderr, flush=True)
            if not args.first_pass_only:
                rows.append(child(args, size, Path(tmp)))
                print(f"{size}: {json.dumps(rows[-1])}", file=sys.stderr, flush=True)
    text = (table(rows, args) + "\n\n" if rows else "") + first_pass_table(passes)
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
