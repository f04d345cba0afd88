"""Whole HTML pages: the article taken out of a page (trafilatura, then a plain parser when it
finds nothing), its title (<h1>, og:title), its date, and the page's contact block when the
extractor dropped it. ``read`` calls ``extract_html`` on any input ``is_html_page`` recognises."""

from __future__ import annotations

import re
from copy import deepcopy
from html.parser import HTMLParser

from summarise.record import Record
from summarise.text.contacts import CONTACT_BLOCK_MAX_LINES, carries_contact_data, contact_block, parse_contacts
from summarise.text.dateline import BAR_CELL, DATE_SEARCH, is_date_stamp
from summarise.text.isodate import iso_date
from summarise.text.region import trim_to_region
from summarise.text.shapes import PAGE_LANGUAGE

# A whole HTML document, recognised by its opening (doctype, <html>, <head>,
# <body>) after optional comments and whitespace, whatever the file's extension.
HTML_DOCUMENT = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# Block-level tags: a page without <html>/<body> that is mostly such tags is a
# page too (a saved fragment of an article).
BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|article|section|nav|footer|header|li|ul|table)\b", re.IGNORECASE)


def is_html_page(text: str) -> bool:
    """A whole HTML document (by its content, not its file name)."""
    if HTML_DOCUMENT.match(text):
        return True
    head = text[:5000]
    return head.lstrip().startswith("<") and len(BLOCK_TAG.findall(head)) >= 3


def extract_html(page: str, record: Record) -> str:
    """The article of an HTML page: its title, a blank line, then paragraphs separated by
    blank lines, then the page's contact block when the extractor dropped it. The title
    (<h1>, og:title) goes to ``record.title`` and the page's date to ``record.dateline``."""
    title, paragraphs, date = trafilatura_article(page)
    method = "trafilatura"
    if not paragraphs:
        title, paragraphs = fallback_article(page)
        method = "fallback"
        record.flag("html_fallback")
    title = page_title(page) or title
    title, paragraphs = without_title(title, paragraphs)
    dump = page_lines(page)
    paragraphs = without_list_marks(paragraphs, dump)
    links = page_links(page)
    paragraphs = without_link_lines(paragraphs, links)
    lang = page_language(page)
    date = printed_date(dump, title, paragraphs, lang) or date
    paragraphs = without_leading_stamps(paragraphs, lang)
    paragraphs = article_paragraphs(paragraphs, links, lang, record)
    deck = page_deck(page)
    if deck and all(" ".join(p.split()) != deck for p in paragraphs):
        paragraphs = [deck, *paragraphs]  # extractors drop a deck set apart from the text
    contacts = missing_contact_block(dump, paragraphs)
    record.flag("html_page")
    record.cleaning.append({"rule": "html_extract", "text": f"{method}: title {title!r}, {len(paragraphs)} paragraphs"})
    if contacts:
        record.cleaning.append({"rule": "html_contacts", "text": "\n".join(contacts)})
    record.title = title
    if date:
        record.dateline = {"place": "", "date": date}
    return "\n\n".join(([title] if title else []) + paragraphs + (["\n".join(contacts)] if contacts else []))


# The date the page prints for its article stands this many lines above the article's opening,
# on a line (or a cell of a "|" bar) of at most this many words: a weekday, the date and a time.
PRINTED_DATE_LINES = 8
PRINTED_DATE_WORDS = 12


def printed_date(dump: list[str], title: str, paragraphs: list[str], lang: str) -> str | None:
    """The ISO date the page prints for its article, from the two lines above its headline to the
    article's opening (a bar's "Accueil | Par ... | 30 septembre 2018", a byline's "Publié sur
    18/02/2020", "martes 26 de abril de 2022 - 9:10 p.m.", "الجمعة 8 فيفري 2019"), read with
    ``lang``: what the reader is told, where the page's metadata may hold another day (an update,
    a time zone) or a sidebar's. Of several, the earliest: a later one is an update ("Article mis
    à jour le 7 janvier 2020"). Short lines or cells of a "|" bar only."""
    token = PAGE_LANGUAGE.set(lang)
    try:
        opening = article_opening(dump, paragraphs)
        if opening is None:
            return None
        head = headline_line(dump, title, opening)
        first = max(0, head - 2) if head is not None else max(0, opening - PRINTED_DATE_LINES)
        found = []
        for line in dump[first:opening]:
            cells = [c for c in BAR_CELL.split(line) if len(c.split()) <= PRINTED_DATE_WORDS]
            found += [iso_date(match.group(0)) for match in filter(None, map(DATE_SEARCH.search, cells))]
        dates = [date for date in found if date]
        return min(dates) if dates else None
    finally:
        PAGE_LANGUAGE.reset(token)


