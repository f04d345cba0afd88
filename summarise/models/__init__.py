"""The model stages and their one loader: ``loading`` (open a model, its backend; where it is:
``source``, the CTranslate2 conversion cache: ``conversion``, device, threads and batches:
``runtime``), ``summarise`` (abstractive or extractive, in the source language: ``extractive``,
``abstractive``, ``summariser``), ``translate`` (MarianMT, mBART-50: the release and its
summary in one pass), ``terms`` (protected spans: ``placeholders``, ``constraint``; the
``glossary``; translation memory).

Each stage is the function named like its module (``summarise.models.translate.translate``).
"""

from summarise.models.summarise import load_summariser
from summarise.models.translate import load_translator

__all__ = ["load_summariser", "load_translator"]
