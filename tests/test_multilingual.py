"""Releases in several languages in one run: each document to its language's model (tiny real
MarianMT models per pair, an mBART-50 as the many-to-one fallback), its summary in its own
language then English, an UnsupportedLanguage record for a language no model covers, config
errors before any model loads, and the review page and digest right for each script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import summarise
from summarise.config import Config, ConfigError, load_config
from summarise.models.required import required_models
from summarise.record import Record, summary_source
from summarise.store.rundir import RunDir

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = ROOT / "tests" / "fixtures" / "realworld"
XLSUM = "csebuetnlp/mT5_multilingual_XLSum"

GERMAN = (
    "Pressemitteilung\n\nDie Internationale Organisation für Migration hat am Montag in Genf "
    "eine neue Kampagne gegen Menschenhandel vorgestellt. Die Organisation arbeitet dabei mit "
    "Partnern in fünf Ländern zusammen und unterstützt die Opfer in allen Regionen.\n\n"
    "Die Kampagne wird von der Europäischen Union finanziert und dauert zwei Jahre.\n"
)


def write_config(path: Path, models: dict[str, str], *extra: str) -> Path:
    lines = [
        "[run]",
        'name = "multi"',
        'device = "cpu"',
        "[clean]",
        'languages = ["fr", "es", "ar"]',
        "[translate]",
        f'model = "{models["marian"]}"',
        "num_beams = 1",
        "max_new_tokens = 12",
        "threads = 1",
        "[translate.models]",
        f'es = "{models["marian_es"]}"',
        f'ar = "{models["marian_ar"]}"',
        *extra,
    ]
    if not any(line.startswith("[summarise]") for line in extra):
        lines += ["[summarise]", 'method = "extractive"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mixed_inputs(folder: Path) -> Path:
    """Two French seeds, a Spanish and an Arabic real-world release, and a German one."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(DATA.glob("*.txt"))[:2]:
        (folder / f"fr_{seed.name}").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    for lang in ("es", "ar"):
        source = sorted(FIXTURES.glob(f"{lang}_*.txt"))[0]
        text = source.read_text(encoding="utf-8")
        (folder / f"{lang}_release.txt").write_text(text[:3000], encoding="utf-8")
    (folder / "de_release.txt").write_text(GERMAN, encoding="utf-8")
    return folder


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarise.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory, tiny_models):
    tmp = tmp_path_factory.mktemp("mixed")
    config = write_config(tmp / "multi.toml", tiny_models)
    inputs = mixed_inputs(tmp / "in")
    result = summarise.run(load_config(config), [inputs], tmp / "out", progress=False)
    return result, tmp / "out", config, inputs


def records_of(out: Path) -> dict[str, Record]:
    return {rec.id: rec for rec in RunDir(out).iter_records()}


def test_each_document_goes_to_its_language_model(mixed_run, tiny_models):
    result, out, _, _ = mixed_run
    records = records_of(out)
    want = {"es_release": ("es", tiny_models["marian_es"]), "ar_release": ("ar", tiny_models["marian_ar"])}
    want.update({rid: ("fr", tiny_models["marian"]) for rid in records if rid.startswith("fr_")})
    assert len(want) == 4
    for rid, (lang, model) in want.items():
        rec = records[rid]
        assert rec.error is None, rec.error
        assert rec.translation["source_lang"] == lang and rec.translation["model"] == model
        assert all(s["tgt"] for s in rec.translation["segments"])
        # The summary: in the document's language, then English; the record says which.
        assert rec.summary["lang"] == lang and rec.summary["method"] == "extractive"
        assert summary_source(rec.summary) and rec.summary["en"]
        assert set(summary_source(rec.summary).split()) <= set(rec.text.split() + rec.title.split())
    assert result.done == 4 and result.failed == 1


def test_a_language_no_model_covers_gets_an_error_record_and_the_run_goes_on(mixed_run):
    result, out, _, _ = mixed_run
    german = records_of(out)["de_release"]
    assert german.lang == "de"
    assert german.error["stage"] == "translate" and german.error["type"] == "UnsupportedLanguage"
    assert "German (de)" in german.error["message"] and "translate.models.de" in german.error["message"]
    assert "translate.fallback" in german.error["message"]
    assert result.exit_code == 1 and result.failures == {"translate:UnsupportedLanguage": 1}


