"""Headlines on pages without golds: each HTML page made a text dump with its menus and footers
(``htmlpage.page_lines``) and cleaned as text; its title compared with the page's own headline where
the page agrees on one (its ``<h1>`` as ``page_title`` picks it, opening its og:title or ``<title>``).
A proxy, not a gold: it counts how often the text rules find the headline the page's markup names.

    python benchmarks/unseen_titles.py PAGES_DIR [PAGES_DIR ...] [--langs fr,es,ar,de,en] [--out rows.json]

Pages whose canonical host is a host of the real-world corpus (``sources.tsv``) are left out, and so
are pages with no canonical address, so that no corpus item, tune or held out, is read here.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import lxml.html  # noqa: E402

from summarise.text.clean import clean_text  # noqa: E402
from summarise.text.htmlpage import page_lines, page_title  # noqa: E402
from tests.realworld import CORPUS, fold  # noqa: E402


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def corpus_hosts() -> set[str]:
    with (CORPUS / "sources.tsv").open(encoding="utf-8") as fh:
        return {host(row["url"]) for row in csv.DictReader(fh, delimiter="\t")}


def score_page(path: Path, langs: set[str], excluded: set[str]) -> dict | None:
    """The page's row, or None when it is not one to score (language, host, no agreed headline)."""
    raw = path.read_bytes().decode("utf-8", "replace")
    try:
        tree = lxml.html.fromstring(raw.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    lang = (tree.get("lang") or "")[:2].lower()
    urls = tree.xpath("//link[@rel='canonical']/@href") + tree.xpath("//meta[@property='og:url']/@content")
    site = host(urls[0]) if urls else ""
    if lang not in langs or not site or site in excluded:
        return None
    headline = fold(page_title(raw))
    titles = tree.xpath("//meta[@property='og:title']/@content") + [t.text_content() for t in tree.iter("title")]
    if not headline or not any(fold(t).casefold().startswith(headline.casefold()) for t in titles):
        return None
    found = fold(clean_text("\n".join(page_lines(raw)), id=str(path), languages=(lang,)).title)
    row = {"page": str(path), "lang": lang, "host": site, "headline": headline, "title": found}
    return row | {"ok": found == headline}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path, help="folders of HTML pages (searched recursively)")
    parser.add_argument("--langs", default="fr,es,ar,de,en,it,pt,pl")
    parser.add_argument("--out", type=Path, help="write every page's row to this JSON file")
    args = parser.parse_args(argv)
    langs, excluded = set(args.langs.split(",")), corpus_hosts()
    paths = sorted(p for folder in args.pages for p in folder.rglob("*") if p.suffix in (".html", ".htm"))
    rows = [row for path in paths if (row := score_page(path, langs, excluded)) is not None]
    right, total, empty = Counter(r["lang"] for r in rows if r["ok"]), Counter(r["lang"] for r in rows), Counter()
    empty.update(r["lang"] for r in rows if not r["title"])
    print("| language | pages | title is the page's headline | no title |\n|---|---:|---:|---:|")
    for lang, n in total.most_common():
        print(f"| {lang} | {n} | {right[lang]} | {empty[lang]} |")
    print(f"| all | {len(rows)} | {sum(right.values())} | {sum(empty.values())} |")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
