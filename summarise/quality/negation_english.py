"""What in an English output says a negation of the source, for ``negation``: the English
negations that stand for another word of the source ("few" for "pocos"), and the English words
negative by themselves that are no such word ("Ban Ki-moon", "nevertheless")."""

from __future__ import annotations

import re

from summarise.quality.nametables import zipf

# What English says a negation with: not, n't, never, no, without, "has yet to", few... ("no matter"
# too: it may translate a negation of the source, "no importa"; only one the output adds is none).
# Polarity words that go with a negation ("any", "ever", "but", "less") are not among them: once
# the "not" is gone they prove nothing.
EN_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot|nowhere|non|unless)\b|n\s?['’]t\b"
    r"|\byet to\b|\b(?:few|fewer)\b",
    re.IGNORECASE,
)
# "far from", "anything but": English for a negation said "far from" in the source too (FAR_FROM,
# "loin d'être"), and only there ("the storm is far from land" says no negation).
EN_FAR_FROM_RE = re.compile(r"\b(?:far from|anything but|by no means)\b", re.IGNORECASE)
EN_IF_NOT_RE = re.compile(r"\bif not\b", re.IGNORECASE)
# What English keeps a corrected negation ("not X but Y", CONTRAST) with besides a negation.
# An English tag question that asks for agreement without a negation ("..., right?", "true?"), as a
# negative tag of the source does ("أليس كذلك؟", "¿no?", "n'est-ce pas ?": isn't it so?); an English
# that asks with a negative tag ("isn't that right?", "don't you?") keeps the source's negation.
EN_AGREEMENT_TAG = (
    r"^(?![\s\S]*\b\w+n['’]t\s+(?:it|that|this|they|he|she|we|you|there)\b)"
    r"[\s\S]*\b(?:right|correct|true|ok(?:ay)?|yes|eh|huh)\b[^.!?]*\?"
)
EN_CONTRAST_RE = re.compile(r"\b(?:rather than|instead of|as opposed to|in place of)\b", re.IGNORECASE)
EN_UNTIL_RE = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
EN_FEW_RE = re.compile(r"\b(?:few|fewer)\b", re.IGNORECASE)
# "Few" negates (not many) as a determiner of its own ("few scientists", "very few"); after an article or
# a word that counts ("a few", "quite a few", "the next few days", "these few") it says some.
EN_SOME_FEW_RE = re.compile(r"\b(?:a|the|next|last|past|first|these|those|every)\s+$", re.IGNORECASE)
# The source's own word for "few" ("hay pocos científicos que no estén...": there are few scientists
# who are not...): the English "few" translates it, and says none of the source's negations.
SOURCE_FEW = {
    "fr": re.compile(r"\b(?:peu|moins)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:poc[oa]s?|menos)\b", re.IGNORECASE),
    "ar": re.compile(r"(?<![\u0621-\u064a])[وف]?(?:ال)?(?:قليل|قليلة|قليلون|قليلين|قلة|أقل)(?![\u0621-\u064a])"),
}


def says_negation(src: str, lang: str, tgt: str) -> bool:
    """Whether the English negates: a "not", "never", "without"...; a "few" only beyond those
    that translate the source's own word for "few", and not "a few" (some)."""
    found = [m for m in EN_NEGATION_RE.finditer(tgt) if not EN_FEW_RE.fullmatch(m.group())]
    few = [m for m in EN_FEW_RE.finditer(tgt) if not EN_SOME_FEW_RE.search(tgt[max(0, m.start() - 12) : m.start()])]
    own = SOURCE_FEW.get(lang)
    return bool(found) or len(few) > (len(own.findall(src)) if own else 0)


# A word in un- negates only where the rest is an English word (wordfreq knows it): "unarmed",
# "unpopular", "unscathed"; not "underlined", "underwear", "unilateral" (under-, uni-). An adjective
# in -able / -ible is built on a verb, its un- always negative ("unspeakable").
EN_UN_STEM_RE = re.compile(r"un([a-z]{3,}(?<!able)(?<!ible))", re.IGNORECASE)
# A word in -less negates the noun before it ("meaningless", "homeless"): only where that is an
# English word; "nevertheless" (never-the-less, however) negates nothing.
EN_LESS_STEM_RE = re.compile(r"([a-z]{3,})less", re.IGNORECASE)
# The concessives built on a negation ("nevertheless", "nonetheless") translate the source's own
# ("тем не менее", "ikke desto mindre", "no obstante", "néanmoins"): where the source language has
# no table of its idioms that look negative (``negation_source.NOT_COUNTED``), the source's
# concessive is read as a negation, and the English one answers it.
EN_CONCESSIVE_RE = re.compile(r"nevertheless|nonetheless", re.IGNORECASE)


