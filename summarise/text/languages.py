"""Language profiles: the one place for what cleaning, segmenting, checks and summaries need to
know of a language, read from the libraries that hold it rather than from hand lists.

A profile is built on first use from CLDR (babel: names of months and days in every locale of the
language, the script's direction, the digits a locale writes), jusText (stop words), pysbd (does it
segment the language) and text2num (does it read the language's number words). What no library
holds (negation words, the headings of a contact block) is in ``language_data.EXTRA``, one entry per
language joined from one table per concern; adding a language is an entry in those tables and a test,
not edits across modules.

    >>> profile("es").months["marzo"], profile("ar").direction
    (3, 'rtl')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import time
from functools import cache, lru_cache

from summarise.text.language_data import EXTRA

# pysbd segments these languages (its own list); others are cut by punctuation alone.
_PYSBD = frozenset(
    {
        "en",
        "hi",
        "mr",
        "zh",
        "es",
        "am",
        "ar",
        "hy",
        "bg",
        "ur",
        "ru",
        "pl",
        "fa",
        "nl",
        "da",
        "fr",
        "my",
        "el",
        "it",
        "ja",
        "de",
        "kk",
        "sk",
    }
)
# jusText's stop-word lists are named in English.
_JUSTEXT_NAMES = {
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "en": "English",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "ru": "Russian",
}


class UnknownLanguage(ValueError):
    """A language code CLDR does not know."""


@dataclass(frozen=True)
class Language:
    """What the stages need to know of one language."""

    code: str  # ISO 639-1, as py3langid and the configs write it
    name: str  # its English name ("Spanish")
    direction: str  # "ltr" or "rtl": how the review page and exports set it
    months: dict[str, int] = field(repr=False)  # every CLDR name and abbreviation, folded -> 1..12
    weekdays: frozenset[str] = field(repr=False)  # every CLDR day name, folded
    stopwords: frozenset[str] = field(repr=False)  # jusText's list and EXTRA's stopwords, casefolded
    # how CLDR writes each month and day name, folded -> as written ("sroda" -> "środa"; "mittwoch" ->
    # "Mittwoch"): the accents and the case the language gives a month or a day
    calendar_spellings: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    negation: tuple[str, ...] = ()  # words that negate on their own, as written ("nicht", "keine")
    # how the language also negates inside a word ("suffix": Turkish "gelmedi", the verb's -me-
    # within it), where ``negation`` cannot read every negation; "" where it negates with words
    negation_in_word: str = ""
    negation_prefixes: tuple[str, ...] = ()  # a prefix that negates the word it starts ("nie": "niedostępny")
    contact_headings: tuple[str, ...] = ()
    function_words: frozenset[str] = field(default=frozenset(), repr=False)
    contact_labels: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    date_labels: tuple[str, ...] = ()  # what a page prints before a date ("Publicado el", "تاريخ النشر")
    widget_prompts: tuple[str, ...] = ()  # a page's widget prompts, casefolded ("deja un comentario")
    closings: tuple[str, ...] = ()  # a letter's closing before its signature, casefolded ("saludos cordiales")
    credit_labels: tuple[str, ...] = ()  # what opens a photo's credit, casefolded ("Foto:", "تصوير:")
    today_words: tuple[str, ...] = ()  # "today" before a weekday names the text's day ("hoy lunes", "اليوم الأحد")
    segmenter: str | None = None  # pysbd's code for it, None when pysbd does not know it
    number_words: bool = False  # text2num reads its number words
    decimal_comma: bool = False  # CLDR's decimal symbol is "," ("1,6"; thousands then "." or a space)
    day_numbers: dict[str, int] = field(default_factory=dict, repr=False)  # weekday name, folded -> 0 (Mon)..6
    coordinators: tuple[str, ...] = ()  # "et", "y", "و": join a list's last item
    coordinator_prefixes: tuple[str, ...] = ()  # of those, the ones written joined to the next word
    clause_words: tuple[str, ...] = ()  # words that open a clause ("qui", "cuando")
    chrome_words: frozenset[str] = field(default=frozenset(), repr=False)  # a page's furniture, casefolded
    infinitive_endings: tuple[str, ...] = ()  # "ar", "er", "ir": a verb before one is no name
    # spelling correspondences with English cognates, (source, English), folded: ("ite", "ity")
    cognate_endings: tuple[tuple[str, str], ...] = ()
    cognate_beginnings: tuple[tuple[str, str], ...] = ()  # before a consonant: ("es", "s")
    # CLDR's words for a part of the day, folded, with the half of the day they name: "de la
    # tarde" "pm", "صباحا" "am" (a word CLDR gives two halves, as "matin" of the night, is left out)
    day_periods: dict[str, str] = field(default_factory=dict, repr=False)
    # a script other than Latin: each letter's Latin consonants in a name passed into English, folded
    # ("ث" "t" or "s"; "" for a letter Latin spelling writes as a vowel or drops), and the prefixes
    # written joined to a word, in the order they stack ("و" then "ب" then the article "ال")
    romanisation: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    proclitics: tuple[tuple[str, ...], ...] = ()
    verb_first: bool = False  # a sentence opens with its verb (Arabic), which English puts after the subject
    script: str = ""  # CLDR's likely script for it, ISO 15924 ("Latn", "Cyrl", "Arab")
    capitalises_nouns: bool = False  # writes its common nouns capitalised (German "Stunden"): no name by its case

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@lru_cache(maxsize=1 << 16)  # the checks fold every word of every sentence; words repeat
def fold(word: str) -> str:
    """Lower case, accents and the abbreviation's full stop dropped: "Févr." -> "fevr"."""
    if word.isascii():  # no accent to strip: NFKD leaves ASCII as it is
        return word.casefold().strip().rstrip(".")
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# wordfreq's "small" lists hold a language's words above this Zipf frequency (once a million
# words), with the same figures as its fuller lists: a tenth of the size to load.
SMALL_LIST_FLOOR = 3.0


