"""Shapes of lines that cleaning's rules share: bullets, sentences, teasers, list items, the
first line of running text; and the language of the page being cleaned (``page_language``),
which the rules read to pick the profile (months, stop words, function words) they need."""

from __future__ import annotations

import contextvars
import re
from functools import lru_cache

from summarise.text import boilerplate
from summarise.text.language_pages import PAGES
from summarise.text.languages import Language, UnknownLanguage, profile
from summarise.text.patterns import language_identifier, stopwords

# A menu bullet: "-", "- label", "* label", "• label" (also a lone "|" or ">").
BULLET = re.compile(r"^(?:[-*•·▪►|>]+)(?:\s.*)?$")
# The bullet or dash opening a menu entry.
BULLET_MARK = re.compile(r"^[-*•·▪►|>]+\s*")
# Copyright and rights lines of a footer.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|tous droits réservés|all rights reserved", re.IGNORECASE)
# A line that opens a new sentence: a capital, a digit-free opening quote.
# A line opening on a dash: a deck under its headline ("— Llaman a los medios ...", "-El objetivo
# es ...") or a list's item, never the headline itself.
DASH_OPENING = re.compile(r"^[-–—]")
STARTS_SENTENCE = re.compile(r"^[«\"“‘A-ZÀ-ÝŒ]")
# A sentence's end at the end of a line.
ENDS_SENTENCE = re.compile(r"[.!?…؟][\s\u00a0]*[»”\"’')]?$")
# What ends a clause at the end of a line (Latin and Arabic comma, semicolon): not a headline's end.
CLAUSE_END = (".", ",", ";", ":", "،", "؛")
# A cut-off mark at the end of a teaser: "[...]", "(…)", "...".
TRUNCATION = re.compile(r"\s*(?:\[\.\.\.\]|\[…\]|\(…\)|\(\.\.\.\)|\.\.\.|…)$")
# A label glued to the next word: "réunionOBV", "liensDiminuer".
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-ÝŒ]")
# A menu label glued to the text after it, "Qui sommes nousL'Organisation":
# two to five words, the last all lowercase, then a capital with no space.
GLUED_LABEL = re.compile(r"^((?:\S+ ){1,4}[a-zà-ÿ]{3,})(?=[A-ZÀ-ÝŒ](?:[a-zà-ÿ]|['’]))")
# An item of a list in the text ("• l’avant-projet de loi ...", "- le projet ...").
LIST_ITEM = re.compile(r"^[•·▪*-]\s+\S")
# A line of running text has at least this many words (and ends a sentence).
PARAGRAPH_MIN_WORDS = 12
# A title is at most this long.
TITLE_MAX_CHARS = 320
# A dateline is looked for in this many first non-blank lines (promotions may come first).
DATELINE_WITHIN = 40
# Cells of a header bar ("10/28/2025 | Press release | Distributed by Public on 10/28/2025 11:53").
BAR_SEPARATOR = re.compile(r"\s+\|\s+")
# A header bar has at least this many cells.
BAR_MIN_CELLS = 3
# A widget's label is one word of at most this many letters ("Imprimir", "Partager").
WIDGET_MAX_CHARS = 20
# The languages a page's language switch offers, named in their own language and in those of the
# profiles ("English", "العربية", "Español", "Français").
SWITCH_LANGUAGES = ("fr", "en", "es", "ar", "de", "it", "pt", "ru", "zh", "nl")
# One to three marks alone on a line, no letter nor digit (".", "|", "-", "* *").
STRAY_MARK = re.compile(r"^[^\w\s](?:\s?[^\w\s]){0,2}$")
# An end mark closes a release: "###", "-30-", "– 30 –"; what follows is not its text.
END_MARK = re.compile(r"^(?:#{3,}|[-–—]\s*30\s*[-–—])$")
# A wire's end mark closing the last paragraph: a word or two between double slashes, maybe a
# time code after it ("... // انتهى // 1848", "... // FIN //").
WIRE_END_MARK = re.compile(r"\s*//\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*//[\s\d:]*$")
# The page's language is guessed on this much of its text.
LANGUAGE_SAMPLE_CHARS = 3000


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def is_long_item(line: str) -> bool:
    """A bulleted line of a sentence's length: an item of a list in the text ("• L’Honorable
    Commissaire ..., Chef de la Délégation ;"), not a menu entry, which is a few words."""
    return len(line.split()) >= PARAGRAPH_MIN_WORDS


def neighbours(lines: list[str], i: int) -> tuple[str, str]:
    """The previous and next non-blank lines around ``i`` ("" at either end)."""
    prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
    return prev, nxt


def first_paragraph(lines: list[str]) -> int:
    """Index of the first line of running text: a long line ending a sentence. Its words are counted,
    not the marks set apart between them (". ." and "!!" in "الولايات المتحدة تشارك. . والعالم الحر
    يتواطأ . . والأمة العربية !!" are a headline's punctuation, not words; a figure is a word)."""
    for i, line in enumerate(lines):
        if (
            sum(1 for token in line.split() if any(c.isalnum() for c in token)) >= PARAGRAPH_MIN_WORDS
            and ENDS_SENTENCE.search(line)
            and not TRUNCATION.search(line)
            and not boilerplate.is_chrome(line)
        ):
            return i
    return len(lines)


