"""The translation memory: fed by reviews, reused by later runs, exchanged as TMX."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

import summarise
from summarise.cli import main
from summarise.review import page as review
from summarise.store.memory import Memory, MemoryFileError, add_reviews, export_tmx, import_tmx, normalise
from summarise.store.rundir import RunDir

REVIEWED_FR = (
    "Le bureau de l'OIM à Managua a lancé un projet-pilote en vue de fournir une aide à la "
    "réintégration aux victimes de la traite dans la province de Chinandega."
)
REVIEWED_EN = (
    "The IOM office in Managua has launched a pilot project to provide reintegration "
    "assistance to trafficking victims in the province of Chinandega."
)


def review_entry(
    src: str, tgt: str, status: str = "corrected", by: str = "ana", at: str = "2026-11-23T05:26:38.120Z"
) -> dict:
    """An entry of the reviews store, as ``review --apply`` writes it."""
    return {"id": "003", "segment": 1, "src": src, "src_hash": "x", "tgt": tgt, "status": status, "by": by, "at": at}


def test_reviews_go_in_and_are_found_after_the_models_normalisation(tmp_path):
    path = tmp_path / "memory.jsonl"
    added = add_reviews(
        path,
        [
            review_entry("L’OIM a dit « oui ».", " IOM said 'yes'. "),
            review_entry("Une phrase vue.", "A sentence seen.", status="accepted"),
            review_entry("Pas encore revue.", "Not reviewed yet.", status="pending"),
        ],
    )
    assert added == 2
    memory = Memory.load(path)
    hit = memory.lookup("L'OIM  a dit « oui ».")  # another apostrophe and spaces: the same for the model
    assert hit["tgt"] == "IOM said 'yes'." and hit["by"] == "ana" and hit["at"] == "2026-11-23T05:26:38Z"
    assert memory.lookup("L'OIM a dit « non ».") is None
    assert memory.lookup("Pas encore revue.") is None
    assert add_reviews(path, [review_entry("Une phrase vue.", "A sentence seen.")]) == 0  # no change


def test_the_last_review_of_a_sentence_wins(tmp_path):
    path = tmp_path / "memory.jsonl"
    add_reviews(path, [review_entry("Une phrase.", "First.")])
    add_reviews(path, [review_entry("Une phrase.", "Second.", by="bo")])
    assert Memory.load(path).lookup("Une phrase.")["tgt"] == "Second."
    assert normalise("Une  phrase.") == normalise("Une phrase.")


def test_a_broken_memory_line_is_named(tmp_path):
    path = tmp_path / "memory.jsonl"
    path.write_text('{"src": "a", "tgt": "b"}\n{"src": 1}\n', encoding="utf-8")
    with pytest.raises(MemoryFileError, match="memory.jsonl line 2: not a memory entry"):
        Memory.load(path)


def test_a_line_torn_by_a_killed_writer_is_skipped_and_the_next_review_lands_whole(tmp_path):
    path = tmp_path / "memory.jsonl"
    path.write_text('{"src": "Un.", "tgt": "One."}\n{"src": "Deux.", "tg', encoding="utf-8")
    assert [e["src"] for e in Memory.load(path).entries()] == ["Un."]
    assert add_reviews(path, [review_entry("Trois.", "Three.")]) == 1
    assert [e["src"] for e in Memory.load(path).entries()] == ["Un.", "Trois."]


def test_tmx_export_then_import_gives_the_same_memory(tmp_path):
    first = tmp_path / "a" / "memory.jsonl"
    add_reviews(
        first,
        [
            review_entry("L’OIM a dit « oui » & <non>.", "IOM said yes & <no>."),
            review_entry("Deux.", "Two.", status="accepted", by="", at="not a date"),
            review_entry("Trois.", "Three.", at="2026-11-23T06:00:00+01:00"),
        ],
    )
    tmx = tmp_path / "memory.tmx"
    assert export_tmx(first, tmx) == 3
    root = ET.parse(tmx).getroot()
    assert root.get("version") == "1.4" and root.find("header").get("srclang") == "fr"
    assert len(root.findall("body/tu")) == 3
    second = tmp_path / "b" / "memory.jsonl"
    assert import_tmx(tmx, second) == 3
    assert Memory.load(second).entries() == Memory.load(first).entries()
    assert Memory.load(second).hash() == Memory.load(first).hash()


def test_a_cat_tools_tmx_is_imported(tmp_path):
    tmx = tmp_path / "cat.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr-FR"/><body>'
        '<tu creationid="LEE" creationdate="20240105T101500Z">'
        '<tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>bureau<ept i="1">&lt;/b&gt;</ept> ferme.</seg></tuv>'
        '<tuv xml:lang="en-GB"><seg>The office closes.</seg></tuv></tu>'
        '<tu><tuv xml:lang="de"><seg>Nein</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    assert import_tmx(tmx, tmp_path / "memory.jsonl") == 1
    (entry,) = Memory.load(tmp_path / "memory.jsonl").entries()
    assert entry["src"] == "Le <b>bureau</b> ferme."
    assert (entry["tgt"], entry["by"], entry["at"], entry["status"]) == (
        "The office closes.",
        "LEE",
        "2024-01-05T10:15:00Z",
        "imported",
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["memory", "export", "out.tmx", "--memory", "{tmp}/none.jsonl"], "no translation memory here"),
        (["memory", "import", "{tmp}/none.tmx", "--memory", "{tmp}/m.jsonl"], "no such TMX file"),
        (["memory", "import", "{tmp}/bad.tmx", "--memory", "{tmp}/m.jsonl"], "not a readable TMX file"),
    ],
)
def test_memory_command_errors_are_one_line(tmp_path, capsys, args, message):
    (tmp_path / "bad.tmx").write_text("<tmx><body>", encoding="utf-8")
    assert main([a.format(tmp=tmp_path) for a in args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("summarise memory: error: ") and message in err and "\n" not in err


def test_memory_command_round_trip(tmp_path, capsys):
    add_reviews(tmp_path / "m.jsonl", [review_entry("Un.", "One.")])
    assert main(["memory", "export", str(tmp_path / "m.tmx"), "--memory", str(tmp_path / "m.jsonl")]) == 0
    assert main(["memory", "import", str(tmp_path / "m.tmx"), "--memory", str(tmp_path / "n.jsonl")]) == 0
    assert Memory.load(tmp_path / "n.jsonl").entries() == Memory.load(tmp_path / "m.jsonl").entries()


# --- across runs -----------------------------------------------------------------------

RELEASE = """Aide aux victimes de la traite

