"""Which model translates and summarises which document: one run, releases in many languages.

Each document goes by its language (``translate.source``: "auto", the language cleaning
detected, or one code for every document) to the translator configured for that language:
``translate.model`` for the language of ``translate.src_lang`` (French by default),
``translate.models.<code>`` for the others, else the many-to-one ``translate.fallback``
(mBART-50, NLLB-200) with that language's source code. A language none covers is the
document's UnsupportedLanguage error. Every configured model is found and checked up front
(its files, config and tokenizer: a model that is missing or the wrong kind stops the run
before any document), and each language's own model is loaded then, once. The fallback's
weights wait for the first document in a language only it covers (its language codes come
from its tokenizer, so what it covers is known without them): loaded once, under a lock
(documents may be translated from worker threads), they serve each language through a
translator of its own that shares the model and tokenizer; a run whose documents all have their
own model never loads them. Weights that fail to load then fail each such document (its record
says why) and the run goes on. The signature of each document (hence the resume rule) names the
model that made it, a fallback's once loaded (its backend and dtype are resolved at load). With
a fixed ``translate.source`` only the fallback covers, every document needs it: loaded up front.

Summaries go the same way: ``summarise.model`` for the primary language, ``summarise.models``
for others, extractive for a language with no summariser.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from summarise.config import Config, TranslateSection, primary_language
from summarise.errors import ModelLoadError
from summarise.models.runtime import torch_threads_kept
from summarise.models.source import first_line
from summarise.models.translate import OpenedTranslator, Translator, finish_translator, load_translator, open_translator
from summarise.record import UNCERTAIN_FLAG, Record, document_language
from summarise.text.languages import UnknownLanguage, profile

# A language-code token of a many-to-one model's vocabulary: mBART-50 "es_XX", NLLB "spa_Latn".
_CODE = re.compile(r"^(?:__)?([a-z]{2,3})_([A-Z][A-Za-z]{1,3})(?:__)?$")


def language_codes(tokenizer: Any) -> dict[str, str]:
    """ISO 639-1 code -> the model's source code, from its vocabulary ("es" -> "es_XX")."""
    out: dict[str, str] = {}
    for token in sorted(tokenizer.get_vocab()):
        match = _CODE.match(token)
        if match:
            out.setdefault(primary_language(match.group(1)), token)
    return out


def _name(lang: str) -> str:
    try:
        return profile(lang).name
    except UnknownLanguage:
        return lang


