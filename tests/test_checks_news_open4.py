"""Checks on a fourth year of news (WMT newstest2008, benchmarks/data/news/open4; and the lines of
newstest2009-2011, benchmarks/data/news/open, open2 and open3, where the kind recurs): renderings
that are right, which the checks flagged as critical errors, and an error of the same family still
caught. Each source and good output is a line of those sets as a real system wrote it (HTML
entities decoded, as the benchmarks read them)."""

from __future__ import annotations

from summarise.quality.structure import resumed_subjects_joined
from tests.flagged import critical as _critical

# omission: a French pseudo-cleft sets its subject clause apart with a comma ("Ce qui marche, c'est
# le système") that English does not write (open4 fr line 106, every system; open3 fr line 79,
# every system)
WANTED = "\"Tout ce que je voulais, c'était gagner de l'argent pour ma banque\", affirme-t-il dans la déposition."
WANTED_EN = '"All I wanted was to make money for my bank," he said in the statement.'
DRIVERS = "\"Ce qui marche avec les conducteurs, c'est le système du sucre et du fouet."
DRIVERS_EN = '"What works with drivers is the sugar and whip system.'


def test_a_pseudo_cleft_comma_is_no_clause_joint():
    assert "omission" not in _critical(WANTED, WANTED_EN, "fr")
    assert "omission" not in _critical(DRIVERS, DRIVERS_EN, "fr")
    # a clause of the same line gone is still caught
    assert "omission" in _critical(WANTED, '"All I wanted was to make money for my bank, in the statement."', "fr")


def test_only_the_resumed_subject_comma_is_taken_out():
    assert resumed_subjects_joined(DRIVERS, "fr") != DRIVERS
    # a comma before "c'est-à-dire", or before a "c'est" no "ce qui" opens, joins two clauses
    for kept in (
        "Il a dit ce qu'il pensait, c'est-à-dire rien.",
        "Il est parti hier soir, c'est ce que disent ses voisins.",
    ):
        assert resumed_subjects_joined(kept, "fr") == kept
    assert resumed_subjects_joined(DRIVERS, "es") == DRIVERS


# numbers and dates: "el 11 de septiembre" written "9/11", the month as a number (open4 es line 137,
# bergamot-tiny; open3 es line 484, google)
ATTACKS = (
    "Después de los ataques del 11 de septiembre, es la primera vez que bancos centrales de diferentes estados se "
    "ponen de acuerdo en este proceso coordinado para proteger y disminuir las consecuencias de la crisis de finanzas."
)
ATTACKS_EN = (
    "After the 9/11 attacks, it is the first time central banks from different states have agreed on this "
    "coordinated process to protect and reduce the consequences of the financial crisis."
)
SECOND = (
    "Los principales diarios europeos en sus comentarios del martes dedicados a la cada vez más profunda crisis "
    'financiera internacional hablan de un "segundo 11 de septiembre".'
)
SECOND_EN = (
    "The main European newspapers in their comments on Tuesday dedicated to the deepening international financial "
    'crisis speak of a "second 9/11".'
)


def test_a_date_written_month_slash_day_keeps_the_date():
    for src, good in ((ATTACKS, ATTACKS_EN), (SECOND, SECOND_EN)):
        flags = _critical(src, good, "es")
        assert "number_mismatch" not in flags and "date_mismatch" not in flags
        # another day or another month is still caught, by both checks
        for wrong in ("9/12", "8/11"):
            flags = _critical(src, good.replace("9/11", wrong), "es")
            assert "number_mismatch" in flags and "date_mismatch" in flags


# a line the source writes in English, copied unchanged (open4 es line 464, every system; open2 fr
# line 249, google and microsoft): nothing is left untranslated, and the numbers are the source's
COST = "The cost: $22,000 for a set of four."
PARIS_CLUB = (
    "Now Ms Fernández seems to be edging towards an agreement with creditor governments grouped in the Paris Club, "
    "to which it owes some $6.7 billion."
)


def test_an_english_source_copied_is_no_error():
    assert _critical(COST, COST, "es") == {}
    assert _critical(PARIS_CLUB, PARIS_CLUB, "fr") == {}
    # changed, its figure is still checked; a French source copied is still untranslated
    assert "number_mismatch" in _critical(PARIS_CLUB, PARIS_CLUB.replace("6.7", "7.6"), "fr")
    french = "Le set de quatre coûte 22.000 dollars aux clients de la banque tchèque."
    assert "untranslated" in _critical(french, french, "fr")
