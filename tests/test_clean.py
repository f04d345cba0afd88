"""Cleaning: golden results on the seeds, each rule on real snippets, and read+clean never failing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarise.record import Record
from summarise.text import boilerplate, teasers
from summarise.text import clean as C
from summarise.text import dateline as D
from summarise.text import header as H
from summarise.text import paragraphs as P
from summarise.text import shapes as S
from summarise.text.boilerplate import repeated_lines
from summarise.text.clean import CLEAN_VERSION, clean, clean_file, clean_text
from summarise.text.headline import title_printed_twice
from summarise.text.patterns import stopwords
from summarise.text.read import read, record_from_text

DATA = Path(__file__).resolve().parent.parent / "data"
REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"
SEEDS = sorted(DATA.glob("*.txt"))
NO_CONTACTS = {"names": [], "emails": [], "phones": [], "links": []}

# Read by hand from the seed files: the title, every paragraph as (first words,
# last words), and the contact block. Paragraph boundaries in the hard-wrapped
# seeds are where a line ends a sentence and the next line opens one.
GOLDEN = {
    "000_cd64a4c7dfd5f85e": {
        "title": "Sensibilisation à la traite des êtres humains à l’occasion de la coupe du monde de cricket",
        "paragraphs": [
            (
                "A l’occasion de la coupe du monde de cricket 2007, organisée dans neuf pays",
                "problème de la traite d’êtres humains.",
            ),
            ("En coopération avec ses partenaires", "ou un voisin)."),
            ("Durant la coupe du monde", "obtenir de l’aide."),
            ("Ces formes de traite ont", "de débarquement officiels."),
            ("Le 19 avril, une session", "locaux et l’OIM."),
            ("Du mois de mai au", "pour plus d’information."),
            ("En prévision d’une augmentation du", "de chaque pays."),
            ("Financées par le Bureau de", "l’OIM à Washington."),
            ("Depuis 2004, l’OIM a organisé", "poursuivre les trafiquants."),
            (
                "Pour voir ces communiqués, visitez le site Internet www.iom.int/unitedstates.",
                "Pour voir ces communiqués, visitez le site Internet www.iom.int/unitedstates.",
            ),
        ],
        "contacts": {
            "names": ["Chissey Mueller", "Niurka Piñeiro"],
            "emails": ["cmueller@iom.int", "npineiro@iom.int"],
            "phones": ["+1 202 862 1826 x 236", "+1 202 862 1826 x 225"],
            "links": ["http://www.iom.int/unitedstates"],
        },
    },
    "001_9295c142cd2f8313": {
        "title": "L’OIM organise un atelier visant à renforcer la justice pénale et à aider les victimes "
        "de traite aux Caraïbes",
        "paragraphs": [
            ("Trinité-et-Tobago - L’OIM a organisé", "l’analyse des données."),
            ("La session de cette semaine", "des services sociaux."),
            ("La première journée était centrée", "partage des données."),
            ("« En raison des conflits", "a expliqué Chissey Mueller, chargé de la lutte contre la traite à l’OIM."),
            ("L’atelier fait partie d’un projet", "à la traite."),
            ("Les activités précédentes comprenaient une", "et en Jamaïque."),
            ("Les Bahamas, la Barbade, la", "et à Sainte-Lucie."),
        ],
        "contacts": {
            "names": ["Chissey Mueller"],
            "emails": ["cmueller@iom.int"],
            "phones": ["+1 868 727 0244"],
            "links": [],
        },
    },
    "002_5ad4ddfa5634b5fc": {
        "title": "L'OIM intensifie ses efforts de lutte contre la traite sur Hispaniola",
        "paragraphs": [
            ("De nouveaux fonds destinés à", "en République dominicaine."),
            ("Le 1,6 million de dollars", "en République dominicaine."),
            ("Il s'agit notamment pour l'OIM", "des messages radio."),
            ("Les femmes et les jeunes", "grande partie inexploré."),
            ("Grâce à ce nouveau financement,", "de la pauvreté."),
            ("Plus de 650 victimes de", "le trafic illicite."),
            ("Depuis le séisme de l'an", "de famille d'accueil."),
            ("Toutes les activités de lutte", "droits des femmes."),
        ],
        "contacts": {
            "names": ["Michela Macchiavello", "Leonard Doyle"],
            "emails": ["mmacchiavello@iom.int", "ldoyle@iom.int"],
            "phones": ["+509 3245 5153", "+509 3702 5066"],
            "links": [],
        },
    },
    "003_6c8778f30a09c825": {
        "title": "L'aide aux victimes de la traite",
        "paragraphs": [
            ("Le bureau de l'OIM à", "province de Chinandega."),
            ("Cette province, située dans le", "à la traite."),
            ("Sur 26 victimes ayant bénéficié", "communautés de Chinandega."),
            ("Les victimes étaient emmenées au Salvador, au Costa Rica,", "quatre serait signalé."),
            ("Au Nicaragua, la pauvreté, le", "vie meilleure ailleurs."),
            ("Ce projet-pilote sera centré sur", "l'aide aux victimes."),
            ("Dans le même temps, le", "(« Un appel, une vie ») et du service d'assistance téléphonique."),
            ("Ce service téléphonique est gratuit", "à être protégées."),
            ("Un message du célèbre chanteur", "du grand public."),
            ("La campagne Llama y Vive", "et au Pérou."),
            ("L'OIM travaille par ailleurs avec", "du personnel religieux."),
        ],
        "contacts": {"names": ["Raul Rivas"], "emails": ["rrivas@iom.int"], "phones": ["+505 2789569"], "links": []},
    },
    "004_5f70599fbf4e1951": {
        "title": "Un réseau régional de lutte contre la traite d’êtres humains",
        "paragraphs": [
            ("Des experts et des représentants", "réseaux de passeurs."),
            ("Ce réseau régional permettra à", "réseaux de passeurs."),
            ("La rencontre qui a réuni", "la région andine."),
            ("Les participants ont discuté des", "de la traite."),
            ("Une étude portant sur 200", "de La Paz."),
            ("La Bolivie est considérée comme", "de leurs employeurs."),
            ("Les autorités boliviennes reconnaissent qu’elles", "de documents d’identité."),
            ("Tous les pays participant à", "traite des personnes."),
        ],
        "contacts": {
            "names": ["Dolores Cortés", "Oscar Sandoval"],
            "emails": ["dcortes@iom.int", "osandoval@iom.int"],
            "phones": ["+51 1 221 76 98"],
            "links": [],
        },
    },
}


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Record]:
    return {r.id: r for r in clean(read([str(p) for p in SEEDS]))}


def raw(seed_id: str) -> str:
    return (DATA / f"{seed_id}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- golden seeds


def test_golden_table_covers_every_seed():
    assert sorted(GOLDEN) == [p.stem for p in SEEDS]


@pytest.mark.parametrize("seed_id", sorted(GOLDEN))
def test_seed_golden(cleaned, seed_id):
    record, golden = cleaned[seed_id], GOLDEN[seed_id]
    assert record.ok and record.lang == "fr" and record.flags == []
    assert record.title == golden["title"]
    paragraphs = record.text.split("\n\n")
    assert len(paragraphs) == len(golden["paragraphs"])
    for paragraph, (first, last) in zip(paragraphs, golden["paragraphs"]):
        assert paragraph.startswith(first) and paragraph.endswith(last)
    assert record.contacts == golden["contacts"]


@pytest.mark.parametrize("seed_id", sorted(GOLDEN))
def test_seed_text_has_no_leftovers(cleaned, seed_id):
    record = cleaned[seed_id]
    for paragraph in record.text.split("\n\n"):
        assert paragraph and "\n" not in paragraph and "  " not in paragraph
    for leftover in [
        "Qui sommes nous",
        "Structure",
        "2030 AGENDA",
        "class=",
        "href",
        "mailto",
        "target=",
        '">',
        "@",
        "veuillez contacter",
        "Tél",
        " uvre",
    ]:
        assert leftover not in record.text
    assert record.original == raw(seed_id)  # the original stays as read


def test_seed_typography_is_kept(cleaned):
    assert "–" in cleaned["000_cd64a4c7dfd5f85e"].text
    assert "« En raison" in cleaned["001_9295c142cd2f8313"].text
    assert "victimes », a expliqué" in cleaned["001_9295c142cd2f8313"].text
    assert "l’OIM" in cleaned["004_5f70599fbf4e1951"].text
    assert "l'OIM" in cleaned["003_6c8778f30a09c825"].text  # straight apostrophes stay straight


def test_seed_lost_characters_are_repaired_and_logged(cleaned):
    for seed_id in ("000_cd64a4c7dfd5f85e", "003_6c8778f30a09c825"):
        record = cleaned[seed_id]
        assert "mis en œuvre" in record.text
        assert {"rule": "lost_characters", "text": "en uvre -> en œuvre"} in record.cleaning


def test_seed_cleaning_log_names_each_rule(cleaned):
    record = cleaned["000_cd64a4c7dfd5f85e"]
    rules = {c["rule"] for c in record.cleaning}
    assert {"decode", "navigation", "title", "html_residue", "contact_block", "paragraphs", "lost_characters"} <= rules
    assert all(isinstance(c["text"], str) and c["text"] for c in record.cleaning)
    block = next(c["text"] for c in record.cleaning if c["rule"] == "contact_block")
    assert block.startswith("Pour plus d’informations, veuillez contacter :")


# ---------------------------------------------------------------- the same release under any menu

OTHER_MENU = """Accueil
Accueil
- Actualités
- Communiqués de presse
Nos missionsNous agissons pour la protection des droits des personnes dans quarante pays depuis 1985.
Publications
Publications
- Rapports annuels
- Fiches pays
-
Espace presse"""
LABEL_MENU = "Accueil\nActualités\nPublications\nNous contacter"
FOOTER = (
    "\nAccueil\nPlan du site\nMentions légales\nNous suivre\n© 2024 Organisation internationale pour les migrations"
)
BULLET_FOOTER = "\n- Facebook\n- Twitter\nSuivez-nous\nSuivez-nous"


def variants(seed_id: str) -> dict[str, str]:
    lines = raw(seed_id).split("\n")
    body = "\n".join(lines[lines.index("- 2030 AGENDA") + 1 :])
    return {
        "other menu": OTHER_MENU + "\n" + body,
        "short-label menu": LABEL_MENU + "\n" + body,
        "no menu": body,
        "footer": raw(seed_id) + FOOTER,
        "bullet footer": raw(seed_id) + BULLET_FOOTER,
        "crlf": raw(seed_id).replace("\n", "\r\n"),
        "blank line around title": body.replace("\n", "\n\n", 1),
        "title printed twice": body.split("\n", 1)[0] + "\n" + body,
        "menu, title printed twice": OTHER_MENU + "\n" + body.split("\n", 1)[0] + "\n" + body,
    }


@pytest.mark.parametrize("seed_id", sorted(GOLDEN))
def test_same_release_cleans_the_same_under_any_menu(cleaned, seed_id):
    base = cleaned[seed_id]
    for name, text in variants(seed_id).items():
        record = clean_text(text, id=seed_id)
        assert (name, record.title) == (name, base.title)
        assert (name, record.text) == (name, base.text)
        assert (name, record.contacts) == (name, base.contacts)


ENCODED_VARIANTS = {
    "windows-1252": lambda text: text.encode("cp1252"),
    "utf-8 with BOM": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "mojibake": lambda text: text.encode("utf-8").decode("cp1252").encode("utf-8"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "entities": lambda text: text.replace("’", "&rsquo;").replace("é", "&eacute;").encode("ascii", "xmlcharrefreplace"),
}


@pytest.mark.parametrize("variant", sorted(ENCODED_VARIANTS))
def test_same_release_cleans_the_same_whatever_its_encoding(cleaned, tmp_path, variant):
    seed_id = "000_cd64a4c7dfd5f85e"
    path = tmp_path / f"{seed_id}.txt"
    path.write_bytes(ENCODED_VARIANTS[variant](raw(seed_id)))
    record = next(clean(read([path])))
    base = cleaned[seed_id]
    assert (record.title, record.text, record.contacts) == (base.title, base.text, base.contacts)


def test_short_title_after_a_menu_is_found():
    text = (
        OTHER_MENU + "\nTraite au Nicaragua\nLe bureau de l'OIM à Managua a lancé un projet-pilote\n"
        "en vue de fournir une aide à la réintégration des victimes."
    )
    record = clean_text(text)
    assert record.title == "Traite au Nicaragua"
    assert record.text == (
        "Le bureau de l'OIM à Managua a lancé un projet-pilote en vue de fournir "
        "une aide à la réintégration des victimes."
    )


# ---------------------------------------------------------------- rules, one at a time


def run_rule(rule, value, *extra):
    log: list[tuple[str, str]] = []
    result = rule(value, lambda name, text: log.append((name, text)), *extra)
    return result, log


RESIDUE_CASES = [
    # (text, expected text, expected links, expected emails)
    (
        'visitez le site Internet\nclass="paragraph-link-no-underline" href=\n'
        '"http://www.iom.int/unitedstates" target="_blank" title=\n"">www.iom.int/unitedstates.',
        "visitez le site Internet\nwww.iom.int/unitedstates.",
        ["http://www.iom.int/unitedstates"],
        [],
    ),
    (
        'Email :\n"mailto:cmueller@iom.int" target="_blank" title=\n"">cmueller@iom.int',
        "Email :\ncmueller@iom.int",
        [],
        ["cmueller@iom.int"],
    ),
    (
        'E-mail:\n"mailto:mmacchiavello@iom.int">mmacchiavello@iom.int',
        "E-mail:\nmmacchiavello@iom.int",
        [],
        ["mmacchiavello@iom.int"],
    ),
    (
        '"mailto:dcortes@iom.int">dcortes@iom.int ou\n"paragraph-link-no-underline" href=\n'
        '"mailto:osandoval@iom.int">osandoval@iom.int',
        "dcortes@iom.int ou\nosandoval@iom.int",
        [],
        ["dcortes@iom.int", "osandoval@iom.int"],
    ),
    # plain quotes in prose are not residue
    ('Il a dit "oui" puis "non".', 'Il a dit "oui" puis "non".', [], []),
    ('La campagne "Un appel">', 'La campagne "Un appel">', [], []),
]


@pytest.mark.parametrize("text,expected,links,emails", RESIDUE_CASES)
def test_rule_html_residue(text, expected, links, emails):
    contacts = {"names": [], "emails": [], "phones": [], "links": []}
    result, log = run_rule(C.strip_html_residue, text, contacts)
    assert result == expected
    assert contacts["links"] == links and contacts["emails"] == emails
    assert bool(log) == (result != text)


@pytest.mark.parametrize(
    "text,expected,links",
    [
        ('Voir <a href="http://www.iom.int">le site</a>.', "Voir le site.", ["http://www.iom.int"]),
        ("Un<br>deux</p><p>trois", "Un\ndeux\n\ntrois", []),
        ("Si a < b et c > d, alors x<y et z>w.", "Si a < b et c > d, alors x<y et z>w.", []),
    ],
)
def test_rule_html_tags(text, expected, links):
    contacts = {"names": [], "emails": [], "phones": [], "links": []}
    result, _ = run_rule(C.strip_html_tags, text, contacts)
    assert result == expected and contacts["links"] == links


@pytest.mark.parametrize(
    "lines,title,body",
    [
        # a seed's menu end, then title
        (
            [
                "- Données et recherche",
                "- 2030 AGENDA",
                "L'aide aux victimes de la traite",
                "Le bureau de l'OIM à Managua a lancé",
            ],
            "L'aide aux victimes de la traite",
            ["Le bureau de l'OIM à Managua a lancé"],
        ),
        # repeated lines and a glued label are menu too
        (
            [
                "Agir",
                "Agir",
                "Notre travail",
                "Notre travailEn tant que principale organisation.",
                "Titre du communiqué",
                "Texte du communiqué.",
            ],
            "Titre du communiqué",
            ["Texte du communiqué."],
        ),
        # no menu: the first line is the title when the next opens a sentence
        (["Titre du communiqué", "Texte du communiqué."], "Titre du communiqué", ["Texte du communiqué."]),
        # ... but not when it ends with a full stop (plain text without a title)
        (["Texte sans titre.", "Deuxième phrase."], "", ["Texte sans titre.", "Deuxième phrase."]),
        # ... nor when the next line continues its sentence
        (["Le bureau de l'OIM a lancé", "un projet-pilote."], "", ["Le bureau de l'OIM a lancé", "un projet-pilote."]),
        # two short lines without bullets or repeats are not a menu (three are)
        (
            ["Migrations internationales", "Presse", "Titre long du communiqué de presse", "Texte."],
            "Migrations internationales",
            ["Presse", "Titre long du communiqué de presse", "Texte."],
        ),
        # a headline has two words or more: a lone word is a section's name, an image's markup none
        (["Migrations", "Texte du communiqué."], "", ["Migrations", "Texte du communiqué."]),
        (["![]() |", "Texte du communiqué."], "", ["![]() |", "Texte du communiqué."]),
        # ... but a chrome line ("Accueil", a skip link) is menu on its own
        (
            ["Accueil", "Presse", "Titre long du communiqué de presse", "Texte."],
            "Titre long du communiqué de presse",
            ["Texte."],
        ),
        (
            ["Accueil", "Presse", "Agenda", "Titre long du communiqué de presse", "Texte."],
            "Titre long du communiqué de presse",
            ["Texte."],
        ),
        # a single line is body, never a title
        (["Bonjour"], "", ["Bonjour"]),
    ],
)
def test_rule_header_and_title(lines, title, body):
    (found_title, found_body), _ = run_rule(H.split_header, lines)
    assert found_title == title
    assert [line for line in found_body if line] == body


@pytest.mark.parametrize(
    "lines,paragraphs",
    [
        # "." then a capital: a new paragraph; "." then lowercase, or "," then a capital: same paragraph
        (["traite d’êtres humains.", "En coopération avec"], ["traite d’êtres humains.", "En coopération avec"]),
        (
            ["Ce guide sera part ailleurs un", "outil à disposition."],
            ["Ce guide sera part ailleurs un outil à disposition."],
        ),
        (["environ 500 victimes.", "bénéficieront d'une aide"], ["environ 500 victimes. bénéficieront d'une aide"]),
        (["au Salvador, au Costa", "Rica, au Guatemala."], ["au Salvador, au Costa Rica, au Guatemala."]),
        (["veuillez répondre :", "Oui."], ["veuillez répondre :", "Oui."]),
        (["« Un appel, une vie »", "Et du service."], ["« Un appel, une vie »", "Et du service."]),
        (["une vie ! »", "« Oui."], ["une vie ! »", "« Oui."]),
        # a word broken by the wrap keeps its hyphen, no space
        (["la Banque inter-", "américaine."], ["la Banque inter-américaine."]),
        # each item of a list is a paragraph, a wrapped item is joined
        (
            [
                "Objectifs 2016",
                "• Investissements entre 2,5 et 2,6 Md€",
                "• Dette stable en fin",
                "d’année",
                "",
                "Suite du texte.",
            ],
            [
                "Objectifs 2016",
                "• Investissements entre 2,5 et 2,6 Md€",
                "• Dette stable en fin d’année",
                "Suite du texte.",
            ],
        ),
        # blank-line paragraphs are kept, their lines joined
        (
            ["Un premier", "paragraphe.", "", "Un second", "paragraphe."],
            ["Un premier paragraphe.", "Un second paragraphe."],
        ),
        # one paragraph per long line (seed 001) is kept: lines over 100 characters ...
        (["a" * 101, "b" * 101], ["a" * 101, "b" * 101]),
        # ... while lines of 100 characters or fewer are a hard wrap
        (["a" * 100, "b" * 100], ["a" * 100 + " " + "b" * 100]),
    ],
)
def test_rule_paragraphs(lines, paragraphs):
    result, log = run_rule(P.join_paragraphs, lines)
    assert result == paragraphs
    assert log[0][0] == "paragraphs"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("mis en uvre des activités", "mis en œuvre des activités"),
        ("la main d uvre locale", "la main d’œuvre locale"),
        ("un chef-d’uvre", "un chef-d’œuvre"),
        ("les uvres d'art", "les œuvres d'art"),
        ("ils uvrent ensemble", "ils œuvrent ensemble"),
        ("Uvre commune", "Œuvre commune"),
        ("une manuvre risquée", "une manœuvre risquée"),
        ("au c ur du sujet", "au cœur du sujet"),
        ("OIM Port-d ‘Espagne", "OIM Port-d’Espagne"),
        # not touched: real words, and the ambiguous "s ur" (sœur or sur)
        ("sur 24 heures", "sur 24 heures"),
        ("ma s ur", "ma s ur"),
        ("il couvre et ouvre", "il couvre et ouvre"),
        ("la cour", "la cour"),
        ("il a dit ‘Espagne’", "il a dit ‘Espagne’"),
    ],
)
def test_rule_lost_characters(text, expected):
    result, log = run_rule(P.repair_lost_characters, text)
    assert result == expected
    assert bool(log) == (text != expected)
    assert all(name == "lost_characters" for name, _ in log)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("deux cas classiques.Enfin, la loi", "deux cas classiques. Enfin, la loi"),
        ("le travail forcé (UNICEF).Les victimes", "le travail forcé (UNICEF). Les victimes"),
        ("Vraiment?Oui", "Vraiment? Oui"),
        # left alone: numbers, web addresses, e-mails, acronyms, abbreviations
        ("1.6 million", "1.6 million"),
        ("www.iom.int/unitedstates.", "www.iom.int/unitedstates."),
        ("cmueller@iom.int", "cmueller@iom.int"),
        ("(J/TIP), qui vise", "(J/TIP), qui vise"),
        ("M.Dupont et l'ONU.Ensuite", "M.Dupont et l'ONU.Ensuite"),
        ("voir p.Ex", "voir p.Ex"),
    ],
)
def test_rule_missing_space(text, expected):
    result, log = run_rule(P.restore_missing_space, text)
    assert result == expected
    assert bool(log) == (text != expected)


@pytest.mark.parametrize(
    "line,names",
    [
        ("Chissey Mueller", ["Chissey Mueller"]),
        ("Niurka Piñeiro", ["Niurka Piñeiro"]),
        ("Dolores Cortés ou Oscar Sandoval", ["Dolores Cortés", "Oscar Sandoval"]),
        ("Jean-Pierre Dupont, porte-parole", ["Jean-Pierre Dupont"]),
        ("Jean de La Fontaine", ["Jean de La Fontaine"]),
        ("M. Jean Dupont et Mme Anne Roy", ["Jean Dupont", "Anne Roy"]),
        ("Anne Marie Claire Dupont", []),  # four capitalised words: not a name
        ("Chissey", []),  # one word: not a name
        ("OIM Lima", []),
        ("OIM Port-d ‘Espagne", []),
        ("le bureau de l’OIM à Washington", []),
        ("Email :", []),
        ("Bureau Régional", []),
        ("Tél. : +1 202 862 1826 x 236", []),
    ],
)
def test_rule_person_names(line, names):
    assert C.person_names(line) == names


@pytest.mark.parametrize(
    "text,phones",
    [
        ("Tél. : +1 202 862 1826 x 236", ["+1 202 862 1826 x 236"]),
        ("Tel: + 509 3245 5153", ["+509 3245 5153"]),
        ("Tél. : +51 1 221 76 98", ["+51 1 221 76 98"]),
        ("Tel. +1 868 727 0244", ["+1 868 727 0244"]),
        ("Tél : 1234567", ["1234567"]),  # seven digits: a phone
        ("Tél : 123456", []),  # six: not
        ("entre janvier et octobre 2006", []),
        ("Service presse – 01 53 38 66 00 / 06 76 94 37 05", ["01 53 38 66 00", "06 76 94 37 05"]),
        ("Créé: 12.12.2019, 07h36", []),  # a date in digits is a date
        ("Mis à jour 2019-12-12", []),
    ],
)
def test_rule_phone_numbers(text, phones):
    assert C.phone_numbers(text) == phones


@pytest.mark.parametrize(
    "tail,is_block",
    [
        (["Pour plus d'informations, veuillez contacter:", "Raul Rivas", "rrivas@iom.int"], True),
        (["Pour toute information :", "Raul Rivas, +505 2789569"], True),
        (["Contact presse", "Raul Rivas", "OIM Nicaragua"], True),
        (["Contacts :", "rrivas@iom.int"], True),
        (["Pour en savoir plus, écrire à rrivas@iom.int"], True),
        (
            [
                "Pour plus d'informations, veuillez contacter :",
                "Raul Rivas",
                "Contact presse :",
                "Leonard Doyle",
                "ldoyle@iom.int",
            ],
            True,
        ),
        # a body sentence that starts like a marker but gives no contact stays in the body
        (["Pour plus d'informations sur le programme, voir le rapport annuel."], False),
        # no marker: a short run of contact lines at the end still counts ...
        (["Raul Rivas", "OIM Nicaragua", "Tél. : + 505 2789569"], True),
        # ... but not a sentence that mentions an address
        (["Les dons sont reçus à dons@iom.int depuis le mois dernier et ils augmentent."], False),
        # Canadian releases: "communiquer avec", and the "Source :" line holding the contact
        (
            [
                "Pour obtenir plus de renseignements, veuillez communiquer avec :",
                "Emelyana Titarenko",
                "Attachée de presse",
                "873-355-9576",
            ],
            True,
        ),
        (
            [
                "Source : Mathieu Durocher, Directeur des communications, Cabinet du ministre de la Sécurité "
                "publique, ministre responsable des Relations avec les Premières Nations et les Inuit, 418 805-0233"
            ],
            True,
        ),
        (["Source : Institut national de la statistique, enquête de 2023."], False),
        # digits in a link are not a phone
        (
            [
                "Les arrêtés sont consultables sur le site :",
                "https://www.pref.gouv.fr/content/download/36781/260728/file/RS+20221220-01.pdf",
            ],
            False,
        ),
    ],
)
def test_rule_contact_block(tail, is_block):
    body = ["Le bureau a lancé un projet.", "Il aide les victimes."]
    (kept, block), log = run_rule(C.split_contacts, body + tail)
    assert (kept, block) == ((body, tail) if is_block else (body + tail, []))
    assert bool(log) == is_block


def test_contact_block_fields():
    block = [
        "Pour plus d'informations, veuillez contacter : Leonard Doyle",
        "OIM Haïti",
        "Tel: + 509 3702 5066",
        "E-mail: ldoyle@iom.int",
        "Site : https://www.iom.int/fr",
    ]
    assert C.parse_contacts(block) == {
        "names": ["Leonard Doyle"],
        "emails": ["ldoyle@iom.int"],
        "phones": ["+509 3702 5066"],
        "links": ["https://www.iom.int/fr"],
    }


@pytest.mark.parametrize(
    "lines,kept",
    [
        (["Texte.", "Accueil", "Plan du site", "Mentions légales"], ["Texte."]),  # three labels: a footer
        (["Texte.", "Plan du site", "Mentions légales"], ["Texte.", "Plan du site", "Mentions légales"]),
        (["Texte.", "© 2024 OIM"], ["Texte."]),
        (["Texte.", "- Facebook", "- Twitter"], ["Texte."]),
        (["Texte.", "Leonard Doyle", "OIM Haïti", "Genève"], ["Texte.", "Leonard Doyle", "OIM Haïti", "Genève"]),
    ],
)
def test_rule_footer(lines, kept):
    result, _ = run_rule(C.strip_footer, lines)
    assert result == kept


# ---------------------------------------------------------------- language

ENGLISH = (
    "The International Organization for Migration has launched a pilot project to help "
    "victims of trafficking return to their villages and rebuild their lives."
)


def test_language_french_seed_has_no_language_flag(cleaned):
    assert all(r.lang == "fr" and "language_not_accepted" not in r.flags for r in cleaned.values())


def test_language_english_text_is_flagged_language_not_accepted():
    record = clean_text(ENGLISH)
    assert record.lang == "en" and "language_not_accepted" in record.flags and record.ok


def test_language_english_is_accepted_when_allowed():
    record = clean_text(ENGLISH, languages=("fr", "en"))
    assert record.lang == "en" and "language_not_accepted" not in record.flags


@pytest.mark.parametrize("text", ["Bonjour à tous.", "Merci."])
def test_language_short_text_is_uncertain(text):
    record = clean_text(text)
    assert "lang_uncertain" in record.flags and "language_not_accepted" not in record.flags


# ---------------------------------------------------------------- the stage


def test_clean_passes_error_records_through_untouched_and_keeps_order(tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    records = list(clean(read([SEEDS[0], tmp_path / "vide.txt", SEEDS[1]])))
    assert [r.id for r in records] == [SEEDS[0].stem, "vide", SEEDS[1].stem]
    assert records[1].error["stage"] == "read" and records[1].cleaning == [] and records[1].text == ""
    assert records[0].ok and records[2].ok


def test_only_navigation_is_an_empty_text_error():
    record = clean_text("Accueil\nAccueil\n- Actualités\n- Contact")
    assert record.error["stage"] == "clean" and record.error["type"] == "EmptyText"


def test_clean_text_gives_a_cleaned_record():
    record = clean_text("Titre du communiqué\nLe texte commence ici et continue\nsur deux lignes.", id="note")
    assert isinstance(record, Record) and record.id == "note"
    assert record.title == "Titre du communiqué"
    assert record.text == "Le texte commence ici et continue sur deux lignes."


def test_clean_file_gives_the_cleaned_record_of_one_file(cleaned):
    record = C.clean_file(SEEDS[0])
    assert (record.title, record.text) == (cleaned[SEEDS[0].stem].title, cleaned[SEEDS[0].stem].text)
    assert C.clean_file("absent.txt").error["type"] == "MissingInput"


def test_clean_text_with_a_blank_line_after_the_title():
    record = clean_text("Un nouveau projet\n\nLe bureau de l'OIM à Managua a lancé un projet-pilote.\n")
    assert record.title == "Un nouveau projet"
    assert record.text == "Le bureau de l'OIM à Managua a lancé un projet-pilote."


def test_clean_version_is_exposed():
    assert re.fullmatch(r"clean:v\d+", CLEAN_VERSION)


# ---------------------------------------------------------------- never an exception


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_give_exactly_one_record(tmp_path, data):
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    records = list(clean(read([path])))
    assert len(records) == 1
    record = records[0]
    assert record.ok or record.error["type"] in {"EmptyInput", "BinaryInput", "UndecodableInput", "EmptyText"}


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
    | st.lists(
        st.sampled_from(
            [
                "- Accueil",
                "Accueil",
                "Titre",
                "Texte du communiqué.",
                "",
                "Pour plus d'informations :",
                "Jean Dupont",
                "jd@ex.org",
                "Tél. : +33 1 23 45 67 89",
                '"">',
                "mis en uvre",
                "<p>",
                "Qui sommes nousL'Organisation",
                "\r",
                "&amp;",
            ]
        ),
        max_size=12,
    ).map("\n".join)
)
def test_any_string_gives_one_cleaned_record(text):
    record = clean_text(text)
    assert isinstance(record, Record)
    if record.ok:
        assert record.text and "\n\n\n" not in record.text
        assert record.input_hash


# ---------------------------------------------------------------- chrome by content (boilerplate)


@pytest.mark.parametrize(
    "line,chrome",
    [
        ("Aller au contenu principal", True),
        ("Skip to main content", True),
        ("Partagez Donnez votre avis", True),
        ("Facebook Twitter LinkedIn", True),
        ("Partager sur : Facebook | X | E-mail", False),  # "X" and "E-mail" are not chrome words
        ("Retour en haut de la page", True),
        ("Ce site utilise des cookies pour mesurer son audience.", True),
        ("Mots-clés : migration, traite, Caraïbes", True),
        ("(Communiqué)", True),
        ("–30–", True),
        ("![](/images/banner.jpg?itok=30aa)", True),
        ("Dernière mise à jour 13.01.2023", True),
        # text that uses the same words is not chrome
        ("Partager les ressources est essentiel, a déclaré la directrice.", False),
        ("Découvrir le monde", False),
        ("Lire aussi le rapport annuel 2023 de l'OIM", False),
        ("Accueil des réfugiés syriens", False),
    ],
)
def test_boilerplate_chrome_lines(line, chrome):
    assert boilerplate.is_chrome(line) == chrome


@pytest.mark.parametrize(
    "line,foreign",
    [
        ("UNHCR Büro für die Schweiz und Liechtenstein", True),
        ("Back to the list of all the news", True),
        ("Traite au Nicaragua", False),  # too short to tell, and "au" is French
        ("L'aide aux victimes de la traite", False),
        ("Le HCR salue la décision du Conseil fédéral", False),
        ("OIM Lima", False),  # two words: no guess
    ],
)
def test_boilerplate_foreign_lines(line, foreign):
    assert S.is_foreign(line) == foreign


def test_boilerplate_stop_words_are_justext_lists():
    assert {"le", "la", "des", "pour"} <= stopwords("French")
    assert boilerplate.stopword_count("L'aide aux victimes de la traite", "French") == 3  # aux, de, la


# The failures that real sites gave (issue 14), as the shape of those pages: the same
# release under a portal's German chrome, a skip link and a rubric, promotions before the
# headline, share widgets in the body.
BODY = (
    "Genève (ots) - Le HCR salue la décision du Conseil fédéral de participer au programme "
    "de répartition des réfugiés adopté par l'Union européenne.\n"
    "Ceci contribuera à faire face à la crise actuelle et à assurer une protection aux "
    "personnes concernées."
)
TITLE = "Le HCR salue le renforcement de l'aide humanitaire apportée aux réfugiés syriens"
SITE_PAGES = {
    "a portal's German chrome": f"UNHCR Büro für die Schweiz und Liechtenstein\n{TITLE}\n{BODY}",
    "a skip link and a rubric": f"Aller au contenu principal\n\n{TITLE}\n\nCompte rendu de séance\n\n \n\n{BODY}",
    "promotions before the headline": (
        "L'univers du HCR\n\nLe programme Écoles vise à faire de l'école un lieu plus juste et plus "
        "inclusif pour tous les enfants réfugiés.\n\nDécouvrir\nLogo du programme\n\nQue devient la "
        "boutique solidaire ?\n\nNotre boutique en ligne ferme ses portes. Lisez notre FAQ.\n\n"
        f"En savoir plus\nLogo noir © HCR\n\n{TITLE}\n\n{BODY}"
    ),
    "share widgets in the body": f"{TITLE}\n{BODY.replace(chr(10), chr(10) + 'Partagez Donnez votre avis' + chr(10))}\n"
    "Partager\nFacebook Twitter LinkedIn",
    "a title wrapped over two lines": TITLE.replace(" apportée", "\napportée") + f"\n{BODY}",
}


@pytest.mark.parametrize("page", sorted(SITE_PAGES))
def test_release_from_other_sites_cleans_as_the_release(page):
    record = clean_text(SITE_PAGES[page])
    assert record.ok
    assert record.title == TITLE
    assert record.text == BODY.replace("\n", "\n\n")
    assert record.dateline == {"place": "Genève", "date": None}


def test_chrome_removals_are_logged_one_by_one():
    record = clean_text(SITE_PAGES["share widgets in the body"])
    chrome = [c["text"] for c in record.cleaning if c["rule"] == "chrome"]
    assert chrome == ["Partagez Donnez votre avis", "Partager", "Facebook Twitter LinkedIn"]


def test_weak_title_gives_way_to_the_line_sharing_words_with_the_text():
    # a site's short post title twice, a slug, a rubric and a date before the real headline
    text = (
        "Réforme de la dotation des communes\n\nfiscalite-21\n\nRéforme de la dotation des communes\n\n"
        "communiqué de presse\n\n20 juillet 2017\n\n"
        "Réforme de la dotation des communes votée au Parlement ce matin\n\n"
        "Le Parlement a voté ce jeudi le cadre général de la réforme de la dotation aux communes. "
        "Cette réforme est la première depuis 1998."
    )
    record = clean_text(text)
    assert record.title == "Réforme de la dotation des communes votée au Parlement ce matin"
    assert record.text.startswith("Le Parlement a voté")
    assert record.dateline == {"place": "", "date": "2017-07-20"}


@pytest.mark.parametrize(
    "title,kept",
    [
        (
            "Télébec acquiert Télécâble Blouin et Électro-Vision 1999-04-01",
            "Télébec acquiert Télécâble Blouin et Électro-Vision",
        ),
        (
            "Avis aux médias - Réunion des ministres : Point de presse English",
            "Avis aux médias - Réunion des ministres : Point de presse",
        ),
        ("Rapport 2024", "Rapport 2024"),  # too short to be a headline with a tail
        # the headline's own words lead into its date (fr_fasodiasporama_conseil_ministres, tune)
        (
            "Compte rendu du Conseil des ministres du 11 septembre 2025",
            "Compte rendu du Conseil des ministres du 11 septembre 2025",
        ),
        # a breadcrumb trail ending in the headline, all a page printed of its headline's line
        # (pages without golds): the user sees the headline, not the site's trail
        (
            "Startseite » Aktuelles » Jetzt noch Plätze für Forum Brandschutzerziehung sichern",
            "Jetzt noch Plätze für Forum Brandschutzerziehung sichern",
        ),
        (
            "Front Page » Transportation » Transit tax trust rejects county’s South Dade Transitway data",
            "Transit tax trust rejects county’s South Dade Transitway data",
        ),
        (
            "Sie sind hier:Home»Newsarchiv»Dago Leukefeld wird „Botschafter des Sports“ der ifzw impulsstiftung",
            "Dago Leukefeld wird „Botschafter des Sports“ der ifzw impulsstiftung",
        ),
        # guillemets that quote, a bar before a site's section: headlines as they are
        (
            "Dr. Paula Bleckmann zu »Digitales Lernen: Schule und Politik im pädagogischen Nebel?«",
            "Dr. Paula Bleckmann zu »Digitales Lernen: Schule und Politik im pädagogischen Nebel?«",
        ),
        (
            "« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran",
            "« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran",
        ),
        ("Tote Hummeln unter Linden: Die Erklärung | Hummeln", "Tote Hummeln unter Linden: Die Erklärung | Hummeln"),
    ],
)
def test_rule_title_tail(title, kept):
    result, log = run_rule(H.tidy_title, title)
    assert result == kept and bool(log) == (title != kept)


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    "paragraph,dateline",
    [
        ("Genève (ots) - Le HCR salue la décision.", {"place": "Genève", "date": None}),
        ("New York, le 28 février 2022 – Le Secrétaire général a appelé.", {"place": "New York", "date": "2022-02-28"}),
        ("Trinité-et-Tobago - L’OIM a organisé un atelier.", {"place": "Trinité-et-Tobago", "date": None}),
        (
            "Athènes/Genève, le 11 avril 2024 – « Cette semaine, trois fillettes.",
            {"place": "Athènes/Genève", "date": "2024-04-11"},
        ),
        ("Ottawa (Ontario) – Nicolas Jean poursuivra son mandat.", {"place": "Ottawa (Ontario)", "date": None}),
        ("Berne, 21.9.2023 - Le président de la Confédération a présenté.", {"place": "Berne", "date": "2023-09-21"}),
        (
            "ST. JOHN'S, le 24 mai 2017 /CNW/ - L'honorable Ralph Goodale.",
            {"place": "ST. JOHN'S", "date": "2017-05-24"},
        ),
        ("Bruxelles, le 7 juin 2017", {"place": "Bruxelles", "date": "2017-06-07"}),
        ("PARIS - Le groupe a publié ses résultats semestriels.", {"place": "PARIS", "date": None}),
        # a wire's double dash around its name, or around nothing once the link's text is gone
        ("PARIS--(BUSINESS WIRE)--Regulatory News:", {"place": "PARIS", "date": None}),
        ("PARIS--()--Regulatory News:", {"place": "PARIS", "date": None}),
        # a point before the dash; a source before the place
        (
            "Préfecture, Perpignan.- Mise en œuvre de mesures temporaires de police administrative pour "
            "garantir la sécurité du 23 au 25 décembre 2022.",
            {"place": "Perpignan", "date": None},
        ),
        # a place and its country, a date and the wire's name after a slash, on a line of its own
        (
            "GENEVE, Suisse, 18 février 2014/African Press Organization (APO)",
            {"place": "GENEVE, Suisse", "date": "2014-02-18"},
        ),
        ("Paris, le 3 mai 2022 : Le ministère annonce un plan.", {"place": "Paris", "date": "2022-05-03"}),
        # not datelines: a sentence with a dash, a contact line
        ("Le HCR - une agence des Nations Unies - aide les réfugiés.", None),
        ("Amnesty International France – Service presse – 01 53 38 66 00", None),
        ("A l’occasion de la coupe du monde de cricket 2007, organisée dans neuf pays.", None),
        ("Objet : Le ministère annonce un plan.", None),  # a colon without a date is no dateline
    ],
)
def test_rule_dateline(paragraph, dateline):
    assert D.find_dateline([paragraph], None) == dateline


def test_a_dateline_of_a_month_and_a_year_names_its_place():
    """A Dutch release dated "Deventer, mei 2002" on a line of its own: the user sees its place,
    Deventer, and no date (the month has no day); a month that is no month ("Rapport, Edition 2020")
    makes no dateline."""
    record = clean_text(
        "Uitzendorganisatie en prominenten gaan voor Kinderhulp de straat op\n\n"
        "Deventer, mei 2002\n\n"
        "Het Nationaal Fonds Kinderhulp ziet de matige stand van zaken in de economie als een mogelijke "
        "bedreiging voor het werk van instellingen in de jeugdhulpverlening. De vrees bestaat dat deze "
        "instellingen te maken zullen krijgen met verdere bezuinigingen.\n",
        languages=("nl",),
    )
    assert record.dateline == {"place": "Deventer", "date": None}
    assert D.dateline_match("Rapport, Edition 2020") is None


def test_a_date_of_the_day_long_after_the_text_is_no_dateline():
    """A site's weather bar prints the day it served the page ("dimanche 21 avril 2024") over a
    release about "le samedi 25 mars 2023": the user sees no dateline rather than the day the page
    was copied. A date above the text near the days the text names stays the release's."""
    bar = "9.8 C\nRennes\ndimanche 21 avril 2024\n\nSAMEDI : LA PRÉFECTURE INTERDIT UNE MANIFESTATION\n\n"
    lead = (
        "Le « collectif inter-organisation de soutien aux personnes exilées » appelait à un rassemblement "
        "le samedi 25 mars 2023, sur la place de la République à Rennes, pour dénoncer le projet de loi "
        "relatif à l’immigration. Mais le préfet en a décidé autrement au regard des derniers évènements.\n"
    )
    record = clean_text(bar + lead)
    assert record.title == "SAMEDI : LA PRÉFECTURE INTERDIT UNE MANIFESTATION"
    assert record.dateline is None
    record = clean_text(bar.replace("2024", "2023").replace("dimanche 21 avril", "lundi 27 mars") + lead)
    assert record.dateline == {"place": "", "date": "2023-03-27"}
    assert D.after_the_text("2025-12-12", ["Le Conseil des ministres s’est tenu le jeudi 11 septembre 2025."])
    assert not D.after_the_text("2025-12-12", ["Le Conseil des ministres s’est tenu jeudi."])  # no date named


