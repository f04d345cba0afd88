"""Proper names: a name, acronym or code of the source that a correct translation keeps must be
in the output (critical); one that is also an ordinary word of the source language, which a
translation may translate, is only a note. The names are read by ``namefind``, found in the
output by ``namematch``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summarise.quality.addednames import added_names
from summarise.quality.alignment import name_anchors
from summarise.quality.cognates import has_counterpart, output_words
from summarise.quality.contacts import strip_contacts
from summarise.quality.flags import NOTE, Flag, flag, fold
from summarise.quality.namedropped import (
    ENGLISH_TITLE_RE,
    compound_translated,
    dropped_not_translated,
    month_said,
    parts_translated,
    place_noun,
    renamings,
    rest_translated,
    said_in_english_words,
)
from summarise.quality.namefind import (
    acronym_not_word,
    after_title,
    at_sentence_start,
    bare_name,
    common_word,
    group_adjacent,
    labels,
    name_by_form,
    names,
    shared_with_english,
    source_word,
)
from summarise.quality.namelists import dropped_from_name_list
from summarise.quality.namematch import (
    compound_kept,
    name_found,
    occurrences,
    reordered_acronym,
    respaced,
    said_as_adjective,
    translations,
    words_of,
)
from summarise.quality.nametables import COMMON_CAPITALISED, cldr_names, latin_script
from summarise.quality.numwords import word_numbers
from summarise.quality.transliteration import english_keys
from summarise.quality.units import currency_words
from summarise.text.languages import closed_compounds, profile, zipf

# An acronym in an output: all capitals, two letters or more.
ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")


# What joins the words of one name: "Cirque du Soleil", "Tour de France", "Côte d'Azur".
_NAME_JOINER_RE = re.compile(r"[\s\u00a0]+(?:(?:du|de|des|la|le)[\s\u00a0]+|d['’])?", re.IGNORECASE)


def _kept_as_written(
    src: str, group: list[tuple[int, int, str]], kept: list[tuple[int, int, str]], words: set[str], lang: str = "fr"
) -> bool:
    """Whether a name next to ``group`` in the source (one run of names: "Cirque du
    Soleil") is a French word that the output kept as written: then the translation
    keeps this name untranslated, and the missing part of it was dropped. Not for a
    name with a known English form ("Grand Prix de Hongrie": "Hungarian Grand Prix")."""
    start, end = group[0][0], group[-1][1]
    if any(translations(fold(name), lang) for _, _, name in group):
        return False
    return any(
        _NAME_JOINER_RE.fullmatch(src[end:s] if s >= end else src[e:start]) is not None
        and fold(name) in words
        and source_word(name, lang)
        and common_word(name, lang)  # one a translation translates ("Soleil"), not "Mazatlán" (Zipf 3.3)
        and fold(name) not in translations(fold(name), lang)  # "Ecuador" is English too: it proves nothing
        for s, e, name in kept
        if s >= end or e <= start
    )


# The words of one run of a name: capitalised words and the small words that join them
# ("Ministerio de Relaciones Exteriores", "Real Sociedad para la Prevención de la Crueldad").
_RUN_JOINER_RE = re.compile(
    r"^(?:de|del|la|las|los|el|le|les|du|des|d|l|para|pour|contra|contre|sobre|sur|e|y|et|en)$", re.IGNORECASE
)


def _institution_run(src: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``start:end`` is part of an institution's descriptive name: a run of
    capitalised words and joiners that holds an institution noun ("Subcomité de Supervisión",
    "Real Sociedad para la Prevención", "Ministerio de Relaciones Exteriores"). A translation
    translates such a name word by word."""
    common = COMMON_CAPITALISED.get(lang, frozenset())
    tokens = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", src))
    here = next((i for i, t in enumerate(tokens) if t.start() <= start < t.end()), None)
    if here is None:
        return False

    def run(step: int) -> bool:
        i = here + step
        while 0 <= i < len(tokens):
            left, right = (tokens[i], tokens[i + 1]) if step < 0 else (tokens[i - 1], tokens[i])
            gap = src[left.end() : right.start()]
            if gap.strip(" \u00a0'’"):
                return False  # punctuation ends the run
            word = tokens[i].group()
            if word[0].isupper() and fold(word) in common:
                return True
            if not (word[0].isupper() or _RUN_JOINER_RE.match(word)):
                return False
            i += step
        return False

    return run(-1) or run(1)


def _translatable(src: str, span: tuple[int, int, str], lang: str) -> bool:
    """A common word of the source language inside an institution's descriptive name ("Real",
    "Supervisión", "Exteriores"): a translation translates it ("Royal", "Oversight")."""
    start, end, name = span
    return (
        latin_script(lang)
        and not translations(fold(name), lang)  # "Ecuador": a name, in every language
        and common_word(name, lang)
        and _institution_run(src, start, end, lang)
    )


def _sure(text: str, span: tuple[int, int, str], new_acronyms: bool, lang: str = "fr", renamed: bool = False) -> bool:
    """A name a correct translation keeps: after a title, a code, a name that CLDR
    writes the same in English, an acronym when the output has none of its
    own (CIO -> IOC, TDA -> ADD), or no French word. ``renamed``: the output writes a name
    the source does not (``namedropped.uncopied_capitals``), which a place's common noun
    may have become (``namedropped.place_noun``)."""
    start, end, name = span
    if after_title(text, start) or any(c.isdigit() for c in name):
        return True  # "M. Costello", "KV62"
    english = translations(fold(name), lang)
    if fold(name) in english:  # "France" (CLDR's English is the French)
        return not (renamed and place_noun(fold(name), english) and rest_translated(text, end, lang))
    if name_by_form(text, end, name):
        return True  # "Piquet Jr.", "MetroRail"
    if name.isupper() and (new_acronyms or not name.isascii()):
        return False  # one of the output's own, or with letters English never writes (Turkish "MÖ", "GSYİH")
    # inside a sentence of a language that capitalises no common noun and writes no closed compound
    inside = not (at_sentence_start(text, start) or profile(lang).capitalises_nouns or closed_compounds(lang))
    return acronym_not_word(text, start, name, lang) or not source_word(name, lang, inside)


def _currency_code(src: str, span: tuple[int, int, str], tgt: str, lang: str) -> bool:
    """An ISO currency code of the source ("30 USD"), or an acronym inside the name CLDR gives a
    currency in the source language ("30 US-Dollar"), that the output writes as the currency's
    symbol or English name (babel: "$", "US dollar"): the unit check compares it."""
    from babel.numbers import get_currency_name, get_currency_symbol

    start, end, code = span
    if not code.isupper():
        return False
    m = re.search(r"[\w-]*$", src[:start])
    word = fold(src[m.start() if m else start : end] + re.match(r"[\w-]*", src[end:]).group())  # type: ignore[union-attr]
    # with the currency sign written against it: CLDR's symbol of a currency ("US$1.300", "20 $US")
    sign = _SIGN_BEFORE_RE.search(src[:start]).group() + code + _SIGN_AFTER_RE.match(src[end:]).group()  # type: ignore[union-attr]
    codes = [
        c for c, name in _folded_currency_names(lang) if (c == code and _beside_amount(src, start, end)) or name == word
    ]
    signed = [c for c, symbol in _currency_symbols(lang) if sign != code and symbol == sign]
    # the sign alone in the output ("$1,300"), never glued to a name the source lacks ("Nairobi$30": swapped)
    english = {get_currency_symbol(c, locale="en") for c in signed}
    glued = [w for sym in english for w in re.findall(rf"([^\W\d_]+){re.escape(sym)}", tgt)]
    if any(w not in src for w in glued):
        return False
    codes += signed
    for c in codes:
        symbol = get_currency_symbol(c, locale="en")
        name = fold(get_currency_name(c, locale="en")).split()[-1]  # "US Dollar": "dollar"
        if (symbol != c and symbol in tgt) or re.search(rf"\b{re.escape(name)}s?\b", fold(tgt)):
            return True
    return False


# An amount before a currency code, up to two words between ("30 USD", "2,3 mld USD"), or after it ("USD 30").
_AMOUNT_BEFORE_RE = re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+\.?){0,2}\s*$")
_AMOUNT_AFTER_RE = re.compile(r"\s*\d")


