"""French -> English translation: model loading, token-budget batching, the translate stage.

``load_translator`` loads a hub id or a local folder once (transformers, or ctranslate2
after a one-time conversion); ``translate`` fills every segment's ``tgt`` over a window
of sentences across documents, translated longest first in padded-size-bounded batches,
and yields the records in input order. ``download`` fetches a model ahead of an offline run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import TranslateSection
from .errors import ModelLoadError, UserError
from .record import Record, write_json_atomic
from .segment import segment_record, split_long
from .terms import Masked, Terms, constraint_for

__all__ = ["ModelLoadError", "Translator", "download", "load_translator", "translate"]

WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
                "pytorch_model.bin.index.json")
# Files a transformers checkpoint never needs (other frameworks' weights).
IGNORE_PATTERNS = ["*.h5", "*.msgpack", "*.ot", "*.onnx", "tf_model*", "flax_model*", "rust_model*"]
# A Marian hub id names its direction: Helsinki-NLP/opus-mt-<src>-<tgt>.
_OPUS_PAIR = re.compile(r"opus-mt-(?:tc-big-)?([a-zA-Z_]+)-([a-zA-Z_]+)")
# "Physical id" / "core id" lines of /proc/cpuinfo: one physical core per distinct pair.
_CPUINFO_FIELD = re.compile(r"^(physical id|core id)\s*:\s*(\d+)", re.MULTILINE)
MAX_SANE_LENGTH = 100_000  # tokenizers without a limit report ~1e30


def _stats() -> dict[str, Any]:
    return {"tokens_in": 0, "tokens_out": 0, "sentences": 0, "batches": 0, "oom_splits": 0,
            "seconds": 0.0}


class Decoded(str):
    """An output text that also says how it was decoded: its output token count and
    whether the decoder stopped at ``max_new_tokens`` (a str everywhere else)."""

    out_tokens: int = 0
    hit_limit: bool = False

    @classmethod
    def of(cls, text: str, out_tokens: int, hit_limit: bool) -> "Decoded":
        out = cls(text)
        out.out_tokens, out.hit_limit = int(out_tokens), bool(hit_limit)
        return out


@dataclass
class Translator:
    """A loaded model and how it decodes; ``translate(sentences)`` is the one entry point."""

    model_id: str
    path: str
    revision: str | None
    family: str
    backend: str
    device: str
    dtype: str
    num_beams: int
    max_new_tokens: int
    max_input_tokens: int
    batch_tokens: int
    max_batch_size: int
    tokenizer: Any
    model: Any
    forced_bos: str | None = None
    threads: int = 0
    stats: dict[str, Any] = field(default_factory=_stats)
    terms: Terms | None = None  # protected spans, glossary, memory (summarise/terms.py)

    def count_tokens(self, text: str) -> int:
        """Source tokens of ``text`` with the model's special tokens (what its limit counts)."""
        return len(self.tokenizer(text)["input_ids"])

    def translate(self, sentences: list[str]) -> list[str]:
        """Translations in input order; an over-long sentence is cut and its parts rejoined."""
        started = time.perf_counter()
        owners = [i for i, sentence in enumerate(sentences) if sentence.strip()]
        rows = self._encode([sentences[i].strip() for i in owners]) if owners else []
        owners, rows = self._fit_limit(owners, rows, sentences)
        self.stats["tokens_in"] += sum(map(len, rows))
        outputs = self._translate_ids(rows) if rows else []
        joined: list[list[str]] = [[] for _ in sentences]
        for index, text in zip(owners, outputs):
            joined[index].append(text)
        self.stats["sentences"] += len(sentences)
        self.stats["seconds"] += time.perf_counter() - started
        return [Decoded.of(" ".join(parts), sum(getattr(p, "out_tokens", 0) for p in parts),
                           any(getattr(p, "hit_limit", False) for p in parts)) for parts in joined]

    def _fit_limit(self, owners: list[int], rows: list[list[int]],
                   sentences: list[str]) -> tuple[list[int], list[list[int]]]:
        """Cut the (rare) rows over the model's input limit into pieces that fit."""
        if all(len(row) <= self.max_input_tokens for row in rows):
            return owners, rows
        fit_owners, fit_rows = [], []
        for owner, row in zip(owners, rows):
            if len(row) <= self.max_input_tokens:
                fit_owners.append(owner)
                fit_rows.append(row)
                continue
            pieces = split_long(sentences[owner].strip(), self.count_tokens, self.max_input_tokens)
            fit_owners += [owner] * len(pieces)
            fit_rows += self._encode(pieces)
        return fit_owners, fit_rows

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        raise NotImplementedError

    def _encode(self, pieces: list[str]) -> list[list[int]]:
        return self.tokenizer(pieces)["input_ids"]

    def _decode(self, ids) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True).strip()

    def _short_revision(self) -> str:
        if Path(self.path).is_dir():  # a local folder: what is in it, not what it is called
            return f"local-{local_model_hash(Path(self.path))}"
        return (self.revision or "main")[:12]

    def signature(self) -> str:
        name = self.model_id.rstrip("/").split("/")[-1]
        return (f"model:{name}@{self._short_revision()}|backend:{self.backend}"
                f"|beam:{self.num_beams}|dtype:{self.dtype}"
                + (f"|{self.terms.signature()}" if self.terms else ""))

    def info(self) -> dict[str, Any]:
        return {"model": self.model_id, "revision": self.revision, "path": self.path,
                "family": self.family, "backend": self.backend, "device": self.device,
                "dtype": self.dtype, "num_beams": self.num_beams,
                "max_new_tokens": self.max_new_tokens, "max_input_tokens": self.max_input_tokens,
                "batch_tokens": self.batch_tokens, "threads": self.threads,
                "terms": self.terms.info() if self.terms else None}