def test_a_list_of_arrowed_links_above_the_text_is_not_the_release():
    """A news site's copy opens on its links to other articles, each after ">>", then an empty image
    markup: the user's text starts at the release's first sentence. Arrowed points inside the text
    stay."""
    record = clean_text(
        ">> Environ 300.000 enfants déplacés en Haïti à cause des violences, s’alarme l’UNICEF\n"
        ">> UNICEF : engagement à soutenir le Sénégal dans la protection des droits des enfants\n"
        ">> Gaza : l'UNICEF appelle à \"agir face à l'effondrement des services essentiels\"\n"
        "![]() |\n\n"
        "Selon les estimations de l'UNICEF, plus de 213 millions d'enfants dans 146 pays et territoires "
        "auront besoin d'une aide humanitaire cette année.\n\n"
        ">> 146 pays et territoires\n>> 213 millions d'enfants\n\n"
        "Le pourcentage d'enfants vivant dans des zones de conflit a presque doublé.\n"
    )
    assert record.text.startswith("Selon les estimations") and "Haïti" not in record.text
    assert "![]()" not in record.text and ">> 213 millions d'enfants" in record.text


def test_an_excerpt_cut_short_over_two_paragraphs_is_not_text():
    """A government site prints an excerpt of the release above it, its deck and its dateline's
    paragraph run together and cut short ("... de cara a […]"): the user sees the deck and the
    dateline's paragraph once each, not the excerpt before them."""
    deck = (
        "El Vocero de Gobierno hizo un llamado a cumplir con las medidas sanitarias y aseguró que, por "
        "el momento, no se contempla un aplazamiento de los comicios."
    )
    lead = (
        "Santiago, 16 de marzo de 2021.- El Vocero de Gobierno, Jaime Bellolio, hizo un llamado a la "
        "responsabilidad individual y a cumplir las medidas sanitarias, de cara a las elecciones del 10 y 11 de abril."
    )
    excerpt = deck + " " + lead[: lead.index("de cara a") + len("de cara a")] + " […]"
    record = clean_text(excerpt + "\n" + deck + "\n" + lead + "\n", languages=("es",))
    assert record.text == deck + "\n\n" + lead
    assert record.dateline == {"place": "Santiago", "date": "2021-03-16"}


