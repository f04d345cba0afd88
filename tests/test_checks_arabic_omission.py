"""Arabic clauses that generator B dropped and the omission check missed (benchmarks/README, "Checks:
Arabic omission recall"): each source and good output is a line of FLORES dev tune or talks open as a
system wrote it; the bad output is that line with its "but" clause taken out. An Arabic clause has no
anchor English shares, but the source's "لكن" (but) asserts a contrast that the English keeps: an
output shorter than expected with no word of contrast for it has lost that clause."""

from __future__ import annotations

import pytest

from summarise.quality.structure import contrasts_lost
from tests.flagged import critical as _critical

# (source, good output, output with its "but" clause dropped)
CONTRAST_DROPPED = [
    # FLORES dev tune, line 404 (argos): "ولكن عندما ..." (but when ...)
    (
        "في بداية الحرب، سافروا في الغالب بحرًا، ولكن عندما بدأ الرادار في التطور وأصبح أدق، اضطرت الغواصات إلى "
        "الغوص تحت الماء لتفادي كشفها.",
        "At the beginning of the war, they often travelled sea, but when the radar began to develop and became "
        "more precise, the submarines had to dive underwater to avoid detection.",
        "At the beginning of the war, they often travelled sea, the submarines had to dive underwater to avoid "
        "detection.",
    ),
    # talks open, line 578 (nllb): "ولكن الشيء المهم هو التتبع" (but the important thing is tracking)
    (
        "الأن , هذا مهم جداً عنما تحاول أن تعرف كيف تتدخل , ولكن الشيء المهم هو التتبع .",
        "Now, this is very important when trying to figure out how to intervene, but the important thing is to "
        "keep track.",
        "Now, this is very important when trying to figure out how to intervene.",
    ),
    # talks open, line 133 (microsoft): "ولكن عقيدة خصمك ..." (but your opponent's faith ...)
    (
        "ما هذا؟ هذا ما يسميه أطباء علم النفس ظاهرة افتراض أن عقيدتكم ترتكز على الحب ولكن عقيدة خصمك ترتكز على "
        "الكراهية.",
        "What is this? This is what psychologists call the phenomenon of assuming that your faith is based on love "
        "but that of your opponent is based on hate.",
        "What is this? This is what psychologists call the phenomenon of assuming that your faith is based on love.",
    ),
]


@pytest.mark.parametrize(("src", "good", "bad"), CONTRAST_DROPPED)
def test_a_but_clause_dropped_from_arabic_is_flagged(src: str, good: str, bad: str) -> None:
    assert "omission" not in _critical(src, good, "ar")
    assert "omission" in _critical(src, bad, "ar")


def test_contrasts_lost_counts_the_source_conjunctions_english_does_not_answer() -> None:
    # "ولكنه" and "لكنني" carry "و" and a pronoun; "however" answers one of them
    src = "ذهب إلى السوق ولكنه لم يشتر شيئا، لكنني اشتريت الخبز."
    assert contrasts_lost(src, "He went to the market and bought nothing, I bought bread.", "ar") == 2
    assert contrasts_lost(src, "He went to the market; however, he bought nothing, I bought bread.", "ar") == 1
    # a word that only holds the letters is no conjunction ("لكنيسة", to a church)
    assert contrasts_lost("ذهب لكنيسة القرية.", "He went to the village church.", "ar") == 0
    # a language without a measured conjunction of contrast is not read
    assert contrasts_lost("Il est venu, mais il est reparti.", "He came.", "fr") == 0
