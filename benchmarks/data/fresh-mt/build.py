"""Build the fresh held-out sets of real machine translation: seeded samples of FLORES-101
devtest (``fr-en/``, ``es-en/``, ``ar-en/``) and of NTREX-128 news (``ntrex/fr-en/``), each line
with its source, the human English and real system outputs.

    git clone https://github.com/mozilla/firefox-translations-models FTM
    git clone https://github.com/Helsinki-NLP/OPUS-MT-testsets TESTSETS
    python benchmarks/data/fresh-mt/build.py FTM \\
        --system fr-en:opusmt:flores101-devtest.fra-eng.output \\
        --system es-en:opusmt:flores101-devtest.spa-eng.output \\
        --ntrex TESTSETS --ntrex-system fr-en:opusmt-bt:ntrex128.fra-eng.output

FLORES devtest: the files ``evaluation/<pair>/flores-test.*`` of the first clone at
``FTM_COMMIT`` (read with ``git show``, so a clone may be bare and on any branch): the source
``flores-test.<lang>``, the human English ``flores-test.en`` and one ``flores-test.<system>.en``
per system. ``--system PAIR:NAME:FILE`` adds a system from a whole devtest output (1,012 lines),
as ``NAME.en`` in ``PAIR``: the OPUS-MT outputs of the Helsinki-NLP/OPUS-MT-leaderboard, which
the clone does not hold (the README names each file and its SHA-256).

NTREX-128: ``datasets/microsoft/ntrex/NTREX/`` of the second clone at ``TESTSETS_COMMIT``: the
source ``NTREX-128/newstest2019-ref.<lang3>.txt`` (a human translation of the English), the
English original ``newstest2019-src.eng.txt`` as the reference, the document of each line from
``DOCUMENT_IDS.tsv``; the systems come from ``--ntrex-system PAIR:NAME:FILE`` (1,997 lines). An
NTREX pair folder is written only for a pair with at least one system.

Each pair folder gets, for the lines of the sample (in their order in the test set):
``src.<lang>``, ``ref.en``, ``<system>.en`` byte for byte, and ``lines.tsv`` (line of the
folder, line of the test set from 0, and for NTREX the document). A sample is
``random.Random(SEED).sample(range(lines), N)``, sorted, the same for every pair of a test set.
Nothing is chosen by hand.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FTM_COMMIT = "e7957fc407441a5e3e35bbcbf9d60d9b35764618"
TESTSETS_COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
PAIRS = ("fr-en", "es-en", "ar-en")
DEVTEST_LINES = 1012  # FLORES-101 devtest
NTREX_LINES = 1997  # NTREX-128
NTREX_DIR = "datasets/microsoft/ntrex/NTREX"
NTREX_LANG = {"fr": "fra", "es": "spa", "ar": "arb"}
SEED = 20261204
N = 400

Extra = list[tuple[str, str, Path]]  # (pair, system name, file of the whole test set)


def checked(lines: list[str], n: int, what: str) -> list[str]:
    """``lines`` without a last empty line; ValueError unless there are ``n``."""
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != n:
        raise ValueError(f"{what}: {len(lines)} lines, expected {n}")
    return lines


def show(clone: Path, commit: str, path: str, n: int) -> list[str]:
    """The ``n`` lines of one file of a clone at ``commit``, line ends removed."""
    out = subprocess.run(["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return checked(out.stdout.decode("utf-8").split("\n"), n, path)


def lines_of(path: Path, n: int) -> list[str]:
    """The ``n`` lines of a whole test-set output read from a file."""
    return checked(path.read_text(encoding="utf-8").split("\n"), n, str(path))


def sample_of(n: int) -> list[int]:
    return sorted(random.Random(SEED).sample(range(n), N))


def write_folder(folder: Path, files: dict[str, list[str]], sample: list[int], rows: list[str]) -> None:
    """Write each file's lines of the sample, and ``lines.tsv`` (a header, then one row a line)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (folder / name).write_text("".join(lines[i] + "\n" for i in sample), encoding="utf-8")
    (folder / "lines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def devtest_files(clone: Path, pair: str) -> dict[str, list[str]]:
    """{file name in the pair folder: the 1,012 lines} of one FLORES devtest pair of the clone."""
    listing = subprocess.run(
        ["git", "-C", str(clone), "ls-tree", "--name-only", FTM_COMMIT, f"evaluation/{pair}/"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()
    lang = pair.split("-")[0]
    files = {}
    for path in listing:
        name = Path(path).name
        if name == f"flores-test.{lang}" or (name.startswith("flores-test.") and name.endswith(".en")):
            short = name.removeprefix("flores-test.")
            target = "ref.en" if short == "en" else f"src.{lang}" if short == lang else short
            files[target] = show(clone, FTM_COMMIT, path, DEVTEST_LINES)
    return files


def build_devtest(clone: Path, extra: Extra) -> None:
    sample = sample_of(DEVTEST_LINES)
    for pair in PAIRS:
        files = devtest_files(clone, pair)
        files |= {f"{name}.en": lines_of(path, DEVTEST_LINES) for p, name, path in extra if p == pair}
        rows = ["line\tflores_devtest_line", *(f"{k}\t{i}" for k, i in enumerate(sample))]
        write_folder(HERE / pair, files, sample, rows)


def build_ntrex(clone: Path, extra: Extra) -> None:
    sample = sample_of(NTREX_LINES)
    docs = show(clone, TESTSETS_COMMIT, f"{NTREX_DIR}/DOCUMENT_IDS.tsv", NTREX_LINES)
    ref = show(clone, TESTSETS_COMMIT, f"{NTREX_DIR}/NTREX-128/newstest2019-src.eng.txt", NTREX_LINES)
    for pair in sorted({p for p, _, _ in extra}):
        lang = pair.split("-")[0]
        src_path = f"{NTREX_DIR}/NTREX-128/newstest2019-ref.{NTREX_LANG[lang]}.txt"
        src = show(clone, TESTSETS_COMMIT, src_path, NTREX_LINES)
        files = {f"src.{lang}": src, "ref.en": ref}
        files |= {f"{name}.en": lines_of(path, NTREX_LINES) for p, name, path in extra if p == pair}
        rows = ["line\tntrex_line\tdocument", *(f"{k}\t{i}\t{docs[i]}" for k, i in enumerate(sample))]
        write_folder(HERE / "ntrex" / pair, files, sample, rows)


def parse_systems(parser: argparse.ArgumentParser, specs: list[str], option: str) -> Extra:
    extra = []
    for spec in specs:
        pair, _, rest = spec.partition(":")
        name, _, file = rest.partition(":")
        if pair not in PAIRS or not name or not file:
            parser.error(f"{option} {spec}: expected PAIR:NAME:FILE with PAIR one of {', '.join(PAIRS)}")
        extra.append((pair, name, Path(file)))
    return extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clone", type=Path, nargs="?", help="a clone of mozilla/firefox-translations-models")
    parser.add_argument(
        "--system",
        action="append",
        default=[],
        metavar="PAIR:NAME:FILE",
        help="one more devtest system from a whole output (1,012 lines)",
    )
    parser.add_argument("--ntrex", type=Path, metavar="CLONE", help="a clone of Helsinki-NLP/OPUS-MT-testsets")
    parser.add_argument(
        "--ntrex-system",
        action="append",
        default=[],
        metavar="PAIR:NAME:FILE",
        help="an NTREX-128 system from a whole output (1,997 lines)",
    )
    args = parser.parse_args(argv)
    extra = parse_systems(parser, args.system, "--system")
    ntrex_extra = parse_systems(parser, args.ntrex_system, "--ntrex-system")
    if args.clone is None and args.ntrex is None:
        parser.error("nothing to build: give a firefox-translations-models clone, --ntrex, or both")
    if bool(args.ntrex) != bool(ntrex_extra):
        parser.error("--ntrex and --ntrex-system go together")
    try:
        if args.clone is not None:
            build_devtest(args.clone, extra)
        if args.ntrex is not None:
            build_ntrex(args.ntrex, ntrex_extra)
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
