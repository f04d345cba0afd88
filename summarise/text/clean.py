"""Clean a read record: title, body paragraphs, contacts and language.

Each rule is a small named function over a string or a list of lines; every
change it makes is logged in ``record.cleaning`` as ``{"rule", "text"}``.
Boilerplate (site menus, footers, share widgets, skip links) is recognised by its
shape and content (``boilerplate``), not by the words of one website, so the same
release cleans the same under any site's menu; a run can also pass the lines its
documents share (``boilerplate.repeated_lines``), which are removed as the site's chrome.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from summarise.text import boilerplate
from summarise.text.patterns import EMAIL, FRENCH_FUNCTION_WORDS, URL, language_identifier
from summarise.record import Record, empty_contacts
from summarise.text.contacts import (CONTACT_LABEL, CONTACT_MARKER, ENDS_PARAGRAPH, LABEL_MAX_CHARS,
                                     SPACES, carries_contact_data, find_contact_marker,
                                     find_trailing_contacts, is_label, is_person_name, parse_contacts,
                                     person_names, phone_numbers)
from summarise.text.markup import Log, normalise_spaces, strip_html_residue, strip_html_tags
from summarise.text.read import read, record_from_text

STAGE = "clean"
CLEAN_VERSION = "clean:v3"
NOT_FRENCH_FLAG = "not_french"  # confidently another language: segment refuses to translate it


# ---------------------------------------------------------------- patterns

# A menu bullet: "-", "- label", "* label", "• label" (also a lone "|" or ">").
BULLET = re.compile(r"^(?:[-*•·▪►|>]+)(?:\s.*)?$")
# A menu label glued to the text after it, "Qui sommes nousL'Organisation":
# two to five words, the last all lowercase, then a capital with no space.
GLUED_LABEL = re.compile(r"^((?:\S+ ){1,4}[a-zà-ÿ]{3,})(?=[A-ZÀ-ÝŒ](?:[a-zà-ÿ]|['’]))")
# Copyright and rights lines of a footer.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|tous droits réservés|all rights reserved",
                       re.IGNORECASE)
# A line that opens a new sentence: a capital, a digit-free opening quote.
STARTS_SENTENCE = re.compile(r"^[«\"“‘A-ZÀ-ÝŒ]")
# A field of a notice: a capitalised label of one to four words, then " : " and a value.
FIELD_LINE = re.compile(r"^[A-ZÀ-ÝŒ][^\W\d_]*(?: [^\W_]+){0,3} ?: \S")
# A sentence's end at the end of a line.
ENDS_SENTENCE = re.compile(r"[.!?…][\s\u00a0]*[»”\"’')]?$")
# A cut-off mark at the end of a teaser: "[...]", "(…)", "...".
TRUNCATION = re.compile(r"\s*(?:\[\.\.\.\]|\[…\]|\(…\)|\(\.\.\.\)|\.\.\.|…)$")
# A label glued to the next word: "réunionOBV", "liensDiminuer".
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-ÝŒ]")
# A line ending with a hyphen after a letter: a word broken by the wrap.
HYPHEN_END = re.compile(r"[^\W\d_]-$")

# Scrape losses whose repair is certain: "œ" dropped ("mis en uvre", "chef-d’uvre",
# "manuvre", "c ur") and an elision apostrophe turned into " ‘" ("Port-d ‘Espagne").
# No French word starts with "uvr" or contains "manuvr", so these never misfire;
# "s ur" (sœur or sur) is ambiguous and left alone.
LOST_CHARACTERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b([dlDL]) uvr(?=[a-zéè])"), r"\1{apos}œuvr"),
    (re.compile(r"(?<![^\W\d_])uvr(?=[a-zéè])"), "œuvr"),
    (re.compile(r"(?<![^\W\d_])Uvr(?=[a-zéè])"), "Œuvr"),
    (re.compile(r"\b([Mm])anuvr(?=[a-zéè])"), r"\1anœuvr"),
    (re.compile(r"\b([Cc]) ur(s?)\b"), r"\1œur\2"),
    (re.compile(r"\b([dlnjstcmDLNJSTCM]|[Qq]u) ‘(?=[^\W\d_])"), r"\1{apos}"),
]
# A full stop (or ! ?) glued to the next sentence, "classiques.Enfin": two
# lowercase letters or a bracket before, a capitalised word after, so that
# "1.6", "www.iom.int", "J/TIP", "M.Dupont" and e-mails are not touched.
MISSING_SPACE = re.compile(r"(?:(?<=[a-zà-ÿ]{2}[.!?])|(?<=\)[.!?]))(?=[A-ZÀ-ÝŒ][a-zà-ÿ])")

# A dateline opening the article: a place of one to five capitalised words ("Genève",
# "New York", "Trinité-et-Tobago", "Athènes/Genève"), an optional agency or country in
# brackets ("(ots)", "(Sénégal)"), an optional date ("le 28 février 2022", "12/03/2024"),
# then a dash: "Genève (ots) -", "New York, le 28 février 2022 –".
_PLACE_WORD = r"[A-ZÀ-ÝŒ][^\W\d_]*(?:['’.][^\W\d_]+)*\.?"
_PLACE_LINK = r"(?:\s|/|-)(?:(?:de|du|des|la|le|les|sur|en|et|au|aux)[\s-]|[dl]['’])*"
_DATE = (r"\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
         r"|[^\W\d_]{5,9}\s+\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\s+\d{4}")
# The place may have two parts ("GENEVE, Suisse", "Préfecture, Perpignan"); the dash may be a
# wire's double dash around its name ("PARIS--(BUSINESS WIRE)--", "PARIS--()--" once a link's
# text is gone) or, after a date, a colon ("Paris, le 3 mai 2022 : ...").
_PLACE = rf"{_PLACE_WORD}(?:{_PLACE_LINK}{_PLACE_WORD}){{0,4}}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?"
    rf"(?:\s*,?\s*(?:le\s+)?(?P<date>{_DATE}))?(?:\s*/[A-Z][\w ]{{1,20}}/)?"
    rf"(?:\s*[-–—]\s+|(?P<wire>--\s*(?:\([^()\n]{{0,30}}\))?\s*--)\s*|(?<=\d)\s*:\s+)(?=\S)")
# A dateline on a line of its own: "Bruxelles, le 7 juin 2017", "GENEVE, Suisse, 18 février
# 2014/African Press Organization (APO)" (a wire's name after a slash).
DATELINE_ALONE = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?\s*,\s*(?:le\s+)?(?P<date>{_DATE})"
    rf"(?:\s*/\s*[A-Z][^/\n]{{1,60}})?\s*$")
# The first part of a two-part place that names who speaks, not where ("Préfecture, Perpignan.-").
SOURCE_NOUNS = frozenset({
    "préfecture", "mairie", "ministère", "ville", "région", "département", "commune",
    "ambassade", "gouvernement", "communiqué", "cabinet", "agence", "service", "direction",
})
# Cells of a header bar ("04/03/2024 | Press release | Distributed by Public on ...").
BAR_CELL = re.compile(r"\s+\|\s+")
# A date anywhere in a line.
DATE_SEARCH = re.compile(rf"(?<!\d)(?:{_DATE})(?!\d)")
# A line of at most this many words holding a date is a date stamp.
STAMP_MAX_WORDS = 8
# What a page glues to the end of a headline: a date, the link to its translation.
TITLE_TAIL = re.compile(rf"\s+(?:{_DATE}|English|Français|Deutsch|Italiano|Español)$")
# A line that is only a date ("11 avril 2024", "Publié le 3 mai 2023"): a stamp, not text.
DATE_ONLY = re.compile(rf"^(?:(?:publié|mis à jour|date)\s*(?:le|:)?\s*)?(?P<stamp>{_DATE})$", re.IGNORECASE)

# Language identification: below this much text, or this confidence, a guess is uncertain.
MIN_LANG_LETTERS = 40
MIN_LANG_CONFIDENCE = 0.8
# A line this long is a whole paragraph, not a hard-wrapped piece of one.
LONG_LINE = 100
# A title is at most this long.
TITLE_MAX_CHARS = 320
# A line of running text has at least this many words (and ends a sentence).
PARAGRAPH_MIN_WORDS = 12
# A headline shares at least this many words with the text under it ...
MIN_SHARED_WORDS = 2
# ... looked for in this many lines of it.
OVERLAP_LINES = 12
# A dateline is looked for in this many first non-blank lines (promotions may come first).
DATELINE_WITHIN = 40
# The page's language is guessed on this much of its text.
LANGUAGE_SAMPLE_CHARS = 3000
# Lines of at least this many words are the text a copy is recognised by.
COPY_LINE_WORDS = 8
# An item of a list in the text ("• l’avant-projet de loi ...", "- le projet ...").
LIST_ITEM = re.compile(r"^[•·▪*-]\s+\S")
# At most this many teaser headlines follow a "Lire aussi".
RELATED_MAX_LINES = 5
# A dateline is looked for in this many first paragraphs.
DATELINE_PARAGRAPHS = 4
# At most this many rubric or date lines are dropped between the title and the text.
KICKER_MAX_LINES = 3


# ---------------------------------------------------------------- stage

def clean(records: Iterable[Record], languages: Iterable[str] = ("fr",),
          repeated: boilerplate.RepeatedLines | None = None) -> Iterator[Record]:
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


def clean_record(record: Record, languages: tuple[str, ...],
                 repeated: boilerplate.RepeatedLines | None = None) -> Record:
    token = PAGE_IS_FRENCH.set(page_is_french(record.original.split("\n")))
    try:
        return clean_page(record, languages, repeated)
    finally:
        PAGE_IS_FRENCH.reset(token)


def clean_page(record: Record, languages: tuple[str, ...],
               repeated: boilerplate.RepeatedLines | None) -> Record:
    def log(rule: str, text: str) -> None:
        record.cleaning.append({"rule": rule, "text": text})

    contacts = empty_contacts()
    known_title = record.title  # a page's <h1> or og:title, set by read
    text = normalise_spaces(record.original, log)
    text = strip_html_tags(text, log, contacts)
    text = strip_html_residue(text, log, contacts)
    lines = [line.strip() for line in text.split("\n")]
    if repeated is not None:
        lines = drop_repeated_lines(lines, repeated, log)
    if known_title:
        title, body = split_known_title(lines, known_title, log)
    else:
        title, body = split_header(lines, log)
    title = tidy_title(title, log)
    body = drop_chrome_lines(body, log)
    header_date, above_date = date_stamps(lines)
    body = drop_kicker(body, log)
    body = strip_footer(body, log)
    body, block = split_contacts(body, log)
    parse_contacts(block, contacts)
    paragraphs = [fix_text(p, log) for p in join_paragraphs(body, log)]
    record.title = fix_text(title, log)
    record.text = "\n\n".join(p for p in paragraphs if p)
    record.contacts = contacts
    record.dateline = find_dateline(paragraphs, record.dateline, header_date, above_date)
    if not record.title:
        record.flag("no_title")
    if not record.text:
        return record.fail(STAGE, "EmptyText",
                           "no body text left after cleaning (only navigation, title or contacts)")
    detect_language(record, languages)
    return record


def fix_text(text: str, log: Log) -> str:
    """Per-paragraph repairs: lost characters, missing space after a full stop, spaces."""
    text = repair_lost_characters(text, log)
    text = restore_missing_space(text, log)
    return SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------- chrome by content and repetition

def is_protected(line: str) -> bool:
    """Lines a contact block needs (an e-mail, a phone, a marker, a name): never chrome."""
    return (bool(EMAIL.search(line)) or bool(phone_numbers(line)) or bool(CONTACT_MARKER.match(line))
            or bool(CONTACT_LABEL.match(line)) or bool(person_names(line)))


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


def drop_chrome_lines(lines: list[str], log: Log) -> list[str]:
    """Remove lines made only of site chrome: skip links, share and print buttons, cookie
    notices, tag lists, "Lire aussi", "Retour en haut" (``boilerplate.is_chrome``); the
    teaser headlines right after a "Lire aussi" go with it."""
    kept, related = [], 0
    for line in lines:
        if line and boilerplate.is_chrome(line) and not EMAIL.search(line):
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


# Whether the page being cleaned is French: only there is a German or English line chrome.
PAGE_IS_FRENCH: contextvars.ContextVar[bool] = contextvars.ContextVar("page_is_french", default=True)


def is_foreign(line: str) -> bool:
    return PAGE_IS_FRENCH.get() and boilerplate.is_foreign(line, language_identifier)


def page_is_french(lines: list[str]) -> bool:
    sample = " ".join(line for line in lines if line)[:LANGUAGE_SAMPLE_CHARS]
    return language_identifier().classify(sample)[0] == "fr"


def tidy_title(title: str, log: Log) -> str:
    """A date or a language link glued to the end of a headline goes: "Télébec acquiert
    Télécâble Blouin 1999-04-01", "... : Point de presse English"."""
    tidy = TITLE_TAIL.sub("", title)
    if tidy != title and len(tidy.split()) >= 3 and boilerplate.stopword_count(tidy, "French"):
        log("title_tail", title[len(tidy):].strip())
        return tidy
    return title


