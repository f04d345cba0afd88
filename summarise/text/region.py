"""The article's region: the densest run of text in a document, found from each line's own
evidence, in the spirit of the body-text extraction methods (Finn et al.'s maximum subarray over
text and markup, jusText's block classes).

Each unit (a line; the lines of one paragraph in a hard-wrapped text) is weighed by what it shows
of itself: its words, its share of the page language's stop words (running text is full of them,
a menu entry or a site's name has none), whether it ends a sentence (where the language has no
stop-word list), and, on an HTML page, the share of its characters the page prints as a link's
text. Running text weighs its words; chrome (mostly a link, or a known chrome phrase) minus its
words; any other line (a label, a heading, a figure, a name) costs a little. The article is the
run of units of greatest total weight (a maximum subarray): headings, figures and list items
between paragraphs are inside it. A document with too little running text, or whose densest run
holds less than most of it (running text in two places, far apart), has no clear region and is
left as it is.

The region gives position, not a verdict: outside it, units are peeled from the document's two
ends towards it while their own evidence says chrome too (a link, a chrome phrase, a short line
without one stop word); the first that does not stops the peeling on its side, and what a
release prints at its edges by nature (a dateline, a date, a contact line, a heading ending in
":", a figure, an address) always stops it. Repetition across a run is read before, by
``boilerplate.RepeatedLines`` (the clean stage's ``repeated_line`` rule): the lines it leaves are
a copy's or contact lines, which say nothing of chrome.

Two readings go beyond a line's own evidence. Below the article, running text that shares no
content word with it (or one, with a line of chrome between) is about another subject (teasers of
other stories, a subscription prompt, a comment form): it and all below it go. And a short line made
of the words a page names its furniture with (the language profile's ``chrome_words``: comments,
sharing, related stories, ads) is chrome, though it ends in ":" or reads like a name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from summarise.text import boilerplate
from summarise.text.contacts import (
    carries_contact,
    carries_contact_data,
    contact_run,
    data_follows,
    find_contact_marker,
    find_trailing_contacts,
    is_contact_marker,
    is_person_name,
)
from summarise.text.dateline import credit_place, dateline_match, is_date_stamp
from summarise.text.markup import Log
from summarise.text.paragraphs import ends_paragraph, is_one_paragraph_per_line, join_lines
from summarise.text.patterns import URL, stopwords
from summarise.text.shapes import COPYRIGHT, ENDS_SENTENCE, LIST_ITEM, is_closing, is_furniture, page_stoplist

# A line of running text has at least this many words ...
TEXT_MIN_WORDS = 10
# ... and this share of them stop words of the page's language (jusText's lower bound is 0.30 of
# the words; French and Spanish prose runs at 0.4 to 0.5) ...
TEXT_MIN_STOP_RATIO = 0.25
# ... or, in a language without a stop-word list, it ends a sentence.
# A line whose characters are this much a link's text is navigation ...
LINK_DENSITY_CHROME = 0.5
# ... and outside the region, this much (jusText calls a paragraph past 0.2 bad).
LINK_DENSITY_OUTSIDE = 0.3
# A hard-wrapped text's wrap width is this percentile of its line lengths; a line at least this
# share of it is wrapped prose, and goes on the next line when it ends no paragraph.
WRAP_PERCENTILE = 0.9
WRAP_SHARE = 0.6
# A line that is neither text nor chrome costs this much weight.
SHORT_LINE_COST = 2
# No clear region: less running text than this many words in the document ...
MIN_TEXT_WORDS = 40
# ... or the region holds less than this share of the document's running text.
MIN_REGION_SHARE = 0.7
# A content word (no stop word) has this many letters at least, and is compared by its first
# STEM letters (a light stemmer: "réfugiés" and "réfugié", "comunicado" and "comunicados" meet).
CONTENT_MIN_LETTERS = 4
STEM = 5
# Running text set off below the article by a line that is not text (a label, a heading, a widget)
# that shares no content word with the article above it, or at most this many with a line of chrome
# between them, is about another subject: a teaser, a subscription prompt, a comment form. (A
# paragraph of the article shares its subject's names and terms; on the tune splits, the fewest a
# body paragraph set off so shares is 3, a list item 1.)
MAX_SHARED_CONTENT = 1
# A run with fewer content words than this says too little of its subject to be judged.
MIN_CONTENT_WORDS = 6

TEXT, CHROME, SHORT = "text", "chrome", "short"
# Marks a text dump may leave before a heading (a quote's ">", a bullet).
MARKS = ">*•-–# "


@dataclass(frozen=True)
class Evidence:
    """What one line shows of itself."""

    words: int
    stop_ratio: float | None  # None: no stop-word list for the page's language
    sentence: bool
    link_density: float = 0.0
    chrome_phrase: bool = False

    @property
    def kind(self) -> str:
        if self.chrome_phrase or self.link_density >= LINK_DENSITY_CHROME:
            return CHROME
        if self.words >= TEXT_MIN_WORDS and (
            self.stop_ratio >= TEXT_MIN_STOP_RATIO if self.stop_ratio is not None else self.sentence
        ):
            return TEXT
        return SHORT

    @property
    def weight(self) -> int:
        kind = self.kind
        if kind == TEXT:
            return self.words
        if kind == CHROME:
            return -max(self.words, SHORT_LINE_COST)
        return -SHORT_LINE_COST


def evidence(line: str, stoplist: str | None, link_density: float = 0.0) -> Evidence:
    """The evidence of one non-empty line, the stop words read from jusText's ``stoplist``."""
    found = boilerplate.words(line)
    stop = stopwords(stoplist) if stoplist else None
    ratio = sum(1 for w in found if w.casefold() in stop) / len(found) if stop is not None and found else None
    return Evidence(
        words=len(found),
        stop_ratio=ratio if stop is not None else None,
        sentence=bool(ENDS_SENTENCE.search(line)),
        link_density=link_density,
        chrome_phrase=boilerplate.is_chrome(line) or bool(COPYRIGHT.search(line)),
    )


