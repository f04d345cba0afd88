"""How far the checks can be trusted: false alarms on real MT, recall of planted errors.

    python benchmarks/checks.py ../shared/flores-dev            # table on stdout
    python benchmarks/checks.py FOLDER --n 200 --seed 0 --out benchmarks/out/checks.md

FOLDER is FLORES-style: ``src.fr`` (the French), ``ref.en`` (the human English) and one
``*.en`` file per system, line i of each the same segment. Every line goes through the
project's own ``check()`` stage as a one-segment record (HTML entities in the outputs are
decoded first).

Table 1, per check and per severity, the share of lines flagged for each system, their
mean, and the human reference: on good translations every flag is a false alarm (or a
reference that says more than the French).

Table 2, recall: errors of one kind at a time are planted into lines of the systems'
outputs (``--n`` lines per kind, drawn with ``--seed`` among the lines the checks pass
without a critical flag and where the kind can be planted); a planted line is caught when
it raises a ``critical`` flag. A ``note`` does not bring a reviewer to the sentence, so it
does not count. The planting never asks the checks what a name or a number is.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from summarise.quality.checks import check
from summarise.config import ChecksSection
from summarise.record import Record

MAX_NEW_TOKENS = 256
CFG = ChecksSection()

# --- reading ----------------------------------------------------------------------------


def read_folder(folder: Path) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """(French lines, {system: English lines}, reference lines)."""
    def lines(path: Path) -> list[str]:
        return [html.unescape(line.rstrip("\n")) for line in path.open(encoding="utf-8")]

    src = lines(folder / "src.fr")
    ref = lines(folder / "ref.en")
    systems = {p.stem: lines(p) for p in sorted(folder.glob("*.en")) if p.name != "ref.en"}
    for name, out in [("ref", ref), *systems.items()]:
        if len(out) != len(src):
            sys.exit(f"{name}: {len(out)} lines, src.fr has {len(src)}")
    return src, systems, ref


def run_checks(pairs: list[tuple[str, str, dict]]) -> list[list[dict]]:
    """Flags of each (source, output, extra segment fields) through the check stage."""
    records = []
    for i, (src, tgt, extra) in enumerate(pairs):
        seg = {"para": 1, "src": src, "tgt": tgt, "flags": [], **extra}
        records.append(Record(id=str(i), source="flores", translation={"segments": [seg]}))
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
EN_FUNCTION = frozenset("the a an and or of in on at to for by with from as is are was were be it its this "
                        "that these those he she they we you his her their our but not no".split())
NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# Every English negation word: a dropped "not" is detectable when it was the only one.
EN_NEGATION_WORDS = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n['’]t\b",
                               re.IGNORECASE)
FR_NEGATION = re.compile(r"\b(?:ne|n['’])\b.{0,40}?\b(?:pas|jamais|plus|rien|personne|aucune?|guère|point)\b",
                         re.IGNORECASE)
# Contacts to plant: one template per kind, filled at random.
FIRST = "anne jean marie luc chissey olga paul ines karim sofia".split()
LAST = "mueller dupont martin costa nguyen diallo roy garcia smith haddad".split()
ORGS = "iom.int unicef.org who.int ec.europa.eu ville-lyon.fr cnrs.fr oecd.org".split()


def _random_contact(rng: random.Random) -> str:
    kind = rng.choice(["email", "url", "phone"])
    if kind == "email":
        return f"{rng.choice(FIRST)[0]}{rng.choice(LAST)}@{rng.choice(ORGS)}"
    if kind == "url":
        return rng.choice(["https://", "www.", "http://www."]) + rng.choice(ORGS) + rng.choice(
            ["/news?id=" + str(rng.randint(10, 9999)) + "&x=4", "/fr/presse", "/" + rng.choice(LAST)])
    return rng.choice(["+33 1 ", "+1 202 ", "+41 22 ", "01 "]) + " ".join(
        f"{rng.randint(10, 99)}" for _ in range(4))


def _alter_contact(contact: str, rng: random.Random) -> str:
    if "@" in contact:
        local, domain = contact.split("@")
        return rng.choice([f"x{local}@{domain}", f"{local}@{domain}.org", f"{local[:-1]}@{domain}"])
    if contact[0] in "+0":
        digits = [i for i, c in enumerate(contact) if c.isdigit()]
        i = rng.choice(digits[2:])
        return contact[:i] + str((int(contact[i]) + rng.randint(1, 8)) % 10) + contact[i + 1:]
    return rng.choice([contact + "s", contact[:-1], contact.replace(".", "-", 1)])


def plant_contact(src: str, tgt: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(source with a contact, output with it, output with it altered)."""
    contact = _random_contact(rng)
    label = rng.choice([("Contact : ", "Contact: "), ("Plus d'informations : ", "More information: ")])
    return (f"{src} {label[0]}{contact}", f"{tgt} {label[1]}{contact}",
            f"{tgt} {label[1]}{_alter_contact(contact, rng)}")


