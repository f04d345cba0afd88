"""A "not" before an English word negative by its prefix ("not unreasonable", "not incompatible") that
says the source's own word after its negation ("no sería descabellado", "no está reñida"): the "not"
answers the source's "no", the prefixed word stands for no other negation. Real lines: news open es
line 498 (microsoft) and open2 es line 365 (google; line numbers from 1)."""

from __future__ import annotations

from tests.flagged import critical as _critical

MAZDA = "Mazda quiere demostrar que la deportividad no está reñida con el respeto al medio ambiente."
MAZDA_EN = "Mazda wants to show that sportiness is not incompatible with respect for the environment."
DEBACLE = (
    "Dada la debacle republicana, no sería descabellado que esta formación pierda su representación en el "
    "Consistorio barcelonés - se necesita obtener el 5% de los votos - ."
)
DEBACLE_EN = (
    "Given the Republican debacle, it would not be unreasonable for this formation to lose its representation "
    "in the Barcelona City Council - it needs to obtain 5% of the votes -."
)


def test_not_before_a_prefixed_word_answers_the_source_negation():
    assert "negation_added" not in _critical(MAZDA, MAZDA_EN, "es")
    assert "negation_added" not in _critical(DEBACLE, DEBACLE_EN, "es")


def test_a_not_the_source_does_not_have_is_still_added():
    # the source without its "no": the English "not" is added
    assert "negation_added" in _critical(MAZDA.replace(" no está", " está"), MAZDA_EN, "es")
    assert "negation_added" in _critical(DEBACLE.replace(", no sería", ", sería"), DEBACLE_EN, "es")
    # a second "not" beside the litotes is one more than the source says
    added = DEBACLE_EN.replace("to lose its", "not to lose its")
    assert "negation_added" in _critical(DEBACLE, added, "es")