def local_model_hash(folder: Path) -> str:
    """A hash of the files of a local model folder (weights, config, tokenizer): a retrained
    or edited model signs differently. Cheap: each file's content hash is cached under
    ``cache_root()/model-hashes`` and reused while its size and mtime are unchanged."""
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


class TransformersTranslator(Translator):
    """generate() on token-budget batches, longest first; CUDA out-of-memory halves a batch."""

    def _translate_ids(self, ids: list[list[int]]) -> list[str]:
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        results: list[str] = [""] * len(ids)
        for batch in self._batches(order, ids):
            for index, text in zip(batch, self._generate_halving([ids[i] for i in batch])):
                results[index] = text
        return results

    def _batches(self, order: list[int], ids: list[list[int]]) -> Iterator[list[int]]:
        """Consecutive batches whose padded size (rows x longest row) fits ``batch_tokens``."""
        batch: list[int] = []
        for index in order:
            width = len(ids[batch[0]]) if batch else len(ids[index])
            if batch and ((len(batch) + 1) * width > self.batch_tokens
                          or len(batch) >= self.max_batch_size):
                yield batch
                batch = []
            batch.append(index)
        if batch:
            yield batch

    def _generate_halving(self, rows: list[list[int]]) -> list[str]:
        import torch

        try:
            return self._generate(rows)
        except torch.OutOfMemoryError:
            if len(rows) == 1:
                raise
        # Out of memory: retry each half, outside the except block so the failed
        # batch's tensors (held by the traceback) are freed first.
        self.stats["oom_splits"] += 1
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
        half = len(rows) // 2
        return self._generate_halving(rows[:half]) + self._generate_halving(rows[half:])

    def _generate(self, rows: list[list[int]]) -> list[str]:
        import torch

        batch = self.tokenizer.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
        kwargs = {"num_beams": self.num_beams, "max_new_tokens": self.max_new_tokens}
        if self.forced_bos:
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.forced_bos)
        # Each placeholder of a masked sentence comes out exactly once (terms.py).
        keep = constraint_for(self.tokenizer, rows, self.num_beams, self.max_new_tokens,
                              prefix=2 if self.forced_bos else 1)
        if keep is not None:
            kwargs["logits_processor"] = [keep]
        with torch.inference_mode():
            out = self.model.generate(**batch, **kwargs)
        self.stats["batches"] += 1
        # Generated tokens without the start, padding and end tokens (as ctranslate2 counts).
        body = out[:, 1:]
        kept = (body != self.tokenizer.pad_token_id) & (body != self.tokenizer.eos_token_id)
        self.stats["tokens_out"] += int(kept.sum())
        # Stopped at the limit: no end token, or the one generate() forces at the last step.
        is_eos = body == self.tokenizer.eos_token_id
        first_eos = torch.where(is_eos.any(dim=1), is_eos.int().argmax(dim=1), body.shape[1])
        hit = first_eos >= self.max_new_tokens - 1
        return [Decoded.of(self._decode(row), int(n), bool(h))
                for row, n, h in zip(out, kept.sum(dim=1), hit)]


