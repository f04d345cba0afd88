"""Dates: every month and weekday the source names must be in the output as the same month or
day, and a day number next to a month must be the same ("le 3 mars" is not "March 13"). ``slashed_dates``
("9/11" for "el 11 de septiembre") answers the date in both checks.

Months and weekdays of the source are read with its language's profile (every CLDR name and
abbreviation of every locale of the language: "marzo", "mars", "févr.", Egyptian "مارس" and
Levantine "آذار"); the output's are English. A name is read *strictly* (it must be a date)
before a flag accuses the other side of lacking it, and *liberally* (it may be a date) when it
excuses: "Mars" inside a French sentence is the planet, "may" is a verb, a lone "الاثنين" may be
"both", so none of them demands a date of the other side, but each is enough to match one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from summarise.quality.flags import Flag, flag
from summarise.quality.flags import fold as fold_name
from summarise.quality.namefind import WORD_RE
from summarise.quality.nametables import EN_MONTHS, FR_MONTHS, zipf
from summarise.quality.numwords import ORDINAL_WORDS
from summarise.quality.numwords_arabic import AR_ORDINAL_WORDS
from summarise.text.hijri import DISPLAY as HIJRI_DISPLAY
from summarise.text.hijri import ENGLISH_MONTHS as ENGLISH_HIJRI
from summarise.text.hijri import HIJRI, arabic_months, english_months
from summarise.text.languages import ascii_digits, fold, profile

# A token: a run of letters or of digits ("1er" is "1" and "er").
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
# What may stand between a day number and its month: "3 de marzo", "3rd of March", "3 mars", and
# French "de" elided before a month's vowel ("le 19 d'octobre").
DAY_JOINERS = frozenset({"de", "d", "del", "of", "er", "re", "st", "nd", "rd", "th", "o", "º", "ro", "من"})
# Arabic clitics a month or weekday may carry: "وفي" is two words, "ومارس" one.
AR_CLITICS = ("و", "ب", "ل", "ف")
# Arabic weekday names that are also ordinary words ("الاثنين" = both, "الأحد" = the one): a
# date only after "يوم" (day).
AR_AMBIGUOUS_DAYS = frozenset({"الاثنين", "الاحد"})
AR_DAY_WORDS = frozenset({"يوم", "يومي", "ويوم", "بيوم"})
AR_MONTH_WORDS = frozenset({"شهر", "شهري", "وشهر", "بشهر", "لشهر"})
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
EN_DAY_ABBREVIATIONS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
EN_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


@dataclass(frozen=True)
class Mention:
    """A month or weekday named in a text: as written, its number, the day number next to it
    (months), and whether it is surely a date (``strict``); ``other_day``: the mention stands for the
    other day of a range, which answers a day of the other side and demands none."""

    written: str
    number: int
    day: int | None
    strict: bool
    other_day: bool = False


@lru_cache(maxsize=16)
def _wide_months(lang: str) -> frozenset[str]:
    """The months' full names: no longer name of the same month starts with them ("mars",
    "mayo", not "mar", "may", "sept")."""
    months = profile(lang).months
    return frozenset(
        k for k, n in months.items() if not any(o != k and o.startswith(k) and months[o] == n for o in months)
    )


def _day_word(token: str, lang: str) -> int | None:
    """The day an ordinal word before its month names: "premier mai", "primero de mayo" (1);
    Arabic "الأول من مايو", "الثالث من مارس" (1 to 10; "الحادي" is only the start of 11, 21)."""
    word = fold(token)
    if lang == "ar":
        word = word[2:] if word.startswith("ال") else word
        value = AR_ORDINAL_WORDS.get(word)
        return value if value is not None and not word.startswith("حادي") else None
    return 1 if ORDINAL_WORDS.get(lang, {}).get(word) == 1 and lang != "en" else None


def _day_value(token: str, lang: str) -> int:
    return int(token) if token.isdigit() else _day_word(token, lang) or 0


def _day_number(
    tokens: list[str], i: int, step: int, taken: frozenset[int] | set[int] = frozenset(), lang: str = "en"
) -> int | None:
    """The day number (1-31) next to token ``i`` on one side, across "de" / "of" / "1er"; not one
    at an index of ``taken`` (the day of the month before it: "October 15, October 19"); before
    the month, a source's ordinal word too (``_day_word``)."""
    j = _day_index(tokens, i, step, lang)
    return _day_value(tokens[j], lang) if j is not None and j not in taken else None


