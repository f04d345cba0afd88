"""How a language's words are spelt when they pass into English: the regular correspondences of
its words with their English cognates, and for a script other than Latin the Latin consonants of
each letter of a name (what the cognate, omission and transliterated-name comparisons read). One
entry per language, joined with the other concerns' in ``language_data.EXTRA``."""

# ``cognate_endings`` / ``cognate_beginnings``: regular spelling correspondences between the
# language's words and their English cognates, "source:english", accents folded, longest first
# where one ends another ("-ité" / "-ity": "université" / "university"; Spanish "es-" before a
# consonant / "s-": "escándalo" / "scandal"; French "é-" / "s-": "état" / "state").
# ``romanisation``: "letter:consonants" pairs, alternatives joined by "|".

SPELLING: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "cognate_endings": (
            "ification:ify ication:ication ation:ation ition:ition tion:tion sion:sion ite:ity ique:ic iques:ics "
            "isme:ism iste:ist eux:ous euse:ous aire:ary oire:ory ment:ly ement:ly elle:al el:al if:ive ive:ive "
            "eur:or ure:ure ie:y ee:ed e:ed er:e ir:e",
        ),
        "cognate_beginnings": ("e:s",),
    },
    "es": {
        "cognate_endings": (
            "ificacion:ification cion:tion sion:sion dad:ty tad:ty ico:ic ica:ic icos:ics icas:ics ismo:ism "
            "ista:ist oso:ous osa:ous ario:ary aria:ary orio:ory oria:ory mente:ly al:al ivo:ive iva:ive "
            "or:or ura:ure ia:y io:y ado:ed ada:ed ido:ed ida:ed ar:e er:e ir:e o:e a:e",
        ),
        "cognate_beginnings": ("es:s",),
    },
    "ar": {
        # A name's letters in Latin spelling, by consonant class (ج "g" is also j and gh, ك "k" also q, c
        # and kh, س "s" also z and sh, ف "f" also v and ph, ب "b" also p), read without hamza and vowel
        # marks.
        "romanisation": (
            "ب:b پ:b ت:t ث:t|s ج:g چ:g|ts ح:h خ:k د:d ذ:d|s ر:r ز:s س:s ش:s ص:s ض:d ط:t ظ:s|d ع: غ:g ف:f ڤ:f",
            "ق:k|g ك:k گ:g ل:l م:m ن:n ه:h ة: و: ي: ى: ا: ء:",
        ),
    },
}
