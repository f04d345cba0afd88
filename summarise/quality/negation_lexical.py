"""The words of a source language that say a negative by themselves ("refusé", "falta", "غير"), for
``negation``: each answers one English word negative by itself (``negation.EN_LEXICAL_NEGATION_RE``)."""

from __future__ import annotations

import re

from summarise.quality.negation_arabic import AR_NEGATED_COPULA_RE
from summarise.quality.negation_english import says_negation
from summarise.quality.negation_source import AR_CLITICS, AR_PRIVATIVE, FR_CLITICS

# The French words that say a negative by themselves ("refusé", "indisponibles", "échoué",
# "manque", "absence", "impossible", "incapable", "interdit", "empêche", "gratuit" for
# "toll-free"): each answers one English word negative by itself (negation.EN_LEXICAL_NEGATION_RE),
# and only the English words left over can stand for a "ne ... pas".
FR_LEXICAL_NEGATION_RE = re.compile(
    r"\b(?:refus\w*|échou\w*|échec\w*|manqu\w*|absen\w*|ignor\w*|i[nmlr][^\W\d_]{2,}(?:able|ible)s?|rarement"
    r"|à peine|interdi\w*|prohib\w*|empêch\w*|préven\w*|prévien\w*|prévin\w*|rejet\w*|pénurie\w*|dépourvu\w*"
    r"|gratuit\w*|carences?|déficits?|(?:fai\w*|font|fer\w*|fi[rt]\w*)\s+défaut|faute d(?:e\b|['’])|désaccord"
    r"|désapprouv\w*)\b",
    re.IGNORECASE,
)


# Words that say a negative by themselves, per source language: they answer one English word
# of negation.EN_LEXICAL_NEGATION_RE each (see check_negation), and excuse a "not" the output adds.
LEXICAL_NEGATION_RE = {
    "fr": FR_LEXICAL_NEGATION_RE,
    "es": re.compile(
        r"\b(?:ignor\w*|salvo|excepto|rechaz\w*|fracas\w*|fall[oóa]\w*|falt\w*|caren\w*|ausen\w*|impid\w*|"
        r"imped\w*|proh[ií]b\w*|preven\w*|previen\w*|previn\w*|déficits?|deficien\w*|escasez|desprovist\w*|gratuit\w*|gratis|"
        r"neg(?:ó|ar\w*|ad[oa]s?|ando|ab[ao]n?|aron|ación|ativ\w*)|nieg(?:a|an|o|ue\w*)|discrep\w*|desacuerdo|"
        r"desaprob\w*|desaprueb\w*|"
        r"i[nmr][^\W\d_]{2,}(?:able|ible)s?|desconoc\w*|rehus\w*|rara vez|raramente|apenas)\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        # nouns and particles, a word of their own with at most a pronoun after ("عدمه"; not "غيرت",
        # changed; not "فقط", only; not "الغير", the others)...
        AR_CLITICS + r"(?:(?:ال)?(?:عدم|انعدام|غياب|نقص|مستحيل|استحالة|دون|سوى|افتقار|نادرا|قلما|بالكاد|مجانا|مجاني"
        r"|مجانية)|غير)(?:ه|ها|هم|هما|هن|نا|كم)?(?![\u0621-\u064a])|(?<![\u0621-\u064a])قط(?![\u0621-\u064a])"
        # ...and verbs, with their person prefix in the present ("يحظر" / "تحظره", prohibits (it)) and
        # their endings, a word of their own ("التنفيذي", executive, is no "تنفي")
        r"|" + AR_CLITICS + r"(?:ال)?(?:رفض|فشل|فاشل|[يت]ستحيل|امتنع|[يت]متنع|[يت]?منع|[يت]جهل|عجز|نفى|[يت]نفي|نفت|حظر|"
        r"[يت]حظر|[يت]فتقر|اخفق|[يت]خفق)(?:ت|تا|وا|ا|ن|نا|ه|ها|هم|هما|ون|ين|ان|تم|تن|ته|تها|وه|وها)?"
        r"(?![\u0621-\u064a])"
        # "لا" fused to an adjective of relation: "لا نهائي", "لاسلكي" (see AR_PRIVATIVE)
        r"|" + AR_PRIVATIVE
    ),
}
# A French or Spanish word in in-, im-, il-, ir- (the lists above: "-able", "-ible") is negative
# only where the rest is a word of the language at least this common (wordfreq's Zipf scale):
# "impossible" (possible), "indispensable"; not "imprimable" (printable).
PREFIXED_RE = re.compile(r"i[nmlr]([^\W\d_]{2,}(?:able|ible)s?)", re.IGNORECASE)
MIN_STEM_ZIPF = 1.0


# A copula negated, which English may say with an adjective negative by its prefix ("لم تكن دقيقة",
# "ليس من المرجح": "inaccurate", "unlikely"; ``negation_english.said_by_negative_adjectives``). Arabic
# only: French "n'étaient pas" and Spanish "no eran" read so let a dropped "not" through on fresh-mt
# fr-en (held out, generator B: 256 -> 251 of 261), measured and not kept.
NEGATED_COPULA: dict[str, re.Pattern[str]] = {"ar": AR_NEGATED_COPULA_RE}


