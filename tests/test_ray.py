"""`run.executor = "ray"`: the same records as the local executor, on a local Ray cluster."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

import summarise  # noqa: E402
from summarise.store.rundir import RunDir  # noqa: E402

pytestmark = [pytest.mark.ray, pytest.mark.filterwarnings("ignore::DeprecationWarning")]  # Ray's own settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture(scope="session")
def ray_cluster():
    """One local Ray of two CPUs for the session (whatever the machine); runs reuse it."""
    import logging

    from summarise.pipeline.ray_executor import import_ray

    import_ray()  # the executor's environment: short temp dir, no usage stats, no bars
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    yield
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The seeds plus an empty file and a binary one (both must become error records)."""
    folder = tmp_path_factory.mktemp("inputs")
    for seed in sorted(DATA.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(PNG)
    return folder


def iter_records(records_path: Path):
    return RunDir(records_path.parent).iter_records()


def tiny_config(model: str, executor: str, **run: object):
    overrides = [
        "run.device=cpu",
        f"run.executor={executor}",
        f"translate.model={model}",
        "translate.num_beams=1",
        "translate.max_new_tokens=8",
        "summarise.method=extractive",
    ]
    overrides += [f"run.{key}={value}" for key, value in run.items()]
    return summarise.load_config(None, overrides)


@pytest.fixture(scope="module")
def both_runs(tmp_path_factory, tiny_models, inputs, ray_cluster):
    """The same inputs and settings through the local executor and the Ray executor."""
    tmp = tmp_path_factory.mktemp("runs")
    local = summarise.run(tiny_config(tiny_models["marian"], "local"), [inputs], tmp / "local", progress=False)
    on_ray = summarise.run(tiny_config(tiny_models["marian"], "ray"), [inputs], tmp / "ray")
    return local, on_ray


def comparable(record) -> dict:
    """A record without where it was read from and without any timing."""
    data = record.to_dict()
    data.pop("source")
    return _drop_times(data)


def _drop_times(value):
    if isinstance(value, dict):
        return {k: _drop_times(v) for k, v in value.items() if "time" not in k and "seconds" not in k}
    if isinstance(value, list):
        return [_drop_times(v) for v in value]
    return value


def test_ray_run_gives_the_records_of_a_local_run(both_runs):
    local, on_ray = both_runs
    expected = list(iter_records(local.records_path))
    got = list(iter_records(on_ray.records_path))
    assert [r.id for r in got] == [r.id for r in expected]
    assert [comparable(r) for r in got] == [comparable(r) for r in expected]
    assert (on_ray.done, on_ray.failed, on_ray.skipped) == (local.done, local.failed, local.skipped)
    assert on_ray.exit_code == local.exit_code == 1


def test_failing_documents_become_error_records(both_runs):
    _, on_ray = both_runs
    errors = {r.id: r.error for r in iter_records(on_ray.records_path) if r.error}
    assert errors["empty"]["type"] == "EmptyInput"
    assert errors["scan"]["type"] == "BinaryInput"
    assert set(errors) == {"empty", "scan"}
    assert on_ray.failures == {"read:EmptyInput": 1, "read:BinaryInput": 1}


def test_each_document_is_written_exactly_once(both_runs, inputs):
    _, on_ray = both_runs
    ids = [r.id for r in iter_records(on_ray.records_path)]
    assert ids == sorted(p.stem for p in inputs.iterdir())
    assert not (on_ray.output / "shards").exists()  # records go straight into records.jsonl


def test_manifest_is_the_local_one_plus_the_executor(both_runs):
    local, on_ray = both_runs
    mine = json.loads((on_ray.output / "manifest.json").read_text(encoding="utf-8"))
    theirs = json.loads((local.output / "manifest.json").read_text(encoding="utf-8"))
    assert set(mine) == set(theirs) | {"executor", "ray"}
    assert mine["executor"] == "ray" and mine["status"] == "done"
    assert mine["signature"] == theirs["signature"]
    assert mine["documents"] == theirs["documents"]
    assert mine["tokens"] == theirs["tokens"]


def leave_as_a_killed_run(out: Path, rec_id: str) -> None:
    """What a run killed mid-way leaves: records appended but not compacted (one document
    twice, one missing) and a torn last line."""
    path = out / "records.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if json.loads(line)["id"] != rec_id]
    path.write_text("".join(kept) + kept[0] + '{"id": "00', encoding="utf-8")


def test_rerun_after_a_kill_skips_done_documents_and_appends_nothing(both_runs, tiny_models, inputs):
    """A rerun of shard 1/2 after a kill selects what the local executor selects, redoes
    the missing document and the failed one, and leaves one record each."""
    local, on_ray = both_runs
    before = {r.id: comparable(r) for r in iter_records(on_ray.records_path)}
    for out in (on_ray.output, local.output):
        leave_as_a_killed_run(out, "001_9295c142cd2f8313")
    again = summarise.run(tiny_config(tiny_models["marian"], "ray"), [inputs], on_ray.output, shard=(1, 2))
    local_again = summarise.run(
        tiny_config(tiny_models["marian"], "local"), [inputs], local.output, shard=(1, 2), progress=False
    )
    assert (again.done, again.skipped, again.failed) == (1, 1, 1)
    assert (again.done, again.skipped, again.failed) == (local_again.done, local_again.skipped, local_again.failed)
    after = [r.id for r in iter_records(again.records_path)]
    assert after == [r.id for r in iter_records(local_again.records_path)]
    assert sorted(after) == sorted(before)
    assert {r.id: comparable(r) for r in iter_records(again.records_path)} == before
    manifest = json.loads((again.output / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["repaired_torn_bytes"] == len('{"id": "00')


# --- the run-folder rules, on both executors ---------------------------------------------


EXECUTORS = ["local", "ray"]


@pytest.mark.parametrize("executor", EXECUTORS)
def test_force_with_limit_keeps_the_other_records(executor, both_runs, tmp_path, tiny_models, inputs):
    local, _ = both_runs
    out = tmp_path / "out"
    shutil.copytree(local.output, out)
    before = {r.id: comparable(r) for r in iter_records(out / "records.jsonl")}
    result = summarise.run(
        tiny_config(tiny_models["marian"], executor), [inputs], out, force=True, limit=1, progress=False
    )
    assert (result.done, result.skipped) == (1, 0)
    assert {r.id: comparable(r) for r in iter_records(out / "records.jsonl")} == before


@pytest.mark.parametrize("executor", EXECUTORS)
def test_same_names_and_repeated_jsonl_ids_get_their_own_records(executor, tmp_path, tiny_models, ray_cluster):
    corpus = tmp_path / "in"
    seeds = sorted(DATA.glob("*.txt"))
    for folder, seed in (("a", seeds[0]), ("b", seeds[1])):
        (corpus / folder).mkdir(parents=True)
        shutil.copy(seed, corpus / folder / "release.txt")
    shutil.copy(seeds[2], corpus / "x.txt")
    shutil.copy(seeds[3], corpus / "x.html")
    lines = tmp_path / "lines.jsonl"
    text = seeds[4].read_text(encoding="utf-8")
    lines.write_text("".join(json.dumps({"id": "n1", "text": text}) + "\n" for _ in range(2)), encoding="utf-8")
    result = summarise.run(
        tiny_config(tiny_models["marian"], executor), [corpus, lines], tmp_path / "out", progress=False
    )
    got = {r.id: r for r in iter_records(result.records_path)}
    assert list(got) == ["a/release", "b/release", "x.html", "x.txt", "n1", "n1~2"]
    assert got["n1~2"].error["type"] == "DuplicateId"
    assert all(got[i].error is None for i in ("a/release", "b/release", "x.html", "x.txt", "n1"))


@pytest.mark.parametrize("executor", EXECUTORS)
def test_a_busy_folder_is_refused_before_any_model_loads(executor, tmp_path, tiny_models):
    with RunDir(tmp_path / "out").open():
        with pytest.raises(summarise.UserError, match=f"in use by another run \\(pid {os.getpid()}"):
            summarise.run(tiny_config(tiny_models["marian"], executor), [DATA], tmp_path / "out")


@pytest.mark.parametrize("executor", EXECUTORS)
def test_reviews_are_attached_again_when_a_rerun_redoes_the_document(
    executor, both_runs, tmp_path, tiny_models, inputs
):
    from summarise.review.page import apply_corrections

    local, _ = both_runs
    out = tmp_path / "out"
    shutil.copytree(local.output, out)
    rid = "003_6c8778f30a09c825"
    fix = tmp_path / "c.jsonl"
    fix.write_text(json.dumps({"id": rid, "segment": 1, "tgt": "Reviewed.", "by": "Ana"}) + "\n")
    assert apply_corrections(out, fix) == 1
    result = summarise.run(tiny_config(tiny_models["marian"], executor), [inputs], out, force=True, progress=False)
    assert result.done == 5
    rec = next(r for r in iter_records(out / "records.jsonl") if r.id == rid)
    assert rec.translation["segments"][1]["reviewed"]["tgt"] == "Reviewed."
    assert "Reviewed." in rec.translation["reviewed_text"]


def test_without_ray_the_error_says_how_to_install_it(monkeypatch, tmp_path, tiny_models):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(summarise.UserError, match=r'pip install "summarise\[ray\]"'):
        summarise.run(tiny_config(tiny_models["marian"], "ray"), [DATA], tmp_path / "out")


def test_a_model_that_cannot_load_stops_the_run_before_any_document(tmp_path, ray_cluster):
    config = tiny_config(str(tmp_path / "no-such-model"), "ray")
    with pytest.raises(summarise.ModelLoadError):
        summarise.run(config, [DATA], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_input_units_read_as_the_inputs_do(tmp_path, inputs):
    """Each unit is a read+clean task: together, in order, they give what read(inputs) gives."""
    from summarise.text.read import input_units, read

    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "a", "text": "Bonjour."}\n{"id": "b", "text": "Salut."}\n', encoding="utf-8"
    )
    given = [inputs, tmp_path / "empty-folder", tmp_path / "missing.txt", tmp_path / "lines.jsonl", ""]
    units = input_units(given)
    assert len(units) == 7 + 4
    as_units = [(r.id, r.source, r.error) for unit in units for r in read([unit])]
    assert as_units == [(r.id, r.source, r.error) for r in read(given)]


def test_a_pool_larger_than_the_cluster_is_refused(tmp_path, tiny_models, ray_cluster):
    config = tiny_config(tiny_models["marian"], "ray", ray_cpus_per_worker=1000)
    with pytest.raises(summarise.UserError, match="ray_cpus_per_worker"):
        summarise.run(config, [DATA], tmp_path / "out")


def test_a_batch_that_raises_fails_only_its_bad_document(tiny_models, seed_paths):
    """The actor's batch call: a row the stages cannot take (here not a record at all)
    becomes an error record, and the other documents of its batch are still processed."""
    import pyarrow as pa

    from summarise.pipeline.ray_executor import ModelWorker

    config = tiny_config(tiny_models["marian"], "ray")
    good = list(summarise.read_and_clean(seed_paths[:2], config))
    rows = [{"file": i, "k": 0, "id": rec.id, "record": rec.to_json()} for i, rec in enumerate(good)]
    rows.insert(1, {"file": 9, "k": 0, "id": "broken", "record": '{"id": "broken"}'})
    out = ModelWorker(config, done={})(pa.Table.from_pylist(rows)).to_pylist()
    records = [summarise.Record.from_json(row["record"]) for row in out]
    assert [r.id for r in records] == [good[0].id, "broken", good[1].id]
    assert records[1].error["stage"] == "process"
    assert records[0].error is None and records[0].translation["text"]
    assert records[2].error is None and records[2].translation["text"]
    assert not any(row["skipped"] for row in out)


# --- releases in several languages ------------------------------------------------------------

TERMS = ROOT / "tests" / "fixtures" / "terms"
SPANISH_REVIEWED = "La organización trabaja con socios en cinco países y apoya a las víctimas en todas las regiones."


def mixed_config(models: dict[str, str], executor: str, memory: Path, *extra: str):
    """French, Spanish and Arabic, each to its own tiny Marian, each with its own glossary."""
    return summarise.load_config(
        None,
        [
            "run.device=cpu",
            f"run.executor={executor}",
            'clean.languages=["fr", "es", "ar"]',
            f"translate.model={models['marian']}",
            f"translate.models.es={models['marian_es']}",
            f"translate.models.ar={models['marian_ar']}",
            "translate.num_beams=1",
            "translate.max_new_tokens=8",
            f"translate.glossary={TERMS / 'glossary-fr.tsv'}",
            f"translate.glossaries.es={TERMS / 'glossary-es.tsv'}",
            f"translate.glossaries.ar={TERMS / 'glossary-ar.tsv'}",
            f"translate.memory={memory}",
            "summarise.method=extractive",
            *extra,
        ],
    )


def test_a_mixed_language_run_on_ray_gives_the_records_of_a_local_run(tmp_path, tiny_models, ray_cluster):
    from summarise.store.memory import add_reviews

    memory = tmp_path / "memory.jsonl"
    review = {"id": "es_oim", "segment": 3, "src": SPANISH_REVIEWED, "status": "corrected", "by": "ana"}
    add_reviews(
        memory,
        [
            {
                **review,
                "tgt": "Reviewed before, in a run on another model.",
                "lang": "es",
                "model": tiny_models["mbart50"],
            },
            {**review, "tgt": "Reviewed for the Spanish model.", "lang": "es", "model": tiny_models["marian_es"]},
            {**review, "tgt": "Reviewed as French.", "lang": "fr", "model": tiny_models["marian"]},
        ],
    )
    inputs = sorted(TERMS.glob("*_oim.txt"))
    local = summarise.run(mixed_config(tiny_models, "local", memory), inputs, tmp_path / "local", progress=False)
    on_ray = summarise.run(mixed_config(tiny_models, "ray", memory), inputs, tmp_path / "ray")
    expected = list(iter_records(local.records_path))
    got = list(iter_records(on_ray.records_path))
    assert [comparable(r) for r in got] == [comparable(r) for r in expected]
    assert (on_ray.done, on_ray.failed, on_ray.skipped) == (local.done, local.failed, local.skipped) == (3, 0, 0)
    # Each record says its language and model; its signature names that model.
    assert {r.id: (r.translation["source_lang"], r.translation["model"]) for r in got} == {
        "fr_oim": ("fr", tiny_models["marian"]),
        "es_oim": ("es", tiny_models["marian_es"]),
        "ar_oim": ("ar", tiny_models["marian_ar"]),
    }
    assert all(f"model:{Path(r.translation['model']).name}@" in r.signature for r in got)
    # On the workers too, each document met its language's glossary and memory entries only.
    records = {r.id: r for r in got}
    spanish = records["es_oim"].translation
    assert [(s["src"], s["tgt"]) for s in spanish["segments"] if s.get("from_memory")] == [
        (SPANISH_REVIEWED, "Reviewed for the Spanish model.")
    ]
    assert "human trafficking" in spanish["text"] and "IOM" not in spanish["text"]
    assert "IOM" in records["fr_oim"].translation["text"]
    mine = json.loads((on_ray.output / "manifest.json").read_text(encoding="utf-8"))
    theirs = json.loads((local.output / "manifest.json").read_text(encoding="utf-8"))
    assert mine["languages"] == theirs["languages"] and mine["models"]["languages"] == theirs["models"]["languages"]


def test_on_ray_the_fallback_loads_in_the_worker_whose_document_needs_it(tmp_path, tiny_models, ray_cluster):
    """The driver checks the fallback without its weights; the worker that meets the German
    release loads them and translates it with de_DE, as a local run does."""
    from test_multilingual import GERMAN

    inputs = tmp_path / "in"
    inputs.mkdir()
    for source in sorted(TERMS.glob("*_oim.txt")):
        shutil.copy(source, inputs / source.name)
    (inputs / "de_release.txt").write_text(GERMAN, encoding="utf-8")
    fallback = f"translate.fallback={tiny_models['mbart50']}"
    runs = {
        executor: summarise.run(
            mixed_config(tiny_models, executor, tmp_path / f"memory_{executor}.jsonl", fallback),
            [inputs],
            tmp_path / executor,
            progress=False,
        )
        for executor in ("local", "ray")
    }
    german = {
        executor: {r.id: r for r in iter_records(run.records_path)}["de_release"] for executor, run in runs.items()
    }
    assert german["ray"].error is None and german["ray"].translation["model"] == tiny_models["mbart50"]
    made_by = {
        executor: rec.signature.partition("|cfg:")[0] for executor, rec in german.items()
    }  # cfg: the memory path
    assert "src:de_DE" in made_by["ray"] and made_by["ray"] == made_by["local"]
    assert runs["ray"].done == runs["local"].done == 4
    manifest = {e: json.loads((run.output / "manifest.json").read_text(encoding="utf-8")) for e, run in runs.items()}
    assert manifest["local"]["models"]["languages"]["*"]["loaded"] is True
    assert manifest["ray"]["models"]["languages"]["*"]["loaded"] is None  # each worker's own: unknown to the driver
    assert manifest["ray"]["languages"]["de"]["translators"] == {tiny_models["mbart50"]: 1}
