"""Patterns shared by cleaning, checks and summaries: the one home of each.

Contacts (e-mail, URL, phone), the language identifier and the stop-word lists are
defined here once; ``clean``, ``checks``, ``segment`` and ``summarise`` import them,
so a contact the cleaner keeps is the contact the checks compare.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from summarise.text.language_data import EXTRA

# --- contacts ---------------------------------------------------------------------

# An e-mail address; \w covers accented local parts.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A URL as press releases write it: with a scheme or starting www.; it ends before
# spaces, quotes and angle brackets, and not on a full stop, comma, ; : or ")".
URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>]+[^\s\"'<>.,;:)]", re.IGNORECASE)
# A phone number: optional "+", digits in groups, optional extension
# ("x 236", "ext. 12", "poste 5"); at least 7 digits are required (see is_phone).
PHONE = re.compile(r"(?<![\w+])\+?\s?\(?\d[\d ().\-/]{5,}\d(?:\s*(?:x|ext\.?|poste)\s*\d{1,5})?", re.IGNORECASE)
# A date in digits, day first or year first ("12.12.2019", "23/05/11", "2019-12-12"): the one
# pattern the dateline reads and the phone finder refuses (a date is not a phone number).
NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[-/]\d{1,2}[-/]\d{1,2}"
# Closing marks a URL match may carry from the sentence around it ("(www.x.org»").
URL_TRAIL = "»”’)]}"
MIN_PHONE_DIGITS = 7


# How a phone number in running text starts: an international "+", an area code in
# brackets "(868) ", or the 0 of a national number ("01 23 45 67 89").
_PHONE_START = re.compile(r"\+|\(\d{1,4}\)|0")


def is_phone(text: str) -> bool:
    """A PHONE match in running text: 7+ digits and a phone's start (_PHONE_START).
    Plain digit groups are numbers: "1 600 000 habitants", "(1469-1539)", "2005-2007"."""
    text = text.strip()
    return sum(c.isdigit() for c in text) >= MIN_PHONE_DIGITS and bool(_PHONE_START.match(text))


# --- language identification ---------------------------------------------------------


@lru_cache(maxsize=1)
def _full_identifier() -> Any:
    """py3langid's model, unpickled once per process (about 2.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=4)
def language_identifier(languages: tuple[str, ...] | None = None) -> Any:
    """py3langid's identifier with normalised probabilities, restricted to ``languages``
    (None: every language the model knows). Every set shares the one loaded model:
    ``set_languages`` only rebinds the copy's own tables."""
    if languages is None:
        return _full_identifier()
    identifier = copy.copy(_full_identifier())
    identifier.set_languages(list(languages))
    return identifier


# --- stop words ------------------------------------------------------------------------

# Extractive summaries (TF-IDF): function words that carry no topic, kept short on
# purpose; everything else counts.
SUMMARY_STOP_WORDS = frozenset(
    """
    a à au aux avec c ce ces cet cette d dans de des du elle elles en est et été être
    il ils j l la le les leur leurs lui m mais me n ne nous on ont ou où par pas plus
    pour qu que qui s sa se ses son sont sur t un une vous y ainsi aussi comme dont
    entre même sous tout tous toutes très
    """.split()
)

# Loop detection (checks): an n-gram made only of these ("of the", "in the") proves no loop.
FUNCTION_WORDS = frozenset(
    """
    a an the of in on at to for by with from and or as is are was were be been that this these
    those it its their his her which who de la le les des du et en un une à au aux
""".split()
)

# Articles, prepositions, conjunctions and pronouns of French (a headline never ends on one): the
# French profile's list (``language_data.EXTRA``), where every language's now lives; cleaning reads the
# page language's through ``shapes.function_words``.
FRENCH_FUNCTION_WORDS = frozenset(EXTRA["fr"]["function_words"])


@lru_cache(maxsize=16)
def stopwords(language: str) -> frozenset[str]:
    """Boilerplate scoring (clean): jusText's stop-word list for a language named in English
    ("French", "Spanish", "Arabic"), casefolded; empty for a language jusText has no list of."""
    import justext

    if language not in justext.get_stoplists():
        return frozenset()
    return frozenset(w.casefold() for w in justext.get_stoplist(language))
