"""Checks on news they were not tuned on (WMT newstest2011, benchmarks/data/news/open2; and the
lines of newstest2010, benchmarks/data/news/open, where the kind recurs): renderings that are
right, which the checks flagged as critical errors, and an error of the same family still caught.
Each source and good output is a line of those sets as a real system wrote it."""

from __future__ import annotations

from summarise.config import ChecksSection
from summarise.quality.checks import check_segment

CFG = ChecksSection()
MAX_NEW = 256


def _critical(src: str, tgt: str, lang: str) -> dict[str, str]:
    return {
        f["code"]: f["detail"] for f in check_segment(src, tgt, CFG, MAX_NEW, lang=lang) if f["severity"] == "critical"
    }


# negation: "si jamais" is "if ever" (open2 fr line 140, every system)
SI_JAMAIS = (
    "En outre, le gouvernement américain a annoncé qu'il voulait s'occuper de la sécurité des dissidents et des "
    "militants si jamais ceux-ci étaient menacés par les révélations de Wikileaks."
)
SI_JAMAIS_EN = (
    "In addition, the US government has announced that it wants to take care of the safety of dissidents and "
    "activists if ever they are threatened by the Wikileaks revelations."
)


def test_si_jamais_is_if_ever_not_a_negation():
    assert "negation_lost" not in _critical(SI_JAMAIS, SI_JAMAIS_EN, "fr")
    # "jamais" with its "ne" still negates, and its loss is caught
    src = SI_JAMAIS.replace("si jamais ceux-ci étaient menacés", "même s'ils ne sont jamais menacés")
    assert "negation_lost" in _critical(src, SI_JAMAIS_EN.replace("if ever they are", "even if they are"), "fr")
    # "jamais" alone after a verb is "never"
    src = "Il a dit qu'il ne reviendrait pas, jamais."
    assert "negation_lost" in _critical(src, "He said he would come back, ever.", "fr")


# negation: the "ne" after a verb of fearing is expletive (open2 fr line 230, google and microsoft)
CRAINT = "Il craint qu'elle ne puisse se transformer en soirée d'adieu."


def test_the_ne_after_a_verb_of_fearing_is_expletive():
    assert "negation_lost" not in _critical(CRAINT, "He fears that it could turn into a farewell party.", "fr")
    # with "pas" it negates: its loss is still caught
    src = CRAINT.replace("ne puisse se", "ne puisse pas se")
    assert "negation_lost" in _critical(src, "He fears that it could turn into a farewell party.", "fr")
    # and a "not" the English adds for the expletive "ne" is caught (bergamot-base-memory's line)
    added = "He's worried she won't be able to turn into a farewell night."
    assert "negation_added" in _critical(CRAINT, added, "fr")


# negation: "sinon" is "if not" (open2 fr line 565, every system)
SINON = (
    "Car si les taux d'intérêt s'envolent, les Etats seront d'autant plus gênés pour réduire leur endettement, "
    "sinon le stabiliser."
)
SINON_EN = (
    "Because if interest rates soar, states will be all the more embarrassed to reduce their debt, if not stabilize it."
)


def test_sinon_may_be_said_if_not():
    assert "negation_added" not in _critical(SINON, SINON_EN, "fr")
    # a second "not" is still one too many
    bad = SINON_EN.replace("will be all the more", "will not be all the more")
    assert "negation_added" in _critical(SINON, bad, "fr")