def test_dateline_date_from_the_stamp_above_it():
    record = clean_text(
        "PAM: Communiqué de Presse\n15 octobre 2012\nCONAKRY – Le Programme alimentaire "
        "mondial commémore la Journée mondiale de l’alimentation."
    )
    assert record.title == ""
    assert record.text.startswith("CONAKRY – Le Programme")
    assert record.dateline == {"place": "CONAKRY", "date": "2012-10-15"}


@pytest.mark.parametrize(
    "bar,date",
    [
        # an aggregator's English bar prints its dates month first
        ("04/03/2024 | Press release | Distributed by Public on 04/03/2024 11:51", "2024-04-03"),
        # a French one day first
        ("04/03/2024 | Communiqué de presse | Publié par le service de presse", "2024-03-04"),
        # a date that can only be day first is read so in English too
        ("25/03/2024 | Press release | Distributed by Public on 25/03/2024 11:51", "2024-03-25"),
    ],
)
def test_dateline_date_from_a_header_bar(bar, date):
    record = clean_text(
        "UNOG - United Nations Office at Geneva\n\n" + bar + "\n\n"
        "Le Conseil adopte quatorze textes\n\n"
        "Le Conseil des droits de l'homme a adopté, cet après-midi, treize résolutions "
        "et une décision, dont trois par un vote."
    )
    assert record.dateline == {"place": "", "date": date}


