"""Arabic renderings that are right, which the checks flagged as critical errors, found by reading
the readable Arabic sets (FLORES ar-en dev tune, the talks tune part, talks-open) and by sentences
written for each kind the issue names; with an error of the same family still caught. A source
said to be a FLORES line is that line (or a clause of it), as the set has it."""

from __future__ import annotations

from tests.flagged import critical


def _critical(src: str, tgt: str, lang: str = "ar") -> dict[str, str]:
    return critical(src, tgt, lang)


# "Not ... until" a year says when it began; English may say "only" (FLORES ar-en dev tune line 718,
# its last clause; every system there wrote "not ... until 1818").
NOT_UNTIL = "غير أن النصر الحاسم على الإسبان لم يتحقق حتى سنة 1818."


def test_not_until_a_year_said_only_keeps_the_negation():
    assert "negation_lost" not in _critical(
        NOT_UNTIL, "However, the decisive victory over the Spanish only came in 1818."
    )
    assert "negation_lost" not in _critical(
        NOT_UNTIL, "However, the decisive victory over the Spanish was not achieved until 1818."
    )
    # the negation dropped, with no "only", is still lost
    assert "negation_lost" in _critical(
        NOT_UNTIL, "However, the decisive victory over the Spanish was achieved in 1818."
    )
    assert "negation_lost" in _critical(
        NOT_UNTIL, "However, the decisive victory over the Spanish was achieved until 1818."
    )
    # "لم ... حتى الآن" is "not yet": "only now" is another sentence
    assert "negation_lost" in _critical("ولم تعرف السلطات اسمه حتى الآن.", "Only now do the authorities know his name.")
    # "حتى" before anything else is "even": "could not even speak" said "could only speak" has lost it
    assert "negation_lost" in _critical("لم يستطع حتى الكلام في عام 2000.", "He could only speak in 2000.")


# An hour and a half is 90 minutes (FLORES ar-en dev tune line 732; the systems wrote "an hour and a
# half", the reference "1.5 hour").
WHISTLER = (
    "بلدية ويسلر (الواقعة على بعد ساعة ونصف بالسيارة من فانكوفر) غالية الثمن، ولكن معروفة بسبب دورة الألعاب "
    "الأولمبية الشتوية لعام 2010."
)
WHISTLER_EN = (
    "The municipality of Whistler ({} drive from Vancouver) is expensive, but known for the 2010 Winter Olympics."
)


def test_hours_and_a_half_said_in_minutes():
    assert "number_mismatch" not in _critical(WHISTLER, WHISTLER_EN.format("90 minutes'"))
    assert "number_mismatch" not in _critical(WHISTLER, WHISTLER_EN.format("ninety minutes'"))
    assert "number_mismatch" in _critical(WHISTLER, WHISTLER_EN.format("80 minutes'"))
    # the same in French, written for the kind; and a half of years is no minutes
    assert "number_mismatch" not in _critical(
        "La réunion a duré une heure et demie.", "The meeting lasted 90 minutes.", "fr"
    )
    assert "number_mismatch" in _critical(
        "La réunion a duré deux ans et demi.", "The meeting lasted 150 minutes.", "fr"
    )


def test_a_share_of_an_hour_in_minutes_written_as_words():
    # "un quart d'heure", "ربع ساعة": 15 minutes, in digits already, now in words too (sentences written
    # for the kind)
    assert "number_mismatch" not in _critical("Il a attendu un quart d'heure.", "He waited fifteen minutes.", "fr")
    assert "number_mismatch" not in _critical("انتظر ربع ساعة.", "He waited fifteen minutes.")
    assert "number_mismatch" in _critical("انتظر ربع ساعة.", "He waited fifty minutes.")


# A negated verb of forgetting says the positive, as "n'oubliez pas" does. No readable Arabic line
# holds one: the sentence is written for the kind (FLORES's travel advice is where it is said).
DONT_FORGET = "لا تنسَ أن تحمل معك مظلة."


