"""``regexheads.Scanner`` finds what ``finditer`` finds: every unit pattern of every language the
checks read, over the open sets' lines (sources and outputs, sets the rules may be read on), and
the edge cases of its reading of a pattern's first characters."""

from __future__ import annotations

import re

import pytest

from summarise.quality.regexheads import Scanner, heads
from summarise.quality.units import _patterns, _scanner
from tests.opentexts import OUTPUTS
from tests.opentexts import SOURCES as TEXTS


def _spans(found: list[list[re.Match[str]]]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in matches] for matches in found]


@pytest.mark.parametrize("lang", [*TEXTS, "en"])
def test_unit_patterns_scanned_as_finditer_finds_them(lang: str) -> None:
    paths = OUTPUTS if lang == "en" else [TEXTS[lang]]
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    patterns = [pattern for _, pattern, _ in _patterns(lang)]
    scanner = _scanner(lang)
    found = 0
    for line in lines:
        expected = [list(p.finditer(line)) for p in patterns]
        assert _spans(scanner.scan(line)) == _spans(expected), line
        found += sum(map(len, expected))
    assert found > 10  # the lines hold units: the comparison is not of empty lists


def test_case_folded_first_letters() -> None:
    # the Kelvin sign folds to "k", the dotted capital I to "i": a first letter read in any case
    scanner = Scanner([re.compile(r"(?<![^\W\d_])(?:km|kilomètres?)(?![^\W\d_])", re.IGNORECASE)])
    for text in ("20 \u212am", "20 KM", "20 Kilomètres", "20km", "les kilomètres", "akm", "20 mk"):
        assert _spans(scanner.scan(text)) == [[m.span() for m in scanner.patterns[0].finditer(text)]], text
    dotted = re.compile(r"(?<![^\W\d_])(?:in)(?![^\W\d_])", re.IGNORECASE)
    assert _spans(Scanner([dotted]).scan("5 \u0130n")) == [[m.span() for m in dotted.finditer("5 \u0130n")]]


def test_first_characters_read_from_the_parse() -> None:
    arabic = re.compile(r"(?<![^\W\d_])(?:(?=[وفبلك]|ال)(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)درج[ةته])", re.IGNORECASE)
    head = heads(arabic)
    assert head is not None and head[1]
    assert all(head[0].match(c) for c in "وفبلكاد") and not head[0].match("م")
    assert heads(re.compile(r"(?<![^\W\d_])(?:(?!)|kg)")) == (re.compile("[k]"), True)
    assert heads(re.compile(r"\w+")) is None  # a class: any first character, always tried
    assert heads(re.compile(r"(?:x)?")) is None  # may match empty
    symbols = heads(re.compile(r"\$|€|us\$", re.IGNORECASE))
    assert symbols is not None and not symbols[1]  # not at a word start: tried over the whole text
    assert _spans(Scanner([re.compile(r"\$|€|us\$", re.IGNORECASE)]).scan("US$5 and €3")) == [[(0, 3), (9, 10)]]


def test_number_word_patterns_skipped_only_where_they_find_nothing() -> None:
    # ``numwords.word_numbers`` runs the scale, dozen and decade patterns only on a text holding one
    # of the words each needs: on the open lines (folded, as they read them) they find nothing elsewhere
    from summarise.quality.numwords import _COUNTED, _SCALE_AFTER_RE, _SCALE_AFTER_WORDS
    from summarise.text.languages import fold

    checks = [(_SCALE_AFTER_RE, _SCALE_AFTER_WORDS), *((p, needs) for p, _, needs in _COUNTED)]
    paths = [*TEXTS.values(), *OUTPUTS]
    lines = [fold(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    skipped = 0
    for line in lines:
        for pattern, needs in checks:
            if not any(w in line for w in needs):
                assert not pattern.findall(line), line
                skipped += 1
    assert skipped > len(lines)  # most lines skip most of them
