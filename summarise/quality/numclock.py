"""Times said otherwise: which half of the day a text puts an hour in ("3 p.m.", "15 h", "3 de la
tarde"), the hours a text says in words ("noon" is 12, "around the clock" 24 hours), and a year
given in two calendars ("1420 هـ الموافق 1999 م")."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.flags import SPACE, fold
from summarise.text.languages import ascii_digits, profile

__all__ = ["calendar_twins", "clock_words", "day_halves", "other_half"]


# A clock hour and what says which half of the day it is in: its minutes or the hour word ("15:00",
# "15 h", "9.30", "15 horas"), then a.m. / p.m. or a word of the language for a part of the day
# ("3 p.m.", "3 de la tarde", "الساعة 3 عصرا", "9 in the morning").
CLOCK_HOUR_RE = re.compile(
    rf"(?<![\d.,:])(?P<hour>\d{{1,2}})(?P<clock>[:h]\d{{2}}|\.\d{{2}}(?=[{SPACE}]?[ap]\.?[{SPACE}]?m\b)"
    rf"|[{SPACE}]?h\b|[{SPACE}]?(?:heures?|horas?)\b)?(?:[{SPACE}](?P<period>[^\d]{{1,20}}))?"
)
AM_PM_RE = re.compile(rf"([ap])(?:\.[{SPACE}]?m\b\.?|[{SPACE}]?m\b)")


def day_halves(text: str, lang: str) -> list[tuple[int, str, str]]:
    """Each clock hour of ``text`` whose half of the day the text gives: (the hour on the
    12-hour clock, "am" or "pm", as written). A marker or a part of the day says it ("3 p.m.",
    "3 de la tarde", "الساعة 3 عصرا"); so does a clock time on the 24-hour clock: past noon
    ("15:00"), with a leading zero ("09:30") or the hour's symbol ("9 h", French "9 heures").
    "A las 9:00" alone may be either: Spanish writes both clocks.
    """
    periods, period_re = _day_periods(lang)
    found = []
    for m in CLOCK_HOUR_RE.finditer(fold(ascii_digits(text))):
        hour, clock, after = int(m.group("hour")), m.group("clock"), m.group("period") or ""
        marker = AM_PM_RE.match(after)
        word = (period_re.match(after) or [None])[0]
        if hour > 23 or (hour > 12 and (marker or word)):
            continue  # "15 p.m." is no clock time the reader can trust
        if marker:
            half = marker.group(1) + "m"
        elif word:
            half = periods[word]
        elif clock and (hour > 12 or hour == 0 or m.group("hour").startswith("0") or "h" in clock):
            half = "am" if hour < 12 else "pm"
        else:
            continue
        said = marker.group(0) if marker else word or ""
        found.append((hour % 12 or 12, half, " ".join(filter(None, (m.group("hour") + (clock or ""), said)))))
    return found


@lru_cache(maxsize=8)
def _day_periods(lang: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """``lang``'s parts of the day, folded as the text is, and a pattern for one, longest first."""
    periods = {fold(w): half for w, half in profile(lang).day_periods.items()}
    words = sorted(periods, key=len, reverse=True)
    return periods, re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])" if words else "(?!)")


def other_half(src: str, tgt: str, lang: str) -> list[str]:
    """The output's clock hours that the source gives in the other half of the day only ("3 a.m."
    for "15 h", "9 p.m." for "9 de la mañana")."""
    output = day_halves(tgt, "en")
    source = day_halves(src, lang) if output else []
    wrong = []
    for hour, half, written in output:
        theirs = [w for h, other, w in source if h == hour and other != half]
        if theirs and not any(h == hour and other == half for h, other, _ in source):
            wrong.append(f"{written!r} is in the other half of the day from {theirs[0]!r}")
    return wrong


# Words that say a clock hour or a whole day's hours with no digit: "noon" is the "12" of "12
# ظهرا", "12 heures", "las 12 del mediodía"; "around the clock" is the "24" of "24 ساعة", "24 heures
# sur 24", "las 24 horas". Either side's word answers the other's number (folded text; midnight is
# 12 on the 12-hour clock, 0 or 24 on the 24-hour one).
CLOCK_WORDS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "en": (
        (r"\b(?:noon|midday|noontime)\b", frozenset({"12"})),
        (r"\bmidnight\b", frozenset({"12", "0", "24"})),
        (r"\b(?:a?round|all)[ -]the[ -]clock\b", frozenset({"24"})),
    ),
    "fr": ((r"\bmidi\b", frozenset({"12"})), (r"\bminuit\b", frozenset({"12", "0", "24"}))),
    "es": ((r"\bmediodia\b", frozenset({"12"})), (r"\bmedianoche\b", frozenset({"12", "0", "24"}))),
    "ar": (
        (r"منتصف النهار|(?<![^\W\d_])[وفبل]?(?:ال)?ظهيرة", frozenset({"12"})),
        (r"منتصف الليل", frozenset({"12", "0", "24"})),
        (r"(?:على|طوال) مدار الساعة", frozenset({"24"})),
    ),
}


def clock_words(text: str, lang: str) -> frozenset[str]:
    """The hours ``text`` says in words (CLOCK_WORDS), as number keys: {"12"} for "at noon"."""
    folded = fold(text)
    found: set[str] = set()
    for pattern, keys in CLOCK_WORDS.get(lang, ()):
        if re.search(pattern, folded):
            found |= keys
    return frozenset(found)


# A year in two calendars, Arabic's era after each ("1420 هـ الموافق 1999 م", "1999م / 1420هـ", "1420
# هـ (1999 م)"): one year, said twice. "هـ" is the Hijri era, "م" the common one; at most a few words
# between ("الموافق", "الموافق لعام").
_ERA = r"[{SPACE}]?(?:(?P<{name}h>هـ|ه)\.?|(?P<{name}m>م))(?![^\W\d_])"
TWO_CALENDARS_RE = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,4})" + _ERA.format(SPACE=SPACE, name="a") + r"[^\d]{0,25}?"
    r"(?<![\d.,])(?P<b>\d{1,4})" + _ERA.format(SPACE=SPACE, name="b")
)


def calendar_twins(text: str, lang: str) -> dict[str, str]:
    """Each year ``text`` gives in two calendars, mapped to its other reading ({"1420": "1999",
    "1999": "1420"}): the output keeps the year if it keeps either."""
    if lang != "ar":
        return {}
    twins = {}
    for m in TWO_CALENDARS_RE.finditer(ascii_digits(text)):
        if bool(m.group("ah")) != bool(m.group("bh")):  # one Hijri, one common era
            a, b = str(int(m.group("a"))), str(int(m.group("b")))
            twins[a], twins[b] = b, a
    return twins