def _day_index(tokens: list[str], i: int, step: int, lang: str = "en") -> int | None:
    """The index of the day number next to token ``i`` on one side (see ``_day_number``)."""
    j = i + step
    while 0 <= j < len(tokens) and fold(tokens[j]) in DAY_JOINERS and abs(j - i) <= 2:
        j += step
    if 0 <= j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) <= 2 and 1 <= int(tokens[j]) <= 31:
        return j
    if step == -1 and 0 <= j < len(tokens) and _day_word(tokens[j], lang) is not None:
        return j
    return None


# What joins the two days of a range, which both go with the month ("du 5 au 7 février", "del 5 al
# 7 de febrero", "February 5 to 7", "5-7 March": the hyphen is no token).
RANGE_JOINERS = frozenset({"au", "a", "al", "to", "through", "et", "y", "and"})


def _range_day(tokens: list[str], i: int, step: int) -> int | None:
    """The other day of a range whose near day is next to token ``i`` on one side ("5" in "5 au 7
    février", "7" in "February 5 to 7")."""
    j = i + step
    while 0 <= j < len(tokens) and fold(tokens[j]) in DAY_JOINERS and abs(j - i) <= 2:
        j += step
    for k in (j + step, j + 2 * step):
        between = tokens[min(j, k) + 1 : max(j, k)]
        if not (0 <= k < len(tokens)) or len(between) > 1 or (between and fold(between[0]) not in RANGE_JOINERS):
            continue
        if tokens[k].isdigit() and len(tokens[k]) <= 2 and 1 <= int(tokens[k]) <= 31:
            return int(tokens[k])
    return None


def _year_next(tokens: list[str], i: int) -> bool:
    j = i + 1
    while j < len(tokens) and fold(tokens[j]) in ("de", "del", "of", "عام", "سنة"):
        j += 1
    return j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) == 4


ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def plain(text: str) -> str:
    """``text`` with its digits read as ASCII and the Arabic short vowels and tatweel dropped
    ("أَيَّار" -> "أيار"), so that a word is one token."""
    text = ascii_digits(text)
    if not ARABIC_LETTER.search(text):  # most sentences: nothing to drop
        return text
    text = text.replace("\u0640", "")
    return "".join(c for c in text if not (unicodedata.combining(c) and "\u0600" <= c <= "\u06ff"))


