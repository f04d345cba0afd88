"""Clean a read record: title, body paragraphs, contacts and language.

Each rule is a small named function over a string or a list of lines; every
change it makes is logged in ``record.cleaning`` as ``{"rule", "text"}``.
Boilerplate (site menus, footers) is recognised by its shape, not by the words
of one website, so the same release cleans the same under any site's menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .patterns import EMAIL, PHONE, URL, language_identifier
from .record import Record, empty_contacts

STAGE = "clean"
CLEAN_VERSION = "clean:v1"
NOT_FRENCH_FLAG = "not_french"  # confidently another language: segment refuses to translate it

Log = Callable[[str, str], None]

# ---------------------------------------------------------------- patterns

# Runs of spaces and tabs inside a line (NBSP is French typography: kept).
SPACES = re.compile(r"[ \t]+")
# Complete HTML tags a scrape leaves in text; a list of tag names so that
# "a < b" or "x<y et z>w" in prose is never taken for a tag.
HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|blockquote|br|div|em|font|h[1-6]|i|img|li|ol|p|span|strong|sub|sup|"
    r"table|td|th|tr|u|ul)\b[^<>]*>", re.IGNORECASE)
# Tags that end a line of visible text.
BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/h[1-6])\b", re.IGNORECASE)
# href/src values inside attributes.
HREF = re.compile(r"""(?:href|src)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
# What is left of an <a ...> tag whose "<a" the scrape lost: attribute names
# (class=, href=, target=, title=) and quoted values, possibly over several
# lines, ending in `">` right before the visible link text.
_ATTR_TOKEN = r'(?:[A-Za-z][\w:.-]*=|"[^"\n<>]*")'
HTML_RESIDUE = re.compile(rf'(?:<?a[ \t]+(?=[a-z]+=))?(?:{_ATTR_TOKEN}[ \t]*\n?[ \t]*)*"[^"\n<>]*">')
# A quoted value that is a link target.
LINK_VALUE = re.compile(r'"((?:https?://|mailto:|www\.)[^"\s]+)"', re.IGNORECASE)

# A menu bullet: "-", "- label", "* label", "• label" (also a lone "|" or ">").
BULLET = re.compile(r"^(?:[-*•·▪►|>]+)(?:\s.*)?$")
# A menu label glued to the text after it, "Qui sommes nousL'Organisation":
# two to five words, the last all lowercase, then a capital with no space.
GLUED_LABEL = re.compile(r"^((?:\S+ ){1,4}[a-zà-ÿ]{3,})(?=[A-ZÀ-ÝŒ](?:[a-zà-ÿ]|['’]))")
# Copyright and rights lines of a footer.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|tous droits réservés|all rights reserved",
                       re.IGNORECASE)
# Sentence-final punctuation at the end of a line (optionally followed by a
# closing quote or bracket), or a closing guillemet: the line may end a paragraph.
ENDS_PARAGRAPH = re.compile(r"(?:[.!?:…][\s\u00a0]*[»”\"’')\]]?|»)$")
# A line that opens a new sentence: a capital, a digit-free opening quote.
STARTS_SENTENCE = re.compile(r"^[«\"“‘A-ZÀ-ÝŒ]")
# A line ending with a hyphen after a letter: a word broken by the wrap.
HYPHEN_END = re.compile(r"[^\W\d_]-$")

# The line that opens a contact block ("Pour plus d'informations, veuillez
# contacter", "Pour toute information", "Contact presse", "Contacts :", ...).
CONTACT_MARKER = re.compile(
    r"^(?:pour (?:plus d['’ ]\s*|toute(?:s)? |tout |de plus amples )"
    r"(?:informations?|renseignements?|précisions?|demandes?)|pour (?:en savoir plus|nous contacter)|"
    r"contacts?(?: presse| médias?| pour la presse)?\s*(?::|$)|relations? (?:presse|médias)|"
    r"personnes? à contacter|"
    r"renseignements\s*:|service de presse|attachée? de presse|veuillez contacter)",
    re.IGNORECASE)
