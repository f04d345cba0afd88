"""What every DOCX writer and link writer of the exports shares: e-mails and web addresses cut
out of a text as links, and python-docx's missing pieces (hyperlinks, right-to-left paragraphs)."""

from __future__ import annotations

import io
import re
from functools import lru_cache

from summarise.errors import UserError
from summarise.text.patterns import EMAIL, URL

DOCX_MISSING = 'DOCX export needs python-docx: pip install "summarise[docx]" (or use --format md, html or txt)'


def link_href(url: str) -> str | None:
    """The link for a web address; None for another scheme (a scraped "javascript:" stays text)."""
    if re.match(r"(?:https?|mailto):", url, re.IGNORECASE):
        return url
    return None if re.match(r"[a-z][a-z0-9+.-]*:", url, re.IGNORECASE) else "http://" + url


@lru_cache(maxsize=1)
def _link_pattern() -> re.Pattern:
    """An e-mail address or a web address, to be written as a link: the cleaner's own patterns."""
    return re.compile(f"(?P<email>{EMAIL.pattern})|(?P<url>{URL.pattern})", re.IGNORECASE)


def pieces(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut into (text, link) pieces: e-mails and web addresses get their link."""
    out: list[tuple[str, str | None]] = []
    at = 0
    for m in _link_pattern().finditer(text):
        if m.start() > at:
            out.append((text[at : m.start()], None))
        out.append((m.group(), "mailto:" + m.group() if m.group("email") else link_href(m.group())))
        at = m.end()
    if at < len(text):
        out.append((text[at:], None))
    return out


def require_docx():
    try:
        import docx
    except ImportError:
        raise UserError(DOCX_MISSING) from None
    return docx


def docx_link(paragraph, text: str, href: str) -> None:
    """A real hyperlink run (python-docx has no public call for one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "0563C1"), ("w:u", "single")):
        prop = OxmlElement(tag)
        prop.set(qn("w:val"), value)
        props.append(prop)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def docx_text(paragraph, text: str) -> None:
    for part, href in pieces(text):
        if href:
            docx_link(paragraph, part, href)
        else:
            paragraph.add_run(part)


def docx_rtl(*paragraphs) -> None:
    """Right-to-left paragraphs (Arabic): w:bidi on each."""
    from docx.oxml import OxmlElement

    for paragraph in paragraphs:
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_note(document, note: str) -> None:
    from docx.shared import RGBColor

    run = document.add_paragraph().add_run(note)
    run.bold = True
    run.font.color.rgb = RGBColor(0x9C, 0x5B, 0x00)
