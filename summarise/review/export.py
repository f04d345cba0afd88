"""Export a run: the English release of each document, and a bilingual digest.

:func:`export` reads a run's records and writes, per document, the English release a
press office can publish: the title, the dateline, the body paragraphs (a reviewer's
English where there is one, else the machine's), and the contact block rebuilt in
English from ``contacts`` (names, e-mails, phones and links are copied, never passed
through a model). Formats: DOCX (python-docx, the ``docx`` extra), Markdown, standalone
HTML and plain text. ``digest=True`` adds one document with, per release, the French and
English titles and summaries side by side, the date and a link to the source.

A document whose critical flags are not all accepted or corrected is exported with a
visible note at its top, or held back with ``only_reviewed=True``; a failed document is
never exported. File names come from ids, made safe (:func:`file_stems`).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import atomic_write_bytes, recompose, summary_source
from summarise.review import page as review
from summarise.review.docx_parts import (  # noqa: F401
    DOCX_MISSING,
    _docx,
    _docx_bytes,
    _docx_link,
    _docx_note,
    _docx_rtl,
    _docx_text,
    _href,
    pieces,
)
from summarise.text.languages import native_name

FORMATS = ("docx", "md", "html", "txt")
EXPORT_DIR = "export"  # the default output folder, inside the run folder
DIGEST = "digest"  # the digest's file name (without its extension); no release takes it
CONTACT_HEADING = "For more information, please contact:"

# Characters no file name may hold on Linux, macOS or Windows (separators, Windows' reserved
# punctuation, control characters) and whitespace; each run becomes one "_".
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\s]+')
# Names Windows reserves whatever the extension (CON.docx is the console).
_RESERVED_NAME = re.compile(r"^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$", re.IGNORECASE)
MAX_STEM_BYTES = 100  # well under the 255-byte name limit, leaving room for "-hash.docx"
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


@dataclass
class ExportResult:
    """What :func:`export` wrote: ``written`` maps id -> file; ``held_back`` id -> why not."""

    out_dir: Path
    fmt: str
    written: dict[str, Path] = field(default_factory=dict)
    held_back: dict[str, str] = field(default_factory=dict)
    failed: int = 0  # documents not exported because the run failed on them
    digest: Path | None = None


# ---------------------------------------------------------------- from record to release


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
    lines += [("Web: ", link, _href(link)) for link in contacts.get("links", [])]
    return lines


# ---------------------------------------------------------------- file names


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _safe_stem(doc_id: str) -> str:
    stem = _UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", doc_id)).strip(" ._")
    while len(stem.encode("utf-8", "replace")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(" .")  # Windows drops a trailing dot or space
    if not stem or _RESERVED_NAME.match(stem):
        stem = "_" + stem
    # A changed id keeps a trace of the original, so "a/b" and "a_b" never meet.
    return stem if stem == doc_id else f"{stem}-{_short_hash(doc_id)}"


def file_stems(ids: Iterable[str]) -> dict[str, str]:
    """A safe, distinct file name stem for each id (no separator, no leading dot, no Windows
    device name, at most ~110 bytes), distinct even on a case-insensitive file system and
    never the digest's name."""
    used = {DIGEST}
    stems: dict[str, str] = {}
    for doc_id in ids:
        base = stem = _safe_stem(doc_id)
        n = 1
        while stem.casefold() in used:  # "A" beside "a", or an id equal to another's safe name
            n += 1
            stem = f"{base}-{_short_hash(doc_id)}" + (f"-{n}" if n > 2 else "")
        used.add(stem.casefold())
        stems[doc_id] = stem
    return stems


# ---------------------------------------------------------------- plain text and Markdown


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


# ---------------------------------------------------------------- standalone HTML

