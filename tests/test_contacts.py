"""Whose contact it is: a release's press contact, not the site's own address, menu or footer
(``summarise/text/contacts.py``, ``region.site_contact_lines``). Read on the text of whole real
pages, as a store that keeps a page's menus and footer gives it (``htmlpage.page_lines``): tune
pages of the real-world corpus, and a press release of the LSVD (lsvd.de, stored as fetched in
adbar/trafilatura tests/eval, Apache-2.0) whose footer gives the association's office."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.text import contacts as K
from summarise.text.clean import clean_file, clean_text
from summarise.text.htmlpage import page_lines
from summarise.text.region import site_contact_lines
from summarise.text.shapes import PAGE_LANGUAGE, page_language
from tests.realworld import CORPUS

FIXTURES = Path(__file__).parent / "fixtures"
LSVD = FIXTURES / "lsvd_pressemitteilung_footer.html"


def page_text(path: Path) -> list[str]:
    return page_lines(path.read_text(encoding="utf-8", errors="replace"))


def dump_contacts(path: Path) -> dict[str, list[str]]:
    """The contacts the clean stage finds in the text of the whole page."""
    return clean_text("\n".join(page_text(path)), path.stem, ("fr", "es", "ar", "de")).contacts


@pytest.mark.parametrize("name", ["fr_radio_cz_ministre_sante", "es_ultimahora_infanta"])
def test_a_menus_contact_link_opens_no_block(name):
    """ "Contact" among the site's links ("Qui est qui / Contact / Logos", "Quiénes somos / Contacto /
    Contratar Publicidad / Aviso Legal") is the site's menu: its labels are nobody's name."""
    assert dump_contacts(CORPUS / f"{name}.html")["names"] == []


def test_the_sites_offices_then_its_menu_are_no_contact():
    """Ultima Hora's page ends on the publisher's offices (phones, e-mails) and then its menu: the
    page's footer, not the news item's contact. The gold has none."""
    found = dump_contacts(CORPUS / "es_ultimahora_infanta.html")
    assert (found["emails"], found["phones"]) == ([], [])


def test_the_releases_block_not_the_footers():
    """Info'Com-CGT's page gives its appeal's "Nous contacter :" block under the text, and the union's
    own phone and e-mail again in the footer under a "CONTACT" link: the first is the contact."""
    found = dump_contacts(CORPUS / "fr_infocomcgt_caisse_solidarite.html")
    assert found["emails"] == ["solidarite-financiere@infocomcgt.fr"]
    assert found["phones"] == []


def test_a_footer_below_the_pages_furniture_is_the_sites():
    """The LSVD's release ends with its press contact; then come share buttons, a contact form, a
    menu, and the association's Cologne office with its phone and e-mail: the site's footer. Its
    lines are the site's (chrome stands between them and the article) and give no contact."""
    lines = page_text(LSVD)
    token = PAGE_LANGUAGE.set(page_language(lines)[0])
    try:
        site = {lines[i] for i in site_contact_lines(lines)}
    finally:
        PAGE_LANGUAGE.reset(token)
    assert "E-Mail: lsvd@lsvd.de" in site and "Tel: 0221 / 92 59 61 0" in site
    found = dump_contacts(LSVD)
    assert "lsvd@lsvd.de" not in found["emails"]
    assert not any("92 59 61" in phone for phone in found["phones"])


def test_the_releases_block_under_a_mark_is_never_the_sites():
    """WHO's block on an aggregator sits under a "read more" link, its heading behind a quote mark
    (">Contact presse"): a press heading says it is the release's, wherever it stands."""
    record = clean_file(CORPUS / "veille_sante_oms_statistiques.txt")
    assert len(record.contacts["names"]) == 5 and len(record.contacts["phones"]) == 5


def test_a_span_of_years_is_no_phone():
    """A copyright's span of years ("© 1997-2021 Radio Prague International") is a date."""
    footer = next(line for line in page_text(CORPUS / "fr_radio_cz_ministre_sante.html") if "1997-2021" in line)
    assert K.phone_numbers(footer) == []


@pytest.mark.parametrize(
    "line, kept",
    [
        ("E-mail : info@example.com", []),
        ("البريد الإلكتروني: contact@yourdomain.com", []),
        ("Tel: +1 234 567 890", []),
        ("Fax : 000 000 000", []),
        ("Tél. : 123-456-7890", []),
        ("Tél. : 01 53 38 66 00", ["01 53 38 66 00"]),
        ("Email: presse@lsvd.de", ["presse@lsvd.de"]),
    ],
)
def test_a_templates_placeholder_is_nobodys_contact(line, kept):
    """What a site template prints until someone fills it in (a domain reserved for examples, "your
    domain", one digit repeated, the digits counted up) is no contact; a real one is."""
    found = K.parse_contacts([line])
    assert found["emails"] + found["phones"] == kept