def densest_run(weights: list[int]) -> tuple[int, int] | None:
    """``(start, end)`` (end excluded) of the run of greatest total weight; None when no weight is
    positive. Kadane's maximum subarray, the first of equal runs."""
    best, best_at = 0, None
    total, start = 0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0, i
        total += weight
        if total > best:
            best, best_at = total, (start, i + 1)
    return best_at


def units(lines: list[str], paragraphs: bool = False) -> list[list[int]]:
    """The document's units, each the indices of its lines: one per line (``paragraphs``: each line
    is known to be a paragraph), or in a hard-wrapped text (most lines shorter than a paragraph) the
    lines of one wrapped paragraph together: a line goes on the next when it is as long as the
    text's wrapped lines (a menu entry is shorter) and ends no paragraph."""
    text = [i for i, line in enumerate(lines) if line]
    if paragraphs or is_one_paragraph_per_line([lines[i] for i in text]):
        return [[i] for i in text]
    lengths = sorted(len(lines[i]) for i in text)
    width = lengths[int(len(lengths) * WRAP_PERCENTILE)] if lengths else 0
    out: list[list[int]] = []
    for i in text:
        prev = lines[i - 1] if i else ""
        if out and out[-1][-1] == i - 1 and len(prev) >= WRAP_SHARE * width and not ends_paragraph(prev, lines[i]):
            out[-1].append(i)
        else:
            out.append([i])
    return out


@dataclass(frozen=True)
class Region:
    """The article's units ``start`` to ``end`` (excluded) of a document: its ``units`` (line
    indices) and their evidence."""

    start: int
    end: int
    units: list[list[int]]
    evidence: list[Evidence]


def article_region(
    lines: list[str],
    links: list[float] | None = None,
    paragraphs: bool = False,
) -> Region | None:
    """The densest region of ``lines`` (``links``: each line's link density, where a page gives
    it; ``paragraphs``: each line is a paragraph), None when the document has no clear one."""
    stoplist = page_stoplist()
    found = units(lines, paragraphs)
    weighed = [
        evidence(join_lines([lines[i] for i in unit]), stoplist, max(links[i] for i in unit) if links else 0)
        for unit in found
    ]
    run = densest_run([e.weight for e in weighed])
    if run is None:
        return None
    text_words = sum(e.words for e in weighed if e.kind == TEXT)
    inside = sum(e.words for e in weighed[run[0] : run[1]] if e.kind == TEXT)
    if text_words < MIN_TEXT_WORDS or inside < MIN_REGION_SHARE * text_words:
        return None
    return Region(run[0], run[1], found, weighed)