def english_negative(word: str, src: str) -> bool:
    """Whether an English word of ``negation.EN_LEXICAL_NEGATION_RE`` negates: one in un- or -less
    only where the rest is an English word ("unarmed", "meaningless"; not "underlined",
    "nevertheless"), and not a capitalised word the source writes as it stands: a name kept ("Ban
    Ki-moon", not "ban")."""
    if word[:1].isupper() and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", src):
        return False
    stem = EN_UN_STEM_RE.fullmatch(word) or EN_LESS_STEM_RE.fullmatch(word)
    return not stem or zipf(stem.group(1).lower(), "en") > 0


# A negated copula ("ليس من المرجح", "لم يكن مستقرا", "n'étaient pas exacts", "no eran exactas": not
# likely, was not stable, were not accurate): English may say the adjective with its negating prefix
# ("unlikely", "unstable", "inaccurate"), an adjective in un- on a common English word with any
# adjective's ending. Not a verb negated ("الذي لا يقهر", invincible: not "unconscious").
# The Latin prefix of the same sense, in- (im- before m, p, b; il- before l; ir- before r: "inaccurate",
# "incorrect", "immature", "illogical", "irregular"), on an adjective's ending; not the words in
# which it is no negation ("immigrant", "infamous": "famous" is common).
EN_UN_ADJECTIVE_RE = re.compile(
    r"\bun([a-z]{2,}(?:ary|ous|ant|(?<!m)ent|ive|ic|ate|(?<!l)y|ed|ar|al|ful)|[a-z]{1,2}able|likely)\b"
    r"|\b(?:in|im(?=[mpb])|il(?=l)|ir(?=r))([a-z]{2,}(?:ate|ent|ant|ect|al|ive|ous|ete|ure|ar|id|ite|ic))\b",
    re.I,
)
NOT_NEGATIVE_IN = frozenset({"immigrant", "immediate", "infamous", "indifferent", "intimate", "inhabitant"})
MIN_UN_STEM_ZIPF = 3.0


def said_by_negative_adjectives(copulas: int, tgt: str, counted: re.Pattern[str]) -> int:
    """How many of the source's ``copulas`` negated (``negation_lexical.NEGATED_COPULA``) an English
    adjective in un- or in- may say, of those the English's ``counted`` words (read as negative
    already) are not."""
    if not copulas:
        return 0
    stems = (
        (m.group(1) or m.group(2)).lower()
        for m in EN_UN_ADJECTIVE_RE.finditer(tgt)
        if not counted.fullmatch(m.group()) and m.group().lower() not in NOT_NEGATIVE_IN
    )
    outside = sum(1 for m in EN_OUTSIDE_RE.finditer(tgt) if _prefix_negates(m.group(), m.group(1)))
    return min(copulas, outside + sum(1 for stem in stems if zipf(stem, "en") >= MIN_UN_STEM_ZIPF))


# A noun negative by its prefix, which English may say "عدم" + noun with ("عدم الاستقرار", "عدم
# اليقين", "عدم توفر", "بعدم الثقة", "عدم الاتصال": "instability", "uncertainty", "unavailability",
# "distrust", "offline"): dis-, mis-, off- on any word; un-, in-, im-, il-, ir-, non- on a noun's ending.
EN_DIS_RE = re.compile(r"\b(?:dis|mis|off-?)([a-z]{4,})\b", re.IGNORECASE)
EN_PREFIXED_NOUN_RE = re.compile(
    r"\b(?:un|in|im|il|ir|non-?)([a-z]{3,}(?:ity|ities|ence|ance|ency|ancy|ment|ness|ion|ions|ty))\b", re.IGNORECASE
)
# The prefixes that set a word outside its stem's sense, Greek a-, Latin ab-, extra- ("asymmetry",
# "atypical", "abnormal", "extraordinary": "عدم تناسق", "غير عادية"), on an adjective's or a noun's ending.
EN_OUTSIDE_RE = re.compile(r"\b(?:a|ab|extra)([a-z]{4,}(?:ary|al|ic|ical|try|ity))\b", re.IGNORECASE)
# A prefix negates only where the rest is a common English word (Zipf >= 3) the whole word is not
# much more common than: "information" (5.4) is no "formation" (4.5) negated, nor "independence"
# "dependence", nor "along" "long"; "uncertainty" (4.0) is "certainty" (3.8) negated.
MIN_DIS_STEM_ZIPF = 3.0
MAX_OVER_STEM_ZIPF = 0.5


