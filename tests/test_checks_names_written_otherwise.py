"""Spanish names the output writes another way (benchmarks/README, "Checks: name false alarms in
Spanish held out"): each source and output is a line of a readable set as a system or the human
reference wrote it (FLORES es-en tune, news open2 es, the lines of newstest2011), and each missing
name a critical false alarm before the rule; the corrupted lines check the rule lets through no
name dropped."""

from __future__ import annotations

from summarise.quality.namematch import head_moved
from summarise.quality.names import check_names


def _critical(src: str, tgt: str, lang: str = "es") -> list[str]:
    return [f["detail"] for f in check_names(src, tgt, lang) if f["severity"] == "critical"]


# open2 es line 526 (google): "Gases de Efecto Invernadero" -> "greenhouse gases", GEI -> GHG
GEI = (
    "En Copenhague, el año pasado, los grandes países emisores, como los Estados Unidos, China, Europa y otros, "
    "incluido Canadá, se comprometieron con unos planes de reducción voluntarias que debían disminuir las emisiones "
    "globales de GEI de 53 Gt a 49 Gt."
)
GEI_EN = (
    "In Copenhagen last year, large emitting countries such as the United States, China, Europe and others, "
    "including Canada, committed to voluntary reduction plans that were to reduce global GHG emissions from 53 Gt "
    "to 49 Gt."
)


def test_an_acronym_with_its_head_noun_moved_to_the_end_is_the_english_acronym():
    assert _critical(GEI, GEI_EN) == []
    # the acronym dropped (no acronym of the output in its place) is still missing
    assert _critical(GEI, GEI_EN.replace("GHG ", "")) == ["'GEI' not in output"]
    # the head letter first and last, as long: OTAN / NATO, FMI / IMF; not another acronym
    assert head_moved("GEI", "GHG") and head_moved("FMI", "IMF") and head_moved("OTAN", "NATO")
    assert not head_moved("GEI", "GDP") and not head_moved("GEI", "UG")


# FLORES ar-en tune line 906 (bergamot-base-memory): a Latin acronym in Arabic text is borrowed as
# written; no Arabic word order made it, so another acronym ending in its first letter ("HIV" for
# "VPN": generator B's swap) is no English form of it
VPN = (
    "مقدمي خدمات الشبكة الخاصة الافتراضية الشخصية (VPN) هم وسيلة رائعة لخداع الرقابة السياسية والحجب "
    "الجغرافي التجاري لبروتوكول الإنترنت."
)
VPN_EN = (
    "Personal Virtual Private Network (VPN) providers are a great way to deceive political censorship and "
    "commercial geo-blocking of the Internet Protocol."
)


def test_a_latin_acronym_in_arabic_text_has_no_reordered_english_form():
    assert _critical(VPN, VPN_EN, "ar") == []
    assert _critical(VPN, VPN_EN.replace("(VPN)", "(HIV)"), "ar") == ["'VPN' not in output"]


# open2 es line 473 (google): a headline; "Mazatlán" is kept, and a name English writes too (Zipf
# margin 1.1), so keeping it proves nothing of "Ayuntamiento", which the output translates
MAZATLAN = "Paga Ayuntamiento de Mazatlán otro cheque a la cuestionada propietaria de empresa de material eléctrico."
MAZATLAN_EN = "Mazatlán City Hall pays another check to the questioned owner of an electrical material company."


def test_a_name_english_writes_too_kept_does_not_make_its_neighbour_kept_as_written():
    assert _critical(MAZATLAN, MAZATLAN_EN) == []
    # a word of the source language kept as written still makes the rest of its name kept
    # ("Cirque du Soleil": tests/test_checks.py)


# open2 es line 535 (microsoft) and FLORES es-en tune line 37 (the human reference): a place's common
# noun ("Costa", "Plaza") the tables let English keep as written ("Costa Rica", "Plaza Mayor") or
# translate, rendered with a name of the output's own ("Côte d'Ivoire", "Sesame Street")
IVORY = (
    "Las Naciones Unidas han advertido el miércoles a la clase política de Costa de Marfil que podrían ser "
    "considerados responsables de posibles actos de violencia."
)
IVORY_EN = (
    "The United Nations on Wednesday warned Côte d'Ivoire's political class that they could be held responsible "
    "for possible violence."
)
SESAME = (
    "El programa de PBS tiene más de veinticuatro premios Emmy y su duración es más breve que la de Plaza Sésamo "
    "y el Vecindario del Señor Roger."
)
SESAME_EN = (
    "The PBS show has more than two-dozen Emmy awards, and its run is shorter only than Sesame Street and Mister "
    "Rogers' Neighborhood."
)


