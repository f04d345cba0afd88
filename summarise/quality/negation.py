"""Negation: a negation of the source that the output drops, or one the output adds."""

from __future__ import annotations

import re

from summarise.quality.flags import Flag, flag, fold, quote, unvowelled
from summarise.text.languages import profile

# French negation: ne/n' ... pas/jamais/plus/rien/aucun... ("ne ... que" is "only"), or
# jamais, aucun, rien, sans, ni alone ("non" mostly makes compounds: "non-violent"), or
# "personne ne" (nobody).
FR_NEGATION_RE = re.compile(
    r"\b(?:ne|n['’])\s*(?:\S+\s+){0,3}?(?:pas|jamais|plus|rien|personne|aucune?|guère|point|nulle?|ni)\b"
    r"|\b(?:jamais|aucune?|rien|sans|ni)\b"
    # "personne" / "nul" as a subject before "ne": nobody ("personne" alone is also "person")
    r"|\b(?:personne|nul(?:le)?)\s+(?:ne\b|n['’])",
    re.IGNORECASE,
)
# French phrases that look negative and are not (see french_negation).
NOT_NEGATION_RE = re.compile(r"\bsans (?:cesse|doute)\b|\bnon sans\b|\bn['’](?:hésitez|hesitez) pas\b", re.IGNORECASE)
# A superlative before "jamais" makes it "ever".
SUPERLATIVE_RE = re.compile(r"\b(?:plus|moins|meilleure?s?|pire|premiere?s?|première?s?)\b", re.IGNORECASE)
# What English says a negation with: not, n't, never, no, without, "has yet to", few...
# Polarity words that go with a negation ("any", "ever", "but", "less") are not among them: once
# the "not" is gone they prove nothing.
EN_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot|nowhere|non|unless)\b|n['’]t\b"
    r"|\b(?:yet to|few|fewer)\b",
    re.IGNORECASE,
)
# English words that carry a negation in themselves ("failed", "refused", "unavailable",
# "relentless", "toll-free")...
EN_LEXICAL_NEGATION_RE = re.compile(
    r"\b(?:fail\w*|lack\w*|unable|refus\w*|absen\w*|impossible|devoid|den(?:y|ied|ies)"
    r"|dis(?:agree|like|approv)\w*)\b"
    r"|\bun(?!ivers)[a-z]{3,}(?:ed|ar|al|able|ible|ful)\b|\bi[nm][a-z]{3,}(?:able|ible|ability|ibility)\b"
    r"|\b\w{3,}less\b|\w-free\b|\b(?:illegal|illicit|illegitimate|irregular|irrelevant|irresponsible|irreversible)\b"
    r"|\b(?:prohibit\w*|forbid\w*|ban|bans|banned|banning|prevent\w*|reject\w*|shortages?)\b"
    # the negating prefix un- on the adjectives the forms above miss ("unsure", "unknown"), and
    # non- before any word ("nonlinear"; not "nonetheless"); not "unfortunately", "unlike"
    r"|\bun(?:sure|certain|known|aware|clear|seen|hurt|well|fit|true|safe|fair|wise|even)\b|\bnon-?(?!etheless)[a-z]{3,}\b"
    # adverbs that half negate: they answer a "ne ... guère" / "apenas", or translate a word of
    # their own in the source ("rara vez", "rarement", "نادرا"), counted like it below
    r"|\b(?:hardly|barely|scarcely|rarely|seldom)\b",
    re.IGNORECASE,
)
# ...and the French words that say the same by themselves ("refusé", "indisponibles",
# "échoué", "manque", "absence", "impossible", "incapable"): each answers one English
# word of the list above, and only the English words left over can stand for a "ne ... pas".
FR_LEXICAL_NEGATION_RE = re.compile(
    r"\b(?:refus\w*|échou\w*|échec\w*|manqu\w*|absen\w*|ignor\w*|i[nmlr][^\W\d_]{2,}(?:able|ible)s?|rarement"
    r"|à peine)\b",
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
        return m.group()
    return None


# Spanish negation: no, nunca, jamás, ningún..., nada, nadie, sin, ni, tampoco; not "sin embargo"
# (however), "no obstante" (nevertheless), "sin duda" (doubtless), nor "nunca" / "jamás" that
# means "ever" after a comparison ("más que nunca", "como nunca", "el mayor jamás visto"); a
# relative "que" before it ("los que jamás tendremos") is no comparison.
ES_NEGATION_RE = re.compile(
    r"\b(?:no|nunca|jamás|jamas|ningún|ningun|ninguno|ninguna|ningunos|ningunas|nada|nadie|sin|ni|tampoco)\b",
    re.IGNORECASE,
)
ES_NOT_NEGATION_RE = re.compile(
    r"\bsin embargo\b|\bno obstante\b|\bsin duda\b|\b(?:más|menos|mejor|peor|mayor|menor) que (?:nunca|jamás)\b"
    r"|\bcomo (?:nunca|jamás)\b|\bni siquiera\b(?=.*\bno\b)",
    re.IGNORECASE,
)
ES_SUPERLATIVE_RE = re.compile(r"\b(?:más|mayor|mayores|mejor|mejores|peor|primer[oa]?s?)\b", re.IGNORECASE)
# Arabic writes its conjunctions (و, ف) and prepositions (ب, ل, ك) as prefixes of the next word:
# "فلا", "بعدم" (by not), "لغير" (for non-). What may stand before a particle or a negating noun.
AR_CLITICS = r"(?<![\u0621-\u064a])[وف]?[بلك]?"
# Arabic particles that negate a clause on their own (a clitic "و" / "ف" may lead them): لا, لم,
# لن, ليس and its forms, بدون, من دون, بلا, أبدا; not "لا سيما" (especially).
AR_NEGATION_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|ليسا|لست|لسنا|بدون|بلا|ابدا|من دون)"
    r"(?![\u0621-\u064a])"
)
# Arabic idioms whose negation English does not write: "طائرة بدون طيار" (a drone), "لا سيما"
# (especially), "لا يزال" / "لم يزل" / "ما زال" (still), "لا بد" (must), "لا يقل عن" (at least; not
# "لا تقلل", do not underestimate: each idiom ends where its last word ends), "لا يخفى" (it is no
# secret: obviously), "ألا وهو" (namely). And "لا" before an adjective of relation (nisba, -ي /
# -ية): a privative prefix, "لا نهائي" (infinite), "لا سلكي" (wireless), "لا مركزية"
# (decentralisation), which English writes as one word with in-, un-, non- or -less; not a verb
# in the present ("لا ينبغي", should not; "لا تمشي"), which begins with ي or ت, nor the article
# after "ل" ("للامبراطورية", of the empire).
AR_NOT_NEGATION_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:(?:ب?دون|بلا) طيار|لا ?سيما|لا ?بد|(?:لا|لم|ما) ?[يتان]?زا?ل\w*|لا [يت]قل"
    r"|لا [يت]خفى|[أا]لا وه[ويمما]+)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])[وفب]?لا ?(?![يت])[\u0621-\u064a]{3,}(?:ي|ية|يا|يين|يات)(?![\u0621-\u064a])"
)
# "عدم" (the not-doing of) after a preposition before a verbal noun: "قرار بعدم التصديق", a decision
# not to ratify; "لعدم وجود", for lack of. English says it with "not", "lack", "failure", "non-".
AR_NOT_TO_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?[بل]عدم(?![\u0621-\u064a])")
# "ألّا" (that ... not), told from "إلا" (except) by its hamza above, before the letters are plain.
# Not "ألا وهو" / "ألا وهي" (namely).
AR_THAT_NOT_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?[أ]\u0651?لّ?ا(?![\u0621-\u064a])(?!\s+وه(?:و|ي|ما|م)(?![\u0621-\u064a]))"
)
# The article of a Spanish, French or Italian name in the English ("La Paz", "La Leona").
AR_NAME_ARTICLE_RE = re.compile(r"\bLa\s+[A-Z]")
# A negation then "إلا" / "سوى" is "only" ("لا يحتاج إلا": only ... needs).
AR_ONLY_RE = re.compile(r"(?<![\u0621-\u064a])(?:الا|سوى)(?![\u0621-\u064a])(?! ان)")  # "إلا أن": however
# Arabic idioms built on "لا" whose faithful English may hold no negation, each with the English
# that says it positively: it excuses its own "لا" only where the output says that ("لا يتجاوز
# 10" -> "up to 10"; not "exceeds 10", a "not" dropped). "سواء ... أم لا" is "whether (or not)";
# a negated excess or count is a bound ("لا يزيد عن", "لا يتجاوز": at most, up to, under); "جزء لا
# يتجزأ" is "an integral part"; "لا يستهان به" "considerable"; "لا غنى عنه" "essential"; "لا مثيل
# له" "unique"; "لا حصر له", "لا تعد ولا تحصى" "countless"; "لا شك" "undoubtedly".
# (what comes before "لا", what comes after it, the English): the source's pattern is the two with
# "لا" between, the conjunction "و" / "ف" allowed in front; an idiom with nothing before "لا" is
# also read after "ألا" (that ... not: "يجب ألا يتجاوز", must not exceed).
AR_RENDERED_IDIOMS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        re.compile(r"(?<![\u0621-\u064a])[وف]?" + before + "لا" + after + r"(?![\u0621-\u064a])"),
        re.compile(after + r"(?![\u0621-\u064a])" if after else "(?!)"),
        re.compile(english, re.IGNORECASE),
    )
    for before, after, english in (
        (r"(?:ام|او) ", "", r"\bwhether\b"),
        (
            "",
            r" (?:[يت]زيد|[يت]تجاوز|[يت]تعدى)\w*",
            r"\b(?:up to|at most|maximum|less than|fewer than|under|below|within|or less|or fewer)\b",
        ),
        ("", r" [يت]تجزا", r"\b(?:integral|inseparable|indivisible|intrinsic|inherent)\b"),
        ("", r" [يت]ستهان", r"\b(?:considerable|significant|substantial|formidable|serious)\b"),
        ("", r" غنى", r"\b(?:essential|indispensable|vital|crucial|necessary)\b"),
        ("", r" (?:مثيل|نظير)", r"\b(?:unique|unparalleled|unmatched|unrivall?ed|unequall?ed|unprecedented)\b"),
        ("", r" (?:حصر|[يت]حصى|[يت]عد)", r"\b(?:countless|innumerable|numerous|myriad|endless|untold)\b"),
        # a negated doubt is a certainty ("لا شك", "بلا شك", "لا ريب"; "لا محالة": inevitably)
        (r"(?:ب)?", r" (?:شك|ريب)", r"\b(?:undoubtedly|doubtless|certainly|surely|definitely|clearly)\b"),
        ("", r" محالة", r"\b(?:inevitabl[ey]|certainly|surely|bound to)\b"),
    )
)


