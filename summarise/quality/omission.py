"""Omission: a clause or list item of the source missing from the output.

Two cues, both per language pair rather than one global ratio:

* a length model: the logarithm of the output's letters over the source's has its own mean
  and spread for each source language (English is shorter than French and Spanish, longer
  than Arabic); an output far below its language's expectation has lost part of the source.
* an alignment of the source's clauses (cut at commas, semicolons, brackets and the
  language's conjunctions) to the output, through what crosses languages unchanged: numbers,
  names in Latin letters, words with a cognate in the output (the same first letters once
  accents are folded: "información" / "information") and CLDR's English names of places and
  languages. A clause of the source with several such anchors and none of them in the
  output, in an output shorter than its language's expectation, has been dropped.

Arabic shares no cognates with English, so for an Arabic source only numbers, Latin names and
CLDR's places and languages (``الصين`` = China, ``والإيطالية`` = Italian) anchor a clause, and
the length model does most of the work; its names in Arabic script align by their consonants
(``transliteration``), but one the output lacks says nothing (most rare Arabic words are no name).

Structural cues (``structure``) catch what length alone cannot, each in an output shorter than
expected:

* a list of the source ("A, B et C", Arabic "أ، وب، وج" and "أ وب وج") has no list as long in
  the output, which has fewer commas than the source and its lists need in English: flagged
  when short enough for how often good outputs show it; sooner when the output's lists hold
  exactly one item fewer (the list kept, an item gone), and in any output shorter than
  expected when the missing list has an item with a name, number or CLDR place none of which
  the output has; or, French and Spanish, an item with none whose words English has cognates
  for, none of them in the output (``cognates``), in an output short by what the item weighs;
* a list of 4+ short parallel items of the source that the output writes one item short, its other
  coordinations kept one for one (``listcount.list_one_fewer``; two-item coordinations counted on
  both sides, so "A, B et C" written "A and C" is seen), flagged when short enough for how often
  good outputs show it (``ONE_FEWER_RATES``);
* the output joins fewer clauses by commas (a stretch of 4+ words on each side) than the
  source: a clause is gone.

Cues on the source's words aligned to the output's (``alignment``), each when what the source
asserts there has no counterpart anywhere in the output: an inner list item whose aligned
neighbours meet in the output, nothing but a joint between them (any length); a list whose
first and last items align in the output with fewer joints (commas, "and") between them there
than the source's list has, an inner item's names and numbers, or two of its cognate words,
nowhere in the output (Arabic, whose words share no spelling with English: the count, unless
the item's names are there); a stretch of the source the output passes over between two
aligned words (in an output short by half of what the stretch lacks; Arabic, by all of it, and
not before its first aligned word). An Arabic output short by its words too (``words_z``), as by its
letters (2.4 standard deviations), with fewer commas than its source, has lost a clause.

A language the check was not fitted on (``measured``) gets what CLDR and the fitted languages tell
of it: its kind of script's length model (none for a script never measured: no flag), CLDR's
list words, each list cue taken as common as in the language it was measured commonest in; the
clause-joint cue abstains, and only numbers, names and CLDR's places anchor a part.

See docs/checks.md for what these catch and what they leave undetected.
"""

from __future__ import annotations

import math
import re
from functools import cache
from statistics import NormalDist
from typing import NamedTuple

from summarise.quality.alignment import (
    anchor_found,
    gaps,
    item_passed_over,
    list_joints_lost,
    name_coverage,
    output_forms,
    source_anchors,
    stretch_lost,
)
from summarise.quality.cognates import coverage
from summarise.quality.flags import LETTERS_RE, Flag, flag, quote
from summarise.quality.listcount import list_one_fewer
from summarise.quality.nametables import LATIN_SCRIPT_LANGS
from summarise.quality.structure import (
    CLAUSE_WORDS,
    clause_joints,
    commas,
    enumerations,
    list_commas_unwritten,
    list_lacking,
    lists,
    resumed_subjects_joined,
    stretches,
)
from summarise.text.languages import profile

