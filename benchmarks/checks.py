"""How far the checks can be trusted: false alarms on real MT, recall of planted errors,
on the tune half and the two held-out parts of each FLORES pair.

    python benchmarks/checks.py                                  # ../shared/flores-dev/fr-en
    python benchmarks/checks.py ../shared/flores-dev             # every pair folder in it
    python benchmarks/checks.py ../shared/flores-dev/ar-en --n 200 --seed 0 --out benchmarks/out/checks.md

A pair folder is FLORES-style: ``src.LANG`` (the source), ``ref.en`` (the human English) and
one ``*.en`` file per system, line i of each the same segment; ``benchmarks/flores.py`` reads
it and splits its lines into "tune", "heldout-open" and "sealed" (blocks of 50 lines; see its
docstring: the sealed part's lines are never printed, ``--show`` refuses it). Every line
goes through the project's own ``check()`` stage as a one-segment record whose ``lang`` is the
source language (HTML entities in the outputs are decoded first).

Table 1 (per pair), per check and per severity, the share of lines flagged for each system,
their mean, and the human reference, the three parts side by side: on good translations
every flag is a false alarm (or a reference that says more than the source).

Table 2 (per pair), recall: errors of one kind at a time are planted into lines of the
systems' outputs (``--n`` lines per kind and half, drawn with ``--seed`` among the lines the
checks pass without a critical flag and where the kind can be planted); a planted line is
caught when it raises a ``critical`` flag. A ``note`` does not bring a reviewer to the
sentence, so it does not count. The planting never asks the checks what a name or a number
is. This is generator A; ``benchmarks/corruptions.py`` is generator B, written apart from it.

``--show tune`` / ``--show heldout-open`` also prints each critical false alarm of that part
(source, output, flag and detail), to study; ``--alarms-only`` skips the planting. ``--whole``
reads each folder as one "held-out" part instead of the split, for a folder no check was tuned
on (``benchmarks/data/parallel``, ``benchmarks/data/fresh-mt``; ``--show`` is refused there).
``--open`` reads each folder as one "open" part whose lines may be studied (``--show open``):
``benchmarks/data/news/open`` and ``benchmarks/data/talks-open``, more data to find kinds on.
``--label-sample K`` prints K of the systems' flagged lines per part, drawn with ``--seed``, with
the reference beside them: on real MT a flag can be a true error, and labelling a random sample
by reading turns the flagged share into an estimated false-alarm share (an estimate of a part,
never a list to tune on; the labels of benchmarks/data/fresh-mt are in its ``labels.tsv``). The check
stage's speed (ms a line, over the systems' and the reference's lines) heads each pair.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.flores import OPEN, SEALED, SPLITS, Pair, pair_folders, parts, read_pair, split
from benchmarks.output import emit
from summarise.config import ChecksSection
from summarise.quality.checks import check
from summarise.quality.omission import length_z, structure_cues
from summarise.record import Record

MAX_NEW_TOKENS = 256
CFG = ChecksSection()
DEFAULT_FOLDER = HERE.parent.parent / "shared" / "flores-dev" / "fr-en"

# --- checking -----------------------------------------------------------------------------


def run_checks(pairs: list[tuple[str, str, dict]], lang: str) -> list[list[dict]]:
    """Flags of each (source, output, extra segment fields) through the check stage; ``lang``
    is the source language, set on each record."""
    records = []
    for i, (src, tgt, extra) in enumerate(pairs):
        seg = {"para": 1, "src": src, "tgt": tgt, "flags": [], **extra}
        records.append(Record(id=str(i), source="flores", lang=lang, translation={"segments": [seg]}))
    out = list(check(records, CFG, MAX_NEW_TOKENS))
    for rec in out:
        if rec.error:
            raise RuntimeError(f"line {rec.id}: {rec.error}")
    return [rec.translation["segments"][0]["flags"] for rec in out]


def severity(f: dict) -> str:
    return f.get("severity", "critical")  # a flag without one counted for review


def critical(flags: list[dict]) -> bool:
    return any(severity(f) == "critical" for f in flags)


# --- planting -----------------------------------------------------------------------------

WORD = re.compile(r"\S+")
DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[\w]")
EN_FUNCTION = frozenset(
    "the a an and or of in on at to for by with from as is are was were be it its this "
    "that these those he she they we you his her their our but not no".split()
)
NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# Every English negation word: a dropped "not" is detectable when it was the only one.
EN_NEGATION_WORDS = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n['’]t\b", re.IGNORECASE
)
FR_NEGATION = re.compile(
    r"\b(?:ne|n['’])\b.{0,40}?\b(?:pas|jamais|plus|rien|personne|aucune?|guère|point)\b", re.IGNORECASE
)
# Contacts to plant: one template per kind, filled at random.
FIRST = "anne jean marie luc chissey olga paul ines karim sofia".split()
LAST = "mueller dupont martin costa nguyen diallo roy garcia smith haddad".split()
ORGS = "iom.int unicef.org who.int ec.europa.eu ville-lyon.fr cnrs.fr oecd.org".split()


def _random_contact(rng: random.Random) -> str:
    kind = rng.choice(["email", "url", "phone"])
    if kind == "email":
        return f"{rng.choice(FIRST)[0]}{rng.choice(LAST)}@{rng.choice(ORGS)}"
    if kind == "url":
        return (
            rng.choice(["https://", "www.", "http://www."])
            + rng.choice(ORGS)
            + rng.choice(["/news?id=" + str(rng.randint(10, 9999)) + "&x=4", "/fr/presse", "/" + rng.choice(LAST)])
        )
    return rng.choice(["+33 1 ", "+1 202 ", "+41 22 ", "01 "]) + " ".join(f"{rng.randint(10, 99)}" for _ in range(4))


def _alter_contact(contact: str, rng: random.Random) -> str:
    if "@" in contact:
        local, domain = contact.split("@")
        return rng.choice([f"x{local}@{domain}", f"{local}@{domain}.org", f"{local[:-1]}@{domain}"])
    if contact[0] in "+0":
        digits = [i for i, c in enumerate(contact) if c.isdigit()]
        i = rng.choice(digits[2:])
        return contact[:i] + str((int(contact[i]) + rng.randint(1, 8)) % 10) + contact[i + 1 :]
    return rng.choice([contact + "s", contact[:-1], contact.replace(".", "-", 1)])


def plant_contact(src: str, tgt: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(source with a contact, output with it, output with it altered)."""
    contact = _random_contact(rng)
    label = rng.choice([("Contact : ", "Contact: "), ("Plus d'informations : ", "More information: ")])
    return (
        f"{src} {label[0]}{contact}",
        f"{tgt} {label[1]}{contact}",
        f"{tgt} {label[1]}{_alter_contact(contact, rng)}",
    )


