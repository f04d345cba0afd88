"""Where the project keeps what it derives once and reuses across runs: ``~/.cache/summarise``, or
``SUMMARISE_CACHE`` (CTranslate2 conversions, model hashes, the names check's word-list table)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    return Path(os.environ.get("SUMMARISE_CACHE") or Path.home() / ".cache" / "summarise")
