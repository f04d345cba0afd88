"""A missing name the source language writes more often than English: translated, or dropped?

The names check reads a capitalised word that the source language writes markedly more often than
English (``namefind.source_word``: "Terre", "Jeux", "Londres") as one a translation may translate,
and its absence as a note. Many of them are names English writes too, less often: places, people,
companies of the source's country ("Sinaloa", "Sabadell", "Sarkozy"). Translated, such a name
becomes another name (an exonym, "Sevilla" -> "Seville"; "Diablos Rojos" -> "Red Devils") or a
common noun of its sense ("l'Avent" -> "advent"); when the output writes neither, the name was
dropped (``dropped_not_translated``). A name of the output that English writes less often than the
source's name, or a country the source does not name, is no translation of it: it was put in its
place (``may_render``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarise.quality.cognates import has_counterpart, output_words
from summarise.quality.flags import fold
from summarise.quality.namefind import (
    FRENCH_WORD_MARGIN,
    GRAMMAR_WORD_ZIPF,
    MIN_FRENCH_ZIPF,
    at_sentence_start,
    common_word,
    frequency_margin,
    international,
)
from summarise.quality.namematch import name_found, translations, words_of
from summarise.quality.nametables import DAY_NAMES, EN_MONTHS, english_country_names, english_month, latin_script
from summarise.text.languages import profile, zipf

# The titles English writes before a person's name.
ENGLISH_TITLE_RE = r"(?:Mr|Mrs|Ms|Miss|Mister|Dr|Doctor|Prof|Professor|Sir|Dame|Lord|Lady|Madam|Madame)\.?"

# A name English pages write at least a hundredth as often as the source language's pages (a Zipf
# margin under 2): a place, person or company English writes too ("Sinaloa" 1.1, "Sabadell" 1.6,
# "Sarkozy" 1.8), where English pages hardly write a common word of the source ("Gobierno" 3.9,
# "Jeux" 3.0, "Londres" 2.7, "Terre" 2.3).
NAME_IN_ENGLISH_MARGIN = 2.0

# A capitalised word of the output: letters, with inner hyphens ("Mexican-Americans"; a
# possessive's "'s" is not part of it).
_CAPITALISED_RE = re.compile(r"\b[A-Z][^\W\d_]*(?:-[^\W\d_]+)*")
# A capitalised word right after a word: the word opens a name of several words.
_OPENS_A_NAME_RE = re.compile(r"[ \u00a0]+[A-Z\u00c0-\u00de]")
# A word of the output written in lower case.
_WORD_RE = re.compile(r"[^\W\d_]+")

Span = tuple[int, int, str]


def english_writes_it(src: str, span: Span, lang: str) -> bool:
    """A capitalised word inside a sentence, a word of the source language by the margin alone
    (``FRENCH_WORD_MARGIN``, at least ``MIN_FRENCH_ZIPF`` frequent; one of its commonest words,
    ``GRAMMAR_WORD_ZIPF``, not where it opens a name: "Ma Ying", "La Leona") that English pages write too, a
    hundredth as often or more (``NAME_IN_ENGLISH_MARGIN``), and that CLDR translates to no English
    name (a country: "Suède" -> "Sweden"). Not an acronym: an institution's, which English writes
    as its own ("l'UE" -> "the EU", "the European Union")."""
    start, end, name = span
    if name.isupper() or at_sentence_start(src, start):
        return False
    here, margin = frequency_margin(name, lang)
    if here >= GRAMMAR_WORD_ZIPF and _OPENS_A_NAME_RE.match(src, end):
        return False  # one of its commonest words, its grammar, opening a name ("Ma Ying", "La Leona")
    return (
        here >= MIN_FRENCH_ZIPF
        and FRENCH_WORD_MARGIN <= margin < NAME_IN_ENGLISH_MARGIN
        and not translations(fold(name), lang)
    )


def uncopied_capitals(src: str, tgt: str, lang: str) -> list[str]:
    """The output's capitalised words inside a sentence that the source does not write: what a
    name of the source may have become ("Pekín" -> "Beijing", "Diablos Rojos" -> "Red Devils",
    "Noël" -> "Christmas"). English titles, months and days, which English capitalises where the
    source language does not, and "I" are not counted, nor a cognate of a word the source writes
    in lower case (``cognates.has_counterpart``)."""
    written = words_of(src)
    capitals = [
        m.group()
        for m in _CAPITALISED_RE.finditer(tgt)
        if not at_sentence_start(tgt, m.start())
        and m.group() != "I"
        and not re.fullmatch(ENGLISH_TITLE_RE, m.group())
        and fold(m.group()) not in EN_MONTHS
        and fold(m.group()) not in DAY_NAMES
        and not set(re.findall(r"[a-z0-9]+", fold(m.group()))) <= written
    ]
    if not capitals:
        return []
    # a title or adjective English capitalises, a cognate of a source word in lower case ("el
    # presidente Ortega" -> "President Ortega", "calendrier maya" -> "Mayan calendar")
    lower = {w for w in _WORD_RE.findall(src) if w.islower()}
    return [c for c in capitals if not any(has_counterpart(w, lang, output_words(c)) for w in lower)]


def may_render(word: str, name: str, lang: str = "fr") -> bool:
    """Whether a capitalised word of the output that the source does not write
    (``uncopied_capitals``) may be what the source's ``name`` became in English: English's own form of
    a name, which English pages write more often than the source's form and more often than the
    source language's pages write it ("Beijing" for "Pekín", "Devils" for "Diablos", "Christmas" for
    "Noël": that is why English has it). A name English writes less often than the source's, or not
    at all ("Nevada" for "Ma", "Dutil" for "Sarkozy"), or that the source language writes as often
    as English (a name written alike in both: "Bonn" for "Chatel"), was put in its place; so was a
    country CLDR names in one word ("Canada", "Serbia"): the source names a country in its
    language's CLDR form ("Dinamarca"), which the names check reads as that country, and a country
    the source names in no form stands for none of its names."""
    key = fold(word)
    english = zipf(key, "en")
    return key not in english_country_names() and english > zipf(fold(name), "en") and english > zipf(word, lang)


def dropped_not_translated(
    src: str, group: list[Span], tgt: str, lang: str, translatable: Callable[[str, Span, str], bool]
) -> bool:
    """Whether a run of missing names (``group``) holds a name English writes too
    (``english_writes_it``) that the output neither wrote as another name (it has no capitalised
    word the source lacks, ``uncopied_capitals``, that may stand for it: ``may_render``) nor as a
    common noun of the same root (``cognates.has_counterpart`` on its lower-case words): then it was
    dropped. ``translatable``: the names check's test of a common word inside an institution's
    descriptive name ("Real Sociedad"), which a translation translates word by word."""
    if not latin_script(lang):
        return False
    candidates = [s for s in group if english_writes_it(src, s, lang) and not translatable(src, s, lang)]
    if not candidates:
        return False
    capitals = uncopied_capitals(src, tgt, lang)
    lower = output_words(" ".join(w for w in _WORD_RE.findall(tgt) if w.islower()))
    return any(
        not any(may_render(c, s[2], lang) for c in capitals) and not has_counterpart(s[2], lang, lower)
        for s in candidates
    )


def compound_translated(src: str, span: Span, tgt: str, lang: str) -> bool:
    """A capitalised part of a hyphenated word whose other part says it is a common noun of the
    source language, which a translation translates: the word ends in a common word in lower case
    (a title or common compound capitalised at a sentence's or a heading's start: "El Vice-alcalde"
    -> "Deputy Mayor"; a name's last part is capitalised, "Rennes-le-Château"), or the output keeps
    the compound with as many parts, its other parts as written, and this part, a common word of
    the language, in another word ("Auda-Taller" -> "Auda-Workshop")."""
    start, end, name = span
    parts = src[start:end].split("-")
    if len(parts) < 2 or name.isupper() or not any(fold(p) == fold(name) for p in parts):
        return False
    if parts[-1].islower() and common_word(parts[-1], lang):
        return True
    if not common_word(name, lang):
        return False
    keys = [fold(p) for p in parts]
    for other in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", tgt):
        theirs = [fold(p) for p in other.split("-")]
        if len(theirs) == len(keys) and all((a == b) != (a == fold(name)) for a, b in zip(keys, theirs, strict=True)):
            return True
    return False


def month_said(span: Span, tgt: str, lang: str) -> bool:
    """A month of the source language written with a capital inside a sentence (the planet "Mars",
    the "Plaza de Mayo", ``nametables.stop_word_names``), which the output writes as that month in
    English ("en Mars" -> "in March"): the source's capital was a slip, and the month is kept."""
    number = profile(lang).months.get(fold(span[2]))
    if number is None or span[2].isupper():
        return False
    return re.search(rf"\b{english_month(number)}\b", tgt) is not None


def renamings(src: str, tgt: str, lang: str) -> list[str]:
    """The output's capitalised words the source lacks (``uncopied_capitals``) that are not the
    known English of another name of the source (the tables, CLDR: "Equateur" -> "Ecuador", "Salvador"
    -> "El Salvador"): what a missing name of the source may have become."""
    known = {
        w
        for m in _WORD_RE.finditer(src)
        if m.group()[0].isupper()
        for english in translations(fold(m.group()), lang)
        for w in english.split()
    }
    return [c for c in uncopied_capitals(src, tgt, lang) if fold(c) not in known]


# A run of capitalised words of the output, one space or hyphen between them ("Middle Ages").
_CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)*")