def plant_number(tgt: str, src: str, rng: random.Random, drop: bool) -> str | None:
    src_digits = set(re.findall(r"\d+", src))
    found = [
        m
        for m in DIGITS.finditer(tgt)
        if set(re.findall(r"\d+", m.group())) <= src_digits and tgt.count(m.group()) == 1
    ]
    if not found:
        return None
    m = rng.choice(found)
    if drop:
        return re.sub(r"\s+", " ", tgt[: m.start()] + tgt[m.end() :]).strip()
    number = m.group()
    positions = [i for i, c in enumerate(number) if c.isdigit()]
    i = rng.choice(positions)
    new = number[:i] + str((int(number[i]) + rng.randint(1, 9)) % 10) + number[i + 1 :]
    return tgt[: m.start()] + new + tgt[m.end() :]


def _in_source_capitalised(word: str, src: str) -> bool:
    core = re.sub(r"['’]s$", "", word)
    return (
        len(core) >= 3
        and core.lower() not in EN_FUNCTION
        and re.search(rf"(?<![\w]){re.escape(core)}(?![\w])", src) is not None
    )


def _occurrences(word: str, text: str) -> int:
    core = re.escape(re.sub(r"['’]s$", "", word))
    return len(re.findall(rf"\b{core}", text))


def plant_name(tgt: str, src: str, rng: random.Random) -> str | None:
    """Drop a name the output copied from the source (with the names next to it)."""
    words = list(CAPITALISED.finditer(tgt))
    spans = []
    i = 0
    while i < len(words):
        if not _in_source_capitalised(words[i].group(), src):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and tgt[words[j].end() : words[j + 1].start()] == " "
            and _in_source_capitalised(words[j + 1].group(), src)
        ):
            j += 1
        spans.append((words[i].start(), words[j].end()))
        i = j + 1
    # the name must be gone once dropped: none of its words left elsewhere ("Pakistani")
    spans = [s for s in spans if all(_occurrences(w, tgt) == 1 for w in tgt[s[0] : s[1]].split())]
    if not spans:
        return None
    start, end = rng.choice(spans)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s+", " ", tgt[:start] + tgt[end:])).strip()


