"""The one loader of both models: where a model comes from, which backend runs it, on what.

``open_model`` finds a model (a local folder, or a hub id through the Hugging Face cache)
and loads its config and tokenizer; ``load_runtime`` puts its weights on a backend
(transformers, or CTranslate2 after a one-time conversion cached in
``~/.cache/summarise/ct2``); ``check_models`` looks for every model a config needs at
once, before any loads, and names all the missing ones in one message; ``download``
fetches a model ahead of an offline run. The translator (translate.py) and the
summariser (summarise.py) both load through here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise.errors import ModelLoadError, UserError
from summarise.record import write_json_atomic

WEIGHT_FILES = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
# Files a transformers checkpoint never needs (other frameworks' weights).
IGNORE_PATTERNS = ["*.h5", "*.msgpack", "*.ot", "*.onnx", "tf_model*", "flax_model*", "rust_model*"]
# "Physical id" / "core id" lines of /proc/cpuinfo: one physical core per distinct pair.
_CPUINFO_FIELD = re.compile(r"^(physical id|core id)\s*:\s*(\d+)", re.MULTILINE)
MAX_SANE_LENGTH = 100_000  # tokenizers without a limit report ~1e30
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


@dataclass
class OpenedModel:
    """A found model with its config and tokenizer: enough to check it before its weights load."""

    spec: ModelSpec
    source: ModelSource
    config: Any
    tokenizer: Any

    @property
    def revision(self) -> str | None:
        return self.source.revision


@dataclass
class Runtime:
    """A model's weights on a backend: ``model`` is a transformers model or a ctranslate2.Translator."""

    backend: str
    reason: str  # why this backend (the manifest says it)
    device: str
    dtype: str  # torch dtype, "qint8", or the ctranslate2 compute type
    threads: int
    model: Any


# --- device, dtype, threads ----------------------------------------------------------


def resolve_device(device: str) -> str:
    """ "auto" -> "cuda" when a GPU is visible, else "cpu"; anything else as given, or a
    ModelLoadError when it names a GPU this machine does not have."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda"):
        index = int(device.partition(":")[2] or 0)
        count = torch.cuda.device_count() if torch.cuda.is_available() else 0
        if index >= count:
            have = f"{count} GPU(s)" if count else "no GPU torch can use"
            raise ModelLoadError(
                f"run.device = '{device}' but this machine has {have}; set --set run.device=cpu (or auto)"
            )
    return device


def resolve_dtype(setting: str, device: str) -> str:
    """float16 on CUDA (bfloat16 when configured), float32 on CPU, unless set explicitly."""
    if setting != "auto":
        return setting
    return "float16" if device.startswith("cuda") else "float32"


def resolve_batch_tokens(setting: int | None, device: str, cpu: int = 1024, gpu: int = 8192) -> int:
    """The token budget of a batch: on a CPU, small batches keep every thread busy to the
    end and the peak memory low (1024 measured fastest for translation: benchmarks/README.md)."""
    if setting is not None:
        return setting
    return gpu if device.startswith("cuda") else cpu


def resolve_compute_type(setting: str, device: str) -> str:
    if setting not in ("auto", "default"):
        return setting
    return "int8_float16" if device.startswith("cuda") else "int8"


def physical_cores() -> int:
    """Physical cores this process may use (hyper-threads do not speed up matrix maths)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return usable
    fields = _CPUINFO_FIELD.findall(text)
    pairs = {
        (fields[i][1], fields[i + 1][1])
        for i in range(0, len(fields) - 1, 2)
        if fields[i][0] == "physical id" and fields[i + 1][0] == "core id"
    }
    return max(1, min(usable, len(pairs) or usable))


def set_torch_threads(threads: int, device: str) -> int:
    import torch

    if not device.startswith("cpu"):
        return 0
    threads = threads or physical_cores()
    torch.set_num_threads(threads)
    return threads


