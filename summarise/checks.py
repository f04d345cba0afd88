"""Quality checks: lead reviewers straight to the translated sentences most likely wrong.

Each check is one small function ``(src, tgt, ...) -> list[flag]``; a flag is
``{"code": ..., "detail": "why, quoting the text"}``. The stage :func:`check` runs
every check on every translated segment; :func:`check_summary` checks a summary
against what it summarises. Checks favour precision: a flag reviewers learn to
ignore is worse than a missed one, so every rule below tolerates the ways a
correct French->English translation legitimately differs from its source.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from .config import ChecksSection
from .record import Record

STAGE = "check"

Flag = dict[str, str]

# --- thresholds (module constants: they are properties of the checks, not of a run) ---

# Ratio checks are skipped below this many source characters: on "Structure" ->
# "Organisational structure" a ratio says nothing.
MIN_RATIO_CHARS = 30
# Language identification is only trusted on this many ordinary (lower-case, non-name,
# non-number) words; below it py3langid guesses wrong on correct English.
MIN_LANGID_WORDS = 6
# A target is "not English" when English gets less than this probability among
# LANGID_LANGS. On the seed sentences left in French, P(en) is < 0.001; on correct
# English translations it is > 0.9 (see tests/test_checks.py).
MAX_EN_PROB = 0.2
# The languages the detector chooses among: English, French (output left
# untranslated) and the languages a multilingual model drifts into. Restricting the
# set keeps name-heavy English ("Bahamas, Barbados, Jamaica") from reading as Galician.
LANGID_LANGS = ("en", "fr", "es", "it", "pt", "de", "nl", "ro", "ca")
# Estimated output tokens per English word when no real count is given. SentencePiece
# vocabularies of opus-mt / mBART split press English into about 1.2-1.4 pieces per
# word; 1.3 is the middle, so an output is only called truncated when it is long
# enough to have plausibly reached max_new_tokens.
TOKENS_PER_WORD = 1.3
# "the the the", "trafficking trafficking trafficking": the same word this many times
# in a row is a decoding loop (no press sentence says a word three times running; a
# run of 4 would let the three-word stutters MarianMT produces through).
MAX_SAME_WORD_RUN = 3
# Name matching: an output word matches a source name at this similarity
# (accents stripped): "Perou"~"Peru", "Chili"~"Chile", "Lucie"~"Lucia".
NAME_SIMILARITY = 0.8
# ...or when both share a prefix this long ("Bolivie"/"Bolivia", "Jamaique"/"Jamaica").
NAME_PREFIX = 5

# Length ratio (characters tgt / src), ChecksSection defaults min 0.5 / max 2.2.
# Calibration: for 22 seed sentences (69-437 French characters) and the human
# English translations written for them in tests/test_checks.py, the ratio was
# 0.75-1.03, mean 0.87
# (English runs about 0.85-1.0x French). A ratio under 0.5 means half the meaning is
# gone (a dropped clause or a stopped decoder); over 2.2 is a loop or a hallucinated
# addition. Both bounds sit well outside the human range so that short, name-heavy
# or number-heavy sentences (ratios swing most there) are not flagged.


def flag(code: str, detail: str) -> Flag:
    return {"code": code, "detail": detail}


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# Called for every name against the same source, one after another: a small cache is
# enough, and keeps no more than a few documents alive.
@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes made plain: for comparing."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# --- contacts ---------------------------------------------------------------------

# An e-mail address; \w covers accented local parts.
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A URL as press releases write it: with a scheme or starting www.; ends before
# spaces, quotes and closing brackets.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»()\[\]]+", re.IGNORECASE)
# A phone number: "+1 202 862 1826 x 236", "+ 509 3245 5153", "+51 1 221 76 98" (an
# international prefix), or a French "01 23 45 67 89". Plain digit groups without
# "+" are not phones: "100 000 spectateurs" must stay a number.
PHONE_RE = re.compile(
    r"\+\s?\d[\d\s().-]{5,}\d(?:\s*(?:x|ext\.?|poste)\s*\d+)?|(?<!\d)0\d(?:[ .]\d\d){4}(?!\d)",
    re.IGNORECASE,
)
_URL_TRAIL = ".,;:!?»)"


def contacts(text: str) -> dict[str, list[str]]:
    """E-mails, URLs and phone numbers in ``text``, as written."""
    emails = EMAIL_RE.findall(text)
    no_mail = EMAIL_RE.sub(" ", text)
    urls = [u.rstrip(_URL_TRAIL) for u in URL_RE.findall(no_mail)]
    phones = [p.strip() for p in PHONE_RE.findall(URL_RE.sub(" ", no_mail))]
    return {"emails": emails, "urls": urls, "phones": phones}


@lru_cache(maxsize=1024)  # every check of a segment strips the same source and output
def strip_contacts(text: str) -> str:
    return PHONE_RE.sub(" ", URL_RE.sub(" ", EMAIL_RE.sub(" ", text)))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _url_key(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def check_contacts(src: str, tgt: str) -> list[Flag]:
    """An e-mail, URL or phone number of the source missing from the output (spaces ignored)."""
    found = contacts(src)
    compact, digits = _compact(tgt), _digits(tgt)
    lost = [e for e in found["emails"] if e.lower() not in compact]
    lost += [u for u in found["urls"] if _url_key(u) not in compact]
    lost += [p for p in found["phones"] if _digits(p) not in digits]
    if not lost:
        return []
    return [flag("contact_lost", ", ".join(_quote(c) for c in lost) + " not in output")]


# --- numbers ----------------------------------------------------------------------

# A written number: "100 000" (space, no-break or thin space as thousands separator,
# first group of 1-3 digits, then groups of exactly 3), or digits with , or .
# separators ("1,6", "100,000", "1.600.000", "19.04.2007"). Optional scale word
# ("1,6 million", "2 milliards"). Not preceded by a digit or separator, so a group
# is never read from the middle of a longer number.
NUMBER_RE = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    r"(?:\s*(?P<scale>millions?|milliards?|billions?|thousands?|trillions?|mille)\b)?",
    re.IGNORECASE,
)
# French clock time "14h30" / "14 h": the hour may come back as "2:30 pm".
TIME_RE = re.compile(r"(?<!\d)(\d{1,2})\s?h\s?(\d{2})?\b")
SCALES = {
    "fr": {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "mille": 10**3,
           "billion": 10**12, "billions": 10**12},
    "en": {"thousand": 10**3, "thousands": 10**3, "million": 10**6, "millions": 10**6,
           "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12},
}
# Written numbers are out of scope as numbers, but they rescue a digit written as a
# word on the other side ("deux" / "2", "two" / "2", "1er" / "first"). "un"/"une" and
# "one" are left out: they are articles and pronouns far more often than numbers.
NUMBER_WORDS = {
    "fr": dict(zip(
        "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
        "vingt trente quarante cinquante soixante cent mille premier premiere".split(),
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 30, 40, 50, 60, 100, 1000, 1, 1],
    )),
    "en": dict(zip(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
        "hundred thousand first second third fourth fifth sixth seventh eighth ninth tenth".split(),
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80,
         90, 100, 1000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    )),
}


# A French Roman ordinal: "XXIe siècle", "IIIe République", "Ier".
ROMAN_ORDINAL_RE = re.compile(r"\b([IVXLC]+)(?:e|er|ème|eme)\b")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _key(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _all_groups_of_three(parts: list[str]) -> bool:
    return all(len(p) == 3 for p in parts[1:])


def _number_values(raw: str, lang: str) -> list[Decimal]:
    """The value(s) a written number stands for, read with ``lang``'s conventions.

    French: "," is the decimal mark, "." and spaces group thousands. English: ","
    groups thousands when followed by groups of three digits ("100,000"), otherwise
    it is read as a decimal mark ("1,6" copied from French is still 1.6). Runs that
    are neither ("19.04.2007") are separate numbers.
    """
    raw = re.sub(r"[ \u00a0\u202f]", "", raw)
    seps = set(re.findall(r"[.,]", raw))
    parts = re.split(r"[.,]", raw)
    if not seps:
        return [Decimal(raw)]
    if len(seps) == 2:  # "1.600,5" / "1,600.5": the last separator is the decimal mark
        head, dec = re.split(r"[.,](?=\d+$)", raw)
        return [Decimal(_digits(head) + "." + dec)]
    sep = seps.pop()
    thousands_sep = "." if lang == "fr" else ","
    if sep == thousands_sep and _all_groups_of_three(parts):
        return [Decimal("".join(parts))]
    if len(parts) == 2:
        return [Decimal(parts[0] + "." + parts[1])]
    if _all_groups_of_three(parts):
        return [Decimal("".join(parts))]
    return [Decimal(p) for p in parts]


def _read_number(raw: str, scale_word: str, lang: str) -> set[str]:
    """Value keys of one written number read with ``lang``'s conventions."""
    scale_word = scale_word.lower()
    other = "en" if lang == "fr" else "fr"
    scale = SCALES[lang].get(scale_word) or SCALES[other].get(scale_word) or 1
    return {_key(v * scale) for v in _number_values(raw, lang)}