# The other negation words of English and what the sentence says once each is dropped:
# "no reason" -> "reason", "nothing" -> "something", "without" -> "with".
NEGATION_UNDONE = {
    "no": "",
    "nothing": "something",
    "nobody": "somebody",
    "none": "all",
    "without": "with",
    "cannot": "can",
    "neither": "either",
    "nor": "or",
}


# Names to swap in: people, places and organisations of several languages, none a common word.
SWAP_NAMES = (
    "Nairobi Lisbon Gdansk Osaka Valparaíso Tbilisi Winnipeg Mombasa Toyota Siemens Unesco Interpol "
    "Okonkwo Lindqvist Haddad Moreau Kowalski Nakamura Ferreira Abernathy Castellanos Mbeki"
).split()


def plant_name_swapped(tgt: str, src: str, rng: random.Random) -> str | None:
    """A name the output copied from the source replaced by a name of elsewhere."""
    dropped = plant_name(tgt, src, random.Random(rng.random()))
    if dropped is None:
        return None
    words = [m for m in CAPITALISED.finditer(tgt) if _in_source_capitalised(m.group(), src)]
    m = rng.choice(words)
    new = rng.choice([n for n in SWAP_NAMES if n not in src and n not in tgt])
    return tgt[: m.start()] + new + tgt[m.end() :]


def plant_negation(tgt: str, src: str, rng: random.Random, lang: str = "fr") -> str | None:
    """The output's only negation dropped, where the source negates: "not" / "n't" / "never"
    removed, or another negation word undone (NEGATION_UNDONE)."""
    words = EN_NEGATION_WORDS.findall(tgt)
    if len(words) != 1 or not SOURCE_NEGATION.get(lang, FR_NEGATION).search(src):
        return None
    if NEGATION.search(tgt):
        out = re.sub(r"\bcan['’]t\b", "can", tgt, flags=re.I)
        out = re.sub(r"\bwon['’]t\b", "will", out, flags=re.I)
        out = re.sub(r"\s*\b(?:not|never)\b|n['’]t\b", "", out, count=1, flags=re.I)
        return out if out != tgt else None
    word = words[0].lower()
    if word not in NEGATION_UNDONE:
        return None
    new = NEGATION_UNDONE[word]
    out = re.sub(rf"\b{word}\b\s*" if not new else rf"\b{word}\b", new, tgt, count=1, flags=re.I)
    return out if out != tgt else None


