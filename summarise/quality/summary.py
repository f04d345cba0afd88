"""Summary checks: a summary must not state a number, date, contact or name that the release
does not, and its two halves (source language and English) must agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarise.quality.attribution import misattributed, name_runs, off_support
from summarise.quality.contacts import (
    check_contacts,
    contacts,
    digits_of,
    output_contacts,
    strip_contacts,
    url_key,
)
from summarise.quality.dates import check_dates, months
from summarise.quality.flags import Flag, flag, fold
from summarise.quality.namefind import WORD_RE, group_adjacent, labels, names
from summarise.quality.namematch import name_found, translations, words_of
from summarise.quality.names import check_names
from summarise.quality.nametables import zipf
from summarise.quality.negation import check_negation
from summarise.quality.numbers import check_numbers, magnitudes, numbers
from summarise.quality.summarytext import (
    CONTENT_RE,
    MONTH,
    NUMBER,
    STEMS,
    context_window,
    counted_text,
    months_of,
    number_keys_of,
    numeric_dates,
    sentence_spans,
    sentences_of,
    stop_words,
    text_stems,
)
from summarise.quality.units import check_units, converted_numbers
from summarise.record import Record, summary_language, summary_source
from summarise.text.languages import ascii_digits

# A sentence's first word this common in its language (wordfreq Zipf) is a word, not a name,
# even when English writes it alike ("Questions" 5.2); dateline places are rarer ("Berne" 3.8).
MAX_ZIPF_AT_START = 4.5
# A sentence whose words of four letters or more (after the first) are capitalised at least this
# share is in title case ("Hablar Más Fuerte Para Combatir"): its capitals mark no name.
TITLE_CASE_SHARE = 0.8


def source_texts(record: Record) -> tuple[str, str]:
    """(source title + body, English title + body): what a summary is checked against."""
    tr = record.translation or {}
    src = "\n\n".join(p for p in (record.title, record.text) if p)
    en = "\n\n".join(p for p in (tr.get("title"), tr.get("text")) if p)
    return src, en


def agreement_flags(pairs: list[tuple[str, str]], lang: str = "fr") -> list[Flag]:
    """The two halves of a summary must say the same thing: each source sentence (language
    ``lang``) against its English translation, for numbers and scale, dates, units, names,
    contacts and negation (the translation checks)."""
    flags = []
    for number, (src, en) in enumerate(pairs, 1):
        found = [
            *check_numbers(src, en, lang, converted_numbers(src, en, lang)),
            *check_dates(src, en, lang),
            *check_units(src, en, lang),
            *check_names(src, en, lang),
            *check_contacts(src, en),
            *check_negation(src, en, lang),
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


def spelt_out(acronym: str, text: str, lang: str = "fr") -> bool:
    """Whether ``text``, in the same language, spells ``acronym`` out: consecutive words, the
    first capitalised, whose initials are its letters, the language's short stop words skipped
    ("DG" <- "Directeur général", "DGC" <- "Dotation Générale aux Communes"). What a summary
    may abbreviate of its own release."""
    if not 2 <= len(acronym) <= 6:
        return False
    key = fold(acronym)
    # articles and prepositions (the short stop words: "de", "aux", "del") are skipped, not "général"
    words = [w for w in WORD_RE.findall(text) if not (len(w) <= 3 and fold(w) in stop_words(lang))]
    return any(
        words[i][0].isupper() and all(fold(w)[0] == c for w, c in zip(words[i : i + len(key)], key, strict=False))
        for i in range(len(words) - len(key) + 1)
    )


def _context(summary: str, written: str, lang: str) -> frozenset[str]:
    """The context (``context_window``) of each place of the number or month ``written`` in ``summary``
    (none when it cannot be placed)."""
    text = ascii_digits(summary)
    found = re.finditer(rf"(?<![\w.,]){re.escape(written)}(?!\w|[.,]\d)", text)
    return frozenset().union(*(context_window(text, m.start(), m.end(), lang) for m in found))


@dataclass(frozen=True)
class _Support:
    """What one source text can support, read once: both halves of a summary, and each of
    their names, are checked against the same release."""

    text: str
    lang: str
    number_keys: frozenset[str]
    months: frozenset[int]
    sizes: frozenset[int]  # the powers of ten of its quantities (numbers and scale words)
    days: frozenset[tuple[int, int]]  # the (month, day) of its dates
    emails: frozenset[str]
    urls: frozenset[str]
    phones: frozenset[str]
    words: frozenset[str]
    english_names: frozenset[str]  # the known English forms of its words (OIM -> iom)
    runs: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # its runs of names: (label, words, context)
    # each sentence's (number keys, month numbers, words, stems): where a number, month or name
    # is said of what
    sentences: tuple[tuple[frozenset[str], frozenset[int], frozenset[str], frozenset[str]], ...]
    date_lines: tuple[bool, ...]  # whether each sentence is a date line (``_date_line``)

    def says(self, keys: set[str] | set[int], context: frozenset[str], lang: str, kind: int = NUMBER) -> bool:
        """The number (its value keys) or month (``kind`` MONTH: its number) in one sentence with
        a word of its ``context``, or in a date line of the release (``_date_line``: said of the
        whole release), when the release is in the summary's language ``lang`` and the context
        has words; else anywhere in the release."""
        anywhere = (self.number_keys, self.months)[kind]
        if self.lang != lang or not context:
            return bool(keys & anywhere)
        return any(
            keys & sentence[kind] and (dated or context & sentence[STEMS])
            for sentence, dated in zip(self.sentences, self.date_lines, strict=True)
        )

    def has_name(self, name: str) -> bool:
        """Spelt alike (or in the plural of a word the release writes: "Etablissements"), as the
        French of an English name (IOM <- OIM), or an acronym of words the release spells out in
        its own language (DG <- "Directeur général")."""
        key = fold(name)
        return (
            name_found(name, self.text, self.words, self.lang)
            or key in self.english_names
            or (len(key) > 3 and key.endswith("s") and key[:-1] in self.words)
            or (name.isupper() and self.lang != "en" and spelt_out(name, self.text, self.lang))
        )


def _days(text: str, lang: str) -> set[tuple[int, int]]:
    """The dates of ``text`` as (month, day): a month named beside a day number, or a date in
    figures (its day is the field before or after the month's that is no year)."""
    found = {(m.number, m.day) for m in months(text, lang) if m.day is not None}
    for m, field, month in numeric_dates(ascii_digits(text)):
        fields = [int(x) for x in re.split(r"[./-]", m.group())]
        day = fields[2] if field == 1 and fields[0] > 31 else fields[1 - field]
        found.add((month, day))
    return found


def _date_line(sentence: str, stems: frozenset[str], month_numbers: frozenset[int]) -> bool:
    """Whether a release sentence is only a date ("27/03/2020.", "Le 3 mars 2021 -"): no content
    word, and a date in figures or a named month. A date line dates the whole release: its
    numbers and month are said of what any sentence says. A bare year left by a split ("DÉC.
    2019") is no date line."""
    return not stems and bool(month_numbers) and any(c.isdigit() for c in sentence)


@lru_cache(maxsize=64)
def _support(text: str, lang: str) -> _Support:
    # Each sentence is read once; what the release says anywhere is the union of its sentences
    # (the same sets as reading the whole text: no number, month or word spans a sentence end).
    parts = sentences_of(text)
    keys = [frozenset(number_keys_of(counted_text(ascii_digits(p)), lang)) for p in parts]
    month_numbers = [frozenset(months_of(p, lang)) for p in parts]
    said = [frozenset(words_of(p)) for p in parts]
    stems_of = [text_stems(p, lang) for p in parts]
    words = frozenset[str]().union(*said)
    emails, urls, phones = output_contacts(text)
    return _Support(
        text,
        lang,
        frozenset[str]().union(*keys),
        frozenset[int]().union(*month_numbers),
        frozenset(magnitudes(text, lang)),
        frozenset(_days(text, lang)),
        frozenset(emails),
        frozenset(urls),
        frozenset(phones),
        words,
        frozenset(e for w in words for e in translations(w, lang)),
        tuple(name_runs(text, _names(text, lang, titled=False), lang)),
        tuple(zip(keys, month_numbers, said, stems_of, strict=True)),
        tuple(_date_line(p, stems, m) for p, stems, m in zip(parts, stems_of, month_numbers, strict=True)),
    )


def _unsupported(summary: str, sources: list[tuple[str, str]], lang: str = "fr") -> list[str]:
    """What ``summary`` (language ``lang``) states that no source text (text, language)
    contains: numbers, scale, months, contacts, names."""
    support = [_support(text, text_lang) for text, text_lang in sources]

    def anywhere(field: str) -> set:
        return set().union(*(getattr(s, field) for s in support))

    keys = anywhere("number_keys")
    out = []
    for w, k in numbers(counted_text(ascii_digits(summary)), lang):
        if not k & keys:
            out.append(f"number {w!r}")
        elif not any(sup.says(k, context := _context(summary, w, lang), lang) for sup in support):
            out.append(f"number {w!r} beside {', '.join(sorted(context))}")
    out += [f"scale 10^{p}" for p in sorted(magnitudes(summary, lang, bare_only=True) - anywhere("sizes"))]
    have_months = anywhere("months")
    out += [f"date {m.group()!r}" for m, _, n in numeric_dates(ascii_digits(summary)) if n not in have_months]
    days = anywhere("days")
    for m in months(summary, lang):
        # a day beside a month is a date: one of the release's dates in that month, when it dates it
        given = {d for n, d in days if n == m.number}
        if m.strict and m.day is not None and given and m.day not in given:
            out.append(f"date {m.day} {m.written!r}")
        if m.strict and m.number not in have_months:
            out.append(f"date {m.written!r}")
        elif m.strict and not any(
            sup.says({m.number}, context := _context(summary, m.written, lang), lang, MONTH) for sup in support
        ):
            out.append(f"date {m.written!r} beside {', '.join(sorted(context))}")
    emails, urls, phones = anywhere("emails"), anywhere("urls"), anywhere("phones")
    said = contacts(summary)
    out += [f"e-mail {e!r}" for e in said["emails"] if e.lower() not in emails]
    out += [f"URL {u!r}" for u in said["urls"] if url_key(u) not in urls]
    out += [f"phone {p!r}" for p in said["phones"] if digits_of(p) not in phones]
    text = strip_contacts(summary)
    found = _names(text, lang)
    missing = [s for s in found if not any(sup.has_name(s[2]) for sup in support)]
    out += [f"name {n!r}" for n in labels(group_adjacent(text, missing))]
    out += misattributed(text, [s for s in found if s not in missing], support, lang)
    out += off_support(text, [s for s in found if s not in missing], support, lang)
    return list(dict.fromkeys(out))


def _names(text: str, lang: str, titled: bool = True) -> list[tuple[int, int, str]]:
    """The names of a summary half: inside its sentences, and, in a source language (not English,
    where the frequency tests do not apply), a sentence's first word that the name check reads as
    a name and that is no common word of the language ("Berne, 3.12.2021 -", not "Questions").
    With ``titled`` (a summary, not its release, which only supports), a capitalised word of a
    title-case sentence is read as a first word is ("Hablar Más Fuerte": "Fuerte" is a word)."""
    inside = names(text, starts=False, lang=lang)
    if lang == "en":
        return inside
    # a word capitalised only as its sentence's first, or in a title-case sentence, is read as a
    # sentence's first word is: a name unless it is a common word of the language
    spans = [(a, b) for a, b in sentence_spans(text) if titled and _title_case(text[a:b])]
    inside = [
        s for s in inside if not any(a <= s[0] < b for a, b in spans) or zipf(s[2].lower(), lang) < MAX_ZIPF_AT_START
    ]
    first = [s for s in names(text, starts=True, lang=lang) if s not in inside]
    return sorted(inside + [s for s in first if zipf(s[2].lower(), lang) < MAX_ZIPF_AT_START])


def _title_case(sentence: str) -> bool:
    """A sentence in title case ("UNICEF Insta a Hablar Más Fuerte Para Combatir la Violencia"):
    at least ``TITLE_CASE_SHARE`` of its words of four letters or more after the first are
    capitalised, and at least four are. Its capitals say nothing of what is a name."""
    words = [w for w in sentence.split()[1:] if CONTENT_RE.match(w.lstrip("\"'“«¿¡(#"))]
    capitalised = sum(w.lstrip("\"'“«¿¡(#")[0].isupper() for w in words)
    return capitalised >= 4 and capitalised >= TITLE_CASE_SHARE * len(words)


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
                flags.append(flag(f["code"], f"{half_lang}: {f['detail']}", f.get("severity")))
    return flags
