"""Summaries: extractive (source sentences and exactly their translations) and
abstractive (a French summary and its translation), length limits, long inputs,
and the checks that catch a summary saying what the release does not."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from summarise.config import ChecksSection, SummariseSection, TranslateSection
from summarise.errors import ModelLoadError
from summarise.models.abstractive import fit_units, pack
from summarise.models.extractive import select_sentences, trim_summary, words
from summarise.models.summarise import load_summariser
from summarise.models.summarise import summarise as summarise_stage
from summarise.models.translate import translate
from summarise.quality.checks import agreement_flags, check
from summarise.record import Record
from summarise.store.rundir import RunDir
from summarise.text.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# threads=1: tiny models gain nothing from more, and lose much to a busy machine.
TRANSLATE = TranslateSection(num_beams=1, max_new_tokens=16, threads=1, backend="transformers")


# --- fixtures: the seeds through the real stages, tiny real models ------------------


@pytest.fixture(scope="module")
def translator(tiny_models):
    from summarise.models.translate import load_translator

    return load_translator(TRANSLATE.model_copy(update={"model": tiny_models["marian"]}), "cpu")


@pytest.fixture(scope="module")
def seed_records(translator) -> list[Record]:
    """The five seeds read, cleaned, segmented and translated (once per module)."""
    from summarise.models.translate import translate
    from summarise.text.clean import clean
    from summarise.text.read import read
    from summarise.text.segment import segment

    records = list(translate(segment(clean(read([DATA])), translator), translator, TRANSLATE))
    assert len(records) == 5 and all(r.error is None for r in records), [r.error for r in records]
    return records


@pytest.fixture
def records(seed_records) -> list[Record]:
    return copy.deepcopy(seed_records)


@pytest.fixture(scope="module")
def summariser(tiny_models):
    return load_summariser(abstractive(model=tiny_models["summariser"]), "cpu")


def prepared(translator, title: str, *paragraphs: str, rec_id: str = "hand") -> Record:
    """A record written by hand, segmented and translated by the real stages."""
    from summarise.models.translate import translate
    from summarise.text.segment import segment

    rec = Record(id=rec_id, source=f"{rec_id}.txt", lang="fr", title=title, text="\n\n".join(paragraphs))
    return next(translate(segment([rec], translator), translator, TRANSLATE))


def summarise(records, summariser, translator, cfg: SummariseSection):
    """The summary as a run makes it: the summarise stage, its sentences translated by the
    translate stage, then checked by the check stage."""
    data = summarise_stage(records, summariser, cfg)
    data = translate(data, translator, TRANSLATE)
    return check(data, ChecksSection(), translator.max_new_tokens, cfg.max_words)


def abstractive(**changes) -> SummariseSection:
    settings = dict(
        method="abstractive", num_beams=1, max_new_tokens=16, batch_size=16, backend="transformers", threads=1
    )
    return SummariseSection(**{**settings, **changes})


def body_segments(record: Record) -> list[dict]:
    return [s for s in record.translation["segments"] if s["para"] >= 1]


# --- extractive ----------------------------------------------------------------------


@pytest.mark.parametrize("max_sentences,max_words", [(3, 80), (2, 40), (1, 30)])
def test_extractive_summary_is_source_sentences_and_exactly_their_translations(
    records, translator, max_sentences, max_words
):
    cfg = SummariseSection(method="extractive", max_sentences=max_sentences, max_words=max_words)
    out = list(summarise(records, None, translator, cfg))
    assert [r.id for r in out] == sorted(p.stem for p in DATA.glob("*.txt"))
    for rec in out:
        summary = rec.summary
        assert rec.error is None and summary["method"] == "extractive" and summary["model"] is None
        body = body_segments(rec)
        # Which body sentences were kept: find each in order, so the summary is a
        # subsequence of the release's own sentences.
        kept, rest, start = [], summary["src"], 0
        while rest:
            i = next(i for i in range(start, len(body)) if rest.startswith(body[i]["src"]))
            kept.append(i)
            rest, start = rest[len(body[i]["src"]) :].lstrip(), i + 1
        assert 1 <= len(kept) <= max_sentences
        assert summary["src"] == " ".join(body[i]["src"] for i in kept)
        assert summary["en"] == " ".join(body[i]["tgt"] for i in kept)
        assert words(summary["src"]) <= max_words or len(kept) == 1


def test_extractive_prefers_the_lead_and_central_sentences():
    sentences = [
        "Le Fonds a versé 2 millions pour aider les victimes de la traite en Haïti.",
        "Le programme d'aide aux victimes de la traite en Haïti soutient les enfants.",
        "Il faisait beau ce jour-là sur la capitale.",
        "Les victimes de la traite en Haïti recevront une aide médicale du programme.",
    ]
    # Centrality: the two sentences sharing most with the others ("programme", "aide").
    assert select_sentences(sentences, lead_bias=0.0, max_sentences=2, max_words=40) == [1, 3]
    # A strong lead bias brings the opening sentence in; order stays the release's.
    assert select_sentences(sentences, lead_bias=0.5, max_sentences=2, max_words=40) == [0, 1]
    # The off-topic sentence is never picked while a central one fits.
    for bias in (0.0, 0.3, 0.5):
        assert 2 not in select_sentences(sentences, lead_bias=bias, max_sentences=3, max_words=80)


def test_extractive_skips_sentences_that_repeat_a_kept_one():
    sentences = [
        "La campagne de sensibilisation contre la traite commence à Lima.",
        "La campagne de sensibilisation contre la traite commence à Lima aujourd'hui.",
        "Des affiches seront publiées dans les magazines des compagnies aériennes.",
    ]
    assert select_sentences(sentences, lead_bias=0.3, max_sentences=2, max_words=80) == [0, 2]


def test_a_sentence_pointing_back_is_kept_only_after_the_one_it_follows():
    sentences = [
        "L'OIM publiera une affiche contre la traite dans les magazines des compagnies.",
        "La campagne contre la traite vise les voyageurs de la région des Caraïbes.",
        "Cette affiche contre la traite rappelle le numéro des services de la région.",
        "Un guide contre la traite aidera les services téléphoniques de la région.",
    ]
    # "Cette affiche..." scores best but its antecedent is not in a 2-sentence summary.
    assert select_sentences(sentences, lead_bias=0.0, max_sentences=2, max_words=80) == [1, 3]
    # With room for three, it comes in once the sentence before it is in.
    assert select_sentences(sentences, lead_bias=0.0, max_sentences=3, max_words=80) == [1, 2, 3]


@pytest.mark.parametrize(
    "sentences,expected",
    [
        ([], []),
        (["Une seule phrase du communiqué."], [0]),
        (["La même phrase revient ici."] * 3, [0]),  # repeats are skipped
        (["Contact", "Le bureau de l'OIM ouvre à Lima."], [1]),  # fragments come last
        (["Titre", "Contact"], [0, 1]),  # ...unless there is nothing else
    ],
)
def test_selection_edge_cases(sentences, expected):
    assert select_sentences(sentences, lead_bias=0.3, max_sentences=3, max_words=80) == expected


def test_a_sentence_longer_than_max_words_is_kept_whole_and_flagged(records, translator):
    cfg = SummariseSection(method="extractive", max_sentences=2, max_words=5)
    rec = next(summarise(records[:1], None, translator, cfg))
    assert rec.summary["src"] in {s["src"] for s in body_segments(rec)}
    assert any(f["code"] == "summary_too_long" for f in rec.summary["flags"])


# --- abstractive ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def abstract_seeds(seed_records, summariser, translator) -> list[Record]:
    return list(summarise(copy.deepcopy(seed_records), summariser, translator, abstractive()))


def test_abstractive_summarises_every_seed_and_its_english_is_the_french_translated(
    abstract_seeds, seed_records, summariser, translator
):
    assert [r.id for r in abstract_seeds] == [r.id for r in seed_records]
    for rec in abstract_seeds:
        summary = rec.summary
        assert rec.error is None, rec.error
        assert summary["method"] == "abstractive" and summary["model"] == summariser.model_id
        assert summary["src"].strip()
        assert summary["en"] == " ".join(translator.translate(split_sentences(summary["src"])))
        assert len(split_sentences(summary["src"])) <= 3 and words(summary["src"]) <= 80


def test_seed_bodies_over_the_tiny_models_limit_are_cut_to_the_sentences_that_fit(abstract_seeds, summariser):
    """The default long-input scheme: one pass over the title and the most central body
    sentences that fit, and a note saying how much was read."""
    assert summariser.max_input_tokens == 128
    for rec in abstract_seeds:
        (note,) = [f for f in rec.summary["flags"] if f["code"] == "long_input_selected"]
        assert note["severity"] == "note" and "long_input_chunked" not in str(rec.summary["flags"])
        tokens, kept, total, read = (int(w) for w in re.findall(r"\d+", note["detail"]))
        assert tokens > 128 >= read and 0 < kept < total


def test_the_sentences_read_fit_the_limit_and_keep_their_order(summariser, seed_records):
    from summarise.models.abstractive import select_units

    for rec in seed_records:
        sentences = [s["src"] for s in body_segments(rec)]
        for limit in (48, 128, 400):
            units, kept, total = select_units(rec, limit, summariser.count_tokens, lead_bias=0.3)
            assert summariser.count_tokens(" ".join(units)) <= limit
            assert units[0] == rec.title.strip() or units[0] == rec.title.strip() + "."
            positions = [sentences.index(u) for u in units[1:]]
            assert positions == sorted(positions) and kept == len(positions) and total == len(sentences)


def test_abstractive_summaries_keep_to_the_length_limits(records, summariser, translator):
    out = list(summarise(records, summariser, translator, abstractive(max_sentences=1, max_words=5)))
    for rec in out:
        fr = rec.summary["src"]
        assert len(split_sentences(fr)) <= 1 and words(fr) <= 5
        assert rec.summary["en"] == " ".join(translator.translate(split_sentences(fr)))
    codes = [f["code"] for rec in out for f in rec.summary["flags"]]
    assert {"summary_trimmed", "summary_cut_mid_sentence"} & set(codes)


LONG = [  # three paragraphs of a release, about 150 tokens for the tiny summariser
    "Le bureau de l'OIM à Managua a lancé un projet-pilote en vue de fournir une aide à la "
    "réintégration aux victimes de la traite dans la province de Chinandega.",
    "Sur 26 victimes ayant bénéficié d'une aide pour regagner leur village d'origine entre janvier "
    "et octobre 2006, 13 étaient originaires de communautés de Chinandega.",
    "Ce service téléphonique est gratuit et confidentiel, disponible 24 heures sur 24, et vise à "
    "sensibiliser les victimes potentielles et le grand public sur la traite d'êtres humains.",
]


def test_a_body_far_over_the_limit_goes_through_rounds_of_summaries(tiny_models, translator):
    cfg = abstractive(model=tiny_models["summariser"], max_input_tokens=32, max_new_tokens=12, long_input="parts")
    small = load_summariser(cfg, "cpu")
    assert small.max_input_tokens == 32
    rec = prepared(translator, "L'aide aux victimes de la traite", *LONG)
    rec = next(summarise([rec], small, translator, cfg))
    assert rec.error is None, rec.error
    chunked = [f["detail"] for f in rec.summary["flags"] if f["code"] == "long_input_chunked"]
    assert len(chunked) == 1 and "rounds of summaries of summaries" in chunked[0]
    tokens, parts = (int(w) for w in chunked[0].split() if w.isdigit())
    assert tokens > 32 * 3 and parts >= 4
    assert rec.summary["en"] == " ".join(translator.translate(split_sentences(rec.summary["src"])))


def test_a_body_within_the_limit_is_summarised_in_one_go(summariser, translator):
    rec = prepared(
        translator,
        "L'OIM ouvre un bureau à Lima",
        "Le bureau de l'OIM à Lima ouvrira le 3 mars.",
        "Il aidera les victimes de la traite.",
    )
    out = next(summarise([rec], summariser, translator, abstractive()))
    assert out.error is None and out.summary["src"]
    assert not {"long_input_chunked", "long_input_selected"} & {f["code"] for f in out.summary["flags"]}


def test_chunks_fit_the_limit_and_drop_nothing(summariser, seed_records):
    text = " ".join(s["src"] for s in body_segments(seed_records[2]))
    count = summariser.count_tokens
    for limit in (16, 40, 100):
        units = fit_units(text, limit, count)
        chunks = pack(units, limit, count)
        assert all(count(c) <= limit for c in chunks)
        assert " ".join(chunks).split() == text.split()
        assert len(chunks) < len(units) or all(count(f"{a} {b}") > limit for a, b in zip(chunks, chunks[1:]))


def test_summariser_signature_and_info(summariser, tiny_models):
    assert re.match(r"summary:summariser@local-[0-9a-f]{12}\|", summariser.signature())
    assert "|backend:transformers|beam:1|dtype:float32" in summariser.signature()
    info = summariser.info()
    assert info["model"] == tiny_models["summariser"] and info["family"] == "mbart"
    assert info["max_input_tokens"] == 128 and info["device"] == "cpu"


def test_no_summariser_for_extractive_and_a_clear_error_for_a_missing_model(tmp_path):
    assert load_summariser(SummariseSection(method="extractive"), "cpu") is None
    assert load_summariser(SummariseSection(method="none"), "cpu") is None
    with pytest.raises(ModelLoadError):
        load_summariser(abstractive(model=str(tmp_path / "no-such-model")), "cpu")


# --- length and checks -------------------------------------------------------------

S1 = "L'OIM a lancé une campagne à Lima."  # 7 words
S2 = "Elle vise 500 victimes de la traite."  # 7 words
S3 = "Des affiches seront publiées en mai."  # 6 words


@pytest.mark.parametrize(
    "sentences,max_sentences,max_words,kept,code",
    [
        ([S1, S2, S3], 3, 80, [S1, S2, S3], None),
        ([S1, S2, S3], 2, 80, [S1, S2], "summary_trimmed"),
        ([S1, S2, S3], 3, 14, [S1, S2], "summary_trimmed"),
        ([S1, S2, S3], 3, 13, [S1], "summary_trimmed"),
        ([S1, S2, S3], 1, 7, [S1], "summary_trimmed"),
        ([S1], 3, 5, ["L'OIM a lancé une …"], "summary_cut_mid_sentence"),
        ([], 3, 80, [], None),
    ],
)
def test_trim_summary_cuts_at_sentence_boundaries(sentences, max_sentences, max_words, kept, code):
    out, flags = trim_summary(sentences, max_sentences, max_words)
    assert out == kept
    assert [f["code"] for f in flags] == ([code] if code else [])
    assert words(" ".join(out)) <= max_words and len(out) <= max_sentences


def test_a_made_up_number_in_a_summary_is_flagged(seed_records):
    rec = copy.deepcopy(seed_records[2])  # the Hispaniola release: 1,6 million, 500, 650 victims
    body = body_segments(rec)
    rec.summary = {
        "fr": body[0]["src"] + " Plus de 4 200 victimes ont été aidées.",
        "en": body[0]["tgt"],
        "method": "extractive",
        "model": None,
        "flags": [],
    }
    flags = next(check([rec], ChecksSection(), 16)).summary["flags"]
    assert [f["code"] for f in flags] == ["summary_unsupported"]
    assert flags[0]["detail"].startswith("fr: ") and "4 200" in flags[0]["detail"]
    rec.summary = {**rec.summary, "fr": body[0]["src"], "flags": []}
    assert next(check([rec], ChecksSection(), 16)).summary["flags"] == []


@pytest.mark.parametrize(
    "fr,en,expected",
    [
        ("Près de 100000 spectateurs à Kingston.", "Nearly 100,000 spectators in Kingston.", None),
        (
            "Le 1,6 million de dollars donné par l'UNICEF.",
            "The 1.6 billion dollars given by UNICEF.",
            "'1,6 million' not in output",
        ),
        ("Chissey Mueller a parlé à Kingston.", "Mueller spoke.", "'Kingston' not in output"),
        ("Contact : cmueller@iom.int", "Contact: cmueller@iom.org", "cmueller@iom.int"),
        # a negation one half says and the other does not: the halves say opposite things
        ("L'OIM ne financera pas le projet.", "IOM will not fund the project.", None),
        ("L'OIM ne financera pas le projet.", "IOM will fund the project.", "negation_lost"),
        ("L'OIM financera le projet.", "IOM will not fund the project.", "negation_added"),
    ],
)
def test_the_two_halves_must_say_the_same_thing(fr, en, expected):
    flags = agreement_flags([("L'OIM aide les victimes.", "IOM helps victims."), (fr, en)])
    if expected is None:
        assert flags == []
    else:
        assert [f["code"] for f in flags] == ["summary_halves_differ"]
        assert flags[0]["detail"].startswith("sentence 2: ") and expected in flags[0]["detail"]


def test_halves_that_differ_only_on_an_unsure_name_get_a_note():
    """A French word read as a name ('Terre') may be translated: the pair is as unsure as the
    name check it wraps, so it does not send a reviewer to the summary."""
    [unsure] = agreement_flags([("La Terre tourne autour du Soleil.", "The planet turns around the Sun.")])
    [sure] = agreement_flags([("Chissey Mueller a parlé à Kingston.", "Mueller spoke.")])
    assert (unsure["code"], unsure["severity"]) == ("summary_halves_differ", "note")
    assert (sure["code"], sure["severity"]) == ("summary_halves_differ", "critical")


def test_extractive_summary_of_a_mistranslated_number_is_flagged(translator):
    rec = prepared(
        translator, "L'OIM en Haïti", "Le 1,6 million de dollars donné par l'UNICEF soutiendra un programme en Haïti."
    )
    wrong = "The 1.6 billion dollars given by UNICEF will support a programme in Haiti."
    body_segments(rec)[0]["tgt"] = rec.translation["text"] = wrong
    out = next(summarise([rec], None, translator, SummariseSection()))
    assert out.summary["en"] == wrong  # the English source says so too: only the pair shows it
    details = [f["detail"] for f in out.summary["flags"] if f["code"] == "summary_halves_differ"]
    assert details == ["sentence 1: number_mismatch: '1,6 million' not in output; '1.6 billion' not in source"]


# --- what passes through, and failures -----------------------------------------------


def test_failed_unsegmented_and_none_records_pass_through_untouched(records):
    failed = records[0]
    failed.fail("translate", "RuntimeError", "out of memory")
    unsegmented = Record(id="raw", source="raw.txt", title="Titre", text="Texte.")
    before = [failed.to_dict(), unsegmented.to_dict()]
    out = list(summarise_stage([failed, unsegmented, records[1]], None, SummariseSection()))
    assert [r.id for r in out] == [failed.id, "raw", records[1].id]
    assert [failed.to_dict(), unsegmented.to_dict()] == before
    assert records[1].summary["src"]
    kept = records[1].summary
    assert next(summarise_stage([records[1]], None, SummariseSection(max_sentences=1))).summary is kept
    assert failed.error["stage"] == "translate"
    none = list(summarise_stage(records[2:], None, SummariseSection(method="none")))
    assert [r.summary for r in none] == [None, None, None]


@pytest.mark.parametrize("method", ["extractive", "abstractive"])
def test_one_broken_document_fails_alone(summariser, translator, method):
    records = [prepared(translator, f"Titre {i}", *LONG[i : i + 1], rec_id=f"doc{i}") for i in range(3)]
    broken = records[1]
    del broken.translation["segments"][1]["src"]  # e.g. a hand-edited records.jsonl
    cfg = abstractive(method=method)
    out = list(summarise(records, summariser if method == "abstractive" else None, translator, cfg))
    assert [r.id for r in out] == [r.id for r in records]
    assert broken.error == {"stage": "summarise", "type": "KeyError", "message": "'src'"}
    assert broken.summary is None
    assert all(r.error is None and r.summary["src"] for r in out if r is not broken)


# --- backends and batching -----------------------------------------------------------------


@pytest.fixture(scope="module")
def ct2_summariser(tiny_models, tmp_path_factory):
    import os

    old = os.environ.get("SUMMARISE_CACHE")
    os.environ["SUMMARISE_CACHE"] = str(tmp_path_factory.mktemp("ct2"))
    try:
        yield load_summariser(
            abstractive(model=tiny_models["summariser"], backend="ctranslate2", compute_type="float32"), "cpu"
        )
    finally:
        if old is None:
            os.environ.pop("SUMMARISE_CACHE")
        else:
            os.environ["SUMMARISE_CACHE"] = old


def test_both_summariser_backends_give_the_same_greedy_summaries(summariser, ct2_summariser, seed_records, translator):
    assert (ct2_summariser.backend, ct2_summariser.dtype) == ("ctranslate2", "float32")
    assert "|backend:ctranslate2|" in ct2_summariser.signature()
    texts = [s["src"] for rec in seed_records for s in body_segments(rec) if summariser.count_tokens(s["src"]) <= 128][
        :12
    ]
    before = (ct2_summariser.stats["tokens_out"], summariser.stats["tokens_out"])
    assert ct2_summariser.generate(texts) == summariser.generate(texts)
    made = (ct2_summariser.stats["tokens_out"] - before[0], summariser.stats["tokens_out"] - before[1])
    assert made[0] == made[1] > 0  # the same number of tokens, not only the same text
    # The whole stage, chunked long inputs included: the same records either way.
    slow = list(summarise(copy.deepcopy(seed_records), summariser, translator, abstractive()))
    fast = list(summarise(copy.deepcopy(seed_records), ct2_summariser, translator, abstractive()))
    assert [r.summary for r in fast] == [r.summary for r in slow]


def test_summaries_are_batched_by_token_budget_longest_first(tiny_models, seed_records):
    small = load_summariser(abstractive(model=tiny_models["summariser"], batch_tokens=96, batch_size=4), "cpu")
    shapes = []
    generate = small.model.generate

    def recording_generate(*args, **kwargs):
        shapes.append(tuple(kwargs["input_ids"].shape))
        return generate(*args, **kwargs)

    texts = [s["src"] for rec in seed_records for s in body_segments(rec) if small.count_tokens(s["src"]) <= 48][:10]
    alone = [small.generate([t])[0] for t in texts]
    small.model.generate = recording_generate
    batched = small.generate(texts)
    assert batched == alone and len(shapes) > 1
    assert all(rows * width <= 96 and rows <= 4 for rows, width in shapes)
    assert [w for _, w in shapes] == sorted((w for _, w in shapes), reverse=True)


def test_summariser_out_of_memory_halves_the_batch(summariser):
    import torch

    texts = [S1, S2, S3, LONG[0]]
    expected = summariser.generate(texts)
    sizes = []
    generate = summariser.model.generate

    def generate_with_little_memory(*args, **kwargs):
        sizes.append(kwargs["input_ids"].shape[0])
        if len(sizes) == 1:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return generate(*args, **kwargs)

    summariser.model.generate = generate_with_little_memory
    try:
        assert summariser.generate(texts) == expected
    finally:
        del summariser.model.generate
    assert sizes == [4, 2, 2] and summariser.stats["oom_splits"] == 1


def test_auto_summariser_backend_and_its_reason_are_in_info(tiny_models, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    auto = load_summariser(abstractive(model=tiny_models["summariser"], backend="auto"), "cpu")
    assert auto.info()["backend"] == "ctranslate2" and auto.dtype == "int8"
    assert auto.info()["backend_reason"].startswith("auto: ctranslate2 is installed")
    assert all(auto.generate([S1, S2]))


def test_the_summariser_reads_512_tokens_unless_told_more_and_never_over_the_models_limit(tmp_path):
    """The default input budget, and how a config raises it: a summariser that allows 1024
    tokens reads 512 (a release of about 350 words) unless max_input_tokens says more."""
    from tests.models import build_mbart_summariser

    model = str(build_mbart_summariser(tmp_path / "wide", max_positions=1024))
    assert load_summariser(abstractive(model=model), "cpu").max_input_tokens == 512
    assert load_summariser(abstractive(model=model, max_input_tokens=1024), "cpu").max_input_tokens == 1024
    assert load_summariser(abstractive(model=model, max_input_tokens=4096), "cpu").max_input_tokens == 1024


def test_the_summariser_on_ctranslate2_decodes_batches_side_by_side_on_a_cpu(tiny_models, tmp_path, monkeypatch):
    """Two cores: two batches at once, one thread each (faster than one batch on both
    threads, for long inputs too), and the outputs are those of one batch at a time."""
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    cfg = abstractive(model=tiny_models["summariser"], backend="ctranslate2", compute_type="float32", batch_tokens=48)
    both = load_summariser(cfg.model_copy(update={"threads": 2}), "cpu")
    one = load_summariser(cfg, "cpu")
    assert (both.model.num_translators, both.threads) == (2, 2) and one.model.num_translators == 1
    texts = [S1, S2, S3, LONG[0], LONG[1]]
    assert both.generate(texts) == one.generate(texts)


# --- the main command: both models, where the time went -------------------------------------


def test_a_run_with_both_models_says_where_the_time_went(tiny_models, tmp_path, monkeypatch):
    import json

    import summarise as api
    from summarise.cli import end_of_run

    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path / "cache"))
    config = api.load_config(
        overrides=[
            f"translate.model={tiny_models['marian']}",
            "translate.num_beams=1",
            "translate.max_new_tokens=8",
            "translate.threads=1",
            "run.device=cpu",
            "summarise.method=abstractive",
            f"summarise.model={tiny_models['summariser']}",
            "summarise.num_beams=1",
            "summarise.max_new_tokens=8",
            "summarise.threads=1",
        ]
    )
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(DATA.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    (inputs / "republished.txt").write_bytes(sorted(DATA.glob("*.txt"))[0].read_bytes())
    result = api.run(config, [inputs], tmp_path / "out", progress=False)
    assert result.exit_code == 0 and result.done == 6
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    models = manifest["models"]
    assert models["translator"]["backend"] == models["summariser"]["backend"] == "ctranslate2"
    assert models["summariser"]["backend_reason"].startswith("auto: ")
    stages = manifest["stage_seconds"]
    assert list(stages) == ["read+clean", "segment", "summarise", "translate", "check", "load", "write"]
    assert all(v >= 0 for v in stages.values()) and stages["translate"] > 0 and stages["summarise"] > 0
    assert sum(stages.values()) <= manifest["seconds"] + stages["load"] + 0.5
    # The republished release's sentences went to the model once, for both documents.
    [first, again] = [
        r for r in RunDir(result.output).iter_records() if r.id in ("republished", "000_cd64a4c7dfd5f85e")
    ]
    assert first.translation == again.translation
    assert manifest["sentences"]["reused"] >= len(first.translation["segments"])
    last = end_of_run(result).splitlines()
    assert last[0].startswith("time: read+clean ") and " translate " in last[0] and " summarise " in last[0]
    assert "6 done, 0 already done, 0 failed" in last[1]
    critical = manifest["severities"]["critical"]  # every document was made by this run
    assert last[-1] == (
        f"{result.needs_review} documents need review ({critical} critical flags): summarise review {tmp_path / 'out'}"
    )


def test_the_english_summary_is_translated_with_the_runs_memory_and_protection(
    abstract_seeds, seed_records, summariser, translator, tmp_path
):
    """The French summary's sentences go through the translator as the release's do: a
    sentence a reviewer translated comes from the memory, and contacts are protected."""
    from summarise.models.terms import Terms
    from summarise.models.translate import translate_segments
    from summarise.store.memory import Memory

    first = split_sentences(abstract_seeds[0].summary["src"])[0]
    memory = Memory(
        tmp_path / "memory.jsonl",
        [{"src": first, "tgt": "The reviewed English.", "by": "ana", "at": "2026-11-23T05:26:38Z"}],
    )
    translator.terms = Terms(["email", "url", "phone"], memory=memory)
    try:
        (rec,) = summarise(copy.deepcopy(seed_records[:1]), summariser, translator, abstractive())
        assert rec.summary["src"] == abstract_seeds[0].summary["src"]
        assert rec.summary["en"].startswith("The reviewed English.")
        segments = [{"src": "Écrire à cmueller@iom.int ou au +1 202 862 1826.", "tgt": None, "flags": []}]
        translate_segments(translator, segments)
        assert "cmueller@iom.int" in segments[0]["tgt"] and "+1 202 862 1826" in segments[0]["tgt"]
    finally:
        translator.terms = None


# --- the T5 family: a tiny mT5 shaped like csebuetnlp/mT5_multilingual_XLSum ----------------
# Its vocabulary is padded past the tokenizer's, its output layer is its own, and its decoding
# settings are in config.json (tests/models.py: build_mt5_summariser).

FIXTURES = ROOT / "tests" / "fixtures" / "realworld"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


# Named, not the first files of the folder: the corpus grows, and the tiny model's output on
# these texts is what the tests below rest on (it writes rows past its vocabulary on them).
SUMMARY_RELEASES = {
    "es": ("es_2001online_ongs_nicaragua", "es_acnur_comunicado_confidencialidad", "es_andina_yauyos_emergencia"),
    "ar": ("ar_3yonnews_mufawadiya_dawra", "ar_alakhbaralsudan_thaqafa_bayan", "ar_albawabhnews_shoukry_moscow"),
}


def fixture_paragraphs(lang: str, files: int = 3) -> list[str]:
    """The first two long lines of a few real-world releases in ``lang``."""
    texts = []
    for name in SUMMARY_RELEASES[lang][:files]:
        lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        texts += [ln for ln in lines if len(ln) > 60][:2]
    return texts


@pytest.fixture(scope="module")
def mt5_backends(tiny_models, tmp_path_factory):
    """The tiny mT5 on transformers and on ctranslate2 (float32), greedy."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUMMARISE_CACHE", str(tmp_path_factory.mktemp("ct2-mt5")))
        slow = load_summariser(abstractive(model=tiny_models["mt5"]), "cpu")
        fast = load_summariser(
            abstractive(model=tiny_models["mt5"], backend="ctranslate2", compute_type="float32"), "cpu"
        )
    return slow, fast


