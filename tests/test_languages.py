"""Language profiles: what the stages know of a language comes from CLDR, jusText, pysbd and
text2num, so a new language is a profile and a test."""

from __future__ import annotations

import pytest

from summarise.models.routing import language_codes
from summarise.text.language_data import CONCERNS, EXTRA
from summarise.text.language_pages import PAGES
from summarise.text.languages import UnknownLanguage, ascii_digits, fold, primary_language, profile


@pytest.mark.parametrize(
    "code, month, number",
    [
        ("fr", "février", 2),
        ("fr", "févr.", 2),
        ("fr", "août", 8),
        ("es", "marzo", 3),
        ("es", "sept.", 9),
        ("es", "septiembre", 9),
        ("ar", "مارس", 3),  # the Egyptian name (CLDR ar)
        ("ar", "آذار", 3),  # the Levantine name of the same month (CLDR ar_SY, ar_LB)
        ("ar", "كانون الثاني", 1),
        ("en", "Sept", 9),
        ("en", "December", 12),
    ],
)
def test_months_of_every_locale_of_the_language(code, month, number):
    assert profile(code).months[fold(month)] == number


def test_what_each_language_brings():
    fr, es, ar = profile("fr"), profile("es"), profile("ar")
    assert (fr.direction, es.direction, ar.direction) == ("ltr", "ltr", "rtl") and ar.rtl
    assert {"de", "la", "et"} <= fr.stopwords and {"de", "la", "y"} <= es.stopwords and "في" in ar.stopwords
    assert (fr.segmenter, es.segmenter, ar.segmenter) == ("fr", "es", "ar")
    assert fr.number_words and es.number_words and not ar.number_words
    assert "jamais" in fr.negation and "nunca" in es.negation and "لم" in ar.negation
    assert "lunes" in es.weekdays and "lundi" in fr.weekdays


def test_a_language_without_extra_entries_still_has_a_profile():
    sw = profile("sw")
    assert sw.name == "Swahili" and sw.months[fold("Machi")] == 3 and sw.negation == ()


def test_what_cldr_tells_of_a_language_without_extra_entries():
    # a list's last joint from CLDR's list patterns ("{0} und {1}", "{0} oder {1}"); none where
    # the joint is no word written apart ("{0}和{1}"); the profile's own entries first
    assert profile("de").coordinators == ("und", "oder") and profile("ru").coordinators == ("и", "или")
    assert profile("id").coordinators == ("dan", "atau") and profile("zh").coordinators == ()
    assert profile("fr").coordinators == ("et", "ou", "ni") and profile("ar").coordinator_prefixes == ("و",)
    # CLDR's likely script; and whether its unit names ("Stunden", "heures") capitalise nouns
    assert (profile("ru").script, profile("el").script, profile("ar").script) == ("Cyrl", "Grek", "Arab")
    assert profile("de").capitalises_nouns and not profile("fr").capitalises_nouns
    assert not profile("ru").capitalises_nouns


def test_each_field_of_a_language_entry_has_one_concern():
    # the tables of what no library holds are split by concern; a field in two would have two owners
    owners: dict[str, int] = {}
    for i, table in enumerate(CONCERNS):
        for entry in table.values():
            for key in entry:
                assert owners.setdefault(key, i) == i, key
    # the pages' table first (the languages with rules for their pages), then those with words only
    assert list(EXTRA)[:4] == ["fr", "es", "ar", "en"] and "de" in EXTRA and "de" not in PAGES
    assert EXTRA["es"]["negation"][0] == "no" and EXTRA["ar"]["romanisation"] and EXTRA["fr"]["chrome_words"]
    assert profile("ar").romanisation["ث"] == ("t", "s") and profile("ar").day_periods["عصرا"] == "pm"


@pytest.mark.parametrize("code", ["xx", "", "klingon"])
def test_an_unknown_code_says_what_to_give(code):
    with pytest.raises(UnknownLanguage, match="ISO 639-1"):
        profile(code)


def test_digits_of_other_scripts_read_as_ascii():
    assert ascii_digits("٣٤ و١٬٥٠٠ و٢٫٥٪") == "34 و1,500 و2.5%"
    assert ascii_digits("۱۲ mars") == "12 mars"


def test_profiles_bring_the_cleaning_rules_words():
    fr, es, ar = profile("fr"), profile("es"), profile("ar")
    assert "de" in fr.function_words and "del" in es.function_words and "في" in ar.function_words
    assert "teléfono" in es.contact_labels and "هاتف" in ar.contact_labels
    assert "comunicado de prensa" in es.labels and "بيان صحفي" in ar.labels
    assert "contactos de prensa" in es.contact_headings and "بيانات الاتصال" in ar.contact_headings
    assert profile("de").function_words == frozenset() and profile("de").labels == ()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr_XX", "fr"),  # mBART-50
        ("fra_Latn", "fr"),  # NLLB-200
        ("arb_Arab", "ar"),  # Modern Standard Arabic
        ("pes_Arab", "fa"),  # Western Persian
        ("swh_Latn", "sw"),
        ("zsm_Latn", "ms"),
        ("npi_Deva", "ne"),
        ("iw", "he"),  # a retired two-letter code
        ("arz_Arab", "arz"),  # Egyptian Arabic has no shorter code: kept, not merged into "ar"
        ("es", "es"),
    ],
)
def test_a_many_to_one_models_language_codes_read_as_the_codes_cleaning_detects(code, expected):
    assert primary_language(code) == expected


def test_an_nllb_vocabulary_gives_one_source_code_per_language():
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from transformers import PreTrainedTokenizerFast

    words = ["<unk>", "fra_Latn", "arb_Arab", "ary_Arab", "pes_Arab", "zho_Hans", "zho_Hant", "__en__", "bonjour"]
    vocab = {word: i for i, word in enumerate(words)}
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(WordLevel(vocab, unk_token="<unk>")))
    codes = language_codes(tokenizer)
    assert codes["fr"] == "fra_Latn" and codes["ar"] == "arb_Arab" and codes["fa"] == "pes_Arab"
    assert codes["ary"] == "ary_Arab"  # Moroccan Arabic stays its own language
    assert codes["zh"] == "zho_Hans"
    assert "bonjour" not in codes.values()


def test_languages_that_write_compounds_closed_are_told_from_their_vocabulary():
    """German, Dutch, the Nordic languages, Finnish, Hungarian and Turkish write a compound as one
    word; French, Spanish, Italian, Portuguese, Polish, Czech and Russian do not: a capitalised
    word built of two of their words is then no compound but, more likely, a name."""
    from summarise.text.languages import closed_compounds

    assert all(closed_compounds(code) for code in ("de", "nl", "sv", "da", "fi", "hu", "tr"))
    assert not any(closed_compounds(code) for code in ("fr", "es", "it", "pt", "pl", "cs", "ru"))
    assert not closed_compounds("xx")  # no word list: no claim
