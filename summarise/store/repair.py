"""The repair of a torn tail: the half-written last line a killed process leaves in a JSONL
file (the records file, the translation memory) is cut before anything reads or appends."""

from __future__ import annotations

from pathlib import Path


def repair_torn_tail(path: Path) -> int:
    """Cut a half-written last line of ``path``; return the bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    with path.open("rb+") as fh:
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        keep, pos, step = 0, size, 65536
        while pos > 0:
            start = max(0, pos - step)
            fh.seek(start)
            idx = fh.read(pos - start).rfind(b"\n")
            if idx >= 0:
                keep = start + idx + 1
                break
            pos = start
        fh.truncate(keep)
        return size - keep
