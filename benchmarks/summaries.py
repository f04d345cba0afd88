"""How far the summary checks can be trusted: false alarms on real good summaries, recall of
planted errors, a tune part beside a held-out part.

    python benchmarks/summaries.py                                   # ../shared/flores-dev
    python benchmarks/summaries.py ../shared/flores-dev --n 300 --seed 0 --out benchmarks/out/summaries.md
    python benchmarks/summaries.py --show tune                       # each false alarm of tune
    python benchmarks/summaries.py --classes number,scale            # the recall of two classes only
    python benchmarks/summaries.py --show-missed name_swapped_same   # its missed plants of tune

Two sources of real good summaries, both offline:

* **Releases** (``tests/fixtures/realworld``, read with ``tests/realworld.py``): each gold's
  body is a real release in French, Spanish or Arabic. Three summaries of each, in its
  language: the tool's own **extractive** summary of the body (``select_sentences`` with the
  default settings), the release's **lead** (the first sentences of its first paragraph, up to
  60 words) and its **headline**, a human-written abstractive summary, checked against the body
  without it. These have no English half: they measure ``summary_unsupported`` on the source
  half. Split by release: the golds' ``dev``, ``heldout-tune`` and ``html-tune`` are **tune**;
  the confirmation splits (``CONFIRM_SPLITS``: ``heldout``, ``html-heldout``, ``confirm``) are
  **held-out** (only totals printed, as for cleaning).
* **FLORES** (``benchmarks/flores.py``: same split as the translation checks; tune and
  heldout-open only, the sealed part is never read here): a "release" is 4 neighbouring lines
  of one block; its summary is the 1-2 lines the extractive ranking picks from the source, and
  the English half is each system's English of those lines (the release's English is the
  system's English of all 4). These measure both halves, and their agreement, on real MT.

Every summary goes through the project's own ``check()`` stage on a record with the release
(``title``, ``text``, ``translation``) and the summary as the summarise stage writes it; a
false alarm is a good summary with a critical summary flag.

Recall: errors of one class at a time planted into the good summaries that pass without a
critical flag; caught = a critical summary flag. Two generators:

* **A** (the checks' author's planting): ``benchmarks/checks.py``'s planters on the English
  half; on the source half, its digit and name planters and the profile's CLDR month names.
* **B** (written apart from the checks' code): ``benchmarks/corruptions.py`` on the English half;
  on the source half, the planters of this module's "generator B" section, which read no check
  module: CLDR names through babel, their own number, year and name patterns, real contacts and
  sentences of other releases.

Classes on the source half (releases): number, date_day, date_month, date_year, scale,
name_swapped_same (for another name of the same release: a misattribution the release itself
supports, which a support check cannot see), name_swapped_other (a name of another release),
contact (a contact the release does not give), foreign_fact (a sentence of another release that
holds a number or a name this one does not). Classes on the English half (FLORES): number,
date_day, date_month, date_year, scale, unit, name_dropped, name_swapped, name_swapped_same (for
another name of the release's English: its other lines), negation_dropped, negation_added.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from babel import Locale  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

from benchmarks import checks as gen_a  # noqa: E402
from benchmarks import generator_b as gen_b  # noqa: E402
from benchmarks.flores import SEALED, pair_folders, read_pair, split  # noqa: E402
from benchmarks.generator_b.names import names_by_line  # noqa: E402
from benchmarks.output import emit
from summarise.config import ChecksSection, SummariseSection  # noqa: E402
from summarise.models.extractive import select_sentences  # noqa: E402
from summarise.quality.checks import check  # noqa: E402
from summarise.quality.flags import SUMMARY_CHECK_CODES  # noqa: E402
from summarise.record import Record  # noqa: E402
from summarise.text.segment import split_sentences  # noqa: E402
from tests.realworld import CONFIRM_SPLITS, load_corpus  # noqa: E402

DEFAULT_FLORES = HERE.parent.parent / "shared" / "flores-dev"
SUMMARY = SummariseSection()
DOC_LINES = 4  # lines of a FLORES "release"
LEAD_WORDS = 60
PARTS = ("tune", "held-out")
FLORES_PARTS = {"tune": "tune", "heldout-open": "held-out"}  # the sealed part is never read


@dataclass
class Case:
    """One good summary of one release, and where it comes from."""

    source: str  # "extractive", "lead", "headline", or "flores:SYSTEM"
    lang: str
    part: str  # "tune" or "held-out"
    doc: str
    title: str  # the release's headline ("" for a headline summary: checked against the body)
    text: str  # the release's body, in ``lang``
    src: list[str]  # the summary's sentences in ``lang``
    en: list[str] | None = None  # their English, when the summary has an English half
    en_text: str = ""  # the release's English (FLORES: the system's English of the 4 lines)
    names: list[str] = field(default_factory=list)  # names of other releases (FLORES swaps)


# --- the real good summaries --------------------------------------------------------------


def realworld_part(split_name: str) -> str:
    return "held-out" if split_name in CONFIRM_SPLITS else "tune"


def release_cases() -> list[Case]:
    """Extractive, lead and headline summaries of every release of ``tests/fixtures/realworld``."""
    cases = []
    for item in load_corpus():
        lang, split_name = item.group
        body = [p for p in item.gold.get("body") or [] if p.strip()]
        if not body:
            continue
        text, title, part = "\n\n".join(body), item.gold.get("title") or "", realworld_part(split_name)
        sentences = [s for p in body for s in split_sentences(p, lang)]
        chosen = select_sentences(sentences, SUMMARY.lead_bias, SUMMARY.max_sentences, SUMMARY.max_words, lang)
        cases.append(Case("extractive", lang, part, item.name, title, text, [sentences[i] for i in chosen]))
        lead: list[str] = []
        for s in split_sentences(body[0], lang):
            if lead and sum(len(x.split()) for x in [*lead, s]) > LEAD_WORDS:
                break
            lead.append(s)
        cases.append(Case("lead", lang, part, item.name, title, text, lead))
        if title:
            cases.append(Case("headline", lang, part, item.name, "", text, [title]))
    return cases


def flores_cases(folder: Path) -> list[Case]:
    """Summaries of 4-line "releases" of one FLORES pair, one per system and the reference."""
    pair = read_pair(folder)
    systems = {**pair.systems, **({"reference": pair.ref} if pair.ref is not None else {})}
    cases = []
    all_names = {}
    for system, out in systems.items():
        by_line = names_by_line(out)
        all_names[system] = (by_line, {n for found in by_line for n in found})
    for name, lines in split(len(pair.src)).items():
        if name == SEALED:
            continue
        docs = [lines[i : i + DOC_LINES] for i in range(0, len(lines), DOC_LINES)]
        docs = [d for d in docs if len(d) == DOC_LINES and d[0] // 50 == d[-1] // 50]
        for doc in docs:
            src = [pair.src[i] for i in doc]
            chosen = select_sentences(src, SUMMARY.lead_bias, 2, SUMMARY.max_words, pair.lang)
            for system, out in systems.items():
                cases.append(
                    Case(
                        f"flores:{system}",
                        pair.lang,
                        FLORES_PARTS[name],
                        f"{folder.name}:{doc[0]}",
                        "",
                        " ".join(src),
                        [src[i] for i in chosen],
                        [out[doc[i]] for i in chosen],
                        " ".join(out[i] for i in doc),
                        sorted(all_names[system][1] - {n for i in doc for n in all_names[system][0][i]}),
                    )
                )
    return cases


# --- checking -----------------------------------------------------------------------------


def record_of(case: Case, src: list[str], en: list[str] | None, i: int = 0) -> Record:
    """The release and its summary as the summarise and translate stages leave them."""
    summary = {
        "src": " ".join(src),
        "lang": case.lang,
        "en": " ".join(en) if en is not None else None,
        "method": "extractive",
        "model": None,
        "flags": [],
        "segments": [{"src": s, "tgt": t, "flags": []} for s, t in zip(src, en, strict=True)] if en else [],
    }
    translation = {"source_lang": case.lang, "title": "", "text": case.en_text, "segments": []}
    return Record(
        id=str(i),
        source=case.doc,
        lang=case.lang,
        title=case.title,
        text=case.text,
        translation=translation,
        summary=summary,
    )


def summary_flags(records: list[Record]) -> list[list[dict]]:
    out = list(check(records, ChecksSection(), 256, SUMMARY.max_words))
    for rec in out:
        if rec.error:
            raise RuntimeError(f"{rec.source}: {rec.error}")
    return [[f for f in rec.summary["flags"] if f["code"] in SUMMARY_CHECK_CODES] for rec in out]


def critical(flags: list[dict]) -> bool:
    return any(f.get("severity", "critical") == "critical" for f in flags)


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}% ({k}/{n})" if n else "—"


# --- generator A on the source half -------------------------------------------------------

A_SCALE = {
    "fr": {"million": "milliard", "millions": "milliards", "milliard": "million", "milliards": "millions"},
    "es": {"millones": "mil millones", "millón": "mil millones", "mil millones": "millones"},
    "ar": {"مليون": "مليار", "مليار": "مليون", "ملايين": "مليارات", "مليارات": "ملايين"},
}
A_CONTACT_LABEL = {"fr": "Contact : ", "es": "Contacto: ", "ar": "للتواصل: "}


def _month_names(lang: str) -> list[str]:
    """The wide CLDR month names (format context) of ``lang``, January first."""
    return list(Locale.parse(lang).months["format"]["wide"].values())


def _month_re(lang: str) -> re.Pattern[str]:
    names = sorted(_month_names(lang), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)


def a_month(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    names = _month_names(lang)
    return gen_a._swap(
        summary, _month_re(lang), lambda w: rng.choice([m for m in names if m.lower() != w.lower()]), rng
    )


def a_day(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    month = _month_re(lang).pattern
    found = list(re.finditer(r"(?<![\d.,])(\d{1,2})(?:er|º)?\s+(?:de\s+)?" + month, summary, re.IGNORECASE))
    if not found:
        return None
    m = rng.choice(found)
    new = str(rng.choice([d for d in range(1, 29) if d != int(m.group(1))]))
    return summary[: m.start(1)] + new + summary[m.end(1) :]


def a_year(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    return gen_a._swap(
        summary, re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d)"), lambda y: str(int(y) + rng.randint(1, 9)), rng
    )


def a_scale(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    table = A_SCALE.get(lang, {})
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None
    return gen_a._swap(summary, pattern, lambda w: table[w], rng) if pattern else None


def _a_names(text: str, release: str) -> list[str]:
    return [m.group() for m in gen_a.CAPITALISED.finditer(text) if gen_a._in_source_capitalised(m.group(), release)]


def a_name_same(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    own = _a_names(summary, release)
    others = sorted({n for n in _a_names(release, release) if n not in summary and n.lower() not in summary.lower()})
    if not own or not others:
        return None
    old = rng.choice(own)
    return summary.replace(old, rng.choice(others), 1)


def a_name_other(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    own = _a_names(summary, release)
    if not own:
        return None
    new = rng.choice([n for n in gen_a.SWAP_NAMES if n not in release])
    return summary.replace(rng.choice(own), new, 1)


def a_number(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    return gen_a.plant_number(summary, release, rng, drop=False)


def a_contact(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    return f"{summary} {A_CONTACT_LABEL.get(lang, 'Contact: ')}{gen_a._random_contact(rng)}"


A_SOURCE: dict[str, Callable[[str, str, random.Random, str], str | None]] = {
    "number": a_number,
    "date_day": a_day,
    "date_month": a_month,
    "date_year": a_year,
    "scale": a_scale,
    "name_swapped_same": a_name_same,
    "name_swapped_other": a_name_other,
    "contact": a_contact,
}


# --- generator B on the source half (reads no check module) -------------------------------

B_DIGIT = "0-9\u0660-\u0669"  # ASCII and Arabic-Indic digits
B_NUMBER = re.compile(
    rf"(?<![\w{B_DIGIT}.,/-])[{B_DIGIT}]+"  # digits, groups of three, a decimal part
    rf"(?:[.,\u066b\u066c\u00a0\u202f ][{B_DIGIT}]{{3}})*(?:[.,\u066b][{B_DIGIT}]+)?(?![\w{B_DIGIT}])"
)
B_YEAR = re.compile(rf"(?<![{B_DIGIT}.,])([12\u0661\u0662][09\u0660\u0669][{B_DIGIT}]{{2}})(?![{B_DIGIT}])")
B_SCALE = {
    "fr": [
        ("milliards", "millions"),
        ("milliard", "million"),
        ("millions", "milliards"),
        ("million", "milliard"),
        ("mille", "millions"),
    ],
    "es": [("mil millones", "millones"), ("millones", "mil millones"), ("millón", "mil millones"), ("mil", "millones")],
    "ar": [("مليارات", "ملايين"), ("مليار", "مليون"), ("ملايين", "مليارات"), ("مليون", "مليار"), ("ألف", "مليون")],
}
B_LABEL = {"fr": "Pour plus d'informations : ", "es": "Más información: ", "ar": "لمزيد من المعلومات: "}
B_NAME = re.compile(
    r"(?<![\w@./])[A-ZÀ-ÖØ-Þ][\w'’-]*[^\W\d_](?:\s+(?:de\s+|del\s+|la\s+|du\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*[^\W\d_])*"
)
B_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”(\n]\s*)$")


def _digit_value(c: str) -> int:
    return int(c) if c.isascii() else ord(c) - 0x0660


def _same_script_digit(c: str, value: int) -> str:
    return str(value) if c.isascii() else chr(0x0660 + value)


def b_number(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    found = [m for m in B_NUMBER.finditer(summary) if not B_YEAR.fullmatch(m.group())]
    if not found:
        return None
    m = rng.choice(found)
    positions = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
    i = rng.choice(positions)
    old = _digit_value(summary[i])
    new = _same_script_digit(summary[i], (old + rng.randint(1, 9)) % 10)
    return summary[:i] + new + summary[i + 1 :]


def b_year(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    found = list(B_YEAR.finditer(summary))
    if not found:
        return None
    m = rng.choice(found)
    year = sum(_digit_value(c) * 10 ** (3 - k) for k, c in enumerate(m.group(1)))
    new = str(year + rng.choice([-1, 1]) * rng.randint(1, 10))
    if not m.group(1)[0].isascii():
        new = "".join(chr(0x0660 + int(c)) for c in new)
    return summary[: m.start(1)] + new + summary[m.end(1) :]


def _b_months(lang: str) -> list[str]:
    loc = Locale.parse(lang)
    names = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names |= {n.strip(".") for n in loc.months[context][width].values() if len(n.strip(".")) >= 3}
    return sorted(names, key=len, reverse=True)


def b_month(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    wide = list(Locale.parse(lang).months["stand-alone"]["wide"].values())
    found = [m for name in _b_months(lang) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", summary, re.I)]
    if not found:
        return None
    m = rng.choice(found)
    new = rng.choice([w for w in wide if not w.lower().startswith(m.group().lower()[:3])])
    new = new[0].upper() + new[1:] if m.group()[0].isupper() else new
    return summary[: m.start()] + new + summary[m.end() :]


def b_day(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    months = "|".join(re.escape(n) for n in _b_months(lang))
    pattern = rf"(?<![{B_DIGIT}])([{B_DIGIT}]{{1,2}})(?:er|º|°)?\s+(?:de\s+)?(?:{months})(?!\w)"
    found = list(re.finditer(pattern, summary, re.I))
    if not found:
        return None
    m = rng.choice(found)
    old = int("".join(str(_digit_value(c)) for c in m.group(1)))
    new = str(rng.choice([d for d in range(1, 31) if d != old]))
    if not m.group(1)[0].isascii():
        new = "".join(chr(0x0660 + int(c)) for c in new)
    return summary[: m.start(1)] + new + summary[m.end(1) :]


def b_scale(summary: str, release: str, rng: random.Random, lang: str) -> str | None:
    found = []
    taken: set[int] = set()
    for old, new in B_SCALE.get(lang, []):
        for m in re.finditer(rf"(?<!\w){re.escape(old)}(?!\w)", summary):
            if m.start() not in taken:
                taken.update(range(m.start(), m.end()))
                found.append((m, new))
    if not found:
        return None
    m, new = rng.choice(found)
    return summary[: m.start()] + new + summary[m.end() :]


def b_names(text: str, lang: str) -> list[str]:
    """Runs of capitalised words not at a sentence start that the text never writes in lower case;
    a run of one word only when it is no common word of ``lang`` (wordfreq Zipf under 4: not
    "Services", "Développement"), and no Roman numeral."""
    lower = set(re.findall(r"(?<!\w)[a-zà-ÿ][\w'’-]*", text))
    return [
        m.group()
        for m in B_NAME.finditer(text)
        if not B_SENTENCE_START.search(text[: m.start()])
        and not any(w.lower() in lower for w in m.group().split())
        and (" " in m.group() or zipf_frequency(m.group().lower(), lang) < 4.0)
        and not re.fullmatch(r"[IVXLC]+", m.group())
    ]


def b_name_swap(summary: str, release: str, rng: random.Random, pool: Sequence[str], lang: str) -> str | None:
    own = [n for n in b_names(summary, lang) if n in release]
    choices = [n for n in pool if n.lower() not in summary.lower()]
    if not own or not choices:
        return None
    return summary.replace(rng.choice(own), rng.choice(choices), 1)


def b_contact(summary: str, release: str, rng: random.Random, lang: str, pool: Sequence[str]) -> str | None:
    choices = [c for c in pool if c not in release]
    return f"{summary} {B_LABEL.get(lang, 'Contact: ')}{rng.choice(choices)}" if choices else None


def b_foreign_fact(
    sentences: list[str], release: str, rng: random.Random, pool: Sequence[str], lang: str
) -> str | None:
    """The last sentence of a summary of two or more replaced, or one added: a sentence of another
    release with a number or a name this release does not write."""

    def new_fact(s: str) -> bool:
        return any(n not in release for n in [*B_NUMBER.findall(s), *b_names(s, lang)])

    choices = [s for s in pool if new_fact(s)]
    if not choices:
        return None
    kept = sentences[:-1] if len(sentences) > 1 else sentences
    return " ".join([*kept, rng.choice(choices)])


# --- planting -----------------------------------------------------------------------------

SOURCE_CLASSES = (
    "number",
    "date_day",
    "date_month",
    "date_year",
    "scale",
    "name_swapped_same",
    "name_swapped_other",
    "contact",
    "foreign_fact",
)
ENGLISH_CLASSES = (
    "number",
    "date_day",
    "date_month",
    "date_year",
    "scale",
    "unit",
    "name_dropped",
    "name_swapped",
    "name_swapped_same",
    "negation_dropped",
    "negation_added",
)
A_ENGLISH: dict[str, Callable[[str, str, random.Random, str], str | None]] = {
    "number": lambda t, s, r, lang: gen_a.plant_number(t, s, r, drop=False),
    "date_day": lambda t, s, r, lang: gen_a.plant_day(t, r),
    "date_month": lambda t, s, r, lang: gen_a.plant_month(t, r),
    "date_year": lambda t, s, r, lang: a_year(t, s, r, lang),
    "scale": lambda t, s, r, lang: gen_a.plant_scale(t, r),
    "unit": lambda t, s, r, lang: gen_a.plant_unit(t, r),
    "name_dropped": lambda t, s, r, lang: gen_a.plant_name(t, s, r),
    "name_swapped": lambda t, s, r, lang: gen_a.plant_name_swapped(t, s, r),
    "negation_dropped": lambda t, s, r, lang: gen_a.plant_negation(t, s, r, lang),
    "negation_added": lambda t, s, r, lang: gen_a.plant_negation_added(t, s, lang),
}
B_ENGLISH_CLASS = {"name_dropped": "entity_dropped", "name_swapped": "entity_swapped"}


@dataclass
class Pools:
    """What generator B swaps in, per (lang, part): names, contacts and sentences of each release."""

    names: dict[str, list[str]]
    contacts: dict[str, list[str]]
    sentences: dict[str, list[str]]

    def others(self, table: dict[str, list[str]], doc: str) -> list[str]:
        return sorted({x for d, found in table.items() if d != doc for x in found})


def release_pools(cases: list[Case]) -> dict[tuple[str, str], Pools]:
    contacts = {
        item.name: [*item.gold["contacts"]["emails"], *item.gold["contacts"]["phones"]] for item in load_corpus()
    }
    pools: dict[tuple[str, str], Pools] = {}
    for case in cases:
        if case.source != "extractive":
            continue
        pool = pools.setdefault((case.lang, case.part), Pools({}, {}, {}))
        pool.names[case.doc] = b_names(case.text, case.lang)
        pool.contacts[case.doc] = contacts.get(case.doc, [])
        pool.sentences[case.doc] = [s for p in case.text.split("\n\n") for s in split_sentences(p, case.lang)]
    return pools


def plant_source(case: Case, cls: str, gen: str, rng: random.Random, pools: dict) -> list[str] | None:
    """The summary's source half with one error of ``cls`` by generator ``gen``, or None."""
    summary = " ".join(case.src)
    release = f"{case.title}\n\n{case.text}"
    if gen == "A":
        if cls == "foreign_fact":
            pool = pools[(case.lang, case.part)]
            out = b_foreign_fact(case.src, release, rng, pool.others(pool.sentences, case.doc), case.lang)
        else:
            out = A_SOURCE[cls](summary, release, rng, case.lang)
    else:
        pool = pools[(case.lang, case.part)]
        if cls == "name_swapped_same":
            out = b_name_swap(summary, release, rng, pool.names.get(case.doc, []), case.lang)
        elif cls == "name_swapped_other":  # a name this release does not give, in any case
            other = [n for n in pool.others(pool.names, case.doc) if n.lower() not in release.lower()]
            out = b_name_swap(summary, release, rng, other, case.lang)
        elif cls == "contact":
            out = b_contact(summary, release, rng, case.lang, pool.others(pool.contacts, case.doc))
        elif cls == "foreign_fact":
            out = b_foreign_fact(case.src, release, rng, pool.others(pool.sentences, case.doc), case.lang)
        else:
            out = {"number": b_number, "date_day": b_day, "date_month": b_month, "date_year": b_year, "scale": b_scale}[
                cls
            ](summary, release, rng, case.lang)
    return [out] if out is not None and out != summary else None


