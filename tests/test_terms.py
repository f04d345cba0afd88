"""Protected spans, the glossary and their flags: on their own and through a real tiny model."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarise.cli import main
from summarise.config import ConfigError, load_config
from summarise.models.constraint import KeepPlaceholders, insertion_point
from summarise.models.glossary import Glossary, GlossaryError, check_glossary, load_glossary
from summarise.models.placeholders import SPAN_KINDS, mask, restore
from summarise.models.terms import Terms
from summarise.models.translate import load_translator, translate
from summarise.quality.checks import contacts
from summarise.record import Record
from summarise.store.rundir import RunDir

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "configs" / "glossary-iom.tsv"


@pytest.fixture(scope="module")
def iom() -> Glossary:
    return load_glossary(GLOSSARY)


@pytest.fixture(scope="module")
def translator(tiny_models):
    # transformers: the backend whose decoder is constrained to keep each placeholder
    cfg = load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            "translate.num_beams=2",
            "translate.max_new_tokens=48",
            "translate.threads=1",
            'translate.backend="transformers"',
        ],
    )
    return load_translator(cfg.translate, "cpu")


def run_stage(translator, texts: list[str], terms: Terms) -> list[dict]:
    """The real translate stage over one document whose paragraphs are ``texts``."""
    translator.terms = terms
    rec = Record(id="doc", source="doc.txt", title="", text="\n\n".join(texts), lang="fr")
    (rec,) = translate([rec], translator, load_config().translate)
    translator.terms = None
    assert rec.error is None, rec.error
    return rec.translation["segments"]


def codes(segment: dict) -> list[str]:
    return [f["code"] for f in segment["flags"]]


# --- the protection code on its own ------------------------------------------------------

SENTENCE = (
    "L’OIM et la Directrice générale ont lancé « Llama y Vive » : écrire à cmueller@iom.int "
    "ou www.iom.int/unitedstates, tél. +1 202 862 1826 x 236, pour 25 % des 3,5 km."
)


@pytest.mark.parametrize(
    "protect, masked",
    [
        (
            ["email", "url", "phone"],
            "L’OIM et la Directrice générale ont lancé « Llama y Vive » : écrire à QQ1QQ ou QQ2QQ, "
            "tél. QQ3QQ, pour 25 % des 3,5 km.",
        ),
        (
            SPAN_KINDS,
            "L’QQ1QQ et la QQ2QQ ont lancé « QQ3QQ » : écrire à QQ4QQ ou QQ5QQ, tél. QQ6QQ, pour QQ7QQ des QQ8QQ.",
        ),
        ([], SENTENCE),
    ],
)
def test_mask_replaces_each_configured_span(iom, protect, masked):
    assert mask(SENTENCE, protect, iom).text == masked


def test_restore_puts_back_every_span_byte_for_byte_in_any_order(iom):
    masked = mask(SENTENCE, SPAN_KINDS, iom)
    english = "QQ1QQ and the QQ2QQ launched 'QQ3QQ': write to QQ4QQ or QQ5QQ, tel. QQ6QQ, for QQ7QQ of the QQ8QQ."
    text, flags = restore(english, masked)
    assert flags == []
    assert text == (
        "IOM and the Director General launched 'Llama y Vive': write to cmueller@iom.int or "
        "www.iom.int/unitedstates, tel. +1 202 862 1826 x 236, for 25 % of the 3,5 km."
    )
    reordered, _ = restore("QQ8QQ QQ7QQ QQ6QQ QQ5QQ QQ4QQ QQ3QQ QQ2QQ QQ1QQ", masked)
    assert reordered.split(" ")[::-1][0] == "IOM" and "+1 202 862 1826 x 236" in reordered


def test_a_dropped_or_repeated_placeholder_is_a_critical_flag():
    masked = mask("Écrire à a.b@iom.int ou c.d@iom.int.", ["email"])
    text, flags = restore("Write to QQ1QQ, QQ1QQ.", masked)
    assert text == "Write to a.b@iom.int, a.b@iom.int."
    assert [(f["code"], f["severity"]) for f in flags] == [
        ("placeholder_duplicated", "critical"),
        ("placeholder_lost", "critical"),
    ]
    assert "'c.d@iom.int' (email)" in flags[1]["detail"]


def test_a_sentence_already_shaped_like_a_placeholder_is_left_alone():
    assert mask("Le code QQ1QQ, écrire à a@b.org.", ["email"]).spans == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("l'OIM a dit", ["OIM"]),
        ("L’OIM a dit", ["OIM"]),
        (
            "Selon l’OIM, la directrice générale adjointe chargée des opérations",
            ["OIM", "Directrice générale adjointe chargée des opérations"],
        ),
        ("DIRECTRICE GÉNÉRALE", ["Directrice générale"]),
        ("le Bureau du Chef  de\nCabinet", ["Bureau du Chef de Cabinet"]),
        ("oim, OIMS, LOIM et BOIM", []),  # an acronym in capitals only, whole words only
        ("la campagne llama y vive", ["Llama y Vive"]),
    ],
)
def test_glossary_matching_knows_elision_and_capitals(iom, text, found):
    assert [entry.french for _, _, entry in iom.find(text)] == found


def test_glossary_tsv_keep_comment_and_extra_columns(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("# comment\nOIM\tIOM\tnote for translators\nLlama y Vive\t\n\n", encoding="utf-8")
    glossary = load_glossary(path)
    assert [(e.french, e.english, e.keep) for e in glossary.entries] == [
        ("OIM", "IOM", False),
        ("Llama y Vive", "", True),
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        ("OIM IOM\n", "line 1: no tab between the French and the English"),
        ("OIM\tIOM\nOIM\tOIM\n", "line 2: 'OIM' is already on line 1 with another English ('IOM')"),
        ("\tIOM\n", "line 1: the French column is empty"),
    ],
)
def test_a_bad_glossary_line_is_named(tmp_path, content, message):
    path = tmp_path / "g.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=re.escape(message)):
        load_glossary(path)


def test_a_missing_glossary_stops_the_run_with_one_line(tmp_path, tiny_models, capsys):
    config = tmp_path / "c.toml"
    config.write_text(f'[translate]\nmodel = "{tiny_models["marian"]}"\nglossary = "{tmp_path}/none.tsv"\n')
    assert main(["run", str(config), "--input", str(ROOT / "data"), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"summarise run: error: {tmp_path}/none.tsv: glossary file not found (translate.glossary)"
    assert not (tmp_path / "out" / "records.jsonl").exists()


def test_protect_names_only_known_span_kinds():
    with pytest.raises(ConfigError, match="translate.protect.0"):
        load_config(None, ['translate.protect=["emails"]'])


def test_check_glossary_names_the_missed_term(iom):
    src = "L'OIM a lancé la campagne « Llama y Vive »."
    assert check_glossary(src, "IOM launched the Llama y Vive campaign.", iom) == []
    (miss,) = check_glossary(src, "The OIM launched the Llama y Vive campaign.", iom)
    assert miss["code"] == "glossary" and "'OIM' must read 'IOM'" in miss["detail"]


# --- through a real tiny model -----------------------------------------------------------


def test_placeholders_survive_a_real_model_round_trip(translator, iom):
    """Constrained decoding: the random tiny model writes each placeholder exactly once."""
    masked = [mask(s, SPAN_KINDS, iom) for s in (SENTENCE, "Contact : a.b@iom.int.", "Sans rien.")]
    outputs = translator.translate([m.text for m in masked])
    for m, out in zip(masked, outputs):
        for n in range(1, len(m.spans) + 1):
            assert out.count(f"QQ{n}QQ") == 1, out
        assert restore(out, m)[1] == []


def seed_contacts(seeds) -> list[str]:
    """Every e-mail, URL and phone number of the seed releases, as written there."""
    found = []
    for rec in seeds:
        found += rec.contacts["emails"] + rec.contacts["phones"] + rec.contacts["links"]
        for kind in contacts(rec.text).values():
            found += kind
    return list(dict.fromkeys(found))


def test_every_email_url_and_phone_of_the_seeds_comes_out_unchanged(translator, seeds):
    found = seed_contacts(seeds)
    assert len(found) == 16  # 7 e-mails, 7 phones, 2 URLs (with and without http://)
    texts = [f"Pour plus d'informations, contactez le bureau : {c}." for c in found]
    segments = run_stage(translator, texts, Terms(["email", "url", "phone"]))
    for value, seg in zip(found, segments):
        assert value in seg["tgt"], (value, seg["tgt"])
        assert not {"placeholder_lost", "placeholder_duplicated"} & set(codes(seg))
        # the random model copies none: each was begun by the constraint, and says so
        assert codes(seg).count("placeholder_placed") == 1, seg["flags"]


def test_without_protection_the_tiny_model_loses_them(translator, seeds):
    """The baseline the protection is measured against: unprotected, contacts are lost."""
    found = seed_contacts(seeds)[:5]
    segments = run_stage(translator, [f"Contactez : {c}." for c in found], Terms([]))
    assert not any(value in seg["tgt"] for value, seg in zip(found, segments))


def test_an_enforced_glossary_term_appears(translator, iom):
    segments = run_stage(
        translator, ["Le bureau de l'OIM à Managua a lancé « Llama y Vive »."], Terms(["glossary"], iom)
    )
    (seg,) = segments
    assert "IOM" in seg["tgt"] and "Llama y Vive" in seg["tgt"] and "OIM" not in seg["tgt"]
    assert "glossary" not in codes(seg)


def test_a_glossary_miss_is_flagged_when_terms_are_only_checked(translator, iom):
    (seg,) = run_stage(translator, ["Le bureau de l'OIM à Managua a lancé un projet."], Terms([], iom))
    (miss,) = [f for f in seg["flags"] if f["code"] == "glossary"]
    assert "'OIM' must read 'IOM'" in miss["detail"] and miss["severity"] == "note"


def test_a_placeholder_the_model_had_no_room_for_is_flagged_not_lost(tiny_models):
    cfg = load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            "translate.num_beams=1",
            'translate.backend="transformers"',
            "translate.max_new_tokens=8",
            "translate.threads=1",
        ],
    )
    small = load_translator(cfg.translate, "cpu")
    (seg,) = run_stage(small, ["Écrire à a.b@iom.int, c.d@iom.int ou e.f@iom.int."], Terms(["email"]))
    lost = [f for f in seg["flags"] if f["code"] == "placeholder_lost"]
    kept = [e for e in ("a.b@iom.int", "c.d@iom.int", "e.f@iom.int") if e in seg["tgt"]]
    assert lost and len(lost) + len(kept) == 3
    assert all(f["severity"] == "critical" for f in lost)


def ctranslate2_translator(tiny_models, tmp_path, monkeypatch, max_new_tokens: int = 48):
    pytest.importorskip("ctranslate2")
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    cfg = load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            'translate.backend="ctranslate2"',
            'translate.compute_type="float32"',
            "translate.num_beams=2",
            f"translate.max_new_tokens={max_new_tokens}",
            "translate.threads=1",
        ],
    )
    return load_translator(cfg.translate, "cpu")


def test_ctranslate2_keeps_every_span_of_the_seeds(tiny_models, tmp_path, monkeypatch, seeds):
    """CTranslate2 takes no logits processor: a dropped placeholder is decoded again behind a
    forced prefix, so every contact comes out unchanged, with a note where it was put back."""
    fast = ctranslate2_translator(tiny_models, tmp_path, monkeypatch)
    found = seed_contacts(seeds)
    segments = run_stage(fast, [f"Contactez : {c}." for c in found], Terms(["email", "url", "phone"]))
    for value, seg in zip(found, segments):
        assert seg["tgt"].count(value) == 1, (value, seg["tgt"])
        assert not {"placeholder_lost", "placeholder_duplicated"} & set(codes(seg))
    placed = [f for seg in segments for f in seg["flags"] if f["code"] == "placeholder_placed"]
    assert placed and all(f["severity"] == "note" for f in placed)  # the random model copies none


@pytest.mark.parametrize("max_new_tokens", [48, 12])
def test_ctranslate2_writes_each_of_many_placeholders_once_even_without_room(
    tiny_models, tmp_path, monkeypatch, iom, max_new_tokens
):
    fast = ctranslate2_translator(tiny_models, tmp_path, monkeypatch, max_new_tokens)
    m = mask(SENTENCE, SPAN_KINDS, iom)
    (out,) = fast.translate([m.text])
    assert [str(out).count(f"QQ{n}QQ") for n in range(1, 9)] == [1] * 8, str(out)
    text, flags = restore(str(out), m, out.placed)
    assert {f["code"] for f in flags} <= {"placeholder_placed"}
    assert "cmueller@iom.int" in text and "+1 202 862 1826 x 236" in text


def test_a_dropped_placeholder_goes_back_before_the_word_that_attended_to_it():
    tokens = ["\u2581Write", "\u2581to", "\u2581the", "\u2581off", "ice", "."]
    attention = [[0.9, 0.0, 0.1], [0.1, 0.1, 0.8], [0.5, 0.5, 0.0], [0.1, 0.1, 0.8], [0.0, 0.1, 0.9], [0.5, 0.5, 0.0]]
    assert insertion_point(tokens, attention, positions=[2], floor=0) == 3  # "ice" -> its word "off"
    assert insertion_point(tokens, attention, positions=[2], floor=4) == 4  # not before the floor
    assert insertion_point(tokens, attention, positions=[0], floor=0) == 0


def test_a_placeholder_put_back_is_a_note_and_a_half_written_one_is_removed():
    m = mask("Écrire à a.b@iom.int.", ["email"])
    text, flags = restore("Write to QQ1QQ. QQ2Q", m, placed=(1,))
    assert text == "Write to a.b@iom.int."
    assert [(f["code"], f["severity"]) for f in flags] == [("placeholder_placed", "note")]


def test_a_changed_glossary_or_a_new_review_redoes_only_the_documents_it_touches(tmp_path, tiny_models):
    import summarise
    from summarise.store.memory import add_reviews

    inputs = tmp_path / "in"
    inputs.mkdir()
    touched = "Le bureau de l'OIM à Managua a lancé un projet."
    reviewed = "La province de Chinandega est la plus vulnérable du pays."
    (inputs / "a.txt").write_text(f"Projet à Managua\n\n{touched}\n", encoding="utf-8")
    (inputs / "b.txt").write_text(f"Une province vulnérable\n\n{reviewed}\n", encoding="utf-8")
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("OIM\tIOM\n", encoding="utf-8")
    config = summarise.load_config(
        None,
        [
            f'translate.model="{tiny_models["marian"]}"',
            "translate.num_beams=1",
            "translate.max_new_tokens=16",
            "translate.threads=1",
            f'translate.glossary="{glossary}"',
            'run.device="cpu"',
        ],
    )
    models = summarise.load_models(config)
    run_dir = tmp_path / "runs" / "one"

    def rerun() -> tuple[int, int]:
        result = summarise.run(config, sorted(inputs.iterdir()), run_dir, models=models, progress=False)
        return result.done, result.skipped

    assert rerun() == (2, 0)
    assert rerun() == (0, 2)
    glossary.write_text("OIM\tthe IOM\n", encoding="utf-8")  # a's term has a new English
    assert rerun() == (1, 1)
    glossary.write_text("OIM\tthe IOM\nUNICEF\t\n", encoding="utf-8")  # an entry neither holds
    assert rerun() == (0, 2)
    add_reviews(
        tmp_path / "runs" / "memory.jsonl",
        [
            {
                "id": "b",
                "segment": 1,
                "src": reviewed,
                "tgt": "Chinandega is the most vulnerable province.",
                "status": "corrected",
                "by": "ana",
                "at": "2026-11-23T05:26:38Z",
            }
        ],
    )
    assert rerun() == (1, 1)
    b = {rec.id: rec for rec in RunDir(run_dir).iter_records()}["b"]
    assert [s.get("from_memory") for s in b.translation["segments"]] == [None, True]
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    terms = manifest["models"]["translator"]["terms"]
    assert terms["glossary"]["entries"] == 2 and terms["memory"]["entries"] == 1


def test_mbart50_keeps_placeholders_after_its_language_code(tiny_models):
    cfg = load_config(
        None,
        [
            f'translate.model="{tiny_models["mbart50"]}"',
            "translate.num_beams=2",
            'translate.backend="transformers"',
            "translate.max_new_tokens=32",
            "translate.threads=1",
        ],
    )
    mbart = load_translator(cfg.translate, "cpu")
    (seg,) = run_stage(mbart, ["Écrire à a.b@iom.int ou appeler le +1 202 862 1826 x 236."], Terms(["email", "phone"]))
    assert "a.b@iom.int" in seg["tgt"] and "+1 202 862 1826 x 236" in seg["tgt"], seg["tgt"]


def test_keep_placeholders_begins_a_missing_one_where_the_sentence_would_end():
    """The decoding rule on its own, on score tensors (what generate() hands a logits processor)."""
    import torch

    eos, q, one = 0, 5, 7
    keep = KeepPlaceholders([[[q, q, one]]], num_beams=1, eos_id=eos, max_new_tokens=20)

    def step(ids: list[int], favourite: int) -> int:
        scores = torch.zeros(1, 10)
        scores[0, favourite] = 5.0
        return int(keep(torch.tensor([ids]), scores).argmax())

    assert step([1, 3, 4], favourite=3) == 3  # nothing to do yet: the model's choice
    assert step([1, 3, 4], favourite=eos) == q  # it would end: begin the placeholder
    assert step([1, 3, 4, q], favourite=eos) == q  # ...and finish it
    assert step([1, 3, 4, q, q], favourite=eos) == one
    assert step([1, 3, 4, q, q, one], favourite=eos) == eos  # out once: the sentence may end
    assert step([1] + [3] * 16, favourite=3) == q  # only room for it left: begin it now


def test_a_placeholder_is_found_among_the_source_tokens_even_after_an_apostrophe(translator):
    from summarise.models.constraint import source_positions

    tok = translator.tokenizer
    for text in ("Écrire à QQ1QQ ou à QQ2QQ.", "L’QQ2QQ et l'QQ1QQ ont signé."):
        row = tok(text)["input_ids"]
        for n in (1, 2):
            at = source_positions(tok, row, text, n)
            assert len(at) > 1 and f"QQ{n}QQ" in tok.decode([row[i] for i in at]), (text, n)


# --- terms of several languages: what a French run keeps ----------------------------------------

FIXED_CONFIG = """[run]
name = "fixed"
device = "cpu"
[translate]
model = "marian"
num_beams = 1
max_new_tokens = 12
threads = 1
glossary = "glossary.tsv"
memory = "memory.jsonl"
[summarise]
method = "extractive"
"""
# What 0.2.0 signed the seeds with under FIXED_CONFIG (the config part, then each document's
# glossary entries and memory hits): a French run folder it wrote resumes without redoing anything.
CFG_0_2_0 = "68044c9e"
TERMS_0_2_0 = {
    "000_cd64a4c7dfd5f85e": "df4e1939",
    "001_9295c142cd2f8313": "abbf8952",
    "002_5ad4ddfa5634b5fc": "abbf8952",
    "003_6c8778f30a09c825": "1600ebf4",
    "004_5f70599fbf4e1951": "abbf8952",
}


def test_a_french_run_signs_its_documents_as_0_2_0_did(tmp_path, tiny_models, monkeypatch):
    import summarise
    from summarise.pipeline.stages import read_and_clean
    from summarise.record import text_hash
    from summarise.text.segment import paragraphs, split_sentences

    monkeypatch.chdir(tmp_path)  # relative paths: the config (hence its hash) is the same anywhere
    (tmp_path / "marian").symlink_to(tiny_models["marian"])
    (tmp_path / "glossary.tsv").write_bytes(GLOSSARY.read_bytes())
    (tmp_path / "fixed.toml").write_text(FIXED_CONFIG, encoding="utf-8")
    seeds = sorted((ROOT / "data").glob("*.txt"))
    config = load_config("fixed.toml")
    cleaned = list(read_and_clean(seeds, config))
    first = [s for p in paragraphs(cleaned[0].text) for s in split_sentences(p)][0]
    entry = {"src": first, "tgt": "Reviewed English.", "status": "corrected", "by": "ana"}
    entry.update(at="2026-11-23T05:26:38Z", doc=cleaned[0].id, segment=1)  # a line as 0.2.0 wrote it
    (tmp_path / "memory.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")

    result = summarise.run(config, seeds, tmp_path / "out", progress=False)
    assert result.done == 5
    models = summarise.load_models(config)
    run_part = models.signature(config)
    assert run_part.endswith(f"|protect:email,glossary,phone,url|summary:extractive|cfg:{CFG_0_2_0}"), (
        "the config part of a French run's signature changed: every run folder would be redone"
    )
    records = {rec.id: rec for rec in RunDir(tmp_path / "out").iter_records()}
    assert set(records) == set(TERMS_0_2_0)
    for rec_id, rec in records.items():
        made_from = text_hash(f"{rec.title}\n{rec.text}")[:8]
        assert rec.signature == f"{run_part}|doc:{made_from}+{TERMS_0_2_0[rec_id]}"
    segments = records[cleaned[0].id].translation["segments"]
    assert [s["tgt"] for s in segments if s.get("from_memory")] == ["Reviewed English."]


@pytest.mark.parametrize(
    "override, words",
    [
        ("translate.glossaries.xx=g.tsv", "'xx' is not a language code"),
        ("translate.glossaries.auto=g.tsv", "'auto' is not a language"),
        ("translate.glossaries.de=g.tsv", "translate.glossaries.de: no model translates de"),
        ("translate.glossaries.fr=g.tsv", "set one of the two"),
    ],
)
def test_a_wrong_language_glossary_is_a_one_line_config_error(tmp_path, capsys, override, words):
    config = tmp_path / "c.toml"
    config.write_text('[translate]\nglossary = "fr.tsv"\n[translate.models]\nes = "es-model"\n', encoding="utf-8")
    assert main(["run", str(config), "--set", override, "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("make, words", [(None, "glossary file not found"), ("dir", "is a folder")])
def test_an_unreadable_language_glossary_stops_the_run_with_one_line(tmp_path, tiny_models, capsys, make, words):
    target = tmp_path / "es.tsv"
    if make == "dir":
        target.mkdir()
    config = tmp_path / "c.toml"
    config.write_text(
        f'[translate]\nmodel = "{tiny_models["marian"]}"\n[translate.models]\nes = "{tiny_models["marian_es"]}"\n'
        f'[translate.glossaries]\nes = "{target}"\n',
        encoding="utf-8",
    )
    assert main(["run", str(config), "--input", str(ROOT / "data"), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"summarise run: error: {target}") and words in err and "translate.glossaries.es" in err
    assert "\n" not in err and not (tmp_path / "out" / "records.jsonl").exists()


def test_a_spanish_glossarys_bad_line_names_the_spanish_column(tmp_path):
    path = tmp_path / "es.tsv"
    path.write_text("OIM IOM\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=re.escape("line 1: no tab between the Spanish and the English")):
        load_glossary(path, "translate.glossaries.es", "Spanish")
