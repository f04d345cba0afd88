"""Dropped negations generator B still missed on the readable parts (FLORES fr tune, news open,
open2, open3 fr): the lines as the systems wrote them keep their negation and pass; the same lines with
it dropped are `negation_lost` ("Checks: dropped negations the checks still missed", benchmarks/README)."""

import pytest

from summarise.quality.negation import check_negation

IGNORENT = "Les autorités ignorent encore son nom, mais on sait tout de même qu'il est membre de l'ethnie Ouïghour."
GRAVATS = "L'on ignore si les gravats, qui pourraient cacher des traces de grande valeur, ont été stockés dans les trois sites."
PANNEAUX = ". Aucuns panneaux n'indiquent la rue."
EXERCER = (
    'L\'enquête du parquet révèle que les "émetteurs" ont également commis des erreurs en mentionnant comme '
    "prestation le transport de marchandises par route, que la société émettrice des factures ne pouvait exercer, "
    "vu que son profil était le conseil en investissement."
)
QUIBERON = "Le port de plaisance de Quiberon était également bloqué, mais les liaisons vers Belle-île pas stoppées."
REPARABLES = (
    "Pendant que ceux qui ont causé des dommages beaucoup plus importants, et les auteurs de délits économiques non "
    "réparables, se promènent librement ou du moins, attendent à leur propre domicile la fin de la procédure. Lui "
    "n'a pas cette possibilité."
)
ECOFIN = (
    "Il serait parfaitement irrationnel que l’Ecofin sauve la Hongrie d’un non respect de ses paiements extérieurs "
    "au début de l’année et permette à un pays membre de la zone euro de ne pas respecter ses engagements."
)
OPPRESSEURS = (
    '"Nous avons bien compris la situation et voulons être vraiment sûrs que les paroles proclamant que les troupes '
    'américaines viennent sur le territoire allemand non pas en oppresseurs et ennemis, mais en libérateurs," est '
    "écrit dans la lettre"
)
EFFORTS = (
    "Je n'ignore pas les efforts fournis par les personnels pour le fonctionnement et la modernisation de notre "
    "système pénitentiaire, écrit la ministre de la Justice dans ce courrier."
)
DATOS = (
    "Además, la cantidad de datos a tratar no deja de aumentar, hasta el punto de que en los cinco últimos años se "
    "han lanzadomás versiones, variantes ymotorizaciones que en los quince anteriores."
)
TRABAJO = (
    "Las que no tienen una actividad fuera del hogar, trabajan a tiempo parcial, o tienen un trabajo no estable, "
    "inician antes la convivencia en pareja, adelantan la primera maternidad, y tienen más hijos."
)
WORKERS = "Those who {} have an activity outside the home, work part-time, or have {} job, and have more children."
TROOPS = '"We have understood the situation and want to be really sure that the words proclaiming that American troops '
LETTER = 'come to German territory {}as oppressors and enemies, but as liberators," reads the letter'
STAFF = " of the efforts made by the staff for the functioning and modernization of our penitentiary system."
PROCESSED = "In addition, the amount of data to be processed {}, to the point that in the last five years more versions"

# (source, the corruption generator B made of a system's line: its negation dropped)
DROPPED = [
    # a verb of not knowing said with the positive "know" (FLORES fr tune, news open2 fr)
    (
        IGNORENT,
        "The authorities still do know his name, but it is known that he is a member of the Uighur ethnic group.",
    ),
    (
        IGNORENT,
        "The authorities still do know his name, but we do know that he is a member of the Uyghur ethnic group.",
    ),
    (GRAVATS, "It is known whether the rubble, which could hide valuable traces, was stored at the three sites."),
    # "aucuns", the plural (news open3 fr)
    (PANNEAUX, ". There are some signs of the street."),
    (PANNEAUX, ". Some signs indicate the street."),
    # a literary "ne" whose "que" opens the next clause ("vu que"): no restriction (news open3 fr)
    (
        EXERCER,
        "... which the company issuing the invoices could perform, given that its profile was investment advice.",
    ),
    # "pas" before a participle, its verb left out (news open3 fr)
    (QUIBERON, "The Quiberon marina was also blocked, but the connections to Belle-île were stopped."),
    (QUIBERON, "The marina of Quiberon was also blocked, but the connections to Belle-île stopped."),
    # a word-level "non" said by a prefixed English word beside a clause negation dropped (news open3, open fr)
    (
        REPARABLES,
        "While those who have caused much greater damage, and the perpetrators of non-reparable economic crimes, walk "
        "freely or at least wait at their own homes for the completion of the proceedings. He does have that possibility.",
    ),
    (
        REPARABLES,
        "While those who have caused much greater harm, and perpetrators of unrepairable economic crimes, are walking "
        "freely or at least wait at home to the end of the proceedings. He does have that possibility.",
    ),
    (
        ECOFIN,
        "It would be perfectly irrational for the Ecofin to save Hungary from non-compliance with its external payments "
        "at the beginning of the year and allow a euro area member country to meet its commitments.",
    ),
]