# Field labels at the start of a contact line ("Tél. :", "E-mail :", "Fax").
CONTACT_LABEL = re.compile(
    r"^(?:e-?mail|courriel|mél|t[ée]l(?:[ée]phone)?\.?|tel\.?|mobile|portable|gsm|cell\.?|fax|"
    r"site(?: web| internet)?|web|internet)\s*:?\s*", re.IGNORECASE)
# Separators between several names on one contact line.
NAME_SEPARATOR = re.compile(r"\s+(?:ou|et|and|or|&)\s+|[,;:/|()]|\s[-–—]\s")
# A courtesy title before a name ("M. Jean Dupont", "Mme Anne Roy", "Dr Ali Said").
HONORIFIC = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Dr|Pr|Me|Mr\.?|Mrs\.?|Ms\.?)\s+")
# Particles inside a person's name ("Jean de La Fontaine").
NAME_PARTICLES = {"de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "la", "le",
                  "van", "von", "y", "bin", "ben", "al"}
# Capitalised words that are labels or institutions, never part of a person's name.
NOT_NAME_WORDS = {
    "email", "e-mail", "mail", "courriel", "tél", "tel", "téléphone", "fax", "mobile", "portable",
    "bureau", "contact", "contacts", "presse", "site", "internet", "web", "pour", "information",
    "informations", "service", "communication", "direction", "département", "ministère",
    "organisation", "relations", "nations", "unies", "le", "la", "les", "des", "du", "de", "au",
    "aux", "en", "un", "une", "mission", "programme", "cabinet", "centre", "office", "agence",
    "madame", "monsieur", "mme", "mr", "m", "dr", "porte-parole", "chargé", "chargée",
}

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

# Language identification: below this much text, or this confidence, a guess is uncertain.
MIN_LANG_LETTERS = 40
MIN_LANG_CONFIDENCE = 0.8
# Header lines: at most this many words and characters make a short menu label.
LABEL_MAX_WORDS = 5
LABEL_MAX_CHARS = 50
# A line this long is a whole paragraph, not a hard-wrapped piece of one.
LONG_LINE = 100
# A title is at most this long.
TITLE_MAX_CHARS = 250


# ---------------------------------------------------------------- stage

def clean(records: Iterable[Record], languages: Iterable[str] = ("fr",)) -> Iterator[Record]:
    """Fill title, text, contacts, lang, flags and cleaning of every record that has no error."""
    languages = tuple(languages)
    for record in records:
        if record.error is None:
            try:
                clean_record(record, languages)
            except Exception as exc:  # one bad document must not stop the batch
                record.fail(STAGE, exc)
        yield record


def clean_text(text: str, id: str = "text", languages: Iterable[str] = ("fr",)) -> Record:
    """Read and clean one string (for a notebook or ``summarise clean``)."""
    from summarise.read import record_from_text

    return next(clean([record_from_text(text, id=id)], languages))


def clean_file(path: str | Path, languages: Iterable[str] = ("fr",)) -> Record:
    """Read and clean one text or HTML file (an error record if it cannot be read)."""
    from summarise.read import read

    return next(clean(read([path]), languages))


def clean_record(record: Record, languages: tuple[str, ...]) -> Record:
    def log(rule: str, text: str) -> None:
        record.cleaning.append({"rule": rule, "text": text})

    contacts = empty_contacts()
    text = normalise_spaces(record.original, log)
    text = strip_html_tags(text, log, contacts)
    text = strip_html_residue(text, log, contacts)
    lines = [line.strip() for line in text.split("\n")]
    title, body = split_header(lines, log)
    body = strip_footer(body, log)
    body, block = split_contacts(body, log)
    parse_contacts(block, contacts)
    paragraphs = [fix_text(p, log) for p in join_paragraphs(body, log)]
    record.title = fix_text(title, log)
    record.text = "\n\n".join(p for p in paragraphs if p)
    record.contacts = contacts
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