def plant_english(case: Case, cls: str, gen: str, rng: random.Random) -> list[str] | None:
    """The English half with one sentence given an error of ``cls``, or None."""
    assert case.en is not None
    order = list(range(len(case.en)))
    rng.shuffle(order)
    for j in order:
        if cls == "name_swapped_same":  # another name of the release's English (its other lines)
            if gen == "A":
                out = a_name_same(case.en[j], case.en_text, rng, "en")
            else:
                out = b_name_swap(case.en[j], case.en_text, rng, b_names(case.en_text, "en"), "en")
        elif gen == "A":
            out = A_ENGLISH[cls](case.en[j], case.src[j], rng, case.lang)
        else:
            out = gen_b.corrupt(B_ENGLISH_CLASS.get(cls, cls), case.en[j], case.src[j], rng, case.names)
        if out is not None and out != case.en[j]:
            return [*case.en[:j], out, *case.en[j + 1 :]]
    return None


# --- measuring ----------------------------------------------------------------------------


def group_of(case: Case) -> str:
    return "flores" if case.source.startswith("flores:") else "releases"


def false_alarms(cases: list[Case]) -> list[list[dict]]:
    return summary_flags([record_of(c, c.src, c.en, i) for i, c in enumerate(cases)])


def recall(
    cases: list[Case], flags: list[list[dict]], n: int, seed: int, classes: Sequence[str] | None = None
) -> tuple[dict[tuple, tuple[int, int]], dict[tuple, list[tuple[Case, Record, list[dict]]]]]:
    """{(group, lang, part, generator, class): (caught, planted)} over the good summaries (no
    critical flag), systems' only on FLORES, at most ``n`` per cell in a seeded order; and each
    cell's missed plants (the good case, the planted record, its summary flags). ``classes``:
    only these (the same plants as a whole run: each is seeded by its own cell)."""
    pools = release_pools(cases)
    good = [c for c, f in zip(cases, flags, strict=True) if not critical(f) and c.source != "flores:reference"]
    planted: dict[tuple, list[tuple[Case, Record]]] = {}
    for gen in ("A", "B"):
        for case in good:
            group = SOURCE_CLASSES if group_of(case) == "releases" else ENGLISH_CLASSES
            for cls in group:
                if classes is not None and cls not in classes:
                    continue
                key = (group_of(case), case.lang, case.part, gen, cls)
                cell = planted.setdefault(key, [])
                rng = random.Random(f"{seed}:{gen}:{cls}:{case.source}:{case.doc}")
                if group_of(case) == "releases":
                    src = plant_source(case, cls, gen, rng, pools)
                    rec = record_of(case, src, None) if src else None
                else:
                    en = plant_english(case, cls, gen, rng)
                    rec = record_of(case, case.src, en) if en else None
                if rec is not None:
                    cell.append((case, rec))
    out, missed = {}, {}
    for key, pairs in planted.items():
        random.Random(f"{seed}:{key}").shuffle(pairs)
        pairs = pairs[:n]
        found = summary_flags([rec for _, rec in pairs])
        out[key] = (sum(critical(f) for f in found), len(pairs))
        missed[key] = [(case, rec, f) for (case, rec), f in zip(pairs, found, strict=True) if not critical(f)]
    return out, missed