def without_leading_stamps(paragraphs: list[str], lang: str) -> list[str]:
    """The paragraphs less the date stamps above the article's opening ("Article mis à jour le 7
    janvier 2020."): the page's date is read from them (printed_date), they are not text."""
    token = PAGE_LANGUAGE.set(lang)
    try:
        start = 0
        while start < len(paragraphs) - 1 and is_date_stamp(paragraphs[start]):
            start += 1
        return paragraphs[start:]
    finally:
        PAGE_LANGUAGE.reset(token)


def headline_line(dump: list[str], title: str, opening: int) -> int | None:
    """The line of the text dump printing the headline, the last one above the article's opening."""
    heading = "".join(title.split())
    lines = [i for i in range(max(0, opening - PRINTED_DATE_LINES), opening) if "".join(dump[i].split()) == heading]
    return lines[-1] if lines else None


# The article opens on its first paragraph of at least this many words (an extractor may keep a
# rubric or a place name above it).
OPENING_MIN_WORDS = 8


def article_opening(dump: list[str], paragraphs: list[str]) -> int | None:
    """The line of the page's text dump that holds the article's first paragraph of running text
    (not a date stamp the extractor kept)."""
    if not paragraphs:
        return None
    first = next((p for p in paragraphs if len(p.split()) >= OPENING_MIN_WORDS and not is_date_stamp(p)), paragraphs[0])
    opening = "".join(first.split())
    return next((i for i, line in enumerate(dump) if opening and opening in "".join(line.split())), None)


def article_end(dump: list[str], paragraphs: list[str], opening: int) -> int | None:
    """The line of the page's text dump that holds the article's last paragraph."""
    last = "".join(paragraphs[-1].split()) if paragraphs else ""
    found = [i for i in range(opening, len(dump)) if last and last in "".join(dump[i].split())]
    return found[0] if found else None


def page_language(page: str) -> str:
    """The language the page declares (``<html lang="es-ES">`` -> "es"), "fr" when none."""
    match = re.search(r"<html\b[^>]*?\blang=[\"']?([a-zA-Z]{2,3})", page[:5000], re.IGNORECASE)
    return match.group(1).casefold() if match else PAGE_LANGUAGE.get()


def article_paragraphs(paragraphs: list[str], links: set[str], lang: str, record: Record) -> list[str]:
    """The paragraphs less the chrome the extractor kept outside the article's region, read with
    each paragraph's link density (``region.trim_to_region``, in the page's language ``lang``)."""
    token = PAGE_LANGUAGE.set(lang)
    try:
        log = lambda rule, text: record.cleaning.append({"rule": rule, "text": text})  # noqa: E731
        return trim_to_region(paragraphs, log, links=link_densities(paragraphs, links), paragraphs=True)
    finally:
        PAGE_LANGUAGE.reset(token)


# A paragraph of at most this many words that the page prints only as a link's text is navigation.
LINK_LINE_WORDS = 6


