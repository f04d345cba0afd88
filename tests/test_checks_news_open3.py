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