def numbers(text: str, lang: str) -> list[tuple[str, set[str]]]:
    """Each number written in ``text`` as (text as written, accepted value keys).

    ``lang`` is "fr", "en", or "any" (both readings accepted). Contacts are removed
    first: a phone number is not a number to compare.
    """
    text = strip_contacts(text)
    found = []
    for m in TIME_RE.finditer(text):
        hour = int(m.group(1))
        found.append((m.group(1), {str(hour), str(hour - 12)} if 12 < hour < 24 else {str(hour)}))
    text = TIME_RE.sub(lambda m: " h " + (m.group(2) or ""), text)  # the hour is read above
    langs = ("fr", "en") if lang == "any" else (lang,)
    for m in NUMBER_RE.finditer(text):
        keys = set().union(*(_read_number(m.group("num"), m.group("scale") or "", x) for x in langs))
        found.append((m.group(0).strip(), keys))
    return found


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _word_numbers(text: str, lang: str) -> set[str]:
    """Numbers written as words (and French Roman ordinals: "XXIe siècle" = 21st century)."""
    words = re.findall(r"[a-z]+", fold(text))
    table = NUMBER_WORDS[lang]
    found = {str(table[w]) for w in words if w in table}
    if lang == "fr":
        found |= {str(_roman(m)) for m in ROMAN_ORDINAL_RE.findall(text)}
    return found


