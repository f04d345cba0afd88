"""Names in Arabic script matched to their English by their consonants (``transliteration``), and
what the checks do with them: the alignment links them, the omission check weighs the stretch of
an Arabic source the output passes over after its last linked name, and the name check reads a
name the output has and the source has not as a swap.

The sentences are written for these tests; the names are real (cities and people whose Arabic
spelling is the usual one in the Arabic press)."""

from __future__ import annotations

import pytest

from summarise.config import ChecksSection
from summarise.quality.addednames import added_names
from summarise.quality.alignment import _TOKEN, aligned, name_anchors
from summarise.quality.checks import check_segment
from summarise.quality.omission import check_omission, lost_stretch
from summarise.quality.transliteration import english_skeletons, maybe_same_name, same_name, source_skeletons

CFG = ChecksSection()

SAME = [
    ("لندن", "London"),
    ("باريس", "Paris"),  # p is b in Arabic
    ("واشنطن", "Washington"),  # "ng" heard as n
    ("إسطنبول", "Istanbul"),
    ("بغداد", "Baghdad"),  # "gh" is one sound
    ("الفلوجة", "Fallujah"),  # the article, and the final "ah"
    ("كاليفورنيا", "California"),
    ("ستانفورد", "Stanford"),
    ("محمد", "Mohammed"),
    ("موسوليني", "Mussolini"),
    ("تشارلز", "Charles"),  # "ch" as "تش"
    ("وجونسون", "Johnson"),  # the conjunction, and the silent h
    ("بفانكوفر", "Vancouver"),  # the preposition, and v as f
    ("القذافي", "Gaddafi"),  # ق heard as g, ذ as d
    ("غلاسكو", "Glasgow"),  # one consonant apart
]

DIFFERENT = [
    ("لندن", "Paris"),
    ("باريس", "Berlin"),
    ("ستانفورد", "Harvard"),
    ("محمد", "Michael"),
    ("مدريد", "Moscow"),
    ("الحكومة", "Hamilton"),  # "the government"
]


@pytest.mark.parametrize("arabic, english", SAME)
def test_a_name_keeps_its_consonants_from_arabic_to_english(arabic, english):
    assert same_name(arabic, english, "ar")
    assert maybe_same_name(arabic, english, "ar")


@pytest.mark.parametrize("arabic, english", DIFFERENT)
def test_other_names_do_not_match(arabic, english):
    assert not same_name(arabic, english, "ar")


def test_skeletons_fold_the_variants_of_both_scripts():
    assert "lndn" in source_skeletons("ولندن", "ar")  # with and without the conjunction
    assert source_skeletons("ثابت", "ar") >= {"tbt", "sbt"}  # ث is t or s
    assert english_skeletons("Bahrain") >= {"bhrn", "brn"}  # an "h" after a vowel may be silent
    assert source_skeletons("London", "fr") == frozenset()  # a language with no romanisation


def test_short_names_match_only_loosely():
    # two consonants are too few to link words, enough to say a name may come from the source
    assert not same_name("إلينوي", "Illinois", "ar")
    assert maybe_same_name("إلينوي", "Illinois", "ar")
    assert not maybe_same_name("الرنين", "Irish", "ar")  # r n / r s: one class left in common


def _links(src: str, tgt: str) -> list[tuple[str, str]]:
    s, t = list(_TOKEN.finditer(src)), list(_TOKEN.finditer(tgt))
    return [(s[i].group(), t[j].group()) for i, j in aligned(s, t, "ar")]


# --- omission: the stretch after the last name the output keeps ------------------------------

SRC = (
    "قالت الروائية إيزابيل أليندي أمام الصحفيين إن روايتها الجديدة تحكي قصة عائلة هاجرت من فالبارايسو "
    "بعد الانقلاب العسكري وعاشت سنوات طويلة في المنفى."
)
GOOD = (
    "Novelist Isabel Allende told reporters that her new novel tells the story of a family who left "
    "Valparaiso after the military coup and lived for many years in exile."
)
DROPPED = " after the military coup and lived for many years in exile"


def test_arabic_names_align_by_their_consonants():
    assert _links(SRC, GOOD) == [("إيزابيل", "Isabel"), ("أليندي", "Allende"), ("فالبارايسو", "Valparaiso")]
    assert [w for w, _ in name_anchors("هاجرت من فالبارايسو", "ar")] == ["هاجرت", "فالبارايسو"]


def test_a_stretch_after_the_last_name_the_output_keeps_is_an_omission():
    bad = GOOD.replace(DROPPED, "")
    assert check_omission(SRC, GOOD, "ar") == []
    (flag,) = check_omission(SRC, bad, "ar")
    assert "nothing in the output stands for" in flag["detail"] and "المنفى" in flag["detail"]
    assert "omission" in {
        f["code"] for f in check_segment(SRC, bad, CFG, 256, lang="ar") if f["severity"] == "critical"
    }