def test_an_mt5_summariser_is_read_as_the_t5_family(mt5_backends):
    for summariser in mt5_backends:
        assert summariser.family == "mt5"
        # No position table: the configured 512 tokens, what XL-Sum was fine-tuned on.
        assert summariser.max_input_tokens == 512 and summariser.max_new_tokens == 16
        # The decoding settings come from config.json (no generation_config.json) on both.
        assert summariser.decoding == {"no_repeat_ngram_size": 2}
        assert summariser.forced_eos is False  # it writes words up to the limit
        # The input as the model was trained on it: the text and </s>, no prefix, no language code.
        tokens = summariser.tokenizer.convert_ids_to_tokens(summariser.tokenizer("Hola mundo.")["input_ids"])
        assert tokens[-1] == "</s>" and "".join(tokens[:-1]).replace("\u2581", " ").strip() == "Hola mundo."


def test_both_backends_give_the_same_mt5_summaries_in_spanish_and_arabic(mt5_backends):
    slow, fast = mt5_backends
    texts = fixture_paragraphs("es") + fixture_paragraphs("ar")
    generated = []
    generate = slow.model.generate

    def recording_generate(*args, **kwargs):
        out = generate(*args, **kwargs)
        generated.extend(out[:, 1:].flatten().tolist())
        return out

    slow.model.generate = recording_generate
    try:
        before = (slow.stats["tokens_out"], fast.stats["tokens_out"])
        summaries = slow.generate(texts)
    finally:
        del slow.model.generate
    assert fast.generate(texts) == summaries
    made = (slow.stats["tokens_out"] - before[0], fast.stats["tokens_out"] - before[1])
    assert made[0] == made[1] == 16 * len(texts)  # no forced end token: 16 pieces each
    # The model wrote rows past the tokenizer's vocabulary (ctranslate2 names them
    # <extra_id_N>); they are no text on either backend, and no special piece shows.
    assert any(i >= len(slow.tokenizer) for i in generated)
    assert all(s and not re.search(r"<extra_id_\d+>|</s>|<pad>|<unk>", s) for s in summaries)
    assert len(set(summaries)) > len(texts) // 2  # the output follows the input