def _missing_numbers(have: list[tuple[str, set[str]]], other: str, other_lang: str) -> list[str]:
    """Numbers of ``have`` that ``other`` does not contain, as digits or as a word."""
    keys = set().union(*(k for _, k in numbers(other, other_lang))) | _word_numbers(other, other_lang)
    missing = []
    for written, accepted in have:
        if not accepted & keys and written not in missing:
            missing.append(written)
    return missing


def check_numbers(src: str, tgt: str) -> list[Flag]:
    """A number of the (French) source missing from the (English) output, or one added.

    "1,6 million" = "1.6 million" = "1,600,000"; "100000" = "100 000" = "100,000";
    "19 avril" = "April 19"; "20 %" = "20%"; "1er" = "1st"; "36 mois" = "36-month".
    """
    lost = _missing_numbers(numbers(src, "fr"), tgt, "en")
    added = _missing_numbers(numbers(tgt, "en"), src, "fr")
    parts = []
    if lost:
        parts.append(", ".join(map(repr, lost)) + " not in output")
    if added:
        parts.append(", ".join(map(repr, added)) + " not in source")
    return [flag("number_mismatch", "; ".join(parts))] if parts else []


# --- proper names ------------------------------------------------------------------

# A word: letters (accented included) with inner hyphens or apostrophes, so that
# "Sainte-Lucie", "Port-d'Espagne" and "l'OIM" are one word each.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# French elision in front of a name: "l'OIM", "d'Haïti", "qu'UNICEF".
ELISION_RE = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
# English possessive after a name: "IOM's" is IOM.
POSSESSIVE_RE = re.compile(r"'s$")
# What may stand between a sentence boundary and the sentence's first word: spaces,
# opening quotes and brackets, bullets, and the dash of a dateline ("Genève - Le ...").
_LEAD = " \t\n«“\"'‘(*•·-–—"
# French -> English forms of names that translation legitimately changes (folded:
# lower case, no accents). Names not here match when spelt alike (NAME_SIMILARITY).
NAME_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    # organisations
    "oim": ("iom", "international organization for migration"), "onu": ("un", "united nations"),
    "ong": ("ngo", "ngos", "non-governmental", "nongovernmental"),
    "unicef": ("unicef", "children's fund"), "oms": ("who", "world health organization"),
    "ue": ("eu", "european union"), "hcr": ("unhcr",), "pnud": ("undp",),
    "oit": ("ilo",), "bit": ("ilo",), "ocde": ("oecd",), "fmi": ("imf",), "omc": ("wto",),
    "cedeao": ("ecowas",), "uit": ("itu",), "otan": ("nato",),
    "unies": ("united", "un"), "nations": ("nations", "un"),
    "pib": ("gdp",), "vih": ("hiv",), "sida": ("aids",), "tva": ("vat",), "pme": ("sme", "smes"),
    "rdc": ("drc",), "cicr": ("icrc",), "pam": ("wfp",), "ua": ("au",), "oua": ("oau",),
    "bid": ("idb",), "bad": ("afdb",), "croix-rouge": ("red cross",), "moyen-orient": ("middle east",),
    "proche-orient": ("near east",), "corne": ("horn",), "golfe": ("gulf",), "mer": ("sea",),
    # countries, regions, places
    "etats-unis": ("united states", "us", "u.s", "usa", "america", "american"),
    "royaume-uni": ("united kingdom", "uk", "britain", "british"),
    "pays-bas": ("netherlands", "dutch"), "nouvelle-zelande": ("new zealand",),
    "haiti": ("haiti",), "jamaique": ("jamaica",), "caraibes": ("caribbean",), "caraibe": ("caribbean",),
    "perou": ("peru",), "mexique": ("mexico",), "equateur": ("ecuador",), "espagne": ("spain",),
    "allemagne": ("germany", "german"), "angleterre": ("england",), "chine": ("china",),
    "japon": ("japan",), "inde": ("india",), "italie": ("italy",), "grece": ("greece",),
    "turquie": ("turkey", "turkiye"), "egypte": ("egypt",), "maroc": ("morocco",),
    "algerie": ("algeria",), "tunisie": ("tunisia",), "libye": ("libya",), "syrie": ("syria",),
    "liban": ("lebanon",), "irak": ("iraq",), "suisse": ("switzerland", "swiss"),
    "belgique": ("belgium",), "autriche": ("austria",), "pologne": ("poland",),
    "russie": ("russia",), "bresil": ("brazil",), "colombie": ("colombia",),
    "bolivie": ("bolivia",), "chili": ("chile",), "barbade": ("barbados",),
    "trinite": ("trinidad",), "guyane": ("guiana", "guyana"), "neerlandaises": ("netherlands", "dutch"),
    "neerlandais": ("netherlands", "dutch"), "dominicaine": ("dominican",), "republique": ("republic",),
    "sainte": ("saint", "st"), "saint": ("st",), "lucie": ("lucia",), "geneve": ("geneva",),
    "bruxelles": ("brussels",), "londres": ("london",), "afrique": ("africa", "african"),
    "asie": ("asia",), "amerique": ("america",), "ameriques": ("americas",), "latine": ("latin",),
    "centrale": ("central",), "nord": ("north",), "sud": ("south",), "ouest": ("west",),
    "soudan": ("sudan",), "ethiopie": ("ethiopia",), "somalie": ("somalia",),
    "cameroun": ("cameroon",), "tchad": ("chad",), "mauritanie": ("mauritania",),
    "indonesie": ("indonesia",), "thailande": ("thailand",), "cambodge": ("cambodia",),
    "birmanie": ("burma", "myanmar"), "australie": ("australia",), "ivoire": ("ivory",),
    "cote": ("cote", "ivory"), "salvador": ("el salvador", "salvadoran"),
}
# Capitalised French words that are not names but institution nouns and titles
# ("le Bureau de ...", "le Département d'Etat", "le site Internet"): their translation
# varies (Office, State Department, website), so their absence proves nothing.
COMMON_CAPITALISED = frozenset("""
    bureau bureaux departement etat etats ministere ministeres ministre fonds enfance organisation
    organisations programme agence direction directeur directrice generale general senat assemblee
    gouvernement president presidente premier premiere institut brigade banque fondation coalition
    conseil commission comite cour tribunal travail interieur famille affaires sante education
    securite refugies migration migrations internet web email e-mail mail tel telephone fax site
    chef cabinet service services unite division secretaire secretariat haut haute commissaire
    commissariat office initiative plan campagne projet protocole convention declaration pacte
    journee mondiale mondial internationale international nationale national conference sommet
    forum rapport loi code article charte strategie politique reseau groupe equipe centre
    monsieur madame mademoiselle mme mlle dr pr me la le les de du des et en au aux un une y sur
    pour par avec dans
""".split())
# Month and day names: a date, not a name (the summary check compares dates itself).
FR_MONTHS = {m: i for i, m in enumerate("janvier fevrier mars avril mai juin juillet aout septembre "
                                        "octobre novembre decembre".split(), 1)}
