"""The run folder never loses work: ids, --force, the lock, reviews, permissions, exit 2.

The scenarios run the real command in a subprocess with the tiny real-class models.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_pipeline import DATA, ROOT, run_cli, wait_for, write_config

from summarise.record import atomic_write_text, text_hash
from summarise.store.lock import RunBusy
from summarise.store.rundir import RunDir

SEEDS = sorted(DATA.glob("*.txt"))


@pytest.fixture
def config_path(tmp_path, tiny_models):
    return write_config(tmp_path / "tiny.toml", tiny_models["marian"])


def records(out: Path) -> list[dict]:
    return RunDir(out).read_records()


def by_id(out: Path) -> dict[str, dict]:
    return {r["id"]: r for r in records(out)}


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, proc.stderr


def seed_text(i: int) -> str:
    return SEEDS[i].read_text(encoding="utf-8")


# --- ids that cannot collide; a huge release ------------------------------------------------


def test_same_names_in_other_folders_suffixes_and_jsonl_ids_all_get_their_own_record(tmp_path, config_path):
    corpus = tmp_path / "in"
    for folder, seed in (("a", 0), ("b", 1)):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "release.txt").write_text(seed_text(seed), encoding="utf-8")
    (corpus / "x.txt").write_text(seed_text(2), encoding="utf-8")
    (corpus / "x.html").write_text(seed_text(3), encoding="utf-8")
    (corpus / "huge.txt").write_text(seed_text(4) * 600, encoding="utf-8")  # about 2.4 MB
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        "".join(json.dumps({"id": "n1", "text": seed_text(i)}, ensure_ascii=False) + "\n" for i in (0, 1)),
        encoding="utf-8",
    )
    args = ["run", str(config_path), "--input", str(corpus), "--input", str(lines), "--output", str(tmp_path / "out")]
    first = run_cli(*args)
    assert first.returncode == 1, first.stderr
    got = by_id(tmp_path / "out")
    assert list(got) == ["a/release", "b/release", "huge", "x.html", "x.txt", "n1", "n1~2"]
    assert len({r["source"] for r in got.values()}) == 7
    for rid in ("a/release", "b/release", "x.html", "x.txt", "n1"):
        assert got[rid]["error"] is None and got[rid]["translation"]["text"], rid
    assert got["a/release"]["original"] == seed_text(0) and got["b/release"]["original"] == seed_text(1)
    assert got["n1~2"]["error"]["type"] == "DuplicateId" and ":2" in got["n1~2"]["source"]
    huge = got["huge"]["error"]
    assert huge["stage"] == "read" and huge["type"] == "TooLarge"
    assert "2.4 MB of text, over run.max_text_mb=2; raise it with --set run.max_text_mb=" in huge["message"]
    again = run_cli(*args)  # the same ids again: nothing flips, nothing redone but the failures
    assert "0 done, 5 already done, 2 failed" in again.stderr
    assert by_id(tmp_path / "out").keys() == got.keys()


# --- --force and the lock -------------------------------------------------------------------


@pytest.fixture
def finished_run(tmp_path, config_path):
    out = tmp_path / "out"
    proc = run_cli("run", str(config_path), "--input", str(DATA), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def test_force_with_limit_redoes_one_and_keeps_the_other_records(finished_run, config_path):
    before = by_id(finished_run)
    proc = run_cli(
        "run", str(config_path), "--input", str(DATA), "--output", str(finished_run), "--force", "--limit", "1"
    )
    assert proc.returncode == 0 and "1 done, 0 already done" in proc.stderr, proc.stderr
    after = by_id(finished_run)
    assert list(after) == list(before) and len(after) == 5
    assert {k: v for k, v in after.items() if k != SEEDS[0].stem} == {
        k: v for k, v in before.items() if k != SEEDS[0].stem
    }
    manifest = json.loads((finished_run / "manifest.json").read_text())
    assert manifest["documents"]["total"] == 5 and manifest["status"] == "done"


def test_a_forced_run_stopped_half_way_keeps_the_records_it_did_not_reach(finished_run, config_path):
    path = finished_run / "records.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "summarise.cli",
            "run",
            str(config_path),
            "--input",
            str(DATA),
            "--output",
            str(finished_run),
            "--force",
            "--set",
            "translate.window_sentences=10",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(lambda: path.read_bytes().count(b"\n") >= 6, proc)  # one redone, appended
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=120) == 130
    assert sorted(by_id(finished_run)) == sorted(p.stem for p in SEEDS)
    assert json.loads((finished_run / "manifest.json").read_text())["status"] == "interrupted"


def test_a_second_run_into_a_busy_folder_is_refused_and_nothing_is_lost(tmp_path, config_path):
    out = tmp_path / "out"
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(4):  # enough work that the first run is still going
        for seed in SEEDS:
            (corpus / f"{i}_{seed.name}").write_text(
                seed.read_text(encoding="utf-8") + f"\nCopie {i}.\n", encoding="utf-8"
            )
    common = ["run", str(config_path), "--input", str(corpus), "--output", str(out)]
    first = subprocess.Popen(
        [sys.executable, "-m", "summarise.cli", *common, "--shard", "0/2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = out / "run.lock"
    wait_for(lambda: lock.exists() and lock.stat().st_size > 0, first)
    second = run_cli(*common, "--shard", "1/2")
    no_traceback(second)
    assert f"is in use by another run (pid {first.pid}, started " in second.stderr
    assert second.stderr.count("\n") == 1
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert run_cli(*common, "--shard", "1/2").returncode == 0  # once the first is done
    assert sorted(by_id(out)) == sorted(p.stem for p in corpus.iterdir())


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path, config_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.lock").write_text('{"pid": 999999, "started": "2026-01-01T00:00:00+0000"}\n')
    proc = run_cli("run", str(config_path), "--input", str(SEEDS[0]), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["took_over_lock_of"]["pid"] == 999999


def test_the_lock_is_held_by_one_process(tmp_path):
    with RunDir(tmp_path / "out").open():
        held = subprocess.run(
            [
                sys.executable,
                "-c",
                f"from summarise.store.rundir import RunDir; RunDir({str(tmp_path / 'out')!r}).open()",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert "RunBusy" in held.stderr and f"pid {os.getpid()}" in held.stderr
    RunDir(tmp_path / "out").open().close()  # released: free again
    with RunDir(tmp_path / "out").open(), pytest.raises(RunBusy):
        RunDir(tmp_path / "out").check_free()


# --- reviews survive reruns ---------------------------------------------------------------------


def corrections(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


def test_corrections_survive_a_rerun_with_another_setting_and_a_changed_release(tmp_path, config_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, corpus / seed.name)
    out = tmp_path / "out"
    args = ["run", str(config_path), "--input", str(corpus), "--output", str(out)]
    assert run_cli(*args).returncode == 0
    a, b = SEEDS[0].stem, SEEDS[1].stem
    seg_a = by_id(out)[a]["translation"]["segments"]
    seg_b = by_id(out)[b]["translation"]["segments"]
    applied = run_cli(
        "review",
        str(out),
        "--apply",
        str(
            corrections(
                tmp_path / "c.jsonl",
                [
                    {"id": a, "segment": 1, "tgt": "Reviewed one.", "by": "Ana"},
                    {"id": a, "segment": 0, "tgt": "Reviewed title.", "status": "accepted"},
                    {"id": b, "segment": 1, "tgt": "Reviewed two.", "src": seg_b[1]["src"]},
                ],
            )
        ),
    )
    assert applied.returncode == 0, applied.stderr
    store = (out / "reviews.jsonl").read_text(encoding="utf-8")
    entry = json.loads(store.splitlines()[0])
    assert entry["src"] == seg_a[1]["src"] and entry["src_hash"] == text_hash(seg_a[1]["src"])
    # Another setting (a new signature: every document redone) and b's reviewed French edited.
    release = corpus / SEEDS[1].name
    release.write_text(
        release.read_text(encoding="utf-8").replace(seg_b[1]["src"], "Une phrase réécrite."), encoding="utf-8"
    )
    rerun = run_cli(*args, "--set", "translate.num_beams=1")
    assert rerun.returncode == 0 and "2 done, 0 already done" in rerun.stderr, rerun.stderr
    redone = by_id(out)
    seg = redone[a]["translation"]["segments"]
    assert seg[1]["reviewed"] == {"tgt": "Reviewed one.", "status": "corrected", "by": "Ana", "at": entry["at"]}
    assert seg[0]["reviewed"]["status"] == "accepted"
    # The rerun took the reviewed English from the translation memory beside the run folders,
    # and says so; the review is still attached.
    assert seg[1]["tgt"] == "Reviewed one." and seg[1]["from_memory"] is True
    assert "Reviewed one." in redone[a]["translation"]["reviewed_text"]
    assert redone[a]["translation"]["reviewed_title"] == "Reviewed title."
    assert not any(s.get("reviewed") for s in redone[b]["translation"]["segments"])
    stale = RunDir(out).stale_reviews()
    assert [(s["id"], s["tgt"]) for s in stale] == [(b, "Reviewed two.")]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["reviews"] == {"entries": 3, "reviewed_segments": 2, "stale": 1}
    assert (out / "reviews.jsonl").read_text(encoding="utf-8") == store  # never rewritten
    forced = run_cli(*args, "--force")
    assert forced.returncode == 0
    assert by_id(out)[a]["translation"]["segments"][1]["reviewed"]["tgt"] == "Reviewed one."


def test_a_bad_corrections_line_writes_nothing(review_run, tmp_path):
    before = {p.name: p.read_bytes() for p in review_run.iterdir()}
    rid = "002_5ad4ddfa5634b5fc"
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": rid, "segment": 1, "tgt": "fine"})
        + "\n"
        + '{"id": "'
        + rid
        + '", "segment": 2, "tgt": "cut\n'
        + json.dumps({"id": rid, "segment": 3, "tgt": "fine too"})
        + "\n"
        + json.dumps({"id": rid, "segment": 0, "tgt": "x", "status": "done"})
        + "\n",
        encoding="utf-8",
    )
    proc = run_cli("review", str(review_run), "--apply", str(path))
    no_traceback(proc)
    assert "nothing applied: 2 line(s)" in proc.stderr
    assert "line 2: not valid JSON" in proc.stderr and "line 4: 'status'" in proc.stderr
    after = {p.name: p.read_bytes() for p in review_run.iterdir() if p.name != "run.lock"}
    assert after == before  # no reviews.jsonl, records unchanged


# --- permissions ------------------------------------------------------------------------------------


def test_run_folder_files_get_the_umask_permissions(tmp_path, config_path):
    out = tmp_path / "out"

    def umask_022():
        os.umask(0o022)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "summarise.cli", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            preexec_fn=umask_022,
        )

    assert cli("run", str(config_path), "--input", str(SEEDS[3]), "--output", str(out)).returncode == 0
    fix = corrections(tmp_path / "c.jsonl", [{"id": SEEDS[3].stem, "segment": 0, "tgt": "Title."}])
    assert cli("review", str(out), "--apply", str(fix)).returncode == 0
    for name in ("records.jsonl", "manifest.json", "review.html", "reviews.jsonl"):
        assert (out / name).stat().st_mode & 0o777 == 0o644, name
    old = os.umask(0o002)
    try:
        atomic_write_text(tmp_path / "shared.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.txt").stat().st_mode & 0o777 == 0o664


# --- every user mistake: exit 2, one line, no traceback -------------------------------------------------


def test_output_that_is_a_file_and_limits_below_one(tmp_path, config_path):
    (tmp_path / "out.txt").write_text("not a folder")
    proc = run_cli("run", str(config_path), "--input", str(SEEDS[0]), "--output", str(tmp_path / "out.txt"))
    no_traceback(proc)
    assert "is a file, not a run folder" in proc.stderr
    for limit in ("0", "-1"):
        proc = run_cli(
            "run", str(config_path), "--input", str(SEEDS[0]), "--output", str(tmp_path / "o"), "--limit", limit
        )
        no_traceback(proc)
        assert "must be 1 or more" in proc.stderr
        assert not (tmp_path / "o").exists()


def test_unwritable_output_folder(tmp_path, config_path):
    proc = run_cli("run", str(config_path), "--input", str(SEEDS[0]), "--output", "/sys/kernel/summarise-out")
    no_traceback(proc)
    assert "cannot create the run folder /sys/kernel/summarise-out" in proc.stderr


@pytest.fixture
def small_disk(tmp_path):
    """A 96 kB file system: room for about three records."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def test_disk_full_keeps_what_was_written_and_leaves_no_temporary_file(tmp_path, config_path, small_disk):
    out = small_disk / "out"
    proc = run_cli("run", str(config_path), "--input", str(DATA), "--output", str(out))
    no_traceback(proc)
    assert f"cannot write {out / 'records.jsonl'}: No space left on device" in proc.stderr
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    kept = records(out)  # what was written before the disk filled is readable and kept
    assert kept and all(r["translation"]["text"] for r in kept)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "failed" and manifest["documents"]["total"] == len(kept)
    moved = shutil.copytree(out, tmp_path / "moved")  # the user frees space: here, a bigger disk
    rerun = run_cli("run", str(config_path), "--input", str(DATA), "--output", str(moved))
    assert rerun.returncode == 0 and f"{5 - len(kept)} done, {len(kept)} already done" in rerun.stderr
    assert len(records(moved)) == 5


