"""Shapes of lines that cleaning's rules share: bullets, sentences, teasers, list items, the
first line of running text; and the language of the page being cleaned (``page_language``),
which the rules read to pick the profile (months, stop words, function words) they need."""

from __future__ import annotations

import contextvars
import re

from summarise.text import boilerplate
from summarise.text.patterns import language_identifier

# A menu bullet: "-", "- label", "* label", "• label" (also a lone "|" or ">").
BULLET = re.compile(r"^(?:[-*•·▪►|>]+)(?:\s.*)?$")
# Copyright and rights lines of a footer.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|tous droits réservés|all rights reserved",
                       re.IGNORECASE)
# A line that opens a new sentence: a capital, a digit-free opening quote.
STARTS_SENTENCE = re.compile(r"^[«\"“‘A-ZÀ-ÝŒ]")
# A sentence's end at the end of a line.
ENDS_SENTENCE = re.compile(r"[.!?…][\s\u00a0]*[»”\"’')]?$")
# A cut-off mark at the end of a teaser: "[...]", "(…)", "...".
TRUNCATION = re.compile(r"\s*(?:\[\.\.\.\]|\[…\]|\(…\)|\(\.\.\.\)|\.\.\.|…)$")
# A label glued to the next word: "réunionOBV", "liensDiminuer".
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-ÝŒ]")
# A menu label glued to the text after it, "Qui sommes nousL'Organisation":
# two to five words, the last all lowercase, then a capital with no space.
GLUED_LABEL = re.compile(r"^((?:\S+ ){1,4}[a-zà-ÿ]{3,})(?=[A-ZÀ-ÝŒ](?:[a-zà-ÿ]|['’]))")
# An item of a list in the text ("• l’avant-projet de loi ...", "- le projet ...").
LIST_ITEM = re.compile(r"^[•·▪*-]\s+\S")
# A line of running text has at least this many words (and ends a sentence).
PARAGRAPH_MIN_WORDS = 12
# A title is at most this long.
TITLE_MAX_CHARS = 320
# A dateline is looked for in this many first non-blank lines (promotions may come first).
DATELINE_WITHIN = 40
# The page's language is guessed on this much of its text.
LANGUAGE_SAMPLE_CHARS = 3000


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def neighbours(lines: list[str], i: int) -> tuple[str, str]:
    """The previous and next non-blank lines around ``i`` ("" at either end)."""
    prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
    return prev, nxt


def first_paragraph(lines: list[str]) -> int:
    """Index of the first line of running text: a long line ending a sentence."""
    for i, line in enumerate(lines):
        if (len(line.split()) >= PARAGRAPH_MIN_WORDS and ENDS_SENTENCE.search(line)
                and not TRUNCATION.search(line) and not boilerplate.is_chrome(line)):
            return i
    return len(lines)


# Whether the page being cleaned is French: only there is a German or English line chrome.
PAGE_IS_FRENCH: contextvars.ContextVar[bool] = contextvars.ContextVar("page_is_french", default=True)


def is_foreign(line: str) -> bool:
    return PAGE_IS_FRENCH.get() and boilerplate.is_foreign(line, language_identifier)


def page_is_french(lines: list[str]) -> bool:
    sample = " ".join(line for line in lines if line)[:LANGUAGE_SAMPLE_CHARS]
    return language_identifier().classify(sample)[0] == "fr"
