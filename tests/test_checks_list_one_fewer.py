"""A list of 4+ common words the output keeps one item short (``listcount.list_one_fewer``), the
variant measured on the unseen set (benchmarks/README.md, "a held-out set no rule has seen"). The
source and the good output are lines as a real system wrote them (FLORES dev es-en and fr-en, tune
part), and the output with an item gone is generator B's corruption of that line, which no cue
caught before (``benchmarks/corruptions.py --show-missed omission_list_item``)."""

from __future__ import annotations

from summarise.quality.listcount import LEAST, list_one_fewer
from summarise.quality.omission import check_omission
from summarise.quality.structure import lists

# FLORES dev es-en line 822 (microsoft wrote the good line): a list of four
ES_SRC = (
    "Las agencias de viajes han existido desde el siglo XIX. Por lo general, un agente de viajes es una buena "
    "opción para casos en que el viajero no cuenta con experiencia previa en cuestiones como la naturaleza, "
    "la cultura, el idioma o los países de bajos ingresos."
)
ES_GOOD = (
    "Travel agencies have been around since the nineteenth century. In general, a travel agent is a good "
    "option for cases where the traveler has no previous experience in issues such as nature, culture, "
    "language or low-income countries."
)
ES_BAD = (
    "Travel agencies have been around since the nineteenth century. In general, a travel agent is a good "
    "option for cases where the traveler has no previous experience in issues such as nature, language or "
    "low-income countries."
)
# FLORES dev fr-en line 749 (microsoft): a list of three
FR_SRC = (
    "Le cadre pourrait être un vieux bâtiment historique avec des meubles anciens, un terrain entretenu et une piscine."
)
FR_BAD = "The setting could be an old historic building with antique furniture and a swimming pool."


def test_a_list_of_four_written_one_item_short_is_an_omission():
    assert check_omission(ES_SRC, ES_GOOD, "es") == []
    assert list_one_fewer(ES_SRC, ES_GOOD, "es") is None
    found = list_one_fewer(ES_SRC, ES_BAD, "es")
    assert found is not None and len(found.items) == LEAST
    (flag,) = check_omission(ES_SRC, ES_BAD, "es")
    assert "4 parallel items" in flag["detail"] and flag["severity"] == "critical"


def test_a_list_of_three_is_left_to_the_other_cues():
    # good outputs write a list of three as two items more often than one of four (FLORES tune)
    assert [len(f.items) for f in lists(FR_SRC, "fr", 2)] == [3]
    assert list_one_fewer(FR_SRC, FR_BAD, "fr") is None