# ---------------------------------------------------------------- string rules

def normalise_spaces(text: str, log: Log) -> str:
    """Tabs and runs of spaces made one space; trailing spaces dropped."""
    lines = text.split("\n")
    tidy = [SPACES.sub(" ", line).strip(" ") for line in lines]
    changed = sum(1 for a, b in zip(lines, tidy) if a != b)
    if changed:
        log("whitespace", f"{changed} lines had extra spaces or tabs")
    return "\n".join(tidy)


def strip_html_tags(text: str, log: Log, contacts: dict[str, list[str]]) -> str:
    """Remove complete HTML tags, keeping their text; link targets go to contacts."""
    def drop(match: re.Match[str]) -> str:
        tag = match.group(0)
        for target in HREF.findall(tag):
            add_link_target(contacts, target)
        log("html_tags", tag)
        return "\n" if BREAK_TAG.match(tag) else ""

    return HTML_TAG.sub(drop, text)


def strip_html_residue(text: str, log: Log, contacts: dict[str, list[str]]) -> str:
    """Remove the attribute leftovers of a half-scraped link, keeping its visible words."""
    def drop(match: re.Match[str]) -> str:
        residue = match.group(0)
        if "=" not in residue and not LINK_VALUE.search(residue):
            return residue
        for target in LINK_VALUE.findall(residue):
            add_link_target(contacts, target)
        log("html_residue", residue)
        return ""

    return HTML_RESIDUE.sub(drop, text)


def add_link_target(contacts: dict[str, list[str]], target: str) -> None:
    if target.lower().startswith("mailto:"):
        add_unique(contacts["emails"], target[len("mailto:"):].split("?")[0])
    elif target.lower().startswith(("http://", "https://", "www.")):
        add_unique(contacts["links"], target)


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


def is_label(line: str) -> bool:
    """A short line without sentence punctuation: a menu label (or a short title)."""
    return (len(line) <= LABEL_MAX_CHARS and len(line.split()) <= LABEL_MAX_WORDS
            and not line.endswith((".", ",", ";", ":")))


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
            or is_glued(line, labels) or bool(COPYRIGHT.search(line)))


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
            and not is_bullet(line) and bool(STARTS_SENTENCE.match(nxt)))


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


def split_header(lines: list[str], log: Log) -> tuple[str, list[str]]:
    """Drop the site menu at the top; return the title and the body lines after it."""
    first, menu_lines, last_label = scan_header(lines)
    if not menu_lines:
        first, last_label = next((j for j, line in enumerate(lines) if line), len(lines)), None
    if first < len(lines) and is_title_shaped(lines, first):
        title_at = first
    elif menu_lines:
        title_at = repeated_title(lines, first)
        title_at = last_label if title_at is None else title_at
    else:
        title_at = None
    menu_end = title_at if title_at is not None else first
    removed = [line for line in lines[:menu_end] if line]
    if removed:
        log("navigation", "\n".join(removed))
    if title_at is None:
        return "", lines[first:]
    log("title", lines[title_at])
    return lines[title_at], [line for line in lines[title_at + 1:]]


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
    return is_bullet(line) or bool(COPYRIGHT.search(line)) or repeated


def is_footer_label(line: str) -> bool:
    return (is_label(line) and not any(c.isdigit() for c in line) and "@" not in line
            and not is_person_name(line) and not line.endswith(("?", "!")))


def is_contact_line(line: str) -> bool:
    """A short line of a contact block: an e-mail, a phone, a field label, a name, "ou", an office."""
    bare = PHONE.sub(" ", URL.sub(" ", EMAIL.sub(" ", CONTACT_LABEL.sub("", line))))
    if len(bare.split()) > 6:
        return False
    return (not line or bool(EMAIL.search(line)) or bool(phone_numbers(line)) or not bare.strip()
            or line.casefold() in ("ou", "et", "or", "and") or bool(person_names(line))
            or (is_label(line) and len(line.split()) <= 4))


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