def _rendered_idioms(tgt: str | None) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The Arabic idioms of AR_RENDERED_IDIOMS whose positive English ``tgt`` says: (the idiom,
    what follows its "لا")."""
    return [(idiom, after) for idiom, after, english in AR_RENDERED_IDIOMS if tgt and english.search(tgt)]


# Words that say a negative by themselves, per source language: they answer one English word
# of EN_LEXICAL_NEGATION_RE each (see check_negation), and excuse a "not" the output adds.
LEXICAL_NEGATION_RE = {
    "fr": FR_LEXICAL_NEGATION_RE,
    "es": re.compile(
        r"\b(?:ignor\w*|salvo|excepto|rechaz\w*|fracas\w*|fall[oóa]\w*|falt\w*|caren\w*|ausen\w*|impid\w*|"
        r"neg[oóa]\w*|i[nmr][^\W\d_]{2,}(?:able|ible)s?|desconoc\w*|rehus\w*|rara vez|raramente|apenas)\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        # nouns and particles, a word of their own with at most a pronoun after ("عدمه"; not "غيرت",
        # changed; not "فقط", only)...
        AR_CLITICS + r"(?:ال)?(?:عدم|غير|انعدام|غياب|نقص|مستحيل|استحالة|دون|سوى|افتقار|نادرا|قلما|بالكاد)"
        r"(?:ه|ها|هم|هما|هن|نا|كم)?(?![\u0621-\u064a])|(?<![\u0621-\u064a])قط(?![\u0621-\u064a])"
        # ...and verbs, with their person prefix in the present ("يحظر" / "تحظره", prohibits (it))
        r"|" + AR_CLITICS + r"(?:ال)?(?:رفض|فشل|[يت]ستحيل|امتنع|[يت]متنع|منع|[يت]جهل|عجز|نفى|[يت]نفي|نفت|حظر|[يت]حظر|"
        r"[يت]فتقر|اخفق|[يت]خفق)"
        # "لا" fused to an adjective of relation: "لا نهائي", "لاسلكي" (see AR_NOT_NEGATION_RE)
        r"|(?<![\u0621-\u064a])[وفب]?لا ?(?![يت])[\u0621-\u064a]{3,}(?:ي|ية|يا|يين|يات)(?![\u0621-\u064a])"
    ),
}
# English negations an output may add: "not", "n't", "never", "no", "nothing", "without"...
EN_ADDED_NEGATION_RE = re.compile(
    r"(?<!\bor )\b(?:not|never|none|nothing|nobody|neither|nor|cannot|nowhere)\b|n['’]t\b|\bno\b(?!\.\s?\d|-\w)",
    re.IGNORECASE,
)


def _plain_arabic(text: str) -> str:
    return unvowelled(text).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def source_negation(src: str, lang: str = "fr", tgt: str | None = None) -> str | None:
    """The first negation of a source sentence in ``lang``, as written; None when it has none
    (idioms that do not negate are skipped: "sans cesse", "sin embargo", "لا سيما"; with the
    output ``tgt``, also an idiom it says positively: "لا يتجاوز" -> "up to")."""
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
        rendered = _rendered_idioms(tgt)
        that_not = AR_THAT_NOT_RE.search(src)
        if that_not and not any(after.match(_plain_arabic(src[that_not.end() :])) for _, after in rendered):
            return that_not.group()
        text = AR_NOT_NEGATION_RE.sub(" ", _plain_arabic(src))
        for idiom, _ in rendered:
            text = idiom.sub(" ", text)
        # "لا" is also the Romance article of a name written in Arabic letters ("لا ليونا", "لا باز"):
        # as many "لا" as the output writes "La" (La Leona, La Paz) are that article
        articles = len(AR_NAME_ARTICLE_RE.findall(tgt)) if tgt else 0
        for m in AR_NEGATION_RE.finditer(text):
            if m.group() == "لا" and articles:
                articles -= 1
                continue
            if not AR_ONLY_RE.search(text, m.end(), m.end() + 50):
                return m.group()
        verbal = AR_NOT_TO_RE.search(text)
        return verbal.group() if verbal else None
    return None


# "jamais" / "nunca" after a superlative is "ever" (see french_negation).
_SUPERLATIVES = {"fr": SUPERLATIVE_RE, "es": ES_SUPERLATIVE_RE}


# "غير أن" (however): a conjunction, not the negative "غير".
AR_HOWEVER_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?غير ان(?![\u0621-\u064a])")


def _negatives(src: str, lang: str) -> tuple[int, int]:
    """What a source without a clause negation still says negatively, read liberally: (the
    profile's negation words in it, idioms included, "non sans" -> "not without"; the words
    negative by themselves). "jamais" after a superlative ("ever") is not counted."""
    text = AR_HOWEVER_RE.sub(" ", _plain_arabic(src)) if lang == "ar" else src
    lexical = LEXICAL_NEGATION_RE.get(lang)
    # "ما" is "what" far more often than "not"; "personne" is also "person", but seldom. Accents
    # count ("Né", born, is not "ne"); a word negative by itself ("غير") is counted below.
    negation = {_plain_arabic(w).lower() for w in profile(lang).negation if w != "ما"} | {"non"}
    superlative = _SUPERLATIVES.get(lang)
    words = 0
    for m in re.finditer(r"[^\W\d_]+(?:['’](?=\w))?", text):
        word = m.group().lower()
        if word not in negation or (lexical and lexical.fullmatch(word)):
            continue
        if (
            superlative
            and word in ("jamais", "nunca", "jamas")
            and superlative.search(text[max(0, m.start() - 60) : m.start()])
        ):
            continue
        words += 1
    return words, len(lexical.findall(text)) if lexical else 0


def check_negation(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """The source negates and the output has no negation at all (``negation_lost``): no
    "not", "never", "without"..., and no word that negates by itself ("unfamiliar") beyond
    those that translate such a word of the source ("refusé" -> "refused", "rechazó" ->
    "refused"): the sentence now says the opposite. Or the output negates where the source
    says nothing negative at all (``negation_added``)."""
    negation = source_negation(src, lang, tgt)
    if negation is None:
        added = EN_ADDED_NEGATION_RE.findall(tgt)
        if not added:
            return []
        # each negative word of the source may come out as "not" ("غير قادر": "not able") or as a
        # negative word ("invisible"): the "not"s left over once those are answered are added
        words, negative = _negatives(src, lang)
        if len(added) > words + max(0, negative - len(EN_LEXICAL_NEGATION_RE.findall(tgt))):
            return [flag("negation_added", f"the output negates ({added[0]!r}), the source does not: {quote(tgt)}")]
        return []
    if EN_NEGATION_RE.search(tgt):
        return []
    lexical = LEXICAL_NEGATION_RE.get(lang)
    source_lexical = len(lexical.findall(_plain_arabic(src) if lang == "ar" else src)) if lexical else 0
    if lexical and lexical.fullmatch(negation):
        source_lexical -= 1  # the negation is such a word itself ("بعدم"): "lack of" answers it
    if len(EN_LEXICAL_NEGATION_RE.findall(tgt)) > source_lexical:
        return []  # "ne connaissez pas" -> "unfamiliar"; not "a refusé" -> "refused"
    return [flag("negation_lost", f"source negates ({negation!r}), the output does not: {quote(tgt)}")]
