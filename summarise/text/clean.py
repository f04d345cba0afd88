"""Clean a read record: title, body paragraphs, contacts and language.

Each rule is a small named function over a string or a list of lines; every
change it makes is logged in ``record.cleaning`` as ``{"rule", "text"}``.
Boilerplate (site menus, footers, share widgets, skip links) is recognised by its
shape and content (``boilerplate``), not by the words of one website, so the same
release cleans the same under any site's menu; a run can also pass the lines its
documents share (``boilerplate.repeated_lines``), which are removed as the site's chrome.

The page's language is guessed first, on its running text (``shapes.page_language``), and every
rule reads that language's profile (``languages.profile``: month and weekday names, stop words,
function words, contact headings and labels, rubric labels); a language without an entry of its
own uses French's word lists but its own stop words and month names. The modules: ``header``
(headline, kicker, teasers), ``dateline``, ``paragraphs``, ``contacts``, ``shapes`` (line shapes
and the page language), ``boilerplate`` (chrome by content and by repetition), ``region`` (the
article's densest run of text; what its edges hold beyond it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from summarise.record import Record, empty_contacts
from summarise.text import boilerplate
from summarise.text.contacts import (
    CONTACT_LABEL,
    ENDS_PARAGRAPH,
    contact_block,
    contact_run,
    find_contact_marker,
    find_trailing_contacts,
    is_contact_marker,
    is_label,
    is_person_name,
    is_running_text,
    parse_contacts,
    person_names,
    phone_numbers,
)
from summarise.text.dateline import (
    DATELINE_ALONE,
    closing_credit,
    date_stamps,
    find_dateline,
    header_dateline,
    header_place,
    is_date_stamp,
)
from summarise.text.header import (
    date_headed_title,
    drop_stamps_above_dateline,
    split_header,
    split_known_title,
    tidy_title,
)
from summarise.text.headline import drop_kicker
from summarise.text.markup import Log, normalise_spaces, strip_html_residue, strip_html_tags
from summarise.text.paragraphs import fix_text, join_paragraphs
from summarise.text.patterns import EMAIL, language_identifier
from summarise.text.read import read, record_from_text
from summarise.text.region import site_contact_lines, trim_to_region
from summarise.text.shapes import (
    COPYRIGHT,
    END_MARK,
    ENDS_SENTENCE,
    PAGE_LANGUAGE,
    TRUNCATION,
    WIRE_END_MARK,
    is_bullet,
    is_closing,
    is_foreign,
    is_header_bar,
    is_language_name,
    is_long_item,
    is_photo_credit,
    is_release_label,
    is_widget_word,
    neighbours,
    page_language,
)
from summarise.text.teasers import drop_teasers
from summarise.text.widgets import drop_calendar, drop_link_list, drop_stray_marks

STAGE = "clean"
CLEAN_VERSION = "clean:v24"
# Confidently a language the run does not accept (``languages``): segment refuses to translate it.
LANGUAGE_NOT_ACCEPTED = "language_not_accepted"


# Language identification: below this much text, or this confidence, a guess is uncertain.
MIN_LANG_LETTERS = 40
MIN_LANG_CONFIDENCE = 0.8
COPY_LINE_WORDS = boilerplate.COPY_LINE_WORDS
# A line repeated under itself is collapsed from this many words (shorter ones are menu entries,
# which other rules read by their repetition).
REPEAT_MIN_WORDS = 4
# At most this many teaser headlines follow a "Lire aussi".
RELATED_MAX_LINES = 5


# ---------------------------------------------------------------- stage


def clean(
    records: Iterable[Record], languages: Iterable[str] = ("fr",), repeated: boilerplate.RepeatedLines | None = None
) -> Iterator[Record]:
    """Fill title, text, contacts, dateline, lang, flags and cleaning of every record that
    has no error; ``repeated`` (``boilerplate.repeated_lines`` over the same inputs) removes
    the lines the run's documents share."""
    languages = tuple(languages)
    for record in records:
        if record.error is None:
            try:
                clean_record(record, languages, repeated)
            except Exception as exc:  # one bad document must not stop the batch
                record.fail(STAGE, exc)
        yield record


