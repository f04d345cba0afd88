"""Quality checks on real seed sentences: correct human translations raise no flag,
hand-made faulty outputs (the errors MT really makes) raise exactly the right one."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarise.config import ChecksSection
from summarise.quality import checks
from summarise.quality.checks import (
    MIN_LANGID_WORDS,
    MIN_RATIO_CHARS,
    check,
    check_contacts,
    check_empty,
    check_length_ratio,
    check_names,
    check_numbers,
    check_repetition,
    check_segment,
    check_summary,
    check_truncated,
    check_untranslated,
)
from summarise.quality.flags import quote
from summarise.record import Record

CFG = ChecksSection()
MAX_NEW = 256

# (French seed sentence, correct human English translation)
HUMAN = [
    (
        "A l’occasion de la coupe du monde de cricket 2007, organisée dans neuf pays des Caraïbes et qui a réuni près de 100000 spectateurs et des millions de supporters, l’OIM et ses partenaires de la région Caraïbe ont lancé une campagne de sensibilisation au problème de la traite d’êtres humains.",
        "On the occasion of the 2007 Cricket World Cup, held in nine Caribbean countries and attended by nearly 100,000 spectators and millions of fans, IOM and its partners in the Caribbean region launched a campaign to raise awareness of human trafficking.",
    ),
    (
        "Le 19 avril, une session à huis clos réunira à Washington les ambassades partenaires de l’OIM dans la région, la communauté diplomatique pouvant en effet jouer de multiples rôles pour apporter une réponse globale dans le domaine de la lutte contre la traite.",
        "On 19 April, a closed-door session in Washington will bring together IOM's partner embassies in the region, as the diplomatic community can play multiple roles in providing a comprehensive response to trafficking.",
    ),
    (
        "Du mois de mai au mois d’août, la nouvelle affiche de l’OIM en faveur de la lutte contre la traite sera publiée dans les magazines publiés par Caribbean Airlines (anciennement BWIA) et par Air Jamaica, et visera les voyageurs à l’échelle régionale et internationale durant la haute saison.",
        "From May to August, IOM's new counter-trafficking poster will appear in the magazines published by Caribbean Airlines (formerly BWIA) and Air Jamaica, targeting regional and international travellers during the high season.",
    ),
    (
        "Financées par le Bureau de la Population, des réfugiés et de la migration du Département d’État américain, ainsi que par le ministère néerlandais de la Justice, ces activités de sensibilisation s’inscrivent dans le cadre de l’initiative de lutte contre la traite de l’OIM pour la région Caraïbe, un programme régional coordonné par le bureau de l’OIM à Washington.",
        "Funded by the US State Department's Bureau of Population, Refugees and Migration and by the Dutch Ministry of Justice, these awareness-raising activities are part of IOM's Caribbean counter-trafficking initiative, a regional programme coordinated by IOM's office in Washington.",
    ),
    (
        "Depuis 2004, l’OIM a organisé des formations, mené des recherches et mis en uvre des activités de sensibilisation afin de renforcer les capacités des communautés caribéennes en vue de faire de la prévention en matière de lutte contre la traite, de protéger les victimes en les identifiant et en leur venant en aide, et de renforcer les structures juridiques afin de poursuivre les trafiquants.",
        "Since 2004, IOM has organized training, conducted research and carried out awareness-raising activities to build the capacity of Caribbean communities to prevent trafficking, to protect victims by identifying and assisting them, and to strengthen legal frameworks in order to prosecute traffickers.",
    ),
    (
        "Trinité-et-Tobago - L’OIM a organisé un atelier de deux jours sur la lutte contre la traite, à Kingston, en Jamaïque, qui se termine aujourd’hui.",
        "Trinidad and Tobago - IOM has organized a two-day counter-trafficking workshop in Kingston, Jamaica, which ends today.",
    ),
    (
        "La session de cette semaine est la première de deux ateliers de coopération destinés à 16 agents techniques, membres de l’équipe de travail nationale et des unités de lutte contre la traite, ainsi qu’à d’autres responsables formés par l’OIM des ministères du Travail, de l’Immigration, de la Police, des bureaux du procureur public et des services sociaux.",
        "This week's session is the first of two cooperation workshops for 16 technical officers, members of the national task force and of the counter-trafficking units, as well as other officials trained by IOM from the ministries of Labour, Immigration and Police, the offices of the public prosecutor and the social services.",
    ),
    (
        "« En raison des conflits de priorité, les petits état insulaires ont du mal à destiner les ressources humaines et le matériel nécessaires à la lutte contre la traite à moyen et long termes.",
        "“Because of competing priorities, small island states find it hard to allocate the human and material resources needed to fight trafficking in the medium and long term.",
    ),
    (
        "L’atelier fait partie d’un projet régional de l’OIM de 36 mois aux Caraïbes, financé par le Département d’Etat américain chargé de contrôler et de combattre la traite des personnes (J/TIP), qui vise à améliorer les opérations de lutte contre la traite aux Caraïbes en renforçant la capacité institutionnelle pour mieux identifier et aider les victimes, pour enquêter sur les cas de traite et poursuivre les infractions liées à la traite.",
        "The workshop is part of a 36-month regional IOM project in the Caribbean, funded by the US State Department Office to Monitor and Combat Trafficking in Persons (J/TIP), which aims to improve counter-trafficking operations in the Caribbean by strengthening institutional capacity to better identify and assist victims, investigate trafficking cases and prosecute trafficking offences.",
    ),
    (
        "Le 1,6 million de dollars donné par le Bureau de contrôle et de lutte contre la traite des personnes du Département d'Etat américain et par le Fonds des Nations Unies pour l'Enfance (UNICEF), permettra de soutenir un programme centré sur les enfants entraînés dans le système restavèk d'esclavage domestique en Haïti et en République dominicaine.",
        "The $1.6 million donated by the US State Department's Office to Monitor and Combat Trafficking in Persons and the United Nations Children's Fund (UNICEF) will support a programme focused on children caught up in the restavek system of domestic servitude in Haiti and the Dominican Republic.",
    ),
    (
        "Grâce à ce nouveau financement, environ 500 victimes de traite à travers l'île d'Hispaniola bénéficieront d'une aide directe, notamment de soins médicaux et d'un soutien psychosocial, nutritionnel et éducatif.",
        "Thanks to this new funding, some 500 trafficking victims across the island of Hispaniola will receive direct assistance, including medical care and psychosocial, nutritional and educational support.",
    ),
    (
        "Plus de 650 victimes de traite ont reçu l'aide directe de l'OIM en Haïti depuis 2004, afin de retrouver une certaine normalité dans leurs vies.",
        "More than 650 trafficking victims have received direct assistance from IOM in Haiti since 2004 to help them regain some normality in their lives.",
    ),
    (
        "Sur 26 victimes ayant bénéficié d'une aide pour regagner leur village d'origine entre janvier et octobre 2006, 13 étaient originaires de communautés de Chinandega.",
        "Of the 26 victims who received help to return to their home villages between January and October 2006, 13 came from communities in Chinandega.",
    ),
    (
        "Les victimes étaient emmenées au Salvador, au Costa Rica, au Guatemala, au Mexique ou aux Etats-Unis.",
        "The victims were taken to El Salvador, Costa Rica, Guatemala, Mexico or the United States.",
    ),
    (
        "Un message du célèbre chanteur Ricky Martin est au centre de cette campagne.",
        "A message from the famous singer Ricky Martin is at the heart of the campaign.",
    ),
    (
        "La campagne Llama y Vive est également menée au Costa Rica, en Equateur, au Salvador et au Pérou.",
        "The Llama y Vive campaign is also being run in Costa Rica, Ecuador, El Salvador and Peru.",
    ),
    (
        "La rencontre qui a réuni à Lima plus de 150 représentants d’ONG et fonctionnaires des migrations et de l’application des lois, a été organisée dans le cadre d’un programme de l’OIM centré sur la recherche et la collecte de données statistiques sur la traite ainsi que sur le renforcement des capacités des gouvernements de la région andine.",
        "The meeting, which brought together more than 150 representatives of NGOs and migration and law enforcement officials in Lima, was organized as part of an IOM programme focused on research and the collection of statistical data on trafficking and on building the capacity of governments in the Andean region.",
    ),
    (
        "Une étude portant sur 200 Boliviennes victimes de la traite présentée à cette occasion a démontré que les femmes victimes de la traite sont en moyenne âgées de 20 ans, sont peu éduquées et sont, le plus souvent, originaires de La Paz.",
        "A study of 200 Bolivian women trafficking victims presented at the meeting showed that female victims of trafficking are on average 20 years old, have little education and most often come from La Paz.",
    ),
    (
        "Des experts et des représentants gouvernementaux venus d’Argentine, de Bolivie, du Chili, du Paraguay et du Pérou ont trouvé un terrain d’entente en vue de créer un réseau régional de lutte contre la traite d’êtres humains et contre les réseaux de passeurs.",
        "Experts and government representatives from Argentina, Bolivia, Chile, Paraguay and Peru reached common ground on creating a regional network to combat human trafficking and migrant smuggling.",
    ),
    (
        "Pour voir ces communiqués, visitez le site Internet www.iom.int/unitedstates.",
        "To see these announcements, visit the website www.iom.int/unitedstates.",
    ),
    (
        "Les Bahamas, la Barbade, la Jamaïque et Sainte-Lucie sont des pays de destination pour la traite des femmes et des enfants, en particulier pour l’exploitation sexuelle et le travail forcé.",
        "The Bahamas, Barbados, Jamaica and Saint Lucia are destination countries for trafficking in women and children, particularly for sexual exploitation and forced labour.",
    ),
    (
        "L'OIM intensifie ses efforts de lutte contre la traite sur Hispaniola",
        "IOM steps up counter-trafficking efforts on Hispaniola",
    ),
]

SRC_MONEY, TGT_MONEY = HUMAN[9]
SRC_RICKY, TGT_RICKY = HUMAN[14]
SRC_PERU, TGT_PERU = HUMAN[15]
SRC_CUP, TGT_CUP = HUMAN[0]
SRC_APRIL, TGT_APRIL = HUMAN[1]
SRC_CONTACT = "Chissey Mueller, OIM Port-d'Espagne, Email: cmueller@iom.int, Tel. +1 868 727 0244"
TGT_CONTACT = "Chissey Mueller, IOM Port of Spain, Email: cmueller@iom.int, Tel. +1 868 727 0244"


def codes(flags: list[dict]) -> list[str]:
    return [f["code"] for f in flags]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_human_pairs_come_from_the_seeds(seed_paths):
    seeds = squash(" ".join(p.read_text(encoding="utf-8") for p in seed_paths))
    for src, _ in HUMAN:
        assert squash(src).lstrip("« ").split(" www.")[0] in seeds  # the URL sits in HTML there


@pytest.mark.parametrize("src,tgt", HUMAN, ids=[f"seed{i}" for i in range(len(HUMAN))])
def test_correct_human_translations_raise_no_flag(src, tgt):
    assert check_segment(src, tgt, CFG, MAX_NEW) == []


def test_contact_line_translated_correctly_raises_no_flag():
    assert check_segment(SRC_CONTACT, TGT_CONTACT, CFG, MAX_NEW) == []


def test_length_ratio_defaults_bracket_the_human_range():
    ratios = [len(t) / len(s) for s, t in HUMAN if len(s) >= MIN_RATIO_CHARS]
    assert CFG.min_length_ratio < min(ratios) and max(ratios) < CFG.max_length_ratio
    assert 0.8 < sum(ratios) / len(ratios) < 1.0


# --- each check on real faulty outputs ------------------------------------------------

FAULTY = [
    # (source, faulty output, the one code expected)
    (SRC_MONEY, TGT_MONEY.replace("$1.6 million", "$1.5 million"), "number_mismatch"),
    (SRC_MONEY, TGT_MONEY.replace("The $1.6 million", "The money"), "number_mismatch"),
    (SRC_CUP, TGT_CUP.replace("2007 ", "2008 "), "number_mismatch"),
    (SRC_CUP, TGT_CUP.replace("100,000", "10,000"), "number_mismatch"),
    (SRC_APRIL, TGT_APRIL.replace("19 April", "9 April"), "number_mismatch"),
    (SRC_MONEY, SRC_MONEY, "untranslated"),
    (SRC_RICKY, TGT_RICKY.replace("Ricky Martin", "the star"), "name_missing"),
    (SRC_PERU, TGT_PERU.replace(" and Peru", ""), "name_missing"),
    (HUMAN[5][0], HUMAN[5][1].replace("Kingston, ", ""), "name_missing"),
    (SRC_CONTACT, TGT_CONTACT.replace("cmueller@iom.int", "contact"), "contact_lost"),
    (SRC_CONTACT, TGT_CONTACT.replace(", Tel. +1 868 727 0244", ""), "contact_lost"),
    (SRC_RICKY, "A message from the the the the famous singer Ricky Martin.", "repetition"),
    (SRC_CUP, "", "empty"),
    (SRC_CUP, " . ", "empty"),
    (SRC_CUP, TGT_CUP[:100], "length_ratio"),
]


@pytest.mark.parametrize("src,tgt,code", FAULTY, ids=[f"{c}-{i}" for i, (_, _, c) in enumerate(FAULTY)])
def test_faulty_output_raises_its_flag(src, tgt, code):
    flags = check_segment(src, tgt, CFG, MAX_NEW)
    assert code in codes(flags)
    assert all(f["detail"] for f in flags)


def test_an_empty_output_gets_only_the_empty_flag():
    assert check_segment(SRC_CUP, None, CFG, MAX_NEW) == [
        {"code": "empty", "detail": f"no output for {quote(SRC_CUP)}", "severity": "critical"}
    ]
    assert check_empty(SRC_CUP, "Cricket.") == []


# --- numbers -----------------------------------------------------------------------

SAME_NUMBERS = [
    ("Le 1,6 million de dollars donné", "The $1.6 million donated"),
    ("Le 1,6 million de dollars donné", "The 1,600,000 dollars donated"),
    ("Le 1,6 million de dollars donné", "The 1.6 million dollars donated"),
    ("près de 100000 spectateurs", "nearly 100,000 spectators"),
    ("près de 100000 spectateurs", "nearly 100 000 spectators"),
    ("près de 100 000 spectateurs", "nearly 100000 spectators"),
    ("près de 100.000 spectateurs", "nearly 100,000 spectators"),
    ("Le 19 avril, une session", "On April 19, a session"),
    ("Le 19 avril, une session", "On 19th April, a session"),
    ("la coupe du monde de cricket 2007", "the 2007 Cricket World Cup"),
    ("un projet régional de 36 mois", "a 36-month regional project"),
    ("le 1er mai", "on 1 May"),
    ("le 1er mai", "on May 1st"),
    ("le 1er mai", "on the first of May"),
    ("la 3e édition", "the 3rd edition"),
    ("20 % des victimes", "20% of the victims"),
    ("3,5 % des victimes", "3.5 per cent of the victims"),
    ("un atelier de deux jours", "a 2-day workshop"),
    ("destinés à 16 agents", "for sixteen officers"),
    ("entre 2005 et 2007", "between 2005 and 2007"),
    ("la réunion commence à 14h30", "the meeting starts at 2:30 p.m."),
    ("la réunion commence à 14h30", "the meeting starts at 14:30"),
    ("Tél. : +1 202 862 1826 x 236", "Tel: +1 202 862 1826 x 236"),
    ("la traite au XXIe siècle", "trafficking in the 21st century"),
    ("la XIXe conférence", "the 19th conference"),
    ("entre janvier et octobre 2006, 13 étaient", "between January and October 2006, 13 were"),
    # a French text grouping thousands as English does (wire copy): read both ways
    ("Néanmoins, 81,500 procédures restent en souffrance.", "Nevertheless, 81,500 proceedings remain pending."),
    ("Le Swaziland compte 245,000 personnes infectées.", "Swaziland has 245,000 infected people."),
    ("une pente de 1,500 mètre", "a slope of 1.5 metres"),
]


@pytest.mark.parametrize("src,tgt", SAME_NUMBERS)
def test_same_numbers_in_french_and_english_formats(src, tgt):
    assert check_numbers(src, tgt) == []


CHANGED_NUMBERS = [
    (
        "Le 1,6 million de dollars donné",
        "The $1.5 million donated",
        "'1,6 million' not in output; '1.5 million' not in source",
    ),
    (
        "Le 1,6 million de dollars donné",
        "The $1.6 billion donated",
        "'1,6 million' not in output; '1.6 billion' not in source",
    ),
    (
        "Le 1,6 million de dollars donné",
        "The $16 million donated",
        "'1,6 million' not in output; '16 million' not in source",
    ),
    ("près de 100000 spectateurs", "nearly 100.000 spectators", "'100000' not in output; '100.000' not in source"),
    ("près de 100000 spectateurs", "nearly 10,000 spectators", "'100000' not in output; '10,000' not in source"),
    ("Plus de 650 victimes depuis 2004", "More than 650 victims", "'2004' not in output"),
    ("Plus de 650 victimes", "More than 650 victims since 2004", "'2004' not in source"),
    ("20 % des victimes", "2% of the victims", "'20' not in output; '2' not in source"),
    (
        "Le Swaziland compte 245,000 personnes infectées.",
        "Swaziland has 254,000 infected people.",
        "'245,000' not in output; '254,000' not in source",
    ),
    (
        "payée 15,000 roupies (1,20 euros)",
        "paid 15,000 rupees (1.220 euros)",
        "'1,20' not in output; '1.220' not in source",
    ),
]


@pytest.mark.parametrize("src,tgt,detail", CHANGED_NUMBERS)
def test_changed_lost_or_added_numbers_are_named(src, tgt, detail):
    assert check_numbers(src, tgt) == [{"code": "number_mismatch", "detail": detail, "severity": "critical"}]


# --- untranslated --------------------------------------------------------------------


def test_output_equal_to_source_modulo_case_and_space_is_untranslated():
    flags = check_untranslated(
        SRC_RICKY, "  UN MESSAGE du célèbre  chanteur Ricky Martin est au centre de cette campagne. "
    )
    assert codes(flags) == ["untranslated"] and "unchanged" in flags[0]["detail"]


@pytest.mark.parametrize("text", ["Chissey Mueller", "Llama y Vive", "Email : cmueller@iom.int", "2007"])
def test_copying_names_or_contacts_is_not_untranslated(text):
    assert check_untranslated(text, text) == []


def test_french_output_is_untranslated_by_language_detection():
    french = "Un message du chanteur Ricky Martin est au coeur de la campagne."  # reworded, not a copy
    flags = check_untranslated(SRC_RICKY, french)
    assert codes(flags) == ["untranslated"] and "'fr'" in flags[0]["detail"]


def test_language_detection_needs_enough_ordinary_words():
    six = "Un message du chanteur Ricky Martin est central."  # message du chanteur est central: 5
    assert len(checks.ordinary_words(six)) == MIN_LANGID_WORDS - 1
    assert check_untranslated(SRC_RICKY, six) == []
    seven = "Un message du chanteur Ricky Martin est très central."
    assert len(checks.ordinary_words(seven)) == MIN_LANGID_WORDS
    assert codes(check_untranslated(SRC_RICKY, seven)) == ["untranslated"]


def test_name_heavy_english_is_not_taken_for_another_language():
    tgt = "The Bahamas, Barbados, Jamaica and Saint Lucia are destination countries for trafficking in women."
    assert check_untranslated(HUMAN[20][0], tgt) == []


# --- length ratio ----------------------------------------------------------------------


def _cut(text: str, n: int) -> str:
    """The first ``n`` characters of ``text`` repeated, ending on a non-space."""
    out = (text * 3)[:n]
    return out[:-1] + "." if out.endswith(" ") else out


@pytest.mark.parametrize(
    "ratio,flagged",
    [(0.49, True), (0.5, False), (1.0, False), (2.2, False), (2.21, True)],
)
def test_length_ratio_on_each_side_of_the_thresholds(ratio, flagged):
    src = SRC_APRIL[:200].strip()
    tgt = _cut(TGT_APRIL, math.floor(len(src) * ratio))
    assert codes(check_length_ratio(src, tgt, 0.5, 2.2)) == (["length_ratio"] if flagged else [])


def test_length_ratio_detail_quotes_the_ratio_and_output():
    (flag,) = check_length_ratio(SRC_CUP, "IOM launched a campaign.", 0.5, 2.2)
    assert flag["detail"].startswith("output too short: 0.08x the source (291 -> 24 characters, expected 0.5-2.2x)")


def test_length_ratio_skips_very_short_sources():
    short = "Structure organisationnelle"[: MIN_RATIO_CHARS - 1]
    assert check_length_ratio(short, "Organisational structure of the Organization here", 0.5, 2.2) == []
    src = ("Un message du célèbre chanteur Ricky Martin.")[:MIN_RATIO_CHARS]
    assert codes(check_length_ratio(src, "A message", 0.5, 2.2)) == ["length_ratio"]


def test_length_ratio_bounds_come_from_the_config():
    tgt = TGT_APRIL[: int(len(SRC_APRIL) * 0.6)]
    assert check_length_ratio(SRC_APRIL, tgt, CFG.min_length_ratio, CFG.max_length_ratio) == []
    assert codes(check_segment(SRC_APRIL, tgt, ChecksSection(min_length_ratio=0.7), MAX_NEW)).count("length_ratio") == 1


# --- repetition and truncation ----------------------------------------------------------

LOOP = "IOM will support the victims and the victims and the victims and"


@pytest.mark.parametrize(
    "tgt,flagged",
    [
        ("A message from the the famous singer Ricky Martin.", False),  # 2 in a row
        ("A message from the the the famous singer Ricky Martin.", True),  # 3 in a row
        ("A message from the the the the famous singer Ricky Martin.", True),  # 4 in a row
        ("the most vulnerable to trafficking trafficking trafficking.", True),
        ("Tel. 0244 0244 0244", True),  # a number repeated is a loop too
        ("IOM will support the victims and the victims.", False),  # trigram twice
        (LOOP, True),  # "the victims and" three times
        ("Trafficking in women, trafficking in men and trafficking in children.", False),  # stopword bigrams only
    ],
)
def test_repetition_on_each_side_of_the_thresholds(tgt, flagged):
    assert codes(check_repetition(SRC_RICKY, tgt, 3, 3)) == (["repetition"] if flagged else [])


def test_repetition_detail_quotes_the_loop():
    (flag,) = check_repetition(SRC_RICKY, LOOP, 3, 3)
    assert flag["detail"].startswith("'the victims and' 3 times: ")


def test_repetition_follows_the_config():
    assert check_repetition(SRC_RICKY, LOOP, 3, 4) == []
    assert codes(check_repetition(SRC_RICKY, "the victims, the victims", 2, 2)) == ["repetition"]


def test_repetition_the_source_has_too_is_not_a_loop():
    src = "la traite des femmes, la traite des enfants, la traite des hommes et la traite des mineurs"
    tgt = "trafficking in women, trafficking in children, trafficking in men and trafficking in minors"
    assert check_repetition(src, tgt, 2, 3) == []


@pytest.mark.parametrize("count,flagged", [(MAX_NEW - 1, False), (MAX_NEW, True), (MAX_NEW + 5, True)])
def test_truncated_with_a_real_token_count(count, flagged):
    flags = check_truncated(SRC_CUP, TGT_CUP, MAX_NEW, token_count=count)
    assert codes(flags) == (["truncated"] if flagged else [])


def test_truncated_follows_what_the_decoder_recorded_not_an_estimate():
    long_output = " ".join(TGT_CUP.split() * 10)  # 400 words, no count: nothing is claimed
    assert check_truncated(SRC_CUP, long_output, MAX_NEW) == []
    (flag,) = check_truncated(SRC_CUP, TGT_CUP, MAX_NEW, token_count=40, hit_limit=True)
    assert flag["severity"] == "critical" and "stopped at its limit" in flag["detail"]
    assert check_truncated(SRC_CUP, TGT_CUP, MAX_NEW, token_count=MAX_NEW, hit_limit=False) == []


# --- contacts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tgt",
    [
        TGT_CONTACT,
        TGT_CONTACT.replace("cmueller@iom.int", "CMueller @ iom.int"),
        TGT_CONTACT.replace("+1 868 727 0244", "+1 (868) 727-0244"),
        "To see these announcements, visit http://www.iom.int/unitedstates/",
    ],
)
def test_contacts_carried_over_in_another_layout(tgt):
    src = SRC_CONTACT + " Visitez www.iom.int/unitedstates." if "visit" in tgt else SRC_CONTACT
    if "visit" in tgt:
        tgt = TGT_CONTACT + " " + tgt
    assert check_contacts(src, tgt) == []


def test_lost_contacts_are_quoted():
    src = SRC_CONTACT + " Visitez www.iom.int/unitedstates."
    tgt = "Chissey Mueller, IOM Port of Spain, Email: cmueller@iom.org, Tel. +1 868 727. Visit the website."
    assert check_contacts(src, tgt) == [
        {
            "code": "contact_lost",
            "detail": "'cmueller@iom.int', 'www.iom.int/unitedstates', '+1 868 727 0244' not in output",
            "severity": "critical",
        }
    ]


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "src,tgt",
    [
        ("Le bureau de l'OIM à Managua a lancé un projet.", "IOM's office in Managua launched a project."),
        ("Il travaille avec l'ONU et l'UNICEF.", "He works with the UN and UNICEF."),
        ("Les victimes étaient emmenées aux Etats-Unis.", "The victims were taken to the U.S."),
        (
            "Le programme couvre Haïti, la Jamaïque et les Caraïbes.",
            "The programme covers Haiti, Jamaica and the Caribbean.",
        ),
        ("Elle est menée au Pérou et en Equateur.", "It is run in Peru and Ecuador."),
        (
            "Les partenaires de Trinité-et-Tobago et de Sainte-Lucie.",
            "Partners in Trinidad and Tobago and Saint Lucia.",
        ),
        ("Une étude sur 200 Boliviennes.", "A study of 200 Bolivian women."),
        ("Le Sénat haïtien examine la loi.", "The Haitian Senate is examining the law."),
        ("Visitez le site Internet de l'OIM.", "Visit the IOM website."),
        ("La traite au XXIe siècle.", "Trafficking in the 21st century."),
        ("Plus de 150 représentants d’ONG.", "More than 150 representatives of non-governmental organizations."),
        ("Le Fonds des Nations Unies pour l'Enfance (UNICEF) aide.", "The United Nations Children’s Fund helps."),
        ("Le Ministère des affaires sociales aide.", "The Ministry of Social Affairs helps."),
    ],
)
def test_translated_names_are_not_missing(src, tgt):
    assert check_names(src, tgt) == []


@pytest.mark.parametrize(
    "src,tgt,detail",
    [
        (SRC_RICKY, TGT_RICKY.replace("Ricky Martin", "the star"), "'Ricky Martin' not in output"),
        (SRC_RICKY, TGT_RICKY.replace(" Martin", ""), "'Martin' not in output"),
        (HUMAN[8][0], HUMAN[8][1].replace(" (J/TIP)", ""), "'TIP' not in output"),
        (SRC_MONEY, TGT_MONEY.replace("the United Nations Children's Fund (UNICEF)", "UN"), "'UNICEF' not in output"),
        (HUMAN[2][0], HUMAN[2][1].replace("IOM's new", "the new"), "'OIM' not in output"),
        (SRC_PERU, TGT_PERU.replace("Ecuador", "Equator"), None),  # spelt alike: accepted
        (SRC_PERU, TGT_PERU.replace("Costa Rica, ", ""), "'Costa Rica' not in output"),
    ],
)
def test_dropped_names_are_flagged(src, tgt, detail):
    flags = check_names(src, tgt)
    assert flags == ([] if detail is None else [{"code": "name_missing", "detail": detail, "severity": "critical"}])


def test_sentence_start_and_shouting_titles_are_not_names():
    assert check_names("Structure organisationnelle", "Organisational structure") == []
    assert check_names("SENSIBILISATION À LA TRAITE", "RAISING AWARENESS OF TRAFFICKING") == []
    assert check_names("« En raison des conflits, nous agissons.", "“Because of conflicts, we act.") == []


# --- summaries -----------------------------------------------------------------------------

SOURCE_FR = f"{SRC_MONEY}\n\n{SRC_APRIL}"
SOURCE_EN = f"{TGT_MONEY}\n\n{TGT_APRIL}"
GOOD_SUMMARY = {"fr": SRC_MONEY, "en": TGT_MONEY, "method": "extractive", "model": None, "flags": []}


def test_a_faithful_summary_raises_no_flag():
    assert check_summary(GOOD_SUMMARY, SOURCE_FR, SOURCE_EN) == []
    english_only = {"fr": SRC_APRIL, "en": "IOM's embassies will meet on 19 April in Washington, D.C."}
    assert check_summary(english_only, SOURCE_FR, SOURCE_EN) == []


@pytest.mark.parametrize(
    "half,text,detail",
    [
        ("fr", "L'OIM a reçu 1,5 million de dollars.", "fr: number '1,5 million' not in the source"),
        ("fr", "Une session aura lieu le 19 mai à Washington.", "fr: date 'mai' not in the source"),
        ("en", "IOM will meet in Geneva on 19 April.", "en: name 'Geneva' not in the source"),
        ("en", "IOM received $1.6 million from Barack Obama.", "en: name 'Barack Obama' not in the source"),
        ("en", "IOM received $1.6 million in 2009.", "en: number '2009' not in the source"),
        ("en", "Contact ldoyle@iom.int.", "en: e-mail 'ldoyle@iom.int' not in the source"),
        ("en", "Call +509 3702 5066.", "en: phone '+509 3702 5066' not in the source"),
    ],
)
def test_unsupported_summary_content_is_flagged(half, text, detail):
    summary = dict(GOOD_SUMMARY, **{half: text})
    assert check_summary(summary, SOURCE_FR, SOURCE_EN) == [
        {"code": "summary_unsupported", "detail": detail, "severity": "critical"}
    ]


def test_empty_and_long_summaries():
    assert codes(check_summary(dict(GOOD_SUMMARY, en="  "), SOURCE_FR, SOURCE_EN)) == ["summary_empty"]
    n = len(SRC_MONEY.split())
    assert check_summary(GOOD_SUMMARY, SOURCE_FR, SOURCE_EN, max_words=n) == []
    assert check_summary(dict(GOOD_SUMMARY, en=None), SOURCE_FR, SOURCE_EN, max_words=n - 1) == [
        {"code": "summary_too_long", "detail": f"fr: {n} words, over the {n - 1}-word limit", "severity": "note"}
    ]


def test_one_summary_text_against_its_own_source():
    assert check_summary(TGT_APRIL, SOURCE_EN) == []
    assert check_summary("IOM met in Geneva.", SOURCE_EN) == [
        {"code": "summary_unsupported", "detail": "name 'Geneva' not in the source", "severity": "critical"}
    ]
    assert codes(check_summary("", SOURCE_EN)) == ["summary_empty"]


# --- the stage -----------------------------------------------------------------------------


def _record(rid: str = "002") -> Record:
    segments = [
        {"para": 0, "src": HUMAN[21][0], "tgt": HUMAN[21][1], "flags": []},
        {"para": 1, "src": SRC_MONEY, "tgt": TGT_MONEY.replace("1.6", "1.5"), "flags": []},
        {"para": 1, "src": SRC_RICKY, "tgt": None, "flags": []},
        {"para": 2, "src": HUMAN[11][0], "tgt": HUMAN[11][1], "flags": []},
    ]
    return Record(
        id=rid,
        source=f"data/{rid}.txt",
        title=HUMAN[21][0],
        text="...",
        translation={"title": HUMAN[21][1], "text": "...", "segments": segments},
        summary={
            "fr": "x",
            "en": "y",
            "method": "extractive",
            "model": None,
            # the summarise stage's own flag: the check stage keeps it and adds its own
            "flags": [{"code": "summary_trimmed", "detail": "summary of 5 sentences cut to 3"}],
        },
    )


def test_stage_flags_segments_and_sets_review_fields():
    failed = Record(
        id="bad",
        source="bad.txt",
        error={"stage": "translate", "type": "X", "message": "m"},
        translation={"segments": [{"para": 0, "src": "a", "tgt": None, "flags": []}]},
    )
    untranslated = Record(id="raw", source="raw.txt", text=SRC_MONEY)
    out = list(check([failed, _record(), untranslated], CFG, MAX_NEW))
    assert [r.id for r in out] == ["bad", "002", "raw"]
    bad, rec, raw = out
    segs = rec.translation["segments"]
    assert [codes(s["flags"]) for s in segs] == [[], ["number_mismatch"], ["empty"], []]
    assert rec.flag_counts == {"number_mismatch": 1, "empty": 1, "summary_trimmed": 1}
    assert rec.severity_counts == {"critical": 2, "note": 1}
    assert rec.needs_review is True
    assert bad.translation["segments"][0]["flags"] == [] and bad.flag_counts == {} and not bad.needs_review
    assert raw.translation is None and raw.flag_counts == {} and not raw.needs_review


def test_stage_is_idempotent_and_clean_records_need_no_review():
    rec = next(check([_record()], CFG, MAX_NEW))
    again = next(check([rec], CFG, MAX_NEW))
    assert again.flag_counts == {"number_mismatch": 1, "empty": 1, "summary_trimmed": 1}
    clean = _record("clean")
    clean.translation["segments"] = [clean.translation["segments"][0], clean.translation["segments"][3]]
    clean.summary["flags"] = []
    clean = next(check([clean], CFG, MAX_NEW))
    assert clean.flag_counts == {} and clean.needs_review is False


def test_stage_reads_what_the_translator_recorded():
    rec = _record()
    rec.translation["segments"][0].update(out_tokens=MAX_NEW, hit_limit=True)
    rec.translation["segments"][3].update(out_tokens=12, hit_limit=False)
    rec = next(check([rec], CFG, MAX_NEW))
    assert codes(rec.translation["segments"][0]["flags"]) == ["truncated"]
    assert rec.translation["segments"][3]["flags"] == []


def test_only_notes_do_not_need_review():
    rec = _record("notes")
    rec.translation["segments"] = [
        {
            "para": 1,
            "src": "La Terre tourne autour du Soleil depuis longtemps.",
            "tgt": "The Earth has long revolved around the Sun.",
            "flags": [],
        }
    ]
    rec = next(check([rec], CFG, MAX_NEW))
    (seg,) = rec.translation["segments"]
    assert [(f["code"], f["severity"]) for f in seg["flags"]] == [("name_missing", "note")]
    assert rec.severity_counts == {"critical": 0, "note": 2}
    assert rec.needs_review is False


def test_a_rerun_replaces_old_flags_without_severity():
    rec = _record()
    rec.translation["segments"][1]["flags"] = [
        {"code": "number_mismatch", "detail": "old"},
        {"code": "reviewer_mark", "detail": "kept"},
    ]
    rec = next(check([rec], CFG, MAX_NEW))
    assert codes(rec.translation["segments"][1]["flags"]) == ["reviewer_mark", "number_mismatch"]


def test_stage_turns_a_broken_record_into_its_error():
    broken = _record()
    broken.translation["segments"][1] = {"para": 1, "tgt": "no source"}  # malformed segment
    ok = _record("ok")
    out = list(check([broken, ok], CFG, MAX_NEW))
    assert out[0].error["stage"] == "check" and out[0].error["type"] == "KeyError"
    assert out[1].error is None and out[1].needs_review


# --- robustness ----------------------------------------------------------------------------

_TEXT = st.text(st.sampled_from(list("aéZ0189 ,.'’-+@%hx«»\u00a0")) | st.characters(), max_size=80)


@settings(max_examples=150, deadline=None)
@given(src=_TEXT, tgt=_TEXT)
def test_checks_never_fail_on_any_text(src, tgt):
    flags = check_segment(src, tgt, CFG, 16) + check_summary({"fr": src, "en": tgt}, src, tgt)
    assert all(set(f) == {"code", "detail", "severity"} and f["detail"] for f in flags)
    assert all(f["severity"] in ("critical", "note") for f in flags)


# --- truncation recorded by a real translator (both backends) ------------------------------


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_translator_records_output_tokens_and_the_limit(tiny_models, tmp_path, monkeypatch, backend):
    pytest.importorskip("torch")
    from summarise.config import TranslateSection
    from summarise.models.translate import load_translator, translate
    from summarise.text.segment import segment

    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    cfg = TranslateSection(model=tiny_models["marian"], backend=backend, num_beams=1, max_new_tokens=4, threads=1)
    translator = load_translator(cfg, "cpu")
    rec = Record(id="t", source="t.txt", title="", text=HUMAN[14][0])
    [rec] = list(translate(segment([rec], translator), translator, cfg))
    (seg,) = rec.translation["segments"]
    # random weights never end a sentence: the decoder stops at the limit
    assert seg["hit_limit"] is True and 0 < seg["out_tokens"] <= 4 and isinstance(seg["tgt"], str)
    [rec] = list(check([rec], CFG, translator.max_new_tokens))
    assert ("truncated", "critical") in [(f["code"], f["severity"]) for f in seg["flags"]]


# --- the causes of false alarms and misses measured on FLORES dev (real lines) -------------
# FLORES-101 dev (CC BY-SA 4.0) French sources with Microsoft Translator's English output.

FLORES_GOOD = [
    # U+00A0 in "9 000" and "24 septembre 1759" is a number separator, not a break
    (
        "Le 24\xa0septembre\xa01759, Arthur Guinness a signé un bail de 9\xa0000\xa0ans pour la brasserie "
        "St James' Gate à Dublin en Irlande.",
        "On September 24, 1759, Arthur Guinness signed a 9,000-year lease for St James' Gate Brewery in Dublin, Ireland.",
    ),
    # a thin space after « hides no sentence start: "Elle" is not a name
    (
        "«\u2009Elle survolera la côte ouest de la Californie du Nord et illuminera le ciel de l’Oregon, du Nevada, "
        "de l’Idaho et de l’Utah\u2009», a déclaré Tom Duxbury, directeur du projet Stardust.",
        '"It will fly over the west coast of Northern California and light up the skies of Oregon, Nevada, Idaho and '
        'Utah," said Stardust project director Tom Duxbury.',
    ),
    # ": « Je" opens a sentence
    (
        "Après le match, le roi de la terre battue a déclaré\u00a0: «\u00a0Je suis tout simplement ravi d'être de "
        "retour.\u00a0»",
        'After the match, the King of Clay said: "I\'m just delighted to be back."',
    ),
    # names translated as they should be: CLDR (Norvège), a French word (Terre, Jeux, Allemands), acronyms
    (
        "Stardust établira un nouveau record historique pour être le vaisseau spatial le plus rapide à revenir sur "
        "Terre, battant le précédent record établi en mai 1969 lors du retour du module de commande d'Apollo X.",
        "Stardust will set a new all-time record for being the fastest spacecraft to return to Earth, breaking the "
        "previous record set in May 1969 when the Apollo X command module returned.",
    ),
    (
        "Le golf et le rugby vont tous deux être réintégrés aux Jeux olympiques.",
        "Golf and rugby will both be reintegrated into the Olympic Games.",
    ),
    (
        "Après les premiers échecs militaires, Ethereld est parventu à un accord avec Olaf, pour sa part retourné en "
        "Norvège afin d'essayer de reconquérir son royaume, pour des résultats mitigés.",
        "After the first military failures, Ethereld reached an agreement with Olaf, who returned to Norway to try to "
        "reconquer his kingdom, to mixed results.",
    ),
    (
        "Les Allemands étaient très doués pour la navigation et le maniement de leurs sous-marins.",
        "The Germans were very good at navigating and handling their submarines.",
    ),
    (
        "Le PDG d'Apple, Steve Jobs, a dévoilé l'appareil en sortant l'iPhone de la poche de son jean, tandis qu'il "
        "évoluait sur la scène.",
        "Apple CEO Steve Jobs unveiled the device by pulling the iPhone out of his jeans pocket as he moved onto the stage.",
    ),
    (
        "Dans son dernier rapport mensuel, l'OPEP a déclaré que les exportations de brut étaient tombées à leur niveau "
        "le plus bas depuis deux décennies, soit 2,8 millions de barils par jour.",
        "In its latest monthly report, OPEC said crude exports fell to a two-decade low of 2.8 million barrels per day.",
    ),
    (
        "Schumacher, qui a pris sa retraite en\xa02006 après avoir remporté sept fois le championnat de Formule\xa01, "
        "devait remplacer Felipe Massa, blessé.",
        "Schumacher, who retired in 2006 after winning the Formula One championship seven times, was due to replace "
        "the injured Felipe Massa.",
    ),
    # codes compared as whole tokens
    (
        "Le tombeau de Toutankhamon (KV62). KV62 est peut-être la plus célèbre des tombes de la vallée.",
        "The tomb of Tutankhamun (KV62). KV62 is perhaps the most famous of the Valley Tombs.",
    ),
    (
        "Le Twin Otter avait essayé d'atterrir à Kokoda hier sous le nom de vol Airlines PNG CG4684, mais avait déjà "
        "échoué une fois.",
        "The Twin Otter had tried to land in Kokoda yesterday under the name Airlines PNG flight CG4684, but had "
        "already failed once.",
    ),
    # times, amounts, approximations
    (
        "A 11 h 29, la manifestation s'est déplacée vers Whitehall, devant Trafalgar Square.",
        "At 11.29am, the demonstration moved to Whitehall, past Trafalgar Square.",
    ),
    (
        "Jesus, 21\xa0ans, a rejoint Manchester City l’année dernière en janvier 2017, en provenance du club brésilien "
        "Palmeiras, pour un montant annoncé de 27\xa0millions de livres sterling.",
        "Jesus, 21, joined Manchester City last year in January 2017 from Brazilian club Palmeiras for a reported £27m.",
    ),
    (
        "L'émission de PBS a reçu plus d'une vingtaine d'Emmy Awards.",
        "The PBS show has received more than 20 Emmy Awards.",
    ),
]


@pytest.mark.parametrize("src,tgt", FLORES_GOOD, ids=[f"flores{i}" for i in range(len(FLORES_GOOD))])
def test_flores_causes_raise_no_critical_flag(src, tgt):
    assert [f for f in check_segment(src, tgt, CFG, MAX_NEW) if f["severity"] == "critical"] == []


def test_a_name_of_the_source_that_is_a_french_word_is_only_a_note():
    src, tgt = FLORES_GOOD[3]
    flags = check_names(src, tgt.replace("Earth", "the ground"))
    assert [(f["code"], f["severity"]) for f in flags] == [("name_missing", "note")]
    assert "may be translated" in flags[0]["detail"]


def test_a_name_dropped_at_a_sentence_start_is_critical():
    src = "Nadal a amassé 88\xa0% de points nets dans le match, remportant 76 points au premier service."
    tgt = "He won 88% net points in the match, winning 76 points on first serve."
    assert [(f["detail"], f["severity"]) for f in check_names(src, tgt)] == [("'Nadal' not in output", "critical")]


def test_a_prefixed_form_no_list_holds_is_a_word_at_a_sentence_start_not_a_name():
    """'Entreveían' (they glimpsed) is 'entre' + 'veían': no name to find in the output."""
    src = "Entreveían las aplicaciones científicas, pero nada más."
    assert check_names(src, "They glimpsed the scientific applications, but nothing more.", "es") == []


@pytest.mark.parametrize(
    "lang,src,good,name",
    [
        # a surname that begins with a French word and goes on with no ending of the language
        (
            "fr",
            '"Ce bâtiment est un projet modèle en matière d\'écologie", confie Trouborst.',
            '"This building is a model project in terms of ecology," says Trouborst.',
            "Trouborst",
        ),
        # a surname that ends with a Spanish word after no word of the language
        ("es", "El alcalde Zampino dimitió el lunes.", "Mayor Zampino resigned on Monday.", "Zampino"),
        # an acronym whose lower case is a function word ("esa": that)
        (
            "es",
            "Polonia había iniciado una estrecha colaboración con la ESA en 1994.",
            "Poland had begun close collaboration with ESA in 1994.",
            "ESA",
        ),
    ],
)
def test_a_name_that_only_looks_built_of_words_of_the_language_is_critical(lang, src, good, name):
    """What a reviewer sees: the dropped name as a critical flag, not a note that it may be translated."""
    assert check_names(src, good, lang) == []
    dropped = re.sub(rf" (?:with )?{name}\b", "", good)
    assert [(f["detail"], f["severity"]) for f in check_names(src, dropped, lang)] == [
        (f"'{name}' not in output", "critical")
    ]


def test_a_repeated_number_is_a_loop_and_a_loop_is_not_excused_by_another_phrase():
    src = FLORES_GOOD[0][0]
    assert codes(check_repetition(src, "The Panama Papers leaked in 2016 2016 2016 2016.")) == ["repetition"]
    src = "la traite des femmes, la traite des enfants, la traite des hommes"  # repeats "la traite des" 3 times
    assert codes(check_repetition(src, "trafficking in women in women in women in women")) == ["repetition"]


def test_a_name_after_a_title_is_checked():
    src = (
        "M. Costello a déclaré qu'alors que la production d’énergie nucléaire devient économiquement viable, "
        "l'Australie a tout intérêt à poursuivre son utilisation."
    )
    flags = check_names(
        src,
        "He said that as nuclear power generation becomes economically viable, Australia "
        "has a vested interest in continuing its use.",
    )
    assert [(f["detail"], f["severity"]) for f in flags] == [("'Costello' not in output", "critical")]


def test_contacts_are_compared_as_whole_tokens():
    assert codes(check_contacts(SRC_CONTACT, TGT_CONTACT.replace("cmueller@iom.int", "xcmueller@iom.int.org"))) == [
        "contact_lost"
    ]
    assert codes(check_contacts(SRC_CONTACT, TGT_CONTACT.replace("0244", "02445"))) == ["contact_lost"]


def test_a_year_range_in_brackets_is_not_a_phone():
    src = "Guru Nanak (1469-1539) a fondé le sikhisme."
    assert checks.contacts(src)["phones"] == [] and check_contacts(src, "Guru Nanak founded Sikhism.") == []


@pytest.mark.parametrize(
    "src,tgt,flagged",
    [
        ("Il n'a pas signé l'accord.", "He signed the agreement.", True),
        ("Il n'a pas signé l'accord.", "He did not sign the agreement.", False),
        ("Il n'a pas signé l'accord.", "He failed to sign the agreement.", False),
        ("N'hésitez pas à nous contacter.", "Feel free to contact us.", False),  # an idiom, not a negation
        (
            "Fred est le cyclone le plus violent jamais enregistré.",
            "Fred is the strongest cyclone ever recorded.",
            False,
        ),
        ("Une étendue sans limites.", "A boundless expanse.", False),
    ],
)
def test_negation_lost(src, tgt, flagged):
    assert codes(checks.check_negation(src, tgt)) == (["negation_lost"] if flagged else [])


@pytest.mark.parametrize(
    "tgt,flagged",
    [
        ("IOM launched a campaign to raise awareness of", True),  # cut: short and ends on "of"
        (TGT_CUP, False),
        (TGT_CUP.rstrip("."), False),  # only the full stop left out
    ],
)
def test_incomplete_output(tgt, flagged):
    assert codes(checks.check_incomplete(SRC_CUP, tgt)) == (["incomplete"] if flagged else [])


# FLORES dev lines where an English word that negates by itself translates a French one
# ("refusé" -> "refused", "indisponibles" -> "unavailable"): it does not stand for the
# "ne ... pas" that the output dropped.
KYOTO = (
    "L’ancien gouvernement conservateur australien a refusé de ratifier Kyoto, affirmant que cela nuirait à "
    "l’économie en raison de sa forte dépendance aux exportations de charbon, tandis que des pays comme l’Inde "
    "et la Chine n’étaient pas contraints par des objectifs d’émissions.",
    "Australia's former conservative government refused to ratify Kyoto, saying it would hurt the economy due "
    "to its heavy reliance on coal exports, while countries like India and China were not constrained by "
    "emissions targets.",
)
PHONE = (
    "Si vous n’avez pas de connexion de données sur votre téléphone, ou s’il est hors de portée, ses "
    "performances peuvent être limitées ou indisponibles.",
    "If you don't have a data connection on your phone, or if it's out of range, its performance may be "
    "limited or unavailable.",
)


@pytest.mark.parametrize(
    "src,tgt,flagged",
    [
        (*KYOTO, False),
        (KYOTO[0], KYOTO[1].replace("were not constrained", "were constrained"), True),
        (*PHONE, False),
        (PHONE[0], PHONE[1].replace("don't", "do"), True),
        # an English word that negates by itself with no French one beside it may carry the "ne ... pas"
        ("Une région du monde que vous ne connaissez pas.", "An unfamiliar part of the world.", False),
    ],
)
def test_a_negating_word_that_translates_one_of_the_source_is_no_negation(src, tgt, flagged):
    assert codes(checks.check_negation(src, tgt)) == (["negation_lost"] if flagged else [])


PIQUET = (
    "Piquet Jr. a été limogé après le Grand Prix de Hongrie 2009.",
    "Piquet Jr. was sacked after the 2009 Hungarian Grand Prix.",
)
METRO = (
    "MetroRail propose deux classes dans les trains de banlieue du Cap et de ses environs : MetroPlus "
    "(également appelée première classe) et Metro (appelée troisième classe).",
    "MetroRail offers two classes on commuter trains in and around Cape Town: MetroPlus (also known as first "
    "class) and Metro (also known as third class).",
)
CIRQUE = (
    "Les festivités ont débuté par un spectacle spécial du groupe de renommée mondiale Cirque du Soleil.",
    "The festivities kicked off with a special show from the world-renowned Cirque du Soleil group.",
)


def critical_names(src: str, tgt: str) -> list[str]:
    return [f["detail"] for f in check_names(src, tgt) if f["severity"] == "critical"]


def test_names_by_their_form_are_names_at_a_sentence_start():
    # a French word ("piquet") first in the sentence, but a generational suffix follows it;
    # a capital inside a word ("MetroRail")
    assert critical_names(*PIQUET) == []
    assert critical_names(PIQUET[0], PIQUET[1].replace("Piquet ", "")) == ["'Piquet' not in output"]
    assert critical_names(*METRO) == []
    assert critical_names(METRO[0], METRO[1].replace("MetroRail", "The company")) == ["'MetroRail' not in output"]


def test_a_name_is_not_found_in_another_with_the_same_start():
    assert critical_names(METRO[0], METRO[1].replace("MetroPlus ", "")) == ["'MetroPlus' not in output"]
    assert checks.name_found("Bolivie", "in Bolivia") and checks.name_found("Olympiques", "the Olympic Games")


def test_the_rest_of_a_name_kept_as_written_was_dropped():
    # "Cirque" and "Soleil" are French words, but the output keeps the name in French
    assert critical_names(*CIRQUE) == []
    assert critical_names(CIRQUE[0], CIRQUE[1].replace(" Soleil", "")) == ["'Soleil' not in output"]
    assert critical_names(CIRQUE[0], CIRQUE[1].replace("Cirque ", "")) == ["'Cirque' not in output"]
    # a name with an English form is translated, the words kept beside it prove nothing
    assert critical_names(*PIQUET) == []


# --- per source language: a real FLORES pair on each side of each rule ---------------------
# (source language, source, good English, corrupted English, the code the corruption raises).
# The sources and good outputs are FLORES-101 dev lines and real systems' outputs (HTML
# entities decoded); each corruption changes one thing.

ES_PANAMA = (
    "La expresión genérica «Papeles de Panamá» se refiere a los casi diez millones de documentos del "
    "despacho de abogados panameño Mossack Fonseca que se filtraron en los medios en la primavera de 2016."
)
EN_PANAMA = (
    "The generic expression “Panama Papers” refers to the nearly ten million documents from the Panamanian "
    "law firm Mossack Fonseca that were leaked to the media in the spring of 2016."
)
AR_PANAMA = (
    '"وثائق بنما" هو مصطلح شامل لما يقرب من عشرة ملايين وثيقة من شركة المحاماة البنمية موساك فونسيكا، '
    "تم تسريبها للصحافة في ربيع عام 2016."
)
ES_BATTEN = (
    "Batten alcanzó la posición 190 dentro del listado de los 400 norteamericanos más acaudalados de 2008, "
    "con una fortuna que se estima en $2300 millones de dólares."
)
EN_BATTEN = (
    "Batten reached position 190 on the list of the 400 richest Americans of 2008, with a fortune "
    "estimated at $2.3 billion."
)
AR_BATTEN = "احتل باتن المركز 190 على قائمة أكثر 400 أمريكي ثراءً لعام 2008 بثروة تبلغ حوالي 2.3 مليار دولار أمريكي."
AR_EN_BATTEN = (
    "Patten ranked 190th on the 2008 list of the 400 richest Americans with a fortune of approximately US$2.3 billion."
)
ES_STARDUST = (
    "Stardust impondrá un nuevo récord histórico por ser la nave espacial más rápida en retornar a la "
    "tierra, batiendo el anterior de mayo de 1969, que había sido alcanzado durante el regreso del módulo "
    "de comando Apolo X."
)
EN_STARDUST = (
    "Stardust will set a new all-time record for being the fastest spacecraft to return to Earth, beating "
    "the previous one from May 1969, which had been reached during the return of the Apollo X command "
    "module."
)
AR_STARDUST = (
    "سوف تحقْق ستاردست رقماً قياسياً جديداً على الإطلاق لكونها أسرع مركبة فضائية تعود إلى الأرض، محطّمةً "
    "الرّقم القياسي السّابق الذي تمّ تسجيله في شهر أَيَّار عام 1969 أثناء عودة وحدة قيادة أبولو إكس."
)
AR_EN_STARDUST = (
    "Stardust will set a new all-time record for being the fastest spacecraft to return to Earth, "
    "breaking the previous record set in May 1969 during the return of the Apollo X command module."
)
ES_MONDAY = (
    "El lunes, los científicos de la facultad de medicina de la Universidad de Stanford anunciaron el invento "
    "de una nueva herramienta de diagnóstico que puede catalogar las células según su tipo."
)
EN_MONDAY = (
    "On Monday, scientists at the Stanford University School of Medicine announced the invention of a new "
    "diagnostic tool that can classify cells by type."
)
ES_TURKEY = (
    "El territorio de Turquía tiene más de 1600 kilómetros de largo (1000 mi), 800 km de ancho (500 mi) y "
    "tiene una forma más o menos rectangular."
)
EN_TURKEY = (
    "The territory of Turkey is more than 1,600 kilometers long (1,000 mi), 800 km wide (500 mi), and roughly "
    "rectangular in shape."
)
AR_TURKEY = (
    "يبلغ طول منطقة تركيا يصل أكثر من 1600 كيلومتر (1000 ميل) وعرضها 800 كيلومتر (500 ميل) ولها هيئة تشبه المستطيل."
)
AR_EN_TURKEY = (
    "Turkey's region is more than 1,600 kilometers (1,000 mi) long and 800 kilometers (500 mi) wide and "
    "has a rectangular shape."
)
ES_KONAMI = (
    "La distribuidora de videojuegos Konami manifestó hoy en un periódico de Japón que Six days en Fallujah no "
    "será sacado al mercado."
)
EN_KONAMI = (
    "The video game distributor Konami said today in a Japanese newspaper that Six days in Fallujah will not "
    "be released."
)
AR_KONAMI = (
    'صرحت كونامي، ناشرة اللعبة، اليوم في إحدى الصحف اليابانية بأن الشركة لن تطلق لعبة "االأيام الستة" في الفلوجة.'
)
AR_EN_KONAMI = (
    "Konami, the game's publisher, stated today in a Japanese newspaper that the company will not release "
    'the game "Six Days in Fallujah."'
)
FR_MARS = "Le 3 mars, les élèves ont quitté l'école plus tôt."
EN_MARS = "On 3 March, the pupils left school early."

LANGUAGE_CASES = [
    # dates: a month, a day next to a month, a weekday
    ("es", ES_STARDUST, EN_STARDUST, EN_STARDUST.replace("May", "March"), "date_mismatch"),
    ("ar", AR_STARDUST, AR_EN_STARDUST, AR_EN_STARDUST.replace("May", "July"), "date_mismatch"),
    ("fr", FR_MARS, EN_MARS, EN_MARS.replace("3 March", "March 13"), "date_mismatch"),
    ("es", ES_MONDAY, EN_MONDAY, EN_MONDAY.replace("Monday", "Tuesday"), "date_mismatch"),
    # scale, read with the source language's words and separators
    ("es", ES_BATTEN, EN_BATTEN, EN_BATTEN.replace("billion", "million"), "number_mismatch"),
    ("ar", AR_BATTEN, AR_EN_BATTEN, AR_EN_BATTEN.replace("billion", "million"), "number_mismatch"),
    ("es", ES_PANAMA, EN_PANAMA, EN_PANAMA.replace("ten million", "ten thousand"), "number_mismatch"),
    ("ar", AR_PANAMA, EN_PANAMA, EN_PANAMA.replace("ten million", "ten thousand"), "number_mismatch"),
    # number words
    ("ar", AR_PANAMA, EN_PANAMA, EN_PANAMA.replace("ten", "twelve"), "number_mismatch"),
    # units and currencies
    ("es", ES_TURKEY, EN_TURKEY, EN_TURKEY.replace("800 km", "800 feet"), "unit_mismatch"),
    ("ar", AR_TURKEY, AR_EN_TURKEY, AR_EN_TURKEY.replace("800 kilometers", "800 feet"), "unit_mismatch"),
    ("ar", AR_BATTEN, AR_EN_BATTEN, AR_EN_BATTEN.replace("US$", "€"), "unit_mismatch"),
    # negation dropped, and added
    ("es", ES_KONAMI, EN_KONAMI, EN_KONAMI.replace("will not be", "will be"), "negation_lost"),
    ("ar", AR_KONAMI, AR_EN_KONAMI, AR_EN_KONAMI.replace("will not release", "will release"), "negation_lost"),
    ("es", ES_MONDAY, EN_MONDAY, EN_MONDAY.replace("can classify", "cannot classify"), "negation_added"),
    ("ar", AR_STARDUST, AR_EN_STARDUST, AR_EN_STARDUST.replace("will set", "will not set"), "negation_added"),
    # omission: most of the sentence gone, under the length ratio too (one flag says both)
    ("es", ES_PANAMA, EN_PANAMA, "The generic expression “Panama Papers” refers to documents.", "length_ratio"),
    ("ar", AR_STARDUST, AR_EN_STARDUST, "Stardust will set a new record.", "length_ratio"),
    # left untranslated: the Arabic source copied, an output in Arabic letters
    ("ar", AR_KONAMI, AR_EN_KONAMI, AR_KONAMI, "untranslated"),
    # names in Latin letters in an Arabic source
    (
        "ar",
        "ستكون المدينة الأولى التي تستضيف CowParade هذا العام.",
        "It will be the first city to host CowParade this year.",
        "It will be the first city to host the event this year.",
        "name_missing",
    ),
]


def _critical_codes(src: str, tgt: str, lang: str) -> set[str]:
    return {f["code"] for f in check_segment(src, tgt, CFG, MAX_NEW, lang=lang) if f["severity"] == "critical"}


@pytest.mark.parametrize(
    "lang, src, good, bad, code", LANGUAGE_CASES, ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(LANGUAGE_CASES)]
)
def test_each_class_per_source_language(lang, src, good, bad, code):
    assert _critical_codes(src, good, lang) == set()
    assert code in _critical_codes(src, bad, lang)


@pytest.mark.parametrize(
    "src, tgt",
    [
        # sentence-initial function words and Spanish place names are no names lost
        (
            "Los huesos fósiles de las manos de dos a tres millones de años de antigüedad evidencian este cambio.",
            "Fossil hand bones two to three million years old provide evidence of this change.",
        ),
        (
            "Por su parte, Alemania y Estados Unidos firmaron el acuerdo.",
            "For their part, Germany and the United States signed the agreement.",
        ),
        ("El Sr. Rudd decidió firmar el protocolo.", "Mr. Rudd decided to sign the protocol."),
    ],
)
def test_spanish_function_words_and_places_are_not_names_lost(src, tgt):
    assert _critical_codes(src, tgt, "es") == set()


@pytest.mark.parametrize(
    "src, tgt",
    [
        (
            "كشفت الوثائق مساعدة أربعة عشر مصرفاً لعملاء أثرياء على إخفاء ثروات تقدّر بمليارات الدولارات.",
            "The documents revealed that fourteen banks helped wealthy clients hide billions of dollars in wealth.",
        ),
        ("حضر ١٠٤٬٥٠٠ شخص الحفل في ٣ مارس.", "104,500 people attended the ceremony on March 3."),
        ("لا يزال للنيتروجين كغاز نفس الخصائص.", "Nitrogen as a gas still has the same properties."),
        # "ل" before a verbal noun written without its hamza ("لاتمام", to complete) is no "لا"
        # joined to a verb: no negation was lost
        (
            "سعت الحكومة لاتمام المشروع قبل نهاية العام.",
            "The government sought to complete the project before the end of the year.",
        ),
    ],
)
def test_arabic_numbers_words_and_idioms_read(src, tgt):
    assert _critical_codes(src, tgt, "ar") == set()


@pytest.mark.parametrize(
    "src, good, bad",
    [
        # TED talks (IWSLT17, real MT): the nisba of a number ("ثلاثي الأبعاد", three-dimensional) says
        # it; the user saw "'three' not in source" on a faithful "three-dimensional scanner"...
        (
            "في نهاية المطاف، استخدمنا ماسحا ضوئي ثلاثي الأبعاد.",
            "Eventually, we used a three-dimensional scanner.",
            "Eventually, we used a four-dimensional scanner.",
        ),
        (
            "لكن رؤية الأشياء وحيدها غير كافية، بعد ثانية سيقوم شريكي بمكالمة ثلاثية الأبعاد -- ؟",
            "But seeing things alone is not enough, in a second my partner will make a 3D call --?",
            "But seeing things alone is not enough, in a second my partner will make a 5D call --?",
        ),
        # ...and "the output speaks of 10^6" on "a city of millions" for "مدينة مليونية"
        (
            "والمرة القادمة لحدوث هذا , يمكن أن يحدث في مدينة مليونية , يمكن أن يبدأ هناك .",
            "And the next time this happens, which could happen in a city of millions, it could start there.",
            "And the next time this happens, which could happen in a city of billions, it could start there.",
        ),
    ],
)
def test_an_arabic_nisba_of_a_number_says_the_number(src, good, bad):
    assert _critical_codes(src, good, "ar") == set()
    assert "number_mismatch" in _critical_codes(src, bad, "ar")


def test_the_stage_reads_the_record_language():
    record = Record(
        id="1",
        source="t",
        lang="es",
        translation={
            "segments": [{"para": 1, "src": ES_KONAMI, "tgt": EN_KONAMI.replace("will not be", "will be"), "flags": []}]
        },
    )
    out = next(iter(check([record], CFG, MAX_NEW)))
    assert out.needs_review and "negation_lost" in out.flag_counts


@pytest.mark.parametrize(
    "summary, unsupported",
    [
        ("Las ventas llegaron en marzo a 2 millones de euros.", None),
        ("Las ventas llegaron en octubre a 2 millones de euros.", "date"),
        ("Las ventas llegaron en marzo a 2 mil millones de euros.", "number"),
        ("Las ventas llegaron en marzo a miles de millones de euros.", "scale"),
    ],
)
def test_summary_read_in_the_source_language(summary, unsupported):
    source = "En marzo, las ventas de la empresa llegaron a 2 millones de euros, según el informe anual."
    flags = check_summary(summary, source, lang="es")
    details = " ".join(f["detail"] for f in flags if f["code"] == "summary_unsupported")
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


# A summary in the release's own language may abbreviate what the release spells out, and put
# a word it writes in the plural; a name or acronym the release has in no form is still flagged.
@pytest.mark.parametrize(
    "summary, source, unsupported",
    [
        ("Déclaration du DG de l'OIM sur le naufrage.", 0, None),
        ("Déclaration du DGA de l'OIM sur le naufrage.", 0, "name 'DGA'"),
        ("La réforme de la DGC a été votée.", 1, None),
        ("La réforme de la DGF a été votée.", 1, "name 'DGF'"),
        ("Rapport de la Mission d'Etablissements des faits.", 2, None),
        ("Rapport de la Mission d'Enquêtes des faits.", 2, "name 'Enquêtes'"),
    ],
)
def test_summary_may_abbreviate_what_the_release_spells_out(summary, source, unsupported):
    release = [
        "Le Directeur général de l'OIM s'est exprimé sur le naufrage.",
        "La réforme de la Dotation Générale aux Communes a été votée.",
        "La Mission conjointe d'Etablissement des Faits a publié son rapport.",
    ][source]
    details = " ".join(f["detail"] for f in check_summary(summary, release) if f["code"] == "summary_unsupported")
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


# A number or a month is said of something: one the release gives for another thing is not supported.
@pytest.mark.parametrize(
    "summary, unsupported",
    [
        ("Le vote a compté 18 abstentions.", None),
        ("Le vote a compté 14 abstentions.", "number '14' beside"),
        ("Le vote a eu lieu.", None),
        ("Il y en avait 14.", None),  # no content word beside it to place it: read as before
        ("Le vote des abstentions a eu lieu en mars.", None),
        ("Les experts sont venus de Genève en mars.", "date 'mars' beside"),  # the vote's month
    ],
)
def test_summary_number_or_month_must_be_said_of_the_same_thing(summary, unsupported):
    release = "La réunion a réuni 14 experts venus de Genève en janvier. Le vote a compté 18 abstentions en mars."
    details = " ".join(f["detail"] for f in check_summary(summary, release) if f["code"] == "summary_unsupported")
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


# A summary's first word is a name when it is no common word of its language: a dateline place.
@pytest.mark.parametrize(
    "summary, unsupported",
    [
        ("Berne, le 3 mars - Le Conseil a décidé.", None),
        ("Toronto, le 3 mars - Le Conseil a décidé.", "name 'Toronto'"),
        ("Questions et réponses : le Conseil a décidé.", None),  # a word of French, not a name
    ],
)
def test_summary_first_word_is_read_as_a_name(summary, unsupported):
    release = "Berne, le 3 mars 2021 - Le Conseil a décidé de publier les pétitions."
    details = " ".join(f["detail"] for f in check_summary(summary, release) if f["code"] == "summary_unsupported")
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


# A name the release gives must be said of what the release says of it: a name swapped for
# another name of the same release is flagged, the same person named with other role words is
# not. The release is a real one of the corpus (a tune item: two officials and a director).
REALWORLD = Path(__file__).parent / "fixtures" / "realworld"
QUEBEC_RELEASE = "\n\n".join(
    json.loads((REALWORLD / "newswire_quebec_securite_publique_melee.gold.json").read_text(encoding="utf-8"))["body"]
)


@pytest.mark.parametrize(
    "summary, misattributed",
    [
        ("Mme Véronique Girard, directrice générale du SQUAT Basse-Ville, accompagnera le ministre.", None),
        ("M. Bruno Marchand, directeur général du SQUAT Basse-Ville, accompagnera le ministre.", "Bruno Marchand"),
        ("Véronique Girard, qui dirige le SQUAT Basse-Ville, sera présente.", None),  # other words, same role
        (  # the minister's role in other words than the release's long apposition
            "Le titulaire de la Sécurité publique, Ian Lafrenière, annonce une aide pour la prévention de la "
            "criminalité chez les jeunes.",
            None,
        ),
    ],
)
def test_a_name_must_be_said_of_what_the_release_says_of_it(summary, misattributed):
    details = " ".join(
        f["detail"] for f in check_summary(summary, QUEBEC_RELEASE) if f["code"] == "summary_unsupported"
    )
    assert (misattributed is None and not details) or (
        misattributed is not None and f"name {misattributed!r} beside" in details and "said of" in details
    )


def _release(name: str) -> str:
    return "\n\n".join(json.loads((REALWORLD / f"{name}.gold.json").read_text(encoding="utf-8"))["body"])


# A date in figures gives a day, a month and a year: its month field is the month, not a number,
# and a line that is only a date dates the whole release. The release (a tune item) opens with
# "27/03/2020." and names March only beside another day.
@pytest.mark.parametrize(
    "summary, unsupported",
    [
        ("España. Medidas adoptadas el 27 de marzo por la crisis del COVID-19", None),  # its headline
        ("Medidas adoptadas el 27/03/2020 por la crisis del COVID-19", None),
        ("España. Medidas adoptadas el 3 de marzo por la crisis del COVID-19", "number '3'"),  # "03" is March
        ("España. Medidas adoptadas el 27 de abril por la crisis del COVID-19", "date 'abril'"),
        ("Medidas adoptadas el 27/04/2020 por la crisis del COVID-19", "date '27/04/2020'"),
    ],
)
def test_a_date_in_figures_gives_its_month_and_dates_the_release(summary, unsupported):
    release = _release("es_blogasuntospublicos_medidas_covid")
    details = " ".join(
        f["detail"] for f in check_summary(summary, release, lang="es") if f["code"] == "summary_unsupported"
    )
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


# A day beside a month is a date: it must be one of the release's dates in that month, even when
# the number is in the release beside the same words ("10 ans" in the dateline's sentence).
@pytest.mark.parametrize(
    "day, unsupported",
    [("11", None), ("10", "date 10 'avril'")],
)
def test_a_day_beside_a_month_must_be_a_date_of_the_release(day, unsupported):
    release = _release("unicef_fr_mediterranee")
    summary = f"Athènes/Genève, le {day} avril 2024 – Trois fillettes âgées de 5, 7 et 10 ans ont perdu la vie."
    details = " ".join(f["detail"] for f in check_summary(summary, release) if f["code"] == "summary_unsupported")
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


def test_a_bare_year_after_a_split_is_no_date_line():
    # "... DEPUIS LE 5 DÉC. 2019" splits after "DÉC.": the "2019" left alone dates nothing
    release = _release("fr_infocomcgt_caisse_solidarite")
    assert check_summary("Montant de la caisse de grève depuis 2016", release) == []
    assert "number '2019' beside" in check_summary("Montant de la caisse de grève depuis 2019", release)[0]["detail"]


# A title-case sentence ("Hablar Más Fuerte Para Combatir") capitalises common words: they are
# read as a sentence's first word is (a name only when rare); a real name in it is still read.
@pytest.mark.parametrize(
    "summary, unsupported",
    [
        ("UNICEF Insta a Hablar Más Fuerte Para Combatir la Violencia Contra Niños", None),  # its headline
        ("UNICEF y Bachelet Instan a Hablar Más Fuerte Para Combatir la Violencia Contra Niños", "Bachelet"),
        ("UNICEF insta a hablar con más Fuerte para combatir la violencia contra los niños", "name 'Fuerte'"),
    ],
)
def test_title_case_capitals_are_no_names(summary, unsupported):
    release = _release("es_unicefusa_violencia_ninos")
    details = " ".join(
        f["detail"] for f in check_summary(summary, release, lang="es") if f["code"] == "summary_unsupported"
    )
    assert (unsupported is None and not details) or (unsupported is not None and unsupported in details)


ES_OFFICIALS = (
    "La ministra de Sanidad, Carolina Darias, presentó ayer el plan nacional de vacunación contra la gripe. "
    "El alcalde de Sevilla, Antonio Muñoz, inauguró el nuevo puente sobre el río Guadalquivir."
)
EN_OFFICIALS = (
    "Health Minister Carolina Darias yesterday presented the national flu vaccination plan. "
    "The mayor of Seville, Antonio Muñoz, opened the new bridge over the Guadalquivir river."
)


@pytest.mark.parametrize(
    "es, en, flagged",
    [
        (
            "Carolina Darias, titular de Sanidad, presentó el plan de vacunación contra la gripe.",
            "Carolina Darias, head of Health, presented the flu vaccination plan.",
            [],
        ),
        (
            "El alcalde de Sevilla, Carolina Darias, inauguró el nuevo puente sobre el río.",
            "The mayor of Seville, Carolina Darias, opened the new bridge over the river.",
            ["es", "en"],
        ),
    ],
)
def test_misattribution_is_read_on_both_halves(es, en, flagged):
    summary = {"src": es, "lang": "es", "en": en, "method": "extractive", "model": None, "flags": []}
    flags = check_summary(summary, ES_OFFICIALS, EN_OFFICIALS, lang="es")
    halves = [
        f["detail"][:2] for f in flags if f["code"] == "summary_unsupported" and "said of 'Antonio" in f["detail"]
    ]
    assert halves == flagged


# A name of the release moved to another fact of it: a summary sentence's name must be in the
# release sentences that say the rest of the sentence, and not where the release writes the same
# words around another name. Real releases of the corpus (tune items); the good summaries name the
# same people, in the release's words or in others.
ETHIOPIA = "fr_infocommunication_ua_ethiopie_desalegn"
ETHIOPIA_LEAD = (
    "Le Président de la Commission de l'Union africaine, Moussa Faki Mahamat, a été reçu cet après-midi par le "
    "Premier ministre de la République fédérale démocratique d'Ethiopie, Hailemariam Desalegn."
)
UNICEF_LEAD = (
    "S'exprimant lors de la première session du Conseil d'administration de l'UNICEF cette année, la directrice "
    "générale de l'agence onusienne, Catherine Russell, a déclaré que le Fonds se préparait à l'éventualité de "
    "devoir faire face à de nouveaux défis."
)
MAY_DAY = (
    "Se trata de los delegados de otras naciones que vienen a celebrar, junto a nuestro pueblo, el Día "
    "Internacional de los Trabajadores"
)


@pytest.mark.parametrize(
    "release, lang, summary, detail",
    [
        (ETHIOPIA, "fr", ETHIOPIA_LEAD, None),
        (  # the same people in other words
            ETHIOPIA,
            "fr",
            "Le président de la Commission de l'Union africaine, Moussa Faki Mahamat, a été reçu par le Premier "
            "ministre éthiopien, Hailemariam Desalegn.",
            None,
        ),
        (  # the two people swapped: the release writes these words of the other
            ETHIOPIA,
            "fr",
            ETHIOPIA_LEAD.replace("Moussa Faki Mahamat", "X")
            .replace("Hailemariam Desalegn", "Moussa Faki Mahamat")
            .replace("X", "Hailemariam Desalegn"),
            "name 'Hailemariam Desalegn': the release says these words of 'Moussa Faki Mahamat,'",
        ),
        ("fr_lecourrier_unicef_aide_humanitaire", "fr", UNICEF_LEAD, None),
        (  # the director put in the place of her agency
            "fr_lecourrier_unicef_aide_humanitaire",
            "fr",
            UNICEF_LEAD.replace("l'UNICEF cette", "l'Mme Russell cette"),
            "name 'Russell': the release says these words of \"l'UNICEF\"",
        ),
        ("es_juventudrebelde_desfile", "es", MAY_DAY, None),
        (  # a place of another sentence of the release put in the holiday's place
            "es_juventudrebelde_desfile",
            "es",
            MAY_DAY.replace("Día Internacional", "Artemisa"),
            "name 'Artemisa': not in the release sentences that say the rest",
        ),
    ],
)
def test_a_name_must_be_in_the_release_sentences_that_say_the_rest(release, lang, summary, detail):
    details = " ".join(
        f["detail"] for f in check_summary(summary, _release(release), lang=lang) if f["code"] == "summary_unsupported"
    )
    assert (detail is None and not details) or (detail is not None and detail in details)


# Causes of false alarms found on FLORES (the tune half and the open held-out part), one case
# each, in sentences written for the test: (lang, source, a correct output that must pass, an
# output with the error the check is for, the flag it must raise).
FALSE_ALARM_CAUSES = [
    # Arabic writes prepositions as prefixes of the negating noun: "بعدم" (by not: "decided not to")
    (
        "ar",
        "قررت اللجنة في اجتماعها الأخير بعدم تمديد العقد مع الشركة الأجنبية.",
        "At its last meeting the committee decided not to extend the contract with the foreign company.",
        "At its last meeting the committee decided to extend the contract with the foreign company.",
        "negation_lost",
    ),
    (
        "ar",
        "قررت اللجنة في اجتماعها الأخير تمديد العقد مع الشركة الأجنبية.",
        "At its last meeting the committee decided to extend the contract with the foreign company.",
        "At its last meeting the committee decided not to extend the contract with the foreign company.",
        "negation_added",
    ),
    # "غير أن" is "however", "فقط" is "only" (not "قط", never), "غيرت" is "changed"
    (
        "ar",
        "غير أن المتحدث أكد أن الشركة غيرت خطتها وستفتح فرعاً جديداً في العاصمة فقط.",
        "However, the spokesman confirmed that the company changed its plan and will open a new branch only in the capital.",
        "However, the spokesman confirmed that the company changed its plan and will not open a new branch in the capital.",
        "negation_added",
    ),
    # an idiom ends where its last word ends: "لا تقلل" (do not underestimate) is no "لا تقل عن"
    (
        "ar",
        "إذا كنت تسافر إلى بلد جديد لأول مرة، فلا تقلل من أهمية التحضير الجيد للرحلة.",
        "If you are travelling to a new country for the first time, do not underestimate good preparation for the trip.",
        "If you are travelling to a new country for the first time, underestimate good preparation for the trip.",
        "negation_lost",
    ),
    # "لا" before an adjective of relation is a prefix ("لا نهائي", infinite); before a verb, a negation
    (
        "ar",
        "مع وجود عدد لا نهائي من الاحتمالات، لا يمكن للمسافر أن يختار بسرعة.",
        "With an infinite number of possibilities, the traveller cannot choose quickly.",
        "With an infinite number of possibilities, the traveller can choose quickly.",
        "negation_lost",
    ),
    (
        "ar",
        "الشركة لا تبيع هذا المنتج في الأسواق الأوروبية منذ عام 2015.",
        "The company has not sold this product on European markets since 2015.",
        "The company has sold this product on European markets since 2015.",
        "negation_lost",
    ),
    # "ألا وهو" is "namely", not "that ... not"
    (
        "ar",
        "فاز الفريق بأهم جائزة في البطولة، ألا وهي الكأس الذهبية، بعد مباراة صعبة.",
        "The team won the most important prize of the tournament, namely the golden cup, after a hard match.",
        "The team did not win the most important prize of the tournament, the golden cup, after a hard match.",
        "negation_added",
    ),
    # Arabic unit words with a prefix only excuse ("بدرجة كبيرة", to a large degree)...
    (
        "ar",
        "ينصح باستخدام سيارة 4x4 بدرجة كبيرة للوصول إلى القرى الجبلية البعيدة.",
        "A 4x4 car is highly recommended to reach the remote mountain villages.",
        "A 4x4 car is highly recommended to reach the remote mountain villages 40 miles away.",
        "unit_mismatch",
    ),
    # ...with their suffixes they are units: "كيلومتراً", "دولاراً"; "in" is the inch
    (
        "ar",
        "يقع المعبد على بعد 12 كيلومتراً من المدينة، ويبلغ سعر التذكرة 20 دولاراً.",
        "The temple is 12 kilometres from the city, and a ticket costs $20.",
        "The temple is 12 miles from the city, and a ticket costs $20.",
        "unit_mismatch",
    ),
    (
        "ar",
        "يجب أن يكون النقش عميقاً بما يكفي، بعمق 5 مم (1/5 بوصة) أو أكثر.",
        "The tread must be deep enough, 5 mm (1/5 in) or more.",
        "The tread must be deep enough, 5 mm (1/5 ft) or more.",
        "unit_mismatch",
    ),
    # degrees Celsius are not degrees Fahrenheit
    (
        "ar",
        "بلغت درجة الحرارة في المدينة أمس 40 درجة مئوية في الظل.",
        "The temperature in the city reached 40 degrees Celsius in the shade yesterday.",
        "The temperature in the city reached 40 degrees Fahrenheit in the shade yesterday.",
        "unit_mismatch",
    ),
    # a number inside a code is no quantity: "Il-76 ha" (has)
    (
        "es",
        "El Boeing-737 ha aterrizado sin problemas en el aeropuerto de la capital.",
        "The Boeing-737 landed without problems at the capital's airport.",
        "The Boeing-738 landed without problems at the capital's airport.",
        "number_mismatch",
    ),
    (
        "es",
        "La finca familiar tiene 40 ha de viñedos junto al río.",
        "The family estate has 40 ha of vineyards by the river.",
        "The family estate has 40 acres of vineyards by the river.",
        "unit_mismatch",
    ),
    # Arabic numbers: the Arabic comma groups thousands, decades of a century, "اثنتي عشرة", duals
    (
        "ar",
        "تبلغ مساحة البلاد 783،562 كيلومتر مربع، منها 23،764 في أوروبا.",
        "The country covers 783,562 square kilometres, of which 23,764 are in Europe.",
        "The country covers 783,652 square kilometres, of which 23,764 are in Europe.",
        "number_mismatch",
    ),
    (
        "ar",
        "استقلت البلاد بعد الثورة في ثلاثينيات القرن التاسع عشر.",
        "The country became independent after the revolution of the 1830s.",
        "The country became independent after the revolution of the 1930s.",
        "number_mismatch",
    ),
    (
        "ar",
        "بقي رائد الفضاء خارج المركبة لمدة اثنتي عشرة دقيقة، وتحدث ساعتين مع الفريق.",
        "The astronaut stayed outside the craft for twelve minutes, and spoke with the team for 2 hours.",
        "The astronaut stayed outside the craft for eleven minutes, and spoke with the team for 2 hours.",
        "number_mismatch",
    ),
    (
        "ar",
        "يعمل ألفا موظف في القاعدة خلال فصل الصيف.",
        "Two thousand employees work at the base during the summer.",
        "Three thousand employees work at the base during the summer.",
        "number_mismatch",
    ),
    # every century of a list: "siglos XIX y XX"
    (
        "es",
        "Durante los siglos XIX y XX, la ciudad creció alrededor del puerto.",
        "During the 19th and 20th centuries, the city grew around the port.",
        "During the 19th and 21st centuries, the city grew around the port.",
        "number_mismatch",
    ),
    # the common words of an institution's descriptive name may be translated; its proper names may not
    (
        "es",
        "El Ministerio de Relaciones Exteriores de Chile emitió ayer un comunicado sobre el acuerdo.",
        "Chile's Ministry of Foreign Affairs issued a statement on the agreement yesterday.",
        "The Ministry of Foreign Affairs issued a statement on the agreement yesterday.",
        "name_missing",
    ),
    (
        "es",
        "La Real Sociedad Geográfica premió a la exploradora por su expedición al Polo Sur.",
        "The Royal Geographical Society honoured the explorer for her expedition to the South Pole.",
        "The Royal Geographical Society honoured the explorer for her expedition to the South Sea.",
        "name_missing",
    ),
    (
        "es",
        "Estudió en la Escuela de Medicina de Harvard antes de volver a su país.",
        "She studied at Harvard Medical School before returning to her country.",
        "She studied at Medical School before returning to her country.",
        "name_missing",
    ),
    # a stop-word list of web French holds "john": an English name is still a name
    (
        "fr",
        "Selon plusieurs témoins, dont John Carter, la réunion a duré trois heures.",
        "According to several witnesses, including John Carter, the meeting lasted three hours.",
        "According to several witnesses, including Carter, the meeting lasted three hours.",
        "name_missing",
    ),
    # a name spelt another way across languages: "Faluya" / "Fallujah", "Tracia" / "Thrace"
    (
        "es",
        "La batalla de Faluya duró varias semanas y dejó la ciudad en ruinas.",
        "The battle of Fallujah lasted several weeks and left the city in ruins.",
        "The battle of Mosul lasted several weeks and left the city in ruins.",
        "name_missing",
    ),
    (
        "es",
        "Los fondos de EE. UU. financiaron la obra del puente.",
        "USA funds paid for the bridge work.",
        "Funds paid for the bridge work.",
        "name_missing",
    ),
    # an added "not" is counted against the source's negative words, each answered once
    (
        "es",
        "La energía oscura es una fuerza invisible que actúa sobre el universo.",
        "Dark energy is an invisible force that acts on the universe.",
        "Dark energy is not an invisible force that acts on the universe.",
        "negation_added",
    ),
    (
        "fr",
        "Né à Lyon, il a étudié le droit à Paris pendant trois ans.",
        "Born in Lyon, he studied law in Paris for three years.",
        "Born in Lyon, he did not study law in Paris for three years.",
        "negation_added",
    ),
    # "los que jamás" is a negation ("más que nunca" is not); "rarely" translates "rara vez"
    (
        "es",
        "Vemos programas sobre experiencias en las que jamás participaremos.",
        "We watch programmes about experiences in which we will never take part.",
        "We watch programmes about experiences in which we will take part.",
        "negation_lost",
    ),
    (
        "es",
        "Hoy rara vez se reservan vuelos sin comparar antes los precios.",
        "Today flights are rarely booked without first comparing prices.",
        "Today flights are rarely booked with first comparing prices.",
        "negation_lost",
    ),
    (
        "fr",
        "Personne n'était dans la maison au moment de l'incendie.",
        "No one was in the house at the time of the fire.",
        "Everyone was in the house at the time of the fire.",
        "negation_lost",
    ),
    # English says a negation with un- or non- too
    (
        "es",
        "Las autoridades no están seguras de que la amenaza sea real.",
        "The authorities are unsure that the threat is real.",
        "The authorities are sure that the threat is real.",
        "negation_lost",
    ),
    # Arabic puts the half after a scale word and its noun: "أربعة ملايين سنة ونصف" is four and a half
    # million years (the user saw 'four and a half million' flagged as not in the source)...
    (
        "ar",
        "تشكلت هذه الصخور منذ أربعة ملايين سنة ونصف، قبل ظهور الإنسان بزمن طويل.",
        "These rocks formed four and a half million years ago, long before humans appeared.",
        "These rocks formed four million years ago, long before humans appeared.",
        "number_mismatch",
    ),
    # ...the dual of a scale word is twice the scale, before its noun ("ملياري شخص") or alone
    # ("مليارين"): 'two billion' was flagged as not in the source
    (
        "ar",
        "يعيش اليوم ملياري شخص في المدن الساحلية.",
        "Two billion people live in coastal cities today.",
        "Three billion people live in coastal cities today.",
        "number_mismatch",
    ),
    (
        "ar",
        "طلبت الوزارة مليارين إضافيين لإتمام المشروع.",
        "The ministry asked for two billion more to complete the project.",
        "The ministry asked for three billion more to complete the project.",
        "number_mismatch",
    ),
    # ...and an ordinal adverb heading an enumeration ("سابعاً", seventhly) says its number, which
    # English may write as a cardinal: 'Seven' was flagged as not in the source
    (
        "ar",
        "سابعاً: احفظ نسخة من كل الوثائق في مكان آمن.",
        "Seven: keep a copy of all documents in a safe place.",
        "Eight: keep a copy of all documents in a safe place.",
        "number_mismatch",
    ),
]


@pytest.mark.parametrize(
    "lang, src, good, bad, code",
    FALSE_ALARM_CAUSES,
    ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(FALSE_ALARM_CAUSES)],
)
def test_false_alarm_causes_pass_and_their_errors_are_caught(lang, src, good, bad, code):
    assert _critical_codes(src, good, lang) == set()
    assert code in _critical_codes(src, bad, lang)


# --- omission: what the source's structure asserts (lists, clauses) ------------------------
# Press-release sentences written for these tests; each good translation keeps every item
# and clause, each faulty one drops one list item or one clause of 8+ words.

from summarise.quality.alignment import item_passed_over, list_joints_lost  # noqa: E402
from summarise.quality.omission import check_omission, length_z, lost_stretch  # noqa: E402
from summarise.quality.structure import clause_joints, commas, enumerations, list_lacking  # noqa: E402

OMISSION_LISTS = [
    (
        "fr",
        "Le programme financera la rénovation des écoles primaires, des hôpitaux publics, des routes et des "
        "ponts de la province d’ici à la fin de l’année prochaine.",
        "The programme will fund the renovation of primary schools, public hospitals, roads and bridges in the "
        "province by the end of next year.",
        "The programme will fund the renovation of primary schools, roads and bridges in the province by the "
        "end of next year.",
    ),
    (
        "es",
        "El plan incluye la rehabilitación de viviendas, la reconstrucción de escuelas y la reparación de "
        "carreteras en las zonas afectadas por las inundaciones.",
        "The plan includes the rehabilitation of housing, the reconstruction of schools and the repair of roads "
        "in the areas affected by the floods.",
        "The plan includes the rehabilitation of housing and the repair of roads in the areas affected by the floods.",
    ),
    (
        "ar",
        "وتشمل الخطة بناء المساكن، والمدارس، والمستشفيات الجامعية، والطرق في المناطق المتضررة من الفيضانات.",
        "The plan includes building housing, schools, university hospitals and roads in the areas affected by "
        "the floods.",
        "The plan includes building housing, schools and roads in the areas affected by the floods.",
    ),
]
OMISSION_CLAUSES = [
    (
        "fr",
        "Le ministre de l’Éducation a inauguré mardi matin le nouveau centre de formation professionnelle de la "
        "ville, qui a coûté deux fois plus que le budget prévu par la région, en présence du maire de la ville.",
        "On Tuesday morning the Minister of Education opened the city's new vocational training centre, which "
        "cost twice the budget planned by the region, in the presence of the mayor of the city.",
        "On Tuesday morning the Minister of Education opened the city's new vocational training centre in the "
        "presence of the mayor of the city.",
    ),
    (
        "es",
        "La empresa presentó el lunes su nuevo plan estratégico para los próximos años, que fue aprobado ayer "
        "por el consejo de la empresa, durante una rueda de prensa celebrada en su sede central de Madrid.",
        "The company presented its new strategic plan for the coming years on Monday, which was approved "
        "yesterday by the company board, during a press conference held at its headquarters in Madrid.",
        "The company presented its new strategic plan for the coming years on Monday during a press conference "
        "held at its headquarters in Madrid.",
    ),
    (
        "ar",
        "افتتح وزير التربية صباح الثلاثاء مركز التدريب المهني الجديد في المدينة، الذي كلف ضعف الميزانية التي "
        "كانت متوقعة في البداية، بحضور رئيس بلدية المدينة.",
        "On Tuesday morning the Minister of Education opened the city's new vocational training centre, which "
        "cost twice the budget initially expected, in the presence of the city's mayor.",
        "On Tuesday morning the Minister of Education opened the city's new vocational training centre in the "
        "presence of the city's mayor.",
    ),
]


@pytest.mark.parametrize("lang, src, good, bad", OMISSION_LISTS, ids=[c[0] for c in OMISSION_LISTS])
def test_a_list_item_dropped_is_an_omission(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    (flag,) = check_omission(src, bad, lang)
    assert "lists" in flag["detail"] and flag["severity"] == "critical"
    assert "omission" in _critical_codes(src, bad, lang)


@pytest.mark.parametrize("lang, src, good, bad", OMISSION_CLAUSES, ids=[c[0] for c in OMISSION_CLAUSES])
def test_a_clause_dropped_is_an_omission(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    (flag,) = check_omission(src, bad, lang)
    assert "clauses" in flag["detail"] and flag["severity"] == "critical"


# An Arabic clause has no anchor English shares; an output short by its words as by its letters (2.4
# standard deviations each), with a comma of the source fewer, has lost one: the user sees the line
# flagged "the output has fewer commas than the source and is short". (IWSLT17 talks, open set;
# FLORES dev tune: the clause dropped from a system's output.)
OMISSION_ARABIC_SHORT = [
    (
        "ولكن المشكلة كانت أن المعلومات التي نستخدمها جميعاً , البحث على الإنترنت , محدود للغاية لنفعل ما نحتاج أن نفعل .",
        "But the problem was that the information we all use, searching the internet, is very limited to do what we "
        "need to do.",
        "But the problem was that the information we all use, searching the internet.",
    ),
    (
        "وطالب المستعمرون، الذين شاهدوا هذا النشاط، بتعزيزات.",
        "The colonists, who had seen this activity, called for reinforcements.",
        "The colonists, demanded reinforcements.",
    ),
]


@pytest.mark.parametrize("src, good, bad", OMISSION_ARABIC_SHORT, ids=["talks", "flores"])
def test_an_arabic_output_short_by_letters_and_words_with_a_comma_fewer(src, good, bad):
    assert _critical_codes(src, good, "ar") == set()
    (flag,) = check_omission(src, bad, "ar")
    assert "fewer commas" in flag["detail"] and "in words" in flag["detail"]
    assert "omission" in _critical_codes(src, bad, "ar")


@pytest.mark.parametrize(
    "text, lang, sizes",
    [
        ("Il a visité Paris, Lyon et Marseille en mai.", "fr", [3]),
        ("Visitó Madrid, Sevilla, Valencia y Bilbao en mayo.", "es", [4]),
        ("He visited Paris, Lyon, and Marseille in May.", "en", [3]),
        # Arabic writes "و" on every item, joined to it: one list, not three
        ("زار القاهرة، والإسكندرية، وأسوان، والأقصر في مايو.", "ar", [4]),
        ("He came back and she left.", "en", []),
        # Arabic lists without commas: "و" on each item, written joined to it
        ("زار الوفد الصين واليابان والبرازيل قبل عودته.", "ar", [3]),
        # "و" that is part of a word (وزير, واشنطن), or opens a clause (وقال), joins no list
        ("وصل وزير الخارجية إلى واشنطن وقال إن المحادثات كانت مثمرة.", "ar", []),
        # two coordinations ("et", then "ou"), not one list of three
        ("Vérifiez ce que vous pouvez filmer et quels permis ou licences sont nécessaires.", "fr", []),
        # a quoted name is no list ("إيه أو إل", A-O-L)
        ('كانت شركة "إيه أو إل" قادرة على تطوير السوق.', "ar", []),
        # a list ends at a sentence's end
        ("Il a étudié à Cambridge. Puis il a enseigné le droit et l’histoire.", "fr", []),
    ],
)
def test_enumerations_count_the_items_of_a_list(text, lang, sizes):
    assert enumerations(text, lang) == sizes


def test_lists_written_as_one_in_the_output_lack_nothing():
    assert list_lacking([3], []) == 3
    assert list_lacking([4], [3]) == 4
    # "lagos Onega y Ladoga y a San Petersburgo, mayormente por ríos y lagos": two lists the
    # English writes as one
    assert list_lacking([3, 3], [6]) is None


# A list item with a name (or a CLDR place or language) gone: caught in an output that is not
# short, where the list's count alone would need a shorter one.
OMISSION_NAMED_ITEMS = [
    (
        "fr",
        "Au cours de sa visite officielle, la délégation ministérielle s’est rendue successivement à Lyon, à "
        "Grenoble et à Marseille, avant de regagner la capitale mardi dans la soirée.",
        "During its official visit, the ministerial delegation went to Lyon, Grenoble and Marseille in turn, "
        "before returning to the capital on Tuesday evening.",
        "During its official visit, the ministerial delegation went to Lyon and Marseille in turn, before "
        "returning to the capital on Tuesday evening.",
    ),
    (
        "ar",
        "زار الوفد الصين، واليابان، والبرازيل قبل أن يعود إلى القاهرة يوم الثلاثاء.",
        "The delegation visited China, Japan and Brazil before returning to Cairo on Tuesday.",
        "The delegation visited China and Brazil before returning to Cairo on Tuesday.",
    ),
    (
        "ar",
        "يقدم الموقع نشرات يومية باللغات الإسبانية والإيطالية والكورية لقرائه في العالم.",
        "The site offers daily bulletins in Spanish, Italian and Korean for its readers around the world.",
        "The site offers daily bulletins in Spanish and Korean for its readers around the world.",
    ),
]


@pytest.mark.parametrize("lang, src, good, bad", OMISSION_NAMED_ITEMS, ids=["fr", "ar-commas", "ar-no-commas"])
def test_a_named_list_item_dropped_is_an_omission(lang, src, good, bad):
    assert check_omission(src, good, lang) == []
    (flag,) = check_omission(src, bad, lang)
    assert "nothing in the output answers it" in flag["detail"] and flag["severity"] == "critical"


def test_an_arabic_list_without_commas_one_item_short_is_an_omission():
    # "المدارس والمستشفيات والطرق والجسور": four items joined by "و" alone; the English keeps
    # the list with one item fewer, in an output a little shorter than expected
    src = "تشمل الخطة بناء المدارس والمستشفيات والطرق والجسور في المناطق المتضررة من الفيضانات."
    good = "The plan includes building schools, hospitals, roads and bridges in the areas affected by the floods."
    bad = "The plan includes building schools, roads and bridges in the areas affected by the floods."
    assert check_omission(src, good, "ar") == []
    (flag,) = check_omission(src, bad, "ar")
    assert "lists 4 items" in flag["detail"]


# Languages with no profile of their own (FLORES dev, tune part): German and Russian set every
# subordinate clause apart with a comma, which English does not write; German capitalises its
# nouns. A good English gets no flag; a part gone is still caught, by the length its script's
# languages lead to expect, or by a name of a list CLDR's list patterns find.
UNPROFILED_GOOD = [
    (
        "de",
        "Ich bin froh darüber, dass es Menschen gibt, die mich unterstützen wollen.",
        "I'm glad there are people who want to support me.",
    ),
    (
        "de",
        "Genehmigungen müssen im Voraus bestellt werden. Sie benötigen eine Genehmigung, um in La Sirena zu "
        "übernachten.",
        "Permits must be ordered in advance. You need a permit to stay in La Sirena.",
    ),
    (
        "de",
        "Die Dokumente zeigten, dass vierzehn Banken reichen Klienten dabei halfen, Vermögen im Wert von mehreren "
        "Milliarden US-Dollar zu verstecken, um Steuern und andere gesetzliche Vorgaben zu umgehen.",
        "The documents showed that fourteen banks helped rich clients hide assets worth billions of dollars to "
        "circumvent taxes and other legal requirements.",
    ),
    (
        "ru",
        "В своих записках он использовал слова, которые некоторые родители сочли грубыми, и, как сообщается, он "
        "использовал нецензурную лексику на занятиях.",
        "In his notes, he used words that some parents found rude and reportedly used profanity in class.",
    ),
]


@pytest.mark.parametrize("lang, src, good", UNPROFILED_GOOD, ids=["de-clauses", "de-nouns", "de-list", "ru"])
def test_a_good_translation_from_a_language_with_no_profile_is_no_omission(lang, src, good):
    assert check_omission(src, good, lang) == []


def test_a_part_gone_from_a_language_with_no_profile_is_still_an_omission():
    src = UNPROFILED_GOOD[3][1]
    (flag,) = check_omission(src, "In his notes, he used words that some parents found rude.", "ru")
    assert "Russian-English length" in flag["detail"]
    # German lists end with CLDR's "und": the item "Italienisch" (a language CLDR names) gone
    src = (
        "Die globale Organisation, die bereits auf Englisch und Japanisch berichtet, beginnt mit der Ausstrahlung "
        "von Programmen auf Spanisch, Italienisch und Koreanisch für Fernsehen, Internet und Mobilgeräte."
    )
    good = (
        "The global organization, which already reports in English and Japanese, will begin broadcasting "
        "programming in Spanish, Italian and Korean for TV, web and mobile."
    )
    assert check_omission(src, good, "de") == []
    (flag,) = check_omission(src, good.replace("Spanish, Italian and", "Spanish and"), "de")
    assert "'Italienisch'" in flag["detail"]


def test_a_language_of_a_script_with_no_length_expectation_is_not_measured():
    # Hebrew (an abjad, like Arabic, whose English is longer by letters) has no model of its own
    # and none for its kind of script: no expectation to measure an output by, no flag
    src = "הממשלה הודיעה היום על תוכנית חדשה לבניית בתי ספר ובתי חולים באזורים שנפגעו."
    assert length_z(src, "The government.", "he") is None
    assert check_omission(src, "The government.", "he") == []


def test_commas_in_numbers_and_around_asides_join_no_clause():
    assert commas("Les ventes ont atteint 3,5 millions, soit 104,500 dollars.") == 1
    # "Sin embargo," and "por lo menos," set apart no clause: translations drop them
    assert clause_joints("Sin embargo, se atendió a, por lo menos, cinco personas en la escena.") == 0
    assert clause_joints("El ministro llegó el lunes a la capital, donde se reunió con el presidente del país.") == 1


def test_an_output_too_short_by_the_ratio_gets_one_critical_flag_for_the_omission():
    # too short by the configured ratio and by the length model: one error, one flag,
    # which says both
    flags = [
        f
        for f in check_segment(HUMAN[0][0], HUMAN[0][1][:100], CFG, MAX_NEW)
        if f["code"] in {"length_ratio", "omission"}
    ]
    assert codes(flags) == ["length_ratio"]
    assert "standard deviations" in flags[0]["detail"] and "0.34x" in flags[0]["detail"]


# --- false alarms of a kind: names across languages, units in words, negation said lexically ----
# Each good rendering says what the source says in English's own way; each bad one makes the error
# the check is for.
RENDERING_KINDS = [
    # the adjective of a place renders the place ("l'indépendance du Chili": "Chilean independence")
    (
        "fr",
        "Le pays a voté une nouvelle constitution après l'indépendance du Chili.",
        "The country adopted a new constitution after Chilean independence.",
        "The country adopted a new constitution after independence.",
        "name_missing",
    ),
    # a compound kept, its common noun written the English way ("U-Boot": "U-boat")
    (
        "es",
        "La marina alemana llamaba U-Boote a sus submarinos.",
        "The German navy called its submarines U-boats.",
        "The German navy called its submarines boats.",
        "name_missing",
    ),
    # the acronym of a currency written as its symbol ("dollars US": "$")
    (
        "fr",
        "Le budget atteint 14,7 milliards de dollars US cette année.",
        "The budget reaches $14.7 billion this year.",
        "The budget reaches €14.7 billion this year.",
        "unit_mismatch",
    ),
    # a verb before an infinitive opens the sentence, not a name ("Procure asegurarse")
    (
        "es",
        "Procure llevar agua suficiente durante la excursión por Atacama.",
        "Be sure to carry enough water during the Atacama trip.",
        "Be sure to carry enough water during the trip.",
        "name_missing",
    ),
    (
        "es",
        "Stevens dijo que la excursión por el desierto fue un éxito.",
        "Stevens said the desert trip was a success.",
        "He said the desert trip was a success.",
        "name_missing",
    ),
    # a year before a word that is also a unit ("عام 2011 قدم": in 2011 ... presented; قدم = foot)
    (
        "ar",
        "في عام 2011 قدم الفريق تقريره الأول إلى البرلمان.",
        "In 2011 the team presented its first report to parliament.",
        "In 2011 the team presented its first report to parliament, 300 metres away.",
        "unit_mismatch",
    ),
    (
        "ar",
        "تسلق المتسلقون 2000 قدم في يوم واحد.",
        "The climbers climbed 2,000 feet in one day.",
        "The climbers climbed 2,000 metres in one day.",
        "unit_mismatch",
    ),
    # a clock time's "م" (p.m.), a spelling of Fahrenheit
    (
        "ar",
        "يبدأ الحفل في الساعة 8:30 م في الساحة الرئيسية.",
        "The concert begins at 8:30 PM in the main square.",
        "The concert begins at 8:30 in the main square, 30 feet from the stage.",
        "unit_mismatch",
    ),
    (
        "ar",
        "وصلت درجة الحرارة إلى 104 درجة فارنهايت يوم الأحد.",
        "The temperature reached 104°F on Sunday.",
        "The temperature reached 104°C on Sunday.",
        "unit_mismatch",
    ),
    # the degree sign of a bearing is "degrees" in words
    (
        "fr",
        "C'est le troisième ouragan enregistré à l'est de 35°W depuis 1950.",
        "It is the third hurricane recorded east of 35 degrees W since 1950.",
        "It is the third hurricane recorded east of 35 miles W since 1950.",
        "unit_mismatch",
    ),
    # a given name as its initial before the family name kept
    (
        "fr",
        "Le concert s'est terminé avec les chanteurs Fatih Erkoç et Müslüm Gürses.",
        "The concert ended with singers Fatih Erkoç and M. Gürses.",
        "The concert ended with singers Fatih Erkoç and Gürses.",
        "name_missing",
    ),
    # a quantity converted at its value is the same quantity; at another value, an error
    (
        "es",
        "El coche superó los 160 km/h sobre el puente.",
        "The car exceeded 100 mph on the bridge.",
        "The car exceeded 160 mph on the bridge.",
        "unit_mismatch",
    ),
    (
        "fr",
        "Ils ont planté un pieu à environ 30 mètres devant la clôture.",
        "They drove a stake about 100 feet in front of the fence.",
        "They drove a stake about 30 feet in front of the fence.",
        "unit_mismatch",
    ),
    (
        "ar",
        "بلغت درجة الحرارة 40 درجة مئوية يوم الأحد.",
        "The temperature reached 104°F on Sunday.",
        "The temperature reached 140°F on Sunday.",
        "number_mismatch",
    ),
    # the common noun of a place inside a name, translated ("Plaza Mayor": "Main Square")
    (
        "es",
        "Los manifestantes se reunieron en la Plaza Mayor de Salamanca.",
        "The protesters gathered in the Main Square of Salamanca.",
        "The protesters gathered in Salamanca.",
        "name_missing",
    ),
    (
        "fr",
        "Les touristes ont visité le Jardín de la Unión à Guanajuato.",
        "The tourists visited the Garden of the Union in Guanajuato.",
        "The tourists visited Guanajuato.",
        "name_missing",
    ),
    # a time of the 24-hour clock in four digits ("1120 hours" for "11:20")
    (
        "ar",
        "طلبت الشرطة عند الساعة 11:20 من المحتجين العودة إلى الرصيف.",
        "At 1120 hours, the police asked the protesters to return to the pavement.",
        "At 1130 hours, the police asked the protesters to return to the pavement.",
        "number_mismatch",
    ),
    (
        "fr",
        "L'avion s'est écrasé vers 9 h 30 heure locale (0230 UTC) sur la piste.",
        "The plane crashed at around 9:30 a.m. local time (0230 UTC) on the runway.",
        "The plane crashed at around 9:30 a.m. local time (0330 UTC) on the runway.",
        "number_mismatch",
    ),
    # a number word opens the sentence ("Miles de": thousands of), not a name English writes alike
    (
        "es",
        "Miles de personas esperaron a Nadal frente al estadio.",
        "Thousands of people waited for Nadal outside the stadium.",
        "Thousands of people waited outside the stadium.",
        "name_missing",
    ),
    # "santa" after a noun is "holy" ("Semana Santa": Holy Week)
    (
        "es",
        "Cada año, muchos turistas visitan Sevilla durante la Semana Santa, según la agencia Reuters.",
        "Every year, many tourists visit Seville during Holy Week, according to the Reuters agency.",
        "Every year, many tourists visit Seville during Holy Week, according to the agency.",
        "name_missing",
    ),
    # Arabic written with its vowel marks ("الدّولارات"): the unit is read all the same
    (
        "ar",
        "بلغت الميزانية 5 ملايين من الدّولارات هذا العام.",
        "The budget reached $5 million this year.",
        "The budget reached €5 million this year.",
        "unit_mismatch",
    ),
    # a final ة written ه ("درجه")
    (
        "ar",
        "بلغت درجة الحرارة 40 درجه مئوية يوم الأحد.",
        "The temperature reached 40 degrees Celsius on Sunday.",
        "The temperature reached 40 miles on Sunday.",
        "unit_mismatch",
    ),
    # a degree of a scale that is no temperature: an earthquake's magnitude
    (
        "es",
        "Un terremoto de 6,5 grados en la escala de Richter sacudió la isla el martes.",
        "A magnitude 6.5 earthquake on the Richter scale shook the island on Tuesday.",
        "An earthquake of 6.5 kilometres on the Richter scale shook the island on Tuesday.",
        "unit_mismatch",
    ),
    # Arabic idioms on "لا" said positively: a bound, an integral part, "whether (or not)"; each
    # excuses its "لا" only where the English says it so
    (
        "ar",
        "يجب ألا يتجاوز عمر المتقدم 30 عاما عند التسجيل.",
        "Applicants must be at most 30 years old when they register.",
        "Applicants must exceed 30 years of age when they register.",
        "negation_lost",
    ),
    (
        "ar",
        "عدد الركاب في الحافلة لا يزيد عن 40 راكبا.",
        "The bus carries up to 40 passengers.",
        "The bus carries more than 40 passengers.",
        "negation_lost",
    ),
    (
        "ar",
        "الثقافة جزء لا يتجزأ من هوية البلاد.",
        "Culture is an integral part of the country's identity.",
        "Culture is a separable part of the country's identity.",
        "negation_lost",
    ),
    (
        "ar",
        "سأل الصحفيون الوزير عما إذا كان الاتفاق سيوقع أم لا.",
        "Journalists asked the minister whether the agreement would be signed.",
        "Journalists asked the minister when the agreement would be signed.",
        "negation_lost",
    ),
    (
        "ar",
        "لا شك أن الفريق سيفوز بالبطولة هذا العام.",
        "The team will undoubtedly win the championship this year.",
        "There is doubt that the team will win the championship this year.",
        "negation_lost",
    ),
    # "لا" as the article of a Romance name written in Arabic letters ("لا ليونا": La Leona)
    (
        "ar",
        "تقدم محطتا لا ليونا ولوس باتوس التخييم فقط.",
        "La Leona and Los Patos stations offer camping only.",
        "Leona and Los Patos stations offer camping only.",
        "negation_lost",
    ),
    (
        "ar",
        "سواء وقع الاتفاق أم لا، لم يحضر الوزير الاجتماع.",
        "Whether or not the agreement is signed, the minister did not attend the meeting.",
        "Whether the agreement is signed, the minister attended the meeting.",
        "negation_lost",
    ),
]


@pytest.mark.parametrize(
    "lang, src, good, bad, code", RENDERING_KINDS, ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(RENDERING_KINDS)]
)
def test_a_rendering_of_the_kind_passes_and_the_error_is_caught(lang, src, good, bad, code):
    assert _critical_codes(src, good, lang) == set()
    assert code in _critical_codes(src, bad, lang)


# --- omission: a list item with neither name nor number, found by its cognates --------------
# Sentences written for these tests. The good translation is a paraphrase (another order, "says"
# for "selon"); the faulty one drops an inner item whose words English writes alike
# ("culture", "cultura"), in an output not short enough for the list's count alone.

from summarise.quality.cognates import coverage, english_cognate, has_counterpart, output_words  # noqa: E402

COGNATE_ITEMS = [
    (
        "fr",
        "Selon le rapport publié hier par le ministère, les dépenses consacrées à l’éducation, à la culture et à "
        "la recherche scientifique ont fortement augmenté dans toutes les régions du pays depuis dix ans.",
        "The ministry's report released yesterday says that spending on education, culture and scientific "
        "research has risen sharply in all regions over the last ten years.",
        "culture",
    ),
    (
        "es",
        "Según el informe publicado ayer por el ministerio, el gasto dedicado a la educación, la cultura y la "
        "investigación científica ha aumentado mucho en todas las regiones del país en los últimos diez años.",
        "The ministry's report released yesterday says spending on education, culture and scientific research "
        "has risen sharply in all regions over the last ten years.",
        "cultura",
    ),
]


@pytest.mark.parametrize("lang, src, good, word", COGNATE_ITEMS, ids=[c[0] for c in COGNATE_ITEMS])
def test_a_list_item_without_names_dropped_is_found_by_its_cognates(lang, src, good, word):
    bad = good.replace(" culture and", " and")
    assert _critical_codes(src, good, lang) == set()
    (flag,) = check_omission(src, bad, lang)
    assert "nothing in the output answers it" in flag["detail"] and word in flag["detail"]
    assert flag["severity"] == "critical"


@pytest.mark.parametrize(
    "lang, word, english",
    [
        ("fr", "université", "the university"),
        ("fr", "publiques", "public"),
        ("fr", "territoire", "territory"),
        ("fr", "état", "the state"),
        ("fr", "Allemagne", "Germany"),  # CLDR's English name
        ("es", "información", "information"),
        ("es", "universidades", "universities"),
        ("es", "escándalo", "a scandal"),
    ],
)
def test_a_cognate_is_found_through_the_spelling_correspondences(lang, word, english):
    assert has_counterpart(word, lang, output_words(english))
    assert not has_counterpart(word, lang, output_words("nothing alike here"))


def test_only_words_english_has_a_cognate_for_are_weighed():
    assert english_cognate("institution", "fr") and english_cognate("informacion", "es")
    # "joueurs" is "players"; "voyage" is English but far rarer there than in French ("trip")
    assert not english_cognate("joueurs", "fr") and not english_cognate("voyage", "fr")
    assert [w.text for w in coverage("Les joueurs de la nouvelle institution", "The players", "fr")] == ["institution"]


# --- omission: a stretch of the source the aligned output passes over -----------------------
# FLORES-101 dev (CC BY-SA 4.0) sources with Microsoft Translator's English (the good output)
# and that English with its last clause dropped. The words on each side of the stretch align
# (names, numbers, cognates); between them the output has nothing, and none of the stretch's
# words ("important", "institution"; "dirección", "locales") has a counterpart anywhere in it.

LOST_STRETCHES = [
    (
        "fr",
        "Il est diplômé du Collège des arts et sciences de l’Université de Virginie depuis 1950 et a été un "
        "donateur important de cette institution.",
        "He graduated from the University of Virginia's College of Arts and Sciences in 1950 and was a major "
        "donor to that institution.",
        " and was a major donor to that institution",
        "donateur important",
    ),
    (
        "es",
        "El registro es una exigencia adicional para el proceso del visado. En algunos países, tendrá que "
        "registrar su presencia y la dirección de su alojamiento con las autoridades locales.",
        "Registration is an additional requirement for the visa process. In some countries, you will need to "
        "register your presence and the address of your accommodation with the local authorities.",
        " and the address of your accommodation with the local authorities",
        "la dirección de su alojamiento",
    ),
]


@pytest.mark.parametrize("lang, src, good, dropped, words", LOST_STRETCHES, ids=[c[0] for c in LOST_STRETCHES])
def test_a_stretch_the_aligned_output_passes_over_is_an_omission(lang, src, good, dropped, words):
    bad = good.replace(dropped, "")
    assert _critical_codes(src, good, lang) == set()
    (flag,) = check_omission(src, bad, lang)
    assert "nothing in the output stands for" in flag["detail"] and words in flag["detail"]
    assert "omission" in _critical_codes(src, bad, lang)


def test_a_stretch_is_not_lost_when_its_words_are_elsewhere_in_the_output():
    # the same clause moved to the front: every word of the stretch has its counterpart, so even
    # at the length of the output that dropped it nothing is lost
    lang, src, good, dropped, _ = LOST_STRETCHES[0]
    z = length_z(src, good.replace(dropped, ""), lang)
    moved = "A major donor to that institution, he graduated from the University of Virginia's College of Arts and "
    moved += "Sciences in 1950."
    assert lost_stretch(src, good.replace(dropped, ""), lang, z) is not None
    assert lost_stretch(src, moved, lang, z) is None


# --- omission: a list item whose aligned neighbours meet in the output ------------------------
# FLORES-101 dev (CC BY-SA 4.0): one sentence in its French, Spanish and Arabic versions, with
# Microsoft Translator's English; the faulty English drops "Italian" from the list, in an output
# no shorter than good ones often are. The items on each side align ("espagnol" / Spanish,
# "coréen" / Korean, CLDR's names), nothing but a joint is between them, and the output has no
# counterpart of the item anywhere.

PASSED_OVER_ITEMS = [
    (
        "fr",
        "Déjà présente en anglais et en japonais, l’organisation mondiale lance des programmes en espagnol, en "
        "italien et en coréen, pour la télévision, le web et les appareils mobiles.",
        "Already present in English and Japanese, the global organization launches programs in Spanish, Italian "
        "and Korean, for television, web and mobile devices.",
        "italien",
    ),
    (
        "es",
        "Esta organización global, que ya da las noticias en inglés y en japonés, está activando programas en "
        "español, italiano y coreano para la televisión, internet y dispositivos móviles.",
        "This global organization, which already provides news in English and Japanese, is activating programs "
        "in Spanish, Italian and Korean for television, internet and mobile devices.",
        "italiano",
    ),
    (
        "ar",
        "تقوم المنظمة العالمية بالفعل بتقديم التقارير باللغتين الإنجليزية واليابانية، وهي تطلق برامج باللغة "
        "الإسبانية والإيطالية والكورية للتليفزيون والويب والأجهزة المحمولة.",
        "The global organization already reports in English and Japanese, and is launching programs in Spanish, "
        "Italian and Korean for television, the web and mobile devices.",
        "والإيطالية",
    ),
]


@pytest.mark.parametrize("lang, src, good, item", PASSED_OVER_ITEMS, ids=[c[0] for c in PASSED_OVER_ITEMS])
def test_a_list_item_whose_neighbours_meet_in_the_output_is_an_omission(lang, src, good, item):
    bad = good.replace("Spanish, Italian and Korean", "Spanish and Korean")
    assert _critical_codes(src, good, lang) == set()
    assert item_passed_over(src, good, lang) is None
    assert item in (item_passed_over(src, bad, lang) or "")
    (flag,) = check_omission(src, bad, lang)  # French: the named-item cue says it first
    assert item in flag["detail"] and flag["severity"] == "critical"


def test_an_item_rendered_by_another_word_is_not_passed_over():
    # "Italian" said another way ("the Italian language" moved to the end) keeps its counterpart
    lang, src, good, _ = PASSED_OVER_ITEMS[1]
    moved = good.replace("Spanish, Italian and Korean", "Spanish and Korean (and Italian too)")
    assert item_passed_over(src, moved, lang) is None


# --- omission: a list the output goes through with a joint fewer ------------------------------
# Real MT (news: WMT newstest2010, benchmarks/data/news/open; newstest2013, news/study tune; TED
# talks, IWSLT17, benchmarks/data/talks-open) with one inner item of the source's list gone. The
# list's first and last items align in the output, which has fewer joints between them than the
# source ("Britain and European legal authorities" for "Gran Bretaña, Suecia y las autoridades
# jurídicas europeas"), and nothing in it answers the item: a name, or two words English has
# cognates for ("invitations", "voyages"); Arabic, whose words share no spelling with English,
# by the count alone. The user sees a critical omission flag naming
# the item; before, the output was within its language's length and the item's neighbours were
# not next to each other in it, so nothing was flagged.

JOINTS_LOST = [
    (
        "fr",
        "Gilles Surprenant, ex-ingénieur en travaux publics, l'a bien détaillé devant la commission: en dix ans, "
        "il a reçu d'entreprises de construction cadeaux, invitations à des voyages, tournois de golf, restaurants, "
        "matchs de hockey et pots-de-vin totalisant 736 000 dollars, en échange de contrats d'égouts dont il "
        "gonflait les coûts.",
        "Gilles Surprenant, a former public works engineer, detailed it in front of the commission: in ten years, "
        "he received from construction companies gifts, invitations to trips, golf tournaments, restaurants, "
        "hockey games and bribes totaling 736,000 dollars, in exchange for sewerage contracts whose costs he "
        "swelled.",
        "gifts, invitations to trips, golf",
        "gifts, golf",
        "invitations à des voyages",
    ),
    (
        "es",
        "Correa señaló que la solución al asilo otorgado a Assange desde junio en la embajada ecuatoriana en "
        "Londres, mediante la concesión de un salvaconducto que le permita viajar a Ecuador, está en manos de "
        "Gran Bretaña, Suecia y las autoridades jurídicas europeas y subrayó que ha habido conversaciones con "
        "Londres en busca de una solución al encierro del fundador de WikiLeaks.",
        "Correa pointed out that the asylum solution granted to Assange since June at the Ecuadorian embassy in "
        "London, through the granting of a safe-conduct that allows him to travel to Ecuador, is in the hands of "
        "Britain, Sweden and European legal authorities and stressed that there have been talks with London in "
        "search of a solution to the lockdown of the founder of WikiLeaks.",
        "Britain, Sweden and European",
        "Britain and European",
        "Suecia",
    ),
    (
        "ar",
        "في صيف 2013 قطعنا 8,000 ميل بعرض أمريكا، ما بين مراعي الأبقار في مونتانا، وخرائب ديترويت، ومستنقعات نيو "
        "أورلينز، حيث وجدنا وعملنا مع رجال ونساء كانوا ينشئون مشاريع صغيرة حيث الأثر هو بيت القصيد",
        "In the summer of 2013, we traveled 8,000 miles across America, between the cow pastures of Montana, the "
        "ruins of Detroit and the swamps of New Orleans, where we found and worked with men and women who were "
        "starting small businesses where impact is the whole point.",
        "Montana, the ruins of Detroit and the swamps",
        "Montana and the swamps",
        "ديترويت",
    ),
]


@pytest.mark.parametrize("lang, src, good, kept, short, item", JOINTS_LOST, ids=[c[0] for c in JOINTS_LOST])
def test_a_list_gone_through_with_a_joint_fewer_is_an_omission(lang, src, good, kept, short, item):
    bad = good.replace(kept, short)
    assert bad != good
    assert check_omission(src, good, lang) == []
    assert list_joints_lost(src, good, lang, True, lang == "ar") is None
    (flag,) = check_omission(src, bad, lang)
    assert "fewer joints" in flag["detail"] and item in flag["detail"] and flag["severity"] == "critical"


def test_a_comma_the_translation_leaves_out_is_no_item_gone():
    # News (newstest2010, real MT): "economías emergentes, tales como China e India" read as a list
    # of three; the English writes "emerging economies such as China and India", a joint fewer,
    # but every name of the items is in it: no flag.
    src = (
        "Artur Runge-Metzger, que encabeza negociaciones climáticas internacionales en nombre de la Comisión "
        'europea, dijo que el empuje de las pequeñas naciones insulares ha "metido presión política sobre el '
        'proceso político entero," en parte porque ahora están unificados y exigen la acción de las economías '
        "emergentes, tales como China e India."
    )
    out = (
        "Artur Runge-Metzger, who heads international climate talks on behalf of the European Commission, said "
        'the push by small island nations has "put political pressure on the entire political process," in part '
        "because they are now unified and demand action from emerging economies such as China and India."
    )
    assert list_joints_lost(src, out, "es") is None
    assert check_omission(src, out, "es") == []


def test_an_aside_between_commas_is_no_list_item():
    # FLORES-101 dev (CC BY-SA 4.0), a system's English: "además" between commas is an aside the
    # English moves ("also had"), not an item of "tormentas eléctricas y numerosos relámpagos".
    src = "Parte de las precipitaciones contaron, además, con tormentas eléctricas y numerosos relámpagos."
    out = "Some of the precipitation also had thunderstorms and numerous lightning strikes."
    assert list_joints_lost(src, out, "es") is None


# --- negation: the kinds generator B's misses showed on tune --------------------------------
# Sentences written for these tests, one pair per kind: (lang, source, a faithful English that
# must pass, the English with the negation dropped or added, the flag it must raise).
NEGATION_KINDS = [
    # "declined to" is English for a refusal ("n'a pas souhaité commenter", "no quiso comentar"): the
    # user saw "The ministry declined to comment" flagged as a lost negation (news, every system)
    (
        "fr",
        "Samedi, le ministère n'a pas souhaité commenter ces accusations.",
        "On Saturday, the ministry declined to comment on the accusations.",
        "On Saturday, the ministry wished to comment on the accusations.",
        "negation_lost",
    ),
    (
        "es",
        "El portavoz del Gobierno no quiso comentar la noticia.",
        "The government spokesman declined to comment on the news.",
        "The government spokesman wanted to comment on the news.",
        "negation_lost",
    ),
    # "not until" ("no ... hasta", "ne ... pas avant") is a restriction English says with "only"
    (
        "es",
        "Los resultados definitivos no se conocerán hasta el lunes.",
        "The final results will only be known on Monday.",
        "The final results will be known on Monday.",
        "negation_lost",
    ),
    (
        "fr",
        "Les résultats définitifs ne seront pas connus avant lundi.",
        "The final results will only be known on Monday.",
        "The final results will be known before Monday.",
        "negation_lost",
    ),
    # "no solo A sino B" is "not only A but B", no restriction ("no ... sino": only): the user saw
    # "not only" flagged as an added negation
    (
        "es",
        "La crisis afecta no solo a España sino también al resto de Europa.",
        "The crisis affects not only Spain but also the rest of Europe.",
        "The crisis does not affect not only Spain but also the rest of Europe.",
        "negation_added",
    ),
    # a negated doubt said as a certainty ("il ne fait aucun doute", "no cabe duda": undoubtedly)
    (
        "fr",
        "Il ne fait aucun doute que la crise va durer.",
        "The crisis will undoubtedly last.",
        "The crisis will last.",
        "negation_lost",
    ),
    (
        "es",
        "No cabe duda de que el paro seguirá subiendo.",
        "Unemployment will undoubtedly continue to rise.",
        "Unemployment will continue to rise.",
        "negation_lost",
    ),
    # an English negative word written like a negative word of the source translates that word,
    # not the source's "ne ... pas" ("illégal" / "illegal", "ilícitas" / "illicit")
    (
        "fr",
        "Le maire a rappelé que la vente de ces produits n'est pas illégale dans la commune.",
        "The mayor recalled that selling these products is not illegal in the town.",
        "The mayor recalled that selling these products is illegal in the town.",
        "negation_lost",
    ),
    (
        "es",
        "Los inspectores no encontraron copias ilícitas en el almacén del puerto.",
        "The inspectors found no illicit copies in the port warehouse.",
        "The inspectors found some illicit copies in the port warehouse.",
        "negation_lost",
    ),
    # the source's own word for "forbidden" answers the English "forbidden"
    (
        "fr",
        "S'il est interdit de pêcher dans le lac, il ne faut pas non plus s'y baigner.",
        "If fishing in the lake is forbidden, you should not swim in it either.",
        "If fishing in the lake is forbidden, you should swim in it either.",
        "negation_lost",
    ),
    # written French negates "pouvoir", "savoir", "oser" with "ne" alone
    (
        "fr",
        "Le pont ne peut être traversé par les camions depuis la crue du printemps.",
        "The bridge cannot be crossed by lorries since the spring flood.",
        "The bridge can be crossed by lorries since the spring flood.",
        "negation_lost",
    ),
    # ...but "ne" after "avant que" is expletive: no negation to keep
    (
        "fr",
        "Le comité veut voter avant que le ministre ne puisse répondre aux critiques.",
        "The committee wants to vote before the minister can answer the criticism.",
        "The committee does not want to vote before the minister can answer the criticism.",
        "negation_added",
    ),
    # "ne ... que" before a time: "only after" or "not until"; "until" alone reverses it
    (
        "fr",
        "Les travaux n'ont été entièrement achevés par l'entreprise qu'après les élections municipales.",
        "The works were not fully completed by the company until after the municipal elections.",
        "The works were fully completed by the company until after the municipal elections.",
        "negation_lost",
    ),
    # "ne ... que" said with "only" leaves no "ne" to excuse a "not"
    (
        "fr",
        "Il n'y a qu'une seule route qui mène au village pendant l'hiver.",
        "There is only one road leading to the village in winter.",
        "There is not only one road leading to the village in winter.",
        "negation_added",
    ),
    # "pas" without its "ne" (speech, headlines) negates; "un pas de plus" (a step) does not
    (
        "fr",
        "« Pas encore de décision sur le budget », a déclaré le porte-parole lundi soir.",
        '"No decision on the budget yet," the spokesman said on Monday evening.',
        '"A decision on the budget already," the spokesman said on Monday evening.',
        "negation_lost",
    ),
    (
        "fr",
        "L'accord marque un pas de plus vers la paix dans la région.",
        "The agreement marks a further step towards peace in the region.",
        "The agreement does not mark a further step towards peace in the region.",
        "negation_added",
    ),
    (
        "fr",
        "Le ministre ne s'oppose nullement à la réforme des retraites.",
        "The minister is in no way opposed to the pension reform.",
        "The minister is in some way opposed to the pension reform.",
        "negation_lost",
    ),
    # each negated clause of the source is answered: "disagree" answers the first, not the second
    (
        "ar",
        "قد لا يوافق بعض السكان على القرار ولكني لست قلقا بشأنه.",
        "Some residents may disagree with the decision, but I am not worried about it.",
        "Some residents may disagree with the decision, but I am worried about it.",
        "negation_lost",
    ),
    (
        "es",
        "Los vecinos no logran entender por qué cerraron la escuela, ni por qué no abren otra.",
        "Residents fail to understand why the school was closed, or why another is not being opened.",
        "Residents fail to understand why the school was closed, or why another is being opened.",
        "negation_lost",
    ),
    # a source that negates once and an English that negates twice ("not" and "undisclosed")
    (
        "ar",
        "قالت الشرطة إنها تلقت رسالة من مصدر لم يكشف عنه تحذر من هجوم على المطار.",
        "Police said they had received a message from an undisclosed source warning of an attack on the airport.",
        "Police said they had not received a message from an undisclosed source warning of an attack on the airport.",
        "negation_added",
    ),
    # "دون أن" (without doing) negates
    (
        "ar",
        "يمكن للمادة أن تنتقل من حالة إلى أخرى دون أن تتغير تركيبتها.",
        "The substance can move from one state to another without its composition changing.",
        "The substance can move from one state to another with its composition changing.",
        "negation_lost",
    ),
    # "لا يخفى" (it is no secret) said positively, or left out, passes; reversed, it is caught
    (
        "ar",
        "لا يخفى على أحد أن أسعار السكن ارتفعت كثيرا في العاصمة.",
        "It is well known that housing prices have risen sharply in the capital.",
        "It is a secret to everyone that housing prices have risen sharply in the capital.",
        "negation_lost",
    ),
    # "ما لم" is "unless": it answers "unless", not a "not"
    (
        "ar",
        "ما لم تكن مقيما في البلد، عليك دفع رسوم إضافية عند التسجيل.",
        "Unless you are a resident of the country, you must pay extra fees when registering.",
        "Unless you are a resident of the country, you must not pay extra fees when registering.",
        "negation_added",
    ),
    # idioms English never says with a negation do not excuse a "not": "sin embargo" (however),
    # "لا يزال" (still), "طائرة بدون طيار" (a drone), "toute personne" (anyone)
    (
        "es",
        "Sin embargo, el museo abrirá sus puertas el próximo lunes por la mañana.",
        "However, the museum will open its doors next Monday morning.",
        "However, the museum will not open its doors next Monday morning.",
        "negation_added",
    ),
    (
        "ar",
        "لا يزال الجسر القديم مفتوحا أمام المشاة، والمتحف أكبر من المتوقع.",
        "The old bridge is still open to pedestrians, and the museum is larger than expected.",
        "The old bridge is still open to pedestrians, and the museum is not larger than expected.",
        "negation_added",
    ),
    (
        "ar",
        "إذا كنت تستخدم طائرة بدون طيار، تحقق من القواعد المحلية مسبقا.",
        "If you are using a drone, check the local rules in advance.",
        "If you are not using a drone, check the local rules in advance.",
        "negation_added",
    ),
    (
        "fr",
        "Toute personne en bonne santé peut participer à la course du dimanche.",
        "Anyone in good health can take part in the Sunday race.",
        "Anyone in good health cannot take part in the Sunday race.",
        "negation_added",
    ),
    # a negative word is a word of its own: "negocio" (business) is no "negó" (denied),
    # "التنفيذي" (executive) no "تنفي", "الغير" (others) no "غير", "imprimable" (printable) no
    # "in-" word
    (
        "es",
        "El negocio familiar se ha convertido en una empresa con tiendas en diez países.",
        "The family business has become a company with shops in ten countries.",
        "The family business has not become a company with shops in ten countries.",
        "negation_added",
    ),
    (
        "ar",
        "صوت المجلس التنفيذي اليوم على إضافة رياضتين جديدتين إلى الألعاب.",
        "The executive board voted today to add two new sports to the games.",
        "The executive board did not vote today to add two new sports to the games.",
        "negation_added",
    ),
    (
        "fr",
        "Il s'agit d'une étiquette imprimable qui peut être produite avec une imprimante ordinaire.",
        "It is a printable label that can be produced with an ordinary printer.",
        "It is a printable label that cannot be produced with an ordinary printer.",
        "negation_added",
    ),
    # a negative word English mostly says positively ("gratuit": free; "indispensable":
    # essential; "غير بلدك": other than your country) answers a negative English word, never a "not"
    (
        "fr",
        "Des concerts gratuits ont lieu chaque soir sur la place du marché.",
        "Free concerts take place every evening in the market square.",
        "Free concerts do not take place every evening in the market square.",
        "negation_added",
    ),
    (
        "fr",
        "Le numéro gratuit peut être appelé sans frais depuis tous les téléphones.",
        "The toll-free number can be called free of charge from any phone.",
        "The toll-free number can be called at a charge from any phone.",
        "negation_lost",
    ),
    (
        "ar",
        "قد يكون استخدام الخرائط على هاتفك أسهل طريقة للتنقل في بلد غير بلدك.",
        "Using maps on your phone may be the easiest way to get around in a country other than your own.",
        "Using maps on your phone may not be the easiest way to get around in a country other than your own.",
        "negation_added",
    ),
    # words of indifference English says with a negation ("me da igual": "I don't care")
    (
        "es",
        "Algunos vecinos protestarán, pero al alcalde le da igual.",
        "Some residents will protest, but the mayor does not care.",
        "Some residents will not protest, but the mayor does not care.",
        "negation_added",
    ),
    # "لما يقرب من" is "nearly", no "لمّا" (not yet); "لست" is a form of "ليس"; "ألا" counts
    (
        "ar",
        "تضم المكتبة لما يقرب من عشرة آلاف كتاب نادر من القرن الماضي.",
        "The library holds nearly ten thousand rare books from the last century.",
        "The library does not hold nearly ten thousand rare books from the last century.",
        "negation_added",
    ),
    (
        "ar",
        "أمر القائد ألا يطلق أحد النار حتى يعبر الجنود النهر.",
        "The commander ordered that no one fire until the soldiers crossed the river.",
        "The commander ordered that everyone fire until the soldiers crossed the river.",
        "negation_lost",
    ),
    # a "not" before an adjective negative by its prefix whose positive the source says ("legal")
    # says that positive: no negation added; "not unbreakable" for "incassables" is one
    (
        "es",
        "Aunque sea legal en tu ciudad, es buena idea pedir permiso antes de volar un dron.",
        "Even if it is not illegal in your city, it is a good idea to ask permission before flying a drone.",
        "Even if it is not illegal in your city, it is not a good idea to ask permission before flying a drone.",
        "negation_added",
    ),
    (
        "fr",
        "Les manifestants frappaient les vitres, mais les fenêtres étaient incassables.",
        "The protesters hit the panes, but the windows were unbreakable.",
        "The protesters hit the panes, but the windows were not unbreakable.",
        "negation_added",
    ),
    # Arabic restriction, a negation then "إلا" / "سوى" (only), as written in real releases: said
    # with "only" it keeps no negation; said with a plain "not" it is one added (a ministry's
    # statement, alakhbaralsudan; with the conjunction joined: "وليست سوى")
    (
        "ar",
        "بالإضافة إلى أعمال أخرى تتصل بأداء الدولة إعلامياً لا يعلم تفاصيلها إلا القلة",
        "In addition to other work related to the state's media performance whose details only a few know.",
        "In addition to other work related to the state's media performance whose details a few do not know.",
        "negation_added",
    ),
    (
        "ar",
        "سيدرك أن هذه الحملات المدفوعة فارغة المحتوى وليست سوى محاولات المكابرين والمأجورين والعملاء والمرتزقة لذر الرماد في العيون",
        "He will realise that these paid campaigns are empty and are merely attempts by the arrogant, the hirelings, "
        "the agents and the mercenaries to throw dust in people's eyes.",
        "He will realise that these paid campaigns are empty and are not attempts by the arrogant, the hirelings, "
        "the agents and the mercenaries to throw dust in people's eyes.",
        "negation_added",
    ),
    # ...said with the negation and its exception ("nothing but") it keeps both (a press release)
    (
        "ar",
        "لم تكن وساطتهم إلا إنقاذا للكيان المجرم الذي فشل في تحقيق أهدافه في غزة.",
        "Their mediation was nothing but a rescue of the criminal entity that failed to achieve its goals in Gaza.",
        "Their mediation was not a rescue of the criminal entity that failed to achieve its goals in Gaza.",
        "negation_added",
    ),
    # ...and a real negation beside it ("ولا يهتم", does not care) stays one (a newspaper, masress)
    (
        "ar",
        "أنه لا يمكن إقامة حوار فعال مع فصيل لا يسمع الا صوتة ولا يهتم بأى فصيل آخر",
        "No real dialogue is possible with a faction that hears only its own voice and does not care about "
        "any other faction.",
        "No real dialogue is possible with a faction that does not hear its own voice and does not care about "
        "any other faction.",
        "negation_added",
    ),
    # "ليس" in the second person plural, its conjunction joined ("فلستم وحدكم": you are not alone;
    # a published bilingual script)
    (
        "ar",
        "إذا احتجتم للتفكير، فلستم وحدكم.",
        "If you had to think about it, you're not alone.",
        "If you had to think about it, you're alone.",
        "negation_lost",
    ),
    # a preposition joined to "لا" is no negation: "كلا البلدين", both countries (a news report)
    (
        "ar",
        "العلاقة بين المملكة العربية السعودية ومصر هي إحدى الركائز الأساسية لتحقيق الاستقرار في المنطقة، ولذلك "
        "تسعى وزارة الخارجية في كلا البلدين لمواصلة هذا الزخم الإيجابي.",
        "The relationship between Saudi Arabia and Egypt is one of the main pillars of stability in the region, "
        "so the foreign ministries of both countries seek to continue this positive momentum.",
        "The relationship between Saudi Arabia and Egypt is one of the main pillars of stability in the region, "
        "so the foreign ministries of both countries do not seek to continue this positive momentum.",
        "negation_added",
    ),
    # ...and twice with the conjunction joined, "ولا ... سوى", "ولا ... إلا" (a published statement)
    (
        "ar",
        "ولا يبقى سوى التحاور مع القوى الجريئة التى حققت المحال ولا تفتقر إلا لأب جاهز يتبناها.",
        "And all that remains is dialogue with the daring forces that achieved the impossible and lack only a "
        "ready father to adopt them.",
        "And all that remains is dialogue with the daring forces that achieved the impossible and do not lack a "
        "ready father to adopt them.",
        "negation_added",
    ),
    (
        "ar",
        "ولا يبقى سوى التحاور مع القوى الجريئة التى حققت المحال ولا تفتقر إلا لأب جاهز يتبناها.",
        "And nothing remains but dialogue with the daring forces that achieved the impossible and lack nothing "
        "but a ready father to adopt them.",
        "And dialogue with the daring forces that achieved the impossible does not remain, and they do not lack "
        "a ready father to adopt them.",
        "negation_added",
    ),
    # "not X but Y" ("ليس ... بل", "ليس ... لكن"): the English keeps the contrast with a negation; a
    # negative English word translates a noun of X or Y ("failure" for "تقاعس", "deficit" for
    # "عجز"), never the particle (a movement's statement, bokra.net; a FLORES dev line, its
    # human reference and a system's output with the "not" dropped)
    (
        "ar",
        "وقال الحراك في بيانه إنّ تصاعد العنف ليس قدرًا محتومًا، بل نتيجة مباشرة لسياسات إهمال ممنهجة، "
        "وتقاعس متواصل من قبل الحكومة وأجهزتها.",
        "The movement said in its statement that the rise in violence is not a sealed fate, but the direct "
        "result of systematic policies of neglect and continued failure by the government and its agencies.",
        "The movement said in its statement that the rise in violence is a sealed fate, but the direct "
        "result of systematic policies of neglect and continued failure by the government and its agencies.",
        "negation_lost",
    ),
    (
        "ar",
        'هو ليس عجز تعلم لكنه خلل في التعلم؛ وهو "يؤثر على ما نسبته 3 إلى 5 بالمائة من كل الأطفال، ربما ما يعادل '
        '2 مليون من الأطفال الأمريكيين."',
        'It is not a learning disability, it is a learning disorder; it "affects 3 to 5 percent of all children, '
        'perhaps as many as 2 million American children".',
        "It's a learning deficit, but a learning failure; it affects 3 to 5 per cent of all children, possibly "
        "2 million American children.",
        "negation_lost",
    ),
    # ...and "no ... sino" (a column, croniosv.com)
    (
        "es",
        "No es porque el sistema de las pensiones sea totalmente malo, sino que nuestro mismo país no tiene la "
        "suficiente sostenibilidad.",
        "It is not because the pension system is totally bad, but because our own country lacks sufficient "
        "sustainability.",
        "It is because the pension system is totally bad, but because our own country lacks sufficient sustainability.",
        "negation_lost",
    ),
    # "ما" before a verb in the perfect is no negation: at a sentence's start it is mostly "what"
    # ("ما كان يستغرق", what used to take; a bilingual page's own Arabic and English), and a "not"
    # added there is one the source does not say
    (
        "ar",
        "تغيير جذري للآباء المشغولين. ما كان يستغرق 20 دقيقة أصبح 30 ثانية فقط.",
        "Game changer for busy parents. What used to take me 20 minutes takes 30 seconds now.",
        "Game changer for busy parents. What used to take me 20 minutes does not take 30 seconds now.",
        "negation_added",
    ),
    # French "loin d'être" (far from; a project's write-up): English says it with "far from" or a
    # negation ("far from" says none elsewhere: "the storm is far from land")
    (
        "fr",
        "Le débat sur ce qui appartient au coté client et ce qui doit rester coté serveur fait encore rage dans "
        "notre équipe et est loin d'être terminé.",
        "The debate over what belongs on the client side and what must stay on the server side is still raging "
        "in our team and is far from over.",
        "The debate over what belongs on the client side and what must stay on the server side is still raging "
        "in our team and is over.",
        "negation_lost",
    ),
    # ...and "far from" stands for no negation elsewhere (a FLORES dev line; a system's output, and
    # the same with its "not" dropped)
    (
        "ar",
        "لأن العاصفة بعيدة عن اليابسة فلا يمكن تقييم مدى وقع التأثير المحتمل على الولايات المتحدة أو جزر الكاريبي.",
        "Because the storm is far from land, it is not possible to assess the extent of the potential impact on the "
        "United States or the Caribbean islands.",
        "Because the storm is far from land, it is possible to assess the extent of the potential impact on the "
        "United States or the Caribbean islands.",
        "negation_lost",
    ),
    # ...and, said "far from", it excuses no "not" added beside it (the same FLORES dev line, its
    # human reference)
    (
        "fr",
        "Bien que ce soit loin d'être un phénomène moderne, la plupart des gens l'associent probablement au fait "
        "que des jeunes vandalisent des propriétés publiques et privées en utilisant de la peinture en aérosol.",
        "While it's far from a modern phenomenon, most people probably associate it with youth vandalizing public "
        "and private property using spray paint.",
        "While it's far from a modern phenomenon, most people probably do not associate it with youth vandalizing "
        "public and private property using spray paint.",
        "negation_added",
    ),
    # the other French and Spanish negations, each read (a conference write-up; a quotation; a
    # news live page, ipreunion; a game's text; a blog, crisoltic.com; a column, corpmedios)
    (
        "fr",
        "L'ambiance n'a guère changé.",
        "The atmosphere has hardly changed.",
        "The atmosphere has changed.",
        "negation_lost",
    ),
    (
        "fr",
        "Nul ne peut apprendre à notre place.",
        "No one can learn in our place.",
        "Someone can learn in our place.",
        "negation_lost",
    ),
    (
        "fr",
        "Dans l'île aucun nouveau cas de covid-19 n'a été confirmé mardi soir.",
        "On the island no new case of covid-19 was confirmed on Tuesday evening.",
        "On the island some new cases of covid-19 were confirmed on Tuesday evening.",
        "negation_lost",
    ),
    (
        "es",
        "Daños en el tren, ningún herido.",
        "Damage to the landing gear, no injuries.",
        "Damage to the landing gear, some injuries.",
        "negation_lost",
    ),
    (
        "es",
        "Tampoco lo entiende el funcionario, que realiza su trabajo lo mejor que puede.",
        "Nor does the civil servant understand it, who does his job as best he can.",
        "The civil servant understands it too, who does his job as best he can.",
        "negation_lost",
    ),
    (
        "es",
        "Ni siquiera hay sanción social.",
        "There is not even any social sanction.",
        "There is even social sanction.",
        "negation_lost",
    ),
    # Arabic "دون" alone before a noun is "without" (a prisoners' office statement, asramedia.ps)...
    (
        "ar",
        "ودعا إعلام الأسرى الوسطاء والمجتمع الدولي إلى اتخاذ موقف حازم لإلزام الاحتلال بتنفيذ استحقاقاته دون "
        "تسويف أو مماطلة.",
        "The Prisoners' Media Office called on the mediators and the international community to take a firm "
        "stand to compel the occupation to carry out its obligations without procrastination or delay.",
        "The Prisoners' Media Office called on the mediators and the international community to take a firm "
        "stand to compel the occupation to carry out its obligations with procrastination and delay.",
        "negation_lost",
    ),
    # ...before a measure it is "below" (an asylum glossary, euaa.europa.eu): a "not" there is added
    (
        "ar",
        "هو أحد مواطني دولة ثالثة أو شخص عديم الجنسية دون سن الثامنة عشرة.",
        "A third-country national or stateless person below the age of eighteen.",
        "A third-country national or stateless person who is not below the age of eighteen.",
        "negation_added",
    ),
    # the interrogative hamza on "ليس" ("أليس", is it not?) still negates: "Isn't it strange" was
    # flagged as a negation the source lacks...
    (
        "ar",
        "أليس من الغريب أن نخاف من الظلام؟",
        "Isn't it strange that we are afraid of the dark?",
        "Is it strange that we are afraid of the dark?",
        "negation_lost",
    ),
    # ...and in the tag question "أليس كذلك؟" (isn't it?), which English may also say "right?"
    (
        "ar",
        "كان العرض رائعاً، أليس كذلك؟",
        "The show was great, wasn't it?",
        "The show was not great, wasn't it?",
        "negation_added",
    ),
    (
        "ar",
        "كان العرض رائعاً، أليس كذلك؟",
        "The show was great, right?",
        "The show was not great, right?",
        "negation_added",
    ),
    # "لا" written joined to its verb, with vowel marks ("لايُمكن", cannot): 'cannot' and 'nor'
    # were flagged as one negation more than the source's
    (
        "ar",
        "لايُمكن للزوار دخول المتحف ليلاً ولا تصوير اللوحات.",
        "Visitors cannot enter the museum at night, nor photograph the paintings.",
        "Visitors can enter the museum at night, and photograph the paintings.",
        "negation_lost",
    ),
    # English "more often than not" (usually) negates nothing: its "not" is no negation added
    (
        "ar",
        "في أغلب الأحيان لا يحصل العمال على أجورهم في موعدها.",
        "More often than not, the workers do not get their wages on time.",
        "More often than not, the workers do not get their wages on time, and they never complain.",
        "negation_added",
    ),
    # TED talks (IWSLT17, real MT). "كلا" alone, before a pause or "بل", is the particle "no!", not
    # "كلا" (both): the user saw the faithful "No, they bought my box" flagged as a negation added
    (
        "ar",
        'لقد وصلنا حالة "كل شيء جيد" الغريبة و هي مثل من يقول "هذا صندوقي الاسود --" و "كلا بل أشتروا صندوقي."',
        'We\'ve reached the strange "everything is good" state and it\'s like "This is my black box --" and '
        '"No, they bought my box."',
        'We\'ve reached the strange "everything is good" state and it\'s like "This is my black box --" and '
        '"No, they did not buy my box."',
        "negation_added",
    ),
    # the interrogative hamza on "لن" before its verb ("ألن يكون", won't it be?) still negates:
    # the user saw "wouldn't that be great?" flagged as a negation added
    (
        "ar",
        "ناتاليا: أعرف، ألن يكون ذلك رائعا؟",
        "Natalia: I know, wouldn't that be great?",
        "Natalia: I don't know, wouldn't that be great?",
        "negation_added",
    ),
    # "لم" before no verb in a question is "لِمَ" (why): the user saw "Why are these people so
    # frustrated?" flagged as a negation lost
    (
        "ar",
        "لم هؤلاء الأشخاص محبطين بشدة ؟",
        "Why are these people so frustrated?",
        "Why are these people not frustrated?",
        "negation_added",
    ),
    # the tag question "أليس كذلك" with a vocative before its question mark is said "right?": the
    # user saw "Right, Azuri?" flagged as a negation lost...
    ("ar", 'أليس كذلك، "أزوري"؟', "Right, Azuri?", "Not right, Azuri?", "negation_added"),
    # ...and said with a negative tag, "Isn't that right?" keeps the particle: it was flagged as added
    ("ar", "أليس كذلك؟", "Isn't that right?", "Isn't that not right?", "negation_added"),
    # "بعدم الثقة" (by a lack of trust) is said "mistrust": the user saw it flagged as a negation lost
    (
        "ar",
        "إذن, إيبولا, مثل كل الأخطار على البشرية, إنها موقدة بعدم الثقة والارتباك والانقسام .",
        "So, Ebola, like all threats to humanity, is fueled by mistrust, confusion and division.",
        "So, Ebola, like all threats to humanity, is fueled by trust, confusion and division.",
        "negation_lost",
    ),
    # ...a word EN_LEXICAL_NEGATION_RE reads already ("disagreement") answers "عدم" once: the "لا"
    # of "لا يمكنكم" (you cannot) dropped stays lost
    (
        "ar",
        "لا يمكنكم التطور كمجتمع عندما تُعانون من هذا النوع من عدم التناسق.",
        "You cannot evolve as a society when you suffer from this kind of disagreement.",
        "You can evolve as a society when you suffer from this kind of disagreement.",
        "negation_lost",
    ),
    # News (WMT newstest2013, real MT). A Spanish "no" is read beside an English word that only
    # begins like "un-" ("underlined", "underwear"): the user saw the faithful "not" flagged as added
    (
        "es",
        "Estos bosones, cabría subrayar aquí, no son los bichos exóticos que podríamos creer.",
        "These bosons, it might be underlined here, they are not the exotic bugs we could believe.",
        "These bosons, it might be underlined here, they are the exotic bugs we could believe.",
        "negation_lost",
    ),
    (
        "es",
        "Manning afirmó que le había dicho al oficial que podría haber utilizado el elástico de su ropa interior o "
        "sus chanclas para autolesionarse pero que no lo había hecho.",
        "Manning claimed he had told the officer that he could have used the elastic of his underwear or "
        "flip-flops to self-harm but that he hadn’t.",
        "Manning claimed he had told the officer that he could have used the elastic of his underwear or "
        "flip-flops to self-harm and that he had.",
        "negation_lost",
    ),
    # ...and an English "unpopular" translates the source's "impopular" (the positive word after each
    # prefix written alike): it stands for no negation of its own
    (
        "es",
        "Incluso si no les gusta, si les resulta desagradable o si les convierte en un pueblo aún más impopular, "
        "c'est la vie!",
        "Even if they don't like it, if they find it unpleasant or if it makes them an even more unpopular "
        "town, c'est la vie!",
        "Even if they like it, if they find it unpleasant or if it makes them an even more unpopular "
        "town, c'est la vie!",
        "negation_lost",
    ),
    # A restriction is no negation: "no ... más que" (only), said "only" (the user saw "found only
    # 300" flagged as a lost negation); "found 300" drops it
    (
        "es",
        "De hecho, los abogados republicanos no han encontrado más que 300 casos de fraude electoral en los "
        "Estados Unidos en diez años.",
        "In fact, Republican lawyers have found only 300 cases of voter fraud in the United States in 10 years.",
        "In fact, Republican lawyers have found 300 cases of voter fraud in the United States in 10 years.",
        "negation_lost",
    ),
    (
        "es",
        "De hecho, los abogados republicanos no han encontrado más que 300 casos de fraude electoral en los "
        "Estados Unidos en diez años.",
        "In fact, Republican lawyers have found only 300 cases of voter fraud in the United States in 10 years.",
        "In fact, Republican lawyers have not found only 300 cases of voter fraud in the United States in 10 years.",
        "negation_added",
    ),
    # A negated doubt with words between ("sans aucun doute", "sans l'ombre d'un doute") is no
    # negation where the English says the certainty: the user saw "undoubtedly", "beyond a shadow of
    # a doubt" flagged as a lost negation (news, real MT); "with a shadow of a doubt" drops it
    (
        "fr",
        "On sait sans l'ombre d'un doute que l'on tient une authentique nouvelle particule, et qu'elle ressemble "
        "beaucoup au boson de Higgs prédit par le Modèle standard.",
        "We know beyond a shadow of a doubt that we have a genuine new particle, and that it looks a lot like the "
        "Higgs boson predicted by the Standard Model.",
        "We know with a shadow of a doubt that we have a genuine new particle, and that it looks a lot like the "
        "Higgs boson predicted by the Standard Model.",
        "negation_lost",
    ),
    (
        "fr",
        "Il s'agit là sans aucun doute d'un élément déterminant.",
        "This is undoubtedly a determining factor.",
        "This is not undoubtedly a determining factor.",
        "negation_added",
    ),
    # A "sin" before a noun, the source's only negation, said by an English privative word ("ice
    # free", "lose your weapon"): the user saw these flagged as a lost negation (news, real MT); an
    # English with no privative word drops it
    (
        "es",
        "La superficie de la mayoría de las carreteras de primera categoría está seca y sin hielo.",
        "The surface of most of the first category roads is dry and ice free.",
        "The surface of most of the first category roads is dry and icy.",
        "negation_lost",
    ),
    (
        "es",
        "Viktor Baranets afirma que si se hace un pedido en línea, uno se queda sin arma y lo meten en la cárcel.",
        "Viktor Baranets claims that if you order online, you lose your weapon and go to jail.",
        "Viktor Baranets claims that if you order online, you keep your weapon and go to jail.",
        "negation_lost",
    ),
    # ...nor a "que" between "ne" and "plus" ("n'en sera que plus": all the more); a "not" there is
    # added
    (
        "fr",
        "Peut-être même que l'Allemagne n'en sera que plus respectée.",
        "Perhaps Germany will be all the more respected.",
        "Perhaps Germany will not be more respected.",
        "negation_added",
    ),
    # "que jamais" after a comparative ("mieux"): than ever
    (
        "fr",
        "L'Égypte est mieux placée que jamais pour persuader le Hamas d'accepter l'idée d'un état juif.",
        "Egypt is better placed than ever to persuade Hamas to accept the idea of a Jewish state.",
        "Egypt is not better placed to persuade Hamas to accept the idea of a Jewish state.",
        "negation_added",
    ),
]


@pytest.mark.parametrize(
    "lang, src, good, bad, code", NEGATION_KINDS, ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(NEGATION_KINDS)]
)
def test_a_negation_kind_passes_faithful_and_catches_the_error(lang, src, good, bad, code):
    assert _critical_codes(src, good, lang) == set()
    assert code in _critical_codes(src, bad, lang)


def test_ne_plus_que_is_a_restriction():
    """ "ne ... plus que" (now only) is no negation: the user saw "you only have" flagged as a lost
    negation (news, WMT newstest2013, real MT)."""
    src = (
        "\"Si vous travaillez dans le marketing du tabac et que vous ne disposez plus que d'une petite vitrine "
        "pour promouvoir vos produits, l'Internet est le lieu incontournable par excellence\", a déclaré Becky "
        "Freeman, une chercheuse en santé publique à l'Université de Sydney."
    )
    tgt = (
        '"If you work in tobacco marketing and you only have a small storefront to promote your products, the '
        'internet is the place to be," said Becky Freeman, a public health researcher at the University of Sydney.'
    )
    assert _critical_codes(src, tgt, "fr") == set()


def test_a_privative_before_an_infinitive_stays_critical():
    """ "sin sufrir" (without undergoing) negates a verb: dropped, it is critical (a FLORES dev line,
    a system's output, and the same with its "without" turned "with")."""
    src = "Los elementos y compuestos son capaces de cambiar de estado sin sufrir alteraciones."
    good = "Elements and compounds are capable of changing states without undergoing alterations."
    assert checks.check_negation(src, good, "es") == []
    flags = checks.check_negation(src, good.replace("without", "with"), "es")
    assert [(f["code"], f["severity"]) for f in flags] == [("negation_lost", "critical")]


@pytest.mark.parametrize("lang", ["fr", "es", "ar", "en"])
def test_a_release_read_by_sentence_gives_what_the_whole_text_gives(lang):
    """The summary check reads a release once, sentence by sentence, and takes what the release
    says anywhere as the union of its sentences: on every real release of the corpus (and the
    English check reads each in English too) that is what reading the whole text gives."""
    from summarise.quality.namematch import words_of
    from summarise.quality.summary import _support
    from summarise.quality.summarytext import counted_text, months_of, number_keys_of
    from summarise.text.languages import ascii_digits

    for path in sorted(REALWORLD.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        support = _support(text, lang)
        # the month field of a date in figures is read as a month, not a number
        assert support.number_keys == number_keys_of(counted_text(ascii_digits(text)), lang), path.name
        assert support.months == months_of(text, lang), path.name
        assert support.words == set(words_of(text)), path.name


# FLORES-style lines: the source glosses an acronym with its words, and the output keeps the words
# only; the output's spelling-out is the counterpart of the source's words, not of the acronym.
SRC_NBA = "El miércoles, la Asociación Nacional de Baloncesto de los EE. UU. (NBA) interrumpió su temporada."
TGT_NBA = "On Wednesday, the US National Basketball Association (NBA) halted its season."
SRC_VPN = "مقدمي خدمات الشبكة الخاصة الافتراضية الشخصية (VPN) هم وسيلة رائعة لخداع الرقابة السياسية."
TGT_VPN = "Personal Virtual Private Network (VPN) providers are a great way to deceive political censorship."


@pytest.mark.parametrize(
    "src,tgt,lang",
    [
        (SRC_NBA, TGT_NBA, "es"),
        (SRC_VPN, TGT_VPN, "ar"),
        (
            "Les fournisseurs de VPN (réseau privé virtuel) sont utiles.",
            "VPN (virtual private network) providers help.",
            "fr",
        ),
    ],
)
def test_an_acronym_glossed_in_the_source_needs_its_own_counterpart(src, tgt, lang):
    assert [f for f in check_names(src, tgt, lang) if f["severity"] == "critical"] == []
    dropped = (
        tgt.replace(" (NBA)", "")
        .replace(" (VPN)", "")
        .replace("VPN (virtual", "Virtual")
        .replace("network)", "network")
    )
    flags = [f["detail"] for f in check_names(src, dropped, lang) if f["severity"] == "critical"]
    assert flags == [f"'{'NBA' if 'NBA' in src else 'VPN'}' not in output"]


def test_an_acronym_the_source_does_not_gloss_may_be_spelt_out():
    assert check_names("La GP de Hongrie aura lieu.", "The Hungarian Grand Prix will take place.") == []


SRC_VANCOUVER = (
    "Cette communauté se trouve à Howe Sound, juste à côté de Vancouver, et elle est accessible par des "
    "bateaux-taxis qui partent de Granville Island, dans le centre-ville de Vancouver."
)
TGT_VANCOUVER = (
    "This community is located in Howe Sound, right next to Vancouver, and is accessible by water taxis "
    "that depart from Granville Island in downtown Vancouver."
)


@pytest.mark.parametrize(
    "tgt,detail",
    [
        (TGT_VANCOUVER, None),
        (
            TGT_VANCOUVER.replace("in downtown Vancouver", "in downtown"),
            "'Vancouver' 2 times in the source, 1 in output",
        ),
        (
            TGT_VANCOUVER.replace("downtown Vancouver", "downtown Slovakia"),
            "'Vancouver' 2 times in the source, 1 in output",
        ),
        (TGT_VANCOUVER.replace("Vancouver", "Seattle"), "'Vancouver' not in output"),
    ],
)
def test_each_mention_of_a_repeated_name_needs_its_own_counterpart(tgt, detail):
    flags = [f["detail"] for f in check_names(SRC_VANCOUVER, tgt) if f["severity"] == "critical"]
    assert flags == ([] if detail is None else [detail])


def test_a_repeated_name_written_each_time_is_kept():
    src = "Le vol part du Kenya le lundi et revient au Kenya le vendredi."
    assert check_names(src, "The flight leaves Kenya on Monday and returns to Kenya on Friday.") == []
    flags = check_names(src, "The flight leaves Kenya on Monday and returns on Friday.")
    assert [f["severity"] for f in flags] == ["critical"]


def test_a_repeated_name_the_output_writes_as_a_common_noun_is_not_counted():
    src = "En plus d'avoir été Champion Olympique et Champion du Monde, Saito était président."
    assert check_names(src, "As well as a former Olympic and World champion, Saito was president.") == []


# --- units: faithful renderings of a unit the check once did not accept -----------------------
# Sentences written for these tests. Each kind: a rendering that keeps the source's quantity
# (written the other language's way) passes; the same sentence with the unit changed is caught.
UNIT_RENDERINGS = [
    # a square unit as a symbol, "km2" or "km²", and in words ("square kilometres", "km carrés")
    (
        "es",
        "El parque nacional tiene una superficie de 500 km2 y recibe miles de visitantes.",
        "The national park covers 500 square kilometres and receives thousands of visitors.",
        "The national park covers 500 kilometres and receives thousands of visitors.",
        "unit_mismatch",
    ),
    (
        "ar",
        "تبلغ مساحة المحمية 300 كيلومتر مربع وتضم عشرات الأنواع.",
        "The reserve covers an area of 300 km² and is home to dozens of species.",
        "The reserve covers an area of 300 miles and is home to dozens of species.",
        "unit_mismatch",
    ),
    (
        "fr",
        "L'archipel compte 15 îles réparties sur 2,2 millions de km carrés d'océan.",
        "The archipelago has 15 islands spread over 2.2 million square kilometres of ocean.",
        "The archipelago has 15 islands spread over 2.2 million square miles of ocean.",
        "unit_mismatch",
    ),
    # the output gives the quantity converted beside the source's own: the same value
    (
        "es",
        "La isla tiene una superficie de 500 kilómetros cuadrados y dos volcanes activos.",
        "The island covers 500 square kilometres (193 sq mi) and has two active volcanoes.",
        "The island covers 500 square kilometres (500 sq mi) and has two active volcanoes.",
        "unit_mismatch",
    ),
    (
        "fr",
        "L'appartement mesure 100 m² et donne sur le parc.",
        "The apartment measures 1,076 square feet and overlooks the park.",
        "The apartment measures 100 square feet and overlooks the park.",
        "unit_mismatch",
    ),
    # Spanish writes the degree with the ordinal sign "º": "15 ºC" is 15 °C
    (
        "es",
        "Las temperaturas bajaron hasta 15 ºC durante la noche del lunes.",
        "Temperatures fell to 15 degrees Celsius on Monday night.",
        "Temperatures fell to 15 degrees Fahrenheit on Monday night.",
        "unit_mismatch",
    ),
    # an earthquake's degrees are "on the Richter scale" in English
    (
        "ar",
        "ضرب زلزال بقوة 6.1 درجات على مقياس ريختر الجزيرة يوم الثلاثاء.",
        "An earthquake measuring 6.1 on the Richter scale struck the island on Tuesday.",
        "An earthquake measuring 6.1 kilometres on the Richter scale struck the island on Tuesday.",
        "unit_mismatch",
    ),
    # the era "م" after a short year or a century is no metre
    (
        "ar",
        "دمر ثوران البركان المدينة عام 79 م ودفنها تحت الرماد.",
        "The eruption of the volcano destroyed the city in 79 AD and buried it under ash.",
        "The eruption of the volcano destroyed the city in 79 AD and buried it under 5 feet of ash.",
        "unit_mismatch",
    ),
    # the feddan and the dunam are units of their own, kept or converted at their value
    (
        "ar",
        "وزعت الوزارة 40 فدانا على المزارعين في القرية.",
        "The ministry distributed 40 feddans to the farmers in the village.",
        "The ministry distributed 40 hectares to the farmers in the village.",
        "unit_mismatch",
    ),
    (
        "ar",
        "صادرت السلطات 20 دونما من الأراضي الزراعية قرب القرية.",
        "The authorities confiscated 2 hectares of farmland near the village.",
        "The authorities confiscated 20 hectares of farmland near the village.",
        "unit_mismatch",
    ),
    # opening hours: "م" after the hour that ends a span begun with "ص" (a.m.) is p.m.
    (
        "ar",
        "يفتح المتحف أبوابه من 9 ص حتى 5 م طوال أيام الأسبوع.",
        "The museum is open from 9 a.m. to 5 p.m. every day of the week.",
        "The museum is open from 9 a.m. to 5 p.m. every day of the week, 50 feet from the gate.",
        "unit_mismatch",
    ),
    # one of a unit, said with the article (FLORES dev): "a mile" is a quantity of miles
    (
        "fr",
        "Une randonnée d'une journée implique des distances de moins d'un mile jusqu'à des distances plus "
        "longues pouvant être parcourues en un seul jour.",
        "A day hike involves distances from less than a mile to longer distances that can be covered in a day.",
        "A day hike involves distances from less than a kilometre to longer distances that can be covered in a day.",
        "unit_mismatch",
    ),
    (
        "es",
        "Las caminatas diurnas involucran distancias de menos de una milla hasta recorridos más extensos, que "
        "pueden cubrirse en un día.",
        "Day hikes involve distances of less than a mile up to longer routes, which can be covered in one day.",
        "Day hikes involve distances of less than an inch up to longer routes, which can be covered in one day.",
        "unit_mismatch",
    ),
    # a symbol is written in its case: "5G" (fifth generation) is no gram
    (
        "ar",
        "أطلقت الشركة شبكة الجيل الخامس في 10 مدن هذا العام.",
        "The company launched its 5G network in 10 cities this year.",
        "The company launched its 5G network in 10 cities this year, 5 g each.",
        "unit_mismatch",
    ),
]


@pytest.mark.parametrize(
    "lang, src, good, bad, code", UNIT_RENDERINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(UNIT_RENDERINGS)]
)
def test_a_unit_rendered_faithfully_passes_and_a_unit_changed_is_caught(lang, src, good, bad, code):
    test_a_rendering_of_the_kind_passes_and_the_error_is_caught(lang, src, good, bad, code)


def test_a_unit_word_english_also_uses_as_a_common_noun_is_no_quantity_after_the_article():
    # "a degree" in law, "a ton of" (a lot of), "a yard", "a foot" in the door: not one of a unit
    src = "Elle a obtenu un diplôme de droit en 2019 et a reçu beaucoup de lettres de félicitations."
    good = "She earned a degree in law in 2019 and received a ton of letters of congratulation."
    assert _critical_codes(src, good, "fr") == set()


def test_the_exponent_of_a_square_unit_is_no_number():
    src = "El parque tiene una superficie de 500 km2 y 2 lagos."
    assert _critical_codes(src, "The park covers 500 square kilometres and has two lakes.", "es") == set()
    assert "number_mismatch" in _critical_codes(src, "The park covers 500 square kilometres and has a lake.", "es")


def test_a_digit_glued_to_a_word_that_is_no_unit_is_still_read():
    # only a symbol of length takes an exponent: "mp3" is a name whose digit a translation keeps
    src = "Le lecteur mp3 a été présenté en 1998."
    assert _critical_codes(src, "The mp3 player was introduced in 1998.", "fr") == set()
    assert "number_mismatch" in _critical_codes(src, "The mp2 player was introduced in 1998.", "fr")


# a number of dozens is that many twelves ("two dozen" = 24); another count is still caught
@pytest.mark.parametrize(
    "lang, src, bad_src",
    [
        ("ar", "فاز الفيلم بأكثر من 24 جائزة دولية.", "فاز الفيلم بأكثر من 36 جائزة دولية."),
        ("es", "El documental ganó más de 24 premios internacionales.", "El documental ganó más de 36 premios."),
    ],
)
def test_a_count_of_dozens_is_its_number(lang, src, bad_src):
    out = "The film has won more than two dozen international awards."
    assert _critical_codes(src, out, lang) == set()
    assert "number_mismatch" in _critical_codes(bad_src, out.replace("film", "documentary"), lang)


# --- shares, halves, the half of the day, the sign "$" --------------------------------------
# Sentences written for these tests, in the manner of press releases. Each names what the source
# asserts (a part of a whole, a number and a half, a time in the afternoon, an amount in pesos),
# a rendering that keeps it in another form, and one that changes it.

QUANTITY_RENDERINGS = [
    # a share in words is the same part as a percentage, and another part is caught
    (
        "fr",
        "Selon l'enquête, un quart des salariés travaillent désormais à distance au moins un jour par semaine.",
        "According to the survey, 25% of employees now work remotely at least one day a week.",
        "According to the survey, a third of employees now work remotely at least one day a week.",
        "number_mismatch",
    ),
    (
        "fr",
        "Les trois quarts des communes de la région ont signé la charte.",
        "75% of the municipalities in the region have signed the charter.",
        "Two thirds of the municipalities in the region have signed the charter.",
        "number_mismatch",
    ),
    (
        "es",
        "El 50% de los hogares rurales no tiene acceso a agua potable, según el informe.",
        "Half of rural households have no access to drinking water, according to the report.",
        "A quarter of rural households have no access to drinking water, according to the report.",
        "number_mismatch",
    ),
    (
        "es",
        "Dos tercios de los encuestados apoyan la reforma.",
        "Two-thirds of those surveyed support the reform.",
        "Three quarters of those surveyed support the reform.",
        "number_mismatch",
    ),
    (
        "ar",
        "يعيش ثلث السكان في المناطق الريفية بحسب التقرير.",
        "A third of the population lives in rural areas, according to the report.",
        "Half of the population lives in rural areas, according to the report.",
        "number_mismatch",
    ),
    (
        "ar",
        "تراجعت الصادرات بمقدار الربع خلال العام الماضي.",
        "Exports fell by 25 percent over the past year.",
        "Exports fell by 35 percent over the past year.",
        "number_mismatch",
    ),
    # a ratio or a division states the share too: "deux fois moins" is half
    (
        "fr",
        "Le taux de survie peut y être deux fois moins élevé que dans les pays riches.",
        "The survival rate there can be half that of rich countries.",
        "The survival rate there can be a third of that of rich countries.",
        "number_mismatch",
    ),
    # a number and a half, in words or digits
    (
        "fr",
        "La réunion a duré deux heures et demie et s'est conclue par un accord.",
        "The meeting lasted 2.5 hours and ended with an agreement.",
        "The meeting lasted two hours and ended with an agreement.",
        "number_mismatch",
    ),
    (
        "fr",
        "Les travaux dureront 2,5 ans.",
        "The work will last two and a half years.",
        "The work will last three and a half years.",
        "number_mismatch",
    ),
    (
        "es",
        "El parque está a una hora y media en coche de la capital.",
        "The park is a 1.5 hour drive from the capital.",
        "The park is a 2.5 hour drive from the capital.",
        "number_mismatch",
    ),
    (
        "ar",
        "استمرت المفاوضات ثلاث ساعات ونصف قبل التوصل إلى اتفاق.",
        "The negotiations lasted 3.5 hours before an agreement was reached.",
        "The negotiations lasted 4.5 hours before an agreement was reached.",
        "number_mismatch",
    ),
    (
        "es",
        "La inversión asciende a 1,5 millones de euros.",
        "The investment amounts to one and a half million euros.",
        "The investment amounts to two and a half million euros.",
        "number_mismatch",
    ),
    (
        "ar",
        "زار المعرض مليون ونصف شخص هذا العام.",
        "One and a half million people visited the exhibition this year.",
        "Two and a half million people visited the exhibition this year.",
        "number_mismatch",
    ),
    # a share of an hour is minutes, and a clock's half past the hour is ":30"
    (
        "es",
        "El trayecto en tren dura media hora.",
        "The train journey takes 30 minutes.",
        "The train journey takes 40 minutes.",
        "number_mismatch",
    ),
    (
        "ar",
        "تبدأ الجلسة الساعة الثالثة ونصف بعد الظهر.",
        "The session begins at 3:30 in the afternoon.",
        "The session begins at 3:40 in the afternoon.",
        "number_mismatch",
    ),
    # an hour on the 24-hour clock or with its part of the day keeps its half of the day
    (
        "fr",
        "La conférence de presse aura lieu à 15 h à la préfecture.",
        "The press conference will take place at 3 p.m. at the prefecture.",
        "The press conference will take place at 3 a.m. at the prefecture.",
        "number_mismatch",
    ),
    (
        "fr",
        "Le bureau de vote ouvre à 9 h.",
        "The polling station opens at 9 a.m.",
        "The polling station opens at 9 p.m.",
        "number_mismatch",
    ),
    (
        "es",
        "La rueda de prensa será a las 15 horas en la sede del partido.",
        "The press conference will be at 3 pm at the party headquarters.",
        "The press conference will be at 3 am at the party headquarters.",
        "number_mismatch",
    ),
    (
        "es",
        "El acto comenzará a las 7 de la tarde en la plaza mayor.",
        "The event will begin at 7 pm in the main square.",
        "The event will begin at 7 am in the main square.",
        "number_mismatch",
    ),
    (
        "ar",
        "يبدأ المؤتمر الصحفي الساعة 3 عصرا في مقر الوزارة.",
        "The press conference begins at 3 p.m. at the ministry.",
        "The press conference begins at 3 a.m. at the ministry.",
        "number_mismatch",
    ),
    (
        "ar",
        "تفتح مراكز الاقتراع أبوابها الساعة 8 صباحا.",
        "Polling stations open at 8 a.m.",
        "Polling stations open at 8 p.m.",
        "number_mismatch",
    ),
    # "$" in a Latin American release is the peso: "$", "pesos" or "MXN" keep it; euros do not
    (
        "es",
        "El gobierno destinará $500 millones al programa de vivienda.",
        "The government will allocate 500 million pesos to the housing programme.",
        "The government will allocate 500 million euros to the housing programme.",
        "unit_mismatch",
    ),
    (
        "es",
        "El gobierno destinará $500 millones al programa de vivienda.",
        "The government will allocate MXN 500 million to the housing programme.",
        "The government will allocate €500 million to the housing programme.",
        "unit_mismatch",
    ),
    (
        "es",
        "El gobierno destinará 500 millones de pesos al programa de vivienda.",
        "The government will allocate $500 million to the housing programme.",
        "The government will allocate 500 million dollars to the housing programme.",
        "unit_mismatch",
    ),
    # a currency's ISO code is its name: "EGP" is the Egyptian pound
    (
        "ar",
        "خصصت الحكومة 500 مليون جنيه لدعم المزارعين.",
        "The government allocated EGP 500 million to support farmers.",
        "The government allocated $500 million to support farmers.",
        "unit_mismatch",
    ),
    # the Arabic decimal comma and separators: "3,5" and "٣٫٥" are 3.5, "1،5" is 1.5, "١٬٥٠٠٬٠٠٠" 1,500,000
    (
        "ar",
        "ارتفع معدل النمو إلى ٣٫٥ في المئة هذا العام.",
        "The growth rate rose to 3.5 percent this year.",
        "The growth rate rose to 35 percent this year.",
        "number_mismatch",
    ),
    (
        "ar",
        "ارتفع معدل النمو إلى 3,5 في المئة هذا العام.",
        "The growth rate rose to 3.5 percent this year.",
        "The growth rate rose to 3.6 percent this year.",
        "number_mismatch",
    ),
    (
        "ar",
        "استقبل المعرض 1،5 مليون زائر خلال الموسم.",
        "The exhibition welcomed 1.5 million visitors during the season.",
        "The exhibition welcomed 15 million visitors during the season.",
        "number_mismatch",
    ),
    (
        "ar",
        "بلغ عدد سكان المدينة ١٬٥٠٠٬٠٠٠ نسمة.",
        "The city has a population of 1.5 million.",
        "The city has a population of 1.6 million.",
        "number_mismatch",
    ),
]


@pytest.mark.parametrize(
    "lang, src, good, bad, code",
    QUANTITY_RENDERINGS,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(QUANTITY_RENDERINGS)],
)
def test_a_quantity_rendered_in_another_form_passes_and_a_changed_one_is_caught(lang, src, good, bad, code):
    test_a_rendering_of_the_kind_passes_and_the_error_is_caught(lang, src, good, bad, code)