def plant_loop(tgt: str, rng: random.Random) -> str | None:
    words = tgt.split()
    if len(words) < 6:
        return None
    n = rng.randint(1, 4)
    k = rng.randint(max(n, len(words) // 3), len(words))
    return " ".join(words[:k] + words[k - n : k] * rng.randint(3, 8))


def plant_cut(tgt: str, keep: float) -> str | None:
    words = tgt.split()
    if len(words) < 8:
        return None
    return " ".join(words[: round(len(words) * keep)])


# --- planters for dates, scale, units, number words, negation added, omissions -------------

EN_MONTH_NAMES = ("January February March April May June July August September October November December").split()
EN_DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTH_WORD = re.compile(r"\b(" + "|".join(EN_MONTH_NAMES) + r")\b")
DAY_WORD = re.compile(r"\b(" + "|".join(EN_DAY_NAMES) + r")\b")
DAY_OF_MONTH = re.compile(
    r"\b(?:("
    + "|".join(EN_MONTH_NAMES)
    + r")\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + "|".join(EN_MONTH_NAMES)
    + r"))\b"
)
SCALE_SWAP = {
    "thousand": "million",
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
    "thousands": "millions",
    "millions": "thousands",
    "billions": "millions",
    "hundreds": "thousands",
}
SCALE_WORD = re.compile(r"\b(" + "|".join(SCALE_SWAP) + r")\b")
UNIT_SWAP = {
    "km": "miles",
    "kilometres": "miles",
    "kilometers": "miles",
    "miles": "kilometres",
    "metres": "feet",
    "meters": "feet",
    "feet": "metres",
    "kg": "pounds",
    "kilograms": "pounds",
    "tonnes": "pounds",
    "°C": "°F",
    "°F": "°C",
    "Celsius": "Fahrenheit",
    "Fahrenheit": "Celsius",
    "dollars": "euros",
    "euros": "dollars",
    "pounds": "dollars",
    "hectares": "acres",
    "acres": "hectares",
}
UNIT_AFTER_NUMBER = re.compile(r"(?<=\d)(\s?)(" + "|".join(re.escape(u) for u in UNIT_SWAP) + r")\b")
CURRENCY_BEFORE = re.compile(r"([$€£])(?=\s?\d)")
NUMBER_WORD_SWAP = dict(
    zip(
        "two three four five six seven eight nine ten twelve twenty thirty fifty hundred".split(),
        "three five six four eight nine seven ten twelve fifteen thirty forty seventy thousand".split(),
    )
)
NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORD_SWAP) + r")\b", re.IGNORECASE)
AUXILIARY = re.compile(
    r"\b(is|are|was|were|will|can|could|would|should|has|have|had|must)\b(?!\s+(?:not|n['’]t|never|no)\b)"
)
# Source negations of each language, written for this generator (not the checks' lists).
SOURCE_NEGATION = {
    "fr": re.compile(FR_NEGATION.pattern + r"|\b(?:sans|jamais|aucune?|rien|personne|ni)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:no|nunca|jamás|ningun[oa]?|nada|nadie|sin|tampoco)\b", re.IGNORECASE),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:لا|لم|لن|ليس|ليست|بدون|بلا)(?=\s)"),
}
CLAUSE_OPENER = re.compile(r",\s+(?:which|who|where|while|and|but|as|because|although|when)\b[^,.;]*", re.IGNORECASE)
BETWEEN_COMMAS = re.compile(r",\s[^,.;:()]+(?=,)")
LIST_ITEMS = re.compile(r"(\b\w[\w -]*?),\s(\w[\w -]*?),?\s(and|or)\s(\w+)")


def _swap(
    tgt: str, pattern: re.Pattern[str], choose: Callable[[str], str], rng: random.Random, group: int = 1
) -> str | None:
    found = list(pattern.finditer(tgt))
    if not found:
        return None
    m = rng.choice(found)
    return tgt[: m.start(group)] + choose(m.group(group)) + tgt[m.end(group) :]


def plant_month(tgt: str, rng: random.Random) -> str | None:
    return _swap(tgt, MONTH_WORD, lambda w: rng.choice([x for x in EN_MONTH_NAMES if x != w]), rng)


def plant_day(tgt: str, rng: random.Random) -> str | None:
    """The day next to a month changed, or a weekday changed."""
    days = list(DAY_OF_MONTH.finditer(tgt))
    if days and rng.random() < 0.7:
        m = rng.choice(days)
        group = 2 if m.group(2) else 3
        old = int(m.group(group))
        new = str(rng.choice([d for d in range(1, 29) if d != old and str(d) not in tgt]))
        return tgt[: m.start(group)] + new + tgt[m.end(group) :]
    return _swap(tgt, DAY_WORD, lambda w: rng.choice([x for x in EN_DAY_NAMES if x != w]), rng)


def plant_scale(tgt: str, rng: random.Random) -> str | None:
    return _swap(tgt, SCALE_WORD, lambda w: SCALE_SWAP[w.lower()], rng)


def plant_unit(tgt: str, rng: random.Random) -> str | None:
    if CURRENCY_BEFORE.search(tgt) and (rng.random() < 0.5 or not UNIT_AFTER_NUMBER.search(tgt)):
        return _swap(tgt, CURRENCY_BEFORE, lambda s: rng.choice([c for c in "$€£" if c != s]), rng)
    return _swap(tgt, UNIT_AFTER_NUMBER, lambda u: UNIT_SWAP[u], rng, group=2)