# Spanish and French sources, with the source language
DROPPED_LANG = [
    # "non pas ..., mais" after a noun, not only after a comma (news open3 fr)
    ("fr", OPPRESSEURS, TROOPS + LETTER.format("")),
    # a litotes said with its verb's negative sense alone (news open fr, news open es)
    ("fr", EFFORTS, "I am unaware" + STAFF),
    ("es", DATOS, PROCESSED.format("does stop increasing")),
    # a Spanish "no" on one word kept as "non-stable" beside the clause's "no" dropped (news open es)
    ("es", TRABAJO, WORKERS.format("do", "a non-stable")),
]
KEPT_LANG = [
    ("fr", OPPRESSEURS, TROOPS + LETTER.format("not ")),
    ("fr", EFFORTS, "I am not unaware" + STAFF),
    ("fr", EFFORTS, "I am aware" + STAFF),
    ("es", DATOS, PROCESSED.format("does not stop increasing")),
    ("es", DATOS, PROCESSED.format("continues to increase")),
    ("es", TRABAJO, WORKERS.format("do not", "a non-stable")),
    ("es", TRABAJO, WORKERS.format("do not", "an unstable")),
]

# (source, a system's own line: the negation kept, in whatever words)
KEPT = [
    (
        IGNORENT,
        "The authorities were still unaware of his name, but he was known to be a member of the Uighur ethnic group.",
    ),
    (
        IGNORENT,
        "The authorities still do not know his name, but we do know that he is a member of the Uyghur ethnic group.",
    ),
    (
        IGNORENT,
        "The authorities still ignore his name, but it is still known that he is a member of the Uyghur ethnic group.",
    ),
    (
        GRAVATS,
        "It is unclear whether the rubble, which could hide traces of high value, were stored at all three sites.",
    ),
    (GRAVATS, "It is not known whether the rubble, which could hide valuable traces, was stored at the three sites."),
    (PANNEAUX, ". No signs indicate the street."),
    (PANNEAUX, ". There are no signs to the street."),
    (
        EXERCER,
        "... which the company issuing the invoices could not carry out, since its profile was investment advice.",
    ),
    (QUIBERON, "The marina of Quiberon was also blocked, but the connections to Belle-île not stopped."),
    (QUIBERON, "The Quiberon marina was also blocked, but the connections to Belle-île were not stopped."),
    (
        REPARABLES,
        "While those who have caused much greater damage, and the perpetrators of non-reparable economic crimes, walk "
        "freely or at least wait at their own homes for the completion of the proceedings. He doesn't have that possibility.",
    ),
    (
        REPARABLES,
        "While those who have caused much greater harm, and perpetrators of unrepairable economic crimes, are walking "
        "freely or at least wait at home to the end of the proceedings. He does not have that possibility.",
    ),
    (
        REPARABLES,
        "While those who have caused much greater damage, and the perpetrators of irreparable economic crimes, walk "
        "around freely or at least wait in their own homes for the end of the procedure. He does not have this possibility.",
    ),
    (
        ECOFIN,
        "It would be perfectly irrational for the Ecofin to save Hungary from non-compliance with its external payments "
        "at the beginning of the year and allow a euro area member country not to meet its commitments.",
    ),
    (
        ECOFIN,
        "It would be completely irrational for Ecofin to save Hungary from non-compliance with its external payments at "
        "the beginning of the year and allow a eurozone Member State to fail to meet its commitments.",
    ),
]


@pytest.mark.parametrize(("src", "tgt"), DROPPED)
def test_dropped_negation_is_lost(src: str, tgt: str) -> None:
    assert [f["code"] for f in check_negation(src, tgt, "fr")] == ["negation_lost"]


@pytest.mark.parametrize(("src", "tgt"), KEPT)
def test_kept_negation_passes(src: str, tgt: str) -> None:
    assert check_negation(src, tgt, "fr") == []


@pytest.mark.parametrize(("lang", "src", "tgt"), DROPPED_LANG)
def test_dropped_negation_is_lost_es_fr(lang: str, src: str, tgt: str) -> None:
    assert [f["code"] for f in check_negation(src, tgt, lang)] == ["negation_lost"]


@pytest.mark.parametrize(("lang", "src", "tgt"), KEPT_LANG)
def test_kept_negation_passes_es_fr(lang: str, src: str, tgt: str) -> None:
    assert check_negation(src, tgt, lang) == []
