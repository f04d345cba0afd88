"""The CTranslate2 conversion cache: a model converted once per revision and compute type
into ``~/.cache/summarise/ct2`` (``SUMMARISE_CACHE``), and how a signature names a model's
version (a hub commit, or a hash of a local folder's files)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import shutil
import tempfile
from pathlib import Path

from summarise.cachedir import cache_root
from summarise.errors import ModelLoadError, UserError
from summarise.models.source import ModelSource, first_line
from summarise.record import write_json_atomic


def import_ctranslate2():
    try:
        import ctranslate2
    except ImportError:
        raise ModelLoadError(
            "backend = 'ctranslate2' needs the ctranslate2 package: pip install ctranslate2 (or set backend = 'auto')"
        ) from None
    return ctranslate2


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
    """Where the converted model lives: keyed by model id, revision and compute type, and for
    the T5 family by the conversion that scales its outputs as transformers does (a conversion
    cached before that fix is not reused: it lives under the old name)."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "--", source.model_id.strip("/"))[-80:]
    rev = (source.revision or "main") if source.hub else local_model_hash(Path(source.path))
    family = "-scaled" if _model_type(source) in _T5_FAMILY else ""
    return cache_root() / "ct2" / f"{name}@{rev}-{compute_type}{family}"


def _model_type(source: ModelSource) -> str | None:
    try:
        return json.loads((Path(source.path) / "config.json").read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError, AttributeError):
        return None  # no readable config: the converter says what is wrong


# Configs whose ctranslate2 converter reads ``tie_word_embeddings`` as "the decoder's outputs
# are scaled by d_model**-0.5" (as the T5 code of transformers 4 did).
_T5_FAMILY = ("t5", "mt5", "umt5")


def match_output_scaling(config) -> None:
    """Make ctranslate2 scale a T5-family decoder's outputs exactly when transformers does.
    transformers 5 reports every T5-family config as tied, keeps whether T5 and UMT5 scale in
    ``scale_decoder_outputs``, and never scales mT5; ctranslate2's converter still scales when
    the config says tied, which for an mT5 (XL-Sum) flattens every distribution: greedy
    output unchanged, beam search and scores not."""
    if getattr(config, "model_type", None) in _T5_FAMILY:
        config.tie_word_embeddings = bool(getattr(config, "scale_decoder_outputs", False))


class _UntiedOutputNotice(logging.Filter):
    """transformers 5 calls every mT5 config tied; loading a checkpoint with its own output
    layer (as mT5's are) it keeps that layer, and warns to set ``tie_word_embeddings=False``,
    which the config already says. The notice is true of no model here: it is left out."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "both are present in the checkpoints with different values" not in record.getMessage()


@contextlib.contextmanager
def untied_output_quiet():
    """While a model loads: transformers' notice about an untied output layer left out."""
    logger = logging.getLogger("transformers.modeling_utils")
    notice = _UntiedOutputNotice()
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


def _converter(ctranslate2, path: str):
    class Converter(ctranslate2.converters.TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            with untied_output_quiet():
                model = super().load_model(model_class, model_name_or_path, **kwargs)
            match_output_scaling(model.config)
            return model

    return Converter(path)


def convert_ctranslate2(source: ModelSource, compute_type: str, label: str = "model") -> Path:
    """Convert once into the cache (into a temporary folder, renamed when complete)."""
    target = ct2_dir(source, compute_type)
    if (target / "model.bin").is_file():
        return target
    ctranslate2 = import_ctranslate2()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        converter = _converter(ctranslate2, source.path)
        converter.convert(str(tmp), quantization=compute_type, force=True)
        tmp.rename(target)
    except OSError:
        if not (target / "model.bin").is_file():
            raise
    except Exception as exc:  # the converter loads the model itself: any failure means "does not convert"
        raise ModelLoadError(
            f"{label}: '{source.model_id}' does not convert for ctranslate2 ({type(exc).__name__}: {first_line(exc)})"
        ) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