def _beside_amount(src: str, start: int, end: int) -> bool:
    """Whether the acronym at ``src[start:end]`` qualifies an amount, as a currency's code does: an
    acronym that only reads as some currency's ISO code (a company's, an agency's) names no currency."""
    return bool(_AMOUNT_BEFORE_RE.search(src[max(0, start - 40) : start]) or _AMOUNT_AFTER_RE.match(src[end:]))


# Currency signs (Unicode's "Sc": "$", "€", "£", "¥") written against a code.
_SIGN_BEFORE_RE = re.compile(r"[$€£¥₤]*$")
_SIGN_AFTER_RE = re.compile(r"[$€£¥₤]*")


@lru_cache(maxsize=16)
def _currency_symbols(lang: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, symbol) of CLDR's currencies whose symbol in the source language or in English
    holds letters and a sign ("US$", "$US", "R$", "HK$"), by babel."""
    from babel.numbers import get_currency_symbol, list_currencies

    out = []
    for locale in dict.fromkeys((lang, "en")):
        try:
            symbols = [(c, get_currency_symbol(c, locale=locale)) for c in sorted(list_currencies())]
        except (ValueError, LookupError):
            continue
        out += [(c, sym) for c, sym in symbols if re.search(r"[A-Z]", sym) and re.search(r"[$€£¥₤]", sym)]
    return tuple(out)


@lru_cache(maxsize=16)
def _folded_currency_names(lang: str) -> tuple[tuple[str, str], ...]:
    """``_currency_names`` folded once: each code's name is compared with every code of a text."""
    return tuple((c, fold(name)) for c, name in _currency_names(lang).items())


