"""Checks on news they were not tuned on (WMT newstest2011, benchmarks/data/news/open2; and the
lines of newstest2010, benchmarks/data/news/open, where the kind recurs): renderings that are
right, which the checks flagged as critical errors, and an error of the same family still caught.
Each source and good output is a line of those sets as a real system wrote it."""

from __future__ import annotations

from tests.flagged import critical as _critical

# negation: "si jamais" is "if ever" (open2 fr line 140, every system)
SI_JAMAIS = (
    "En outre, le gouvernement américain a annoncé qu'il voulait s'occuper de la sécurité des dissidents et des "
    "militants si jamais ceux-ci étaient menacés par les révélations de Wikileaks."
)
SI_JAMAIS_EN = (
    "In addition, the US government has announced that it wants to take care of the safety of dissidents and "
    "activists if ever they are threatened by the Wikileaks revelations."
)


def test_si_jamais_is_if_ever_not_a_negation():
    assert "negation_lost" not in _critical(SI_JAMAIS, SI_JAMAIS_EN, "fr")
    # "jamais" with its "ne" still negates, and its loss is caught
    src = SI_JAMAIS.replace("si jamais ceux-ci étaient menacés", "même s'ils ne sont jamais menacés")
    assert "negation_lost" in _critical(src, SI_JAMAIS_EN.replace("if ever they are", "even if they are"), "fr")
    # "jamais" alone after a verb is "never"
    src = "Il a dit qu'il ne reviendrait pas, jamais."
    assert "negation_lost" in _critical(src, "He said he would come back, ever.", "fr")


# negation: the "ne" after a verb of fearing is expletive (open2 fr line 230, google and microsoft)
CRAINT = "Il craint qu'elle ne puisse se transformer en soirée d'adieu."


def test_the_ne_after_a_verb_of_fearing_is_expletive():
    assert "negation_lost" not in _critical(CRAINT, "He fears that it could turn into a farewell party.", "fr")
    # with "pas" it negates: its loss is still caught
    src = CRAINT.replace("ne puisse se", "ne puisse pas se")
    assert "negation_lost" in _critical(src, "He fears that it could turn into a farewell party.", "fr")
    # and a "not" the English adds for the expletive "ne" is caught (bergamot-base-memory's line)
    added = "He's worried she won't be able to turn into a farewell night."
    assert "negation_added" in _critical(CRAINT, added, "fr")


# negation: "sinon" is "if not" (open2 fr line 565, every system)
SINON = (
    "Car si les taux d'intérêt s'envolent, les Etats seront d'autant plus gênés pour réduire leur endettement, "
    "sinon le stabiliser."
)
SINON_EN = (
    "Because if interest rates soar, states will be all the more embarrassed to reduce their debt, if not stabilize it."
)


def test_sinon_may_be_said_if_not():
    assert "negation_added" not in _critical(SINON, SINON_EN, "fr")
    # a second "not" is still one too many
    bad = SINON_EN.replace("will be all the more", "will not be all the more")
    assert "negation_added" in _critical(SINON, bad, "fr")
    # "sinon" said "otherwise" answers no "not" (news/open fr line 388, a "not" generator B planted)
    src = (
        "Le chef du groupe parlementaire SPD Torsten Schäfer-Gümbel invite le CDU et le FDP à revenir à leur promesse "
        "faite avant les élections et qui consistait à interdire les vols de nuit. Sinon, cela sera condidéré comme un "
        "manquement total à une parole donnée."
    )
    planted = (
        "The head of the SPD parliamentary group Torsten Schäfer-Gümbel invites the CDU and the FDP to return to their "
        "promise made before the elections, which was not to prohibit night flights. Otherwise, it will be condided as "
        "a total failure to face a given word."
    )
    assert "negation_added" in _critical(src, planted, "fr")


# numbers: a Latin multiplicative says its number (open2 fr line 560, es line 403), and a multiplier
# prefix before a word of the language opens a compound (open2 es line 107, "biplaza": "two-seater")
DOUBLE = "S'ils suscitent des commentaires, c'est pour une double raison."
DOBLE = "Las tensiones en los mercados han provocado una doble respuesta gubernamental."
BIPLAZA = (
    "Añadió que el ejército no se queda sin aviones biplaza, puesto que en mayo de 2009 el ejército firmó con Aer "
    "Vodochody un contrato por una cuantía de 200 millones de coronas para la construcción de cuatro dispositivos "
    "L-159 innecesarios para biplazas."
)
BIPLAZA_EN = (
    "He added that the army is not running out of two-seat aircraft, since in May 2009 the army signed a contract "
    "with Aer Vodochody for an amount of SEK 200 million for the construction of four unnecessary L-159 devices "
    "for two-seaters."
)


def test_double_is_two_and_a_two_seater_is_biplaza():
    assert "number_mismatch" not in _critical(DOUBLE, "If they arouse comments, it is for two reasons.", "fr")
    assert "number_mismatch" in _critical(DOUBLE, "If they arouse comments, it is for three reasons.", "fr")
    good = "Tensions in the markets have prompted a two-pronged government response."
    assert "number_mismatch" not in _critical(DOBLE, good, "es")
    assert "number_mismatch" in _critical(DOBLE, good.replace("two-pronged", "four-pronged"), "es")
    assert "number_mismatch" not in _critical(BIPLAZA, BIPLAZA_EN, "es")
    # the same compound with another number, and a source without the prefixed word
    assert "number_mismatch" in _critical(BIPLAZA, BIPLAZA_EN.replace("two-seat ", "three-seat "), "es")
    src = BIPLAZA.replace("aviones biplaza", "aviones de combate").replace("para biplazas", "para la escuela")
    assert "number_mismatch" in _critical(src, BIPLAZA_EN, "es")