@lru_cache(maxsize=65536)  # the checks and the cleaning ask for the same words again and again
def zipf(word: str, lang: str, wordlist: str = "best") -> float:
    """wordfreq's Zipf frequency of a word in a language (log10 of its uses per billion words;
    0 when unknown). ``wordlist="small"``: from the language's small list, 0 for any word at or
    below ``SMALL_LIST_FLOOR`` (a tenth of the memory and the time to load)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang, wordlist=wordlist)
    except (UnicodeError, LookupError, ValueError, ImportError):
        # a lone surrogate; a language wordfreq lacks; one whose word splitter is not installed
        # (wordfreq reads Japanese and Korean through MeCab, an optional package)
        return 0.0


# The commonest words of a language a statistic of its vocabulary is read from, and the share of
# its less common ones (ranked past COMPOUND_FROM) made of two of its words of four letters or
# more, over which the language writes its compounds closed. German and Dutch read 12%, Danish
# and Norwegian 10%, Turkish 9%, Swedish 8%, Hungarian and Finnish 5.5-5.7%; Italian 4.6%,
# Romanian 4.2%, French 4.0%, Indonesian 3.4%, Portuguese 3.3%, Spanish 3.0%, Polish 2.1%,
# Greek 1.7%, Ukrainian, Russian and Czech 0.9-1.3%.
VOCABULARY = 20000
COMPOUND_FROM = 5000
CLOSED_COMPOUNDS = 0.05


@lru_cache(maxsize=64)
def vocabulary(lang: str, n: int = VOCABULARY) -> tuple[str, ...]:
    """wordfreq's ``n`` commonest words of a language, commonest first (empty when wordfreq has
    no list of it)."""
    from wordfreq import top_n_list

    try:
        return tuple(top_n_list(lang, n))
    except (LookupError, ValueError, ImportError):
        return ()


@lru_cache(maxsize=64)
def closed_compounds(lang: str) -> bool:
    """Whether ``lang`` writes compounds as one word ("Diagnose|tools", "deniz|altı"): a share of
    its vocabulary over CLOSED_COMPOUNDS is two of its words of four letters or more."""
    words = vocabulary(lang)
    known = set(words)
    rare = words[COMPOUND_FROM:]
    built = sum(1 for w in rare if any(w[:i] in known and w[i:] in known for i in range(4, len(w) - 3)))
    return bool(rare) and built / len(rare) > CLOSED_COMPOUNDS


# A prefix of a language is a string of 2 to MAX_PREFIX letters that starts at least MIN_PREFIX_WORDS
# of its commonest words whose remainder (4 letters or more) is itself one of them, and at least
# PREFIX_SHARE of all the words it starts: Indonesian "ber" 80% ("ber|main"), "di" 64%, "meng" 38%;
# Romanian "ne" 42%, "re" 27%; French "re" 36%, "sur" 83%. A chance start of many words is not one
# (Spanish "co" 4%, "pr" 5%; Swedish "st" 10%; Indonesian "me" 10%, whose nasal changes the stem).
MAX_PREFIX = 6
MIN_PREFIX_WORDS = 20
PREFIX_SHARE = 0.2


@lru_cache(maxsize=64)
def prefixes(lang: str) -> frozenset[str]:
    """The prefixes of ``lang`` (folded) read from its vocabulary, as its endings are: Indonesian
    "ber", "ter", "di", "meng"; Romanian "ne", "re", "dis" (empty when wordfreq has no list of it)."""
    words = [fold(w) for w in vocabulary(lang)]
    known = set(words)
    starts: dict[str, int] = {}
    built: dict[str, int] = {}
    for word in words:
        for i in range(2, min(MAX_PREFIX, len(word) - 4) + 1):
            starts[word[:i]] = starts.get(word[:i], 0) + 1
            if word[i:] in known and word[:i].isalpha():  # not an elided article ("dell'")
                built[word[:i]] = built.get(word[:i], 0) + 1
    return frozenset(p for p, n in built.items() if n >= MIN_PREFIX_WORDS and n >= PREFIX_SHARE * starts[p])


def _locales(code: str) -> list[str]:
    """Every CLDR locale of a language: "ar" is Egyptian month names, "ar_SY" Levantine ones."""
    from babel import localedata

    return [name for name in localedata.locale_identifiers() if name == code or name.startswith(code + "_")]


def _calendar_names(code: str) -> tuple[dict[str, int], frozenset[str], dict[str, frozenset[str]]]:
    """The months (folded -> number), the weekdays (folded) and how CLDR writes each folded name
    (its case and accents: "mars", "Mittwoch", "środa")."""
    from babel import Locale

    months: dict[str, int] = {}
    days: set[str] = set()
    spellings: dict[str, set[str]] = {}
    for name in _locales(code):
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, month in locale.months.get(context, {}).get(width, {}).items():
                    months.setdefault(fold(month), number)
                    spellings.setdefault(fold(month), set()).add(_written(month))
                for day in locale.days.get(context, {}).get(width, {}).values():
                    days.add(fold(day))
                    spellings.setdefault(fold(day), set()).add(_written(day))
    return months, frozenset(days), {k: frozenset(v) for k, v in spellings.items()}


def _written(name: str) -> str:
    """A CLDR name as written, composed, without the abbreviation's full stop."""
    return unicodedata.normalize("NFC", name.strip().rstrip("."))


