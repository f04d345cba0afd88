"""Where a model is: a local folder or a hub id in the Hugging Face cache, fetched when it is
not there (never with ``HF_HUB_OFFLINE=1``), and the up-front check that names every missing
model of a config in one message."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from summarise.errors import ModelLoadError

WEIGHT_FILES = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
# Files a transformers checkpoint never needs (other frameworks' weights).
IGNORE_PATTERNS = ["*.h5", "*.msgpack", "*.ot", "*.onnx", "tf_model*", "flax_model*", "rust_model*"]
# Seconds to wait for the hub when a model is not in the cache: a machine without access
# should hear so at once, not after the client's retries (about 23 s).
HUB_TIMEOUT = 5.0


@dataclass
class ModelSpec:
    """What a config says about one model; built by translate.py and summarise.py."""

    role: str  # "translator" / "summariser": named in every message
    key: str  # the config key of the model, e.g. "translate.model"
    model: str  # hub id or folder
    revision: str | None = None
    backend: str = "auto"  # auto | transformers | ctranslate2
    dtype: str = "auto"
    quantize: bool = False
    compute_type: str = "auto"
    threads: int = 0

    @property
    def label(self) -> str:
        return f"{self.role} ({self.key})"


@dataclass
class ModelSource:
    model_id: str  # as configured
    path: str  # the folder the files are read from
    revision: str | None  # the commit of a hub snapshot; as configured for a folder
    hub: bool  # a hub id (resolved to its cached snapshot), not the user's folder


def is_offline() -> bool:
    from huggingface_hub import constants

    flag = os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}
    return flag or bool(constants.HF_HUB_OFFLINE)


def hub_cli() -> str:
    """The installed huggingface_hub's command: ``hf`` since 0.34, ``huggingface-cli`` before."""
    from huggingface_hub import __version__

    major, minor = (int(x) for x in re.findall(r"\d+", __version__)[:2])
    return "hf" if (major, minor) >= (0, 34) else "huggingface-cli"


def check_folder(path: Path) -> None:
    if not (path / "config.json").is_file():
        raise ModelLoadError(
            f"model folder {path} has no config.json: it is not a Hugging Face model folder (or is incomplete)"
        )
    if not any((path / name).is_file() for name in WEIGHT_FILES):
        raise ModelLoadError(
            f"model folder {path} has no weights file ({', '.join(WEIGHT_FILES[::2])}); "
            "download or save the model again"
        )


def is_path(model: str) -> bool:
    return model.startswith((".", "/", "~")) or Path(model).expanduser().is_dir()


def cached_snapshot(model_id: str, revision: str | None) -> Path | None:
    """The folder of the model's snapshot in the Hugging Face cache, or None."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        folder = Path(snapshot_download(model_id, revision=revision, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None
    return folder if (folder / "config.json").is_file() else None


def resolve_source(spec: ModelSpec) -> ModelSource:
    """A local folder as is; a hub id as its cached snapshot, downloaded first when it is not
    there (offline: an error saying what to run). Loading then never touches the network."""
    if is_path(spec.model):
        folder = Path(spec.model).expanduser()
        if not folder.is_dir():
            raise ModelLoadError(f"{spec.label}: model folder {spec.model} does not exist")
        check_folder(folder)
        return ModelSource(spec.model, str(folder), spec.revision, hub=False)
    cached = cached_snapshot(spec.model, spec.revision)
    if cached is None:
        if is_offline():
            raise ModelLoadError(
                missing_message(
                    [(spec, "is not in the Hugging Face cache and HF_HUB_OFFLINE=1 forbids downloading it")]
                )
            )
        cached = Path(fetch(spec))
    folder = cached
    try:
        check_folder(folder)
    except ModelLoadError as exc:  # an interrupted download
        raise ModelLoadError(f"{spec.label}: {exc} (`summarise download CONFIG` fetches it again)") from None
    return ModelSource(spec.model, str(folder), folder.name, hub=True)


def fetch(spec: ModelSpec) -> str:
    """Download a hub model into the Hugging Face cache; ModelLoadError naming what to do."""
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(spec.model, revision=spec.revision, ignore_patterns=IGNORE_PATTERNS)
    except Exception as exc:  # any failure to fetch (no network, no such repo) is this message
        raise ModelLoadError(
            missing_message([(spec, f"could not be downloaded ({type(exc).__name__}: {first_line(exc)})")])
        ) from None


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]


# --- the up-front check ------------------------------------------------------------------


def hub_problem(spec: ModelSpec) -> str | None:
    """Why a model not in the cache cannot be fetched now, or None when the hub has it."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError, RevisionNotFoundError

    if is_offline():
        return "is not in the Hugging Face cache and HF_HUB_OFFLINE=1 forbids downloading it"
    try:
        HfApi().model_info(spec.model, revision=spec.revision, timeout=HUB_TIMEOUT)
    except GatedRepoError:
        return "is gated on the hub: accept its terms there and log in (`hf auth login`)"
    except RevisionNotFoundError:
        return f"has no revision '{spec.revision}' on the hub"
    except RepositoryNotFoundError:
        return "is not on the hub (check the name) and not in the Hugging Face cache"
    except Exception as exc:  # no network, proxy, DNS, timeout: the hub cannot be reached
        return (
            f"is not in the Hugging Face cache and the hub cannot be reached ({type(exc).__name__}: {first_line(exc)})"
        )
    return None


def check_models(specs: list[ModelSpec], config_path: str | None = None) -> None:
    """Every model of ``specs`` is a complete folder, is cached, or is on a reachable hub;
    otherwise one ModelLoadError naming every missing model and what to do."""
    missing: list[tuple[ModelSpec, str]] = []
    for spec in specs:
        if is_path(spec.model):
            resolve_source(spec)  # a bad folder is an error of its own, with its own fix
        elif cached_snapshot(spec.model, spec.revision) is None:
            problem = hub_problem(spec)
            if problem:
                missing.append((spec, problem))
    if missing:
        raise ModelLoadError(missing_message(missing, config_path))


def missing_message(missing: list[tuple[ModelSpec, str]], config_path: str | None = None) -> str:
    """One message: each missing model and why, the command that fetches them all, the
    hub's own command, and how to run without them."""
    config = config_path or "CONFIG"
    lines = [f"{spec.label} '{spec.model}' {why}" for spec, why in missing]
    hub = hub_cli()
    # One command per model, though several languages may share it (an mT5 for es and ar).
    fetch_each = "; ".join(f"`{hub} download {model}`" for model in dict.fromkeys(s.model for s, _ in missing))
    lines.append(
        f"fetch {'them' if len(missing) > 1 else 'it'} while online: "
        f"`summarise download {config}` (or {fetch_each}), then run again"
    )
    offline = [f"`--set {spec.key}=/local/folder`" for spec, _ in missing]
    hint = f"or use a model folder you have: {' or '.join(offline)}"
    if any(spec.role == "summariser" for spec, _ in missing):
        hint += "; or summarise without a model: `summarise run configs/extractive.toml`"
    lines.append(hint)
    return "\n  ".join(lines)
