"""The release model of an export: one translated record as the English release a press office
can publish (title, dateline, body with a reviewer's English where there is one, contacts
rebuilt in English from ``contacts``), the note on a release nobody has fully checked, and
what every format's writers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from summarise.record import recompose, summary_source
from summarise.review import page as review
from summarise.review.docx_parts import link_href

CONTACT_HEADING = "For more information, please contact:"

# Characters XML 1.0 (DOCX, HTML) cannot hold; a scraped release can carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Release:
    """One document as it is published: everything the writers need, nothing else."""

    id: str
    title: str
    title_fr: str
    dateline: str
    date: str  # the release's date in English ("28 February 2022"), "" when none is known
    paragraphs: list[str]
    contacts: dict[str, list[str]]
    summary_en: str
    summary_fr: str
    source: str
    source_href: str | None
    unchecked: list[int] = field(default_factory=list)  # segments with critical flags nobody checked
    summary_flags: int = 0  # critical flags on the summary
    lang: str = "fr"  # the source language (title_fr and summary_fr are in it) and its direction
    direction: str = "ltr"

    @property
    def reviewed(self) -> bool:
        return not self.unchecked


def is_critical(flag: Any) -> bool:
    """A flag counts as critical unless it says it is a note (older records have no severity)."""
    return not (isinstance(flag, dict) and flag.get("severity") == "note")


def unchecked_segments(record: dict[str, Any]) -> list[int]:
    """Indexes of segments that have a critical flag and no reviewer's decision."""
    segments = (record.get("translation") or {}).get("segments") or []
    return [
        i
        for i, seg in enumerate(segments)
        if not seg.get("reviewed") and any(is_critical(f) for f in seg.get("flags") or [])
    ]


def _xml_safe(text: Any) -> str:
    return _NOT_XML.sub("", str(text or ""))


def _english_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return _xml_safe(value)
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale="en")


def _dateline(record: dict[str, Any]) -> tuple[str, str]:
    """(dateline line, date) from the record's ``dateline`` ({"place", "date"}), when it has one."""
    found = record.get("dateline")
    if not isinstance(found, dict):
        return "", ""
    when = _english_date(found.get("date"))
    return ", ".join(p for p in (_xml_safe(found.get("place")).strip(), when) if p), when


def _source_href(record: dict[str, Any]) -> str | None:
    source = str(record.get("url") or record.get("source") or "")
    if re.match(r"https?://", source, re.IGNORECASE):
        return source
    path = Path(source) if source else None
    return path.resolve().as_uri() if path is not None and path.is_file() else None


def release(record: dict[str, Any]) -> Release:
    """The English release of one translated record, reviewed sentences in place."""
    translation = record["translation"]
    if translation.get("segments"):
        title, body = recompose(translation)
    else:  # a translation without sentence segments: its text as it is
        title = translation.get("reviewed_title") or translation.get("title") or ""
        body = translation.get("reviewed_text") or translation.get("text") or ""
    summary = record.get("summary") or {}
    dateline, when = _dateline(record)
    contacts = record.get("contacts") or {}
    language = review.source_language(record)
    return Release(
        id=record["id"],
        title=_xml_safe(title or translation.get("title") or record["id"]),
        title_fr=_xml_safe(record.get("title")),
        dateline=dateline,
        date=when,
        paragraphs=[_xml_safe(p).strip() for p in body.split("\n\n") if p.strip()],
        contacts={
            k: [_xml_safe(v) for v in contacts.get(k) or [] if str(v).strip()]
            for k in ("names", "emails", "phones", "links")
        },
        summary_en=_xml_safe(summary.get("en")),
        summary_fr=_xml_safe(summary_source(summary)),
        source=_xml_safe(record.get("url") or record.get("source")),
        source_href=_source_href(record),
        unchecked=unchecked_segments(record),
        summary_flags=sum(1 for f in summary.get("flags") or [] if is_critical(f)),
        lang=language["code"],
        direction=language["dir"],
    )


def review_note(rel: Release, with_summary: bool) -> str:
    """The note at the top of a release nobody has fully checked ("" when there is nothing to say)."""
    parts = []
    if rel.unchecked:
        n = len(rel.unchecked)
        parts.append(
            f"{n} sentence{'s' if n > 1 else ''} with critical flags "
            f"{'have' if n > 1 else 'has'} not been checked by a reviewer "
            f"(sentence{'s' if n > 1 else ''} {', '.join(map(str, rel.unchecked))} in the review page)"
        )
    if with_summary and rel.summary_flags:
        parts.append(f"the summary has {rel.summary_flags} flag{'s' if rel.summary_flags > 1 else ''}")
    return ("Not fully reviewed: " + "; ".join(parts) + ". Check before publishing.") if parts else ""


def contact_lines(contacts: dict[str, list[str]]) -> list[tuple[str, str, str | None]]:
    """The contact block as (label, text, link) lines; empty when the release has no contacts."""
    lines: list[tuple[str, str, str | None]] = [("", name, None) for name in contacts.get("names", [])]
    lines += [("Email: ", email, "mailto:" + email) for email in contacts.get("emails", [])]
    lines += [("Tel.: ", phone, None) for phone in contacts.get("phones", [])]
    lines += [("Web: ", link, link_href(link)) for link in contacts.get("links", [])]
    return lines


def digest_meta(rel: Release) -> tuple[str, str, str | None]:
    """(date, source text, source link) of one digest entry."""
    return rel.date or "undated", rel.source, rel.source_href