class CTranslate2Translator(Translator):
    """ctranslate2.Translator.translate_batch: it sorts and batches by tokens itself."""

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in rows]
        prefix = [[self.forced_bos] for _ in tokens] if self.forced_bos else None
        results = self.model.translate_batch(
            tokens, target_prefix=prefix, beam_size=self.num_beams,
            # generate() counts the end token in max_new_tokens; ctranslate2 does not.
            max_decoding_length=max(1, self.max_new_tokens - 1),
            max_batch_size=self.batch_tokens, batch_type="tokens", max_input_length=0,
            return_end_token=True,  # its absence says the decoder stopped at the limit
        )
        self.stats["batches"] += 1
        outputs = []
        for result in results:
            hypothesis = result.hypotheses[0]
            ended = bool(hypothesis) and hypothesis[-1] == self.tokenizer.eos_token
            hypothesis = hypothesis[:-1] if ended else hypothesis
            self.stats["tokens_out"] += len(hypothesis)
            text = self._decode(self.tokenizer.convert_tokens_to_ids(hypothesis))
            outputs.append(Decoded.of(text, len(hypothesis), not ended))
        return outputs


# --- loading -----------------------------------------------------------------------

def resolve_device(device: str) -> str:
    """"auto" -> "cuda" when a GPU is visible, else "cpu"; anything else as given, or a
    ModelLoadError when it names a GPU this machine does not have."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda"):
        index = int(device.partition(":")[2] or 0)
        count = torch.cuda.device_count() if torch.cuda.is_available() else 0
        if index >= count:
            have = f"{count} GPU(s)" if count else "no GPU torch can use"
            raise ModelLoadError(f"run.device = '{device}' but this machine has {have}; "
                                 "set --set run.device=cpu (or auto)")
    return device


def resolve_batch_tokens(setting: int | None, device: str) -> int:
    """The token budget of a batch: on a CPU, small batches keep every thread busy to the
    end and the peak memory low (1024 measured fastest: benchmarks/README.md)."""
    if setting is not None:
        return setting
    return 8192 if device.startswith("cuda") else 1024


def resolve_dtype(setting: str, device: str) -> str:
    """float16 on CUDA (bfloat16 when configured), float32 on CPU, unless set explicitly."""
    if setting != "auto":
        return setting
    return "float16" if device.startswith("cuda") else "float32"


def physical_cores() -> int:
    """Physical cores this process may use (hyper-threads do not speed up matrix maths)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return usable
    fields = _CPUINFO_FIELD.findall(text)
    pairs = {(fields[i][1], fields[i + 1][1]) for i in range(0, len(fields) - 1, 2)
             if fields[i][0] == "physical id" and fields[i + 1][0] == "core id"}
    return max(1, min(usable, len(pairs) or usable))


def is_offline() -> bool:
    from huggingface_hub import constants

    flag = os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}
    return flag or bool(constants.HF_HUB_OFFLINE)


def _download_hint(model_id: str) -> str:
    return (f"download it first, while online: `summarise download CONFIG` "
            f"or `huggingface-cli download {model_id}`")


def _check_folder(path: Path) -> None:
    if not (path / "config.json").is_file():
        raise ModelLoadError(f"model folder {path} has no config.json: it is not a "
                             "Hugging Face model folder (or is incomplete)")
    if not any((path / name).is_file() for name in WEIGHT_FILES):
        raise ModelLoadError(f"model folder {path} has no weights file ({', '.join(WEIGHT_FILES[::2])}); "
                             "download or save the model again")


@dataclass
class ModelSource:
    model_id: str
    path: str          # a local folder, or the hub id
    local: bool
    revision: str | None


