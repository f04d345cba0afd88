"""The article's region (summarise/text/region.py) on real releases of the tune corpus: the chrome
around an article goes, the headline, dateline, date and contact block at its edges stay, a page
without one clear region is left as it is, and no line of a gold body is ever trimmed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarise.text import region as R
from summarise.text.clean import clean_file
from summarise.text.read import read
from tests.realworld import CORPUS, fold, load_corpus

# The splits whose inputs may be read while developing (the confirmation splits are scored only).
VISIBLE_SPLITS = ("dev", "heldout-tune", "html-tune", "tune-confirm")


def gold(name: str) -> dict:
    return next(item.gold for item in load_corpus() if item.name == name)


def document_lines(name: str) -> list[str]:
    record = next(iter(read([CORPUS / f"{name}.txt"])))
    return [line.strip() for line in record.original.split("\n")]


def trimmed(lines: list[str]) -> tuple[list[str], list[str]]:
    removed: list[str] = []
    kept = R.trim_to_region(lines, lambda rule, text: removed.append(text))
    return kept, removed


def test_an_aggregators_source_line_above_the_text_goes():
    """An aggregator prints its source under the headline ("Source: Africa Press Organisation –
    French"): outside the region, no stop word, it goes; the release is left whole."""
    name = "fr_milosi_cadhp_mission_soudan"
    record = clean_file(CORPUS / f"{name}.txt")
    assert "Africa Press Organisation" not in record.text
    assert record.title == gold(name)["title"]
    assert [fold(p) for p in record.text.split("\n\n")] == [fold(p) for p in gold(name)["body"]]
    assert {"rule": "outside_region", "text": "Source: Africa Press Organisation – French"} in record.cleaning


def test_an_html_pages_links_around_the_article_go_its_deck_and_contacts_stay():
    """On a WordPress page, a line the page prints as a link ("Site internet de la #CaisseDeGreve :")
    above the deck, and the press list of links below the contact block, are outside the region
    and mostly link: they go; the deck and the contact e-mail (a mailto link) stay."""
    name = "fr_infocomcgt_caisse_solidarite"
    record = clean_file(CORPUS / f"{name}.html")
    removed = [c["text"] for c in record.cleaning if c["rule"] == "outside_region"]
    assert "Site internet de la #CaisseDeGreve :" in removed
    assert any(line.startswith("24 mai 2016") for line in removed)
    assert "CaisseDeGreve" not in record.text
    assert record.text.split("\n\n")[0] == gold(name)["body"][0]  # the deck
    assert record.contacts["emails"] == gold(name)["contacts"]["emails"]


def test_headline_and_dateline_at_the_top_edge_stay(page_language):
    """Navigation above a European Commission release goes; the rubric, the headline and the
    dateline between it and the text (short lines outside the region) stop the peeling."""
    page_language("fr")
    lines = document_lines("europa_memo_defense_europeenne")
    kept, removed = trimmed(lines)
    assert removed == ["Navigation path", "Left navigation", "Additional tools"]
    assert "Questions et réponses: l'avenir de la défense européenne" in kept
    assert "Bruxelles, le 7 juin 2017" in kept
    assert kept == [line for line in lines if line not in removed]


@pytest.mark.parametrize(
    ("name", "lang", "edge"),
    [
        # the contact block under an Arabic release (a heading, then a name): outside the region
        ("ar_unicef_mena_jawf_yemen", "ar", ["بيانات الاتصال بالفريق الإعلامي", "جولييت توما"]),
        # a Spanish statement's headline and its date above the text
        (
            "es_unicef_lac_declaracion_covid",
            "es",
            ["Declaración de UNICEF sobre el brote de COVID-19", "11 Marzo 2020"],
        ),
    ],
)
def test_contacts_headline_and_date_at_the_edges_stay(page_language, name, lang, edge):
    page_language(lang)
    lines = document_lines(name)
    region = R.article_region(lines)
    assert region is not None
    inside = {i for unit in region.units[region.start : region.end] for i in unit}
    assert all(lines.index(line) not in inside for line in edge)  # they are outside the region ...
    kept, removed = trimmed(lines)
    assert kept == lines and not removed  # ... and stay


def test_a_page_without_one_clear_region_is_left_as_it_is(page_language):
    """A page of figures and headings, without running text, has no region: nothing goes. Two
    releases printed one after the other, a menu between them, are one region: both stay whole,
    only the menu entries at the page's two ends go."""
    page_language("fr")
    figures = [
        "Point d’étape au 12 janvier 2020 à 11h :",
        "MONTANT TOTAL COLLECTÉ DEPUIS LE 5 DÉC. 2019",
        "2 235 010 EUROS",
        "MONTANT DE LA CAISSE DE GRÈVE DEPUIS 2016",
        "2 875 510 EUROS",
    ]
    assert R.article_region(figures) is None
    assert trimmed(figures) == (figures, [])
    first = document_lines("ungeneva_hrc_rdc_turk")
    second = document_lines("kaloumpresse_pam_conakry")
    menu = ["", "Accueil", "", "Espace presse", ""]
    kept, removed = trimmed(menu + first + menu + second + menu)
    assert removed[:2] == ["Accueil", "Espace presse"] and removed[-2:] == ["Accueil", "Espace presse"]
    assert kept.count("Accueil") == 1  # the menu between the two is inside the region
    for name, lines in (("ungeneva_hrc_rdc_turk", first), ("kaloumpresse_pam_conakry", second)):
        body = fold(" ".join(gold(name)["body"]))
        text = [line for line in lines if len(line.split()) >= 3 and fold(line) in body]
        assert text and all(line in kept for line in text)


def test_hard_wrapped_lines_are_weighed_as_one_paragraph(page_language):
    """A hard-wrapped release (lines of a few words, a paragraph over several) is weighed by its
    paragraphs: every line of its text is inside the region, and nothing of it goes."""
    page_language("fr")
    name = "iom_fr_mauritaniens_cote_divoire"
    lines = document_lines(name)
    region = R.article_region(lines)
    assert region is not None
    inside = [lines[i] for unit in region.units[region.start : region.end] for i in unit]
    body = fold(" ".join(gold(name)["body"]))
    text_lines = [line for line in lines if len(line.split()) >= 3 and fold(line) in body]
    assert text_lines and all(line in inside for line in text_lines)
    assert trimmed(lines) == (lines, [])


@pytest.mark.parametrize(
    ("name", "chrome"),
    [
        # teasers of other stories under a "Te puede interesar" heading, each a headline sentence
        ("es_pulzo_cruz_roja_coronavirus", "Mhoni Vidente dice qué pasaría con Maduro"),
        # a newspaper's subscription prompt, two sentences
        ("es_rionegro_fidel_reasumir", "Más de un siglo comprometidos con nuestra comunidad"),
        # WordPress's comment form: its heading and the sentence on the e-mail address
        ("es_esquipulas_informe_gobierno", "Tu dirección de correo electrónico no será publicada"),
    ],
)
def test_running_text_about_another_subject_below_the_article_goes(name, chrome):
    """Running text set off below the article by a line that is not text, and sharing no content
    word with it (or one, with a line of chrome between), is about another subject: it goes with
    what lies between it and the article; the text ends with the release's last paragraph, whole."""
    record = clean_file(CORPUS / f"{name}.txt")
    assert chrome not in record.text
    assert any(chrome in c["text"] for c in record.cleaning if c["rule"] == "outside_region")
    body = [fold(p) for p in gold(name)["body"]]
    assert [fold(p) for p in record.text.split("\n\n")][-len(body) :] == body


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # the "about" paragraph under its heading shares the organisation's name and trade
        ("reseaupresse_conseil", "Depuis sa création en 1976"),
        # a list's items share few words with the text above them: an enumeration, not judged
        ("businesswire_carrefour_s1_2016", "Augmentation du cash flow libre"),
        # a line of practical details shares one word, but has too few content words to judge
        ("newswire_avis_gestion_urgences", "Arrivez 15 minutes avant la réunion"),
    ],
)
def test_running_text_on_the_articles_subject_below_it_stays(name, kept):
    record = clean_file(CORPUS / f"{name}.txt")
    assert fold(kept) in fold(record.text)
    assert not any(c["rule"] == "outside_region" and fold(kept) in fold(c["text"]) for c in record.cleaning)


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("fr_geodutienne_hcr_refugies_2011", ["Aucun commentaire:", "Enregistrer un commentaire"]),
        ("es_eldia_cruz_roja_explosion", ["Noticias Relacionadas"]),
        ("ar_masrawy_guterres_rafah", ["فيديو قد يعجبك:", "إعلان"]),
    ],
)
def test_the_pages_furniture_below_the_article_goes(name, furniture):
    """A short line naming the page's furniture (comments, related stories, ads) in the page's
    language goes, though it ends in ":" or reads like a name; the body is left whole."""
    record = clean_file(CORPUS / f"{name}.txt")
    removed = [c["text"] for c in record.cleaning if c["rule"] == "outside_region"]
    assert all(line in removed and line not in record.text for line in furniture)
    assert all(fold(p) in fold(record.text) for p in gold(name)["body"])


