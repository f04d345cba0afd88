"""Paragraphs of the body (blank-line blocks, one per long line, or hard-wrapped lines joined)
and the repairs made inside each (lost characters, a missing space after a full stop)."""

from __future__ import annotations

import re

from summarise.text.contacts import ENDS_PARAGRAPH, LABEL_MAX_WORDS, SPACES
from summarise.text.markup import Log
from summarise.text.shapes import ENDS_SENTENCE, LIST_ITEM, starts_sentence

# A field of a notice: a capitalised label of one to four words, then " : " and a value.
FIELD_LINE = re.compile(r"^[A-ZÀ-ÝŒ][^\W\d_]*(?: [^\W_]+){0,3} ?: \S")
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
# A line this long is a whole paragraph, not a hard-wrapped piece of one.
LONG_LINE = 100
# A list under its colon has at least this many items.
MIN_LIST_ITEMS = 2


def fix_text(text: str, log: Log) -> str:
    """Per-paragraph repairs: lost characters, missing space after a full stop, spaces."""
    text = repair_lost_characters(text, log)
    text = restore_missing_space(text, log)
    return SPACES.sub(" ", text).strip()


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
    """ "before -> after" over the whole words the match touches ("mis en uvre" style)."""
    text = match.string
    before = match.start() - 1 if text[match.start() - 1 : match.start()] == " " else match.start()
    start = text.rfind(" ", 0, before) + 1
    tail = text[match.end() :].split(maxsplit=1)[0] if text[match.end() :][:1].strip() else ""
    return f"{text[start : match.end()]}{tail} -> {text[start : match.start()]}{fixed}{tail}"


def restore_missing_space(text: str, log: Log) -> str:
    """ "classiques.Enfin" -> "classiques. Enfin"."""

    def fix(match: re.Match[str]) -> str:
        start = text.rfind(" ", 0, match.start()) + 1
        end = text.find(" ", match.end())
        end = end if end >= 0 else len(text)
        log("missing_space", f"{text[start:end]} -> {text[start : match.start()]} {text[match.end() : end]}")
        return " "

    return MISSING_SPACE.sub(fix, text)


def join_paragraphs(lines: list[str], log: Log) -> list[str]:
    """Paragraphs of the body: blank-line blocks, one per long line, or hard-wrapped lines joined."""
    text_lines = [line for line in lines if line]
    if not text_lines:
        return []
    blocks = blank_line_blocks(lines)
    if len(blocks) > 1:
        # a block of long lines holds one paragraph per line, a list one per item
        paragraphs = [
            p
            for block in blocks
            for p in (
                join_wrapped(block)
                if len(block) > 1 and (is_one_paragraph_per_line(block) or any(LIST_ITEM.match(x) for x in block[1:]))
                else split_colon_list(block)
            )
        ]
        how = "blank-line paragraphs kept"
    elif is_one_paragraph_per_line(text_lines):
        paragraphs = text_lines
        how = "one paragraph per line kept"
    else:
        paragraphs = join_wrapped(text_lines)
        how = "hard-wrapped lines joined"
    log("paragraphs", f"{how}: {len(text_lines)} lines, {len(paragraphs)} paragraphs")
    return paragraphs


def split_colon_list(block: list[str]) -> list[str]:
    """A block ending in a list its colon opens, one short item a line and none a sentence ("... met
    substantiële bedragen:" / "€ 70.000 van de VriendenLoterij" / "€ 10.000 van ..."): the lines
    up to the colon are paragraphs as any, each item one of its own. Any other block is one
    paragraph; so is a field whose label ends in the colon ("Lieu :" / "Centre Communautaire ..." /
    "2130, rue Radford ..."): a label of a few words heads one value, a sentence a list."""
    colon = next((k for k in range(len(block) - 1, -1, -1) if block[k].endswith(":")), None)
    if colon is None or len(block[colon].split()) <= LABEL_MAX_WORDS:
        return [join_lines(block)]
    items = block[colon + 1 :]
    if len(items) < MIN_LIST_ITEMS or any(len(x) > LONG_LINE or ENDS_SENTENCE.search(x) for x in items):
        return [join_lines(block)]
    return join_wrapped(block[: colon + 1]) + items


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
    return (
        bool(ENDS_PARAGRAPH.search(line))
        and starts_sentence(next_line)
        or bool(FIELD_LINE.match(next_line))
        or bool(LIST_ITEM.match(next_line))
    )


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
