"""Arabic numbers written as words: the tables of cardinals (both genders), tens, hundreds, scale
words and ordinals, and their reading in a text ("ثلاثة عشر" = 13, "خمسة وعشرون" = 25, "ألف
وخمسمائة" = 1500, "ثلاثة آلاف" = 3000, decades both ways). Words are looked up folded (hamzas and
madda dropped), with the prefixes a word may carry (a conjunction, a preposition, the article)."""

from __future__ import annotations

import re

from summarise.quality.flags import fold

__all__ = ["AR_SCALES", "ARABIC_WORD_RE", "arabic_numbers", "arabic_word_value"]

# Arabic number words, folded (hamzas and madda dropped by ``fold``): units 1-10 in both
# genders, tens, hundreds; a word may carry the article or a conjunction ("والثلاثة").
_AR_UNITS = {
    1: "واحد واحدة احد احدى",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثنتا اثني اثنتي",
    3: "ثلاث ثلاثة",
    4: "اربع اربعة",
    5: "خمس خمسة",
    6: "ست ستة",
    7: "سبع سبعة",
    8: "ثمان ثماني ثمانية",
    9: "تسع تسعة",
    10: "عشر عشرة",
}
_AR_TENS = {
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين",
    40: "اربعون اربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين",
    90: "تسعون تسعين",
}
_AR_ORDINALS = {
    1: "اول اولى حادي حادية",
    2: "ثاني ثانية",
    3: "ثالث ثالثة",
    4: "رابع رابعة",
    5: "خامس خامسة",
    6: "سادس سادسة",
    7: "سابع سابعة",
    8: "ثامن ثامنة",
    9: "تاسع تاسعة",
    10: "عاشر عاشرة",
}
# Scale words of Arabic, as words ("ثلاثة آلاف" = 3000) and after digits ("1.2 مليون"); keyed
# folded, as every lookup folds the word ("مئة" is "مية" once its hamza is dropped).
_AR_SCALE_FORMS = {
    "مئة": 100,
    "مائة": 100,
    "مئات": 100,
    "مئتان": 200,
    "مئتين": 200,
    "مائتان": 200,
    "مائتين": 200,
    "مئتا": 200,  # the dual before its noun: "مئتا شخص", "مائتي عام"
    "مئتي": 200,
    "مائتا": 200,
    "مائتي": 200,
    "الف": 1000,
    "الاف": 1000,
    "الفا": 1000,
    "الفان": 2000,
    "الفين": 2000,
    "مليون": 10**6,
    "ملايين": 10**6,
    "مليونا": 10**6,
    "مليونين": 2 * 10**6,
    "مليار": 10**9,
    "مليارات": 10**9,
    "مليارا": 10**9,
    "بليون": 10**9,
    "تريليون": 10**12,
}
AR_SCALES = {fold(form): value for form, value in _AR_SCALE_FORMS.items()}


AR_ORDINAL_WORDS = {form: value for value, forms in _AR_ORDINALS.items() for form in forms.split()}
_AR_WORDS: dict[str, int] = {}
for _table in (_AR_UNITS, _AR_TENS, _AR_ORDINALS):
    for _value, _forms in _table.items():
        for _form in _forms.split():
            _AR_WORDS[_form] = _value
for _value in range(3, 10):  # ثلاثمائة, ثلاثمئة ... تسعمائة
    for _unit in _AR_UNITS[_value].split()[:1]:
        _AR_WORDS[fold(_unit + "مائة")] = _AR_WORDS[fold(_unit + "مئة")] = _value * 100