# log(output letters / source letters) on FLORES dev, tune half, the systems' outputs:
# (mean, standard deviation) per source language.
LENGTH_MODEL = {"fr": (-0.160, 0.121), "es": (-0.129, 0.110), "ar": (0.154, 0.162)}
# A language with no length model of its own is measured against what is known of the languages
# of its kind of script, when that kind was measured: an alphabet that writes its vowels as
# letters (CLDR's likely script of the language). Pooled over the nine such languages measured
# (fr, es; de, it, nl, pl, pt, ru, tr of benchmarks/data/languages/dev, tune part, the systems'
# outputs; ``python benchmarks/checks.py --omission-model``): the mean of their means, and a
# spread that adds how far their means lie apart (0.035) to their own spreads (0.120), since
# the language's own mean is unknown. A language of another script (an abjad such as Hebrew or
# Persian, Devanagari, Chinese) has no length expectation: the check abstains.
ALPHABETS = frozenset({"Latn", "Cyrl", "Grek", "Armn", "Geor"})
ALPHABET_LENGTH = (-0.118, 0.125)
# An output this many standard deviations below its language's mean is short enough by itself
# (about the shortest 0.3% of good outputs; a condensed but complete translation reaches -3.0).
MAX_SHORT_Z = -3.2
# A clause unaligned in an output this many standard deviations below the mean is dropped.
MAX_SHORT_Z_WITH_CLAUSE = -2.4
# A second measure of length, for Arabic: log((output words + 1) / (source words + 1)), words as
# runs of letters; (mean, standard deviation) on FLORES dev, tune half, the systems' outputs with no
# critical flag. It varies apart from the letters' measure in part (correlation 0.62): Arabic's
# clitics and the English words' lengths move one and not the other, while a clause gone shortens
# both. An Arabic clause has no anchor English shares (no cognate; names in Arabic script), so
# where both measures put the output MAX_SHORT_Z_WITH_CLAUSE short and it has fewer commas than
# the source, a clause is gone.
WORD_MODEL = {"ar": (0.104, 0.155)}
# The structural cues, per source language: the share of good outputs (FLORES dev, tune half,
# the systems' outputs; ``python benchmarks/checks.py --omission-model``) with (list) a list of
# the source that the output has no list as long for, with fewer commas than the source and
# its lists need in English; (one short) the same, the output's lists holding exactly one item
# fewer in all; (joint) fewer commas and clause joints (a comma with 4+ words on each side).
STRUCTURE_RATES: dict[str, tuple[float, float, float | None]] = {
    "fr": (0.0050, 0.0010, 0.0076),
    "es": (0.0136, 0.0020, 0.0111),
    "ar": (0.0102, 0.0012, 0.0185),
}
# A language with no rates of its own: how often good outputs show each cue depends on how the
# language punctuates (German, Polish and Russian set every subordinate clause apart with a
# comma, English does not: 19-25% of their good outputs have fewer clause joints than the
# source, against 0.5-2% for Italian, Dutch, Portuguese), so each list cue is taken as common as
# in the language it was measured commonest in, of the ten measured (the three above; de, it, nl,
# pl, pt, ru, tr of benchmarks/data/languages/dev, tune part: Russian's), and the clause-joint
# cue, which counts nothing but commas, abstains (None): it cannot tell a clause gone from a
# comma English does not write.
UNMEASURED_RATES: tuple[float, float, float | None] = (0.0903, 0.0183, None)
# The share of the same good outputs with a parallel list of the source the output writes one
# item short, its other coordinations kept (``listcount.list_one_fewer``), measured with source
# lists of 3+ items; for 4+ items (``listcount.LEAST``, the cue as it runs) it fired on none of them,
# so these are upper bounds and the cue flags no less short an output than they say. A language not
# measured abstains.
ONE_FEWER_RATES = {"fr": 0.0000, "es": 0.0005, "ar": 0.0033}
# Each cue flags an output only when it is also short enough that a good output with the cue
# and that shortfall is this rare (length and punctuation taken to vary apart): the rarer the
# cue in good outputs, the less short the output need be (never longer than expected).
STRUCTURE_ALARMS = 0.001
# A list one item short flags only in an output shorter than expected by at least this share
# of what its shortest inner item weighs in the source (a translation varies the rest); an
# inner item with neither name nor number whose words English has cognates for, none of them
# in the output (``cognates``), by at least this share of what that item weighs.
ITEM_SHARE = 1.0