def _marked(letter: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", letter))


def _spelt(written: str, key: str, lang: str) -> bool:
    """Whether ``written`` (a source word, or its first letters) may be the CLDR name ``key``:
    no letter the name writes plain is written with a mark ("mają", they have, is not "maja",
    May's; "się" is not "sie", August's abbreviation), though a name may be written without its
    accents ("fevrier")."""
    word = unicodedata.normalize("NFC", written.casefold())
    if not any(_marked(c) for c in word):
        return True
    spellings = profile(lang).calendar_spellings.get(key, ())
    return not spellings or any(
        all(not _marked(c) or _marked(n) for c, n in zip(word, unicodedata.normalize("NFC", name.casefold())))
        for name in spellings
    )


def _as_cldr_writes(token: str, key: str, lang: str) -> bool:
    """Whether ``token`` has the case CLDR gives the name in the language: lower case ("mars",
    "środa") or a capital ("Mittwoch", Turkish "Pazar"; lower-case "pazar" is a market)."""
    spellings = profile(lang).calendar_spellings.get(key, ())
    if spellings and all(name[:1].isupper() for name in spellings):
        return token[:1].isupper()
    return token.islower()


@lru_cache(maxsize=32)
def _stems(lang: str, kind: str) -> tuple[tuple[str, int, int, str], ...]:
    """What a word built on a month's or a day's full name starts with, read liberally (it only
    excuses a date of the other side): (beginning, number, longest word, the name): a CLDR name
    of 4 letters or more as the start of a longer word ("Mittwochnachmittag", "Oktobertagung",
    "woensdagmiddag", "październikowego"), and a name without its last letter, of 4 letters or
    more, as the stem of an inflected or derived word at most 5 letters longer than the name
    ("środa" -> "środę", "czerwca" -> "czerwcu", "kwietnia" -> "kwietniowych", "октябрь" ->
    "октябре"). Not "Mai" in "Mainz": 3 letters."""
    names = profile(lang).months if kind == "months" else profile(lang).day_numbers
    stems: dict[str, tuple[str, int, int, str]] = {}
    for name in sorted(names):
        if len(name) >= 4:
            stems[name] = (name, names[name], 99, name)
    for name in sorted(names):
        if len(name) >= 5 and stems.get(name[:-1], ("", 0, 0, ""))[2] < len(name) + 5:
            stems[name[:-1]] = (name[:-1], names[name], len(name) + 5, name)
    return tuple(sorted(stems.values(), key=lambda stem: -len(stem[0])))


@lru_cache(maxsize=32)
def _stems_by_letter(lang: str, kind: str) -> dict[str, tuple[tuple[str, int, int, str], ...]]:
    """``_stems`` by their first letter, in the same order: a word is read against the stems it
    may start with, not all of them."""
    by_letter: dict[str, list[tuple[str, int, int, str]]] = {}
    for stem in _stems(lang, kind):
        by_letter.setdefault(stem[0][0], []).append(stem)
    return {letter: tuple(stems) for letter, stems in by_letter.items()}


def _inflected(token: str, lang: str, kind: str) -> int | None:
    """The month's or day's number of a source word built on its name (``_stems``), None if none."""
    word = fold(token)
    for beginning, number, most, name in _stems_by_letter(lang, kind).get(word[:1], ()):
        if (
            len(beginning) < len(word) <= most
            and word.startswith(beginning)
            and _spelt(token[: len(beginning)], name, lang)
        ):
            return number
    return None


@lru_cache(maxsize=16)
def _wide_days(lang: str) -> frozenset[str]:
    """The days' full names: no longer name of the same day starts with them ("segunda-feira",
    not "segunda", which is also "second")."""
    days = profile(lang).day_numbers
    return frozenset(k for k, n in days.items() if not any(o != k and o.startswith(k) and days[o] == n for o in days))


# A month's or a day's full name used this much more often than the commoner names of its kind in
# its language (their upper quartile; wordfreq's Zipf scale: 0.8 is six times as often) is also
# another word: Romanian "mai" (May, and "more"). Such a name asks for its date only by a number.
OTHER_USE_MARGIN = 0.8


@lru_cache(maxsize=64)
def _other_use(lang: str, kind: str) -> frozenset[str]:
    """The full month (``kind`` "months") or day names of ``lang`` that are also other words."""
    wide = _wide_months(lang) if kind == "months" else _wide_days(lang)
    often = sorted(zipf(name, lang) for name in wide)
    if not often or not often[-1]:
        return frozenset()  # a language wordfreq does not know
    quartile = often[len(often) * 3 // 4]
    return frozenset(name for name in wide if zipf(name, lang) >= quartile + OTHER_USE_MARGIN)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'“‘([«¿¡-–—")
    return not before or before[-1] in ".!?:;…"


def _keys(tokens: list[str], i: int, lang: str) -> list[tuple[str, int]]:
    """Candidate keys for token ``i`` (with how many tokens each covers): the word, the word and
    the next ("كانون الثاني"), and for Arabic the same without a leading clitic."""
    one, two = fold(tokens[i]), fold(" ".join(tokens[i : i + 2]))
    keys = [(two, 2), (one, 1)]
    if lang == "ar":
        keys += [(k[1:], n) for k, n in keys if k[:1] in AR_CLITICS and len(k) > 2]
    return keys


# What joins two months of a list or a range ("avril et mai", "abril o mayo", "de abril a mayo",
# "نيسان وأيار" has its "و" on the month, "أبريل أو مايو", "من أبريل إلى مايو", "April-May").
LIST_JOINERS = RANGE_JOINERS | {"ou", "o", "or", "و", "او", "الى", "حتى"}


def _listed(at: list[tuple[int, int]], tokens: list[str], k: int) -> bool:
    """Whether the month found at ``at[k]`` (token index, tokens covered) is listed with another:
    the next or the previous month follows it directly or across one joiner."""

    def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:
        gap = tokens[a[0] + a[1] : b[0]]
        return len(gap) == 0 or (len(gap) == 1 and fold(gap[0]) in LIST_JOINERS)

    return (k + 1 < len(at) and joined(at[k], at[k + 1])) or (k > 0 and joined(at[k - 1], at[k]))


@lru_cache(maxsize=16)
def _month_names(lang: str) -> dict[str, int]:
    """The month names read in a text of ``lang`` (folded -> number): the profile's (CLDR), and
    for Arabic the Hijri calendar's too; the output's English ones, with the Hijri months as
    ``english_months`` writes them. A Hijri month is ``HIJRI + n``: never a Gregorian month."""
    if lang == "en":
        return {**EN_MONTHS, **EN_MONTH_ABBREVIATIONS, **ENGLISH_HIJRI}
    if lang == "ar":
        return {**arabic_months(), **profile(lang).months}
    return profile(lang).months


def months(text: str, lang: str) -> list[Mention]:
    """Months named in ``text`` (language ``lang``; "en" for the output). In a source, a month
    listed with another ("أبريل ومايو", "نيسان وأيار") is a date: each asks for its own month."""
    found, tokens = _months(text, lang)
    if lang == "en":
        return [m for m, _ in found]
    at = [where for m, where in found if not m.other_day]
    out, k = [], 0
    for m, _ in found:
        if not m.other_day:
            if not m.strict and _listed(at, tokens, k):
                m = Mention(m.written, m.number, m.day, True)
            k += 1
        out.append(m)
    return out


def _months(text: str, lang: str) -> tuple[list[tuple[Mention, tuple[int, int]]], list[str]]:
    """Each month of ``text`` with where it is (token index, tokens covered), and the tokens."""
    text = plain(text) if lang != "en" else english_months(plain(text))
    spans = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text)]
    tokens = [s for s, _ in spans]
    found = []
    names = _month_names(lang)
    wide = _wide_months(lang) if lang != "en" else frozenset(EN_MONTHS)
    taken: set[int] = set()
    for i, (token, start) in enumerate(spans):
        for key, n in _keys(tokens, i, lang):
            if key not in names or (lang not in ("en", "ar") and not _spelt(" ".join(tokens[i : i + n]), key, lang)):
                continue
            # a number between two months is the day of one of them: the month before it took it
            # when it wrote its day after ("October 15, October 19": 19 is the second one's)
            before = _day_number(tokens, i, -1, taken, lang)
            day = before or _day_number(tokens, i, 1)
            if (index := _day_index(tokens, i, -1 if before else 1, lang)) is not None and day is not None:
                taken.add(index)
            by_number = day is not None or _year_next(tokens, i)
            if lang == "en":
                capital = token[:1].isupper()
                strict = capital and (
                    key in wide and key != "may" or by_number or (key == "may" and not _sentence_start(text, start))
                )
            elif lang == "ar":  # "مارس" is also "practised": a month by a number, after "شهر" or as two words
                after_month_word = i > 0 and fold(tokens[i - 1]) in AR_MONTH_WORDS
                strict = by_number or (
                    after_month_word
                    if names[key] > HIJRI  # "صفر" is also zero, "رجب" and "رمضان" names
                    else key in wide and len(key) > 3 and (" " in key or after_month_word)
                )
            else:
                strict = by_number or (
                    key in wide
                    and key not in _other_use(lang, "months")
                    and (_as_cldr_writes(token, key, lang) or _sentence_start(text, start))
                )
            written = token
            if names[key] > HIJRI:  # "ربيع الآخر" whole; the English name as a flag names it
                written = HIJRI_DISPLAY[names[key]] if lang == "en" else " ".join(tokens[i : i + n])
            found.append((Mention(written, names[key], day, strict), (i, n)))
            step = -1 if before else 1
            if day is not None and (other := _range_day(tokens, i, step)) is not None:
                found.append((Mention(token, names[key], other, False, other_day=True), (i, n)))
            break
        else:
            if lang not in ("en", "ar") and TOKEN_RE.fullmatch(token) and not token.isdigit():
                number = _inflected(token, lang, "months")
                if number is not None:
                    found.append((Mention(token, number, None, False), (i, 1)))
    return found, tokens