@lru_cache(maxsize=16)
def _currency_names(lang: str) -> dict[str, str]:
    """CLDR's currencies by ISO code, with their names in the source language (babel)."""
    from babel import Locale

    try:
        return dict(Locale.parse(lang).currencies)
    except (ValueError, LookupError):
        return {}


def _currency_qualifier(src: str, span: tuple[int, int, str], tgt: str, lang: str) -> bool:
    """An acronym right after a currency of the source ("dollars US", "dólares US"), where the
    output writes the currency as a symbol ("$14.7 billion"): it names the currency, which the
    unit check compares."""
    start, _, name = span
    if not name.isupper() or not any(symbol in tgt for symbol in ("$", "€", "£")):
        return False
    before = src[max(0, start - 20) : start].rstrip().lower()
    return any(before.endswith(word) for word in currency_words(lang))


def _initial_kept(src: str, span: tuple[int, int, str], tgt: str, kept: list[tuple[int, int, str]]) -> bool:
    """A given name written as its initial before a family name the output keeps ("Müslüm Gürses"
    -> "M. Gürses")."""
    start, end, name = span
    if name.isupper() or not any(s > end and not src[end:s].strip() for s, _, _ in kept):
        return False
    return re.search(rf"(?<![\w.]){re.escape(name[0])}\.\s+[A-Z]", tgt) is not None


def _common_noun_kept(span: tuple[int, int, str], tgt: str, lang: str) -> bool:
    """A capitalised common word that the source language shares with English
    (``shared_with_english``: an institution's "les ministres de la Défense") which the output
    writes as a common noun, in lower case ("defence ministers"): a cognate of it
    (``cognates``)."""
    name = span[2]
    if name.isupper() or "-" in name or not shared_with_english(name, lang):
        return False
    lower = " ".join(w for w in re.findall(r"[^\W\d_]+", tgt) if w.islower())
    return has_counterpart(name, lang, output_words(lower))


# What joins a head noun to the name it governs, with no article before the name: "la Junta de
# Castilla", "l'Université d'Oxford" (not "l'Union des Nations": "des" holds an article).
_OF_RE = re.compile(r"[\s\u00a0]+(?:de[\s\u00a0]+|d['’])?")
# A word and what stands right before it in the source.
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[\s\u00a0]+$")
# An article is among a language's very commonest words (wordfreq): French and Spanish articles
# 6.7-7.6, where a noun of the stop-word list ("jeu" 5.5, "juego" 5.4) is not.
ARTICLE_ZIPF = 6.0