{reviewed} {other}

Sur 26 victimes ayant bénéficié d'une aide, 13 étaient originaires de Chinandega.
"""
OTHER_FR = "Cette province, située dans le sud-ouest du Nicaragua, est considérée comme la plus vulnérable."
EDITED_FR = "Cette province, située au nord-ouest du Nicaragua, est considérée comme la plus vulnérable."


def test_a_reviewed_sentence_is_reused_on_a_second_run_over_a_changed_document(tmp_path, tiny_models):
    release = tmp_path / "in" / "003_chinandega.txt"
    release.parent.mkdir()
    release.write_text(RELEASE.format(reviewed=REVIEWED_FR, other=OTHER_FR), encoding="utf-8")
    config = summarise.load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            "translate.num_beams=1",
            "translate.max_new_tokens=24",
            "translate.threads=1",
            'run.device="cpu"',
        ],
    )
    models = summarise.load_models(config)
    run_dir = tmp_path / "project" / "2026-11"
    assert summarise.run(config, [release], run_dir, models=models, progress=False).done == 1
    (rec,) = RunDir(run_dir).iter_records()
    sources = [s["src"] for s in rec.translation["segments"]]
    assert sources[1:3] == [REVIEWED_FR, OTHER_FR]
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(
        "\n".join(
            json.dumps(c, ensure_ascii=False)
            for c in [
                {
                    "id": rec.id,
                    "segment": 1,
                    "tgt": REVIEWED_EN,
                    "by": "ana",
                    "at": "2026-11-23T05:26:38Z",
                    "src": REVIEWED_FR,
                },
                {
                    "id": rec.id,
                    "segment": 2,
                    "tgt": "This province is the most vulnerable.",
                    "by": "ana",
                    "at": "2026-11-23T05:27:00Z",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert review.apply_corrections(run_dir, corrections) == 2
    assert Memory.load(tmp_path / "project" / "memory.jsonl").lookup(REVIEWED_FR)["tgt"] == REVIEWED_EN

    # Next month: the release was edited (one sentence changed); a new run folder beside the first.
    release.write_text(RELEASE.format(reviewed=REVIEWED_FR, other=EDITED_FR), encoding="utf-8")
    later = tmp_path / "project" / "2026-12"
    assert summarise.run(config, [release], later, models=models, progress=False).done == 1
    (rec2,) = RunDir(later).iter_records()
    reused, edited = rec2.translation["segments"][1:3]
    assert (reused["src"], reused["tgt"], reused["from_memory"]) == (REVIEWED_FR, REVIEWED_EN, True)
    assert (reused["reviewed_by"], reused["reviewed_at"]) == ("ana", "2026-11-23T05:26:38Z")
    assert edited["src"] == EDITED_FR and "from_memory" not in edited
    assert edited["tgt"] != "This province is the most vulnerable."
    assert REVIEWED_EN in rec2.translation["text"]
    manifest = json.loads((later / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["models"]["translator"]["terms"]["memory"]["entries"] == 2


# --- by source language and model -------------------------------------------------------------

SPANISH = "La OIM abrió una oficina en Managua."


def test_an_entry_is_served_only_for_its_language_whatever_model_drafted_it(tmp_path):
    """A reviewer's English for a sentence holds whatever model drafted it: a language moved to
    another model keeps its reviews. The entry names the model, for the audit."""
    path = tmp_path / "memory.jsonl"
    add_reviews(
        path,
        [
            {**review_entry(SPANISH, "IOM opened an office in Managua."), "lang": "es", "model": "opus-mt-es-en"},
            {**review_entry("مرحبا بكم.", "Welcome."), "lang": "ar", "model": None},  # imported from a CAT tool
        ],
    )
    memory = Memory.load(path)
    assert memory.lookup(SPANISH, "es")["tgt"] == "IOM opened an office in Managua."
    assert memory.lookup(SPANISH, "fr") is None  # another language
    assert memory.lookup(SPANISH) is None  # French, the default
    assert memory.lookup("مرحبا بكم.", "ar")["tgt"] == "Welcome."
    # The same sentence reviewed again in a run on another model: the latest review wins.
    add_reviews(path, [{**review_entry(SPANISH, "The IOM opened an office."), "lang": "es", "model": "mbart"}])
    memory = Memory.load(path)
    assert memory.lookup(SPANISH, "es")["tgt"] == "The IOM opened an office."
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(e["lang"], e["model"]) for e in lines] == [("es", "opus-mt-es-en"), ("ar", None), ("es", "mbart")]


def test_a_memory_file_written_before_entries_named_language_and_model_still_reads(tmp_path):
    """Old entries are French (the memory was French-only); the
    memory's hash (in the manifest) is what the version that wrote the file gave it."""
    path = tmp_path / "memory.jsonl"
    old = [
        {"src": "L’OIM a dit « oui ».", "tgt": "IOM said 'yes'.", "status": "corrected", "by": "ana"},
        {"src": "Une phrase vue.", "tgt": "A sentence seen.", "status": "accepted", "by": "bo"},
        {"src": "Une phrase vue.", "tgt": "A sentence, seen.", "status": "corrected", "by": "ana"},
    ]
    for entry, at, doc, segment in zip(
        old, ("2026-11-23T05:26:38Z", "2026-11-24T08:00:00Z", "2026-11-25T08:00:00Z"), ("003", "004", "004"), (1, 2, 2)
    ):
        entry.update(at=at, doc=doc, segment=segment)
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in old), encoding="utf-8")
    memory = Memory.load(path)
    assert memory.lookup("L'OIM a dit « oui ».", "fr")["tgt"] == "IOM said 'yes'."
    assert memory.lookup("Une phrase vue.", "fr")["tgt"] == "A sentence, seen."  # the last wins
    assert memory.lookup("Une phrase vue.", "es") is None
    assert memory.info() == {"path": str(path), "hash": "386ecba7", "entries": 2}  # 0.2.0's hash of this file
    # A new review beside them names its language and model; the old lines stay as they were.
    add_reviews(path, [{**review_entry("Un.", "One."), "lang": "fr", "model": "Helsinki-NLP/opus-mt-fr-en"}])
    assert path.read_text(encoding="utf-8").splitlines()[:3] == [json.dumps(e, ensure_ascii=False) for e in old]