@cache
def profile(code: str) -> Language:
    """The profile of a language (``UnknownLanguage`` if CLDR does not know the code)."""
    from babel import Locale, UnknownLocaleError

    code = code.lower().split("-")[0].split("_")[0]
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise UnknownLanguage(
            f"unknown language code {code!r}: give an ISO 639-1 code such as 'fr', 'es' or 'ar'"
        ) from None
    months, days, spellings = _calendar_names(code)
    extra = EXTRA.get(code, {})
    return Language(
        code=code,
        name=locale.english_name or code,
        direction=locale.text_direction,
        months=months,
        weekdays=days,
        calendar_spellings=spellings,
        stopwords=_stopwords(code) | {w.casefold() for w in extra.get("stopwords", ())},
        negation=extra.get("negation", ()),
        negation_in_word=extra.get("negation_in_word", ("",))[0],
        negation_prefixes=tuple(p.casefold() for p in extra.get("negation_prefixes", ())),
        contact_headings=extra.get("contact_headings", ()),
        function_words=frozenset(extra.get("function_words", ())),
        contact_labels=extra.get("contact_labels", ()),
        labels=extra.get("labels", ()),
        date_labels=extra.get("date_labels", ()),
        today_words=extra.get("today_words", ()),
        widget_prompts=tuple(w.casefold() for w in extra.get("widget_prompts", ())),
        closings=tuple(w.casefold() for w in extra.get("closings", ())),
        credit_labels=tuple(w.casefold() for w in extra.get("credit_labels", ())),
        segmenter=code if code in _PYSBD else None,
        number_words=_text2num_reads(code),
        decimal_comma=_decimal_comma(code),
        day_numbers=_day_numbers(code),
        coordinators=extra.get("coordinators") or _cldr_coordinators(locale)[0],
        coordinator_prefixes=extra.get("coordinator_prefixes") or _cldr_coordinators(locale)[1],
        clause_words=extra.get("clause_words", ()),
        chrome_words=frozenset(w.casefold() for entry in extra.get("chrome_words", ()) for w in entry.split()),
        infinitive_endings=extra.get("infinitive_endings", ()),
        cognate_endings=_pairs(extra.get("cognate_endings", ())),
        cognate_beginnings=_pairs(extra.get("cognate_beginnings", ())),
        day_periods=_day_periods(code, extra.get("day_periods", ())),
        romanisation={a: tuple(b.split("|")) for a, b in _pairs(extra.get("romanisation", ()))},
        proclitics=tuple(tuple(layer.split()) for layer in extra.get("proclitics", ())),
        verb_first=extra.get("word_order", ("SVO",))[0].startswith("V"),
        script=likely_script(code),
        capitalises_nouns=_capitalises_nouns(code),
    )


