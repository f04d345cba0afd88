"""Build the pair folders of the readable press-release set from its hand alignment.

    python benchmarks/data/parallel-open/build.py     # rewrites fr-en/, es-en/, ar-en/ here

The format and its checks have one owner, ``../parallel/build.py``: this script runs it on
this folder.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("parallel_build", HERE.parent / "parallel" / "build.py")
assert _SPEC is not None and _SPEC.loader is not None
parallel_build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(parallel_build)

if __name__ == "__main__":
    sys.exit(parallel_build.main(HERE))
