"""A language's summariser with its own settings (``summarise.models.<code>`` as a table): the
config forms and their one-line errors, a mixed run where Spanish is summarised with another
``max_new_tokens`` than French and Arabic (tiny real BARThez-shaped and mT5 models, the Arabic
one sharing the Spanish one's weights), a resume that redoes only the Spanish document when only
its settings change, and a French run signed as 0.2.0 signed it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_multilingual import XLSUM, mixed_inputs, records_of, run_cli, write_config

import summarise
from summarise.config import ConfigError, load_config
from summarise.models.conversion import signed_revision
from summarise.review.page import model_lines

ROOT = Path(__file__).resolve().parent.parent


def summariser_lines(tiny_models: dict[str, str], **spanish: int) -> list[str]:
    """French: the BARThez-shaped model; Arabic: the mT5 as a plain string; Spanish: the same
    mT5 as a table with ``spanish`` as its own settings. [summarise]: 12 tokens, greedy."""
    return [
        "[summarise]",
        'method = "abstractive"',
        f'model = "{tiny_models["summariser"]}"',
        'backend = "transformers"',
        "max_new_tokens = 12",
        "num_beams = 1",
        "threads = 1",
        "[summarise.models]",
        f'ar = "{tiny_models["mt5"]}"',
        "[summarise.models.es]",
        f'model = "{tiny_models["mt5"]}"',
        *(f"{key} = {value}" for key, value in spanish.items()),
    ]


# --- the config ---------------------------------------------------------------------------------


def test_a_language_table_sets_its_own_keys_and_inherits_the_rest(tmp_path):
    config = load_config(ROOT / "configs/multilingual.toml")
    by_lang = config.summarise.by_language("fr")
    assert {lang: key for lang, (_, key) in by_lang.items()} == {
        "fr": "summarise.model",
        "es": "summarise.models.es.model",
        "ar": "summarise.models.ar.model",
    }
    spanish, french = by_lang["es"][0], by_lang["fr"][0]
    assert (spanish.model, spanish.num_beams, spanish.max_new_tokens, spanish.max_input_tokens) == (XLSUM, 4, 83, 512)
    assert (french.model, french.max_new_tokens) == ("moussaKam/barthez-orangesum-abstract", 128)
    assert spanish.backend == french.backend and spanish.dtype == french.dtype  # inherited

    path = tmp_path / "c.toml"
    path.write_text(f'[summarise]\nmax_new_tokens = 60\n[summarise.models]\nes = "{XLSUM}"\n', encoding="utf-8")
    plain = load_config(path)
    assert plain.summarise.by_language("fr")["es"][0].max_new_tokens == 60
    assert plain.to_dict()["summarise"]["models"] == {"es": XLSUM}  # a string stays a string
    # --set on a key inside an entry given as a string turns it into a table, model kept.
    overridden = load_config(path, ["summarise.models.es.max_new_tokens=84"])
    assert overridden.to_dict()["summarise"]["models"] == {"es": {"model": XLSUM, "max_new_tokens": 84}}
    assert overridden.summarise.by_language("fr", source="es") == {
        "es": (overridden.summarise.by_language("fr")["es"][0], "summarise.models.es.model")
    }


@pytest.mark.parametrize(
    "override, words",
    [
        ("summarise.models.es.max_new_tokens=0", "'summarise.models.es.max_new_tokens' input should be greater"),
        ("summarise.models.es.max_new_token=84", "Did you mean 'summarise.models.es.max_new_tokens'?"),
        ("summarise.models.es.dtype=f16", "'summarise.models.es.dtype' must be one of"),
        ("summarise.models.de.num_beams=2", "'summarise.models.de.model' field required"),
        ("summarise.models.es=3", "'summarise.models.es' must be a hub id or folder, or a table"),
    ],
)
def test_a_bad_language_table_is_one_line_and_exit_2(tmp_path, override, words):
    proc = run_cli("run", "configs/multilingual.toml", "--set", override, "--output", str(tmp_path / "out"))
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_bad_table_in_the_file_names_its_key(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(f'[summarise.models.es]\nmodel = "{XLSUM}"\nnum_beams = 0\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"'summarise\.models\.es\.num_beams' input should be greater"):
        load_config(path)
    proc = run_cli("run", str(path), "--output", str(tmp_path / "out"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "summarise.models.es.num_beams" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


# --- a run -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spanish_4(tmp_path_factory, tiny_models):
    """Two French releases, a Spanish and an Arabic one; Spanish summarised in 4 tokens at most,
    the others in 12."""
    tmp = tmp_path_factory.mktemp("own_settings")
    inputs = mixed_inputs(tmp / "in")
    (inputs / "de_release.txt").unlink()
    config = write_config(tmp / "es4.toml", tiny_models, *summariser_lines(tiny_models, max_new_tokens=4))
    result = summarise.run(load_config(config), [inputs], tmp / "out", progress=False)
    assert (result.done, result.failed) == (4, 0)
    return tmp, inputs, tmp / "out"


def test_spanish_is_summarised_with_its_own_limit_and_its_signature_says_so(spanish_4, tiny_models):
    from transformers import AutoTokenizer

    _, _, out = spanish_4
    records = records_of(out)
    mt5 = AutoTokenizer.from_pretrained(tiny_models["mt5"])

    def tokens(rid: str) -> int:
        return len(mt5(records[rid].summary["src"], add_special_tokens=False)["input_ids"])

    # The tiny mT5 never writes its end token: it writes to the limit it is given (4 tokens for
    # Spanish, 12 for Arabic); the decoded text, encoded again, may take a piece more or less.
    assert records["es_release"].summary["model"] == records["ar_release"].summary["model"] == tiny_models["mt5"]
    assert 0 < tokens("es_release") <= 5 and 10 <= tokens("ar_release") <= 14
    assert "|out:4|" in records["es_release"].signature
    assert all("|out:" not in r.signature for rid, r in records.items() if rid != "es_release")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    summarisers = manifest["models"]["summarisers"]
    settings = {lang: (s["model"], s["max_new_tokens"]) for lang, s in summarisers.items()}
    assert settings == {
        "fr": (tiny_models["summariser"], 12),
        "es": (tiny_models["mt5"], 4),
        "ar": (tiny_models["mt5"], 12),
    }
    assert "summariser (es): mt5 · beam 1 · up to 4 tokens" in model_lines(manifest["models"])
    # A manifest written before per-language settings named each language's model alone.
    older = {**manifest["models"], "summarisers": {lang: s["model"] for lang, s in summarisers.items()}}
    assert "summariser (es): mt5" in model_lines(older)
    assert manifest["tokens"]["summariser"]["tokens_out"] > 0


def test_two_languages_of_one_model_share_its_weights_and_keep_their_settings(spanish_4):
    tmp, _, _ = spanish_4
    models = summarise.load_models(load_config(tmp / "es4.toml"))
    spanish, arabic = models.summarisers["es"], models.summarisers["ar"]
    assert spanish is not arabic and spanish.model is arabic.model and spanish.tokenizer is arabic.tokenizer
    assert (spanish.max_new_tokens, arabic.max_new_tokens) == (4, 12)


def test_changing_only_the_spanish_settings_redoes_only_the_spanish_document(spanish_4, tiny_models):
    tmp, inputs, out = spanish_4
    before = {rid: r.signature for rid, r in records_of(out).items()}
    config = write_config(tmp / "es6.toml", tiny_models, *summariser_lines(tiny_models, max_new_tokens=6))
    again = summarise.run(load_config(config), [inputs], out, progress=False)
    assert (again.done, again.skipped, again.failed) == (1, 3, 0)
    after = {rid: r.signature for rid, r in records_of(out).items()}
    assert {rid for rid in after if after[rid] != before[rid]} == {"es_release"}
    assert "|out:6|" in after["es_release"]


# --- what a French run keeps ---------------------------------------------------------------------

FRENCH = """[run]
name = "fixed"
device = "cpu"
[translate]
model = "marian"
num_beams = 1
max_new_tokens = 12
threads = 1
[summarise]
method = "abstractive"
model = "summariser"
backend = "transformers"
max_new_tokens = 12
num_beams = 1
threads = 1
"""
# The summary and config parts 0.2.0 gave a French run under FRENCH (the local folder's hash
# aside, which is that of the files): a run folder it wrote resumes without redoing anything.
SUMMARY_0_2_0 = "|backend:transformers|beam:1|dtype:float32|in:128|cfg:2bd7ca83"


def test_a_french_abstractive_run_signs_as_0_2_0_did(tmp_path, tiny_models, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths: the config (hence its hash) is the same anywhere
    for name in ("marian", "summariser"):
        (tmp_path / name).symlink_to(tiny_models[name])
    (tmp_path / "fixed.toml").write_text(FRENCH, encoding="utf-8")
    config = load_config("fixed.toml")
    signature = summarise.load_models(config).signature(config)
    folder = signed_revision("summariser", "local")
    assert signature.endswith(f"|summary:summariser@{folder}{SUMMARY_0_2_0}"), signature