EN_MONTHS = {m: i for i, m in enumerate("january february march april may june july august september "
                                        "october november december".split(), 1)}
MONTHS = {**FR_MONTHS, **EN_MONTHS}
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday "
                  "lundi mardi mercredi jeudi vendredi samedi dimanche".split())


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(_LEAD)
    return not before or before[-1] in ".!?…:;"


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _name_parts(word: str) -> list[str]:
    """The name-like parts of one word: "Trinité-et-Tobago" -> Trinité, Tobago."""
    word = ELISION_RE.sub("", POSSESSIVE_RE.sub("", word.replace("’", "'")))
    if fold(word) in NAME_TRANSLATIONS:
        return [word]
    parts = [ELISION_RE.sub("", p) for p in word.split("-")]
    return [p for p in parts if p[:1].isupper()]


def names(text: str) -> list[tuple[int, int, str]]:
    """Proper names in ``text`` as (start, end, name): acronyms anywhere, and
    capitalised words not at a sentence start, minus institution nouns and titles."""
    shouting = _mostly_upper(text)
    found = []
    for m in WORD_RE.finditer(text):
        start = _at_sentence_start(text, m.start())
        for part in _name_parts(m.group()):
            key = fold(part)
            if ROMAN_ORDINAL_RE.fullmatch(part):  # "XXIe siècle": a number, not a name
                continue
            acronym = len(part) >= 2 and part.isupper()
            if acronym and not shouting:
                found.append((m.start(), m.end(), part))
            elif not acronym and not start and len(part) >= 2 and part[0].isupper() and not (
                key in COMMON_CAPITALISED or key in MONTHS or key in _DAYS
            ):
                found.append((m.start(), m.end(), part))
            start = False  # later parts of a hyphenated word are not at a sentence start
    return found