def plant_number_word(tgt: str, rng: random.Random) -> str | None:
    def other(word: str) -> str:
        new = NUMBER_WORD_SWAP[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return _swap(tgt, NUMBER_WORD, other, rng)


def plant_negation_added(tgt: str, src: str, lang: str) -> str | None:
    """ "not" after the first auxiliary of an output whose source and output have no negation."""
    if EN_NEGATION_WORDS.search(tgt) or SOURCE_NEGATION.get(lang, FR_NEGATION).search(src):
        return None
    m = AUXILIARY.search(tgt)
    if not m:
        return None
    word = "cannot" if m.group(1) == "can" else m.group(1) + " not"
    return tgt[: m.start(1)] + word + tgt[m.end(1) :]


def plant_clause_dropped(tgt: str, rng: random.Random) -> str | None:
    """A clause of 4+ words (at most half the line) dropped: between two commas, or from
    ", which / and / but..." to the next comma or full stop."""
    total = len(tgt.split())
    spans = [
        m
        for m in [*BETWEEN_COMMAS.finditer(tgt), *CLAUSE_OPENER.finditer(tgt)]
        if 4 <= len(m.group().split()) - 1 <= total / 2
    ]
    if not spans:
        return None
    m = rng.choice(spans)
    return (tgt[: m.start()] + tgt[m.end() :]).replace(" ,", ",").replace(",,", ",")


def plant_list_item(tgt: str, rng: random.Random) -> str | None:
    """The middle item of "A, B and C" dropped."""
    found = [m for m in LIST_ITEMS.finditer(tgt) if len(m.group(2).split()) <= 4]
    if not found:
        return None
    m = rng.choice(found)
    return tgt[: m.end(1)] + " " + m.group(3) + " " + tgt[m.start(4) :]


Planter = Callable[[str, str, random.Random], "tuple[str, str, dict] | None"]

# kind -> planter(src, tgt, rng) -> (src, planted output, extra segment fields) or None
PLANTERS: dict[str, Planter] = {
    "number changed": lambda s, t, r: _wrap(s, plant_number(t, s, r, drop=False)),
    "number dropped": lambda s, t, r: _wrap(s, plant_number(t, s, r, drop=True)),
    "name dropped": lambda s, t, r: _wrap(s, plant_name(t, s, r)),
    "name swapped": lambda s, t, r: _wrap(s, plant_name_swapped(t, s, r)),
    "left untranslated (source copied)": lambda s, t, r: (s, s, {}),
    "loop": lambda s, t, r: _wrap(s, plant_loop(t, r)),
    "cut by a quarter": lambda s, t, r: _wrap(s, plant_cut(t, 0.75)),
    "cut by half": lambda s, t, r: _wrap(s, plant_cut(t, 0.5)),
    "negation dropped": lambda s, t, r: _wrap(s, plant_negation(t, s, r, _LANG[0])),
    "negation added": lambda s, t, r: _wrap(s, plant_negation_added(t, s, _LANG[0])),
    "month changed": lambda s, t, r: _wrap(s, plant_month(t, r)),
    "day or weekday changed": lambda s, t, r: _wrap(s, plant_day(t, r)),
    "scale changed": lambda s, t, r: _wrap(s, plant_scale(t, r)),
    "unit or currency changed": lambda s, t, r: _wrap(s, plant_unit(t, r)),
    "number word changed": lambda s, t, r: _wrap(s, plant_number_word(t, r)),
    "clause dropped": lambda s, t, r: _wrap(s, plant_clause_dropped(t, r)),
    "list item dropped": lambda s, t, r: _wrap(s, plant_list_item(t, r)),
    "empty": lambda s, t, r: (s, "", {}),
    "truncated (hit the limit)": lambda s, t, r: (s, t, {"out_tokens": MAX_NEW_TOKENS, "hit_limit": True}),
}


# The source language of the pair being planted (set by ``recall``; planters that need it read it).
_LANG = ["fr"]


def _wrap(src: str, planted: str | None) -> tuple[str, str, dict] | None:
    return None if planted is None else (src, planted, {})


def recall(
    pair: Pair, lines: list[int], clean: dict[str, list[list[dict]]], n: int, seed: int
) -> list[tuple[str, int, int, int, int]]:
    """(kind, planted, caught in the first ``n`` of a seeded shuffle, planted, caught over
    every eligible line) per kind, over the line indices ``lines`` (one half). Each line's
    planting has its own seeded generator, so a line gets the same error in both counts
    whichever half it is in."""
    src, systems = pair.src, pair.systems
    _LANG[0] = pair.lang
    candidates = [(name, i) for name in systems for i in lines if not critical(clean[name][i])]
    rows = []
    for kind, planter in [*PLANTERS.items(), ("contact altered", None)]:
        order = candidates[:]
        random.Random(f"{seed}:{kind}").shuffle(order)
        planted: list[tuple[str, str, dict]] = []
        for name, i in order:
            rng = random.Random(f"{seed}:{kind}:{name}:{i}")
            if planter is None:
                s, good, bad = plant_contact(src[i], systems[name][i], rng)
                if critical(run_checks([(s, good, {})], pair.lang)[0]):
                    continue  # the output with the contact intact must pass first
                planted.append((s, bad, {}))
                continue
            made = planter(src[i], systems[name][i], rng)
            if made is not None and (made[1] != systems[name][i] or made[2]):
                planted.append(made)
        caught = [critical(f) for f in run_checks(planted, pair.lang)]
        rows.append((kind, len(caught[:n]), sum(caught[:n]), len(caught), sum(caught)))
    return rows


# --- tables -------------------------------------------------------------------------------


def shares(flags: list[list[dict]]) -> Counter:
    """Lines flagged per (code, severity), and per severity over all codes."""
    counts: Counter = Counter()
    for line in flags:
        kinds = {(f["code"], severity(f)) for f in line}
        counts.update(kinds)
        counts.update({("any", s) for _, s in kinds})
    return counts


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "—"


def flag_table(
    pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]], ref_flags: list[list[dict]] | None
) -> list[str]:
    """Table 1: share of lines flagged per (check, severity), each system, their mean and
    the reference (when the folder has one), one column per half."""
    columns = [*pair.systems, "systems mean", *(["reference"] if ref_flags is not None else [])]
    counts = {
        (name, half): shares([clean[name][i] for i in lines]) for name in pair.systems for half, lines in halves.items()
    }
    if ref_flags is not None:
        counts |= {("reference", half): shares([ref_flags[i] for i in lines]) for half, lines in halves.items()}
    keys = sorted(set().union(*counts.values()), key=lambda k: (k[0] != "any", k[1] != "critical", k[0]))
    head = ["check", "severity", *(f"{c} {half}" for c in columns for half in halves)]
    sizes = ", ".join(f"{half} {len(lines)}" for half, lines in halves.items())
    out = [
        f"Lines flagged ({sizes} lines), max_new_tokens {MAX_NEW_TOKENS}:",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * 2 + "---:|" * (len(head) - 2),
    ]
    for key in keys:
        cells = []
        for column in columns:
            for half, lines in halves.items():
                if column == "systems mean":
                    mean = sum(counts[(name, half)][key] for name in pair.systems) / len(pair.systems)
                    cells.append(f"{100 * mean / len(lines):.1f}%")
                else:
                    cells.append(pct(counts[(column, half)][key], len(lines)))
        label = "any check" if key[0] == "any" else f"`{key[0]}`"
        out.append(f"| {label} | {key[1]} | " + " | ".join(cells) + " |")
    return out


