"""What no library holds about a language, one entry per language (``EXTRA``): the words and
phrases the language profiles (``languages.profile``) add to what CLDR, jusText, pysbd and text2num
give, joined from one table per concern: how press pages word their furniture
(``language_pages``), the words that build a sentence (``language_grammar``), how words are spelt
in English (``language_spelling``), and words of dates and times (``language_time``). Adding a
language is an entry in each concern's table and a test."""

from __future__ import annotations

from summarise.text.language_grammar import GRAMMAR
from summarise.text.language_pages import PAGES
from summarise.text.language_spelling import SPELLING
from summarise.text.language_time import TIME

Table = dict[str, dict[str, tuple[str, ...]]]

# Each field of an entry has one of these as its owner; the languages come in the order of the
# first table (the pages', which has every language with rules for its pages), then the others'.
CONCERNS: tuple[Table, ...] = (PAGES, GRAMMAR, SPELLING, TIME)


def _joined(tables: tuple[Table, ...]) -> Table:
    joined: Table = {}
    for table in tables:
        for code, entry in table.items():
            joined.setdefault(code, {}).update(entry)
    return joined


EXTRA: Table = _joined(CONCERNS)
