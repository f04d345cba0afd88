"""What a page's own marks say of its headline, its date and its place (tune7 and tune9 items of
the real-world corpus): a date set before the headline by a dash, a headline closed by a colon
over a lead that says it again, a place in capitals closed by a stop, a dateline's day and month
under a stamp that gives the year, a shortcode left unrendered, a caption printed again with its
credit."""

from __future__ import annotations

from pathlib import Path

from summarise.text import dateline as D
from summarise.text.clean import clean_file
from summarise.text.header import date_headed_title
from summarise.text.headline import restated_headline
from summarise.text.markup import SHORTCODE
from summarise.text.shapes import PAGE_LANGUAGE
from summarise.text.teasers import CREDIT_TAIL

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"
NOROESTE_TITLE = "Injustificados y por revanchismos políticos han sido los despidos de trabajadores sindicalizados:"


def quiet(rule: str, text: str) -> None:
    pass


def test_a_date_set_before_the_headline_by_a_dash_is_the_dateline_s():
    """ "28 janvier 2014 – La CGT appelle ..." over a text that opens on no dateline: the date is the
    release's (the dateline reads it there), the headline is what follows the dash."""
    record = clean_file(REALWORLD / "fr_cgtmanosque_journee_action.txt")
    assert record.title.startswith("La CGT appelle à une journée d’action le 6 février")
    assert record.dateline == {"place": "", "date": "2014-01-28"}


def test_a_date_before_the_headline_stays_where_the_text_has_its_own_dateline():
    """ "17 de marzo 2021 – El Gobierno ..." over "Santiago, 16 de marzo de 2021.-": the text dates
    itself; the date before the headline is the site's, printed as part of its heading."""
    title = "17 de marzo 2021 – El Gobierno está tomando todas las medidas"
    dated = ["Santiago, 16 de marzo de 2021.- El Vocero de Gobierno hizo un llamado a votar."]
    token = PAGE_LANGUAGE.set("es")
    try:
        assert date_headed_title(title, dated, quiet) == title
        assert date_headed_title(title, ["El Vocero de Gobierno hizo un llamado."], quiet) == (
            "El Gobierno está tomando todas las medidas"
        )
    finally:
        PAGE_LANGUAGE.reset(token)
    assert clean_file(REALWORLD / "es_avispatepollo_vocero_elecciones.txt").title.startswith("17 de marzo 2021 –")


def test_a_headline_closed_by_a_colon_over_a_lead_that_says_it_again():
    """A regional paper's headline ends on a colon; the lead under it, opening on the place in
    capitals and a stop ("ESCUINAPA."), says it again: the headline, and the dateline's place."""
    record = clean_file(REALWORLD / "es_noroeste_escuinapa_despidos.txt")
    assert record.title == NOROESTE_TITLE
    assert record.dateline == {"place": "ESCUINAPA", "date": None}
    assert record.text.startswith("ESCUINAPA. Despidos de trabajadores sindicalizados")


def test_a_line_closed_by_a_colon_over_a_list_is_no_headline():
    """A line introducing what follows shares few words with it: the colon opens a list there."""
    lead = "ESCUINAPA. Despidos de trabajadores sindicalizados han sido injustificados y por revanchismos políticos."
    assert restated_headline(NOROESTE_TITLE, lead)
    assert not restated_headline("Las organizaciones firmantes exigen lo siguiente:", lead)
    assert not restated_headline(NOROESTE_TITLE.rstrip(":"), lead)  # no colon: the usual rules read it


def test_a_place_in_capitals_closed_by_a_stop_opens_the_lead():
    assert D.dateline_match("CULIACÁN. El Ayuntamiento informó que ...").group("place") == "CULIACÁN"
    assert D.dateline_match("ONU. El informe ...") is None  # a place is four letters or more
    assert D.dateline_match("ESCUINAPA. DESPIDOS INJUSTIFICADOS") is None  # a sentence follows the stop


def test_a_dateline_s_day_and_month_take_the_year_of_the_stamp_above():
    """ "Ciudad de México, 3 de marzo (SinEmbargo).–" under "03/03/2016 - 2:40 pm": the same day and
    month, the stamp's year."""
    record = clean_file(REALWORLD / "es_sinembargo_ongs_cidh.txt")
    assert record.dateline == {"place": "Ciudad de México", "date": "2016-03-03"}


def test_a_shortcode_left_unrendered_and_its_label_go():
    record = clean_file(REALWORLD / "es_holaatizapan_ombudsman_cndh.txt")
    assert "responsivevoice" not in record.text and "Escuchar Nota" not in record.text
    assert record.text.startswith("Los presidentes de las comisiones estatales")
    assert not SHORTCODE.search("Ver el informe [1] y el anexo […].")  # no attribute: text


def test_a_caption_printed_again_with_its_credit():
    record = clean_file(REALWORLD / "fr_20minutes_rennes_prefet.txt")
    assert "Des CRS en marge" not in record.text
    assert CREDIT_TAIL.fullmatch(" — C. Allain / APEI / 20 Minutes")
    assert not CREDIT_TAIL.fullmatch(" — la CGT et FO")
