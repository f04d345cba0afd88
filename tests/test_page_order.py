"""What a page's own order says of its headline and its place (tune7 and tune8 items of the
real-world corpus): a credit line naming the place over the text, a headline printed again wrapped
over two lines, a deck opening on a dash, a kicker between a headline and its deck."""

from __future__ import annotations

from pathlib import Path

from summarise.text import dateline as D
from summarise.text.clean import clean_file
from summarise.text.headline import is_kicker, unwrap_title_copy

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"
OPENING = "بحث وزير الإعلام حمزة المصطفى، مع محافظ اللاذقية محمد عثمان، سبل رفع مستوى التنسيق بين الجهات الإعلامية."


def test_a_credit_line_naming_the_place_opens_the_text():
    """An agency's page with no headline opens on "اللاذقية-سانا" (place, dash, agency) over its first
    paragraph: the place is the dateline's, and the line stays the text's first, as the gold has it."""
    record = clean_file(REALWORLD / "ar_sana_ladhiqiya_ilam.txt")
    assert record.dateline == {"place": "اللاذقية", "date": None}
    assert record.text.startswith("اللاذقية-سانا\n\nبحث وزير الإعلام")


def test_a_credit_line_under_a_caption_keeps_the_stamp_date():
    """ "غزة- الرسالة نت" under an image's caption and the page's machine date: the caption goes, the
    credit line opens the text, the place joins the stamp's date."""
    record = clean_file(REALWORLD / "ar_alresalah_markaz_dirasat_ghaza.txt")
    assert record.dateline == {"place": "غزة", "date": "2012-12-17"}
    assert record.text.startswith("غزة- الرسالة نت\n\nافتتح مركز الدراسات العالمية")


def test_a_credit_line_is_read_only_over_a_sentence():
    """Labels glued on one line ("العرائش-القصر الكبيرسياسة") over a headline are no credit line; nor
    is a sentence, nor a line in a cased script (those datelines have their own patterns)."""
    assert D.credit_place("اللاذقية-سانا", OPENING) == "اللاذقية"
    assert D.credit_place("العرائش-القصر الكبيرسياسة", "مجلس القصر الكبير يصادق على عدد من المشاريع التنموية") is None
    assert D.credit_place("ترحب اليونيسف بالإعلان عن الهدنة في اليمن - بيان", OPENING) is None
    assert (
        D.credit_place("Genève - ATS", "Le Conseil fédéral a adopté hier un message sur la Genève internationale.")
        is None
    )


def test_a_headline_printed_again_wrapped_over_two_lines():
    """The headline on one line under a skip link, then again over two lines above a label and the
    date: the two lines are one copy, the line printed twice is the headline, and no copy is text."""
    record = clean_file(REALWORLD / "ar_nirgalgate_munazzamat_qam3.txt")
    headline = (
        "34 منظمات وشبكة حقوقية من 11 دولة عربية و اجنبية تدين قمع المتظاهرين سلمياً وتدعو لإحترام حرية الرأي والتعبير"
    )
    assert " ".join(record.title.split()) == headline
    assert "34 منظمات" not in record.text
    assert record.text.startswith("تعرب المنظمات الحقوقية")


def test_a_wrapped_copy_is_joined_only_when_it_repeats_a_line_above():
    lines = ["Skip", "Une grève générale est annoncée pour jeudi", "", "Une grève générale", "est annoncée pour jeudi"]
    assert unwrap_title_copy(lines, lambda rule, text: None)[3:] == ["Une grève générale est annoncée pour jeudi", ""]
    other = ["Skip", "Une grève générale est annoncée pour jeudi", "", "Une grève générale", "est annoncée vendredi"]
    assert unwrap_title_copy(other, lambda rule, text: None) == other


def test_a_deck_opening_on_a_dash_is_no_headline():
    """A page whose text holds no headline opens on its deck ("— Llaman a los medios ..."), then the
    reporter and the dateline: no title, not the deck; a headline over a dashed deck stays the title."""
    assert clean_file(REALWORLD / "es_interaccion_chilpancingo_organizaciones.txt").title == ""
    tvbus = clean_file(REALWORLD / "es_tvbus_oaxaca_union.txt")
    assert tvbus.title == "Conforman en Oaxaca Unión de Organizaciones Sociales, exigen respeto a sus gestiones"


def test_a_kicker_between_the_headline_and_its_deck():
    """A tag page: its label, the headline, a kicker in capitals ("RUIDOS") and a deck that shares
    more words with the text: the headline over the kicker is the title, not the deck."""
    record = clean_file(REALWORLD / "es_manueljesusflorencio_bandas_ruido.txt")
    assert (
        record.title == "El Ayuntamiento de Sevilla antepone las bandas de cornetas y tambores al derecho al descanso"
    )
    assert is_kicker("RUIDOS") and is_kicker("CONFLICTO")
    assert not is_kicker("Barrios") and not is_kicker("UNA NOTA DE PRENSA") and not is_kicker("2024")