def test_furniture_is_the_pages_words_for_its_chrome_only(page_language):
    page_language("fr")
    assert R.is_furniture("Aucun commentaire:") and R.is_furniture("0 Comments")
    assert R.is_furniture("Articles similaires")
    for line in (
        "Questions et réponses: l'avenir de la défense européenne",
        "Bruxelles, le 7 juin 2017",
        "Contact presse :",
        "Catherine Russell",
        "Commentaire de la décision du Conseil constitutionnel",
    ):
        assert not R.is_furniture(line), line
    page_language("es")
    assert R.is_furniture("Deja un comentario") and R.is_furniture("Temas Relacionados:")
    assert not R.is_furniture("Santo Domingo")


def test_no_gold_body_paragraph_is_ever_trimmed():
    """On every release the cleaning may be developed on, each line the region takes out is no
    paragraph of the gold body (never lose the body)."""
    items = [item for item in load_corpus() if item.group[1] in VISIBLE_SPLITS]
    for item in items:
        record = clean_file(item.path)
        kept = re.sub(r"\W", "", record.text)
        for change in record.cleaning:
            if change["rule"] != "outside_region":
                continue
            removed = re.sub(r"\W", "", change["text"])
            # A line whose words a paragraph also says (a photo caption naming the minister the
            # text names) may go, as long as that paragraph is still there whole.
            for paragraph in (re.sub(r"\W", "", p) for p in item.gold["body"]):
                assert removed != paragraph, (item.name, change["text"])
                assert removed not in paragraph or paragraph in kept, (item.name, change["text"])


@given(st.lists(st.integers(min_value=-20, max_value=20), max_size=30))
def test_densest_run_is_the_maximum_subarray(weights):
    run = R.densest_run(weights)
    best = max((sum(weights[i:j]) for i in range(len(weights)) for j in range(i + 1, len(weights) + 1)), default=0)
    if best <= 0:
        assert run is None
    else:
        assert run is not None and sum(weights[run[0] : run[1]]) == best
