"""Checks on a fifth year of news (WMT newstest2014 French outside the held-out lines,
benchmarks/data/news/open5; and the years before it, benchmarks/data/news/open, where the kind
recurs): renderings that are right, which the checks flagged as critical errors, and an error of
the same family still caught. Each source and good output is a line of those sets as a real system
wrote it (HTML entities decoded, as the benchmarks read them)."""

from __future__ import annotations

from tests.flagged import critical as _critical

# negation_added: a French reflexive verb of not caring ("se moquer de", "s'en ficher", "s'en foutre": ne
# pas se soucier de) negates by its sense, as "ignorer" does; English says it "care" with a "not" ("didn't
# care", "couldn't care less"; open5 fr line 559, google and microsoft; open fr line 341, google)
GRIEF = "Jusqu'à récemment, il se moquait éperdument du chagrin qu'il avait pu causer à d'autres personnes."
GRIEF_EN = "Until recently, he couldn't care less about the grief he might have caused to others."
UNIONS = 'Ce qui a fait dire aussi aux syndicats que l\'entreprise "se moquait des usagers du week-end".'
UNIONS_EN = 'This also made the unions say that the company "didn\'t care about weekend users".'


def test_a_verb_of_not_caring_answers_an_english_not():
    assert "negation_added" not in _critical(GRIEF, GRIEF_EN, "fr")
    assert "negation_added" not in _critical(UNIONS, UNIONS_EN, "fr")


def test_a_second_not_beside_the_verb_of_not_caring_is_still_added():
    # the verb answers one "not", not two: a negation the source does not say is still caught
    wrong = 'This did not make the unions say that the company "didn\'t care about weekend users".'
    assert "negation_added" in _critical(UNIONS, wrong, "fr")
    # a source without the verb: the same English "not" is added
    plain = 'Ce qui a fait dire aussi aux syndicats que l\'entreprise "servait les usagers du week-end".'
    assert "negation_added" in _critical(plain, UNIONS_EN, "fr")


def test_the_verb_of_not_caring_answers_only_a_not_of_care():
    # "se moquer de" is also "to mock": a "not" elsewhere beside "mocked" is added (generator B's corruption
    # of open5 line 559); bergamot-tiny's "made no sense of the grief" (a mistranslation) stays flagged
    assert "negation_added" in _critical(
        GRIEF, "Until recently, he mocked the grief he may not have caused to others.", "fr"
    )
    assert "negation_added" in _critical(
        GRIEF, "Until recently, he made no sense of the grief he might have caused to others.", "fr"
    )


def test_not_caring_said_caring_is_a_negation_lost():
    # the English says "care" with no negation: the opposite of the source (as "ignorer" said "know")
    assert "negation_lost" in _critical(
        UNIONS, 'This also made the unions say that the company "did care about weekend users".', "fr"
    )
    assert "negation_lost" in _critical(
        GRIEF, "Until recently, he could care less about the grief he may have caused other people.", "fr"
    )


def test_a_source_negation_beside_the_verb_is_still_read():
    # "ne ... plus" dropped from a line that also says "se moquer": the negation is lost
    src = "Il ne se moquait plus du chagrin qu'il avait pu causer à d'autres personnes."
    assert "negation_lost" in _critical(src, "He mocked the grief he might have caused to others.", "fr")


# "ne" is a word: the "ne" that opens "nerveux" or "Neural" is no negation, so the "plus" after it is a
# comparison ("les chiens nerveux la remuaient plus vers la gauche": open5 fr line 117, four systems;
# "le Chemin Neural de Plus Faible Résistance": talks-open fr line 62, three systems)
DOGS = (
    "De précédentes études avaient révélé que les chiens heureux remuaient davantage leur queue vers la droite "
    "(du point de vue du chien), tandis que les chiens nerveux la remuaient plus vers la gauche."
)
DOGS_EN = (
    "Previous studies have found that happy dogs wag their tails more to the right (from the dog's perspective), "
    "while nervous dogs wag their tails more to the left."
)
PATH = "Le principe sur lequel nous nous appuyons tous est ce qui est appelé le « Chemin Neural de Plus Faible Résistance. »"
PATH_EN = 'The principle that we all rely on is what is called the "Neural Path of Least Resistance."'


def test_ne_opening_a_word_is_no_negation():
    assert "negation_lost" not in _critical(DOGS, DOGS_EN, "fr")
    assert "negation_lost" not in _critical(PATH, PATH_EN, "fr")


def test_a_ne_that_is_a_word_is_still_read():
    # the same lines with a real "ne ... plus": its loss is caught
    src = DOGS.replace("les chiens nerveux la remuaient plus", "les chiens nerveux ne la remuaient plus")
    assert "negation_lost" in _critical(src, DOGS_EN, "fr")
    assert "negation_lost" in _critical("Il ne suit plus le Chemin Neural.", "He follows the Neural Path.", "fr")


# "sans ambiguïté" said "unambiguous": the "-ous" of an adjective is no plural, so the stem "ambiguous" is
# read whole and its "un-" negates it (open5 fr line 228, four systems)
PROMISE = (
    "Sous une avalanche de critiques, le président Obama est revenu hier sur sa promesse sans ambiguïté et "
    "souvent répétée selon laquelle « si vous êtes satisfait de votre régime de santé, vous pouvez le garder »."
)
PROMISE_EN = (
    "Under an avalanche of criticism, President Obama yesterday reneged on his unambiguous and oft-repeated "
    'promise that "if you\'re happy with your health plan, you can keep it."'
)


def test_a_word_in_ous_negated_by_its_prefix_answers_sans():
    assert "negation_lost" not in _critical(PROMISE, PROMISE_EN, "fr")
    # the same line said "ambiguous": the "sans" is lost
    assert "negation_lost" in _critical(PROMISE, PROMISE_EN.replace("unambiguous", "ambiguous"), "fr")
