"""What the name check knows of names across languages: the names translation changes that CLDR
does not list, the capitalised institution nouns that are no names, and CLDR's names of
countries, territories and languages in the source language mapped to English (babel)."""

from __future__ import annotations

import math
import re
import zoneinfo
from functools import lru_cache

from summarise.quality.flags import fold
from summarise.text.languages import likely_script, profile, vocabulary, zipf
from summarise.text.patterns import FUNCTION_WORDS

# Source languages written in Latin letters: their names can be compared by form. In an Arabic
# source only the words written in Latin letters can. (The names check asks ``latin_script``,
# which reads the script of any language from CLDR.)
LATIN_SCRIPT_LANGS = frozenset({"fr", "es", "en", "pt", "it", "de", "nl", "ca", "ro"})


def latin_script(lang: str) -> bool:
    """Whether a language is written in Latin letters: CLDR's likely script of it (any code its
    likely subtags hold, "sh" too), so that Polish, Turkish, Czech or Indonesian are read as
    French is, and Russian, Greek or Arabic are not."""
    return lang in LATIN_SCRIPT_LANGS or likely_script(lang.lower()) == "Latn"


# Names and acronyms that translation legitimately changes and that CLDR (babel) does not
# list: organisations, points of the compass and seas in place names, and the short and
# adjective forms of countries (folded).
_INTERNET = ("internet", "online", "web", "website", "net", "cyberspace")
_FRENCH: dict[str, tuple[str, ...]] = {
    "oim": ("iom", "international organization for migration"),
    "onu": ("un", "united nations"),
    "ong": ("ngo", "ngos", "non-governmental", "nongovernmental"),
    "unicef": ("unicef", "children's fund"),
    "oms": ("who", "world health organization"),
    "ue": ("eu", "european union"),
    "hcr": ("unhcr",),
    "pnud": ("undp",),
    "oit": ("ilo",),
    "bit": ("ilo",),
    "ocde": ("oecd",),
    "fmi": ("imf",),
    "omc": ("wto",),
    "cedeao": ("ecowas",),
    "uit": ("itu",),
    "otan": ("nato",),
    "opep": ("opec",),
    "pdg": ("ceo", "chief executive"),
    "unies": ("united", "un"),
    "nations": ("nations", "un"),
    "pib": ("gdp",),
    "vih": ("hiv",),
    "sida": ("aids",),
    "tva": ("vat",),
    "pme": ("sme", "smes"),
    "adn": ("dna",),
    "arn": ("rna",),
    "rdc": ("drc",),
    "cicr": ("icrc",),
    "pam": ("wfp",),
    "ua": ("au",),
    "oua": ("oau",),
    "bid": ("idb",),
    "bad": ("afdb",),
    "croix-rouge": ("red cross",),
    # the one network's name, which English also renders by what is on it ("en ligne", "online")
    "internet": _INTERNET,
    "moyen-orient": ("middle east",),
    # English names the Levant "Middle East" more than "Near East" now, where French keeps both
    "proche-orient": ("near east", "middle east"),
    "corne": ("horn",),
    "golfe": ("gulf",),
    "mer": ("sea",),
    "nord": ("north", "northern"),
    "sud": ("south", "southern"),
    "ouest": ("west", "western"),
    "est": ("east", "eastern"),
    "oriental": ("east", "eastern", "oriental"),
    "orientale": ("east", "eastern", "oriental"),
    "occidental": ("west", "western", "occidental"),
    "occidentale": ("west", "western", "occidental"),
    "centrale": ("central",),
    "latine": ("latin",),
    "etats-unis": ("united states", "us", "u.s", "usa", "america", "american"),
    "royaume-uni": ("united kingdom", "uk", "britain", "british"),
    "pays-bas": ("netherlands", "dutch"),
    "neerlandais": ("netherlands", "dutch"),
    "neerlandaises": ("netherlands", "dutch"),
    "suisse": ("switzerland", "swiss"),
    "sainte": ("saint", "st"),
    "saint": ("st",),
    # the common nouns of places and buildings inside a name, which English translates ("la
    # place Rouge", "Red Square"; "Jardín de la Unión", "Garden of the Union")
    "place": ("square", "place", "plaza"),
    "pont": ("bridge",),
    "baie": ("bay",),
    "lac": ("lake",),
    "mont": ("mount", "mountain"),
    "monts": ("mountains",),
    "cote": ("coast",),
    "detroit": ("strait", "straits"),
    "vallee": ("valley",),
    "parc": ("park",),
    "port": ("port", "harbour", "harbor"),
    "tour": ("tower", "tour"),
    "palais": ("palace",),
    "cathedrale": ("cathedral",),
    "musee": ("museum",),
    "chateau": ("castle", "chateau"),
    "jardin": ("garden", "gardens"),
    "jardins": ("gardens",),
    "desert": ("desert",),
    "ocean": ("ocean",),
}
_SPANISH: dict[str, tuple[str, ...]] = {
    "onu": ("un", "united nations"),
    "oms": ("who", "world health organization"),
    "ue": ("eu", "european union"),
    "ong": ("ngo", "ngos", "non-governmental"),
    "otan": ("nato",),
    "eeuu": ("us", "united states", "usa", "american"),
    "ee": ("us", "u.s", "usa", "united states", "american"),
    "uu": ("us", "u.s", "usa", "united states", "american"),
    "eua": ("us", "united states"),
    "pib": ("gdp",),
    "vih": ("hiv",),
    "sida": ("aids",),
    "adn": ("dna",),
    "arn": ("rna",),
    "fmi": ("imf",),
    "omc": ("wto",),
    "oit": ("ilo",),
    "ocde": ("oecd",),
    "acnur": ("unhcr",),
    "cruz": ("cross",),
    "internet": _INTERNET,
    "roja": ("red",),
    "norte": ("north", "northern"),
    "sur": ("south", "southern"),
    "oeste": ("west", "western"),
    "este": ("east", "eastern"),
    "oriental": ("east", "eastern", "oriental"),
    "occidental": ("west", "western", "occidental"),
    "mar": ("sea",),
    "golfo": ("gulf",),
    "oriente": ("east",),
    "medio": ("middle",),
    "unidos": ("united", "us"),
    "unidas": ("united", "un"),
    "naciones": ("nations", "un"),
    # "saint" before a name ("San Pedro"), "holy" after a noun ("Semana Santa", Holy Week; "Tierra
    # Santa", the Holy Land; "Espíritu Santo")
    "santa": ("saint", "st", "santa", "holy"),
    "santo": ("saint", "st", "santo", "holy"),
    "san": ("saint", "st", "san"),
    "nueva": ("new",),
    "nuevo": ("new",),
    "isla": ("island",),
    "islas": ("islands",),
    "rio": ("river", "rio"),
    "estados": ("states", "us"),
    "reino": ("kingdom", "uk"),
    "unido": ("united", "uk"),
    "cabo": ("cape",),
    "canal": ("channel", "canal"),
    "sierra": ("mountains", "range", "sierra"),
    # the common nouns of places and buildings inside a name (see the French table)
    "plaza": ("square", "plaza"),
    "puente": ("bridge",),
    "bahia": ("bay",),
    "lago": ("lake",),
    "monte": ("mount", "mountain"),
    "montes": ("mountains",),
    "montana": ("mountain",),
    "montanas": ("mountains",),
    "costa": ("coast", "costa"),
    "estrecho": ("strait", "straits"),
    "valle": ("valley",),
    "parque": ("park",),
    "puerto": ("port", "harbour", "harbor", "puerto"),
    "torre": ("tower",),
    "palacio": ("palace",),
    "catedral": ("cathedral",),
    "museo": ("museum",),
    "castillo": ("castle",),
    "jardin": ("garden", "gardens"),
    "jardines": ("gardens",),
    "desierto": ("desert",),
    "oceano": ("ocean",),
    "templo": ("temple", "templo"),
}
NAME_TRANSLATIONS: dict[str, dict[str, tuple[str, ...]]] = {"fr": _FRENCH, "es": _SPANISH}
# Capitalised French words that are not names but institution nouns and titles
# ("le Bureau de ...", "le Département d'Etat", "la Commission"): their translation
# varies (Office, State Department, Committee), so their absence proves nothing.
_FRENCH_COMMON = frozenset(
    """
    bureau bureaux departement etat etats ministere ministeres ministre fonds enfance organisation
    organisations programme agence direction directeur directrice generale general senat assemblee
    gouvernement president presidente premier premiere institut brigade banque fondation coalition
    conseil commission comite cour tribunal travail interieur famille affaires sante education
    securite refugies migration migrations web email e-mail mail tel telephone fax site
    chef cabinet service services unite division secretaire secretariat haut haute commissaire
    commissariat office initiative plan campagne projet protocole convention declaration pacte
    journee mondiale mondial internationale international nationale national conference sommet
    forum rapport loi code article charte strategie politique reseau groupe equipe centre
    societe association federation ligue mouvement orchestre sous-comite chambre
    monsieur madame mademoiselle mme mlle dr pr me la le les de du des et en au aux un une y sur
    pour par avec dans
""".split()
)
# The same for Spanish ("el Ministerio de ...", "la Guerra Mundial"): their translation varies.
_SPANISH_COMMON = frozenset(
    """
    oficina departamento estado ministerio ministro ministra fondo organizacion programa agencia direccion
    director directora general senado asamblea gobierno presidente presidenta primer primera instituto banco
    fundacion coalicion consejo comision comite corte tribunal trabajo interior familia asuntos salud
    educacion seguridad refugiados migracion web correo sitio jefe gabinete servicio servicios
    unidad division secretario secretaria alto alta comisionado iniciativa plan campana proyecto protocolo
    convencion declaracion pacto jornada mundial internacional nacional conferencia cumbre foro informe ley
    codigo articulo carta estrategia politica red grupo equipo centro senor senora don dona guerra
    universidad iglesia rey reina papa principe princesa copa juegos premio sr sra srta dra
    sociedad asociacion federacion liga movimiento orquesta subcomite camara
""".split()
)

