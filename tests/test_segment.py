"""Sentence splitting of French press releases, and the segments the translate stage fills."""

from __future__ import annotations

import re

import pytest

from summarise.record import Record, document_language
from summarise.text.segment import paragraphs, segment, split_long, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # Abbreviations pysbd knows: a title before a name does not end the sentence.
        ("M. Dupont est arrivé. Le Dr Martin aussi.", ["M. Dupont est arrivé.", "Le Dr Martin aussi."]),
        ("Des pommes, des poires, etc. Et puis rien.", ["Des pommes, des poires, etc.", "Et puis rien."]),
        # Numbers with a decimal comma, slashes and web addresses stay whole.
        (
            "Le 1,6 million de dollars donné par le Bureau. Il permettra de soutenir un programme.",
            ["Le 1,6 million de dollars donné par le Bureau.", "Il permettra de soutenir un programme."],
        ),
        (
            "Il est financé par le Département d’Etat américain (J/TIP), qui vise à améliorer les opérations. "
            "Les activités précédentes comprenaient une série de formations.",
            [
                "Il est financé par le Département d’Etat américain (J/TIP), qui vise à améliorer les opérations.",
                "Les activités précédentes comprenaient une série de formations.",
            ],
        ),
        (
            "Pour voir ces communiqués, visitez le site Internet www.iom.int/unitedstates. Pour plus d’informations.",
            [
                "Pour voir ces communiqués, visitez le site Internet www.iom.int/unitedstates.",
                "Pour plus d’informations.",
            ],
        ),
        # A quotation with full stops inside « » stays one sentence with its attribution.
        (
            "« En raison des conflits de priorité. L’OIM a bon espoir », a expliqué Chissey Mueller. Suite.",
            ["« En raison des conflits de priorité. L’OIM a bon espoir », a expliqué Chissey Mueller.", "Suite."],
        ),
        # Abbreviations pysbd misses, merged back by our rule.
        (
            "Voir l'art. 5 de la loi. Voir le n° 12 du rapport.",
            ["Voir l'art. 5 de la loi.", "Voir le n° 12 du rapport."],
        ),
        ("Voir p. 4 du rapport et chap. 3 du livre. Fin.", ["Voir p. 4 du rapport et chap. 3 du livre.", "Fin."]),
        ("Tél. : +1 202 862 1826 x 236. Fin.", ["Tél. : +1 202 862 1826 x 236.", "Fin."]),
        (
            "Réunion le 19 avr. 2007 à Washington avec MM. Dupont et Durand. Suite.",
            ["Réunion le 19 avr. 2007 à Washington avec MM. Dupont et Durand.", "Suite."],
        ),
        ("Voir l'art. 5 et le vol. 2. Tel. +1 202 862 1826.", ["Voir l'art. 5 et le vol. 2.", "Tel. +1 202 862 1826."]),
        ("Je suis J. Dupont. Fin.", ["Je suis J. Dupont.", "Fin."]),
        # Abbreviations that are also words end a sentence when no number follows.
        ("Il est reconnu comme tel. Elle aussi.", ["Il est reconnu comme tel.", "Elle aussi."]),
        ("Ils étaient sept. Puis huit.", ["Ils étaient sept.", "Puis huit."]),
        ("Il y en a. Il y a aussi l'art. Le reste.", ["Il y en a.", "Il y a aussi l'art.", "Le reste."]),
        # A sentence that starts with a number is still a new sentence.
        (
            "Il est né en 1951. 2007 a été une année difficile.",
            ["Il est né en 1951.", "2007 a été une année difficile."],
        ),
        # Line breaks and runs of spaces inside a paragraph are collapsed.
        ("Une phrase\ncoupée   en deux.\n", ["Une phrase coupée en deux."]),
        ("", []),
        # Never inside a URL (pysbd cut after "?" and a space was added: "news? id=123&x=4"),
        # an e-mail, a number with thin or no-break spaces, or after a title.
        (
            "Voir https://www.iom.int/news?id=123&x=4 pour la suite. Fin.",
            ["Voir https://www.iom.int/news?id=123&x=4 pour la suite.", "Fin."],
        ),
        ("Écrivez à j.dupont@iom.int. Fin du texte.", ["Écrivez à j.dupont@iom.int.", "Fin du texte."]),
        (
            "Le total est de 9\u202f000 euros et 1,6 million. Fin.",
            ["Le total est de 9\u202f000 euros et 1,6 million.", "Fin."],
        ),
        ("M. Costello est arrivé. Le Dr. Martin aussi.", ["M. Costello est arrivé.", "Le Dr. Martin aussi."]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def words(text: str) -> int:
    return len(text.split())


LONG = (
    "Le 1,6 million de dollars donné par le Bureau de contrôle et de lutte contre la traite des "
    "personnes du Département d'Etat américain et par le Fonds des Nations Unies pour l'Enfance "
    "(UNICEF), permettra de soutenir un programme centré sur les enfants; il vise aussi les "
    "victimes adultes : femmes, hommes et enfants."
)


@pytest.mark.parametrize("limit", [4, 8, 12, 20, 30])
def test_split_long_never_loses_text(limit):
    pieces = split_long(LONG, words, limit)
    assert " ".join(pieces) == LONG
    assert all(words(p) <= limit for p in pieces)
    assert len(pieces) > 1


def test_split_long_prefers_semicolon_then_colon_then_comma():
    first = LONG[: LONG.index(";") + 1]
    pieces = split_long(LONG, words, words(first) + 2)
    assert pieces[0] == first
    assert split_long("Un, deux, trois : quatre, cinq, six.", words, 4) == ["Un, deux, trois :", "quatre, cinq, six."]
    assert split_long("Un deux, trois quatre.", words, 2) == ["Un deux,", "trois quatre."]


def test_split_long_keeps_short_sentence_and_cuts_inside_a_giant_word():
    assert split_long("Court.", words, 5) == ["Court."]
    url = "http://www.iom.int/" + "x" * 60
    pieces = split_long(url, len, 16)
    assert "".join(pieces) == url and all(len(p) <= 16 for p in pieces)


class WordLimit:
    """The two things segment() asks of a translator: a token count and a limit."""

    def __init__(self, limit: int = 400):
        self.max_input_tokens = limit

    def count_tokens(self, text: str) -> int:
        return words(text)


def test_seeds_become_segments_in_order(seeds):
    for record in segment(seeds, WordLimit()):
        assert record.error is None
        segs = record.translation["segments"]
        assert record.translation["title"] is None and record.translation["text"] is None
        assert all(s["tgt"] is None and s["flags"] == [] for s in segs)
        assert [s["para"] for s in segs] == sorted(s["para"] for s in segs)
        assert " ".join(s["src"] for s in segs if s["para"] == 0) == record.title
        body = paragraphs(record.text)
        assert {s["para"] for s in segs} == set(range(len(body) + 1))
        for number, para in enumerate(body, start=1):
            joined = " ".join(s["src"] for s in segs if s["para"] == number)
            assert joined == re.sub(r"\s+", " ", para)


def test_seed_sentences_split_where_a_reader_would(seeds):
    text = next(r.text for r in seeds if r.id.startswith("002"))
    sentences = split_sentences(text)
    assert any(s.startswith("Le 1,6 million de dollars donné") for s in sentences)
    quote = next(r.text for r in seeds if r.id.startswith("001"))
    assert any(s.startswith("« En raison") and s.endswith("à l’OIM.") for s in split_sentences(quote))


def test_long_sentences_are_cut_to_the_limit(seeds):
    limit = WordLimit(12)
    for record in segment(seeds, limit):
        segs = record.translation["segments"]
        assert all(words(s["src"]) <= 12 for s in segs)
        for number, para in enumerate(paragraphs(record.text), start=1):
            joined = " ".join(s["src"] for s in segs if s["para"] == number)
            assert joined == re.sub(r"\s+", " ", para)


def test_failed_and_segmented_records_pass_through_untouched():
    failed = Record(id="a", source="a", title="Titre", text="Texte.")
    failed.fail("read", "UnicodeDecodeError", "bad bytes")
    done = Record(id="b", source="b", title="T", text="X.")
    done.translation = {"title": "T", "text": "X.", "segments": []}
    out = list(segment([failed, done], WordLimit()))
    assert out == [failed, done]
    assert failed.translation is None and done.translation["segments"] == []


class FrenchOnly(WordLimit):
    """A translator of one language: it takes a record in its language and refuses others."""

    source_lang = "fr"

    def pick(self, record):
        return self if document_language(record, "fr") == "fr" else None

    def refusal(self, record):
        return f"no configured model translates {record.lang}: set translate.models.{record.lang}"


def test_a_record_is_routed_by_its_language_not_refused_by_the_cleaning_flag():
    """Segmenting no longer reads the "not_french" flag: the language picks the translator;
    with no translator for it, the record fails at the translate stage, saying what to set."""
    record = Record(id="en", source="en.txt", lang="en", title="Hello", text="This is English.", flags=["not_french"])
    [out] = segment([record], FrenchOnly())
    assert out.error["stage"] == "translate" and out.error["type"] == "UnsupportedLanguage"
    assert "translate.models.en" in out.error["message"]
    assert out.translation is None
    spanish = Record(
        id="es",
        source="es.txt",
        lang="es",
        title="Hola",
        text="Esto es español. Otra frase.",
        flags=["language_not_accepted"],
    )
    [out] = segment([spanish], WordLimit())  # any translator that takes it
    assert out.error is None and out.translation["source_lang"] == "es"
    assert [s["src"] for s in out.translation["segments"]] == ["Hola", "Esto es español.", "Otra frase."]


def test_a_short_text_cleaning_was_unsure_of_goes_to_the_primary_language():
    record = Record(id="x", source="x", lang="it", title="", text="Une phrase.", flags=["lang_uncertain"])
    [out] = segment([record], FrenchOnly())
    assert out.error is None and out.translation["source_lang"] == "fr"


def test_arabic_sentences_end_at_the_full_stop_and_question_mark_not_the_comma():
    text = "أعلنت الوزارة اليوم عن خطة جديدة. هل ستنجح الخطة؟ نعم، قال الوزير."
    assert split_sentences(text, "ar") == ["أعلنت الوزارة اليوم عن خطة جديدة.", "هل ستنجح الخطة؟", "نعم، قال الوزير."]


def test_spanish_titles_do_not_end_a_sentence():
    assert split_sentences("El Sr. García habló. ¿Por qué? No sé.", "es") == [
        "El Sr. García habló.",
        "¿Por qué?",
        "No sé.",
    ]


def test_a_language_pysbd_does_not_know_is_cut_at_its_punctuation():
    assert split_sentences("Habari za asubuhi. Karibu sana! Asante?", "sw") == [
        "Habari za asubuhi.",
        "Karibu sana!",
        "Asante?",
    ]


def test_french_abbreviation_rules_stay_french():
    assert split_sentences("Dans la fig. 3, MM. Dupont parle. Puis il part.", "fr") == [
        "Dans la fig. 3, MM. Dupont parle.",
        "Puis il part.",
    ]


def test_empty_title_has_no_title_segment():
    record = Record(id="x", source="x", title="", text="Une phrase. Une autre.\n\nFin.")
    [out] = segment([record], WordLimit())
    assert [(s["para"], s["src"]) for s in out.translation["segments"]] == [
        (1, "Une phrase."),
        (1, "Une autre."),
        (2, "Fin."),
    ]
