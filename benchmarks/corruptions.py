"""Generator B: corrupt good English MT outputs one error class at a time, and measure how
many of the corruptions the checks catch (and how often they flag the good outputs).

    python benchmarks/corruptions.py ../shared/flores-dev                  # every pair folder
    python benchmarks/corruptions.py ../shared/flores-dev/es-en --n 300 --seed 1 --out benchmarks/out/b.md

The classes (``benchmarks/generator_b``, one module per kind of error) follow the MQM / WMT
critical-error categories for numbers and facts; the package's docstring lists them.

Generator B shares no code with the planting of ``benchmarks/checks.py`` (generator A).

Script mode: for each pair folder, each system and the human reference, each half of
``benchmarks/flores.py``'s split ("tune", "heldout-open", "sealed"; with ``--whole`` the
folder as one "held-out" part, for a folder no check was tuned on): the false alarms (share of the good
lines with a critical flag, and with any flag); then, per class and half, the recall (share
of corrupted lines that get a critical flag), corrupting only systems' lines that the checks
pass without a critical flag, up to ``--n`` lines per class and half. Each line's corruption
is drawn from its own generator seeded by (seed, class, system, line), so results reproduce.
The checks run exactly as the check stage runs them: ``summarise.checks.check`` on
one-segment records whose ``lang`` is the source language.

``--part tune`` / ``--class negation_dropped`` narrow the run (repeatable); ``--show-missed
CLASS`` with ``--part tune`` alone prints that class's corrupted lines that no check caught, to
study them. It is refused for any other part: held-out lines are never printed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.flores import OPEN, SPLITS, Pair, pair_folders, read_pair
from benchmarks.flores import parts as folder_parts
from benchmarks.generator_b import CLASSES, corrupt, line_rng
from benchmarks.generator_b.names import names_by_line, swap_pool
from benchmarks.output import emit
from summarise.config import ChecksSection
from summarise.quality.checks import check
from summarise.record import Record

MAX_NEW_TOKENS = 256
TUNE = SPLITS[0]  # the one part whose missed lines may be printed
CFG = ChecksSection()


# --- measuring ----------------------------------------------------------------------------


def run_checks(pairs: Sequence[tuple[str, str]], lang: str) -> list[list[dict]]:
    """The check stage's flags for each (source, output) as a one-segment record."""
    records = [
        Record(
            id=str(i),
            source="flores",
            lang=lang,
            translation={"segments": [{"para": 1, "src": s, "tgt": t, "flags": []}]},
        )
        for i, (s, t) in enumerate(pairs)
    ]
    out = list(check(records, CFG, MAX_NEW_TOKENS))
    for rec in out:
        if rec.error:
            raise RuntimeError(f"line {rec.id}: {rec.error}")
    return [rec.translation["segments"][0]["flags"] for rec in out]


def is_critical(flag: dict) -> bool:
    return flag.get("severity", "critical") == "critical"


def any_critical(flags: list[dict]) -> bool:
    return any(is_critical(f) for f in flags)


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "—"


def corrupted_sample(
    pair: Pair,
    cls: str,
    lines: list[int],
    clean: dict[str, list[list[dict]]],
    names: list[list[str]],
    n: int,
    seed: int,
    half: str,
) -> tuple[list[tuple[str, str]], int]:
    """Up to ``n`` (source, corrupted output) of class ``cls`` from the systems' lines of
    one half that pass without a critical flag, in a seeded order; and how many lines the
    class could apply to (counted while drawing, so at most the sample when it stops early).

    The order is drawn over all the half's lines, flagged or not, and the flagged ones are left
    out after: a change to the checks that flags a few lines more or fewer takes those lines out
    of the sample or puts them in, and leaves the rest of it as it was (a shuffle of the good
    lines alone drew another sample whenever one line changed, and recall moved by up to 5 points
    on lines the checks judged alike)."""
    order = [(name, i) for name in pair.systems for i in lines]
    random.Random(f"B:{seed}:{cls}:{half}").shuffle(order)
    candidates = [(name, i) for name, i in order if not any_critical(clean[name][i])]
    sample = []
    pools: dict[int, list[str]] = {}
    for name, i in candidates:
        if cls == "entity_swapped" and i not in pools:
            pools[i] = swap_pool(names, i)
        out = corrupt(cls, pair.systems[name][i], pair.src[i], line_rng(seed, cls, name, i), pools.get(i, ()))
        if out is not None:
            sample.append((pair.src[i], out))
            if len(sample) == n:
                break
    return sample, len(candidates)


