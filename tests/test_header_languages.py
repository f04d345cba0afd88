"""Headlines, date stamps and datelines of Spanish and Arabic pages, on lines of real releases
(the es/ar ``dev`` items of tests/fixtures/realworld, and the French, Spanish and Arabic items of
``tune-confirm``): the rules read the page's own structure and the language's profile, never a
site's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.text import boilerplate
from summarise.text import clean as C
from summarise.text import dateline as D
from summarise.text import shapes as S
from summarise.text.clean import clean_file, clean_text
from summarise.text.headline import is_headline
from summarise.text.htmlpage import page_deck, page_title


@pytest.mark.parametrize(
    "code, line, date",
    [
        # a weekday, the date, a clock time and its zone ("Mecca time") or half of the day ("م")
        ("ar", "الجمعة 29 مارس 2019 - 14:47 بتوقيت مكة", "2019-03-29"),
        ("ar", "الأحد، 15 فبراير 2026 10:18 م", "2026-02-15"),
        ("ar", "الجمعة 9 أغسطس 2024 23:14:49", "2024-08-09"),
        # a publication label of the page's language before an English date, month first or ordinal
        ("ar", "تاريخ النشر October 26, 2024", "2024-10-26"),
        ("ar", "تاريخ النشر: 22nd, January 2024 GMT", "2024-01-22"),
        ("es", "Actualización 27 de marzo de 2020", "2020-03-27"),
    ],
)
def test_date_stamps_of_the_page_language(page_language, code, line, date):
    page_language(code)
    assert D.is_date_stamp(line)
    assert D.dateline_match(line) is None  # a day's name is no place
    assert D.date_stamps(["Título de la página", line, "Texto de la nota que empieza aquí y sigue."])[0] == date


@pytest.mark.parametrize(
    "code, line, stamp",
    [
        # a feed's relative stamps name a weekday and end on a clock time
        ("es", "el jueves pasado a las 9:31", True),
        ("es", "el viernes pasado a las 15:18", True),
        # a headline or a sentence with a time is no stamp
        ("es", "Región Lima espera declaratoria a las 10:30", False),
        ("es", "El Vocero de Gobierno hizo un llamado el jueves a las 9:31", False),
    ],
)
def test_relative_stamps(page_language, code, line, stamp):
    page_language(code)
    assert D.is_date_stamp(line) == stamp


HUARAL = (
    "Inicio ACTUALIDAD Politica Gobernadora lidera campaña #SomosLaRegiónLima para evitar confusión con "
    "Lima Metropolitana\n\n"
    "Gobernadora lidera campaña #SomosLaRegiónLima para evitar confusión con Lima Metropolitana\n\n"
    "La Gobernadora Regional Rosa Vásquez durante su discurso por el XXI aniversario institucional, anunció "
    "que está liderando una lucha por reivindicar los derechos que necesita la región Lima.\n\n"
    "Igualmente, hizo un llamado a las autoridades, instituciones y ciudadanía en general a sumarse a esta "
    "campaña denominada #SomosLaRegiónLima y olvidarse de emplear el término “Región Lima Provincias”, "
    "porque no existe.\n"
)
ANDINA = (
    "Andina\n\n"
    "Región Lima espera declaratoria de emergencia en Yauyos para atención de emergencias\n\n"
    "Norma aprobada en sesión del Consejo de Ministros será publicada en breve, afirmó gobernadora Rosa Vásquez\n\n"
    "PCM declarará el estado de emergencia en la provincia de Yauyos, región Lima.\n\n"
    "PCM declarará el estado de emergencia en la provincia de Yauyos, región Lima.\n\n"
    "10:37 | Lima, feb. 17.\n\n"
    "El Gobierno Regional de Lima está a la espera que la Presidencia del Consejo de Ministros (PCM) "
    "oficialice la declaratoria del estado de emergencia en la provincia de Yauyos, afectada por lluvias "
    "intensas y huaicos, afirmó la gobernadora regional, Rosa Vásquez Cuadrado.\n\n"
    "La autoridad regional precisó que la decisión del Ejecutivo fue aprobada el miércoles 15 de febrero en "
    "la sesión del Consejo de Ministros y que el dispositivo correspondiente sería publicado hoy.\n"
)
KAWTHAR = (
    "الرياض تستنكر موقف ترامب دعما لسوريا\n\n"
    "الجمعة 29 مارس 2019 - 14:47 بتوقيت مكة\n"
    "الرياض تستنكر موقف ترامب دعما لسوريا\n\n"
    "السعودية - الكوثر: ألقى وزير الخارجية السعودي إبراهيم العساف كلمة رئاسة القمة العربية السابقة في "
    "بداية اجتماعات القمة الحالية المنعقدة في تونس، ثم سلّم رئاسة الاجتماع إلى وزير الخارجية التونسي\n\n"
    'وقال العساف في مستهل كلمته إن بلاده ترفض إعلان الإدارة الأمريكية حول سيادة "إسرائيل" على الجولان، '
    'مشددا على أن الجولان المحتل "أرض سورية عربية".\n'
)
OSOUL = (
    "محافظة القاهرة: لا صحة لحظر التجول وغلق الطرق من الأحد للثلاثاء\n\n"
    "الجمعة، 17 أبريل 2020 01:21 ص\n"
    "محافظة القاهرة: لا صحة لحظر التجول وغلق الطرق من الأحد للثلا\n\n"
    "نفت محافظة القاهرة ما تردد على بعض مواقع التواصل الاجتماعى من فرض حظر تجوال وغلق الطرق التي تربط "
    "العاصمة بالمحافظات الأخرى من الأحد للثلاثاء، مؤكده أن هذه التصريحات عارية تمامًا من الصحة.\n\n"
    "وأهابت المحافظة بالجميع تحرى الدقة قبل تداول مثل هذه الاشاعات التي تثير البلبلة بين المواطنين.\n"
)


def test_a_breadcrumb_ending_in_the_headline_is_not_the_headline():
    record = clean_text(HUARAL, languages=("es",))
    assert record.title == "Gobernadora lidera campaña #SomosLaRegiónLima para evitar confusión con Lima Metropolitana"
    assert record.text.startswith("La Gobernadora Regional") and "Inicio" not in record.text


RENNES = (
    "9.8 C\n"
    "Rennes\n"
    "dimanche 21 avril 2024\n"
    "AccueilActualitésSAMEDI : LA PRÉFECTURE INTERDIT UNE MANIFESTATION\n\n"
    "SAMEDI : LA PRÉFECTURE INTERDIT UNE MANIFESTATION\n\n"
    "Le « collectif inter-organisation de soutien aux personnes exilées » appelait à un rassemblement le "
    "samedi 25 mars 2023, sur la place de la République à Rennes, pour dénoncer le projet de loi relatif à "
    "l’immigration. Mais le préfet en a décidé autrement au regard des derniers évènements survenus dans la "
    "capitale bretonne et pour des questions de troubles à l’ordre public. Il a pris un arrêté d’interdiction.\n"
)


def test_a_breadcrumb_glued_to_the_headline_is_not_the_headline():
    """The user sees the release's headline as its title, not the site's trail glued to it
    ("AccueilActualitésSAMEDI : ..."), when the copy lost the trail's separators."""
    record = clean_text(RENNES)
    assert record.title == "SAMEDI : LA PRÉFECTURE INTERDIT UNE MANIFESTATION"
    assert record.text.startswith("Le « collectif") and "Accueil" not in record.text


