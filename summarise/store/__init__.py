"""What a run keeps on disk: the run folder (``rundir``: records, manifest; ``lock``, ``repair``,
``reviews``) and the translation memory (``memory``: reviewed sentences, TMX import and export).

Public API: ``RunDir``, ``Memory``.
"""

from summarise.store.memory import Memory
from summarise.store.rundir import RunDir

__all__ = ["Memory", "RunDir"]
