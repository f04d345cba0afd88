"""Hijri months (issue 25, dates; issue 24, the Arabic profile): Arabic releases date by the Hijri
calendar beside or instead of the common one, so a Hijri month the source gives as a date ("29 رجب
1445هـ", "شهر شعبان") must be in the output, however English spells it ("Sha'ban", "Shaaban"), and
one the output gives with a day that the source lacks is a changed date. A Hijri month is never a
Gregorian one: "رمضان" is not September.

Each source is a real line of an Arabic release (crescent-sighting announcements of a ministry, a
national committee and a supreme court, 2023-2024); the English is a faithful translation, then
the same with one month changed, as a model may."""

from __future__ import annotations

import pytest

from summarise.text.hijri import HIJRI, arabic_months, english_months
from tests.flagged import critical

COMMITTEE = (
    "اجتمعت اللجنة الوطنية للأهلة بمباني وزارة الشؤون الإسلامية والتعليم الأصلي، مساء السبت 29 رجب "
    "1445هـ، الموافق 10 فبراير 2024 م لمراقبة شهر شعبان 1445هـ."
)
COMMITTEE_EN = (
    "The National Crescent Committee met at the Ministry of Islamic Affairs and Original Education on "
    "the evening of Saturday 29 {rajab} 1445 AH, corresponding to 10 February 2024, to observe the "
    "month of {shaban} 1445 AH."
)
MINISTRY = (
    "أنها راقبت هلال شهر جمادى الأولى لعام 1445 هـ، بعد مغرب اليوم الثلاثاء 29 ربيع الآخر 1445 هـ موافق 14 نونبر 2023 م"
)
MINISTRY_EN = (
    "that it had observed the crescent of the month of {jumada} 1445 AH after sunset on Tuesday 29 "
    "{rabi} 1445 AH, corresponding to 14 November 2023"
)
COURT = (
    "دعت المحكمة العليا عموم المسلمين في جميع أنحاء المملكة إلى تحري رؤية هلال شهر شوال مساء يوم "
    "الاثنين التاسع والعشرين من شهر رمضان لهذا العام 1445هـ"
)
COURT_EN = (
    "The Supreme Court called on all Muslims throughout the Kingdom to look for the crescent of the "
    "month of {shawwal} on the evening of Monday, the twenty-ninth of {ramadan} this year 1445 AH"
)


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (COMMITTEE, COMMITTEE_EN.format(rajab="Rajab", shaban="Sha'ban")),
        (COMMITTEE, COMMITTEE_EN.format(rajab="Rajab", shaban="Shaaban")),
        (MINISTRY, MINISTRY_EN.format(jumada="Jumada al-Ula", rabi="Rabi' al-Akhir")),
        (MINISTRY, MINISTRY_EN.format(jumada="Jumada I", rabi="Rabi II")),
        (COURT, COURT_EN.format(shawwal="Shawwal", ramadan="Ramadan")),
        (COURT, COURT_EN.format(shawwal="Shawal", ramadan="Ramadhan")),
    ],
)
def test_a_hijri_month_english_spells_its_own_way_passes(src, tgt):
    assert "date_mismatch" not in critical(src, tgt, "ar")


@pytest.mark.parametrize(
    ("src", "tgt", "lost", "added"),
    [
        (COMMITTEE, COMMITTEE_EN.format(rajab="Ramadan", shaban="Sha'ban"), "رجب", "Ramadan"),
        (COMMITTEE, COMMITTEE_EN.format(rajab="Rajab", shaban="Ramadan"), "شعبان", "Ramadan"),
        (MINISTRY, MINISTRY_EN.format(jumada="Jumada al-Akhirah", rabi="Rabi' al-Akhir"), "جمادى الأولى", ""),
        (MINISTRY, MINISTRY_EN.format(jumada="Jumada al-Ula", rabi="Rabi' al-Awwal"), "ربيع الآخر", "Rabi al-Awwal"),
        (COURT, COURT_EN.format(shawwal="Shawwal", ramadan="Sha'ban"), "رمضان", ""),
        (COURT, COURT_EN.format(shawwal="Dhu al-Hijjah", ramadan="Ramadan"), "شوال", ""),
    ],
)
def test_a_hijri_month_changed_is_flagged(src, tgt, lost, added):
    detail = critical(src, tgt, "ar")["date_mismatch"]
    assert f"'{lost}' not in output" in detail
    assert not added or f"'{added}' not in source" in detail


def test_a_hijri_month_is_not_a_gregorian_one():
    # "29 رجب" is not 29 July, though Rajab is the seventh month of its calendar
    detail = critical(COMMITTEE, COMMITTEE_EN.format(rajab="July", shaban="Sha'ban"), "ar")["date_mismatch"]
    assert "'رجب' not in output" in detail and "'July' not in source" in detail
    assert arabic_months()["رمضان"] == HIJRI + 9


def test_a_hijri_day_changed_is_flagged():
    tgt = COMMITTEE_EN.format(rajab="Rajab", shaban="Sha'ban").replace("29 Rajab", "28 Rajab")
    assert "the day differs: '29 رجب', '28 Rajab'" in critical(COMMITTEE, tgt, "ar")["date_mismatch"]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # "صفر" is also zero, "رمضان" a surname: no date without a day, a year or "شهر"
        ("خفض البنك سعر الفائدة إلى صفر في المئة", "The bank cut the interest rate to zero percent"),
        ("التقى الوزير المفكر طارق رمضان في باريس", "The minister met the thinker Tariq Ramadan in Paris"),
        # English "Ramadan" without a day asks nothing of the source
        ("بدأ الصيام أمس في جميع أنحاء البلاد", "The Ramadan fast began yesterday across the country"),
    ],
)
def test_a_hijri_name_that_is_no_date_asks_nothing(src, tgt):
    assert "date_mismatch" not in critical(src, tgt, "ar")


def test_english_spellings_are_one_month_each():
    spellings = {
        "Dhu al-Hijjah": "DhulHijjah",
        "Dhul-Hijja": "DhulHijjah",
        "Zul Hijjah": "DhulHijjah",
        "Dhu'l-Qa'da": "DhulQadah",
        "Dhu al-Qi'dah": "DhulQadah",
        "Jumadi al-Awwal": "JumadaAlUla",
        "Jumada II": "JumadaAlAkhirah",
        "Rabi' al-Awwal": "RabiAlAwwal",
        "Rabi al-Thani": "RabiAlThani",
        "Muharram": "Muharram",
    }
    assert {k: english_months(k) for k in spellings} == spellings
    assert english_months("a shabby Zoe in Jumada") == "a shabby Zoe in Jumada"  # nothing half a name