def test_beam_search_with_the_no_repeat_rule_gives_the_same_summaries_on_both_backends(mt5_backends):
    """XL-Sum decodes with 4 beams and no repeated bigram. ctranslate2 bans before its softmax;
    generate() renormalises after its ban, so both keep the same hypotheses; the signature of the
    transformers summariser says so, and one that bans nothing (BARThez) signs as before."""
    slow, fast = (copy.copy(s) for s in mt5_backends)
    slow.num_beams = fast.num_beams = 4
    slow.stats, fast.stats = dict(slow.stats), dict(fast.stats)
    texts = fixture_paragraphs("es") + fixture_paragraphs("ar")
    assert slow.renormalises and not fast.renormalises
    assert slow.generate(texts) == fast.generate(texts)
    assert slow.signature().endswith("|renorm") and "renorm" not in fast.signature()
    slow.decoding = {}
    assert not slow.renormalises and "renorm" not in slow.signature()


def test_the_converted_mt5_scores_and_searches_as_transformers_does(mt5_backends):
    """ctranslate2's converter scales a 'tied' T5 decoder's outputs; transformers 5 calls every
    mT5 tied yet never scales it: converted as is, the log-probabilities would differ (greedy
    output the same, beam search not)."""
    import torch

    slow, fast = mt5_backends
    tok = slow.tokenizer
    for text in fixture_paragraphs("ar", files=2):
        ids = tok(text)["input_ids"]
        with torch.no_grad():
            beam = slow.model.generate(
                torch.tensor([ids]), num_beams=4, max_new_tokens=12, no_repeat_ngram_size=0, length_penalty=1.0
            )[0, 1:].tolist()
            logits = slow.model(input_ids=torch.tensor([ids]), decoder_input_ids=torch.tensor([[0] + beam])).logits
        expected = logits[0, :-1].log_softmax(-1)[range(len(beam)), beam]
        source, target = tok.convert_ids_to_tokens(ids), tok.convert_ids_to_tokens(beam)
        [scored] = fast.model.score_batch([source], [target])
        assert scored.log_probs[:-1] == pytest.approx(expected.tolist(), abs=1e-3)
        [result] = fast.model.translate_batch([source], beam_size=4, max_decoding_length=12)
        assert result.hypotheses[0] == target


