"""The clean stage on real releases from many sites, scored against hand-checked golds.

The floors below are what the cleaning measured on the French ``dev`` split (the sites it was tuned
on) when the corpus was added, and on each held-out group (``heldout-tune``: the items looked at
while the language-aware rules were written; ``heldout``: only scored) when clean:v4 added them; a
change that lowers any group's totals below its floor fails. Raise a floor when the cleaning gets
better, never lower one to let a change through. The per-item table is printed (``pytest -s``) and written to
``benchmarks/out/realworld-<mode>.md``; ``python benchmarks/cleaning.py`` prints the same. The whole
HTML pages (``html-tune``, ``html-heldout``) have floors of their own, set when clean:v5 added them.
The ``confirm``, ``confirm3`` to ``confirm13`` splits (text dumps and pages from sites new to the corpus) print
their totals, never their rows, and are not tuned on; ``confirm`` and ``confirm3`` have no floor,
``confirm4`` to ``confirm13`` have floors just under what they measured (a guard, not a
target); ``tune6`` to ``tune13`` have floors under what clean:v16, clean:v19 to clean:v24 measured. ``tune-confirm`` (the ``confirm`` split through
clean:v9, tune data since) has no floor either. The releases in languages with no profile of their
own (``other-tune``, tuned on; ``other-confirm``, totals only) have floors per language and pooled
per split (``POOLED_FLOORS``), just under what clean:v15 measured.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from realworld import CORPUS, GROUPS, MODES, by_group, group_label, load_corpus, report, score_corpus, totals

# The one place the floors live: {mode: {total: floor}}, for the group FLOOR_GROUP only.
# clean:v1 measured title 12/35, body 0.8973, paragraphs 0.6688, contacts P 0.857 R 0.720;
# clean:v2 measured 97%, 0.982, 0.95, contacts F1 0.98, datelines 89%; clean:v3 measures 97%,
# 0.982, 0.95, contacts F1 0.98, datelines 100% (both modes); clean:v4 (language profiles) measures
# 97%, 0.984, 0.96, 0.98, 100% (both modes); clean:v5 97%, 0.985, 0.96, 0.98, 100%: the floors sit a
# little below, so
# a rule that fixes one page and breaks another shows here. Five text dumps with heavy site chrome
# joined the group at clean:v7 (40 items): their headlines are harder (one missing, one after a
# section name, one with its date cut off), titles measure 90%, hence the title floor at 0.88.
# clean:v9 (a date the headline leads into, a photo credit) measures titles 95%: floor 0.93.
# clean:v12 (the page's title printed again above the text is the headline) measures 98%: floor 0.97.
FLOORS = {
    mode: {
        "title_exact": 0.97,
        "body_similarity": 0.97,
        "paragraph_f1": 0.92,
        "contacts_f1": 0.95,
        "dateline_exact": 0.97,
    }
    for mode in ("file", "batch")
}
FLOOR_GROUP = ("fr", "dev")
# The split kept for judging the cleaning on sites no rule was tuned on: totals only, no floor.
CONFIRM = "confirm"
# The confirm split through clean:v9, tune data since its totals were reported.
TUNE_CONFIRM = "tune-confirm"
# The third confirmation split (added beside ``confirm`` once that one had been read several times).
CONFIRM3 = "confirm3"
# The fourth, added beside them for headline rules on sites never seen.
CONFIRM4 = "confirm4"
# The fifth, built the same way for title and dateline rules.
CONFIRM5 = "confirm5"
# The sixth, with a tune split of its own beside it (tune6).
CONFIRM6 = "confirm6"
TUNE6 = "tune6"
# The seventh, with its tune split (tune7) beside it.
CONFIRM7 = "confirm7"
TUNE7 = "tune7"
# The eighth, with its tune split (tune8) beside it.
CONFIRM8 = "confirm8"
TUNE8 = "tune8"
# The ninth, with its tune split (tune9) beside it.
CONFIRM9 = "confirm9"
TUNE9 = "tune9"
# The tenth, with its tune split (tune10, Arabic first) beside it.
CONFIRM10 = "confirm10"
TUNE10 = "tune10"
# The eleventh, with its tune split (tune11, Arabic first) beside it.
CONFIRM11 = "confirm11"
TUNE11 = "tune11"
# The twelfth, with its tune split (tune12, French first) beside it.
CONFIRM12 = "confirm12"
TUNE12 = "tune12"
# The thirteenth, with its tune split (tune13, French first) beside it.
CONFIRM13 = "confirm13"
TUNE13 = "tune13"
# Every confirmation split built fresh from sites new to the corpus, and the tune splits built beside them.
FRESH_CONFIRMS = (
    CONFIRM,
    CONFIRM3,
    CONFIRM4,
    CONFIRM5,
    CONFIRM6,
    CONFIRM7,
    CONFIRM8,
    CONFIRM9,
    CONFIRM10,
    CONFIRM11,
    CONFIRM12,
    CONFIRM13,
)
FRESH_TUNES = (TUNE6, TUNE7, TUNE8, TUNE9, TUNE10, TUNE11, TUNE12, TUNE13)
MIN_ITEMS = 30
MIN_ORGANISATIONS = 12
# Each held-out group: at least this many items from at least this many sites.
MIN_HELDOUT_ITEMS = 10
MIN_HELDOUT_SITES = 7
OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "out"


@pytest.fixture(scope="module")
def items():
    return load_corpus()


def test_corpus_is_many_sites_each_with_a_source(items):
    """At least 30 releases from at least 12 organisations, each listed in sources.tsv; each held-out
    group at least 10 releases from 7 sites, the French ones from sites outside the dev split."""
    with (CORPUS / "sources.tsv").open(encoding="utf-8") as fh:
        sources = {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}
    assert {item.path.name for item in items} == set(sources)
    assert len(items) >= MIN_ITEMS
    organisations = {row["organisation"].split(" sur ")[0] for row in sources.values()}
    assert len(organisations) >= MIN_ORGANISATIONS
    for item in items:
        row = sources[item.path.name]
        assert row["url"].startswith(("http://", "https://")), item.name
        assert row["kind"] == item.gold["kind"] == ("html" if item.path.suffix != ".txt" else "text")
        assert item.group in GROUPS, (item.name, item.group)
        assert row["complete"] == ("yes" if item.gold["complete"] else "no"), item.name
    assert {item.group for item in items} == set(GROUPS)
    for lang in {lang for lang, split in GROUPS if split.startswith("heldout")}:
        members = [item for item in items if item.group[0] == lang and item.group[1].startswith("heldout")]
        group = (lang, "heldout*")
        sites = {urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.") for item in members}
        assert len(members) >= MIN_HELDOUT_ITEMS and len(sites) >= MIN_HELDOUT_SITES, (group, len(members), sites)
    dev_sites = {
        urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.")
        for item in items
        if item.group == FLOOR_GROUP
    }
    text_sites = {
        urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.")
        for item in items
        if item.gold["kind"] == "text"
    }
    for item in items:
        if item.gold["kind"] == "html":  # whole pages come from sites the text dumps do not
            assert urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.") not in text_sites, item.name
            assert item.group[1].startswith("html-") or item.group[1] in (*FRESH_CONFIRMS, TUNE_CONFIRM), item.name
        if item.group[0] == "fr" and item.group[1].startswith("heldout"):
            assert urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.") not in dev_sites, item.name
    # Each confirm split (the twelve fresh ones, tune6 to tune13 beside the sixth to thirteenth, and the old one now tuned on): each of its sites is new to the
    # corpus (no item of another split comes from it).
    site = {item.name: urlsplit(sources[item.path.name]["url"]).hostname.removeprefix("www.") for item in items}
    for split in (*FRESH_CONFIRMS, *FRESH_TUNES, TUNE_CONFIRM):
        confirm_sites = {site[item.name] for item in items if item.group[1] == split}
        assert not confirm_sites & {site[item.name] for item in items if item.group[1] != split}


def page_text(item) -> str:
    """What a reader of the input sees: a text dump as it is, an HTML page's text (tags, scripts and
    styles taken out, entities read)."""
    raw = item.path.read_text(encoding="utf-8")
    if item.path.suffix == ".txt":
        return raw
    tree = lxml.html.fromstring(raw.encode("utf-8"))
    for node in tree.xpath("//script|//style|//noscript"):
        node.drop_tree()
    return tree.text_content()


def test_gold_is_taken_from_its_page(items):
    """Every gold paragraph, title and contact is in its input, as the page gives it."""
    for item in items:
        flat = "".join(page_text(item).split())
        gold = item.gold
        assert gold["paragraphs"] == len(gold["body"]) >= 1, item.name
        assert gold["first_paragraph"] == gold["body"][0] and gold["last_paragraph"] == gold["body"][-1]
        for text in gold["body"] + [gold["title"] or ""]:
            assert "".join(text.split()) in flat, (item.name, text[:60])
        for values in gold["contacts"].values():
            for value in values:
                assert "".join(value.split()) in flat, (item.name, value)
        if gold["dateline"] is not None:
            assert set(gold["dateline"]) == {"place", "date"}, item.name


@pytest.fixture(scope="module")
def scored(items):
    """{mode: scores of every item}, cleaned once per mode for the tests below."""
    return {mode: score_corpus(mode, items) for mode in MODES}


@pytest.mark.parametrize("mode", MODES)
def test_realworld_scores_stay_above_the_floors(scored, mode, capsys):
    scores = scored[mode]
    table = report(scores, mode)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"realworld-{mode}.md").write_text(table, encoding="utf-8")
    with capsys.disabled():
        print("\n" + table)
    measured = totals(by_group(scores)[FLOOR_GROUP])
    below = {k: (round(measured[k], 4), floor) for k, floor in FLOORS[mode].items() if measured[k] < floor}
    assert not below, (
        f"{mode} {group_label(FLOOR_GROUP)}: totals below their floors (measured, floor): {json.dumps(below)}"
    )


# Floors of the held-out groups, a little under what clean:v4 measures (the same in both modes):
#   fr/heldout-tune title 80%, body 0.986, paragraphs 0.95, datelines 100%
#   fr/heldout      title 80%, body 0.957, paragraphs 0.77, datelines 80%
#   es/heldout-tune title 100%, body 1.000, paragraphs 1.00, contacts F1 1.00, datelines 100%
#   es/heldout      title 80%, body 0.995, paragraphs 0.98, contacts F1 0.00, datelines 80%
#   ar/heldout-tune title 100%, body 1.000, paragraphs 1.00, contacts F1 1.00, datelines 100%
#   ar/heldout      title 60%, body 0.976, paragraphs 0.86, datelines 60%
# A group has five items: one item is 20 points of title or dateline, so those floors sit one item
# under the measure only where the measure is perfect, else just under it. No contacts floor where
# nothing is found yet (es/heldout) or the gold has none.
HELDOUT_FLOORS = {
    ("fr", "heldout-tune"): {
        "title_exact": 0.79,
        "body_similarity": 0.97,
        "paragraph_f1": 0.92,
        "dateline_exact": 0.99,
    },
    # clean:v5 reads a dateline without its year ("San José, 21 Abr (Elpaís.cr).-"): 100% here
    ("fr", "heldout"): {"title_exact": 0.79, "body_similarity": 0.94, "paragraph_f1": 0.74, "dateline_exact": 0.99},
    ("es", "heldout-tune"): {
        "title_exact": 0.99,
        "body_similarity": 0.98,
        "paragraph_f1": 0.97,
        "contacts_f1": 0.95,
        "dateline_exact": 0.99,
    },
    ("es", "heldout"): {"title_exact": 0.79, "body_similarity": 0.98, "paragraph_f1": 0.95, "dateline_exact": 0.79},
    ("ar", "heldout-tune"): {
        "title_exact": 0.99,
        "body_similarity": 0.98,
        "paragraph_f1": 0.97,
        "contacts_f1": 0.95,
        "dateline_exact": 0.99,
    },
    ("ar", "heldout"): {"title_exact": 0.59, "body_similarity": 0.95, "paragraph_f1": 0.83, "dateline_exact": 0.59},
    # The Spanish and Arabic dev splits (15 and 13 items: the header and dateline set, the heavy
    # chrome set and one item taken out of ``confirm`` once it had been read), measured by clean:v8
    # (both modes): es title 100%, body 0.974, paragraphs 0.89, datelines 87%; ar title 100%, body
    # 0.984, paragraphs 0.92, datelines 92%. One item is 7 to 8 points of title or dateline: the
    # floors sit just under the measure.
    # clean:v10 reads a dateline whose ".-" is glued to the text: es datelines 93% (floor 0.92).
    ("es", "dev"): {"title_exact": 0.99, "body_similarity": 0.97, "paragraph_f1": 0.88, "dateline_exact": 0.92},
    ("ar", "dev"): {"title_exact": 0.99, "body_similarity": 0.97, "paragraph_f1": 0.90, "dateline_exact": 0.90},
    # The whole HTML pages (three or four items a group, one in Arabic): one item is 25 to 33 points
    # of title or dateline (100 in Arabic), so those floors sit just under the measure; no floor
    # where nothing is right yet. Measured by clean:v5 with all 17 pages (the same in both modes):
    #   fr/html-tune    4  title 100%, body 0.992, paragraphs 0.94, contacts F1 1.00, datelines 75%
    #   fr/html-heldout 4  title 75%,  body 0.898, paragraphs 0.95, datelines 100%
    #   es/html-tune    4  title 100%, body 0.988, paragraphs 0.92, datelines 100%
    #   es/html-heldout 3  title 100%, body 0.982, paragraphs 0.94, datelines 67%
    #   ar/html-tune    1  title 100%, body 0.988, paragraphs 0.00, datelines 100%
    #   ar/html-heldout 1  title 100%, body 0.914, paragraphs 0.88, datelines 0%
    ("fr", "html-tune"): {
        "title_exact": 0.99,
        "body_similarity": 0.98,
        "paragraph_f1": 0.92,
        "contacts_f1": 0.95,
        "dateline_exact": 0.74,
    },
    ("fr", "html-heldout"): {
        "title_exact": 0.74,
        "body_similarity": 0.88,
        "paragraph_f1": 0.93,
        "dateline_exact": 0.99,
    },
    ("es", "html-tune"): {"title_exact": 0.99, "body_similarity": 0.97, "paragraph_f1": 0.90, "dateline_exact": 0.99},
    ("es", "html-heldout"): {
        "title_exact": 0.99,
        "body_similarity": 0.97,
        "paragraph_f1": 0.92,
        "dateline_exact": 0.66,
    },
    ("ar", "html-tune"): {"title_exact": 0.99, "body_similarity": 0.97, "dateline_exact": 0.99},
    ("ar", "html-heldout"): {"title_exact": 0.99, "body_similarity": 0.90, "paragraph_f1": 0.86},
    # The fourth confirmation split (8 items a group: one item is 12.5 points of title or dateline),
    # read twice: with clean:v12 when its golds were committed, then with clean:v13's headline
    # rules, which were written on tune items and unscored pages and moved none of its totals (both
    # modes): fr title 62.5%, body 0.905, paragraphs 0.805, datelines 62.5%; es 100%, 0.926, 0.818,
    # 75%; ar 62.5%, 0.949, 0.678, 62.5%. The floors sit just under: they hold what a site never
    # tuned on gets, they are not a target (no rule is written on these items). No contacts floor:
    # the two names in its golds are not found.
    # clean:v15 (releases in other languages: stray marks, a stamp ending in its dash, a headline's
    # words in their other forms ...) raised fr titles to 75%, body 0.912, paragraphs 0.827 and es
    # paragraphs to 0.845 (both modes): those floors were raised under them. clean:v23 (the side of
    # a credit line the text names again is its place, written on ar_paltoday of tune10) raised ar
    # datelines to 75% (both modes, one item not looked at): that floor was raised under it.
    ("fr", "confirm4"): {"title_exact": 0.74, "body_similarity": 0.91, "paragraph_f1": 0.82, "dateline_exact": 0.62},
    ("es", "confirm4"): {"title_exact": 0.99, "body_similarity": 0.92, "paragraph_f1": 0.84, "dateline_exact": 0.74},
    ("ar", "confirm4"): {"title_exact": 0.62, "body_similarity": 0.94, "paragraph_f1": 0.67, "dateline_exact": 0.74},
    # The fifth (8 items a group), read twice: with clean:v13 when its golds were committed, then with
    # clean:v14 (the headline right above the text under a long menu), which moved none of its totals
    # (both modes): fr title 87.5%, body 0.973, paragraphs 0.91, datelines 100%; es 87.5%, 0.991,
    # 0.93, 75%; ar 75%, 0.981, 0.84, 75%. Floors just under, as for confirm4; no contacts floor
    # (fr: 6 of the 27 contact values of its one contact block found, 10 given).
    ("fr", "confirm5"): {"title_exact": 0.87, "body_similarity": 0.97, "paragraph_f1": 0.90, "dateline_exact": 0.99},
    ("es", "confirm5"): {"title_exact": 0.87, "body_similarity": 0.99, "paragraph_f1": 0.92, "dateline_exact": 0.74},
    ("ar", "confirm5"): {"title_exact": 0.74, "body_similarity": 0.98, "paragraph_f1": 0.83, "dateline_exact": 0.74},
    # The sixth (8 items a group), read twice: with clean:v15 when its golds were committed, then with
    # clean:v16 (breadcrumb trails, a month-and-year dateline), which moved none of its totals (both
    # modes): fr title 75%, body 0.923, paragraphs 0.79, datelines 75%; es 50%, 0.834, 0.77, 75%; ar
    # 62.5%, 0.970, 0.87, 75%. Floors just under, as for confirm4; no contacts floor (es, ar: the
    # signatures' names are not found). Its tune split (tune6, 4 items a group) after clean:v16: fr
    # title 100%, body 0.987, paragraphs 0.96, datelines 75%; es 100%, 0.963, 0.90, 100%; ar 100%,
    # 0.956, 0.77, 75%.
    ("fr", "confirm6"): {"title_exact": 0.74, "body_similarity": 0.92, "paragraph_f1": 0.78, "dateline_exact": 0.74},
    ("es", "confirm6"): {"title_exact": 0.49, "body_similarity": 0.83, "paragraph_f1": 0.76, "dateline_exact": 0.74},
    ("ar", "confirm6"): {"title_exact": 0.62, "body_similarity": 0.96, "paragraph_f1": 0.86, "dateline_exact": 0.74},
    ("fr", "tune6"): {"title_exact": 0.99, "body_similarity": 0.98, "paragraph_f1": 0.95, "dateline_exact": 0.74},
    ("es", "tune6"): {"title_exact": 0.99, "body_similarity": 0.96, "paragraph_f1": 0.89, "dateline_exact": 0.99},
    ("ar", "tune6"): {"title_exact": 0.99, "body_similarity": 0.95, "paragraph_f1": 0.76, "dateline_exact": 0.74},
    # The seventh (8 items a group) and its tune split (tune7, 5 items a group), read with clean:v17
    # when their golds were committed, then with clean:v18 (the headline over its date stamp under a
    # menu's labels, an ISO date-time as a stamp, a date opening the headline's line), both modes:
    #   confirm7 fr title 87.5%, body 0.990, paragraphs 0.77, datelines 75% (unchanged)
    #            es 87.5% -> 100%, 0.993 -> 0.996, 0.95 -> 0.99, datelines 100% -> 87.5%
    #            ar 50%, 0.949, 0.82, 100% (unchanged)
    #   tune7    fr 60% -> 80%, 1.000, 0.98, 60% -> 80%; es 40% -> 60%, 0.977 -> 0.982, 0.90 -> 0.87,
    #            100%; ar 60% -> 80%, 0.952 -> 0.957, 0.80 -> 0.83, 80%
    # Floors just under the clean:v18 measure; confirm7's are a guard, not a target.
    ("fr", "confirm7"): {"title_exact": 0.87, "body_similarity": 0.98, "paragraph_f1": 0.76, "dateline_exact": 0.74},
    ("es", "confirm7"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.98, "dateline_exact": 0.87},
    ("ar", "confirm7"): {"title_exact": 0.49, "body_similarity": 0.94, "paragraph_f1": 0.81, "dateline_exact": 0.99},
    ("fr", "tune7"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.97, "dateline_exact": 0.79},
    ("es", "tune7"): {"title_exact": 0.59, "body_similarity": 0.98, "paragraph_f1": 0.86, "dateline_exact": 0.99},
    # clean:v19 (a credit line naming the place, a headline printed again wrapped over two lines):
    #   tune7    ar 80% -> 100%, 0.957 -> 0.987, 0.83 -> 0.93, 80% -> 100%; floors raised
    ("ar", "tune7"): {"title_exact": 0.99, "body_similarity": 0.98, "paragraph_f1": 0.92, "dateline_exact": 0.99},
    # The eighth (8 items a group) and its tune split (tune8, 5 items a group), read with clean:v18
    # when their golds were committed, then with clean:v19 (a credit line naming the place, a headline
    # printed again wrapped over two lines, a deck opening on a dash, a kicker between a headline and
    # its deck), both modes:
    #   confirm8 fr title 50%, body 0.886, paragraphs 0.75, datelines 87.5% (unchanged)
    #            es 87.5% -> 100%, 0.988 -> 0.993, 0.91 -> 0.92, 75%
    #            ar 75%, 0.932, 0.90, 87.5% (unchanged)
    #   tune8    fr 100%, 0.988, 0.96, 100%; es 60% -> 100%, 0.965 -> 0.970, 0.87, 60%; ar 80%,
    #            0.967 -> 0.968, 0.86 -> 0.89, 80% -> 100%
    # Floors just under the clean:v19 measure; confirm8's are a guard, not a target.
    ("fr", "confirm8"): {"title_exact": 0.49, "body_similarity": 0.88, "paragraph_f1": 0.74, "dateline_exact": 0.87},
    ("es", "confirm8"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.91, "dateline_exact": 0.74},
    ("ar", "confirm8"): {"title_exact": 0.74, "body_similarity": 0.93, "paragraph_f1": 0.89, "dateline_exact": 0.87},
    ("fr", "tune8"): {"title_exact": 0.99, "body_similarity": 0.98, "paragraph_f1": 0.95, "dateline_exact": 0.99},
    ("es", "tune8"): {"title_exact": 0.99, "body_similarity": 0.96, "paragraph_f1": 0.86, "dateline_exact": 0.59},
    ("ar", "tune8"): {"title_exact": 0.79, "body_similarity": 0.96, "paragraph_f1": 0.88, "dateline_exact": 0.99},
    # The ninth (8 items a group) and its tune split (tune9, 5 items a group), read with clean:v19
    # when their golds were committed, then with clean:v20 (a date set before the headline by a dash,
    # a headline closed by a colon over a lead saying it again, a place in capitals closed by a stop,
    # a dateline's day and month under a stamp giving the year, a shortcode, a caption printed again
    # with its credit), both modes:
    #   confirm9 fr title 75%, body 0.973, paragraphs 0.90, datelines 87.5% (unchanged)
    #            es 75%, 0.981, 0.88, 100%; ar 87.5%, 0.937, 0.79, 62.5% (unchanged)
    #   tune9    fr 100%, 0.987 -> 0.998, 0.94 -> 0.95, 100%; es 80% -> 100%, 0.988 -> 0.995,
    #            0.92 -> 0.95, 40% -> 80%; ar 80%, 1.000, 1.00, 80%
    #   tune7    fr title 80% -> 100% (floor raised below)
    # Floors just under the clean:v20 measure; confirm9's are a guard, not a target.
    ("fr", "confirm9"): {"title_exact": 0.74, "body_similarity": 0.97, "paragraph_f1": 0.89, "dateline_exact": 0.87},
    ("es", "confirm9"): {"title_exact": 0.74, "body_similarity": 0.98, "paragraph_f1": 0.87, "dateline_exact": 0.99},
    ("ar", "confirm9"): {"title_exact": 0.87, "body_similarity": 0.93, "paragraph_f1": 0.78, "dateline_exact": 0.62},
    ("fr", "tune9"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.94, "dateline_exact": 0.99},
    ("es", "tune9"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.94, "dateline_exact": 0.79},
    # clean:v24 reads ar_pgftu's place opening its lead ("فلسطين- إننا ... عمال فلسطين"): datelines 80 -> 100%.
    ("ar", "tune9"): {"title_exact": 0.79, "body_similarity": 0.99, "paragraph_f1": 0.99, "dateline_exact": 0.99},
    # The tenth (8 items a group) and its tune split (tune10: 7 Arabic, 4 French, 4 Spanish), read with
    # clean:v20 when their golds were committed, then with clean:v21 (a place joined to its date by
    # "في", a place, a dash, the source and a dash opening the lead, the section's word before a
    # headline printed again under it, Arabic's comma between a stamp's date and time), both modes:
    #   confirm10 fr title 87.5%, body 0.993, paragraphs 0.81, datelines 87.5% (unchanged)
    #             es 75%, 0.982, 0.89 (batch 0.90), 87.5%; ar 87.5%, 0.968, 0.85, 62.5% (unchanged)
    #   tune10    fr 100%, 0.956, 0.85, 75%; es 100%, 0.992, 0.94, 100%; ar 57% -> 86%,
    #             0.977 -> 0.992, 0.89 -> 0.93, 57% -> 86%
    # Floors just under the clean:v21 measure; confirm10's are a guard, not a target.
    ("fr", "confirm10"): {"title_exact": 0.87, "body_similarity": 0.99, "paragraph_f1": 0.80, "dateline_exact": 0.87},
    ("es", "confirm10"): {"title_exact": 0.74, "body_similarity": 0.98, "paragraph_f1": 0.88, "dateline_exact": 0.87},
    ("ar", "confirm10"): {"title_exact": 0.87, "body_similarity": 0.96, "paragraph_f1": 0.84, "dateline_exact": 0.62},
    ("fr", "tune10"): {"title_exact": 0.99, "body_similarity": 0.95, "paragraph_f1": 0.84, "dateline_exact": 0.74},
    ("es", "tune10"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.93, "dateline_exact": 0.99},
    # clean:v23 reads ar_paltoday's credit ("فلسطين اليوم-نابلس") by the side the text names again:
    # ar/tune10 datelines 86% -> 100% (both modes), floor raised under it.
    ("ar", "tune10"): {"title_exact": 0.85, "body_similarity": 0.99, "paragraph_f1": 0.92, "dateline_exact": 0.99},
    # The eleventh (8 items a group) and its tune split (tune11: 7 Arabic, 4 French, 4 Spanish), read
    # with clean:v21 when their golds were committed, then with clean:v22 (paragraphs without their
    # stops are no list of stories, a headline's marks are no words, the heading under a rubric naming
    # the issuer, a text set off by sentences only goes on, a blog post's date over its headline),
    # both modes:
    #   confirm11 fr title 50%, body 0.954, paragraphs 0.88, datelines 75% (unchanged)
    #             es 75%, 0.955 -> 0.968, 0.79, 87.5%; ar 100%, 0.878 (batch 0.880), 0.70, 87.5%
    #   tune11    fr 25% -> 50%, 0.820 -> 0.966, 0.69 -> 0.91, 75%; es 75%, 0.983, 0.76, 100%;
    #             ar 57% -> 86%, 0.808 -> 0.988, 0.76 -> 0.96, 100%
    # Floors just under the clean:v22 measure; confirm11's are a guard, not a target.
    ("fr", "confirm11"): {"title_exact": 0.49, "body_similarity": 0.95, "paragraph_f1": 0.87, "dateline_exact": 0.74},
    ("es", "confirm11"): {"title_exact": 0.74, "body_similarity": 0.96, "paragraph_f1": 0.78, "dateline_exact": 0.87},
    ("ar", "confirm11"): {"title_exact": 0.99, "body_similarity": 0.87, "paragraph_f1": 0.69, "dateline_exact": 0.87},
    ("fr", "tune11"): {"title_exact": 0.49, "body_similarity": 0.96, "paragraph_f1": 0.90, "dateline_exact": 0.74},
    ("es", "tune11"): {"title_exact": 0.74, "body_similarity": 0.98, "paragraph_f1": 0.75, "dateline_exact": 0.99},
    ("ar", "tune11"): {"title_exact": 0.85, "body_similarity": 0.98, "paragraph_f1": 0.95, "dateline_exact": 0.99},
    # The twelfth (8 items a group) and its tune split (tune12: 7 French, 4 Spanish, 4 Arabic), read
    # with clean:v22 when their golds were committed, then with clean:v23 (a run of paragraphs printed
    # again right after itself is one copy, a wire's credit closing an Arabic story gives the place,
    # the side of a credit line the text names again is its place),
    # both modes:
    #   confirm12 fr title 75%, body 0.970, paragraphs 0.78, datelines 75% (unchanged)
    #             es 75%, 0.977, 0.95, 100%; ar 87.5%, 0.956, 0.85, 87.5% (unchanged)
    #   tune12    fr 86%, 0.882 -> 0.960, 0.77 -> 0.85, 71%; es 100%, 0.974, 0.91, 100%;
    #             ar 75%, 0.979 -> 0.989, 0.88 -> 0.91, 75% -> 100%
    # Floors just under the clean:v23 measure; confirm12's are a guard, not a target.
    ("fr", "confirm12"): {"title_exact": 0.74, "body_similarity": 0.96, "paragraph_f1": 0.77, "dateline_exact": 0.74},
    ("es", "confirm12"): {"title_exact": 0.74, "body_similarity": 0.97, "paragraph_f1": 0.94, "dateline_exact": 0.99},
    ("ar", "confirm12"): {"title_exact": 0.87, "body_similarity": 0.95, "paragraph_f1": 0.84, "dateline_exact": 0.87},
    ("fr", "tune12"): {"title_exact": 0.85, "body_similarity": 0.95, "paragraph_f1": 0.84, "dateline_exact": 0.71},
    ("es", "tune12"): {"title_exact": 0.99, "body_similarity": 0.97, "paragraph_f1": 0.90, "dateline_exact": 0.99},
    ("ar", "tune12"): {"title_exact": 0.74, "body_similarity": 0.98, "paragraph_f1": 0.91, "dateline_exact": 0.99},
    # The thirteenth (8 items a group) and its tune split (tune13: 7 French, 4 Spanish, 4 Arabic), read
    # with clean:v23 when their golds were committed, then with clean:v24 (a stamp dating by both
    # calendars gives the common date; a place opening the lead that the lead names again), both modes:
    #   confirm13 fr title 75%, body 0.972 (batch 0.971), paragraphs 0.90 (batch 0.88), datelines 87.5%
    #             es 62.5%, 0.947, 0.87, 100%; ar 75%, 0.978, 0.89, 62.5% -> 75%
    #   tune13    fr 100%, 0.953, 0.78, 100%; es 75%, 0.994, 0.97, 100%;
    #             ar 100%, 0.986 -> 0.998, 0.95 -> 0.98, 75% -> 100%
    # Floors just under the clean:v24 measure; confirm13's are a guard, not a target.
    ("fr", "confirm13"): {"title_exact": 0.74, "body_similarity": 0.97, "paragraph_f1": 0.87, "dateline_exact": 0.87},
    ("es", "confirm13"): {"title_exact": 0.62, "body_similarity": 0.94, "paragraph_f1": 0.86, "dateline_exact": 0.99},
    ("ar", "confirm13"): {"title_exact": 0.74, "body_similarity": 0.97, "paragraph_f1": 0.88, "dateline_exact": 0.74},
    ("fr", "tune13"): {"title_exact": 0.99, "body_similarity": 0.95, "paragraph_f1": 0.77, "dateline_exact": 0.99},
    ("es", "tune13"): {"title_exact": 0.74, "body_similarity": 0.99, "paragraph_f1": 0.96, "dateline_exact": 0.99},
    ("ar", "tune13"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.97, "dateline_exact": 0.99},
    # Releases in languages with no profile (two or three items a group, one in Czech: one item is
    # 33 to 100 points of title or dateline), measured by clean:v15 (both modes):
    #   de/other-tune     3  title 100%, body 0.999, paragraphs 0.963, datelines 100%
    #   it/other-tune     2  title 100%, body 0.993, paragraphs 1.000, datelines 100%
    #   nl/other-tune     2  title 50%,  body 0.971, paragraphs 0.742, datelines 50%
    #   pl/other-tune     2  title 100%, body 0.985, paragraphs 0.900, datelines 100%
    #   pt/other-tune     2  title 100%, body 1.000, paragraphs 1.000, datelines 100%
    #   de/other-confirm  3  title 33%,  body 0.975, paragraphs 0.889, datelines 100%
    #   it/other-confirm  2  title 100%, body 0.924, paragraphs 0.700, datelines 100%
    #   nl/other-confirm  2  title 100%, body 1.000, paragraphs 1.000, datelines 100%
    #   pl/other-confirm  2  title 100%, body 1.000, paragraphs 1.000, datelines 100%
    #   pt/other-confirm  3  title 67%,  body 0.987, paragraphs 0.833, datelines 100%
    #   cs/other-confirm  1  title 0%,   body 1.000, paragraphs 1.000, datelines 100%
    # Floors just under; other-confirm's are a guard, not a target (no rule is written on its items).
    # Each split pooled over its languages: POOLED_FLOORS.
    ("de", "other-tune"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.95, "dateline_exact": 0.99},
    ("it", "other-tune"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.99, "dateline_exact": 0.99},
    ("nl", "other-tune"): {"title_exact": 0.49, "body_similarity": 0.96, "paragraph_f1": 0.73, "dateline_exact": 0.49},
    ("pl", "other-tune"): {"title_exact": 0.99, "body_similarity": 0.98, "paragraph_f1": 0.89, "dateline_exact": 0.99},
    ("pt", "other-tune"): {"title_exact": 0.99, "body_similarity": 0.99, "paragraph_f1": 0.99, "dateline_exact": 0.99},
    ("de", "other-confirm"): {
        "title_exact": 0.33,
        "body_similarity": 0.97,
        "paragraph_f1": 0.88,
        "dateline_exact": 0.99,
    },
    ("it", "other-confirm"): {
        "title_exact": 0.99,
        "body_similarity": 0.92,
        "paragraph_f1": 0.69,
        "dateline_exact": 0.99,
    },
    ("nl", "other-confirm"): {
        "title_exact": 0.99,
        "body_similarity": 0.99,
        "paragraph_f1": 0.99,
        "dateline_exact": 0.99,
    },
    ("pl", "other-confirm"): {
        "title_exact": 0.99,
        "body_similarity": 0.99,
        "paragraph_f1": 0.99,
        "dateline_exact": 0.99,
    },
    ("pt", "other-confirm"): {
        "title_exact": 0.66,
        "body_similarity": 0.98,
        "paragraph_f1": 0.83,
        "dateline_exact": 0.99,
    },
    ("cs", "other-confirm"): {"body_similarity": 0.99, "paragraph_f1": 0.99, "dateline_exact": 0.99},
}
# The releases in other languages, each split pooled over its languages (clean:v15, both modes):
# other-tune 11 items, title 90.9%, body 0.990, paragraphs 0.925, datelines 90.9%; other-confirm
# 13 items, title 69.2%, body 0.979, paragraphs 0.890, datelines 100%.
POOLED_FLOORS = {
    "other-tune": {"title_exact": 0.90, "body_similarity": 0.98, "paragraph_f1": 0.92, "dateline_exact": 0.90},
    "other-confirm": {"title_exact": 0.69, "body_similarity": 0.97, "paragraph_f1": 0.88, "dateline_exact": 0.99},
}


@pytest.mark.parametrize("mode", MODES)
def test_heldout_groups_stay_above_their_floors(scored, mode, capsys):
    """Each held-out group's totals, printed and held by its floors (HELDOUT_FLOORS)."""
    groups = by_group(scored[mode])
    lines = [f"Held-out totals (`{mode}` mode):"]
    below = {}
    for group, scores in groups.items():
        if group == FLOOR_GROUP:
            continue
        t = totals(scores)
        assert all(0.0 <= v <= 1.0 for v in t.values()), (group, t)
        if not any(s.contacts["gold"] or s.contacts["predicted"] for s in scores):
            t = {k: v for k, v in t.items() if not k.startswith("contacts_")}  # nothing to score
        lines.append(
            f"  {group_label(group):<16} {len(scores):>2} items  " + "  ".join(f"{k} {v:.3f}" for k, v in t.items())
        )
        for key, floor in HELDOUT_FLOORS.get(group, {}).items():
            if t.get(key, 0.0) < floor:
                below[f"{group_label(group)} {key}"] = (round(t.get(key, 0.0), 4), floor)
    for split, floors in POOLED_FLOORS.items():
        pooled = [s for s in scored[mode] if s.split == split]
        assert pooled, split
        t = totals(pooled)
        lines.append(
            f"  {split + ' (pooled)':<16} {len(pooled):>2} items  " + "  ".join(f"{k} {v:.3f}" for k, v in t.items())
        )
        for key, floor in floors.items():
            if t[key] < floor:
                below[f"{split} (pooled) {key}"] = (round(t[key], 4), floor)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert not below, f"{mode}: held-out totals below their floors (measured, floor): {json.dumps(below)}"