def test_a_record_line_that_is_not_a_record_and_a_corrupt_manifest(finished_run, config_path):
    path = finished_run / "records.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:2]) + "null\n" + "".join(lines[2:]), encoding="utf-8")
    for proc in (
        run_cli("run", str(config_path), "--input", str(DATA), "--output", str(finished_run)),
        run_cli("review", str(finished_run)),
    ):
        no_traceback(proc)
        assert f"{path} line 3: null is not a record; remove that line" in proc.stderr
    path.write_text("".join(lines), encoding="utf-8")
    (finished_run / "manifest.json").write_text('{"status": "do')
    proc = run_cli("review", str(finished_run))
    no_traceback(proc)
    assert "manifest.json is not valid JSON" in proc.stderr and "delete it and run again" in proc.stderr


@pytest.fixture
def no_tokenizer(tmp_path, tiny_models):
    folder = tmp_path / "marian"
    shutil.copytree(tiny_models["marian"], folder)
    for path in folder.iterdir():
        if path.name not in ("config.json", "generation_config.json", "model.safetensors"):
            path.unlink()
    return folder


def test_model_and_config_mistakes(tmp_path, no_tokenizer, tiny_models):
    cases = [
        (write_config(tmp_path / "a.toml", str(no_tokenizer)), [], "cannot load the tokenizer of"),
        (tmp_path, [], "is a folder: give a config file"),
    ]
    try:
        import torch

        if not torch.cuda.is_available():
            cases.append(
                (
                    write_config(tmp_path / "b.toml", tiny_models["marian"]),
                    ["--set", "run.device=cuda"],
                    "run.device = 'cuda' but this machine has no GPU torch can use; set --set run.device=cpu",
                )
            )
    except ImportError:
        pass
    for config, extra, message in cases:
        proc = run_cli("run", str(config), "--input", str(SEEDS[0]), "--output", str(tmp_path / "out"), *extra)
        no_traceback(proc)
        assert message in proc.stderr
        assert not (tmp_path / "out").exists()