def said_in_english_words(src: str, group: list[Span], tgt: str, lang: str) -> bool:
    """A run of missing names of two words or more, each a common word of the source language
    (``common_word``: "Edad Media", "Nuestro Bobo"), where a run of capitalised words of the output
    holds as many the source lacks (``renamings``; the run's others answer other words of the
    source: "World" for "mundial"), each a word English writes and the other languages do not
    (``international`` is false: "Middle Ages", "Our Dumb World"): a descriptive name English says in
    its own words, one of whose words English pages hardly write (``NAME_IN_ENGLISH_MARGIN``). A name
    swapped in is written alike in other languages ("James Reed", "Indus",
    "Zambia") or has another count of words."""
    words = [w for _, _, name in group for w in name.split()]
    if len(words) < 2 or any(w.isupper() or not common_word(w, lang) for w in words):
        return False
    if all(frequency_margin(w, lang)[1] < NAME_IN_ENGLISH_MARGIN for w in words):
        return False  # every word one English writes too ("San Francisco"): a name English keeps
    renamed = set(renamings(src, tgt, lang))
    for m in _CAPITALISED_RUN_RE.finditer(tgt):
        # the run's words the source lacks ("World" of "Our Dumb World" answers the source's "mundial")
        run = [w for w in re.split(r"[ -]", m.group()) if w in renamed]
        if len(run) == len(words) and not any(international(w, lang, folded=True) for w in run):
            return True
    return False