def test_a_quarter_of_a_year_and_a_third_country_are_no_shares():
    # ordinals before "quarter" and "tiers" after a noun name no part of a whole
    src = "Au premier trimestre, les exportations vers les pays tiers ont progressé de 4 %."
    assert _critical_codes(src, "In the first quarter, exports to third countries rose by 4%.", "fr") == set()


def test_an_arabic_compound_with_half_is_one_english_word():
    # "نصف الكرة" is a hemisphere, "نصف قطر" a radius: no share the English must state
    src = "يقع البلد في نصف الكرة الجنوبي، ويبلغ نصف قطر البحيرة 3 كيلومترات."
    out = "The country lies in the Southern Hemisphere, and the lake has a radius of 3 kilometres."
    assert _critical_codes(src, out, "ar") == set()


def test_a_clock_time_spanish_may_write_on_either_clock_is_no_half_of_the_day():
    # "a las 11:20" alone may be morning or evening: the output's "p.m." is not contradicted
    src = "A las 11:20, la policía pidió a los manifestantes que volvieran a la acera."
    out = "At 11:20 p.m., police asked the protesters to return to the sidewalk."
    assert _critical_codes(src, out, "es") == set()


# --- scale words ----------------------------------------------------------------------------
# Sentences written for these tests, in the manner of press releases. French "billion" and Spanish
# "billón" are 10**12 (an English trillion), "milliard", "mil millones" and "millardo" 10**9; a
# scale word counts whether text2num reads it or not ("ten trillion", "d'un billion").