def test_wire_dateline_under_the_deck_keeps_the_headline():
    record = clean_text(
        "RESULTATS SEMESTRIELS 2016 : CARREFOUR POURSUIT SA DYNAMIQUE DE CROISSANCE RENTABLE\n\n"
        "Forte hausse des ventes organiques : +2,9%\n\n"
        "Résultat net ajusté part du Groupe en hausse de +0,6%\n\n"
        "PARIS--()--Regulatory News:\n\n"
        "Carrefour publie ce jour ses résultats du premier semestre 2016, en hausse sur "
        "l'ensemble de ses pays."
    )
    assert record.title.startswith("RESULTATS SEMESTRIELS 2016")
    assert record.text.startswith("Forte hausse des ventes organiques")
    assert record.dateline == {"place": "PARIS", "date": None}


def test_seed_datelines(cleaned):
    assert cleaned["001_9295c142cd2f8313"].dateline == {"place": "Trinité-et-Tobago", "date": None}
    assert [r.dateline for k, r in sorted(cleaned.items()) if k != "001_9295c142cd2f8313"] == [None] * 4


# ---------------------------------------------------------------- chrome by repetition across a run

SITE_MENU = "Le Réseau\nNos campagnes\nEspace presse\nNous soutenir\n"
ABOUT = (
    "Le Réseau rassemble depuis 1990 des associations de quarante pays qui défendent "
    "les droits des personnes migrantes."
)


