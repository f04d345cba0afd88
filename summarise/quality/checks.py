"""The check stage: lead reviewers straight to the translated sentences most likely wrong.

Each check is one small function ``(src, tgt, ...) -> list[flag]`` in a module of its error
class (``numbers``, ``dates``, ``units``, ``names``, ``contacts``, ``negation``, ``omission``,
``fluency``; ``summary`` for summaries; ``flags`` for the severity table). The stage :func:`check`
runs every check on every translated segment, reading the source with the profile of the
record's language (``summarise.text.languages``); :func:`check_summary` checks a summary against
what it summarises. Checks favour precision: a flag reviewers learn to ignore is worse than a
missed one, so every rule tolerates the ways a correct translation legitimately differs from its
source. How often each flag fires on good translations, and how many planted errors it catches,
is measured by ``benchmarks/checks.py`` and ``benchmarks/corruptions.py`` (tables in
benchmarks/README.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from summarise.config import ChecksSection
from summarise.quality.addednames import check_added_names
from summarise.quality.contacts import check_contacts, contacts
from summarise.quality.dates import check_dates, slashed_dates
from summarise.quality.flags import (
    CRITICAL,
    NOTE,
    SEGMENT_CODES,
    SEVERITY,
    SUMMARY_CHECK_CODES,
    Flag,
    flag,
    severity_of,
)
from summarise.quality.fluency import (
    MIN_LANGID_WORDS,
    MIN_RATIO_CHARS,
    check_empty,
    check_incomplete,
    check_length_ratio,
    check_repetition,
    check_truncated,
    check_untranslated,
    copied_english,
    ordinary_words,
    reading_language,
)
from summarise.quality.names import check_names, name_found
from summarise.quality.negation import check_negation
from summarise.quality.numbers import check_numbers
from summarise.quality.omission import check_omission
from summarise.quality.shares import compare_shares
from summarise.quality.summary import agreement_flags, check_summary, source_texts
from summarise.quality.units import check_units, converted_numbers
from summarise.record import Record

__all__ = [
    "CRITICAL",
    "MIN_LANGID_WORDS",
    "MIN_RATIO_CHARS",
    "NOTE",
    "SEVERITY",
    "Flag",
    "agreement_flags",
    "check",
    "check_contacts",
    "check_empty",
    "check_incomplete",
    "check_length_ratio",
    "check_names",
    "check_negation",
    "check_numbers",
    "check_repetition",
    "check_segment",
    "check_summary",
    "check_truncated",
    "check_untranslated",
    "contacts",
    "flag",
    "name_found",
    "ordinary_words",
    "severity_of",
]

STAGE = "check"


def source_language(code: str | None) -> str:
    """The language a record's source is read in: its ``lang`` (ISO 639-1, "es-ES" -> "es"),
    French when the record has none (records written before languages were recorded)."""
    return (code or "fr").lower().replace("_", "-").split("-")[0] or "fr"


def check_segment(
    src: str,
    tgt: str | None,
    cfg: ChecksSection,
    max_new_tokens: int,
    token_count: int | None = None,
    hit_limit: bool | None = None,
    lang: str = "fr",
) -> list[Flag]:
    """Every check on one translated sentence, its source read as ``lang`` (the record's
    language; French when not given); an empty output gets only ``empty``."""
    empty = check_empty(src, tgt)
    if empty:
        return empty
    assert tgt is not None
    if copied_english(src, tgt, lang):
        # a source in English copied unchanged: the output asserts what the source does; reading the
        # two with two languages' conventions ("$6.7 billion" as French) would only find false alarms
        return [
            *check_repetition(src, tgt, cfg.repeat_ngram, cfg.repeat_times),
            *check_truncated(src, tgt, max_new_tokens, token_count, hit_limit),
        ]
    untranslated = check_untranslated(src, tgt, lang)
    ratio, omission = _one_shortfall(
        check_length_ratio(src, tgt, cfg.min_length_ratio, cfg.max_length_ratio), check_omission(src, tgt, lang)
    )
    # a source segment already in English is read as English: its "$6.7 billion" is 10**9, its names
    # and negations English's ("the Paris Club" a name, not French "Paris" and a word)
    read_as = reading_language(src, lang)
    converted, shares = converted_numbers(src, tgt, read_as), compare_shares(src, tgt, read_as)
    # "9/11" for "el 11 de septiembre": the month's number is the source's month
    explained = (
        converted[0] | shares.explained[0],
        converted[1] | shares.explained[1] | slashed_dates(src, tgt, read_as),
    )
    return [
        *untranslated,
        *ratio,
        *check_repetition(src, tgt, cfg.repeat_ngram, cfg.repeat_times),
        *check_truncated(src, tgt, max_new_tokens, token_count, hit_limit),
        *check_incomplete(src, tgt, lang),
        *check_numbers(src, tgt, read_as, explained, shares.lacking),
        *check_dates(src, tgt, read_as),
        *check_units(src, tgt, read_as, shares.percent_answered),
        *omission,
        *check_contacts(src, tgt),
        *([] if untranslated else check_negation(src, tgt, read_as)),
        *check_names(src, tgt, read_as),
        *check_added_names(src, tgt, read_as),
    ]


def _one_shortfall(ratio: list[Flag], omission: list[Flag]) -> tuple[list[Flag], list[Flag]]:
    """An output under the length ratio that also leaves part of its source unanswered is one
    error, so one critical flag: ``length_ratio`` (the configured bound), its detail followed
    by the omission's. (An output over the ratio is never short enough for ``omission``.)"""
    if not ratio or not omission:
        return ratio, omission
    merged = {**ratio[0], "detail": f"{ratio[0]['detail']}; {omission[0]['detail']}"}
    return [merged], []