def ct2_threads(threads: int, device: str) -> tuple[int, int]:
    """(inter_threads, intra_threads): on a CPU, parallel batches of few threads each are
    fastest, for the translator's many short inputs and the summariser's few long ones
    alike (2 cores, 2 x 1 against 1 x 2: raw translation 1.3x, summaries of 1,000-token
    inputs 1.6x, a 512-token document alone 1.3x: each decoding step is too small to share
    between threads); one batch at a time on a GPU."""
    if not device.startswith("cpu"):
        return 1, 0
    cores = threads or physical_cores()
    intra = max(1, cores // 4)
    return max(1, cores // intra), intra


# --- where a model is ----------------------------------------------------------------


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


def _is_path(model: str) -> bool:
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
    if _is_path(spec.model):
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
            missing_message([(spec, f"could not be downloaded ({type(exc).__name__}: {_first_line(exc)})")])
        ) from None


def _first_line(exc: BaseException) -> str:
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
            f"is not in the Hugging Face cache and the hub cannot be reached ({type(exc).__name__}: {_first_line(exc)})"
        )
    return None


def check_models(specs: list[ModelSpec], config_path: str | None = None) -> None:
    """Every model of ``specs`` is a complete folder, is cached, or is on a reachable hub;
    otherwise one ModelLoadError naming every missing model and what to do."""
    missing: list[tuple[ModelSpec, str]] = []
    for spec in specs:
        if _is_path(spec.model):
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
    fetch_each = "; ".join(f"`{hub} download {spec.model}`" for spec, _ in missing)
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


# --- config, tokenizer, limits ---------------------------------------------------------


def open_model(spec: ModelSpec) -> OpenedModel:
    """Find the model and load its config and tokenizer (no weights yet)."""
    from transformers import AutoConfig, AutoTokenizer

    source = resolve_source(spec)
    try:
        config = AutoConfig.from_pretrained(source.path, local_files_only=True)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise ModelLoadError(f"{spec.label}: cannot load model '{spec.model}': {exc}") from exc
    try:
        tokenizer = AutoTokenizer.from_pretrained(source.path, local_files_only=True)
    except Exception as exc:  # a missing or broken tokenizer fails in many ways (TypeError, OSError...)
        raise ModelLoadError(
            f"{spec.label}: cannot load the tokenizer of '{spec.model}' ({type(exc).__name__}: "
            f"{_first_line(exc)}); the model folder needs its tokenizer files: save the tokenizer "
            "beside the weights"
        ) from exc
    if not getattr(config, "is_encoder_decoder", False):
        raise ModelLoadError(
            f"{spec.label}: '{spec.model}' is a {config.model_type} model, not a "
            "sequence-to-sequence model (e.g. Helsinki-NLP/opus-mt-fr-en)"
        )
    return OpenedModel(spec, source, config, tokenizer)


def output_limit(config, wanted: int) -> int:
    """``wanted``, capped by the decoder's position table (a longer output raises IndexError)."""
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and 2 < positions < MAX_SANE_LENGTH:
        return min(wanted, positions - 1)
    return wanted


def input_limit(config, tokenizer, configured: int | None) -> int:
    """The configured input limit, capped by what the model and tokenizer allow."""
    limits = [getattr(config, "max_position_embeddings", None), tokenizer.model_max_length]
    limits = [n for n in limits if isinstance(n, int) and 0 < n < MAX_SANE_LENGTH]
    model_limit = min(limits) if limits else 512
    return min(configured, model_limit) if configured else model_limit


# --- backends -----------------------------------------------------------------------------


def load_runtime(opened: OpenedModel, device: str) -> Runtime:
    """The weights on the configured backend. ``auto``: CTranslate2 when it is installed,
    runs on ``device`` and converts the model; transformers otherwise (the reason is kept)."""
    spec = opened.spec
    if spec.backend == "transformers":
        return load_transformers(opened, device, "set in the config")
    if spec.backend == "ctranslate2":
        return load_ctranslate2(opened, device, "set in the config")
    reason = ctranslate2_unavailable(device)
    if reason:
        return load_transformers(opened, device, reason)
    try:
        return load_ctranslate2(opened, device, "auto: ctranslate2 is installed and the model converts")
    except ModelLoadError as exc:
        return load_transformers(opened, device, f"auto: {exc}")


def ctranslate2_unavailable(device: str) -> str | None:
    """Why CTranslate2 cannot run here (None when it can)."""
    try:
        import ctranslate2
    except ImportError:
        return "auto: ctranslate2 is not installed"
    if device.startswith("cuda") and ctranslate2.get_cuda_device_count() == 0:
        return "auto: this ctranslate2 build sees no CUDA device"
    return None


