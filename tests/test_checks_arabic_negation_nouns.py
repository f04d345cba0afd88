"""Arabic negations carried by a noun ("عدم" before the noun it negates, "العدم"), by "غير" as a
predicate, and by the bound "لا يقل عن": generator B's corruptions of them ("not connected" ->
"connected") were missed on the readable sets (FLORES ar-en tune, talks tune, talks-open), and the
faithful English that says them by a word negative by its prefix ("offline", "instability",
"asymmetry", "insufficient") must not be flagged. Every sentence is a line of those sets."""

from __future__ import annotations

import pytest

from tests.flagged import critical

# FLORES ar-en tune: "عدم" with no preposition before it
OFFLINE = (
    "أحد أبرز تطبيقات هذه الفئة تطبيق ترجمة Google، الذي يسمح لك بالترجمة أثناء عدم الاتصال بالإنترنت بعد"
    " تنزيل بيانات اللغة التي تريدها."
)
# talks tune: "عدم" opening a clause, and "وغيره" (and others) before it
HAYDEN = (
    "عن طريق البحث العلمي الدقيق، وصل الدكتور هايدن وغيره من الباحثين إلى استنتاج أن عدم توفّر فرصة للمشاركة"
    " تسبب في معاناة اللياقة البدنية."
)
# talks-open: "على عدم"
SILENCE = (
    "أنا أتحسّرعلى عدم التكلّم في زيمبابواي، وقطعت عهدا على نفسي بأنني كمفوضة للصحة في مدينة نيويورك، سأستغلّ كلّ"
    " فرصة تسنح لي لقرع جرس الخطر وتضافر الجهود لدعم الإنصاف في المجال الصحّي."
)


@pytest.mark.parametrize(
    ("src", "kept", "dropped"),
    [
        (
            OFFLINE,
            "One of the most prominent applications in this category is the Google Translation Application, which"
            " allows you to translate when you are not connected to the Internet after downloading your language data.",
            "One of the most prominent applications in this category is the Google Translation Application, which"
            " allows you to translate when you are connected to the Internet after downloading your language data.",
        ),
        (
            HAYDEN,
            "Through careful scientific research, Dr. Hayden and other researchers came to the conclusion that not"
            " providing an opportunity to participate causes physical fitness problems.",
            "Through careful scientific research, Dr. Hayden and other researchers came to the conclusion that"
            " providing an opportunity to participate causes physical fitness problems.",
        ),
        (
            SILENCE,
            "I lament not speaking in Zimbabwe, and I vowed that as Commissioner of Health in New York City, I would"
            " use every opportunity I could to ring the alarm bell and join forces to support health equity.",
            "I lament speaking in Zimbabwe, and I vowed that as Commissioner of Health in New York City, I would use"
            " every opportunity I could to ring the alarm bell and join forces to support health equity.",
        ),
    ],
)
def test_not_before_a_noun_without_a_preposition(src, kept, dropped):
    assert "negation_lost" not in critical(src, kept, "ar")
    assert "negation_lost" in critical(src, dropped, "ar")


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # the systems' own lines of the readable sets
        (
            OFFLINE,
            "One of the most prominent applications in this category is Google Translate, which allows you to"
            " translate while offline after downloading the language data you want.",
        ),
        (
            HAYDEN,
            "Through careful scientific research, Dr. Hayden and other researchers have come to the conclusion that"
            " the lack of opportunity to participate has caused physical fitness.",
        ),
        (
            "كان مقال قد نُشر في سنة 2014 حول عدم تناسق التحرك السياسي.",
            "An article was published in 2014 about the asymmetry of political action.",
        ),
        (
            "نقوم بأشياء ضئيلة لمرضانا في حالة فشلنا في تنظيم هذه الحالات من عدم المساواة الاجتماعية.",
            "We do little things for our patients if we fail to regulate these social inequalities.",
        ),
        (
            "هذا نوع كبير من عدم المساواة في أعمال العنف اليومية وغير المناسبة التي يُواجهها الشبان من ذوي البشرة"
            " السوداء.",
            "This is a great deal of inequality in everyday and inappropriate acts of violence faced by young black"
            " people.",
        ),
        (
            "والنتائج المترتبة على ذلك هي غير عادية على كل من اللاجئين والمجتمعات المضيفة.",
            "The consequences are extraordinary for both refugees and host communities.",
        ),
    ],
)
def test_a_noun_negated_said_by_a_word_negative_by_its_prefix(src, tgt):
    assert "negation_lost" not in critical(src, tgt, "ar")


def test_not_before_a_noun_said_by_its_opposite_is_caught():
    # talks tune line 135 (opusmt): "عدم تناسق" (asymmetry) said "a symmetrical"
    src = "يُعاني معظم الجمهوريين والديمقراطيين من عدم تناسق التحرك السياسي."
    assert "negation_lost" in critical(
        src, "Most Republicans and Democrats suffer from a symmetrical political movement.", "ar"
    )


# talks-open: "لكنها غير كافية"
NOT_ENOUGH = "لكنها غير كافية لتجربة الأشياء بأنفسنا."


@pytest.mark.parametrize(
    "tgt", ["But it is not enough to try things ourselves.", "But it is insufficient to try things ourselves."]
)
def test_other_than_as_a_predicate_kept(tgt):
    assert "negation_lost" not in critical(NOT_ENOUGH, tgt, "ar")


def test_other_than_as_a_predicate_dropped():
    assert "negation_lost" in critical(NOT_ENOUGH, "But it's enough to try things for ourselves.", "ar")


# talks-open: "لا يقل عن" (not less than) is a lower bound
NO_LESS = "ولكن ما حدث بعد ذلك كان لا يقل عن معجزة."


@pytest.mark.parametrize(
    "tgt",
    [
        "But what happened next was nothing short of a miracle.",
        "But what happened next was no less than a miracle.",
        "But what happened next was at least a miracle.",
        "But what happened next was as good as a miracle.",
    ],
)
def test_not_less_than_kept(tgt):
    assert "negation_lost" not in critical(NO_LESS, tgt, "ar")


def test_not_less_than_reversed():
    assert "negation_lost" in critical(NO_LESS, "But what happened next was something short of a miracle.", "ar")


# talks-open: "آت من العدم" (coming out of nowhere)
NOWHERE = (
    "لقد سمعت في كثير من الأحيان مقابلات يتحدث فيها الضيوف لعدة دقائق ومن ثم يعود المضيف ويسأل سؤالا يبدوأنه وكأنه"
    " آت من العدم أو تمت الإجابة عليه مسبقاً ،"
)


@pytest.mark.parametrize(
    ("tgt", "lost"),
    [
        ("I've often heard interviews where the host asks a question that seems to be coming from nowhere,", False),
        ("I've often heard interviews where the host asks a question that seems to come out of thin air,", False),
        ("I've often heard interviews where the host asks a question that seems to be coming from somewhere,", True),
    ],
)
def test_nothingness(tgt, lost):
    assert ("negation_lost" in critical(NOWHERE, tgt, "ar")) is lost
