"""Where a benchmark's tables go: printed, and with ``--out`` written to a Markdown file too."""

from __future__ import annotations

from pathlib import Path


def emit(text: str, out: str | Path | None) -> None:
    """Print ``text``; also write it to ``out`` (its folder made) when one is given."""
    print(text)
    if out:
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