def clean_text(text: str, id: str = "text", languages: Iterable[str] = ("fr",)) -> Record:
    """Read and clean one string (for a notebook or ``summarise clean``)."""
    return next(clean([record_from_text(text, id=id)], languages))


def clean_file(path: str | Path, languages: Iterable[str] = ("fr",)) -> Record:
    """Read and clean one text or HTML file (an error record if it cannot be read)."""
    return next(clean(read([path]), languages))


def clean_record(
    record: Record, languages: tuple[str, ...], repeated: boilerplate.RepeatedLines | None = None
) -> Record:
    """Guess the page's language first, on its running text, so that every rule reads the profile of
    that language (``shapes.page_profile``); ``lang`` is set again at the end, on the cleaned text."""
    lang, confidence = page_language(record.original.split("\n"))
    record.lang = lang
    record.cleaning.append({"rule": "page_language", "text": f"{lang} ({confidence:.2f})"})
    token = PAGE_LANGUAGE.set(lang)
    try:
        return clean_page(record, languages, repeated)
    finally:
        PAGE_LANGUAGE.reset(token)


def clean_page(record: Record, languages: tuple[str, ...], repeated: boilerplate.RepeatedLines | None) -> Record:
    def log(rule: str, text: str) -> None:
        record.cleaning.append({"rule": rule, "text": text})

    contacts = empty_contacts()
    known_title = record.title  # a page's <h1> or og:title, set by read
    text = normalise_spaces(record.original, log)
    text = strip_html_tags(text, log, contacts)
    text = strip_html_residue(text, log, contacts)
    lines = drop_stray_marks([line.strip() for line in text.split("\n")], log)
    if repeated is not None:
        lines = drop_repeated_lines(lines, repeated, log)
    # a text dump's footer, not the release's contact (an HTML page's extractor has left the page's
    # footer out, and its contact block was chosen near the article's end: htmlpage)
    site = set() if "html_page" in record.flags else {lines[i] for i in site_contact_lines(lines)}
    if site:
        log("site_contacts", "\n".join(line for line in lines if line in site))
    lines, header_block = split_header_contacts(lines, log)
    if known_title:
        title, body = split_known_title(lines, known_title, log)
    else:
        title, body = split_header(drop_teasers(collapse_repeats(lines, log), log), log)
    title = tidy_title(title, log)
    body, tail = split_at_end_mark(body, log)
    body = drop_chrome_lines(body, log)
    body = drop_calendar(body, log)
    body = drop_link_list(body, log)
    header_date, above_date = date_stamps(lines)
    body = drop_stamps_above_dateline(body, log)
    body = drop_kicker(body, log)
    body = strip_footer(body, log)
    body, block = split_contacts(body, log)
    body = trim_to_region(body, log)
    trailing = split_contacts(tail, lambda rule, text: None)[1]
    parse_contacts([x for x in header_block + contact_run(block) + contact_run(trailing) if x not in site], contacts)
    paragraphs = [fix_text(p, log) for p in join_paragraphs(body, log)]
    if closing := closing_credit(paragraphs):
        log("credit", paragraphs.pop())  # its place is the dateline's
    record.title = fix_text(date_headed_title(title, paragraphs, log), log)
    record.text = "\n\n".join(p for p in paragraphs if p)
    record.contacts = contacts
    record.dateline = find_dateline(
        paragraphs,
        record.dateline,
        header_date,
        above_date,
        header_dateline(lines),
        header_place(lines),
        closing or "",
    )
    if not record.title:
        record.flag("no_title")
    if not record.text:
        return record.fail(STAGE, "EmptyText", "no body text left after cleaning (only navigation, title or contacts)")
    detect_language(record, languages)
    return record


