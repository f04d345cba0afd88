"""`run.executor = "ray"`: the same records as the local executor, on a local Ray cluster."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

import summarise  # noqa: E402
from summarise.rundir import RunDir  # noqa: E402

pytestmark = [pytest.mark.ray,
              pytest.mark.filterwarnings("ignore::DeprecationWarning")]  # Ray's own settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture(scope="session")
def ray_cluster():
    """One local Ray of two CPUs for the session (whatever the machine); runs reuse it."""
    import logging

    from summarise.ray_executor import import_ray

    import_ray()  # the executor's environment: short temp dir, no usage stats, no bars
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.WARNING)
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
    overrides = ["run.device=cpu", f"run.executor={executor}", f"translate.model={model}",
                 "translate.num_beams=1", "translate.max_new_tokens=8", "summarise.method=extractive"]
    overrides += [f"run.{key}={value}" for key, value in run.items()]
    return summarise.load_config(None, overrides)


@pytest.fixture(scope="module")
def both_runs(tmp_path_factory, tiny_models, inputs, ray_cluster):
    """The same inputs and settings through the local executor and the Ray executor."""
    tmp = tmp_path_factory.mktemp("runs")
    local = summarise.run(tiny_config(tiny_models["marian"], "local"), [inputs], tmp / "local",
                          progress=False)
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
    shard_ids = [r.id for shard in sorted((on_ray.output / "shards").glob("part-*.jsonl"))
                 for r in iter_records(shard)]
    assert sorted(shard_ids) == sorted(ids)


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
    """What a run killed mid-way leaves: one finished record only in an unmerged shard
    (whose last line is torn), not yet in records.jsonl."""
    path = out / "records.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    moved = [line for line in lines if json.loads(line)["id"] == rec_id]
    path.write_text("".join(line for line in lines if line not in moved), encoding="utf-8")
    shutil.rmtree(out / "shards")
    (out / "shards").mkdir()
    (out / "shards" / "part-00000.jsonl").write_text(moved[0] + '{"id": "00', encoding="utf-8")


def test_rerun_after_a_kill_skips_done_documents_and_appends_nothing(both_runs, tiny_models, inputs):
    """A rerun of shard 1/2 after a kill selects what the local executor selects, finds the
    record left in a shard, redoes only the failed document, and leaves one record each."""
    local, on_ray = both_runs
    before = {r.id: comparable(r) for r in iter_records(on_ray.records_path)}
    leave_as_a_killed_run(on_ray.output, "001_9295c142cd2f8313")
    again = summarise.run(tiny_config(tiny_models["marian"], "ray"), [inputs], on_ray.output,
                          shard=(1, 2))
    local_again = summarise.run(tiny_config(tiny_models["marian"], "local"), [inputs], local.output,
                                shard=(1, 2), progress=False)
    assert (again.done, again.skipped, again.failed) == (0, 2, 1)
    assert (again.done, again.skipped, again.failed) == (
        local_again.done, local_again.skipped, local_again.failed)
    after = [r.id for r in iter_records(again.records_path)]
    assert after == [r.id for r in iter_records(local_again.records_path)]
    assert {r.id: comparable(r) for r in iter_records(again.records_path)} == before
    shard_ids = [r.id for shard in (again.output / "shards").glob("part-*.jsonl") for r in iter_records(shard)]
    assert shard_ids == ["empty"]  # this run's only record: skipped ones are not rewritten
    manifest = json.loads((again.output / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["repaired_torn_bytes"] == len('{"id": "00')


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
    from summarise.read import input_units, read

    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "lines.jsonl").write_text('{"id": "a", "text": "Bonjour."}\n{"id": "b", "text": "Salut."}\n',
                                          encoding="utf-8")
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

    from summarise.ray_executor import ModelWorker

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