def resolve_source(cfg: TranslateSection) -> ModelSource:
    """A local folder as is; a hub id through the Hugging Face cache (offline: cache only)."""
    folder = Path(cfg.model).expanduser()
    if folder.is_dir():
        _check_folder(folder)
        return ModelSource(cfg.model, str(folder), True, cfg.revision)
    if cfg.model.startswith((".", "/", "~")):
        raise ModelLoadError(f"model folder {cfg.model} does not exist")
    if is_offline():
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError

        try:
            snapshot_download(cfg.model, revision=cfg.revision, local_files_only=True)
        except LocalEntryNotFoundError:
            raise ModelLoadError(f"model '{cfg.model}' is not in the Hugging Face cache and "
                                 f"HF_HUB_OFFLINE=1 forbids downloading it: "
                                 f"{_download_hint(cfg.model)}") from None
    return ModelSource(cfg.model, cfg.model, False, cfg.revision)


def load_config_and_tokenizer(source: ModelSource):
    from transformers import AutoConfig, AutoTokenizer

    kwargs = {"revision": source.revision, "local_files_only": source.local or is_offline()}
    hint = "" if source.local else f"; {_download_hint(source.model_id)}"
    try:
        config = AutoConfig.from_pretrained(source.path, **kwargs)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelLoadError(f"cannot load model '{source.model_id}': {exc}{hint}") from exc
    try:
        tokenizer = AutoTokenizer.from_pretrained(source.path, **kwargs)
    except Exception as exc:  # a missing or broken tokenizer fails in many ways (TypeError, OSError...)
        raise ModelLoadError(
            f"cannot load the tokenizer of '{source.model_id}' ({type(exc).__name__}: {exc}); "
            f"the model folder needs its tokenizer files: save the tokenizer beside the weights"
            f"{hint}") from exc
    if not getattr(config, "is_encoder_decoder", False):
        raise ModelLoadError(f"'{source.model_id}' is a {config.model_type} model, not a "
                             "sequence-to-sequence translation model (e.g. Helsinki-NLP/opus-mt-fr-en)")
    return config, tokenizer


def cached_commit(source: ModelSource) -> str | None:
    """The commit hash of the snapshot the model was loaded from (None for a local folder)."""
    if source.local:
        return source.revision
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(source.model_id, "config.json", revision=source.revision)
    return Path(found).parent.name if isinstance(found, str) else source.revision


def model_family(config, tokenizer) -> str:
    """"marian", "mbart50" (language-code tokens) or "seq2seq", from the model's own files."""
    if config.model_type == "marian":
        return "marian"
    if config.model_type == "mbart" and type(tokenizer).__name__.startswith("MBart50"):
        return "mbart50"
    return "seq2seq"


def _lang(code: str | None) -> str | None:
    """"fr_XX" / "fra_Latn" / "fr" -> "fr"; None stays None."""
    return code.split("_")[0][:2].lower() if code else None


def _model_names(source: ModelSource, config) -> str:
    """The model's own names (hub repo or folder name, not the folders above it)."""
    given = (source.model_id, getattr(config, "_name_or_path", "") or "")
    return " ".join(Path(str(name).rstrip("/")).name for name in given)


def _check_direction(source: ModelSource, config, tokenizer, cfg: TranslateSection) -> None:
    want = (_lang(cfg.src_lang), _lang(cfg.tgt_lang))
    names = _model_names(source, config)
    pair = _OPUS_PAIR.search(names)
    have = (getattr(tokenizer, "source_lang", None) or (pair and pair.group(1)),
            getattr(tokenizer, "target_lang", None) or (pair and pair.group(2)))
    reversed_name = re.search(rf"(?<![A-Za-z]){want[1]}[-_]{want[0]}(?![A-Za-z])", names)
    wrong = [h for h, w in zip(have, want) if h and h.lower() not in ("mul", "multi") and _lang(h) != w]
    if wrong or (reversed_name and not pair):
        raise ModelLoadError(
            f"model '{source.model_id}' translates {have[0] or want[1]} -> {have[1] or want[0]}, "
            f"but this tool translates {want[0]} -> {want[1]}: use a {want[0]}-{want[1]} model "
            f"(e.g. Helsinki-NLP/opus-mt-{want[0]}-{want[1]})")


# A summariser's name or task settings say so ("barthez-orangesum-abstract", "bart-large-cnn",
# task_specific_params["summarization"]); such a model given as translator copies French.
_SUMMARISER_NAME = re.compile(r"summ|orangesum|xsum|cnn[_-]?dailymail|-cnn\b", re.IGNORECASE)