def _article(word: str, lang: str) -> bool:
    """Whether a word of the source language may be an article: a stop word among its commonest."""
    key = word.lower()
    return key in profile(lang).stopwords and zipf(key, lang) >= ARTICLE_ZIPF


def _head_noun_kept(src: str, span: tuple[int, int, str], lang: str, kept: list[tuple[int, int, str]]) -> bool:
    """A capitalised common word the source language shares with English (``shared_with_english``)
    with an article before it, right before a name the output keeps or that name's "de": a title or
    an institution's head noun ("por el Rector Michelle Rhee" -> "Chancellor Michelle Rhee", "la
    Junta de Castilla-La Mancha" -> "the Regional Government of Castilla-La Mancha"). The article
    says it is a common noun (the language writes none before a person's or a town's name), which a
    translation translates; the name after it, with no article of its own, is the name, and it is
    kept. Not before another common noun ("l'Union des Nations": dropped, "Union" is missing)."""
    start, end, name = span
    if name.isupper() or not shared_with_english(name, lang) or word_numbers(name.lower(), lang):
        return False  # a number word ("le jeu Six Days"; "Seven") is the number it says, no title
    word = src[start:end]
    before = _WORD_BEFORE_RE.search(src[:start])
    if not (bare_name(word) != word or (before is not None and _article(before.group(1), lang))):
        return False
    return any(k[0] > end and _OF_RE.fullmatch(src[end : k[0]]) is not None for k in kept)


def _title_kept(src: str, span: tuple[int, int, str], tgt: str, kept: list[tuple[int, int, str]]) -> bool:
    """A word right before a name the output keeps, where the output writes a title before that
    name: the word is the source language's title ("Bay Reid" -> "Mr Reid", "Pan Kowalski")."""
    _, end, name = span
    after = next((k for k in kept if k[0] >= end and not src[end : k[0]].strip(" \u00a0.")), None)
    if name.isupper() or after is None:
        return False
    return re.search(rf"\b{ENGLISH_TITLE_RE}\s+{re.escape(after[2])}\b", tgt) is not None


# An acronym the source glosses itself: in brackets right after words ("la Asociación Nacional de
# Baloncesto (NBA)"), or followed by its words in brackets ("VPN (réseau privé virtuel)").
_GLOSS_BEFORE_RE = re.compile(r"[^\W\d_]\.?[\s\u00a0]*\($")
_GLOSS_AFTER_RE = re.compile(r",?[\s\u00a0]*\([^\W\d_][^()]*\)")


def _glossed(src: str, span: tuple[int, int, str]) -> bool:
    """Whether the source writes both an acronym and its words: then the output's spelling-out
    is the counterpart of the words, and the acronym needs one of its own."""
    start, end, name = span
    if not (name.isupper() and len(name) >= 2):
        return False
    before = src[:start].rstrip(" \u00a0")
    return (src[end : end + 1] == ")" and _GLOSS_BEFORE_RE.search(before) is not None) or bool(
        _GLOSS_AFTER_RE.match(src, end)
    )


def _script_mentions(src: str, lang: str) -> Callable[[str], int]:
    """For a source in another script, how many times it also writes, in its own script, a name
    it writes in Latin letters ("A1GP New Zealand ... نيوزيلندا"): its words whose CLDR English
    holds the name, and its rarer words (``alignment.name_anchors``) of the name's consonants."""
    if latin_script(lang) or not profile(lang).romanisation:
        return lambda name: 0
    cldr = cldr_names(lang)
    in_cldr = [{e for name in cldr.get(fold(w), ()) for e in name.split()} for w in re.findall(r"[^\W\d_]+", src)]
    # their exact consonant keys only ("~"): a looser key finds "أوكلاند" (Auckland) in "Zealand"
    anchors = [{k for k in keys if k.startswith("~")} for _, keys in name_anchors(src, lang)]

    def count(name: str) -> int:
        if not name.isalpha() or name.isupper():  # an acronym or code is no word of the script
            return 0
        key, keys = name.lower(), english_keys(fold(name))
        return sum(key in english for english in in_cldr) + sum(bool(a & keys) for a in anchors)

    return count


