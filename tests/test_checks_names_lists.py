"""A name of a list of names dropped, where the name is also a word of the source language (a note
until then: it may be translated). Each source and good output is a line as a real system wrote it
(FLORES dev fr-en, tune part; benchmarks/data/news/open3), and each output with a name gone is
generator B's corruption of that line (``benchmarks/corruptions.py --show-missed
omission_list_item``)."""

from __future__ import annotations

import pytest

from summarise.quality.namelists import dropped_from_name_list, name_lists
from summarise.quality.names import check_names

# FLORES dev fr-en line 441 (google): "Thaïlande" is a French word by its frequencies
CAMBODIA = (
    "Au XVIIIe siècle, le Cambodge s'est retrouvé coincé entre deux puissants voisins, la Thaïlande et le Vietnam."
)
CAMBODIA_EN = "In the 18th century, Cambodia found itself wedged between two powerful neighbours, Thailand and Vietnam."
CAMBODIA_SHORT = "In the 18th century, Cambodia found itself wedged between two powerful neighbours and Vietnam."
# news open3 fr line 582 (every system): "Padoue" is a French word by its frequencies
CITIES = "De Vérone, Padoue, Trieste, et Udine."
CITIES_EN = "From Verona, Padua, Trieste, and Udine."
CITIES_SHORT = "From Verona, Trieste, and Udine."


# news open fr line 164 (google), a good line: "le Maire, Adrian M. Fenty" is a title and its name,
# and "Mayor" is what "Maire" became
MAYOR = (
    "La semaine dernière, certains défenseurs dans le District ont exprimé l'inquiétude que la hausse célébrée "
    "par la Directrice de groupe d'établissements d'enseignement Michelle A. Rhee et le Maire, Adrian M. Fenty "
    "(Démocrate) étaient propulsés par les étudiants blancs qui étaient déjà de bons éléments."
)
MAYOR_EN = (
    "Last week, some advocates in the District expressed concern that the rise celebrated by Educational "
    "Institutions Group Director Michelle A. Rhee and Mayor Adrian M. Fenty (Democrat) was propelled by white "
    "students. who were already good elements."
)
# news open4 es line 200 (google), a good line: "La Habana" -> "Havana"
HAVANA = (
    "Ernest Hemingway se compró una hacienda en San Francisco de Paula, cerca de La Habana, y en Cojimar tuvo su yate."
)
HAVANA_EN = "Ernest Hemingway bought a farm in San Francisco de Paula, near Havana, and had his yacht in Cojimar."


def _severities(src: str, tgt: str) -> list[str]:
    return [f["severity"] for f in check_names(src, tgt, "fr")]


@pytest.mark.parametrize(("src", "short"), [(CAMBODIA, CAMBODIA_SHORT), (CITIES, CITIES_SHORT)])
def test_a_name_gone_from_a_list_of_names_is_critical(src: str, short: str) -> None:
    flags = check_names(src, short, "fr")
    assert [f["severity"] for f in flags] == ["critical"]
    assert "it may be translated" not in flags[0]["detail"]


@pytest.mark.parametrize(("src", "good"), [(CAMBODIA, CAMBODIA_EN), (CITIES, CITIES_EN)])
def test_the_whole_list_translated_raises_nothing(src: str, good: str) -> None:
    assert _severities(src, good) == []


def test_a_list_as_long_in_english_keeps_the_note() -> None:
    # the name rendered by a word the names check does not know, the list's count kept: translated
    src, tgt = CITIES, "From Verona, Padova, Trieste, and Udine."
    assert not dropped_from_name_list(src, src.index("Padoue"), tgt, "fr")


def test_the_lists_of_names_are_counted_by_their_joints() -> None:
    src = [[CITIES[a:b] for a, b in found.items] for found in name_lists(CITIES, "fr")]
    assert src == [["De Vérone", "Padoue", "Trieste", "Udine"]]
    runs = [[CAMBODIA_SHORT[a:b] for a, b in run.items] for run in name_lists(CAMBODIA_SHORT, "en")]
    assert runs[-1] == ["Vietnam"]
    pairs = [(len(f.items), f.coordinated) for f in name_lists(CAMBODIA, "fr")]
    assert pairs[-1] == (2, True)


def test_a_name_outside_any_list_is_not_counted() -> None:
    # "le Cambodge" stands alone: no list of the source holds it
    assert not dropped_from_name_list(CAMBODIA, CAMBODIA.index("Cambodge"), CAMBODIA_SHORT, "fr")


@pytest.mark.parametrize(("src", "good", "lang"), [(MAYOR, MAYOR_EN, "fr"), (HAVANA, HAVANA_EN, "es")])
def test_a_capitalised_word_the_source_lacks_may_be_the_name(src: str, good: str, lang: str) -> None:
    # the English list is a name short, but the output writes a name the source does not: its English
    assert "critical" not in [f["severity"] for f in check_names(src, good, lang)]
