"""The dateline opening a release ("Genève (ots) -", "New York, le 28 février 2022 –") and the
dates printed above it, read into ``{"place", "date"}`` with an ISO date."""

from __future__ import annotations

import datetime
import re

from summarise.text import boilerplate
from summarise.text.contacts import LABEL_MAX_CHARS, is_person_name, phone_numbers
from summarise.text.hijri import ERA_AFTER
from summarise.text.isodate import DATE_LANGUAGES, iso_date
from summarise.text.languages import Language, UnknownLanguage, fold, profile
from summarise.text.markup import MARKDOWN_BOLD
from summarise.text.patterns import EMAIL, NUMERIC_DATE, URL
from summarise.text.shapes import (
    DATELINE_WITHIN,
    ENDS_SENTENCE,
    PAGE_LANGUAGE,
    first_paragraph,
    function_words,
    has_cased_letter,
    page_stoplist,
    starts_sentence,
)

# A dateline opening the article: a place of one to five capitalised words ("Genève",
# "New York", "Trinité-et-Tobago", "Athènes/Genève") or, in a script without capitals, of one to
# three words ("صنعاء"), an optional agency or country in brackets ("(ots)", "(Sénégal)"), an
# optional date ("le 28 février 2022", "11 de marzo de 2020", "23 حزيران/يونيو 2022",
# "12/03/2024"), an optional source in brackets after it ("(OPS/OMS)"), then a dash:
# "Genève (ots) -", "New York, le 28 février 2022 –", "صنعاء، 20 فبراير 2020 -".
_CASELESS_WORD = r"(?:(?=[^\W\d_])[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])+"
_PLACE_WORD = rf"(?:[A-ZÀ-ÝŒ][^\W\d_]*(?:['’.][^\W\d_]+)*\.?|{_CASELESS_WORD})"
_PLACE_LINK = r"(?:\s|/|-)(?:(?:de|del|du|des|la|le|les|sur|en|et|au|aux)[\s-]|[dl]['’])*"
# A month's name, or two names of one month ("حزيران/يونيو", "شباط / فبراير"); a day, a year
# joined by "de" in Spanish ("11 de marzo de 2020"); a comma may come before the year.
_MONTH = r"[^\W\d_]{3,12}\.?(?:\s*/\s*[^\W\d_]{3,12})?"
# An English day may carry its ordinal and a comma ("22nd, January 2024").
_DMY = r"\d{1,2}(?:er|º|\.|st|nd|rd|th)?,?\s+(?:de\s+)?" + _MONTH + r"\s*[,،]?\s+(?:de\s+|del\s+)?\d{4}"
# English month first, with its comma: "October 26, 2024", "January 22nd, 2024".
_MDY = _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}"
_DATE = (
    rf"{_DMY}|{_MDY}|{NUMERIC_DATE}"
    rf"|[^\W\d_]{{5,9}}[,،]?\s+{_DMY}"
)
_COMMA = r"[,،]"
# A day and a month's name without the year, in a dateline only ("San José, 21 Abr (Elpaís.cr).-"):
# the month must be one of the languages' (DATELINE_MONTHS), the date comes from the page.
_DM = r"\d{1,2}(?:er|º|\.)?\s+(?:de\s+)?(?P<dm_month>[^\W\d_]{3,12})\.?"
# The place may have two parts ("GENEVE, Suisse", "Préfecture, Perpignan"); the dash may be a
# wire's double dash around its name ("PARIS--(BUSINESS WIRE)--", "PARIS--()--" once a link's
# text is gone), a dot and a dash glued to the text after a word ("Santo Domingo.-La Cruz Roja") or,
# after a date, a colon ("Paris, le 3 mai 2022 : ...").
_PLACE = rf"{_PLACE_WORD}(?:{_PLACE_LINK}{_PLACE_WORD}){{0,4}}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:{_COMMA}\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?"
    rf"(?:\s*{_COMMA}?\s*(?:le\s+)?(?P<date>{_DATE}|{_DM}))?(?:\s*\([^()\n]{{1,30}}\))?(?:\s*/[A-Z][\w ]{{1,20}}/)?"
    rf"(?:\s*\.?[-–—]\s+|(?<=[^\W\d_]{{4}}\.)[-–—]|(?P<wire>--\s*(?:\([^()\n]{{0,30}}\))?\s*--)\s*|(?<=\d)\s*:\s+)(?=\S)"
)
# A dateline on a line of its own: "Bruxelles, le 7 juin 2017", "GENEVE, Suisse, 18 février
# 2014/African Press Organization (APO)" (a wire's name after a slash); its date may name a month
# and a year only ("Deventer, mei 2002": the place, no day to date it by).
# Arabic joins the place to its date with "في" ("on") where French and Spanish put a comma:
# "تونس في 30 نوفمبر 2014".
_ALONE_LINK = rf"\s*{_COMMA}\s*(?:le\s+)?|\s+في\s+"
DATELINE_ALONE = re.compile(
    rf"^(?P<place>{_PLACE}(?:{_COMMA}\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?(?:{_ALONE_LINK})"
    rf"(?P<date>{_DATE}|(?P<my_month>[^\W\d_]{{3,12}})\.?\s+(?:de\s+)?\d{{4}})"
    rf"(?:\s*/\s*[A-Z][^/\n]{{1,60}})?\s*$"
)
# A dateline of a script without capitals naming its source after the dash, then a colon or a
# second dash, as Arabic wires write it: "السعودية - الكوثر: ألقى وزير ...", "نابلس - النجاح
# الإخباري - نظَّم ..." (place, dash, agency, colon or dash).
SOURCE_DATELINE = re.compile(
    rf"^(?P<place>{_CASELESS_WORD}(?:\s{_CASELESS_WORD}){{0,2}})\s*[-–—]\s*"
    rf"(?P<paren>{_CASELESS_WORD}(?:\s{_CASELESS_WORD}){{0,2}})(?P<date>(?!))?(?:\s*:\s+|\s+[-–—]\s+)(?=\S)"
)
# A credit line of a script without capitals, alone on its line above the text: the place, a dash,
# the source that reports it ("غزة- الرسالة نت", "اللاذقية-سانا"), as Arabic sites print their wire's
# dateline over the first paragraph rather than opening it (``SOURCE_DATELINE``).
CREDIT_LINE = re.compile(
    rf"^(?P<place>{_CASELESS_WORD}(?:\s{_CASELESS_WORD}){{0,2}})\s*[-–—]\s*"
    rf"(?P<source>{_CASELESS_WORD}(?:\s{_CASELESS_WORD})?)$"
)
# A wire's credit closing a story of a script without capitals, in brackets: the place, a dash (or
# the tatweel an Arabic paper prints for one), the agency ("(دبي ـ أ ف ب)"), the order of the
# credit over the text (``CREDIT_LINE``).
CLOSING_CREDIT = re.compile(
    rf"^\((?P<place>{_CASELESS_WORD}(?:\s{_CASELESS_WORD}){{0,2}})\s*[-–—ـ]\s*"
    rf"(?P<source>{_CASELESS_WORD}(?:\s{_CASELESS_WORD}){{0,2}})\)$"
)
# A name said again outside quotation marks (a place, not a paper's or a site's title): a pattern
# to ``format`` with the escaped name.
QUOTE_FREE = "(?<![\\w\"«“”']){}(?![\\w\"»”“'])"
# A dateline on a line of its own with a month and a day, no year, maybe after the story's clock
# time in a bar cell, as an agency prints it: "10:37 | Lima, feb. 17." (the year is the page's).
MONTH_DAY_DATELINE = re.compile(
    rf"^(?:\d{{1,2}}:\d{{2}}\s*\|\s*)?(?P<place>{_PLACE})(?P<paren>(?!))?\s*{_COMMA}\s*"
    rf"(?P<date>(?P<dm_month>[^\W\d_]{{3,12}})\.?\s+\d{{1,2}})\.?\s*$"
)
# A dateline whose place is in brackets, as some agencies write it: "(Nairobi) – ...".
BRACKETED_DATELINE = re.compile(rf"^\((?P<place>{_PLACE})\)(?P<paren>(?!))?(?P<date>(?!))?\s*[-–—]\s+(?=\S)")
# A place in capitals closed by a full stop, opening the lead ("ESCUINAPA. Despidos de ..."), as
# regional papers print it: a sentence opens on no word in capitals before its stop.
CAPITALS_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÝÑ]{4,}(?:[ -][A-ZÀ-ÝÑ]{2,}){0,2})(?P<paren>(?!))?(?P<date>(?!))?\.\s+(?=[A-ZÀ-ÝÑ][a-zà-ÿ])"
)
# A date opening the lead sentence, no place: "Lunes 26 de diciembre, 2022. Debido al ...".
DATE_OPENING = re.compile(rf"^(?:(?P<weekday>[^\W\d_]{{5,9}}),?\s+)?(?P<date>{_DMY})\s*[.\-–—:]\s+(?=\S)")
# A caseless place (a script without capitals cannot show a name by its shape) is at most this
# many words, and needs a date after it.
CASELESS_PLACE_WORDS = 3
# The first part of a two-part place that names who speaks, not where ("Préfecture, Perpignan.-").
SOURCE_NOUNS = frozenset(
    {
        "préfecture",
        "mairie",
        "ministère",
        "ville",
        "région",
        "département",
        "commune",
        "ambassade",
        "gouvernement",
        "communiqué",
        "cabinet",
        "agence",
        "service",
        "direction",
    }
)
# Cells of a header bar ("04/03/2024 | Press release | Distributed by Public on ...").
BAR_CELL = re.compile(r"\s+\|\s+")
# A date anywhere in a line.
DATE_SEARCH = re.compile(rf"(?<!\d)(?:{_DATE})(?!\d)")
# A date opening a headline's line, set off by a dash ("28 janvier 2014 – La CGT appelle ..."):
# the release's date printed before its headline, as others print it after (header.TITLE_TAIL).
DATE_HEAD = re.compile(rf"^(?P<date>{_DATE})\s+[-–—]\s+(?=\S)")
# A line of at most this many words holding a date is a date stamp.
STAMP_MAX_WORDS = 8
# What a stamp line sets beside its dates: asides in brackets ("(آخر تحديث)", "(غرينتش)") and clock
# times ("14:59"); its words are counted without them.
STAMP_ASIDE = re.compile(r"\([^()]*\)|(?<!\d)\d{1,2}:\d{2}(?!\d)")
# A line that is only a date ("11 avril 2024", "Publié le 3 mai 2023", a label's "Créé: 12.12.2019",
# "Article mis à jour le 7 janvier 2020."):
# a stamp, not text.
# A time may follow, as a feed prints it ("20.08.2025 à 06:00", "10/28/2025 11:53", "- 9:10 p.m.").
# ISO 8601 joins date and time with a "T" ("2012-12-17T05:55:29+02:00"), a page's machine date;
# Arabic sets its own comma between them ("2017-11-06، 12:34 pm").
_TIME = r"(?:(?:\s*(?:à|a las|at|,|،|-|–)?\s*|T)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.\s?m\.|\s*[AaPp][Mm]\b)?)?"
# After a clock time, a stamp may name its zone or half of the day in a word or two ("14:47 بتوقيت
# مكة", "10:18 م", "GMT"), or its offset as ISO 8601 writes it ("+02:00", "Z"); a date alone may
# name the zone ("22nd, January 2024 GMT").
_ZONE = r"(?:(?<=\d)(?:\s+[^\W\d_]+){1,2}|\s+(?:GMT|UTC)|(?<=\d)(?:Z|[+-]\d{2}:?\d{2}))?"
# The dash a dateline puts after its date, the text on the next line ("19.07.24 –").
STAMP_DASH = re.compile(r"\s+[-–—]$")
DATE_ONLY = re.compile(
    rf"^(?:(?:[^\W\d_]+\s+)?(?:publié|mis à jour|date)\s*(?:le|:)?\s*|[^\W\d_]{{3,15}}\s*:\s*)?"
    rf"(?P<stamp>{_DATE}){_TIME}{_ZONE}\.?$",
    re.IGNORECASE,
)
# A feed's relative stamp: a short line naming a weekday and ending on a clock time ("el jueves
# pasado a las 9:31"), no sentence.
CLOCK_END = re.compile(r"\d{1,2}:\d{2}$")
# A month and a year alone, maybe after one word: a blog's archive entry ("Archives Juillet 2017").
MONTH_YEAR = re.compile(r"^(?:[^\W\d_]+\s+)?(?P<month>[^\W\d_]{3,12})\s+(?:de\s+)?\d{4}$")
# A field's label: a word and a colon ("Autor:", "Fecha:").
FIELD_LABEL = re.compile(r"[^\W\d_]+\s?:(?!\S)")
# A place alone in a cell: "Palma de Mallorca".
PLACE_ONLY = re.compile(rf"^{_PLACE}$")
# A dateline is looked for in this many first paragraphs.
DATELINE_PARAGRAPHS = 4


