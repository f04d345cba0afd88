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
from summarise.quality.dates import check_dates, month_words, months
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
from summarise.quality.numbers import check_numbers, magnitudes, numbers, word_numbers
from summarise.quality.units import check_units, converted_numbers
from summarise.record import Record, summary_language, summary_source


def source_texts(record: Record) -> tuple[str, str]:
    """(source title + body, English title + body): what a summary is checked against."""
    tr = record.translation or {}
    src = "\n\n".join(p for p in (record.title, record.text) if p)
    en = "\n\n".join(p for p in (tr.get("title"), tr.get("text")) if p)
    return src, en


def agreement_flags(pairs: list[tuple[str, str]], lang: str = "fr") -> list[Flag]:
    """The two halves of a summary must say the same thing: each source sentence (language
    ``lang``) against its English translation, for numbers and scale, dates, units, names and
    contacts (the translation checks)."""
    flags = []
    for number, (src, en) in enumerate(pairs, 1):
        found = [
            *check_numbers(src, en, lang, converted_numbers(src, en, lang)),
            *check_dates(src, en, lang),
            *check_units(src, en, lang),
            *check_names(src, en, lang),
            *check_contacts(src, en),
        ]
        for item in found:  # as sure as the check it wraps: an unsure name stays a note
            flags.append(
                flag(
                    "summary_halves_differ",
                    f"sentence {number}: {item['code']}: {item['detail']}",
                    item.get("severity"),
                )
            )
    return flags


def _number_keys(text: str, lang: str) -> set[str]:
    """Value keys of every number in ``text`` (read in ``lang`` and in English), and of number
    words."""
    keys = set().union(*(k for _, k in [*numbers(text, lang), *numbers(text, "any")]))
    return keys | word_numbers(text, lang) | word_numbers(text, "en")


@dataclass(frozen=True)
class _Support:
    """What one source text can support, read once: both halves of a summary, and each of
    their names, are checked against the same release."""

    text: str
    lang: str
    number_keys: frozenset[str]
    months: frozenset[int]
    sizes: frozenset[int]  # the powers of ten of its quantities (numbers and scale words)
    emails: frozenset[str]
    urls: frozenset[str]
    phones: frozenset[str]
    words: frozenset[str]
    english_names: frozenset[str]  # the known English forms of its words (OIM -> iom)

    def has_name(self, name: str) -> bool:
        """Spelt alike, or as the French of an English name (IOM <- OIM)."""
        return name_found(name, self.text, self.words, self.lang) or fold(name) in self.english_names


@lru_cache(maxsize=64)
def _support(text: str, lang: str) -> _Support:
    words = words_of(text)
    emails, urls, phones = output_contacts(text)
    month_numbers = {m.number for m in months(text, lang)} | {n for _, n in month_words(text)}
    return _Support(
        text,
        lang,
        frozenset(_number_keys(text, lang)),
        frozenset(month_numbers),
        frozenset(magnitudes(text, lang)),
        frozenset(emails),
        frozenset(urls),
        frozenset(phones),
        frozenset(words),
        frozenset(e for w in words for e in translations(w, lang)),
    )


def _unsupported(summary: str, sources: list[tuple[str, str]], lang: str = "fr") -> list[str]:
    """What ``summary`` (language ``lang``) states that no source text (text, language)
    contains: numbers, scale, months, contacts, names."""
    support = [_support(text, text_lang) for text, text_lang in sources]

    def anywhere(field: str) -> set:
        return set().union(*(getattr(s, field) for s in support))

    keys = anywhere("number_keys")
    out = [f"number {w!r}" for w, k in numbers(summary, lang) if not k & keys]
    out += [f"scale 10^{p}" for p in sorted(magnitudes(summary, lang, bare_only=True) - anywhere("sizes"))]
    have_months = anywhere("months")
    out += [f"date {m.written!r}" for m in months(summary, lang) if m.strict and m.number not in have_months]
    emails, urls, phones = anywhere("emails"), anywhere("urls"), anywhere("phones")
    said = contacts(summary)
    out += [f"e-mail {e!r}" for e in said["emails"] if e.lower() not in emails]
    out += [f"URL {u!r}" for u in said["urls"] if url_key(u) not in urls]
    out += [f"phone {p!r}" for p in said["phones"] if digits_of(p) not in phones]
    text = strip_contacts(summary)
    missing = [s for s in names(text, starts=False, lang=lang) if not any(sup.has_name(s[2]) for sup in support)]
    out += [f"name {n!r}" for n in labels(group_adjacent(text, missing))]
    return list(dict.fromkeys(out))


def _check_summary_text(
    text: str | None, sources: list[tuple[str, str]], max_words: int, lang: str = "fr"
) -> list[Flag]:
    if not text or not text.strip():
        return [flag("summary_empty", "summary is empty")]
    flags = []
    n_words = len(text.split())
    if n_words > max_words:
        flags.append(flag("summary_too_long", f"{n_words} words, over the {max_words}-word limit"))
    unsupported = _unsupported(text, [s for s in sources if s[0]], lang)
    if unsupported:
        flags.append(flag("summary_unsupported", ", ".join(unsupported) + " not in the source"))
    return flags


def check_summary(
    summary: dict[str, Any] | str,
    source_text: str,
    translation_text: str = "",
    *,
    max_words: int = 80,
    lang: str = "fr",
) -> list[Flag]:
    """Flag a summary: empty (``summary_empty``), over ``max_words`` words
    (``summary_too_long``), or stating a number, date, e-mail or name that its source
    does not (``summary_unsupported``).

    ``summary`` is the summary dict (its source-language half, ``record.summary_source``, is
    checked against ``source_text``, the source body in ``lang``; its "en" half against the source
    or ``translation_text``; details start with the half's language, "fr: " / "en: ") or one
    summary text checked against ``source_text`` alone, both in ``lang``. Numbers, scale words
    and months are read with each text's language.
    """
    if isinstance(summary, str):
        return _check_summary_text(summary, [(source_text, lang)], max_words, lang)
    lang = summary_language(summary, lang)
    flags = []
    halves = (
        (lang, summary_source(summary), [(source_text, lang)]),
        ("en", summary.get("en"), [(translation_text, "en"), (source_text, lang)]),
    )
    for half_lang, text, sources in halves:
        if text is not None:
            for f in _check_summary_text(text, sources, max_words, half_lang):
                flags.append(flag(f["code"], f"{half_lang}: {f['detail']}"))
    return flags
