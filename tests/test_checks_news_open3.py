"""Checks on a third year of news (WMT newstest2009, benchmarks/data/news/open3; and the lines of
newstest2010 and 2011, benchmarks/data/news/open and open2, where the kind recurs): renderings
that are right, which the checks flagged as critical errors, and an error of the same family still
caught. Each source and good output is a line of those sets as a real system wrote it."""

from __future__ import annotations

from tests.flagged import critical as _critical

# numbers: French "milles" is "mille" miswritten (open3 fr line 540, every system; line 573, microsoft)
SALON = (
    "Le Salon international du Livre de Frankfurt attend pour cette édition, plus de 7 milles exposants provenant "
    "de 101 divers pays qui occuperont les 171.790 mètres carrés du Salon avec plus de 403milles titres en "
    "exposition, et la Turquie comme invitée d'honneur."
)
SALON_EN = (
    "The Frankfurt International Book Fair expects for this edition, more than 7,000 exhibitors from 101 different "
    "countries who will occupy the 171,790 square meters of the Fair with more than 403,000 titles on display, "
    "and Turkey as guest of honor."
)
DOWNLOADS = (
    "Objectif pour 2008, arriver à 5 millions de download, et considérant qu'aujourd'hui on compte presque 3 "
    "millions et 600 milles, il est probable qu'avec la sortie de la nouvelle version, on puisse même dépasser le "
    "chiffre prévu"
)
DOWNLOADS_EN = (
    "Goal for 2008, to reach 5 million downloads, and considering that today there are almost 3 million and 600 "
    "thousand, it is likely that with the release of the new version, we can even exceed the planned figure"
)
# ...and "mil", the older spelling (open2 fr line 474, google and microsoft)
MUNICIPE = (
    "Selon la page de transparence du Municipe, ce dernier cheque numéro 9258447 a été émis le passé 16 novembre "
    'pour le montant de 200 mil 144.56 pesos, en concept de "liquidation de compte fournisseurs".'
)
MUNICIPE_EN = (
    "According to the transparency page of the Municipality, this last check number 9258447 was issued last "
    'November 16 for the amount of 200 thousand 144.56 pesos, in concept of "liquidation of supplier account".'
)


def test_milles_and_mil_may_be_a_thousand():
    flags = _critical(SALON, SALON_EN, "fr")
    assert "number_mismatch" not in flags and "unit_mismatch" not in flags
    flags = _critical(DOWNLOADS, DOWNLOADS_EN, "fr")
    assert "number_mismatch" not in flags and "unit_mismatch" not in flags
    assert "number_mismatch" not in _critical(MUNICIPE, MUNICIPE_EN, "fr")
    # another figure is still caught
    assert "number_mismatch" in _critical(SALON, SALON_EN.replace("7,000", "70,000"), "fr")
    assert "number_mismatch" in _critical(DOWNLOADS, DOWNLOADS_EN.replace("600 thousand", "800 thousand"), "fr")
    assert "number_mismatch" in _critical(MUNICIPE, MUNICIPE_EN.replace("200 thousand", "2 thousand"), "fr")


def test_milles_may_still_be_miles():
    # "à un peu plus de trois milles de l'arrivée" (open3 fr line 260): miles, which the output keeps
    src = "A un peu plus de 3 milles de l'arrivée, Gebrselassie a fait sa remontée finale."
    good = "With just over 3 miles to go, Gebrselassie made his final push."
    flags = _critical(src, good, "fr")
    assert "number_mismatch" not in flags and "unit_mismatch" not in flags
    # a unit the source does not name is caught, and another figure
    assert "unit_mismatch" in _critical(src, good.replace("3 miles", "3 kilometres"), "fr")
    assert "number_mismatch" in _critical(src, good.replace("3 miles", "5 miles"), "fr")


# names: a common word of a name said in English beside the name it governs through "of" (open3 fr
# line 540, google; open3 es line 454, google and bergamot-base-memory; languages/dev it-en tune line
# 221, google, microsoft and the reference)
BALATON = (
    "Y la cuestión de que en nombre de qué empresa se debía realizar la factura falsificada se decidió entre otros "
    "en aquella gira por la Región Superior del Balatón adonde János Zuschlag envió a István Lados."
)
BALATON_EN = (
    "And the question of which company the falsified invoice should be issued on behalf of was decided among "
    "others on that tour of the Upper Balaton Region where János Zuschlag sent István Lados."
)
CROWN = "Il processo è avvenuto presso la Corte della Corona di Birmingham e si è concluso il 3 agosto."
CROWN_EN = "The trial took place in Birmingham Crown Court and concluded on 3 August."


def test_a_common_word_of_a_name_said_in_english_beside_the_name_it_governs():
    assert "name_missing" not in _critical(SALON, SALON_EN, "fr")  # "Salon ... de Frankfurt": "Fair", twice
    assert "name_missing" not in _critical(BALATON, BALATON_EN, "es")
    assert "name_missing" not in _critical(CROWN, CROWN_EN, "it")


def test_a_name_of_that_shape_dropped_or_swapped_is_still_caught():
    # the name it governs swapped: the common word has nothing to stand beside
    assert _critical(SALON, SALON_EN.replace("Frankfurt", "Nairobi"), "fr")["name_missing"] == (
        "'Frankfurt', 'Salon' not in output"
    )
    assert _critical(BALATON, BALATON_EN.replace("Balaton", "Nairobi"), "es")["name_missing"] == (
        "'Superior', 'Balatón' not in output"
    )
    # the common word's English dropped: fewer English words than the name's words the output lacks
    dropped = SALON_EN.replace("Book Fair", "Book").replace("of the Fair", "of the site")
    assert _critical(SALON, dropped, "fr")["name_missing"] == "'Salon' not in output"
    assert _critical(CROWN, CROWN_EN.replace("Crown Court", "Court"), "it")["name_missing"] == "'Corona' not in output"
    # a given name or title right before a name, with no "of": "Amir Khan" -> "Chief Khan" stays caught
    # (languages/dev tr-en tune line 219, opusmt)
    src = '2004 Olimpiyatlarında gümüş madalya kazanan Amir Khan, "Bence kadınlar kavga etmemeli." dedi.'
    bad = '"I don\'t think women should fight," said Chief Khan, who won the silver medal at the 2004 Olympics.'
    assert _critical(src, bad, "tr")["name_missing"] == "'Amir' not in output"
    # a name of common words whose other part is a common word too: "l'Union des Nations" (test_checks)
    src = "Il espère la réintégration du pays au sein de l'Union des Nations sud-américaines."
    assert (
        _critical(src, "He hopes for the country's reintegration of South American Nations.", "fr")["name_missing"]
        == "'Union' not in output"
    )
