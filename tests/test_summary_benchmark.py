"""The summary checks' benchmark (benchmarks/summaries.py) reads the real files: the releases of
tests/fixtures/realworld with their tune / held-out split, and a FLORES pair's neighbouring lines
as short releases (tune and heldout-open only); its source-half planters change what they say."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import summaries as s
from benchmarks.flores import split

FLORES_FR = ROOT.parent / "shared" / "flores-dev" / "fr-en"


def test_release_summaries_come_from_the_real_golds():
    cases = s.release_cases()
    sources = {c.source for c in cases}
    assert sources == {"extractive", "lead", "headline"}
    # French, Spanish, Arabic, and the releases in languages with no profile of their own
    assert {"fr", "es", "ar", "de", "it", "pt"} <= {c.lang for c in cases}
    assert {c.part for c in cases} == {"tune", "held-out"}
    for case in cases:
        assert case.src and all(sentence.strip() for sentence in case.src)
        if case.source != "headline":  # extractive and lead sentences are the body's own
            assert all(sentence.split()[0] in case.text for sentence in case.src)
        else:
            assert case.title == ""  # a headline is checked against the body alone
    held_out = {c.doc for c in cases if c.part == "held-out"}
    assert held_out and held_out.isdisjoint({c.doc for c in cases if c.part == "tune"})


@pytest.mark.skipif(not FLORES_FR.is_dir(), reason="FLORES dev is not on this machine")
def test_flores_summaries_read_neighbouring_lines_and_never_the_sealed_part():
    cases = s.flores_cases(FLORES_FR)
    lines = (FLORES_FR / "src.fr").read_text(encoding="utf-8").splitlines()
    sealed = set(split(len(lines))["sealed"])
    assert {c.part for c in cases} == {"tune", "held-out"}
    assert "flores:reference" in {c.source for c in cases}
    for case in cases[:50]:
        first = int(case.doc.split(":")[1])
        assert first not in sealed and all(src in case.text for src in case.src)
        assert case.en is not None and len(case.en) == len(case.src) and all(e in case.en_text for e in case.en)


def test_source_half_planters_of_generator_b_change_what_they_say():
    rng = random.Random(0)
    summary = "Le 3 mars 2021, l'OIM a reçu 1,6 million de dollars à Genève."
    assert s.b_month(summary, summary, rng, "fr") != summary
    assert "mars" not in s.b_month(summary, summary, rng, "fr")
    assert s.b_year(summary, summary, rng, "fr").count("2021") == 0
    assert "milliard" in s.b_scale(summary, summary, rng, "fr")
    day = s.b_day(summary, summary, rng, "fr")
    assert day != summary and day.replace(day.split()[1], "3", 1) == summary
    assert s.b_number("Il y a 3 écoles.", "", rng, "fr") != "Il y a 3 écoles."
    assert s.b_number("٣ مدارس", "", rng, "ar")[0] in "٠١٢٤٥٦٧٨٩"
    swapped = s.b_name_swap("Il a parlé à Lampedusa.", "à Lampedusa", rng, ["Tbilissi"], "fr")
    assert swapped == "Il a parlé à Tbilissi."
    assert s.b_scale("Rien à changer.", "", rng, "fr") is None