def site_release(seed_id: str) -> str:
    """A seed's release as another site would print it: its menu above, its blurb below the text."""
    lines = variants(seed_id)["no menu"].split("\n")
    at = next(i for i, line in enumerate(lines) if C.is_contact_marker(line))
    return SITE_MENU + "\n".join(lines[:at] + ["", ABOUT, ""] + lines[at:])


def write_site(tmp_path: Path, seed_ids: list[str]) -> list[Path]:
    paths = []
    for n, seed_id in enumerate(seed_ids):
        paths.append(tmp_path / f"{n:02d}_{seed_id}.txt")
        paths[-1].write_text(site_release(seed_id), encoding="utf-8")
    return paths


def test_repeated_lines_are_the_site_chrome(tmp_path, cleaned):
    paths = write_site(tmp_path, sorted(GOLDEN))
    table = repeated_lines(read(paths))
    assert table.documents == 5 and table.shared_by(ABOUT) == 5 and table.shared_by("Nos campagnes") == 5
    for path, record in zip(paths, clean(read(paths), repeated=table)):
        base = cleaned[path.stem[3:]]
        assert (record.title, record.text, record.contacts) == (base.title, base.text, base.contacts)
        removed = [c["text"] for c in record.cleaning if c["rule"] == "repeated_line"]
        assert f"{ABOUT} (in 5 of 5 documents)" in removed  # each removal is its own entry
        assert len(removed) == 5  # four menu lines and the blurb
    # without the run's table the blurb stays in the text
    alone = clean_text(site_release("000_cd64a4c7dfd5f85e"))
    assert ABOUT in alone.text


def test_a_one_document_run_is_not_changed(tmp_path):
    paths = write_site(tmp_path, ["000_cd64a4c7dfd5f85e"])
    table = repeated_lines(read(paths))
    assert table.counts == {}
    (with_table,) = clean(read(paths), repeated=table)
    (alone,) = clean(read(paths))
    assert (with_table.title, with_table.text, with_table.cleaning) == (alone.title, alone.text, alone.cleaning)


def test_a_sentence_below_the_floor_is_body_text(tmp_path):
    paths = write_site(tmp_path, sorted(GOLDEN)[: boilerplate.MIN_SHARED_DOCUMENTS - 1])
    table = repeated_lines(read(paths))
    assert table.shared_by(ABOUT) == 0
    for record in clean(read(paths), repeated=table):
        assert ABOUT in record.text and not any(c["rule"] == "repeated_line" for c in record.cleaning)