def _similar(key: str, word: str) -> bool:
    if len(key) < 4 or len(word) < 3:
        return False
    prefix = len(_common_prefix(key, word))
    return prefix >= NAME_PREFIX or SequenceMatcher(None, key, word).ratio() >= NAME_SIMILARITY


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def name_found(name: str, text: str, words: set[str] | None = None) -> bool:
    """Whether ``name`` (from French) is in ``text``: as spelt, as a known
    translation (OIM -> IOM), or spelt alike (Pérou ~ Peru); accents ignored."""
    words = _words(text) if words is None else words
    key = fold(name)
    folded = fold(text)
    for form in (key, *NAME_TRANSLATIONS.get(key, ())):
        if re.fullmatch(r"[a-z0-9]+", form):
            if form in words:
                return True
        elif re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", folded):
            return True
    return not name.isupper() and any(_similar(key, w) for w in words)


def _group_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """Join names separated only by spaces in ``text``: "Ricky", "Martin" -> "Ricky Martin"."""
    groups: list[list[tuple[int, int, str]]] = []
    for span in spans:
        if groups and (groups[-1][-1][1] == span[0] or not text[groups[-1][-1][1]:span[0]].strip()):
            groups[-1].append(span)
        else:
            groups.append([span])
    out = []
    for g in groups:
        label = " ".join(dict.fromkeys(p for _, _, p in g))
        if label not in out:
            out.append(label)
    return out