def test_the_headline_above_its_deck_is_the_headline():
    record = clean_text(ANDINA, languages=("es",))
    assert record.title == "Región Lima espera declaratoria de emergencia en Yauyos para atención de emergencias"
    assert "Norma aprobada" not in record.title


@pytest.mark.parametrize(
    "text, title", [(KAWTHAR, "الرياض تستنكر موقف ترامب دعما لسوريا"), (OSOUL, OSOUL.split("\n")[0])]
)
def test_the_headline_printed_again_under_its_date_is_not_text(text, title):
    record = clean_text(text, languages=("ar",))
    assert record.title == title
    assert record.dateline["date"] in ("2019-03-29", "2020-04-17")
    first = record.text.split("\n\n")[0]
    assert first.startswith(("السعودية - الكوثر:", "نفت محافظة القاهرة")), first
    assert title not in record.text and "للثلا\n" not in record.text


MOWATEN = (
    "رفع نسبة الحجوزات بالمخيمات في المدينة المنورة بالتزامن مع العيد\n"
    "العثور على جثث 3 من 4 جنود أميركيين فُقدوا في ليتوانيا\n"
    "لا تتشتت على الطريق.. هيئة الطرق: الرد على رسالة التهنئة يتأجل\n"
    "سلمان للإغاثة يوزّع 1.900 سلة غذائية في محلية الدامر بالسودان\n"
    "مؤشرات الأسهم الأوروبية تغلق على تراجع\n"
    "30 فعالية في تبوك خلال عيد الفطر\n"
    "المواطن – الرياض\n"
    "صرّحت منظمة اليونيسف بأن واحداً من بين كل خمسة أطفال في منطقة الشرق الأوسط وشمال أفريقيا بحاجة إلى "
    "مساعدة إنسانية عاجلة.\n"
    "وقالت المنظمة في بيان: “لقد استطاعت دول المنطقة على مدى السنوات السبعين الماضية قطع شوط طويل في مجال "
    "حماية حقوق الطفل وسلامته”.\n"
)