# --- tables -------------------------------------------------------------------------------


def alarm_table(cases: list[Case], flags: list[list[dict]]) -> list[str]:
    rows = Counter()
    codes = Counter()
    for case, found in zip(cases, flags, strict=True):
        rows[(case.source, case.lang, case.part, "n")] += 1
        if critical(found):
            rows[(case.source, case.lang, case.part, "k")] += 1
            for f in found:
                if f.get("severity", "critical") == "critical":
                    codes[(case.source.split(":")[0], case.lang, case.part, f["code"])] += 1
    keys = sorted({(c.source, c.lang) for c in cases}, key=lambda k: (k[0].startswith("flores"), k[1], k[0]))
    lines = [
        "| summaries | lang | tune | held-out |",
        "|---|---|---:|---:|",
    ]
    for source, lang in keys:
        cells = [pct(rows[(source, lang, p, "k")], rows[(source, lang, p, "n")]) for p in PARTS]
        lines.append(f"| {source} | {lang} | {' | '.join(cells)} |")
    lines += ["", "Critical flags on good summaries, by code (count of flags):", ""]
    lines += ["| summaries | lang | part | code | flags |", "|---|---|---|---|---:|"]
    lines += [f"| {s} | {lang} | {p} | `{code}` | {k} |" for (s, lang, p, code), k in sorted(codes.items())]
    return lines


