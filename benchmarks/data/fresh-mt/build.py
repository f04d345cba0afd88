"""Build the fresh held-out set of real machine translation: a seeded sample of FLORES-101
devtest lines, with every system's English output, from a clone of the public repository
mozilla/firefox-translations-models.

    git clone https://github.com/mozilla/firefox-translations-models CLONE
    python benchmarks/data/fresh-mt/build.py CLONE      # rewrites fr-en/, es-en/, ar-en/

The files read are ``evaluation/<pair>/flores-test.*`` at commit ``COMMIT`` (read with
``git show``, so the clone may be bare and on any branch): the source ``flores-test.<lang>``,
the human English ``flores-test.en`` and one ``flores-test.<system>.en`` per system. Each
pair folder gets, for the lines of the sample (the same line numbers in every pair, in their
order in the test set): ``src.<lang>``, ``ref.en``, ``<system>.en`` byte for byte, and
``lines.tsv`` (line of the folder, line of flores-test, counted from 0). The sample is
``random.Random(SEED).sample(range(1012), N)``, sorted. Nothing is chosen by hand.
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


def build(clone: Path, sample: list[int]) -> None:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clone", type=Path, help="a clone of mozilla/firefox-translations-models")
    args = parser.parse_args(argv)
    try:
        build(args.clone, sorted(random.Random(SEED).sample(range(LINES), N)))
    except (subprocess.CalledProcessError, ValueError) as exc:
        detail = exc.stderr.decode().strip() if isinstance(exc, subprocess.CalledProcessError) else str(exc)
        print(f"build.py: {detail or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
