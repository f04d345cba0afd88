"""Build the fresh held-out set of real machine translation: a seeded sample of FLORES-101
devtest lines, with every system's English output, from a clone of the public repository
mozilla/firefox-translations-models.

    git clone https://github.com/mozilla/firefox-translations-models CLONE
    python benchmarks/data/fresh-mt/build.py CLONE \
        --system fr-en:opusmt:fra-eng.output --system es-en:opusmt:spa-eng.output

The files read are ``evaluation/<pair>/flores-test.*`` at commit ``COMMIT`` (read with
``git show``, so the clone may be bare and on any branch): the source ``flores-test.<lang>``,
the human English ``flores-test.en`` and one ``flores-test.<system>.en`` per system. Each
pair folder gets, for the lines of the sample (the same line numbers in every pair, in their
order in the test set): ``src.<lang>``, ``ref.en``, ``<system>.en`` byte for byte, and
``lines.tsv`` (line of the folder, line of flores-test, counted from 0). The sample is
``random.Random(SEED).sample(range(1012), N)``, sorted. Nothing is chosen by hand.

``--system PAIR:NAME:FILE`` adds one more system from a whole devtest output of 1,012 lines
(``NAME.en`` in ``PAIR``): the OPUS-MT outputs of the Helsinki-NLP/OPUS-MT-leaderboard, which
the clone does not hold (the README names the files and their SHA-256).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "e7957fc407441a5e3e35bbcbf9d60d9b35764618"
PAIRS = ("fr-en", "es-en", "ar-en")
LINES = 1012  # FLORES-101 devtest
SEED = 20261204
N = 400


def show(clone: Path, path: str) -> list[str]:
    """The lines of one file of the clone at ``COMMIT``, line ends removed."""
    text = subprocess.run(
        ["git", "-C", str(clone), "show", f"{COMMIT}:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != LINES:
        raise ValueError(f"{path}: {len(lines)} lines, expected {LINES}")
    return lines


def files(clone: Path, pair: str) -> list[str]:
    """The flores-test source, reference and system files of one pair folder of the clone."""
    listing = subprocess.run(
        ["git", "-C", str(clone), "ls-tree", "--name-only", COMMIT, f"evaluation/{pair}/"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()
    lang = pair.split("-")[0]
    names = [Path(p).name for p in listing]
    return [
        p
        for p, name in zip(listing, names, strict=True)
        if name == f"flores-test.{lang}" or (name.startswith("flores-test.") and name.endswith(".en"))
    ]


def lines_of(path: Path) -> list[str]:
    """A whole devtest output read from a file, line ends removed."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != LINES:
        raise ValueError(f"{path}: {len(lines)} lines, expected {LINES}")
    return lines


def build(clone: Path, sample: list[int], extra: list[tuple[str, str, Path]]) -> None:
    for pair in PAIRS:
        folder = HERE / pair
        folder.mkdir(exist_ok=True)
        lang = pair.split("-")[0]
        for path in files(clone, pair):
            name = Path(path).name.removeprefix("flores-test.")
            target = "ref.en" if name == "en" else f"src.{lang}" if name == lang else name
            lines = show(clone, path)
            (folder / target).write_text("".join(lines[i] + "\n" for i in sample), encoding="utf-8")
        rows = ["line\tflores_devtest_line", *(f"{k}\t{i}" for k, i in enumerate(sample))]
        (folder / "lines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for pair, name, path in extra:
        (HERE / pair / f"{name}.en").write_text("".join(lines_of(path)[i] + "\n" for i in sample), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clone", type=Path, help="a clone of mozilla/firefox-translations-models")
    parser.add_argument(
        "--system",
        action="append",
        default=[],
        metavar="PAIR:NAME:FILE",
        help="one more system from a whole devtest output (1,012 lines)",
    )
    args = parser.parse_args(argv)
    extra = []
    for spec in args.system:
        pair, _, rest = spec.partition(":")
        name, _, file = rest.partition(":")
        if pair not in PAIRS or not name or not file:
            parser.error(f"--system {spec}: expected PAIR:NAME:FILE with PAIR one of {', '.join(PAIRS)}")
        extra.append((pair, name, Path(file)))
    try:
        build(args.clone, sorted(random.Random(SEED).sample(range(LINES), N)), extra)
    except (OSError, subprocess.CalledProcessError, ValueError) as exc:
        detail = str(exc)
        if isinstance(exc, subprocess.CalledProcessError) and exc.stderr:
            err = exc.stderr
            detail = (err.decode() if isinstance(err, bytes) else err).strip().splitlines()[0]
        print(f"build.py: {detail}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