def recall_table(result: dict[tuple, tuple[int, int]], group: str, classes: Sequence[str]) -> list[str]:
    langs = sorted({k[1] for k in result if k[0] == group})
    head = " | ".join(f"{lang} {p}" for lang in langs for p in PARTS)
    lines = [f"| class | gen | {head} |", "|---|---|" + "---:|" * (2 * len(langs))]
    for cls in classes:
        for gen in ("A", "B"):
            cells = [pct(*result.get((group, lang, p, gen, cls), (0, 0))) for lang in langs for p in PARTS]
            lines.append(f"| {cls} | {gen} | {' | '.join(cells)} |")
    return lines


def shown(cases: list[Case], flags: list[list[dict]], part: str) -> list[str]:
    lines = [f"### Critical false alarms, {part}", ""]
    for case, found in zip(cases, flags, strict=True):
        if case.part == part and critical(found):
            lines.append(f"* {case.source} {case.lang} {case.doc}: {' '.join(case.src)!r}")
            if case.en:
                lines.append(f"  EN: {' '.join(case.en)!r}")
            lines += [f"  -> {f['code']}: {f['detail']}" for f in found if f.get("severity") == "critical"]
    return lines


def shown_missed(missed: dict[tuple, list[tuple[Case, Record, list[dict]]]], cls: str) -> list[str]:
    """Each planted summary of ``cls`` on the tune part that no critical flag caught: the good
    summary, the planted one, and the flags it got (notes)."""
    lines = [f"### Missed `{cls}` plants, tune", ""]
    for (group, lang, part, gen, name), found in sorted(missed.items()):
        if name != cls or part != "tune":
            continue
        lines += [f"#### {group} {lang} generator {gen}: {len(found)} missed", ""]
        for case, rec, flags in found:
            summary = rec.summary or {}
            half = "en" if group == "flores" else "src"
            good = " ".join((case.en or []) if half == "en" else case.src)
            lines.append(f"* {case.source} {case.doc}: {good!r}")
            lines.append(f"  PLANTED: {summary.get(half)!r}")
            lines += [f"  -> {f['code']} ({f.get('severity')}): {f['detail']}" for f in flags]
    return lines