# The language of the page being cleaned (ISO 639-1), set by ``clean`` before its rules run: the
# rules read the profile of that language (month names, stop words, function words, labels).
PAGE_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("page_language", default="fr")
# A language's rules fall back to French's where its profile has no entry of its own.
FALLBACK_LANGUAGE = "fr"
# Letters of a script without capitals (Arabic, Hebrew, CJK ...): there, any letter opens a sentence.
CASELESS_LETTER = re.compile(r"[^\W\d_]")


def page_profile() -> Language:
    """The profile of the page's language, or French's when that language has no rules of its own
    (no entry in the pages' table, ``language_pages.PAGES``) or CLDR does not know it."""
    code = PAGE_LANGUAGE.get()
    if code not in PAGES:
        code = FALLBACK_LANGUAGE
    return profile(code)


def own_profile() -> Language | None:
    """The profile of the page's own language, EXTRA entry or not (None if CLDR does not know it)."""
    try:
        return profile(PAGE_LANGUAGE.get())
    except UnknownLanguage:
        return None


def page_stoplist() -> str | None:
    """jusText's name of the page language's stop-word list ("Spanish", "German"); None when
    jusText has none for it."""
    language = own_profile()
    return language.name if language is not None and stopwords(language.name) else None


def function_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions of the page's language."""
    return page_profile().function_words or profile(FALLBACK_LANGUAGE).function_words


def is_caseless(char: str) -> bool:
    """A letter of a script without capitals ("ص", "中"); a Latin letter is not."""
    return char.isalpha() and char.upper() == char.lower() and char.upper() == char


def starts_sentence(line: str) -> bool:
    """A line opening a sentence: a capital, an opening quote, or any letter of a caseless script
    (an Arabic sentence has no capital to open it)."""
    return bool(STARTS_SENTENCE.match(line)) or (bool(line) and is_caseless(line[0]))


def has_lower_case(line: str) -> bool:
    """Mixed case (not a line of capitals), or a caseless script, where every line is "mixed"."""
    return any(c.islower() or is_caseless(c) for c in line)


def is_header_bar(line: str) -> bool:
    """An aggregator's bar of cells ("date | Press release | Distributed by ..."): never a headline
    nor text, whatever the words in its cells."""
    return len(BAR_SEPARATOR.split(line)) >= BAR_MIN_CELLS


# The acronyms of an issuer before or after a rubric ("PAM: Communiqué de Presse", "Communiqué LDH").
ISSUER_LABEL_MAX_CHARS = 60
ISSUER_BEFORE_LABEL = re.compile(r"^(?:[A-ZÀ-Ý]{2,8}(?:[/&][A-ZÀ-Ý]{2,8})?\s*){1,3}(?:[:：\-–—|]\s*|\s+)")
ISSUER_AFTER_LABEL = re.compile(r"(?:\s*[:：\-–—|]\s*|\s+)(?:[A-ZÀ-Ý]{2,8}(?:[/&][A-ZÀ-Ý]{2,8})?\s*){1,3}$")


def is_release_label(line: str) -> bool:
    """The rubric a page prints above a release in the page's language, French or English
    ("Comunicado de prensa", "بيان صحفي", "خبر صحفى:", "Press Release"), alone or with the
    acronym of who issues it ("Communiqué LDH", "PAM: Communiqué de Presse"): never the headline."""
    bare = line.strip().rstrip(":：").strip().casefold()
    labels = release_labels(page_profile().code)
    if bare in labels:
        return True
    if len(bare) > ISSUER_LABEL_MAX_CHARS or bare == line.strip():  # no capital, no acronym
        return False
    issuer = ISSUER_AFTER_LABEL.search(line.strip())
    if issuer is not None and line.strip()[: issuer.start()].rstrip(" :：-–—|").casefold() in labels:
        return True
    issuer = ISSUER_BEFORE_LABEL.match(line.strip())
    return issuer is not None and line.strip()[issuer.end() :].rstrip(" :：").casefold() in labels


# What joins a release label to its issuer's name: "Communiqué de l'Union locale ...", "Declaración
# del Consejo ...", "بيان صادر عن جمعية ..." (French and Spanish "of", Arabic "from"); a label
# followed by "sur", "sobre" or "بشأن" names its subject, as a headline does.
ISSUER_LINK = re.compile(r"^(?:de la|de l['’]|d['’]|de|du|des|del|عن|من)(?:\s|(?<=['’]))", re.IGNORECASE)


def is_issuer_rubric(line: str) -> bool:
    """A release label of the page's language (the longest that opens the line) joined to its
    issuer's name ("بيان صادر عن جمعية حقوق الإنسان في سورية", "Communiqué de l'Union locale CGT"):
    the rubric a page sets over a release's headline."""
    bare = " ".join(line.split()).casefold()
    labels = release_labels(page_profile().code)
    label = max((x for x in labels if bare == x or bare.startswith(x + " ")), key=len, default=None)
    return label is not None and bool(ISSUER_LINK.match(bare[len(label) + 1 :]))