def test_tmx_carries_each_entrys_language_and_model(tmp_path):
    first = tmp_path / "a" / "memory.jsonl"
    add_reviews(
        first,
        [
            review_entry("Un.", "One."),
            {**review_entry(SPANISH, "IOM opened an office."), "lang": "es", "model": "opus-mt-es-en"},
            {**review_entry("مرحبا بكم.", "Welcome."), "lang": "ar"},
        ],
    )
    tmx = tmp_path / "memory.tmx"
    assert export_tmx(first, tmx) == 3
    root = ET.parse(tmx).getroot()
    assert root.find("header").get("srclang") == "*all*"
    langs = [
        [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")] for tu in root.iter("tu")
    ]
    assert langs == [["fr", "en"], ["es", "en"], ["ar", "en"]]
    second = tmp_path / "b" / "memory.jsonl"
    assert import_tmx(tmx, second) == 3
    assert Memory.load(second).entries() == Memory.load(first).entries()
    assert [e["model"] for e in Memory.load(second).entries()] == [None, "opus-mt-es-en", None]


def test_a_memory_line_with_a_language_that_is_not_a_string_is_named(tmp_path):
    path = tmp_path / "memory.jsonl"
    path.write_text('{"src": "a", "tgt": "b", "lang": "es"}\n{"src": "a", "tgt": "b", "lang": 3}\n', encoding="utf-8")
    with pytest.raises(MemoryFileError, match="memory.jsonl line 2: 'lang' and 'model' must be strings"):
        Memory.load(path)