def weekdays(text: str, lang: str) -> list[Mention]:
    """Weekdays named in ``text`` (language ``lang``; "en" for the output); English plurals
    ("on Sundays") count."""
    text = plain(text)
    spans = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text)]
    tokens = [s for s, _ in spans]
    found = []
    days = profile(lang).day_numbers if lang != "en" else {**EN_WEEKDAYS, **EN_DAY_ABBREVIATIONS}
    for i, (token, start) in enumerate(spans):
        key = fold(token)
        if lang == "en" and key.endswith("s") and key[:-1] in EN_WEEKDAYS:
            key = key[:-1]
        keys = [key] + ([key[1:]] if lang == "ar" and key[:1] in AR_CLITICS else [])
        end = start + len(token)
        if i + 1 < len(spans) and text[end : end + 1] == "-" and spans[i + 1][1] == end + 1:
            keys.insert(0, fold(token + "-" + tokens[i + 1]))  # "segunda-feira"
        for k in keys:
            if k not in days or (lang not in ("en", "ar") and not _spelt(token, k, lang)):
                continue
            if lang == "en":
                strict = token[:1].isupper() and k in EN_WEEKDAYS
            elif lang == "ar":
                after_day = i > 0 and tokens[i - 1] in AR_DAY_WORDS
                strict = after_day or (k not in AR_AMBIGUOUS_DAYS and len(k) > 3)
            else:
                strict = (
                    len(k) > 3
                    and k in _wide_days(lang)
                    and k not in _other_use(lang, "days")
                    and (_as_cldr_writes(token, k, lang) or _sentence_start(text, start))
                )
            found.append(Mention(token, days[k], None, strict))
            break
        else:
            if lang not in ("en", "ar") and not token.isdigit():
                number = _inflected(token, lang, "days")
                if number is not None:
                    found.append(Mention(token, number, None, False))
    return found


