"""Config files are validated before anything loads; errors name the file, the key and the fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarise.cli import build_parser
from summarise.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = sorted((ROOT / "configs").glob("*.toml"))


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_shipped_config_is_valid(path):
    config = load_config(path)
    assert config.translate.model
    assert config.run.name == path.stem


def test_set_overrides_are_typed_as_in_toml():
    config = load_config(
        ROOT / "configs/default.toml",
        [
            "translate.num_beams=2",
            "translate.quantize=true",
            "run.device=cuda:1",
            "clean.languages=['fr', 'en']",
            "translate.model=/models/opus",
        ],
    )
    assert config.translate.num_beams == 2
    assert config.translate.quantize is True
    assert config.run.device == "cuda:1"
    assert config.clean.languages == ["fr", "en"]
    assert config.translate.model == "/models/opus"


def test_cli_and_library_build_the_same_config():
    args = build_parser().parse_args(
        ["run", "configs/default.toml", "--set", "translate.num_beams=1", "--set", "summarise.method=none"]
    )
    from_cli = load_config(ROOT / args.config, args.overrides)
    from_lib = load_config(ROOT / "configs/default.toml", ["translate.num_beams=1", "summarise.method=none"])
    assert from_cli == from_lib
    assert from_cli.hash() == from_lib.hash()
    assert from_cli.hash() != load_config(ROOT / "configs/default.toml").hash()


@pytest.mark.parametrize(
    "text, overrides, expected",
    [
        ("[translate]\nnum_beam = 2\n", [], "unknown key 'translate.num_beam'. Did you mean 'translate.num_beams'?"),
        ("[tranlsate]\nmodel = 'x'\n", [], "unknown key 'tranlsate'. Did you mean 'translate'?"),
        ("[run]\ndevice = 'gpu'\n", [], "'run.device' must be one of auto, cpu, cuda, cuda:N (got 'gpu')"),
        ("", ["translate.backend=onnx"], "'translate.backend' must be one of auto, transformers or ctranslate2"),
        ("", ["summarise.method=magic"], "'summarise.method' must be one of abstractive, extractive or none"),
        ("", ["translate.num_beams=0"], "'translate.num_beams' input should be greater than or equal to 1"),
        ("", ["translate.num_beams=many"], "'translate.num_beams' input should be a valid integer"),
        ("", ["nonsense"], "override 'nonsense' must look like section.key=value"),
        ("[run\n", [], "not valid TOML"),
    ],
)
def test_config_errors_name_the_file_and_key(tmp_path, text, overrides, expected):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path, overrides)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_missing_config_file():
    with pytest.raises(ConfigError, match="nope.toml: config file not found"):
        load_config("nope.toml")


def test_bad_config_exits_2_before_any_model_loads(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[translate]\nmodel = 'x'\nbeams = 4\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "summarise.cli", "run", str(path)], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 2
    assert "unknown key 'translate.beams'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_does_not_import_torch():
    code = "import sys; from summarise.cli import build_parser; build_parser(); print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_an_empty_fallback_takes_away_the_configs_own():
    """configs/multilingual.toml sets an mBART-50 fallback; a user without it says so on the
    command line, and the run needs (and checks) no such model."""
    shipped = load_config(ROOT / "configs" / "multilingual.toml")
    assert shipped.translate.fallback
    config = load_config(ROOT / "configs" / "multilingual.toml", ['translate.fallback=""'])
    assert config.translate.fallback is None
