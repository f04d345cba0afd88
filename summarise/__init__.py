"""summarise: clean, translate, summarise and review French press releases in batch.

The library API, for notebooks and scripts (the ``summarise`` command calls the same)::

    import summarise
    config = summarise.load_config("configs/default.toml", ["translate.num_beams=2"])
    result = summarise.run(config, ["data/"])           # writes records.jsonl + manifest.json
    record = summarise.clean_text("Titre\\n\\nTexte ...")  # one string, no model
    models = summarise.load_models(config)               # load once, then:
    records = list(summarise.process(summarise.read_and_clean(["data/"], config), config, models))
    summarise.export("runs/default", "docx", digest=True)  # English releases + bilingual digest
"""

__version__ = "0.1.0"

from .config import Config, ConfigError, load_config  # noqa: E402
from .errors import ModelLoadError, UserError  # noqa: E402
from .export import export  # noqa: E402  (the function: it shadows the module of the same name)
from .record import Record  # noqa: E402


def __getattr__(name: str):
    # Stage modules import lazily, so `summarise --help` and cleaning never load torch.
    if name in {"run", "process", "load_models", "read_and_clean", "clean_to_jsonl", "Models"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name in {"clean_text", "clean_file"}:
        from . import clean

        return getattr(clean, name)
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")


__all__ = ["Config", "ConfigError", "ModelLoadError", "Record", "UserError", "clean_text",
           "clean_to_jsonl", "export", "load_config", "load_models", "process", "read_and_clean", "run"]