def test_an_arabic_negated_forgetting_said_remember():
    assert "negation_lost" not in _critical(DONT_FORGET, "Remember to bring an umbrella.")
    assert "negation_lost" not in _critical("يجب ألا ننسى الضحايا.", "We must remember the victims.")
    assert "negation_lost" in _critical(DONT_FORGET, "Forget to bring an umbrella.")
    # another verb negated is still a negation
    assert "negation_lost" in _critical("لا تنسخ أن تحمل معك مظلة.", "Copy to bring an umbrella.")


# A phrase glossed by its acronym in brackets is said twice; English may say it once, by the acronym
# (FLORES ar-en dev tune line 919; google's output as the set has it, flagged as an omission).
GPS = (
    "فهو يمكنه توفير المال من خلال شراء خرائط جديدة لنظام تحديد المواقع العالمي (GPS)، أو جهاز مستقل لنظام تحديد "
    "المواقع العالمي (GPS)، أو استئجار جهاز من شركة لتأجير السيارات."
)
GPS_EN = (
    "He or she can save money by purchasing new GPS maps, a standalone GPS device, or renting one from a car rental "
    "company."
)


def test_a_phrase_glossed_by_its_acronym_is_said_once():
    assert "omission" not in _critical(GPS, GPS_EN)
    # the last item dropped is still an omission
    assert "omission" in _critical(
        GPS, "He can save money by buying new GPS maps, or renting a device from a car rental company."
    )


def test_an_arabic_negated_subjunctive_said_avoid():
    # "ألّا" / "أن لا" + a verb is Arabic's negated infinitive, as "pour ne pas" + an infinitive is;
    # English may say it with a verb of not doing. Written for the kind (FLORES's travel advice).
    src = "من الأفضل ألا تشرب ماء الصنبور."
    assert "negation_lost" not in _critical(src, "It is best to avoid drinking tap water.")
    assert "negation_lost" not in _critical(
        "من الأفضل أن لا تشرب ماء الصنبور.", "It is best to avoid drinking tap water."
    )
    assert "negation_lost" in _critical(src, "It is best to drink tap water.")
    # a finite verb negated is no infinitive: "did not stop" said "stopped" has lost it
    assert "negation_lost" in _critical("لم يتوقف عن العمل.", "He stopped working.")


def test_an_arabic_negated_copula_said_by_an_adjective_in_un():
    # "ليس من المرجح" (not likely), "لم يكن مستقرا" (was not stable): English may say the adjective with
    # its negating prefix. Written for the kind (no readable line holds one said so).
    assert "negation_lost" not in _critical("ليس من المرجح أن يعود قريبا.", "He is unlikely to return soon.")
    assert "negation_lost" not in _critical(
        "ليس من الضروري حجز تذكرة مسبقا.", "Booking a ticket in advance is unnecessary."
    )
    assert "negation_lost" not in _critical("لم يكن الوضع مستقرا.", "The situation was unstable.")
    assert "negation_lost" in _critical("لم يكن الوضع مستقرا.", "The situation was stable.")
    # a verb negated is no copula: argos's "unconscious" for "الذي لا يقهر" (invincible; FLORES ar-en dev
    # tune line 638, as the set has it) is still caught
    src = (
        'في عام 1977 استكمل الدكتور داماديان إنشاء أول ماسح ضوئي للتصوير بالرنين المغناطيسي "لكامل الجسم"، '
        'والذي يسمى اليوم ب"الذي لا يقهر".'
    )
    out = (
        "In 1977, Dr. Damadian completed the establishment of the first photo scanner for the magnetic resonance "
        'of the whole body, which is called the "unconscious" today.'
    )
    assert "negation_lost" in _critical(src, out)


def test_minutes_answer_a_share_of_an_hour_the_other_side_does_not_say():
    # FLORES es-en dev tune: "veinte minutos o media hora" said "twenty minutes or half an hour"; the
    # twenty changed to "thirty" is still caught (the English says the half hour itself)
    src = "Es igual de desgastante que si despertara cada veinte minutos o media hora y mirara la televisión."
    good = "It's just as exhausting as if you woke up every twenty minutes or half an hour and watched television."
    assert "number_mismatch" not in _critical(src, good, "es")
    assert "number_mismatch" in _critical(src, good.replace("twenty", "thirty"), "es")