def test_a_t5_family_conversion_is_cached_apart_from_one_made_before_the_scaling_fix(
    tiny_models, tmp_path, monkeypatch
):
    """A conversion cached by a version that scaled an mT5's outputs is not reused: the T5 family
    converts under a name of its own; other families keep theirs (no needless reconversion)."""
    from summarise.models.conversion import ct2_dir
    from summarise.models.source import ModelSource

    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    mt5 = ModelSource("csebuetnlp/mT5_multilingual_XLSum", tiny_models["mt5"], COMMIT, hub=True)
    marian = ModelSource("Helsinki-NLP/opus-mt-fr-en", tiny_models["marian"], COMMIT, hub=True)
    assert ct2_dir(mt5, "int8").name == f"csebuetnlp--mT5_multilingual_XLSum@{COMMIT}-int8-scaled"
    assert ct2_dir(marian, "int8").name == f"Helsinki-NLP--opus-mt-fr-en@{COMMIT}-int8"


def test_loading_an_mt5_prints_no_notice_about_its_own_output_layer(tiny_models, tmp_path, monkeypatch):
    """transformers 5 warns, on every load of an mT5 checkpoint, to set a config value the
    config already has; a run's output says nothing of it."""
    import logging

    class Kept(logging.Handler):
        messages: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.messages.append(record.getMessage())

    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    kept = Kept()
    logger = logging.getLogger("transformers.modeling_utils")
    logger.addHandler(kept)
    try:
        load_summariser(abstractive(model=tiny_models["mt5"], backend="ctranslate2", compute_type="float32"), "cpu")
        load_summariser(abstractive(model=tiny_models["mt5"]), "cpu")
    finally:
        logger.removeHandler(kept)
    assert not [m for m in kept.messages if "tie_word_embeddings" in m]


