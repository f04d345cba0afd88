"""summarise: clean, translate, summarise and review press releases in batch.

The library API, for notebooks and scripts (the ``summarise`` command calls the same)::

    import summarise
    config = summarise.load_config("configs/default.toml", ["translate.num_beams=2"])
    result = summarise.run(config, ["data/"])           # writes records.jsonl + manifest.json
    record = summarise.clean_text("Titre\\n\\nTexte ...")  # one string, no model
    models = summarise.load_models(config)               # load once, then:
    records = list(summarise.process(summarise.read_and_clean(["data/"], config), config, models))
    summarise.export("runs/default", "docx", digest=True)  # English releases + bilingual digest

The packages, in the order data flows: ``text`` (read, clean, segment), ``models``
(summarise, translate, their loader), ``quality`` (checks), ``store`` (run folder, memory),
``review`` (review page, export, evaluate), ``pipeline`` (the run); ``record`` is the one
record type, ``config`` the validated config, ``cli`` the command line over this API.
"""

from summarise import _moved
from summarise.errors import ModelLoadError, UserError
from summarise.version import __version__

_moved.install()

# The rest loads on first use, so `summarise --help` and cleaning never load the model stages,
# and `import summarise` takes a few milliseconds (a Ctrl-C during the command's imports then
# reaches its handler instead of stopping Python with a traceback).
_LAZY = {
    "Config": "summarise.config",
    "ConfigError": "summarise.config",
    "load_config": "summarise.config",
    "Record": "summarise.record",
    "export": "summarise.review.export",
    "run": "summarise.pipeline",
    "process": "summarise.pipeline",
    "load_models": "summarise.pipeline",
    "read_and_clean": "summarise.pipeline",
    "clean_to_jsonl": "summarise.pipeline",
    "Models": "summarise.pipeline",
    "clean_text": "summarise.text",
    "clean_file": "summarise.text",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")


__all__ = [
    "Config",
    "ConfigError",
    "ModelLoadError",
    "Record",
    "UserError",
    "__version__",
    "clean_file",
    "clean_text",
    "clean_to_jsonl",
    "export",
    "load_config",
    "load_models",
    "process",
    "read_and_clean",
    "run",
]