def false_alarm_rows(pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]]) -> list[str]:
    """Per system (and the reference): share of good lines with a critical flag, and with any
    flag, per half."""
    head = ["system"] + [f"{half} {what}" for half in halves for what in ("critical", "any flag")]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for name in clean:
        cells = []
        for lines in halves.values():
            flags = [clean[name][i] for i in lines]
            cells += [pct(sum(map(any_critical, flags)), len(flags)), pct(sum(bool(f) for f in flags), len(flags))]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def groups(pair: Pair) -> list[tuple[str, list[str]]]:
    """The columns of the per-check counts: the systems together, and the reference when the
    folder has one."""
    return [("systems", list(pair.systems)), *([("reference", ["reference"])] if pair.ref is not None else [])]


def critical_code_rows(pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]]) -> list[str]:
    """Which checks raise the critical false alarms: lines per code, systems together and the
    reference, per half."""
    counts: dict[tuple[str, str], Counter] = {}
    for half, lines in halves.items():
        for group, names in groups(pair):
            counts[(group, half)] = Counter(
                code for name in names for i in lines for code in {f["code"] for f in clean[name][i] if is_critical(f)}
            )
    codes = sorted(set().union(*counts.values()))
    if not codes:
        return ["No critical false alarm."]
    head = ["check"] + [f"{group} {half}" for half in halves for group, _ in groups(pair)]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for code in codes:
        cells = [str(counts[(group, half)][code]) for half in halves for group, _ in groups(pair)]
        out.append(f"| `{code}` | " + " | ".join(cells) + " |")
    return out


def recall_rows(
    pair: Pair,
    halves: dict[str, list[int]],
    clean: dict[str, list[list[dict]]],
    n: int,
    seed: int,
    classes: Sequence[str] = tuple(CLASSES),
    missed: dict[str, list[tuple[str, str]]] | None = None,
) -> list[str]:
    """Per class: corrupted lines, caught (a critical flag) and recall per half; the codes
    that caught them, and how many got only a note. With ``missed``, the tune part's
    corrupted lines that no critical flag caught are added to it per class (keys: the
    classes to collect)."""
    names = names_by_line(pair.ref if pair.ref is not None else next(iter(pair.systems.values())))
    head = ["class"] + [f"{half} {what}" for half in halves for what in ("n", "caught", "recall")]
    head += ["note only", "caught by"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 2) + "---|"]
    for cls in classes:
        cells, codes, notes = [], Counter(), 0
        for half, lines in halves.items():
            sample, _ = corrupted_sample(pair, cls, lines, clean, names, n, seed, half)
            flags = run_checks(sample, pair.lang)
            if missed is not None and cls in missed and half in (TUNE, OPEN):
                missed[cls] += [line for line, f in zip(sample, flags, strict=True) if not any_critical(f)]
            caught = sum(map(any_critical, flags))
            notes += sum(1 for f in flags if f and not any_critical(f))
            codes.update(code for f in flags for code in sorted({x["code"] for x in f if is_critical(x)}))
            cells += [str(len(sample)), str(caught), pct(caught, len(sample))]
        by = ", ".join(f"`{c}` {k}" for c, k in codes.most_common(4)) or "—"
        out.append(f"| {cls} | " + " | ".join(cells) + f" | {notes} | {by} |")
    return out


def missed_rows(missed: dict[str, list[tuple[str, str]]], part: str = TUNE) -> list[str]:
    """The corrupted lines of ``part`` (tune, or an open folder) no critical flag caught, per
    class: source, then output."""
    out = []
    for cls, lines in missed.items():
        out += ["", f"Missed on {part}, {cls} ({len(lines)}):", ""]
        for src, tgt in lines:
            out += [f"* src: {src}", f"  out: {tgt}"]
    return out