def alarm_table(
    pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]], ref_flags: list[list[dict]] | None
) -> list[str]:
    """The false alarms at a glance: per system and the reference (when the folder has one),
    the share of lines with a critical flag, one column per part; then the lines per check,
    systems together."""
    rows = {**clean, **({"reference": ref_flags} if ref_flags is not None else {})}
    groups = (("systems", list(clean)), *((("reference", ["reference"]),) if ref_flags is not None else ()))
    head = ["system", *halves]
    out = [
        "False alarms (share of lines with a critical flag):",
        "",
        "| " + " | ".join(head) + " |",
        "|---|" + "---:|" * len(halves),
    ]
    for name, flags in rows.items():
        cells = [pct(sum(critical(flags[i]) for i in lines), len(lines)) for lines in halves.values()]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    per_code = {
        (group, half): Counter(
            code
            for name in names
            for i in lines
            for code in {f["code"] for f in rows[name][i] if severity(f) == "critical"}
        )
        for half, lines in halves.items()
        for group, names in groups
    }
    codes = sorted(set().union(*per_code.values()))
    head = ["check", *(f"{group} {half}" for half in halves for group, _ in groups)]
    out += [
        "",
        "Lines with a critical flag, per check (systems together, and the reference):",
        "",
        "| " + " | ".join(head) + " |",
        "|---|" + "---:|" * (len(head) - 1),
    ]
    for code in codes:
        cells = [str(per_code[(group, half)][code]) for half in halves for group, _ in groups]
        out.append(f"| `{code}` | " + " | ".join(cells) + " |")
    return out


