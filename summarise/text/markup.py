"""HTML left in a scraped text: tags and the leftovers of half-scraped links, removed with
their link targets kept as contacts; the lines cleaning works on (``record_lines``), which the
batch's repetition table (``boilerplate``) counts too."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarise.record import empty_contacts
from summarise.text.contacts import SPACES, add_unique

# A cleaning rule's log: (rule, what it changed).
Log = Callable[[str, str], None]

# Complete HTML tags a scrape leaves in text; a list of tag names so that
# "a < b" or "x<y et z>w" in prose is never taken for a tag.
HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|blockquote|br|div|em|font|h[1-6]|i|img|li|ol|p|span|strong|sub|sup|"
    r"table|td|th|tr|u|ul)\b[^<>]*>",
    re.IGNORECASE,
)
# Tags that end a line of visible text.
BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/h[1-6])\b", re.IGNORECASE)
# href/src values inside attributes.
HREF = re.compile(r"""(?:href|src)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
# What is left of an <a ...> tag whose "<a" the scrape lost: attribute names
# (class=, href=, target=, title=) and quoted values, possibly over several
# lines, ending in `">` right before the visible link text.
_ATTR_TOKEN = r'(?:[A-Za-z][\w:.-]*=|"[^"\n<>]*")'
HTML_RESIDUE = re.compile(rf'(?:<?a[ \t]+(?=[a-z]+=))?(?:{_ATTR_TOKEN}[ \t]*\n?[ \t]*)*"[^"\n<>]*">')
# Markdown's bold marks a scrape keeps around a few words ("DAKAR, **23 novembre 2021 **–"): two
# asterisks or underscores, never one (a footnote's "*" stays).
# A shortcode a page's editor left unrendered, with its attributes ("[responsivevoice_button
# voice="Spanish Female" buttontext="Play"]"): markup, not text ("[…]", "[1]" have no attribute);
# a short label on the line above it, closed by a colon ("Escuchar Nota :"), is its widget's.
SHORTCODE = re.compile(
    r"(?m:^[^\W\d_][^\n:]{0,30}:[ \t]*\n(?=\[))?"  # its label
    r"""\[[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s\]"']+))+\s*/?\]"""
)
MARKDOWN_BOLD = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
# A quoted value that is a link target.
LINK_VALUE = re.compile(r'"((?:https?://|mailto:|www\.)[^"\s]+)"', re.IGNORECASE)


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
    """Remove the attribute leftovers of a half-scraped link, keeping its visible words, and the
    shortcodes a page's editor left unrendered (``SHORTCODE``)."""

    def drop(match: re.Match[str]) -> str:
        residue = match.group(0)
        if "=" not in residue and not LINK_VALUE.search(residue):
            return residue
        for target in LINK_VALUE.findall(residue):
            add_link_target(contacts, target)
        log("html_residue", residue)
        return ""

    def shortcode(match: re.Match[str]) -> str:
        log("shortcode", match.group(0))
        return ""

    return SHORTCODE.sub(shortcode, HTML_RESIDUE.sub(drop, text))


def add_link_target(contacts: dict[str, list[str]], target: str) -> None:
    if target.lower().startswith("mailto:"):
        add_unique(contacts["emails"], target[len("mailto:") :].split("?")[0])
    elif target.lower().startswith(("http://", "https://", "www.")):
        add_unique(contacts["links"], target)


def record_lines(original: str) -> list[str]:
    """The lines cleaning works on (spaces tidied, HTML tags and residue gone), unlogged:
    what ``boilerplate.repeated_lines`` counts across a run."""

    def quiet(rule: str, text: str) -> None:
        pass

    text = normalise_spaces(original, quiet)
    text = strip_html_tags(text, quiet, empty_contacts())
    text = strip_html_residue(text, quiet, empty_contacts())
    return [line.strip() for line in text.split("\n")]