def split_known_title(lines: list[str], title: str, log: Log) -> tuple[str, list[str]]:
    """A page's title given by its HTML (<h1>, og:title): the body is what follows its
    first line when that line is the title (read puts it there)."""
    first = next((j for j, line in enumerate(lines) if line), len(lines))
    log("title", title)
    if first < len(lines) and " ".join(lines[first].split()) == " ".join(title.split()):
        return title, lines[first + 1:]
    return title, lines[first:]


def drop_kicker(lines: list[str], log: Log) -> list[str]:
    """Short label or date lines before the first paragraph ("Compte rendu de séance",
    "PAM: Communiqué de Presse", "11 avril 2024"): a rubric or stamp, not text."""
    i, removed = 0, []
    while len(removed) < KICKER_MAX_LINES:
        j = next((k for k in range(i, len(lines)) if lines[k]), None)
        if j is None:
            return lines
        line = lines[j]
        if dateline_match(line) or not (DATE_ONLY.match(line) or (
                is_label(line) and not line.endswith(("?", "!")) and not carries_contact_data(line))):
            break
        removed.append(line)
        i = j + 1
    j = next((k for k in range(i, len(lines)) if lines[k]), None)
    opens = j is not None and len(lines[j]) > LABEL_MAX_CHARS and bool(STARTS_SENTENCE.match(lines[j]))
    if not removed or not opens:
        return lines
    log("kicker", "\n".join(removed))
    return lines[i:]