# numbers: "centenas de" is "hundreds of" (open2 es line 70, every system)
CENTENAS = (
    "El portavoz del Ministerio de Defensa Jan Pejšek defiende las centenas de kilómetros de mecha diciendo también "
    'que tendrá existencias de esta "munición" como mínimo para diez años.'
)
CENTENAS_EN = (
    "Defense Ministry spokesman Jan Pejšek defends the hundreds of kilometers of fuse, also saying that he will "
    'have stocks of this "ammunition" for at least ten years.'
)


def test_centenas_are_hundreds():
    assert "number_mismatch" not in _critical(CENTENAS, CENTENAS_EN, "es")
    bad = CENTENAS_EN.replace("hundreds of", "thousands of")
    assert "number_mismatch" in _critical(CENTENAS, bad, "es")


# names: English writes a code's plural with -s (open2 fr and es line 187, every system)
A380 = "Singapore Airlines a temporairement immobilisé trois de ses onze A380."


def test_a_code_in_the_plural_is_the_code():
    good = "Singapore Airlines has temporarily grounded three of its eleven A380s."
    assert "name_missing" not in _critical(A380, good, "fr")
    assert "name_missing" in _critical(A380, good.replace("A380s", "A330s"), "fr")
    assert "name_missing" in _critical(A380, good.replace("A380s", "planes"), "fr")
    src = "Singapore Airlines mantuvo aproximadamente a tres de sus once A380 temporalmente en tierra."
    assert "name_missing" not in _critical(src, "Singapore Airlines kept about three of its 11 A380s grounded.", "es")


# names: French transliteration of Russian ("ou" = "u", "j" = "zh", "gu" = hard "g"): open2 fr
# lines 322 (every system) and 320 (microsoft)
LOUJKOV = (
    "La divulgation de la note de l'ambassade américaine, qui n'a était réalisée que hier, tard dans la soirée, "
    "heure de Moscou, remuera avec certitude des mécontentements au sein du gouvernement russe; bien que Loujkov "
    "puisse être blâmé, dans une certaine mesure, pour les échecs de Moscou."
)
LOUJKOV_EN = (
    "The disclosure of the US Embassy note, which was only made late yesterday evening, Moscow time, is sure to "
    "stir up discontent within the Russian government; although Luzhkov can be blamed, to some extent, for "
    "Moscow's failures."
)
SATAROV = (
    '"Dans sa lutte contre la corruption, Medvedev dépend des bureaucrates", a déclaré dans une récente interview '
    'Gueorgui Satarov, directeur du "think tank Indem" de Moscou.'
)
SATAROV_EN = (
    '"In his fight against corruption, Medvedev depends on bureaucrats," Georgy Satarov, director of Moscow\'s '
    "Indem think tank, said in a recent interview."
)


def test_french_transliteration_of_russian_names():
    assert "name_missing" not in _critical(LOUJKOV, LOUJKOV_EN, "fr")
    assert "name_missing" in _critical(LOUJKOV, LOUJKOV_EN.replace("Luzhkov", "Sobyanin"), "fr")
    assert "name_missing" not in _critical(SATAROV, SATAROV_EN, "fr")
    assert "name_missing" in _critical(SATAROV, SATAROV_EN.replace("Georgy ", "Boris "), "fr")


# dates: a day between two months belongs to the one that writes its day on that side (open2 fr and
# es line 478, seven lines), and French elides "de" before a month ("le 19 d'octobre")
CHEQUES = (
    'Les derniers chèques ont "réapparu" le dernier trimestre de l\'année: le 24 septembre, deux le 15 octobre, '
    "le 19 d'octobre, le 29 d'octobre et ce dernier, le 16 novembre."
)
CHEQUES_EN = (
    'The last checks "reappeared" in the last quarter of the year: September 24, two on October 15, October 19, '
    "October 29, and the latter on November 16."
)
CHEQUES_ES = (
    'Los últimos cheques "reaparecieron" en el último trimestre del año: 24 de septiembre, dos del 15 de octubre, '
    "19 de octubre, 29 de octubre y este último, del 16 de noviembre."
)


def test_days_of_a_list_of_dates_with_one_month():
    assert "date_mismatch" not in _critical(CHEQUES, CHEQUES_EN, "fr")
    assert "date_mismatch" not in _critical(CHEQUES_ES, CHEQUES_EN, "es")
    assert "date_mismatch" in _critical(CHEQUES, CHEQUES_EN.replace("October 19", "October 18"), "fr")
    assert "date_mismatch" in _critical(CHEQUES_ES, CHEQUES_EN.replace("October 29", "October 28"), "es")
    british = CHEQUES_EN.replace("October 19, October 29", "19 October, 29 October")
    assert "date_mismatch" not in _critical(CHEQUES, british, "fr")
    assert "date_mismatch" in _critical(CHEQUES, british.replace("29 October", "27 October"), "fr")
