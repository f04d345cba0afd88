"""Currencies as the unit check compares them, from CLDR (babel): each concept is the word a
currency's name ends with in English ("dollar": US, Canadian, Australian dollar; "pound":
sterling, Egyptian pound; "peso": Mexican, Argentine, Colombian peso; "euro"), written as a
name ("pesos", "بيزو") or as an ISO code ("MXN", "EGP"). The sign "$" is a concept of its own: in
the locales of Latin America it is the peso ("$500 millones" in a Mexican release is pesos), in
the United States and Canada the dollar, so "$" on one side is answered by "$", dollars or pesos
on the other, while "dólares" and "pesos" still differ.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

# concept of the unit check -> the word an English currency name ends with
CONCEPT_WORDS = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "peso": "peso"}
DOLLAR_SIGN = "$"


@cache
def currency_codes() -> dict[str, tuple[str, ...]]:
    """Each concept's ISO codes: every CLDR currency whose English name ends with its word
    ("Egyptian Pound" EGP is a pound, "Mexican Peso" MXN a peso)."""
    from babel.numbers import get_currency_name, list_currencies

    codes: dict[str, list[str]] = {concept: [] for concept in CONCEPT_WORDS}
    for code in sorted(list_currencies()):
        last = get_currency_name(code, locale="en").lower().split()[-1:]
        for concept, word in CONCEPT_WORDS.items():
            if last == [word]:
                codes[concept].append(code)
    return {concept: tuple(found) for concept, found in codes.items()}


@cache
def currency_names(concept: str, lang: str) -> tuple[str, ...]:
    """The word ``lang`` names a concept's currencies by, singular and plural, lower case: the
    word their CLDR names share ("peso", "pesos"; Arabic "بيزو")."""
    from babel.numbers import get_currency_name

    words: Counter[str] = Counter()
    for code in currency_codes()[concept]:
        for count in (1, 2):
            words.update(set(get_currency_name(code, count=count, locale=lang).lower().split()))
    if not words:
        return ()
    top = max(words.values())
    return tuple(sorted(w for w, n in words.items() if n >= top / 2 and len(w) > 2))


@cache
def own_currency_names(concept: str, lang: str) -> tuple[str, ...]:
    """``currency_names`` less the words the name of a currency of no concept also holds (one whose
    English name holds none of CONCEPT_WORDS): Turkish "lirası" names the Egyptian pound ("Mısır
    lirası") and the Turkish lira too, "wir" a "WIR euro" and a "WIR franc"; they say nothing of
    the concept."""
    others = _other_currency_words(lang)
    return tuple(w for w in currency_names(concept, lang) if w not in others)


@cache
def _other_currency_words(lang: str) -> frozenset[str]:
    """The words of ``lang``'s names of the currencies of no concept, singular and plural, lower
    case (read once a language, whatever the concept)."""
    from babel.numbers import get_currency_name, list_currencies

    ours = {
        code
        for code in list_currencies()
        if set(re.findall(r"[a-z]+", get_currency_name(code, locale="en").lower())) & set(CONCEPT_WORDS.values())
    }
    return frozenset(
        word
        for code in list_currencies() - ours
        for count in (1, 2)
        for word in get_currency_name(code, count=count, locale=lang).lower().split()
    )


@cache
def dollar_sign_concepts() -> frozenset[str]:
    """The concepts "$" stands for in some locale of the languages read (its territory's currency
    written "$" there): the dollar and the peso."""
    from babel import Locale, localedata
    from babel.numbers import get_currency_symbol, get_territory_currencies

    by_code = {code: concept for concept, codes in currency_codes().items() for code in codes}
    found = set()
    for name in localedata.locale_identifiers():
        if name.split("_")[0] not in ("es", "fr", "ar", "en", "pt"):
            continue
        locale = Locale.parse(name)
        currencies = get_territory_currencies(locale.territory) if locale.territory else []
        if currencies and get_currency_symbol(currencies[0], locale=locale) == DOLLAR_SIGN:
            found.add(by_code.get(currencies[0], currencies[0]))
    return frozenset(found & set(CONCEPT_WORDS))


@cache
def code_pattern() -> tuple[dict[str, str], re.Pattern[str]]:
    """ISO code -> concept, and a pattern for the codes, written in capitals in any language
    ("MXN 500", "EGP 2 billion")."""
    codes = {code: concept for concept, found in currency_codes().items() for code in found}
    return codes, re.compile(r"(?<![^\W\d_])(?:" + "|".join(codes) + r")(?![^\W\d_])")