def pair_report(
    folder: Path,
    n: int,
    seed: int,
    whole: bool = False,
    only: Sequence[str] = (),
    classes: Sequence[str] = tuple(CLASSES),
    show_missed: Sequence[str] = (),
    open_: bool = False,
) -> str:
    """The three tables of one pair folder; the folder as one held-out part with ``whole``;
    only the parts ``only`` when given; the recall of ``classes``; and the tune part's missed
    corrupted lines of the classes ``show_missed`` (never another part's)."""
    pair = read_pair(folder)
    halves = {
        half: lines for half, lines in folder_parts(len(pair.src), whole, open_).items() if not only or half in only
    }
    if show_missed and set(halves) not in ({TUNE}, {OPEN}):
        raise ValueError(f"missed lines are shown for the {TUNE} part only (--part {TUNE}), or an open folder")
    missed: dict[str, list[tuple[str, str]]] = {cls: [] for cls in show_missed}
    clean = {name: run_checks(list(zip(pair.src, out)), pair.lang) for name, out in pair.systems.items()}
    if pair.ref is not None:
        clean["reference"] = run_checks(list(zip(pair.src, pair.ref)), pair.lang)
    sizes = ", ".join(f"{half} {len(lines)}" for half, lines in halves.items())
    out = [
        f"## {folder.name} (source language: {pair.lang}; lines: {sizes})",
        "",
        "False alarms: share of the good lines with a critical flag, and with any flag:",
        "",
        *false_alarm_rows(pair, halves, clean),
        "",
        "Lines with a critical flag, per check (systems together, and the reference):",
        "",
        *critical_code_rows(pair, halves, clean),
        "",
        (
            f"Recall (generator B, seed {seed}): up to {n} corrupted lines per class and half, drawn "
            "from the systems' lines with no critical flag; caught = a critical flag; 'note only' = "
            "flagged with notes alone (both halves); 'caught by' = the checks that caught them:"
        ),
        "",
        *recall_rows(pair, halves, clean, n, seed, classes, missed),
        *missed_rows(missed, OPEN if open_ else TUNE),
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a FLORES-style pair folder, or a folder of them")
    parser.add_argument("--n", type=int, default=300, help="corrupted lines per class and half (300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="read each folder whole, as one held-out part (a folder no check was tuned on)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        help=f"read each folder whole, as one part '{OPEN}' whose missed lines may be shown "
        "(benchmarks/data/news/open, benchmarks/data/talks-open, benchmarks/data/parallel-open)",
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=SPLITS,
        help="report only this part of the split (repeatable; default: every part)",
    )
    parser.add_argument(
        "--class",
        dest="classes",
        action="append",
        choices=list(CLASSES),
        help="measure the recall of this class only (repeatable; default: every class)",
    )
    parser.add_argument(
        "--show-missed",
        action="append",
        choices=list(CLASSES),
        default=[],
        help=f"print the corrupted lines of this class no check caught (repeatable; with --part {TUNE} only)",
    )
    args = parser.parse_args(argv)
    if args.whole and args.part:
        parser.error("--part chooses a part of the split; a folder read --whole is one part")
    if args.whole and args.open:
        parser.error("a folder is read --whole (held-out data) or --open (data to study), not both")
    if args.open and args.part:
        parser.error("--part chooses a part of the split; a folder read --open is one part")
    if args.show_missed and not args.open and (args.whole or args.part != [TUNE]):
        parser.error(f"--show-missed prints lines of the {TUNE} part only (--part {TUNE} alone), or of a folder --open")
    try:
        folders = pair_folders(args.folder)
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    text = "\n".join(
        pair_report(
            folder,
            args.n,
            args.seed,
            args.whole,
            args.part or (),
            args.classes or tuple(CLASSES),
            args.show_missed,
            args.open,
        )
        for folder in folders
    )
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
