"""The months of the Hijri (Islamic) calendar, which Arabic releases date by beside or instead of
the common one ("١٥ رمضان ١٤٤٥ هـ الموافق ٢٥ مارس ٢٠٢٤"): their Arabic names, and the ways English
writes them ("Ramadan", "Ramadhan"; "Dhu al-Hijjah", "Dhul-Hijja", "Zul Hijjah"; "Rabi' al-Awwal",
"Rabi I").

CLDR holds these names (its "islamic" calendar) but babel, which builds the language profiles,
reads the Gregorian calendar only; so the twelve names are here, as the calendar fixes them. A
Hijri month is numbered ``HIJRI + n`` (n = 1..12), apart from the Gregorian months 1..12: "رمضان"
is never September.

    >>> arabic_months()["رمضان"] - HIJRI, english_months("on 15 Ramadhan 1445 AH")
    (9, 'on 15 Ramadan 1445 AH')
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.text.languages import fold

HIJRI = 100  # a Hijri month's number is HIJRI + 1..12
# The Hijri era written right after a date ("1432/5/18 هـ", "15 رمضان 1445هـ"): that date is the
# Hijri one, the common era's is the other ("الموافق 20/4/2011 م").
ERA_AFTER = re.compile(r"\s?(?:هـ|ه)\.?(?![^\W\d_])")

# Each month's Arabic name (the article, hamza and final letters as the commonest spelling writes
# them); ``arabic_months`` adds the spellings with ي for ى, ه for ة and without the article.
_ARABIC = (
    ("محرم", "المحرم"),
    ("صفر",),
    ("ربيع الأول", "ربيع الأولى"),
    ("ربيع الآخر", "ربيع الثاني", "ربيع الثانية"),
    ("جمادى الأولى", "جمادى الأول"),
    ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة", "ذا القعدة"),
    ("ذو الحجة", "ذي الحجة", "ذا الحجة"),
)


@lru_cache(maxsize=1)
def arabic_months() -> dict[str, int]:
    """Every Arabic spelling of a Hijri month, folded as the language profiles fold words (hamza
    on alef dropped), -> ``HIJRI + n``."""
    out: dict[str, int] = {}
    for n, names in enumerate(_ARABIC, 1):
        for name in names:
            words = name.split()
            forms = {name}
            if len(words) == 2 and words[1].startswith("ال"):  # "ربيع أول", "ذو الحجة" stays two words
                forms.add(f"{words[0]} {words[1][2:]}")
            for form in list(forms):
                forms |= {form.replace("ى", "ي"), form.replace("ة", "ه"), form.replace("ى", "ي").replace("ة", "ه")}
            for form in forms:
                out.setdefault(fold(form), HIJRI + n)
    return out


# English spellings, each to one word ("Dhul-Hijja" -> "DhulHijjah"), so a month is one token the
# date check reads as the Gregorian ones. An apostrophe may stand for ʿayn or hamza anywhere.
_Q = "['ʿʾ’‘`]?"
_JOIN = r"(?:[\s-]+|" + "['ʿʾ’‘`]" + r")"  # between the words of a name
_ART = r"(?:(?:a|e|u)[ln]" + _JOIN + r"|l" + _JOIN + r"?)?"  # "al-", "el ", "ul-", "'l-", "l-"
_ENGLISH = (
    ("Muharram", r"Muh?arr?am"),
    ("Safar", r"Saf[ae]r"),
    ("RabiAlAwwal", r"Rabi" + _Q + r"[ae]?" + _Q + _JOIN + r"(?:" + _ART + r"Aww?al|I)"),
    ("RabiAlThani", r"Rabi" + _Q + r"[ae]?" + _Q + _JOIN + r"(?:" + _ART + r"(?:Th|S)ani|" + _ART + r"Akh[ie]r|II)"),
    ("JumadaAlUla", r"Jumad[aiey]" + _Q + r"?" + _JOIN + r"(?:" + _ART + r"(?:Ula|Oula|Awwal|Ulaa)|I)"),
    (
        "JumadaAlAkhirah",
        r"Jumad[aiey]" + _Q + r"?" + _JOIN + r"(?:" + _ART + r"(?:Akh[ie]rah?|Ukhra|Th|S)(?:aniy?ah?)?|II)",
    ),
    ("Rajab", r"Rajab"),
    ("Shaaban", r"Sha" + _Q + r"a?ban"),
    ("Ramadan", r"Rama[dzḍ]h?[aā]n"),
    ("Shawwal", r"Shaww?[aā]l"),
    ("DhulQadah", r"(?:Dh|Z)[uo]?" + _Q + _JOIN + r"?" + _ART + r"Q[ai]" + _Q + r"?[ai]?d[ae]?h?"),
    ("DhulHijjah", r"(?:Dh|Z)[uo]?" + _Q + _JOIN + r"?" + _ART + r"Hij+[ae]h?"),
)
ENGLISH_MONTHS = {fold(word): HIJRI + n for n, (word, _) in enumerate(_ENGLISH, 1)}
# How a flag names each month, by number.
DISPLAY = dict(
    enumerate(
        (
            "Muharram",
            "Safar",
            "Rabi al-Awwal",
            "Rabi al-Thani",
            "Jumada al-Ula",
            "Jumada al-Akhirah",
            "Rajab",
            "Shaaban",
            "Ramadan",
            "Shawwal",
            "Dhu al-Qadah",
            "Dhu al-Hijjah",
        ),
        HIJRI + 1,
    )
)
_ENGLISH_RE = re.compile(
    "|".join(rf"(?P<{word}>\b{pattern}\b)" for word, pattern in _ENGLISH),
    re.IGNORECASE,
)
# How a word of one of the spellings above begins: a text without such a word is left alone (a
# twentieth of English lines have one; reading every line whole cost five times as much).
_HINT_RE = re.compile(r"\b(?:muh|saf|rab|jum|raj|sha|ram|dh|z)", re.IGNORECASE)


def english_months(text: str) -> str:
    """``text`` with each English spelling of a Hijri month written as one word of
    ``ENGLISH_MONTHS`` (capitalised, as the date check reads a month)."""
    if not _HINT_RE.search(text):
        return text
    return _ENGLISH_RE.sub(lambda m: str(m.lastgroup), text)
