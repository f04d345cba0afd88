"""The release's headline and what sits around it: the site menu above it, a kicker or date
stamp under it, a date or language link glued to it."""

from __future__ import annotations

import re

from summarise.text import boilerplate
from summarise.text.contacts import is_label
from summarise.text.dateline import _DATE, DATE_HEAD, DATELINE_PARAGRAPHS, dateline_match, is_date_stamp
from summarise.text.headline import (
    MIN_COPY_WORDS,
    MIN_HEADLINE_WORDS,
    MIN_SHARED_WORDS,
    OVERLAP_LINES,
    drop_breadcrumb,
    drop_story_list,
    drop_title_copies,
    headline_by_overlap,
    headline_over_stamp,
    is_byline,
    is_headline,
    is_headline_candidate,
    is_name_in_text,
    is_section_label,
    near_text,
    over_stamp,
    restated_headline,
    shared_words,
    title_printed_twice,
    trail_end,
    unwrap_title_copy,
    weak_title,
)
from summarise.text.markup import Log
from summarise.text.shapes import (
    CLAUSE_END,
    COPYRIGHT,
    DASH_OPENING,
    DATELINE_WITHIN,
    ENDS_SENTENCE,
    GLUED_LABEL,
    LIST_ITEM,
    PARAGRAPH_MIN_WORDS,
    TITLE_MAX_CHARS,
    first_paragraph,
    function_words,
    is_bullet,
    is_foreign,
    is_furniture,
    is_header_bar,
    is_issuer_rubric,
    is_long_item,
    is_release_label,
    neighbours,
    page_stoplist,
    starts_sentence,
)

# What a page glues to the end of a headline: a date, the link to its translation.
TITLE_TAIL = re.compile(rf"\s+(?:{_DATE}|English|Français|Deutsch|Italiano|Español)$")
# A photo credit: one token of names joined by slashes ("UNICEF/Yemen/2019", "©UNHCR/A. Name" is two).
PHOTO_CREDIT = re.compile(r"^©?[^\W_][\w.-]*(?:/[\w.-]+){2,}$")


def tidy_title(title: str, log: Log) -> str:
    """A date or a language link glued to the end of a headline goes: "Télébec acquiert
    Télécâble Blouin 1999-04-01", "... : Point de presse English". A headline printed twice on
    its line (an image's text and its caption run together) is said once; a breadcrumb trail
    ending in it and a link after it go (``trail_end``)."""
    title = trail_end(title, log)
    found = title.split()
    half = len(found) // 2
    if half >= MIN_COPY_WORDS and len(found) == 2 * half and found[:half] == found[half:]:
        log("title_copy", " ".join(found[half:]))
        title = " ".join(found[:half])
    tidy = TITLE_TAIL.sub("", title)
    # a date the headline's words lead into ("Conseil des ministres du 11 septembre 2025") is its own
    joined = bool(tidy.split()) and tidy.split()[-1].casefold() in function_words()
    if tidy != title and not joined and len(tidy.split()) >= 3 and boilerplate.stopword_count(tidy, page_stoplist()):
        log("title_tail", title[len(tidy) :].strip())
        return tidy
    return title


def date_headed_title(title: str, paragraphs: list[str], log: Log) -> str:
    """A date printed before the headline, set off by a dash ("28 janvier 2014 – La CGT appelle
    ..."), where the text opens on no dateline of its own: the release's date, said where its
    dateline would be (``date_stamps`` reads it there), not the headline's words. Where the text
    opens on its dateline ("Santiago, 16 de marzo de 2021.-"), the date is the site's, printed
    as part of its heading."""
    head = DATE_HEAD.match(title)
    if head is None or any(map(dateline_match, paragraphs[:DATELINE_PARAGRAPHS])):
        return title
    rest = title[head.end() :]
    if len(rest.split()) < 3 or not boilerplate.stopword_count(rest, page_stoplist()):
        return title
    log("title_date", head.group(0).strip())
    return rest


