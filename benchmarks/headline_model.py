"""A learned headline chooser beside the header rules, on the real-world corpus (an experiment).

For each item, the candidates are the lines the header rules read (the first non-empty lines up to
just under the first paragraph of running text), the rules' own pick when it is no single line (a
title wrapped over two lines), an HTML page's ``<h1>``/og:title, and "no headline". Each candidate
has features of structure and content that name no site (position, length, capitals, a sentence
stop, a date / label / furniture / chrome line of the page's language profile, stop-word share,
words shared with the text below and with its first paragraph, likeness to the page's HTML title,
whether the rules pick it, whether the page repeats it). A conditional logit (softmax over an
item's candidates, L2) is trained in numpy on the tune splits only, with features and
regularisation chosen by leave-one-site-out cross-validation (site: the host of the item's address
in ``sources.tsv``). Then, once, the chosen model scores the confirmation splits: totals per group,
never a row.

    python benchmarks/headline_model.py               # tune CV, then the held-out totals
    python benchmarks/headline_model.py --tune-only   # tune CV only

Only the title is swapped: the body, paragraphs and datelines are the rules' in every column.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from summarise.record import Record  # noqa: E402
from summarise.text import boilerplate, clean  # noqa: E402
from summarise.text.dateline import dateline_match, is_date_stamp  # noqa: E402
from summarise.text.header import tidy_title  # noqa: E402
from summarise.text.headline import is_byline, is_headline, is_headline_candidate  # noqa: E402
from summarise.text.markup import Log  # noqa: E402
from summarise.text.paragraphs import fix_text  # noqa: E402
from summarise.text.shapes import (  # noqa: E402
    CLAUSE_END,
    TITLE_MAX_CHARS,
    first_paragraph,
    is_furniture,
    is_photo_credit,
    is_release_label,
    page_stoplist,
)
from tests.realworld import CONFIRM_SPLITS, CORPUS, fold, load_corpus, score_item  # noqa: E402

# Lines read above the first paragraph, and under it.
ABOVE, BELOW = 25, 2
# Lines of text the shared words are counted in.
OVERLAP_LINES = 12
LAMBDAS = (0.001, 0.01, 0.1, 1.0)
# The combination keeps the rules' pick unless the model gives its own choice at least this much.
CONFIDENCE = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)

FEATURES = (
    "none",
    "none_rules_empty",
    "none_best_shared",
    "none_html",
    "rule_pick",
    "html_title",
    "html_likeness",
    "is_headline",
    "is_headline_candidate",
    "log_words",
    "short",
    "too_long",
    "capital_share",
    "all_caps",
    "sentence_stop",
    "date_stamp",
    "label",
    "furniture",
    "chrome",
    "byline",
    "credit",
    "stop_share",
    "shared_below",
    "shared_below_share",
    "shared_first",
    "most_shared",
    "log_distance",
    "first_line",
    "below_text",
    "date_under",
    "dateline_under",
    "repeated",
)
# Feature sets compared by cross-validation.
FEATURE_SETS = {
    "all": FEATURES,
    "no rules' output": tuple(f for f in FEATURES if f not in ("rule_pick", "none_rules_empty")),
    "no shared words": tuple(
        f for f in FEATURES if not f.startswith("shared") and f not in ("most_shared", "none_best_shared")
    ),
}


@dataclass
class Page:
    name: str
    split: str
    lang: str
    site: str
    gold: str
    rules_ok: bool
    titles: list[str] = field(default_factory=list)  # each candidate as the record would print it
    rows: list[dict[str, float]] = field(default_factory=list)
    rule_index: int = -1

    @property
    def label(self) -> int:
        """Index of the candidate that is the gold title; -1 when none is."""
        return next((k for k, t in enumerate(self.titles) if t == self.gold), -1)


def words_of(line: str) -> set[str]:
    return {w.casefold() for w in boilerplate.words(line)}


def candidate_rows(lines: list[str], rule_title: str, html_title: str) -> tuple[list[str], list[dict[str, float]]]:
    """The candidates of one page and their features (the page's language is set by the caller)."""
    text_at = first_paragraph(lines)
    shown = [k for k, line in enumerate(lines) if line]
    above = [k for k in shown if k < text_at][-ABOVE:]
    below = [k for k in shown if k >= text_at][:BELOW]
    stop = page_stoplist()
    text = " ".join(lines[text_at : text_at + OVERLAP_LINES])
    body = boilerplate.content_words(text, stop)
    first = boilerplate.content_words(lines[text_at] if text_at < len(lines) else "", stop)
    counts: dict[str, int] = defaultdict(int)
    for line in lines:
        if line:
            counts[fold(line)] += 1
    html_words = words_of(html_title)
    raw: list[tuple[str, int | None]] = [(lines[k], k) for k in above + below]
    for extra in (rule_title, html_title):
        if extra and all(fold(extra) != fold(line) for line, _ in raw):
            raw.append((extra, None))
    titles, rows = [], []
    shared_counts = [len(boilerplate.content_words(line, stop) & body) for line, _ in raw]
    best = max(shared_counts, default=0)
    for (line, k), shared in zip(raw, shared_counts):
        found = boilerplate.words(line)
        own = boilerplate.content_words(line, stop)
        nxt = next((lines[j] for j in range(k + 1, len(lines)) if lines[j]), "") if k is not None else ""
        position = above.index(k) - len(above) if k in above else (below.index(k) + 1 if k in below else 0)
        union = words_of(line) | html_words
        row = {
            "rule_pick": float(bool(rule_title) and fold(line) == fold(rule_title)),
            "html_title": float(bool(html_title) and fold(line) == fold(html_title)),
            "html_likeness": len(words_of(line) & html_words) / len(union) if html_words and union else 0.0,
            "is_headline": float(is_headline(line)),
            "is_headline_candidate": float(is_headline_candidate(line)),
            "log_words": float(np.log1p(len(found))),
            "short": float(len(found) < 3),
            "too_long": float(len(line) > TITLE_MAX_CHARS),
            "capital_share": sum(w[:1].isupper() for w in found) / len(found) if found else 0.0,
            "all_caps": float(line.isupper()),
            "sentence_stop": float(line.rstrip().endswith(CLAUSE_END + ("!", "?"))),
            "date_stamp": float(is_date_stamp(line)),
            "label": float(is_release_label(line)),
            "furniture": float(is_furniture(line)),
            "chrome": float(boilerplate.is_chrome(line)),
            "byline": float(is_byline(line)),
            "credit": float(is_photo_credit(line)),
            "stop_share": 1 - len(own) / len(found) if found else 1.0,
            "shared_below": float(np.log1p(shared)),
            "shared_below_share": shared / len(own) if own else 0.0,
            "shared_first": len(own & first) / len(own) if own else 0.0,
            "most_shared": float(shared == best and best > 0),
            "log_distance": float(np.log1p(abs(position))),
            "first_line": float(bool(shown) and k == shown[0]),
            "below_text": float(k is not None and k >= text_at),
            "date_under": float(bool(nxt) and is_date_stamp(nxt)),
            "dateline_under": float(bool(nxt) and bool(dateline_match(nxt))),
            "repeated": float(counts[fold(line)] > 1),
        }
        title = fold(fix_text(tidy_title(line, lambda rule, text: None), lambda rule, text: None))
        if title and title not in titles:  # the same title twice is one candidate, the first
            titles.append(title)
            rows.append(row)
    titles.append("")
    rows.append(
        {
            "none": 1.0,
            "none_rules_empty": float(not rule_title),
            "none_best_shared": float(np.log1p(best)),
            "none_html": float(bool(html_title)),
        }
    )
    return titles, rows


def sites() -> dict[str, str]:
    with (CORPUS / "sources.tsv").open(encoding="utf-8") as handle:
        return {
            row["file"].rsplit(".", 1)[0]: urlparse(row["url"]).netloc.removeprefix("www.") or row["file"]
            for row in csv.DictReader(handle, delimiter="\t")
        }


def collect() -> list[Page]:
    """Clean every item alone (``file`` mode), keeping the lines the header rules read: the stage's
    own header functions are wrapped for the run, so the candidates are what the rules saw."""
    seen: dict[str, Any] = {}
    split_header, split_known_title, clean_page = clean.split_header, clean.split_known_title, clean.clean_page

    def by_rules(lines: list[str], log: Log) -> tuple[str, list[str]]:
        seen["lines"] = (list(lines), "")
        return split_header(lines, log)

    def by_html(lines: list[str], title: str, log: Log) -> tuple[str, list[str]]:
        seen["lines"] = (list(lines), title)
        return split_known_title(lines, title, log)

    def with_candidates(record: Record, languages: tuple[str, ...], repeated: Any) -> Record:
        result = clean_page(record, languages, repeated)  # the page's language is still set here
        lines, html_title = seen.pop("lines", ([], ""))
        seen["candidates"] = candidate_rows(lines, result.title or "", html_title)
        return result

    host = sites()
    pages = []
    clean.split_header, clean.split_known_title, clean.clean_page = by_rules, by_html, with_candidates
    try:
        for item in load_corpus():
            record = clean.clean_file(item.path)
            titles, rows = seen.pop("candidates", ([""], [{"none": 1.0}]))
            score = score_item(item, record)
            page = Page(
                item.name, score.split, score.lang, host.get(item.name, item.name), score.gold_title, score.title_ok
            )
            page.titles, page.rows = titles, rows
            page.rule_index = next((k for k, t in enumerate(titles) if t == score.title), -1)
            pages.append(page)
    finally:
        clean.split_header, clean.split_known_title, clean.clean_page = split_header, split_known_title, clean_page
    return pages


# ---------------------------------------------------------------- the model


def matrix(page: Page, names: tuple[str, ...]) -> np.ndarray:
    return np.array([[row.get(n, 0.0) for n in names] for row in page.rows])


def train(pages: list[Page], names: tuple[str, ...], lam: float, steps: int = 1500) -> np.ndarray:
    """Conditional logit over each page's candidates, L2 penalty ``lam``, full-batch gradient descent."""
    used = [p for p in pages if p.label >= 0]
    x = np.vstack([matrix(p, names) for p in used])
    sizes = np.array([len(p.rows) for p in used])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    segment = np.repeat(np.arange(len(used)), sizes)
    gold = x[starts + np.array([p.label for p in used])].sum(axis=0) / len(used)
    w = np.zeros(len(names))
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[segment])
        prob = e / np.add.reduceat(e, starts)[segment]
        w -= 0.5 * (lam * w + prob @ x / len(used) - gold)
    return w