def test_download_without_a_network_is_one_message(tmp_path):
    cfg = write_config(tmp_path / "c.toml", "Helsinki-NLP/opus-mt-fr-de")
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    env.update(
        HF_HOME=str(tmp_path / "hf"),
        HF_ENDPOINT="http://127.0.0.1:9",
        HF_HUB_ETAG_TIMEOUT="2",
        HF_HUB_DOWNLOAD_TIMEOUT="2",
    )
    proc = run_cli("download", str(cfg), env=env)
    no_traceback(proc)
    # The missing-models message of every first run: the model, then how to fetch it or do
    # without it, one line each.
    assert proc.returncode == 2
    first, *hints = proc.stderr.splitlines()
    assert first.startswith("summarise download: error: ") and "'Helsinki-NLP/opus-mt-fr-de'" in first
    assert any("summarise download" in h for h in hints) and any("--set translate.model=" in h for h in hints)


def test_review_and_eval_file_mistakes(review_run, tmp_path):
    latin1 = tmp_path / "refs"
    latin1.mkdir()
    (latin1 / "002_5ad4ddfa5634b5fc.txt").write_bytes("Le bureau de l'OIM à Managua".encode("latin-1"))
    jsonl = tmp_path / "refs.jsonl"
    jsonl.write_bytes(b'{"id": "002_5ad4ddfa5634b5fc", "text": "\xe9t\xe9"}\n')
    binary = tmp_path / "c.jsonl"
    binary.write_bytes(b'{"id": "x", "segment": 0, "tgt": "\xe9t\xe9"}\n')
    cases = [
        (["review", str(review_run), "--apply", str(tmp_path / "missing.jsonl")], "no such corrections file"),
        (["review", str(review_run), "--apply", str(binary)], "line 1: not UTF-8 text"),
        (["eval", str(review_run), "--refs", str(latin1)], "not UTF-8 text (byte 19); save the references as UTF-8"),
        (["eval", str(review_run), "--refs", str(jsonl)], "line 1: not UTF-8 text"),
        (["clean", str(SEEDS[0]), "-o", str(tmp_path)], "is a folder: give -o a file name"),
    ]
    for args, message in cases:
        proc = run_cli(*args)
        no_traceback(proc)
        assert message in proc.stderr, args