def test_a_place_noun_written_as_another_name_is_no_name_dropped():
    assert _critical(IVORY, IVORY_EN) == []
    assert _critical(SESAME, SESAME_EN) == []


def test_a_place_noun_dropped_with_no_name_in_its_place_is_still_missing():
    # generator B's kind: part of a name dropped, nothing written for it ("Santa Fe" -> "Fe")
    src = "El equipo de Costa Rica ganó el partido en la capital."
    assert _critical(src, "The Rica team won the match in the capital.") == ["'Costa' not in output"]


# news open es line 378 (google) and line 595 (microsoft): a hyphenated word whose other part is a
# common word of Spanish: a title ("Vice-alcalde", ending in lower case), a compound the output keeps
# with this part translated ("Auda-Taller" -> "Auda-Workshop")
DEPUTY = (
    "El Vice-alcalde moscovita Juri Rosljak y el alcalde de Selengrado, Anatoly Smirnov, encabezaron la "
    "delegación rusa; por Frankfurt firmó el jefe de servicios de planificación Edwin Schwarz."
)
DEPUTY_EN = (
    "Moscow Deputy Mayor Juri Rosljak and Selengrad Mayor Anatoly Smirnov headed the Russian delegation; for "
    "Frankfurt signed the head of planning services Edwin Schwarz."
)
AUDA = (
    "Con la herramienta Auda-Taller, la empresa Audatex garantiza que el usuario obtiene un presupuesto en sólo "
    "cuatro pasos: identificar el vehículo, buscar el recambio, crear presupuesto y generar presupuesto."
)
AUDA_EN = (
    "With the Auda-Workshop tool, the company Audatex guarantees that the user obtains a quote in just four "
    "steps: identify the vehicle, search for the spare part, create a budget and generate a budget."
)


def test_a_hyphenated_common_noun_translated_is_no_name_dropped():
    assert _critical(DEPUTY, DEPUTY_EN) == []
    assert _critical(AUDA, AUDA_EN) == []
    # the compound's name part gone, or the compound dropped whole, is still missing
    assert _critical(AUDA, AUDA_EN.replace("Auda-Workshop", "Workshop")) == ["'Auda Taller' not in output"]
    assert _critical(AUDA, AUDA_EN.replace("Auda-Workshop", "Taller-Workshop")) != []


def test_a_place_noun_replaced_by_fewer_names_than_its_run_has_words_is_still_missing():
    # a swap: "Costa Rica" -> "Nairobi", one name of the output for a run of two words
    src = "Se vio en Costa Rica la semana pasada."
    assert _critical(src, "It was seen in Nairobi last week.") == ["'Costa Rica' not in output"]


# FLORES es-en tune line 125 (the human reference): a title of common words of Spanish, said in as
# many English words
ONION = (
    "Desde su concepción, The Onion se ha vuelto un verdadero imperio de parodias de noticias, con una edición "
    "impresa, una página web que recibió 5 000 000 de visitas únicas en el mes de octubre, publicidad personal, una "
    "red de noticias las 24 horas, pódcast y el recientemente lanzado atlas mundial llamado Nuestro Bobo Mundo."
)
ONION_EN = (
    "Since its inception, The Onion has become a veritable news parody empire, with a print edition, a website "
    "that drew 5,000,000 unique visitors in the month of October, personal ads, a 24 hour news network, podcasts, "
    "and a recently launched world atlas called Our Dumb World."
)


def test_a_name_of_common_words_said_in_as_many_english_words_is_translated():
    assert _critical(ONION, ONION_EN) == []
    # dropped with nothing in its place, or swapped for names other languages write alike: still missing
    assert _critical(ONION, ONION_EN.replace(" called Our Dumb World", "")) != []
    assert _critical(ONION, ONION_EN.replace("Our Dumb World", "James Reed Paris")) != []