# The abbreviated courtesy and professional titles of French and Spanish, with the spellings news
# writes beside the Academy's ("Melle" beside "Mlle", "Dña" for "doña"). A title is no name
# ("Melle Arroyo" -> "Miss Arroyo", "Melle arroyo" with the name in lower case).
TITLE_ABBREVIATIONS = (
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Melle", "Melles", "Dr", "Drs", "Dra", "Pr", "Me", "Mgr",
    "Sr", "Sra", "Srta", "Sres", "Sras", "Dña",
)  # fmt: skip
# The titles' folded forms, less "Me" (French and Spanish "me", a pronoun: the frequency test's) and
# "M", "MM" (a capital alone or doubled: an initial, an acronym).
TITLE_KEYS = frozenset(fold(t) for t in TITLE_ABBREVIATIONS) - {"m", "mm", "me"}
# What the name finder reads after a title as a name ("Mme Roy"), and a full stop after it as none.
TITLES = "|".join(TITLE_ABBREVIATIONS)
COMMON_CAPITALISED: dict[str, frozenset[str]] = {"fr": _FRENCH_COMMON, "es": _SPANISH_COMMON}
# The capitalised words the name finder reads as no name: the institution nouns and the titles
# (an institution's run of names is ``COMMON_CAPITALISED``'s alone: "Melle Arroyo" is a person).
NO_NAME_CAPITALISED = {lang: words | TITLE_KEYS for lang, words in COMMON_CAPITALISED.items()}