def _check_task(source: ModelSource, config) -> None:
    names = _model_names(source, config)
    tasks = set(getattr(config, "task_specific_params", None) or {})
    translates = any(task.startswith("translation") for task in tasks)
    if not translates and ("summarization" in tasks or _SUMMARISER_NAME.search(names)):
        raise ModelLoadError(
            f"model '{source.model_id}' is a summariser, not a translation model: put it under "
            "[summarise] model, and set translate.model to a French->English model "
            "(e.g. Helsinki-NLP/opus-mt-fr-en)")


def max_output_tokens(config, wanted: int) -> int:
    """``wanted``, capped by the decoder's position table (a longer output raises IndexError)."""
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and 2 < positions < MAX_SANE_LENGTH:
        return min(wanted, positions - 1)
    return wanted


def _language_codes(tokenizer, cfg: TranslateSection, family: str) -> str | None:
    """Set the source code on a multilingual tokenizer; return the target code to force."""
    vocab = tokenizer.get_vocab()
    if family != "mbart50" and cfg.tgt_lang not in vocab:
        return None
    missing = [code for code in (cfg.src_lang, cfg.tgt_lang) if code not in vocab]
    if missing:
        raise ModelLoadError(f"model has no language code {', '.join(missing)}: set "
                             "translate.src_lang / translate.tgt_lang to codes it knows (e.g. fr_XX, en_XX)")
    if hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = cfg.src_lang
    return cfg.tgt_lang


def model_limit(config, tokenizer, cfg: TranslateSection) -> int:
    limits = [getattr(config, "max_position_embeddings", None), tokenizer.model_max_length]
    limits = [n for n in limits if isinstance(n, int) and 0 < n < MAX_SANE_LENGTH]
    model_limit = min(limits) if limits else 512
    return min(cfg.max_input_tokens, model_limit) if cfg.max_input_tokens else model_limit


def _set_torch_threads(cfg: TranslateSection, device: str) -> int:
    import torch

    if not device.startswith("cpu"):
        return 0
    threads = cfg.threads or physical_cores()
    torch.set_num_threads(threads)
    return threads


def load_translator(cfg: TranslateSection, device: str = "auto") -> Translator:
    """Load the configured model once; ModelLoadError says what is wrong and how to fix it."""
    device = resolve_device(device)
    source = resolve_source(cfg)
    config, tokenizer = load_config_and_tokenizer(source)
    family = model_family(config, tokenizer)
    _check_task(source, config)
    _check_direction(source, config, tokenizer, cfg)
    common = dict(
        model_id=source.model_id, path=source.path, family=family, device=device,
        num_beams=cfg.num_beams, max_new_tokens=max_output_tokens(config, cfg.max_new_tokens),
        max_input_tokens=model_limit(config, tokenizer, cfg), batch_tokens=resolve_batch_tokens(cfg.batch_tokens, device),
        max_batch_size=cfg.max_batch_size, tokenizer=tokenizer,
        forced_bos=_language_codes(tokenizer, cfg, family),
        revision=cached_commit(source),
    )
    if cfg.backend == "ctranslate2":
        return _load_ctranslate2(source, cfg, device, common)
    return _load_transformers(source, cfg, device, common)