_CSS = """body{margin:2rem auto;max-width:42rem;padding:0 1rem;font:17px/1.6 Charter,Georgia,"DejaVu Serif",serif;
color:#1f2428;overflow-wrap:anywhere}h1{font-size:1.6rem;line-height:1.3}h2{font-size:1.1rem;margin-top:2rem}
.dateline{color:#5d6770;font-style:italic}.note{border-left:4px solid #c48a12;background:#fcf2d9;padding:.6rem .9rem}
.summary{font-style:italic}.contacts p{margin:.1rem 0}table{border-collapse:collapse;width:100%}
td,th{vertical-align:top;text-align:left;padding:.4rem .6rem;border-top:1px solid #e2dfd6;width:50%}
.meta{color:#5d6770;font-size:.9rem}a{color:#2d5b86}"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_inline(text: str) -> str:
    return "".join(f'<a href="{_h(href)}">{_h(t)}</a>' if href else _h(t) for t, href in pieces(text))


def _html_page(title: str, body: list[str], wide: bool = False) -> str:
    style = _CSS + ("body{max-width:64rem}" if wide else "")
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_h(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def release_html(rel: Release, with_summary: bool) -> str:
    body = ["<article>"]
    note = review_note(rel, with_summary)
    if note:
        body.append(f'<p class="note" role="note"><strong>{_h(note)}</strong></p>')
    body.append(f"<h1>{_h(rel.title)}</h1>")
    if rel.dateline:
        body.append(f'<p class="dateline">{_h(rel.dateline)}</p>')
    if with_summary and rel.summary_en:
        body.append(f'<p class="summary"><strong>Summary.</strong> {_html_inline(rel.summary_en)}</p>')
    body += [f"<p>{_html_inline(p)}</p>" for p in rel.paragraphs]
    contacts = contact_lines(rel.contacts)
    if contacts:
        body.append(f'<section class="contacts">\n<p><strong>{_h(CONTACT_HEADING)}</strong></p>')
        body += [
            f"<p>{_h(label)}" + (f'<a href="{_h(href)}">{_h(text)}</a>' if href else _h(text)) + "</p>"
            for label, text, href in contacts
        ]
        body.append("</section>")
    body.append("</article>")
    return _html_page(rel.title, body)


# ---------------------------------------------------------------- DOCX


def release_docx(rel: Release, with_summary: bool) -> bytes:
    document = _docx().Document()
    document.core_properties.title = rel.title
    note = review_note(rel, with_summary)
    if note:
        _docx_note(document, note)
    document.add_heading(rel.title, level=1)
    if rel.dateline:
        document.add_paragraph().add_run(rel.dateline).italic = True
    if with_summary and rel.summary_en:
        summary = document.add_paragraph()
        summary.add_run("Summary. ").bold = True
        _docx_text(summary, rel.summary_en)
    for para in rel.paragraphs:
        _docx_text(document.add_paragraph(), para)
    contacts = contact_lines(rel.contacts)
    if contacts:
        document.add_paragraph().add_run(CONTACT_HEADING).bold = True
        for label, text, href in contacts:
            line = document.add_paragraph(label)
            if href:
                _docx_link(line, text, href)
            else:
                line.add_run(text)
    return _docx_bytes(document)


# ---------------------------------------------------------------- the digest


def _digest_meta(rel: Release) -> tuple[str, str, str | None]:
    """(date, source text, source link) of one digest entry."""
    return rel.date or "undated", rel.source, rel.source_href


def digest_txt(releases: list[Release], heading: str) -> str:
    lines = [heading, "=" * min(len(heading), 72), ""]
    for rel in releases:
        when, source, _ = _digest_meta(rel)
        lines += [
            f"{rel.title_fr}  |  {rel.title}",
            f"  {rel.lang.upper()}: {rel.summary_fr}",
            f"  EN: {rel.summary_en}",
            f"  {when} · {source}" + ("" if rel.reviewed else " · not fully reviewed"),
            "",
        ]
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return _md_inline(text).replace("\n", " ") or " "


def digest_md(releases: list[Release], heading: str) -> str:
    lines = ["# " + md_escape(heading), ""]
    for rel in releases:
        when, source, href = _digest_meta(rel)
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


def digest_html(releases: list[Release], heading: str) -> str:
    body = [f"<h1>{_h(heading)}</h1>"]
    for rel in releases:
        when, source, href = _digest_meta(rel)
        link = f'<a href="{_h(href)}">{_h(source)}</a>' if href else _h(source)
        body += [
            f'<section class="entry" id="{_h(rel.id)}">',
            "<table>",
            f"<tr><th {_src(rel)}>" + _h(rel.title_fr) + "</th><th>" + _h(rel.title) + "</th></tr>",
            f"<tr><td {_src(rel)}>"
            + _html_inline(rel.summary_fr)
            + "</td><td>"
            + _html_inline(rel.summary_en)
            + "</td></tr>",
            "</table>",
            f'<p class="meta">{_h(when)} · {link}' + ("" if rel.reviewed else " · not fully reviewed") + "</p>",
            "</section>",
        ]
    return _html_page(heading, body, wide=True)


def _src(rel: Release) -> str:
    """The source-language cell's attributes: its language and direction (Arabic right-to-left)."""
    return f'lang="{_h(rel.lang)}" dir="{rel.direction}"'