def quantize_int8(model):
    """Dynamic int8 quantisation of every nn.Linear (CPU only), without torch's
    deprecation notices for the eager quantisation API."""
    import torch

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*(torch\.ao\.quantization|quantize_per_tensor)")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def load_weights(opened: OpenedModel, dtype: str, device: str):
    """The seq2seq model in eval mode on ``device``; ModelLoadError if unusable."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(
            opened.source.path, dtype=getattr(torch, dtype), local_files_only=True
        )
    except Exception as exc:  # any failure here (e.g. SafetensorError) means no usable model
        raise ModelLoadError(
            f"{opened.spec.label}: cannot load the weights of '{opened.spec.model}' "
            f"({type(exc).__name__}: {exc}); the file may be incomplete or "
            "corrupt: download or save the model again"
        ) from exc
    model.generation_config.max_length = None  # max_new_tokens rules; silences a warning per batch
    try:
        return model.eval().to(device)
    except (RuntimeError, AssertionError) as exc:  # torch without CUDA, a GPU out of memory...
        raise ModelLoadError(
            f"{opened.spec.label}: cannot put '{opened.spec.model}' on {device} "
            f"({type(exc).__name__}: {_first_line(exc)}); set --set run.device=cpu"
        ) from None


def load_transformers(opened: OpenedModel, device: str, reason: str) -> Runtime:
    spec = opened.spec
    dtype = resolve_dtype(spec.dtype, device)
    threads = set_torch_threads(spec.threads, device)
    model = load_weights(opened, dtype, device)
    if spec.quantize and device == "cpu":
        model = quantize_int8(model)
        dtype = "qint8"
    return Runtime("transformers", reason, device, dtype, threads, model)


def import_ctranslate2():
    try:
        import ctranslate2
    except ImportError:
        raise ModelLoadError(
            "backend = 'ctranslate2' needs the ctranslate2 package: pip install ctranslate2 (or set backend = 'auto')"
        ) from None
    return ctranslate2


def load_ctranslate2(opened: OpenedModel, device: str, reason: str) -> Runtime:
    spec = opened.spec
    ctranslate2 = import_ctranslate2()
    compute_type = resolve_compute_type(spec.compute_type, device)
    folder = convert_ctranslate2(opened.source, compute_type, spec.label)
    inter, intra = ct2_threads(spec.threads, device)
    kind, _, index = device.partition(":")
    try:
        model = ctranslate2.Translator(
            str(folder),
            device=kind,
            device_index=int(index or 0),
            compute_type=compute_type,
            inter_threads=inter,
            intra_threads=intra,
        )
    except (RuntimeError, ValueError) as exc:
        raise ModelLoadError(
            f"{spec.label}: ctranslate2 cannot run '{spec.model}' on {device} with {compute_type}: {exc}"
        ) from exc
    return Runtime("ctranslate2", reason, device, compute_type, inter * max(intra, 1), model)


# --- the CTranslate2 conversion cache -----------------------------------------------------


def cache_root() -> Path:
    return Path(os.environ.get("SUMMARISE_CACHE") or Path.home() / ".cache" / "summarise")


def signed_revision(model_id: str, revision: str | None) -> str:
    """How a signature names a model's version: a hub model by its commit, a folder of the
    user's by what is in it (``local-<hash>``), not by what it is called."""
    folder = Path(model_id).expanduser()
    if folder.is_dir():
        return f"local-{local_model_hash(folder)}"
    return (revision or "main")[:12]


def local_model_hash(folder: Path) -> str:
    """A hash of the files of a local model folder (weights, config, tokenizer): a retrained
    or edited model signs differently. Cheap: each folder's hash is cached under
    ``cache_root()/model-hashes`` and reused while every file's size and mtime are unchanged
    (the cache lives there, not beside the model, so a read-only model folder works)."""
    folder = folder.resolve()
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    stamps = {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in files}
    cache = cache_root() / "model-hashes" / (hashlib.sha256(str(folder).encode()).hexdigest()[:24] + ".json")
    try:
        known = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if known.get("stamps") == stamps and isinstance(known.get("hash"), str):
        return known["hash"]
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode() + b"\0")
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    digest = h.hexdigest()[:12]
    with contextlib.suppress(OSError, UserError):  # no cache: the hash is computed again next time
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(cache, {"folder": str(folder), "stamps": stamps, "hash": digest})
    return digest


