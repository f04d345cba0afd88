"""Names written another way in the source: a courtesy title's other spelling ("Melle"), a name CLDR
hyphenates written with a space ("Royaume Uni"), a Spanish question's first word after "¿". Each
source and good output is a line of the open news years (benchmarks/data/news/open4, open2, open3;
line numbers counted from 1) as a real system wrote it; the errors still caught are the same lines
with the name gone or swapped."""

from __future__ import annotations

from summarise.quality.namefind import at_sentence_start, names
from summarise.quality.namematch import respaced
from summarise.quality.names import check_names
from tests.flagged import critical as _critical

# "Melle", the spelling of "Mlle" news writes, is a title: no name of its own, even when the name after
# it is written in lower case (open4 fr line 472, every system; "Melle" also on open4 fr 470, 473, 475, open3 fr 205)
SOFA = "et avoir trouvé Melle arroyo sur le sofa."
CASTRO = (
    "Mercredi, personne n'a ouvert la porte de chez Melle Castro où un rosier fané repose dans l'étroit cimetière "
    "devant, et un dalmatien aboyait à l'arrière."
)
CASTRO_EN = (
    "On Wednesday, no one opened the door to Miss Castro's home where a wilted rose bush lies in the narrow "
    "cemetery in front, and a Dalmatian barked at the back."
)


def test_a_title_spelt_melle_is_no_name():
    for good in ("and found Miss Arroyo on the sofa.", "and finding Miss arroyo on the sofa."):
        assert "name_missing" not in _critical(SOFA, good, "fr")
    assert "Melle" not in [n for _, _, n in names(CASTRO, lang="fr")]
    assert "name_missing" not in _critical(CASTRO, CASTRO_EN, "fr")


def test_the_name_after_melle_is_still_checked():
    # the name after the title is read as a name, not as a sentence's first word, and its loss is caught
    assert "Castro" in [n for _, _, n in names(CASTRO, lang="fr")]
    assert "Castro" in _critical(CASTRO, CASTRO_EN.replace("Miss Castro's", "Miss Arroyo's"), "fr")["name_missing"]
    assert "Castro" in _critical(CASTRO, CASTRO_EN.replace("Miss Castro's", "her"), "fr")["name_missing"]


# A name CLDR writes with a hyphen, written with a space: "Royaume Uni" (open4 fr line 399: three
# systems say "the UK"); "États Unis", "Nouvelle Zélande" (open2 fr lines 428, 216), "Etats Unis"
# (open3 fr line 567) were notes.
BAILEY = (
    "Il faisait parti des trois docteurs qui ont été filmés au Old Bailey en octobre, car suspectés d'être "
    "impliqués dans diverses tentatives d'explosion de voitures dans le Royaume Uni."
)
BAILEY_EN = (
    "He was one of three doctors who were filmed at the Old Bailey in October on suspicion of involvement in "
    "various car explosion attempts across the UK."
)


def test_a_cldr_name_written_with_a_space_is_the_name():
    assert "name_missing" not in _critical(BAILEY, BAILEY_EN, "fr")
    assert "name_missing" not in _critical(BAILEY, BAILEY_EN.replace("the UK", "the United Kingdom"), "fr")
    start = BAILEY.index("Uni")
    assert respaced(BAILEY, (start, start + 3, "Uni"), "fr") == "royaume-uni"
    usa = "Le programme nucléaire pakistanais génère une grande inquiétude aux États Unis"
    start = usa.index("Unis")
    assert respaced(usa, (start, start + 4, "Unis"), "fr") == "etats-unis"


def test_a_cldr_name_written_with_a_space_dropped_or_swapped_is_still_missing():
    assert "Royaume Uni" in _critical(BAILEY, BAILEY_EN.replace("the UK", "the country"), "fr")["name_missing"]
    assert "Royaume Uni" in _critical(BAILEY, BAILEY_EN.replace("the UK", "the US"), "fr")["name_missing"]
    # a given name and a surname are no name CLDR hyphenates (open fr line 88)
    older = "Selon Lukáš Marvan, porte-parole des pompiers de Ústí, il y a six unités qui opèrent sur l'incendie."
    start = older.index("Marvan")
    assert respaced(older, (start, start + 6, "Marvan"), "fr") == ""


# Spanish opens a question with "¿" and an exclamation with "¡", and capitalises their first word as a
# sentence's: "¿Compusiste" (you composed) is a verb (open4 es line 96, every system; "¿Abriste",
# "¿Temía", "¿Chismeas" open4 es, "¿Liberar" open2 es, "¡Apenas" open3 es, "¡Haga" open: notes)
COMPOSE = "hvg.hu: ¿Compusiste exactamente así la canción o las chicas cambiaron algunas cosas?"
COMPOSE_EN = "hvg.hu: Did you compose the song exactly like that or did the girls change some things?"


def test_a_question_s_first_word_is_a_sentence_start():
    assert at_sentence_start(COMPOSE, COMPOSE.index("Compusiste"))
    assert "name_missing" not in _critical(COMPOSE, COMPOSE_EN, "es")
    jefe = (
        "¿ Jefe de la mayoría parlamentaria y del muy poderoso partido Rusia unida que elegería el gobierno y el "
        "presidente?"
    )  # open4 es line 278: a space after "¿"
    assert at_sentence_start(jefe, jefe.index("Jefe"))
    # a "¿" inside a sentence opens a question too (open3 es line 346)
    polifacetica = "Bailarina, actriz y diseñadora, eres una mujer muy polifacética, ¿no?"
    assert at_sentence_start(polifacetica, polifacetica.index("no?"))


def test_a_name_in_a_question_is_still_checked():
    # open2 es lines 4 and 547: the question's names are still names, and their loss is caught
    assert "Voldemort" in _critical('"¿Quién es Voldemort?"', '"Who is he?"', "es")["name_missing"]
    france = "¿Ha aceptado Francia un intercambio?"
    assert "name_missing" not in _critical(france, "Has France accepted an exchange?", "es")
    # "Francia" swapped is reported as it was before "¿" opened a sentence (a note: a Spanish word)
    assert any("Francia" in f["detail"] for f in check_names(france, "Has Spain accepted an exchange?", "es"))