def test_ctrl_c_while_models_load_says_so_without_a_traceback(tmp_path, config_path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "summarise.cli",
            "run",
            str(config_path),
            "--input",
            str(DATA),
            "--output",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    maps = Path(f"/proc/{proc.pid}/maps")
    wait_for(lambda: "libtorch" in maps.read_text(), proc, timeout=120)  # torch is loading
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in stderr and "stopped; run the same command again" in stderr


class DropsItsErrors:
    """An object whose finaliser receives the Ctrl-C: Python prints the KeyboardInterrupt
    raised there ("Exception ignored in ...") and goes on, as it can while torch loads."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(10_000):  # the handler runs here, inside the finaliser
            pass


def test_a_ctrl_c_that_a_library_drops_while_models_load_still_stops_the_run(monkeypatch):
    from summarise.pipeline.runner import Stopped, stop_now_on_signal

    dropped = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: dropped.append(unraisable.exc_type))
    before = signal.getsignal(signal.SIGINT)  # a job started in the background inherits it ignored
    with pytest.raises(Stopped) as stopped, stop_now_on_signal():
        DropsItsErrors()  # collected at once
        loaded = True  # loading went on past the dropped interrupt
    assert loaded and dropped == [Stopped]  # Python dropped the first one
    assert stopped.value.signum == signal.SIGINT  # and the run stops all the same
    assert signal.getsignal(signal.SIGINT) is before  # the handler given back as it was


def test_reviews_on_records_from_before_the_store_are_adopted_into_it(tmp_path):
    from summarise.record import Record

    seg = {"para": 0, "src": "Bonjour.", "tgt": "Hi.", "reviewed": {"tgt": "Hello.", "by": "Ana", "at": "t"}}
    rec = Record(id="a", source="a.txt", translation={"segments": [seg], "title": "Hi.", "text": ""})
    (tmp_path / "records.jsonl").write_text(rec.to_json() + "\n", encoding="utf-8")
    with RunDir(tmp_path).open() as folder:
        assert folder.reviews() == {
            ("a", text_hash("Bonjour.")): {
                "id": "a",
                "segment": 0,
                "src": "Bonjour.",
                "src_hash": text_hash("Bonjour."),
                "tgt": "Hello.",
                "status": "corrected",
                "by": "Ana",
                "at": "t",
            }
        }
    with RunDir(tmp_path).open() as folder:  # once only
        assert folder.adopt_reviews() == 0
    assert len((tmp_path / "reviews.jsonl").read_text(encoding="utf-8").splitlines()) == 1


# --- honest signatures ----------------------------------------------------------------------------


def test_a_retrained_local_model_redoes_documents_and_speed_settings_do_not(tmp_path, tiny_models):
    model = tmp_path / "model"
    shutil.copytree(tiny_models["marian"], model)
    cfg = write_config(tmp_path / "c.toml", str(model))
    env = {**os.environ, "SUMMARISE_CACHE": str(tmp_path / "cache")}
    args = ["run", str(cfg), "--input", str(SEEDS[0]), "--input", str(SEEDS[1]), "--output", str(tmp_path / "out")]
    assert run_cli(*args, env=env).returncode == 0
    signature = records(tmp_path / "out")[0]["signature"]
    assert "model:model@local-" in signature
    assert list((tmp_path / "cache" / "model-hashes").glob("*.json"))  # the hash is cached
    faster = run_cli(
        *args,
        "--set",
        "translate.threads=2",
        "--set",
        "translate.batch_tokens=512",
        "--set",
        "translate.max_batch_size=8",
        "--set",
        "translate.window_sentences=16",
        "--set",
        "summarise.batch_size=2",
        env=env,
    )
    assert "0 done, 2 already done" in faster.stderr, faster.stderr
    config = json.loads((model / "config.json").read_text())
    config["dropout"] = 0.3  # "retrained": the model's files change, its name does not
    (model / "config.json").write_text(json.dumps(config))
    retrained = run_cli(*args, env=env)
    assert "2 done, 0 already done" in retrained.stderr, retrained.stderr
    assert records(tmp_path / "out")[0]["signature"] != signature


def test_references_are_named_as_the_run_names_documents(tmp_path):
    from summarise.review.evaluate import read_references
    from summarise.text.read import read

    for root in ("in", "refs"):
        for name in ("a/release.txt", "b/release.txt", "x.txt"):
            (tmp_path / root / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / root / name).write_text(f"{root} {name}", encoding="utf-8")
    refs = read_references(tmp_path / "refs")
    assert sorted(refs) == sorted(r.id for r in read([tmp_path / "in"])) == ["a/release", "b/release", "x"]
    assert refs["b/release"] == "refs b/release.txt"


# --- what a document's record depends on besides its input -----------------------------------

BLURB = (
    "L'Agence régionale de l'eau est un établissement public créé en 1964 au service des "
    "communes du bassin et de leurs habitants."
)
TOPICS = [
    "la rénovation du réseau de Montauban",
    "la sécheresse dans le Tarn",
    "les nouvelles stations de mesure",
    "le budget de l'année prochaine",
]


def release(i: int) -> str:
    return (
        f"Communiqué sur {TOPICS[i]}\n\nToulouse, le {i + 3} mars 2024 - L'Agence présente "
        f"aujourd'hui son rapport sur {TOPICS[i]}, attendu par les élus depuis plusieurs mois.\n\n"
        f"Le document détaille {i + 12} mesures et leur calendrier pour les cinq années à venir.\n\n"
        f"{BLURB}\n"
    )


def test_an_added_input_that_changes_the_repetition_table_redoes_the_documents_it_cleans_anew(tmp_path, tiny_models):
    import summarise

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"r{i}.txt").write_text(release(i), encoding="utf-8")
    config = summarise.load_config(write_config(tmp_path / "tiny.toml", tiny_models["marian"]))
    models = summarise.load_models(config)
    out = tmp_path / "out"

    def run() -> tuple[int, int]:
        result = summarise.run(config, sorted(inputs.iterdir()), out, models=models, progress=False)
        return result.done, result.skipped

    assert run() == (3, 0)
    assert all(BLURB in r["text"] for r in records(out))  # in 3 documents: under the floor of 4
    (inputs / "r3.txt").write_text(release(3), encoding="utf-8")
    assert run() == (4, 0)  # the blurb is now in 4: the site's, out of every document
    assert all(BLURB not in r["text"] for r in records(out)) and len(records(out)) == 4
    assert run() == (0, 4)