def report(
    flores: Path | None,
    n: int,
    seed: int,
    show: str | None = None,
    classes: Sequence[str] | None = None,
    show_missed: str | None = None,
) -> str:
    cases = release_cases()
    if flores is not None:
        for folder in pair_folders(flores):
            cases += flores_cases(folder)
    flags = false_alarms(cases)
    lines = [
        "## Summary checks: false alarms on real good summaries (share with a critical summary flag)",
        "",
        *alarm_table(cases, flags),
    ]
    if show:
        return "\n".join([*lines, "", *shown(cases, flags, show)]) + "\n"
    if show_missed:
        classes = [show_missed]
    result, missed = recall(cases, flags, n, seed, classes)
    source = [c for c in SOURCE_CLASSES if classes is None or c in classes]
    english = [c for c in ENGLISH_CLASSES if classes is None or c in classes]
    lines += [
        "",
        "## Recall of planted errors in the source half of release summaries (caught = a critical summary flag)",
        "",
        *recall_table(result, "releases", source),
    ]
    if flores is not None:
        lines += [
            "",
            "## Recall of planted errors in the English half of FLORES summaries (systems' English)",
            "",
            *recall_table(result, "flores", english),
        ]
    if show_missed:
        lines += ["", *shown_missed(missed, show_missed)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "flores", nargs="?", type=Path, default=DEFAULT_FLORES, help="a FLORES pair folder or a folder of them"
    )
    parser.add_argument("--no-flores", action="store_true", help="the releases only")
    parser.add_argument("--n", type=int, default=300, help="planted summaries per class, language and part")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", choices=("tune",), help="print each critical false alarm of that part")
    parser.add_argument("--classes", type=lambda v: v.split(","), help="recall of these classes only (comma-separated)")
    parser.add_argument(
        "--show-missed",
        metavar="CLASS",
        choices=sorted({*SOURCE_CLASSES, *ENGLISH_CLASSES}),
        help="recall of CLASS only, and each of its plants on tune that no critical flag caught",
    )
    parser.add_argument("--out", type=Path, help="also write the tables to this Markdown file")
    args = parser.parse_args(argv)
    try:
        flores = None if args.no_flores else args.flores
        text = report(flores, args.n, args.seed, args.show, args.classes, args.show_missed)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    emit(text, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
