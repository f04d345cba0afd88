"""What is not a headline on a site no rule was written for, on lines of real pages (whole-page text
of news pages kept in trafilatura's evaluation set, none of them in the real-world corpus): a page's
navigation and account controls, two sentences (a deck, a lead, a photo's caption), a section's
label that says nothing of the text, a date stamp under the headline; the headline right above its
text under a long menu."""

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


# nacion.com's text dump: its menu of section labels (its first 79 lines of 119, written here with "|"
# between them), the section, the headline, a deck, the author, the date stamp and the text.
NACION_MENU = (
    "Secciones|Mis Beneficios El País Puro Deporte Sucesos Economía Opinión Viva El "
    "Mundo|Ingresar|Ingresar|El País|Educación|Gobierno|Política|Infraestructura|Salud|Trabajo|Vivienda|S"
    "ervicios|Patrimonio|Elecciones 2022(Se abre en una nueva ventana)|Puro Deporte|Fútbol "
    "Nacional|Fútbol Internacional|Legionarios|Selección Nacional|Motores|Otros deportes|Torneos|Sucesos|"
    "Accidentes|Crímenes|Desastres|Judiciales|Narcotráfico|Seguridad|Economía|Empleo|Agro|Consumo|Banca|F"
    "inanzas|Indicadores|Negocios|Política Económica|Opinión|Cartas|Columnistas|Editorial|Foros|Internaci"
    "onal|Viva|Cine|Cultura|Entretenimiento|Farándula|Moda|Música|Televisión|Pasatiempos|El "
    "Mundo|Conflictos|Desastres Naturales|Interés Humano|Organismos "
    "Internacionales|Centroamérica|Política|Terrorismo|#NoComaCuento|Revista "
    "Dominical|Áncora|Ciencia|Aplicaciones Científicas|Medio Ambiente|Salud|Crisis "
    "climática|Actualidad|Opinión|Documentos|Tecnología|Gadgets|Informática|Innovaciones|Internet|Móviles"
).split("|")
NACION = "\n".join(
    [
        *NACION_MENU,
        "Gobierno",
        "5.000 cuentas de acceso a sistemas de Hacienda estaban en manos ajenas",
        "Contraloría alertó a Hacienda de vulnerabilidades en sus sistemas informáticos desde el 2019.",
        "Por Daniela Cerdas E.",
        "21 de abril 2022, 2:30 PM",
        "Desde noviembre del 2019, la Contraloría General de la República (CGR) alertó al Ministerio de Hacienda "
        "sobre vulnerabilidades en su sistemas informáticos en una auditoría que descubrió situaciones críticas "
        "como, por ejemplo, que estaban activas más de 5.000 cuentas de usuarios que no correspondían a empleados "
        "del Ministerio.",
        "Además, se detectó que la institución no aplicaba actualizaciones de seguridad en sus servidores desde el "
        "año 2013.",
    ]
)


def test_the_headline_right_above_its_text_under_a_long_menu():
    record = clean_text(NACION, languages=("es",))
    assert record.title == "5.000 cuentas de acceso a sistemas de Hacienda estaban en manos ajenas"
    assert record.text.startswith("Contraloría alertó")  # the deck under it, then the text
    assert "Fútbol Nacional" not in record.text