# ---------------------------------------------------------------- chrome by content and repetition


def is_protected(line: str) -> bool:
    """Lines a contact block needs (an e-mail, a phone, a marker, a name): never chrome."""
    return (
        bool(EMAIL.search(line))
        or bool(phone_numbers(line))
        or is_contact_marker(line)
        or bool(CONTACT_LABEL.match(line))
        or bool(person_names(line))
    )


def drop_repeated_lines(lines: list[str], repeated: boilerplate.RepeatedLines, log: Log) -> list[str]:
    """Remove the lines many documents of the run share (the site's menu, footer, blurb);
    each removal is logged as "repeated_line" with the number of documents. A copy (most of
    its sentences are in other documents too: the same release saved twice, a republished
    one) is left to the other rules: there, repetition says nothing about chrome."""
    shared = [repeated.shared_by(line) if line else 0 for line in lines]
    text_lines = [n for line, n in zip(lines, shared) if len(line.split()) >= COPY_LINE_WORDS]
    if not any(shared) or (text_lines and sum(1 for n in text_lines if n) * 2 >= len(text_lines)):
        return lines
    kept = []
    for line, n in zip(lines, shared):
        if n and not is_protected(line):
            log("repeated_line", f"{line} (in {n} of {repeated.documents} documents)")
            continue
        kept.append(line)
    return kept


def collapse_repeats(lines: list[str], log: Log) -> list[str]:
    """A line printed again right under itself (a headline shown three times, by the page's
    header, its title block and its share box) is one line: the copies go."""
    kept: list[str] = []
    last = ""
    for line in lines:
        if line and line.casefold() == last.casefold() and len(line.split()) >= REPEAT_MIN_WORDS:
            log("repeated_here", line)
            continue
        kept.append(line)
        last = line or last
    return boilerplate.drop_printed_twice(kept, log)


def drop_chrome_lines(lines: list[str], log: Log) -> list[str]:
    """Remove lines made only of site chrome: skip links, share and print buttons, cookie
    notices, tag lists, "Lire aussi", "Retour en haut" (``boilerplate.is_chrome``), an aggregator's
    header bar, a release's rubric label, a language switch (its heading too, "متوفر بـ:"); the
    teaser headlines right after a "Lire aussi" go with it; a photo's credit ("Photo : AFP")."""
    kept, related = [], 0
    for i, line in enumerate(lines):
        if (
            line
            and (
                boilerplate.is_chrome(line)
                or is_header_bar(line)
                or is_release_label(line)
                or is_photo_credit(line)
                or is_language_switch(lines, i)
            )
            and not EMAIL.search(line)
        ):
            log("chrome", line)
            related = RELATED_MAX_LINES if boilerplate.READ_ALSO.match(line) else 0
            continue
        if line and related and (not ENDS_SENTENCE.search(line) or TRUNCATION.search(line)):
            log("related", line)
            related -= 1
            continue
        related = 0 if line else related
        kept.append(line)
    return kept


def is_language_switch(lines: list[str], i: int) -> bool:
    """A language's name offered as a link ("- English", "- العربية"), or the short heading
    ending in ":" right above such a line ("- متوفر بـ:", "Disponible en :")."""
    if is_language_name(lines[i]):
        return True
    _, nxt = neighbours(lines, i)
    return lines[i].endswith((":", "：")) and is_label(lines[i].rstrip(":： ")) and is_language_name(nxt)