SCALE_RENDERINGS = [
    ("fr", "La dette publique atteint un billion d'euros.", "Public debt reaches one trillion euros.", "billion"),
    ("fr", "La dette publique atteint deux billions d'euros.", "Public debt reaches two trillion euros.", "billion"),
    ("fr", "Le fonds gère un billion et demi d'euros.", "The fund manages one and a half trillion euros.", "billion"),
    ("fr", "Le fonds gère un milliard et demi d'euros.", "The fund manages one and a half billion euros.", "million"),
    ("fr", "Environ dix millions de documents ont fuité.", "About ten million documents leaked.", "trillion"),
    ("es", "La deuda pública alcanza un billón de dólares.", "Public debt reaches one trillion dollars.", "billion"),
    ("es", "La deuda pública alcanza un billón de dólares.", "Public debt reaches a trillion dollars.", "billion"),
    ("es", "El banco prestó tres mil millones de euros.", "The bank lent three billion euros.", "million"),
    ("es", "El banco prestó un millardo de euros.", "The bank lent one billion euros.", "trillion"),
    ("es", "Casi diez millones de documentos se filtraron.", "Nearly ten million documents were leaked.", "trillion"),
    ("es", "Murieron cerca de cien mil personas.", "About one hundred thousand people died.", "trillion"),
    ("es", "Unos tres millones de años de antigüedad.", "Some three million years old.", "trillion"),
]