def test_the_manifest_lists_each_language_and_its_models(mixed_run, tiny_models):
    _, out, _, _ = mixed_run
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    languages = manifest["models"]["languages"]
    assert {lang: spec["model"] for lang, spec in languages.items()} == {
        "fr": tiny_models["marian"],
        "es": tiny_models["marian_es"],
        "ar": tiny_models["marian_ar"],
    }
    assert languages["es"]["key"] == "translate.models.es" and languages["fr"]["key"] == "translate.model"
    used = manifest["languages"]
    assert used["fr"]["documents"] == {"done": 2} and used["fr"]["translators"] == {tiny_models["marian"]: 2}
    assert used["es"]["translators"] == {tiny_models["marian_es"]: 1}
    assert used["ar"]["translators"] == {tiny_models["marian_ar"]: 1}
    assert used["ar"]["summaries"] == {"extractive": 1}
    assert used["de"]["documents"] == {"failed": 1}


def test_signatures_name_each_documents_model_and_a_rerun_redoes_nothing(mixed_run, tiny_models):
    _, out, config, inputs = mixed_run
    records = records_of(out)
    assert "marian_es" in records["es_release"].signature and "marian_ar" in records["ar_release"].signature
    french = [r for rid, r in records.items() if rid.startswith("fr_")]
    assert all("/marian@" not in r.signature and "model:marian@" in r.signature for r in french)
    again = summarise.run(load_config(config), [inputs], out, progress=False)
    assert again.skipped == 4 and again.done == 0 and again.failed == 1  # the German one is retried
    # Another Spanish model: only the Spanish document is redone.
    other = load_config(config, [f"translate.models.es={tiny_models['marian_ar']}"])
    with pytest.raises(summarise.ModelLoadError, match="translate"):
        summarise.run(other, [inputs], out, progress=False)  # an ar->en Marian is refused for es


def test_a_french_signature_is_what_a_french_only_run_writes(tmp_path, tiny_models):
    """Adding languages changes nothing for a French document: the same signature, so a French
    run folder resumes under the multilingual config without redoing anything."""
    french_only = tmp_path / "fr.toml"
    french_only.write_text(
        "\n".join(
            [
                "[run]",
                'name = "fr"',
                'device = "cpu"',
                "[translate]",
                f'model = "{tiny_models["marian"]}"',
                "num_beams = 1",
                "max_new_tokens = 12",
                "threads = 1",
                "[summarise]",
                'method = "extractive"',
                "[clean]",
                'languages = ["fr", "es", "ar"]',
            ]
        )
        + "\n"
    )
    multi = load_config(write_config(tmp_path / "multi.toml", tiny_models))
    single = load_config(french_only)
    models_multi, models_single = summarise.load_models(multi), summarise.load_models(single)
    assert models_multi.signature(multi) == models_single.signature(single)
    assert models_multi.signature(multi, "es") != models_multi.signature(multi, "fr")


def test_the_fallback_translates_the_other_languages_with_their_codes(tmp_path, tiny_models):
    config = write_config(tmp_path / "fallback.toml", tiny_models, "[translate.fallback_codes]", 'sw = "sw_KE"')
    text = config.read_text(encoding="utf-8").replace(
        "[translate.models]", f'fallback = "{tiny_models["mbart50"]}"\n[translate.models]'
    )
    config.write_text(text, encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "de_release.txt").write_text(GERMAN, encoding="utf-8")
    (inputs / "es_release.txt").write_text(
        sorted(FIXTURES.glob("es_*.txt"))[0].read_text(encoding="utf-8")[:1500], encoding="utf-8"
    )
    result = summarise.run(load_config(config), [inputs], tmp_path / "out", progress=False)
    assert result.failed == 0
    records = records_of(tmp_path / "out")
    german = records["de_release"]
    assert german.translation["source_lang"] == "de" and german.translation["model"] == tiny_models["mbart50"]
    assert "src:de_DE" in german.signature and all(s["tgt"] for s in german.translation["segments"])
    assert records["es_release"].translation["model"] == tiny_models["marian_es"]  # its own model first
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["models"]["languages"]["*"]["codes"]["es"] == "es_XX"
    assert manifest["languages"]["de"]["translators"] == {tiny_models["mbart50"]: 1}


