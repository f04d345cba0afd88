"""`summarise run`: records, manifest, signature, resume, kills, signals, failures, exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import summarise
from summarise.store.repair import repair_torn_tail
from summarise.store.rundir import RunDir

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def write_config(path: Path, model: str, **extra: str) -> Path:
    lines = [
        "[run]",
        'name = "test"',
        'device = "cpu"',
        "[translate]",
        f'model = "{model}"',
        "num_beams = 2",
        "max_new_tokens = 24",
        "threads = 1",
        "[summarise]",
        'method = "extractive"',
    ]
    for key, value in extra.items():
        lines.append(f"# {key}={value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def config_path(tmp_path, tiny_models):
    return write_config(tmp_path / "tiny.toml", tiny_models["marian"])


def make_corpus(folder: Path, copies: int) -> list[str]:
    """``copies`` x the five seeds, each a distinct document (its own id and text)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(copies):
        for seed in sorted(DATA.glob("*.txt")):
            doc_id = f"{i:03d}_{seed.stem}"
            text = seed.read_text(encoding="utf-8") + f"\nRéférence interne {i}.\n"
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            ids.append(doc_id)
    return ids


def iter_records(records_path: Path):
    return RunDir(records_path.parent).iter_records()


def ids_in(records_path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in records_path.read_text(encoding="utf-8").splitlines()]


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarise.cli", *args], capture_output=True, text=True, cwd=ROOT, **kwargs
    )


# --- one run of the seeds ------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, tiny_models):
    tmp = tmp_path_factory.mktemp("seeds_run")
    cfg = write_config(tmp / "tiny.toml", tiny_models["marian"])
    proc = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(tmp / "out"))
    return proc, tmp / "out"


def test_run_writes_one_translated_record_per_seed(seeds_run):
    proc, out = seeds_run
    assert proc.returncode == 0, proc.stderr
    records = list(iter_records(out / "records.jsonl"))
    assert [r.id for r in records] == sorted(p.stem for p in DATA.glob("*.txt"))
    for rec in records:
        assert rec.error is None
        assert rec.original and rec.text and rec.title
        segments = rec.translation["segments"]
        assert segments[0]["para"] == 0
        paras = [s["para"] for s in segments]
        assert paras == sorted(paras)
        assert max(paras) == len(rec.text.split("\n\n"))
        assert all(s["tgt"] for s in segments)
        assert rec.translation["text"].count("\n\n") == rec.text.count("\n\n")
        assert rec.summary["src"] and rec.summary["en"]
        assert rec.signature.startswith("summarise:")
    assert "5 done" in proc.stderr


def test_manifest_says_what_was_done(seeds_run, tiny_models):
    _, out = seeds_run
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "done"
    assert manifest["config"]["translate"]["model"] == tiny_models["marian"]
    assert len(manifest["config_hash"]) == 12
    assert manifest["versions"]["summarise"] == summarise.__version__
    assert "torch" in manifest["versions"] and "transformers" in manifest["versions"]
    translator = manifest["models"]["translator"]
    # backend "auto" (the default): ctranslate2 is in the base install and the model converts
    assert translator["backend"] == "ctranslate2" and translator["backend_reason"].startswith("auto: ")
    assert manifest["device"] == "cpu" and manifest["dtype"] == "int8"
    assert manifest["documents"]["total"] == 5 and manifest["documents"]["failed"] == 0
    assert manifest["tokens"]["in"] > 0 and manifest["tokens"]["out"] > 0
    assert manifest["throughput"]["documents_per_s"] > 0
    assert manifest["started"] <= manifest["ended"]
    records = list(iter_records(out / "records.jsonl"))
    # The run's signature, then what each document's output depends on besides (its cleaned text)
    assert all(re.fullmatch(re.escape(manifest["signature"]) + r"\|doc:[0-9a-f]{8}", r.signature) for r in records), [
        r.signature for r in records
    ]
    assert "beam:2" in manifest["signature"]


def test_rerun_skips_done_documents_and_force_redoes_them(seeds_run, tiny_models):
    _, out = seeds_run
    cfg = out.parent / "tiny.toml"
    again = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(out))
    assert again.returncode == 0
    assert "0 done, 5 already done" in again.stderr
    forced = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(out), "--force")
    assert "5 done, 0 already done" in forced.stderr
    changed = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(out), "--set", "translate.num_beams=1")
    assert "5 done, 0 already done" in changed.stderr, "a new signature redoes every document"
    assert ids_in(out / "records.jsonl") == sorted(p.stem for p in DATA.glob("*.txt"))


def test_changed_input_is_redone(tmp_path, config_path):
    corpus = tmp_path / "in"
    make_corpus(corpus, 1)
    out = tmp_path / "out"
    assert run_cli("run", str(config_path), "--input", str(corpus), "--output", str(out)).returncode == 0
    victim = sorted(corpus.glob("*.txt"))[2]
    victim.write_text(victim.read_text(encoding="utf-8") + "Un paragraphe ajouté.\n", encoding="utf-8")
    again = run_cli("run", str(config_path), "--input", str(corpus), "--output", str(out))
    assert "1 done, 4 already done" in again.stderr
    assert len(ids_in(out / "records.jsonl")) == 5