@pytest.mark.parametrize("lang, src, good, other", SCALE_RENDERINGS)
def test_a_scale_word_keeps_its_size_in_each_language(lang, src, good, other):
    assert _critical_codes(src, good, lang) == set()
    word = next(w for w in ("trillion", "billion", "million", "thousand") if w in good)
    assert "number_mismatch" in _critical_codes(src, good.replace(word, other), lang)


# --- names: a function word opening a title or a name, names the output adds -----------------
# Sentences written for these tests, in the manner of press releases.


@pytest.mark.parametrize(
    "lang, src, tgt",
    [
        (
            "fr",
            "Elle a présenté son livre « Ma vie au village » à Lyon.",
            'She presented her book "My Life in the Village" in Lyon.',
        ),
        ("fr", "Le chanteur Ma Ying a chanté à Lyon.", "The singer Ying sang in Lyon."),  # "Ma" begins the name
        ("es", "No así en La Leona, donde solo se puede acampar.", "Not so in Leona, where you can only camp."),
    ],
)
def test_a_function_word_opening_a_title_or_a_name_is_not_required(lang, src, tgt):
    flags = check_segment(src, tgt, CFG, MAX_NEW, lang=lang)
    critical = [f["detail"] for f in flags if f["code"] == "name_missing" and f["severity"] == "critical"]
    assert not [d for d in critical if "'Ma'" in d or "'La'" in d]


