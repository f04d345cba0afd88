"""A word lexicon learned from translations (IBM Model 1, both directions), and how much of a
held-out good translation it explains: the measurement behind benchmarks/README.md, "Checks:
omission with a lexicon learned from translations".

    python benchmarks/learned_lexicon.py                       # train, then the coverage tables
    python benchmarks/learned_lexicon.py --out benchmarks/out/lexicon.md --write-table OUTDIR

The lexicon is learned from the readable parallel text only (``TRAIN``): each source line
against every rendering the folder has (each system's output and the reference), FLORES dev's
``tune`` part (``flores.split``), the ``tune`` part of news study and talks, and news open,
open2 and talks open whole. Two IBM Model 1 tables are trained by EM (source -> English and
English -> source, each with a NULL word, ``ITERATIONS`` rounds); a source word's entry is the
English words whose score, the geometric mean of t(e|f) and t(f|e), is ``THRESHOLD`` or more,
best first, stop words left out, for a source word seen in ``MIN_LINES`` distinct source lines
or more.

Words are compared folded (``flags.fold``), an English word less a plural "s"; an Arabic word
less the proclitics its profile lists (``و``/``ف``, then ``ب``/``ل``/``ك``, then ``ال``), each
taken off where 3 letters or more remain.

The tables, per set and part, over every rendering of every line: the source's content words
(4+ letters, no stop word, rarer than Zipf 5.5), the share with an entry, the share whose entry
has a word in the line's rendering (the reference, and the systems' range), and chance (an
entry's word in the next line's rendering). The held-out parts (FLORES heldout-open and sealed,
news heldout, the held-out parts of news study and talks, fresh-mt) are read for totals only.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.flores import read_pair, split  # noqa: E402
from benchmarks.output import emit  # noqa: E402
from summarise.quality.flags import fold  # noqa: E402
from summarise.quality.nametables import zipf  # noqa: E402
from summarise.text.languages import profile  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FLORES = ROOT.parent / "shared" / "flores-dev"
LANGS = ("fr", "es", "ar")

# (set name, folder under benchmarks/data or FLORES, parts read) -- the readable text trained on.
# French and Spanish share their sets (the news and FLORES hold both).
_NEWS_TRAIN = [
    ("FLORES dev", "flores", "tune"),
    ("news study", "news/study", "tune"),
    ("news open", "news/open", "open"),
    ("news open2", "news/open2", "open"),
]
_NEWS_HELD_OUT = [
    ("FLORES dev", "flores", "heldout-open"),
    ("FLORES dev", "flores", "sealed"),
    ("news study", "news/study", "heldout-open"),
    ("news study", "news/study", "sealed"),
    ("news heldout", "news/heldout", "held-out"),
    ("fresh-mt", "fresh-mt", "held-out"),
]
TRAIN = {
    "fr": _NEWS_TRAIN,
    "es": _NEWS_TRAIN,
    "ar": [("FLORES dev", "flores", "tune"), ("talks", "talks", "tune"), ("talks open", "talks-open", "open")],
}
# The held-out sets: totals only.
HELD_OUT = {
    "fr": _NEWS_HELD_OUT,
    "es": _NEWS_HELD_OUT,
    "ar": [
        ("FLORES dev", "flores", "heldout-open"),
        ("FLORES dev", "flores", "sealed"),
        ("talks", "talks", "heldout-open"),
        ("talks", "talks", "sealed"),
        ("fresh-mt", "fresh-mt", "held-out"),
    ],
}

ITERATIONS = 8
THRESHOLD = 0.1  # geometric mean of t(e|f) and t(f|e)
MIN_LINES = 2  # distinct source lines a word must be seen in to have an entry
TOP = 3  # an entry's best words, at most
CONTENT_LETTERS = 4
FREQUENT = 5.5
_WORD = re.compile(r"[^\W\d_]+")


def folder(where: str, lang: str) -> Path:
    return (FLORES if where == "flores" else DATA / where) / f"{lang}-en"


def lines_of(where: str, lang: str, part: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(source line, {rendering: English}) of one set's part; a rendering is a system or "ref"."""
    pair = read_pair(folder(where, lang))
    renders = dict(pair.systems) | ({"ref": pair.ref} if pair.ref is not None else {})
    rows = range(len(pair.src)) if part in ("open", "held-out") else split(len(pair.src))[part]
    for i in rows:
        yield pair.src[i], {name: out[i] for name, out in renders.items()}


def source_key(word: str, lang: str) -> str:
    key = fold(word)
    if lang == "ar":
        for layer in profile(lang).proclitics:
            for prefix in layer:
                if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                    key = key[len(prefix) :]
                    break
    return key


