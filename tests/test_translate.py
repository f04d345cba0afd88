"""Translation with tiny real models: loading, batching, backends, failures, the stage."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from summarise.config import TranslateSection  # noqa: E402
from summarise.record import Record  # noqa: E402
from summarise.segment import paragraphs, segment, split_sentences  # noqa: E402
from summarise.translate import ModelLoadError, download, load_translator, translate  # noqa: E402

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
    return TranslateSection(**{"model": path, "num_beams": 1, "max_new_tokens": 8, "threads": 1,
                               "backend": "transformers", **kw})


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
            sentence for para in body for sentence in split_sentences(para)]
        assert [s["para"] for s in segs] == sorted(s["para"] for s in segs)
        assert record.translation["title"] == " ".join(s["tgt"] for s in segs if s["para"] == 0)
        assert record.translation["text"].split("\n\n") == [
            " ".join(s["tgt"] for s in segs if s["para"] == n) for n in range(1, len(body) + 1)]
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
    where = Path(download(cfg))
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
    fast = load_translator(settings(tiny_models[family], backend="ctranslate2",
                                    compute_type="float32", **base), "cpu")
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
    assert re.fullmatch(r"model:marian@local\|backend:ctranslate2\|beam:1\|dtype:int8", second.signature())


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
        rows = [[t for t in row if t != translator.tokenizer.pad_token_id]
                for row in kwargs["input_ids"].tolist()]
        if poison in rows:
            raise ValueError("the model failed on this input")
        return generate(*args, **kwargs)

    records = [Record(id=str(i), source=str(i), title=f"Titre {i}", text=text) for i, text in enumerate(
        ["Une première phrase.", "Bonjour. Cette phrase fait échouer le modèle.", "Une dernière phrase."])]
    translator.model.generate = generate_failing_on_poison
    try:
        out = list(translate(segment(records, translator), translator, cfg))
    finally:
        del translator.model.generate
    assert [r.id for r in out] == ["0", "1", "2"]
    assert out[1].error == {"stage": "translate", "type": "ValueError",
                            "message": "the model failed on this input"}
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
    assert translator.signature() == "model:marian@local|backend:transformers|beam:1|dtype:float32"
    info = translator.info()
    assert info["model"] == tiny_models["marian"] and info["path"] == tiny_models["marian"]
    assert {k: info[k] for k in ("family", "backend", "device", "dtype", "num_beams", "max_new_tokens")} == {
        "family": "marian", "backend": "transformers", "device": "cpu", "dtype": "float32",
        "num_beams": 1, "max_new_tokens": 8}
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
