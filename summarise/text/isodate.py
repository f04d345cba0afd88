"""A date as a release prints it ("28 février 2022", "11 de marzo de 2020", "23 حزيران/يونيو 2022",
"12/03/2024") read into ISO 8601, by the page language's month names or by dateparser."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from summarise.text.languages import ascii_digits, fold, profile
from summarise.text.shapes import PAGE_LANGUAGE

# A day, a month's name (or two names of one month) and a year, read with the page's profile.
NAMED_DATE = re.compile(
    r"(?:[^\W\d_]+,?\s+)?(?P<day>\d{1,2})(?:er|º|\.)?\s+(?:de\s+)?(?P<month>"
    r"[^\W\d_]{3,12}\.?(?:\s*/\s*[^\W\d_]{3,12})?)\s*[,،]?\s+(?:de\s+|del\s+)?(?P<year>\d{4})$"
)
# The languages whose month names are always read besides the page's: a page in any language
# may print a French or English date.
DATE_LANGUAGES = ("fr", "en")


def iso_date(text: str, month_first: bool = False) -> str | None:
    """ "28 février 2022" -> "2022-02-28", "11 de marzo de 2020", "23 حزيران/يونيو 2022": the
    month's name is read from the page language's profile (every CLDR locale of it), then French
    and English; other forms go to dateparser with the same languages. A numeric date is day
    first unless ``month_first``, and read the other way where it can only be ("25/03/2024")."""
    return _iso_date(ascii_digits(text.strip()), month_first, PAGE_LANGUAGE.get())


@lru_cache(maxsize=256)
def _iso_date(text: str, month_first: bool, lang: str) -> str | None:
    languages = tuple(dict.fromkeys((lang, *DATE_LANGUAGES)))
    named = NAMED_DATE.match(text)
    if named:
        return named_date(named, languages)
    import dateparser  # imported here: slow to import, and most texts have no dated dateline

    order = "MDY" if month_first else "DMY"
    known = [code for code in languages if code in dateparser_languages()]
    parsed = dateparser.parse(
        text, languages=known, settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date().isoformat() if parsed else None


def named_date(match: re.Match[str], languages: tuple[str, ...]) -> str | None:
    """The ISO date of a NAMED_DATE match, None if no language has that month or the day is not in it."""
    for code in languages:
        months = profile(code).months
        month = next((months[fold(name)] for name in match.group("month").split("/") if fold(name) in months), None)
        if month:
            try:
                return datetime.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
            except ValueError:
                return None
    return None


@lru_cache(maxsize=1)
def dateparser_languages() -> frozenset[str]:
    """The language codes dateparser reads."""
    from dateparser.data import language_order

    return frozenset(language_order)