def plant_number(tgt: str, src: str, rng: random.Random, drop: bool) -> str | None:
    src_digits = set(re.findall(r"\d+", src))
    found = [m for m in DIGITS.finditer(tgt)
             if set(re.findall(r"\d+", m.group())) <= src_digits and tgt.count(m.group()) == 1]
    if not found:
        return None
    m = rng.choice(found)
    if drop:
        return re.sub(r"\s+", " ", tgt[: m.start()] + tgt[m.end():]).strip()
    number = m.group()
    positions = [i for i, c in enumerate(number) if c.isdigit()]
    i = rng.choice(positions)
    new = number[:i] + str((int(number[i]) + rng.randint(1, 9)) % 10) + number[i + 1:]
    return tgt[: m.start()] + new + tgt[m.end():]


def _in_source_capitalised(word: str, src: str) -> bool:
    core = re.sub(r"['’]s$", "", word)
    return (len(core) >= 3 and core.lower() not in EN_FUNCTION
            and re.search(rf"(?<![\w]){re.escape(core)}(?![\w])", src) is not None)


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
        while j + 1 < len(words) and tgt[words[j].end(): words[j + 1].start()] == " " and \
                _in_source_capitalised(words[j + 1].group(), src):
            j += 1
        spans.append((words[i].start(), words[j].end()))
        i = j + 1
    # the name must be gone once dropped: none of its words left elsewhere ("Pakistani")
    spans = [s for s in spans if all(_occurrences(w, tgt) == 1 for w in tgt[s[0]:s[1]].split())]
    if not spans:
        return None
    start, end = rng.choice(spans)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s+", " ", tgt[:start] + tgt[end:])).strip()


def plant_negation(tgt: str, src: str, rng: random.Random) -> str | None:
    if len(EN_NEGATION_WORDS.findall(tgt)) != 1 or not NEGATION.search(tgt) or not FR_NEGATION.search(src):
        return None
    out = re.sub(r"\bcan['’]t\b", "can", tgt, flags=re.I)
    out = re.sub(r"\bwon['’]t\b", "will", out, flags=re.I)
    out = re.sub(r"\s*\b(?:not|never)\b|n['’]t\b", "", out, count=1, flags=re.I)
    return out if out != tgt else None