def test_a_name_the_output_adds_is_a_note():
    src = "Né à Hong Kong, le ministre a étudié à Harvard et travaille aujourd'hui au Kenya."
    swapped = "Born in Hong Kong, the minister studied at Harvard and now works in Zambia."
    flags = check_segment(src, swapped, CFG, MAX_NEW, lang="fr")
    added = [f for f in flags if f["code"] == "name_added"]
    assert added == [{"code": "name_added", "detail": "'Zambia' not in source", "severity": "note"}]


@pytest.mark.parametrize(
    "lang, src, tgt",
    [
        ("es", "Navegaron por el mar Egeo con Juan.", "They sailed the Aegean Sea with Juan."),
        ("fr", "Ils ont navigué sur la mer Égée.", "They sailed the Aegean Sea."),
    ],
)
def test_the_english_name_of_a_word_of_the_source_is_no_swap(lang, src, tgt):
    # "Egeo" missing and "Aegean" added: the English of the source's word (an exonym), so both
    # stay notes, where an Arabic source's acronym with a name in its place is a swap (critical)
    flags = check_segment(src, tgt, CFG, MAX_NEW, lang=lang)
    assert sorted((f["code"], f["severity"]) for f in flags) == [("name_added", "note"), ("name_missing", "note")]


@pytest.mark.parametrize(
    "lang, src, tgt",
    [
        (
            "fr",
            "La Turquie a signé l'accord à Genève.",
            "Turkey signed the agreement in Geneva.",
        ),  # CLDR's older English name
        ("fr", "Il a parlé des sols kényan et éthiopien.", "He spoke of Kenyan and Ethiopian soils."),
        ("fr", "Le pays a déclaré son indépendance du Chili.", "The country declared its independence from Chile."),
        ("es", "La Turquía europea comprende el 3 % del país.", "European Turkey comprises 3% of the country."),
        ("es", "Viajó a Sevilla con el presidente del Gobierno.", "He travelled to Seville with the Prime Minister."),
    ],
)
def test_names_with_a_counterpart_in_the_source_are_not_added(lang, src, tgt):
    flags = check_segment(src, tgt, CFG, MAX_NEW, lang=lang)
    assert [f for f in flags if f["code"] in ("name_added", "name_missing")] == []


