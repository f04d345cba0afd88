"""What a page's own structure says of its headline and its text (tune11 items of the real-world
corpus): paragraphs that lost their stops are no list of other stories, a headline's marks are no
words, a heading under a rubric naming the issuer is the headline, a text set off by sentences only
goes on, and a blog post's date stands over its headline."""

from __future__ import annotations

from pathlib import Path

from summarise.text import headline as H
from summarise.text.clean import clean_file
from summarise.text.shapes import PAGE_LANGUAGE, first_paragraph, is_issuer_rubric

REALWORLD = Path(__file__).resolve().parent / "fixtures" / "realworld"


def reading(lang, function, *args):
    token = PAGE_LANGUAGE.set(lang)
    try:
        return function(*args)
    finally:
        PAGE_LANGUAGE.reset(token)


def paragraphs(record) -> list[str]:
    return record.text.split("\n\n")


def test_paragraphs_without_their_stops_are_no_list_of_other_stories():
    """ar_albaathye: the headline, the site's credit, then four paragraphs none of which ends on a
    stop. With no running text under them, the lines are the text, not a ticker above it."""
    record = clean_file(REALWORLD / "ar_albaathye_dakhiliya_akhbar_zaifa.txt")
    assert record.title.startswith("وزارة الداخلية تُحذر من “أخبار زائفة”")
    assert len(paragraphs(record)) == 4
    assert paragraphs(record)[1] == "وأكدت أن جميع بياناتها تصدر حصريًا عبر قنواتها الرسمية"
    lines = (REALWORLD / "ar_albaathye_dakhiliya_akhbar_zaifa.txt").read_text(encoding="utf-8").split("\n")
    assert reading("ar", H.drop_story_list, lines, lambda rule, text: None) == lines


def test_a_headline_s_marks_are_not_words():
    """ "الولايات المتحدة تشارك. . والعالم الحر يتواطأ . . والأمة العربية !!" is nine words and
    its marks: a headline, not the text's first paragraph (twelve words at least)."""
    headline = "الولايات المتحدة تشارك. . والعالم الحر يتواطأ . . والأمة العربية !!"
    text = "لئن كان من المؤسف أن تكون دماء الشعب الفلسطيني هي ثمن انبثاق الأمة العربية من رقادها."
    assert reading("ar", first_paragraph, [headline, "", text]) == 2


def test_the_heading_under_a_rubric_naming_the_issuer_is_the_headline():
    """ar_hrassyria: the site's menu on one line, "بيان صادر عن جمعية حقوق الإنسان في سورية" (a
    release label and its issuer), the headline, the text: neither the menu nor the rubric."""
    record = clean_file(REALWORLD / "ar_hrassyria_bayan_filastin.txt")
    assert record.title == "الولايات المتحدة تشارك. . والعالم الحر يتواطأ . . والأمة العربية !!"
    assert not any(p.startswith(("بيان صادر", "الصفحة الرئيسية")) for p in paragraphs(record))
    assert reading("ar", is_issuer_rubric, "بيان صادر عن جمعية حقوق الإنسان في سورية")
    assert reading("fr", is_issuer_rubric, "Communiqué de l'Union locale CGT")
    assert not reading("fr", is_issuer_rubric, "Communiqué de presse sur la Mission conjointe")  # its subject
    assert not reading("fr", is_issuer_rubric, "Communiqué de presse")


def test_a_text_set_off_by_sentences_only_goes_on():
    """fr_untoitundroit35: a call in short lines and slogans ("TOUT !", "Mais rien ne bouge."), and
    ar_hrassyria's last paragraphs after a short one: the text going on, not another subject."""
    record = clean_file(REALWORLD / "fr_untoitundroit35_pique_nique.txt")
    assert "Mais rien ne bouge." in paragraphs(record)
    assert paragraphs(record)[-1].startswith("(Ramenez de quoi manger")
    record = clean_file(REALWORLD / "ar_hrassyria_bayan_filastin.txt")
    assert paragraphs(record)[-1].startswith("وبعد أن تخاذل المتخاذلون")


def test_a_blog_post_s_date_stands_over_its_headline():
    """fr_untoitundroit35: "dimanche 24 septembre 2017" over "Pique-nique à la Préfecture" over "ON
    A TOUT ESSAYE !": the heading under the date is the headline, the line in capitals the text's."""
    record = clean_file(REALWORLD / "fr_untoitundroit35_pique_nique.txt")
    assert record.title == "Pique-nique à la Préfecture"
    assert paragraphs(record)[0] == "ON A TOUT ESSAYE !"
    assert record.dateline == {"place": "", "date": "2017-09-24"}
