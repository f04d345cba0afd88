"""The many-to-one fallback (translate.fallback, a tiny real mBART-50) is found and checked up
front but its weights load only for the first document in a language no other model covers:
a run whose documents all have their own model never loads them; a document that needs them
loads them once and is translated with its language's code; a fallback folder without its
config or tokenizer still stops the run before any document; weights that fail to load then
fail each such document, and the run goes on."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from test_multilingual import FIXTURES, GERMAN, mixed_inputs, records_of, run_cli, write_config

import summarise
from summarise.config import load_config


def fallback_config(tmp_path: Path, models: dict[str, str], fallback: str | None = None) -> Path:
    """The French, Spanish and Arabic Marians, and the mBART-50 (or ``fallback``) as fallback."""
    config = write_config(tmp_path / "fallback.toml", models)
    text = config.read_text(encoding="utf-8").replace(
        "[translate.models]", f'fallback = "{fallback or models["mbart50"]}"\n[translate.models]'
    )
    config.write_text(text, encoding="utf-8")
    return config


def german_and_spanish(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "de_release.txt").write_text(GERMAN, encoding="utf-8")
    spanish = sorted(FIXTURES.glob("es_*.txt"))[0].read_text(encoding="utf-8")[:1500]
    (folder / "es_release.txt").write_text(spanish, encoding="utf-8")
    return folder


def manifest_of(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_a_run_whose_documents_all_have_their_own_model_never_loads_the_fallback(tmp_path, tiny_models):
    config = load_config(fallback_config(tmp_path, tiny_models))
    models = summarise.load_models(config)
    translators = models.translators
    assert translators.fallback is None and translators.pending is not None  # found, checked, no weights
    assert translators.covers("de") and translators.fallback_codes["it"] == "it_IT"  # from its tokenizer
    inputs = mixed_inputs(tmp_path / "in")
    (inputs / "de_release.txt").unlink()
    result = summarise.run(config, [inputs], tmp_path / "out", models=models, progress=False)
    assert result.done == 4 and result.failed == 0
    assert translators.fallback is None and translators.loaded() == list(translators.by_lang.values())
    fallback = manifest_of(tmp_path / "out")["models"]["languages"]["*"]
    assert fallback["model"] == tiny_models["mbart50"] and fallback["key"] == "translate.fallback"
    assert fallback["loaded"] is False and fallback["codes"]["es"] == "es_XX"
    # Resume: nothing to redo, and still no fallback weights.
    again = summarise.run(config, [inputs], tmp_path / "out", models=models, progress=False)
    assert again.skipped == 4 and again.done == 0 and translators.fallback is None


def test_a_document_only_the_fallback_covers_loads_it_once(tmp_path, tiny_models):
    config = load_config(fallback_config(tmp_path, tiny_models))
    models = summarise.load_models(config)
    inputs = german_and_spanish(tmp_path / "in")
    result = summarise.run(config, [inputs], tmp_path / "out", models=models, progress=False)
    assert result.done == 2 and result.failed == 0
    records = records_of(tmp_path / "out")
    german = records["de_release"]
    assert german.translation["source_lang"] == "de" and german.translation["model"] == tiny_models["mbart50"]
    assert "src:de_DE" in german.signature and all(s["tgt"] for s in german.translation["segments"])
    assert records["es_release"].translation["model"] == tiny_models["marian_es"]
    translators = models.translators
    loaded = translators.fallback
    assert loaded is not None and translators.pending is None
    assert translators.get("de").model is loaded.model and translators.get("de").src_code == "de_DE"
    fallback = manifest_of(tmp_path / "out")["models"]["languages"]["*"]
    assert fallback["loaded"] is True and fallback["backend"] == loaded.backend
    # Resume: the German document is done (its signature names the loaded fallback).
    again = summarise.run(config, [inputs], tmp_path / "out", models=models, progress=False)
    assert again.skipped == 2 and again.done == 0 and translators.fallback is loaded
    # A fresh process's models: the signature is the same, so resuming redoes nothing.
    fresh = summarise.run(config, [inputs], tmp_path / "out", progress=False)
    assert fresh.skipped == 2 and fresh.done == 0


def test_threads_asking_at_once_load_the_fallback_once(tmp_path, tiny_models):
    translators = summarise.load_models(load_config(fallback_config(tmp_path, tiny_models))).translators
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(translators.get, ["de", "it", "pt", "de", "it", "pt", "de", "it"]))
    assert len({id(t.model) for t in got}) == 1 and translators.fallback is not None
    assert {t.src_code for t in got} == {"de_DE", "it_IT", "pt_XX"}
    assert got[0] is got[3] is got[6]  # one translator per language


def test_a_fallback_folder_without_its_tokenizer_or_config_stops_the_run_up_front(tmp_path, tiny_models):
    for missing in (["tokenizer.json", "tokenizer_config.json"], ["config.json"]):
        folder = tmp_path / f"mbart50_{len(missing)}"
        shutil.copytree(tiny_models["mbart50"], folder)
        for name in missing:
            (folder / name).unlink()
        config = fallback_config(tmp_path, tiny_models, str(folder))
        out = tmp_path / f"out_{len(missing)}"
        proc = run_cli("run", str(config), "--input", str(german_and_spanish(tmp_path / "in")), "--output", str(out))
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        assert len(lines) == 1 and folder.name in lines[0], lines
        assert "tokenizer" in lines[0] if missing[0].startswith("tokenizer") else "config.json" in lines[0]
        assert not (out / "records.jsonl").exists()


def test_fallback_weights_that_fail_to_load_fail_only_the_documents_that_need_them(tmp_path, tiny_models):
    folder = tmp_path / "mbart50_torn"
    shutil.copytree(tiny_models["mbart50"], folder)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])  # a download cut short
    config = load_config(fallback_config(tmp_path, tiny_models, str(folder)), ["translate.backend=transformers"])
    inputs = german_and_spanish(tmp_path / "in")
    (inputs / "de_notice.txt").write_text(GERMAN.replace("Pressemitteilung", "Medienmitteilung"), encoding="utf-8")
    result = summarise.run(config, [inputs], tmp_path / "out", progress=False)
    assert result.done == 1 and result.failed == 2 and result.exit_code == 1
    records = records_of(tmp_path / "out")
    assert records["es_release"].error is None and all(s["tgt"] for s in records["es_release"].translation["segments"])
    for rid in ("de_release", "de_notice"):
        error = records[rid].error
        assert error["stage"] == "translate" and error["type"] == "ModelLoadError", error
        assert "translate.fallback" in error["message"] and "weights" in error["message"]
    fallback = manifest_of(tmp_path / "out")["models"]["languages"]["*"]
    assert fallback["loaded"] is False and "weights" in fallback["error"]


def test_a_fixed_source_only_the_fallback_covers_loads_it_up_front(tmp_path, tiny_models):
    config = load_config(fallback_config(tmp_path, tiny_models), ["translate.source=de"])
    models = summarise.load_models(config)
    assert models.translators.fallback is not None and models.translator is models.translators.fallback
    assert models.translators.get("de").src_code == "de_DE"