def recall_table(
    pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]], n: int, seed: int
) -> list[str]:
    """Table 2: recall of each planted kind, the sample and every eligible line, per half."""
    per_half = {half: recall(pair, lines, clean, n, seed) for half, lines in halves.items()}
    head = ["planted error"]
    for half in halves:
        head += [f"{half} sample", "caught", "recall", f"{half} all", "caught", "recall"]
    out = [
        (
            f"Recall of planted errors, one kind at a time, in the systems' lines that have no "
            f"critical flag; caught = a critical flag. Sample: the first {n} lines of a shuffle "
            f"(seed {seed}) of each half; all: every line of the half where the kind can be planted:"
        ),
        "",
        "| " + " | ".join(head) + " |",
        "|---|" + "---:|" * (len(head) - 1),
    ]
    kinds = [row[0] for row in next(iter(per_half.values()))]
    for k, kind in enumerate(kinds):
        cells = []
        for rows in per_half.values():
            _, planted, caught, every, caught_all = rows[k]
            cells += [
                str(planted),
                str(caught),
                pct(caught, planted),
                str(every),
                str(caught_all),
                pct(caught_all, every),
            ]
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    return out


def shown_alarms(
    pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]], show: list[str]
) -> list[str]:
    """Every line of the parts ``show`` with a critical flag, systems and reference: source,
    output, and each critical flag with its detail. Never the sealed part's lines."""
    out = []
    for half in show:
        if half == SEALED:
            raise ValueError("the sealed part's lines are never shown")
        for i in halves[half]:
            for name, flags in clean.items():
                bad = [f for f in flags[i] if severity(f) == "critical"]
                if not bad:
                    continue
                tgt = pair.ref[i] if name == "reference" and pair.ref is not None else pair.systems[name][i]
                out += [f"### {half} line {i} {name}", f"src: {pair.src[i]}", f"out: {tgt}"]
                out += [f"flag: {f['code']}: {f.get('detail', '')}" for f in bad]
                out.append("")
    return out


def label_sample(
    pair: Pair, halves: dict[str, list[int]], clean: dict[str, list[list[dict]]], k: int, seed: int
) -> list[str]:
    """``k`` of the systems' lines with a critical flag in each part, drawn with ``seed``
    (never the sealed part): source, reference, output and each critical flag, numbered, to be
    labelled true error or false alarm by reading. Real MT output has real errors: the
    labelled share turns a rate of flagged lines into an estimated false-alarm rate."""
    out = []
    for half, lines in halves.items():
        if half == SEALED:
            continue
        flagged = [(name, i) for name in clean for i in lines if critical(clean[name][i])]
        drawn = sorted(random.Random(seed).sample(flagged, min(k, len(flagged))), key=lambda x: (x[1], x[0]))
        out += [f"Sample to label, {half}: {len(drawn)} of {len(flagged)} flagged system lines (seed {seed}):", ""]
        for j, (name, i) in enumerate(drawn, 1):
            codes = [f for f in clean[name][i] if severity(f) == "critical"]
            out += [
                f"### {j}. {half} line {i} {name}",
                f"src: {pair.src[i]}",
                *([f"ref: {pair.ref[i]}"] if pair.ref is not None else []),
                f"out: {pair.systems[name][i]}",
            ]
            out += [f"flag: {f['code']}: {f.get('detail', '')}" for f in codes]
            out.append("")
    return out


def pair_report(
    folder: Path,
    n: int,
    seed: int,
    show: list[str] | None = None,
    alarms_only: bool = False,
    sealed: bool = False,
    whole: bool = False,
    label: int = 0,
    open_: bool = False,
) -> str:
    """Both tables for one pair folder (the first alone with ``alarms_only``), and the false
    alarms of the parts ``show``; the sealed part's column only when ``sealed``; the folder
    as one held-out part with ``whole``, as one open part with ``open_``; a sample of
    ``label`` flagged lines to label."""
    pair = read_pair(folder)
    halves = {half: lines for half, lines in parts(len(pair.src), whole, open_).items() if sealed or half != SEALED}
    started, lines = time.process_time(), 0
    clean = {}
    for name, out in pair.systems.items():
        clean[name] = run_checks([(s, t, {}) for s, t in zip(pair.src, out)], pair.lang)
        lines += len(out)
    ref_flags = None
    if pair.ref is not None:
        ref_flags = run_checks([(s, t, {}) for s, t in zip(pair.src, pair.ref)], pair.lang)
        lines += len(pair.ref)
    ms = 1000 * (time.process_time() - started) / lines
    out = [
        f"## {folder.name} (source language: {pair.lang}, {len(pair.src)} lines)",
        "",
        f"Check stage: {ms:.2f} ms a line, CPU time ({lines} lines, systems and reference).",
        "",
        *alarm_table(pair, halves, clean, ref_flags),
        "",
        *flag_table(pair, halves, clean, ref_flags),
    ]
    if not alarms_only:
        out += ["", *recall_table(pair, halves, clean, n, seed)]
    if show:
        out += ["", *shown_alarms(pair, halves, {**clean, **({"reference": ref_flags} if ref_flags else {})}, show)]
    if label:
        out += ["", *label_sample(pair, halves, clean, label, seed)]
    return "\n".join(out) + "\n"


