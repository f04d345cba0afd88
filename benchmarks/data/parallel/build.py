"""Build the FLORES-style pair folders of the press-release set from the hand alignment.

    python benchmarks/data/parallel/build.py          # rewrites fr-en/, es-en/, ar-en/

Each ``LANG-en/aligned.txt`` lists, release by release, the segments aligned by hand:

    @ release-id | page of the source side | page of the English side
    < source segment
    > English segment

Every segment must be found, whitespace aside, in its page under ``pages/`` (the text as it was
fetched), so nothing in the set is written by hand but the choice of the pairs. The script
writes ``src.LANG`` (the source segments), ``published.en`` (the published English, the output
the checks read), ``ref.en`` (the same text: the pair folder format wants a reference) and
``lines.tsv`` (line number and release of each segment). It exits 1 naming any segment not
found in its page.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = ("fr-en", "es-en", "ar-en")


def squeeze(text: str) -> str:
    """The text with every run of white space (line ends, non-breaking spaces) made one space."""
    return re.sub(r"\s+", " ", text).strip()


def read_alignment(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(release, source page, English page, source segment, English segment) per aligned pair."""
    pairs = []
    release = src_page = en_page = ""
    pending: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            release, src_page, en_page = (part.strip() for part in line[2:].split("|"))
        elif line.startswith("< ") and pending is None:
            pending = line[2:].strip()
        elif line.startswith("> ") and pending is not None:
            pairs.append((release, src_page, en_page, pending, line[2:].strip()))
            pending = None
        else:
            raise ValueError(f"{path}:{number}: expected '@ ', '< ' then '> '")
    if pending is not None:
        raise ValueError(f"{path}: a source segment without its English segment at the end")
    return pairs


def build(pair: str, here: Path = HERE) -> list[str]:
    """Write one pair folder of the set in ``here``; the segments not found in their pages."""
    folder = here / pair
    lang = pair.split("-")[0]
    pages: dict[str, str] = {}
    missing = []
    rows = read_alignment(folder / "aligned.txt")
    for release, src_page, en_page, src, en in rows:
        for page, segment in ((src_page, src), (en_page, en)):
            if page not in pages:
                pages[page] = squeeze((here / "pages" / page).read_text(encoding="utf-8"))
            if squeeze(segment) not in pages[page]:
                missing.append(f"{pair} {release}: not in {page}: {segment}")
    src_text = "".join(squeeze(r[3]) + "\n" for r in rows)
    en_text = "".join(squeeze(r[4]) + "\n" for r in rows)
    (folder / f"src.{lang}").write_text(src_text, encoding="utf-8")
    (folder / "published.en").write_text(en_text, encoding="utf-8")
    (folder / "ref.en").write_text(en_text, encoding="utf-8")
    (folder / "lines.tsv").write_text(
        "line\trelease\n" + "".join(f"{i}\t{r[0]}\n" for i, r in enumerate(rows)), encoding="utf-8"
    )
    return missing


def main(here: Path = HERE) -> int:
    """Build every pair folder of the set in ``here`` (this folder, or another set of the same
    format such as ``../parallel-open``); 1 when a segment is not in its page."""
    pairs = [pair for pair in PAIRS if (here / pair / "aligned.txt").exists()]
    missing = [m for pair in pairs for m in build(pair, here)]
    print("\n".join(missing) or "every segment found in its page")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
