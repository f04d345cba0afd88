"""The order of headline, date stamp and text on real pages (tune7 items of the real-world corpus):
the headline over the stamp, a page opening on its date, a date opening the headline's line."""

from __future__ import annotations

from pathlib import Path

from summarise.text import dateline as D
from summarise.text.clean import clean_file

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"


def test_an_iso_date_time_is_a_stamp():
    """A page's machine date ("2012-12-17T05:55:29+02:00") is a stamp, its offset or "Z" after the
    time; a date inside a sentence is not."""
    assert D.is_date_stamp("2012-12-17T05:55:29+02:00")
    assert D.is_date_stamp("2012-12-17T05:55Z")
    assert not D.is_date_stamp("La reunión del 2012-12-17T05:55 fue suspendida por la lluvia")


def test_the_headline_over_an_iso_stamp_under_a_menu_label():
    """A news site prints its menu's label, the headline, then its machine date: the user gets the
    headline (not the label, not nothing) and the date as the dateline's."""
    record = clean_file(REALWORLD / "ar_alresalah_markaz_dirasat_ghaza.txt")
    assert record.title == "مركز الدراسات العالمية يفتتح فرعا له بغزة"
    assert record.dateline is not None and record.dateline["date"] == "2012-12-17"
    assert record.text.startswith("غزة- الرسالة نت\n\nافتتح مركز الدراسات العالمية")  # the credit line opens it


def test_a_two_word_headline_over_its_date_stamp():
    """ "Rapport moral" over "publié le 7 avril 2010": a two-word headline, the page's first line,
    whose words the text takes up ("en rédigeant ce rapport moral")."""
    record = clean_file(REALWORLD / "fr_fnascee_rapport_moral.txt")
    assert record.title == "Rapport moral"
    assert record.dateline == {"place": "", "date": "2010-04-07"}


def test_a_date_opening_the_headline_line_is_the_release_date():
    """A headline line opening on "28 janvier 2014 –": the date before the dash is the release's
    (the title keeps it, as the corpus's golds count a headline printed with its date)."""
    record = clean_file(REALWORLD / "fr_cgtmanosque_journee_action.txt")
    assert record.dateline == {"place": "", "date": "2014-01-28"}
    assert D.DATE_HEAD.match("28 janvier 2014 – La CGT appelle à une journée d’action")
    assert not D.DATE_HEAD.match("28 janvier 2014, la CGT appelle à une journée d’action")


def test_a_page_opening_on_its_date_keeps_the_heading_under_it():
    """A blog post: its date, its headline, a deck wrapped over two lines, the reporter, the text.
    The heading right under the page's opening date is the headline, though the deck shares more
    words with the text."""
    record = clean_file(REALWORLD / "es_noticiasdesdeveracruz_arquitectos_fraude.txt")
    assert record.title == "Están a punto de perderse edificio sede"
    assert record.dateline == {"place": "", "date": "2008-02-06"}


def test_a_stamp_in_both_calendars_gives_the_common_date():
    """A news site's print page dates its story under the headline by both calendars, the Hijri
    date marked by its era, the common one after "الموافق", with a clock in two zones (tune13,
    ar_aljazeera): the line is a stamp, not the first paragraph, and its common date is the
    release's, not the Hijri one read as a year 1432."""
    line = "الأربعاء 1432/5/18 هـ - الموافق 20/4/2011 م (آخر تحديث) الساعة 14:59 (مكة المكرمة)، 11:59 (غرينتش)"
    assert D.dual_stamp(line) == "20/4/2011"
    assert D.is_date_stamp(line)
    record = clean_file(REALWORLD / "ar_aljazeera_munazzama_tudin.txt")
    assert record.dateline is not None and record.dateline["date"] == "2011-04-20"
    assert record.text.startswith("نددت المنظمة العربية لحقوق الإنسان")
    # A sentence giving a year in both calendars is no stamp: it has a text's words.
    assert D.dual_stamp("تأسست الجمعية سنة 1420 هـ الموافق 1999 م في مدينة جدة على يد عدد من المحامين والقضاة") is None
