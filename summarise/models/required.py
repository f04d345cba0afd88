"""Every model a config needs: checked together before any loads (one message names all the
missing ones), fetched together by ``summarise download``."""

from __future__ import annotations

from summarise.config import Config
from summarise.models import summarise, translate
from summarise.models.loading import ModelSpec, check_models, download


def required_models(config: Config) -> list[ModelSpec]:
    """The models a config needs: the translator, and the summariser when abstractive."""
    specs = [translate.model_spec(config.translate)]
    if config.summarise.method == "abstractive":
        specs.append(summarise.model_spec(config.summarise))
    return specs


def download_all(config: Config) -> list[str]:
    """``summarise download``: check every model at once (one message for all the missing
    ones), then fetch and convert each; returns where each now is."""
    specs = required_models(config)
    check_models(specs, config.path)
    return [download(spec, config.run.device) for spec in specs]