def quantize_int8(model):
    """Dynamic int8 quantisation of every nn.Linear (CPU only), without torch's
    deprecation notices for the eager quantisation API."""
    import torch

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*(torch\.ao\.quantization|quantize_per_tensor)")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def load_weights(source: ModelSource, dtype: str, device: str, role: str = "model"):
    """The seq2seq model of ``source`` in eval mode on ``device``; ModelLoadError if unusable."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(
            source.path, revision=source.revision, dtype=getattr(torch, dtype),
            local_files_only=source.local or is_offline())
    except Exception as exc:  # any failure here (e.g. SafetensorError) means no usable model
        raise ModelLoadError(f"{role}: cannot load the weights of '{source.model_id}' "
                             f"({type(exc).__name__}: {exc}); the file may be incomplete or "
                             "corrupt: download or save the model again") from exc
    model.generation_config.max_length = None  # max_new_tokens rules; silences a warning per batch
    try:
        return model.eval().to(device)
    except (RuntimeError, AssertionError) as exc:  # torch without CUDA, a GPU out of memory...
        raise ModelLoadError(f"{role}: cannot put '{source.model_id}' on {device} "
                             f"({type(exc).__name__}: {exc}); set --set run.device=cpu") from None


def _load_transformers(source: ModelSource, cfg: TranslateSection, device: str, common: dict) -> Translator:
    dtype = resolve_dtype(cfg.dtype, device)
    threads = _set_torch_threads(cfg, device)
    model = load_weights(source, dtype, device, "translator (translate.model)")
    if cfg.quantize and device == "cpu":
        model = quantize_int8(model)
        dtype = "qint8"
    return TransformersTranslator(backend="transformers", dtype=dtype, model=model,
                                  threads=threads, **common)


# --- ctranslate2 -------------------------------------------------------------------

def resolve_compute_type(setting: str, device: str) -> str:
    if setting not in ("auto", "default"):
        return setting
    return "int8_float16" if device.startswith("cuda") else "int8"


def cache_root() -> Path:
    return Path(os.environ.get("SUMMARISE_CACHE") or Path.home() / ".cache" / "summarise")


def _local_fingerprint(path: Path) -> str:
    """Changes when a local model's weights change (path, size and time of each weights file)."""
    h = hashlib.sha256(str(path.resolve()).encode())
    for name in WEIGHT_FILES:
        if (path / name).is_file():
            stat = (path / name).stat()
            h.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:12]