def find_contact_marker(lines: list[str]) -> int | None:
    """The contact block's opening line: the last marker followed by an e-mail, phone or name,
    moved up to an earlier marker when only contact lines lie between the two."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        if not (CONTACT_MARKER.match(lines[i]) and len(lines[i]) <= 160):
            continue
        if start is None:
            rest = "\n".join(lines[i:])
            if EMAIL.search(rest) or phone_numbers(rest) or any(person_names(x) for x in lines[i + 1:]):
                start = i
        elif all(is_contact_line(line) for line in lines[i + 1:start]):
            start = i
    return start


def find_trailing_contacts(lines: list[str]) -> int | None:
    """Without a marker: a run of contact lines at the very end holding an e-mail or phone."""
    start = len(lines)
    while start and is_contact_line(lines[start - 1]) and not ENDS_PARAGRAPH.search(lines[start - 1]):
        start -= 1
    tail = "\n".join(lines[start:])
    if start < len(lines) and (EMAIL.search(tail) or phone_numbers(tail)):
        return start
    return None


def phone_numbers(text: str) -> list[str]:
    """Phone numbers in ``text`` (7 digits or more), spaces tidied: "+ 509 3245" -> "+509 3245"."""
    found = []
    for match in PHONE.finditer(text):
        number = match.group(0).strip()
        if sum(c.isdigit() for c in number) >= 7:
            found.append(re.sub(r"^\+\s+", "+", SPACES.sub(" ", number)))
    return found


def person_names(line: str) -> list[str]:
    """The person names on a contact line ("Dolores Cortés ou Oscar Sandoval" -> two)."""
    bare = URL.sub(" ", EMAIL.sub(" ", CONTACT_LABEL.sub("", line)))
    parts = (HONORIFIC.sub("", part.strip()) for part in NAME_SEPARATOR.split(bare))
    return [part for part in parts if is_person_name(part)]


def is_person_name(text: str) -> bool:
    """Two or three capitalised words (particles allowed), none of them a label or institution word."""
    words = text.split()
    if not words or len(words) > 5:
        return False
    core = [words[0]] + [w for w in words[1:] if w.casefold() not in NAME_PARTICLES]
    return 2 <= len(core) <= 3 and all(is_name_word(w) for w in core)


def is_name_word(word: str) -> bool:
    parts = re.split(r"[-'’]", word)
    if word.casefold() in NOT_NAME_WORDS or not all(parts):
        return False
    return (word[0].isupper() and all(p[0].isupper() or p in ("d", "l") for p in parts)
            and all(c.isalpha() or c in "-'’" for c in word) and any(c.islower() for c in word))


def parse_contacts(block: list[str], contacts: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Names, e-mails, phones and links of a contact block, added to ``contacts`` (or new)."""
    contacts = empty_contacts() if contacts is None else contacts
    for line in block:
        for email in EMAIL.findall(line):
            add_unique(contacts["emails"], email)
        for url in URL.findall(line):
            add_unique(contacts["links"], url)
        rest = URL.sub(" ", EMAIL.sub(" ", line))
        for phone in phone_numbers(rest):
            add_unique(contacts["phones"], phone)
        if CONTACT_MARKER.match(line):
            line = line.split(":", 1)[1] if ":" in line else ""
        for name in person_names(line):
            add_unique(contacts["names"], name)
    return contacts


def add_unique(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)


# ---------------------------------------------------------------- paragraphs

def join_paragraphs(lines: list[str], log: Log) -> list[str]:
    """Paragraphs of the body: blank-line blocks, one per long line, or hard-wrapped lines joined."""
    text_lines = [line for line in lines if line]
    if not text_lines:
        return []
    blocks = blank_line_blocks(lines)
    if len(blocks) > 1:
        paragraphs = [join_lines(block) for block in blocks]
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
    """A line ending with . ! ? : » and the next opening a sentence end a paragraph."""
    return bool(ENDS_PARAGRAPH.search(line)) and bool(STARTS_SENTENCE.match(next_line))


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
