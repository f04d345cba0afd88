"""Negation in the source languages: where a French, Spanish or Arabic sentence negates
(``source_negation``; the words negative by themselves: ``negation_lexical``), and what only
looks negative, per language (the tables ``check_negation`` counts with, in ``negation``). Any
other language is read with its profile's negation words (``Language.negation``), or not at all
where its profile has none."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summarise.quality.flags import LETTERS_RE, fold
from summarise.quality.negation_arabic import AR_NOT_FORGETTING_RE, AR_NOT_UNTIL_RE, AR_PREDICATE_NOT_RE, plain_arabic
from summarise.quality.negation_english import EN_AGREEMENT_TAG
from summarise.text.languages import profile

# "loin d'être" (far from being), "loin de là" (far from it): a negation; not "loin de Paris".
# English may keep it with "far from" (FAR_FROM, below).
FR_FAR_FROM = r"\bloin (?:d['’]être|de là)\b"
# French negation: ne/n' ... pas/jamais/plus/rien/aucun/nullement... ("ne ... que" is "only"),
# or jamais, aucun, rien, sans, ni alone ("non" mostly makes compounds: "non-violent"), or
# "personne ne" (nobody).
FR_NEGATION_RE = re.compile(
    # (a "que" between the two restricts: "n'en sera que plus respectée", all the more; and "plus",
    # "guère" before "que" too: "ne disposez plus que d'une vitrine", only have: FR_RESTRICTION_RE)
    r"\b(?:ne\b|n['’])\s*(?:(?!qu(?:e\b|['’]))\S+\s+){0,3}?(?:pas|jamais|plus(?!\s+qu(?:e\b|['’]))|rien|personne"
    r"|aucune?s?|guère(?!\s+qu(?:e\b|['’]))|point|nulle?|nullement|aucunement|ni)\b"
    r"|\b(?:jamais|aucune?s?|rien|sans|ni)\b"
    # "loin d'être" / "loin de là" (far from it)
    r"|" + FR_FAR_FROM +
    # "pas" without "ne" (speech, headlines: "pas encore", "pas de blessés", "liaisons pas stoppées"; not "un pas")
    r"|\bpas\s+(?:encore|du tout|question|toujours|forcément|vraiment|très|trop|assez|si|de|d['’]"
    r"|\w{3,}(?:é|ée|és|ées)\b)"
    # "pas" / "non" that sets a phrase against another, after a comma, "et" or "mais" ("pour les bêtes, pas pour
    # les humains", "et non d'un vocabulaire"), "non pas" anywhere ("non pas en ennemis, mais"); not "pas à pas",
    # "non seulement", nor a comparison said positively ("célèbre mais pas moins controversé": no less controversial)
    r"|(?:[,;]|\bet\b|\bmais\b)\s*\b(?:pas|non)\s+(?!à pas\b|seulement\b|moins\b|plus\b)(?=[^\W\d_])|\bnon pas\b"
    # "pas" opening a sentence ("Pas courant pour un chef d'Etat"; the noun takes a determiner) or after an
    # adverb of degree or certainty ("certainement pas", "absolument pas")
    r"|(?:^|[.!?:]\s+)[\"«“]?\s*pas\b(?!\s+à pas\b)|\b[^\W\d_]+ment\s+pas\b"
    # speech drops the "ne" ("Ça se voit pas", "c'est même pas une blague", "on peut pas"): "pas" right after
    # a subject pronoun's verb (its clitics between), and "pourquoi pas" (why not); not "pas à pas"
    r"|\b(?:je|j['’]|tu|il|elle|on|ils|elles|ça|c['’]|y)\s*(?:(?:le|la|les|l['’]|se|s['’]|me|m['’]|te|t['’]|lui"
    r"|leur|y|en)\s*)*[^\W\d_]+\s+(?:même\s+|vraiment\s+|encore\s+)?pas\b(?!\s+à pas\b)|\bpourquoi\s+pas\b"
    # "personne" / "nul" (d'autre) as a subject before "ne": nobody ("personne" alone is also "person")
    r"|\b(?:personne|nul(?:le)?)(?:\s+d['’]autre)?\s+(?:ne\b|n['’])"
    # written French negates "pouvoir", "savoir" and "oser" with "ne" alone ("ne peut être
    # stimulé", cannot be); not "ne ... que" (only: "ne peut que") nor "je ne sais quoi"
    r"|\b(?:ne\b|n['’])\s*(?:(?:le|la|les|l['’]|se|s['’]|me|m['’]|te|t['’]|nous|vous|lui|leur|y|en)\s*)*"
    r"(?:peu[tx]?|peuvent|pourr\w*|pouv\w*|puiss\w*|sai[st]?|savai\w*|saur\w*|sach\w*|os\w*)\b"
    r"(?!\s+quoi\b)(?!(?:\s+[^\s,;:.!?]+){0,4}?\s+qu(?:e\b|['’]))",  # (that "que" in its own clause)
    re.IGNORECASE,
)
# "ne" is expletive, no negation, after "avant que", "à moins que", "de peur que", a verb of
# fearing ("il craint qu'elle ne puisse", he fears it could; "redouter que ... ne") and a
# comparison ("plus grand qu'on ne peut l'imaginer"): the text before a literary "ne".
_EXPLETIVE_AFTER = r"\b(?:avant|moins|peur|crainte|crai(?:n|gn)\w*|redout\w*|plus|mieux|pire|autre(?:ment)?)\b"
FR_EXPLETIVE_BEFORE_RE = re.compile(_EXPLETIVE_AFTER + r"[^.;:]{0,40}\bqu['’e]\s*(?:[\w'’-]+\s+){0,3}$", re.I)
# "ne ... que" restricts ("n'y a qu'un seul": only one; "n'ont été absorbés qu'après": only
# after, not until after): no negation word between the "ne" and the "que", but "plus" or "guère"
# right before it ("ne ... plus que", "ne ... guère que": now only, little but). English says it
# with "only" (EN_ONLY_RE) or with a negation ("not ... until", "nothing but").
FR_RESTRICTION_RE = re.compile(
    r"\b(?:ne\b|n['’])(?=\s*(?:(?!(?:pas|jamais|rien|personne|aucune?|point|nulle?|ni)\b)"
    r"(?!(?:plus|guère)\b(?!\s+qu(?:e\b|['’])))[^\s,;:.]+\s+){0,10}?qu(?:e\b|['’]))",
    re.IGNORECASE,
)
# The same expletive "ne" with what comes before it, and no "pas" after it (not counted as a
# negation word either).
FR_EXPLETIVE_RE = re.compile(
    _EXPLETIVE_AFTER + r"[^.;:]{0,40}?\bqu['’e]\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:ne\b|n['’])(?!(?:\s*\S+){0,3}?\s*(?:pas|jamais|plus|rien|personne|aucune?|guère|point)\b)",
    re.IGNORECASE,
)
# What makes "pas" the noun (a step): a determiner, a number, an adjective before it; and a
# "ne" before it in the clause (then "ne ... pas" was read already).
_STEP_BEFORE = (
    r"\b(?:un|le|les|ce|ces|ses|mes|tes|nos|vos|leurs|au|aux|du|des|de|à|deux|quelques|premiers?|faux|grands?"
    r"|petits?|(?:le|les|du|au|aux|un|des|ce)\s+mêmes?|seuls?|derniers?|bons?|mauvais|\d+)\s+"
)
_STEP_BEFORE_RE = re.compile(rf"(?:{_STEP_BEFORE}$)|\b(?:ne|n['’])\b[^,;:.]*$", re.IGNORECASE)
FR_STEP_RE = re.compile(rf"{_STEP_BEFORE}pas\b", re.IGNORECASE)
# A literary "ne" of FR_NEGATION_RE ends on its verb.
LITERARY_END_RE = re.compile(
    r"(?:peu[tx]?|peuvent|pourr\w*|pouv\w*|puiss\w*|sai[st]?|savai\w*|saur\w*|sach\w*|os\w*)$", re.IGNORECASE
)
# French phrases that look negative and are not (see french_negation).
# "jamais" without its "ne" after "si" or "à" is "ever" ("si jamais ils étaient menacés", "à jamais").
NOT_NEGATION_RE = re.compile(r"\bsans (?:cesse|doute)\b|\bnon sans\b|\bn['’]h[ée]sitez pas\b|\b(?:si|à) jamais\b", re.I)
# A superlative or a comparative before "jamais" makes it "ever" ("mieux placée que jamais": than ever),
# a comparison of equality too, its "que" right before ("aussi peu respectés que jamais": as ever).
SUPERLATIVE_RE = re.compile(
    r"\b(?:plus|moins|mieux|meilleure?s?|pire|premiere?s?|première?s?)\b"
    r"|\b(?:aussi|autant)\b(?=[^.;:!?]*\bque\s*$)",
    re.IGNORECASE,
)


def french_negation(src: str) -> str | None:
    """The first negation of a French sentence, as written; None when it has none.
    Idioms that do not negate are skipped: "sans cesse" (constantly), "non sans"
    (not without), "n'hésitez pas" (feel free), and
    "jamais" after a superlative ("le plus violent jamais enregistré": ever)."""
    text = NOT_NEGATION_RE.sub(" ", src)
    for m in FR_NEGATION_RE.finditer(text):
        if fold(m.group()) == "jamais" and SUPERLATIVE_RE.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        if fold(m.group()).startswith("pas") and _STEP_BEFORE_RE.search(before):
            continue  # "un pas de plus", "à deux pas de": the noun
        if LITERARY_END_RE.search(m.group()) and FR_EXPLETIVE_BEFORE_RE.search(before):
            continue  # a literary "ne" after "avant que", a comparison: expletive
        return m.group()
    return None


# Spanish negation: no, nunca, jamás, ningún..., nada, nadie, sin, ni, tampoco; not "sin embargo"
# (however), "no obstante" (nevertheless), "sin duda" (doubtless), nor "nunca"
# / "jamás" that means "ever" after a comparison ("más que nunca", "como nunca", "el mayor jamás
# visto"); a relative "que" before it ("los que jamás tendremos") is no comparison.
ES_NEGATION_RE = re.compile(
    r"\b(?:no|nunca|jamás|jamas|ningún|ningun|ninguno|ninguna|ningunos|ningunas|nada|nadie|sin|ni|tampoco)\b",
    re.IGNORECASE,
)
ES_NOT_NEGATION_RE = re.compile(
    r"\bsin embargo\b|\bno obstante\b"
    r"|\b(?:más|menos|mejor|peor|mayor|menor) que (?:nunca|jamás)\b"
    r"|\bcomo (?:nunca|jamás)\b|\bni siquiera\b(?=.*\bno\b)",
    re.IGNORECASE,
)
ES_SUPERLATIVE_RE = re.compile(
    r"\b(?:más|menos|mayor|mayores|menor|menores|mejor|mejores|peor|peores|primer[oa]?s?)\b", re.IGNORECASE
)
# "no ... más que", "no ... sino" restrict like "ne ... que" ("no han encontrado más que 300 casos":
# found only 300), and so does "no ... hasta" (not until: "no se conocerán hasta el lunes", only
# known on Monday): no other negation word between the two, nor "solo" after the "no" ("no solo A
# sino B", not only A but B: CORRELATIVE). The "no" alone is matched.
ES_RESTRICTION_RE = re.compile(
    r"\bno\b(?!\s+(?:sólo|solo|solamente|únicamente)\b)(?=(?:\s+(?!(?:no|nunca|jamás|jamas|nada|nadie|ni|ningún|ningun[oa]?s?|tampoco)\b)[^\s,;:.!?]+){0,10}?"
    r"\s+(?:más que|sino|hasta)\b)",
    re.IGNORECASE,
)
# Arabic writes its conjunctions (و, ف) and prepositions (ب, ل, ك) as prefixes of the next word:
# "فلا", "بعدم" (by not), "لغير" (for non-). What may stand before a particle or a negating noun.
AR_CLITICS = r"(?<![\u0621-\u064a])[وف]?[بلك]?"
# The particles that negate a verb or a sentence: لا, لم, لن, and ليس in each person and number
# (ليست, ليسوا, ليسا, ليستا, لست, لسنا, لستم, لستما, لستن; not "لسن", also "for the age of").
AR_PARTICLES = r"لا|لم|لن|ليس|ليست|ليسوا|ليسا|ليستا|لست|لسنا|لستم|لستما|لستن"
# Arabic particles that negate a clause on their own (a clitic "و" / "ف" may lead them): those,
# بدون, من دون, دون أن (without doing), بلا, أبدا; not "لا سيما" (especially). And "العدم" (nothingness:
# "آت من العدم", coming out of nowhere), which English says with "nothing", "nowhere" or a word of its
# sense (AR_RENDERED_IDIOMS: "out of thin air", "from scratch", "the void").
AR_NEGATION_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:" + AR_PARTICLES + r"|بدون|بلا|ابدا|من دون|دون ان|[بلك]?العدم|للعدم)"
    r"(?![\u0621-\u064a])"
    # "دون" alone before a noun is "without" ("دون علم", without knowing); before a measure it is
    # "below", "under" ("دون سن 18", "دون المستوى", "دون الصفر", a number: see AR_BELOW_RE), and
    # so is "ما دون"; "دون غيره" is "alone", "حال دون" / "يحول دون" "prevented" / "prevents".
    r"|(?<!ما )(?<![\u0621-\u064a])(?<!حال )(?<!حالت )(?<!يحول )(?<!تحول )[وف]?دون"
    r"(?=\s+(?!(?:ال)?(?:سن|مستوى|مستويات|صفر|حد|حدود|عتبة|غير|عمر|نسبة|معدل)"
    r"(?:ه|ها|هم|هما|هن)?(?![\u0621-\u064a]))[\u0621-\u064a])"
)
# "Not X but Y": a negation the sentence corrects with its contrast ("ليس عجزا بل خللا", "لا ... بل",
# "ليس ... لكن(ه)", "ليس ... وإنما"; Spanish "no ... sino"; French "non pas ... mais"). The English
# keeps it with a negation ("not X but Y", "Y, not X") or "rather than", "instead of": a negative
# English word ("deficit", "failure") translates a noun of X or Y, never the particle. "لكن" corrects
# only a "ليس" (after a verb's "لم" or "لا" it joins two clauses: "did not win, but").
CONTRAST = {
    "ar": re.compile(
        r"(?<![\u0621-\u064a])[وف]?(?:" + AR_PARTICLES + r")(?![\u0621-\u064a])[^.!?؛;:]*?"
        r"(?<![\u0621-\u064a])(?:بل|و?انما)(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])[وف]?(?:ليس|ليست|ليسوا|ليسا|ليستا|لست|لسنا|لستم|لستما|لستن)(?![\u0621-\u064a])"
        r"[^.!?؛;:]*?(?<![\u0621-\u064a])و?لكن(?:ه|ها|هم|هما|هن|ني|نا|ي)?(?![\u0621-\u064a])"
    ),
    "es": re.compile(r"\bno\b[^.!?;:]*?\bsino\b", re.IGNORECASE),
    "fr": re.compile(r"\bnon pas\b[^.!?;:]*?\bmais\b", re.IGNORECASE),
}
# Arabic idioms whose negation English does not write: "طائرة بدون طيار" (a drone), "لا سيما"
# (especially), "لا يزال" / "لم يزل" / "ما زال" (still), "لا بد" (must), "لا يقل عن" (at least; not
# "لا تقلل", do not underestimate: each idiom ends where its last word ends), "ألا وهو" (namely);
# and "(ل)ما يقرب من" / "ما يزيد عن" (nearly, more than: "what comes near"), no "لمّا" (not yet).
AR_EMPTY_IDIOMS = (
    r"لا ?سيما|لا ?بد|(?:لا|لم|ما) ?[يتان]?زا?ل\w*|[أا]لا وه[ويمما]+|ل?ما [يت](?:قرب|زيد|ناهز|عادل|قارب|فوق)"
)
AR_IDIOMS_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:(?:ب?دون|بلا) طيار|" + AR_EMPTY_IDIOMS + r")(?![\u0621-\u064a])"
)
# Of those, the ones English never says with a negation ("especially", "must", "still", "namely"),
# whereas "لا يقل عن" may be "not less than" and "بدون طيار" "unmanned".
AR_EMPTY_IDIOMS_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:" + AR_EMPTY_IDIOMS + r")(?![\u0621-\u064a])")
# And "لا" before an adjective of relation (nisba, -ي / -ية): a privative prefix, "لا نهائي"
# (infinite), "لا سلكي" (wireless), "لا مركزية" (decentralisation), which English writes as one
# word with in-, un-, non- or -less (a word negative by itself, see LEXICAL_NEGATION_RE); not a
# verb in the present ("لا ينبغي", should not; "لا تمشي"), which begins with ي or ت, nor the
# article after "ل" ("للامبراطورية", of the empire).
AR_PRIVATIVE = r"(?<![\u0621-\u064a])[وفب]?لا ?(?![يت])[\u0621-\u064a]{3,}(?:ي|ية|يا|يين|يات)(?![\u0621-\u064a])"
AR_NOT_NEGATION_RE = re.compile(AR_IDIOMS_RE.pattern + "|" + AR_PRIVATIVE)
# "عدم" (the not-being, the not-doing of) in construct before the noun it negates, after a
# preposition or not: "قرار بعدم التصديق", a decision not to ratify; "لعدم وجود", for lack of; "أثناء عدم
# الاتصال", while not connected; "عدم توفر فرصة", the unavailability of a chance. English says it with
# "not", "lack", "failure", "non-", or a noun negative by its prefix ("instability"; see
# ``negation_english.said_by_prefixed_nouns``). Not "العدم" (nothingness: "من العدم", out of nowhere),
# which the article makes a noun of its own, nor "عدمه" (its absence), which ends the phrase.
AR_NOT_TO_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?[بلك]?عدم(?=\s+[\u0621-\u064a])")
# "ألّا" (that ... not), told from "إلا" (except) by its hamza above, before the letters are plain.
# Not "ألا وهو" / "ألا وهي" (namely).
AR_THAT_NOT_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?[أ]\u0651?لّ?ا(?![\u0621-\u064a])(?!\s+وه(?:و|ي|ما|م)(?![\u0621-\u064a]))"
)
# "كلّا" (no!, not at all), the particle of rebuttal, written as "كِلا" (both) is: "both" is always
# in construct, before its noun or with a pronoun ("كلا الطرفين", "كلاهما"), "كلًّا من" (each of)
# before "من"; the particle stands alone, before a pause or "بل" (rather): "كلا، كلا"; "كلا بل".
# English says it "no" (counted with the negations the English may write, see WRITTEN_NEGATION).
AR_KALLA_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?كل[\u064b-\u0652]*ا[\u064b-\u0652]*(?=\s*(?:[^\w\s]|$)|\s+بل(?![\u0621-\u064a]))"
)
# The article of a Spanish, French or Italian name in the English ("La Paz", "La Leona").
AR_NAME_ARTICLE_RE = re.compile(r"\bLa\s+[A-Z]")
# The exception construction: a negation particle (a conjunction "و" / "ف" may lead it; "ما" too)
# then "إلا" / "سوى" in the same clause restricts, like French "ne ... que": "لا يحتاج إلا إلى",
# needs only; "وليست سوى محاولات", and are nothing but attempts. No other particle nor a clause's
# punctuation between the two, and not "إلا أن" (however). The particle alone is matched.
AR_RESTRICTION_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:" + AR_PARTICLES + r"|ما)(?![\u0621-\u064a])"
    r"(?=(?:\s+(?![وف]?(?:" + AR_PARTICLES + r"|ما)(?![\u0621-\u064a]))[^\s,;:.!?،؛]+){0,10}?"
    r"\s+(?:الا|سوى)(?![\u0621-\u064a])(?! ان(?![\u0621-\u064a])))"
)
# Arabic idioms built on a negation whose faithful English may hold no negation, each with the
# English that says it positively: it excuses its own particle only where the output says that
# ("لا يتجاوز 10" -> "up to 10"; not "exceeds 10", a "not" dropped). "سواء ... أم لا" is "whether
# (or not)"; "ما لم" is "unless"; a negated excess or count is a bound ("لا يزيد عن", "لا يتجاوز":
# at most, up to, under); "جزء لا يتجزأ" is "an integral part"; "لا يستهان به" "considerable"; "لا
# غنى عنه" "essential"; "لا مثيل له" "unique"; "لا حصر له", "لا تعد ولا تحصى" "countless"; "لا شك"
# "undoubtedly"; "لا يخفى" (it is no secret) "obviously", "well known".
# (what comes before the particle, the particle, what comes after it, the English): the source's
# pattern is the three in a row, the conjunction "و" / "ف" allowed in front; an idiom on "لا" with
# nothing before it is also read after "ألا" (that ... not: "يجب ألا يتجاوز", must not exceed).
AR_RENDERED_IDIOMS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        re.compile(r"(?<![\u0621-\u064a])[وف]?" + before + particle + after + r"(?![\u0621-\u064a])"),
        re.compile(after + r"(?![\u0621-\u064a])" if after and not before and particle == "لا" else "(?!)"),
        re.compile(english, re.IGNORECASE),
    )
    for before, particle, after, english in (
        (r"(?:ام|او) ", "لا", "", r"\bwhether\b"),
        ("", r"(?:ب?دون|بلا)", " طيار", r"\b(?:drones?|UAVs?)\b"),
        ("ما ", "لم", "", r"\bunless\b"),
        # "دون" said "under", "below", "pre-" (an age, a threshold): not "without"
        ("", "دون", "", r"\b(?:under|below|beneath|less than|lower than|short of|pre-\w+|sub-\w+)"),
        (
            "",
            "لا",
            r" (?:[يت]زيد|[يت]تجاوز|[يت]تعدى)\w*",
            r"\b(?:up to|at most|maximum|less than|fewer than|under|below|within|or less|or fewer)\b",
        ),
        # "لا يقل عن" (is not less than) is a lower bound: "at least", "as important as", "or more";
        # "something short of" (less than) reverses it, "nothing short of" keeps its negation
        (
            "",
            "لا",
            r" [يت]قل",
            r"\b(?:at least|minimum|or (?:more|higher|greater)|more than|over|upwards of|equal(?:ly|s)?|rivals?"
            r"|on a par|matches|as \w+ as)\b",
        ),
        ("", "لا", r" [يت]تجزا", r"\b(?:integral|inseparable|indivisible|intrinsic|inherent)\b"),
        ("", "لا", r" [يت]ستهان", r"\b(?:considerable|significant|substantial|formidable|serious)\b"),
        ("", "لا", r" غنى", r"\b(?:essential|indispensable|vital|crucial|necessary)\b"),
        ("", "لا", r" (?:مثيل|نظير)", r"\b(?:unique|unparalleled|unmatched|unrivall?ed|unequall?ed|unprecedented)\b"),
        ("", "لا", r" (?:حصر|[يت]حصى|[يت]عد)", r"\b(?:countless|innumerable|numerous|myriad|endless|untold)\b"),
        # a negated doubt is a certainty ("لا شك", "بلا شك", "لا ريب"; "لا محالة": inevitably)
        (r"(?:ب)?", "لا", r" (?:شك|ريب)", r"\b(?:undoubtedly|doubtless|certainly|surely|definitely|clearly)\b"),
        ("", "لا", r" محالة", r"\b(?:inevitabl[ey]|certainly|surely|bound to)\b"),
        (
            "",
            r"[بلك]?(?:ال|لل)عدم",
            "",
            r"\b(?:scratch|thin air|void|vacuum|nothingness|oblivion|non-?existen\w*|emptiness)\b",
        ),
        # the tag question "أليس كذلك؟" (isn't it so?) asks for agreement: "right?", "true?"
        # (a vocative may stand before the question mark: "أليس كذلك، أزوري؟", right, Azuri?); an
        # English that asks with a negative tag ("isn't that right?") keeps the particle
        (
            "",
            "ليس",
            r" كذلك(?=[^.!?؟]*[?؟])",
            EN_AGREEMENT_TAG,
        ),
        (
            "",
            "لا",
            r" [يت]خفى",
            # or an English that says nothing of a secret: the idiom left out, not reversed
            r"\b(?:obvious(?:ly)?|clear(?:ly)?|evident(?:ly)?|(?:well|widely|commonly) known|of course|plain(?:ly)?)\b"
            r"|^(?![\s\S]*\b(?:secrets?|hid(?:den|es?|ing)|conceal\w*)\b)",
        ),
    )
)


def rendered_idioms(tgt: str | None) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The Arabic idioms of AR_RENDERED_IDIOMS whose positive English ``tgt`` says: (the idiom,
    what follows its "لا")."""
    return list(_rendered_idioms(tgt)) if tgt else []