# Month and day names: a date, not a name (the summary check compares dates itself).
FR_MONTHS = {
    m: i
    for i, m in enumerate(
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(), 1
    )
}
EN_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)


# Words of CLDR names too generic to stand for the name alone ("South" for "South Korea").
GENERIC_PLACE_WORDS = frozenset(
    "south north east west central united republic islands island saint "
    "new great democratic kingdom states and the of st".split()
)


def commonest(lang: str, n: int, floor: float) -> list[tuple[str, float]]:
    """wordfreq's ``n`` commonest words of a language, commonest first, with their Zipf
    frequency (as ``zipf`` gives it), down to ``floor``. Read from the frequency table at once:
    asking ``zipf`` for each would tokenise every word again and push the words a check asks
    about out of its cache."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict(lang)
    out = []
    for word in vocabulary(lang, n):
        value = round(math.log10(frequencies[word]) + 9, 2) if frequencies.get(word) else 0.0
        if value < floor:
            break
        out.append((word, value))
    return out


# English names CLDR has replaced by a newer official one that English text rarely writes yet:
# the translation of "Turquie" / "Turquía" is mostly "Turkey", CLDR's English "Türkiye".
_FORMER_ENGLISH = {"turkiye": "turkey", "czechia": "czech republic", "eswatini": "swaziland"}


@lru_cache(maxsize=8)
def cldr_names(lang: str = "fr") -> dict[str, tuple[str, ...]]:
    """Names of countries, territories, regions and languages in the source language ->
    their English names, from CLDR (babel), folded: "norvege" -> ("norway",), "alemania" ->
    ("germany",), "allemand" -> ("german",). Each word of a longer name leads to it too
    ("coree" -> "south korea", "north korea"), unless it is a common word of the language."""
    from babel import Locale

    here, en = Locale.parse(lang), Locale("en")
    table: dict[str, set[str]] = {}
    for here_names, en_names in ((here.territories, en.territories), (here.languages, en.languages)):
        for code, name in here_names.items():
            en_name = en_names.get(code)
            if not en_name:
                continue
            key, english = fold(name), fold(en_name)
            table.setdefault(key, set()).update({english, _FORMER_ENGLISH.get(english, english)})
            for word in re.findall(r"[a-z]+(?:-[a-z]+)*", key):  # not "nouvelle", "republique"
                if len(word) >= 4 and word not in FUNCTION_WORDS and zipf(word, lang) < 4.5:
                    table.setdefault(word, set()).update({english, _FORMER_ENGLISH.get(english, english)})
    return {k: tuple(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=1)
def english_country_names() -> frozenset[str]:
    """CLDR's English names of countries and territories written as one word, folded ("zambia",
    "turkey"): names, however frequent in English. Not the regions with numeric codes ("World",
    "Europe"), nor languages ("Greek"), which are also adjectives."""
    from babel import Locale

    names = {fold(name) for code, name in Locale("en").territories.items() if code.isalpha()}
    names |= set(_FORMER_ENGLISH.values())
    return frozenset(n for n in names if re.fullmatch(r"[a-z]+", n))


def english_grammar_word(word: str, lang: str, margin: float) -> bool:
    """One of English's function words (its profile's: "An", "On", "Or") that the source language
    writes as a word of its own (French "an", the year): more often, against English, than its pages
    quote English, as they quote "the" (French 5.4, English 7.7), by ``margin``. English's frequency
    of it is its grammar's, and says nothing of a name."""
    quoted = zipf("the", lang) - zipf("the", "en")
    key = fold(word)
    return key in profile("en").function_words and zipf(word, lang) - zipf(key, "en") >= quoted + margin