def date_stamps(lines: list[str]) -> tuple[str | None, str | None]:
    """ISO dates printed above the text: the last short line (or cell of a "|" bar) holding one
    in the header ("Publié le 25 avril 2023", "communiqué de presse du 29 mars 2017", a headline
    ending in "1999-04-01" or opening on a date and a dash, ``DATE_HEAD``), and the one right
    above the dateline ("15 octobre 2012" / "CONAKRY – ...")."""
    header, above = None, None
    text_at = first_paragraph(lines)
    recent: list[str] = []
    for line in lines[: max(text_at, DATELINE_WITHIN)]:
        if not line:
            continue
        if dateline_match(line):
            found = [DATE_SEARCH.search(x) for x in recent[-2:]]
            above = next((m.group(0) for m in reversed(found) if m), None)
            break
        recent.append(line if len(line.split()) <= STAMP_MAX_WORDS and DATE_SEARCH.search(line) else "")
    for line in lines[:text_at]:
        cells = [c for c in BAR_CELL.split(line) if len(c.split()) <= STAMP_MAX_WORDS]
        if head := DATE_HEAD.match(line):
            cells = [head.group("date")]
        if common := dual_stamp(line):
            cells = [common]
        match = next((m for m in map(DATE_SEARCH.search, cells) if m), None)
        header = iso_date(match.group(0), month_first=is_english(line)) if match else header
    return header, (iso_date(above) if above else None)