def _below(rate: float | None) -> float:
    """The length under which a cue this common in good outputs flags (STRUCTURE_ALARMS)."""
    if rate is None:
        return -math.inf  # the cue abstains
    return min(0.0, NormalDist().inv_cdf(min(0.5, STRUCTURE_ALARMS / max(rate, STRUCTURE_ALARMS))))


@cache
def one_fewer_z(lang: str) -> float:
    """The length (standard deviations) under which ``listcount.list_one_fewer`` flags."""
    return _below(ONE_FEWER_RATES.get(lang))


@cache
def structure_z(lang: str) -> tuple[float, float, float]:
    """The length (standard deviations) under which each structural cue flags: a list lacking,
    a list one item short, a clause joint fewer."""
    list_rate, one_short_rate, joint_rate = STRUCTURE_RATES.get(lang, UNMEASURED_RATES)
    return _below(list_rate), _below(one_short_rate), _below(joint_rate)


# Ratio checks say nothing under this many source letters.
MIN_LETTERS = 40
# A source clause is checked when it has this many anchors (numbers, names, cognate words); in a
# language the check was not fitted on, this many numbers and names (``measured``).
MIN_ANCHORS = 4
MIN_NAME_ANCHORS = 2


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


# A phrase the source glosses with its acronym in brackets says one thing twice ("لنظام تحديد المواقع
# العالمي (GPS)", "l'Organisation mondiale de la santé (OMS)"): English may say it once, by the
# acronym ("GPS maps"). The phrase's last words, as many as the acronym has letters, are not counted.
GLOSS_RE = re.compile(r"((?:[^\W\d_]+\s+){1,6})\(([A-Z]{2,6})\)")


def _unglossed(text: str) -> str:
    """``text`` less the words its acronyms in brackets gloss (GLOSS_RE)."""
    return GLOSS_RE.sub(lambda m: " ".join(m.group(1).split()[: -len(m.group(2))] + [m.group(2)]), text)


def length_model(lang: str) -> tuple[float, float] | None:
    """(mean, standard deviation) of log(output letters / source letters) for a source in
    ``lang``: its own, else its kind of script's (ALPHABET_LENGTH), else None (unknown)."""
    if lang in LENGTH_MODEL:
        return LENGTH_MODEL[lang]
    return ALPHABET_LENGTH if profile(lang).script in ALPHABETS else None


def length_z(src: str, tgt: str, lang: str) -> float | None:
    """How far the output's length is from its language pair's expectation, in standard
    deviations (negative: shorter); None for short sources and for a language of a script
    whose lengths against English are unknown (``length_model``)."""
    n_src, n_tgt = _letters(_unglossed(src)), _letters(tgt)
    model = length_model(lang)
    if n_src < MIN_LETTERS or n_tgt == 0 or model is None:
        return None
    mean, sd = model
    return (math.log(n_tgt / n_src) - mean) / sd


def words_z(src: str, tgt: str, lang: str) -> float | None:
    """How far the output's count of words is from its language pair's expectation
    (``WORD_MODEL``), in standard deviations; None for a language with no word model."""
    model = WORD_MODEL.get(lang)
    if model is None:
        return None
    mean, sd = model
    ratio = (len(LETTERS_RE.findall(tgt)) + 1) / (len(LETTERS_RE.findall(src)) + 1)
    return (math.log(ratio) - mean) / sd


def clauses(text: str, lang: str) -> list[str]:
    """The source cut into clauses: at , ; : ( ) and before the language's conjunctions."""
    words = "|".join(re.escape(w) for w in profile(lang).clause_words)
    pieces = re.split(rf"[,;:()«»\"“”]|\s(?=(?:{words})\s)" if words else r"[,;:()«»\"“”]", text)
    return [p.strip() for p in pieces if p and p.strip()]


