"""Terminology that holds, as the translate stage holds it: :class:`Terms`, the protection and
glossary of a run and its translation memory. A segment the memory knows is filled from it;
the others are masked (placeholders.py) for the model, restored after, and checked against the
glossary (glossary.py); the decoder keeps every placeholder (constraint.py).

Each translator holds the terms of its language (:meth:`Terms.for_language`): that language's
glossary, and the memory's entries for that language; so a Spanish document never meets a
French term, nor a review made for another language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarise.models.glossary import Glossary, check_glossary, load_glossary
from summarise.models.placeholders import Masked, mask, restore
from summarise.store.memory import OLD_LANG, Memory
from summarise.text.languages import profile_name
from summarise.text.segment import paragraphs, split_sentences


@dataclass
class Terms:
    """The protection, the glossary of language ``lang`` and the translation memory (its
    entries for ``lang``) of a run; ``glossaries``: every language's glossary."""

    protect: list[str]
    glossary: Glossary | None = None
    memory: Any = None  # a memory.Memory, or None
    lang: str = OLD_LANG  # the source language of the documents these terms serve
    glossaries: dict[str, Glossary] = field(default_factory=dict)

    def for_language(self, lang: str) -> Terms:
        """The terms of documents in ``lang``."""
        glossaries = self.glossaries or ({self.lang: self.glossary} if self.glossary is not None else {})
        return Terms(self.protect, glossaries.get(lang), self.memory, lang, glossaries)

    def recall(self, sentence: str) -> dict[str, Any] | None:
        """The memory's entry for ``sentence`` in this language (made with whatever model)."""
        return self.memory.lookup(sentence, self.lang) if self.memory is not None else None

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
        if self.memory is not None and self.memory.holds(self.lang):
            for block in [title or ""] + paragraphs(text):
                for sentence in split_sentences(block, self.lang):
                    hit = self.recall(sentence)
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
            hit = self.recall(seg["src"])
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
    """The Terms a translate section asks for, of its run's language (GlossaryError for a bad
    glossary file); :meth:`Terms.for_language` gives another language's."""
    glossaries = {
        lang: load_glossary(path, key, profile_name(lang)) for lang, (path, key) in cfg.glossary_files().items()
    }
    memory = Memory.load(memory_path) if memory_path else None
    return Terms(list(cfg.protect), glossaries.get(cfg.run_lang), memory, cfg.run_lang, glossaries)
