"""Teasers above an article: a site's summary of the text's opening printed over it, and a photo's
caption printed again with its credit. Never a headline, never text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarise.text.contacts import is_label
from summarise.text.dateline import dateline_match
from summarise.text.markup import Log
from summarise.text.shapes import DATELINE_WITHIN, TRUNCATION, first_paragraph, page_profile

# A photo's credit after a caption: a dash, then names, agencies or outlets parted by slashes
# ("... en décembre. — C. Allain / APEI / 20 Minutes").
CREDIT_TAIL = re.compile(r"\s+[—–-]\s+[^/\n]{1,40}(?:\s/\s[^/\n]{1,40}){2,}")
# The words a teaser and the paragraph it sums up are compared by (punctuation aside).
TEASER_WORD = re.compile(r"\w+")
# A teaser has at least this many words (a shorter line may open a paragraph by chance) ...
TEASER_MIN_WORDS = 6
# ... and the paragraph it repeats follows within this many lines.
TEASER_WITHIN = 6


def drop_teasers(lines: list[str], log: Log) -> list[str]:
    """Remove teasers above the article: a line whose words open a paragraph just below it or one of
    the text's first paragraphs, cut short or under that paragraph's dateline (an aggregator's
    summary, "Con mucha frecuencia ..." repeated as "NUEVA YORK (31 de julio de 2013) – Con mucha
    frecuencia ..."; a site's summary of the text's second sentence, its commas and its opening
    "و" left out). Never a headline."""
    limit = min(len(lines), DATELINE_WITHIN * 2)
    text_at = first_paragraph(lines)
    opened: dict[int, tuple[list[str], bool]] = {}  # each line's words, past a dateline, read once
    kept, dropped = [], ""
    for i, line in enumerate(lines):
        if i < limit and line and is_teaser(line, lines, sorted(set(teaser_reach(i, text_at))), opened):
            log("teaser", line)
            dropped = line
            continue
        if dropped and line.startswith(dropped) and CREDIT_TAIL.fullmatch(line[len(dropped) :]):
            log("caption", line)  # the line printed again with its photo's credit: a caption twice
            continue
        kept.append(line)
        dropped = "" if line else dropped
    return kept


def teaser_reach(i: int, text_at: int) -> Iterator[int]:
    """The lines a teaser on line ``i`` may sum up: those just below it and the text's first."""
    yield from range(i + 1, i + 1 + TEASER_WITHIN * 2)
    yield from range(max(text_at, i + 1), text_at + TEASER_WITHIN * 2)


def is_teaser(line: str, lines: list[str], reach: list[int], opened: dict[int, tuple[list[str], bool]]) -> bool:
    core = TRUNCATION.sub("", line).strip()
    if len(core.split()) < TEASER_MIN_WORDS or is_label(line):
        return False
    said = TEASER_WORD.findall(core.casefold())
    if not said:
        return False
    for j in reach:
        if j >= len(lines) or not lines[j]:
            continue
        if j not in opened:
            match = dateline_match(lines[j])
            rest = match.string[match.end() :] if match else lines[j]
            opened[j] = (TEASER_WORD.findall(rest.casefold()), match is not None)
        found, dated = opened[j]
        first = found[0] if found else ""
        if len(first) > len(said[0]) and first.endswith(said[0]) and coordinator_prefix(first) + said[0] == first:
            found = [said[0], *found[1:]]  # "وأوضح ..." summed up as "أوضح ..."
        # the teaser may stop inside its last word ("... خارجية الدول الت")
        opens = len(found) >= len(said) and found[: len(said) - 1] == said[:-1]
        if opens and found[len(said) - 1].startswith(said[-1]) and (len(found) > len(said) or dated):
            return True
    return bool(TRUNCATION.search(line)) and any(excerpt_of(said, lines, j) for j in reach)


def excerpt_of(said: list[str], lines: list[str], j: int) -> bool:
    """``said`` (the words of a line cut short, "... de cara a […]") opens the text from line ``j``
    on, over more than one of its paragraphs: a site's excerpt of the text's opening printed above
    it (a deck and the dateline's paragraph run together), not text of its own."""
    if j >= len(lines) or not lines[j]:
        return False
    run: list[str] = []
    for k in range(j, min(len(lines), j + TEASER_WITHIN * 2)):
        if len(run) >= len(said):
            break
        run += TEASER_WORD.findall(lines[k].casefold())
    spans = len(TEASER_WORD.findall(lines[j].casefold())) < len(said)
    opens = len(run) > len(said) and run[: len(said) - 1] == said[:-1]
    return spans and opens and run[len(said) - 1].startswith(said[-1])


def coordinator_prefix(word: str) -> str:
    """The coordinator written joined to ``word`` ("و" of "وأوضح"), or ""."""
    return next((p for p in page_profile().coordinator_prefixes if word.startswith(p) and len(word) > len(p) + 2), "")