def content_words(text: str, stoplist: str | None) -> set[str]:
    """The content words of ``text``: no stop word of the page's language, ``CONTENT_MIN_LETTERS``
    letters at least, each by its first ``STEM`` letters, casefolded."""
    stop = stopwords(stoplist) if stoplist else frozenset()
    found = (w.casefold() for w in boilerplate.words(text))
    return {w[:STEM] for w in found if len(w) >= CONTENT_MIN_LETTERS and w not in stop}


def blocks(region: Region) -> list[list[int]]:
    """The region's runs of running text (unit indices), each set off from the next by at least
    one unit that is not running text (a heading, a label, a list item, a widget)."""
    out: list[list[int]] = []
    previous = None
    for k in range(region.start, region.end):
        if region.evidence[k].kind != TEXT:
            continue
        if previous is not None and previous == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
        previous = k
    return out


def other_subject(lines: list[str], region: Region) -> int:
    """The first unit of what follows the article about another subject (``len(region.units)``
    when none). From the region's largest run of running text (its core), walk down run by run: a
    run that shares no content word with the article above it, or at most ``MAX_SHARED_CONTENT``
    when a line between them is chrome by its own evidence, is another subject (teasers of other
    stories, the next story of a section page, a subscription prompt, a comment form), and so are
    the units between it and the article and all below it. A list's items are the article's
    enumeration, a run of fewer than ``MIN_CONTENT_WORDS`` content words says too little, and a run
    set off from the article by sentences only (short lines ending on their stop: "Mais rien ne
    bouge.", "فإننا ننحني ... في السماء.") is the text going on: none of them is judged."""
    runs = blocks(region)
    if len(runs) < 2:
        return len(region.units)
    stoplist = page_stoplist()
    words = [content_words(" ".join(lines[i] for k in run for i in region.units[k]), stoplist) for run in runs]
    core = max(range(len(runs)), key=lambda n: sum(region.evidence[k].words for k in runs[n]))
    article = set().union(*words[: core + 1])
    for n in range(core + 1, len(runs)):
        first = " ".join(lines[i] for i in region.units[runs[n][0]])
        own, shared = words[n], len(words[n] & article)
        gap = range(runs[n - 1][-1] + 1, runs[n][0])
        if all(region.evidence[k].sentence for k in gap):
            article |= own  # set off from the text by nothing but sentences: the text going on
            continue
        if len(own) >= MIN_CONTENT_WORDS and not LIST_ITEM.match(first) and shared <= MAX_SHARED_CONTENT:
            set_off = any(
                is_chrome_outside(region.evidence[k]) or all(is_furniture(lines[i]) for i in region.units[k])
                for k in gap
            )
            if shared == 0 or set_off:
                return runs[n - 1][-1] + 1
        article |= own
    return len(region.units)


def keeps_at_edge(lines: list[str], i: int) -> bool:
    """What a release prints at its edges by nature, short as it is: a dateline, a date, a contact
    line (an e-mail, a phone, a name, a marker with contact data under it), a heading that opens
    what follows (":"), a figure or a footnote (a digit), an address (a URL); a credit line naming
    the place over the text's first line ("اللاذقية-سانا")."""
    line = lines[i]
    return (
        dateline_match(line) is not None
        or credit_place(line, next((x for x in lines[i + 1 :] if x), "")) is not None
        or is_date_stamp(line)
        or carries_contact(line)
        or is_person_name(line)
        or (is_contact_marker(line) and data_follows(lines, i))
        or line.rstrip().endswith((":", "："))
        or is_closing(line)
        or any(c.isdigit() for c in line)
        or bool(URL.search(line))
    )