def test_a_list_of_other_stories_above_the_text_holds_no_headline():
    record = clean_text(MOWATEN, languages=("ar",))
    assert record.title == ""  # the page's own headline did not survive the copy
    assert "الحجوزات" not in record.text and "ليتوانيا" not in record.text
    assert "صرّحت منظمة اليونيسف" in record.text and "وقالت المنظمة" in record.text


@pytest.mark.parametrize(
    "paragraph, dateline",
    [
        # an Arabic wire's place, dash, agency and colon
        (
            "السعودية - الكوثر: ألقى وزير الخارجية السعودي إبراهيم العساف كلمة رئاسة القمة العربية السابقة.",
            {"place": "السعودية", "date": None},
        ),
        # a sentence with a dash and no colon after a name stays a sentence
        ("ترحب اليونيسف - بالإعلان عن موافقة أطراف النزاع.", None),
    ],
)
def test_arabic_dateline_naming_its_source(page_language, paragraph, dateline):
    page_language("ar")
    assert D.find_dateline([paragraph], None) == dateline


@pytest.mark.parametrize(
    "line, dateline",
    [
        # an agency's clock time and dateline in a bar, month and day without the year
        ("10:37 | Lima, feb. 17.", {"place": "Lima", "date": None}),
        ("Lima, feb. 17.", {"place": "Lima", "date": None}),
        # a word that is no month is no date
        ("Lima, Perú 17.", None),
    ],
)
def test_spanish_dateline_line_without_a_year(page_language, line, dateline):
    page_language("es")
    assert D.find_dateline([line], None) == dateline
    # the page's date gives the year (and is the dateline's date where the line is none)
    known = D.find_dateline([line], {"place": "", "date": "2023-02-17"})
    assert known == {"place": dateline["place"] if dateline else "", "date": "2023-02-17"}