# A name's next word: a place's common noun inside a name ("Costa de Marfil", "Plaza Sésamo").
_NAME_GOES_ON_RE = re.compile(r"[\s\u00a0]+(?:(?:de|del|du|des|la|le)[\s\u00a0]+|d['’])?[A-Z\u00c0-\u00de]")


def rest_translated(text: str, end: int, lang: str) -> bool:
    """Whether the name goes on after a word (``_NAME_GOES_ON_RE``) with a word of the source language
    that English pages hardly write (``NAME_IN_ENGLISH_MARGIN``: "Marfil", "Sésamo"): a name a
    translation translates. Not "Santa Fe", "Puerto Jiménez": English writes them as they are."""
    m = _NAME_GOES_ON_RE.match(text, end)
    word = re.match(r"[^\W\d_]+", text[m.end() - 1 :]) if m else None
    return word is not None and frequency_margin(word.group(), lang)[1] >= NAME_IN_ENGLISH_MARGIN


def place_noun(key: str, english: tuple[str, ...]) -> bool:
    """A common noun of a place inside a name that English sometimes keeps as written and
    otherwise translates (the tables' "costa": coast or "Costa Rica"; "plaza": square or "Plaza
    Mayor"; "san": saint or "San Diego"): written alike, it is no proof the name is kept."""
    return any(e != key and e.isalpha() and len(e) > 2 for e in english)