def english_key(word: str) -> str:
    key = fold(word)
    return key[:-1] if len(key) >= 5 and key.endswith("s") and not key.endswith("ss") else key


def source_words(text: str, lang: str) -> list[str]:
    return [source_key(w, lang) for w in _WORD.findall(text)]


def english_words(text: str) -> list[str]:
    return [english_key(w) for w in _WORD.findall(text)]


def ibm1(pairs: list[tuple[list[int], list[int]]], n_f: int, n_e: int, iterations: int) -> dict[tuple[int, int], float]:
    """t(e|f) by EM over (source ids, target ids) pairs, id 0 the NULL word of the source side."""
    f_occ, e_occ, tok = [], [], []
    at = 0
    for fs, es in pairs:
        f_ids = np.array([0, *fs], dtype=np.int64)
        e_ids = np.array(es, dtype=np.int64)
        f_occ.append(np.tile(f_ids, len(e_ids)))
        e_occ.append(np.repeat(e_ids, len(f_ids)))
        tok.append(np.repeat(np.arange(at, at + len(e_ids)), len(f_ids)))
        at += len(e_ids)
    f_all, e_all, t_all = np.concatenate(f_occ), np.concatenate(e_occ), np.concatenate(tok)
    keys, index = np.unique(f_all * n_e + e_all, return_inverse=True)
    pair_f = keys // n_e
    t = np.ones(len(keys))
    for _ in range(iterations):
        v = t[index]
        denom = np.bincount(t_all, weights=v, minlength=at)
        counts = np.bincount(index, weights=v / denom[t_all], minlength=len(keys))
        totals = np.bincount(pair_f, weights=counts, minlength=n_f)
        t = counts / totals[pair_f]
    return {(int(k // n_e), int(k % n_e)): float(p) for k, p in zip(keys, t) if p >= 0.01}


def eflomal_tables(
    pairs: list[tuple[list[int], list[int]]],
) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
    """t(e|f) and t(f|e) as eflomal's links say (its fertility-HMM model, both directions,
    the links of both kept): a pair's links over the occurrences of each word. eflomal is a
    package of PyPI with a C core (``pip install eflomal``); the measurement alone reads it."""
    import tempfile

    from eflomal import Aligner  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as tmp:
        fwd, rev = Path(tmp) / "fwd", Path(tmp) / "rev"
        Aligner().align(
            [" ".join(map(str, fs)) for fs, _ in pairs],
            [" ".join(map(str, es)) for _, es in pairs],
            links_filename_fwd=str(fwd),
            links_filename_rev=str(rev),
        )
        links: Counter[tuple[int, int]] = Counter()
        for (fs, es), a, b in zip(pairs, fwd.read_text().splitlines(), rev.read_text().splitlines()):
            both = {tuple(map(int, x.split("-"))) for x in a.split()} & {
                tuple(map(int, x.split("-"))) for x in b.split()
            }
            links.update((fs[i], es[j]) for i, j in both)
    f_count = Counter(f for fs, _ in pairs for f in fs)
    e_count = Counter(e for _, es in pairs for e in es)
    forward = {(f, e): c / f_count[f] for (f, e), c in links.items()}
    backward = {(e, f): c / e_count[e] for (f, e), c in links.items()}
    return forward, backward


ALIGNER = "ibm1"  # or "eflomal" (--aligner)


def train(lang: str) -> tuple[dict[str, list[tuple[str, float]]], int]:
    """The lexicon of one source language (source key -> [(English key, score)], best first),
    and how many line pairs it was learned from."""
    f_vocab: dict[str, int] = {"": 0}
    e_vocab: dict[str, int] = {"": 0}
    pairs: list[tuple[list[int], list[int]]] = []
    seen: Counter[str] = Counter()
    for _, where, part in TRAIN[lang]:
        for src, renders in lines_of(where, lang, part):
            fs = [f_vocab.setdefault(w, len(f_vocab)) for w in source_words(src, lang)]
            seen.update(set(source_words(src, lang)))
            for out in renders.values():
                es = [e_vocab.setdefault(w, len(e_vocab)) for w in english_words(out)]
                if fs and es:
                    pairs.append((fs, es))
    if ALIGNER == "eflomal":
        forward, backward = eflomal_tables(pairs)
    else:
        forward = ibm1(pairs, len(f_vocab), len(e_vocab), ITERATIONS)
        backward = ibm1([(es, fs) for fs, es in pairs], len(e_vocab), len(f_vocab), ITERATIONS)
    f_word = {i: w for w, i in f_vocab.items()}
    e_word = {i: w for w, i in e_vocab.items()}
    en_stop = profile("en").stopwords
    lexicon: dict[str, list[tuple[str, float]]] = {}
    for (f, e), p in forward.items():
        if f == 0 or e == 0 or seen[f_word[f]] < MIN_LINES:
            continue
        word = e_word[e]
        if word in en_stop or len(word) < 3:
            continue
        score = math.sqrt(p * backward.get((e, f), 0.0))
        if score >= THRESHOLD:
            lexicon.setdefault(f_word[f], []).append((word, score))
    for entry in lexicon.values():
        entry.sort(key=lambda x: -x[1])
        del entry[TOP:]
    return lexicon, len(pairs)


def content(word: str, lang: str, stop: frozenset[str]) -> bool:
    key = fold(word)
    return len(key) >= CONTENT_LETTERS and key not in stop and zipf(word.lower(), lang) < FREQUENT


def coverage(lexicon: dict[str, list[tuple[str, float]]], lang: str, where: str, part: str) -> dict[str, list[int]]:
    """{rendering: [content words, with an entry, entry word in the rendering, in the next
    line's rendering]}."""
    stop = profile(lang).stopwords
    rows = list(lines_of(where, lang, part))
    found: dict[str, list[int]] = {}
    for k, (src, renders) in enumerate(rows):
        nxt = rows[(k + 1) % len(rows)][1]
        words = [source_key(w, lang) for w in _WORD.findall(src) if content(w, lang, stop)]
        for name, out in renders.items():
            counts = found.setdefault(name, [0, 0, 0, 0])
            here, there = set(english_words(out)), set(english_words(nxt[name]))
            for w in words:
                counts[0] += 1
                entry = {e for e, _ in lexicon.get(w, ())}
                counts[1] += bool(entry)
                counts[2] += bool(entry & here)
                counts[3] += bool(entry & there)
    return found


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "-"


def table(lexicons: dict[str, dict[str, list[tuple[str, float]]]]) -> str:
    out = [
        "| set | pair | part | trained on? | content words | has an entry | entry's word in the reference |"
        " in the systems' outputs | of those with an entry (systems) | chance (next line) |",
        "|---|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang in LANGS:
        for studied, sets in (("trained on", TRAIN[lang]), ("held out", HELD_OUT[lang])):
            for name, where, part in sets:
                found = coverage(lexicons[lang], lang, where, part)
                systems = {k: v for k, v in found.items() if k != "ref"}
                ref = found.get("ref")
                words = next(iter(systems.values()))[0]
                shares = [v[2] / v[0] for v in systems.values()]
                given = [v[2] / v[1] for v in systems.values() if v[1]]
                total = [sum(v[i] for v in found.values()) for i in range(4)]
                out.append(
                    f"| {name} | {lang}-en | {part} | {studied} | {words:,} | {pct(total[1], total[0])} | "
                    f"{pct(ref[2], ref[0]) if ref else '-'} | {100 * min(shares):.1f}-{100 * max(shares):.1f}% | "
                    f"{100 * min(given):.1f}-{100 * max(given):.1f}% | {pct(total[3], total[0])} |"
                )
    return "\n".join(out)


def write_table(lexicons: dict[str, dict[str, list[tuple[str, float]]]], where: Path) -> str:
    """One TSV per language (source word, English words with their scores); their sizes."""
    where.mkdir(parents=True, exist_ok=True)
    sizes = []
    for lang, lexicon in lexicons.items():
        path = where / f"{lang}-en.tsv"
        rows = [f"{f}\t" + " ".join(f"{e}:{s:.2f}" for e, s in entry) for f, entry in sorted(lexicon.items())]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        sizes.append(f"{lang}-en: {len(rows):,} entries, {path.stat().st_size / 1024:.0f} KiB")
    return "; ".join(sizes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument("--write-table", type=Path, help="write the learned lexicons here, one TSV a pair")
    parser.add_argument("--aligner", choices=("ibm1", "eflomal"), default="ibm1")
    args = parser.parse_args(argv)
    global ALIGNER
    ALIGNER = args.aligner
    lexicons, notes = {}, []
    for lang in LANGS:
        lexicons[lang], n = train(lang)
        notes.append(f"{lang}-en: {n:,} line pairs, {len(lexicons[lang]):,} entries")
    text = "Trained: " + "; ".join(notes) + "\n\n" + table(lexicons)
    if args.write_table:
        text += "\n\nWritten: " + write_table(lexicons, args.write_table)
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
