"""The models of the speed rows: random weights with the real models' exact architectures
(tests/models.py), built once into a cache folder, and the forcing of their outputs to one
length (random weights never stop on their own) with stand-ins of real summaries' size.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# The models configs/multilingual.toml names, as (cache name, builder, its arguments): each
# translator, the summarisers of Spanish and Arabic (one model for both) and the fallback,
# a many-to-one model it loads for any language the others do not cover.
MULTILINGUAL = {
    "es": ("opus-mt-es-en-arch", "build_full_opus_arch", ("es",)),
    "ar": ("opus-mt-ar-en-arch", "build_full_opus_arch", ("ar",)),
    "mt5": ("mt5-xlsum-arch", "build_full_mt5_arch", ()),
    "fallback": ("mbart50-m2o-arch", "build_full_mbart50_arch", ()),
}


def default_cache() -> Path:
    return Path(os.environ.get("SUMMARISE_BENCH_CACHE") or Path.home() / ".cache" / "summarise-bench")


def _built_once(cache: Path, name: str, builder: str, *args) -> Path:
    """A random-weight model of tests/models.py, built once (keyed by its cache key)."""
    import tests.models as builders

    final = cache / f"{name}-{builders.cache_key()}"
    if not (final / "config.json").exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=cache))
        getattr(builders, builder)(tmp, *args)
        shutil.rmtree(final, ignore_errors=True)
        tmp.rename(final)
    return final


def ensure_model(cache: Path) -> Path:
    """The opus-mt-fr-en-shaped random model."""
    return _built_once(cache, "opus-mt-fr-en-arch", "build_full_opus_arch")


def ensure_summariser(cache: Path) -> Path:
    """The barthez-orangesum-abstract-shaped random model."""
    return _built_once(cache, "barthez-arch", "build_full_barthez_arch")


def ensure_multilingual(cache: Path) -> dict[str, str]:
    """The other models of configs/multilingual.toml (see MULTILINGUAL), by role."""
    return {role: str(_built_once(cache, name, builder, *args)) for role, (name, builder, args) in MULTILINGUAL.items()}


def raw_ct2_dir(model: Path, cache: Path) -> Path:
    """The model converted for CTranslate2 (int8) by the converter itself, once."""
    import ctranslate2

    target = cache / f"ct2-raw-int8-{model.name}"
    if not (target / "model.bin").exists():
        tmp = Path(tempfile.mkdtemp(prefix=".ct2-", dir=cache))
        ctranslate2.converters.TransformersConverter(str(model)).convert(str(tmp), quantization="int8", force=True)
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    return target


# --- forcing equal output lengths ------------------------------------------------------


def content_tokens(row, special: set[int]) -> int:
    return sum(1 for t in row.tolist() if t not in special)


class ForcedLengthCT2:
    """Wraps a ctranslate2.Translator: every call decodes exactly ``max_decoding_length``
    tokens (min = max) and the output lengths are recorded (into ``lengths``: one list
    can gather several models')."""

    def __init__(self, translator, lengths: list[int] | None = None):
        self.translator = translator
        self.lengths: list[int] = [] if lengths is None else lengths

    def translate_batch(self, source, *args, **kwargs):
        kwargs["min_decoding_length"] = kwargs.get("max_decoding_length", 256)
        results = self.translator.translate_batch(source, *args, **kwargs)
        self.lengths += [len(r.hypotheses[0]) for r in results]
        return results

    def __getattr__(self, name):
        return getattr(self.translator, name)


def force_transformers_length(model, new_tokens: int, special: set[int], lengths: list[int] | None = None) -> list[int]:
    """generate() makes exactly ``new_tokens`` tokens (the last the forced end token);
    returns the list the content lengths are appended to (``lengths`` when given)."""
    lengths = [] if lengths is None else lengths
    model.generation_config.min_new_tokens = new_tokens
    generate = model.generate

    def counting_generate(*args, **kwargs):
        out = generate(*args, **kwargs)
        lengths.extend(content_tokens(row, special) for row in out)
        return out

    model.generate = counting_generate
    return lengths


def special_ids(tokenizer) -> set[int]:
    return {i for i in (tokenizer.pad_token_id, tokenizer.eos_token_id) if i is not None}


def stand_in_summaries(summariser) -> None:
    """Random weights write one piece over and over, the same for every input, so the rest
    of the run (trimming, the English half, the checks) would handle one odd word. Decoding
    still runs to its forced length; what the run gets back is a stand-in of a real summary's
    size and kind: 32 words of the input from its 10th on (OrangeSum's abstracts, which
    barthez-orangesum learnt to write, average 32 words), different for every document and
    not a sentence of the release (the translator would find it translated already)."""
    generate = summariser.generate

    def stand_in(texts, max_new_tokens=None):
        generate(texts, max_new_tokens)
        return [" ".join(text.split()[10:42]) for text in texts]

    summariser.generate = stand_in


def force_lengths(models, translate_tokens: int, summary_tokens: int) -> list[int]:
    """Every translation and summary of every language made exactly as long as its limit
    (each loaded translator, the fallback included, and each summariser: ``models.translators``
    and ``models.summarisers``); returns the translators' output lengths, all in one list.
    A model two summarisers share (the same weights, other decoding settings) is forced once."""
    lengths: list[int] = []
    for translator in models.translators.loaded():
        if translator.backend == "ctranslate2":
            translator.model = ForcedLengthCT2(translator.model, lengths)
        else:
            force_transformers_length(translator.model, translate_tokens, special_ids(translator.tokenizer), lengths)
    summarisers = [models.summariser] if models.summariser is not None else []
    summarisers += list(models.summarisers.values())
    forced: dict[int, object] = {}  # id of a summariser's model -> the model it now calls
    for summariser in {id(s): s for s in summarisers}.values():
        stand_in_summaries(summariser)
        if id(summariser.model) not in forced:
            if summariser.backend == "ctranslate2":
                forced[id(summariser.model)] = ForcedLengthCT2(summariser.model)
            else:  # each call's max_new_tokens is at most summary_tokens: min = max for final summaries
                summariser.model.generation_config.min_new_tokens = summary_tokens
                forced[id(summariser.model)] = summariser.model
        summariser.model = forced[id(summariser.model)]
    return lengths