# --- bad input and failing documents -----------------------------------------------------


def test_bad_files_get_error_records_and_exit_1(tmp_path, config_path):
    corpus = tmp_path / "in"
    make_corpus(corpus, 1)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "english.txt").write_text(
        "Press release\n\nThe International Organization for Migration launched a new campaign "
        "against human trafficking in the Caribbean this week, with partners in five countries.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_cli("run", str(config_path), "--input", str(corpus), "--output", str(out))
    assert proc.returncode == 1
    records = {r.id: r for r in iter_records(out / "records.jsonl")}
    assert len(records) == 8
    assert records["empty"].error["stage"] == "read"
    assert records["binary"].error["stage"] == "read"
    # No model of this French config translates English: the document's error says what to set.
    assert records["english"].error["type"] == "UnsupportedLanguage"
    assert "translate.models.en" in records["english"].error["message"]
    assert records["english"].translation is None or not any(
        s.get("tgt") for s in records["english"].translation["segments"]
    )
    good = [r for r in records.values() if r.id not in {"empty", "binary", "english"}]
    assert len(good) == 5 and all(r.error is None and r.summary for r in good)
    assert "3 failed" in proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"]["failed"] == 3
    assert manifest["documents"]["failures"]["translate:UnsupportedLanguage"] == 1


def test_one_document_failing_in_translation_leaves_the_others(tmp_path, config_path):
    config = summarise.load_config(config_path)
    models = summarise.load_models(config)
    real = models.translator.translate

    def fail_on_chinandega(sentences):  # fault injection around the real model call
        if any("Chinandega" in s for s in sentences):
            raise RuntimeError("injected failure")
        return real(sentences)

    models.translator.translate = fail_on_chinandega
    result = summarise.run(config, [DATA], tmp_path / "out", models=models, progress=False)
    assert result.exit_code == 1 and result.failed == 1 and result.done == 4
    records = {r.id: r for r in iter_records(result.records_path)}
    bad = records["003_6c8778f30a09c825"]
    assert bad.error == {"stage": "translate", "type": "RuntimeError", "message": "injected failure"}
    assert all(r.error is None for k, r in records.items() if k != bad.id)


def test_offline_missing_model_stops_before_any_document(tmp_path):
    cfg = write_config(tmp_path / "c.toml", "Helsinki-NLP/opus-mt-fr-xx-does-not-exist")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(tmp_path / "out"), env=env)
    assert proc.returncode == 2
    assert "summarise download" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "records.jsonl").exists()


# --- interruptions ---------------------------------------------------------------------