def plant_loop(tgt: str, rng: random.Random) -> str | None:
    words = tgt.split()
    if len(words) < 6:
        return None
    n = rng.randint(1, 4)
    k = rng.randint(max(n, len(words) // 3), len(words))
    return " ".join(words[:k] + words[k - n: k] * rng.randint(3, 8))


def plant_cut(tgt: str, keep: float) -> str | None:
    words = tgt.split()
    if len(words) < 8:
        return None
    return " ".join(words[: round(len(words) * keep)])


Planter = Callable[[str, str, random.Random], "tuple[str, str, dict] | None"]

# kind -> planter(src, tgt, rng) -> (src, planted output, extra segment fields) or None
PLANTERS: dict[str, Planter] = {
    "number changed": lambda s, t, r: _wrap(s, plant_number(t, s, r, drop=False)),
    "number dropped": lambda s, t, r: _wrap(s, plant_number(t, s, r, drop=True)),
    "name dropped": lambda s, t, r: _wrap(s, plant_name(t, s, r)),
    "left in French": lambda s, t, r: (s, s, {}),
    "loop": lambda s, t, r: _wrap(s, plant_loop(t, r)),
    "cut by a quarter": lambda s, t, r: _wrap(s, plant_cut(t, 0.75)),
    "cut by half": lambda s, t, r: _wrap(s, plant_cut(t, 0.5)),
    "negation dropped": lambda s, t, r: _wrap(s, plant_negation(t, s, r)),
    "empty": lambda s, t, r: (s, "", {}),
    "truncated (hit the limit)": lambda s, t, r: (
        s, t, {"out_tokens": MAX_NEW_TOKENS, "hit_limit": True}),
}


def _wrap(src: str, planted: str | None) -> tuple[str, str, dict] | None:
    return None if planted is None else (src, planted, {})


def recall(src: list[str], systems: dict[str, list[str]], clean: dict[str, list[list[dict]]],
           n: int, seed: int) -> list[tuple[str, int, int, int, int]]:
    """(kind, planted, caught in the first ``n`` of a seeded shuffle, planted, caught over
    every eligible line) per kind. Each line's planting has its own seeded generator, so
    a line gets the same error in both counts."""
    candidates = [(name, i) for name in systems for i in range(len(src)) if not critical(clean[name][i])]
    rows = []
    for kind, planter in [*PLANTERS.items(), ("contact altered", None)]:
        order = candidates[:]
        random.Random(f"{seed}:{kind}").shuffle(order)
        planted: list[tuple[str, str, dict]] = []
        for name, i in order:
            rng = random.Random(f"{seed}:{kind}:{name}:{i}")
            if planter is None:
                s, good, bad = plant_contact(src[i], systems[name][i], rng)
                if critical(run_checks([(s, good, {})])[0]):
                    continue  # the output with the contact intact must pass first
                planted.append((s, bad, {}))
                continue
            made = planter(src[i], systems[name][i], rng)
            if made is not None and (made[1] != systems[name][i] or made[2]):
                planted.append(made)
        caught = [critical(f) for f in run_checks(planted)]
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


def table(src: list[str], systems: dict[str, list[str]], ref: list[str], n: int, seed: int) -> str:
    clean = {name: run_checks([(s, t, {}) for s, t in zip(src, out)]) for name, out in systems.items()}
    ref_flags = run_checks([(s, t, {}) for s, t in zip(src, ref)])
    counts = {name: shares(f) for name, f in clean.items()}
    ref_counts = shares(ref_flags)
    lines = len(src)
    keys = sorted(set().union(*counts.values(), ref_counts),
                  key=lambda k: (k[0] != "any", k[1] != "critical", k[0]))
    head = ["check", "severity", *systems, "systems mean", "reference"]
    out = [f"Lines flagged, {lines} lines, max_new_tokens {MAX_NEW_TOKENS}:", "",
           "| " + " | ".join(head) + " |", "|" + "---|" * 2 + "---:|" * (len(head) - 2)]
    for key in keys:
        per = [counts[name][key] for name in systems]
        mean = sum(per) / len(per)
        label = "any check" if key[0] == "any" else f"`{key[0]}`"
        out.append(f"| {label} | {key[1]} | " + " | ".join(pct(k, lines) for k in per)
                   + f" | {100 * mean / lines:.1f}% | {pct(ref_counts[key], lines)} |")
    out += ["", f"Recall of planted errors, one kind at a time, in the systems' lines that have no "
            f"critical flag; caught = a critical flag. Sample: the first {n} lines of a shuffle "
            f"(seed {seed}); all: every line where the kind can be planted:", "",
            "| planted error | sample | caught | recall | all lines | caught | recall |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for kind, planted, caught, every, caught_all in recall(src, systems, clean, n, seed):
        out.append(f"| {kind} | {planted} | {caught} | {pct(caught, planted)} "
                   f"| {every} | {caught_all} | {pct(caught_all, every)} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="FLORES-style folder: src.fr, ref.en, SYSTEM.en")
    parser.add_argument("--n", type=int, default=200, help="planted lines per kind (200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    if not (args.folder / "src.fr").is_file():
        parser.error(f"{args.folder}: no src.fr there (give a FLORES-style folder)")
    src, systems, ref = read_folder(args.folder)
    text = table(src, systems, ref, args.n, args.seed)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