def test_copies_of_one_release_clean_as_one(tmp_path, cleaned):
    # the same release saved five times: repetition says nothing about its chrome
    paths = write_site(tmp_path, ["002_5ad4ddfa5634b5fc"] * 5)
    table = repeated_lines(read(paths))
    alone = clean_text(site_release("002_5ad4ddfa5634b5fc"))
    for record in clean(read(paths), repeated=table):
        assert (record.title, record.text) == (alone.title, alone.text)


def test_repeated_lines_count_in_bounded_memory(tmp_path):
    # 40 documents of one site, each with 30 lines of its own: far more lines than counts kept
    paths = []
    for n in range(40):
        own = "\n".join(f"Ligne {n} numéro {k} du communiqué, propre à ce document." for k in range(30))
        paths.append(tmp_path / f"{n:02d}.txt")
        paths[-1].write_text(f"{SITE_MENU}Titre {n} du communiqué\n{own}\n{ABOUT}\n", encoding="utf-8")
    table = repeated_lines(read(paths), capacity=64)
    assert len(table.counts) <= 64
    assert table.shared_by(ABOUT) >= boilerplate.MIN_SHARED_DOCUMENTS
    assert table.shared_by("Nos campagnes") >= boilerplate.MIN_SHARED_DOCUMENTS
    assert table.shared_by("Ligne 3 numéro 7 du communiqué, propre à ce document.") == 0
    assert repeated_lines(read(paths), capacity=64) == table  # the same inputs, the same decisions


def test_part_of_a_run_cleans_as_the_whole_run(tmp_path):
    """What the Ray executor and a resumed run do: one input at a time, with the run's table."""
    from summarise import load_config
    from summarise.pipeline.stages import read_and_clean

    config = load_config()
    paths = write_site(tmp_path, sorted(GOLDEN))
    whole = {r.id: r.to_dict() for r in read_and_clean([tmp_path], config)}
    table = repeated_lines(read([tmp_path]))
    for path in paths:
        (part,) = read_and_clean([path], config, table)
        assert part.to_dict() == whole[path.stem]
    (alone,) = read_and_clean([paths[0]], config)  # a run of one document: no repetition
    assert alone.to_dict() == next(clean(read([paths[0]]))).to_dict()


LINES = st.sampled_from(
    [
        "- Accueil",
        "Accueil",
        "Nos campagnes",
        "Texte du communiqué.",
        "",
        "Genève (ots) - Le HCR salue la décision.",
        "Pour plus d'informations :",
        "Jean Dupont",
        "jd@ex.org",
        "Aller au contenu principal",
        "Partager",
        "Le Réseau rassemble des associations de quarante pays depuis 1990.",
        "15 octobre 2012",
        "UNHCR Büro für die Schweiz und Liechtenstein",
    ]
)


@settings(max_examples=30, deadline=None)
@given(texts=st.lists(st.lists(LINES, min_size=1, max_size=10).map("\n".join), min_size=1, max_size=8))
def test_any_batch_cleans_one_record_each_with_its_table(texts):
    records = [record_from_text(text, id=f"d{n}") for n, text in enumerate(texts)]
    table = repeated_lines(records)
    out = list(clean([record_from_text(t, id=f"d{n}") for n, t in enumerate(texts)], repeated=table))
    assert [r.id for r in out] == [f"d{n}" for n in range(len(texts))]
    if len(texts) < boilerplate.MIN_SHARED_DOCUMENTS:
        alone = [clean_text(t, id=f"d{n}") for n, t in enumerate(texts)]
        assert [(r.title, r.text) for r in out] == [(r.title, r.text) for r in alone]


# ---------------------------------------------------------------- rules by language profile


SPANISH_RELEASE = (
    "Declaración de UNICEF sobre el brote de COVID-19\n\n11 Marzo 2020\n\n"
    "NUEVA YORK, 11 de marzo de 2020 – “Caracterizar el COVID-19 como una pandemia no quiere decir que el "
    "virus se haya hecho más mortal; es una forma de reconocer su propagación geográfica.\n\n"
    "“Seguiremos trabajando con los gobiernos y con nuestros aliados para frenar la transmisión del virus y "
    "proteger a los niños y a sus familias.\n\n"
    "Contactos de prensa\n\nChristopher Tidey\n\nUNICEF Nueva York\n\nTeléfono: +1 917 340 3017\n\n"
    "Marisol Quintero\n\nEspecialista Regional de Comunicación\n\nTeléfono: +507 3017484\n"
)
ARABIC_RELEASE = (
    "مع تصاعد العنف، 37 طفلاً بين قتيل وجريح في الهجوم الذي وقع في الجوف، شمال اليمن\n\n"
    "صادر عن السيدة ساره بيسولو نيانتي، الممثل المقيم لليونيسف في اليمن\n\n20 شباط / فبراير 2020\na group of kids in front of a destroyed house\nUNICEF/Yemen/2019\n\n"
    'صنعاء، 20 فبراير 2020 - "بكل حزن، تؤكد أن الهجوم الأخير في الجوف، شمال اليمن، والذي وقع يوم السبت '
    "15 فبراير، قد أودى بحياة الأطفال.\n\n"
    '"لا ينبغي أن ننسى أو أن تمر المعاناة اليومية للأطفال في اليمن مرور الكرام".\n\n'
    "بيانات الاتصال بالفريق الإعلامي\n\nجولييت توما\nالمديرة الاقليمية للإعلام\nهاتف: 00962798674628\n"
    "بريد إلكتروني: jtouma@unicef.org\n"
)


def test_a_spanish_release_cleans_by_its_profile():
    record = clean_text(SPANISH_RELEASE)
    assert record.lang == "es" and C.LANGUAGE_NOT_ACCEPTED in record.flags
    assert record.title == "Declaración de UNICEF sobre el brote de COVID-19"
    assert record.dateline == {"place": "NUEVA YORK", "date": "2020-03-11"}
    assert record.text.startswith("NUEVA YORK, 11 de marzo") and "Contactos" not in record.text
    assert record.contacts["names"] == ["Christopher Tidey", "Marisol Quintero"]
    assert record.contacts["phones"] == ["+1 917 340 3017", "+507 3017484"]
    assert {"rule": "page_language", "text": "es (1.00)"} in record.cleaning


def test_an_arabic_release_cleans_by_its_profile():
    record = clean_text(ARABIC_RELEASE, languages=("fr", "ar"))
    assert record.lang == "ar" and not record.flags
    assert record.title.startswith("مع تصاعد العنف")
    assert record.dateline == {"place": "صنعاء", "date": "2020-02-20"}
    assert record.text.startswith("صادر عن السيدة") and "kids" not in record.text and "2019" not in record.text
    assert record.contacts == {
        "names": ["جولييت توما"],
        "emails": ["jtouma@unicef.org"],
        "phones": ["00962798674628"],
        "links": [],
    }


def test_a_page_in_a_language_without_rules_keeps_its_text():
    """German has no cleaning entry in EXTRA: its own stop words and langid judge foreign lines, never French's."""
    record = clean_text(
        "Die Bundesregierung hat heute beschlossen, die Hilfe für die Ukraine zu erhöhen. "
        "Das ist ein wichtiger Schritt für Europa und für die ganze Welt."
    )
    assert record.ok and record.lang == "de" and C.LANGUAGE_NOT_ACCEPTED in record.flags
    assert record.text.startswith("Die Bundesregierung")


def test_a_letter_of_a_caseless_script_opens_a_sentence():
    assert S.starts_sentence("ترحب اليونيسف بالإعلان") and S.starts_sentence("Le HCR")
    assert not S.starts_sentence("de la Commission") and not S.starts_sentence("")
    assert S.has_lower_case("اليونيسف ترحب") and not S.has_lower_case("COMMUNIQUÉ DE PRESSE")


def test_a_line_in_another_language_than_the_page_is_foreign(page_language):
    page_language("ar")
    assert S.is_foreign("a group of kids in front of a destroyed house")
    assert not S.is_foreign("مقتل وإصابة 113 طفلاً على الأقل في اليمن منذ إعلان الهدنة")
    page_language("en")
    assert not S.is_foreign("a group of kids in front of a destroyed house")  # an English page


@pytest.mark.parametrize(
    "code, paragraph, dateline",
    [
        (
            "es",
            "NUEVA YORK, 11 de marzo de 2020 – “Caracterizar el COVID-19 como una pandemia.",
            {"place": "NUEVA YORK", "date": "2020-03-11"},
        ),
        (
            "es",
            "Ginebra, 18 de mayo de 2015 (OPS/OMS) — La 68a Asamblea Mundial de la Salud se inauguró hoy.",
            {"place": "Ginebra", "date": "2015-05-18"},
        ),
        # a date in brackets is the date, not part of the place
        (
            "es",
            "NUEVA YORK (31 de julio de 2013) – Con mucha frecuencia, la violencia no se ve.",
            {"place": "NUEVA YORK", "date": "2013-07-31"},
        ),
        (
            "ar",
            'صنعاء، 20 فبراير 2020 - "بكل حزن، تؤكد أن الهجوم الأخير في الجوف"',
            {"place": "صنعاء", "date": "2020-02-20"},
        ),
        # two names of one month (Levantine / Egyptian)
        ("ar", "جنيف، 23 حزيران/يونيو 2022 – رحب المفوض السامي بتعيين خلفه.", {"place": "جنيف", "date": "2022-06-23"}),
        # a caseless place needs a date: without one this is a sentence with a dash
        ("ar", "ترحب اليونيسف - بالإعلان عن موافقة أطراف النزاع.", None),
        # a place in brackets, as some agencies write it
        ("fr", "(Nairobi) – Les forces du M23 ont exécuté des civils.", {"place": "Nairobi", "date": None}),
        # a date opening the lead, after a weekday of the page's language; another word is no weekday
        (
            "es",
            "Lunes 26 de diciembre, 2022. Debido al aumento de casos, Salud recuerda las medidas.",
            {"place": "", "date": "2022-12-26"},
        ),
        ("es", "Informe 26 de diciembre, 2022. Debido al aumento de casos, Salud recuerda las medidas.", None),
        # a language without rules of its own still reads its months (CLDR)
        (
            "de",
            "Berlin, 3. März 2024 – Die Bundesregierung hat heute beschlossen, die Hilfe zu erhöhen.",
            {"place": "Berlin", "date": "2024-03-03"},
        ),
        # Markdown bold marks do not hide the date
        (
            "fr",
            "DAKAR, **23 novembre 2021 **– Depuis 2005, date à laquelle un mécanisme a été mis en place.",
            {"place": "DAKAR", "date": "2021-11-23"},
        ),
    ],
)
def test_rule_dateline_by_language(page_language, code, paragraph, dateline):
    page_language(code)
    assert D.find_dateline([paragraph], None) == dateline


