"""Summary checks: a summary must not state a number, date, contact or name that the release
does not, and its two halves (source language and English) must agree."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarise.quality.contacts import (
    check_contacts,
    contacts,
    digits_of,
    output_contacts,
    strip_contacts,
    url_key,
)
from summarise.quality.dates import month_words
from summarise.quality.flags import Flag, flag, fold
from summarise.quality.names import (
    check_names,
    group_adjacent,
    labels,
    name_found,
    names,
    translations,
    words_of,
)
from summarise.quality.numbers import check_numbers, numbers, word_numbers
from summarise.record import Record


def source_texts(record: Record) -> tuple[str, str]:
    """(source title + body, English title + body): what a summary is checked against."""
    tr = record.translation or {}
    src = "\n\n".join(p for p in (record.title, record.text) if p)
    en = "\n\n".join(p for p in (tr.get("title"), tr.get("text")) if p)
    return src, en


def agreement_flags(pairs: list[tuple[str, str]]) -> list[Flag]:
    """The two halves of a summary must say the same thing: each source sentence against its
    English translation, for numbers, names and contacts (the translation checks)."""
    flags = []
    for number, (src, en) in enumerate(pairs, 1):
        for one_check in (check_numbers, check_names, check_contacts):
            for item in one_check(src, en):
                # As sure as the check it wraps: an unsure name stays a note.
                flags.append(flag("summary_halves_differ", f"sentence {number}: {item['code']}: "
                                                           f"{item['detail']}", item.get("severity")))
    return flags

def _number_keys(text: str) -> set[str]:
    """Value keys of every number in ``text`` (read both ways), and of number words."""
    keys = set().union(*(k for _, k in numbers(text, "any")))
    return keys | word_numbers(text, "fr") | word_numbers(text, "en")


@dataclass(frozen=True)
class _Support:
    """What one source text can support, read once: both halves of a summary, and each of
    their names, are checked against the same release."""

    text: str
    number_keys: frozenset[str]
    months: frozenset[int]
    emails: frozenset[str]
    urls: frozenset[str]
    phones: frozenset[str]
    words: frozenset[str]
    english_names: frozenset[str]  # the known English forms of its words (OIM -> iom)

    def has_name(self, name: str) -> bool:
        """Spelt alike, or as the French of an English name (IOM <- OIM)."""
        return name_found(name, self.text, self.words) or fold(name) in self.english_names


@lru_cache(maxsize=64)
def _support(text: str) -> _Support:
    words = words_of(text)
    emails, urls, phones = output_contacts(text)
    return _Support(text, frozenset(_number_keys(text)), frozenset(n for _, n in month_words(text)),
                    frozenset(emails), frozenset(urls), frozenset(phones), frozenset(words),
                    frozenset(e for w in words for e in translations(w)))


def _unsupported(summary: str, sources: list[str]) -> list[str]:
    """What ``summary`` states that no source text contains: numbers, months, contacts, names."""
    support = [_support(text) for text in sources]

    def anywhere(field: str) -> set:
        return set().union(*(getattr(s, field) for s in support))

    keys = anywhere("number_keys")
    out = [f"number {w!r}" for w, k in numbers(summary, "any") if not k & keys]
    have_months = anywhere("months")
    out += [f"date {w!r}" for w, n in month_words(summary) if n not in have_months]
    emails, urls, phones = anywhere("emails"), anywhere("urls"), anywhere("phones")
    said = contacts(summary)
    out += [f"e-mail {e!r}" for e in said["emails"] if e.lower() not in emails]
    out += [f"URL {u!r}" for u in said["urls"] if url_key(u) not in urls]
    out += [f"phone {p!r}" for p in said["phones"] if digits_of(p) not in phones]
    text = strip_contacts(summary)
    missing = [s for s in names(text, starts=False) if not any(sup.has_name(s[2]) for sup in support)]
    out += [f"name {n!r}" for n in labels(group_adjacent(text, missing))]
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