def _check_record(record: Record, cfg: ChecksSection, max_new_tokens: int, summary_max_words: int) -> None:
    assert record.translation is not None
    # The language the translator read it in (a guess cleaning was unsure of may have been
    # routed to the run's primary language), else the one cleaning detected.
    lang = source_language(record.translation.get("source_lang") or record.lang)
    segments = record.translation.get("segments") or []
    for seg in segments:
        count = seg.get("out_tokens", seg.get("tgt_tokens"))
        new = check_segment(seg["src"], seg.get("tgt"), cfg, max_new_tokens, count, seg.get("hit_limit"), lang)
        # a re-run replaces this stage's flags and keeps any other stage's
        seg["flags"] = [f for f in seg.get("flags") or [] if f.get("code") not in SEGMENT_CODES] + new
    summary_flags = _check_record_summary(record, summary_max_words, lang) if record.summary else []
    every = [f for seg in segments for f in seg["flags"]] + list(summary_flags)
    record.flag_counts = dict(Counter(f["code"] for f in every))
    severities = Counter(severity_of(f) for f in every)
    record.severity_counts = {CRITICAL: severities[CRITICAL], NOTE: severities[NOTE]}
    record.needs_review = severities[CRITICAL] > 0


def _check_record_summary(record: Record, max_words: int, lang: str = "fr") -> list[Flag]:
    """Check both halves of the summary against the release (the English one against its
    translation too) and against each other; a re-run replaces this stage's flags."""
    summary = record.summary
    assert summary is not None
    kept = [f for f in summary.get("flags") or [] if f.get("code") not in SUMMARY_CHECK_CODES]
    src, en = source_texts(record)
    pairs = [(seg["src"], seg["tgt"] or "") for seg in summary.get("segments") or []]
    summary["flags"] = (
        kept + check_summary(summary, src, en, max_words=max_words, lang=lang) + agreement_flags(pairs, lang)
    )
    return summary["flags"]


def check(
    records: Iterable[Record], cfg: ChecksSection, max_new_tokens: int, summary_max_words: int = 80
) -> Iterator[Record]:
    """Flag every translated segment and the summary; set ``flag_counts``, ``severity_counts`` and
    ``needs_review`` (true when any flag is critical).

    ``max_new_tokens`` is the translator's generation limit. A segment may carry
    ``out_tokens`` and ``hit_limit`` (what the translator recorded); an output that
    stopped at the limit is ``truncated``. Records with an error or no translation pass
    through untouched.
    """
    for record in records:
        if record.error is None and record.translation:
            try:
                _check_record(record, cfg, max_new_tokens, summary_max_words)
            except Exception as exc:  # one document's failure is its error; the others go on
                record.fail(STAGE, exc)
        yield record
