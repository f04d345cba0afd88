"""argv -> library calls, nothing else.

Exit codes: 0 every document is fine, 1 some documents failed (their records say why,
the others are complete), 2 a user's mistake (usage, config, model, a busy or unwritable run folder, a bad
corrections or references file; one line says what to do), 130/143 stopped by
SIGINT/SIGTERM (the same command resumes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarise.errors import UserError
from summarise.version import __version__

# Each command imports the library it calls: the imports take a second or more, and a Ctrl-C
# during them must reach main() (exit 130, one line), not stop Python with a traceback.

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _shard(value: str) -> tuple[int, int]:
    try:
        index, count = (int(x) for x in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError("must look like I/N, e.g. 0/4") from None
    if not 0 <= index < count:
        raise argparse.ArgumentTypeError("needs 0 <= I < N")
    return index, count


def _count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number, e.g. 10") from None
    if count < 1:
        raise argparse.ArgumentTypeError("must be 1 or more (leave --limit out to process every document)")
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarise",
        description="Clean, translate, summarise and review press releases (French, Spanish, Arabic and more).",
    )
    parser.add_argument("--version", action="version", version=f"summarise {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("clean", help="read and clean inputs into JSONL records (no model)")
    p.add_argument("inputs", nargs="+", help="files, folders or .jsonl files")
    p.add_argument("-o", "--output", required=True, help="output .jsonl file")
    p.add_argument("--languages", default="fr", help="comma-separated expected languages")

    p = sub.add_parser("run", help="clean, translate, summarise and check, as a config says")
    p.add_argument("config", help="TOML config file, e.g. configs/default.toml")
    p.add_argument("--input", action="append", help="input file or folder (repeatable); default run.input")
    p.add_argument("--output", help="output folder; default runs/<run.name>")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
        help="override a config key, typed as in TOML (repeatable)",
    )
    p.add_argument(
        "--force", action="store_true", help="redo the selected documents even if already done (other records are kept)"
    )
    p.add_argument("--limit", type=_count, help="process at most N documents")
    p.add_argument("--shard", type=_shard, help="process shard I of N (by position), e.g. 0/4")

    p = sub.add_parser("download", help="fetch every model a config needs into the local cache")
    p.add_argument("config")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")

    p = sub.add_parser("review", help="write review.html for a run; apply corrections; print stats")
    p.add_argument("run_dir")
    p.add_argument("--apply", metavar="CORRECTIONS.jsonl", help="merge a reviewer's corrections")
    p.add_argument("--stats", action="store_true", help="print a table of documents and flags")

    p = sub.add_parser("export", help="write the English releases (DOCX, Markdown, HTML or text) and a digest")
    p.add_argument("run_dir")
    p.add_argument(
        "--format",
        dest="fmt",
        choices=("docx", "md", "html", "txt"),
        default="docx",
        help="default docx (needs python-docx); md, html and txt need nothing",
    )
    p.add_argument("-o", "--output", help="output folder; default RUN_DIR/export")
    p.add_argument(
        "--only-reviewed", action="store_true", help="only documents whose critical flags are all accepted or corrected"
    )
    p.add_argument("--digest", action="store_true", help="also write digest.<format>: French and English summaries")
    p.add_argument("--summary", action="store_true", help="put the English summary in each release")

    p = sub.add_parser("eval", help="score a run against reference English texts (BLEU, chrF)")
    p.add_argument("run_dir")
    p.add_argument("--refs", required=True, help="folder of <id>.txt or a JSONL of {id, text}")

    p = sub.add_parser("memory", help="exchange the translation memory with CAT tools as TMX")
    p.add_argument("action", choices=["import", "export"])
    p.add_argument("tmx", help="the TMX file to read (import) or write (export)")
    p.add_argument(
        "--memory",
        default="runs/memory.jsonl",
        help="the memory file (translate.memory); default runs/memory.jsonl, beside the runs",
    )
    return parser


def cmd_clean(args: argparse.Namespace) -> int:
    from summarise.pipeline import clean_to_jsonl

    counts = clean_to_jsonl(args.inputs, args.output, languages=tuple(args.languages.split(",")))
    failed = sum(v for k, v in counts.items() if k != "ok")
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()) if k != "ok")
    total = sum(counts.values())
    print(
        f"summarise clean: {total} read, {counts['ok']} cleaned, {failed} failed"
        + (f" ({kinds})" if kinds else "")
        + f" -> {args.output}",
        file=sys.stderr,
    )
    return EXIT_FAILED if failed else EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from summarise.config import load_config
    from summarise.pipeline import run

    config = load_config(args.config, args.overrides)
    _quiet_model_loading()
    result = run(config, args.input, args.output, force=args.force, limit=args.limit, shard=args.shard)
    print(end_of_run(result), file=sys.stderr)
    return result.exit_code


def end_of_run(result) -> str:
    """Where the time went, what was done, how many documents need review, what to run next."""
    split = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.stage_seconds.items())
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(result.failures.items()))
    line = (
        f"summarise run: {result.status}; {result.done} done, {result.skipped} already done, "
        f"{result.failed} failed" + (f" ({kinds})" if kinds else "") + f" -> {result.output}"
    )
    review = f"{result.needs_review} documents need review"
    if result.critical is not None:
        review += f" ({result.critical} critical flags)"
    return (f"time: {split}\n" if split else "") + f"{line}\n{review}: summarise review {result.output}"


def _quiet_model_loading() -> None:
    """Our own progress bar is the one a user watches; transformers' loading bars are noise."""
    from transformers.utils import logging

    logging.disable_progress_bar()


