"""Checks on press releases an organisation published in two languages (the readable set,
benchmarks/data/parallel-open): renderings of the published English that are right, which the
checks flagged as critical errors, and an error of the same family still caught. Each source and
English is a line of that set as the organisation published it."""

from __future__ import annotations

from tests.flagged import critical as _critical

# negation: "no matter where" is a free choice ("où que vous soyez"), no clause negated
# (fr-en line 47, the Prime Minister of Canada's Canada Day statement, 2023)
OU_QUE = (
    "Où que vous soyez, le 1 juillet est l'occasion pour nous tous de célébrer notre pays, les personnes avec "
    "qui on le partage et l'avenir que l'on bâtit ensemble."
)
NO_MATTER = (
    "No matter where you are, July 1st is an opportunity for us all to celebrate the country we call home, the "
    "people we share it with, and the future we’re building together."
)


def test_no_matter_where_negates_nothing():
    assert "negation_added" not in _critical(OU_QUE, NO_MATTER, "fr")
    # a "not" added to the same line is still caught
    added = NO_MATTER.replace("is an opportunity", "is not an opportunity")
    assert "negation_added" in _critical(OU_QUE, added, "fr")


# negation: un- on an irregular participle says the source's negated verb ("qui ne se font pas
# entendre": "whose voices remain unheard"; fr-en line 21, UNICEF, World Children's Day 2017)
PAS_ENTENDRE = (
    "Pour donner la parole aux millions d’enfants qui ne se font pas entendre, des célébrités et des dirigeants "
    "de premier plan apportent leur appui au projet :"
)
UNHEARD = (
    "To help give a voice to the millions of children whose voices remain unheard, high profile stars and "
    "world leaders are lending their support to the initiative, including:"
)


def test_unheard_says_the_negated_verb():
    assert "negation_lost" not in _critical(PAS_ENTENDRE, UNHEARD, "fr")
    # said "heard", the negation is lost, and caught
    assert "negation_lost" in _critical(PAS_ENTENDRE, UNHEARD.replace("unheard", "heard"), "fr")