# Common nouns CLDR names in every language (its units' long names): a language that writes most
# of them capitalised ("Stunden", "Tage", "Wochen") capitalises its nouns.
_NOUN_UNITS = ("duration-hour", "duration-day", "duration-week", "duration-month", "length-meter", "volume-liter")


def _capitalises_nouns(code: str) -> bool:
    """Whether ``code`` writes its common nouns capitalised, read from CLDR's unit names."""
    from babel.units import UnknownUnitError, get_unit_name

    capitalised = 0
    for unit in _NOUN_UNITS:
        try:
            name = get_unit_name(unit, length="long", locale=code) or ""
        except (UnknownUnitError, ValueError):
            continue
        capitalised += name[:1].isupper()
    return capitalised * 2 > len(_NOUN_UNITS)


def likely_script(code: str) -> str:
    """CLDR's likely script of a language ("ru" -> "Cyrl"), "" when CLDR has none."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(code, "")
    return next((part for part in likely.split("_")[1:] if len(part) == 4 and part.istitle()), "")


def _cldr_coordinators(locale: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words CLDR's list patterns join a list's last item with ("{0} und {1}", "{0} oder
    {1}"): (written apart, written joined to the item: Arabic "{0} و{1}"). A joint of no letters
    ("{0}、{1}") or written with no space on either side ("{0}和{1}") is none: such a script's
    words are not cut at spaces."""
    apart: list[str] = []
    joined: list[str] = []
    patterns = getattr(locale, "list_patterns", {})
    for kind in ("standard", "or"):
        pattern = patterns.get(kind, {}).get("end", "")
        m = re.fullmatch(r"\{0\}(.*?)\{1\}", pattern)
        if not m:
            continue
        joint = m.group(1).replace("\xa0", " ")
        word = joint.strip(" ,،")
        if not word or not any(c.isalpha() for c in word) or " " in word or joint[:1] not in " ,،":
            continue
        (apart if joint.endswith(" ") else joined).append(word.casefold())
    return tuple(dict.fromkeys(apart)), tuple(dict.fromkeys(joined))


def _decimal_comma(code: str) -> bool:
    """Whether CLDR's decimal symbol of the language is the comma (French, German, Russian...)."""
    from babel.numbers import get_decimal_symbol

    try:
        return get_decimal_symbol(code) == ","
    except (ValueError, TypeError, LookupError):
        return False


def _text2num_reads(code: str) -> bool:
    """Whether text2num reads the language's number words ("veintitrés", "vingt-trois", "dreiundzwanzig")."""
    from text_to_num import alpha2digit

    try:
        alpha2digit("", code)
    except (ValueError, KeyError):
        return False
    return True


def _pairs(entries: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """ "a:b c:d" entries as (a, b) pairs, longest source side first."""
    pairs = [tuple(pair.split(":", 1)) for entry in entries for pair in entry.split()]
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda pair: -len(pair[0])))


