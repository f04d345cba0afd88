"""What a page of any language prints that is no text: a stray mark alone on a line, an events
calendar (a line per day from one template, its grid of day numbers and weekday initials). Month
and weekday names are the date profiles' (CLDR's)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

from summarise.text.dateline import date_profiles, fold
from summarise.text.markup import Log
from summarise.text.shapes import END_MARK, ENDS_SENTENCE, STRAY_MARK

# A calendar prints at least this many days from one template.
CALENDAR_MIN_DAYS = 3
# What a calendar's template holds for a day's number and for a month's or weekday's name.
NUMBER, DATE_WORD = "\x00n", "\x00d"
# A day of a calendar's grid alone on its line.
DAY_NUMBER = re.compile(r"^\d{1,2}$")
# A line opened by an arrow, the mark a page puts before a link to another of its pages (">> Gaza :
# l'UNICEF appelle ...", "› Lire le rapport"); "»" only where no "«" closes a German quotation.
LINK_ARROW = re.compile(r"^(?P<arrow>>>|»|›|→|▶|►)\s+(?=\w)(?!.*«)")
# A list of links to other pages prints at least this many arrowed lines one under the other.
LINK_LIST_MIN = 2
# A markdown image with no alternative text, a table cell's bar after it ("![]() |"): markup only.
EMPTY_IMAGE = re.compile(r"^!\[\]\([^)]*\)[\s|]*$")


def drop_stray_marks(lines: list[str], log: Log) -> list[str]:
    """A line of one to three marks and nothing else (".", "|", "-"), no end mark ("###"): what a
    page's markup leaves between its blocks, no text in any language. It reads as a blank line (a
    headline over it still stands over its text)."""
    kept = []
    for line in lines:
        if line and STRAY_MARK.match(line) and not END_MARK.match(line):
            log("chrome", line)
            line = ""
        kept.append(line)
    return kept


def drop_link_list(lines: list[str], log: Log) -> list[str]:
    """Above the text (before the first line that ends a sentence), a run of lines each opened by
    the same arrow: a list of links to the site's other pages (">> Environ 300.000 enfants
    déplacés en Haïti ..." / ">> UNICEF : engagement ..."), not the release; and there, a markdown
    image's empty residue ("![]() |"). An arrowed list inside the text (points of the release)
    stays."""
    text_at = next((i for i, line in enumerate(lines) if ENDS_SENTENCE.search(line)), len(lines))
    arrows = [(m.group("arrow") if (m := LINK_ARROW.match(line)) else None) for line in lines[:text_at]]
    drop = {i for i, line in enumerate(lines[:text_at]) if EMPTY_IMAGE.match(line)}
    start = 0
    for arrow, run in groupby(arrows):
        length = len(list(run))
        if arrow and length >= LINK_LIST_MIN:
            drop.update(range(start, start + length))
        start += length
    for i in sorted(drop):
        log("related", lines[i])
    return [line for i, line in enumerate(lines) if i not in drop]


def drop_calendar(lines: list[str], log: Log) -> list[str]:
    """An events calendar: a line per day printed from one template, the same words with the
    day's number, month and weekday changing ("Events of the day 1 lipiec 2024 (poniedziałek)",
    "Events of the day 2 lipiec 2024 (wtorek)", ...), and its grid around them (the bare day
    numbers, the weekdays' initials). Month and weekday names are the date profiles' (CLDR's), in any language."""
    keys = [calendar_template(line) if line and any(c.isdigit() for c in line) else None for line in lines]
    counts = Counter(k for k in keys if k is not None and DATE_WORD in k)
    days = [i for i, k in enumerate(keys) if k is not None and counts[k] >= CALENDAR_MIN_DAYS]
    if not days:
        return lines
    first, last = days[0], days[-1]
    while first > 0 and (not lines[first - 1] or is_grid_line(lines[first - 1])):
        first -= 1
    while last + 1 < len(lines) and (not lines[last + 1] or is_grid_line(lines[last + 1])):
        last += 1
    grid = set(days) | {i for i in range(first, last + 1) if lines[i] and is_grid_line(lines[i])}
    log("calendar", "\n".join(lines[i] for i in sorted(grid)))
    return [line for i, line in enumerate(lines) if i not in grid]


def is_grid_line(line: str) -> bool:
    """A line of a calendar's grid: a day's number ("21"), or the weekdays' initials ("p w ś c p s
    n", "L M M J V S D")."""
    found = line.split()
    return bool(DAY_NUMBER.match(line)) or len(found) >= 5 and all(len(w) == 1 and w.isalpha() for w in found)


def calendar_template(line: str) -> tuple[str, ...]:
    """The line's words and marks, a number as NUMBER, a month's or weekday's name as DATE_WORD."""
    names = {name for p in date_profiles() for name in (*p.months, *p.weekdays)}
    return tuple(
        NUMBER if token.isdigit() else DATE_WORD if fold(token) in names else token
        for token in re.findall(r"\w+|[^\w\s]", line)
    )