@pytest.mark.parametrize(
    "code, paragraph, dateline",
    [
        # a day and a month without the year, a source in brackets, ".-": the page gives the year
        (
            "es",
            "San José, 21 Abr (Elpaís.cr).- Con el fin de resguardar el correcto funcionamiento del Estado.",
            {"place": "San José", "date": "2022-04-21"},
        ),
        # a word that is no month is no date: no dateline
        (
            "fr",
            "Paris, 12 heures - Le texte commence ici avec une phrase entière.",
            {"place": "", "date": "2022-04-21"},
        ),
    ],
)
def test_dateline_without_a_year_takes_the_page_date(page_language, code, paragraph, dateline):
    page_language(code)
    assert D.find_dateline([paragraph], {"place": "", "date": "2022-04-21"}) == dateline


PAGE_WITH_SEVERAL_H1 = """<!DOCTYPE html><html lang="es"><head>
<title>Gobierno entrega directriz de ciberseguridad - Diario Ejemplo</title>
<meta property="og:title" content="Gobierno entrega directriz de ciberseguridad - Diario Ejemplo">
<meta property="og:site_name" content="Diario Ejemplo">
<meta property="article:published_time" content="2022-04-27T03:10:00+00:00">
</head><body><header><h1>Diario Ejemplo</h1></header>
<aside><h1>Lo más visto</h1><p>Contacto: redaccion@ejemplo.com, +506 2222 3333</p></aside>
<article><h1>Gobierno entrega directriz de ciberseguridad</h1>
<div class="date">martes 26 de abril de 2022 - 9:10 p.m.</div>
<p>El gobierno firmó este martes una directriz para resguardar el funcionamiento de las instituciones públicas del país.</p>
<p>Las instituciones deberán informar sus sitios oficiales y respaldar la información de cada incidente.</p>
<p>Medidas adicionales serán anunciadas en las próximas semanas por el ministerio de ciencia.</p>
<ul><li>Las instituciones deberán respaldar la información de cada incidente informático.</li></ul>
<p>Las instituciones deberán cumplir con la directriz desde el día de su publicación oficial.</p>
<p><a href="/nacionales">Más noticias nacionales</a></p>
<p>Consultas: <a href="mailto:prensa@ejemplo.go.cr">prensa@ejemplo.go.cr</a></p>
</article><footer>Diario Ejemplo 2022</footer></body></html>"""


def test_html_page_headline_date_and_contacts_from_its_structure(tmp_path):
    """Among several <h1>, the one the page's title opens with; the date printed under it, not the
    metadata's; a contact box above the article is not the release's contact block."""
    path = tmp_path / "page.html"
    path.write_text(PAGE_WITH_SEVERAL_H1, encoding="utf-8")
    record = C.clean_file(path)
    assert record.title == "Gobierno entrega directriz de ciberseguridad"
    assert record.dateline == {"place": "", "date": "2022-04-26"}
    assert "redaccion@ejemplo.com" not in record.contacts["emails"] and record.contacts["phones"] == []
    assert record.text.startswith("El gobierno firmó")
    # a short line that is all link is navigation; a mailto link is a contact
    assert "Más noticias nacionales" not in record.text
    assert record.contacts["emails"] == ["prensa@ejemplo.go.cr"]
    # a list item without the "- " the extractor puts before it (the page prints none)
    assert "\n\nLas instituciones deberán respaldar la información de cada incidente informático." in record.text


def test_contact_block_ends_where_the_page_goes_on():
    """Names are read from the contact lines after the heading, not from the page that goes on
    after them (a list of press mentions)."""
    text = (
        "Caisse de solidarité financière\n\n"
        "La caisse de grève soutient les salariés en grève reconductible depuis plusieurs années.\n\n"
        "Une initiative cogérée avec des syndicats et sous le contrôle des donateurs.\n\n"
        "Nous contacter :\nsolidarite@exemple.fr\nLes donateurs ont la parole…\n"
        "Voir les messages en ligne sur le site de la cagnotte\n"
        "11 décembre 2019 : Article Libération\n10 décembre 2019 : Reportage France Deux"
    )
    record = C.clean_text(text)
    assert record.contacts["emails"] == ["solidarite@exemple.fr"]
    assert record.contacts["names"] == []


def test_a_labelled_date_under_the_text_is_a_stamp():
    assert D.is_date_stamp("Créé: 12.12.2019, 07h36")
    assert not D.is_date_stamp("Remarque: le 12.12.2019 le texte a été adopté par le Conseil")


@pytest.mark.parametrize(
    "code, text, iso",
    [
        ("es", "11 de marzo de 2020", "2020-03-11"),
        ("es", "11 Marzo 2020", "2020-03-11"),
        ("ar", "20 شباط / فبراير 2020", "2020-02-20"),
        ("ar", "٢٠ فبراير ٢٠٢٠", "2020-02-20"),
        ("ar", "2024/9/3", "2024-09-03"),
        ("fr", "28 février 2022", "2022-02-28"),
        ("fr", "11 Marzo 2020", None),  # a Spanish month on a French page is not read
        ("es", "31 de febrero de 2020", None),  # no such day
    ],
)
def test_iso_date_reads_the_month_names_of_the_page_language(page_language, code, text, iso):
    page_language(code)
    assert D.iso_date(text) == iso


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("20.08.2025 à 06:00", True),
        ("10/28/2025 11:53", True),
        ("Archives Juillet 2017", True),
        ("Rapport annuel 2017", False),
        ("20.08.2025 à 06:00 les forces ont attaqué", False),
    ],
)
def test_rule_date_stamp(line, stamp):
    assert D.is_date_stamp(line) == stamp


@pytest.mark.parametrize(
    "lines, start",
    [
        (["Le texte de la résolution.", "Contactos de prensa", "Christopher Tidey", "Teléfono: +1 917 340 3017"], 1),
        (["نص البيان.", "بيانات الاتصال بالفريق الإعلامي", "هاتف: 00962798674628"], 1),
        # a "Source:" line above the article is no marker: running text comes before any contact data
        (
            [
                "Source: Africa Press Organisation – French",
                "La Mission a été menée dans le cadre du mandat confié à la Commission en collaboration avec l’Union.",
                "Elle fait suite à la résolution 1218 (2024) du Conseil, tél. +235 66 00 00 00.",
            ],
            None,
        ),
    ],
)
def test_contact_marker_of_any_language(lines, start):
    assert C.find_contact_marker(lines) == start


@pytest.mark.parametrize(
    "text, phones",
    [
        ("Tél. : +235 66 12 34 56", ["+235 66 12 34 56"]),
        ("en vertu de la résolution 1218 (2024", []),  # a bracket opened and not closed: a reference
        ("Tel: (868) 625 1234", ["(868) 625 1234"]),
    ],
)
def test_a_phone_has_its_brackets_closed(text, phones):
    assert C.phone_numbers(text) == phones


def test_contact_entries_names_by_their_place():
    block = [
        "Contactos de prensa",
        "Marisol Quintero",
        "Especialista Regional de Comunicación",
        "Teléfono: +507 3017484",
        "بيانات الاتصال",
        "جولييت توما",
        "المديرة الاقليمية للإعلام",
        "هاتف: 00962798674628",
        "كمال الوزيزه",
        "خبير إعلام",
    ]
    assert C.parse_contacts(block)["names"] == ["Marisol Quintero", "جولييت توما", "كمال الوزيزه"]
    # two names on their own lines, each after contact data, are two people
    assert C.parse_contacts(["Contact", "Jean Dupont", "jdupont@x.org", "Marie Roy", "mroy@x.org"])["names"] == [
        "Jean Dupont",
        "Marie Roy",
    ]


@pytest.mark.parametrize(
    "line, bar",
    [
        ("10/28/2025 | Press release | Distributed by Public on 10/28/2025 11:53", True),
        ("Accueil | Actualités", False),  # two cells: a breadcrumb, left to other rules
        ("Le vote | la décision du Conseil", False),
    ],
)
def test_rule_header_bar(line, bar):
    assert S.is_header_bar(line) == bar


@pytest.mark.parametrize(
    "code, line, label",
    [
        ("ar", "بيان صحفي", True),
        ("ar", "خبر صحفى:", True),
        ("es", "Comunicado de prensa", True),
        ("es", "Press Release", True),  # English labels on any page
        ("es", "Comunicado de prensa sobre la pandemia", False),
        ("ar", "بيان صادر عن فيليب دواميل", False),
    ],
)
def test_rule_release_label(page_language, code, line, label):
    page_language(code)
    assert S.is_release_label(line) == label


@pytest.mark.parametrize(
    "lines, kept",
    [
        (
            [
                "El Ministerio de Salud se mantiene vigilante ante el comportamiento del virus y la vacunación.",
                "",
                "Imprimir",
            ],
            ["El Ministerio de Salud se mantiene vigilante ante el comportamiento del virus y la vacunación."],
        ),
        (["Texte.", "Leonard Doyle", "Genève"], ["Texte.", "Leonard Doyle", "Genève"]),  # a signature's place
        (
            [
                "La Délégation de la Mission conjointe de terrain était composée de :",
                "• L’Honorable Commissaire Hatem Essaiem, Vice-Président de la Commission, Chef de la Délégation ;",
            ],
            [
                "La Délégation de la Mission conjointe de terrain était composée de :",
                "• L’Honorable Commissaire Hatem Essaiem, Vice-Président de la Commission, Chef de la Délégation ;",
            ],
        ),
        (["Texte.", "• Accueil", "• Contact"], ["Texte."]),  # short bullets: a menu
    ],
)
def test_rule_footer_by_structure(lines, kept):
    result, _ = run_rule(C.strip_footer, lines)
    assert result == kept


