"""Every model a config needs: checked together before any loads (one message names all the
missing ones), fetched together by ``summarise download``."""

from __future__ import annotations

from summarise.config import Config
from summarise.models import summarise, translate
from summarise.models.loading import download
from summarise.models.routing import needs_fallback, translation_languages
from summarise.models.source import ModelSpec, check_models


def required_models(config: Config) -> list[ModelSpec]:
    """The models a config needs: each language's translator, the fallback, and the
    summarisers when abstractive."""
    cfg = config.translate
    specs = [
        translate.model_spec(cfg.model_copy(update={"model": model}), key)
        for model, key in translation_languages(cfg).values()
    ]
    if needs_fallback(cfg):
        specs.append(translate.model_spec(cfg.model_copy(update={"model": cfg.fallback}), "translate.fallback"))
    if config.summarise.method == "abstractive":
        for section, key in config.summarise.by_language(cfg.primary_lang, cfg.source).values():
            specs.append(summarise.model_spec(section, key))
    return specs


def download_all(config: Config) -> list[str]:
    """``summarise download``: check every model at once (one message for all the missing
    ones), then fetch and convert each; returns where each now is."""
    specs = required_models(config)
    check_models(specs, config.path)
    return [download(spec, config.run.device) for spec in specs]
