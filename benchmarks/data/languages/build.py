"""Build the checks' sets for languages with no profile of their own: real machine translation
into English from seven languages to study (``dev/``, FLORES-101 dev, every line) and from nine
languages never read (``confirm/``, a seeded sample of FLORES-101 devtest), each line with its
source, the human English and the outputs of several real systems.

    git clone https://github.com/mozilla/firefox-translations-models FTM
    python benchmarks/data/languages/build.py FTM

The files ``evaluation/<pair>/flores-{dev,test}.*`` of the clone at ``FTM_COMMIT`` (read with
``git show``, so a clone may be bare and on any branch): the source ``flores-dev.<lang>``, the
human English ``flores-dev.en`` and one ``flores-dev.<system>.en`` per system the clone holds.

* ``dev/<lang>-en/``: every line of dev (997), as ``benchmarks/flores.py`` reads a pair folder;
  it splits them into tune, heldout-open and sealed like ``../shared/flores-dev``.
* ``confirm/<lang>-en/``: ``random.Random(SEED).sample(range(1012), N)`` lines of devtest, sorted,
  the same for every pair (devtest shares no sentence with dev, and these languages are none
  of ``dev/``'s), with ``lines.tsv`` (line of the folder, line of devtest from 0). Read whole
  (``--whole``), for totals only: no rule is to be written from its lines.
* ``scripts/<lang>-en/``: the same sample for seven languages written in other scripts (Persian,
  Hebrew, Hindi, Japanese, Korean, Thai, Chinese), read whole, for totals only.

The lines are kept byte for byte. Nothing is chosen by hand.
"""

from __future__ import annotations

import argparse
import random
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
FTM_COMMIT = "e7957fc407441a5e3e35bbcbf9d60d9b35764618"
DEV = ("de", "it", "nl", "pl", "pt", "ru", "tr")
CONFIRM = ("cs", "da", "el", "fi", "hu", "id", "ro", "sv", "uk")
SCRIPTS = ("fa", "he", "hi", "ja", "ko", "th", "zh")
LINES = {"dev": 997, "test": 1012}
SEED = 20261204
N = 400


def show(clone: Path, path: str) -> list[str]:
    text = subprocess.run(
        ["git", "-C", str(clone), "show", f"{FTM_COMMIT}:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def evaluation_files(clone: Path, pair: str) -> list[str]:
    """The paths of ``evaluation/<pair>/`` in the clone at ``FTM_COMMIT``."""
    return subprocess.run(
        ["git", "-C", str(clone), "ls-tree", "--name-only", FTM_COMMIT, f"evaluation/{pair}/"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()


def files(clone: Path, pair: str, part: str) -> dict[str, str]:
    """Output name -> path in the clone: ``src.<lang>``, ``ref.en``, ``<system>.en``."""
    listing = evaluation_files(clone, pair)
    lang = pair.split("-")[0]
    out = {}
    for path in listing:
        name = path.rsplit("/", 1)[1]
        if not name.startswith(f"flores-{part}."):
            continue
        rest = name[len(f"flores-{part}.") :]
        if rest == lang:
            out[f"src.{lang}"] = path
        elif rest == "en":
            out["ref.en"] = path
        elif rest.endswith(".en") and rest.count(".") == 1:
            out[rest] = path
    return out


def write(clone: Path, pair: str, part: str, folder: Path, keep: list[int] | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in sorted(files(clone, pair, part).items()):
        lines = show(clone, path)
        if len(lines) != LINES[part]:
            raise ValueError(f"{path}: {len(lines)} lines, expected {LINES[part]}")
        chosen = lines if keep is None else [lines[i] for i in keep]
        (folder / name).write_text("\n".join(chosen) + "\n", encoding="utf-8")
    if keep is not None:
        (folder / "lines.tsv").write_text("".join(f"{i}\t{line}\n" for i, line in enumerate(keep)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("clone", type=Path, help="a clone of mozilla/firefox-translations-models")
    args = parser.parse_args()
    for lang in DEV:
        write(args.clone, f"{lang}-en", "dev", HERE / "dev" / f"{lang}-en", None)
    keep = sorted(random.Random(SEED).sample(range(LINES["test"]), N))
    for lang in CONFIRM:
        write(args.clone, f"{lang}-en", "test", HERE / "confirm" / f"{lang}-en", keep)
    for lang in SCRIPTS:
        write(args.clone, f"{lang}-en", "test", HERE / "scripts" / f"{lang}-en", keep)


if __name__ == "__main__":
    main()
