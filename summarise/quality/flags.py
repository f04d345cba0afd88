"""Flags: what the checks write, and how sure each one is.

A flag is ``{"code": ..., "detail": "why, quoting the text", "severity": "critical" | "note"}``.
A ``critical`` flag is an error of meaning or fact (a number, a date, a unit, a contact, a name a
translation keeps, a negation lost or added, an omission, a loop, a cut or untranslated output):
it sets the record's ``needs_review`` and sends a reviewer to the sentence. A ``note`` is worth a
glance but proves nothing (a name that a correct translation may well translate, a summary
trimmed to length).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

Flag = dict[str, str]
CRITICAL, NOTE = "critical", "note"

# What each flag means for a reviewer: an error of meaning or fact, or a note.
SEVERITY = {
    "empty": CRITICAL,
    "untranslated": CRITICAL,
    "truncated": CRITICAL,
    "repetition": CRITICAL,
    "number_mismatch": CRITICAL,
    "contact_lost": CRITICAL,
    "length_ratio": CRITICAL,
    "incomplete": CRITICAL,
    "negation_lost": CRITICAL,
    "name_missing": CRITICAL,
    "name_added": NOTE,
    "date_mismatch": CRITICAL,
    "unit_mismatch": CRITICAL,
    "negation_added": CRITICAL,
    "omission": CRITICAL,
    "summary_empty": CRITICAL,
    "summary_unsupported": CRITICAL,
    "summary_halves_differ": CRITICAL,
    "summary_too_long": NOTE,
    "summary_trimmed": NOTE,
    "summary_cut_mid_sentence": NOTE,
    "long_input_chunked": NOTE,
    "long_input_selected": NOTE,
    # Written by the translate stage (terms.py), which gives each its severity.
    "placeholder_lost": CRITICAL,
    "placeholder_duplicated": CRITICAL,
    "placeholder_placed": NOTE,
    "glossary": NOTE,
}
# The summary codes this stage sets (the summarise and translate stages set the others).
SUMMARY_CHECK_CODES = frozenset({"summary_empty", "summary_too_long", "summary_unsupported", "summary_halves_differ"})
# The codes the segment checks write (a re-run replaces them, nothing else).
SEGMENT_CODES = frozenset(
    {
        "empty",
        "untranslated",
        "truncated",
        "repetition",
        "number_mismatch",
        "contact_lost",
        "length_ratio",
        "incomplete",
        "negation_lost",
        "name_missing",
        "name_added",
        "date_mismatch",
        "unit_mismatch",
        "negation_added",
        "omission",
    }
)

# Every space French typography puts in numbers and before : ; ! ? and inside « »:
# the no-break space U+00A0, the narrow no-break space U+202F, the thin space U+2009.
SPACE = " \u00a0\u202f\u2009"


def flag(code: str, detail: str, severity: str | None = None) -> Flag:
    """A flag; its severity is the code's (SEVERITY) unless given."""
    return {"code": code, "detail": detail, "severity": severity or SEVERITY.get(code, CRITICAL)}


def severity_of(f: dict) -> str:
    """A flag's severity (a flag written before severities existed gets its code's)."""
    return f.get("severity") or SEVERITY.get(f.get("code", ""), CRITICAL)


def quote(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters, quoted: for a flag's detail."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# Called for every name against the same source, one after another: a small cache is
# enough, and keeps no more than a few documents alive.
@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes made plain: for comparing."""
    if text.isascii():  # no accent nor typographic apostrophe to undo (most of an English output)
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# A run of letters, a word without its digits or apostrophes: for counting and reading words.
LETTERS_RE = re.compile(r"[^\W\d_]+")


# Arabic's optional marks: the short vowels, tanween, shadda and sukun (U+064B-U+0652), and the
# tatweel that stretches a word (U+0640). A text may write them or not ("الدّولار", "الدولار").
ARABIC_MARKS_RE = re.compile(r"[\u064b-\u0652\u0640]")


def unvowelled(text: str) -> str:
    """``text`` without Arabic's optional vowel marks and tatweel, as most Arabic is written."""
    return ARABIC_MARKS_RE.sub("", text)