def test_the_verb_that_opens_an_arabic_sentence_is_not_weighed():
    # English puts the subject before the verb ("Isabel Allende ... said"): nothing of the output
    # precedes the first name, and the opening stretch of the source is not read as lost
    src = "أكدت الكاتبة التشيلية المعروفة عالميا إيزابيل أليندي أنها ستزور مدريد."
    tgt = "Isabel Allende said she would visit Madrid."
    assert lost_stretch(src, tgt, "ar", -6.0) is None


# --- names: a name swapped in for an acronym the output has reordered ---------------------

NMR_SRC = (
    "يستخدم الأطباء التصوير بالرنين المغناطيسي الذي يقوم على الرنين المغناطيسي النووي (NMR) لفحص الدماغ، "
    "كما شرح الباحث بول لوتربور في محاضرته بجامعة إلينوي."
)
NMR_GOOD = (
    "Doctors use MRI, which is based on nuclear magnetic resonance (NMR), to examine the brain, as researcher "
    "Paul Lauterbur explained in his lecture at the University of Illinois."
)


def _name_flags(tgt: str) -> list[tuple[str, str]]:
    return [(f["code"], f["severity"]) for f in check_segment(NMR_SRC, tgt, CFG, 256, lang="ar")]


def test_a_name_the_source_has_in_arabic_script_is_no_added_name():
    assert added_names(NMR_SRC, NMR_GOOD, "ar") == []
    assert added_names(NMR_SRC, NMR_GOOD.replace("(NMR)", "(Sullivan)"), "ar") == ["Sullivan"]


def test_added_names_read_the_source_by_its_script():
    # one rule for every source: in Latin letters it compares words, in a romanised script consonants
    assert added_names("Il vit à Paris.", "He lives in Paris.", "fr") == []
    assert added_names("Il vit à Paris.", "He lives in Sullivan.", "fr") == ["Sullivan"]
    assert added_names("يعيش في باريس.", "He lives in Paris.", "ar") == []
    assert added_names("يعيش في باريس.", "He lives in Sullivan.", "ar") == ["Sullivan"]
    # a script the profile does not romanise: nothing to compare the output's names with
    assert added_names("Он живёт в Париже.", "He lives in Sullivan.", "ru") == []


def test_an_acronym_swapped_for_a_name_is_critical():
    assert _name_flags(NMR_GOOD) == []
    # the output's own acronym (MRI) may render the source's NMR: dropped, it is a note
    assert _name_flags(NMR_GOOD.replace(" (NMR)", "")) == [("name_missing", "note")]
    # in its place a name the source has in no form: a swap
    assert _name_flags(NMR_GOOD.replace("(NMR)", "(Sullivan)")) == [("name_missing", "critical")]


def test_a_french_acronym_may_be_reordered_by_the_english_one():
    src = "La résonance magnétique nucléaire (RMN) a été découverte par Felix Bloch."
    flags = check_segment(src, "Nuclear magnetic resonance (NMR) was discovered by Felix Bloch.", CFG, 256, lang="fr")
    assert [(f["code"], f["severity"]) for f in flags if f["code"] == "name_missing"] == [("name_missing", "note")]
    dropped = check_segment(src, "Nuclear magnetic resonance was discovered by Felix Bloch.", CFG, 256, lang="fr")
    assert [(f["code"], f["severity"]) for f in dropped if f["code"] == "name_missing"] == [
        ("name_missing", "critical")
    ]


NZ_SRC = (
    "صنع جوني ريد، سائق مشارك في فريق A1GP New Zealand، التاريخ اليوم بتحقيقه أسرع قيادة على جسر ميناء "
    "أوكلاند، نيوزيلندا، البالغ من العمر 48 عامًا، بشكل قانوني."
)
NZ_GOOD = (
    "Johnny Reid, co-driver of the A1GP New Zealand team, made history today by becoming the fastest "
    "driver on the Auckland Harbour Bridge, New Zealand, at 48 years old, legally."
)


def test_a_name_written_in_both_scripts_needs_both_mentions():
    # "New Zealand" in Latin letters in the team's name, then نيوزيلندا (CLDR: New Zealand) in Arabic
    assert [f for f in check_segment(NZ_SRC, NZ_GOOD, CFG, 256, lang="ar") if f["code"] == "name_missing"] == []
    dropped = check_segment(NZ_SRC, NZ_GOOD.replace(", New Zealand,", ","), CFG, 256, lang="ar")
    assert [(f["code"], f["severity"], f["detail"]) for f in dropped if f["code"] == "name_missing"] == [
        ("name_missing", "critical", "'New Zealand' 2 times in the source, 1 in output")
    ]
    # Auckland (أوكلاند) shares consonants with "Zealand" loosely, never exactly: no third mention
    assert "Auckland" in NZ_GOOD and "3 times" not in str(dropped)
