"""The letters an Arabic sentence's negation is read on (``plain_arabic``): the vowel marks, the
interrogative hamza and the "لم" that asks why taken out, a "لا" glued to its verb written apart,
every alif plain. ``negation_source`` finds the particles in what this leaves."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.flags import unvowelled
from summarise.text.languages import zipf

# The interrogative hamza before "ليس" in a question ("أليس كذلك؟", isn't it?; "أفليس"): a
# proclitic, as "و" and "ف" are, and the "ليس" after it still negates. Read on the written
# hamza, before the letters are plain ("أليس" outside a question may be the name Alice).
# So is the hamza before "لن" / "لم" followed by the verb they govern, a present or jussive whose
# first letter is its person prefix (أ, ن, ي, ت): "ألن يكون ذلك رائعا؟" (wouldn't that be great?),
# "ألم تسمع؟" (haven't you heard?); not "ألم" (pain) before a noun.
AR_QUESTION_HAMZA_RE = re.compile(
    r"(?<![\u0621-\u064a])أ(?=(?:[وف]?(?:ليس|ليست|ليسوا|ليسا|ليستا|لست|لسنا|لستم|لستما|لستن)(?![\u0621-\u064a])"
    r"|(?:لن|لم)\s+(?:[أآنيت]|ا(?!ل)))[^.!?؟]*[?؟])"
)
# "لِمَ" (why: "ل" + "ما") is written as the particle "لم" is; the particle governs a jussive verb
# right after it, which begins with its person prefix (أ, ن, ي, ت; not the article "ال"). A "لم"
# in a question followed by anything else (a noun, a demonstrative, the article, "لا", the
# question mark) asks "why": "لم هؤلاء الأشخاص محبطين؟", "لم لا؟" (why not?).
AR_WHY_RE = re.compile(r"(?<![\u0621-\u064a])لم(?=\s*[?؟]|\s+(?:ال|[\u0621-\u064a](?<![أآانيت])))(?=[^.!?؟]*[?؟])")
# "لا" written joined to the verb it negates ("لايمكن", "لايُرى": cannot, is not seen): read apart
# where the rest is a verb in the present of the third person (its prefix ي) wordfreq knows, and
# knows better than the word "ل" + alif would make ("لايجاد", for finding). Not on ت or ن: "ات" and
# "ان" begin the verbal nouns of the derived forms ("لاتجاه", "لاتفاق", "لانتخاب": for the direction,
# the agreement, the election), which "ل" writes the same way.
AR_GLUED_NOT_RE = re.compile(r"(?<![\u0621-\u064a])([وف]?)لا(ي[\u0621-\u064a]{2,})")
MIN_GLUED_VERB_ZIPF = 3.0


@lru_cache(maxsize=4096)
def _glued_verb(rest: str) -> bool:
    return zipf(rest, "ar") >= MIN_GLUED_VERB_ZIPF and zipf(rest, "ar") > zipf("ا" + rest, "ar")


def _unglued(m: re.Match[str]) -> str:
    return m.group(1) + "لا " + m.group(2) if _glued_verb(m.group(2)) else m.group()


def plain_arabic(text: str) -> str:
    """The Arabic letters read for negation: no vowel marks, a glued "لا" written apart, the
    interrogative hamza dropped, "لم" that asks why taken out, every alif plain."""
    text = AR_WHY_RE.sub(" ", AR_QUESTION_HAMZA_RE.sub("", unvowelled(text)))
    text = AR_GLUED_NOT_RE.sub(_unglued, text)
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


# A negated verb of forgetting says the positive, as "n'oubliez pas" does ("لا تنسَ أن تحمل مظلة":
# remember to bring an umbrella; "يجب ألا ننسى": we must remember): the particle (or "ألّا", a
# modal "يجب" / "ينبغي أن" between) before نسي in the present or jussive, its person prefix first.
AR_NOT_FORGETTING_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:لا|لم|لن|[أا]\u0651?لّ?ا)\s+(?:(?:[يت]جب|ينبغي)\s+[أا]ن\s+)?"
    r"[أاتني]نس[\u064b-\u0652]*(?:ى|ي|ا|وا|ين|ون|ان)?[\u064b-\u0652]*(?![\u0621-\u064a])"
)
# "Not ... until" a time ("لم يتحقق حتى سنة 1818", was not achieved until 1818) says when it
# began: English may say it "only" ("only came in 1818"), as the exception "لم ... إلا في" is. The
# particle, with "حتى" before a year, a date or a part of one within its next eight words, no
# clause's punctuation nor another particle between; not "حتى الآن" (not yet), "حتى بعد" (even
# after, or until after), nor "حتى" before anything else (even).
AR_NOT_UNTIL_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:لا|لم|لن|ليس|ليست)(?![\u0621-\u064a])"
    r"(?=(?:\s+(?![وف]?(?:لا|لم|لن|ليس|ليست)(?![\u0621-\u064a]))[^\s,;:.!?،؛]+){0,8}?\s+حتى\s+"
    r"(?:[0-9\u0660-\u0669]|(?:[أا]واخر|[أا]وائل|منتصف|مطلع|بداية|نهاية|عام|العام|سنة|السنة|القرن)(?![\u0621-\u064a])))"
)
# "أن" before a verb in the subjunctive is Arabic's infinitive: "ألّا" / "أن لا" + that verb is a
# negated infinitive ("من الأفضل ألا تشرب ماء الصنبور", best not to drink tap water), which English
# may say with a verb of not doing ("to avoid drinking"; see negation.NEGATED_INFINITIVE). The verb
# after it, its person prefix first.
AR_NEGATED_SUBJUNCTIVE_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:[أا]\u0651?لّ?ا|[أا]ن\s+لا)\s+([أاتني][\u0621-\u064a\u064b-\u0652]{2,})"
)
# A negated copula ("ليس من المرجح", "لم يكن مستقرا": not likely, was not stable), which English may
# say with an adjective negative by its prefix (``negation_english.said_by_negative_adjectives``).
# "غير" as the predicate of a nominal sentence or of "كان" negates it, as "ليس" does ("لكنها غير كافية",
# but it is not enough; "إنه غير معروف", it is unknown; "كانت غير دقيقة"): right after a subject pronoun,
# one of its own ("هي", "نحن") or joined to "إن", "أن", "لكن", "لأن", "كأن", or after the copula. Not after a
# noun, where it may be an attribute English says in a word of its own ("منظمات غير حكومية": NGOs; "غير
# عادية": extraordinary), nor "غير أن" (however). The "غير" is group 1.
AR_PREDICATE_NOT_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:(?:ل?[اأإ]ن|لكن|ل[اأ]ن|ك[اأ]ن)(?:ه|ها|هم|هما|هن|ني|نا|ك|كم)"
    r"|هو|هي|هم|هن|هما|[اأ]نا|نحن|[اأ]نت|[اأ]نتم|[اأ]نتما|كان|كانت|كانوا|[يت]كون|[يت]كونون)"
    r"\s+(غير)(?=\s+(?![اأ]ن(?![\u0621-\u064a]))[\u0621-\u064a])"
)
AR_NEGATED_COPULA_RE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ليس|ليست|ليسوا|ليسا|ليستا|لست|لسنا|لستم"
    r"|(?:لم|لن|لا)\s+(?:[يتنأا]ك[نو]|[يت]كون(?:وا|ا|ون|ين)?))(?![\u0621-\u064a])"
    # and "غير" before the word it negates, a predicate or an attribute ("غير كافية", "وغير المناسبة":
    # "insufficient", "inappropriate"); not "غير أن" (however), nor "وغيره" (and others)
    r"|(?<![\u0621-\u064a])[وفبلك]?غير(?=\s+(?![اأ]ن(?![\u0621-\u064a]))[\u0621-\u064a])"
)