ELDIARIO = (
    "diciembre 12, 2024\nPublicidad\nagosto 14, 2021 | 296 vistas\n\nJosé del Carmen Perales Rodríguez\n\n"
    "La secretaria de Salud, Gloria Molina Gamboa, emitió este sábado una alerta ante el incremento sostenido "
    "de casos nuevos de covid-19, así como en los casos activos y en la hospitalización.\n\n"
    "A través de un video publicado en las redes sociales de la Secretaría de Salud estatal, la funcionaria "
    "refiere que el Comité Estatal de Seguridad en Salud evalúa aplicar restricciones.\n"
)


def test_a_bar_opening_on_the_date_and_a_byline_are_no_headline(page_language):
    page_language("es")
    assert D.is_date_stamp("agosto 14, 2021 | 296 vistas")  # date, then the view count
    assert not D.is_date_stamp("Lima | Región espera la declaratoria de emergencia en Yauyos")
    record = clean_text(ELDIARIO, languages=("es",))
    assert record.title == ""  # the page's headline did not survive the copy; the author's name is no headline
    assert record.dateline == {"place": "", "date": "2021-08-14"}
    assert record.text.startswith("La secretaria de Salud") and "Perales" not in record.text


BAWABH = (
    "الجمعة 26 أبريل 2024\nرئيس مجلسى الإدارة والتحرير\nعبدالرحيم علي\n\nالأخبار\n\n"
    "وزير الخارجية يتوجه إلى موسكو في زيارة رسمية\n\n"
    "يتوجّه وزير الخارجية سامح شكري، مساء اليوم الأحد، إلى موسكو في زيارة رسمية تلبيةً لدعوة من نظيره الروسي "
    "سيرجي لافروف، في إطار الزيارات المتبادلة بينهما.\n\n"
    "وصرح السفير أحمد حافظ، المتحدث الرسمي باسم وزارة الخارجية، بأنه من المقرر أيضاً أن يلتقي الوزير شكري "
    "مع سكرتير مجلس الأمن الروسي نيكولاي باتروشيف.\n"
)


def test_a_date_above_the_text_that_the_text_says_is_not_today_is_no_dateline(page_language):
    record = clean_text(BAWABH, languages=("ar",))
    assert record.title == "وزير الخارجية يتوجه إلى موسكو في زيارة رسمية"
    assert record.dateline is None  # the site's Friday bar; the text speaks of "this evening, Sunday"
    page_language("es")
    assert D.contradicts_today("2024-04-26", ["El ministro viaja hoy domingo a Moscú."])
    assert not D.contradicts_today("2024-04-28", ["El ministro viaja hoy domingo a Moscú."])
    assert not D.contradicts_today("2024-04-26", ["El ministro viajará este domingo a Moscú."])  # a coming day


def test_a_widget_prompt_closing_the_page_is_not_text():
    record = clean_text(HUARAL + "\nDeja un comentario\n", languages=("es",))
    assert record.text.endswith("porque no existe.") and "comentario" not in record.text
    # the same words inside a sentence stay
    record = clean_text(
        HUARAL + "\nLa gobernadora pidió a cada vecino: deja un comentario en la consulta.\n", languages=("es",)
    )
    assert record.text.endswith("deja un comentario en la consulta.")


# fr_lecourrier_unicef_aide_humanitaire (fr/dev): the page's headline did not survive the copy; an
# image, its caption and its credit sit above the text
LECOURRIER = (
    "![]() |\nDes enfants dans un camp de réfugiés au Soudan. |\nPhoto : AFP/VNA/CVN |\n"
    "S'exprimant lors de la première session du Conseil d'administration de l'UNICEF cette année, la "
    "directrice générale de l'agence onusienne, Catherine Russell, a déclaré que le Fonds se préparait à "
    "l'éventualité de devoir faire face à de nouveaux défis en matière de mobilisation des ressources en 2025.\n"
)