def page_links(page: str) -> set[str]:
    """The texts the page prints as links, spaces folded."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return set()
    return {" ".join(a.text_content().split()) for a in tree.iter("a")} - {""}


def without_link_lines(paragraphs: list[str], links: set[str]) -> list[str]:
    """Paragraphs less the short ones that are a link's whole text on the page (``links``:
    "caisse-solidarite.fr", "Lire la suite"): a line that is all link is navigation, whatever its
    words; an e-mail or a phone stays (a contact)."""
    folded = {link.casefold() for link in links}
    return [
        p
        for p in paragraphs
        if not (
            len(p.split()) <= LINK_LINE_WORDS
            and " ".join(p.split()).casefold() in folded
            and not carries_contact_data(p)  # a mailto or tel: link is a contact
        )
    ]


# Link texts shorter than this are not looked for inside a paragraph ("ici", "PDF" are words too).
LINK_MIN_CHARS = 4


def link_densities(paragraphs: list[str], links: set[str]) -> list[float]:
    """The share of each paragraph's characters that the page prints as a link's text (each link
    text found in it counted once; 1 at most)."""
    found = [link for link in links if len(link) >= LINK_MIN_CHARS]
    out = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        out.append(min(1.0, sum(len(link) for link in found if link in text) / len(text)) if text else 0.0)
    return out


# The mark an extractor puts before a list item's text ("- " for <li>).
LIST_MARK = re.compile(r"^[-*•]\s+")


def without_list_marks(paragraphs: list[str], dump: list[str]) -> list[str]:
    """Paragraphs without the list mark the extractor added: a "- " the page itself does not
    print before that text (its text dump holds the line without it, never with it)."""
    shown = {"".join(line.split()) for line in dump}
    out = []
    for paragraph in paragraphs:
        bare = LIST_MARK.sub("", paragraph)
        if bare != paragraph and "".join(bare.split()) in shown and "".join(paragraph.split()) not in shown:
            paragraph = bare
        out.append(paragraph)
    return out


def without_title(title: str, paragraphs: list[str]) -> tuple[str, list[str]]:
    """Paragraphs without a repeat of the title (extractors often keep the <h1> in the text)."""
    return title, [p for p in paragraphs if p.strip() != title.strip()]


def page_title(page: str) -> str:
    """The page's headline: its one <h1>; among several <h1> (a logo, widget headings, other
    stories' headlines), the one the page's own title (og:title, else <title>) opens with; else
    og:title without the site's name after it ("Caisse de solidarité - Info'Com-CGT")."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    og = [" ".join(t.split()) for t in tree.xpath("//meta[@property='og:title' or @name='og:title']/@content")]
    titles = og + [" ".join(t.text_content().split()) for t in tree.iter("title")]
    site = tree.xpath("//meta[@property='og:site_name']/@content")
    site_name = " ".join(site[0].split()) if site else ""
    headings = [heading_text(h) for h in tree.iter("h1")]
    headings = [h for h in headings if h and not is_site_name(h, titles, site_name)]
    if len(headings) == 1:
        return headings[0]
    for title in filter(None, titles):
        named = [h for h in headings if len(h.split()) >= 2 and title.casefold().startswith(h.casefold())]
        if named:
            return max(named, key=len)
    if not og or not og[0]:
        return ""
    return without_site_name(og[0], site_name)


def heading_text(heading) -> str:
    """An <h1>'s text, less the links set beside its own text (a link to the front page after the
    headline, "<span>Headline</span><a href="/">Site name</a>"); a headline that is all link stays."""
    copy = deepcopy(heading)
    links = list(copy.iter("a"))
    outside = " ".join(copy.text_content().split())
    for link in links:
        link.drop_tree()
    own = " ".join(copy.text_content().split())
    return own if links and len(own.split()) >= 2 else outside


def page_deck(page: str) -> str:
    """The article's deck as the page marks it up: an element of the page (not a <meta>) that
    schema.org's ``itemprop="description"`` names the article's description, saying what the page's
    own description (og:description, description) says ("<h2 itemprop="description">Laurent Fabius
    a accueilli ..."). "" when there is none."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    described = {
        " ".join(text.split())
        for text in tree.xpath(
            "//meta[@property='og:description' or @name='og:description' or @name='description']/@content"
        )
    }
    for node in tree.xpath("//body//*[@itemprop='description'][not(self::meta)]"):
        text = " ".join(node.text_content().split())
        if text and text in described:
            return text
    return ""


def is_site_name(heading: str, titles: list[str], site: str) -> bool:
    """An <h1> that names the site, not the article: the page's og:site_name, or what its title
    ends on after a separator ("Un bloque ... - Juventud Rebelde - Diario de la juventud cubana")."""
    folded = heading.casefold()
    if site and folded == site.casefold():
        return True
    return any(
        title.casefold().endswith(folded) and SEPARATOR_BEFORE.search(title[: len(title) - len(heading)])
        for title in titles
    )


# A title's separator right before the site's name ("Headline - Site").
SEPARATOR_BEFORE = re.compile(r"\S\s+[-–—|·:]\s+$")


# What separates a page's title from its site's name: "Title - Site", "Title | Site".
TITLE_SEPARATOR = re.compile(r"\s+[-–—|·:]\s+")


def without_site_name(title: str, site: str) -> str:
    """``title`` less a trailing "- Site name" when it is the page's og:site_name."""
    parts = TITLE_SEPARATOR.split(title)
    if site and len(parts) > 1 and parts[-1].casefold() == site.casefold():
        return title[: title.casefold().rindex(site.casefold())].rstrip(" -–—|·:")
    return title