# A run of the output's capitalised words, with the small words English writes inside a name
# ("Upper Region of the Balaton", "Frankfurt International Book Fair").
_ENGLISH_NAME_RUN_RE = re.compile(r"\b[A-Z][^\W\d_]*(?:(?:[ -]|\s+(?:of|for|on|the|of\s+the)\s+)[A-Z][^\W\d_]*)*")
# A common word of a name and the name it governs through the Romance "of" ("Salon international du
# Livre de Frankfurt", "Región Superior del Balatón", "Corte della Corona di Birmingham"): between
# them capitalised words, articles and "of", at most one other word (an adjective), at most this many
# words in all, and no punctuation.
NAME_PART_GAP = 4
_OF_WORD_RE = re.compile(r"^(?:de|del|della|dello|delle|degli|di|du|des|do|da|dos|das|d)$", re.IGNORECASE)
_ARTICLE_WORD_RE = re.compile(r"^(?:la|le|les|el|los|las|l|il|lo|gli|o|a|os|as)$", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\[\]\"“”«»]")


def parts_translated(src: str, missing: list[Span], kept: list[Span], tgt: str, lang: str) -> list[Span]:
    """The missing names that are a common word of the source language (``common_word``; no known
    name, no number word) inside a name whose other part, a name and no common word, the output
    keeps, where the output writes that kept part in a run of capitalised words with an English word
    the source lacks (``renamings``; ``international`` false: English's, not a name of every
    language): the name is kept, its common word said in English ("Región Superior del Balatón" ->
    "Upper Balaton Region", "Salon international du Livre de Frankfurt" -> "Frankfurt International
    Book Fair"). Another mention of the word is then the same translation when the output writes the
    English word as many times ("du Salon" -> "of the Fair"). Not where the kept part is a common
    word too ("l'Union des Nations" -> "South American Nations": "Union" dropped), nor a name swapped
    in ("Nairobi", written alike in every language)."""
    if not latin_script(lang) or not missing:
        return []
    anchors = [k for k in kept if not k[2].isupper() and not common_word(k[2], lang)]
    renamed = {c for c in renamings(src, tgt, lang) if not international(c, lang, folded=True)}
    if not anchors or not renamed:
        return []
    said: dict[str, set[str]] = {}
    beside: list[Span] = []
    for span in missing:
        start, end, name = span
        if name.isupper() or " " in name or not common_word(name, lang) or translations(fold(name), lang):
            continue
        near = [k for k in anchors if k[0] >= end and _governs(src[end : k[0]])]
        for m in _ENGLISH_NAME_RUN_RE.finditer(tgt) if near else ():
            # the run's words the source lacks, bar the counterparts of its kept names ("Court" for "Corte")
            new = [
                w
                for w in re.findall(r"[^\W\d_]+", m.group())
                if w in renamed and not any(name_found(f[2], w, lang=lang) for f in kept)
            ]
            # an English word for each word of the name the output lacks ("Salon", "Livre": "Book Fair")
            if any(len(new) >= _lacking(missing, start, k[0]) and name_found(k[2], m.group(), lang=lang) for k in near):
                said.setdefault(name, set()).update(new)
                beside.append(span)
    out = []
    for name, english in said.items():
        mentions = [s for s in missing if s[2] == name]
        written = max(len(re.findall(rf"\b{re.escape(w)}\b", tgt, re.IGNORECASE)) for w in english)
        out += mentions if written >= len(mentions) else [s for s in mentions if s in beside]
    return out


def _lacking(missing: list[Span], start: int, end: int) -> int:
    """How many missing names stand in the source between ``start`` and ``end``."""
    return sum(start <= s[0] and s[1] <= end for s in missing)


def _governs(gap: str) -> bool:
    """Whether the source between a common word and a name after it ties the two into one name
    through "of" (``NAME_PART_GAP``): "Superior del", "Salon international du Livre de". A title
    or given name right before a name ("Amir Khan" -> "Chief Khan") has no "of": not read."""
    words = _WORD_RE.findall(gap)
    if _CLAUSE_BREAK_RE.search(gap) or len(words) > NAME_PART_GAP or not any(_OF_WORD_RE.match(w) for w in words):
        return False
    other = [w for w in words if not (w[0].isupper() or _OF_WORD_RE.match(w) or _ARTICLE_WORD_RE.match(w))]
    return len(other) <= 1
