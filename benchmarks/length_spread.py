"""The omission check's length model by the source's length: how the log of letters out / in
(and, for Arabic, of words) spreads for short and long sources, on the parts that may be read.

    python benchmarks/length_spread.py            # the table by length, and the fit

A translation's length varies by a few words whatever the line's length, so a log ratio spreads
wider for a short line than for a long one. For each source language this prints, per bin of the
source's letters (and, Arabic, of its words), the lines, the mean log ratio, its spread around
the bin's mean, its spread around ``summarise.quality.omission``'s mean (``LENGTH_MODEL``), that
model's one spread, and the spread a length-dependent fit gives: sd(n)^2 = a + b / n, least
squares of the squared distance from the language's mean on 1 / n, fitted on the tune parts'
system outputs (FLORES dev; news study fr, es; talks ar). The fit was measured in the check and
not adopted (benchmarks/README.md, "Checks: omission's false alarms on short lines"). Parts read:
FLORES dev tune (systems and the reference), news open, open2 and study tune (fr, es), talks tune
and talks-open (ar).
"""

from __future__ import annotations

import math
import statistics as st
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.flores import OPEN, pair_folders, parts, read_pair
from summarise.quality.flags import LETTERS_RE
from summarise.quality.omission import LENGTH_MODEL, MIN_LETTERS

FLORES = HERE.parent.parent / "shared" / "flores-dev"
DATA = HERE / "data"
# (folder, part, whether the reference is read too)
READ = (
    (FLORES, "tune", True),
    (DATA / "news" / "open", OPEN, False),
    (DATA / "news" / "open2", OPEN, False),
    (DATA / "news" / "study", "tune", False),
    (DATA / "talks", "tune", False),
    (DATA / "talks-open", OPEN, False),
)
LETTER_BINS = (40, 60, 80, 100, 120, 150, 200, 300, 10**9)
WORD_BINS = (1, 8, 12, 16, 20, 25, 35, 10**9)


class Line:
    """One output against its source: letters and words of the source, the two log ratios."""

    def __init__(self, src: str, tgt: str, where: str, system: bool) -> None:
        self.letters = sum(c.isalnum() for c in src)
        self.words = len(LETTERS_RE.findall(src))
        self.log_letters = math.log(sum(c.isalnum() for c in tgt) / self.letters)
        self.log_words = math.log((len(LETTERS_RE.findall(tgt)) + 1) / (self.words + 1))
        self.where = where
        self.system = system  # a system's output (the reference is not fitted on)


def read(folder: Path, part: str, reference: bool) -> dict[str, list[Line]]:
    """The lines of one part of every pair folder under ``folder``, by source language."""
    out: dict[str, list[Line]] = {}
    for pair_folder in pair_folders(folder):
        pair = read_pair(pair_folder)
        lines = parts(len(pair.src), open_=part == OPEN)[part]
        outputs = [(o, True) for o in pair.systems.values()]
        outputs += [(pair.ref, False)] if reference and pair.ref is not None else []
        for output, system in outputs:
            for i in lines:
                if sum(c.isalnum() for c in pair.src[i]) >= MIN_LETTERS and any(c.isalnum() for c in output[i]):
                    where = f"{folder.name} {part}"
                    out.setdefault(pair.lang, []).append(Line(pair.src[i], output[i], where, system))
    return out


def fit(lines: list[Line], mean: float) -> tuple[float, float]:
    """(a, b): least squares of the squared distance from ``mean`` on 1 / letters."""
    b, a = st.linear_regression(
        [1 / line.letters for line in lines], [(line.log_letters - mean) ** 2 for line in lines]
    )
    return a, b


def table(lang: str, lines: list[Line], words: bool, fitted: tuple[float, float]) -> list[str]:
    """Per bin of the source's length: lines, mean, spread around the bin's mean, and around
    the length model's mean, with the model's one spread and the fitted ``(a, b)``'s beside it."""
    bins = WORD_BINS if words else LETTER_BINS
    unit = "words" if words else "letters"
    out = [
        f"| source {unit} | lines | mean | sd | rms around the model's mean | model's sd | fitted sd |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lo, hi in zip(bins, bins[1:]):
        chosen = [line for line in lines if lo <= (line.words if words else line.letters) < hi]
        if len(chosen) < 10:
            continue
        values = [line.log_words if words else line.log_letters for line in chosen]
        if words:
            rms, sd, fit_sd = "-", "-", "-"
        else:
            mean, one = LENGTH_MODEL[lang]
            rms = f"{math.sqrt(st.mean((line.log_letters - mean) ** 2 for line in chosen)):.3f}"
            a, b = fitted
            sd = f"{one:.3f}"
            fit_sd = f"{st.mean(math.sqrt(a + b / line.letters) for line in chosen):.3f}"
        span = f"{lo}+" if hi == 10**9 else f"{lo}-{hi - 1}"
        out.append(
            f"| {span} | {len(chosen)} | {st.mean(values):+.3f} | {st.stdev(values):.3f} | {rms} | {sd} | {fit_sd} |"
        )
    return out


def main() -> int:
    by_lang: dict[str, list[Line]] = {}
    for folder, part, reference in READ:
        for lang, lines in read(folder, part, reference).items():
            by_lang.setdefault(lang, []).extend(lines)
    fits = {}
    for lang, lines in sorted(by_lang.items()):
        tuned = [line for line in lines if line.system and line.where.endswith(" tune")]
        fits[lang] = fit(tuned, LENGTH_MODEL[lang][0])
        a, b = fits[lang]
        mean = LENGTH_MODEL[lang][0]
        print(f"{lang}: sd(n)^2 = {a:.5f} + {b:.4f} / n around {mean:+.3f} ({len(tuned)} tune lines, systems)")
    for lang, lines in sorted(by_lang.items()):
        sets = ", ".join(sorted({line.where for line in lines}))
        print(f"\n{lang}: {len(lines)} lines ({sets}), log of letters out / in")
        print("\n".join(table(lang, lines, False, fits[lang])))
        if lang == "ar":
            print(f"\n{lang}: log of (words out + 1) / (words in + 1)")
            print("\n".join(table(lang, lines, True, fits[lang])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