# A verb of not knowing ("ignorer", "ignorar", "desconocer": ne pas savoir) negates by its sense alone. It
# is one of the words above (it answers an English "unaware", "unknown"); where the English says the
# positive verb ("the authorities still do know his name" for "ignorent encore son nom") and no "ignore"
# (the cognate, "disregard"), the source's negation is read there (``negation.check_negation``).
NOT_KNOWING = {
    "fr": re.compile(r"\bignor(?:e|es|ent|ons|ez|ais|ait|aient|é|ée|és|ées|er|ant|era|eront|erait)\b", re.I),
    "es": re.compile(r"\b(?:ignor|desconoc)(?:[ea][sn]?|ían?|ió|ieron|[ia]d[oa]s?|ar|er)\b", re.I),
}
EN_KNOWING_RE = re.compile(r"\b(?:know|knows|knew|known|knowing|aware)\b", re.IGNORECASE)
EN_IGNORE_RE = re.compile(r"\bignor\w*", re.IGNORECASE)


def not_knowing_said_known(src: str, lang: str, tgt: str) -> str | None:
    """The source's verb of not knowing where the English says "know" / "aware" and no "ignore"."""
    verb = NOT_KNOWING[lang].search(src) if lang in NOT_KNOWING else None
    return verb.group() if verb and EN_KNOWING_RE.search(tgt) and not EN_IGNORE_RE.search(tgt) else None


# A verb of knowing negated ("ne savent plus s'il faut", "no sabía qué decir": do not know) may be said with
# the English phrase of not knowing, "at a loss" ("are at a loss whether to", "was at a loss for what to say"),
# which says the negation in its sense, as "unaware" does; read only beside that source, since "at a loss" is
# also a sale's ("sold at a loss").
NEGATED_KNOWING = {
    "fr": re.compile(
        r"\b(?:ne\b|n['’])\s*(?:(?:le|la|les|l['’]|en|y)\s*)*(?:\w+\s+(?:pas|plus|jamais|guère)\s+su\b"
        r"|(?:sai[st]?|sav\w*|sach\w*|saur\w*|su[st]?|sût)\b)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\bno\s+(?:(?:lo|la|le|se|me|te|nos)\s+)*(?:(?:ha|han|había|habían|he|hemos)\s+)?(?:sab\w*|sé|sup\w*|sep\w*)\b",
        re.IGNORECASE,
    ),
}
EN_AT_A_LOSS_RE = re.compile(r"\bat a (?:complete |total )?loss\b", re.IGNORECASE)


def knowing_said_at_a_loss(src: str, lang: str, tgt: str) -> int:
    """How many of the source's negated verbs of knowing an English "at a loss" says (each answers one)."""
    own = NEGATED_KNOWING.get(lang)
    verbs = len(own.findall(src)) if own else 0
    return min(verbs, len(EN_AT_A_LOSS_RE.findall(tgt))) if verbs else 0


# A reflexive verb of not caring ("il se moquait de", "je m'en fous", "s'en ficher": ne pas se soucier de) negates
# by its sense, as a verb of not knowing does; English says it "care" with a negation ("didn't care", "couldn't
# care less"), which it answers (``cares_said``). Said "care" with no negation ("did care"), the source's negation
# is read there (``not_caring_said_caring``). Not where the English says no "care": "se moquer de" is also "to
# mock", and an English "not" beside "mocked" is one the source does not say.
NOT_CARING = {
    "fr": re.compile(r"\b(?:[smt]e|[smt]['’]en|nous|vous)(?:\s+en)?\s*(?:moqu|fich|fou[st]\b|fout)\w*", re.I),
}
EN_CARE_RE = re.compile(r"\bcar(?:e|es|ed|ing)\b", re.IGNORECASE)


def cares_said(src: str, lang: str, tgt: str) -> int:
    """How many of the source's verbs of not caring an English "care" may say (each may answer one "not")."""
    verbs = NOT_CARING[lang].findall(src) if lang in NOT_CARING else []
    return min(len(verbs), len(EN_CARE_RE.findall(tgt))) if verbs else 0


def not_caring_said_caring(src: str, lang: str, tgt: str) -> str | None:
    """The source's verb of not caring where the English says "care" (whether negated is read after)."""
    verb = NOT_CARING[lang].search(src) if lang in NOT_CARING else None
    return verb.group() if verb and EN_CARE_RE.search(tgt) else None


