"""Read a FLORES-style pair folder, and split its lines into a tune half and two held-out quarters.

A pair folder (``../shared/flores-dev/fr-en``, ``es-en``, ``ar-en``) holds one source file
``src.LANG``, the human English ``ref.en`` and one ``SYSTEM.en`` per machine translation system;
line i of every file is the same segment. A folder of a set published without its human English
(``benchmarks/data/news``) has no ``ref.en``: its ``Pair.ref`` is None and the benchmarks report
the systems alone. The benchmarks (``benchmarks/checks.py``,
``benchmarks/corruptions.py``) read pairs only through this module, so every benchmark sees the
same lines and the same split. Not a script: import it.

    from benchmarks.flores import pair_folders, read_pair, split
    for folder in pair_folders(Path("../shared/flores-dev")):
        pair = read_pair(folder)        # pair.lang, pair.src, pair.systems, pair.ref
        halves = split(len(pair.src))   # {"tune": [...], "heldout-open": [...], "sealed": [...]}

The split, by blocks of 50 lines: even blocks are "tune" (500 lines); the odd blocks, the
former "heldout" half (497 lines), are cut in two by block: "heldout-open" (blocks 1, 5, 9,
13, 17: 250 lines) and "sealed" (blocks 3, 7, 11, 15, 19: 247 lines). The odd blocks were
reported on but never read while the checks were tuned; once the held-out excess had to be
studied, its lines had to be read, which spends them as held-out data. "heldout-open" is the
part spent that way: its false alarms may be printed and learnt from (``benchmarks/checks.py
--show heldout-open``). "sealed" stays unseen: no tool prints its lines, and its figures are
aggregate totals, read for a report, never tuned on.

A folder that is held-out data from end to end (``benchmarks/data/parallel``: press releases
no check was tuned on) is read whole instead: ``parts(n, whole=True)`` gives one part,
"held-out", with every line (the scripts' ``--whole``).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import NamedTuple

SPLITS = ("tune", "heldout-open", "sealed")
SEALED = "sealed"  # the part whose lines are never printed
WHOLE = "held-out"  # the one part of a folder read whole (``parts(n, whole=True)``)
OPEN = "open"  # the one part of an open folder, read whole and studied (``parts(n, open_=True)``)
BLOCK = 50  # lines per block of the split


class Pair(NamedTuple):
    """One pair folder, read: the source language code ("fr", "es", "ar"), the source
    lines, {system name: English lines} (the reference is not among them) and the
    reference lines (None for a folder with no ``ref.en``)."""

    lang: str
    src: list[str]
    systems: dict[str, list[str]]
    ref: list[str] | None


def _lines(path: Path) -> list[str]:
    """A file's lines without their line ends, HTML entities decoded (google.en carries
    ``&#39;`` and ``&quot;`` as published)."""
    with path.open(encoding="utf-8") as f:
        return [html.unescape(line.rstrip("\n")) for line in f]


def source_file(folder: Path) -> Path | None:
    """The folder's one ``src.LANG`` file, or None when it has none."""
    found = sorted(folder.glob("src.*"))
    if len(found) > 1:
        raise ValueError(f"{folder}: more than one source file: {', '.join(p.name for p in found)}")
    return found[0] if found else None


def pair_folders(path: Path) -> list[Path]:
    """``path`` itself when it is a pair folder, else every pair folder directly inside it
    (sorted by name). Raises ValueError when there is none."""
    if source_file(path) is not None:
        return [path]
    folders = sorted(p for p in path.iterdir() if p.is_dir() and source_file(p) is not None) if path.is_dir() else []
    if not folders:
        raise ValueError(f"{path}: neither a pair folder (src.LANG, ref.en, SYSTEM.en) nor a folder of them")
    return folders


def read_pair(folder: Path) -> Pair:
    """Read one pair folder; every file must have as many lines as the source."""
    src_path = source_file(folder)
    if src_path is None:
        raise ValueError(f"{folder}: no src.LANG file")
    src = _lines(src_path)
    ref = _lines(folder / "ref.en") if (folder / "ref.en").exists() else None
    systems = {p.stem: _lines(p) for p in sorted(folder.glob("*.en")) if p.name != "ref.en"}
    if not systems:
        raise ValueError(f"{folder}: no SYSTEM.en file")
    for name, out in [*([("ref", ref)] if ref is not None else []), *systems.items()]:
        if len(out) != len(src):
            raise ValueError(f"{folder}: {name} has {len(out)} lines, {src_path.name} has {len(src)}")
    return Pair(src_path.suffix.lstrip("."), src, systems, ref)


def split(n_lines: int) -> dict[str, list[int]]:
    """The line indices of each part: blocks of ``BLOCK`` (50) consecutive lines, even blocks
    "tune", blocks 1, 5, 9... "heldout-open", blocks 3, 7, 11... "sealed" (997 lines: 500,
    250 and 247). The same for every pair, since line i is the same segment in every folder.

    Why blocks: FLORES takes a few consecutive sentences from each article, so neighbouring
    lines share names, numbers and topic; a line-by-line split would put the same article
    on both sides. Blocks of 50 cut at most one article at each of the 19 block boundaries.
    Why alternate rather than first half / second half: the articles come from different
    sources (news, travel guides, children's books) and nothing promises they are spread
    evenly along the file; 20 alternating blocks give each part a share of every stretch.
    """
    halves: dict[str, list[int]] = {name: [] for name in SPLITS}
    for i in range(n_lines):
        block = i // BLOCK
        halves[SPLITS[0] if block % 2 == 0 else SPLITS[1] if block % 4 == 1 else SPLITS[2]].append(i)
    return halves


def parts(n_lines: int, whole: bool = False, open_: bool = False) -> dict[str, list[int]]:
    """The parts a benchmark reports: ``split(n_lines)``; with ``whole`` every line in one
    part, "held-out", for a folder no check was tuned on; with ``open_`` every line in one
    part, "open", for a folder whose every line may be studied (``benchmarks/data/news/open``)."""
    if whole and open_:
        raise ValueError("a folder is read whole as held-out data or as open data, not both")
    if open_:
        return {OPEN: list(range(n_lines))}
    return {WHOLE: list(range(n_lines))} if whole else split(n_lines)
