"""What can be wrong with a translation or a summary: the checks stage (``checks``), which
flags each sentence with a code and a severity.

Public API: ``check`` (the stage), ``SEVERITY`` (each flag code's severity).
"""

from summarise.quality.checks import SEVERITY, check

__all__ = ["SEVERITY", "check"]