def measured(lang: str) -> bool:
    """Whether the check was fitted on ``lang`` (its length model, its cues' rates, how often its
    words have a cognate in good English). For another language, a word with no counterpart in
    the output says little (German "Genehmigungen" is "permits"): only what crosses languages
    unchanged, a number, a name or a place CLDR names, is evidence that a part is gone."""
    return lang in LENGTH_MODEL


def unaligned_clause(src: str, tgt: str, lang: str) -> str | None:
    """The first clause of the source with MIN_ANCHORS anchors, none of them in the output; in a
    language the check was not fitted on (``measured``), MIN_NAME_ANCHORS names and numbers."""
    forms, words = output_forms(tgt)
    names_only = not measured(lang)
    least = MIN_NAME_ANCHORS if names_only else MIN_ANCHORS
    for clause in clauses(src, lang):
        anchors = source_anchors(clause, lang, names_only=names_only)
        if len(anchors) >= least and not any(anchor_found(a, forms, words) for a in anchors):
            return clause
    return None


def check_omission(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """Part of the source missing from the output: the output is far shorter than its
    language pair's length model allows, or a clause of the source has no counterpart in an
    output shorter than expected."""
    z = length_z(src, tgt, lang)
    if z is None:
        return []
    if z < MAX_SHORT_Z:
        return [
            flag(
                "omission",
                f"output short for its source ({z:.1f} standard deviations under the "
                f"{profile(lang).name}-English length): {quote(tgt)}",
            )
        ]
    clause = unaligned_clause(src, tgt, lang) if z < MAX_SHORT_Z_WITH_CLAUSE else None
    if clause is not None:
        return [flag("omission", f"nothing in the output answers {quote(clause, 60)} ({z:.1f} {_UNDER})")]
    lost = _structure_lost(src, tgt, lang, z)
    if lost:
        return lost
    item = item_passed_over(src, tgt, lang, cognates=measured(lang))
    if item is not None:
        detail = f"the output joins the items on each side of {quote(item, 40)} of the source's list with nothing"
        return [flag("omission", f"{detail} between them, and nothing in it answers that item")]
    joined = list_joints_lost(src, tgt, lang, measured(lang), measured(lang) and lang not in LATIN_SCRIPT_LANGS)
    if joined is not None:
        detail = "the output goes from the first item of the source's list to its last with fewer joints"
        return [flag("omission", f"{detail}, and nothing in it answers {quote(joined, 40)}")]
    stretch = lost_stretch(src, tgt, lang, z)
    if stretch is not None:
        detail = f"nothing in the output stands for {quote(stretch, 60)} (between the words it keeps on each side"
        return [flag("omission", f"{detail}; no counterpart for its words, names or numbers; {z:.1f} {_UNDER})")]
    return _short_by_words(src, tgt, lang, z)


def _short_by_words(src: str, tgt: str, lang: str, z: float) -> list[Flag]:
    """A comma of the source fewer in an output that both measures of length (letters,
    ``length_z``; words, ``words_z``, Arabic) put MAX_SHORT_Z_WITH_CLAUSE short."""
    z_words = words_z(src, tgt, lang) if z < MAX_SHORT_Z_WITH_CLAUSE else None
    if z_words is None or z_words >= MAX_SHORT_Z_WITH_CLAUSE or commas(tgt) >= commas(src):
        return []
    short = f"{z:.1f} {_UNDER} in letters, {z_words:.1f} in words"
    return [flag("omission", f"the output has fewer commas than the source and is short ({short}): {quote(tgt)}")]


def _model(lang: str) -> tuple[float, float]:
    """The length model of a language ``length_z`` measured an output by."""
    model = length_model(lang)
    assert model is not None, "called only once length_z gave a figure"
    return model


# How far under its length model an output is, for a flag's detail.
_UNDER = "standard deviations under the expected length"


def _shortfall_z(src: str, part: str, lang: str) -> float:
    """How much shorter (standard deviations of the length model) an output is for lacking
    ``part`` of the source."""
    share = _letters(part) / max(_letters(src), _letters(part) + 1)
    return math.log(1 - share) / _model(lang)[1]


class Cues(NamedTuple):
    """What the output's punctuation lacks (None or False when absent): the size of a list of
    the source with no list as long in the output, when the output has fewer commas than the
    source has and its lists need in English; whether the output's lists then hold exactly
    one item fewer than the source's (the list kept, one item gone); (the source's clause
    joints, the output's) when the output has fewer, and fewer commas than the source."""

    items: int | None
    one_short: bool
    joints: tuple[int, int] | None


def structure_cues(src: str, tgt: str, lang: str) -> Cues:
    """The structural cues of an output (see ``Cues``)."""
    src = resumed_subjects_joined(src, lang)  # "Ce qui marche, c'est": one clause, no joint
    n_src, n_tgt = commas(src), commas(tgt)
    items, one_short = None, False
    if n_tgt < n_src + list_commas_unwritten(src, lang):
        src_sizes, tgt_sizes = enumerations(src, lang), enumerations(tgt, "en")
        items = list_lacking(src_sizes, tgt_sizes)
        one_short = items is not None and sum(src_sizes) - sum(tgt_sizes) == 1
    if n_tgt >= n_src:
        return Cues(items, one_short, None)
    j_src, j_tgt = clause_joints(src), clause_joints(tgt)
    if j_tgt >= j_src or not _clause_unanswered(src, tgt, lang):
        return Cues(items, one_short, None)
    return Cues(items, one_short, (j_src, j_tgt))


def item_unanswered(src: str, tgt: str, lang: str, z: float = 0.0) -> str | None:
    """An inner item (between two of its joints) of a list of the source that the output has
    no list as long for, whose anchors (numbers, names, CLDR places and languages) are all
    missing from the output; or, with no such anchor, whose cognate-bearing words are (in an
    output ``z`` short by ITEM_SHARE of what the item weighs)."""
    found = lists(src, lang)
    lacking = list_lacking([len(f.items) for f in found], enumerations(tgt, "en"))
    if lacking is None:
        return None
    forms, words = output_forms(tgt)
    for f in found:
        if len(f.items) < lacking:
            continue
        for item in f.items[1:-1]:  # the first and last items' extent is unknown
            anchors = source_anchors(item, lang, names_only=True)
            if anchors and not any(anchor_found(a, forms, words) for a in anchors):
                return item
            if not anchors and z < ITEM_SHARE * _shortfall_z(src, item, lang) and _item_uncovered(item, tgt, lang):
                return item
    return None


def _item_uncovered(item: str, tgt: str, lang: str) -> bool:
    """Whether an item has words English has cognates for (``cognates``), none with a
    counterpart in the output (a Latin-script source: Arabic shares no spelling with English)."""
    if lang not in LATIN_SCRIPT_LANGS or not measured(lang):
        return False
    words = coverage(item, tgt, lang)
    return bool(words) and not any(w.covered for w in words)


def _clause_unanswered(src: str, tgt: str, lang: str) -> bool:
    """Whether a clause of the source (a stretch of CLAUSE_WORDS+ words between separators)
    may be gone: it has no anchor in the output, or none at all. When every clause has one of
    its anchors in the output, a comma fewer is the translation's, not an omission."""
    forms, words = output_forms(tgt)
    for stretch in stretches(src):
        if len(stretch.split()) >= CLAUSE_WORDS and not any(
            anchor_found(a, forms, words) for a in source_anchors(stretch, lang)
        ):
            return True
    return False


def _item_z(src: str, lang: str, size: int) -> float:
    """How much shorter (standard deviations of the length model) an output is for lacking the
    shortest inner item of the source's lists of ``size`` items or more."""
    inner = [item for found in lists(src, lang) if len(found.items) >= size for item in found.items[1:-1]]
    return min((_shortfall_z(src, item, lang) for item in inner), key=abs, default=0.0)


def _structure_lost(src: str, tgt: str, lang: str, z: float) -> list[Flag]:
    """A list item or a clause of the source gone, by the punctuation's count, in an output
    short enough (``structure_z``) for the cue."""
    if z >= 0:
        return []  # never an output longer than expected
    item = item_unanswered(src, tgt, lang, z)
    if item is not None:
        return [
            flag(
                "omission",
                f"the source lists {quote(item, 40)} among more items than any list of the output, "
                f"and nothing in the output answers it ({z:.1f} standard deviations under the expected length)",
            )
        ]
    z_list, z_one_short, z_joint = structure_z(lang)
    if z >= max(z_list, z_one_short, z_joint, one_fewer_z(lang)):
        return []
    cues = structure_cues(src, tgt, lang)
    short = (
        f"{z:.1f} standard deviations under the expected length, {commas(tgt)} commas for the source's "
        f"{commas(resumed_subjects_joined(src, lang))}"
    )
    one_short = cues.one_short and z < min(z_one_short, ITEM_SHARE * _item_z(src, lang, cues.items or 0))
    if cues.items is not None and (z < z_list or one_short):
        return [flag("omission", f"the source lists {cues.items} items, the output fewer ({short}): {quote(tgt)}")]
    if z < one_fewer_z(lang):
        fewer = list_one_fewer(src, tgt, lang)
        if fewer is not None:
            n = len(fewer.items)
            return [
                flag(
                    "omission",
                    f"the source lists {n} parallel items, the output's list {n - 1} ({short}): {quote(tgt)}",
                )
            ]
    if cues.joints is not None and z < z_joint:
        j_src, j_tgt = cues.joints
        return [
            flag(
                "omission",
                f"the source's punctuation sets apart {j_src + 1} clauses of {CLAUSE_WORDS}+ words, "
                f"the output's {j_tgt + 1} ({short}): {quote(tgt)}",
            )
        ]
    return []


# The alignment cue (French and Spanish sources; ``alignment.gaps``): a stretch of the source
# between two aligned words (or the sentence's start or end) of GAP_LETTERS letters or more, of
# which the output has under GAP_KEPT of the English length expected between the same two words
# (GAP_SLACK letters given to both: a joint or an article), what it lacks there GAP_SHARE of the
# source's letters or more, and none of whose words, names or numbers the output has
# (``alignment.stretch_lost``); in an output shorter than expected by GAP_WEIGHT of what the
# stretch lacks. Chosen on the tune part's good system lines and generator B's tune sample.
GAP_LETTERS = 15
GAP_SHARE = 0.2
GAP_KEPT = 0.2
GAP_SLACK = 5
GAP_WEIGHT = 0.5
# A source in another script, whose stretch no cognate weighs (``alignment.name_coverage``): short
# by all of what the stretch lacks.
GAP_WEIGHT_BY_NAMES = 1.0


def lost_stretch(src: str, tgt: str, lang: str, z: float) -> str | None:
    """A stretch of the source the aligned output passes over (see GAP_SHARE), in an output
    ``z`` short enough. A source in another script (Arabic) weighs its words by their consonants
    (``name_coverage``); where its profile puts the verb first, the stretch before the first
    aligned word is not weighed (English moves that verb after its subject)."""
    mean, sd = _model(lang)
    weight = GAP_WEIGHT if lang in LATIN_SCRIPT_LANGS else GAP_WEIGHT_BY_NAMES
    if z >= weight * math.log(1 - GAP_SHARE) / sd:
        return None
    n_src, expected = _letters(src), math.exp(mean)
    words = None
    for gap in gaps(src, tgt, lang):
        share = (gap.letters - gap.kept / expected) / n_src  # of the source, what the output lacks here
        if gap.letters < GAP_LETTERS or share < GAP_SHARE or (gap.start == 0 and profile(lang).verb_first):
            continue
        if gap.kept + GAP_SLACK >= GAP_KEPT * (gap.letters * expected + GAP_SLACK):
            continue
        if z >= weight * math.log(1 - min(share, 0.9)) / sd:
            continue
        if words is None:
            words = coverage(src, tgt, lang) if lang in LATIN_SCRIPT_LANGS else name_coverage(src, tgt, lang)
        if stretch_lost(src, tgt, lang, gap.start, gap.end, words):
            return src[gap.start : gap.end].strip(" ,;")
    return None
