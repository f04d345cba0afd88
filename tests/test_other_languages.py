"""Cleaning releases in languages with no profile of their own (German, Italian, Dutch, Polish,
Portuguese ...): the headline found by the words it shares with its text in any of their forms, by
a date stamp under it; what a page of any language prints around its text (a stray mark, hashtags,
a label glued to the text, an events calendar) left out; a list under its colon kept item by item.
The pages are the corpus's ``other-tune`` items (tests/fixtures/realworld), as fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.text.clean import clean_file, clean_text
from summarise.text.headline import shared_words
from summarise.text.shapes import PAGE_LANGUAGE
from summarise.text.stems import same_stem

CORPUS = Path(__file__).resolve().parent / "fixtures" / "realworld"

# A German ministry's release as a site printed it: its headline, the date stamp under it with the
# dash a dateline puts after its date, the ministry's line, the text (elided as it was given).
BMDV = """Deutschland erhält 479 Millionen Euro EU-Förderung für Verkehrsprojekte

19.07.24 –
Das Bundesministerium für Digitales und Verkehr berichtet:
Nach dem Kabinettsbeschluss zum Bundeshaushalt 2025 hat die EU-Kommission am 17. Juli 2024 ... 479 Millionen Euro ...
"""


def cleaned(name: str):
    return clean_file(CORPUS / f"{name}.txt")


def test_german_headline_over_its_date_stamp_is_the_title():
    record = clean_text(BMDV, id="bmdv")
    assert record.title == "Deutschland erhält 479 Millionen Euro EU-Förderung für Verkehrsprojekte"
    assert record.dateline == {"place": "", "date": "2024-07-19"}
    assert "19.07.24" not in record.text and record.text.startswith("Das Bundesministerium")


@pytest.mark.parametrize(
    "a, b, lang",
    [
        ("verkehrsprojekte", "projekte", "de"),  # a compound's last half
        ("verkehrsprojekte", "verkehr", "de"),  # its first half, a linking "s" between
        ("investimento", "investimentos", "pt"),  # an ending
        ("osiedli", "osiedlowych", "pl"),  # two forms of one stem
    ],
)
def test_forms_of_one_word_share_a_stem(a, b, lang):
    assert same_stem(a, b, lang)


@pytest.mark.parametrize(
    "a, b, lang",
    [
        ("organisation", "nation", "fr"),  # "organi" is no French word: no compound
        ("commission", "mission", "fr"),  # "com" too short to be a compound's half
        ("international", "internet", "fr"),  # "intern" too little of either
        ("communiqué", "communauté", "fr"),
    ],
)
def test_words_that_only_look_alike_do_not(a, b, lang):
    assert not same_stem(a, b, lang)


def test_a_headline_shares_its_compounds_with_the_text_in_other_forms():
    token = PAGE_LANGUAGE.set("de")
    try:
        body = {"kabinettsbeschluss", "projekte", "schienenverkehr", "euro", "gefördert"}
        line = "Deutschland erhält 479 Millionen Euro EU-Förderung für Verkehrsprojekte"
        assert shared_words(line, body) == 1  # "euro": as they are
        assert shared_words(line, body, forms=True) == 2  # and "Verkehrsprojekte" / "Projekte"
    finally:
        PAGE_LANGUAGE.reset(token)


def test_portuguese_headline_printed_with_its_full_stop_over_the_date():
    record = cleaned("pt_pirangi_credito_obras")
    assert record.title == "Prefeitura abre crédito especial para novas obras."
    assert record.dateline == {"place": "", "date": "2010-05-20"}
    assert record.text.startswith("Com aprovação da Câmara de Vereadores")
    assert "20/05/2010" not in record.text


def test_a_stray_mark_and_a_line_of_hashtags_are_no_text():
    record = cleaned("pt_saomiguel_investimentos")
    assert record.title == "40 milhões em investimentos"
    paragraphs = record.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Atingimos neste ano") and paragraphs[-1].startswith("Vale ressaltar")
    assert "#" not in record.text


def test_a_label_glued_to_the_first_paragraph_leaves_the_paragraph():
    record = cleaned("it_altamuralife_giunta_azzerata")
    assert record.ok
    assert record.text.startswith("Con decreto n. 140 di oggi, il sindaco Vitantonio Petronella")
    assert "Comunicato" not in record.text and record.title == ""


def test_a_menu_blurb_glued_to_its_label_stays_the_menus():
    page = "Accueil\nAccueil\n- Actualités\nNos missionsNous agissons pour la protection des droits des personnes dans quarante pays depuis 1985.\n"
    text = "Un titre de communiqué sur la protection des droits\n\nLe texte du communiqué commence ici et parle de la protection des droits des personnes.\n"
    record = clean_text(page + text, id="menu")
    assert "Nous agissons" not in record.text


def test_a_list_under_its_colon_keeps_one_paragraph_an_item():
    paragraphs = cleaned("nl_tabaknee_rookpreventie_giften").text.split("\n\n")
    assert "€ 70.000 van de VriendenLoterij" in paragraphs
    assert "€ 10.000 van Ksyos" in paragraphs
    lead = next(p for p in paragraphs if p.startswith("Het grootste deel daarvan"))
    assert lead.endswith("substantiële bedragen:")


def test_an_events_calendar_is_no_text():
    record = cleaned("pl_kedzierzynkozle_osiedla")
    assert record.title == "O mieście przez pryzmat osiedli"
    assert "Events of the day" not in record.text and "p w ś c p s n" not in record.text
    assert "Prezydent Sabina Nowosielska" in record.text
    assert not any(p.strip().isdigit() for p in record.text.split("\n\n"))
