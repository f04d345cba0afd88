"""Translation with tiny real models: loading, batching, backends, failures, the stage."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from summarise.config import TranslateSection  # noqa: E402
from summarise.models.translate import ModelLoadError, download, load_translator, translate  # noqa: E402
from summarise.record import Record  # noqa: E402
from summarise.text.segment import paragraphs, segment, split_sentences  # noqa: E402

hf_constants = pytest.importorskip("huggingface_hub.constants")
COMMIT = "0123456789abcdef0123456789abcdef01234567"

SENTENCES = [
    "L’OIM a organisé un atelier de deux jours sur la lutte contre la traite, à Kingston.",
    "Bonjour.",
    "Le 1,6 million de dollars donné par le Bureau permettra de soutenir un programme centré sur les enfants.",
    "Les victimes étaient emmenées au Salvador.",
    "Plus de 650 victimes de traite ont reçu l'aide directe de l'OIM en Haïti depuis 2004.",
    "Fin.",
]


def settings(path: str, **kw) -> TranslateSection:
    """Fast decoding for random models (they never stop early); one thread, since
    tiny matrices gain nothing from more. transformers unless a test says otherwise: the
    tests that watch generate() need it, and "auto" has tests of its own."""
    return TranslateSection(
        **{"model": path, "num_beams": 1, "max_new_tokens": 8, "threads": 1, "backend": "transformers", **kw}
    )


@pytest.fixture(scope="module")
def marian(tiny_models):
    cfg = settings(tiny_models["marian"])
    return load_translator(cfg, "cpu"), cfg


@pytest.fixture(scope="module")
def ct2_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("ct2")


@pytest.mark.parametrize("family", ["marian", "mbart50"])
def test_every_seed_is_translated_sentence_by_sentence(tiny_models, seeds, family):
    cfg = settings(tiny_models[family])
    translator = load_translator(cfg, "cpu")
    out = list(translate(segment(seeds, translator), translator, cfg))
    assert [r.id for r in out] == [r.id for r in seeds]
    for record in out:
        assert record.error is None
        segs = record.translation["segments"]
        assert all(isinstance(s["tgt"], str) and s["tgt"].strip() for s in segs)
        body = paragraphs(record.text)
        assert [s["src"] for s in segs] == split_sentences(record.title) + [
            sentence for para in body for sentence in split_sentences(para)
        ]
        assert [s["para"] for s in segs] == sorted(s["para"] for s in segs)
        assert record.translation["title"] == " ".join(s["tgt"] for s in segs if s["para"] == 0)
        assert record.translation["text"].split("\n\n") == [
            " ".join(s["tgt"] for s in segs if s["para"] == n) for n in range(1, len(body) + 1)
        ]
    assert translator.stats["sentences"] == sum(len(r.translation["segments"]) for r in out)
    assert translator.stats["tokens_in"] > 0 and translator.stats["tokens_out"] > 0


def test_families_are_detected_from_the_model_files(tiny_models):
    marian = load_translator(settings(tiny_models["marian"]), "cpu")
    mbart = load_translator(settings(tiny_models["mbart50"]), "cpu")
    assert (marian.family, marian.forced_bos) == ("marian", None)
    assert (mbart.family, mbart.forced_bos) == ("mbart50", "en_XX")
    assert mbart.tokenizer.src_lang == "fr_XX"
    assert mbart.tokenizer("Bonjour.")["input_ids"][0] == mbart.tokenizer.convert_tokens_to_ids("fr_XX")


def test_mbart50_starts_with_english_and_hides_the_code(tiny_models):
    translator = load_translator(settings(tiny_models["mbart50"]), "cpu")
    calls = []
    generate = translator.model.generate

    def recording_generate(*args, **kwargs):
        out = generate(*args, **kwargs)
        calls.append(out)
        return out

    translator.model.generate = recording_generate
    texts = translator.translate(SENTENCES)
    en = translator.tokenizer.convert_tokens_to_ids("en_XX")
    assert all(row[1] == en for out in calls for row in out.tolist())
    assert all(t and "en_XX" not in t and "fr_XX" not in t for t in texts)


def test_a_sentence_over_the_model_limit_is_split_not_truncated(tiny_models):
    cfg = settings(tiny_models["marian"], max_input_tokens=16)
    translator = load_translator(cfg, "cpu")
    sentence = SENTENCES[2] + " " + SENTENCES[4]
    assert translator.count_tokens(sentence) > 16
    record = Record(id="long", source="long", title="Titre", text=sentence)
    [out] = translate(segment([record], translator), translator, cfg)
    body = [s for s in out.translation["segments"] if s["para"] == 1]
    assert len(body) > 2 and " ".join(s["src"] for s in body) == sentence
    assert all(translator.count_tokens(s["src"]) <= 16 for s in body)
    assert all(s["tgt"] for s in body)
    # Called directly, translate() cuts and rejoins too: one output per input.
    tokens_before = translator.stats["tokens_in"]
    [text] = translator.translate([sentence])
    assert text and translator.stats["tokens_in"] - tokens_before >= translator.count_tokens(sentence)


def test_offline_and_not_cached_says_what_to_download(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(ModelLoadError) as err:
        load_translator(settings("nobody-here/opus-mt-fr-en-missing"), "cpu")
    message = str(err.value)
    assert "summarise download" in message
    assert "`hf download nobody-here/opus-mt-fr-en-missing`" in message
    assert "--set translate.model=/local/folder" in message


@pytest.fixture
def offline_hub(tiny_models, tmp_path, monkeypatch):
    """A Hugging Face cache holding the tiny Marian as 'tiny/opus-mt-fr-en' at COMMIT, offline."""
    repo = tmp_path / "hub" / "models--tiny--opus-mt-fr-en"
    shutil.copytree(tiny_models["marian"], repo / "snapshots" / COMMIT)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path / "summarise"))
    return "tiny/opus-mt-fr-en"


def test_hub_model_from_the_cache_reports_its_commit(offline_hub):
    translator = load_translator(settings(offline_hub), "cpu")
    assert translator.revision == COMMIT
    assert translator.signature() == f"model:opus-mt-fr-en@{COMMIT[:12]}|backend:transformers|beam:1|dtype:float32"
    assert translator.info()["model"] == offline_hub and translator.info()["revision"] == COMMIT
    assert all(translator.translate(SENTENCES[:2]))


def test_download_converts_for_ctranslate2_once(offline_hub, tmp_path):
    cfg = settings(offline_hub, backend="ctranslate2")
    where = Path(download(cfg, "cpu"))  # the conversion for the device it will run on (a GPU's is int8_float16)
    assert (where / "model.bin").is_file() and where.name.endswith(f"@{COMMIT}-int8")
    assert where.is_relative_to(tmp_path / "summarise" / "ct2")
    translator = load_translator(cfg, "cpu")
    assert translator.revision == COMMIT and all(translator.translate(SENTENCES[:2]))
    assert download(settings(offline_hub)).endswith(COMMIT)  # transformers: the snapshot folder


def test_folder_without_weights_is_refused(tiny_models, tmp_path):
    folder = tmp_path / "marian"
    shutil.copytree(tiny_models["marian"], folder)
    (folder / "model.safetensors").unlink()
    with pytest.raises(ModelLoadError, match="no weights file"):
        load_translator(settings(str(folder)), "cpu")


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_translator(settings(str(tmp_path / "nothing")), "cpu")


def test_english_to_french_model_is_refused(tiny_models):
    with pytest.raises(ModelLoadError, match=r"translates en -> fr.*opus-mt-fr-en"):
        load_translator(settings(tiny_models["marian_en_fr"]), "cpu")


def test_reversed_hub_name_is_refused(tiny_models, tmp_path):
    folder = tmp_path / "opus-mt-en-fr"
    shutil.copytree(tiny_models["mbart50"], folder)
    with pytest.raises(ModelLoadError, match="en -> fr"):
        load_translator(settings(str(folder)), "cpu")


@pytest.mark.parametrize("family", ["marian", "mbart50"])
@pytest.mark.parametrize("beams", [1, 3])
def test_ctranslate2_gives_the_same_tokens(tiny_models, ct2_cache, monkeypatch, family, beams):
    monkeypatch.setenv("SUMMARISE_CACHE", str(ct2_cache))
    base = dict(num_beams=beams, max_new_tokens=10)
    hf = load_translator(settings(tiny_models[family], **base), "cpu")
    fast = load_translator(settings(tiny_models[family], backend="ctranslate2", compute_type="float32", **base), "cpu")
    assert fast.backend == "ctranslate2" and fast.dtype == "float32"
    assert fast.translate(SENTENCES) == hf.translate(SENTENCES)


def test_ctranslate2_conversion_is_cached_per_compute_type(tiny_models, ct2_cache, monkeypatch):
    monkeypatch.setenv("SUMMARISE_CACHE", str(ct2_cache))
    cfg = settings(tiny_models["marian"], backend="ctranslate2")  # compute_type auto: int8 on CPU
    first = load_translator(cfg, "cpu")
    assert first.dtype == "int8"
    converted = sorted(p.name for p in (ct2_cache / "ct2").iterdir())
    assert any(name.endswith("-int8") for name in converted)
    stamp = {p: p.stat().st_mtime_ns for p in (ct2_cache / "ct2").rglob("model.bin")}
    second = load_translator(cfg, "cpu")
    assert {p: p.stat().st_mtime_ns for p in (ct2_cache / "ct2").rglob("model.bin")} == stamp
    assert all(second.translate(SENTENCES))
    assert re.fullmatch(r"model:marian@local-[0-9a-f]{12}\|backend:ctranslate2\|beam:1\|dtype:int8", second.signature())


def test_batches_respect_the_token_budget_and_keep_input_order(tiny_models):
    cfg = settings(tiny_models["marian"], batch_tokens=64, max_batch_size=3)
    translator = load_translator(cfg, "cpu")
    shapes = []
    generate = translator.model.generate

    def recording_generate(*args, **kwargs):
        shapes.append(tuple(kwargs["input_ids"].shape))
        return generate(*args, **kwargs)

    translator.model.generate = recording_generate
    batched = translator.translate(SENTENCES)
    assert len(shapes) > 1
    assert all(rows * width <= 64 and rows <= 3 for rows, width in shapes)
    assert [w for _, w in shapes] == sorted((w for _, w in shapes), reverse=True)  # longest first
    alone = [translator.translate([s])[0] for s in SENTENCES]
    assert batched == alone
    assert translator.translate(SENTENCES[::-1]) == batched[::-1]


def test_a_call_of_few_sentences_still_gives_every_ctranslate2_worker_a_batch(tiny_models, ct2_cache, monkeypatch):
    """Two workers decode batches side by side: a handful of sentences (a window's last ones,
    a summary's) is split between them rather than sent as one batch to one thread, and the
    outputs are those of one worker."""
    from summarise.models.runtime import spread_budget

    monkeypatch.setenv("SUMMARISE_CACHE", str(ct2_cache))
    cfg = settings(tiny_models["marian"], backend="ctranslate2", compute_type="float32", num_beams=2)
    two = load_translator(cfg.model_copy(update={"threads": 2}), "cpu")
    assert two.model.num_translators == 2 and two.batch_tokens == 1024
    budgets = []
    translate_batch = two.model.translate_batch

    class Recording:  # ctranslate2.Translator's methods cannot be replaced on the object itself
        num_translators = 2

        def translate_batch(self, tokens, **kwargs):
            budgets.append((len(tokens), max(map(len, tokens)), kwargs["max_batch_size"]))
            return translate_batch(tokens, **kwargs)

    two.model = Recording()
    out = two.translate(SENTENCES[:4])
    (rows, longest, budget), *_ = budgets
    assert rows == 4 and longest <= budget < rows * longest  # two batches, not one
    assert out == load_translator(cfg, "cpu").translate(SENTENCES[:4])
    assert spread_budget([[0] * 10] * 300, 1024, 2) == 1024  # many sentences: the configured budget
    assert spread_budget([[0] * 10] * 4, 1024, 1) == 1024


def test_out_of_memory_halves_the_batch(marian):
    translator, _ = marian
    sizes = []
    generate = translator.model.generate

    def generate_with_little_memory(*args, **kwargs):
        rows = kwargs["input_ids"].shape[0]
        sizes.append(rows)
        if rows > 1 and len(sizes) == 1:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return generate(*args, **kwargs)

    translator.model.generate = generate_with_little_memory
    try:
        texts = translator.translate(SENTENCES)
    finally:
        del translator.model.generate
    assert sizes[0] == len(SENTENCES) and sizes[1:] == [3, 3]
    assert translator.stats["oom_splits"] == 1
    assert texts == translator.translate(SENTENCES) and all(texts)


def test_one_sentence_out_of_memory_is_raised(marian):
    translator, _ = marian

    def no_memory(*args, **kwargs):
        raise torch.OutOfMemoryError("CUDA out of memory (simulated)")

    translator.model.generate = no_memory
    try:
        with pytest.raises(torch.OutOfMemoryError):
            translator.translate(["Bonjour.", "Fin."])
    finally:
        del translator.model.generate


def test_a_failing_document_does_not_stop_the_others(marian):
    translator, cfg = marian
    poison = translator.tokenizer("Cette phrase fait échouer le modèle.")["input_ids"]
    generate = translator.model.generate

    def generate_failing_on_poison(*args, **kwargs):
        rows = [[t for t in row if t != translator.tokenizer.pad_token_id] for row in kwargs["input_ids"].tolist()]
        if poison in rows:
            raise ValueError("the model failed on this input")
        return generate(*args, **kwargs)

    records = [
        Record(id=str(i), source=str(i), title=f"Titre {i}", text=text)
        for i, text in enumerate(
            ["Une première phrase.", "Bonjour. Cette phrase fait échouer le modèle.", "Une dernière phrase."]
        )
    ]
    translator.model.generate = generate_failing_on_poison
    try:
        out = list(translate(segment(records, translator), translator, cfg))
    finally:
        del translator.model.generate
    assert [r.id for r in out] == ["0", "1", "2"]
    assert out[1].error == {"stage": "translate", "type": "ValueError", "message": "the model failed on this input"}
    assert out[0].error is None and out[2].error is None
    assert out[0].translation["text"] and out[2].translation["title"]


def test_stage_is_lazy_and_keeps_order(tiny_models, seeds):
    cfg = settings(tiny_models["marian"], window_sentences=5)
    translator = load_translator(cfg, "cpu")
    taken = []

    def source():
        for record in seeds:
            taken.append(record.id)
            yield record

    stream = translate(segment(source(), translator), translator, cfg)
    first = next(stream)
    assert first.id == seeds[0].id and first.translation["text"]
    assert len(taken) < len(seeds)
    assert [first.id] + [r.id for r in stream] == [r.id for r in seeds]


def test_failed_records_pass_through_untouched(marian):
    translator, cfg = marian
    failed = Record(id="bad", source="bad", title="Titre", text="Texte.")
    failed.fail("clean", "EmptyText", "nothing left")
    good = Record(id="good", source="good", title="Titre", text="Texte.")
    out = list(translate(segment([failed, good], translator), translator, cfg))
    assert out == [failed, good]
    assert failed.translation is None and failed.error["stage"] == "clean"
    assert good.translation["text"]


def test_signature_and_info(marian, tiny_models):
    translator, _ = marian
    from summarise.models.conversion import local_model_hash

    digest = local_model_hash(Path(tiny_models["marian"]))  # the folder's files, not its name
    assert translator.signature() == f"model:marian@local-{digest}|backend:transformers|beam:1|dtype:float32"
    info = translator.info()
    assert info["model"] == tiny_models["marian"] and info["path"] == tiny_models["marian"]
    assert {k: info[k] for k in ("family", "backend", "device", "dtype", "num_beams", "max_new_tokens")} == {
        "family": "marian",
        "backend": "transformers",
        "device": "cpu",
        "dtype": "float32",
        "num_beams": 1,
        "max_new_tokens": 8,
    }
    assert info["max_input_tokens"] == 512


def test_int8_quantisation_on_cpu(tiny_models):
    translator = load_translator(settings(tiny_models["marian"], quantize=True), "cpu")
    assert translator.dtype == "qint8" and "dtype:qint8" in translator.signature()
    assert all(translator.translate(SENTENCES[:3]))


def test_auto_device_and_dtype_on_this_machine(tiny_models):
    translator = load_translator(settings(tiny_models["marian"]), "auto")
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert translator.device == expected
    assert translator.dtype == ("float16" if expected == "cuda" else "float32")


# --- what the hub ships: sentencepiece-only tokenizer folders -----------------------------
# The base install alone must load them (.ci/run runs these tests in such an environment).


@pytest.mark.parametrize("family", ["marian", "mbart50_spm"])
def test_sentencepiece_only_translator_folders_load_and_translate(tiny_models, family):
    folder = Path(tiny_models[family])
    assert not (folder / "tokenizer.json").exists()
    assert {p.name for p in folder.iterdir()} & {"source.spm", "sentencepiece.bpe.model"}
    translator = load_translator(settings(str(folder)), "cpu")
    ids = translator.tokenizer(SENTENCES[0])["input_ids"]
    assert max(ids) < translator.model.config.vocab_size and len(ids) > 5
    assert all(translator.translate(SENTENCES[:3]))


def test_sentencepiece_only_barthez_folder_loads_and_summarises(tiny_models):
    from summarise.config import SummariseSection
    from summarise.models.summarise import load_summariser

    folder = Path(tiny_models["barthez_spm"])
    assert not (folder / "tokenizer.json").exists() and (folder / "sentencepiece.bpe.model").exists()
    cfg = SummariseSection(
        method="abstractive", model=str(folder), backend="transformers", num_beams=1, max_new_tokens=8, threads=1
    )
    summariser = load_summariser(cfg, "cpu")
    assert type(summariser.tokenizer).__name__ == "BarthezTokenizer"
    ids = summariser.tokenizer(SENTENCES[0])["input_ids"]
    assert summariser.tokenizer.convert_ids_to_tokens(ids[0]) == "▁L"  # pieces, not <unk>s
    assert summariser.tokenizer.unk_token_id not in ids
    assert all(summariser.generate(SENTENCES[:2]))


# --- backend = "auto" ------------------------------------------------------------------


def test_auto_backend_is_ctranslate2_when_installed(tiny_models, ct2_cache, monkeypatch):
    monkeypatch.setenv("SUMMARISE_CACHE", str(ct2_cache))
    translator = load_translator(settings(tiny_models["marian"], backend="auto"), "cpu")
    assert (translator.backend, translator.dtype) == ("ctranslate2", "int8")
    assert translator.info()["backend_reason"] == "auto: ctranslate2 is installed and the model converts"
    assert "backend:ctranslate2" in translator.signature() and all(translator.translate(SENTENCES[:2]))


def test_auto_backend_is_transformers_without_ctranslate2(tiny_models, tmp_path):
    """In a process where ctranslate2 cannot be imported (as on a base install without it)."""
    import json
    import subprocess
    import sys

    script = (
        "import sys, json\n"
        "sys.modules['ctranslate2'] = None  # import ctranslate2 -> ImportError\n"
        "from summarise.config import TranslateSection\n"
        "from summarise.models.translate import load_translator\n"
        f"t = load_translator(TranslateSection(model={tiny_models['marian']!r}, num_beams=1, "
        "max_new_tokens=4, threads=1), 'cpu')\n"
        "print(json.dumps([t.backend, t.dtype, t.backend_reason, t.translate(['Bonjour.'])[0]]))\n"
    )
    env = {**__import__("os").environ, "SUMMARISE_CACHE": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    backend, dtype, reason, text = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (backend, dtype) == ("transformers", "float32")
    assert reason == "auto: ctranslate2 is not installed" and text
    assert not (tmp_path / "ct2").exists()


def test_ctranslate2_backend_without_ctranslate2_says_what_to_install(tiny_models, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ctranslate2", None)
    with pytest.raises(ModelLoadError, match="pip install ctranslate2"):
        load_translator(settings(tiny_models["marian"], backend="ctranslate2"), "cpu")


# --- identical sentences are translated once per run ------------------------------------


def test_repeated_sentences_are_translated_once_per_run(tiny_models):
    cfg = settings(tiny_models["marian"], window_sentences=4)  # several windows: the run remembers
    translator = load_translator(cfg, "cpu")
    rows_in = []
    generate = translator.model.generate

    def recording_generate(*args, **kwargs):
        rows_in.extend(
            tuple(t for t in row if t != translator.tokenizer.pad_token_id) for row in kwargs["input_ids"].tolist()
        )
        return generate(*args, **kwargs)

    boiler = "L'OIM est l'organisation des Nations Unies chargée des migrations."
    records = [
        Record(id=str(i), source=str(i), title="Communiqué de presse", text=f"{SENTENCES[i]} {boiler}\n\n{boiler}")
        for i in range(4)
    ]
    translator.model.generate = recording_generate
    out = list(translate(segment(records, translator), translator, cfg))
    segments = [s for r in out for s in r.translation["segments"]]
    distinct = {s["src"] for s in segments}
    assert len(segments) == 16 and len(distinct) == 6
    assert len(rows_in) == len(set(rows_in)) == 6  # each distinct sentence went to the model once
    assert translator.stats["sentences"] == 16 and translator.stats["reused"] == 10
    by_src = {}
    for s in segments:
        assert by_src.setdefault(s["src"], s["tgt"]) == s["tgt"]
    assert translator.memo is None  # the run's memory ends with the run
    alone = translator.translate([boiler])
    assert alone == [by_src[boiler]] and len(rows_in) == 7  # outside a run: translated again


# --- the up-front check of every model a config needs ------------------------------------


def _two_model_config(tmp_path, translator: str, summariser: str) -> Path:
    path = tmp_path / "hub.toml"
    path.write_text(
        f'[run]\ndevice = "cpu"\n[translate]\nmodel = "{translator}"\n'
        f'[summarise]\nmethod = "abstractive"\nmodel = "{summariser}"\n',
        encoding="utf-8",
    )
    return path


def test_one_message_names_every_missing_model_offline(tmp_path, monkeypatch):
    from summarise.config import load_config
    from summarise.pipeline.stages import load_models

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    path = _two_model_config(tmp_path, "nobody/opus-mt-fr-en", "nobody/barthez-summary")
    with pytest.raises(ModelLoadError) as err:
        load_models(load_config(path))
    message = str(err.value)
    assert "translator (translate.model) 'nobody/opus-mt-fr-en' is not in the Hugging Face cache" in message
    assert "summariser (summarise.model) 'nobody/barthez-summary' is not in the Hugging Face cache" in message
    assert f"`summarise download {path}`" in message
    assert "`hf download nobody/opus-mt-fr-en`" in message and "`hf download nobody/barthez-summary`" in message
    assert "--set translate.model=/local/folder" in message and "--set summarise.model=/local/folder" in message
    assert "configs/extractive.toml" in message


def test_an_unreachable_hub_is_reported_at_once(tmp_path, monkeypatch):
    import time

    from summarise.config import load_config
    from summarise.models.required import required_models
    from summarise.models.source import check_models

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(hf_constants, "ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    config = load_config(_two_model_config(tmp_path, "nobody/opus-mt-fr-en", "nobody/barthez-summary"))
    started = time.perf_counter()
    with pytest.raises(ModelLoadError) as err:
        check_models(required_models(config), config.path)
    assert time.perf_counter() - started < 15
    message = str(err.value)
    assert message.count("the hub cannot be reached") == 2 and "summarise download" in message


def test_download_offline_is_exit_2_with_the_message(tmp_path):
    import os
    import subprocess
    import sys

    path = _two_model_config(tmp_path, "nobody/opus-mt-fr-en", "nobody/barthez-summary")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run(
        [sys.executable, "-m", "summarise.cli", "download", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("summarise download: error: translator (translate.model)")
    assert "nobody/barthez-summary" in proc.stderr and f"summarise download {path}" in proc.stderr