@pytest.mark.parametrize(
    "code, line, credit",
    [
        ("fr", "Photo : AFP/VNA/CVN |", True),
        ("es", "Fotografía: Pool Moncloa/Borja Puig de la Bellacasa", True),  # es_blogasuntospublicos
        ("fr", "Protection des données : oui au projet de révision de la Confédération", False),
        ("es", "Directo: rueda de prensa posterior al Consejo de Ministros en Moncloa", False),
    ],
)
def test_a_photo_credit_is_no_headline(page_language, code, line, credit):
    page_language(code)
    assert S.is_photo_credit(line) == credit


def test_a_credit_above_a_text_without_headline_is_neither_title_nor_text():
    record = clean_text(LECOURRIER)
    assert record.title == ""
    assert "AFP/VNA/CVN" not in record.text and record.text.endswith("des ressources en 2025.")


# ---------------------------------------------------------------- the old confirm items (tune-confirm)
# Each kind of error the items of ``tune-confirm`` showed, on lines of those releases.

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"


def test_a_list_the_text_introduces_is_no_navigation_run():
    """fr_afriquesur7_conseil_ministres: short headings under "... les points suivants :" near the
    end of a cut copy are the release's agenda, not the site's links."""
    record = clean_file(REALWORLD / "fr_afriquesur7_conseil_ministres.txt")
    paragraphs = record.text.split("\n\n")
    at = paragraphs.index("L’ordre du jour de cette réunion comportait les points suivants :")
    assert paragraphs[at + 1 : at + 4] == [
        "A/- Mesures Générales",
        "Projets de loi et d’ordonnances",
        "Projets de décrets",
    ]
    assert paragraphs[-1].startswith("Le Conseil a adopté une ordonnance")


def test_a_navigation_run_not_introduced_stays_chrome():
    lines = ["Le Conseil a adopté le projet de loi.", "Version PDF", "Autres communiqués", "Nous suivre", "Contact"]
    assert C.after_last_navigation(lines, len(lines)) == 1
    lines[0] = "Le Conseil a examiné les points suivants :"
    assert C.after_last_navigation(lines, len(lines)) == len(lines)


@pytest.mark.parametrize(
    "code, line, furniture",
    [
        ("ar", "أخبار عاجلة", True),  # "breaking news", ar_3yonnews
        ("ar", "أحدث الأخبار", True),  # "latest news", ar_elmuashir
        ("fr", "Dernières actualités", True),
        ("es", "Últimas noticias", True),
        ("ar", "الدورة الـ72 لمفوضية اللاجئين", False),
        ("es", "Noticias falsas sobre la vacuna", False),
    ],
)
def test_a_line_naming_the_page_s_news_sections_is_no_headline(page_language, code, line, furniture):
    page_language(code)
    assert S.is_furniture(line) == furniture
    if furniture:
        assert not is_headline(line)


def test_a_headline_after_a_section_line_and_printed_twice():
    """ar_3yonnews_mufawadiya_dawra: "أخبار عاجلة" (breaking news) above the headline, the headline
    printed again twice on one line (an image's text and its caption)."""
    record = clean_file(REALWORLD / "ar_3yonnews_mufawadiya_dawra.txt")
    assert record.title == "الدورة الـ72 لمفوضية اللاجئين"
    assert record.text.startswith("بدأت أعمال الدورة الـ72")


def test_a_teaser_of_the_second_paragraph_and_a_keyword_field_are_no_headline():
    """ar_elmuashir_jawla_wizariya: the site's summary repeats the text's second paragraph (its "و"
    and commas left out, cut inside a word), a keyword field joins tags with bare commas."""
    record = clean_file(REALWORLD / "ar_elmuashir_jawla_wizariya.txt")
    assert record.title == "وزير الخارجيةيُشارِك في جولة وزارية لعدد من العواصم لوقف الحرب على غزة"
    assert len(record.text.split("\n\n")) == 2
    assert boilerplate.is_chrome("وزارة الخارجية,مصر تدين,تهجير الفلسطينيين,سامح شكري وزير الخارجية")
    assert not boilerplate.is_chrome("Le taux est passé de 1,5 à 2,3 en 2024")


