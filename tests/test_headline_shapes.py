"""What is not a headline on a site no rule was written for, on lines of real pages (whole-page text
of news pages kept in trafilatura's evaluation set, none of them in the real-world corpus): a page's
navigation and account controls, two sentences (a deck, a lead, a photo's caption), a section's
label that says nothing of the text, a date stamp under the headline."""

from __future__ import annotations

import pytest

from summarise.text.clean import clean_text
from summarise.text.headline import is_headline, is_section_label
from summarise.text.shapes import is_furniture

# The lead of a page whose headline is not in its text dump (lopinion.fr), a caption over its
# photo credit (granma.cu), and a Spanish page's alt text.
SENTENCES = [
    "Un jugement ne fait pas une vérité scientifique. Les prétendus effets cancérogènes du glyphosate, utilisé "
    "depuis quarante ans, n’ont jamais été démontrés. Aucune agence sanitaire n’exige son interdiction. Le "
    "produit semble surtout nocif pour la rationalité",
    "El Primer Secretario del Partido y Presidente de la República Miguel Díaz-Canel Bermúdez destacó a los "
    "buenos dirigentes, esos que en los espacios más disímiles, y a distintos niveles, hayan sido capaces de "
    "inspirar, de levantar los ánimos, de aunar voluntades. Foto: Estudios Revolución",
]
# Real headlines with a stop or a question inside (the corpus's golds, then the pages' own titles):
# a country as rubric, abbreviations, a question and its answer, an Arabic headline of two clauses
# (no capital marks a sentence there).
HEADLINES = [
    ("es", "España. Medidas adoptadas el 27 de marzo por la crisis del COVID-19"),
    ("es", "Un bloque internacional en el desfile del 1ro. de Mayo"),
    (
        "fr",
        "Session extraordinaire du Conseil sur la situation des droits de l’homme dans l’est de la République "
        "démocratique du Congo : M. Türk alerte sur le risque d’escalade de la violence dans toute la sous-région",
    ),
    (
        "ar",
        "لقد حان الوقت لاتخاذ إجراء سياسي لحل هذه الأزمة التي طال أمدها. بيان صادر عن المتحدث باسم الأونروا سامي مشعشع",
    ),
    ("es", "¿Quiere poner un negocio? Miami le abre sus puertas, venga a generar ingresos y trabajo"),
]


@pytest.mark.parametrize("line", SENTENCES)
def test_two_sentences_are_no_headline(page_language, line):
    page_language("es")
    assert not is_headline(line)


@pytest.mark.parametrize("code, line", HEADLINES)
def test_a_stop_inside_a_headline_is_not_always_two_sentences(page_language, code, line):
    page_language(code)
    assert is_headline(line)


@pytest.mark.parametrize(
    "code, line",
    [
        ("es", "Pasar al contenido principal"),
        ("es", "Saltar al contenido"),
        ("es", "Recuperar contraseña Registrate"),
        ("fr", "Mot de passe oublié ?"),
        ("en", "Skip to main content"),
        ("en", "Sign up"),
        ("ar", "تسجيل الدخول"),
    ],
)
def test_navigation_and_account_controls_are_furniture(page_language, code, line):
    page_language(code)
    assert is_furniture(line)
    assert not is_headline(line)


# elcomercio.pe's text dump: the section's name above the page's text (its headline is lost in a
# line glued to a label there); elperuano.pe's menu ends on "Operadores".
COMERCIO_TEXT = [
    "Kenji Fujimori: juicio por presunta compra de votos continuará el 18 de mayo",
    "La fiscalía pidió 12 años de prisión contra el hijo menor de Alberto Fujimori, acusado de los delitos de "
    "cohecho activo genérico propio y tráfico de influencias agravado.",
]


def test_a_short_label_that_says_nothing_of_the_text_is_no_title(page_language):
    page_language("es")
    assert is_section_label("Justicia", COMERCIO_TEXT)
    assert not is_section_label("Fujimori juzgado", COMERCIO_TEXT)  # two words, one of the text
    assert not is_section_label(COMERCIO_TEXT[0], COMERCIO_TEXT[1:])  # a headline's length


# publinews.gt's text dump, from the last menu lines to the first paragraph: the headline, its date
# stamp opening on a weekday in lower case, the author.
PUBLINEWS = "\n".join(
    [
        "Nelson Leal",
        "Paola Rivano",
        "México presenta su nómina para enfrentar a Guatemala",
        "jueves 21 de abril de 2022 4:44 PM",
        "Reina Damián",
        "Con un equipo alternativo y un par de sorpresas, esta es la nómina de México para el amistoso que "
        "sostendrá ante la Selección Nacional de Guatemala.",
    ]
)


def test_a_date_stamp_under_the_headline_is_not_its_second_line():
    record = clean_text(PUBLINEWS, languages=("es",))
    assert record.title == "México presenta su nómina para enfrentar a Guatemala"
    assert "jueves 21 de abril" not in record.title + record.text
