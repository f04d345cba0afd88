"""The omission check with a lexicon learned from translations (``learned_lexicon.py``), measured
against the check as it is: generator B's omission recall and the false alarms, every set,
trained-on parts beside held-out ones. Nothing here is used by the check stage: the lexicon's
links and its cue are put in place in this process only.

    python benchmarks/lexicon_cues.py --variant before --out benchmarks/out/lex-before.md
    python benchmarks/lexicon_cues.py --variant links,cue --k 2 --weight 1.0 --out benchmarks/out/lex-after.md

Variants (comma-separated):

* ``links``: a source word with an entry is also linked to the one output word that is one of
  its entry's words (``alignment.aligned``): more of the source aligns, so a stretch passed over
  (``omission.lost_stretch``) becomes measurable where no name or cognate anchored it.
* ``stretch-links``: the same links for the stretch passed over alone (``alignment.gaps``).
* ``answers``: a part of the source one of whose words has a learned translation in the output
  is answered: the list cues (``alignment.list_joints_lost``, ``item_passed_over``) pass it.
* ``cue``: a clause of the source (``omission.clauses``) or an inner item of one of its lists
  (``structure.lists``) with ``--k`` content words or more that have an entry, none of whose
  entry words is in the output, and none of whose anchors (numbers, names, cognates, CLDR
  places) is, in an output shorter than expected by ``--weight`` times what the part weighs
  (``omission._shortfall_z``): flagged when the check flags nothing else.

Recall and false alarms come from ``corruptions.pair_report`` (generator B, seed 1, the two
omission classes): the held-out parts give totals only.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import corruptions, learned_lexicon  # noqa: E402
from benchmarks.learned_lexicon import DATA, FLORES, LANGS, content, source_key, train  # noqa: E402
from benchmarks.output import emit  # noqa: E402
from summarise.quality import alignment, checks, omission  # noqa: E402
from summarise.quality.flags import Flag, flag, quote  # noqa: E402
from summarise.quality.structure import lists  # noqa: E402
from summarise.text.languages import profile  # noqa: E402

# (folder, how it is read: "split" (tune | heldout-open | sealed), "open" (studied whole),
# "whole" (held out whole)), per source language.
SETS = {
    "fr": [
        (FLORES / "fr-en", "split"),
        (DATA / "news/study/fr-en", "split"),
        (DATA / "news/open/fr-en", "open"),
        (DATA / "news/open2/fr-en", "open"),
        (DATA / "news/heldout/fr-en", "whole"),
        (DATA / "fresh-mt/fr-en", "whole"),
    ],
    "es": [
        (FLORES / "es-en", "split"),
        (DATA / "news/study/es-en", "split"),
        (DATA / "news/open/es-en", "open"),
        (DATA / "news/open2/es-en", "open"),
        (DATA / "news/heldout/es-en", "whole"),
        (DATA / "fresh-mt/es-en", "whole"),
    ],
    "ar": [
        (FLORES / "ar-en", "split"),
        (DATA / "talks/ar-en", "split"),
        (DATA / "talks-open/ar-en", "open"),
        (DATA / "fresh-mt/ar-en", "whole"),
    ],
}
CLASSES = ("omission_clause", "omission_list_item")
LEXICONS: dict[str, dict[str, list[tuple[str, float]]]] = {}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 15)
def entry_forms(word: str, lang: str) -> frozenset[str]:
    """The output forms (``alignment.output_forms``' words) of a source word's entry: each
    English word, and with a plural "s"."""
    entry = LEXICONS.get(lang, {}).get(source_key(word, lang), ())
    return frozenset(f for e, _ in entry for f in (e, e + "s"))


def install_links(stretches_only: bool = False) -> None:
    """The lexical links; with ``stretches_only``, for ``alignment.gaps`` (the stretch passed
    over) alone, the list cues aligning as before."""
    before = alignment._word_anchors

    @lru_cache(maxsize=1 << 14)
    def word_anchors(word: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
        found = before(word, lang)
        forms = entry_forms(word, lang)
        return (*found, ("", forms)) if forms else found

    if not stretches_only:
        alignment._word_anchors = word_anchors
        return
    chain = alignment._chain.__wrapped__

    def lexical_chain(src: tuple[str, ...], tgt: tuple[str, ...], lang: str) -> tuple[tuple[int, int], ...]:
        alignment._word_anchors = word_anchors
        try:
            return chain(src, tgt, lang)
        finally:
            alignment._word_anchors = before

    def aligned(src: list[re.Match[str]], tgt: list[re.Match[str]], lang: str) -> list[tuple[int, int]]:
        return list(lexical_chain(tuple(m.group() for m in src), tuple(t.group() for t in tgt), lang))

    original_gaps = alignment.gaps

    def gaps(src: str, tgt: str, lang: str) -> list[alignment.Gap]:
        kept = alignment.aligned
        alignment.aligned = aligned
        try:
            return original_gaps(src, tgt, lang)
        finally:
            alignment.aligned = kept

    omission.gaps = gaps


def install_answers() -> None:
    """A part of the source one of whose words has a learned translation in the output is
    answered (``alignment._unanswered``: the list cues)."""
    before = alignment._unanswered

    def unanswered(src: str, tgt: str, lang: str, start: int, end: int, *args: object, **kw: object) -> bool:
        words = alignment.output_forms(tgt)[1]
        if any(entry_forms(w, lang) & words for w in _WORD.findall(src[start:end])):
            return False
        return before(src, tgt, lang, start, end, *args, **kw)  # type: ignore[arg-type]

    alignment._unanswered = unanswered


PARTS = ("clauses", "items")  # what the cue weighs (--parts)


def lexical_part(src: str, tgt: str, lang: str, z: float, k: int, weight: float) -> str | None:
    """A clause or inner list item of the source with ``k`` entry words or more, none of them
    rendered, no anchor in the output, in an output short by ``weight`` times what it weighs."""
    forms, words = alignment.output_forms(tgt)
    stop = profile(lang).stopwords
    parts = (omission.clauses(src, lang) if "clauses" in PARTS else []) + (
        [item for found in lists(src, lang) for item in found.items[1:-1]] if "items" in PARTS else []
    )
    for part in parts:
        entries = [entry_forms(w, lang) for w in _WORD.findall(part) if content(w, lang, stop)]
        entries = [e for e in entries if e]
        if len(entries) < k or any(e & words for e in entries):
            continue
        if z >= weight * omission._shortfall_z(src, part, lang):
            continue
        if not any(alignment.anchor_found(a, forms, words) for a in alignment.source_anchors(part, lang)):
            return part
    return None


def install_cue(k: int, weight: float) -> None:
    before = omission.check_omission

    def check_omission(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
        found = before(src, tgt, lang)
        if found or lang not in LEXICONS:
            return found
        z = omission.length_z(src, tgt, lang)
        part = lexical_part(src, tgt, lang, z, k, weight) if z is not None and z < 0 else None
        if part is None:
            return []
        return [flag("omission", f"no learned translation of {quote(part, 60)} in the output ({z:.1f})")]

    checks.check_omission = check_omission  # type: ignore[assignment]


def summary(report: str, name: str) -> list[str]:
    """The false-alarm and recall rows of one ``pair_report``, under the folder's name."""
    keep = [line for line in report.splitlines() if line.startswith("|") and "---" not in line]
    return [f"### {name}", "", *keep, ""]


def _tables(path: Path) -> dict[str, dict[str, dict[str, list[str]]]]:
    """{set: {"header": cells, row name: cells}} of the tables ``main`` writes: the false-alarm
    table's header (its first cell "system") and the recall table's ("class")."""
    found: dict[str, dict[str, dict[str, list[str]]]] = {}
    name, kind = "", ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            name = line[4:]
            found[name] = {"system": {}, "class": {}}
        elif line.startswith("|") and name:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0] in ("system", "class", "check"):
                kind = cells[0]
            if kind in ("system", "class"):
                found[name][kind][cells[0] if cells[0] != kind else "header"] = cells
    return found