def split_known_title(lines: list[str], title: str, log: Log) -> tuple[str, list[str]]:
    """A page's title given by its HTML (<h1>, og:title): the body is what follows its
    first line when that line is the title (read puts it there)."""
    first = next((j for j, line in enumerate(lines) if line), len(lines))
    log("title", title)
    if first < len(lines) and " ".join(lines[first].split()) == " ".join(title.split()):
        return title, lines[first + 1 :]
    return title, lines[first:]


def drop_stamps_above_dateline(lines: list[str], log: Log) -> list[str]:
    """Between the headline and the dateline, what is the page's and not the release's: a date
    stamp ("20 شباط / فبراير 2020"), a photo caption in another language than the page ("a group
    of kids in front of a destroyed house") and a photo credit ("UNICEF/Yemen/2019"). Deck and
    attribution lines, in the page's language, stay."""
    at = next((k for k, line in enumerate(lines[:DATELINE_WITHIN]) if line and dateline_match(line)), None)
    if at is None:
        return lines
    removed = [k for k in range(at) if lines[k] and is_stamp_or_caption(lines[k])]
    if removed:
        log("stamps", "\n".join(lines[k] for k in removed))
    return [line for k, line in enumerate(lines) if k not in removed]


def is_stamp_or_caption(line: str) -> bool:
    """A date stamp, a line in another language than the page (a photo caption) or a photo credit."""
    return is_date_stamp(line) or is_caption(line)


def is_caption(line: str) -> bool:
    """A photo's caption in another language than the page, or its credit: the headline is above
    them (a date stamp is not skipped: the line above one is a rubric, "PAM: Communiqué de Presse")."""
    return is_foreign(line) or bool(PHOTO_CREDIT.match(line))


def is_glued(line: str, labels: set[str]) -> bool:
    """A menu label glued to the blurb after it ("Notre travailEn tant que ...")."""
    for label in labels:
        if len(line) > len(label) and line.startswith(label) and line[len(label)].isupper():
            return True
    return bool(GLUED_LABEL.match(line))


def is_menu_line(lines: list[str], i: int, labels: set[str]) -> bool:
    """Shapes of navigation: bullets, a line repeated next to itself, a glued label."""
    line = lines[i]
    prev, nxt = neighbours(lines, i)
    return (
        is_bullet(line)
        and not is_long_item(line)
        or line.casefold() in (prev.casefold(), nxt.casefold())
        or is_glued(line, labels)
        or bool(COPYRIGHT.search(line))
        or is_foreign(line)
        or bool(is_date_stamp(line))
        or boilerplate.is_chrome(line)
        or is_furniture(line)
    )


def scan_header(lines: list[str]) -> tuple[int, int, int | None]:
    """Index of the first line after the menu, number of menu lines, last short label line."""
    labels: set[str] = set()
    strong = weak = 0
    last_label = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if is_menu_line(lines, i, labels):
            strong += 1
            last_label = None
        elif is_label(line) and neighbours(lines, i)[1]:
            weak += 1
            last_label = i
        else:
            break
        labels.add(line)
        i += 1
    return i, strong + weak if (strong or weak >= 3) else 0, last_label


def is_title_shaped(lines: list[str], i: int) -> bool:
    """A heading: no sentence-final full stop, and the next line opens a sentence."""
    line = lines[i]
    _, nxt = neighbours(lines, i)
    return (
        bool(nxt)
        and len(line) <= TITLE_MAX_CHARS
        and len(boilerplate.words(line)) >= MIN_HEADLINE_WORDS
        and not line.endswith(CLAUSE_END)
        and not is_bullet(line)
        and not DASH_OPENING.match(line)
        and starts_sentence(nxt)
        and not is_date_stamp(line)
        and not is_header_bar(line)
        and not is_release_label(line)
        and not is_byline(line)
        and not is_furniture(line)
    )