def check_names(src: str, tgt: str) -> list[Flag]:
    """A proper name or acronym of the source missing from the output."""
    words, src = _words(tgt), strip_contacts(src)
    missing = [s for s in names(src) if not name_found(s[2], tgt, words)]
    if not missing:
        return []
    labels = _group_adjacent(src, missing)
    return [flag("name_missing", ", ".join(map(repr, labels)) + " not in output")]


# --- untranslated, empty, length, repetition, truncation ---------------------------


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, restricted to LANGID_LANGS, with probabilities (loaded once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGID_LANGS))
    return identifier


def ordinary_words(text: str) -> list[str]:
    """Words starting lower case: the vocabulary, without names, acronyms, numbers, contacts."""
    return [w for w in WORD_RE.findall(strip_contacts(text)) if w[0].islower()]


def english_probability(text: str) -> tuple[str, float, float] | None:
    """(best language, its probability, probability of English) for ``text``'s ordinary
    words; None when there are too few of them for a confident guess."""
    words = ordinary_words(text)
    if len(words) < MIN_LANGID_WORDS:
        return None
    ranked = dict(_identifier().rank(" ".join(words)))
    best = max(ranked, key=ranked.get)
    return best, ranked[best], ranked.get("en", 0.0)


def _same_text(a: str, b: str) -> bool:
    def norm(t: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", fold(t)).split())

    return norm(a) == norm(b)


def check_empty(src: str, tgt: str | None) -> list[Flag]:
    """No output (or only spaces and punctuation) for a source sentence."""
    if tgt is not None and re.search(r"\w", tgt):
        return []
    return [flag("empty", f"no output for {_quote(src)}")]


def check_untranslated(src: str, tgt: str) -> list[Flag]:
    """The output is the source unchanged, or is not English (py3langid, long sentences only)."""
    if _same_text(src, tgt) and any(len(w) >= 3 for w in ordinary_words(src)):
        return [flag("untranslated", f"output is the source unchanged: {_quote(tgt)}")]
    guess = english_probability(tgt)
    if guess is not None and guess[2] < MAX_EN_PROB:
        lang, prob, _ = guess
        return [flag("untranslated", f"output reads as '{lang}' ({prob:.2f}), not English: {_quote(tgt)}")]
    return []


def check_length_ratio(src: str, tgt: str, min_ratio: float = 0.5, max_ratio: float = 2.2) -> list[Flag]:
    """Output characters / source characters outside [min_ratio, max_ratio]; skipped
    for sources under MIN_RATIO_CHARS characters."""
    n_src, n_tgt = len(src.strip()), len(tgt.strip())
    if n_src < MIN_RATIO_CHARS or n_tgt == 0:
        return []
    ratio = n_tgt / n_src
    if min_ratio <= ratio <= max_ratio:
        return []
    side = "short" if ratio < min_ratio else "long"
    detail = (f"output too {side}: {ratio:.2f}x the source ({n_src} -> {n_tgt} characters, "
              f"expected {min_ratio}-{max_ratio}x): {_quote(tgt)}")
    return [flag("length_ratio", detail)]


# Words for loop detection; punctuation is dropped, so "the victims, the victims"
# repeats "the victims".
TOKEN_RE = re.compile(r"[^\W_]+")
# Function words: an n-gram made only of them ("of the", "in the") proves no loop.
_STOPWORDS = frozenset("""
    a an the of in on at to for by with from and or as is are was were be been that this these
    those it its their his her which who de la le les des du et en un une à au aux
""".split())


def _longest_run(tokens: list[str]) -> tuple[str, int]:
    best, best_len, run = "", 0, 0
    for i, tok in enumerate(tokens):
        run = run + 1 if i and tok == tokens[i - 1] else 1
        if run > best_len:
            best, best_len = tok, run
    return best, best_len


def _repeated_ngram(words: list[str], n: int) -> tuple[tuple[str, ...], int]:
    grams = Counter(
        g for g in (tuple(words[i : i + n]) for i in range(len(words) - n + 1))
        if not all(w in _STOPWORDS for w in g)
    )
    return max(grams.items(), key=lambda kv: kv[1], default=((), 0))


def check_repetition(src: str, tgt: str, ngram: int = 3, times: int = 3) -> list[Flag]:
    """A decoding loop: one word MAX_SAME_WORD_RUN+ times in a row, or an
    ``ngram``-word sequence ``times``+ times (unless the source repeats itself as much)."""
    words = [t.lower() for t in TOKEN_RE.findall(tgt)]
    word, run = _longest_run(words)
    if run >= MAX_SAME_WORD_RUN and word.isalpha():
        return [flag("repetition", f"{word!r} {run} times in a row: {_quote(tgt)}")]
    gram, count = _repeated_ngram(words, ngram)
    src_words = [t.lower() for t in TOKEN_RE.findall(src)]
    if count >= times and _repeated_ngram(src_words, ngram)[1] < times:
        return [flag("repetition", f"{' '.join(gram)!r} {count} times: {_quote(tgt)}")]
    return []


def estimate_tokens(text: str) -> int:
    """Output tokens estimated from words (TOKENS_PER_WORD) when no tokenizer count is at hand."""
    return round(len(text.split()) * TOKENS_PER_WORD)


def check_truncated(src: str, tgt: str, max_new_tokens: int, token_count: int | None = None) -> list[Flag]:
    """The output reached the generation limit, so it was probably cut. ``token_count``
    is the real count of output tokens; without it, it is estimated from words."""
    count = estimate_tokens(tgt) if token_count is None else token_count
    if count < max_new_tokens:
        return []
    how = "" if token_count is not None else f" (estimated from {len(tgt.split())} words)"
    tail = " ".join(tgt.split()[-8:])
    return [flag("truncated", f"output has {count} tokens{how}, the limit is {max_new_tokens}: "
                 f"it ends {_quote('…' + tail)}")]


# --- one segment, the stage ---------------------------------------------------------


def check_segment(
    src: str, tgt: str | None, cfg: ChecksSection, max_new_tokens: int, token_count: int | None = None
) -> list[Flag]:
    """Every check on one translated sentence; an empty output gets only ``empty``."""
    empty = check_empty(src, tgt)
    if empty:
        return empty
    assert tgt is not None
    return [
        *check_untranslated(src, tgt),
        *check_length_ratio(src, tgt, cfg.min_length_ratio, cfg.max_length_ratio),
        *check_repetition(src, tgt, cfg.repeat_ngram, cfg.repeat_times),
        *check_truncated(src, tgt, max_new_tokens, token_count),
        *check_numbers(src, tgt),
        *check_contacts(src, tgt),
        *check_names(src, tgt),
    ]


def _check_record(record: Record, cfg: ChecksSection, max_new_tokens: int) -> None:
    segments = record.translation.get("segments") or []
    for seg in segments:
        flags = seg.setdefault("flags", [])
        new = check_segment(seg["src"], seg.get("tgt"), cfg, max_new_tokens, seg.get("tgt_tokens"))
        flags.extend(f for f in new if f not in flags)  # a re-run adds nothing twice
    summary_flags = (record.summary or {}).get("flags") or []
    counts = Counter(f["code"] for seg in segments for f in seg["flags"])
    counts.update(f["code"] for f in summary_flags)
    record.flag_counts = dict(counts)
    record.needs_review = record.needs_review or bool(counts)


def check(records: Iterable[Record], cfg: ChecksSection, max_new_tokens: int) -> Iterator[Record]:
    """Flag every translated segment; set ``needs_review`` and ``flag_counts``.

    ``max_new_tokens`` is the translator's generation limit (an output that reaches it
    was cut). A segment may carry ``tgt_tokens`` (its real output token count);
    otherwise the count is estimated. Records with an error or no translation pass
    through untouched.
    """
    for record in records:
        if record.error is None and record.translation:
            try:
                _check_record(record, cfg, max_new_tokens)
            except Exception as exc:  # one document's failure is its error; the others go on
                record.fail(STAGE, exc)
        yield record


# --- summaries ----------------------------------------------------------------------


def month_words(text: str) -> list[tuple[str, int]]:
    """Months named in ``text`` as (word, month number): French ones in any case,
    English ones capitalised (so the verb "may" is not May)."""
    words = WORD_RE.findall(text)
    found = [(w, FR_MONTHS[fold(w)]) for w in words if fold(w) in FR_MONTHS]
    found += [(w, EN_MONTHS[w.lower()]) for w in words if w.istitle() and w.lower() in EN_MONTHS]
    return list(dict.fromkeys(found))


def _number_keys(text: str) -> set[str]:
    """Value keys of every number in ``text`` (read both ways), and of number words."""
    keys = set().union(*(k for _, k in numbers(text, "any")))
    return keys | _word_numbers(text, "fr") | _word_numbers(text, "en")


def _summary_name_found(name: str, sources: list[str]) -> bool:
    """A summary name is supported when a source has it (spelt alike, or as the French
    of an English name: IOM <- OIM)."""
    key = fold(name)
    for text in sources:
        words = _words(text)
        if name_found(name, text, words):
            return True
        if any(key in NAME_TRANSLATIONS.get(w, ()) for w in words):
            return True
    return False


def _unsupported(summary: str, sources: list[str]) -> list[str]:
    """What ``summary`` states that no source text contains: numbers, months, contacts, names."""
    joined = "\n".join(sources)
    keys = _number_keys(joined)
    out = [f"number {w!r}" for w, k in numbers(summary, "any") if not k & keys]
    have_months = {n for _, n in month_words(joined)}
    out += [f"date {w!r}" for w, n in month_words(summary) if n not in have_months]
    compact, digits, said = _compact(joined), _digits(joined), contacts(summary)
    out += [f"e-mail {e!r}" for e in said["emails"] if e.lower() not in compact]
    out += [f"URL {u!r}" for u in said["urls"] if _url_key(u) not in compact]
    out += [f"phone {p!r}" for p in said["phones"] if _digits(p) not in digits]
    text = strip_contacts(summary)
    missing = [s for s in names(text) if not _summary_name_found(s[2], sources)]
    out += [f"name {n!r}" for n in _group_adjacent(text, missing)]
    return list(dict.fromkeys(out))


def _check_summary_text(text: str | None, sources: list[str], max_words: int) -> list[Flag]:
    if not text or not text.strip():
        return [flag("summary_empty", "summary is empty")]
    flags = []
    n_words = len(text.split())
    if n_words > max_words:
        flags.append(flag("summary_too_long", f"{n_words} words, over the {max_words}-word limit"))
    unsupported = _unsupported(text, [s for s in sources if s])
    if unsupported:
        flags.append(flag("summary_unsupported", ", ".join(unsupported) + " not in the source"))
    return flags


def check_summary(
    summary: dict[str, Any] | str, source_text: str, translation_text: str = "", *, max_words: int = 80
) -> list[Flag]:
    """Flag a summary: empty (``summary_empty``), over ``max_words`` words
    (``summary_too_long``), or stating a number, date, e-mail or name that its source
    does not (``summary_unsupported``).

    ``summary`` is the summary dict (its "fr" half is checked against ``source_text``,
    the French body; its "en" half against the source or ``translation_text``, details
    start "fr: " / "en: ") or one summary text checked against ``source_text`` alone.
    """
    if isinstance(summary, str):
        return _check_summary_text(summary, [source_text], max_words)
    flags = []
    for lang, sources in (("fr", [source_text]), ("en", [translation_text, source_text])):
        if lang in summary and summary[lang] is not None:
            for f in _check_summary_text(summary[lang], sources, max_words):
                flags.append(flag(f["code"], f"{lang}: {f['detail']}"))
    return flags