def test_a_headline_over_its_date_stamp_without_words_the_text_repeats():
    """ar_who_ihata_ghaza: a speech's headline, its date under it, then the greeting that opens it."""
    record = clean_file(REALWORLD / "ar_who_ihata_ghaza.txt")
    assert record.title.startswith("الكلمة الافتتاحية التي أدلى بها المدير العام")
    assert record.text.startswith("صباح الخير ومساء الخير أينما كنتم،")
    assert record.dateline == {"place": "", "date": "2025-07-23"}


@pytest.mark.parametrize(
    "code, line, label",
    [
        ("fr", "Communiqué LDH", True),  # fr_ldh_dendoune
        ("fr", "PAM: Communiqué de Presse", True),  # kaloumpresse_pam_conakry
        ("fr", "La LDH condamne l’assassinat", False),
        ("fr", "OMS : nouvelle alerte sanitaire", False),
        ("es", "Comunicado de prensa", True),
    ],
)
def test_a_rubric_with_its_issuer_s_acronym_is_a_label(page_language, code, line, label):
    page_language(code)
    assert S.is_release_label(line) == label


def test_a_place_and_date_under_the_last_paragraph_is_a_signature():
    """fr_ldh_dendoune: "Communiqué LDH" above the text, "Paris, le 6 février 2013" under it."""
    record = clean_file(REALWORLD / "fr_ldh_dendoune.txt")
    assert record.title == "" and record.dateline is None
    assert record.text.endswith("place du Trocadéro à Paris.")


def test_a_dateline_printed_above_the_headline():
    """fr_ldhparis19_republique_blessee: date / rubric / "Paris, le 7 janvier 2015" / headline / text."""
    record = clean_file(REALWORLD / "fr_ldhparis19_republique_blessee.txt")
    assert record.title == "La République blessée"
    assert record.dateline == {"place": "Paris", "date": "2015-01-07"}


def test_a_dot_glued_to_the_dash_is_the_dateline_s_separator_and_field_labels_are_a_stamp():
    """es_latremenda_onu_mujer: "Nueva York, EU.- El titular ..." under "Autor: Sección: Noticias
    08/03/2019 12:08 pm 5064"."""
    record = clean_file(REALWORLD / "es_latremenda_onu_mujer.txt")
    assert record.dateline == {"place": "Nueva York, EU", "date": "2019-03-08"}
    assert record.text.startswith("Nueva York, EU.- El titular")


@pytest.mark.parametrize(
    "code, line, stamp",
    [
        ("es", "Fecha:", True),  # es_unwomen_declaracion_sg: the date itself was lost
        ("es", "Autor: Sección: Noticias 08/03/2019 12:08 pm 5064", True),
        ("es", "Teléfono:", False),
        ("es", "Contacto: Juan Pérez 12/03/2020", False),
    ],
)
def test_an_empty_date_label_and_a_bar_of_field_labels_are_stamps(page_language, code, line, stamp):
    page_language(code)
    assert D.is_date_stamp(line) == stamp


def test_an_organisation_s_name_the_text_prints_is_no_headline():
    """es_periodismohumano_msf_ebola: "MÉDICOS SIN FRONTERAS" above "... Médicos Sin Fronteras (MSF)
    publica hoy ..."."""
    record = clean_file(REALWORLD / "es_periodismohumano_msf_ebola.txt")
    assert record.title == ""
    assert record.text.startswith("La organización médico-humanitaria internacional")


def test_a_wire_s_end_mark_closes_the_text():
    """ar_sauress_spa_lajiin_jinif: "... لاسباب انسانية0 // انتهى // 1848"."""
    record = clean_file(REALWORLD / "ar_sauress_spa_lajiin_jinif.txt")
    assert record.text.endswith("لاسباب انسانية0")
    assert any(change["rule"] == "end_mark" for change in record.cleaning)