# "Internet" is the one network's name: English writes it, or says what is on it ("online", "web")
@pytest.mark.parametrize(
    "lang, src, good, bad",
    [
        (
            "es",
            "Las llamadas se enrutan mediante Internet, sin pasar por la red telefónica.",
            "Calls are routed online, without going through the telephone network.",
            "Calls are routed, without going through the telephone network.",
        ),
        (
            "fr",
            "Le rapport est publié sur Internet et dans la presse régionale.",
            "The report is published on the Internet and in the regional press.",
            "The report is published on Kenya and in the regional press.",
        ),
    ],
)
def test_internet_is_a_name_english_renders_its_own_ways(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    assert "name_missing" in _critical_codes(src, bad, lang)


# --- numbers said another way: ranges that share a scale word, hundreds in Arabic words, -------
# years of a range cut to two digits, decades, an Arabic dot that groups thousands.
# Sources from FLORES dev (tune) and sentences in the manner of press releases.
NUMBER_RENDERINGS = [
    # a knockout round named by its fraction of the final is English's round of its teams: the user
    # saw "'16' not in source" on "the round of 16" (news, two systems)
    (
        "es",
        'En palabras del suizo: "Es cierto que alcanzamos los octavos de final", a saber, en la Liga de Campeones.',
        'In the words of the Swiss: "It is true that we reached the round of 16", namely, in the Champions League.',
        'In the words of the Swiss: "It is true that we reached the round of 32", namely, in the Champions League.',
    ),
    # a clock time written with a full stop ("a las 15.30 horas", as Spanish news writes it) is its
    # hour on either clock: the user saw "'15.30' not in output" on "3:30 p.m."
    (
        "es",
        "El accidente se produjo a las 15.30 horas en el kilómetro 12 de la autovía.",
        "The accident happened at 3:30 p.m. at kilometre 12 of the motorway.",
        "The accident happened at 4:30 p.m. at kilometre 12 of the motorway.",
    ),
    # a Latin multiplicative ("el triple", "ha quadruplé") is English "three times", "four times": the
    # user saw "'Three' not in source"
    (
        "es",
        "El precio de la vivienda en la capital es hoy el triple que hace diez años.",
        "The price of housing in the capital is now three times what it was ten years ago.",
        "The price of housing in the capital is now four times what it was ten years ago.",
    ),
    (
        "fr",
        "Le nombre de demandes d'asile a quadruplé en dix ans.",
        "The number of asylum applications has increased four times in ten years.",
        "The number of asylum applications has increased five times in ten years.",
    ),
    # a scale word the second number of a range carries counts for the first too
    (
        "es",
        "Distintos cálculos estiman que existen entre 340 y 500 millones de personas que hablan el idioma.",
        "Estimates range from 340 million to 500 million speakers of the language.",
        "Estimates range from 340 million to 500 billion speakers of the language.",
    ),
    (
        "es",
        "Los huesos fósiles de las manos de dos a tres millones de años de antigüedad evidencian este cambio.",
        "Fossil hand bones two million to three million years old reveal this shift.",
        "Fossil hand bones two million to three billion years old reveal this shift.",
    ),
    (
        "fr",
        "Le projet coûtera entre 2 et 3 milliards d'euros selon le ministère.",
        "The project will cost between 2 billion and 3 billion euros, according to the ministry.",
        "The project will cost between 2 billion and 3 million euros, according to the ministry.",
    ),
    (
        "ar",
        "يتحدث ما بين 3 و4 ملايين شخص هذه اللغة في المنطقة.",
        "Between 3 million and 4 million people speak this language in the region.",
        "Between 3 million and 4 billion people speak this language in the region.",
    ),
    # Arabic hundreds in words: "مائة", "مئة", "مئات", "خمسمائة"; a number joined by "و"
    (
        "ar",
        "قُتل أكثر من مائة شخص في الفيضانات التي ضربت المنطقة.",
        "More than 100 people were killed in the floods that hit the region.",
        "More than 200 people were killed in the floods that hit the region.",
    ),
    (
        "ar",
        "شارك مئات الأشخاص في المظاهرة أمام مقر الحكومة.",
        "Hundreds of people took part in the demonstration in front of the government headquarters.",
        "Thousands of people took part in the demonstration in front of the government headquarters.",
    ),
    (
        "ar",
        "بلغ عدد الزوار ألفا وخمسمائة زائر في اليوم الأول من المعرض.",
        "The number of visitors reached 1,500 on the first day of the exhibition.",
        "The number of visitors reached 2,500 on the first day of the exhibition.",
    ),
    (
        "ar",
        "وصل خمسة وعشرون ألف لاجئ إلى الحدود خلال الأسبوع.",
        "Twenty-five thousand refugees reached the border during the week.",
        "Thirty-five thousand refugees reached the border during the week.",
    ),
    # the end year of a range written with two digits
    (
        "fr",
        "De 1939 à 1945, la guerre a ravagé l'Europe.",
        "From 1939-45, the war ravaged Europe.",
        "From 1939-46, the war ravaged Europe.",
    ),
    # years counted in decades
    (
        "es",
        "En veinte años, el PIB de China podría ser más alto que el de los Estados Unidos.",
        "China's GDP could be larger than that of the United States within two decades.",
        "China's GDP could be larger than that of the United States within three decades.",
    ),
    # an Arabic text may group thousands with a dot, as French does
    (
        "ar",
        "يبلغ ارتفاع جبل إيفرست 8.848 مترا فوق سطح البحر.",
        "Mount Everest is 8,848 metres above sea level.",
        "Mount Everest is 8,748 metres above sea level.",
    ),
    # a multiplier prefix of Greek or Latin is the number of an English compound
    (
        "es",
        "Trabajamos en sistemas de visualización verdaderamente tridimensionales.",
        "We are working on truly three-dimensional visualization systems.",
        "We are working on truly four-dimensional visualization systems.",
    ),
    # a word derived from a scale word speaks of that size
    (
        "es",
        "Las pérdidas financieras de los sectores afectados son millonarias.",
        "The financial losses of the affected sectors are in the millions.",
        "The financial losses of the affected sectors are in the billions.",
    ),
    # a French text grouping thousands as English does (wire copy)
    (
        "fr",
        "Il y a seulement 250 mètres jusqu'à la cime du volcan qui culmine à 2,386 mètres d'altitude.",
        "It's only 250 meters to the summit of the volcano, which rises to 2,386 meters above sea level.",
        "It's only 250 meters to the summit of the volcano, which rises to 2,836 meters above sea level.",
    ),
]


@pytest.mark.parametrize("lang, src, good, bad", NUMBER_RENDERINGS)
def test_a_number_said_another_way_is_no_mismatch_but_a_changed_one_is(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    assert "number_mismatch" in _critical_codes(src, bad, lang)


# --- Arabic unit words that are also something else: "م" after a number that may be a year (the
# common era, or metres), "قدم" after a year ("presented", or feet), "كيلو" (kilogram or kilometre):
# they excuse the English unit, and an English unit of another kind is still a change.
@pytest.mark.parametrize(
    "src, good, bad",
    [
        (
            "تقع القرية على ارتفاع 2000 م فوق سطح البحر.",
            "The village lies at an altitude of 2,000 metres above sea level.",
            "The village lies at an altitude of 2,000 feet above sea level.",
        ),
        (
            "في 2010 قدم الفريق عرضا جديدا في المهرجان.",
            "In 2010, the team presented a new show at the festival.",
            "In 2010, the team presented a new show at the festival, 300 metres from the stage.",
        ),
        (
            "قطع العداء مسافة 42 كيلو في أقل من ثلاث ساعات.",
            "The runner covered 42 kilometres in less than three hours.",
            "The runner covered 42 miles in less than three hours.",
        ),
    ],
)
def test_an_arabic_unit_word_read_two_ways_excuses_but_a_changed_unit_is_caught(src, good, bad):
    assert _critical_codes(src, good, "ar") == set()
    assert "unit_mismatch" in _critical_codes(src, bad, "ar")


# --- negation and dates in a language with no rules of its own: its profile's negation words (a
# closed class of its grammar), none claimed where the profile has none; a month or a day inside a
# compound or an inflected word excuses the English date.
@pytest.mark.parametrize(
    "lang, src, good, bad, code",
    [
        (
            "de",
            "Gegebenenfalls müssen sich nur Reisende anmelden, die nicht in Unterkünften für Touristen wohnen.",
            "Where appropriate, only travelers who are not staying in tourist accommodation are required to register.",
            "Where appropriate, only travelers who are staying in tourist accommodation are required to register.",
            "negation_lost",
        ),
        (
            "de",
            "Das Fliegen einer Drone über einer Menschenmenge ist fast immer eine schlechte Idee, auch wenn es in "
            "ihrem Gebiet nicht illegal ist.",
            "Flying a drone over a crowd is almost always a bad idea, even if it's not illegal in your area.",
            "Flying a drone over a crowd is not always a bad idea, even if it's not illegal in your area.",
            "negation_added",
        ),
        (
            "pl",
            "Niedługo po uzyskaniu przez naród niepodległości dzięki ekspertom z ogrodów botanicznych w Singapurze "
            "wyspę przekształcono w tropikalne Miasto Ogrodów.",
            "Not long after the nation gained independence, thanks to experts from botanical gardens in Singapore, "
            "the island was transformed into the tropical City of Gardens.",
            None,
            None,
        ),
        (
            "pl",
            "Samolot Twin Otter już wczoraj podjął próbę lądowania w Kokodzie (lot Airlines PNG nr CG4684), ale "
            "przerwał podejście.",
            "The Twin Otter aircraft attempted to land in Kokoda yesterday (Airlines PNG Flight No. CG4684) but "
            "aborted its approach.",
            "The Twin Otter aircraft did not attempt to land in Kokoda yesterday (Airlines PNG Flight No. CG4684) "
            "but aborted its approach.",
            "negation_added",
        ),
        (
            "pt",
            "Se você não tiver uma conexão de dados para o seu telefone, sua performance pode ser limitada.",
            "If you don't have a data connection for your phone, its performance may be limited.",
            "If you have a data connection for your phone, its performance may be limited.",
            "negation_lost",
        ),
    ],
)
def test_a_language_with_negation_words_in_its_profile_is_read(lang, src, good, bad, code):
    assert codes(checks.check_negation(src, good, lang)) == []
    if bad is not None:
        assert codes(checks.check_negation(src, bad, lang)) == [code]


def test_no_negation_is_claimed_where_the_source_cannot_be_read():
    # Turkish negates a verb inside it ("desteklemiyordu", did not support): its words cannot
    # show that the source has none; Swahili has no negation words in its profile at all
    src = "Kadın klasmanının dahil edilmesini herkes desteklemiyordu."
    assert codes(checks.check_negation(src, "Not everyone was for the inclusion of female classmates.", "tr")) == []
    assert codes(checks.check_negation("Hakuna mtu aliyejeruhiwa.", "No one was injured.", "sw")) == []
    # a negation word of the profile dropped is still read ("hiçbir": none)
    src = "Hiçbir ağır yaralanma bildirilmedi."
    assert codes(checks.check_negation(src, "Serious injuries were reported.", "tr")) == ["negation_lost"]


@pytest.mark.parametrize(
    "lang, src, good, bad",
    [
        (
            "de",
            "Nach Stand vom Mittwochnachmittag, waren die Tankventile immer noch undicht, wahrscheinlich aufgrund "
            "einer thermischen Expansion aus dem Inneren des Tanks.",
            "As of Wednesday afternoon, the tank valves were still leaking, likely due to thermal expansion from "
            "inside the tank.",
            "As of Thursday afternoon, the tank valves were still leaking, likely due to thermal expansion from "
            "inside the tank.",
        ),
        (
            "de",
            "Die Abstimmung muss noch vom gesamten IOK auf seiner Oktobertagung in Kopenhagen ratifiziert werden.",
            "The vote has yet to be ratified by the full IOC at its October meeting in Copenhagen.",
            "The vote has yet to be ratified by the full IOC at its September meeting in Copenhagen.",
        ),
        (
            "pl",
            "W środowe popołudnie odpowietrzniki kontenera wciąż przeciekały, prawdopodobnie z powodu "
            "rozszerzalności cieplnej w zbiorniku.",
            "Wednesday afternoon, the container's vents were still leaking, possibly due to thermal expansion in "
            "the tank.",
            "Friday afternoon, the container's vents were still leaking, possibly due to thermal expansion in the "
            "tank.",
        ),
        (
            "ru",
            "С момента своего создания The Onion стала настоящей империей пародий на новости, имея сайт, который "
            "в октябре посетили 5 000 000 пользователей.",
            "Since its inception, The Onion has become a veritable news parody empire, with a website that reached "
            "5,000,000 users in October.",
            "Since its inception, The Onion has become a veritable news parody empire, with a website that reached "
            "5,000,000 users in November.",
        ),
        (
            # "Mai" (3 letters) is no beginning of a longer word: "Mainz" names no month
            "de",
            "Die Abstimmung findet in Mainz statt.",
            "The vote takes place in Mainz.",
            "The vote takes place in Mainz in May.",
        ),
    ],
)
def test_a_month_or_day_inside_a_longer_word_excuses_its_english_and_no_other(lang, src, good, bad):
    assert codes(checks.check_dates(src, good, lang)) == []
    assert codes(checks.check_dates(src, bad, lang)) == ["date_mismatch"]


@pytest.mark.parametrize(
    "lang, src, tgt",
    [
        # "mają" (they have) is not "maja" (May's): the ogonek the month's name does not have
        (
            "pl",
            "Stany Zjednoczone utrzymują, że celami zamachów mają być „ważne obiekty” w Etiopii i Kenii.",
            'The United States maintains that the targets of the attacks are to be "important facilities" in '
            "Ethiopia and Kenya.",
        ),
        # "segunda" (second) is a short name of Monday: only "segunda-feira" demands it
        (
            "pt",
            "Cerca de dez minutos antes da hora prevista para a segunda aterrissagem, desapareceu.",
            "About ten minutes before the scheduled time for the second landing, it disappeared.",
        ),
        # CLDR writes Turkish days with a capital: "pazar" is a market, "Pazar" Sunday
        (
            "tr",
            "İlk defa, geçen sene Çin, Almanya'dan daha fazla araba ihraç etti ve bu sanayi için en büyük pazar "
            "olarak, Birleşik Devletler'i gölgede bıraktı.",
            "For the first time, last year China exported more cars than Germany and surpassed the United States "
            "as the biggest market for this industry.",
        ),
    ],
)
def test_a_word_written_otherwise_than_cldr_writes_a_date_demands_none(lang, src, tgt):
    assert codes(checks.check_dates(src, tgt, lang)) == []


def test_a_day_written_as_cldr_writes_it_demands_its_english():
    src = "Pazartesi günü toplantı yapıldı."
    assert codes(checks.check_dates(src, "The meeting was held on Monday.", "tr")) == []
    assert codes(checks.check_dates(src, "The meeting was held on the day.", "tr")) == ["date_mismatch"]
    src = "A reunião foi na segunda-feira."
    assert codes(checks.check_dates(src, "The meeting was on Monday.", "pt")) == []
    assert codes(checks.check_dates(src, "The meeting was on Tuesday.", "pt")) == ["date_mismatch"]


def test_a_month_name_that_is_also_a_common_word_asks_for_its_date_only_by_a_number():
    # Romanian "mai" is May and "more": wordfreq finds it far more often than any other month
    src = "Guvernul a anunțat că ajutorul va ajunge la mai multe familii din regiune."
    assert (
        codes(
            checks.check_dates(
                src, "The government announced that the aid will reach more families in the region.", "ro"
            )
        )
        == []
    )
    # beside a number it is May, and a changed month is still caught
    src = "Consiliul se va reuni pe 12 mai 2025 la București."
    assert codes(checks.check_dates(src, "The Council will meet on 12 May 2025 in Bucharest.", "ro")) == []
    assert codes(checks.check_dates(src, "The Council will meet on 12 March 2025 in Bucharest.", "ro")) == [
        "date_mismatch"
    ]
    # a month no other word shares still asks for its date on its own
    src = "Raportul a fost publicat în octombrie."
    assert codes(checks.check_dates(src, "The report was published in October.", "ro")) == []
    assert codes(checks.check_dates(src, "The report was published.", "ro")) == ["date_mismatch"]


def test_a_language_whose_word_splitter_is_not_installed_is_still_checked():
    # wordfreq reads Japanese through MeCab, an optional package: its absence must not stop the checks
    rec = Record(id="ja", source="", lang="ja")
    rec.segments = [{"src": "会議は3月12日に東京で開かれた。", "tgt": "The meeting was held in Tokyo on March 12."}]
    out = checks.check([rec], ChecksSection(), max_new_tokens=256)
    assert next(iter(out)).error is None


@pytest.mark.parametrize(
    "src, good",
    [
        (
            "主要研究人员表示，这可以让低收入国家/地区的患者尽早发现癌症、肺结核、艾滋病和疟疾。在这些国家/地区，"
            "乳腺癌等疾病的生存率可能仅为富裕国家的一半。",
            "Leading researchers say this could allow early detection of cancer, tuberculosis, HIV and malaria in "
            "patients in low-income countries. In these countries, survival rates from diseases such as breast "
            "cancer may be half those in richer countries.",
        ),
        (
            "主任研究者は、これは低所得国における患者の癌、結核、HIV、マラリアの早期発見につながる可能性があると述べます。"
            "こうした国では、乳がんなどの病気の生存率が豊かな国の半分になることもあるとされます。",
            "Lead researchers say this could lead to earlier detection of cancer, tuberculosis, HIV and malaria in "
            "patients in low-income countries. In these countries, the survival rate for diseases such as breast "
            "cancer can be half that of rich countries.",
        ),
    ],
)
def test_a_source_in_syllable_or_word_signs_is_held_to_the_lower_length_bound_only(src, good):
    # English takes several letters for each Chinese or Japanese sign: 3.4x and 2.6x the source's characters
    assert checks.check_length_ratio(src, good) == []
    assert codes(checks.check_length_ratio(src, "Leading researchers say.")) == ["length_ratio"]
    # an alphabet's source keeps both bounds
    assert codes(checks.check_length_ratio("Les chercheurs ont parlé hier soir.", good)) == ["length_ratio"]


# --- numbers and units of a language with no profile of its own, read from CLDR: its decimal
# mark, its scale words ("Milliarden", "миллиардов", "mld", "milyon"), its unit names
# ("Kilometern", "kilometrów", "процентов", "milden"), a clock time with a full stop; an English
# number word the source may say in words the checks cannot read is no alarm. A changed scale,
# unit or digit is still caught. Sources and good outputs from FLORES dev (tune).
UNREAD_LANGUAGE_NUMBERS = [
    (
        "de",
        "Batten wurde auf der Liste der 400 reichsten Amerikaner von 2008 mit einem geschätzten Vermögen von "
        "2,3 Milliarden Dollar auf Rang 190 geführt.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $2.3 billion.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $2.3 million.",
        "number_mismatch",
    ),
    (
        "ru",
        "Баттен занял 190-е место в списке 400 богатейших американцев в 2008 году, его состояние оценивалось в "
        "2,3 миллиарда долларов США.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $2.3 billion.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $3.3 billion.",
        "number_mismatch",
    ),
    (
        "pl",
        "Na liście 400 najzamożniejszych Amerykanów z 2008 roku Batten figuruje na miejscu 190., a jego fortunę "
        "szacuje się na 2,3 mld USD.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $2.3 billion.",
        "Batten was ranked 190th on the 2008 400 Richest Americans list with an estimated fortune of $2.3 trillion.",
        "number_mismatch",
    ),
    (
        "ru",
        "По разным оценкам, от 340 до 500 миллионов людей говорят на этом языке и до 800 миллионов людей его понимают.",
        "Estimates range from 340 million to 500 million speakers, and as many as 800 million people can understand "
        "the language.",
        "Estimates range from 340 million to 500 million speakers, and as many as 800 billion people can understand "
        "the language.",
        "number_mismatch",
    ),
    (
        "pl",
        "Odkręcenie zaworów umożliwiło spuszczenie ciśnienia z układu, a ropa wypłynęła przez podkładkę do "
        "zbiornika mieszczącego 55 000 baryłek (2,3 miliona galonów).",
        "The valves opening allowed a pressure release for the system and oil flowed on a pad to a tank that can "
        "hold 55,000 barrels (2.3 million gallons).",
        "The valves opening allowed a pressure release for the system and oil flowed on a pad to a tank that can "
        "hold 55,000 barrels (2.8 million gallons).",
        "number_mismatch",
    ),
    (
        "nl",
        "Vanaf 11.29 uur verplaatsten de demonstranten zich richting Whitehall, langs Trafalgar Square.",
        "Around 11:29, the protest moved up Whitehall, past Trafalgar Square.",
        "Around 11:39, the protest moved up Whitehall, past Trafalgar Square.",
        "number_mismatch",
    ),
    (
        "pl",
        "Cyklon tropikalny Gonu osiągał prędkość wiatru wynoszącą 240 kilometrów na godzinę (149 mil na godzinę).",
        "Tropical Cyclone Gonu reached sustained winds of 240 kilometers an hour (149 miles per hour).",
        "Tropical Cyclone Gonu reached sustained winds of 240 miles an hour (149 miles per hour).",
        "unit_mismatch",
    ),
    (
        "ru",
        "Энцелад — самый светоотражающий объект Солнечной системы, он отражает около 90 процентов падающего на "
        "него солнечного света.",
        "Enceladus is the most reflective object in the solar system, reflecting about 90 percent of the sunlight "
        "that hits it.",
        "Enceladus is the most reflective object in the solar system, reflecting about 90 miles of the sunlight "
        "that hits it.",
        "unit_mismatch",
    ),
    (
        "tr",
        "Bu bir öğrenme engeli değil, bir öğrenme bozukluğudur; \"tüm çocukların yüzde 3 ila 5'ini, belki de 2 "
        'milyon Amerikalı çocuğu etkilemektedir".',
        'It is not a learning disability, it is a learning disorder; it "affects 3 to 5 percent of all children, '
        'perhaps as many as 2 million American children".',
        'It is not a learning disability, it is a learning disorder; it "affects 3 to 5 percent of all children, '
        'perhaps as many as 2 billion American children".',
        "number_mismatch",
    ),
    # Russian number words are not read: "two" is "двумя" there; digits against digits still hold
    (
        "ru",
        "В течение XVIII века Камбоджа оказалась зажатой между двумя могущественными соседями – Таиландом и Вьетнамом.",
        "During the 18th century Cambodia found itself squeezed between two powerful neighbors, Thailand and Vietnam.",
        "During the 19th century Cambodia found itself squeezed between two powerful neighbors, Thailand and Vietnam.",
        "number_mismatch",
    ),
    # German number words inside a longer word ("zweifacher"), Italian ones before an apostrophe
    (
        "de",
        "Der japanische Judoka Hitoshi Saito, zweifacher olympischer Goldmedaillengewinner, ist im Alter von 54 "
        "Jahren gestorben.",
        "Japanese judoka Hitoshi Saito, winner of two Olympic gold medals, has died at the age of 54.",
        "Japanese judoka Hitoshi Saito, winner of three Olympic gold medals, has died at the age of 54.",
        "number_mismatch",
    ),
    (
        "it",
        "Ufficialmente la Cina continua a essere uno stato comunista; ciononostante, negli ultimi trent'anni la "
        "Cina ha sviluppato un'economia di mercato.",
        "Officially, China continues to be a communist state; nevertheless, in the last thirty years China has "
        "developed a market economy.",
        "Officially, China continues to be a communist state; nevertheless, in the last forty years China has "
        "developed a market economy.",
        "number_mismatch",
    ),
]


@pytest.mark.parametrize("lang, src, good, bad, code", UNREAD_LANGUAGE_NUMBERS)
def test_numbers_and_units_of_a_language_read_from_cldr(lang, src, good, bad, code):
    amounts = {"number_mismatch", "unit_mismatch"}
    assert _critical_codes(src, good, lang) & amounts == set()
    assert code in _critical_codes(src, bad, lang)


def test_a_language_reads_its_cldr_decimal_mark_and_scale_words():
    from summarise.quality.numbers import numbers

    assert numbers("14,7 миллиардов долларов", "ru") == [("14,7 миллиардов", {"14700000000"})]
    assert numbers("9.000 yıllık bir kira sözleşmesi", "tr") == [("9.000", {"9000"})]
    assert numbers("5 milionach", "pl") == [("5 milionach", {"5000000"})]
    # Spanish "mil" (a thousand) is a Turkish mile: "300.948 mil kare" is no 300 million
    assert numbers("300.948 mil kare", "tr") == [("300.948", {"300948"})]


def test_unit_names_come_from_cldr_without_the_stop_words():
    from summarise.quality.units import cldr_unit_forms

    german = cldr_unit_forms("de")
    assert "kilometer" in german["km"] and "prozent" in german["pct"] and "zoll" in german["in"]
    assert "in" not in german["in"]  # the German preposition
    assert "che" not in cldr_unit_forms("it")["EUR"]  # the Italian "that"


def test_a_square_the_source_writes_with_an_unread_word_and_an_acronym_in_capitals():
    from summarise.quality.units import check_units

    # "кв. км": a Russian abbreviation for "square" before the length
    src = "Территория Турции, включая озёра, занимает 783 562 кв. км (300 948 кв. миль)."
    assert (
        check_units(src, "Turkey's area, including lakes, occupies 783,562 square kilometres (300,948 sq mi).", "ru")
        == []
    )
    assert check_units(src, "Turkey's area, including lakes, occupies 783,562 square metres (300,948 sq mi).", "ru")
    # "AC" (ante Christum) is no acre; "USD" is still a currency's code
    src = "Os caribes eram um povo falante da língua aruaque que ali chegou por volta de 10.000 AC."
    assert check_units(src, "The Caribs were an Arawak-speaking people who arrived there around 10,000 BC.", "pt") == []


def _names_critical(src: str, tgt: str, lang: str) -> list[str]:
    return [f["detail"] for f in check_names(src, tgt, lang) if f["severity"] == "critical"]


def test_a_heading_word_or_a_grammar_word_at_a_start_is_no_name():
    # a heading of one common word: the user saw "'Répercussions' not in output" on "Impact"
    assert _names_critical("Répercussions", "Impact", "fr") == []
    # a sentence's first word among the language's commonest: "'Me' not in output"
    src = "Me quedé allí unos segundos sin estar seguro hacia dónde debía ir."
    assert _names_critical(src, "I stood there for a few seconds not sure where I should go.", "es") == []
    # a name the other languages write alike stays a name, alone or first in a sentence
    assert _names_critical("Microsoft", "The company", "fr") == ["'Microsoft' not in output"]
    assert _names_critical("Jérusalem a dit non.", "It said no.", "fr") == ["'Jérusalem' not in output"]


def test_a_currency_sign_with_its_country_letters_is_the_unit_checks():
    # "US$1.300" -> "$1,300": the user saw "'US' not in output"
    src = "Gasta US$1.300 al año en políticas para animar a los ciudadanos a tener más hijos."
    assert (
        _names_critical(src, "He spends $1,300 a year on policies to encourage citizens to have more children.", "es")
        == []
    )
    assert _names_critical("Le billet coûte 20 $US.", "The ticket costs $20.", "fr") == []
    # another name glued to the sign is a name swapped
    assert _names_critical("Le billet coûte 20 $US.", "The ticket costs Nairobi$20.", "fr") == ["'US' not in output"]


def test_an_institutions_common_noun_the_output_writes_in_lower_case_is_kept():
    # "les ministres de la Défense" -> "defence ministers": the user saw "'Défense' not in output"
    src = (
        "De la même manière, dans le cadre du sommet, les ministres de la Défense du bloc se réuniront "
        "préalablement pour approuver le Plan d'Action de l'année 2013."
    )
    good = "Similarly, within the framework of the summit, the bloc's defence ministers will meet beforehand to approve the 2013 Action Plan."
    assert _names_critical(src, good, "fr") == []
    assert _names_critical(src, good.replace(" defence", ""), "fr") == ["'Défense' not in output"]


def test_the_near_east_in_french_is_the_middle_east_in_english():
    # "Proche-Orient" -> "Middle East": the user saw "'Proche-Orient' not in output"
    src = "L'Allemagne a d'abord d'importants débouchés au Proche-Orient, surtout dans les pays du Golfe."
    good = "Germany first has important outlets in the Middle East, especially in the Gulf countries."
    assert check_names(src, good, "fr") == []
    assert _names_critical(src, good.replace(" in the Middle East", ""), "fr") == ["'Proche-Orient' not in output"]


# News the checks were not tuned on (newstest2010, benchmarks/data/news/open): renderings that are
# right, which the user saw flagged as critical errors, and the error of the kind still caught.


def test_the_first_three_quarters_of_a_year_are_periods_no_share():
    # the user saw "'three quarters' not in source" on a right translation of "trimestres"
    src = (
        "La banque Goldman Sachs est devenue la cible de critiques après s'être mis de côté presque 17 milliards "
        "de dollars pour des primes sur les trois premiers trimestres de cette année."
    )
    good = (
        "Goldman Sachs became the target of criticism after setting aside nearly $17 billion for bonuses in the "
        "first three quarters of this year."
    )
    assert _critical_codes(src, good, "fr") == set()
    assert "number_mismatch" in _critical_codes(src, good.replace("first three", "first four"), "fr")
    src = "Dos tercios de los encuestados apoyan la reforma."
    assert "number_mismatch" in _critical_codes(src, "Three quarters of those surveyed support the reform.", "es")


def test_an_hour_of_the_12_hour_clock_is_the_24_hour_clock_hour():
    # "de las 22" said "from 10 p.m.", "17H00" said "5 p.m.": the user saw "'22' not in output"
    src = (
        "En Frankfurt hay un servicio especial, que de las 22 a las 4:30 horas no pierde de vista principalmente "
        "a los puentes, comenta Brauburger."
    )
    good = (
        "In Frankfurt there is a special service, which from 10 p.m. to 4:30 a.m. mainly keeps an eye on the "
        "bridges, says Brauburger."
    )
    assert "number_mismatch" not in _critical_codes(src, good, "es")
    assert "number_mismatch" in _critical_codes(src, good.replace("10 p.m.", "11 p.m."), "es")
    src = (
        "Cette compétition, qui a lieu pour la neuvième fois en Afrique du Sud, est retransmise samedi en direct "
        "depuis Midrand, au nord de Johannesburg, à partir de 17H00 (15H00 GMT)."
    )
    good = (
        "The competition, which takes place for the ninth time in South Africa, is broadcast live on Saturday "
        "from Midrand, north of Johannesburg, starting at 5 p.m. (15:00 GMT)."
    )
    assert "number_mismatch" not in _critical_codes(src, good, "fr")
    assert "number_mismatch" in _critical_codes(src, good.replace("5 p.m.", "6 p.m."), "fr")


def test_a_number_with_a_short_last_group_may_come_out_completed():
    # "550 00 euros" lost a digit of its last group: the user saw "'550,000' not in source"
    src = (
        "De plus, ceux qui ont réussi à participer ont reçu 3,8 millions seulement pour être là, en plus de "
        "550 00 euros pour chaque match disputé."
    )
    good = (
        "In addition, those who managed to participate received 3.8 million just for being there, in addition "
        "to 550,000 euros for each match played."
    )
    assert _critical_codes(src, good, "fr") == set()
    assert "number_mismatch" in _critical_codes(src, good.replace("550,000", "650,000"), "fr")


def test_jamais_after_a_comparison_of_equality_is_ever():
    # "aussi peu respectés que jamais": "as little respected as ever"; the user saw "negation_lost"
    src = (
        "Ces vingt dernières années, les droits de l'homme ont été aussi peu respectés que jamais, selon le "
        "rapport de l'association Amnesty International."
    )
    good = (
        "Over the past twenty years, human rights have been as little respected as ever, according to the "
        "report by the Amnesty International association."
    )
    assert _critical_codes(src, good, "fr") == set()
    src = "Il n'a jamais été aussi facile de voyager en Europe."
    assert "negation_lost" in _critical_codes(src, "It has been as easy to travel in Europe.", "fr")


def test_a_negated_negative_word_is_said_positively():
    # a litotes: "je n'ignore pas" (I am aware), "no deja de aumentar" (continues to increase); the
    # user saw "negation_lost" on both
    src = (
        "Je n'ignore pas les efforts fournis par les personnels pour le fonctionnement et la modernisation de "
        "notre système pénitentiaire, écrit la ministre de la Justice dans ce courrier."
    )
    good = (
        "I am aware of the efforts made by staff for the operation and modernization of our penitentiary system, "
        "writes the Minister of Justice in this letter."
    )
    assert _critical_codes(src, good, "fr") == set()
    src = (
        "Además, la cantidad de datos a tratar no deja de aumentar, hasta el punto de que en los cinco últimos "
        "años se han lanzado más versiones, variantes y motorizaciones que en los quince anteriores."
    )
    good = (
        "In addition, the amount of data to be processed continues to increase, to the point that in the last "
        "five years more versions, variants and engines have been launched than in the previous fifteen."
    )
    assert _critical_codes(src, good, "es") == set()
    # a plain negation is still lost
    src = (
        "Il n'a pas été demandé à M. Duncan de donner d'explication pour l'augmentation d'emprunt au cours d'une "
        "récente investigation."
    )
    bad = "Mr. Duncan was asked to explain the increase in borrowing in the course of a recent investigation."
    assert "negation_lost" in _critical_codes(src, bad, "fr")


def test_a_negation_said_in_other_words_is_kept():
    # each good line kept its source's negation in words of its own; the user saw "negation_lost":
    # "pour ne pas être repérés" (a negated infinitive) -> "to avoid detection"
    src = (
        "Mais au vu des progrès réalisés en matière de radars, les sous-marins étaient obligé de passer sous "
        "l'eau pour ne pas être repérés."
    )
    good = "But given the progress made in radar, submarines were forced to go underwater to avoid detection."
    assert _critical_codes(src, good, "fr") == set()
    assert "negation_lost" in _critical_codes(src, good.replace("avoid detection", "be detected"), "fr")
    # "y no por vandalismo" -> "rather than vandalism"
    src = (
        "Christopher García, el portavoz del Departamento de Policía de Los Ángeles, dijo que están investigando "
        "al hombre sospechoso por invasión a la propiedad privada y no por vandalismo."
    )
    good = (
        "Christopher Garcia, a spokesperson of the Los Angeles Police Department, said the suspected male offender "
        "is being investigated for trespassing rather than vandalism."
    )
    assert _critical_codes(src, good, "es") == set()
    assert "negation_lost" in _critical_codes(src, good.replace("rather than", "and for"), "es")
    # an English "instead of" that translates the source's own "en vez de" answers no negation
    src = "El grupo recibirá, en vez de dinero, acciones que no podrán ser vendidas en un plazo de cinco años."
    bad = "The group will receive, instead of money, shares that can be sold within five years."
    assert "negation_lost" in _critical_codes(src, bad, "es")


def test_not_only_but_also_a_bound_and_a_negated_forgetting_say_no_negation():
    # "no solo ... sino también" sums ("both"), "no menos de 100" is "at least 100", "no se olvide de
    # consultar" is "make sure to ask", "ليس هذا فحسب" is "moreover": the user saw "negation_lost"
    cases = [
        (
            "es",
            "Las algas generan una sustancia neurotóxica capaz de inhabilitar los nervios, no solo de los peces, "
            "sino también de los seres humanos.",
            "The algae produces a neurotoxin that can disable nerves in both humans and fish.",
        ),
        (
            "es",
            "No menos de 100 invitados habían concurrido a la fiesta con el fin de celebrar el primer aniversario.",
            "At least 100 people had attended the party, in order to celebrate the first anniversary.",
        ),
        (
            "fr",
            "Dans beaucoup de pays disposant d'une telle loi, les hôtels locaux s'occuperont eux-mêmes de "
            "l'enregistrement (n'oubliez pas de demander).",
            "In many countries with such a law, local hotels will take care of the check-in themselves (remember "
            "to ask).",
        ),
        ("ar", "ليس هذا فحسب، بل إن الطحالب تنتج مادة سامة للأعصاب.", "Moreover, the algae produce a neurotoxin."),
    ]
    for lang, src, good in cases:
        assert not _critical_codes(src, good, lang) & {"negation_lost", "negation_added"}
    # the bound reversed, the forgetting said, the plain negation dropped: still lost
    src = "No menos de 100 invitados habían concurrido a la fiesta con el fin de celebrar el primer aniversario."
    bad = "Fewer than a hundred people had attended the party, in order to celebrate the first anniversary."
    assert "negation_lost" in _critical_codes(src, bad.replace("Fewer than a", "A"), "es")
    src = "Les hôtels locaux s'occuperont eux-mêmes de l'enregistrement (n'oubliez pas de demander)."
    assert "negation_lost" in _critical_codes(src, "Local hotels will handle the check-in (forget to ask).", "fr")
    src = "لا تؤثر هذه المادة على الأسماك."
    assert "negation_lost" in _critical_codes(src, "This substance affects fish.", "ar")


def test_a_privative_said_in_one_word_is_kept():
    # "sans problèmes" / "sin problemas" -> "smoothly": the English does not write the noun, which it
    # would write alike ("problems"); the user saw "negation_lost". Said "with problems", or beside
    # a "with" ("give up with a fight" for "sans combat"), the negation is lost.
    src = "Même à Moscou, d'où nous sommes rentrés récemment, tout s'est passé sans problèmes."
    good = "Even in Moscow, from where we recently returned, everything went smoothly."
    assert _critical_codes(src, good, "fr") == set()
    assert "negation_lost" in _critical_codes(src, good.replace("smoothly", "with problems"), "fr")
    src = "Incluso en Moscú, de donde hemos regresado hace poco, salió todo sin problemas."
    assert _critical_codes(src, good, "es") == set()
    src = "Il a récupéré sa ceinture qu'il avait dû auparavant abandonner sans combat."
    bad = "He recovered his belt that he had previously had to give up with a fight."
    assert "negation_lost" in _critical_codes(src, bad, "fr")


def test_a_tokenised_contraction_and_a_continuing_nor():
    # "can 't" (a tokeniser's space) is a negation: the user saw "negation_lost"; "It wasn't X, nor Y,
    # nor Z" carries one negation over a list the Arabic negates clause by clause: the user saw
    # "negation_added"
    assert _critical_codes("وفقط -- لا يمكننا القبول بهذا .", "And just... we can 't accept this.", "ar") == set()
    src = (
        "لم يكن عدم المساواة الفاضح هو ما جعلني أبكي، ولم تكن فكرة الجوع، والأطفال المشردة، لم يكن غضب تجاه "
        "الواحد في المائة أو شفقة نحو ال 99."
    )
    good = (
        "It wasn't the outright inequality that made me cry, nor the idea of hunger, or homeless children, nor "
        "the anger toward the one percent, nor the pity toward the 99."
    )
    assert _critical_codes(src, good, "ar") == set()


def test_a_unit_per_unit_written_without_its_slash():
    # "402 kmh" is "402 km/h": the user saw "km not in source"
    src = (
        "Las propuestas permitirían que los trenes viajaran a 402 kmh, convirtiendo a la red británica en la más "
        "rápida de Europa."
    )
    good = "The proposals would allow trains to travel at 402 km/h, making the British network the fastest in Europe."
    assert _critical_codes(src, good, "es") == set()
    assert "unit_mismatch" in _critical_codes(src, good.replace("402 km/h", "402 mph"), "es")


def test_both_days_of_a_range_go_with_the_month():
    # "du 5 au 7 février" is "from February 5 to 7": the user saw "the day differs"
    src = "Cette initiative aura lieu du 5 au 7 février 2010 au Pabellón de Cristal de la Casa de Campo de Madrid."
    good = "This initiative will take place from February 5 to 7, 2010 at the Pabellón de Cristal of the Casa de Campo in Madrid."
    assert "date_mismatch" not in _critical_codes(src, good, "fr")
    assert "date_mismatch" in _critical_codes(src, good.replace("5 to 7", "5 to 8"), "fr")


def test_a_clock_time_written_with_the_hours_letter_is_no_code():
    # "17H00 (15H00 GMT)" -> "5 p.m. (3:00 p.m. GMT)": the user saw "'17H00', '15H00' not in output"
    src = "Elle est retransmise samedi depuis Midrand, au nord de Johannesburg, à partir de 17H00 (15H00 GMT)."
    good = "It is broadcast on Saturday from Midrand, north of Johannesburg, from 5:00 p.m. (3:00 p.m. GMT)."
    assert _names_critical(src, good, "fr") == []
    # a code of letters and digits is still a name; the hour itself is the number check's
    assert _names_critical("Le vol AF447 partira de Midrand.", "The flight will leave Midrand.", "fr") == [
        "'AF447' not in output"
    ]


def test_a_quotation_glossed_in_brackets_names_once():
    # the output keeps the English title and drops its gloss: the user saw "'Roman Polanski' 2 times
    # in the source, 1 in output"
    src = (
        'Esta conversación se hizo pública en el documental "Roman Polanski: wanted and desired" '
        "(Roman Polanski, buscado y deseado), de la propia boca del fiscal en cuestión, David Wells."
    )
    good = (
        'This conversation was made public in the documentary "Roman Polanski: wanted and desired", '
        "from the mouth of the prosecutor in question, David Wells."
    )
    assert _names_critical(src, good, "es") == []
    # the name dropped from the quotation itself is still caught
    assert _names_critical(src, good.replace("Roman Polanski: ", ""), "es") != []


def test_a_river_spelt_with_the_greek_rh():
    # "el valle del Rin" -> "the Rhine Valley": the user saw "'Rin' not in output"
    src = "Se ampliarán más de 180 kilómetros de rieles largos a través del valle del Rin."
    good = "More than 180 kilometers of long rails will be extended through the Rhine Valley."
    assert _names_critical(src, good, "es") == []
    assert _names_critical(src, good.replace("Rhine", "Ruhr"), "es") == ["'Rin' not in output"]


def test_a_title_or_head_noun_after_an_article_before_a_kept_name():
    # "por el Rector Michelle Rhee" -> "by Chancellor Michelle Rhee", "la Junta de Castilla-La Mancha"
    # -> "the Regional Government of Castilla-La Mancha": the user saw "'Rector' not in output"
    src = "Los adelantos celebrados por el Rector Michelle Rhee fueron impulsados por estudiantes blancos."
    good = "The advances celebrated by Chancellor Michelle Rhee were driven by white students."
    assert _names_critical(src, good, "es") == []
    assert _names_critical(src, good.replace(" Michelle Rhee", ""), "es") == ["'Rector Michelle Rhee' not in output"]
    src = "Ferrovial y la Junta de Castilla-La Mancha firmaron ayer un protocolo de colaboración."
    good = "Ferrovial and the Regional Government of Castilla-La Mancha yesterday signed a collaboration protocol."
    assert _names_critical(src, good, "es") == []


def test_a_head_noun_before_another_common_noun_is_still_a_name():
    # "l'Union des Nations sud-américaines" -> "South American Nations": "Union" was dropped, and
    # the user must still see it ("des" holds an article: "Nations" is no name the "Union" governs)
    src = "Il espère la réintégration du pays au sein de l'Union des Nations sud-américaines."
    bad = "He hopes for the country's reintegration of South American Nations."
    assert _names_critical(src, bad, "fr") == ["'Union' not in output"]


def test_a_capitalised_word_after_a_noun_is_no_head_noun_of_a_title():
    # "le jeu Six Days in Fallujah": "jeu" is a noun, no article, so "Six" is part of the English
    # title and a changed "Six" must reach the user ("'Six' not in output"), as the kept title does not
    src = (
        "L'éditeur de jeux Konami a déclaré aujourd'hui dans un journal japonais qu'il ne lancera pas "
        "le jeu Six Days in Fallujah."
    )
    good = "Game publisher Konami said today in a Japanese newspaper that it will not launch the game Six Days in Fallujah."
    assert _names_critical(src, good, "fr") == []
    assert _names_critical(src, good.replace("Six Days", "Ninety Days"), "fr") == ["'Six' not in output"]


def test_a_number_word_after_an_article_is_no_head_noun_of_a_title():
    # "le Tournoi des Six Nations" -> "the Seven Nations Tournament": a number word is the number it
    # says, never a title the output may translate, so the user sees "'Six' not in output"
    src = "L'équipe de France a remporté le Tournoi des Six Nations pour la troisième fois."
    good = "The French team won the Six Nations Tournament for the third time."
    assert _names_critical(src, good, "fr") == []
    assert _names_critical(src, good.replace("Six", "Seven"), "fr") == ["'Six' not in output"]


def test_a_surname_inside_a_sentence_is_no_form_of_the_languages_words():
    # "estimó Jandura" (read as "Jan" + "dura", "jan" commoner in English than in Spanish): inside a
    # sentence the capital says a name, and with it dropped the user saw no critical flag, only a note
    # that a Spanish word "may be translated"
    src = "Y luego las habitaciones libres se venderán rápidamente, estimó Jandura."
    good = "And then the free rooms will sell quickly, Jandura estimated."
    assert _names_critical(src, good, "es") == []
    assert _names_critical(src, good.replace(" Jandura", ""), "es") == ["'Jandura' not in output"]


def test_an_english_function_word_of_a_french_name_is_a_french_word():
    # "le Nouvel An" -> "New Year": "An" (the year, Zipf 5.4 in French) is the English article, whose
    # frequency said "a name English writes alike"; the user saw "'Nouvel An' not in output"
    src = "Les hôteliers de Špindler ne proposent pour l'instant que des séjours d'une semaine pour le Nouvel An."
    good = "Hoteliers in Špindler currently only offer one-week stays for the New Year."
    assert _names_critical(src, good, "fr") == []
    assert _names_critical(src, good.replace("in Špindler ", ""), "fr") == ["'Špindler' not in output"]


# --- A misspelt number word of the source is read as the number it misspells: FLORES writes "أريع"
# for "أربع" (four); every system and the reference say "Four years later", and the user saw
# "number_mismatch: 'Four' not in source". A changed number is still caught; so is the same slip in
# Spanish (the FLORES sentence with "cuatro" typed "cuatto").
@pytest.mark.parametrize(
    "lang, src, good, bad",
    [
        (
            "ar",
            "بعد أريع سنوات، تم منح براءة اختراع، والتي كانت أول براءة اختراع في العالم يتم منحها في مجال "
            "التصوير بالرنين المغناطيسي.",
            "Four years later, a patent was granted, which was the first patent in the world to be granted in the "
            "field of MRI.",
            "Five years later, a patent was granted, which was the first patent in the world to be granted in the "
            "field of MRI.",
        ),
        (
            "es",
            "Después de cuatto años se le otorgó una patente, la primera que se emitía a nivel mundial relacionada "
            "con la resonancia magnética.",
            "After four years he was granted a patent, the first issued worldwide related to MRI.",
            "After five years he was granted a patent, the first issued worldwide related to MRI.",
        ),
    ],
)
def test_a_misspelt_number_word_is_the_number_it_misspells(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    assert "number_mismatch" in _critical_codes(src, bad, lang)


def test_a_rare_word_one_letter_from_a_number_word_is_no_slip():
    # "circo" (circus) is a word of Spanish, one letter from "cinco": it says no five
    from summarise.quality.numtypos import misspelt_numbers, misspelt_value

    assert misspelt_value("circo", "es") is None
    assert misspelt_value("أريع", "ar") == 4
    # a word split by its vowel marks ("والثّانية": "والث", "انية") or a proclitic with a letter is none
    assert misspelt_numbers("في الحرب العالميّة الأولى والثّانية", "ar") == frozenset()


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_a_misspelt_number_word_is_matched_as_every_slip_read_it(lang):
    # The slips of a word are matched against the language's number words (those wordfreq
    # counts at least FREQUENCY_GAP frequent) instead of each slip read through text2num: the
    # user sees the same number excused, on the words a slip reading says yes to (the slips of
    # number words that wordfreq knows), on common words and on words in another script.
    # benchmarks/numtypos_slips.py compares the two on thousands of words.
    import random

    from wordfreq import iter_wordlist, lossy_tokenize

    from summarise.quality import numtypos
    from summarise.text.languages import vocabulary, zipf

    def every_slip_value(word):
        if len(word) < numtypos.MIN_LETTERS or numtypos._value(word, lang) is not None:
            return None
        floor = zipf(word, lang) + numtypos.FREQUENCY_GAP
        slips = numtypos._slips(word, numtypos._letters(lang))
        values = {v for s in slips if (v := numtypos._value(s, lang)) is not None and zipf(s, lang) >= floor}
        return values.pop() if len(values) == 1 else None

    letters = numtypos._letters(lang)
    numbers = numtypos._number_words(lang)
    common = set(iter_wordlist(lang))
    known = [s for w in numbers[:12] for s in sorted(numtypos._slips(w, letters) & common)]
    words = known[:24] + list(numbers[:6]) + [w for w in vocabulary(lang, 20) if w.isalpha()][:10] + ["quatte", "circo"]
    assert sum(1 for w in words if every_slip_value(w) is not None) >= 5
    assert [numtypos.misspelt_value.__wrapped__(w, lang) for w in words] == [every_slip_value(w) for w in words]
    # a word written in plain letters is counted by wordfreq as written, as every slip of it is
    plain = sorted(numtypos._plain_letters(lang))
    draw = random.Random(0)
    strings = ["".join(draw.choice(plain) for _ in range(draw.randint(3, 9))) for _ in range(300)]
    assert all(lossy_tokenize(s, lang) == [s] for s in strings)


def test_a_place_adjective_is_found_as_the_pattern_per_place_found_it():
    # demonym_in finds the name and reads the suffix with one pattern compiled once, where a
    # pattern per place was compiled for each place a run met: the user sees the same names
    # accepted ("Chilean" for "Chili", "Kenyan" for "Kenya"), on real places and on strings built
    # to try the word boundaries, the final vowel and the final "y".
    import random
    import re

    from summarise.quality.namematch import _DEMONYM_SUFFIXES, demonym_in

    def pattern_per_place(form, folded):
        stems = [re.escape(form) + _DEMONYM_SUFFIXES]
        if form[-1] in "aeiou":
            stems.append(re.escape(form[:-1]) + _DEMONYM_SUFFIXES)
        elif form[-1] == "y":
            stems.append(re.escape(form[:-1]) + rf"(?:{_DEMONYM_SUFFIXES})?")
        return re.search(rf"(?<![a-z0-9])(?:{'|'.join(stems)})(?![a-z0-9])", folded) is not None

    places = ["chile", "canada", "china", "israel", "iceland", "germany", "kenya", "peru", "italy", "new zealand"]
    texts = [
        "chilean independence",
        "the canadians",
        "chinese",
        "israeli",
        "icelandic",
        "german",
        "kenyan",
        "peruvian",
        "italian",
        "new zealander",
        "unchilean",
        "kenyas",
        "germanys",
        "chile-born",
        "2china",
    ]
    cases = [(form, text) for form in places for text in texts]
    draw = random.Random(0)
    letters = "aeinyrsch -2"
    for _ in range(1200):
        form = "".join(draw.choice(letters) for _ in range(draw.randint(1, 4)))
        cases.append((form, "".join(draw.choice(letters) for _ in range(draw.randint(0, 14)))))
    assert sum(demonym_in(form, text) for form, text in cases) > 30
    assert all(demonym_in(form, text) == pattern_per_place(form, text) for form, text in cases)


def test_a_name_or_a_shared_word_is_told_apart_as_the_median_of_every_language_told_it():
    # international() reads the other languages one at a time and stops once the median is
    # settled, where it read every language (each list read the first time is a load): the user
    # sees the same capitalised words kept as names ("Paris", "Berlin") and the same common words
    # shared with English ("Justice", "Répercussions"), on the commonest words of French and Spanish.
    from summarise.quality.latinlists import latin_lists as _latin_lists
    from summarise.quality.namefind import INTERNATIONAL_MARGIN, international
    from summarise.text.languages import fold, profile, vocabulary, zipf

    def every_language(word, lang, folded):
        if zipf(fold(word), "en") < 3.0:
            return True
        forms = (word, fold(word)) if folded else (word,)
        wordlist = "small" if folded and not profile(lang).capitalises_nouns else "best"
        others = sorted(max(zipf(f, c, wordlist) for f in forms) for c in _latin_lists() if c not in (lang, "en"))
        middle = (others[(len(others) - 1) // 2] + others[len(others) // 2]) / 2
        return max(zipf(f, "en") for f in forms) - middle <= INTERNATIONAL_MARGIN

    named = ["Paris", "Berlin", "Obama", "Microsoft", "Canada", "Jérusalem", "Justice", "Défense", "Répercussions"]
    for lang in ("fr", "es"):
        words = named + [w.capitalize() for w in vocabulary(lang, 400) if w.isalpha() and zipf(w, "en") >= 3.0]
        decided = [international(w, lang, folded=True) for w in words]
        assert decided == [every_language(w, lang, True) for w in words]
        assert 0 < sum(decided) < len(words)


def test_a_group_of_thousands_set_apart_by_a_space_is_one_number():
    # argos writes "(300, 948 square miles)" for "300،948 ميل مربع": the user saw "'300,948' not in
    # output; '300', '948' not in source"; a changed group is still caught
    src = (
        "مساحة تركيا، بما في ذلك البحيرات، تحتل 783،562 كيلومتر مربع (300،948 ميل مربع) ، منها 755688 كيلومتر "
        "مربع (291،773 ميل مربع) في جنوب غرب آسيا و 23،764 كيلومتر مربع (9174 ميل مربع) في أوروبا."
    )
    good = (
        "Turkey area, including lakes, occupies 783,562 square kilometres (300, 948 square miles), including 755688 "
        "square kilometres (291,773 square miles) in South-West Asia and 23,764 square kilometres (9174 square "
        "miles) in Europe."
    )
    assert _critical_codes(src, good, "ar") == set()
    assert "number_mismatch" in _critical_codes(src, good.replace("300, 948", "300, 984"), "ar")


# --- A share of a scale word or of a century is that part of it: "نصف مليون" is 500,000, "ربع قرن"
# 25 years, "medio millón" 500,000, "un demi-siècle" 50 years. The user saw "'500,000' not in source"
# (and "'نصف' not in output"); another number is still a change.
@pytest.mark.parametrize(
    "lang, src, good, bad",
    [
        (
            "ar",
            "تبرع رجل الأعمال بنصف مليون دولار لبناء المستشفى.",
            "The businessman donated $500,000 to build the hospital.",
            "The businessman donated $600,000 to build the hospital.",
        ),
        (
            "ar",
            "بعد ربع قرن من الحرب، عاد اللاجئون إلى قراهم.",
            "25 years after the war, the refugees returned to their villages.",
            "35 years after the war, the refugees returned to their villages.",
        ),
        (
            "es",
            "El club pagó medio millón de euros por el jugador.",
            "The club paid 500,000 euros for the player.",
            "The club paid 50,000 euros for the player.",
        ),
        (
            "fr",
            "Un demi-siècle plus tard, le pont est toujours debout.",
            "Fifty years later, the bridge is still standing.",
            "Sixty years later, the bridge is still standing.",
        ),
    ],
)
def test_a_share_of_a_scale_word_or_a_century_is_that_part_of_it(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    assert "number_mismatch" in _critical_codes(src, bad, lang)


# --- An Arabic number of several words before a scale word counts that many of it: "خمسة عشر ألف"
# is 15,000 and "مائة وخمسين ألف" 150,000 (as "خمسة وعشرون ألف" is 25,000); the user saw "'15,000'
# not in source" for a right output. Another number is still a change.
@pytest.mark.parametrize(
    "src, good, bad",
    [
        (
            "شارك في المسيرة نحو خمسة عشر ألف شخص وفقا للشرطة.",
            "About 15,000 people took part in the march, according to the police.",
            "About 16,000 people took part in the march, according to the police.",
        ),
        (
            "يبلغ عدد سكان المدينة مائة وخمسين ألف نسمة.",
            "The city has a population of 150,000.",
            "The city has a population of 160,000.",
        ),
    ],
)
def test_an_arabic_number_in_words_before_a_scale_word_counts_that_many_of_it(src, good, bad):
    assert _critical_codes(src, good, "ar") == set()
    assert "number_mismatch" in _critical_codes(src, bad, "ar")


# --- CLDR's names of a unit count beside the language's table: an Arabic "مغم" (milligram) or "°ف"
# (Fahrenheit), a Spanish "ft", a French "lb" are those units; the user saw "unit_mismatch: mg not
# in source" for a right output. A unit changed is still caught.
@pytest.mark.parametrize(
    "lang, src, good, bad",
    [
        (
            "ar",
            "يحتوي القرص الواحد على 500 مغم من الباراسيتامول.",
            "Each tablet contains 500 mg of paracetamol.",
            "Each tablet contains 500 g of paracetamol.",
        ),
        (
            "ar",
            "سجلت درجة الحرارة 104 °ف في الظل.",
            "The temperature was recorded at 104 °F in the shade.",
            "The temperature was recorded at 104 °C in the shade.",
        ),
        (
            "es",
            "El muro de contención mide 12 ft de alto y recorre toda la orilla.",
            "The retaining wall is 12 ft high and runs along the entire shore.",
            "The retaining wall is 12 m high and runs along the entire shore.",
        ),
        (
            "fr",
            "Le homard pesait 9 lb, un record pour la région.",
            "The lobster weighed 9 lb, a record for the region.",
            "The lobster weighed 9 kg, a record for the region.",
        ),
    ],
)
def test_a_unit_named_as_cldr_names_it_is_that_unit(lang, src, good, bad):
    assert _critical_codes(src, good, lang) == set()
    assert "unit_mismatch" in _critical_codes(src, bad, lang)