def split_at_end_mark(lines: list[str], log: Log) -> tuple[list[str], list[str]]:
    """The body ends at an end mark ("###", "-30-"): the lines after it (an empty contact heading,
    an "about" section) are not the release's text; they are looked at for contacts only. A wire's
    mark between slashes closing the last paragraph ("... لاسباب انسانية0 // انتهى // 1848", its
    time code after it) ends the text there."""
    at = next((i for i, line in enumerate(lines) if END_MARK.match(line)), None)
    if at is None:
        glued = next((i for i, line in enumerate(lines) if WIRE_END_MARK.search(line)), None)
        if glued is None:
            return lines, []
        mark = WIRE_END_MARK.search(lines[glued])
        assert mark is not None
        log("end_mark", "\n".join([mark.group(0).strip()] + [line for line in lines[glued + 1 :] if line]))
        return lines[:glued] + [lines[glued][: mark.start()]], lines[glued + 1 :]
    tail = [line for line in lines[at + 1 :] if line]
    if tail:
        log("end_mark", "\n".join(tail))
    return lines[: at + 1], lines[at + 1 :]


# ---------------------------------------------------------------- string rules


# ---------------------------------------------------------------- header and title


# ---------------------------------------------------------------- footer and contacts


def strip_footer(lines: list[str], log: Log) -> list[str]:
    """Drop trailing navigation: bullets, repeated lines, copyright, a run of three or more labels."""
    end = len(lines)
    while end and (not lines[end - 1] or is_footer_line(lines, end - 1)):
        end -= 1
    run = end
    while run and lines[run - 1] and is_footer_label(lines[run - 1]):
        run -= 1
    if end - run >= 3:
        end = run
    end = after_last_navigation(lines, end)
    removed = [line for line in lines[end:] if line]
    if removed:
        log("footer", "\n".join(removed))
    return lines[:end]


# A run of this many labels is navigation; what follows it at the page's end, at most this many
# lines, is another part of the page (a section's blurb), not the release.
NAVIGATION_RUN = 3
AFTER_NAVIGATION_LINES = 3
NAVIGATION_LINE_WORDS = 10


def after_last_navigation(lines: list[str], end: int) -> int:
    """Where the release ends when a run of NAVIGATION_RUN labels or more ("Version PDF du
    communiqué", "Autres communiqués", ...) stands among the last lines, followed by at most
    AFTER_NAVIGATION_LINES lines: before the run (what follows is the site's, not the release's).
    A run the text introduces (the line above it ends in ":", "... comportait les points suivants :")
    is the release's own list of headings."""
    text = [i for i in range(end) if lines[i]]
    for k in range(len(text) - 1, max(len(text) - 1 - AFTER_NAVIGATION_LINES, -1) - 1, -1):
        run = k
        while run >= 0 and is_navigation_line(lines[text[run]]):
            run -= 1
        if k - run >= NAVIGATION_RUN and run >= 0 and not lines[text[run]].rstrip().endswith((":", "：")):
            return text[run] + 1
    return end


def is_navigation_line(line: str) -> bool:
    """A short line that is no sentence and no field ("Version PDF du communiqué", a sender's
    name): a link or a heading of the page around the release."""
    return (
        len(line.split()) <= NAVIGATION_LINE_WORDS
        and not ENDS_PARAGRAPH.search(line)
        and ":" not in line
        and not any(c.isdigit() for c in line)
        and "@" not in line
        and not is_person_name(line)
        and not is_contact_marker(line)
    )


def is_footer_line(lines: list[str], i: int) -> bool:
    """A bullet, a copyright line, a line repeating the one before (not a person's name), a date
    stamp or a blog's archive entry ("Archives Juillet 2017"), or a widget's lone word ending the
    page ("Imprimir")."""
    line = lines[i]
    repeated = i > 0 and line.casefold() == lines[i - 1].casefold() and not is_person_name(line)
    return (
        is_bullet(line)
        and not is_long_item(line)
        or bool(COPYRIGHT.search(line))
        or repeated
        or is_foreign(line)
        or is_date_stamp(line)
        or is_closing_widget(lines, i)
        or is_signature(lines, i)
    )


def is_signature(lines: list[str], i: int) -> bool:
    """A place and a date alone on the page's last line, under running text ("Paris, le 6 février
    2013"): where and when the release was signed, neither its dateline nor its text."""
    prev, _ = neighbours(lines, i)
    return not any(lines[i + 1 :]) and bool(DATELINE_ALONE.match(lines[i])) and is_running_text(prev)