@lru_cache(maxsize=32)
def release_labels(code: str) -> frozenset[str]:
    """The rubric labels of a language's profile, French's and English's, casefolded."""
    return frozenset(label for known in dict.fromkeys((code, "fr", "en")) for label in profile(known).labels)


def is_closing(line: str) -> bool:
    """A letter's closing formula in the page's language, French or English ("Saludos cordiales,",
    "Cordialement,", "Best regards"): what follows it is the sender's signature."""
    bare = line.strip().rstrip(",.!").strip().casefold()
    codes = dict.fromkeys((page_profile().code, "fr", "en"))
    return bool(bare) and any(bare in profile(code).closings for code in codes)


def is_widget_word(line: str) -> bool:
    """A lone word of letters closing a page ("Imprimir", "Compartir"): a button's label, since a
    release never ends on a one-word paragraph; or a widget's prompt of the page's language, French
    or English ("Deja un comentario", "شاركوا هذا الخبر مع أصدقائكم")."""
    if bool(line) and len(line) <= WIDGET_MAX_CHARS and line.isalpha():
        return True
    bare = line.strip().rstrip(".:!").strip().casefold()
    return any(bare in profile(code).widget_prompts for code in dict.fromkeys((page_profile().code, "fr", "en")))


# A photo's credit names its photographers or agencies in a few words.
CREDIT_MAX_WORDS = 8


def is_photo_credit(line: str) -> bool:
    """A photo's credit: a credit label of the page's language, French or English, then a colon
    ("Photo : AFP/VNA/CVN", "Fotografía: Pool Moncloa/...", "تصوير: ..."). Never a headline."""
    label, colon, rest = line.partition(":")
    if not colon or not rest.strip() or len(rest.split()) > CREDIT_MAX_WORDS:
        return False
    bare = " ".join(label.split()).casefold()
    return any(bare in profile(code).credit_labels for code in dict.fromkeys((page_profile().code, "fr", "en")))


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Names of the languages a switch offers, casefolded, from CLDR (babel)."""
    from babel import Locale

    names: set[str] = set()
    for display in dict.fromkeys((*PAGES, *SWITCH_LANGUAGES)):
        languages = Locale.parse(display).languages
        names.update(languages[code].casefold() for code in SWITCH_LANGUAGES if code in languages)
    return frozenset(names)


def is_language_name(line: str) -> bool:
    """A line naming only a language ("- English", "العربية"): an entry of a language switch."""
    bare = BULLET_MARK.sub("", line).strip().casefold()
    return bool(bare) and bare in language_names()


def has_cased_letter(text: str) -> bool:
    """A letter of a script with capitals (a Latin place name shows itself by them)."""
    return any(c.isalpha() and not is_caseless(c) for c in text)


def is_foreign(line: str) -> bool:
    """A line in another language than the page (an English menu on a French or Arabic page); an
    English page has no foreign chrome by this rule."""
    code = PAGE_LANGUAGE.get()
    if code == "en":
        return False
    return boilerplate.is_foreign(line, language_identifier, page_stoplist(), code)


def page_language(lines: list[str]) -> tuple[str, float]:
    """The page's language, guessed early (before any rule that depends on it) on its running
    text: the lines of a sentence or more (menus and labels are short, and often English on a
    page in another language); on every line when there is no such line."""
    text = [line for line in lines if len(line.split()) >= PARAGRAPH_MIN_WORDS // 2]
    sample = " ".join(text or [line for line in lines if line])[:LANGUAGE_SAMPLE_CHARS]
    lang, confidence = language_identifier().classify(sample)
    return lang, confidence


# A line of a page's furniture ("Aucun commentaire:", "Noticias Relacionadas", "فيديو قد يعجبك:")
# has at most this many words.
FURNITURE_MAX_WORDS = 6


def is_furniture(line: str) -> bool:
    """A short line that names a page's furniture and nothing else: each word a chrome word of the
    page's language or of English (its profile's ``chrome_words``: comments, sharing, subscriptions,
    related stories, ads) or a function word, one chrome word at least; figures aside ("0 Comments",
    "Deja un comentario", "Temas Relacionados:")."""
    if len(line.split()) > FURNITURE_MAX_WORDS:
        return False
    found = [w.casefold() for w in boilerplate.words(line)]
    if not found or len(found) > FURNITURE_MAX_WORDS:
        return False
    chrome, glue = furniture_words(page_profile().code)
    return any(w in chrome for w in found) and all(w in chrome or w in glue for w in found)


@lru_cache(maxsize=32)
def furniture_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The chrome words of a language's profile and English's, and the words that may go with them
    (stop words, negations)."""
    page, english = profile(code), profile("en")
    return page.chrome_words | english.chrome_words, page.stopwords | set(page.negation) | english.stopwords