def repeated_title(lines: list[str], first: int) -> int | None:
    """The line just before the body when it is a long heading the scrape printed twice."""
    before = next((j for j in range(first - 1, -1, -1) if lines[j]), None)
    if before is None:
        return None
    line = lines[before]
    prev, _ = neighbours(lines, before)
    if (
        line.casefold() == prev.casefold()
        and not is_label(line)
        and not is_bullet(line)
        and not is_glued(line, set())
        and len(line) <= TITLE_MAX_CHARS
    ):
        return before
    return None


def wrapped_title_end(lines: list[str], i: int) -> int | None:
    """``i`` and the next line are one title wrapped over two lines ("... apportée aux
    réfugiés syriens, mais appelle" / "à un engagement plus soutenu"): the second's index. A date
    stamp opening in lower case (a weekday) is the page's stamp under its headline, not the
    headline's second line."""
    j = i + 1
    if j >= len(lines) or not lines[j] or not lines[j][:1].islower() or not is_headline(lines[i]):
        return None
    if is_date_stamp(lines[j]):
        return None  # the date stamp under the headline ("jueves 21 de abril de 2022 4:44 PM") is no part of it
    joined = f"{lines[i]} {lines[j]}"
    if len(joined) > TITLE_MAX_CHARS or lines[j].endswith(CLAUSE_END):
        return None
    _, nxt = neighbours(lines, j)
    return j if nxt and starts_sentence(nxt) else None


def dateline_title(lines: list[str]) -> tuple[int, int] | None:
    """The headline right above the article's dateline ("Genève (ots) - ..."), as the
    indexes of its first and last line: everything before it is the site's."""
    seen = 0
    for d, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > DATELINE_WITHIN:
            return None
        match = dateline_match(line)
        # a wire's "PARIS--(BUSINESS WIRE)--" comes under its deck lines, not its headline
        if match and not match.groupdict().get("wire") and not is_title_shaped(lines, d):
            above = [
                j
                for j in range(d - 1, -1, -1)
                if lines[j] and not boilerplate.is_chrome(lines[j]) and not is_caption(lines[j])
            ][:2]
            if not above or not (is_headline(lines[above[0]]) or restated_headline(lines[above[0]], line)):
                return None
            end = above[0]
            if len(above) == 2 and above[1] == end - 1 and wrapped_title_end(lines, above[1]) == end:
                return above[1], end
            top = opening_headline(lines, end, d)
            return (top, top) if top is not None else (end, end)
    return None


def opening_headline(lines: list[str], end: int, dateline: int) -> int | None:
    """The page's first line when it is a headline saying more of the text than the line right
    above the dateline (then a deck, or who speaks: "بيان صادر عن ..."): a page that opens on
    its headline, with only chrome and labels above it, puts its deck under it."""
    top = next(
        (
            j
            for j, line in enumerate(lines[:end])
            if line
            and not (
                boilerplate.is_chrome(line)
                or is_release_label(line)
                or is_bullet(line)
                or is_header_bar(line)
                or is_date_stamp(line)
            )
        ),
        None,
    )
    if top is None or not is_headline_candidate(lines[top]):
        return None
    body = boilerplate.content_words(" ".join(lines[dateline : dateline + OVERLAP_LINES]), page_stoplist())
    return top if shared_words(lines[top], body) > shared_words(lines[end], body) else None


def unglue_label(lines: list[str], log: Log) -> list[str]:
    """A label glued to the first paragraph of the text ("Comunicato dell'Amministrazione
    comunaleCon decreto n. 140 di oggi, il sindaco ..."): the label is the page's, the paragraph
    the text's. A menu glues each label to its blurb and prints the label alone too, as its entry
    ("Notre travail" / "Notre travailEn tant que principale organisation ..."), or sets it among
    other entries (a bullet, a label printed twice): that label and its blurb are the menu's."""
    at = first_paragraph(lines)
    shown = {line.casefold() for line in lines if line}
    for i in range(min(at + 1, len(lines))):
        if lines[i] and is_menu_line(lines, i, set()) and not GLUED_LABEL.match(lines[i]):
            return lines  # a menu above: a glued line below it is one of its entries
        match = GLUED_LABEL.match(lines[i]) if lines[i] else None
        if match is None or match.group(1).casefold() in shown:
            continue
        rest = lines[i][match.end() :]
        if len(rest.split()) >= PARAGRAPH_MIN_WORDS and ENDS_SENTENCE.search(rest):
            log("navigation", match.group(1))
            return lines[:i] + [rest] + lines[i + 1 :]
    return lines


