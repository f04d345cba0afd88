"""What an Arabic page's own marks say of its dateline and its headline (tune10 items of the
real-world corpus): a place joined to its date by "في" on a line of its own, a place, a dash, the
source and a second dash opening the lead, the section's word printed before a headline the page
prints again under it, Arabic's comma between a stamp's date and its time; and (clean:v23) the side of
a credit line the text names again is its place; (clean:v24) a word before a dash opening the lead
is its place where the lead names it again, outside quotes."""

from __future__ import annotations

from pathlib import Path

from summarise.text import dateline as D
from summarise.text.clean import clean_file
from summarise.text.shapes import PAGE_LANGUAGE

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"
PALTODAY_TITLE = "بسبب حصار نابلس..جامعة النجاح تعلن عن تأجيل الامتحانات"


def arabic(function, *args):
    token = PAGE_LANGUAGE.set("ar")
    try:
        return function(*args)
    finally:
        PAGE_LANGUAGE.reset(token)


def test_a_place_joined_to_its_date_by_fi_is_a_dateline_of_its_own():
    """ "تونس في 30 نوفمبر 2014" under the lead, above the statement: Arabic's "في" ("on") where
    French puts a comma; a place with no date after it is a sentence."""
    record = clean_file(REALWORLD / "ar_tunisien_snjt_tawdih.txt")
    assert record.dateline == {"place": "تونس", "date": "2014-11-30"}
    match = arabic(D.dateline_match, "تونس في 30 نوفمبر 2014")
    assert match is not None and match.group("place") == "تونس"
    assert arabic(D.dateline_match, "تونس في قلب الأحداث") is None


def test_a_place_a_dash_the_source_and_a_second_dash_open_the_lead():
    """ "نابلس - النجاح الإخباري - نظَّم ...": the place, the site that reports it, then the text, as
    a wire writes its place and name before a colon."""
    record = clean_file(REALWORLD / "ar_nnnajah_markaz_ilam_liqa.txt")
    assert record.dateline == {"place": "نابلس", "date": None}
    assert arabic(D.dateline_match, "غزة - الرسالة نت - أعلنت الوزارة اليوم").group("place") == "غزة"
    assert arabic(D.dateline_match, "ترحب اليونيسف بالإعلان - وتدعو الأطراف") is None  # one dash: a sentence


def test_the_section_s_word_before_a_headline_printed_again_under_it():
    """ "خبر بسبب حصار نابلس..." over a stamp and "بسبب حصار نابلس...": the one word before the copy
    is the section's label; the copy is the headline, and no paragraph of the text."""
    record = clean_file(REALWORLD / "ar_paltoday_najah_imtihanat.txt")
    assert record.title == PALTODAY_TITLE
    assert PALTODAY_TITLE not in record.text.split("\n\n")


def test_arabic_s_comma_between_a_stamp_s_date_and_time():
    """ "آخر تحديث: 2017-11-06، 12:34 pm" is a date stamp (Arabic sets "،" where others set ","), so
    the headline over it is found over its stamp, not the ticker's label above it."""
    assert arabic(D.is_date_stamp, "آخر تحديث: 2017-11-06، 12:34 pm")
    assert arabic(D.is_date_stamp, "2017-11-06، 12:34 pm")
    record = clean_file(REALWORLD / "ar_albaladnews_jaysh_ilami.txt")
    assert record.title == 'جيش اعلامي لرئيس جامعة حكومية "لا بيهش ولا بينش"!!'
    assert record.dateline == {"place": "", "date": "2017-11-06"}


def test_the_side_of_a_credit_the_text_names_again_is_its_place():
    """ "فلسطين اليوم-نابلس" over "... بمدينة نابلس ...": the site's name, then the city the story
    is about; the text names the city again and not the site, so the city is the place. A credit
    whose first part the text names ("غزة- الرسالة نت" over a story of Gaza) keeps it."""
    record = clean_file(REALWORLD / "ar_paltoday_najah_imtihanat.txt")
    assert record.dateline == {"place": "نابلس", "date": "2011-03-12"}
    lead = "أعلنت وزارة الصحة في غزة اليوم عن افتتاح مركز جديد للطوارئ في المدينة."
    assert D.credit_place("غزة- الرسالة نت", lead, lead) == "غزة"
    assert D.credit_place("فلسطين اليوم-نابلس", lead, lead) == "فلسطين اليوم"  # neither named: place first
    assert D.credit_place("فلسطين اليوم-نابلس", lead, "وصلت القوات إلى مدينة نابلس.") == "نابلس"


def test_a_lead_opening_on_a_place_it_names_again():
    """ "فلسطين- إننا في الاتحاد العام لنقابات عمال فلسطين ..." (tune9, ar_pgftu): a word before a
    dash opening the lead is its place where the lead names it again, as a story names its place
    again; a site's name opening its lead is not said again ("الوكيل الإخباري- قالت ...", dev), or
    only in quotes, as a title is ("أخبار البلد - ... و "أخبار البلد" تجاهد ...", tune10)."""
    record = clean_file(REALWORLD / "ar_pgftu_nuseirat_majzara.txt")
    assert record.dateline is not None and record.dateline["place"] == "فلسطين"
    assert record.text.startswith("فلسطين- إننا في الاتحاد العام")  # the lead keeps its place
    assert clean_file(REALWORLD / "ar_alwakeelnews_saudia_safir.txt").dateline is None
    record = clean_file(REALWORLD / "ar_albaladnews_jaysh_ilami.txt")
    assert record.dateline is not None and not record.dateline["place"]
    assert arabic(D.dateline_match, "ترحب اليونيسف بالإعلان - وتدعو اليونيسف إلى وقف القتال") is None