def _lacking(have: list[Mention], other: list[Mention]) -> list[str]:
    """What ``have`` names surely that ``other`` does not name at all."""
    numbers = {m.number for m in other}
    return list(dict.fromkeys(m.written for m in have if m.strict and m.number not in numbers))


def _days_differ(have: list[Mention], other: list[Mention]) -> list[str]:
    """Dates of ``have`` whose month ``other`` gives with other day numbers only."""
    out = []
    for m in have:
        if m.day is None or m.other_day:
            continue  # a range's other day only answers ("du 5 au 7 février": February 5 or 7)
        days = {o.day for o in other if o.number == m.number and o.day is not None}
        if days and m.day not in days:
            out.append(f"{m.day} {m.written}")
    return list(dict.fromkeys(out))


def check_dates(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A month or weekday of the source missing from the output, or one the output names
    that the source does not (a date changed: "mars" -> "October", "lunes" -> "Tuesday"), or
    a day next to a month changed ("3 de marzo" -> "March 13")."""
    src_months, tgt_months = months(src, lang), months(tgt, "en")
    if "/" in tgt:
        tgt_months += [m for m, _ in _slashed(src_months, tgt)]  # "9/11" for "el 11 de septiembre"
    src_days, tgt_days = weekdays(src, lang), weekdays(tgt, "en")
    parts = []
    lost = _lacking(src_months, tgt_months) + _lacking(src_days, tgt_days)
    added = _lacking(tgt_months, src_months) + _lacking(tgt_days, src_days)
    changed = _days_differ(src_months, tgt_months) + _days_differ(tgt_months, src_months)
    if lost:
        parts.append(", ".join(map(repr, lost)) + " not in output")
    if added:
        parts.append(", ".join(map(repr, added)) + " not in source")
    if changed:
        parts.append("the day differs: " + ", ".join(map(repr, changed)))
    return [flag("date_mismatch", "; ".join(parts))] if parts else []


def month_words(text: str) -> list[tuple[str, int]]:
    """Months named in ``text`` as (word, month number), for the summary check: French ones in
    any case, English ones capitalised (so the verb "may" is not May)."""
    words = WORD_RE.findall(text)
    found = [(w, FR_MONTHS[fold_name(w)]) for w in words if fold_name(w) in FR_MONTHS]
    found += [(w, EN_MONTHS[w.lower()]) for w in words if w.istitle() and w.lower() in EN_MONTHS]
    return list(dict.fromkeys(found))


# A date in digits, month and day (or day and month) joined by a slash: "9/11", "11/9".
SLASHED_DATE_RE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d,]|\.\d)")


def _slashed(named: list[Mention], tgt: str) -> list[tuple[Mention, str]]:
    """The output's dates in digits ("9/11", month first as American English writes it, or day
    first: "11/9") whose day and month are a date of ``named`` (the source's months): each as a
    mention of that date, with the month as the output writes it."""
    found = {m.group(1, 2) for m in SLASHED_DATE_RE.finditer(ascii_digits(tgt))}
    dates = {(m.number, m.day) for m in named if m.day is not None}
    out = []
    for a, b in sorted(found):
        for month, day in ((a, b), (b, a)):
            if (int(month), int(day)) in dates:
                out.append((Mention(f"{a}/{b}", int(month), int(day), False, False), month))
    return out


def slashed_dates(src: str, tgt: str, lang: str) -> frozenset[str]:
    """The month numbers of the output's dates in digits that write a date the source names
    ("el 11 de septiembre" = "9/11"): the output writes the source's month as a number, which the
    source says as a word (news open3 es line 484, open4 es line 137)."""
    if "/" not in tgt:
        return frozenset()
    return frozenset(month for _, month in _slashed(months(src, lang), tgt))
