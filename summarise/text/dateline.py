"""The dateline opening a release ("Genève (ots) -", "New York, le 28 février 2022 –") and the
dates printed above it, read into ``{"place", "date"}`` with an ISO date."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.text import boilerplate
from summarise.text.contacts import phone_numbers
from summarise.text.patterns import EMAIL, FRENCH_FUNCTION_WORDS, URL
from summarise.text.shapes import DATELINE_WITHIN, STARTS_SENTENCE, first_paragraph

# A dateline opening the article: a place of one to five capitalised words ("Genève",
# "New York", "Trinité-et-Tobago", "Athènes/Genève"), an optional agency or country in
# brackets ("(ots)", "(Sénégal)"), an optional date ("le 28 février 2022", "12/03/2024"),
# then a dash: "Genève (ots) -", "New York, le 28 février 2022 –".
_PLACE_WORD = r"[A-ZÀ-ÝŒ][^\W\d_]*(?:['’.][^\W\d_]+)*\.?"
_PLACE_LINK = r"(?:\s|/|-)(?:(?:de|du|des|la|le|les|sur|en|et|au|aux)[\s-]|[dl]['’])*"
_DATE = (r"\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
         r"|[^\W\d_]{5,9}\s+\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\s+\d{4}")
# The place may have two parts ("GENEVE, Suisse", "Préfecture, Perpignan"); the dash may be a
# wire's double dash around its name ("PARIS--(BUSINESS WIRE)--", "PARIS--()--" once a link's
# text is gone) or, after a date, a colon ("Paris, le 3 mai 2022 : ...").
_PLACE = rf"{_PLACE_WORD}(?:{_PLACE_LINK}{_PLACE_WORD}){{0,4}}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?"
    rf"(?:\s*,?\s*(?:le\s+)?(?P<date>{_DATE}))?(?:\s*/[A-Z][\w ]{{1,20}}/)?"
    rf"(?:\s*[-–—]\s+|(?P<wire>--\s*(?:\([^()\n]{{0,30}}\))?\s*--)\s*|(?<=\d)\s*:\s+)(?=\S)")
# A dateline on a line of its own: "Bruxelles, le 7 juin 2017", "GENEVE, Suisse, 18 février
# 2014/African Press Organization (APO)" (a wire's name after a slash).
DATELINE_ALONE = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    rf"(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?\s*,\s*(?:le\s+)?(?P<date>{_DATE})"
    rf"(?:\s*/\s*[A-Z][^/\n]{{1,60}})?\s*$")
# The first part of a two-part place that names who speaks, not where ("Préfecture, Perpignan.-").
SOURCE_NOUNS = frozenset({
    "préfecture", "mairie", "ministère", "ville", "région", "département", "commune",
    "ambassade", "gouvernement", "communiqué", "cabinet", "agence", "service", "direction",
})
# Cells of a header bar ("04/03/2024 | Press release | Distributed by Public on ...").
BAR_CELL = re.compile(r"\s+\|\s+")
# A date anywhere in a line.
DATE_SEARCH = re.compile(rf"(?<!\d)(?:{_DATE})(?!\d)")
# A line of at most this many words holding a date is a date stamp.
STAMP_MAX_WORDS = 8
# A line that is only a date ("11 avril 2024", "Publié le 3 mai 2023"): a stamp, not text.
DATE_ONLY = re.compile(rf"^(?:(?:publié|mis à jour|date)\s*(?:le|:)?\s*)?(?P<stamp>{_DATE})$", re.IGNORECASE)
# A dateline is looked for in this many first paragraphs.
DATELINE_PARAGRAPHS = 4


def date_stamps(lines: list[str]) -> tuple[str | None, str | None]:
    """ISO dates printed above the text: the last short line (or cell of a "|" bar) holding one
    in the header ("Publié le 25 avril 2023", "communiqué de presse du 29 mars 2017", a headline
    ending in "1999-04-01"), and the one right above the dateline ("15 octobre 2012" /
    "CONAKRY – ...")."""
    header, above = None, None
    text_at = first_paragraph(lines)
    recent: list[str] = []
    for line in lines[:max(text_at, DATELINE_WITHIN)]:
        if not line:
            continue
        if dateline_match(line):
            found = [DATE_SEARCH.search(x) for x in recent[-2:]]
            above = next((m.group(0) for m in reversed(found) if m), None)
            break
        recent.append(line if len(line.split()) <= STAMP_MAX_WORDS and DATE_SEARCH.search(line) else "")
    for line in lines[:text_at]:
        cells = [c for c in BAR_CELL.split(line) if len(c.split()) <= STAMP_MAX_WORDS]
        match = next((m for m in map(DATE_SEARCH.search, cells) if m), None)
        header = iso_date(match.group(0), month_first=is_english(line)) if match else header
    return header, (iso_date(above) if above else None)


def is_english(line: str) -> bool:
    """An English line (a wire's or aggregator's bar): its numeric dates read month first,
    as those sites print them ("04/03/2024 | Press release | Distributed by Public on ...")."""
    found = [w.casefold() for w in boilerplate.words(line)]
    return (not any(w in boilerplate.own_stopwords("French") for w in found)
            and sum(1 for w in found if w in boilerplate.own_stopwords("English")) >= 2)


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening ``line``, if any ("Genève (ots) - Le HCR ..." -> Genève)."""
    match = DATELINE.match(line)
    rest = line[match.end():] if match else ""
    if match is None or not STARTS_SENTENCE.match(rest) and not rest[:1].isdigit():
        match = DATELINE_ALONE.match(line)
    if match is None:
        return None
    if EMAIL.search(line) or phone_numbers(DATE_SEARCH.sub(" ", URL.sub(" ", line))):
        return None  # "Amnesty International France – Service presse – 01 53 ..." is a contact
    first_word = match.group("place").split()[0].casefold()
    if first_word in FRENCH_FUNCTION_WORDS and not (match.group("date") or match.group("paren")):
        return None  # "Le HCR - ..." is a sentence, "Le Caire, le 3 mai -" a dateline
    return match