def test_an_mt5_saved_as_pytorch_model_bin_summarises_alike(mt5_backends, tmp_path, monkeypatch):
    """XL-Sum's checkpoint is a pytorch_model.bin holding the embeddings under three names and
    the output layer apart: the same weights that way give the same summaries on both backends."""
    import shutil

    import torch
    from safetensors.torch import load_file

    slow, _ = mt5_backends
    folder = tmp_path / "mt5-bin"
    shutil.copytree(slow.path, folder)
    weights = load_file(folder / "model.safetensors")
    for name in ("encoder.embed_tokens.weight", "decoder.embed_tokens.weight"):
        weights[name] = weights["shared.weight"]
    torch.save(weights, folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path / "cache"))
    texts = fixture_paragraphs("es", files=1) + fixture_paragraphs("ar", files=1)
    expected = slow.generate(texts)
    for backend in ("transformers", "ctranslate2"):
        cfg = abstractive(model=str(folder), backend=backend, compute_type="float32")
        assert load_summariser(cfg, "cpu").generate(texts) == expected


@pytest.fixture
def offline_mt5(tiny_models, tmp_path, monkeypatch):
    """A Hugging Face cache holding the tiny mT5 as 'tiny/mT5_multilingual_XLSum' at COMMIT, offline."""
    import shutil

    from huggingface_hub import constants as hf_constants

    repo = tmp_path / "hub" / "models--tiny--mT5_multilingual_XLSum"
    shutil.copytree(tiny_models["mt5"], repo / "snapshots" / COMMIT)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path / "summarise"))
    return "tiny/mT5_multilingual_XLSum"


def test_an_mt5_hub_id_loads_offline_from_the_cache_and_runs_int8(offline_mt5, tmp_path):
    from summarise.models.summarise import download

    cfg = abstractive(model=offline_mt5, backend="ctranslate2")  # compute_type auto: int8 on CPU
    where = Path(download(cfg, "cpu"))
    assert (where / "model.bin").is_file() and where.name.endswith(f"@{COMMIT}-int8-scaled")
    summariser = load_summariser(cfg, "cpu")
    assert (summariser.revision, summariser.dtype, summariser.family) == (COMMIT, "int8", "mt5")
    assert summariser.signature().startswith(f"summary:mT5_multilingual_XLSum@{COMMIT[:12]}|backend:ctranslate2|")
    texts = fixture_paragraphs("es", files=1) + fixture_paragraphs("ar", files=1)
    summaries = summariser.generate(texts)
    assert all(s and "<extra_id" not in s for s in summaries)
