"""Generator B of the checks' benchmark (``benchmarks/generator_b``, measured by
benchmarks/corruptions.py): each class changes what it says it changes, and nothing when it
cannot apply; the FLORES split (benchmarks/flores.py), a folder read whole as held-out data
(``--whole``) by both benchmark scripts, the committed fresh set of real MT output
(benchmarks/data/fresh-mt) and its labelled sample."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import checks as a
from benchmarks import corruptions
from benchmarks import generator_b as c
from benchmarks.flores import WHOLE, Pair, pair_folders, parts, read_pair, split
from benchmarks.generator_b import negation, text

SEEDS = range(25)


def outputs(fn, tgt: str, src: str = "", **kw) -> list[str]:
    """The corruption of ``tgt`` under several seeds (each must apply)."""
    outs = [fn(tgt, src, random.Random(seed), **kw) for seed in SEEDS]
    assert all(out is not None and out != tgt for out in outs), outs
    return outs


def changed_words(before: str, after: str) -> list[tuple[str, str]]:
    """(old, new) word pairs of two texts with the same number of words."""
    a, b = before.split(), after.split()
    assert len(a) == len(b), (before, after)
    return [(x, y) for x, y in zip(a, b) if x != y]


def test_date_month_changes_one_month_and_nothing_else():
    tgt = "The summit opened on 12 March 2021 in Geneva."
    for out in outputs(c.date_month, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert old == "March" and new in text.MONTHS and new != "March"


def test_date_month_keeps_an_abbreviation_abbreviated():
    tgt = "The law takes effect on Jan. 5, 2022."
    for out in outputs(c.date_month, tgt):
        [(_, new)] = changed_words(tgt, out)
        assert re.fullmatch(r"(?:Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.", new)


@pytest.mark.parametrize("tgt", ["He may come back.", "Protesters march on the capital.", "Prices rose."])
def test_date_month_needs_a_month(tgt):
    assert c.date_month(tgt, "", random.Random(0)) is None


def test_date_day_changes_the_day_of_a_date_or_a_weekday():
    tgt = "A meeting was held on March 20 at the centre."
    for out in outputs(c.date_day, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert old == "20" and 1 <= int(new) <= 28 and new != "20"
    tgt = "He died in Osaka on Tuesday."
    for out in outputs(c.date_day, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert new.rstrip(".") in text.WEEKDAYS and new != old
    assert c.date_day("It rained all week.", "", random.Random(0)) is None


def test_date_year_moves_a_year_by_one_to_ten():
    tgt = "The bank was nationalised in 2008 after the crisis."
    for out in outputs(c.date_year, tgt):
        [(_, new)] = changed_words(tgt, out)
        assert 1 <= abs(int(new) - 2008) <= 10
    assert c.date_year("It carried 104,500 barrels and 1990s music.", "", random.Random(0)) is None


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        (
            "They visited in April and May last year.",
            {
                "They visited in May last year.",
                "They visited in April last year.",
                "They visited in May and May last year.",
                "They visited in April and April last year.",
            },
        ),
        (
            "On 5-7 March the summit met.",
            {
                "On 5 March the summit met.",
                "On 7 March the summit met.",
                "On 5-5 March the summit met.",
                "On 7-7 March the summit met.",
            },
        ),
    ],
)
def test_date_dropped_drops_or_doubles_one_date_of_a_list(tgt: str, expected: set[str]) -> None:
    assert set(outputs(c.date_dropped, tgt)) == expected


def test_date_dropped_keeps_the_list_readable_and_needs_a_list_of_dates():
    outs = set(outputs(c.date_dropped, "They met on April 3, May 4 and June 5."))
    assert {
        "They met on April 3 and May 4.",
        "They met on May 4 and June 5.",
        "They met on April 3 and June 5.",
    } <= outs
    for tgt in ["It rose 5 and 7 percent.", "It was held on 12 March.", "Prices rose in May."]:
        assert c.date_dropped(tgt, "", random.Random(0)) is None


def test_scale_swaps_the_scale_word():
    tgt = "The fund holds 2 billion dollars."
    for out in outputs(c.scale, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert old == "billion" and new in ("thousand", "million", "trillion")
    for out in outputs(c.scale, "Profits reached $3bn last year."):
        assert re.search(r"\$3(?:k|m|tn) ", out)
    assert c.scale("The city grew quickly.", "", random.Random(0)) is None


def test_unit_swaps_a_unit_for_one_of_the_same_kind():
    tgt = "The temple stands 12 km south of the town."
    for out in outputs(c.unit, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert old == "km" and new in ("mi", "m", "cm", "mm")
    tgt = "The run is 25 kilometres long."
    for out in outputs(c.unit, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert new in ("miles", "metres", "centimetres", "feet", "inches", "yards")
    for out in outputs(c.unit, "Tickets cost €5 each."):
        assert re.search(r"[$£]5 ", out)
    assert c.unit("The 3 men left.", "", random.Random(0)) is None


def test_number_changes_one_digit_or_a_number_word():
    tgt = "In 2010 the tanks could hold 104,500 barrels."
    for out in outputs(c.number, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert old == "104,500" and len(new) == len(old) and sum(x != y for x, y in zip(old, new)) == 1
    tgt = "Three ships sank near the coast."
    for out in outputs(c.number, tgt):
        [(old, new)] = changed_words(tgt, out)
        assert new.lower() in text.NUMBER_WORDS and new[0].isupper() and new != old
    assert c.number("COVID-19 reached the G20 in 2020.", "", random.Random(0)) is None


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        ("The bridge was not damaged.", "The bridge was damaged."),
        ("They don't agree with the plan.", "They do agree with the plan."),
        ("Officials can't confirm the figure.", "Officials can confirm the figure."),
        ("No one was hurt.", "Someone was hurt."),
        ("The ferry no longer runs in winter.", "The ferry still runs in winter."),
        ("He left without a word.", "He left with a word."),
        ("Neither Paris nor Rome replied.", "Both Paris and Rome replied."),
    ],
)
def test_negation_dropped_removes_the_only_negation(tgt, expected):
    out = c.negation_dropped(tgt, "", random.Random(0))
    assert out == expected
    assert negation.negation_count(out) == 0


@pytest.mark.parametrize(
    "tgt", ["He did not go and never called.", "The bridge was damaged.", "It is not only cheap but fast."]
)
def test_negation_dropped_needs_exactly_one_plain_negation(tgt):
    assert c.negation_dropped(tgt, "", random.Random(0)) is None


@pytest.mark.parametrize(
    ("tgt", "expected"),
    [
        ("The bridge was damaged by the storm.", "The bridge was not damaged by the storm."),
        ("Players can join the team.", "Players cannot join the team."),
        ("She has won three medals.", "She has not won three medals."),
    ],
)
def test_negation_added_after_the_first_auxiliary(tgt, expected):
    assert c.negation_added(tgt, "", random.Random(0)) == expected


@pytest.mark.parametrize("tgt", ["The bridge was not damaged.", "He has a car.", "Prices rose."])
def test_negation_added_needs_an_auxiliary_and_no_negation(tgt):
    assert c.negation_added(tgt, "", random.Random(0)) is None


def test_omission_clause_drops_four_words_or_more_and_at_most_half():
    tgt = (
        "The plane crashed on a runway around 9:30 a.m. local time and exploded, causing the "
        "airport to close to commercial flights."
    )
    total = text.word_count(tgt)
    for out in outputs(c.omission_clause, tgt):
        dropped = total - text.word_count(out)
        assert 4 <= dropped <= total / 2
        assert set(out.rstrip(".").split()) <= set(tgt.replace(",", "").rstrip(".").split()) | {
            w + "," for w in tgt.split()
        }
    assert c.omission_clause("The cat sat on the mat.", "", random.Random(0)) is None


def test_omission_list_item_drops_one_item():
    tgt = "He visited France, Germany and Italy last year."
    assert c.omission_list_item(tgt, "", random.Random(0)) == "He visited France and Italy last year."
    tgt = "You need a tent, a stove, a lamp, and a map."
    outs = set(outputs(c.omission_list_item, tgt))
    assert outs == {"You need a tent, a lamp, and a map.", "You need a tent, a stove, and a map."}
    assert c.omission_list_item("He left, and she stayed.", "", random.Random(0)) is None
    assert c.omission_list_item("It is going on, day and night.", "", random.Random(0)) is None


def test_entity_dropped_removes_a_name_the_source_has():
    tgt = "Yesterday the chancellor Angela Merkel met the press in Brussels."
    src = "Hier, la chancelière Angela Merkel a rencontré la presse à Bruxelles."
    out = c.entity_dropped(tgt, src, random.Random(0))
    assert out == "Yesterday the chancellor met the press in Brussels."
    assert c.entity_dropped(tgt, "Hier, la chancelière a rencontré la presse.", random.Random(0)) is None
    assert c.entity_dropped("Merkel met the press.", "Merkel a rencontré la presse.", random.Random(0)) is None


def test_entity_swapped_puts_a_name_from_the_pool_in_its_place():
    tgt = "Yesterday the chancellor Angela Merkel met the press."
    src = "Hier, la chancelière Angela Merkel a rencontré la presse."
    pool = ["Lyon", "Barack Obama", "Angela Merkel"]
    out = c.entity_swapped(tgt, src, random.Random(0), pool)
    assert out == "Yesterday the chancellor Barack Obama met the press."
    assert c.entity_swapped(tgt, src, random.Random(0), []) is None


def test_corrupt_never_returns_the_output_unchanged():
    for cls in c.CLASSES:
        for tgt in ["Prices rose.", "The bridge was not damaged on 12 March 2021, officials said today."]:
            out = c.corrupt(cls, tgt, tgt, random.Random(0), ["Barack Obama"])
            assert out is None or out != tgt


def test_a_line_the_checks_come_to_flag_leaves_the_sample_and_no_other_line_does():
    # the sample of corrupted lines is what recall is measured on: a change to the checks that
    # flags one good line more must not draw another sample of the rest (it did: recall moved by
    # up to 5 points on lines the old and the new checks judged alike)
    tgt = [f"The {k} ministers met on {k + 1} March in Geneva, and prices rose by {k}%." for k in range(40)]
    pair = Pair(lang="fr", src=list(tgt), systems={"a": tgt, "b": list(tgt)}, ref=None)
    good: dict[str, list[list[dict]]] = {name: [[] for _ in tgt] for name in pair.systems}
    flagged = {name: [list(flags) for flags in lines] for name, lines in good.items()}
    flagged["a"][7] = [{"code": "number_mismatch", "severity": "critical"}]
    lines = list(range(len(tgt)))
    before, _ = corruptions.corrupted_sample(pair, "number", lines, good, [], 20, 1, "tune")
    after, _ = corruptions.corrupted_sample(pair, "number", lines, flagged, [], 20, 1, "tune")
    assert len(before) == len(after) == 20
    assert len(set(before) & set(after)) >= 19


def test_split_alternates_blocks_of_fifty_lines():
    halves = split(997)
    assert [len(halves[k]) for k in ("tune", "heldout-open", "sealed")] == [500, 250, 247]
    assert sorted(halves["tune"] + halves["heldout-open"] + halves["sealed"]) == list(range(997))
    assert halves["tune"][:3] == [0, 1, 2] and halves["tune"][50] == 100
    # the odd blocks, cut by block: 1, 5, 9... open, 3, 7, 11... sealed
    assert halves["heldout-open"][0] == 50 and halves["heldout-open"][50] == 250
    assert halves["sealed"][0] == 150 and halves["sealed"][-1] == 996


def test_parts_reads_a_folder_whole_as_one_held_out_part():
    assert parts(997) == split(997)
    assert parts(120, whole=True) == {WHOLE: list(range(120))}


def _press_folder(tmp_path: Path) -> Path:
    """A pair folder as benchmarks/data/parallel builds it: source, published English as the
    one system, the same English as the reference."""
    folder = tmp_path / "fr-en"
    folder.mkdir()
    src = [
        "Le taux dépasse 10 %, selon l'OMS.",
        "En 2025, l'OMS a recensé 21 décès à Genève.",
        "La paix n'est pas un rêve naïf.",
    ]
    en = [
        "The rate exceeds 10 percent, according to WHO.",
        "In 2025, WHO documented 21 deaths in Geneva.",
        "Peace is not a naive dream.",
    ]
    (folder / "src.fr").write_text("\n".join(src) + "\n", encoding="utf-8")
    for name in ("published.en", "ref.en"):
        (folder / name).write_text("\n".join(en) + "\n", encoding="utf-8")
    return folder


def test_both_scripts_read_a_folder_whole(tmp_path, capsys):
    folder = _press_folder(tmp_path)
    assert a.main([str(folder), "--whole", "--alarms-only"]) == 0
    out = capsys.readouterr().out
    assert "| system | held-out |" in out and "tune" not in out and "(held-out 3 lines)" in out
    assert corruptions.main([str(folder), "--whole", "--n", "2"]) == 0
    out = capsys.readouterr().out
    assert "lines: held-out 3)" in out and "tune" not in out
    assert "| number | 2 |" in out  # two corrupted lines of the class, from the published English


def test_whole_refuses_to_show_lines(tmp_path):
    with pytest.raises(SystemExit) as exc:
        a.main([str(_press_folder(tmp_path)), "--whole", "--show", "tune"])
    assert exc.value.code == 2


@pytest.mark.parametrize(
    "options",
    [
        ["--show-missed", "negation_dropped"],
        ["--part", "tune", "--part", "sealed", "--show-missed", "negation_dropped"],
        ["--part", "heldout-open", "--show-missed", "negation_dropped"],
        ["--whole", "--show-missed", "negation_dropped"],
    ],
)
def test_missed_lines_are_shown_for_the_tune_part_only(tmp_path, options):
    with pytest.raises(SystemExit) as exc:
        corruptions.main([str(_press_folder(tmp_path)), *options])
    assert exc.value.code == 2


def test_missed_lines_of_the_tune_part_are_printed(tmp_path, capsys):
    # a pair folder of 3 lines is all tune (the first block of the split)
    folder = _press_folder(tmp_path)
    options = ["--part", "tune", "--class", "negation_dropped", "--show-missed", "negation_dropped", "--n", "5"]
    assert corruptions.main([str(folder), *options]) == 0
    out = capsys.readouterr().out
    assert "lines: tune 3)" in out and "heldout-open" not in out and "sealed" not in out
    assert "| negation_dropped |" in out and "| number |" not in out
    assert "Missed on tune, negation_dropped (0):" in out  # "is not" -> "is" is caught


FRESH = ROOT / "benchmarks" / "data" / "fresh-mt"


def _devtest_lines(folder: Path) -> list[int]:
    rows = (folder / "lines.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [int(row.split("\t")[1]) for row in rows]


def test_fresh_mt_set_reads_as_three_pairs_of_the_same_400_devtest_lines():
    folders = pair_folders(FRESH)
    assert [folder.name for folder in folders] == ["ar-en", "es-en", "fr-en"]
    refs = set()
    for folder in folders:
        pair = read_pair(folder)  # every system file has as many lines as the source
        assert len(pair.src) == 400 and "opusmt" in pair.systems and len(pair.systems) >= 5
        devtest = _devtest_lines(folder)
        assert devtest == sorted(set(devtest)) and len(devtest) == 400 and devtest[-1] < 1012
        refs.add(tuple(pair.ref))
    assert len(refs) == 1  # FLORES English is one text, translated into each source language
    assert _devtest_lines(folders[0]) == _devtest_lines(folders[1]) == _devtest_lines(folders[2])
    assert sum(p.stat().st_size for p in FRESH.rglob("*") if p.is_file()) < 2 * 2**20


def test_fresh_mt_labels_name_lines_and_systems_of_the_set():
    rows = [row.split("\t") for row in (FRESH / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == 103  # 30 per devtest pair, and every flagged line of the news set
    for pair, _, line, devtest, system, codes, verdict, why in rows:
        assert (FRESH / pair / f"{system}.en").is_file()
        assert _devtest_lines(FRESH / pair)[int(line)] == int(devtest)
        assert codes and verdict in {"true error", "false alarm"} and why


def test_label_sample_prints_flagged_system_lines_beside_the_reference(tmp_path, capsys):
    folder = tmp_path / "fr-en"
    folder.mkdir()
    files = {
        "src.fr": ["En 2025, l'OMS a recensé 21 décès à Genève.", "La paix n'est pas un rêve naïf."],
        "ref.en": ["In 2025, WHO documented 21 deaths in Geneva.", "Peace is not a naive dream."],
        "mt.en": ["In 2025, WHO documented 12 deaths in Geneva.", "Peace is not a naive dream."],
    }
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert a.main([str(folder), "--whole", "--alarms-only", "--label-sample", "5"]) == 0
    out = capsys.readouterr().out
    assert "Sample to label, held-out: 1 of 1 flagged system lines (seed 0):" in out
    assert "### 1. held-out line 0 mt" in out
    assert "ref: In 2025, WHO documented 21 deaths in Geneva." in out
    assert "out: In 2025, WHO documented 12 deaths in Geneva." in out
    assert "flag: number_mismatch:" in out and "naive dream" not in out.split("Sample to label")[1]


def test_fresh_mt_news_folder_reads_as_a_pair_of_400_ntrex_lines():
    (folder,) = pair_folders(FRESH / "ntrex")
    pair = read_pair(folder)
    assert folder.name == "fr-en" and pair.lang == "fr" and list(pair.systems) == ["opusmt-bt"]
    rows = [row.split("\t") for row in (folder / "lines.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    lines = [int(row[1]) for row in rows]
    assert len(pair.src) == 400 == len(rows) and lines == sorted(set(lines)) and lines[-1] < 1997
    assert all(row[2] for row in rows)  # the NTREX document of each line


NEWS = ROOT / "benchmarks" / "data" / "news"


def test_news_sets_are_two_years_of_the_same_systems_with_no_human_english():
    for part, size in (("study", 3000), ("heldout", 3003)):
        folders = pair_folders(NEWS / part)
        assert [folder.name for folder in folders] == ["es-en", "fr-en"]
        for folder in folders:
            pair = read_pair(folder)
            assert pair.ref is None and len(pair.src) == 600
            assert set(pair.systems) == {"bergamot-base-memory", "bergamot-tiny", "google", "microsoft"}
            lines = [int(row.split("\t")[1]) for row in (folder / "lines.tsv").read_text().splitlines()]
            assert lines == sorted(set(lines)) and lines[-1] < size
    (folder,) = pair_folders(NEWS.parent / "talks")
    pair = read_pair(folder)
    assert pair.lang == "ar" and pair.ref is None and len(pair.src) == 600 and len(pair.systems) == 7


def test_a_folder_with_no_human_english_is_reported_for_its_systems_alone(tmp_path, capsys):
    folder = tmp_path / "es-en"
    folder.mkdir()
    files = {
        "src.es": ["Gasta 1.300 dólares al año.", "Las nuevas leyes no exigen nada."],
        "mt.en": ["It spends 3,100 dollars a year.", "The new laws require nothing."],
    }
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read_pair(folder).ref is None
    assert a.main([str(folder), "--whole", "--alarms-only", "--label-sample", "5"]) == 0
    out = capsys.readouterr().out
    assert "| mt | 50.0% |" in out and "| reference |" not in out and "ref:" not in out
    assert "flag: number_mismatch:" in out
    assert corruptions.main([str(folder), "--whole", "--n", "2"]) == 0
    assert "| reference |" not in capsys.readouterr().out


def test_an_open_folder_is_read_whole_and_its_lines_shown(tmp_path, capsys):
    # benchmarks/data/news/open: every line may be studied, so both scripts read it as one
    # part, "open", and print its flagged lines and its missed corrupted lines
    folder = _press_folder(tmp_path)
    assert a.main([str(folder), "--open", "--alarms-only", "--show", "open"]) == 0
    out = capsys.readouterr().out
    assert "| system | open |" in out and "tune" not in out
    assert corruptions.main([str(folder), "--open", "--n", "2", "--show-missed", "negation_dropped"]) == 0
    out = capsys.readouterr().out
    assert "lines: open 3)" in out and "Missed on open, negation_dropped" in out


@pytest.mark.parametrize(
    "script, options",
    [
        (a, ["--open", "--whole", "--alarms-only"]),
        (a, ["--open", "--show", "tune"]),
        (a, ["--show", "open"]),
        (corruptions, ["--open", "--whole"]),
        (corruptions, ["--open", "--part", "tune"]),
    ],
)
def test_open_goes_with_its_own_part_only(tmp_path, script, options):
    with pytest.raises(SystemExit) as exc:
        script.main([str(_press_folder(tmp_path)), *options])
    assert exc.value.code == 2
