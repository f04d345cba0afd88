"""Words that are one word's forms, or one word inside another: what a headline and its text share
in a language that inflects or compounds its words ("Verkehrsprojekte" / "Projekte", "osiedli" /
"osiedlowych", "investimento" / "investimentos"), read with no list of any language's endings.

A compound's other half must be a word of the page's language (wordfreq's frequency table, which
covers some forty languages): "Verkehrs|projekte" holds "Verkehr", while "organi|sation" holds no
French word, so "nation" is not in "organisation"."""

from __future__ import annotations

from functools import lru_cache

from summarise.text.languages import zipf

# The shorter of two words one begins or ends the other is at least this long ("projet" in
# "projets"; "mise" in "remise" is too short to tell a form from a chance).
MIN_STEM = 5
# Two forms of one word share a beginning this long at least ...
MIN_SHARED_BEGINNING = 6
# ... that is at least this share of the shorter ("osiedl" of "osiedli" and "osiedlowych"; not
# "intern" of "internet" and "international").
SHARED_BEGINNING_RATIO = 0.8
# What may follow a word that another begins with, as its ending alone ("investimento|s").
MAX_ENDING = 3
# A compound's other half is at least this long ("Verkehr" of "Verkehrsprojekte") ...
MIN_PART = 4
# ... and this common in the page's language (wordfreq's Zipf scale: 3 is once per million words).
PART_ZIPF = 3.0
# The letters a compounding language may set between a compound's halves ("Verkehr-s-projekte").
LINKING = ("s", "e", "n", "en", "es", "er")


def is_word(part: str, lang: str) -> bool:
    """``part`` (or it without a linking letter) is a word of ``lang`` in its own right."""
    if len(part) < MIN_PART:
        return False
    candidates = [part] + [part[: -len(link)] for link in LINKING if part.endswith(link)]
    return any(len(c) >= MIN_PART and zipf(c, lang) >= PART_ZIPF for c in candidates)


def common_beginning(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=65536)
def same_stem(a: str, b: str, lang: str) -> bool:
    """Two casefolded words are forms of one word, or one is a half of the other, a compound."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < MIN_STEM:
        return False
    if long.startswith(short):  # "investimento|s", "Verkehr|s|projekte"
        rest = long[len(short) :]
        return (
            len(rest) <= MAX_ENDING
            or is_word(rest, lang)
            or any(rest.startswith(link) and is_word(rest[len(link) :], lang) for link in LINKING)
        )
    if long.endswith(short):  # "Verkehrs|projekte"
        return is_word(long[: -len(short)], lang)
    shared = common_beginning(short, long)  # "osiedl|i", "osiedl|owych"
    return shared >= MIN_SHARED_BEGINNING and shared >= SHARED_BEGINNING_RATIO * len(short)


def forms(word: str) -> list[str]:
    """A word and, when hyphens join it ("eu-förderung"), each of its parts."""
    parts = [p for p in word.split("-") if p]
    return [word] + parts if len(parts) > 1 else [word]


def shared_stems(words: set[str], body: set[str], lang: str) -> int:
    """How many of ``words`` the text's words (``body``) hold, as they are or in another form."""
    return sum(1 for word in words if word in body or any(_in_text(form, body, lang) for form in forms(word)))


def _in_text(form: str, body: frozenset[str] | set[str], lang: str) -> bool:
    if form in body:
        return True
    if len(form) < MIN_STEM:
        return False
    return any(
        len(b) >= MIN_STEM and (b[:2] == form[:2] or form.endswith(b) or b.endswith(form)) and same_stem(form, b, lang)
        for b in body
    )
