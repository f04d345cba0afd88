"""What the check stage flags critical on one line (the default checks, 256 new tokens), as the
check tests read it: each critical flag's code and detail."""

from __future__ import annotations

from summarise.config import ChecksSection
from summarise.quality.checks import check_segment

CFG = ChecksSection()
MAX_NEW = 256


def critical(src: str, tgt: str, lang: str) -> dict[str, str]:
    return {
        f["code"]: f["detail"] for f in check_segment(src, tgt, CFG, MAX_NEW, lang=lang) if f["severity"] == "critical"
    }
