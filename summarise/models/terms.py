"""Terminology that holds, as the translate stage holds it: :class:`Terms`, the protection and
glossary of a run and its translation memory. A segment the memory knows is filled from it;
the others are masked (placeholders.py) for the model, restored after, and checked against the
glossary (glossary.py); the decoder keeps every placeholder (constraint.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise.models.glossary import Glossary, check_glossary, load_glossary
from summarise.models.placeholders import Masked, mask, restore
from summarise.store.memory import Memory
from summarise.text.segment import paragraphs, split_sentences


@dataclass
class Terms:
    """The protection and glossary of a run, and its translation memory."""

    protect: list[str]
    glossary: Glossary | None = None
    memory: Any = None  # a memory.Memory, or None

    def signature(self) -> str:
        """The run's part: which kinds of span are protected. What the glossary and the memory
        hold for one document is in :meth:`document_part`, so a change redoes only the
        documents it touches."""
        return f"protect:{','.join(sorted(self.protect)) or 'none'}"

    def document_part(self, title: str, text: str) -> str:
        """A short hash of the glossary entries found in a document and of the memory's
        entries for its sentences ("" when neither holds anything for it)."""
        found: list[str] = []
        if self.glossary is not None:
            entries = {entry for block in (title, text) for _, _, entry in self.glossary.find(block or "")}
            found += sorted(f"g\t{e.french}\t{e.english}" for e in entries)
        if self.memory is not None and self.memory.by_src:
            for block in [title or ""] + paragraphs(text):
                for sentence in split_sentences(block):
                    hit = self.memory.lookup(sentence)
                    if hit is not None:
                        found.append(f"m\t{sentence}\t{hit['tgt']}")
        if not found:
            return ""
        return hashlib.sha256("\n".join(found).encode("utf-8")).hexdigest()[:8]

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"protect": list(self.protect), "glossary": None, "memory": None}
        if self.glossary is not None:
            info["glossary"] = {
                "path": self.glossary.path,
                "hash": self.glossary.hash(),
                "entries": len(self.glossary.entries),
            }
        if self.memory is not None:
            info["memory"] = self.memory.info()
        return info

    def prepare(self, segments: list[dict]) -> list[tuple[dict, Masked]]:
        """Fill segments the memory knows (``from_memory``); mask the others' French.
        Returns (segment, masked) for the segments the model must translate."""
        todo = []
        for seg in segments:
            hit = self.memory.lookup(seg["src"]) if self.memory is not None else None
            if hit is not None:
                seg.update(
                    tgt=hit["tgt"], from_memory=True, reviewed_by=hit.get("by") or "", reviewed_at=hit.get("at") or ""
                )
            else:
                todo.append((seg, mask(seg["src"], self.protect, self.glossary)))
        return todo

    def finish(self, seg: dict, masked: Masked, output: str, placed: tuple[int, ...] = ()) -> None:
        """Set the segment's English from the model's output, with the flags of its spans
        (``placed``: the placeholders the decoder dropped and was made to write back)."""
        seg["tgt"], flags = restore(output, masked, placed)
        flags += check_glossary(seg["src"], seg["tgt"], self.glossary)
        seg.setdefault("flags", []).extend(flags)


def load_terms(cfg: Any, memory_path: str | Path | None) -> Terms:
    """The Terms a translate section asks for (GlossaryError for a bad glossary file)."""
    glossary = load_glossary(cfg.glossary) if cfg.glossary else None
    memory = Memory.load(memory_path) if memory_path else None
    return Terms(list(cfg.protect), glossary, memory)