def ct2_dir(source: ModelSource, revision: str | None, compute_type: str) -> Path:
    """Where the converted model lives: keyed by model id, revision and compute type."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "--", source.model_id.strip("/"))[-80:]
    rev = _local_fingerprint(Path(source.path)) if source.local else (revision or "main")
    return cache_root() / "ct2" / f"{name}@{rev}-{compute_type}"


def convert_ctranslate2(source: ModelSource, revision: str | None, compute_type: str) -> Path:
    """Convert once into the cache (into a temporary folder, renamed when complete)."""
    target = ct2_dir(source, revision, compute_type)
    if (target / "model.bin").is_file():
        return target
    ctranslate2 = _import_ctranslate2()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        converter = ctranslate2.converters.TransformersConverter(
            source.path, revision=None if source.local else (revision or source.revision))
        converter.convert(str(tmp), quantization=compute_type, force=True)
        tmp.rename(target)
    except OSError:
        if not (target / "model.bin").is_file():
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _import_ctranslate2():
    try:
        import ctranslate2
    except ImportError:
        raise ModelLoadError("translate.backend = 'ctranslate2' needs the ctranslate2 package: "
                             "pip install summarise[fast]") from None
    return ctranslate2


def ct2_threads(cfg: TranslateSection, device: str) -> tuple[int, int]:
    """(inter_threads, intra_threads): parallel batches of few threads each are fastest
    on a CPU (2 cores: 2 x 1 measured best); one batch at a time on a GPU."""
    if not device.startswith("cpu"):
        return 1, 0
    cores = cfg.threads or physical_cores()
    intra = max(1, cores // 4)
    return max(1, cores // intra), intra


def _load_ctranslate2(source: ModelSource, cfg: TranslateSection, device: str, common: dict) -> Translator:
    ctranslate2 = _import_ctranslate2()
    compute_type = resolve_compute_type(cfg.compute_type, device)
    try:
        folder = convert_ctranslate2(source, common["revision"], compute_type)
    except (OSError, ValueError, RuntimeError, AttributeError, KeyError) as exc:
        raise ModelLoadError(f"cannot convert '{source.model_id}' for ctranslate2: {exc}") from exc
    inter, intra = ct2_threads(cfg, device)
    kind, _, index = device.partition(":")
    try:
        model = ctranslate2.Translator(str(folder), device=kind, device_index=int(index or 0),
                                       compute_type=compute_type, inter_threads=inter,
                                       intra_threads=intra)
    except (RuntimeError, ValueError) as exc:  # e.g. no CUDA device, a compute type it lacks
        raise ModelLoadError(f"ctranslate2 cannot run '{source.model_id}' on {device} with "
                             f"compute_type {compute_type}: {exc}; set --set run.device=cpu or "
                             "another translate.compute_type") from None
    return CTranslate2Translator(backend="ctranslate2", dtype=compute_type, model=model,
                                 threads=inter * max(intra, 1), **common)


def download(cfg: TranslateSection) -> str:
    """Fetch the model into the Hugging Face cache (and convert it when the backend is
    ctranslate2) so a later offline run finds it; returns where it now is."""
    source = resolve_source(cfg)
    where = source.path
    if not source.local:
        from huggingface_hub import snapshot_download

        try:
            where = snapshot_download(cfg.model, revision=cfg.revision, ignore_patterns=IGNORE_PATTERNS)
        except Exception as exc:  # offline, a proxy, an unknown id: one line, not the HTTP stack
            reason = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
            raise ModelLoadError(f"cannot download '{cfg.model}' ({type(exc).__name__}: {reason}); "
                                 "check the network connection and the model id, then run "
                                 "`summarise download` again") from None
    if cfg.backend == "ctranslate2":
        revision = None if source.local else Path(where).name
        where = str(convert_ctranslate2(source, revision, resolve_compute_type(cfg.compute_type, "cpu")))
    return where


# --- the stage ---------------------------------------------------------------------

def _pending(record: Record) -> list[dict]:
    if record.error is not None or not record.translation:
        return []
    return [s for s in record.translation["segments"] if s["tgt"] is None]


def _compose(record: Record) -> None:
    """Set translation title/text from the segments (paragraphs joined by a blank line)."""
    paras: dict[int, list[str]] = {}
    for seg in record.translation["segments"]:
        paras.setdefault(seg["para"], []).append(seg["tgt"] or "")
    record.translation["title"] = " ".join(paras.pop(0, []))
    record.translation["text"] = "\n\n".join(" ".join(paras[p]) for p in sorted(paras))


def _fill(seg: dict, masked: Masked, text: str, terms: Terms) -> None:
    """The output with its protected spans restored, its token count and whether it stopped
    at the limit (checks read them)."""
    terms.finish(seg, masked, str(text))
    seg["out_tokens"] = getattr(text, "out_tokens", 0)
    seg["hit_limit"] = getattr(text, "hit_limit", False)


def _translate_documents(records: list[Record], translator: Translator) -> None:
    """All pending segments in one call; if it fails, document by document."""
    # Memory hits are filled, the rest masked for the model and restored (terms.py).
    terms = translator.terms or Terms([])
    work = [(rec, terms.prepare(_pending(rec))) for rec in records]
    work = [(rec, segs) for rec, segs in work if segs]
    sources = [masked.text for _, segs in work for _, masked in segs]
    try:
        outputs = translator.translate(sources) if sources else []
    except Exception:  # retried per document below, so only the failing one gets the error
        outputs = None
    if outputs is not None:
        flat = iter(outputs)
        for _, segs in work:
            for seg, masked in segs:
                _fill(seg, masked, next(flat), terms)
        return
    for rec, segs in work:
        try:
            for (seg, masked), text in zip(segs, translator.translate([m.text for _, m in segs])):
                _fill(seg, masked, text, terms)
        except Exception as exc:  # this document fails; the others go on
            rec.fail("translate", exc)


def _finish(records: list[Record], translator: Translator) -> Iterator[Record]:
    for rec in records:
        if rec.error is None and rec.translation is None:
            try:
                segment_record(rec, translator)
            except Exception as exc:  # as in the segment stage: this document only
                rec.fail("segment", exc)
    _translate_documents(records, translator)
    for rec in records:
        if rec.error is None and rec.translation is not None and rec.translation["text"] is None:
            _compose(rec)
        yield rec


def translate(records: Iterable[Record], translator: Translator,
              cfg: TranslateSection) -> Iterator[Record]:
    """Translate records lazily, up to ``cfg.window_sentences`` sentences per model call."""
    window: list[Record] = []
    count = 0
    for record in records:
        window.append(record)
        if record.error is None:  # not yet segmented: about one sentence per 80 characters
            count += len(_pending(record)) if record.translation else len(record.text) // 80 + 1
        if count >= cfg.window_sentences:
            yield from _finish(window, translator)
            window, count = [], 0
    if window:
        yield from _finish(window, translator)