def date_stamps(lines: list[str]) -> tuple[str | None, str | None]:
    """ISO dates printed above the text: the last short line (or cell of a "|" bar) holding one
    in the header ("Publié le 25 avril 2023", "communiqué de presse du 29 mars 2017", a headline
    ending in "1999-04-01"), and the one right above the dateline ("15 octobre 2012" /
    "CONAKRY – ...")."""
    header, above = None, None
    text_at = first_paragraph(lines)
    recent: list[str] = []
    for line in lines[:max(text_at, DATELINE_WITHIN)]:
        if not line:
            continue
        if dateline_match(line):
            found = [DATE_SEARCH.search(x) for x in recent[-2:]]
            above = next((m.group(0) for m in reversed(found) if m), None)
            break
        recent.append(line if len(line.split()) <= STAMP_MAX_WORDS and DATE_SEARCH.search(line) else "")
    for line in lines[:text_at]:
        cells = [c for c in BAR_CELL.split(line) if len(c.split()) <= STAMP_MAX_WORDS]
        match = next((m for m in map(DATE_SEARCH.search, cells) if m), None)
        header = iso_date(match.group(0), month_first=is_english(line)) if match else header
    return header, (iso_date(above) if above else None)


def is_english(line: str) -> bool:
    """An English line (a wire's or aggregator's bar): its numeric dates read month first,
    as those sites print them ("04/03/2024 | Press release | Distributed by Public on ...")."""
    found = [w.casefold() for w in boilerplate.words(line)]
    return (not any(w in boilerplate.own_stopwords("French") for w in found)
            and sum(1 for w in found if w in boilerplate.own_stopwords("English")) >= 2)


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening ``line``, if any ("Genève (ots) - Le HCR ..." -> Genève)."""
    match = DATELINE.match(line)
    rest = line[match.end():] if match else ""
    if match is None or not STARTS_SENTENCE.match(rest) and not rest[:1].isdigit():
        match = DATELINE_ALONE.match(line)
    if match is None:
        return None
    if EMAIL.search(line) or phone_numbers(DATE_SEARCH.sub(" ", URL.sub(" ", line))):
        return None  # "Amnesty International France – Service presse – 01 53 ..." is a contact
    first_word = match.group("place").split()[0].casefold()
    if first_word in FRENCH_FUNCTION_WORDS and not (match.group("date") or match.group("paren")):
        return None  # "Le HCR - ..." is a sentence, "Le Caire, le 3 mai -" a dateline
    return match


def find_dateline(paragraphs: list[str], known: dict | None, header_date: str | None = None,
                  above_date: str | None = None) -> dict | None:
    """``{"place", "date"}`` of the dateline opening the article (ISO date where one is
    given); a date stamp just above it, then ``known`` (a page's metadata date), fill a
    missing date; without a place, the date printed above the text or ``known`` makes a
    dateline of its own. A bracket naming a place stays with it ("Ottawa (Ontario)"), an
    agency code does not ("Genève (ots)")."""
    # the dateline opens the text, or follows the deck lines under the headline
    match = next((m for m in map(dateline_match, paragraphs[:DATELINE_PARAGRAPHS]) if m), None)
    known_date = (known or {}).get("date")
    if match is None:
        date = header_date or known_date
        return {"place": "", "date": date} if date else None
    place, paren = match.group("place"), match.group("paren")
    source, _, rest = place.partition(",")
    if rest and source.casefold() in SOURCE_NOUNS:
        place = rest.strip()
    if re.search(r"[^\W\d_]{4}\.$", place):
        place = place[:-1]  # "Perpignan.- ..." (a short "St." keeps its point)
    if paren and re.fullmatch(r"[A-ZÀ-ÝŒ][a-zà-ÿ][^()]*", paren):
        place = f"{place} ({paren})"
    date = iso_date(match.group("date")) if match.group("date") else above_date
    return {"place": place, "date": date or known_date}


@lru_cache(maxsize=256)
def iso_date(text: str, month_first: bool = False) -> str | None:
    """"28 février 2022" -> "2022-02-28" (dateparser reads French and English dates); a
    numeric date is day first unless ``month_first``, and read the other way where it can
    only be ("25/03/2024")."""
    import dateparser  # imported here: slow to import, and most texts have no dated dateline

    order = "MDY" if month_first else "DMY"
    parsed = dateparser.parse(text, languages=["fr", "en"],
                              settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


# ---------------------------------------------------------------- string rules

def repair_lost_characters(text: str, log: Log) -> str:
    """Put back characters the scrape lost where the repair is certain (table LOST_CHARACTERS)."""
    apostrophe = "’" if text.count("’") >= text.count("'") else "'"
    for pattern, replacement in LOST_CHARACTERS:
        repl = replacement.replace("{apos}", apostrophe)

        def fix(match: re.Match[str], repl: str = repl) -> str:
            fixed = match.expand(repl)
            log("lost_characters", word_around(match, fixed))
            return fixed

        text = pattern.sub(fix, text)
    return text


def word_around(match: re.Match[str], fixed: str) -> str:
    """"before -> after" over the whole words the match touches ("mis en uvre" style)."""
    text = match.string
    before = match.start() - 1 if text[match.start() - 1:match.start()] == " " else match.start()
    start = text.rfind(" ", 0, before) + 1
    tail = re.match(r"[^\s]*", text[match.end():]).group(0)
    return f"{text[start:match.end()]}{tail} -> {text[start:match.start()]}{fixed}{tail}"


def restore_missing_space(text: str, log: Log) -> str:
    """"classiques.Enfin" -> "classiques. Enfin"."""
    def fix(match: re.Match[str]) -> str:
        start = text.rfind(" ", 0, match.start()) + 1
        end = text.find(" ", match.end())
        end = end if end >= 0 else len(text)
        log("missing_space", f"{text[start:end]} -> {text[start:match.start()]} {text[match.end():end]}")
        return " "

    return MISSING_SPACE.sub(fix, text)


# ---------------------------------------------------------------- header and title

def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def is_glued(line: str, labels: set[str]) -> bool:
    """A menu label glued to the blurb after it ("Notre travailEn tant que ...")."""
    for label in labels:
        if len(line) > len(label) and line.startswith(label) and line[len(label)].isupper():
            return True
    return bool(GLUED_LABEL.match(line))


def neighbours(lines: list[str], i: int) -> tuple[str, str]:
    """The previous and next non-blank lines around ``i`` ("" at either end)."""
    prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
    return prev, nxt


def is_menu_line(lines: list[str], i: int, labels: set[str]) -> bool:
    """Shapes of navigation: bullets, a line repeated next to itself, a glued label."""
    line = lines[i]
    prev, nxt = neighbours(lines, i)
    return (is_bullet(line) or line.casefold() in (prev.casefold(), nxt.casefold())
            or is_glued(line, labels) or bool(COPYRIGHT.search(line)) or is_foreign(line)
            or bool(DATE_ONLY.match(line)) or boilerplate.is_chrome(line))


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
    return (bool(nxt) and len(line) <= TITLE_MAX_CHARS and not line.endswith((".", ",", ";", ":"))
            and not is_bullet(line) and bool(STARTS_SENTENCE.match(nxt)) and not DATE_ONLY.match(line))


def repeated_title(lines: list[str], first: int) -> int | None:
    """The line just before the body when it is a long heading the scrape printed twice."""
    before = next((j for j in range(first - 1, -1, -1) if lines[j]), None)
    if before is None:
        return None
    line = lines[before]
    prev, _ = neighbours(lines, before)
    if line.casefold() == prev.casefold() and not is_label(line) and not is_bullet(line) \
            and not is_glued(line, set()) and len(line) <= TITLE_MAX_CHARS:
        return before
    return None


def is_headline(line: str) -> bool:
    """Could be a headline: a short line without sentence-final punctuation, not chrome."""
    return (bool(line) and len(line) <= TITLE_MAX_CHARS and len(line.split()) >= 2
            and not line.endswith((".", ",", ";", ":")) and not is_bullet(line)
            and not COPYRIGHT.search(line) and not is_foreign(line) and not DATE_ONLY.match(line)
            and not boilerplate.is_chrome(line))


def wrapped_title_end(lines: list[str], i: int) -> int | None:
    """``i`` and the next line are one title wrapped over two lines ("... apportée aux
    réfugiés syriens, mais appelle" / "à un engagement plus soutenu"): the second's index."""
    j = i + 1
    if j >= len(lines) or not lines[j] or not lines[j][:1].islower() or not is_headline(lines[i]):
        return None
    joined = f"{lines[i]} {lines[j]}"
    if len(joined) > TITLE_MAX_CHARS or lines[j].endswith((".", ",", ";", ":")):
        return None
    _, nxt = neighbours(lines, j)
    return j if nxt and STARTS_SENTENCE.match(nxt) else None


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
            above = [j for j in range(d - 1, -1, -1) if lines[j] and not boilerplate.is_chrome(lines[j])][:2]
            if not above or not is_headline(lines[above[0]]):
                return None
            end = above[0]
            if len(above) == 2 and above[1] == end - 1 and wrapped_title_end(lines, above[1]) == end:
                return above[1], end
            return end, end
    return None


def first_paragraph(lines: list[str]) -> int:
    """Index of the first line of running text: a long line ending a sentence."""
    for i, line in enumerate(lines):
        if (len(line.split()) >= PARAGRAPH_MIN_WORDS and ENDS_SENTENCE.search(line)
                and not TRUNCATION.search(line) and not boilerplate.is_chrome(line)):
            return i
    return len(lines)


def is_headline_candidate(line: str) -> bool:
    """A headline's shape: three words or more, mixed case, not glued to a label, not
    ending on an article or preposition (a wrapped sentence does)."""
    cut = bool(TRUNCATION.search(line))  # a teaser's headline may stop on any word
    found = boilerplate.words(TRUNCATION.sub("", line))
    return (is_headline(line) and len(found) >= 3 and bool(STARTS_SENTENCE.match(line) or line[:1].isdigit())
            and any(c.islower() for c in line) and not GLUED_WORDS.search(line)
            and (cut or found[-1].casefold() not in FRENCH_FUNCTION_WORDS))


def headline_by_overlap(lines: list[str], before: int) -> int | None:
    """The line above the text that shares most words with it (a headline repeats the
    article's subject; a site name, a rubric or a slug does not); ties go to the longer."""
    body = boilerplate.content_words(" ".join(lines[before:before + OVERLAP_LINES]))
    best, best_key = None, (0, 0)
    for i in range(min(before, DATELINE_WITHIN * 2)):
        if lines[i] and is_headline_candidate(lines[i]):
            key = (shared_words(lines[i], body), len(lines[i]))
            if key[0] >= MIN_SHARED_WORDS and key > best_key:
                best, best_key = i, key
    return best


def weak_title(lines: list[str], title: str, after: int) -> bool:
    """A title found by shape that does not look like this article's headline."""
    body = boilerplate.content_words(" ".join(lines[after:after + OVERLAP_LINES]))
    return (not title or not is_headline_candidate(title) or shared_words(title, body) < MIN_SHARED_WORDS)


def shared_words(line: str, body: set[str]) -> int:
    """Words of ``line`` found in the text, rubric phrases aside ("PAM: Communiqué de Presse")."""
    return len(boilerplate.content_words(boilerplate.CHROME_PHRASE.sub(" ", line)) & body)


def split_header(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """Drop the site menu at the top; return the title and the body lines after it."""
    title, body = split_header_by_shape(lines, log)
    start = len(lines) - len(body)
    if not weak_title(lines, title, start):
        return title, body
    text_at = first_paragraph(lines)
    better = headline_by_overlap(lines, text_at)
    if better is None or better < start - (1 if title else 0) and title and \
            not weak_title(lines, title, text_at):
        return title, body
    removed = [line for line in lines[:better] if line]
    if removed:
        log("navigation", "\n".join(removed))
    log("title", lines[better])
    between = [line for line in lines[better + 1:text_at] if line]
    if between and not any(dateline_match(line) or LIST_ITEM.match(line) for line in between):
        log("navigation", "\n".join(between))  # what the page prints between its headline and text
        return lines[better], lines[text_at:]
    return lines[better], lines[better + 1:]


def split_header_by_shape(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """Drop the site menu at the top; return the title and the body lines after it."""
    anchored = dateline_title(lines)
    if anchored is not None:
        start, end = anchored
        removed = [line for line in lines[:start] if line]
        if removed:
            log("navigation", "\n".join(removed))
        title = " ".join(lines[start:end + 1])
        log("title", title)
        return title, lines[end + 1:]
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
    elif menu_lines:
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
    title = " ".join(lines[title_at:title_end + 1])
    log("title", title)
    return title, lines[title_end + 1:]


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
    removed = [line for line in lines[end:] if line]
    if removed:
        log("footer", "\n".join(removed))
    return lines[:end]


def is_footer_line(lines: list[str], i: int) -> bool:
    """A bullet, a copyright line, or a line repeating the one before (not a person's name)."""
    line = lines[i]
    repeated = i > 0 and line.casefold() == lines[i - 1].casefold() and not is_person_name(line)
    return is_bullet(line) or bool(COPYRIGHT.search(line)) or repeated or is_foreign(line)


def is_footer_label(line: str) -> bool:
    return (is_label(line) and not any(c.isdigit() for c in line) and "@" not in line
            and not is_person_name(line) and not line.endswith(("?", "!")))


def split_contacts(lines: list[str], log: Log) -> tuple[list[str], list[str]]:
    """Move the contact block at the end out of the body (it is never translated)."""
    start = find_contact_marker(lines)
    if start is None:
        start = find_trailing_contacts(lines)
    if start is None:
        return lines, []
    block = [line for line in lines[start:] if line]
    log("contact_block", "\n".join(block))
    return lines[:start], block


# ---------------------------------------------------------------- paragraphs

def join_paragraphs(lines: list[str], log: Log) -> list[str]:
    """Paragraphs of the body: blank-line blocks, one per long line, or hard-wrapped lines joined."""
    text_lines = [line for line in lines if line]
    if not text_lines:
        return []
    blocks = blank_line_blocks(lines)
    if len(blocks) > 1:
        # a block of long lines holds one paragraph per line, a list one per item
        paragraphs = [p for block in blocks
                      for p in (join_wrapped(block) if len(block) > 1 and (
                          is_one_paragraph_per_line(block) or any(LIST_ITEM.match(x) for x in block[1:]))
                          else [join_lines(block)])]
        how = "blank-line paragraphs kept"
    elif is_one_paragraph_per_line(text_lines):
        paragraphs = text_lines
        how = "one paragraph per line kept"
    else:
        paragraphs = join_wrapped(text_lines)
        how = "hard-wrapped lines joined"
    log("paragraphs", f"{how}: {len(text_lines)} lines, {len(paragraphs)} paragraphs")
    return paragraphs


def blank_line_blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def is_one_paragraph_per_line(lines: list[str]) -> bool:
    """Most lines are longer than any hard wrap: each is a paragraph."""
    long_lines = sum(1 for line in lines if len(line) > LONG_LINE)
    return long_lines * 2 >= len(lines)


def ends_paragraph(line: str, next_line: str) -> bool:
    """A line ending with . ! ? : » and the next opening a sentence end a paragraph; so does
    a line before a field of a notice ("Date : Le vendredi 26 mai 2017", "Lieu : ...")."""
    return (bool(ENDS_PARAGRAPH.search(line)) and bool(STARTS_SENTENCE.match(next_line))
            or bool(FIELD_LINE.match(next_line)) or bool(LIST_ITEM.match(next_line)))


def join_wrapped(lines: list[str]) -> list[str]:
    paragraphs: list[list[str]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if ends_paragraph(prev, line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [join_lines(p) for p in paragraphs]


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph; a word broken by a hyphen keeps the hyphen, no space."""
    out = lines[0]
    for line in lines[1:]:
        glue = "" if HYPHEN_END.search(out) and line[:1].islower() else " "
        out += glue + line
    return SPACES.sub(" ", out).strip()


# ---------------------------------------------------------------- language

def detect_language(record: Record, languages: tuple[str, ...]) -> None:
    """Set ``lang``; flag "not_french" (confidently another language) or "lang_uncertain"."""
    sample = record.text
    lang, confidence = language_identifier().classify(sample)
    letters = sum(1 for c in sample if c.isalpha())
    record.lang = lang
    if letters < MIN_LANG_LETTERS or confidence < MIN_LANG_CONFIDENCE:
        record.flag("lang_uncertain")
        record.cleaning.append({"rule": "language",
                                "text": f"{lang}? ({confidence:.2f}, {letters} letters)"})
    elif lang not in languages:
        record.flag(NOT_FRENCH_FLAG)
        record.cleaning.append({"rule": "language", "text": f"{lang} ({confidence:.2f})"})