# The tz database's areas whose zones are named after a city ("Europe/Paris", "America/Lima"); its
# other names are countries' regions and old aliases ("Mexico/General", "Brazil/West", "US/East").
_CITY_AREAS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")


@lru_cache(maxsize=16)
def stop_word_names(lang: str) -> frozenset[str]:
    """The words of jusText's stop-word list (``profile(lang).stopwords``, the commonest words of
    the language's Wikipedia pages) that are names, not function words, folded: the language's
    months where CLDR writes them in lower case ("mars", "mayo": a capital inside a sentence is then
    the planet Mars, the Plaza de Mayo), and the cities the tz database names, in English or in
    CLDR's own name for them ("paris"). Its frequent given names ("jean", "luis") have no such
    list to tell them by."""
    from babel import Locale

    stop = {fold(w) for w in profile(lang).stopwords}
    try:
        locale = Locale.parse(lang)
    except (ValueError, LookupError):
        return frozenset()
    months = locale.months.get("format", {}).get("wide", {}).values()
    found = {fold(m) for m in months if m == m.lower()}
    zones = [z for z in zoneinfo.available_timezones() if z.startswith(_CITY_AREAS)]
    found |= {fold(z.rsplit("/", 1)[1].replace("_", " ")) for z in zones}
    found |= {fold(zone["city"]) for zone in locale.time_zones.values() if "city" in zone}
    return frozenset(stop & found)


@lru_cache(maxsize=12)
def english_month(number: int) -> str:
    """CLDR's English name of a month, 1..12 ("March")."""
    from babel import Locale

    return str(Locale("en").months["format"]["wide"][number])
