"""Markdown exports: a release, and the digest as a table per release; text is escaped so that
Markdown shows it as it is, e-mails and web addresses become links."""

from __future__ import annotations

import re

from summarise.review.docx_parts import pieces
from summarise.review.release import CONTACT_HEADING, Release, contact_lines, digest_meta, review_note
from summarise.text.languages import native_name

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([#>+=-]|(?<=\d)[.)])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as it is inside a line (no emphasis, link or code by accident)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line(line: str) -> str:
    """A whole Markdown line: also no heading, quote or list by accident at its start."""
    return _MD_LINE_START.sub(r"\1\\\2", line)


def _md_link(text: str, href: str | None) -> str:
    return f"[{md_escape(text)}](<{href}>)" if href else md_escape(text)


def _md_inline(text: str) -> str:
    return "".join(_md_link(t, href) for t, href in pieces(text))


def release_md(rel: Release, with_summary: bool) -> str:
    lines = []
    note = review_note(rel, with_summary)
    if note:
        lines += [f"> **{md_escape(note)}**", ""]
    lines += ["# " + md_escape(rel.title), ""]
    if rel.dateline:
        lines += [f"*{md_escape(rel.dateline)}*", ""]
    if with_summary and rel.summary_en:
        lines += ["**Summary.** " + _md_inline(rel.summary_en), ""]
    for para in rel.paragraphs:
        lines += [_md_line(_md_inline(para)), ""]
    contacts = contact_lines(rel.contacts)
    if contacts:
        lines += ["**" + CONTACT_HEADING + "**", ""]
        lines += [_md_line(md_escape(label) + _md_link(text, href)) + "  " for label, text, href in contacts]
        lines.append("")
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return _md_inline(text).replace("\n", " ") or " "


def digest_md(releases: list[Release], heading: str) -> str:
    lines = ["# " + md_escape(heading), ""]
    for rel in releases:
        when, source, href = digest_meta(rel)
        lines += [
            f"| {native_name(rel.lang)} | English |",
            "|---|---|",
            f"| **{_md_cell(rel.title_fr)}** | **{_md_cell(rel.title)}** |",
            f"| {_md_cell(rel.summary_fr)} | {_md_cell(rel.summary_en)} |",
            "",
            _md_line(md_escape(when) + " · " + _md_link(source, href))
            + ("" if rel.reviewed else " · *not fully reviewed*"),
            "",
        ]
    return "\n".join(lines)
