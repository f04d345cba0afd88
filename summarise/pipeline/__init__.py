"""A run from inputs to a run folder: the stages in order (``stages``), a run with its
folder, resume and signals (``runner``), and the Ray executor (``ray_executor``).

Public API: ``run`` (the whole job), ``load_models`` then ``process`` (the model stages over
cleaned records), ``read_and_clean`` (the text stages), ``clean_to_jsonl`` (``summarise clean``).
"""

from summarise.pipeline.runner import run
from summarise.pipeline.stages import Models, RunResult, clean_to_jsonl, load_models, process, read_and_clean

__all__ = ["Models", "RunResult", "clean_to_jsonl", "load_models", "process", "read_and_clean", "run"]