def test_rule_end_mark():
    lines = ["يتوجب عمل المزيد لحماية الأطفال في اليمن.", "###", "بيانات الاتصال بالفريق الإعلامي", "عن اليونيسف"]
    (body, tail), log = run_rule(C.split_at_end_mark, lines)
    assert body == lines[:2] and tail == lines[2:] and log[0][0] == "end_mark"
    assert run_rule(C.split_at_end_mark, ["Le texte.", "Fin du texte."])[0] == (["Le texte.", "Fin du texte."], [])


def test_rule_language_switch():
    lines = [
        "مقتل وإصابة 113 طفلاً على الأقل في اليمن.",
        "- متوفر بـ:",
        "- English",
        "- العربية",
        "بيان صادر عن فيليب دواميل، ممثل اليونيسف في اليمن",
    ]
    kept, log = run_rule(C.drop_chrome_lines, lines)
    assert kept == [lines[0], lines[4]] and len(log) == 3
    # a heading ending in ":" over text is not a switch
    lines = ["Le programme :", "Le Conseil examinera le rapport."]
    assert run_rule(C.drop_chrome_lines, lines)[0] == lines


def test_rule_teaser():
    lead = "Con mucha frecuencia, la violencia contra los niños no se ve, no se escucha y no se denuncia."
    lines = [
        "UNICEF Insta a Hablar Más Fuerte Para Combatir la Violencia Contra Niños",
        "",
        lead,
        "",
        "NUEVA YORK (31 de julio de 2013) – " + lead,
    ]
    kept, log = run_rule(teasers.drop_teasers, lines)
    assert lead not in kept and log == [("teaser", lead)]
    # the same paragraph printed twice with no dateline (a page repeating its text) is no teaser
    assert run_rule(teasers.drop_teasers, [lead, lead])[0] == [lead, lead]
    # a cut teaser: the start of the next line
    cut = "Le Président de la Commission de l'Union africaine, Moussa Faki Mahamat, a été reçu"
    assert run_rule(teasers.drop_teasers, [cut, cut + " cet après-midi par le Premier ministre."])[1][0][0] == "teaser"


def test_a_page_opening_on_its_headline_keeps_its_deck_under_it(page_language):
    page_language("ar")
    lines = [
        "اليونيسف ترحب بتمديد الهدنة في اليمن وتدعو إلى حماية الأطفال من العنف",
        "بيان صادر عن فيليب دواميل، ممثل اليونيسف في اليمن",
        "صنعاء، 2 أغسطس 2022 – ترحب اليونيسف بالإعلان عن تمديد الهدنة في اليمن وحماية الأطفال.",
    ]
    assert H.dateline_title(lines) == (0, 0)
    # the line above the dateline wins when it says more of the text than the first line
    page_language("fr")
    lines = [
        "Conseil fédéral suisse portail",
        "Le HCR salue la décision du Conseil fédéral sur les réfugiés",
        "Genève (ots) - Le HCR salue la décision du Conseil fédéral d’accueillir des réfugiés.",
    ]
    assert H.dateline_title(lines) == (1, 1)


def test_rule_stamps_above_dateline(page_language):
    page_language("ar")
    lines = [
        "صادر عن السيدة ساره بيسولو نيانتي",
        "20 شباط / فبراير 2020",
        "a group of kids in front of a destroyed house",
        "UNICEF/Yemen/2019",
        'صنعاء، 20 فبراير 2020 - "بكل حزن، تؤكد أن الهجوم الأخير"',
    ]
    kept, log = run_rule(H.drop_stamps_above_dateline, lines)
    assert kept == [lines[0], lines[4]] and log[0][0] == "stamps"
    assert run_rule(H.drop_stamps_above_dateline, lines[1:4])[0] == lines[1:4]  # no dateline: left alone


def test_rule_collapse_repeats():
    title = '"الخارجية" تُعرب عن تضامنها مع الاردن'
    kept, log = run_rule(C.collapse_repeats, [title, title, "", title, "نص البيان."])
    assert kept == [title, "", "نص البيان."] and len(log) == 2
    assert run_rule(C.collapse_repeats, ["Accueil", "Accueil"])[0] == ["Accueil", "Accueil"]  # a short menu entry


US_STYLE = (
    "Contacto de prensa:\nAna López\nana.lopez@cruzroja.org\n+1 415 555 0100\n\n"
    "PARA PUBLICACIÓN INMEDIATA\n\n"
    "Actúe durante el Mes de Preparación Nacional para estar preparado en caso de emergencia\n\n"
    "SAN FRANCISCO, 1 de septiembre de 2023 — La Cruz Roja Americana invita a todas las familias a "
    "prepararse para las emergencias este mes.\n\n"
    "Los desastres pueden ocurrir en cualquier momento y lugar, por eso es importante tener un plan.\n"
)


def test_rule_contact_block_above_the_text():
    record = clean_text(US_STYLE)
    assert record.contacts == {
        "names": ["Ana López"],
        "emails": ["ana.lopez@cruzroja.org"],
        "phones": ["+1 415 555 0100"],
        "links": [],
    }
    assert record.title.startswith("Actúe durante") and record.text.startswith("SAN FRANCISCO, 1 de septiembre")
    assert {
        "rule": "contact_block",
        "text": "Contacto de prensa:\nAna López\nana.lopez@cruzroja.org\n+1 415 555 0100",
    } in record.cleaning
    # a marker under the first paragraph is the closing block's, not this rule's
    lines = [
        "Le HCR salue la décision du Conseil fédéral d’accueillir des réfugiés de Syrie.",
        "Contact :",
        "Jean Dupont",
        "jdupont@unhcr.org",
    ]
    assert run_rule(C.split_header_contacts, lines) == ((lines, []), [])


def test_the_sites_blurb_after_its_navigation_is_not_the_release():
    """Three short lines that are no sentence (a sender, "Version PDF", "Autres communiqués") near
    the end: what follows them is the site's section blurb, cut with them."""
    release = (
        "Le bureau de médiation va à la rencontre de la population\n\n"
        "Le bureau aide les usagers dans leurs rapports avec les autorités et se déplacera dans le canton.\n\n"
        "Il se rendra cette année dans deux villes et continuera d'offrir ses services à Lausanne.\n\n"
    )
    site = (
        "Bureau d'information et de communication\n\nVersion PDF du communiqué\n\nAutres communiqués\n\n"
        "Cette page permet de retrouver tous les communiqués publiés depuis 1997 par le Conseil d'Etat."
    )
    record = C.clean_text(release + site)
    assert record.text.endswith("services à Lausanne.")
    # a field list ("Lieu : ...") closing a media advisory is the release's own
    advisory = release + "Date : 5 mai\n\nLieu : Hôtel de ville\n\nHeure : dix heures\n\nLes médias sont invités."
    assert C.clean_text(advisory).text.endswith("Les médias sont invités.")


PAGE_WITH_THE_SITE_IN_H1 = """<!DOCTYPE html><html lang="fr"><head>
<title>Deux ans en Macronie : six enquêtes en cours - exemple.fr</title>
<meta property="og:title" content="Deux ans en Macronie : six enquêtes en cours">
<meta property="article:modified_time" content="2020-01-07T10:00:00+00:00">
</head><body><header><h1>exemple.fr</h1></header>
<div class="bar">Accueil | Par Jeanne Martin | 30 septembre 2018</div>
<h2>Deux ans en Macronie : six enquêtes en cours</h2>
<p>Article mis à jour le 7 janvier 2020.</p>
<article><p>S'il fallait ne retenir qu'une seule promesse du candidat, la moralisation décrocherait la palme.</p>
<p>Lire aussi sur exemple.fr</p>
<p>Par la suite, la morale du gouvernement n'aura été qu'une suite d'affaires, que nous recensons ici.</p>
<p>Le 6 août 2019, un député a été condamné à six mois de prison avec sursis pour abus de confiance.</p>
</article></body></html>"""


def test_html_page_whose_h1_is_the_site(tmp_path):
    """A lone <h1> that the page's title ends on after a separator names the site: the headline is
    og:title; of the dates printed around the headline the earliest is the publication (the other
    an update), and the update stamp is not text; "Lire aussi sur <domain>" is chrome."""
    path = tmp_path / "page.html"
    path.write_text(PAGE_WITH_THE_SITE_IN_H1, encoding="utf-8")
    record = C.clean_file(path)
    assert record.title == "Deux ans en Macronie : six enquêtes en cours"
    assert record.dateline == {"place": "", "date": "2018-09-30"}
    assert record.text.startswith("S'il fallait")
    assert "Lire aussi" not in record.text


def test_the_page_title_printed_again_above_the_text_is_the_headline():
    """A real aggregator page (tune data): its title at the top, a box with another story's dated
    teaser, then the same title again above the text. The two copies agree (a text dump's <title>
    and <h1>): that line is the headline, and the teaser is neither title nor text."""
    record = clean_file(REALWORLD / "fr_alterinfo_propagande_rumsfeld.txt")
    assert record.title == "Comment optimiser la propagande ?"
    assert "Manifeste de la Raison" not in record.text
    assert record.text.startswith("Le cabinet de relations publiques Project Syndicate")
    assert record.dateline["date"] == "2006-03-10"


def test_only_one_headline_shaped_line_printed_twice_with_words_of_the_text_agrees(page_language):
    page_language("fr")
    text = "Le conseil municipal a adopté hier soir le budget de la ville pour l'année prochaine, a dit la mairie."
    title = "Le budget de la ville adopté"
    assert title_printed_twice([title, "Menu", "Autre sujet du jour en bref", title, text]) == 3
    # a release label, a headline about something else, two lines each printed twice: no agreement
    label = "Communiqué de presse"
    assert title_printed_twice([label, "Menu", label, text]) is None
    other = "Les vacances scolaires commencent demain"
    assert title_printed_twice([other, "Menu", other, text]) is None
    deck = "Le conseil adopte le budget de la ville"
    assert title_printed_twice([title, deck, title, deck, text]) is None
    # the second copy is a menu's, far above the text: the heading stands right above its text
    menu = ["Accueil", "Actualités", "Agenda", "Contact"]
    assert title_printed_twice([title, "Menu", title, *menu, text]) is None
    assert title_printed_twice([title, "Menu", *menu, title, "Mardi 3 mars 2020", text]) == 6
