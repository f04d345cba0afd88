"""The one loader of both models: open a model, put its weights on a backend, fetch it ahead.

``open_model`` finds a model (source.py: a local folder, or a hub id through the Hugging Face
cache) and loads its config and tokenizer; ``load_runtime`` puts its weights on a backend
(transformers, or CTranslate2 after a one-time conversion cached by conversion.py) on the
device, dtype and threads runtime.py resolves; ``download`` fetches a model ahead of an
offline run. The translator (translate.py) and the summariser (summarise.py) both load
through here; ``source.check_models`` checks every model a config needs before any loads.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise.errors import ModelLoadError
from summarise.models.conversion import convert_ctranslate2, import_ctranslate2, untied_output_quiet
from summarise.models.runtime import (
    Runtime,
    ct2_threads,
    resolve_compute_type,
    resolve_device,
    resolve_dtype,
    set_torch_threads,
)
from summarise.models.source import ModelSource, ModelSpec, fetch, first_line, is_offline, is_path, resolve_source

MAX_SANE_LENGTH = 100_000  # tokenizers without a limit report ~1e30


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
            f"{first_line(exc)}); the model folder needs its tokenizer files: save the tokenizer "
            "beside the weights"
        ) from exc
    _check_vocabulary(spec, source, tokenizer)
    if not getattr(config, "is_encoder_decoder", False):
        raise ModelLoadError(
            f"{spec.label}: '{spec.model}' is a {config.model_type} model, not a "
            "sequence-to-sequence model (e.g. Helsinki-NLP/opus-mt-fr-en)"
        )
    return OpenedModel(spec, source, config, tokenizer)


def _check_vocabulary(spec: ModelSpec, source: ModelSource, tokenizer: Any) -> None:
    """The tokenizer read its vocabulary from the model's folder: some tokenizer classes build
    themselves from the config alone (an mBART-50 of language codes only) when the folder has
    none of their vocabulary files, and would turn every word into <unk>."""
    names = [name for name in (getattr(tokenizer, "vocab_files_names", None) or {}).values() if isinstance(name, str)]
    names = [name for name in names if not name.endswith("tokenizer_config.json")]
    if names and not any(Path(source.path, name).is_file() for name in names):
        raise ModelLoadError(
            f"{spec.label}: the folder of '{spec.model}' has no tokenizer vocabulary ({' or '.join(names)}); "
            "the model folder needs its tokenizer files: save the tokenizer beside the weights"
        )


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


def _weights_hint(exc: Exception) -> str:
    """What to do when the weights do not load: install what transformers says the model needs
    (a quantised checkpoint's packages: an ImportError, or a message naming ``pip install``), else
    fetch the file again."""
    if isinstance(exc, ImportError) or "pip install" in str(exc):
        return "a package this model needs is missing: install it as the message says"
    return "the file may be incomplete or corrupt: download or save the model again"


def load_weights(opened: OpenedModel, dtype: str, device: str):
    """The seq2seq model in eval mode on ``device``; ModelLoadError if unusable."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    try:
        with untied_output_quiet():
            model = AutoModelForSeq2SeqLM.from_pretrained(
                opened.source.path, dtype=getattr(torch, dtype), local_files_only=True
            )
    except Exception as exc:  # any failure here (e.g. SafetensorError) means no usable model
        raise ModelLoadError(
            f"{opened.spec.label}: cannot load the weights of '{opened.spec.model}' "
            f"({type(exc).__name__}: {exc}); {_weights_hint(exc)}"
        ) from exc
    model.generation_config.max_length = None  # max_new_tokens rules; silences a warning per batch
    try:
        return model.eval().to(device)
    except (RuntimeError, AssertionError) as exc:  # torch without CUDA, a GPU out of memory...
        raise ModelLoadError(
            f"{opened.spec.label}: cannot put '{opened.spec.model}' on {device} "
            f"({type(exc).__name__}: {first_line(exc)}); set --set run.device=cpu"
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
        # The libraries a build loads only when it first computes (cuBLAS on a GPU: a ctranslate2
        # built for CUDA 12 on a machine with CUDA 13 alone) fail here, not on every document. One
        # token, whatever it is (an unknown one reads as <unk>): a source of only "</s>" is empty,
        # and an empty source is answered without running the model.
        model.translate_batch([["x"]], beam_size=1, max_decoding_length=1)
    except (RuntimeError, ValueError) as exc:
        section = spec.key.partition(".")[0]
        raise ModelLoadError(
            f"{spec.label}: ctranslate2 cannot run '{spec.model}' on {device} with {compute_type}: {exc}; "
            f"set {section}.backend = 'transformers' (or 'auto'), or install what this ctranslate2 build needs"
        ) from exc
    return Runtime("ctranslate2", reason, device, compute_type, inter * max(intra, 1), model)


def download(spec: ModelSpec, device: str = "auto") -> str:
    """Fetch the model into the Hugging Face cache, and convert it when it will run on
    CTranslate2, so a later offline run finds everything; returns where it now is."""
    if not is_path(spec.model) and not is_offline():
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