@dataclass
class Translators:
    """The run's translators by language. ``pick(record)`` is the translator for a record
    (None: no model covers its language; ``refusal`` says what to set). The fallback is
    ``fallback`` once loaded; before that ``pending`` (found and checked, no weights), loaded by
    the first ``get`` of a language only it covers; ``fallback_error`` if that failed."""

    by_lang: dict[str, Translator]
    keys: dict[str, str]  # language -> the config key of its model
    primary: str = "fr"  # the language of a record cleaning was unsure of
    source: str = "auto"
    fallback: Translator | None = None
    fallback_codes: dict[str, str] = field(default_factory=dict)
    _views: dict[str, Translator] = field(default_factory=dict)
    terms: Any = None  # the run's terms (terms.Terms); each translator holds its language's
    pending: OpenedTranslator | None = None
    fallback_error: ModelLoadError | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def fallback_model(self) -> str | None:
        """The configured fallback (loaded or not); None: none is set."""
        found = self.fallback or self.pending
        return found.model_id if found is not None else None

    def language(self, record: Record) -> str:
        """The language the record is translated from (an unsure guess no model covers: the
        primary language, as a French-only run always did)."""
        if self.source != "auto":
            return self.source
        lang = document_language(record, self.primary)
        if UNCERTAIN_FLAG in record.flags and record.lang and not (record.translation or {}).get("source_lang"):
            lang = record.lang if self.covers(record.lang) else self.primary
        return lang

    def covers(self, lang: str) -> bool:
        return lang in self.by_lang or (self.fallback_model is not None and lang in self.fallback_codes)

    def get(self, lang: str) -> Translator | None:
        """``lang``'s translator (None: none covers it); the first language only the fallback
        covers loads its weights (ModelLoadError, for this and each later one, if they fail)."""
        if lang in self.by_lang:
            return self.by_lang[lang]
        if self.fallback_model is None or lang not in self.fallback_codes:
            return None
        fallback = self.load_fallback()
        with self._lock:
            if lang not in self._views:  # the loaded fallback, with this language's source code
                view = dataclasses.replace(fallback, source_lang=lang, src_code=self.fallback_codes[lang])
                view.terms = self._terms_of(lang)
                self._views[lang] = view
            return self._views[lang]

    def load_fallback(self) -> Translator:
        """The fallback with its weights, loaded once whatever the threads asking; its
        ModelLoadError again for each later ask if they failed to load."""
        with self._lock:
            if self.fallback is not None:
                return self.fallback
            if self.fallback_error is not None:
                raise self.fallback_error
            assert self.pending is not None, "no fallback is set"
            try:
                with torch_threads_kept():
                    fallback = finish_translator(self.pending)
            except Exception as exc:  # any failure to load: each document that needs it says so
                self.fallback_error = (
                    exc
                    if isinstance(exc, ModelLoadError)
                    else ModelLoadError(
                        f"translate.fallback: cannot load '{self.pending.model_id}' ({type(exc).__name__}: "
                        f"{first_line(exc)})"
                    )
                )
                raise self.fallback_error from exc
            fallback.terms = self._terms_of(self.primary)
            self.fallback, self.pending = fallback, None
            _share_counts(self, fallback)
            return fallback

    def pick(self, record: Record) -> Translator | None:
        return self.get(self.language(record))

    def key(self, lang: str) -> str:
        return self.keys.get(lang) or "translate.fallback"

    def refusal(self, record: Record) -> str:
        lang = self.language(record)
        hint = (
            f"the fallback {self.fallback_model} has no source code for it"
            if self.fallback_model
            else "no fallback is set"
        )
        return (
            f"no configured model translates {_name(lang)} ({lang}); {hint}: set "
            f"translate.models.{lang} to a {lang}->en model, or translate.fallback to a "
            "many-to-one model that covers it"
        )

    def loaded(self) -> list[Translator]:
        """Every distinct loaded model (a fallback once, whatever languages it serves; not
        before its weights are loaded)."""
        seen = list(self.by_lang.values()) + ([self.fallback] if self.fallback else [])
        return list({id(t): t for t in seen}.values())

    @property
    def first(self) -> Translator:
        """The primary language's translator (else any): what a French-only run used."""
        return self.by_lang.get(self.primary) or self.loaded()[0]

    def signature(self, lang: str) -> str:
        try:
            chosen = self.get(lang)
        except ModelLoadError:  # the document fails when it is translated; its record says why
            return f"model:unloaded({lang})"
        return chosen.signature() if chosen is not None else f"model:none({lang})"

    def set_terms(self, terms: Any) -> None:
        """Give each translator the run's terms for its language."""
        self.terms = terms
        for lang, translator in [*self.by_lang.items(), *self._views.items()]:
            translator.terms = self._terms_of(lang)
        if self.fallback is not None:
            self.fallback.terms = self._terms_of(self.primary)

    def _terms_of(self, lang: str) -> Any:
        return self.terms.for_language(lang) if self.terms is not None else None

    def terms_for(self, record: Record) -> Any:
        """The terms of the translator of ``record``'s language (None: none covers it);
        asking loads no weights."""
        lang = self.language(record)
        return self._terms_of(lang) if self.covers(lang) else None

    def info(self) -> dict[str, Any]:
        """The manifest's ``languages``: each language's model, the key that set it and its
        glossary."""
        out: dict[str, dict[str, Any]] = {
            lang: {"model": t.model_id, "key": self.key(lang), "src_code": t.src_code, "glossary": self._glossary(lang)}
            for lang, t in self.by_lang.items()
        }
        if self.fallback_model is not None:
            glossaries = {lang: self._glossary(lang) for lang in self.fallback_codes if lang not in self.by_lang}
            out["*"] = {
                "model": self.fallback_model,
                "key": "translate.fallback",
                "codes": dict(self.fallback_codes),
                "glossaries": {lang: path for lang, path in glossaries.items() if path},
                **self._fallback_state(),
            }
        return out

    def _fallback_state(self) -> dict[str, Any]:
        """Whether the fallback's weights are loaded (they load for the first document that
        needs them), on what backend, or why they could not."""
        if self.fallback is not None:
            return {"loaded": True, "backend": self.fallback.backend, "dtype": self.fallback.dtype}
        if self.fallback_error is not None:
            return {"loaded": False, "error": str(self.fallback_error)}
        return {"loaded": False}

    def _glossary(self, lang: str) -> str | None:
        """The path of ``lang``'s glossary (None: it has none)."""
        glossary = self.terms.for_language(lang).glossary if self.terms is not None else None
        return glossary.path if glossary is not None else None