def missing_contact_block(dump: list[str], paragraphs: list[str]) -> list[str]:
    """The contact block of a text dump of the page when the article lacks part of it:
    extractors drop short lines (a name, a phone) and side boxes, a text dump keeps them. The
    block taken is the first one below the article's opening paragraph, else the page's first."""
    # the release's block: the first one from the article's opening on (a site's own contact box
    # in its header comes before the article)
    opening = article_opening(dump, paragraphs) or 0
    block = contact_block(dump, opening)
    end = article_end(dump, paragraphs, opening)
    if block and end is not None and dump.index(block[0], opening) > end + CONTACT_BLOCK_MAX_LINES:
        return []  # a footer's box far below the article (partners, legal links) is not the release's
    if not block:
        return []
    article = "".join("".join(paragraphs).split())  # spaces aside: "+ 505" is "+505"
    found = parse_contacts(block)
    values = found["names"] + found["emails"] + found["phones"]
    return [] if all("".join(v.split()) in article for v in values) else block


# Page parts that are never the article, removed before trafilatura looks (on
# small pages it would otherwise keep menu entries).
PRUNE_XPATH = [
    "//nav",
    "//footer",
    "//aside",
    "//header[not(.//h1)]",
    "//form",
    "//*[@role='navigation']",
    "//*[@role='contentinfo']",
]


def trafilatura_article(page: str) -> tuple[str, list[str], str | None]:
    """Title, paragraphs and date (ISO, from the page's metadata) of the article."""
    import trafilatura  # imported here: it is slow to import and only pages need it

    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        deduplicate=False,
        prune_xpath=PRUNE_XPATH,
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        return "", [], None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return (getattr(doc, "title", None) or "").strip(), paragraphs, getattr(doc, "date", None) or None


# Elements whose text is never article text.
SKIP_TAGS = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "form",
    "svg",
    "button",
    "select",
    "template",
    "iframe",
    "menu",
}
# Elements that end a paragraph.
BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
    "body",
}
VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col"}


class _ArticleParser(HTMLParser):
    """Visible text by block, skipping navigation, scripts and footers; the <h1> or <title> as title."""

    def __init__(self, skip_tags: set[str] = SKIP_TAGS, headings: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_tags = skip_tags
        self.headings = headings  # the first <h1> is the title, not a block
        self.skip = 0
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.h1 = ""
        self.page_title = ""
        self.where: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.skip_tags:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.flush()
        if tag not in VOID_TAGS:
            self.where.append(tag)

    def handle_endtag(self, tag):
        if tag in self.where:
            while self.where and self.where.pop() != tag:
                pass
        if tag in self.skip_tags and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.flush(heading=self.headings and tag == "h1")

    def handle_data(self, data):
        if "title" in self.where and not self.page_title:
            self.page_title = " ".join(data.split())
        elif not self.skip and "head" not in self.where:
            self.current.append(data)

    def flush(self, heading: bool = False) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            if heading and not self.h1:
                self.h1 = text
            else:
                self.blocks.append(text)


# What a text dump of a page leaves out: code, styles, and controls' option lists.
DUMP_SKIP_TAGS = {"script", "style", "noscript", "svg", "template", "select"}


def page_lines(page: str) -> list[str]:
    """The page as a text dump: one line per block, <br> included (as a browser saves it)."""
    parser = _ArticleParser(skip_tags=DUMP_SKIP_TAGS, headings=False)
    try:
        parser.feed(page)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on broken markup: keep what it has
        pass
    parser.flush()
    return parser.blocks


def fallback_article(page: str) -> tuple[str, list[str]]:
    parser = _ArticleParser()
    parser.feed(page)
    parser.close()
    parser.flush()
    title = parser.h1 or parser.page_title
    return title, parser.blocks  # extract_html drops the title from them (without_title)