def is_closing_widget(lines: list[str], i: int) -> bool:
    """A lone word ending the page right under running text ("Imprimir" under the last
    paragraph): a button; under a contact line it is a signature's place ("Genève")."""
    prev, _ = neighbours(lines, i)
    return not any(lines[i + 1 :]) and is_widget_word(lines[i]) and is_running_text(prev)


def is_footer_label(line: str) -> bool:
    return (
        is_label(line)
        and not any(c.isdigit() for c in line)
        and "@" not in line
        and not is_person_name(line)
        and not line.endswith(("?", "!"))
    )


def split_header_contacts(lines: list[str], log: Log) -> tuple[list[str], list[str]]:
    """A contact block above the text (a marker and its contact lines before any line of eight
    words or more, headline included, as many American releases print their media contact): out of
    the lines, into the contacts. A hard-wrapped text's lines are long: its closing block is later."""
    text_at = next((i for i, line in enumerate(lines) if len(line.split()) >= COPY_LINE_WORDS), len(lines))
    at = next((i for i in range(text_at) if lines[i] and is_contact_marker(lines[i])), None)
    if at is None:
        return lines, []
    block = contact_block(lines[at:text_at])
    if not block:
        return lines, []
    end = at
    for line in block:  # the block's lines are the non-blank lines from ``at`` on, in order
        end = lines.index(line, end) + 1
    log("contact_block", "\n".join(block))
    return lines[:at] + lines[end:], block


def split_contacts(lines: list[str], log: Log) -> tuple[list[str], list[str]]:
    """Move the contact block at the end out of the body (it is never translated)."""
    start = find_contact_marker(lines)
    if start is None:
        start = find_trailing_contacts(lines)
    if start is None:
        start = find_signature(lines)
    if start is None:
        return lines, []
    block = [line for line in lines[start:] if line]
    log("contact_block", "\n".join(block))
    return lines[:start], block


# A letter's closing is looked for among this many last lines; the signature under it opens on a
# line of at most this many words.
SIGNATURE_WITHIN = 8
SIGNATURE_LINE_WORDS = 6


def find_signature(lines: list[str]) -> int | None:
    """Where a letter's signature starts: under its closing formula ("Saludos cordiales," /
    "Dra. Teresa Nicolás Gavilán," / "Coordinadora de Prensa"), among the last lines, when a short
    line that ends no sentence follows it. The closing stays with the text."""
    shown = [i for i, line in enumerate(lines) if line][-SIGNATURE_WITHIN:]
    for k, i in enumerate(shown[:-1]):
        nxt = lines[shown[k + 1]]
        if is_closing(lines[i]) and len(nxt.split()) <= SIGNATURE_LINE_WORDS and not ENDS_SENTENCE.search(nxt):
            return i + 1
    return None


# ---------------------------------------------------------------- paragraphs


# ---------------------------------------------------------------- language


def detect_language(record: Record, languages: tuple[str, ...]) -> None:
    """Set ``lang`` (any language py3langid knows) from the cleaned text; flag "language_not_accepted"
    (confidently a language not in ``languages``) or "lang_uncertain"."""
    sample = record.text
    lang, confidence = language_identifier().classify(sample)
    letters = sum(1 for c in sample if c.isalpha())
    record.lang = lang
    if letters < MIN_LANG_LETTERS or confidence < MIN_LANG_CONFIDENCE:
        record.flag("lang_uncertain")
        record.cleaning.append({"rule": "language", "text": f"{lang}? ({confidence:.2f}, {letters} letters)"})
    elif lang not in languages:
        record.flag(LANGUAGE_NOT_ACCEPTED)
        record.cleaning.append({"rule": "language", "text": f"{lang} ({confidence:.2f})"})