def test_a_link_beside_the_headline_in_its_h1_is_the_site_s_name():
    """es_ultimahora_infanta: <h1><span>headline</span><a href="/mallorca.html">Ultima Hora
    Mallorca</a></h1>; an <h1> that is all link keeps its text."""
    record = clean_file(REALWORLD / "es_ultimahora_infanta.html")
    assert record.title == "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    assert not record.text.startswith("Anticorrupción decidirá")
    page = (
        "<html><head><title>T</title></head><body><h1><a href='/x.html'>Un titular en un enlace</a></h1></body></html>"
    )
    assert page_title(page) == "Un titular en un enlace"


def test_a_letter_s_signature_under_its_closing_is_the_contact_block():
    """es_papafrancisco_entrevistas: "Saludos cordiales," / "Dra. Teresa Nicolás Gavilán," /
    "Coordinadora de Prensa" / a hidden e-mail / a footnote: the closing ends the text, the name is a
    contact (its honorific left out, as "Dr", "Mme" are), her role is not."""
    record = clean_file(REALWORLD / "es_papafrancisco_entrevistas.txt")
    assert record.text.endswith("Saludos cordiales,")
    assert record.contacts["names"] == ["Teresa Nicolás Gavilán"]


@pytest.mark.parametrize(
    "code, line, closing",
    [
        ("es", "Saludos cordiales,", True),
        ("fr", "Cordialement,", True),
        ("ar", "مع التحية", True),
        ("es", "Saludos cordiales a todos los participantes del encuentro.", False),
    ],
)
def test_a_closing_formula_of_the_page_language(page_language, code, line, closing):
    page_language(code)
    assert S.is_closing(line) == closing


@pytest.mark.parametrize(
    "line, link",
    [
        ("Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement", True),  # fr_lemonde
        ("Lire : Que sont les IMSI-catchers, ces valises qui espionnent les téléphones portables ?", True),
        ("Lee también: Gobierno anuncia nuevas medidas", True),
        ("Lire le rapport : il est disponible en ligne.", False),
        ("Voir : la carte est publiée sur le site du ministère.", False),
    ],
)
def test_a_link_to_another_story_inside_the_text_is_chrome(line, link):
    assert boilerplate.is_chrome(line) == link


def test_a_deck_the_page_marks_as_the_article_s_description_is_its_first_paragraph():
    """fr_liberation_seisme_nepal: <h2 itemprop="description"> under the headline, the same words as
    og:description; the extractor drops it."""
    record = clean_file(REALWORLD / "fr_liberation_seisme_nepal.html")
    deck = "Laurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés."
    assert record.text.split("\n\n")[0] == deck
    page = (
        "<html><head><meta property='og:description' content='Autre chose.'></head><body><h1>Titre</h1>"
        "<h2 itemprop='description'>Un chapeau qui ne dit pas ce que dit la page.</h2></body></html>"
    )
    assert page_deck(page) == ""


@pytest.mark.parametrize(
    "line, place",
    [
        ("Santo Domingo.-La Cruz Roja Dominicana aclara que la información que circula", "Santo Domingo"),  # es_eldia
        ("Nueva York, EU.- El titular de la Organización de las Naciones Unidas", "Nueva York, EU"),
        ("Saint-Denis accueille le congrès", None),
    ],
)
def test_a_dot_and_dash_glued_to_the_text_close_a_dateline(page_language, line, place):
    page_language("es")
    found = D.find_dateline([line], None)
    assert (found or {}).get("place") == place


def test_the_place_a_byline_bar_names_is_the_dateline_s():
    """es_ultimahora_infanta: "Patricio Candia | Palma de Mallorca | 08/01/2014" under the headline;
    a bar that opens on no person's name names no place."""
    record = clean_file(REALWORLD / "es_ultimahora_infanta.html")
    assert record.dateline == {"place": "Palma de Mallorca", "date": "2014-01-08"}
    assert D.bar_place("Inicio | Noticias | 08/01/2014") is None
