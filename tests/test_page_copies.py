"""What a page prints twice and what closes it (tune12 items of the real-world corpus): a run of
paragraphs printed again right after itself is one copy, and a wire's credit in brackets closing an
Arabic story gives the dateline's place and leaves the text."""

from __future__ import annotations

from pathlib import Path

from summarise.text import boilerplate
from summarise.text.clean import clean_file
from summarise.text.dateline import closing_credit

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"


def paragraphs(record) -> list[str]:
    return record.text.split("\n\n")


def test_paragraphs_printed_again_right_after_themselves_are_one_copy():
    """fr_pressafrik: three paragraphs, then the last two again; fr_habarizacomores: three
    paragraphs and the credit, then the last two and the credit again. The second print goes."""
    record = clean_file(REALWORLD / "fr_pressafrik_sos_casamance.txt")
    assert len(paragraphs(record)) == 3
    assert paragraphs(record)[-1].startswith("SOS Casamance, exige")
    record = clean_file(REALWORLD / "fr_habarizacomores_wanantsi_arretes.txt")
    assert [p[:12] for p in paragraphs(record)] == ["Deux leaders", "D’après le c", "«On dénonce ", "A.A.H : alba"]


def test_only_a_run_right_after_itself_opening_on_running_text_is_a_copy():
    lines = (REALWORLD / "fr_pressafrik_sos_casamance.txt").read_text(encoding="utf-8").split("\n")
    lead, first, second = lines[0], lines[1], lines[2]
    quiet = lambda rule, text: None  # noqa: E731
    assert boilerplate.drop_printed_twice([lead, first, second, first, second], quiet) == [lead, first, second]
    # another line between the two prints: a paragraph quoted again later, not a copy
    assert boilerplate.drop_printed_twice([first, lead, second, first], quiet) == [first, lead, second, first]
    # a run opening on a short line (a menu entry and its link) is left to the menu rules
    assert boilerplate.drop_printed_twice(["Autres articles", "-", "Autres articles", "-"], quiet) == [
        "Autres articles",
        "-",
        "Autres articles",
        "-",
    ]


def test_a_wire_credit_closing_an_arabic_story_gives_its_place():
    """ar_aljarida: two paragraphs, then "(دبي ـ أ ف ب)": the place, the tatweel a paper prints for a
    dash, the agency. Dubai is the dateline's place; the credit is not text."""
    record = clean_file(REALWORLD / "ar_aljarida_afw_duwali_riyadh.txt")
    assert record.dateline == {"place": "دبي", "date": None}
    assert not any(p.startswith("(دبي") for p in paragraphs(record))
    assert closing_credit(["نص الخبر.", "(الرياض - واس)"]) == "الرياض"
    assert closing_credit(["(دبي ـ أ ف ب)"]) is None  # a credit alone is no text's end
    assert closing_credit(["نص الخبر.", "(انظر الصورة)"]) is None  # a bracket with no dash and agency
