"""Dates: every month and weekday the source names must be in the output as the same month or
day, and a day number next to a month must be the same ("le 3 mars" is not "March 13")."""

from __future__ import annotations

from summarise.quality.flags import fold
from summarise.quality.nametables import EN_MONTHS, FR_MONTHS
from summarise.quality.names import WORD_RE


def month_words(text: str) -> list[tuple[str, int]]:
    """Months named in ``text`` as (word, month number): French ones in any case,
    English ones capitalised (so the verb "may" is not May)."""
    words = WORD_RE.findall(text)
    found = [(w, FR_MONTHS[fold(w)]) for w in words if fold(w) in FR_MONTHS]
    found += [(w, EN_MONTHS[w.lower()]) for w in words if w.istitle() and w.lower() in EN_MONTHS]
    return list(dict.fromkeys(found))
