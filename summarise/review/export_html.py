"""Standalone HTML exports: a release, and the digest (the source language's cells in their
language and direction)."""

from __future__ import annotations

import html

from summarise.review.docx_parts import pieces
from summarise.review.release import CONTACT_HEADING, Release, contact_lines, digest_meta, review_note

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


def digest_html(releases: list[Release], heading: str) -> str:
    body = [f"<h1>{_h(heading)}</h1>"]
    for rel in releases:
        when, source, href = digest_meta(rel)
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
