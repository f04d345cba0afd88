"""Dates of a list or range (issue 25): every month the source lists must be in the output, so a
month dropped from "April and May", or written as a copy of the other ("May and May"), is flagged.
An Arabic month alone may be a word ("مارس", practised), so it is read strictly only after "شهر"
or next to a number; a month listed with another month ("حزيران وآب", "يونيو ويوليو", the second
one with its "و") is a date as surely as one next to a day number.

The rows are real lines: FLORES dev ar-en/fr-en/es-en line 130 (tune part) and talks-open ar-en
line 423, each output a system's own; the bad outputs drop or double one month of the list."""

from __future__ import annotations

import pytest

from tests.flagged import critical

# FLORES dev line 130 (tune): "between June and August this year"
AR_COW = (
    "ستكون المدينة الأولى في جنوب شرق أوروبا التي تستضيف CowParade، أكبر حدث فني عام في العالم، "
    "بين حزيران وآب من هذا العام."
)
EN_COW = (
    "It will be the first city in southeastern Europe to host CowParade, the world’s largest public "
    "art event, between June and August this year."
)
FR_COW = (
    "La ville sera la première en Europe du sud-est à accueillir, entre juin et août de cette année, "
    "le CowParade, le plus grand événement artistique public au monde."
)
ES_COW = (
    "Este año, de junio a agosto, la ciudad será la primera en el sureste de Europa en ser anfitriona "
    "del CowParade, el evento artístico gratuito más grande del mundo."
)
# talks-open ar-en line 423 (argos's output)
AR_SARDINES = 'وفي يونيو ويوليو، تٌسافر أسراب هائلة من السردين إلى الشمال في هجرة جماعيّة ما نُسمّيه "هروب السردين".'
EN_SARDINES = "In June and July, massive sardines travel to the north in a mass exodus of what we call Sardin escape."


@pytest.mark.parametrize(
    ("src", "good", "lang"),
    [(AR_COW, EN_COW, "ar"), (AR_SARDINES, EN_SARDINES, "ar"), (FR_COW, EN_COW, "fr"), (ES_COW, EN_COW, "es")],
)
def test_the_good_output_of_a_month_list_is_not_flagged(src: str, good: str, lang: str) -> None:
    assert "date_mismatch" not in critical(src, good, lang)


@pytest.mark.parametrize(
    ("src", "bad", "lang", "lost"),
    [
        # Levantine months, the second with its "و": one dropped, one doubled
        (AR_COW, EN_COW.replace("between June and August", "in August"), "ar", "حزيران"),
        (AR_COW, EN_COW.replace("June and August", "June and June"), "ar", "وآب"),
        # Egyptian months, the second with its "و"
        (AR_SARDINES, EN_SARDINES.replace("In June and July", "In July"), "ar", "يونيو"),
        (AR_SARDINES, EN_SARDINES.replace("June and July", "June and June"), "ar", "ويوليو"),
        # the same kinds in French and Spanish (read before: the months of a Latin-script list
        # are dates by their own spelling)
        (FR_COW, EN_COW.replace("June and August", "August and August"), "fr", "juin"),
        (ES_COW, EN_COW.replace("between June and August", "in June"), "es", "agosto"),
    ],
)
def test_a_month_of_a_list_dropped_or_doubled_is_flagged(src: str, bad: str, lang: str, lost: str) -> None:
    assert f"'{lost}' not in output" in critical(src, bad, lang).get("date_mismatch", "")


@pytest.mark.parametrize(
    ("src", "bad", "lost"),
    [  # issue 25's sentences: a month after a joined "و", Egyptian and Levantine names
        (
            "وقد زار الوفد المنطقة في أبريل ومايو من العام الماضي.",
            "The delegation visited the region in May last year.",
            "أبريل",
        ),
        (
            "وقد زار الوفد المنطقة في نيسان وأيار من العام الماضي.",
            "The delegation visited the region in May and May last year.",
            "نيسان",
        ),
        (
            "وقد زار الوفد المنطقة من أبريل إلى يونيو من العام الماضي.",
            "The delegation visited the region until June last year.",
            "أبريل",
        ),
    ],
)
def test_arabic_months_of_a_list_or_range_each_ask_for_their_month(src: str, bad: str, lost: str) -> None:
    assert f"'{lost}' not in output" in critical(src, bad, "ar").get("date_mismatch", "")


def test_an_arabic_month_word_alone_still_demands_nothing() -> None:
    # "مارس" alone is also "practised": not listed with another month, it is no date to demand
    src = "مارس الفريق الرياضة في الحديقة العامة."
    assert "date_mismatch" not in critical(src, "The team practised sport in the public park.", "ar")


# FLORES dev ar-en line 240 (tune), google's output: the day is an ordinal word ("الأول من")
AR_CARDS = (
    "بدأت هذه القضية في الأول من كانون الثاني، حيث بدأ العشرات من السكان المحليين بتقديم الشكاوى إلى مكتب "
    "بريد أوبانازاوا من أنهم لم يتلقوا بطاقات السنة الجديدة التقليدية والمعتادة."
)
EN_CARDS = (
    "The issue began on January 1, when dozens of local residents began complaining to the Obanazawa Post "
    "Office that they had not received their traditional New Year cards."
)


def test_an_ordinal_day_word_is_the_day_of_its_month() -> None:
    assert "date_mismatch" not in critical(AR_CARDS, EN_CARDS, "ar")
    assert "the day differs" in critical(AR_CARDS, EN_CARDS.replace("January 1", "January 11"), "ar")["date_mismatch"]
    # "the first week of May" names no day: nothing to compare
    src, good = (
        "زار الوفد المنطقة في الأسبوع الأول من مايو.",
        "The delegation visited the region in the first week of May.",
    )
    assert "date_mismatch" not in critical(src, good, "ar")
