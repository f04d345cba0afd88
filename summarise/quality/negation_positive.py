"""The source's negations a faithful English may say without one, each where the English says it
so: "not only ... but also" (a sum), a negated bound ("no menos de 100": at least 100), a negated
verb of forgetting ("n'oubliez pas": remember), a negative tag question ("¿no?", "n'est-ce pas ?":
right?), a negative word after a comparison ("más tiempo que nadie": more time than anyone) and a
restrictive "rien que" ("rien qu'à travers": just through).
``said_positively`` takes them out of the source before ``negation`` reads it."""

from __future__ import annotations

import re

from summarise.quality.negation_english import EN_AGREEMENT_TAG
from summarise.quality.negation_source import CORRELATIVE, NEGATED_BOUND, NOT_FORGETTING

# The English of a bound (NEGATED_BOUND: "no menos de 100", at least 100).
EN_BOUND_RE = re.compile(
    r"\b(?:at (?:least|most)|up to|as (?:many|much|few|little) as|(?:a )?(?:minimum|maximum) of|or (?:more|fewer|less)"
    r"|no (?:fewer|less|more|later|earlier|sooner) than|as (?:late|early|recently|soon) as)\b",
    re.IGNORECASE,
)
# (NOT_FORGETTING: "n'oubliez pas" said "remember", not where the English forgets)
EN_FORGET_RE = re.compile(r"\bforg[eo]t\w*", re.IGNORECASE)
# A tag question that asks for agreement with a negation ("eres muy polifacética, ¿no?", "tu es très
# polyvalente : n'est-ce pas ?", "..., non ?": isn't it so?), as Arabic "أليس كذلك؟" does
# (negation_source.AR_RENDERED_IDIOMS): English asks it "right?", "true?" (EN_AGREEMENT_TAG) and says
# no negation; asked "aren't you?", the negation is kept and counted.
TAG_QUESTION = {
    "es": re.compile(r"(?:¿|,\s*)no\s*\?", re.IGNORECASE),
    "fr": re.compile(r"\bn['’]est-ce pas\s*\?|,\s*non\s*\?|\bpas vrai\s*\?", re.IGNORECASE),
}
EN_AGREEMENT_TAG_RE = re.compile(EN_AGREEMENT_TAG, re.IGNORECASE)
# A negative word after the "que" of a comparison is English "any" ("más tiempo que nadie", more time
# than anyone; "más que nada", more than anything; "antes que ninguno", before any other), as "que
# nunca" is "than ever" (negation_source.ES_NOT_NEGATION_RE): no negation where the English says
# "than any...". Not a clause after "que" ("es mejor que nadie lo sepa": better that no one knows,
# which English says with "no one", never "than anyone").
COMPARED_NEGATIVE = {
    "es": re.compile(
        r"\b(?:más|menos|mejor|peor|mayor|menor|antes|después)\b(?:\s+[^\W\d_]+){0,3}?\s+que\s+"
        r"(?:nadie|nada|ningun[oa]s?)\b",
        re.IGNORECASE,
    ),
}
EN_THAN_ANY_RE = re.compile(r"\bthan\s+(?:any(?:one|body|thing|where)?|ever)\b", re.IGNORECASE)
# What English says a restriction ("ne ... que", "لا ... إلا", "rien que": only) with.
EN_ONLY_RE = re.compile(r"\b(?:only|just|solely|merely|exclusively|alone|sole|simply)\b", re.IGNORECASE)
# "Rien que" without its "ne" restricts ("rien qu'à travers les données de Google": through Google's data
# alone, just through): said where the English says "only", "just", "alone" more often than the source's
# own words of restriction (SOURCE_ONLY: "seulement") ask; not before a clause ("rien que je puisse
# faire", nothing I can do), nor where a "nothing less than" said "just" sits beside a "seulement" said
# "only".
RESTRICTIVE_NOTHING = {
    "fr": re.compile(
        r"\brien\s+qu(?:e\b|['’])(?!\s*(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles|ça|cela|ce|c['’])\b)", re.I
    ),
}
SOURCE_ONLY = {"fr": re.compile(r"\b(?:seul(?:e|s|es|ement)?|uniquement|juste|simplement|exclusivement)\b", re.I)}


def said_positively(src: str, lang: str, tgt: str, summed: bool = True) -> str:
    """The source less the negations a faithful English may say without one: with ``summed``, the "not"
    of "not only ... but also" (CORRELATIVE; counted against the English's "not"s, it may be "not only"),
    a negated bound said as one ("at least", NEGATED_BOUND), a verb of forgetting negated, said with no
    forgetting ("remember", NOT_FORGETTING), a negative tag question said "right?" (TAG_QUESTION), a
    negative word after a comparison said "than anyone" (COMPARED_NEGATIVE), a "rien que" said "just"
    (RESTRICTIVE_NOTHING)."""
    for table, said in (
        (CORRELATIVE, summed),
        (NEGATED_BOUND, bool(EN_BOUND_RE.search(tgt))),
        (NOT_FORGETTING, not EN_FORGET_RE.search(tgt)),
        (TAG_QUESTION, bool(EN_AGREEMENT_TAG_RE.search(tgt))),
        (COMPARED_NEGATIVE, bool(EN_THAN_ANY_RE.search(tgt))),
        (RESTRICTIVE_NOTHING, lang in SOURCE_ONLY and _only_left(src, lang, tgt)),
    ):
        if said and lang in table:
            src = table[lang].sub(" ", src)
    return src


def _only_left(src: str, lang: str, tgt: str) -> bool:
    """Whether the English says "only" / "just" more often than the source's own words of restriction."""
    return len(EN_ONLY_RE.findall(tgt)) > len(SOURCE_ONLY[lang].findall(src))