def split_header(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """Drop the site menu at the top; return the title and the body lines after it, the
    headline's copies under it taken out."""
    lines = drop_story_list(drop_breadcrumb(unglue_label(lines, log), log), log)
    unwrapped = unwrap_title_copy(lines, log)
    wrapped, lines = unwrapped != lines, unwrapped
    title, body = find_header(lines, log)
    # the line printed as the page's title and again nearer the text than the title found (a
    # teaser's headline between them) is the headline; where none was found, the line whose copy
    # right above the text the page wraps over two lines (a heading's length, not a menu label's)
    twice = title_printed_twice(lines)
    if (
        twice is not None
        and (wrapped and not title or len(lines) - len(body) <= twice)
        and lines[twice].casefold() != title.casefold()
    ):
        log("navigation", "\n".join([title] + [line for line in lines[len(lines) - len(body) : twice] if line]))
        log("title", lines[twice])
        title, body = lines[twice], lines[twice + 1 :]
    bare = bare_copy(title, body)
    if bare:
        log("navigation", title[: -len(bare)].strip())  # the section's word printed before the headline
        title, at = bare, body.index(bare)
        log("title_copy", bare)
        body = body[:at] + body[at + 1 :]
    return title, drop_title_copies(title, body, log)


def bare_copy(title: str, body: list[str]) -> str | None:
    """The headline printed again right under the title found (a stamp may stand between), that
    title being this copy with one word before it ("خبر بسبب حصار نابلس..." over "بسبب حصار
    نابلس..."): the word is the section's label the page sets before its heading, the copy without
    it the headline."""
    for line in [line for line in body[:DATELINE_WITHIN] if line][:2]:
        label = title[: -len(line)].strip() if title.endswith(" " + line) else ""
        if len(line.split()) >= MIN_COPY_WORDS and len(label.split()) == 1:
            return line
    return None


def find_header(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """The title and the body lines after it, by shape, then by the words it shares with the text."""
    title, body = split_header_by_shape(lines, log)
    start = len(lines) - len(body)
    text_at = first_paragraph(lines)
    text = boilerplate.content_words(" ".join(lines[text_at : text_at + OVERLAP_LINES]), page_stoplist())
    over = headline_over_stamp(lines)
    # over the stamp, a headline that says something of the text; a line found under the stamp is a deck
    said = over is not None and shared_words(lines[over[0]], text) >= MIN_SHARED_WORDS
    if over is not None and said and title and start - 1 > over[1]:
        return over_stamp(lines, over[0], title, log)
    under = headline_under_rubric(lines, text_at)
    if under is not None and lines[under] != title:
        removed = [line for line in lines[:under] if line]
        log("navigation", "\n".join(removed))
        log("title", lines[under])
        return lines[under], lines[under + 1 :]
    above = [line for line in lines[:start] if line and line not in title]
    if title and len(above) == 1 and is_date_stamp(above[0]):
        return title, body  # a page opening on its date (a blog's post): the heading under it is the headline
    dated = dated_heading(lines, start)
    if title and dated is not None and not is_headline_candidate(title):
        log("title", lines[dated])  # the title found, in capitals under it, is the text's kicker
        return lines[dated], lines[dated + 1 :]
    if title and is_name_in_text(title, " ".join(lines[start : start + OVERLAP_LINES])):
        log("navigation", title)  # the organisation's name above its text
        title = ""
    if not weak_title(lines, title, start):
        return title, body
    # the lines right above the text are read too where the title found says nothing of the text
    # (none found, or a line up in the menu) and does not stand among them
    close = near_text(lines, text_at)
    near = not title or shared_words(title, text) == 0 and bool(close) and start - 1 < min(close)
    better = headline_by_overlap(lines, text_at, near)
    labelled = bool(title) and is_section_label(title, lines[text_at : text_at + OVERLAP_LINES])
    # over the stamp: the headline, where none was found or a label was
    if over is not None and better is None and (not title or labelled):
        return over_stamp(lines, over[0], title, log)
    if better is None and labelled:
        log("navigation", title)
        return "", body
    if better is None or better < start - (1 if title else 0) and title and not weak_title(lines, title, text_at):
        return title, body
    removed = [line for line in lines[:better] if line]
    if removed:
        log("navigation", "\n".join(removed))
    log("title", lines[better])
    between = [line for line in lines[better + 1 : text_at] if line]
    if between and not any(dateline_match(line) or LIST_ITEM.match(line) for line in between):
        log("navigation", "\n".join(between))  # what the page prints between its headline and text
        return lines[better], lines[text_at:]
    return lines[better], lines[better + 1 :]


def dated_heading(lines: list[str], start: int) -> int | None:
    """On a page opening on its date (a blog's post: "dimanche 24 septembre 2017" over "Pique-nique à
    la Préfecture" over "ON A TOUT ESSAYE !"), the heading right under the date, where it has a
    headline's shape: the headline."""
    shown = [i for i in range(min(start, len(lines))) if lines[i]]
    if len(shown) >= 2 and is_date_stamp(lines[shown[0]]) and is_headline_candidate(lines[shown[1]]):
        return shown[1]
    return None


def headline_under_rubric(lines: list[str], text_at: int) -> int | None:
    """The line right above the text when the line above it is a rubric naming the release's issuer
    ("بيان صادر عن جمعية حقوق الإنسان في سورية" over "الولايات المتحدة تشارك. . والعالم الحر يتواطأ
    . . والأمة العربية !!"): a heading under the rubric, shorter than a paragraph, is the headline
    (a menu or a site's name above the rubric is not; the rubric is no headline)."""
    shown = [i for i in range(min(text_at, len(lines))) if lines[i]]
    if len(shown) < 2:
        return None
    rubric, heading = shown[-2], shown[-1]
    line = lines[heading]
    if (
        is_issuer_rubric(lines[rubric])
        and is_headline_candidate(line)
        and len(boilerplate.words(line)) < PARAGRAPH_MIN_WORDS
        and not is_date_stamp(line)
        and not is_byline(line)
    ):
        return heading
    return None


def split_header_by_shape(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """Drop the site menu at the top; return the title and the body lines after it."""
    anchored = dateline_title(lines)
    if anchored is not None:
        start, end = anchored
        removed = [line for line in lines[:start] if line]
        if removed:
            log("navigation", "\n".join(removed))
        title = " ".join(lines[start : end + 1])
        log("title", title)
        return title, lines[end + 1 :]
    first, menu_lines, last_label = scan_header(lines)
    if not menu_lines:
        first, last_label = next((j for j, line in enumerate(lines) if line), len(lines)), None
    title_end = None
    repeated = repeated_title(lines, first) if menu_lines else None
    if first < len(lines) and is_title_shaped(lines, first):
        title_at = first
    elif repeated is not None:
        title_at = repeated
    elif first < len(lines) and (title_end := wrapped_title_end(lines, first)) is not None:
        title_at = first
    elif menu_lines and last_label is not None and not is_byline(lines[last_label]):
        title_at = last_label
    else:
        title_at = None
    menu_end = title_at if title_at is not None else first
    removed = [line for line in lines[:menu_end] if line]
    if removed:
        log("navigation", "\n".join(removed))
    if title_at is None:
        return "", lines[first:]
    title_end = title_at if title_end is None else title_end
    title = " ".join(lines[title_at : title_end + 1])
    log("title", title)
    return title, lines[title_end + 1 :]
