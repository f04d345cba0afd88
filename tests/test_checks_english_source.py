"""A source segment already in English inside a French or Spanish release is read with English
number conventions by the number, scale, unit and date checks (English "billion" is 10**9, French
"billion" 10**12). Real lines: news open2 fr line 250 (from 1), an English sentence the French
release quotes, and what the systems wrote for it."""

from __future__ import annotations

from summarise.quality.fluency import reading_language
from tests.flagged import critical as _critical

PARIS_CLUB = (
    "Now Ms Fernández seems to be edging towards an agreement with creditor governments grouped in the Paris Club, "
    "to which it owes some $6.7 billion."
)
# bergamot-base-memory's output: a thousand times the debt (English "trillion" is 10**12)
TRILLION = (
    "Now Ms Fernández see members to be edging towards an agreement with creditor governments grouped in the Paris "
    "Club, to which it owes some $6.7 trillion."
)


def test_an_english_segment_is_read_as_english():
    assert reading_language(PARIS_CLUB, "fr") == "en"
    assert reading_language(PARIS_CLUB, "es") == "en"
    # a French or Spanish segment keeps its language's reading
    assert reading_language("La dette s'élève à 6,7 milliards de dollars selon le Club de Paris.", "fr") == "fr"
    assert reading_language("La deuda asciende a 1.600 millones de dólares según el Club de París.", "es") == "es"


def test_an_english_billion_said_trillion_is_critical():
    # read as French, "billion" was 10**12, so "$6.7 trillion" passed
    assert "number_mismatch" in _critical(PARIS_CLUB, TRILLION, "fr")
    assert "number_mismatch" in _critical(PARIS_CLUB, PARIS_CLUB.replace("billion", "trillion"), "es")


def test_an_english_copy_with_another_currency_is_critical():
    # "$" and "€" are no punctuation: a copy with another currency is no copy
    assert "unit_mismatch" in _critical(PARIS_CLUB, PARIS_CLUB.replace("$", "€"), "fr")
    assert "untranslated" not in _critical(PARIS_CLUB, PARIS_CLUB.replace("$", "€"), "fr")


def test_the_good_copy_and_a_good_rewording_pass():
    # google and microsoft copied the line; a rewording with the same figure passes too
    assert _critical(PARIS_CLUB, PARIS_CLUB, "fr") == {}
    reworded = PARIS_CLUB.replace("$6.7 billion", "6.7 billion dollars")
    assert _critical(PARIS_CLUB, reworded, "fr") == {}


def test_a_french_billion_is_still_read_as_french():
    src = "Le pays doit quelque 6,7 billions de dollars aux gouvernements créanciers du Club de Paris."
    assert "number_mismatch" not in _critical(
        src, "The country owes some $6.7 trillion to the creditor governments.", "fr"
    )
    assert "number_mismatch" in _critical(src, "The country owes some $6.7 billion to the creditor governments.", "fr")


# news open4 es line 465 (from 1): a line the Spanish article quotes in English, copied by every system
COST = "The cost: $22,000 for a set of four."


def test_a_quoted_english_price_keeps_its_currency():
    assert _critical(COST, COST, "es") == {}
    assert "unit_mismatch" in _critical(COST, COST.replace("$", "€"), "es")
    assert "number_mismatch" in _critical(COST, COST.replace("22,000", "32,000"), "es")


def test_a_name_dropped_from_an_english_segment_is_critical():
    # read as French, the English line's "the Paris Club" dropped left no flag (a French reading of
    # "Paris Club"); its names are English's
    dropped = PARIS_CLUB.replace(" in the Paris Club", "")
    assert "name_missing" in _critical(PARIS_CLUB, dropped, "fr")
    assert "name_missing" in _critical(PARIS_CLUB, dropped, "es")
    # and the English segment's negation is read as English: "not" dropped is critical
    negated = "The government will not repay the $6.7 billion it owes to the creditor governments of the Paris Club."
    assert reading_language(negated, "fr") == "en"
    assert "negation_lost" in _critical(negated, negated.replace("will not", "will"), "fr")