def test_abstractive_where_a_summariser_is_set_extractive_elsewhere(tmp_path, tiny_models):
    config = write_config(
        tmp_path / "abstract.toml",
        tiny_models,
        "[summarise]",
        'method = "abstractive"',
        f'model = "{tiny_models["summariser"]}"',
        "max_new_tokens = 12",
        "num_beams = 1",
        "[summarise.models]",
        f'es = "{tiny_models["summariser"]}"',
    )
    inputs = mixed_inputs(tmp_path / "in")
    (inputs / "de_release.txt").unlink()
    loaded = load_config(config)
    assert [s.key for s in required_models(loaded)] == [
        "translate.model",
        "translate.models.es",
        "translate.models.ar",
        "summarise.model",
        "summarise.models.es",
    ]
    result = summarise.run(loaded, [inputs], tmp_path / "out", progress=False)
    assert result.failed == 0
    records = records_of(tmp_path / "out")
    assert records["es_release"].summary["method"] == "abstractive"
    assert records["es_release"].summary["lang"] == "es"
    assert records["ar_release"].summary["method"] == "extractive"  # no Arabic summariser
    assert "summary:extractive" in records["ar_release"].signature
    assert all(r.summary["method"] == "abstractive" for rid, r in records.items() if rid.startswith("fr_"))