def _day_numbers(code: str) -> dict[str, int]:
    """Every CLDR name and abbreviation of the weekdays in every locale of a language, folded,
    with its number (0 Monday .. 6 Sunday)."""
    from babel import Locale

    days: dict[str, int] = {}
    for name in _locales(code):
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, day in locale.days.get(context, {}).get(width, {}).items():
                    days.setdefault(fold(day), number)
    return days


def _day_periods(code: str, extra: tuple[str, ...]) -> dict[str, str]:
    """Every CLDR name of a part of the day in every locale of a language ("du soir", "de la
    tarde", "صباحًا"), folded, with the half of the day its hours fall in (CLDR's rules: "night"
    is before dawn in French, before midnight in Spanish, and either in use: left out, as is
    midnight); and ``extra``'s "word:half" pairs. Narrow forms ("a", "mid") are no words."""
    from babel import Locale
    from babel.dates import get_period_id

    halves: dict[str, set[str]] = {}
    for name in _locales(code):
        locale = Locale.parse(name)
        hours: dict[str, set[str]] = {"am": {"am"}, "pm": {"pm"}}
        for hour in range(24):
            period = get_period_id(time(hour), locale=locale)
            if not period.startswith(("night", "midnight")):
                hours.setdefault(period, set()).add("am" if hour < 12 else "pm")
        for widths in locale.day_periods.values():
            for width in ("wide", "abbreviated"):
                for period, word in widths.get(width, {}).items():
                    if period in hours and len(fold(word).strip(". ")) > 2:
                        halves.setdefault(fold(word), set()).update(hours[period])
    for word, half in _pairs(extra):
        halves.setdefault(fold(word), set()).add(half)
    return {word: next(iter(h)) for word, h in halves.items() if len(h) == 1}


def _stopwords(code: str) -> frozenset[str]:
    import justext

    name = _JUSTEXT_NAMES.get(code) or profile_name(code)
    if name not in justext.get_stoplists():
        return frozenset()
    return frozenset(w.casefold() for w in justext.get_stoplist(name))


def profile_name(code: str) -> str:
    from babel import Locale

    return Locale.parse(code).english_name or code


# Digits of other scripts, read as ASCII digits: Arabic-Indic "٣٤" and Persian "۳۴" are 34.
_DIGITS = {ord(c): str(unicodedata.digit(c)) for c in "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"}
# The Arabic decimal and thousands separators and percent sign.
_DIGITS.update({ord("٫"): ".", ord("٬"): ",", ord("٪"): "%"})

_OTHER_DIGITS_RE = re.compile("[" + "".join(chr(c) for c in sorted(_DIGITS)) + "]")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts as ASCII digits (the same length)."""
    if not _OTHER_DIGITS_RE.search(text):  # nothing to map: skip translate's walk over every character
        return text
    return text.translate(_DIGITS)


@lru_cache(maxsize=1)
def _language_aliases() -> dict[str, str]:
    """CLDR's language aliases (babel): every ISO 639-2/3 code of a language with a two-letter
    code ("fra", "spa", "arb", "pes", "swh", "zsm", "npi", ...) and the retired two-letter codes
    ("iw", "in") -> the code CLDR uses. A many-to-one model's vocabulary (NLLB-200's "fra_Latn",
    "pes_Arab") thus reads as the codes cleaning detects; a language CLDR gives no shorter code
    (Egyptian Arabic "arz") keeps its own."""
    from babel.core import get_global

    return {alias: target.split("_")[0].lower() for alias, target in get_global("language_aliases").items()}


def primary_language(code: str) -> str:
    """ "fr_XX" / "fra_Latn" / "fr" -> "fr"."""
    head = code.split("_")[0].split("-")[0].lower()
    return _language_aliases().get(head, head)


def is_language(code: str) -> bool:
    """Whether CLDR knows ``code`` as a language ("es", "ar"; not "xx"), without building its
    profile (what config validation needs before anything loads)."""
    from babel import Locale, UnknownLocaleError

    if not code or not code.isalpha() or code != code.lower() or len(code) not in (2, 3):
        return False
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def native_name(code: str) -> str:
    """A language's name in itself, capitalised ("Français", "Español", "العربية"); the code
    when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]