def translation_languages(cfg: TranslateSection) -> dict[str, tuple[str, str]]:
    """Language -> (model, config key) of every translator a config sets up front (the
    fallback aside); with a fixed ``source``, only that language's."""
    models = {cfg.primary_lang: (cfg.model, "translate.model")}
    models.update({lang: (model, f"translate.models.{lang}") for lang, model in cfg.models.items()})
    if cfg.source != "auto":
        return {lang: v for lang, v in models.items() if lang == cfg.source}
    return models


def needs_fallback(cfg: TranslateSection) -> bool:
    return cfg.fallback is not None and (cfg.source == "auto" or cfg.source not in translation_languages(cfg))


def load_translators(config: Config) -> Translators:
    """Load every translator the config needs, once each."""
    cfg, device = config.translate, config.run.device
    by_lang, keys = {}, {}
    for lang, (model, key) in translation_languages(cfg).items():
        own = cfg.model_copy(update={"model": model, "src_lang": cfg.src_lang if key == "translate.model" else lang})
        by_lang[lang] = load_translator(own, device, key=key)
        keys[lang] = key
    pending, codes = None, {}
    if needs_fallback(cfg):
        own = cfg.model_copy(update={"model": cfg.fallback})
        pending = open_translator(own, device, key="translate.fallback", many_to_one=True)
        codes = {**language_codes(pending.tokenizer), **cfg.fallback_codes}
    primary = cfg.primary_lang if cfg.source == "auto" else cfg.source
    translators = Translators(by_lang, keys, primary=primary, source=cfg.source, fallback_codes=codes, pending=pending)
    if not by_lang and pending is not None:  # a fixed source only the fallback covers: every document needs it
        translators.load_fallback()
    for translator in translators.loaded():
        _share_counts(translators, translator)
    return translators


def _share_counts(translators: Translators, translator: Translator) -> None:
    """One count of sentences and tokens, one progress bar: another translator counts in the
    first one's."""
    first = translators.first
    if translator is not first:
        translator.stats = first.stats
        translator.on_batch = _relay(first)


def _relay(first: Translator) -> Any:
    """Another translator's batches report where the first one's do (the progress bar and
    the stop flag watch the first)."""

    def after_batch() -> None:
        if first.on_batch is not None:
            first.on_batch()

    return after_batch


def summarisers_for(config: Config, load: Any) -> dict[str, Any]:
    """Language -> abstractive summariser (``load(section, device, key, weights, signs_output_limit)``)
    of every summariser the config sets: ``summarise.model`` for the primary language,
    ``summarise.models`` for others, each with its own settings where its table gives some.
    Languages with the same model and settings share one summariser; with the same model loaded
    alike (revision, backend, dtype) but other decoding settings, they share its weights
    (``weights``, filled by ``load``) and each decodes with its own."""
    cfg = config.summarise
    if cfg.method != "abstractive":
        return {}
    weights: dict[str, Any] = {}
    made: dict[str, Any] = {}
    out = {}
    for lang, (section, key) in cfg.by_language(config.translate.primary_lang, config.translate.source).items():
        # A table's max_new_tokens is in no config hash (the tables are routing): the
        # summariser's signature names it.
        own_limit = "max_new_tokens" in cfg.own_settings(lang)
        ident = json.dumps([section.model_dump(mode="json", exclude={"models"}), own_limit], sort_keys=True)
        if ident not in made:
            made[ident] = load(section, config.run.device, key, weights, own_limit)
        out[lang] = made[ident]
    for summariser in out.values():  # one count of tokens for the manifest
        summariser.stats = next(iter(out.values())).stats
    return out