# Decades: "الستينيات" (also written "الستينات") = the 1960s; "ثلاثينيات القرن التاسع عشر", the
# thirties of the nineteenth century, = the 1830s.
_AR_DECADES = {
    "عشريني?ات": 20,
    "ثلاثيني?ات": 30,
    "اربعيني?ات": 40,
    "خمسيني?ات": 50,
    "ستيني?ات": 60,
    "سبعيني?ات": 70,
    "ثمانيني?ات": 80,
    "تسعيني?ات": 90,
}
_AR_DECADE_RE = re.compile("(?:" + "|".join(_AR_DECADES) + ")$")
_AR_CENTURY = "القرن"
# Duals of the scale words, twice the scale: "ألفان", "مليارين" (two billion) standing alone, and
# without their "ن" before a noun ("ألفا موظف", two thousand employees; "ملياري شخص", two billion
# people). Without vowel marks "ألفا" is also "a thousand" (accusative): both readings.
_AR_DUAL_SCALES = {
    fold(stem + ending): 2 * AR_SCALES[fold(stem)]
    for stem in ("ألف", "مليون", "مليار", "بليون", "تريليون")
    for ending in ("ان", "ين", "ا", "ي")
}
# What an Arabic word may carry before the number: a conjunction or preposition, the article.
_AR_PREFIX_RE = re.compile(r"^(?:[وفبل]?(?:ال|لل)?)")
ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def arabic_word_value(word: str) -> int | None:
    """The value of one Arabic number word, with its prefixes ("والثلاثة" = 3), or None."""
    key = fold(word)
    for cut in dict.fromkeys((key, _AR_PREFIX_RE.sub("", key), key[1:] if key[:1] in "وفبل" else key)):
        if cut in _AR_WORDS:
            return _AR_WORDS[cut]
        if cut[-1:] == "ا" and cut[:-1] in AR_ORDINAL_WORDS:  # "سادساً" (sixthly): the adverb of an ordinal
            return AR_ORDINAL_WORDS[cut[:-1]]
        if cut in AR_SCALES:
            return AR_SCALES[cut]
    return None


def _joined_sums(words: list[str], values: list[int | None], i: int) -> set[int]:
    """The sums a hundred or a scale word at ``i`` makes with the smaller numbers joined to it by
    "و" (Arabic writes the largest part first: "ألف وخمسمائة" = 1500, "مائة وخمسة وعشرون" = 125):
    each partial sum, counted from its number of that scale ("ثلاثة آلاف وخمسمائة" = 3500)."""
    value = values[i]
    assert value is not None
    before = values[i - 1] if i > 0 else None
    total = before * value if before is not None and before < 10 and value >= 1000 else value
    sums: set[int] = set()
    for word, part in zip(words[i + 1 :], values[i + 1 :]):
        if sums and part is not None and part >= 1000 > total and fold(word) in AR_SCALES:
            sums.add(total * part)  # "مائة وخمسون ألف" = 150,000: the scale word counts the whole sum
        if part is None or part >= value or not fold(word).startswith("و"):
            break
        total += part
        sums.add(total)
    return sums


def arabic_numbers(text: str) -> set[str]:
    """Values of Arabic number words: each word alone, "ثلاثة عشر" = 13, "خمسة وعشرون" = 25,
    "ثلاثة آلاف" = 3000, decades both ways ("السبعينيات" = 70 and 1970)."""
    words = ARABIC_WORD_RE.findall(text)
    values = [arabic_word_value(w) for w in words]
    found: set[int] = set()
    for i, (word, value) in enumerate(zip(words, values)):
        key = _AR_PREFIX_RE.sub("", fold(word))
        decade_stem = _AR_DECADE_RE.search(key)
        if decade_stem:
            decade = next(d for stem, d in _AR_DECADES.items() if re.fullmatch(stem, decade_stem.group()))
            century = values[i + 2] if i + 2 < len(words) and fold(words[i + 1]) == _AR_CENTURY else None
            if century:  # "التاسع عشر": the nineteenth; the decade of that century alone
                century += 10 if i + 3 < len(words) and values[i + 3] == 10 else 0
            else:
                found.add(decade)
            found.add(100 * ((century or 20) - 1) + decade)
        for form in (fold(word), key):  # "ألفا": the article's letters begin the word itself
            if form in _AR_DUAL_SCALES:
                found.add(_AR_DUAL_SCALES[form])
        if value is None:
            continue
        found.add(value)
        if value >= 100:  # "مائة وخمسون" = 150, "ألف وتسعمائة وخمسة وتسعون" = 1995
            found |= _joined_sums(words, values, i)
        after = values[i + 1] if i + 1 < len(values) else None
        if after is None:
            continue
        if value < 10 and (after == 10 or after in _AR_TENS):
            found.add(value + after)  # "ثلاثة عشر", "خمسة وعشرون"
            scale = values[i + 2] if i + 2 < len(values) else None
            if scale and scale >= 1000 and fold(words[i + 2]) in AR_SCALES:
                found.add((value + after) * scale)  # "خمسة عشر ألف" = 15000, "خمسة وعشرون ألف" = 25000
        elif after >= 100 and fold(words[i + 1]).lstrip("و") in AR_SCALES:
            found.add(value * after)  # "ثلاثة آلاف"
    return {str(v) for v in found}
