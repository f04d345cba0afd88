"""A list of common words the output keeps one item short (``listcount.list_one_fewer``). Each source
and good output is a line as a real system wrote it (FLORES dev fr-en and es-en, tune part; news
study fr-en, tune part), and each output with an item gone is generator B's corruption of that line
(``benchmarks/corruptions.py --show-missed omission_list_item``), which no cue caught before."""

from __future__ import annotations

import pytest

from summarise.quality.listcount import list_one_fewer, parallel
from summarise.quality.omission import check_omission
from summarise.quality.structure import lists

CASES = [
    (  # FLORES dev fr-en line 749 (microsoft wrote the good line)
        "fr",
        "Le cadre pourrait être un vieux bâtiment historique avec des meubles anciens, un terrain entretenu et une piscine.",
        "The setting could be an old historic building with antique furniture, manicured grounds and swimming pool.",
        "The setting could be an old historic building with antique furniture and a swimming pool.",
    ),
    (  # news study fr-en, tune part, line 112 (microsoft)
        "fr",
        "Du vendredi soir au coucher du soleil le samedi, les marchés, les magasins et les transports publics "
        "cessent leur activité.",
        "From Friday evening to sunset on Saturday, markets, shops and public transport cease their activity.",
        "From Friday evening to sunset on Saturdays, markets and public transport stop their activity.",
    ),
    (  # FLORES dev es-en line 822 (microsoft)
        "es",
        "Las agencias de viajes han existido desde el siglo XIX. Por lo general, un agente de viajes es una buena "
        "opción para casos en que el viajero no cuenta con experiencia previa en cuestiones como la naturaleza, "
        "la cultura, el idioma o los países de bajos ingresos.",
        "Travel agencies have been around since the nineteenth century. In general, a travel agent is a good "
        "option for cases where the traveler has no previous experience in issues such as nature, culture, "
        "language or low-income countries.",
        "Travel agencies have been around since the nineteenth century. In general, a travel agent is a good "
        "option for cases where the traveler has no previous experience in issues such as nature, language or "
        "low-income countries.",
    ),
]


@pytest.mark.parametrize("lang, src, good, bad", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_parallel_list_written_one_item_short_is_an_omission(lang, src, good, bad):
    assert check_omission(src, good, lang) == []
    assert list_one_fewer(src, good, lang) is None
    assert list_one_fewer(src, bad, lang) is not None
    (flag,) = check_omission(src, bad, lang)
    assert "parallel items" in flag["detail"] and flag["severity"] == "critical"


def test_an_aside_between_commas_makes_no_parallel_list():
    # FLORES dev es-en (tune): "y, finalmente," sets an aside apart; English writes no comma there,
    # and the "list" is no enumeration of parallel items
    src = "Se nombraron a sí mismos Moriori, luego hubo algunas peleas y, finalmente, fueron eliminados."
    good = "They named themselves Moriori, then there were some fights and eventually they were eliminated."
    (found,) = lists(src, "es", 3)
    assert not parallel(found, "es")
    assert list_one_fewer(src, good, "es") is None


def test_a_list_longer_than_expected_is_left_alone():
    # the cue flags only an output shorter than expected: the same corruption, its words padded
    lang, src, _, bad = CASES[1]
    padded = bad.replace(
        "stop their activity", "stop all of their usual commercial activity for the whole of the holy day"
    )
    assert list_one_fewer(src, padded, lang) is not None
    assert check_omission(src, padded, lang) == []