def omission_model(folder: Path) -> str:
    """The statistics ``summarise.quality.omission`` reads for one pair, measured on the tune
    half's system outputs: log(output letters / source letters), mean and standard deviation;
    and the share of outputs with each structural cue (``structure_cues``: a list of the source
    lacking, the same one item short, a clause joint fewer)."""
    pair = read_pair(folder)
    tune = split(len(pair.src))["tune"]
    logs, lists, one_short, joints = [], 0, 0, 0
    for out in pair.systems.values():
        for i in tune:
            if length_z(pair.src[i], out[i], pair.lang) is None:
                continue
            n_src = sum(c.isalnum() for c in pair.src[i])
            logs.append(math.log(sum(c.isalnum() for c in out[i]) / n_src))
            cues = structure_cues(pair.src[i], out[i], pair.lang)
            lists += cues.items is not None
            one_short += cues.one_short
            joints += cues.joints is not None
    mean = sum(logs) / len(logs)
    sd = math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))
    n = len(logs)
    rates = f"{lists / n:.4f}, {one_short / n:.4f}, {joints / n:.4f}"
    return f"{pair.lang}: length ({mean:.3f}, {sd:.3f}); structure ({rates}); {n} lines"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder",
        type=Path,
        nargs="?",
        default=DEFAULT_FOLDER,
        help="a FLORES-style pair folder (src.LANG, ref.en, SYSTEM.en), or a folder "
        f"of them (default {DEFAULT_FOLDER})",
    )
    parser.add_argument("--n", type=int, default=200, help="planted lines per kind and half (200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument(
        "--show",
        action="append",
        choices=[*(half for half in SPLITS if half != SEALED), OPEN],
        help=f"also print every critical false alarm of this part (repeatable; never the sealed part; "
        f"{OPEN} with --open)",
    )
    parser.add_argument("--alarms-only", action="store_true", help="the false alarms alone, no planting")
    parser.add_argument(
        "--sealed",
        action="store_true",
        help="also report the sealed part (totals only; for the report, never while tuning)",
    )
    parser.add_argument(
        "--omission-model",
        action="store_true",
        help="print only the omission check's statistics per pair (tune half, systems' outputs)",
    )
    parser.add_argument(
        "--whole",
        action="store_true",
        help="read each folder whole, as one held-out part (a folder no check was tuned on)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        help=f"read each folder whole, as one part '{OPEN}' whose lines may be studied "
        "(benchmarks/data/news/open, benchmarks/data/talks-open, benchmarks/data/parallel-open)",
    )
    parser.add_argument(
        "--label-sample",
        type=int,
        default=0,
        metavar="K",
        help="also print K of the systems' flagged lines of each part, drawn with --seed, to label "
        "true error or false alarm (an estimate, not a study: never the sealed part)",
    )
    args = parser.parse_args(argv)
    if args.whole and args.show:
        parser.error("--show prints the lines of a split part; a folder read --whole is held-out data")
    if args.whole and args.open:
        parser.error("a folder is read --whole (held-out data) or --open (data to study), not both")
    if args.show and args.open != all(half == OPEN for half in args.show):
        parser.error(f"--show {OPEN} goes with --open, and --open shows no other part")
    try:
        folders = pair_folders(args.folder)
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    if args.omission_model:
        print("\n".join(omission_model(folder) for folder in folders))
        return 0
    text = "\n".join(
        pair_report(
            folder,
            args.n,
            args.seed,
            args.show,
            args.alarms_only,
            args.sealed,
            args.whole,
            args.label_sample,
            args.open,
        )
        for folder in folders
    )
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