def header_dateline(lines: list[str]) -> str | None:
    """A place and a date alone on a line above the text, printed over the headline rather than
    under it ("Communiqué LDH" / "Paris, le 7 janvier 2015" / "La République blessée"): the
    release's dateline when the text opens on none."""
    return next((line for line in lines[: first_paragraph(lines)] if line and DATELINE_ALONE.match(line)), None)


def header_place(lines: list[str]) -> str:
    """The place a byline bar above the text names (``bar_place``), or ""."""
    return next(filter(None, map(bar_place, lines[: first_paragraph(lines)])), "")


def bar_place(line: str) -> str | None:
    """The place of a byline bar that names who, where and when ("Patricio Candia | Palma de
    Mallorca | 08/01/2014"): the cell between the author's name and the date."""
    cells = [cell.strip() for cell in BAR_CELL.split(line)]
    if len(cells) != 3 or not is_person_name(cells[0]) or not DATE_ONLY.match(strip_date_label(cells[2])):
        return None
    return cells[1] if PLACE_ONLY.match(cells[1]) and not boilerplate.is_chrome(cells[1]) else None


def is_english(line: str) -> bool:
    """An English line (a wire's or aggregator's bar): its numeric dates read month first,
    as those sites print them ("04/03/2024 | Press release | Distributed by Public on ...")."""
    found = [w.casefold() for w in boilerplate.words(line)]
    return (
        not any(w in boilerplate.own_stopwords(page_stoplist() or "French") for w in found)
        and sum(1 for w in found if w in boilerplate.own_stopwords("English")) >= 2
    )


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening ``line``, if any ("Genève (ots) - Le HCR ..." -> Genève), read past
    Markdown bold marks an aggregator leaves in it ("DAKAR, **23 novembre 2021 **–"): the match
    is on the line without them (``match.string``), the text keeps them as the page gives them."""
    line = MARKDOWN_BOLD.sub("", line)
    match = (
        SOURCE_DATELINE.match(line)
        or DATELINE.match(line)
        or BRACKETED_DATELINE.match(line)
        or CAPITALS_DATELINE.match(line)
    )
    rest = line[match.end() :] if match else ""
    if match is None or not starts_sentence(rest) and not rest[:1].isdigit():
        match = DATELINE_ALONE.match(line) or MONTH_DAY_DATELINE.match(line)
    if match is None:
        return None
    if EMAIL.search(line) or phone_numbers(DATE_SEARCH.sub(" ", URL.sub(" ", line))):
        return None  # "Amnesty International France – Service presse – 01 53 ..." is a contact
    place = match.group("place")
    month = match.groupdict().get("dm_month") or match.groupdict().get("my_month")
    if month and not any(fold(month) in known.months for known in date_profiles()):
        return None  # "Paris, 12 heures - ..." is no dateline, nor "Rapport, Edition 2020"
    sourced = match.re is SOURCE_DATELINE
    # "فلسطين- إننا في الاتحاد العام لنقابات عمال فلسطين ...": the lead names its place again, as a
    # story names its city again and a site's name is not said again in its own story ("الوكيل
    # الإخباري- قالت ..."), or only in quotes, as a title is ("أخبار البلد - ... و "أخبار البلد" تجاهد")
    named_again = re.search(QUOTE_FREE.format(re.escape(place.strip())), line[match.end() :]) is not None
    if not has_cased_letter(place) and (
        len(place.split()) > CASELESS_PLACE_WORDS or not (match.group("date") or sourced or named_again)
    ):
        return None  # "ترحب اليونيسف بالإعلان - ..." is a sentence, "صنعاء، 20 فبراير 2020 -" a dateline
    if any(fold(place.split()[0].rstrip("،,")) in known.weekdays for known in date_profiles()):
        return None  # "الجمعة 29 مارس 2019 - 14:47" is a date stamp: a day's name is no place
    first_word = place.split()[0].casefold()
    if first_word in function_words() and not (match.group("date") or match.group("paren")):
        return None  # "Le HCR - ..." is a sentence, "Le Caire, le 3 mai -" a dateline
    return match


def credit_place(line: str, after: str, text: str = "") -> str | None:
    """The place of a credit line (``CREDIT_LINE``) when the text opens on the line ``after`` it (a
    sentence: longer than a label, ending on its stop; a headline under a line of labels does not).
    The place comes first, unless the ``text`` under the credit names its second part again and not
    its first ("فلسطين اليوم-نابلس" over "... بمدينة نابلس ...": the site, then the city the story
    is about; a source is not said again in its own story)."""
    match = CREDIT_LINE.match(line)
    opens = len(after) > LABEL_MAX_CHARS and starts_sentence(after) and bool(ENDS_SENTENCE.search(after))
    if not (match and opens):
        return None
    place, source = match.group("place"), match.group("source")
    return source if source in text and place not in text else place


def dual_stamp(line: str) -> str | None:
    """The common era's date of a line dating by both calendars, the Hijri date marked by its era
    and the common one beside it, with no more words than a stamp's once its asides and clock
    times are set aside ("الأربعاء 1432/5/18 هـ - الموافق 20/4/2011 م (آخر تحديث) الساعة 14:59
    (مكة المكرمة)، 11:59 (غرينتش)" -> "20/4/2011"): a stamp, never text nor a headline. None for any
    other line."""
    if not ERA_AFTER.search(line):
        return None
    dates = list(DATE_SEARCH.finditer(line))
    common = [m for m in dates if not ERA_AFTER.match(line, m.end())]
    if len(common) == len(dates) or not common:
        return None
    if sum(1 for token in STAMP_ASIDE.sub(" ", line).split() if re.search(r"\w", token)) > STAMP_MAX_WORDS:
        return None
    return common[0].group(0)


def is_date_stamp(line: str) -> bool:
    """A line that is only a date (a label before it, a time and its zone after it allowed, an ISO
    8601 date-time), a bar of short cells opening on one, a weekday's clock time, or a month and a
    year: a stamp or an
    archive entry, never text nor a headline. The month must be one of the page language's, French
    or English ("Archives Juillet 2017" yes, "Rapport annuel 2017" no). A date label whose date the
    copy lost ("Fecha:") and a short bar of field labels with a date ("Autor: Sección: Noticias
    08/03/2019 12:08 pm") are stamps too."""
    if dual_stamp(line):
        return True
    line = STAMP_DASH.sub("", line)  # "19.07.24 –": the date, and the dash a dateline puts after it
    bare = strip_date_label(line)
    if ":" in line:
        if not bare.strip(" :") and FIELD_LABEL.search(line):
            return True
        if len(line.split()) <= STAMP_MAX_WORDS and len(FIELD_LABEL.findall(line)) >= 2 and DATE_SEARCH.search(line):
            return True
    line = bare
    if DATE_ONLY.match(line):
        return True
    cells = BAR_CELL.split(line)
    if len(cells) > 1 and len(line.split()) <= STAMP_MAX_WORDS and DATE_ONLY.match(strip_date_label(cells[0])):
        return True  # a bar opening on the date: "agosto 14, 2021 | 296 vistas"
    if CLOCK_END.search(line) and len(line.split()) <= STAMP_MAX_WORDS and not line[:1].isdigit():
        found = {fold(word) for word in re.findall(r"[^\W\d_]+", line)}
        if any(found & known.weekdays for known in date_profiles()):
            return True
    match = MONTH_YEAR.match(line)
    return match is not None and any(fold(match.group("month")) in known.months for known in date_profiles())


def date_profiles() -> list[Language]:
    """The profiles whose dates a page is read with: its own language's (when CLDR knows it),
    then French and English."""
    found = []
    for code in dict.fromkeys((PAGE_LANGUAGE.get(), *DATE_LANGUAGES)):
        try:
            found.append(profile(code))
        except UnknownLanguage:
            continue
    return found


def strip_date_label(line: str) -> str:
    """``line`` without the label a page prints before a date ("Actualización 27 de marzo de 2020",
    "تاريخ النشر: 22nd, January 2024 GMT"), read from the date profiles."""
    folded = line.casefold()
    for known in date_profiles():
        for label in sorted(known.date_labels, key=len, reverse=True):
            if folded.startswith(label.casefold()) and not line[len(label) : len(label) + 1].isalpha():
                return line[len(label) :].lstrip(" :،,-–")
    return line


def opening_date(paragraph: str) -> str | None:
    """The ISO date opening a lead sentence without a place ("Lunes 26 de diciembre, 2022. Debido
    ..."): a weekday before it must be one of the page language's."""
    match = DATE_OPENING.match(paragraph)
    if match is None:
        return None
    weekday = match.group("weekday")
    if weekday and fold(weekday) not in profile(PAGE_LANGUAGE.get()).weekdays:
        return None
    return iso_date(match.group("date"))


def closing_credit(paragraphs: list[str]) -> str | None:
    """The place of a wire's credit (``CLOSING_CREDIT``) that is the last of several paragraphs."""
    match = CLOSING_CREDIT.match(paragraphs[-1]) if len(paragraphs) > 1 else None
    return match.group("place") if match else None


def find_dateline(
    paragraphs: list[str],
    known: dict | None,
    header_date: str | None = None,
    above_date: str | None = None,
    header_line: str | None = None,
    header_place: str = "",
    closing_place: str = "",
) -> dict | None:
    """``{"place", "date"}`` of the dateline opening the article (ISO date where one is
    given); a date stamp just above it, then ``known`` (a page's metadata date), fill a
    missing date; without a place, the date printed above the text or ``known`` makes a
    dateline of its own. A bracket naming a place stays with it ("Ottawa (Ontario)"), an
    agency code does not ("Genève (ots)"). Without one in the text, a place and date alone above
    the headline (``header_line``) is the dateline, else the date above the text with the place its
    byline bar names (``header_place``); a wire's credit closing the text gives its place
    (``closing_place``) where nothing above it does."""
    # the dateline opens the text, or follows the deck lines under the headline
    match = next((m for m in map(dateline_match, paragraphs[:DATELINE_PARAGRAPHS]) if m), None)
    if match is None and header_line:
        match = dateline_match(header_line)
    known_date = (known or {}).get("date")
    if header_date and contradicts_today(header_date, paragraphs[:DATELINE_PARAGRAPHS]):
        header_date = None  # the site's date of the day it served the page, not the release's
    if header_date and after_the_text(header_date, paragraphs):
        header_date = None  # a date bar printed long after every day the text names
    opening = match is None and len(paragraphs) > 1
    credit = credit_place(paragraphs[0], paragraphs[1], " ".join(paragraphs[1:])) if opening else None
    credit = credit or closing_place or None
    if match is None:
        date = next(filter(None, map(opening_date, paragraphs[:1])), None) or header_date or known_date
        place = credit or (header_place if date and date == header_date else "")
        return {"place": place, "date": date} if date or credit else None
    place, paren = match.group("place"), match.group("paren")
    source, _, rest = place.partition(",")
    if rest and source.casefold() in SOURCE_NOUNS:
        place = rest.strip()
    # "Perpignan.- ...", "Nueva York, EU.- ...": ".-" is the separator (a short "St." keeps its point)
    glued_dash = match.string[match.end("place") : match.end("place") + 1] in ("-", "–", "—")
    if re.search(r"[^\W\d_]{4}\.$", place) or place.endswith(".") and glued_dash:
        place = place[:-1]
    if paren and re.fullmatch(r"[A-ZÀ-ÝŒ][a-zà-ÿ][^()\d]*", paren):
        place = f"{place} ({paren})"
    if not match.group("date") and paren and DATE_SEARCH.fullmatch(paren.strip()):
        date = iso_date(paren.strip())  # "NUEVA YORK (31 de julio de 2013) –"
    else:
        date = iso_date(match.group("date")) if match.group("date") else above_date
    if not date and match.group("date") and header_date:
        # "3 de marzo" under the stamp "03/03/2016 - 2:40 pm": the day and month are the stamp's, its year theirs
        date = header_date if iso_date(f"{match.group('date')} {header_date[:4]}") == header_date else None
    return {"place": place, "date": date or known_date}


SERVED_AFTER_DAYS = 60


def after_the_text(date: str, paragraphs: list[str]) -> bool:
    """``date`` (printed above the text) falls more than ``SERVED_AFTER_DAYS`` after every full
    date the text names: the day the site served the page (its clock, its weather bar: "dimanche 21
    avril 2024" over a release on "le samedi 25 mars 2023"), not the release's, which is dated on or
    near the days it speaks of. A text naming no full date says nothing."""
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return False
    named = []
    for paragraph in paragraphs:
        for match in DATE_SEARCH.finditer(paragraph):
            found = iso_date(match.group(0), month_first=is_english(paragraph))
            try:
                named.append(datetime.date.fromisoformat(found or ""))
            except ValueError:
                continue
    return bool(named) and (day - max(named)).days > SERVED_AFTER_DAYS


def contradicts_today(date: str, paragraphs: list[str]) -> bool:
    """The text names the day it speaks of as today ("مساء اليوم الأحد", "hoy lunes", "aujourd'hui lundi")
    and ``date`` falls on another weekday: a date the page prints above the text that the text
    itself says is not today's (a site's date bar, "الجمعة 26 أبريل 2024")."""
    try:
        weekday = datetime.date.fromisoformat(date).weekday()
    except ValueError:
        return False
    words = [fold(word) for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", " ".join(paragraphs))]
    for known in date_profiles():
        today = {fold(word) for word in known.today_words}
        for word, nxt in zip(words, words[1:]):
            if word in today and nxt in known.day_numbers and known.day_numbers[nxt] != weekday:
                return True
    return False