# A quoted passage and the brackets right after it: "Roman Polanski: wanted and desired" (Roman
# Polanski, buscado y deseado).
_QUOTE_GLOSS_RE = re.compile(r"[\"“«]([^\"“”«»]{3,})[\"”»][\s\u00a0]*(\([^()]+\))")


def _quote_glosses(src: str, tgt: str) -> list[tuple[int, int]]:
    """The brackets of the source that translate a quotation the output writes as it stands (a title
    in English, glossed for the source's readers): an English translation has no use for them, and
    the names they repeat are not mentions of their own. Not when the output changed the quotation
    (a name dropped from it)."""
    folded = fold(tgt)
    return [m.span(2) for m in _QUOTE_GLOSS_RE.finditer(src) if fold(m.group(1).strip()) in folded]


def _repeats_lost(
    src: str, found: list[tuple[int, int, str]], missing: list[tuple[int, int, str]], tgt: str, lang: str
) -> tuple[list[tuple[int, int, str]], dict[str, tuple[int, int]]]:
    """The later mentions of a name the source writes more than once and the output fewer times
    (but at least once): each mention of the source needs its own counterpart ("Vancouver ...
    downtown Vancouver" -> "Vancouver ... downtown"), one in the source's own script too
    (``_script_mentions``), and one of the source's own name for it ("En Irlanda ... Bank of
    Ireland" -> "In Ireland ... Bank"); and, per such name, how many times the source and the output write
    it (for the flag: the name is in the output)."""
    lost: list[tuple[int, int, str]] = []
    counts: dict[str, tuple[int, int]] = {}
    gone = {n for _, _, n in missing}
    lower_words: set[str] | None = None
    in_script = _script_mentions(src, lang)
    for name in dict.fromkeys(n for _, _, n in found if n not in gone):
        mentions = [s for s in found if s[2] == name]
        # the source's other names that CLDR translates to this one ("En Irlanda ... Bank of Ireland"),
        # where it stands as a word of its own (not "Mexico-Américains", an adjective: "Mexican-Americans")
        alone = all(src[s:e] == name for s, e, _ in mentions)  # a hyphenated word's part spans the word
        also = alone * sum(f[2] != name and fold(name) in translations(fold(f[2]), lang) for f in found)
        total = len(mentions) + in_script(name) + also
        if total < 2:
            continue
        # written in lower case in the output, it is a common noun there, which English may share
        # ("Champion Olympique et Champion du Monde" -> "Olympic and World champion")
        if re.fullmatch(r"[\w-]+", name):
            lower_words = set(re.findall(r"[\w-]+", tgt)) if lower_words is None else lower_words
            common = name.lower() in lower_words
        else:
            common = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", tgt) is not None
        if not common:
            kept = occurrences(name, tgt, lang)
            if total > max(1, kept):
                lost += mentions[max(1, kept) :] or mentions[-1:]
                counts[name] = (total, kept)
    return lost, counts


