"""Negations of a Spanish or French source that a faithful English says without "not" (news open3,
newstest2009, and news open, newstest2010; every line read): a privative said in one word negative
by its affix, a tag question said "right?", a negative word after a comparison said "than anyone", a
"rien que" said "just". Each source and good output is a line of those sets as a real system wrote
it; beside each, the same line with its negation really dropped is still flagged."""

from __future__ import annotations

from tests.flagged import critical as _critical

# a privative in one word: "Sin sorpresa" (open3 es lines 386 and 431, three and two systems)
SORPRESA = "Sin sorpresa, esta diferencia fundamental es completamente ocultada por Sr. Garver."
SORPRESA_EN = "Unsurprisingly, this fundamental difference is completely hidden by Mr. Garver."
# ... "sans-emploi" (open3 fr line 513, three systems)
CERCLE = (
    '"Il faut briser le cercle vicieux de la pauvreté, de la ségrégation et du sans-emploi. Il faut donner les '
    "possibilités assurées par la démocratie aux enfants roms, pour qu'ils puissent participer comme citoyens de "
    "plein droit à l'avenir de l'Europe\" - a exigé Járóka."
)
CERCLE_EN = (
    '"The vicious circle of poverty, segregation and unemployment must be broken. Roma children must be given the '
    "opportunities guaranteed by democracy, so that they can participate as full citizens in the future of "
    'Europe" - demanded Járóka.'
)
# a tag question (open3 es line 345, three systems; fr line 345, bergamot-base-memory)
POLIFACETICA = "Bailarina, actriz y diseñadora, eres una mujer muy polifacética, ¿no?"
POLIFACETICA_EN = "Dancer, actress and designer, you are a very versatile woman, right?"
POLYVALENTE = "Danseuse, actrice et dessinatrice, tu es une femme très polyvalente: n'est-ce pas ?"
POLYVALENTE_EN = "Dancer, actress and cartoonist, you are a very versatile woman: right?"
# a comparison's "que nadie" (open3 es line 251, every system)
JETS = (
    "Después de haber pasado, durante las últimas ocho temporadas, más tiempo que nadie en la uniforme de Jets, "
    "jugando en defensa, Shaun Ellis pensé que había visto todo."
)
JETS_EN = (
    "Having spent more time than anyone else in a Jets uniform playing defense over the past eight seasons, Shaun "
    "Ellis thought I'd seen it all."
)
# "rien que" without "ne" (open3 fr line 479, three systems; news open fr line 539, two)
DOCTOROW = (
    "Le roman du célèbre Cory Doctorow, écrit avec des demi-tons orwelliens, décrit le futur dans lequel un homme "
    "pourrait être approché de façon effarante rien qu'à travers les données de Google."
)
DOCTOROW_EN = (
    "The novel by the famous Cory Doctorow, written with Orwellian semitones, describes the future in which a man "
    "could be approached in a frightening way just through Google's data."
)
PORSCHE = (
    "Pour concevoir leur dernier et précieux bijou, les ingénieurs de Porsche sont partis de la Boxster S et ont "
    "réussi à l’amincir de rien que moins que 80 kilos, ce qui laisse la balance à seulement 1 275 kilos."
)
PORSCHE_EN = (
    "To design their latest and precious jewel, Porsche engineers started from the Boxster S and succeeded in "
    "slimming it down to just under 80 kilos, which leaves the scales at only 1,275 kilos."
)
PORSCHE_NOTHING_LESS = (  # microsoft's line, which says the negation
    "To design their latest and precious jewel, Porsche engineers started from the Boxster S and managed to slim "
    "it down by nothing less than 80 kilos, which leaves the balance at only 1,275 kilos."
)


def test_a_privative_said_in_one_word_negative_by_its_affix():
    assert "negation_lost" not in _critical(SORPRESA, SORPRESA_EN, "es")
    assert "negation_lost" not in _critical(CERCLE, CERCLE_EN, "fr")
    assert "negation_lost" not in _critical(CERCLE, CERCLE_EN.replace("unemployment", "joblessness"), "fr")


def test_a_privative_dropped_is_still_lost():
    assert "negation_lost" in _critical(SORPRESA, SORPRESA_EN.replace("Unsurprisingly", "Surprisingly"), "es")
    assert "negation_lost" in _critical(SORPRESA, SORPRESA_EN.replace("Unsurprisingly", "With surprise"), "es")
    assert "negation_lost" in _critical(CERCLE, CERCLE_EN.replace("unemployment", "employment"), "fr")
    # a word in un- that is no negation ("understood") answers nothing
    assert "negation_lost" in _critical(SORPRESA, SORPRESA_EN.replace("Unsurprisingly", "Understandably"), "es")


def test_a_tag_question_said_right():
    assert "negation_lost" not in _critical(POLIFACETICA, POLIFACETICA_EN, "es")
    assert "negation_lost" not in _critical(POLYVALENTE, POLYVALENTE_EN, "fr")
    # asked with a negative tag, the negation is said, none added
    assert "negation_added" not in _critical(POLIFACETICA, POLIFACETICA_EN.replace("right?", "aren't you?"), "es")


def test_a_negation_beside_a_tag_question_is_still_lost():
    src = "No eres una mujer muy polifacética, ¿no?"
    assert "negation_lost" in _critical(src, "You are a very versatile woman, right?", "es")
    src = "Tu n'es pas une femme très polyvalente, n'est-ce pas ?"
    assert "negation_lost" in _critical(src, "You are a very versatile woman, right?", "fr")


def test_a_negative_word_after_a_comparison_is_any():
    assert "negation_lost" not in _critical(JETS, JETS_EN, "es")


def test_a_nobody_that_is_no_comparison_is_still_lost():
    src = JETS.replace("más tiempo que nadie", "tanto tiempo como nadie").replace("pensé que", "no pensó que")
    assert "negation_lost" in _critical(src, JETS_EN, "es")
    src = "Nadie ha pasado más tiempo que él en la uniforme de Jets."
    assert "negation_lost" in _critical(src, "Someone has spent more time than him in the Jets uniform.", "es")


def test_rien_que_said_just():
    assert "negation_lost" not in _critical(DOCTOROW, DOCTOROW_EN, "fr")
    assert "negation_lost" not in _critical(PORSCHE, PORSCHE_EN, "fr")
    assert "negation_lost" not in _critical(PORSCHE, PORSCHE_NOTHING_LESS, "fr")


def test_rien_que_dropped_is_still_lost():
    # "nothing less than" dropped: the "only" left is the source's "seulement"
    dropped = PORSCHE_NOTHING_LESS.replace("by nothing less than 80", "by 80")
    assert "negation_lost" in _critical(PORSCHE, dropped, "fr")
    assert "negation_lost" in _critical(DOCTOROW, DOCTOROW_EN.replace("just through", "through"), "fr")
