"""Amounts of money written with an abbreviated scale before or after the currency sign
(``moneyscales``): "4,5 Md$", "106 M$", "1,5 M£" (French as written in Canada, the Office québécois
de la langue française's norm), "$4.5B", "£1.5m" (English). Each source and good output is a line
of news open5 fr (WMT newstest2014, outside the held-out lines) as a real system wrote it."""

from __future__ import annotations

import pytest

from summarise.quality.moneyscales import money_scales
from summarise.quality.namefind import names
from summarise.quality.numbers import numbers
from summarise.quality.units import units
from tests.flagged import critical

# open5 fr line 20 (google), 48 (google), 538 (google), 365 (google), 367 (microsoft)
ROCKSTAR = (
    "Rockstar, le consortium qui a acquis les brevets Nortel pour 4,5 Md$, a déposé plainte à l'encontre de "
    "Samsung Electronics Co Ltd, HTC Corp, Huawei et quatre autres sociétés pour violation de brevet devant la "
    "Cour d'assises des États-Unis au Texas."
)
ROCKSTAR_EN = (
    "Rockstar, the consortium that acquired the Nortel patents for $4.5 billion, sued Samsung Electronics Co "
    "Ltd, HTC Corp, Huawei and four other companies for patent infringement in the United States Court of "
    "Assizes States in Texas."
)
PUMPKINS = "Cette année, les Américains dépenseront environ 106 M$ en citrouilles, selon l'U.S. Census Bureau."
PUMPKINS_EN = "This year, Americans will spend about $106 million on pumpkins, according to the US Census Bureau."
RAIDS = (
    "Avec 32 autres hommes, ils ont été par la suite emprisonnés après que la police a saisi de l'héroïne et "
    "de la cocaïne pour un montant de 1,5 M£, ainsi que plus de 200 000 £ en espèces au cours d'une série de "
    "raids."
)
RAIDS_EN = (
    "Along with 32 other men, they were subsequently jailed after police seized heroin and cocaine worth "
    "£1.5m, as well as over £200,000 in cash during a series of raids."
)
REVENUES = "Les revenus ont légèrement reculé de 4,2 à 4,1 Md$."
REVENUES_EN = "Revenues fell slightly from $4.2 billion to $4.1 billion."
BACKLOG = (
    "Le carnet de commandes de la division Transport totalisait 32,6 Md$ au 30 septembre, soit une légère "
    "hausse par rapport au 31 décembre de l'année précédente."
)


@pytest.mark.parametrize(
    ("src", "good"),
    [(ROCKSTAR, ROCKSTAR_EN), (PUMPKINS, PUMPKINS_EN), (RAIDS, RAIDS_EN), (REVENUES, REVENUES_EN)],
)
def test_an_abbreviated_scale_before_the_sign_is_the_amounts(src, good):
    flags = critical(src, good, "fr")
    assert "number_mismatch" not in flags and "name_missing" not in flags and "unit_mismatch" not in flags


def test_the_abbreviation_is_read_as_its_value_and_no_other():
    assert numbers("pour 4,5 Md$, a déposé", "fr") == [("4,5 Md", {"4500000000"})]
    assert numbers("environ 106 M$ en", "fr") == [("106 M", {"106000000"})]
    # the number before "à" shares the scale of the one after, as "de 4,2 à 4,1 milliards" does
    assert dict(numbers(REVENUES, "fr"))["4,2"] == {"4.2", "4200000000"}
    # without a currency sign, "27 m" in French is metres: no scale
    assert numbers("une tour de 27 m de haut", "fr") == [("27", {"27"})]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("5 Mds € de dette", "fr", "5000000000"),  # a space, the plural
        ("un budget de 3 M€", "fr", "3000000"),
        ("un contrat de 2 G$", "fr", "2000000000"),  # Canadian French (CLDR fr_CA)
        ("un salaire de 80 k$", "fr", "80000"),
        ("una inversión de 3 MM€", "es", "3000000000"),  # mil millones
        ("una inversión de 250 M€", "es", "250000000"),
        ("una deuda de US$ 5 mil millones", "es", "5000000000"),  # "mil" of "mil millones" is no abbreviation
        ("Nortel's patents for $4.5B", "en", "4500000000"),  # the sign before the number
        ("a fine of €1.5bn", "en", "1500000000"),
        ("a loan of US$3m", "en", "3000000"),
    ],
)
def test_each_languages_abbreviations_from_cldr_and_the_norm(text, lang, value):
    assert [keys for _, keys in numbers(text, lang)] == [{value}]


def test_the_scales_are_cldrs_per_language():
    assert money_scales("fr")["md"] == 10**9 and money_scales("fr")["bn"] == 10**12  # billion is 10**12 in French
    assert money_scales("en")["b"] == 10**9 and money_scales("es")["b"] == 10**12  # Spanish B: billón


def test_the_abbreviation_is_no_name_and_the_currency_is_read():
    assert [n for _, _, n in names(BACKLOG, lang="fr")] == ["Transport"]
    assert "Md" in [n for _, _, n in names("Md Ali a dit", lang="fr")]  # a name without an amount
    assert units("pour 4,5 Md$, a déposé", "fr")[0] == {"$"}
    assert units("una inversión de 3 MM€", "es")[0] == {"EUR"}  # "MM" is no millimetre there


@pytest.mark.parametrize(
    ("src", "wrong"),
    [
        (ROCKSTAR, ROCKSTAR_EN.replace("$4.5 billion", "$4.5 million")),  # a wrong scale
        (ROCKSTAR, ROCKSTAR_EN.replace("$4.5 billion", "$5.4 billion")),  # a wrong amount
        (PUMPKINS, PUMPKINS_EN.replace("$106 million", "$106 billion")),
        (PUMPKINS, PUMPKINS_EN.replace("$106 million", "$106")),  # the scale dropped
        (RAIDS, RAIDS_EN.replace("£1.5m", "£1.5bn")),
        (REVENUES, REVENUES_EN.replace("$4.2 billion", "$4.2 million")),
    ],
)
def test_a_wrong_scale_or_amount_stays_critical(src, wrong):
    assert "number_mismatch" in critical(src, wrong, "fr")


def test_a_wrong_currency_stays_critical():
    # bergamot-tiny's real "EUR 4.5 billion" (open5 fr line 20)
    assert "unit_mismatch" in critical(ROCKSTAR, ROCKSTAR_EN.replace("$4.5 billion", "EUR 4.5 billion"), "fr")