def test_every_missing_model_is_named_in_one_message(tmp_path, tiny_models):
    """Offline with an empty cache: the Spanish model and the fallback are both missing, and one
    message names both (and the keys to set), before any model loads."""
    config = write_config(tmp_path / "missing.toml", tiny_models)
    text = config.read_text(encoding="utf-8").replace(
        f'es = "{tiny_models["marian_es"]}"', 'es = "Helsinki-NLP/opus-mt-es-en"'
    )
    text = text.replace(
        "[translate.models]", 'fallback = "facebook/mbart-large-50-many-to-one-mmt"\n[translate.models]'
    )
    config.write_text(text, encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarise.cli",
            "run",
            str(config),
            "--input",
            str(DATA),
            "--output",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 2, proc.stderr
    assert "opus-mt-es-en" in proc.stderr and "mbart-large-50-many-to-one-mmt" in proc.stderr
    assert "translate.models.es" in proc.stderr and "translate.fallback" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out" / "records.jsonl").exists()


@pytest.mark.parametrize(
    "override, words",
    [
        ("translate.models.xx=/m", "'xx' is not a language code"),
        ("translate.source=klingon", "'klingon' is not a language code"),
        ("summarise.models.zz=/m", "'zz' is not a language code"),
        ("translate.models.fr=/m", "translate.models.fr"),
        ("translate.source=de", "translate.source is 'de' but no model translates it"),
    ],
)
def test_config_errors_are_one_line_and_exit_2(tmp_path, override, words):
    proc = run_cli("run", "configs/default.toml", "--set", override, "--output", str(tmp_path / "out"))
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in proc.stderr
    with pytest.raises(ConfigError):
        load_config(ROOT / "configs/default.toml", [override])


def test_the_shipped_multilingual_config_names_a_model_per_language():
    config = load_config(ROOT / "configs/multilingual.toml")
    assert config.translate.source == "auto" and set(config.translate.models) == {"es", "ar"}
    assert {lang: entry.model for lang, entry in config.summarise.models.items()} == {"es": XLSUM, "ar": XLSUM}
    # XL-Sum's own settings (its model card: generate(max_length=84, num_beams=4), 512 tokens in).
    for lang in ("es", "ar"):
        assert config.summarise.own_settings(lang) == {"num_beams": 4, "max_new_tokens": 83, "max_input_tokens": 512}
    assert {s.key for s in required_models(config)} >= {
        "translate.model",
        "translate.models.es",
        "translate.models.ar",
        "translate.fallback",
        "summarise.model",
        "summarise.models.es.model",
        "summarise.models.ar.model",
    }


def test_the_review_page_and_digest_set_each_scripts_language_and_direction(mixed_run):
    _, out, _, _ = mixed_run
    from summarise.review.page import page_data

    docs = {d["id"]: d for d in page_data(out)["docs"]}
    assert docs["ar_release"]["source_language"] == {"code": "ar", "name": "Arabic", "dir": "rtl"}
    assert docs["es_release"]["source_language"]["dir"] == "ltr"
    assert docs["es_release"]["summary"]["src"] == summary_source(docs["es_release"]["summary"])
    js = (ROOT / "summarise/review/review_page.js").read_text(encoding="utf-8")
    assert 'lang: "fr"' not in js and "srcAttrs(doc)" in js
    result = summarise.export(out, "html", digest=True)
    html = result.digest.read_text(encoding="utf-8")
    arabic = records_of(out)["ar_release"]
    assert '<th lang="ar" dir="rtl">' in html and summary_source(arabic.summary)[:20] in html
    assert '<th lang="es" dir="ltr">' in html and '<th lang="fr" dir="ltr">' in html
    md = summarise.export(out, "md", digest=True, out_dir=out / "md").digest.read_text(encoding="utf-8")
    assert "| العربية | English |" in md and "| Español | English |" in md and "| Français | English |" in md
    txt = summarise.export(out, "txt", digest=True, out_dir=out / "txt").digest.read_text(encoding="utf-8")
    assert "  AR: " in txt and "  ES: " in txt and "  FR: " in txt


def test_a_fixed_source_sends_every_document_to_that_languages_model(tmp_path, tiny_models):
    config = load_config(write_config(tmp_path / "es.toml", tiny_models), ["translate.source=es"])
    assert [s.key for s in required_models(config)] == ["translate.models.es"]  # nothing else loads
    inputs = mixed_inputs(tmp_path / "in")
    result = summarise.run(config, [inputs], tmp_path / "out", progress=False)
    assert result.failed == 0
    records = records_of(tmp_path / "out")
    assert {r.translation["model"] for r in records.values()} == {tiny_models["marian_es"]}
    assert {r.translation["source_lang"] for r in records.values()} == {"es"}
    assert records["de_release"].lang == "de"  # what cleaning detected stays as it was


# --- terms per language: a glossary each, the memory by language ----------------------

TERMS = ROOT / "tests" / "fixtures" / "terms"
TERM_INPUTS = sorted(TERMS.glob("*_oim.txt"))  # one release each in French, Spanish and Arabic


def terms_config(tmp_path: Path, models: dict[str, str], spanish: str = "marian_es") -> Config:
    """French, Spanish and Arabic, each with its own glossary (copied here, to be edited), and a
    memory of their own; ``spanish``: the Spanish model, or "fallback" (the mBART-50)."""
    for lang in ("fr", "es", "ar"):
        target = tmp_path / f"glossary-{lang}.tsv"
        if not target.exists():
            shutil.copy(TERMS / target.name, target)
    lines = [
        "[run]",
        'device = "cpu"',
        "[clean]",
        'languages = ["fr", "es", "ar"]',
        "[translate]",
        f'model = "{models["marian"]}"',
        "num_beams = 1",
        "max_new_tokens = 12",
        "threads = 1",
        f'glossary = "{tmp_path / "glossary-fr.tsv"}"',
        f'memory = "{tmp_path / "memory.jsonl"}"',
        *([f'fallback = "{models["mbart50"]}"'] if spanish == "fallback" else []),
        "[translate.models]",
        f'ar = "{models["marian_ar"]}"',
        *([f'es = "{models[spanish]}"'] if spanish != "fallback" else []),
        "[translate.glossaries]",
        f'es = "{tmp_path / "glossary-es.tsv"}"',
        f'ar = "{tmp_path / "glossary-ar.tsv"}"',
        "[summarise]",
        'method = "extractive"',
    ]
    path = tmp_path / f"terms-{spanish}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_config(path)


def english(rec: Record) -> str:
    return f"{rec.translation['title']}\n{rec.translation['text']}"


def term_flags(rec: Record) -> str:
    """What the record's glossary and placeholder flags say."""
    flags = [f for s in rec.translation["segments"] for f in s["flags"]]
    return "\n".join(f["detail"] for f in flags if f["code"] == "glossary" or f["code"].startswith("placeholder"))


def test_a_glossary_term_applies_only_to_documents_of_its_language(tmp_path, tiny_models):
    config = terms_config(tmp_path, tiny_models)
    out = tmp_path / "out"

    def run() -> tuple[int, int]:
        result = summarise.run(config, TERM_INPUTS, out, progress=False)
        return result.done, result.skipped

    assert run() == (3, 0)
    records = records_of(out)
    assert {rid: r.translation["source_lang"] for rid, r in records.items()} == {
        "fr_oim": "fr",
        "es_oim": "es",
        "ar_oim": "ar",
    }
    # "OIM" is in the French and the Spanish release; only the French glossary has it.
    assert "IOM" in english(records["fr_oim"])
    assert "IOM" not in english(records["es_oim"]) and "OIM" not in term_flags(records["es_oim"])
    assert "human trafficking" in english(records["es_oim"])  # the Spanish glossary's term
    # The Arabic glossary's term is required of the Arabic release (the tiny model cannot write
    # the placeholder back, so the check names the English it must have).
    assert "must read 'International Organization for Migration'" in term_flags(records["ar_oim"])
    assert "International Organization for Migration" not in term_flags(records["fr_oim"])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {lang: spec["glossary"] for lang, spec in manifest["models"]["languages"].items()} == {
        lang: str(tmp_path / f"glossary-{lang}.tsv") for lang in ("fr", "es", "ar")
    }
    # A changed Spanish entry redoes the Spanish release only; a Spanish entry no release
    # holds redoes nothing.
    (tmp_path / "glossary-es.tsv").write_text("trata de personas\ttrafficking in persons\n", encoding="utf-8")
    config = terms_config(tmp_path, tiny_models)
    assert run() == (1, 2)
    assert "trafficking in persons" in english(records_of(out)["es_oim"])
    (tmp_path / "glossary-es.tsv").write_text(
        "trata de personas\ttrafficking in persons\nACNUR\tUNHCR\n", encoding="utf-8"
    )
    assert run() == (0, 3)


def test_a_review_is_served_to_documents_of_its_language_whatever_model_translates_them(tmp_path, tiny_models):
    from summarise.review.page import apply_corrections
    from summarise.store.memory import Memory

    config = terms_config(tmp_path, tiny_models)
    out = tmp_path / "out"
    assert summarise.run(config, TERM_INPUTS, out, progress=False).done == 3
    spanish = records_of(out)["es_oim"].translation["segments"][1]["src"]
    reviewed = "IOM presented a new campaign against human trafficking in Geneva on Monday."
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(json.dumps({"id": "es_oim", "segment": 1, "tgt": reviewed, "by": "ana"}) + "\n")
    assert apply_corrections(out, corrections) == 1
    (entry,) = Memory.load(tmp_path / "memory.jsonl").entries()
    assert (entry["src"], entry["lang"], entry["model"]) == (spanish, "es", tiny_models["marian_es"])

    # The same model: a rerun redoes the Spanish release, with the reviewed sentence.
    again = summarise.run(config, TERM_INPUTS, out, progress=False)
    assert (again.done, again.skipped) == (1, 2)
    segment = records_of(out)["es_oim"].translation["segments"][1]
    assert (segment["tgt"], segment.get("from_memory")) == (reviewed, True)

    # Spanish by another model (the mBART-50 fallback): the reviewer's English is served all the
    # same (it does not depend on the model that drafted the sentence); French and Arabic get none.
    other = terms_config(tmp_path, tiny_models, spanish="fallback")
    assert summarise.run(other, TERM_INPUTS, tmp_path / "other", progress=False).done == 3
    records = records_of(tmp_path / "other")
    segment = records["es_oim"].translation["segments"][1]
    assert records["es_oim"].translation["model"] == tiny_models["mbart50"]
    assert (segment["src"], segment["tgt"], segment.get("from_memory")) == (spanish, reviewed, True)
    assert [s["tgt"] for r in records.values() for s in r.translation["segments"] if s.get("from_memory")] == [reviewed]


# --- mT5 (XL-Sum shaped) summaries in Spanish and Arabic -------------------------------------


def summarise_lines(tiny_models: dict[str, str], backend: str, **models: str) -> list[str]:
    """[summarise]: the BARThez-shaped model for French, ``models`` for the others, greedy."""
    lines = [
        "[summarise]",
        'method = "abstractive"',
        f'model = "{tiny_models["summariser"]}"',
        f'backend = "{backend}"',
        'compute_type = "float32"',
        "max_new_tokens = 12",
        "num_beams = 1",
        "threads = 1",
        "[summarise.models]",
    ]
    return lines + [f'{lang} = "{model}"' for lang, model in models.items()]


@pytest.fixture(scope="module")
def mt5_runs(tmp_path_factory, tiny_models):
    """The same four releases (two French, a Spanish, an Arabic) with the mT5 for Spanish and
    Arabic, once per summariser backend."""
    tmp = tmp_path_factory.mktemp("mt5")
    inputs = mixed_inputs(tmp / "in")
    (inputs / "de_release.txt").unlink()
    out = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUMMARISE_CACHE", str(tmp / "cache"))
        for backend in ("transformers", "ctranslate2"):
            lines = summarise_lines(tiny_models, backend, es=tiny_models["mt5"], ar=tiny_models["mt5"])
            config = write_config(tmp / f"{backend}.toml", tiny_models, *lines)
            result = summarise.run(load_config(config), [inputs], tmp / backend, progress=False)
            assert result.failed == 0
            out[backend] = records_of(tmp / backend)
    return out


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_spanish_and_arabic_are_summarised_by_the_mt5_in_their_language_then_english(mt5_runs, tiny_models, backend):
    records = mt5_runs[backend]
    for rid, lang in (("es_release", "es"), ("ar_release", "ar")):
        summary = records[rid].summary
        assert (summary["method"], summary["model"], summary["lang"]) == ("abstractive", tiny_models["mt5"], lang)
        assert summary_source(summary) and summary["en"]  # its own language, then translated
        assert "<extra_id" not in summary_source(summary)
        assert "summary:mt5@" in records[rid].signature and f"|backend:{backend}|" in records[rid].signature
    for rid in (r for r in records if r.startswith("fr_")):
        assert records[rid].summary["model"] == tiny_models["summariser"]
        assert records[rid].summary["lang"] == "fr" and records[rid].summary["method"] == "abstractive"


def test_the_mt5_summaries_are_the_same_text_on_both_backends(mt5_runs):
    slow, fast = mt5_runs["transformers"], mt5_runs["ctranslate2"]
    assert {rid: summary_source(r.summary) for rid, r in fast.items()} == {
        rid: summary_source(r.summary) for rid, r in slow.items()
    }


def test_french_barthez_spanish_mt5_arabic_extractive_in_one_run(tmp_path, tiny_models):
    lines = summarise_lines(tiny_models, "transformers", es=tiny_models["mt5"])
    config = write_config(tmp_path / "mixed.toml", tiny_models, *lines)
    inputs = mixed_inputs(tmp_path / "in")
    (inputs / "de_release.txt").unlink()
    result = summarise.run(load_config(config), [inputs], tmp_path / "out", progress=False)
    assert result.failed == 0
    got = {
        rid: (r.summary["lang"], r.summary["method"], r.summary["model"])
        for rid, r in records_of(tmp_path / "out").items()
    }
    french = ("fr", "abstractive", tiny_models["summariser"])
    assert got == {
        **{rid: french for rid in got if rid.startswith("fr_")},
        "es_release": ("es", "abstractive", tiny_models["mt5"]),
        "ar_release": ("ar", "extractive", None),
    }
    assert len(got) == 4


def test_the_shipped_config_offline_names_the_shared_mt5_once_to_fetch(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run(
        [sys.executable, "-m", "summarise.cli", "run", "configs/multilingual.toml", "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "summarise.models.es" in proc.stderr and "summarise.models.ar" in proc.stderr
    assert "`--set summarise.models.es.model=/local/folder`" in proc.stderr  # the table's settings kept
    assert proc.stderr.count(f"download {XLSUM}`") == 1