def ct2_dir(source: ModelSource, compute_type: str) -> Path:
    """Where the converted model lives: keyed by model id, revision and compute type."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "--", source.model_id.strip("/"))[-80:]
    rev = (source.revision or "main") if source.hub else local_model_hash(Path(source.path))
    return cache_root() / "ct2" / f"{name}@{rev}-{compute_type}"


def convert_ctranslate2(source: ModelSource, compute_type: str, label: str = "model") -> Path:
    """Convert once into the cache (into a temporary folder, renamed when complete)."""
    target = ct2_dir(source, compute_type)
    if (target / "model.bin").is_file():
        return target
    ctranslate2 = import_ctranslate2()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        converter = ctranslate2.converters.TransformersConverter(source.path)
        converter.convert(str(tmp), quantization=compute_type, force=True)
        tmp.rename(target)
    except OSError:
        if not (target / "model.bin").is_file():
            raise
    except Exception as exc:  # the converter loads the model itself: any failure means "does not convert"
        raise ModelLoadError(
            f"{label}: '{source.model_id}' does not convert for ctranslate2 ({type(exc).__name__}: {_first_line(exc)})"
        ) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def download(spec: ModelSpec, device: str = "auto") -> str:
    """Fetch the model into the Hugging Face cache, and convert it when it will run on
    CTranslate2, so a later offline run finds everything; returns where it now is."""
    if not _is_path(spec.model) and not is_offline():
        fetch(spec)  # fetches, completes or updates the cached snapshot
    source = resolve_source(spec)
    if spec.backend == "transformers":
        return source.path
    device = resolve_device(device)
    if spec.backend == "auto" and ctranslate2_unavailable(device):
        return source.path
    try:
        return str(convert_ctranslate2(source, resolve_compute_type(spec.compute_type, device), spec.label))
    except ModelLoadError:
        if spec.backend == "ctranslate2":
            raise
        return source.path  # auto: this model runs on transformers


# --- running: batches and out-of-memory ---------------------------------------------------


def token_batches(lengths: list[int], budget: int, max_rows: int) -> Iterator[list[int]]:
    """Indices, longest first, in consecutive batches whose padded size (rows x longest
    row) fits ``budget`` tokens and at most ``max_rows`` rows."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batch: list[int] = []
    for index in order:
        width = lengths[batch[0]] if batch else lengths[index]
        if batch and ((len(batch) + 1) * width > budget or len(batch) >= max_rows):
            yield batch
            batch = []
        batch.append(index)
    if batch:
        yield batch


def spread_budget(rows: list[list], budget: int, workers: int) -> int:
    """The token budget for one ctranslate2 call over ``rows``: ``budget``, lowered so that
    a call of few rows still makes a batch for each of the ``workers`` that decode batches
    side by side (a window's last sentences, a handful of summaries) instead of one batch
    on one thread while the others wait."""
    if workers <= 1 or len(rows) < 2:
        return budget
    longest = max(map(len, rows))
    share = -(-longest * len(rows) // workers)  # padded tokens per worker, rounded up
    return max(longest, min(budget, share))


def is_out_of_memory(exc: BaseException) -> bool:
    """torch's OutOfMemoryError, or CTranslate2's RuntimeError saying the same."""
    import torch

    return isinstance(exc, torch.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
    )


def halve_on_oom(run: Callable[[list], list], rows: list, on_split: Callable[[], None]) -> list:
    """``run(rows)``; out of memory: each half again (a single row re-raises)."""
    import torch

    try:
        return run(rows)
    except RuntimeError as exc:  # torch.OutOfMemoryError is a RuntimeError
        if len(rows) == 1 or not is_out_of_memory(exc):
            raise
    # Outside the except block, so the failed batch's tensors (held by the traceback) are freed.
    on_split()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    half = len(rows) // 2
    return halve_on_oom(run, rows[:half], on_split) + halve_on_oom(run, rows[half:], on_split)
