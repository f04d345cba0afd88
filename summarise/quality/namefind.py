"""Where a text names something: the proper names, acronyms and codes of a sentence as spans
(a capitalised word inside a sentence or after a title, a sentence's first word when it is no
word of the source language, an acronym or a code), and the runs they make. What the names
check (``names``), the names the output adds (``addednames``) and the summary check read."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from summarise.quality.flags import fold
from summarise.quality.latinlists import latin_lists, other_zipf
from summarise.quality.namematch import CODE_RE, translations
from summarise.quality.nametables import (
    DAY_NAMES,
    EN_MONTHS,
    NO_NAME_CAPITALISED,
    TITLES,
    english_grammar_word,
    latin_script,
    stop_word_names,
    zipf,
)
from summarise.quality.numbers import ROMAN_ORDINAL_RE, money_scale_spans
from summarise.quality.numwords import word_numbers
from summarise.text.languages import MAX_PREFIX, closed_compounds, prefixes, profile, vocabulary
from summarise.text.patterns import FUNCTION_WORDS

# A capitalised word whose Zipf frequency (wordfreq: log10 of uses per billion words) is
# this much higher in French than in English is a French word ("Terre", "Jeux",
# "Allemands", "Londres", "PDG"): a correct translation translates it, so its absence
# is only a note. Names English writes the same ("Paris" 5.7 fr / 4.8 en, "Costello",
# "NASA", "Kingston") are kept by a translation: their absence is critical.
FRENCH_WORD_MARGIN = 1.0
# ...and only when it is a real French word at all (rare names are rare in both), or
# one English never writes that French writes often enough to be a French word
# ("Groenlandais" 2.1, "Pendjab" 2.4; the surname "Jarque" is 1.1).
MIN_FRENCH_ZIPF = 3.0
MIN_NEVER_ENGLISH_ZIPF = 2.0
# A sentence's first word is read as a name when it is at most this much more frequent
# in French than in English. On FLORES dev (sources vs. the human English), 62 of the 65
# first words that the reference copies pass, and 2 of the 936 it does not copy.
NAME_AT_START_MARGIN = 0.5
# A sentence's first word spelt with the accents of the source language (not French, where
# the margin above was measured) and at least this frequent there is a word of it, whatever
# English makes of the letters ("Marcó" is "marked", not the name Marco).
MIN_SOURCE_WORD_AT_START = 3.5

# A word: letters (accented included) with inner hyphens or apostrophes, so that
# "Sainte-Lucie", "Port-d'Espagne" and "l'OIM" are one word each.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A Roman numeral of I, V and X ("siglo XVIII", "World War II"): a number, not an acronym.
ROMAN_NUMERAL_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# French elision in front of a name: "l'OIM", "d'Haïti", "qu'UNICEF".
ELISION_RE = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
# English possessive after a name: "IOM's" is IOM.
POSSESSIVE_RE = re.compile(r"'s$")
# What may stand between a sentence boundary and the sentence's first word: spaces of
# every kind, opening quotes and brackets, bullets, and the dash of a dateline
# ("Genève - Le ...", "« Elle", ": « Cela").
_LEAD = " \t\n\u00a0\u202f\u2009«“\"'‘„‹(*•·-–—"
# A courtesy or professional title, abbreviated or written out: the capitalised words after it are a
# person's name ("M. Costello", "Mme Roy", "le Dr Martin", "la señora Fernández"), no sentence start.
TITLE_RE = re.compile(
    rf"(?<![\w.])(?:(?:{TITLES})\.?"
    r"|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Ss]eñora?|[Ss]eñorita|[Dd]oña)$"
)
# Abbreviations a full stop does not end a sentence after (titles, "St.", an initial "J.").
ABBREVIATION_RE = re.compile(rf"(?<![\w.])(?:{TITLES}|St|Ste|etc|av|[A-Z])\.$")


def frequency_margin(word: str, lang: str) -> tuple[float, float]:
    """(Zipf frequency of the word as written, lower case, in the source language; how much
    more frequent it is there than in English, accents stripped)."""
    here = zipf(word, lang)  # wordfreq lowers the case as the language does (Turkish "Isınma": "ısınma")
    return here, here - zipf(fold(word), "en")


def source_word(word: str, lang: str = "fr", inside: bool = False) -> bool:
    """Whether a capitalised word is first a word of the source language ("Terre", "Jeux",
    "Allemands", "Londres", "PDG"; "Guerra", "Mundial"), so that a correct translation
    translates it. A Latin-script word in an Arabic source is never an Arabic word. ``inside``:
    the word stands inside a sentence of a language that capitalises no common noun and writes no
    closed compound, where its capital is evidence of a name (``built_of_words``)."""
    if not latin_script(lang):
        return False
    here, margin = frequency_margin(word, lang)
    never_english = zipf(fold(word), "en") == 0 and here >= MIN_NEVER_ENGLISH_ZIPF  # "Groenlandais", "Égée"
    english_grammar = here >= MIN_FRENCH_ZIPF and english_grammar_word(word, lang, FRENCH_WORD_MARGIN)
    # a form or compound of its words that wordfreq does not list ("Postanesi", "Feribotu"), of a
    # part at least as frequent there as in English (not the surname "Siriporn": "porn")
    return (
        (margin >= FRENCH_WORD_MARGIN and (here >= MIN_FRENCH_ZIPF or never_english))
        or english_grammar
        or built_of_words(word, lang, 0.0, inside)
    )


def french_word(word: str) -> bool:
    """``source_word`` for French (kept for callers of the French-only checks)."""
    return source_word(word, "fr")


def acronym_not_word(text: str, start: int, word: str, lang: str) -> bool:
    """An acronym inside a sentence whose lower case is one of the language's function words:
    "la ESA" is the agency, not "esa" (that). At a sentence's start a word in capitals may be
    the first word set in capitals ("EL Reino de Camboya")."""
    return word.isupper() and _function_word(fold(word), lang) and not at_sentence_start(text, start)


def _function_word(key: str, lang: str) -> bool:
    """A function word of the source language (jusText's stop words: "El", "Los", "Por",
    "Cette"), or of the shared French/English list: never a name."""
    return key in FUNCTION_WORDS or key in _stopwords(lang)


@lru_cache(maxsize=16)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in profile(lang).stopwords) - stop_word_names(lang)  # not "Paris", "Mars"


# A word at least this frequent (Zipf) is one of the language's commonest words, its grammar
# (pronouns, auxiliaries: Spanish "Me", "Son", "Sea"): a word wherever it stands.
GRAMMAR_WORD_ZIPF = 5.5


def _name_at_start(word: str, lang: str = "fr", heading: bool = False) -> bool:
    """A sentence's first word is a name when English uses it about as much as the source
    language ("Nadal", "John", "Jérusalem"), not when it is a word of that language ("Cette",
    "Même", "Para"), one of its function words ("El", "Los"), or a form of its words that
    wordfreq does not list (``built_of_words``); nor when it is a word the language shares with
    English (``shared_with_english``) that is one of its commonest ("Me quedé allí") or the
    whole segment, a heading ("Répercussions")."""
    if _function_word(fold(word), lang) or word_numbers(word.lower(), lang):
        return False  # "Miles de personas" (thousands of people), "Once" (eleven): number words
    here, margin = frequency_margin(word, lang)
    # written with the source language's accents and common there: its word ("Marcó"), not a name
    accented = fold(word) != word.lower() and latin_script(lang) and lang != "fr"
    return (
        margin < NAME_AT_START_MARGIN
        and not (accented and here >= MIN_SOURCE_WORD_AT_START)
        and not built_of_words(word, lang)
        and not ((heading or here >= GRAMMAR_WORD_ZIPF) and shared_with_english(word, lang))
    )


# A word wordfreq does not list in the source language (under this Zipf frequency) may still be one
# of its words: an inflected form (Turkish "Denizaltılar", submarines: "denizaltı" + "lar"; Polish
# "Odkręcenie") or a compound (German "Tintenstrahldruckern": "Tinte..." + "...druckern"). It is
# one when it starts or ends with a word of the language of this many letters or more, at least
# this frequent there and not markedly less frequent there than in English ("Basis", "Park"; not
# "John" or "Town", English words that a name may be built of).
UNLISTED_ZIPF = 1.0
MIN_WORD_PART = 4
# An ending is a string of at most MAX_ENDING letters that ends this many of the language's
# commonest words.
MAX_ENDING = 8
MIN_ENDING_WORDS = 20
# Of two endings in a row (a derivation and its inflection), the first has at least this many letters.
MIN_FIRST_ENDING = 2
MIN_PART_ZIPF = 3.0
PART_MARGIN = -0.5


def built_of_words(word: str, lang: str, part_margin: float = PART_MARGIN, inside: bool = False) -> bool:
    """Whether a word wordfreq lists neither in the source language nor in English is a form or a
    compound of its words: it starts with one and goes on with one of the language's endings
    ("Denizaltı|lar", "Postane|si"), or it is one after a common word of the language (a prefix:
    "Entre|veían"), or after one of its prefixes (``_after_prefix``). Two endings in a row count as
    one where one of its commonest words ends with both ("Aktivis|me|nya"). In a language that
    writes compounds closed (``languages.closed_compounds``: German, Dutch, Turkish...) any word it
    starts or ends with will do (a compound's head, "Tintenstrahl|druckern"). A name is seldom built
    so ("Tutenchamonem", "Chandrayaan"; not "Trou|borst", "Zam|pino" in French and Spanish, which
    write no closed compounds); one that is may be told from a word by no list, and the check
    abstains on it. ``inside`` a sentence of a language that capitalises no common noun and writes
    no closed compound the capital says a name, and the parts must say more: a word before a word is
    one of the language's own by the margin too ("Jan|dura": "jan" is commoner in English)."""
    if not latin_script(lang) or len(word) < MIN_WORD_PART + 2:
        return False
    if zipf(word, lang) >= UNLISTED_ZIPF or zipf(fold(word), "en") >= UNLISTED_ZIPF:
        return False  # a listed word, of the language or of English ("Harbour" in a Turkish name)
    compounds = closed_compounds(lang)
    for i in range(MIN_WORD_PART, len(word) - 1):
        for part, rest, ending in ((word[:i], word[i:], True), (word[len(word) - i :], word[: len(word) - i], False)):
            if not _word_part(part, lang, part_margin):
                continue
            if inside and not ending and not _word_part(rest, lang, part_margin):
                continue
            if compounds or (_endings(rest, lang) if ending else zipf(rest, lang) >= MIN_PART_ZIPF):
                return True
    return _after_prefix(word, lang, part_margin)


def _word_part(part: str, lang: str, part_margin: float) -> bool:
    """A part a word no list holds may be built on: a word of the language at least MIN_PART_ZIPF
    frequent there, and not part_margin less frequent there than in English."""
    here = zipf(part, lang)
    return here >= MIN_PART_ZIPF and here - zipf(fold(part), "en") >= part_margin


def _after_prefix(word: str, lang: str, part_margin: float) -> bool:
    """Whether a word starts with one of the language's prefixes (``languages.prefixes``, read from
    its vocabulary) and goes on with one of its words, or with one of its words and its endings:
    Romanian "Ne|vaccin|ații" (the unvaccinated). A language's prefixes (Indonesian "ber", "ter",
    "meng"; Romanian "ne", "re") are mostly no words of their own, which the test of a common word
    before a word's end misses."""
    for i in range(2, min(MAX_PREFIX, len(word) - MIN_WORD_PART) + 1):
        if fold(word[:i]) not in prefixes(lang):
            continue
        rest = word[i:]
        if _word_part(rest, lang, part_margin) or any(
            _word_part(rest[:j], lang, part_margin) and _endings(rest[j:], lang)
            for j in range(MIN_WORD_PART, len(rest) - 1)
        ):
            return True
    return False


@lru_cache(maxsize=16)
def _reversed_vocabulary(lang: str) -> list[str]:
    """The language's commonest words (``languages.vocabulary``), folded, each written backwards,
    sorted: the words that end with a string are then one run of the list."""
    return sorted(fold(word)[::-1] for word in vocabulary(lang))


def _endings(tail: str, lang: str) -> bool:
    """Whether ``tail`` is one of the language's endings, or two in a row that one of its commonest
    words ends with too: a derivation and its inflection ("Aktivis|me|nya", his activism;
    "Drum|eț|ia", the hiking; not "Villa|se|ca", which no French word ends with)."""
    return _ending(tail, lang) or (
        _ending(tail, lang, 1)
        and any(_ending(tail[:i], lang) and _ending(tail[i:], lang) for i in range(MIN_FIRST_ENDING, len(tail) - 1))
    )


def _ending(tail: str, lang: str, words_needed: int = MIN_ENDING_WORDS) -> bool:
    """Whether ``tail`` is an ending of ``lang``, of at most MAX_ENDING letters: at least
    MIN_ENDING_WORDS of its commonest words end with it ("Postane|si", "Katalon|ii"; not
    "Trou|borst")."""
    if len(tail) > MAX_ENDING:
        return False
    words, key = _reversed_vocabulary(lang), fold(tail)[::-1]
    first = bisect_left(words, key)
    return first + words_needed <= len(words) and words[first + words_needed - 1].startswith(key)


# A name is written alike in many languages, about as often in each ("Obama", "Nadal", "Berlin");
# a common noun that the source language shares with English ("Problem", "Hand", "Station" in
# German) is rarer in the others, which have their own word. A capitalised word is a name, where
# the capital says nothing of it (every noun has one), when English writes it at most this much
# more than the median of the other languages in Latin letters that wordfreq lists.
INTERNATIONAL_MARGIN = 0.9
COMMON_ENGLISH_ZIPF = 3.0


def international(word: str, lang: str, folded: bool = False) -> bool:
    """Whether English writes ``word`` about as often as the other languages in Latin letters do
    (bar the source language): a name, not a common word the source shares with English. Asked of
    a word common in English only (``COMMON_ENGLISH_ZIPF``): a rarer name ("Raonic", "Enceladus")
    is missing from the smaller lists, which says nothing of it.

    ``folded``: a common word of the source language at a sentence's or a heading's start, with
    its accents compared without them too ("Jérusalem" is "Jerusalem" in English and in the
    others, "Répercussions" is "repercussions" in English alone). Where the language does not
    capitalise its nouns it is weighed against the other languages' common words only (wordfreq's
    small lists, ``languages.SMALL_LIST_FLOOR``): a name is common in them as in English, and the
    small lists load in a tenth of the time and memory of the full ones, which a French or Spanish
    run then never reads (German reads the full ones for every capitalised noun anyway)."""
    if zipf(fold(word), "en") < COMMON_ENGLISH_ZIPF:
        return True
    forms = (word, fold(word)) if folded else (word,)
    wordlist = "small" if folded and not profile(lang).capitalises_nouns else "best"
    codes, english = [c for c in latin_lists() if c not in (lang, "en")], max(zipf(f, "en") for f in forms)
    # each list read loads it: read until the lower middle value is within the margin or the upper one is not
    others: list[float] = []
    for code in codes:
        others.append(max(other_zipf(f, code, wordlist) for f in forms))  # the small lists from a table
        near = sum(english - value <= INTERNATIONAL_MARGIN for value in others)
        if near >= len(codes) - (len(codes) - 1) // 2 or len(others) - near > len(codes) // 2:
            return near >= len(codes) - (len(codes) - 1) // 2
    if not others:
        return True
    others.sort()
    return english - (others[(len(others) - 1) // 2] + others[len(others) // 2]) / 2 <= INTERNATIONAL_MARGIN


# A word of the source language at least this frequent (Zipf) is a common word there, when it
# is not markedly more frequent in English: "Real" (-0.2), "Supervisión" (0.1) are Spanish
# words; "Harvard" (-0.3), "York" (-0.4), "Virginia" (-0.7) are English names; "Modern" (3.3 in
# French, 5.0 in English) is an English word that French pages quote.
MIN_COMMON_WORD = 3.5
MIN_COMMON_WORD_MARGIN = -0.25


def common_word(word: str, lang: str) -> bool:
    """Whether a word is a common word of the source language (``MIN_COMMON_WORD``), written in
    Latin letters."""
    here, margin = frequency_margin(word, lang)
    return latin_script(lang) and here >= MIN_COMMON_WORD and margin >= MIN_COMMON_WORD_MARGIN


def shared_with_english(word: str, lang: str) -> bool:
    """A common word of the source language that English writes alike, and no name: English
    writes it markedly more than the other languages in Latin letters do (Spanish "Me", French
    "Répercussions", "Défense", "Justice"), where a name is written alike in all of them
    ("Microsoft", "Paris", "Berlin"). Its capital is a sentence's or a heading's, or an
    institution's ("le ministère de la Défense"): it says nothing of a name."""
    return (
        common_word(word, lang)
        and not translations(fold(word), lang)  # "Canada", "Suède": names CLDR knows
        and not international(word, lang, folded=True)
    )


def _before_infinitive(text: str, end: int, lang: str) -> bool:
    """Whether a sentence's first word is followed by an infinitive of the source language: then
    it is a verb ("Procure asegurarse", "Intente llegar"), which English may write alike
    ("procure"), and no name ("Costello dijo")."""
    endings = profile(lang).infinitive_endings
    m = re.match(r"[ \u00a0]+([^\W\d_A-ZÀ-Þ]{4,})\b", text[end:])
    if not (endings and m and m.group(1).endswith(endings)):
        return False
    word = fold(m.group(1))  # a verb of the stop-word list ("tener") counts; a preposition ("entre") not
    return word not in FUNCTION_WORDS and word not in {fold(w) for w in profile(lang).function_words}


def at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(_LEAD)
    if not before:
        return True
    # and Spanish "¿", "¡" open a question, an exclamation, capitalised as a sentence ("¿Compusiste")
    if before[-1] in "!?…:;¿¡":
        return True
    return before[-1] == "." and not ABBREVIATION_RE.search(before)


def after_title(text: str, pos: int) -> bool:
    """Whether a courtesy or professional title stands right before ``pos`` ("M. Costello")."""
    return bool(TITLE_RE.search(text[:pos].rstrip(_LEAD)))


# After a name, a generational suffix: "Piquet Jr.", "Nelson Piquet Sr".
NAME_SUFFIX_RE = re.compile(r"[ \u00a0]+(?:Jr|Sr|Jnr|Snr)\b")


def name_by_form(text: str, end: int, part: str) -> bool:
    """A word that is a name by its form wherever it stands, even first in a sentence
    and even when it is also a French word: a capital inside it ("MetroRail", "McDonald")
    or a generational suffix after it ("Piquet Jr.")."""
    return (any(c.isupper() for c in part[1:]) and not part.isupper()) or bool(NAME_SUFFIX_RE.match(text, end))


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


# A name with an ending after an apostrophe, in lower case: the case suffixes of Turkish
# ("Whitehall'daki", "Parti'nin", "Meydanı'nı") and of a foreign name in Polish ("Kennedy'ego").
SUFFIX_RE = re.compile(r"(?<=[^\W\d_])'[^\W\d_A-ZÀ-ÞİĞŞ]+$")


def bare_name(word: str) -> str:
    """A word less what is written to it with an apostrophe around a name: a French elided article
    in front ("l'OIM"), a case suffix or possessive after ("Whitehall'daki", "IOM's")."""
    word = ELISION_RE.sub("", POSSESSIVE_RE.sub("", word.replace("’", "'")))
    return SUFFIX_RE.sub("", word)


def _name_parts(word: str, lang: str = "fr") -> list[str]:
    """The name-like parts of one word: "Trinité-et-Tobago" -> Trinité, Tobago."""
    word = bare_name(word)
    if translations(fold(word), lang):
        return [word]
    parts = [ELISION_RE.sub("", p) for p in word.split("-")]
    return [p for p in parts if p[:1].isupper()]


def _not_a_name(key: str, lang: str = "fr") -> bool:
    """Institution nouns, days, English months and the source language's function words;
    French writes its months in lower case, so a capitalised "Mars" inside a sentence is
    the planet."""
    return (
        key in NO_NAME_CAPITALISED.get(lang, frozenset())
        or key in EN_MONTHS
        or key in DAY_NAMES
        or key in profile(lang).weekdays
        or (key in _stopwords(lang) and not translations(key, lang) and not _english_word(key, lang))
    )


# jusText's stop-word lists are the frequent words of web pages in the language, some of them
# English names and words ("John", "New"; and "France", a country CLDR knows): a word of the
# list markedly more frequent in English than in the language is a name copied from English.
ENGLISH_STOPWORD_MARGIN = -0.3


def _english_word(key: str, lang: str) -> bool:
    return zipf(key, lang) - zipf(key, "en") <= ENGLISH_STOPWORD_MARGIN


def _latin(word: str) -> bool:
    """Written in Latin letters (a name in an Arabic source that the output must keep)."""
    return all(c < "\u0250" for c in word if c.isalpha())


def _roman_numeral(word: str) -> bool:
    """ "XVIII" in "siglo XVIII", "II": a number, not an acronym."""
    return len(word) >= 2 and ROMAN_NUMERAL_RE.fullmatch(word) is not None


def names(text: str, starts: bool = True, lang: str = "fr") -> list[tuple[int, int, str]]:
    """Proper names in ``text`` as (start, end, name): acronyms and codes anywhere,
    capitalised words inside a sentence or after a title (M., Mme, Dr), and a sentence's
    first word when it is no French word ("Costello a dit", not "Cette"), minus
    institution nouns, months and days. ``starts=False`` skips every sentence's first
    word (English text, where the frequency test does not apply). Arabic has no capitals:
    in an Arabic source only words in Latin letters are names (a name in Arabic script
    cannot be compared by its form, so it is not checked)."""
    latin_only = not latin_script(lang)
    nouns_capitalised = profile(lang).capitalises_nouns
    shouting = None  # whether the text is written in capitals, read at its first acronym
    found = []
    for m in CODE_RE.finditer(text):
        if not clock_time(m.group()):
            found.append((m.start(), m.end(), m.group()))
    codes = [(s, e) for s, e, _ in found] + money_scale_spans(text, lang)  # and "Md" of "4,5 Md$", a scale
    for m in WORD_RE.finditer(text):
        if m.group().islower() or any(s <= m.start() < e for s, e in codes):
            continue  # a word with no capital is never a name here
        # where every noun has a capital (German), a word inside a sentence is read as a first one is
        start = (at_sentence_start(text, m.start()) or nouns_capitalised) and not after_title(text, m.start())
        if start and "'" in m.group().replace("’", "'") and zipf(m.group(), lang) >= MIN_FRENCH_ZIPF:
            continue  # an elided word that opens a sentence, a word of the language as written ("All'inizio")
        if latin_only and not _latin(m.group()):
            continue
        heading = start and text.strip(_LEAD + ".!?:;…»”") == m.group()  # a segment of one word
        for part in _name_parts(m.group(), lang):
            key = fold(part)
            if ROMAN_ORDINAL_RE.fullmatch(part) or len(part) < 2 or _roman_numeral(part):  # "XXIe siècle"
                continue
            acronym = part.isupper()
            if acronym and not (shouting := _mostly_upper(text) if shouting is None else shouting):
                found.append((m.start(), m.end(), part))
            elif (
                not acronym
                and part[0].isupper()
                and not _not_a_name(key, lang)
                and (
                    latin_only
                    or not start
                    or (
                        starts
                        and (
                            (
                                _name_at_start(part, lang, heading)
                                and not _before_infinitive(text, m.end(), lang)
                                and not (nouns_capitalised and not international(part, lang))
                            )
                            or name_by_form(text, m.end(), part)
                        )
                    )
                )
            ):
                found.append((m.start(), m.end(), part))
            start = nouns_capitalised  # later parts of a hyphenated word are not at a sentence start
    return sorted(found)


# A clock time of the 24-hour clock written with the hour's letter ("17H00", "21h30"), as French
# news writes it (CLDR's Canadian French "HH 'h' mm"): the number check reads it (``TIME_RE``).
CLOCK_CODE_RE = re.compile(r"(?:[01]?\d|2[0-4])[hH][0-5]\d")


def clock_time(code: str) -> bool:
    """Whether a code of letters and digits is a clock time ("17H00" -> "5 p.m."), no name: the
    output writes the hour its own way, and the number check compares it."""
    return CLOCK_CODE_RE.fullmatch(code) is not None


def group_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Names separated only by spaces in ``text`` as one group: "Ricky", "Martin"."""
    groups: list[list[tuple[int, int, str]]] = []
    for span in spans:
        if groups and (groups[-1][-1][1] == span[0] or not text[groups[-1][-1][1] : span[0]].strip(_LEAD[:6])):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def labels(groups: list[list[tuple[int, int, str]]]) -> list[str]:
    out = []
    for g in groups:
        label = " ".join(dict.fromkeys(p for _, _, p in g))
        if label not in out:
            out.append(label)
    return out
