"""Negation: a negation of the source that the output drops, or one the output adds."""

from __future__ import annotations

import re

from summarise.quality.flags import Flag, flag, fold, quote

# French negation: ne/n' ... pas/jamais/plus/rien/aucun... ("ne ... que" is "only"), or
# jamais, aucun, rien, sans, ni alone ("non" mostly makes compounds: "non-violent").
FR_NEGATION_RE = re.compile(
    r"\b(?:ne|n['’])\s*(?:\S+\s+){0,3}?(?:pas|jamais|plus|rien|personne|aucune?|guère|point|nulle?|ni)\b"
    r"|\b(?:jamais|aucune?|rien|sans|ni)\b", re.IGNORECASE)
# French phrases that look negative and are not (see french_negation).
NOT_NEGATION_RE = re.compile(
    r"\bsans (?:cesse|doute)\b|\bnon sans\b|\bn['’](?:hésitez|hesitez) pas\b", re.IGNORECASE)
# A superlative before "jamais" makes it "ever".
SUPERLATIVE_RE = re.compile(r"\b(?:plus|moins|meilleure?s?|pire|premiere?s?|première?s?)\b", re.IGNORECASE)
# What English says a negation with: not, n't, never, no, without, hardly, "has yet to"...
# Polarity words that go with a negation ("any", "ever", "but", "less") are not among them: once
# the "not" is gone they prove nothing.
EN_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot|nowhere|non)\b|n['’]t\b"
    r"|\b(?:hardly|barely|scarcely|yet to|rarely|seldom|few|fewer)\b", re.IGNORECASE)
# English words that carry a negation in themselves ("failed", "refused", "unavailable",
# "relentless", "toll-free")...
EN_LEXICAL_NEGATION_RE = re.compile(
    r"\b(?:fail\w*|lack\w*|unable|refus\w*|absen\w*|impossible|devoid|den(?:y|ied|ies)"
    r"|dis(?:agree|like|approv)\w*)\b"
    r"|\bun[a-z]{3,}(?:ed|ar|able|ible|ful)\b|\b\w{3,}less\b|\w-free\b", re.IGNORECASE)
# ...and the French words that say the same by themselves ("refusé", "indisponibles",
# "échoué", "manque", "absence", "impossible", "incapable"): each answers one English
# word of the list above, and only the English words left over can stand for a "ne ... pas".
FR_LEXICAL_NEGATION_RE = re.compile(
    r"\b(?:refus\w*|échou\w*|échec\w*|manqu\w*|absen\w*|i[nmlr][^\W\d_]{2,}(?:able|ible)s?)\b",
    re.IGNORECASE)


def french_negation(src: str) -> str | None:
    """The first negation of a French sentence, as written; None when it has none.
    Idioms that do not negate are skipped: "sans cesse" (constantly), "non sans"
    (not without), "n'hésitez pas" (feel free), and
    "jamais" after a superlative ("le plus violent jamais enregistré": ever)."""
    text = NOT_NEGATION_RE.sub(" ", src)
    for m in FR_NEGATION_RE.finditer(text):
        if fold(m.group()) == "jamais" and SUPERLATIVE_RE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        return m.group()
    return None


def check_negation(src: str, tgt: str) -> list[Flag]:
    """The source negates ("ne ... pas", "jamais", "sans") and the output has no negation
    at all: no "not", "never", "without"..., and no word that negates by itself
    ("unfamiliar") beyond those that translate such a word of the source ("refusé" ->
    "refused", "indisponibles" -> "unavailable"). The sentence now says the opposite."""
    negation = french_negation(src)
    if negation is None or EN_NEGATION_RE.search(tgt):
        return []
    if len(EN_LEXICAL_NEGATION_RE.findall(tgt)) > len(FR_LEXICAL_NEGATION_RE.findall(src)):
        return []  # "ne connaissez pas" -> "unfamiliar"; not "a refusé" -> "refused"
    return [flag("negation_lost", f"source negates ({negation!r}), the output does not: {quote(tgt)}")]

