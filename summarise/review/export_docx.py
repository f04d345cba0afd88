"""DOCX exports (python-docx, the ``docx`` extra): a release, and the digest as a two-column
table per release."""

from __future__ import annotations

from summarise.review.docx_parts import docx_bytes, docx_link, docx_note, docx_rtl, docx_text, require_docx
from summarise.review.release import CONTACT_HEADING, Release, contact_lines, digest_meta, review_note


def release_docx(rel: Release, with_summary: bool) -> bytes:
    document = require_docx().Document()
    document.core_properties.title = rel.title
    note = review_note(rel, with_summary)
    if note:
        docx_note(document, note)
    document.add_heading(rel.title, level=1)
    if rel.dateline:
        document.add_paragraph().add_run(rel.dateline).italic = True
    if with_summary and rel.summary_en:
        summary = document.add_paragraph()
        summary.add_run("Summary. ").bold = True
        docx_text(summary, rel.summary_en)
    for para in rel.paragraphs:
        docx_text(document.add_paragraph(), para)
    contacts = contact_lines(rel.contacts)
    if contacts:
        document.add_paragraph().add_run(CONTACT_HEADING).bold = True
        for label, text, href in contacts:
            line = document.add_paragraph(label)
            if href:
                docx_link(line, text, href)
            else:
                line.add_run(text)
    return docx_bytes(document)


def digest_docx(releases: list[Release], heading: str) -> bytes:
    document = require_docx().Document()
    document.core_properties.title = heading
    document.add_heading(heading, level=1)
    for rel in releases:
        when, source, href = digest_meta(rel)
        table = document.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        for column, (title, summary) in enumerate(((rel.title_fr, rel.summary_fr), (rel.title, rel.summary_en))):
            table.cell(0, column).paragraphs[0].add_run(title).bold = True
            docx_text(table.cell(1, column).paragraphs[0], summary)
            if column == 0 and rel.direction == "rtl":
                docx_rtl(table.cell(0, 0).paragraphs[0], table.cell(1, 0).paragraphs[0])
        meta = document.add_paragraph(when + " · ")
        if href:
            docx_link(meta, source, href)
        else:
            meta.add_run(source)
        if not rel.reviewed:
            meta.add_run(" · not fully reviewed").italic = True
    return docx_bytes(document)