def contact_lines(lines: list[str]) -> set[int]:
    """The lines of the contact block under the text, as the clean stage reads it (a marker with
    contact data after it, or a run of contact lines ending the document, up to two lines in a row
    that are no contact lines: ``contacts.contact_run``)."""
    start = find_contact_marker(lines)
    if start is None:
        start = find_trailing_contacts(lines)
    if start is None:
        return set()
    block = [i for i in range(start, len(lines)) if lines[i]]
    return set(block[: len(contact_run([lines[i] for i in block]))])


def site_contact_lines(lines: list[str]) -> set[int]:
    """The lines of the contact lines ending the document (no contact heading over them) when they
    are the site's, not the release's: they lie below the article's region and a unit of chrome by
    its own evidence stands between them (a link, a chrome phrase, a short line without a stop word
    that a release does not print at its edges, the page's furniture): the page's footer with its
    address, phone and e-mail, after its menus. A release prints such lines under its text; a block
    under a contact heading ("Contact presse") is the release's wherever it stands."""
    block = set() if find_contact_marker(lines) is not None else contact_lines(lines)
    if not block or any(is_contact_marker(lines[i].lstrip(MARKS)) for i in block):
        return set()  # a heading under a mark (">Contact presse") opens the release's block
    region = article_region(lines)  # read only where there is a block to judge: it costs
    if region is None or min(block) <= region.units[region.end - 1][-1]:
        return set()
    between = [k for k in range(region.end, len(region.units)) if region.units[k][-1] < min(block)]
    for k in between:
        unit = [lines[i] for i in region.units[k]]
        if (is_chrome_outside(region.evidence[k]) and not any(keeps_at_edge(lines, i) for i in region.units[k])) or all(
            map(is_furniture, unit)
        ):
            return block
    return set()


def is_chrome_outside(evidence: Evidence) -> bool:
    """A unit outside the region that its own evidence calls chrome too: a link or a chrome phrase,
    or a short line without one stop word of the page's language (a menu entry, a site's or a
    section's name: "Contenu multimédia", "Source: Africa Press Organisation"). Where the language
    has no stop-word list, only the first."""
    return evidence.kind == CHROME or (evidence.kind == SHORT and evidence.stop_ratio == 0)


def trim_to_region(
    lines: list[str],
    log: Log,
    links: list[float] | None = None,
    keep: Callable[[list[str], int], bool] = keeps_at_edge,
    paragraphs: bool = False,
) -> list[str]:
    """``lines`` less the chrome outside the article's region, peeled from the document's two ends
    towards the region: a unit goes when its own evidence says chrome too (``is_chrome_outside``)
    and it is no line a release keeps at its edges (``keep``); the first unit that stays stops the
    peeling on its side (a heading over a list of fields, a line between two kept ones, stays).
    Each removal is logged as "outside_region"."""
    region = article_region(lines, links, paragraphs)
    if region is None:
        return lines
    contacts = contact_lines(lines)
    bottom = other_subject(lines, region)

    def chrome(k: int) -> bool:
        unit, e = [lines[i] for i in region.units[k]], region.evidence[k]
        if contacts.intersection(region.units[k]):
            return False  # the contact block's lines (a name, a job title) are the contacts' to read
        if k >= bottom or all(map(is_furniture, unit)):  # another subject, or the page's furniture
            return not any(map(carries_contact_data, unit))
        if e.link_density >= LINK_DENSITY_OUTSIDE:  # the page's own markup says so
            return not any(map(carries_contact_data, unit))  # a mailto or tel: link is a contact
        return is_chrome_outside(e) and not any(keep(lines, i) for i in region.units[k])

    above = list(range(region.start))
    below = list(range(len(region.units) - 1, min(region.end, bottom) - 1, -1))
    top = next((n for n, k in enumerate(above) if not chrome(k)), len(above))
    bottom = next((n for n, k in enumerate(below) if not chrome(k)), len(below))
    gone: set[int] = set()
    for k in above[:top] + below[:bottom][::-1]:
        log("outside_region", "\n".join(lines[i] for i in region.units[k]))
        gone.update(region.units[k])
    return [line for i, line in enumerate(lines) if i not in gone]
