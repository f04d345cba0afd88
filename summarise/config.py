"""TOML config files -> validated config objects, with dotted ``--set`` overrides.

The whole config is validated before anything heavy loads: an unknown key or a bad
value is a :class:`ConfigError` that names the file, the key, the allowed values and,
for a near-miss key, the key that was probably meant.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)

from .errors import UserError
from .text.languages import is_language, primary_language

_V = TypeVar("_V")


class ConfigError(UserError):
    """A config file or override is wrong; the message says where and how to fix it."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class RunSection(_Section):
    name: str = "default"
    input: str = "data"
    output: str | None = Field(None, description="default: runs/<name>")
    device: str = "auto"
    executor: Literal["local", "ray"] = "local"
    ray_address: str | None = None
    ray_workers: int = Field(1, ge=1)
    ray_gpus_per_worker: float = Field(0.0, ge=0)
    ray_cpus_per_worker: float = Field(0.5, gt=0)
    # A release with more text than this (in MB) gets a TooLarge error record instead of
    # stalling the run; a press release is a few kB.
    max_text_mb: float = Field(2.0, gt=0)

    @field_validator("device")
    @classmethod
    def _device(cls, value: str) -> str:
        if value in ("auto", "cpu", "cuda") or (value.startswith("cuda:") and value[5:].isdigit()):
            return value
        raise ValueError("must be one of auto, cpu, cuda, cuda:N")


class CleanSection(_Section):
    languages: list[str] = Field(default_factory=lambda: ["fr"])


def _language_code(code: str, what: str) -> str:
    if code != "auto" and not is_language(code):
        raise ValueError(f"{what} {code!r} is not a language code: give an ISO 639-1 code such as 'fr', 'es' or 'ar'")
    return code


def _language_map(value: dict[str, _V]) -> dict[str, _V]:
    for code in value:
        if code == "auto":
            raise ValueError("'auto' is not a language: give ISO 639-1 codes such as 'es' or 'ar'")
        _language_code(code, "key")
    return value


# The spans placeholders.py can protect, and those it protects unless told otherwise.
SpanKind = Literal["email", "url", "phone", "unit", "glossary"]
DEFAULT_PROTECT: tuple[SpanKind, ...] = ("email", "url", "phone", "glossary")