def cmd_download(args: argparse.Namespace) -> int:
    from summarise.config import load_config
    from summarise.models.required import download_all

    config = load_config(args.config, args.overrides)
    _quiet_model_loading()
    for where in download_all(config):
        print(f"ready: {where}", file=sys.stderr)
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from summarise.review import page as review

    run_dir = Path(args.run_dir)
    if args.apply:
        applied = review.apply_corrections(run_dir, Path(args.apply))
        print(
            f"applied {applied} corrections to {run_dir / 'records.jsonl'} (kept in {run_dir / 'reviews.jsonl'})",
            file=sys.stderr,
        )
    if args.stats:
        print(review.stats(run_dir))
    page = review.write_review(run_dir)
    print(f"review page: {page}", file=sys.stderr)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from summarise.review.evaluate import evaluate

    scores = evaluate(Path(args.run_dir), Path(args.refs))
    print(
        f"BLEU {scores['bleu']['score']:.1f}  chrF {scores['chrf']['score']:.1f}  "
        f"({scores['scored']} documents; scores saved in {Path(args.run_dir) / 'manifest.json'})"
    )
    print(scores["bleu"]["signature"])
    print(scores["chrf"]["signature"])
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from summarise.review.export import export

    result = export(
        args.run_dir, args.fmt, args.output, only_reviewed=args.only_reviewed, digest=args.digest, summary=args.summary
    )
    for doc_id, why in result.held_back.items():
        print(f"  not exported: {doc_id}: {why}", file=sys.stderr)
    print(
        f"summarise export: {len(result.written)} releases ({args.fmt})"
        + (" and the digest" if result.digest else "")
        + f", {len(result.held_back)} not exported"
        + f" -> {result.out_dir}",
        file=sys.stderr,
    )
    return EXIT_FAILED if result.failed else EXIT_OK


def cmd_memory(args: argparse.Namespace) -> int:
    from summarise.store.memory import export_tmx, import_tmx

    if args.action == "import":
        print(f"{import_tmx(args.tmx, args.memory)} entries added to {args.memory}", file=sys.stderr)
    else:
        print(f"{export_tmx(args.memory, args.tmx)} entries written to {args.tmx}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "clean": cmd_clean,
    "run": cmd_run,
    "download": cmd_download,
    "review": cmd_review,
    "export": cmd_export,
    "eval": cmd_eval,
    "memory": cmd_memory,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"summarise {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as exc:  # Ctrl-C before the run's own handler (e.g. loading models)
        signum = getattr(exc, "signum", 2)
        print(f"summarise {args.command}: stopped; run the same command again to resume", file=sys.stderr)
        return 128 + signum


if __name__ == "__main__":
    sys.exit(main())