def wait_for(condition, proc: subprocess.Popen, timeout: float = 180) -> None:
    """Wait until ``condition()`` holds while ``proc`` runs (fail if it ends first)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            pytest.fail(f"run ended too soon: {proc.stderr.read()}")
        time.sleep(0.05)
    pytest.fail("timed out")


def wait_for_lines(path: Path, count: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    wait_for(lambda: path.exists() and path.read_bytes().count(b"\n") >= count, proc, timeout)


@pytest.mark.parametrize("sig, code", [(signal.SIGKILL, -9), (signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_killed_run_resumes_with_every_document_exactly_once(tmp_path, config_path, sig, code):
    corpus = tmp_path / "in"
    ids = make_corpus(corpus, 8)
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-m",
        "summarise.cli",
        "run",
        str(config_path),
        "--input",
        str(corpus),
        "--output",
        str(out),
        "--set",
        "translate.window_sentences=40",
    ]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_lines(out / "records.jsonl", 3, proc)
    proc.send_signal(sig)
    proc.wait(timeout=120)
    assert proc.returncode == code
    first = ids_in(out / "records.jsonl") if sig != signal.SIGKILL else None
    if sig != signal.SIGKILL:
        manifest = json.loads((out / "manifest.json").read_text())
        assert manifest["status"] == "interrupted"
        assert 3 <= len(first) < len(ids)
    rerun = run_cli(*args[3:])
    assert rerun.returncode == 0, rerun.stderr
    assert ids_in(out / "records.jsonl") == sorted(ids)
    assert "already done" in rerun.stderr
    if first is not None:
        assert f"{len(ids) - len(first)} done, {len(first)} already done" in rerun.stderr


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_a_stop_is_honoured_at_the_next_batch_inside_one_document(tiny_models, seeds, backend):
    """A long release is many batches: a first Ctrl-C must not wait for all of them."""
    from summarise.models.translate import load_translator
    from summarise.pipeline.runner import StopFlag, Stopped

    cfg = summarise.load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            f'translate.backend="{backend}"',
            "translate.num_beams=1",
            "translate.max_new_tokens=8",
            "translate.batch_tokens=64",
            "translate.threads=1",
        ],
    )
    translator = load_translator(cfg.translate, "cpu")
    sentences = [line for rec in seeds for line in rec.text.split("\n") if line][:40]
    with StopFlag() as stop:
        stop.watch(translator)
        stop.signum = signal.SIGINT  # as the handler sets it on a first Ctrl-C
        with pytest.raises(Stopped) as stopped:
            translator.translate(sentences)
    assert stopped.value.signum == signal.SIGINT
    assert translator.stats["batches"] == 1  # of the many the 40 paragraphs need at 64 tokens
    assert translator.on_batch is None  # the next run starts unwatched


def test_torn_last_line_is_repaired(tmp_path):
    path = tmp_path / "records.jsonl"
    whole = summarise.Record(id="a", source="a.txt").to_json() + "\n"
    path.write_text(whole + '{"id": "b", "source": "b.t', encoding="utf-8")
    assert repair_torn_tail(path) == len('{"id": "b", "source": "b.t')
    assert path.read_text(encoding="utf-8") == whole
    assert repair_torn_tail(path) == 0


def test_compact_keeps_last_record_of_each_id_in_input_order(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = [
        summarise.Record(id=i, source=s).to_json()
        for i, s in [("b", "old"), ("a", "a"), ("b", "new"), ("z", "earlier run")]
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert RunDir(tmp_path).compact(["a", "b"]) == 3
    assert [(r.id, r.source) for r in iter_records(path)] == [("a", "a"), ("b", "new"), ("z", "earlier run")]


def test_limit_and_shard(tmp_path, config_path):
    corpus = tmp_path / "in"
    ids = make_corpus(corpus, 2)
    out = tmp_path / "out"
    assert (
        run_cli("run", str(config_path), "--input", str(corpus), "--output", str(out), "--limit", "3").returncode == 0
    )
    assert ids_in(out / "records.jsonl") == ids[:3]
    shard_out = tmp_path / "shard"
    assert (
        run_cli(
            "run", str(config_path), "--input", str(corpus), "--output", str(shard_out), "--shard", "1/3"
        ).returncode
        == 0
    )
    assert ids_in(shard_out / "records.jsonl") == sorted(ids)[1::3]
    assert run_cli("run", str(config_path), "--shard", "3/3").returncode == 2


def test_notebook_api_processes_strings(config_path):
    config = summarise.load_config(config_path)
    models = summarise.load_models(config)
    record = summarise.clean_text("Un nouveau projet\n\nLe bureau de l'OIM à Managua a lancé un projet-pilote.\n")
    [done] = summarise.process([record], config, models)
    assert done.translation["title"] and done.translation["text"]


@pytest.fixture(scope="module")
def corrupt_marian(tmp_path_factory, tiny_models):
    folder = tmp_path_factory.mktemp("corrupt") / "marian"
    shutil.copytree(tiny_models["marian"], folder)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    return folder


@pytest.fixture(scope="module")
def quantised_marian(tmp_path_factory, tiny_models):
    """The tiny model saved as an 8-bit bitsandbytes checkpoint says it is: loading it needs
    packages this project does not install (bitsandbytes, accelerate)."""
    folder = tmp_path_factory.mktemp("quantised") / "marian"
    shutil.copytree(tiny_models["marian"], folder)
    config = json.loads((folder / "config.json").read_text())
    config["quantization_config"] = {"quant_method": "bitsandbytes", "load_in_8bit": True}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


@pytest.mark.parametrize(
    "model, message",
    [
        ("marian_en_fr", "translates en -> fr, but this tool translates fr -> en"),
        ("summariser", "is a summariser, not a translation model"),
        ("corrupt", "the file may be incomplete or corrupt"),
        ("quantised", "a package this model needs is missing: install it as the message says"),
        ("missing", "does not exist"),
    ],
)
def test_wrong_model_stops_before_any_document(tmp_path, tiny_models, corrupt_marian, quantised_marian, model, message):
    path = {
        "corrupt": str(corrupt_marian),
        "quantised": str(quantised_marian),
        "missing": str(tmp_path / "no-such-model"),
    }.get(model)
    cfg = write_config(tmp_path / "c.toml", path or tiny_models[model])
    proc = run_cli("run", str(cfg), "--input", str(DATA), "--output", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "records.jsonl").exists()


def test_download_then_offline_run_of_a_converted_model(tmp_path, tiny_models):
    cfg = write_config(tmp_path / "c.toml", tiny_models["marian"])
    cfg.write_text(cfg.read_text().replace("[translate]", '[translate]\nbackend = "ctranslate2"'))
    env = {**os.environ, "SUMMARISE_CACHE": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}
    fetched = run_cli("download", str(cfg), env=env)
    assert fetched.returncode == 0, fetched.stderr
    assert (tmp_path / "cache" / "ct2").is_dir() and "ready:" in fetched.stderr
    proc = run_cli(
        "run", str(cfg), "--input", str(DATA / "003_6c8778f30a09c825.txt"), "--output", str(tmp_path / "out"), env=env
    )
    assert proc.returncode == 0, proc.stderr
    [record] = iter_records(tmp_path / "out" / "records.jsonl")
    assert "backend:ctranslate2" in record.signature and record.translation["text"]