class TranslateSection(_Section):
    # The model for the language of src_lang (French by default): what a French-only config sets.
    model: str = "Helsinki-NLP/opus-mt-fr-en"
    # Each document's language: "auto" (what cleaning detected, record.lang) or one code for all.
    source: str = "auto"
    # More languages, each its own model (ISO 639-1 code -> hub id or folder).
    models: dict[str, str] = Field(default_factory=dict)
    # A many-to-one model (mBART-50, NLLB-200) for any language no other model covers; its
    # source code per language is found in its vocabulary (es_XX, spa_Latn) unless given here.
    # "" is none: how a config or --set takes away the fallback of the config it overrides.
    fallback: str | None = None
    fallback_codes: dict[str, str] = Field(default_factory=dict)
    revision: str | None = None
    # auto: CTranslate2 when it is installed and the model converts, else transformers.
    backend: Literal["auto", "transformers", "ctranslate2"] = "auto"
    src_lang: str = "fr_XX"
    tgt_lang: str = "en_XX"
    num_beams: int = Field(4, ge=1)
    max_new_tokens: int = Field(256, ge=1)
    max_input_tokens: int | None = Field(None, ge=8)
    # Padded tokens per batch; None: 1024 on CPU (fastest and smallest measured, see
    # benchmarks/README.md), 8192 on a GPU.
    batch_tokens: int | None = Field(None, ge=16)
    max_batch_size: int = Field(64, ge=1)
    window_sentences: int = Field(2048, ge=1)
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    quantize: bool = False
    compute_type: str = "auto"
    threads: int = Field(0, ge=0)
    # Terminology (summarise/models/glossary.py, summarise/store/memory.py): a French<TAB>English TSV
    # (the glossary of the run's language: src_lang's, or a fixed source's); other languages'
    # glossaries (code -> TSV; "" is none); the translation memory (None: memory.jsonl beside
    # the run folders); the spans replaced by placeholders while the model runs.
    glossary: str | None = None
    glossaries: dict[str, str] = Field(default_factory=dict)
    memory: str | None = None
    protect: list[SpanKind] = Field(default_factory=lambda: list(DEFAULT_PROTECT))

    @field_validator("source")
    @classmethod
    def _source(cls, value: str) -> str:
        return _language_code(value, "source")

    @field_validator("fallback")
    @classmethod
    def _fallback(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("models", "fallback_codes", "glossaries")
    @classmethod
    def _models(cls, value: dict[str, str]) -> dict[str, str]:
        return _language_map(value)

    @property
    def primary_lang(self) -> str:
        """The language ``model`` translates: that of ``src_lang`` ("fr_XX", "fra_Latn" -> "fr")."""
        return primary_language(self.src_lang)

    @property
    def run_lang(self) -> str:
        """The run's language: a fixed ``source``, else that of ``src_lang``."""
        return self.primary_lang if self.source == "auto" else self.source

    def glossary_files(self) -> dict[str, tuple[str, str]]:
        """Language -> (glossary file, the key that names it): ``glossary`` for the run's
        language, ``glossaries.<code>`` for the others."""
        files = {self.run_lang: (self.glossary, "translate.glossary")} if self.glossary else {}
        for lang, path in self.glossaries.items():
            if path.strip():
                files[lang] = (path, f"translate.glossaries.{lang}")
        return files


class LanguageSummariser(_Section):
    """``summarise.models.<code>``: a hub id or folder, or a table that also gives this
    language's summariser its own settings; a key left out is [summarise]'s."""

    model: str
    revision: str | None = None
    backend: Literal["auto", "transformers", "ctranslate2"] | None = None
    dtype: Literal["auto", "float32", "float16", "bfloat16"] | None = None
    compute_type: str | None = None
    num_beams: int | None = Field(None, ge=1)
    max_new_tokens: int | None = Field(None, ge=1)
    max_input_tokens: int | None = Field(None, ge=16)

    @model_validator(mode="before")
    @classmethod
    def _string_or_table(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"model": value}
        if not isinstance(value, dict):
            raise ValueError('must be a hub id or folder, or a table such as { model = "...", max_new_tokens = 84 }')
        return value

    def own_settings(self) -> dict[str, Any]:
        """The settings this table sets (all but ``model``)."""
        return {k: v for k, v in self.model_dump(exclude={"model"}).items() if v is not None}


# The settings that need a summariser's model loaded apart (the others are how a loaded model
# decodes: languages that differ only in those share it).
LOAD_SETTINGS = ("model", "revision", "backend", "dtype", "compute_type", "threads")


class SummariseSection(_Section):
    method: Literal["abstractive", "extractive", "none"] = "extractive"
    model: str = "moussaKam/barthez-orangesum-abstract"  # the French summariser
    # Abstractive summarisers for other languages (code -> hub id or folder, or a table with
    # the model and its own settings); a language with none is summarised extractively (the
    # record's summary says which method it got).
    models: dict[str, LanguageSummariser] = Field(default_factory=dict)
    revision: str | None = None
    backend: Literal["auto", "transformers", "ctranslate2"] = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"
    compute_type: str = "auto"
    threads: int = Field(0, ge=0)
    max_sentences: int = Field(3, ge=1)
    max_words: int = Field(80, ge=5)
    num_beams: int = Field(4, ge=1)
    max_new_tokens: int = Field(128, ge=1)
    # Tokens the summariser reads (at most the model's limit); a longer body is cut down as
    # long_input says. 512: of the order of the OrangeSum articles barthez-orangesum was
    # fine-tuned on (mean 354 words), for 0.7x the time of 1024 (README: Speed).
    max_input_tokens: int | None = Field(512, ge=16)
    batch_size: int = Field(16, ge=1)  # documents summarised together, and rows per batch at most
    # Padded input tokens per batch; None: 2048 on CPU, 16384 on a GPU.
    batch_tokens: int | None = Field(None, ge=16)
    lead_bias: float = Field(0.3, ge=0, le=1)
    # A body over the summariser's input limit: "select" its most central sentences (and the
    # lead) that fit, in order, for one pass; "parts": summarise it in parts, then the parts.
    long_input: Literal["select", "parts"] = "select"

    @field_validator("models")
    @classmethod
    def _models(cls, value: dict[str, LanguageSummariser]) -> dict[str, LanguageSummariser]:
        return _language_map(value)

    @field_serializer("models")
    def _dump_models(self, value: dict[str, LanguageSummariser]) -> dict[str, Any]:
        """A language with only a model is written as it was given (a string), as before tables."""
        return {
            lang: {"model": entry.model, **entry.own_settings()} if entry.own_settings() else entry.model
            for lang, entry in value.items()
        }

    def by_language(self, primary: str, source: str = "auto") -> dict[str, tuple[SummariseSection, str]]:
        """Language -> the settings its summariser runs with (its table's, the rest [summarise]'s)
        and the key that names its model (``summarise.model``, ``summarise.models.es``, or
        ``summarise.models.es.model`` in a table that sets more): ``model`` for the ``primary``
        language, ``models`` for the others (only a fixed ``source``'s when one is set)."""
        out = {primary: (self, "summarise.model")}
        for lang, entry in self.models.items():
            update = {"model": entry.model, **entry.own_settings()}
            # The key of the model: in a table, its ``model`` (what --set changes, settings kept).
            key = f"summarise.models.{lang}" + (".model" if entry.own_settings() else "")
            out[lang] = (self.model_copy(update=update), key)
        return out if source == "auto" else {lang: v for lang, v in out.items() if lang == source}

    def own_settings(self, lang: str) -> dict[str, Any]:
        """The settings ``lang``'s table sets (none for a string or no entry)."""
        entry = self.models.get(lang)
        return entry.own_settings() if entry is not None else {}


class ChecksSection(_Section):
    min_length_ratio: float = Field(0.5, gt=0)
    max_length_ratio: float = Field(2.2, gt=0)
    repeat_ngram: int = Field(3, ge=1)
    repeat_times: int = Field(3, ge=2)


class Config(_Section):
    run: RunSection = Field(default_factory=RunSection)
    clean: CleanSection = Field(default_factory=CleanSection)
    translate: TranslateSection = Field(default_factory=TranslateSection)
    summarise: SummariseSection = Field(default_factory=SummariseSection)
    checks: ChecksSection = Field(default_factory=ChecksSection)
    _path: str | None = PrivateAttr(default=None)  # the file it was read from, for messages

    @model_validator(mode="after")
    def _one_model_per_language(self) -> Config:
        primary = self.translate.primary_lang
        if primary in self.translate.models:
            raise ValueError(
                f"translate.models.{primary}: {primary} is translated by translate.model "
                f"(the language of translate.src_lang); set one of the two"
            )
        source = self.translate.source
        if source not in ("auto", primary) and source not in self.translate.models and not self.translate.fallback:
            raise ValueError(
                f"translate.source is {source!r} but no model translates it: set "
                f"translate.models.{source} or translate.fallback"
            )
        self._one_glossary_per_language()
        return self

    def _one_glossary_per_language(self) -> None:
        cfg = self.translate
        translated = {cfg.primary_lang, cfg.run_lang, *cfg.models}
        for lang, path in cfg.glossaries.items():
            if not path.strip():
                continue
            if lang == cfg.run_lang and cfg.glossary:
                raise ValueError(
                    f"translate.glossaries.{lang}: {lang} is the run's language, whose glossary is "
                    "translate.glossary; set one of the two"
                )
            if lang not in translated and not cfg.fallback:
                raise ValueError(
                    f"translate.glossaries.{lang}: no model translates {lang}, so its glossary would never "
                    f"apply: set translate.models.{lang} or translate.fallback, or remove it"
                )

    @property
    def path(self) -> str | None:
        return self._path

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def hash(self, without: tuple[str, ...] = ()) -> str:
        """Hash of the resolved config, less the sections or ``section.key``s in ``without``."""
        data = {k: v for k, v in self.to_dict().items() if k not in without}
        for key in without:
            section, _, name = key.partition(".")
            if name and isinstance(data.get(section), dict):
                data[section] = {k: v for k, v in data[section].items() if k != name}
        blob = json.dumps(data, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    @property
    def output_dir(self) -> Path:
        return Path(self.run.output or f"runs/{self.run.name}")


def _parse_value(raw: str) -> Any:
    """Type a ``--set`` value as TOML would (2 -> int, true -> bool, [..] -> list);
    anything that is not a TOML value is taken as a string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def _known_keys(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every key, dotted; a key under a table of tables (``summarise.models.<code>``) has ``*``
    for the entry's name."""
    keys = []
    for name, info in model.model_fields.items():
        keys.append(prefix + name)
        sub = info.annotation
        if get_origin(sub) is dict:  # dict[str, Table]: the keys of each entry
            sub, prefix_sub = get_args(sub)[1], f"{prefix}{name}.*."
        else:
            prefix_sub = f"{prefix}{name}."
        if isinstance(sub, type) and issubclass(sub, BaseModel):
            keys.extend(_known_keys(sub, prefix_sub))
    return keys


def _suggest(key: str) -> str:
    parts = key.split(".")
    known = []
    for known_key in _known_keys(Config):  # an entry's own name in place of its ``*``
        names = known_key.split(".")
        if "*" in names and len(parts) > names.index("*"):
            names[names.index("*")] = parts[names.index("*")]
        known.append(".".join(names))
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


# Tables whose entries may be a string that stands for one key of the table (the parent's path
# -> that key): ``--set`` on a key inside such an entry turns the string into the table.
STRING_TABLES: dict[tuple[str, ...], str] = {("summarise", "models"): "model"}


def apply_overrides(data: dict[str, Any], overrides: list[str], where: str) -> None:
    for item in overrides:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError(f"{where}: override '{item}' must look like section.key=value")
        parts = key.split(".")
        node = data
        for depth, part in enumerate(parts[:-1]):
            shorthand = STRING_TABLES.get(tuple(parts[:depth]))
            if shorthand and isinstance(node.get(part), str):  # es = "id", then es.max_new_tokens=84
                node[part] = {shorthand: node[part]}
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(f"{where}: '{key}' is not a config key.{_suggest(key)}")
        node[parts[-1]] = _parse_value(raw.strip())


def _describe(err: dict[str, Any], where: str) -> str:
    key = ".".join(str(p) for p in err["loc"])
    if err["type"] == "extra_forbidden":
        return f"{where}: unknown key '{key}'.{_suggest(key)}"
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "literal_error":
        msg = "must be one of " + msg.split("Input should be ", 1)[-1].replace("'", "")
    if not key:  # a rule across keys: its message names them
        return f"{where}: {msg}"
    return f"{where}: '{key}' {msg[0].lower()}{msg[1:]} (got {err.get('input')!r})"


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> Config:
    """Read and validate a TOML config (or the defaults when ``path`` is None),
    apply ``section.key=value`` overrides, and return the resolved :class:`Config`."""
    where = str(path) if path else "<defaults>"
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{where}: config file not found") from None
        except IsADirectoryError:
            raise ConfigError(f"{where} is a folder: give a config file, e.g. configs/default.toml") from None
        except OSError as exc:
            raise ConfigError(f"{where}: cannot read the config file ({exc.strerror or exc})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    apply_overrides(data, list(overrides or []), where)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("\n".join(_describe(dict(e), where) for e in exc.errors())) from None
    config._path = str(path) if path is not None else None
    return config