# A negation of one word, French "non" ("un non respect", "délits non réparables", "le non-paiement"; not a
# clause: "et non d'un", "ou non", "non seulement", "non loin"), Spanish "no" (below): English says it in one
# word with a prefix ("non-compliance", "unrepairable"), which answers it and no other negation of the source.
WORD_NOT = {
    "fr": re.compile(
        r"(?<![,;]\s)(?<!\bet\s)(?<!\bou\s)(?<!\bmais\s)\bnon[\s-]+"
        r"(?!(?:seulement|plus|pas|sans|loin|que|merci|moins|point)\b)[^\W\d_]{3,}",
        re.IGNORECASE,
    ),
    # Spanish "no" right before a participle or an adjective in -ble ("un trabajo no estable", "una marcha no
    # autorizada"): a clause's "no" stands before its verb, a compound tense's before the auxiliary
    "es": re.compile(
        r"(?<![,;]\s)(?<!\by\s)(?<!\bo\s)(?<!\bpero\s)\bno\s+[^\W\d_]{2,}(?:[ai]d[oa]s?|bles?)\b", re.IGNORECASE
    ),
}
EN_NON_RE = re.compile(r"\bnon-?(?!etheless)[a-z]{3,}\b", re.IGNORECASE)


def paired_word_negations(src: str, lang: str, tgt: str, affixed: re.Pattern[str]) -> tuple[str, str] | None:
    """The source and the English with each word-level "non" of the source (WORD_NOT) taken out beside
    one English word negative by its prefix (``affixed``, the "non-" ones first), or None where
    there is no such pair: what is left must still say the clause negations of the source."""
    own = WORD_NOT.get(lang)
    nons = list(own.finditer(src)) if own else []
    if not nons:
        return None
    words = sorted(
        {m.span() for pattern in (EN_NON_RE, affixed) for m in pattern.finditer(tgt)},
        key=lambda span: (not EN_NON_RE.fullmatch(tgt[span[0] : span[1]]), span),
    )
    pairs = min(len(nons), len(words))
    if not pairs:
        return None
    for start, end in sorted(words[:pairs], reverse=True):
        tgt = tgt[:start] + " " + tgt[end:]
    for m in reversed(nons[:pairs]):
        src = src[: m.start()] + " " + src[m.end() :]
    return src, tgt


# A negated verb whose sense is itself a negation is a litotes, a positive: "ignorer" / "ignorar",
# "desconocer" (not to know), "cesser de" / "arrêter de" / "dejar de" / "parar de" (no longer to do);
# "je n'ignore pas" (I am aware), "ne cesse de", "n'arrêtent pas de se disputer", "no deja de" and
# "no para de llover" (keeps on, keep arguing). The English may say the positive verb and loses no
# negation. A verb of stopping only before its infinitive ("n'arrête pas de suspects" is an arrest).
# Not an adjective negative by itself: "pas gratuit" is "not free", kept so.
_FR_INFINITIVE = r"(?=\s*" + FR_CLITICS + r"[^\W\d_]+(?:er|ir|re|oir)\b)"
_FR_STOPPING = r"\b(?:cess|arrêt)\w*"
_FR_NEGATED = r"(?:\bignor\w*|" + _FR_STOPPING + r"\s+(?:de\b|d['’])" + _FR_INFINITIVE + ")"
_ES_CLITICS = r"(?:l[oae]s?|se|me|te|nos|os)?"
_ES_NEGATED = (
    r"(?:\b(?:ignor|desconoc)\w*|\b(?:dej|ces|par)(?:a|an|ó|aron|ar|ará|arán|aba|aban|e|en|ado|ando)\s+de"
    r"(?=\s+[^\W\d_]+(?:ar|er|ir|ír)" + _ES_CLITICS + r"\b))"
)
LITOTES = {
    "fr": re.compile(
        r"\b(?:ne\b|n['’])\s*" + FR_CLITICS + r"(?:" + _FR_NEGATED + r"(?:\s+(?:pas|point|jamais)\b)?"
        # the finite verb of stopping with its negation word before the "de" ("n'arrêtent pas de se disputer")
        r"|"
        + _FR_STOPPING
        + r"\s+(?:pas|point|jamais|plus)\s+(?:de\b|d['’])"
        + _FR_INFINITIVE
        + r"|[^\W\d_]+\s+(?:pas|point|jamais)\s+"
        + _FR_NEGATED
        + ")",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\bno\s+(?:(?:se|le|les|lo|la|los|las|me|te|nos|os)\s+)*(?:(?:ha|han|había|habían|he|hemos)\s+)?"
        + _ES_NEGATED,
        re.IGNORECASE,
    ),
}


# A litotes (``LITOTES``: "je n'ignore pas", "no deja de aumentar": I know, keeps growing)
# negates twice; said with its verb's negative sense and no negation ("I am unaware", "does stop
# increasing"), the English keeps one of the two and says the opposite.
EN_LITOTES_SENSE_RE = re.compile(
    r"\b(?:unaware|unknown|unfamiliar|ignor\w*|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?)\b", re.I
)


def litotes_said_once(src: str, lang: str, tgt: str) -> str | None:
    """The source's litotes where the English says its verb's negative sense with no negation."""
    litotes = LITOTES[lang].search(src) if lang in LITOTES else None
    said_once = litotes and EN_LITOTES_SENSE_RE.search(tgt) and not says_negation(src, lang, tgt)
    return litotes.group() if litotes and said_once else None