def choose(page: Page, names: tuple[str, ...], w: np.ndarray) -> tuple[int, float]:
    s = matrix(page, names) @ w
    p = np.exp(s - s.max())
    p /= p.sum()
    k = int(p.argmax())
    return k, float(p[k])


def cross_validate(pages: list[Page]) -> dict[tuple[str, float], list[tuple[Page, int, float]]]:
    """Leave one site out: every page's choice by a model trained on the other sites' pages."""
    out: dict[tuple[str, float], list[tuple[Page, int, float]]] = {}
    by_site = sorted({p.site for p in pages})
    for set_name, names in FEATURE_SETS.items():
        for lam in LAMBDAS:
            picks = []
            for site in by_site:
                w = train([p for p in pages if p.site != site], names, lam)
                picks += [(p, *choose(p, names, w)) for p in pages if p.site == site]
            out[(set_name, lam)] = picks
    return out


def share(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)} ({sum(flags) / len(flags):.0%})" if flags else "—"


def group_key(page: Page) -> str:
    return f"{page.lang}/{page.split}"


def right(page: Page, k: int) -> bool:
    return page.titles[k] == page.gold


def combined(page: Page, k: int, confidence: float, threshold: float) -> bool:
    """Right or not when the rules' pick stands unless the model is at least ``threshold`` sure."""
    if k != page.rule_index and confidence >= threshold:
        return right(page, k)
    return page.rules_ok