def digest_docx(releases: list[Release], heading: str) -> bytes:
    document = _docx().Document()
    document.core_properties.title = heading
    document.add_heading(heading, level=1)
    for rel in releases:
        when, source, href = _digest_meta(rel)
        table = document.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        for column, (title, summary) in enumerate(((rel.title_fr, rel.summary_fr), (rel.title, rel.summary_en))):
            table.cell(0, column).paragraphs[0].add_run(title).bold = True
            _docx_text(table.cell(1, column).paragraphs[0], summary)
            if column == 0 and rel.direction == "rtl":
                _docx_rtl(table.cell(0, 0).paragraphs[0], table.cell(1, 0).paragraphs[0])
        meta = document.add_paragraph(when + " · ")
        if href:
            _docx_link(meta, source, href)
        else:
            meta.add_run(source)
        if not rel.reviewed:
            meta.add_run(" · not fully reviewed").italic = True
    return _docx_bytes(document)


WRITERS: dict[str, Callable[..., str | bytes]] = {
    "docx": release_docx,
    "md": release_md,
    "html": release_html,
    "txt": release_txt,
}
DIGESTS: dict[str, Callable[..., str | bytes]] = {
    "docx": digest_docx,
    "md": digest_md,
    "html": digest_html,
    "txt": digest_txt,
}


# ---------------------------------------------------------------- the entry point


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is a file, not a folder: give -o a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the output folder {out_dir}: {exc.strerror}") from None


def _write(out_dir: Path, name: str, content: str | bytes) -> Path:
    if Path(name).name != name or name in (".", ".."):  # file_stems never makes one; never allow it
        raise ValueError(f"{name!r} is not a plain file name")
    path = out_dir / name  # an existing link there is replaced, never followed
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
    return path


def export(
    run_dir: str | Path,
    fmt: str = "docx",
    out_dir: str | Path | None = None,
    *,
    only_reviewed: bool = False,
    digest: bool = False,
    summary: bool = False,
) -> ExportResult:
    """Write the English release of each translated document of a run (``fmt``: docx, md,
    html or txt) into ``out_dir`` (default ``RUN_DIR/export``).

    ``only_reviewed`` exports only documents whose critical flags are all accepted or
    corrected (the others are listed in ``held_back``); otherwise such a document gets a
    note at its top. ``digest`` adds ``digest.<fmt>``: per release, the French and English
    titles and summaries side by side, the date and the source. ``summary`` adds the English
    summary to each release. Failed documents are never exported (``held_back`` says why).
    Raises :class:`UserError` for a bad format, a missing run, or python-docx missing.
    """
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "docx":
        _docx()
    run_dir = Path(run_dir)
    records = review.read_records(run_dir)
    out = Path(out_dir) if out_dir is not None else run_dir / EXPORT_DIR
    result = ExportResult(out_dir=out, fmt=fmt)
    releases = []
    for record in records:
        if record.get("error") or not record.get("translation"):
            error = record.get("error") or {}
            result.held_back[record["id"]] = (
                f"failed at {error.get('stage', '?')}: {error.get('message', '')}" if error else "not translated"
            )
            result.failed += 1
            continue
        rel = release(record)
        if only_reviewed and not rel.reviewed:
            result.held_back[rel.id] = f"{len(rel.unchecked)} sentence(s) with critical flags not yet checked"
            continue
        releases.append(rel)
    _prepare(out)
    stems = file_stems(rel.id for rel in releases)
    for rel in releases:
        result.written[rel.id] = _write(out, f"{stems[rel.id]}.{fmt}", WRITERS[fmt](rel, summary))
    if digest:
        heading = f"Digest · {review.run_name(run_dir, review.read_manifest(run_dir))} · {len(releases)} releases"
        result.digest = _write(out, f"{DIGEST}.{fmt}", DIGESTS[fmt](releases, heading))
    return result
