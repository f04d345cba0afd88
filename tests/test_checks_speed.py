"""The check stage's shortcuts give what the longer way gives, on real text: the open news and
talks sets and the other languages' dev set (sets the rules may be read on). Each test runs the
shortcut and the reading it skips, word by word or line by line."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from summarise.quality import contacts, dates, numbers
from summarise.quality.alignment import COGNATE_SIMILARITY, _similar
from summarise.quality.flags import fold as fold_name
from summarise.quality.namefind import _mostly_upper, names
from summarise.quality.negation_source import rendered_idioms
from summarise.text.languages import _DIGITS, ascii_digits, fold
from tests.opentexts import OUTPUTS, SOURCES


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _words(paths: list[Path]) -> set[str]:
    return {w for path in paths for line in _lines(path) for w in line.split()}


def _fold_name_long(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _fold_long(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_folds_skip_nothing_on_ascii():
    """Both folds read an ASCII word without normalising it: the same key as the full reading,
    on every word and line of sources and outputs (ASCII or not)."""
    texts = _words([*SOURCES.values(), *OUTPUTS]) | {line for path in OUTPUTS for line in _lines(path)}
    assert any(t.isascii() for t in texts) and any(not t.isascii() for t in texts)
    assert all(fold_name.__wrapped__(t) == _fold_name_long(t) for t in texts)
    assert all(fold.__wrapped__(t) == _fold_long(t) for t in texts)


def test_ascii_digits_skips_lines_without_other_digits():
    # the sets' lines, and Arabic digits and separators as the number check's docstring quotes them
    lines = [line for path in (SOURCES["ar"], SOURCES["fr"]) for line in _lines(path)]
    lines += ["١٫٥ مليون", "٣٤ ٪ من ١٬٢٠٠", "۳۴ سال"]
    assert all(ascii_digits(line) == line.translate(_DIGITS) for line in lines)


@pytest.mark.parametrize("lang", ["fr", "es", "pl", "de", "ru", "tr"])
def test_inflected_reads_every_stem_it_may_start_with(lang):
    """A word read against the stems of its first letter gets what reading every stem gives."""

    def every_stem(token: str, kind: str) -> int | None:
        word = fold(token)
        for beginning, number, most, name in dates._stems(lang, kind):
            if (
                len(beginning) < len(word) <= most
                and word.startswith(beginning)
                and dates._spelt(token[: len(beginning)], name, lang)
            ):
                return number
        return None

    tokens = {m.group() for line in _lines(SOURCES[lang]) for m in dates.TOKEN_RE.finditer(line)}
    for kind in ("months", "days"):
        read = {t: dates._inflected(t, lang, kind) for t in tokens}
        assert read == {t: every_stem(t, kind) for t in tokens}
    assert len(tokens) > 1000


def test_similar_counts_before_matching():
    """The letters two words share bound ``quick_ratio``: the same answers as difflib's two steps."""
    src = sorted(_words([SOURCES["fr"], SOURCES["es"]]))[:400]
    out = sorted(_words(OUTPUTS[:1]))[:400]
    pairs = [(fold(a), fold(b)) for a in src[::4] for b in out if abs(len(a) - len(b)) <= 3]

    def difflib_way(a: str, b: str) -> bool:
        matcher = SequenceMatcher(None, a, b)
        return matcher.quick_ratio() >= COGNATE_SIMILARITY and matcher.ratio() >= COGNATE_SIMILARITY

    assert len(pairs) > 10000
    assert [_similar.__wrapped__(a, b) for a, b in pairs] == [difflib_way(a, b) for a, b in pairs]
    assert any(_similar.__wrapped__(a, b) for a, b in pairs)


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_a_line_without_digits_has_no_number_pattern(lang):
    """``_numbers`` returns at once for a text without a digit: none of its patterns would match."""
    patterns = [
        numbers.EXPONENT_RE,
        numbers.FOUR_DIGIT_TIME_RE,
        numbers.EN_DOT_TIME_RE,
        numbers.EN_FULL_HOUR_RE,
        numbers.EN_AM_PM_HOUR_RE,
        numbers.COLON_TIME_RE,
        numbers.TIME_RE,
        numbers.DOT_TIME_RE,
        numbers.AR_COMMA_GROUP_RE,
        numbers.AR_COMMA_DECIMAL_RE,
        numbers.number_re(lang),
        numbers.number_re("any"),
        contacts.PHONE,
    ]
    lines = [line for line in _lines(SOURCES[lang]) if not re.search(r"\d", line)]
    assert len(lines) > 50
    for line in lines:
        text = ascii_digits(contacts.strip_contacts(line))
        assert not any(p.search(text) for p in patterns), line
        assert numbers.numbers(line, lang) == []


def test_contacts_shortcut_on_lines_with_and_without_contacts():
    lines = [line for path in SOURCES.values() for line in _lines(path)]
    for line in lines:
        mail_free = contacts.EMAIL.sub(" ", line)
        assert contacts.strip_contacts(line) == contacts.PHONE.sub(
            lambda m: " " if contacts.is_phone(m.group()) else m.group(), contacts.URL.sub(" ", mail_free)
        )
    assert contacts.check_contacts("Contact : presse@example.org", "Contact: press@example.org")
    assert not contacts.check_contacts(lines[0], "")


def test_rendered_idioms_cached_and_each_call_its_own_list():
    outputs = _lines(OUTPUTS[1])
    for tgt in outputs[:200]:
        first = rendered_idioms(tgt)
        first.append(None)  # type: ignore[arg-type]  # a caller's list is its own
        assert rendered_idioms(tgt) == first[:-1]
    assert rendered_idioms(None) == [] and rendered_idioms("") == []


def test_names_read_shouting_only_at_an_acronym():
    # ``namefind.names`` reads whether a text is in capitals at its first acronym, not before: an
    # acronym of a text in capitals is no name, one of a text in lower case is
    assert names("Le porte-parole de la FAO a annoncé une aide.", lang="fr") == [(22, 25, "FAO")]
    assert names("LE PORTE-PAROLE DE LA FAO A ANNONCÉ UNE AIDE.", lang="fr") == []
    for line in _lines(SOURCES["fr"])[:300]:
        found = names(line, lang="fr")
        if _mostly_upper(line):
            assert not any(part.isupper() for _, _, part in found if len(part) > 1), line