def check_names(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """A proper name, acronym or code of the source missing from the output: critical
    when a correct translation keeps it, a note when it is also a French word that a
    translation may translate ("Terre" -> "Earth")."""
    words, src = words_of(tgt), strip_contacts(src)
    found = names(src, lang=lang)
    # a currency's code or qualifier the output writes as its symbol: the unit check's ("dollars US",
    # "30 USD", "30 US-Dollar" -> "$30")
    currency = [s for s in found if _currency_qualifier(src, s, tgt, lang) or _currency_code(src, s, tgt, lang)]
    found = [s for s in found if s not in currency]
    missing = [
        s
        for s in found
        if (
            not name_found(s[2], tgt, words, lang, spelt_out=not _glossed(src, s))
            and not compound_kept(src[s[0] : s[1]], tgt)  # "U-Boot" -> "U-boats"
        )
        or said_as_adjective(src, s, tgt, lang)
    ]
    kept = [f for f in found if f not in missing]
    # a given name's initial, a title: what the output writes another way before a name it keeps
    excused = [
        s
        for s in missing
        if _initial_kept(src, s, tgt, kept)
        or _title_kept(src, s, tgt, kept)
        or _common_noun_kept(s, tgt, lang)
        or _head_noun_kept(src, s, lang, kept)
        or compound_translated(src, s, tgt, lang)  # "Vice-alcalde", "Auda-Taller" -> "Auda-Workshop"
        or month_said(s, tgt, lang)  # "en Mars" -> "in March"
    ]
    excused += [s for s in parts_translated(src, missing, kept, tgt, lang) if s not in excused]  # "Salon" -> "Fair"
    # a name CLDR hyphenates, written with a space: "Royaume Uni" -> "UK", "États Unis" -> "United States"
    excused += [s for s in missing if (k := respaced(src, s, lang)) and name_found(k, tgt, words, lang)]
    missing = [s for s in missing if s not in excused]
    glosses = _quote_glosses(src, tgt)
    counted = [f for f in found if f not in excused and not any(s <= f[0] < e for s, e in glosses)]
    repeats, mentions = _repeats_lost(src, counted, missing, tgt, lang)
    missing = sorted(missing + repeats)
    if not missing:
        return []
    joined = {w.replace("-", "") for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(tgt))}
    groups = [
        g
        for g in group_adjacent(src, missing)  # "A1 GP" -> "A1GP", "Wi-Fi" -> "WiFi"
        if len(g) == 1 or "".join(fold(p) for _, _, p in g) not in joined
    ]
    if not groups:
        return []
    src_words = words_of(src)
    new_acronyms = [a for a in ACRONYM_RE.findall(tgt) if fold(a) not in src_words]
    kept = [s for s in found if s not in missing]
    # the names the output writes that the source does not: what a run of as many words may have become
    renamed = len(renamings(src, tgt, lang)) if latin_script(lang) else 0
    sure = [
        g
        for g in groups
        if any(
            _sure(src, s, reordered_acronym(s[2], new_acronyms, latin_script(lang)), lang, renamed >= _words(g))
            and not _translatable(src, s, lang)
            for s in g
        )
        or _kept_as_written(src, g, kept, words, lang)
    ]
    sure = [g for g in sure if not said_in_english_words(src, g, tgt, lang)]  # "Edad Media" -> "Middle Ages"
    # a name English writes too, gone with no name of the output in its place: dropped
    sure += [g for g in groups if g not in sure and dropped_not_translated(src, g, tgt, lang, _translatable)]
    # a word of the source language, but one name fewer in the output's list of the source's names
    sure += [g for g in groups if g not in sure and dropped_from_name_list(src, g[0][0], tgt, lang)]
    unsure = [g for g in groups if g not in sure]
    # the output names what the source does not: a swap. Not for a source in Latin letters, whose
    # unsure names are words of its language that the output's added names mostly translate
    # (exonyms: `Egeo` / "Aegean"): measured and not adopted (benchmarks/README, `name_added`).
    if unsure and not latin_script(lang) and added_names(src, tgt, lang):
        sure, unsure = sure + unsure, []
    flags = []
    if sure:
        flags.append(flag("name_missing", _missing_detail(labels(sure), mentions)))
    if unsure:
        detail = _missing_detail(labels(unsure), mentions)
        flags.append(flag("name_missing", f"{detail} (a {profile(lang).name} word: it may be translated)", NOTE))
    return flags


def _words(group: list[tuple[int, int, str]]) -> int:
    """How many words a run of names has ("Costa Rica": 2)."""
    return sum(len(name.split()) for _, _, name in group)


def _missing_detail(names: list[str], mentions: dict[str, tuple[int, int]]) -> str:
    """ "'A', 'B' not in output", and for a name the output writes fewer times than the source,
    how many times each writes it."""
    # a name of several words ("New Zealand") is counted by its words
    counts = {n: mentions.get(n) or next((mentions[w] for w in n.split() if w in mentions), None) for n in names}
    gone = [n for n in names if counts[n] is None]
    fewer = [f"{n!r} {c[0]} times in the source, {c[1]} in output" for n in names if (c := counts[n]) is not None]
    return "; ".join(([", ".join(map(repr, gone)) + " not in output"] if gone else []) + fewer)