def find_dateline(paragraphs: list[str], known: dict | None, header_date: str | None = None,
                  above_date: str | None = None) -> dict | None:
    """``{"place", "date"}`` of the dateline opening the article (ISO date where one is
    given); a date stamp just above it, then ``known`` (a page's metadata date), fill a
    missing date; without a place, the date printed above the text or ``known`` makes a
    dateline of its own. A bracket naming a place stays with it ("Ottawa (Ontario)"), an
    agency code does not ("Genève (ots)")."""
    # the dateline opens the text, or follows the deck lines under the headline
    match = next((m for m in map(dateline_match, paragraphs[:DATELINE_PARAGRAPHS]) if m), None)
    known_date = (known or {}).get("date")
    if match is None:
        date = header_date or known_date
        return {"place": "", "date": date} if date else None
    place, paren = match.group("place"), match.group("paren")
    source, _, rest = place.partition(",")
    if rest and source.casefold() in SOURCE_NOUNS:
        place = rest.strip()
    if re.search(r"[^\W\d_]{4}\.$", place):
        place = place[:-1]  # "Perpignan.- ..." (a short "St." keeps its point)
    if paren and re.fullmatch(r"[A-ZÀ-ÝŒ][a-zà-ÿ][^()]*", paren):
        place = f"{place} ({paren})"
    date = iso_date(match.group("date")) if match.group("date") else above_date
    return {"place": place, "date": date or known_date}


@lru_cache(maxsize=256)
def iso_date(text: str, month_first: bool = False) -> str | None:
    """"28 février 2022" -> "2022-02-28" (dateparser reads French and English dates); a
    numeric date is day first unless ``month_first``, and read the other way where it can
    only be ("25/03/2024")."""
    import dateparser  # imported here: slow to import, and most texts have no dated dateline

    order = "MDY" if month_first else "DMY"
    parsed = dateparser.parse(text, languages=["fr", "en"],
                              settings={"DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None
