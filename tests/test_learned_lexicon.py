"""The measurement of a lexicon learned from translations (benchmarks/learned_lexicon.py): IBM
Model 1 learns a word's rendering from the lines it shares, the words are compared as the
measurement says, and no part it is evaluated on as held out is among what it is trained on."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import learned_lexicon as lex


def test_ibm1_learns_the_word_the_lines_share():
    # Press-release French and its English: "ministre" shares only "minister" across the lines.
    lines = [
        ("le ministre a annoncé un plan", "the minister announced a plan"),
        ("le ministre de la santé", "the health minister"),
        ("un plan pour la santé", "a plan for health"),
    ]
    f_vocab: dict[str, int] = {"": 0}
    e_vocab: dict[str, int] = {"": 0}
    pairs = [
        (
            [f_vocab.setdefault(w, len(f_vocab)) for w in src.split()],
            [e_vocab.setdefault(w, len(e_vocab)) for w in out.split()],
        )
        for src, out in lines
    ]
    t = lex.ibm1(pairs, len(f_vocab), len(e_vocab), 10)
    best = max((p, e) for (f, e), p in t.items() if f == f_vocab["ministre"])[1]
    assert best == e_vocab["minister"]
    best = max((p, e) for (f, e), p in t.items() if f == f_vocab["santé"])[1]
    assert best == e_vocab["health"]


def test_words_are_compared_without_proclitics_and_plurals():
    assert lex.source_key("والحكومة", "ar") == "حكومة"  # "and the government"
    assert lex.source_key("وزير", "ar") == "زير"  # taken off wherever 3 letters remain: the same on every line
    assert lex.source_key("Santé", "fr") == "sante"
    assert lex.english_words("Ministers of Health") == ["minister", "of", "health"]
    assert lex.english_key("press") == "press"


def test_no_part_evaluated_as_held_out_is_trained_on():
    for lang in lex.LANGS:
        trained = {(where, part) for _, where, part in lex.TRAIN[lang]}
        for _, where, part in lex.HELD_OUT[lang]:
            assert (where, part) not in trained
            assert (where, "open") not in trained and (where, "held-out") not in trained
            if part in ("heldout-open", "sealed"):
                assert {p for w, p in trained if w == where} <= {"tune"}
