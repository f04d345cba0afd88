"""Plain-text exports: a release, and the digest."""

from __future__ import annotations

from summarise.review.release import CONTACT_HEADING, Release, contact_lines, digest_meta, review_note


def release_txt(rel: Release, with_summary: bool) -> str:
    lines = []
    note = review_note(rel, with_summary)
    if note:
        lines += [note, ""]
    lines += [rel.title, "=" * min(len(rel.title), 72), ""]
    if rel.dateline:
        lines += [rel.dateline, ""]
    if with_summary and rel.summary_en:
        lines += ["Summary: " + rel.summary_en, ""]
    for para in rel.paragraphs:
        lines += [para, ""]
    contacts = contact_lines(rel.contacts)
    if contacts:
        lines += [CONTACT_HEADING, *(label + text for label, text, _ in contacts), ""]
    return "\n".join(lines)


def digest_txt(releases: list[Release], heading: str) -> str:
    lines = [heading, "=" * min(len(heading), 72), ""]
    for rel in releases:
        when, source, _ = digest_meta(rel)
        lines += [
            f"{rel.title_fr}  |  {rel.title}",
            f"  {rel.lang.upper()}: {rel.summary_fr}",
            f"  EN: {rel.summary_en}",
            f"  {when} · {source}" + ("" if rel.reviewed else " · not fully reviewed"),
            "",
        ]
    return "\n".join(lines)
