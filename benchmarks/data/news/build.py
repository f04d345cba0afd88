"""Build the checks' sets of whole test sets other than FLORES: real machine translation into
English of WMT news test sets (French and Spanish newspaper articles, the domain of a press
release) and of IWSLT 2017 talks (Arabic), the outputs of several real systems beside each source
line. The sets are published without their human English in the source repository, so the
folders have no ``ref.en``: the benchmarks report the systems alone.

    git clone https://github.com/mozilla/firefox-translations-models FTM
    python benchmarks/data/news/build.py FTM

The files ``evaluation/<pair>/<set>.*`` of the clone at ``FTM_COMMIT`` (read with ``git show``,
so a clone may be bare and on any branch): the source ``<set>.<lang>`` and one
``<set>.<system>.en`` per system.

* ``study/<lang>-en/``: ``N`` lines of newstest2013, a seeded sample (the same line numbers for
  French and Spanish: newstest2013 is one set of articles in both). ``benchmarks/flores.py``
  splits it like FLORES dev: rules may be read from its tune part only (300 lines), its
  heldout-open and sealed parts (150 each) are reported beside it.
* ``heldout/<lang>-en/``: ``N`` lines of newstest2012, drawn the same way: other articles of
  another year. Read whole, totals only: no rule is to be written from its lines.
* ``../talks/ar-en/``: ``N`` lines of the IWSLT 2017 test set, Arabic TED talks (seven systems,
  OPUS-MT and NLLB among them), drawn the same way and split like ``study/``.
* ``open/<lang>-en/``: ``N`` lines of newstest2010, open: rules may be read from every line (read
  it ``--open``). More articles to find kinds on, so that a rule is not read from 300 lines.
* ``../talks-open/ar-en/``: ``N`` more lines of IWSLT 2017, none of them in ``../talks/``, open
  like ``open/``.
* ``../talks-open/fr-en/``: ``N`` lines of the IWSLT 2017 French test set (TED talks, four
  systems), open like ``open/``: spoken French to read beside the held-out mTEDx talks.
* ``../talks-open/es-en/``: the 412 lines of the mTEDx Spanish test set (1012 lines) that are
  not in ``../unseen/talks-es-en/`` (only its ``lines.tsv`` is read, to leave its lines out),
  open.
* ``../talks-open/fr-en-mtedx/``: the 459 lines of the mTEDx French test set (1059 lines) that
  are not in ``../unseen/talks-fr-en/`` (only its ``lines.tsv`` is read), open: the spoken French
  of the held-out talks (``fr-en/`` is IWSLT 2017, edited TED transcripts).
* ``open2/<lang>-en/``: ``N`` lines of newstest2011, open like ``open/``: a second year of
  articles to read, so that a kind is seen in two sets before a rule is written for it.
* ``open3/<lang>-en/``: ``N`` lines of newstest2009, open like ``open/``: a third year, read
  first as an unseen one (its kinds were in no rule when it was added).
* ``open4/<lang>-en/``: ``N`` lines of newstest2008, open like ``open/``: a fourth year, measured
  first as an unseen one, before any rule was read from it.
* ``open5/fr-en/``: ``N`` lines of newstest2014 (French, 3003 lines) that are not in
  ``../unseen/news-fr-en/`` (only its ``lines.tsv`` is read, to leave its lines out), open like
  ``open/``: the same year and kind as the held-out news of ``../unseen/``, measured first as an
  unseen one, before any rule was read from it. The snapshot has no ``wmt14.en``: no ``ref.en``.
* ``../unseen/``: held out from every rule, read ``--whole`` for totals only (its README):
  ``news-fr-en/`` ``N`` lines of newstest2014 (French news), ``talks-fr-en/`` and
  ``talks-es-en/`` ``N`` lines each of the mTEDx test sets (French and Spanish TEDx talks).

Each folder has ``lines.tsv`` (line of the folder, line of the test set from 0). The lines are
kept byte for byte. Nothing is chosen by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

# one reader of the snapshot, at one commit, for every set built from it
from benchmarks.data.languages.build import FTM_COMMIT, evaluation_files, show  # noqa: E402

# held out from every rule, totals only: folder -> (test set, pair); one folder per pair, so the
# benchmarks read ``unseen/`` as a folder of pair folders (``--whole``)
UNSEEN = HERE.parent / "unseen"
# (folder, test set, pairs, the ``lines.tsv`` of the same test set whose lines are left out, by
# pair, or None); a folder may hold pairs of several test sets
SETS: list[tuple[Path, str, tuple[str, ...], dict[str, Path] | None]] = [
    (HERE / "study", "wmt13", ("fr-en", "es-en"), None),
    (HERE / "heldout", "wmt12", ("fr-en", "es-en"), None),
    (HERE.parent / "talks", "iwslt17", ("ar-en",), None),
    (HERE / "open", "wmt10", ("fr-en", "es-en"), None),
    (HERE.parent / "talks-open", "iwslt17", ("ar-en",), {"ar-en": HERE.parent / "talks" / "ar-en" / "lines.tsv"}),
    (HERE / "open2", "wmt11", ("fr-en", "es-en"), None),
    (HERE / "open3", "wmt09", ("fr-en", "es-en"), None),
    (HERE / "open4", "wmt08", ("fr-en", "es-en"), None),
    (HERE.parent / "talks-open", "iwslt17", ("fr-en",), None),
    (HERE.parent / "talks-open", "mtedx_test", ("es-en",), {"es-en": UNSEEN / "talks-es-en" / "lines.tsv"}),
    (HERE / "open5", "wmt14", ("fr-en",), {"fr-en": UNSEEN / "news-fr-en" / "lines.tsv"}),
    (HERE.parent / "talks-open", "mtedx_test", ("fr-en",), {"fr-en": UNSEEN / "talks-fr-en" / "lines.tsv"}),
]
# a pair's folder when the folder already holds that pair from another test set (the benchmarks
# read the source language from ``src.LANG``, not from the folder's name)
FOLDER_NAMES = {(HERE.parent / "talks-open", "mtedx_test", "fr-en"): "fr-en-mtedx"}
UNSEEN_SETS: dict[Path, tuple[str, str]] = {
    UNSEEN / "news-fr-en": ("wmt14", "fr-en"),
    UNSEEN / "talks-fr-en": ("mtedx_test", "fr-en"),
    UNSEEN / "talks-es-en": ("mtedx_test", "es-en"),
}
SEED = 20261205
N = 600


def files(clone: Path, pair: str, test_set: str) -> dict[str, str]:
    """Output name -> path in the clone: ``src.<lang>`` and ``<system>.en``."""
    lang = pair.split("-")[0]
    out = {}
    for path in evaluation_files(clone, pair):
        name = path.rsplit("/", 1)[1]
        if not name.startswith(f"{test_set}."):
            continue
        rest = name[len(f"{test_set}.") :]
        if rest == lang:
            out[f"src.{lang}"] = path
        elif rest.endswith(".en") and rest.count(".") == 1:
            out[rest] = path
    if f"src.{lang}" not in out or len(out) < 2:
        raise ValueError(f"{pair} {test_set}: no source or no system output at {FTM_COMMIT}")
    return out


def write(clone: Path, pair: str, test_set: str, folder: Path, exclude: Path | None = None) -> None:
    """Write ``N`` seeded lines of ``test_set`` into ``folder``; ``exclude``: a ``lines.tsv`` of
    the same test set whose lines are left out (only its line numbers are read)."""
    chosen = {name: show(clone, path) for name, path in sorted(files(clone, pair, test_set).items())}
    sizes = {len(lines) for lines in chosen.values()}
    if len(sizes) != 1:
        raise ValueError(f"{pair} {test_set}: files of different lengths {sorted(sizes)}")
    if exclude is None:
        keep = sorted(random.Random(f"{SEED}-{test_set}").sample(range(sizes.pop()), N))
    else:
        taken = {int(row.split("\t")[1]) for row in exclude.read_text().splitlines()}
        rest = [i for i in range(sizes.pop()) if i not in taken]
        # every line left when fewer than ``N`` are (mTEDx Spanish: 1012 lines, 600 held out)
        keep = sorted(random.Random(f"{SEED}-{test_set}-open").sample(rest, min(N, len(rest))))
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in chosen.items():
        (folder / name).write_text("\n".join(lines[i] for i in keep) + "\n", encoding="utf-8")
    (folder / "lines.tsv").write_text("".join(f"{j}\t{i}\n" for j, i in enumerate(keep)), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("clone", type=Path, help="a clone of mozilla/firefox-translations-models")
    args = parser.parse_args()
    # the held-out folders first: the open folders of the same test sets leave their lines out
    for folder, (test_set, pair) in UNSEEN_SETS.items():
        write(args.clone, pair, test_set, folder)
    for folder, test_set, pairs, exclude in SETS:
        for pair in pairs:
            name = FOLDER_NAMES.get((folder, test_set, pair), pair)
            write(args.clone, pair, test_set, folder / name, exclude[pair] if exclude else None)


if __name__ == "__main__":
    main()