@lru_cache(maxsize=256)  # the source's negation and the negation count both ask, for the same output
def _rendered_idioms(tgt: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((idiom, after) for idiom, after, english in AR_RENDERED_IDIOMS if english.search(tgt))


def source_negation(src: str, lang: str = "fr", tgt: str | None = None) -> str | None:
    """The first negation of a source sentence in ``lang``, as written; None when it has none
    (idioms that do not negate are skipped: "sans cesse", "sin embargo", "لا سيما"; with the
    output ``tgt``, also an idiom it says positively: "لا يتجاوز" -> "up to")."""
    if tgt and lang in NEGATED_DOUBT and EN_CERTAINTY_RE.search(tgt):
        src = NEGATED_DOUBT[lang].sub(" ", src)  # "sans aucun doute" -> "undoubtedly"
    if lang == "fr":
        return french_negation(src)
    if lang == "es":
        text = ES_NOT_NEGATION_RE.sub(" ", src)
        for m in ES_NEGATION_RE.finditer(text):
            if fold(m.group()) in ("jamas", "nunca") and ES_SUPERLATIVE_RE.search(
                text[max(0, m.start() - 60) : m.start()]
            ):
                continue
            return m.group()
        return None
    if lang == "ar":
        rendered = rendered_idioms(tgt)
        that_not = AR_THAT_NOT_RE.search(src)
        if that_not and not any(after.match(plain_arabic(src[that_not.end() :])) for _, after in rendered):
            return that_not.group()
        text = AR_NOT_NEGATION_RE.sub(" ", plain_arabic(src))
        for idiom, _ in rendered:
            text = idiom.sub(" ", text)
        # "لا" is also the Romance article of a name written in Arabic letters ("لا ليونا", "لا باز"):
        # as many "لا" as the output writes "La" (La Leona, La Paz) are that article
        articles = len(AR_NAME_ARTICLE_RE.findall(tgt)) if tgt else 0
        for m in AR_NEGATION_RE.finditer(text):
            if m.group() == "لا" and articles:
                articles -= 1
                continue
            if not AR_RESTRICTION_RE.match(text, m.start()):
                return m.group()
        predicate = AR_PREDICATE_NOT_RE.search(text)  # "لكنها غير كافية": not enough
        if predicate:
            return predicate.group(1)
        verbal = AR_NOT_TO_RE.search(text)
        return verbal.group() if verbal else None
    words = negation_words(lang)
    return next((m.group() for m in LETTERS_RE.finditer(src) if _word(m.group()) in words), None)


def _word(word: str) -> str:
    """A word as the profile's negation words are compared: case folded, composed ("né")."""
    return unicodedata.normalize("NFC", word.casefold())


@lru_cache(maxsize=32)
def negation_words(lang: str) -> frozenset[str]:
    """The profile's words that negate on their own, compared as ``_word`` writes them (empty where
    the profile has none: then no negation of the source can be read)."""
    return frozenset(_word(w) for w in profile(lang).negation)


# "jamais" / "nunca" after a superlative is "ever" (see french_negation).
SUPERLATIVES = {"fr": SUPERLATIVE_RE, "es": ES_SUPERLATIVE_RE}
# "غير أن" (however): a conjunction, not the negative "غير"; nor "وغيره" after a noun ("الدكتور هايدن وغيره
# من الباحثين", Dr. Hayden and other researchers; "وغيرها", and the like): "and others", a noun joined.
AR_HOWEVER_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?غير ان(?![\u0621-\u064a])|(?<![\u0621-\u064a])وغير(?:ه|ها|هم|هما|هن)(?![\u0621-\u064a])"
)
# "personne" after a determiner, a preposition, an ordinal or an adjective is a person ("toute personne",
# "par personne", "en personne", "une deuxième personne", "une bonne personne"), not "nobody".
FR_PERSON_RE = re.compile(
    r"\b(?:toute|une|la|cette|chaque|quelque|tierce|seule|autre|même|par|en|[^\W\d_]+ième|première|dernière"
    r"|bonne|jeune|vieille|pauvre)\s+personne\b",
    re.IGNORECASE,
)
# Per source language, what looks negative and English never says with a negation, taken out
# before the source's negation words are counted against the English "not"s: "sin embargo"
# (however), "لا سيما" (especially), "personne" the person, "pas" the step, an expletive "ne".
# Idioms whose English may keep a negation stay counted ("sans doute": "no doubt"; "n'hésitez
# pas": "do not hesitate").
NOT_COUNTED = {
    "fr": (FR_PERSON_RE, FR_STEP_RE, FR_EXPLETIVE_RE),
    "es": (re.compile(r"\bsin embargo\b|\bno obstante\b|\b(?:más|menos|mejor|peor|mayor|menor) que nunca\b", re.I),),
    "ar": (AR_HOWEVER_RE, AR_EMPTY_IDIOMS_RE),
}
# Negations the plain letters hide, counted on the source as written: "ألا" (that ... not) and
# "كلا" the particle (no!, AR_KALLA_RE); and the source's words of indifference, which English
# says with a negation ("me da igual", "peu importe", "ça m'est égal": "I don't care", "no
# matter"); "loin d'être" (far from, not).
WRITTEN_NEGATION = {
    "ar": re.compile(AR_THAT_NOT_RE.pattern + "|" + AR_KALLA_RE.pattern),
    "es": re.compile(r"\b(?:da|dan|daba|daría) (?:igual|lo mismo)\b", re.IGNORECASE),
    "fr": re.compile(
        r"\bpeu (?:m['’]|t['’]|lui |nous |vous |leur )?importe\b|\best égal\b|" + FR_FAR_FROM, re.IGNORECASE
    ),
}
# A negation said "far from", per source language: English may say it so too ("far from over").
FAR_FROM = {"fr": re.compile(FR_FAR_FROM, re.IGNORECASE)}
# "sinon" (otherwise, if not), which English may say "if not" ("réduire, sinon stabiliser").
IF_NOT = {"fr": re.compile(r"\bsinon\b", re.IGNORECASE)}
# The conjunctions and prepositions written joined before a word, per source language.
CLITICS = {"ar": re.compile(r"[وف]?[بلك]?")}
# A preposition joins a noun ("بدون", "لغير"), never a particle, which negates a verb: "كلا" is
# "both", "كلما" "whenever", "بلم" no "لم" ("بلا", without, is a word of its own). Per source
# language, joined words that only look like one of its negation words.
JOINED_NOT_NEGATION = {"ar": re.compile(r"(?![وف]?بلا$)[وف]?[بلك](?:" + AR_PARTICLES + r"|لما)")}
# "ne ... que" (only), per source language: where the English has neither "only" nor a
# negation, and says "until", the restriction is reversed ("n'ont été absorbés qu'après" ->
# "were absorbed until after"; see check_negation).
RESTRICTION = {"fr": FR_RESTRICTION_RE, "ar": AR_RESTRICTION_RE}
# The restrictions English says with "only", per source language: where the output has "only",
# they are no negation the output could have lost (Spanish "no ... más que", "no ... sino"; "not
# ... until", "no ... hasta", "ne ... pas avant", is a negation, hence not in RESTRICTION).
FR_NOT_BEFORE = r"|\b(?:ne\b|n['’])\s*(?:[^\s,;:.!?]+\s+){0,3}?pas\b(?=(?:\s+[^\s,;:.!?]+){0,8}?\s+avant\b)"
FR_ONLY_RE = re.compile(FR_RESTRICTION_RE.pattern + FR_NOT_BEFORE, re.IGNORECASE)
AR_ONLY_RE = re.compile(f"{AR_RESTRICTION_RE.pattern}|{AR_NOT_UNTIL_RE.pattern}")  # "لم ... حتى سنة 1818"
ONLY_RESTRICTION = {**RESTRICTION, "es": ES_RESTRICTION_RE, "fr": FR_ONLY_RE, "ar": AR_ONLY_RE}
# A negated doubt, words between or not ("sans aucun doute", "sans l'ombre d'un doute", "sin lugar
# a dudas", "il ne fait aucun doute", "no cabe duda"): no negation where the English says the
# certainty (EN_CERTAINTY_RE: "undoubtedly", "beyond a shadow of a doubt"); said "without a doubt",
# "there is no doubt", its negation is kept.
NEGATED_DOUBT = {
    "fr": re.compile(r"\b(?:sans |ne\s+|n['’]\s*)(?:[\w'’]+\s+){0,4}?doutes?\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:sin|no) (?:\w+\s+){0,3}?dudas?\b", re.IGNORECASE),
}
EN_CERTAINTY_RE = re.compile(
    r"\b(?:undoubtedly|doubtless|unquestionabl[ey]|indisputabl[ey]|certainly|surely|definitely|clearly"
    r"|beyond (?:[\w-]+\s+){0,5}?doubt)\b",
    re.IGNORECASE,
)
# "sans" / "sin" before a noun or in a compound ("sans-emploi"; not an infinitive, nor a clause: "sans
# que"): a privative the English may say with a privative word of its own ("sin hielo": ice free; "sin
# arma": lose the weapon; see negation.EN_PRIVATIVE_RE) where it is the source's only negation.
PRIVATIVE = {
    "fr": re.compile(
        r"\bsans(?:\s+aucune?)?(?=(?:\s+|-)(?:(?:le|la|les|l['’]|se|s['’]|me|m['’]|te|t['’]|nous|vous|lui|leur|y|en)\s*)*"
        r"(?!(?:que|qu['’]|même|ne|n['’])\b)(?![^\W\d_]+(?:er|ir|re|oir)\b)[^\W\d_])",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\bsin(?:\s+ningun[oa]?|\s+ningún)?(?=\s+(?!(?:que|siquiera)\b)"
        r"(?![^\W\d_]+(?:ar|er|ir|ír)(?:l[oae]s?|se|me|te|nos)?\b)[^\W\d_])",
        re.IGNORECASE,
    ),
}
# The object pronouns a French verb takes before it ("ne l'ignore", "n'oubliez pas", "ne pas se").
FR_CLITICS = r"(?:(?:le|la|les|l['’]|se|s['’]|me|m['’]|te|t['’]|nous|vous|lui|leur|y|en)\s*)*"


# "Not only ... but also" sums, negates nothing ("no solo de los peces, sino también de los seres
# humanos": both fish and humans; "ليس هذا فحسب", not only this): per language, its "not" (counted
# still against an English "not only"). Arabic "فقط ... بل" is not read: "فقط" also ends a negated clause.
CORRELATIVE = {
    "es": re.compile(
        r"\bno\s+(?:sólo|solo|solamente|únicamente)\b(?=[^.;:!?]*\b(?:sino|también|además)\b)", re.IGNORECASE
    ),
    "ar": re.compile(
        r"(?<![\u0621-\u064a])[وف]?(?:لا|ليس|ليست|ليسوا|ليسا|ليستا|لم|لن)(?![\u0621-\u064a])"
        r"(?=(?:\s+[^\s.!?؛;:،,]+){0,3}?\s+فحسب(?![\u0621-\u064a]))"
    ),
}
# A negated comparison before a quantity is a bound ("no menos de 100", "pas moins de 100": at
# least 100; "no más de": at most), no negation where the English says the bound.
NEGATED_BOUND = {
    "es": re.compile(r"\bno\s+(?:menos|más|mas)\s+(?:tarde\s+|temprano\s+)?(?:de|que)\b", re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:(?:ne\b|n['’])\s*(?:\S+\s+){0,3}?)?pas\s+(?:moins|plus)\s+(?:tard\s+|tôt\s+)?(?:de\b|d['’]|que\b|qu['’])",
        re.I,
    ),
}
# A negated verb of forgetting says the positive ("n'oubliez pas de demander", "no se olvide de
# consultar": remember, make sure to ask) where the English says no forgetting ("forget to ask").
NOT_FORGETTING = {
    "fr": re.compile(r"\b(?:ne\b|n['’])\s*" + FR_CLITICS + r"oubli\w*(?:\s+(?:pas|jamais|point)\b)?", re.IGNORECASE),
    "es": re.compile(r"\bno\s+(?:(?:se|le|les|lo|la|me|te|nos|os)\s+)*olvid\w*", re.IGNORECASE),
    "ar": AR_NOT_FORGETTING_RE,
}
# The source's negative words whose English is mostly a positive word ("gratuit": free,
# "indispensable": essential, "à peine": just, "غير": other than): they answer a negative English
# word ("toll-free", "barely") and never stand for a "not".
ANSWER_ONLY = {
    "fr": re.compile(r"\b(?:gratuit\w*|indispensables?|à peine)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:gratuit\w*|gratis|indispensables?|imprescindibles?|apenas|salvo|excepto)\b", re.I),
    "ar": re.compile(AR_CLITICS + r"(?:ال)?(?:مجانا|مجاني|مجانية|سوى)(?![\u0621-\u064a])"),
}