def _singular(word: str) -> str:
    word = word.lower()
    # an English plural "-s" seldom follows "-u" or "-i": "ambiguous", "status", "crisis" are singulars
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if re.search(r"[^sui]s$", word) else word


def _prefix_negates(word: str, stem: str) -> bool:
    """Whether the prefix of ``word`` negates its ``stem`` (both singular): see MAX_OVER_STEM_ZIPF."""
    rest = zipf(_singular(stem), "en")
    return rest >= MIN_DIS_STEM_ZIPF and zipf(_singular(word), "en") <= rest + MAX_OVER_STEM_ZIPF


def said_by_prefixed_nouns(tgt: str, counted: re.Pattern[str]) -> int:
    """How many English words negative by their prefix ("instability", "distrust", "asymmetry") ``tgt``
    holds, of those the ``counted`` words (read as negative already: "disagree", "non-payment") are not."""
    words = (*EN_DIS_RE.finditer(tgt), *EN_PREFIXED_NOUN_RE.finditer(tgt), *EN_OUTSIDE_RE.finditer(tgt))
    return sum(1 for m in words if not counted.fullmatch(m.group()) and _prefix_negates(m.group(), m.group(1)))


# A privative of the source ("sin sorpresa", "sans-emploi") may come out as one English word negative
# by its affix, whatever its class: an adverb ("unsurprisingly"), a noun ("unemployment", "joblessness").
# Read: un- on any common English word (_prefix_negates: not "unless", "universe", "understand"), and a
# -less word as an adverb or a noun. Not in- / im- nor the prefixed nouns of EN_PREFIXED_NOUN_RE
# ("inconsiderate" for "sans égards"): with them, FLORES fr heldout-open lost 2 of generator B's
# dropped negations (149 -> 147 of 156).
EN_UN_WORD_RE = re.compile(r"\bun([a-z]{4,})\b", re.IGNORECASE)
EN_LESS_FORMS_RE = re.compile(r"\b([a-z]{3,})less(?:ly|ness)\b", re.IGNORECASE)


def said_by_affixed_words(tgt: str, counted: re.Pattern[str]) -> int:
    """How many English words negative by an affix (see EN_UN_WORD_RE) ``tgt`` holds, of those the
    ``counted`` words (read as negative already) are not: for a privative of the source, which English
    may say in one word ("Sin sorpresa, ..." -> "Unsurprisingly, ...")."""
    found = {m.start() for m in EN_UN_WORD_RE.finditer(tgt) if _prefix_negates(m.group(), m.group(1))}
    found |= {m.start() for m in EN_LESS_FORMS_RE.finditer(tgt) if zipf(m.group(1).lower(), "en") >= MIN_DIS_STEM_ZIPF}
    return sum(1 for m in re.finditer(r"\b[\w-]+", tgt) if m.start() in found and not counted.fullmatch(m.group()))


EN_NOR_RE = re.compile(r"\bnor\b", re.IGNORECASE)
# A name of capitalised words, as the source writes it ("Prophet Is A Fool, Escape From The Earth et Never The
# Same", a band's title): a negation inside it is the name's, none of the sentence.
EN_NAME_RE = re.compile(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)+")


def uncounted_nots(src: str, tgt: str, counted: re.Pattern[str]) -> int:
    """Of the English's ``counted`` negations, those that negate nothing the source may have: a "nor" after
    another negation, which carries it on to one more item ("It wasn't the inequality, nor the hunger, nor the
    anger") and the source may say once; and one inside a name the source writes as it stands ("Never The
    Same")."""
    first = counted.search(tgt)
    nors = sum(1 for m in EN_NOR_RE.finditer(tgt) if m.start() > first.start()) if first else 0
    names = [m for m in EN_NAME_RE.finditer(tgt) if re.search(rf"(?<!\w){re.escape(m.group())}(?!\w)", src)]
    named = sum(1 for name in names for m in counted.finditer(name.group()) if m.group()[:1].isupper())
    return nors + named