@dataclass
class Chooser:
    features: str
    lam: float
    threshold: float
    weights: np.ndarray = field(default_factory=lambda: np.zeros(0))


def table(
    groups: dict[str, list[Page]], choosers: list[Chooser], picks: dict[tuple[str, str], tuple[int, float]]
) -> None:
    head = " | ".join(f"{c.features}: model | combination" for c in choosers)
    print(f"| group | items | gold has a title | gold among candidates | rules | {head} |")
    print("|---|---:|---:|---:|---:|" + "---:|---:|" * len(choosers))
    for key, pages in groups.items():
        cells = [
            len(pages),
            sum(bool(p.gold) for p in pages),
            sum(p.label >= 0 for p in pages),
            share([p.rules_ok for p in pages]),
        ]
        for c in choosers:
            got = [picks[(c.features, p.name)] for p in pages]
            cells.append(share([right(p, k) for p, (k, _) in zip(pages, got)]))
            cells.append(share([combined(p, k, conf, c.threshold) for p, (k, conf) in zip(pages, got)]))
        print(f"| {key} | " + " | ".join(map(str, cells)) + " |")


def grouped(pages: list[Page], total: str) -> dict[str, list[Page]]:
    groups: dict[str, list[Page]] = defaultdict(list)
    for p in pages:
        groups[group_key(p)].append(p)
    groups[total] = list(pages)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-only", action="store_true", help="cross-validate on tune, score nothing held out")
    args = parser.parse_args(argv)
    pages = collect()
    tune = [p for p in pages if p.split not in CONFIRM_SPLITS]
    print(f"Tune items: {len(tune)} from {len({p.site for p in tune})} sites\n")
    print(
        "| features | L2 | model (site CV) | combination (site CV), per threshold "
        + " / ".join(map(str, CONFIDENCE))
        + " |"
    )
    print("|---|---:|---:|---|")
    results = cross_validate(tune)
    choosers: list[Chooser] = []
    cv_picks: dict[tuple[str, str], tuple[int, float]] = {}
    for set_name in FEATURE_SETS:
        best: Chooser | None = None
        best_score: tuple[int, float] = (-1, -1.0)
        for lam in LAMBDAS:
            picks = results[(set_name, lam)]
            model = sum(right(p, k) for p, k, _ in picks)
            combos = [sum(combined(p, k, c, t) for p, k, c in picks) for t in CONFIDENCE]
            print(
                f"| {set_name} | {lam} | {share([right(p, k) for p, k, _ in picks])} | {' / '.join(map(str, combos))} |"
            )
            # the most right by CV; a tie goes to the stronger penalty, the threshold to the highest
            if (model, lam) > best_score:
                t = max(zip(combos, CONFIDENCE))[1]
                best, best_score = Chooser(set_name, lam, t), (model, lam)
        assert best is not None
        best.weights = train(tune, FEATURE_SETS[set_name], best.lam)
        choosers.append(best)
        for p, k, conf in results[(set_name, best.lam)]:
            cv_picks[(set_name, p.name)] = (k, conf)
    print("\nChosen by site CV: " + "; ".join(f"{c.features}: L2 {c.lam}, threshold {c.threshold}" for c in choosers))
    print("\nTune groups, site CV:\n")
    table(grouped(tune, "all tune"), choosers, cv_picks)
    for c in choosers:
        names = FEATURE_SETS[c.features]
        print(
            f"\nWeights, {c.features} (all tune items):", ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, c.weights))
        )
    if args.tune_only:
        return 0
    held = [p for p in pages if p.split in CONFIRM_SPLITS]
    held_picks = {(c.features, p.name): choose(p, FEATURE_SETS[c.features], c.weights) for c in choosers for p in held}
    print("\nHeld-out groups, totals only:\n")
    table(grouped(held, "all held-out"), choosers, held_picks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