def _column(table: dict[str, list[str]], cell: str) -> dict[str, float]:
    """{row: figure} of one column of a parsed table (a share "1.2%" or a count)."""
    if cell not in table.get("header", []):
        return {}
    at = table["header"].index(cell)
    return {k: float(r[at].rstrip("%")) for k, r in table.items() if k != "header" and r[at] not in ("", "-")}


def _spread(rates: dict[str, float]) -> str:
    v = list(rates.values())
    return f"{min(v):.1f}-{max(v):.1f}% (mean {sum(v) / len(v):.2f})"


def compare(before: Path, after: Path) -> str:
    """One row a set and part: the systems' false alarms (range, mean), the reference's, and the
    recall of each omission class, before -> after."""
    old, new = _tables(before), _tables(after)
    out = [
        "| set | part | trained on? | systems, before | after | reference | omission_clause | omission_list_item |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, tables in old.items():
        if name not in new:
            continue
        for cell in tables["system"]["header"]:
            if not cell.endswith(" critical") or cell not in new[name]["system"]["header"]:
                continue
            part = cell.removesuffix(" critical")
            systems = [_column(t["system"], cell) for t in (tables, new[name])]
            ref = [s.pop("reference", None) for s in systems]
            ref_text = f"{ref[0]:.1f} -> {ref[1]:.1f}%" if ref[0] is not None and ref[1] is not None else "-"
            recall = []
            for cls in CLASSES:
                pair = [_column(t["class"], f"{part} recall").get(cls) for t in (tables, new[name])]
                n = _column(tables["class"], f"{part} n").get(cls)
                recall.append(f"{pair[0]:.1f} -> {pair[1]:.1f}% (n {n:.0f})" if None not in pair else "-")
            trained = "yes" if part in ("tune", "open") else "held out"
            out.append(
                f"| {name} | {part} | {trained} | {_spread(systems[0])} | {_spread(systems[1])} "
                f"| {ref_text} | {recall[0]} | {recall[1]} |"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default="before", help="before, or links / cue / links,cue")
    parser.add_argument("--k", type=int, default=2)
    parser.add_argument("--weight", type=float, default=1.0)
    parser.add_argument("--lang", action="append", choices=LANGS)
    parser.add_argument("--parts", default="clauses,items", help="what the cue weighs: clauses, items or both")
    parser.add_argument("--tune-only", action="store_true", help="the studied parts alone")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--threshold", type=float, default=learned_lexicon.THRESHOLD, help="an entry's least score")
    parser.add_argument("--min-lines", type=int, default=learned_lexicon.MIN_LINES, help="an entry's least lines")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="two --out files")
    args = parser.parse_args(argv)
    if args.compare:
        emit(compare(*args.compare), args.out)
        return 0
    variant = set(args.variant.split(",")) - {"before"}
    global PARTS
    PARTS = tuple(args.parts.split(","))
    langs = args.lang or list(LANGS)
    learned_lexicon.THRESHOLD, learned_lexicon.MIN_LINES = args.threshold, args.min_lines
    if variant:
        for lang in langs:
            LEXICONS[lang] = train(lang)[0]
    if "links" in variant or "stretch-links" in variant:
        install_links(stretches_only="stretch-links" in variant)
    if "answers" in variant:
        install_answers()
    if "cue" in variant:
        install_cue(args.k, args.weight)
    out = [f"variant {args.variant}, k {args.k}, weight {args.weight}", ""]
    for lang in langs:
        for folder, how in SETS[lang]:
            if args.tune_only and how == "whole":
                continue
            only = ("tune",) if args.tune_only and how == "split" else ()
            report = corruptions.pair_report(folder, args.n, 1, how == "whole", only, CLASSES, (), how == "open")
            out += summary(report, f"{folder.parent.name}/{folder.name} ({how})")
            if args.out:  # as it goes: a long run
                args.out.parent.mkdir(parents=True, exist_ok=True)
                args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    emit("\n".join(out), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
