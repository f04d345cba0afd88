"""The translation memory: reviewed English for source sentences, shared by a project's runs.

One JSONL file (``translate.memory``; by default ``memory.jsonl`` beside the run folders),
one entry a line: ``{"src", "tgt", "status", "by", "at", "doc", "segment", "lang", "model"}``.
An entry is for one source language (``lang``): it is served only to documents in that language,
whatever model translates them, since a reviewer's English for a sentence does not depend on
the model that made the draft (``model`` records which one did, for the audit and for TMX). An
entry without ``lang`` (written before entries named their language, when the memory was
French-only) is French. Entries are only ever appended; for one sentence of one language the
last entry wins. A sentence is looked up after the
normalisation the model sees (Unicode NFC, spaces collapsed, the Moses punctuation
normalisation opus-mt was trained with), so a re-spaced or re-quoted sentence still hits; a
changed word does not. :func:`export_tmx` / :func:`import_tmx` exchange the memory with CAT
tools as TMX 1.4.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import iter_jsonl
from summarise.store.repair import repair_torn_tail
from summarise.store.rundir import RunDir
from summarise.text.languages import is_language
from summarise.version import __version__

MEMORY = "memory.jsonl"
FIELDS = ("src", "tgt", "status", "by", "at", "doc", "segment", "lang", "model")
OLD_LANG = "fr"  # the language of an entry written before entries named theirs
REVIEWED = ("corrected", "accepted")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TMX_DATE = "%Y%m%dT%H%M%SZ"


class MemoryFileError(UserError):
    """A memory or TMX file cannot be read; the message names the file and line."""


@lru_cache(maxsize=8)
def _punctuation(lang: str):
    from sacremoses import MosesPunctNormalizer

    return MosesPunctNormalizer(lang=lang)


@lru_cache(maxsize=8192)
def normalise(src: str, lang: str = OLD_LANG) -> str:
    """A sentence as the model sees it: NFC, Moses punctuation normalisation, single spaces."""
    text = unicodedata.normalize("NFC", src)
    return " ".join(_punctuation(lang).normalize(" ".join(text.split())).split())


def entry_language(entry: dict[str, Any]) -> str:
    """An entry's source language (French for one written before entries named theirs)."""
    return entry.get("lang") or OLD_LANG


def memory_path(setting: str | None, run_dir: str | Path) -> Path:
    """``translate.memory`` as given, else ``memory.jsonl`` beside the run folder."""
    return Path(setting) if setting else Path(run_dir).resolve().parent / MEMORY


def run_memory_path(run_dir: str | Path) -> Path:
    """The memory a finished run used (from its manifest's config), for ``review --apply``."""
    config = RunDir(run_dir).read_manifest().get("config") or {}
    return memory_path((config.get("translate") or {}).get("memory"), run_dir)


def iso_utc(value: str) -> str:
    """An ISO time as ``YYYY-MM-DDTHH:MM:SSZ`` (UTC, whole seconds); unparseable: as given."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))  # "Z": Python 3.10
    except (ValueError, AttributeError):
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(item: dict[str, Any]) -> dict[str, Any]:
    entry = {k: item.get(k) for k in FIELDS}
    entry["tgt"] = (entry["tgt"] or "").strip()
    entry["by"] = entry["by"] or ""
    entry["at"] = iso_utc(entry["at"] or "")
    entry["lang"] = entry_language(entry)
    entry["model"] = entry["model"] or None
    return entry


class Memory:
    """The entries of one memory file, by language and normalised sentence (the last entry wins)."""

    def __init__(self, path: str | Path, entries: Iterable[dict[str, Any]] = ()):
        self.path = Path(path)
        # (language, normalised sentence) -> the latest entry
        self.by_src: dict[tuple[str, str], dict[str, Any]] = {}
        self.languages: set[str] = set()
        for entry in entries:
            self._put(entry)

    def _put(self, entry: dict[str, Any]) -> None:
        lang = entry_language(entry)
        self.languages.add(lang)
        self.by_src[(lang, normalise(entry["src"], lang))] = entry

    @classmethod
    def load(cls, path: str | Path) -> Memory:
        path = Path(path)
        if not path.is_file():
            return cls(path)
        entries, torn = [], not _ends_with_newline(path)
        lines = list(iter_jsonl(path))
        for k, (n, item, problem) in enumerate(lines):
            if problem and torn and k == len(lines) - 1:
                break  # a line cut short by a killed writer: that review is lost, not the memory
            if problem is None and (
                not isinstance(item, dict)
                or not isinstance(item.get("src"), str)
                or not isinstance(item.get("tgt"), str)
            ):
                problem = "not a memory entry (an object with 'src' and 'tgt' strings)"
            elif problem is None and any(not isinstance(item.get(k) or "", str) for k in ("lang", "model")):
                problem = "'lang' and 'model' must be strings (or absent)"
            if problem:
                raise MemoryFileError(f"{path} line {n}: {problem}; fix or delete the line")
            entries.append(item)
        return cls(path, entries)

    def lookup(self, src: str, lang: str = OLD_LANG) -> dict[str, Any] | None:
        """The latest entry for ``src`` in ``lang``, whatever model its draft came from."""
        return self.by_src.get((lang, normalise(src, lang)))

    def holds(self, lang: str) -> bool:
        """Whether any entry is in ``lang``."""
        return lang in self.languages

    def entries(self) -> list[dict[str, Any]]:
        return list(self.by_src.values())

    def hash(self) -> str:
        # By normalised sentence, then entry: a French-only memory hashes as it always did.
        items = sorted(
            ((normalise(e["src"], entry_language(e)), e) for e in self.entries()),
            key=lambda item: (item[0], json.dumps(item[1], ensure_ascii=False, sort_keys=True)),
        )
        blob = json.dumps(items, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]

    def info(self) -> dict[str, Any]:
        return {"path": str(self.path), "hash": self.hash(), "entries": len(self.entries())}

    def add(self, items: Iterable[dict[str, Any]]) -> int:
        """Append the entries that change the memory; return how many were written."""
        new = []
        for item in items:
            entry = _entry(item)
            lang = entry["lang"]
            old = self.by_src.get((lang, normalise(entry["src"], lang)))
            if entry["tgt"] and (old is None or old["tgt"] != entry["tgt"]):
                self._put(entry)
                new.append(entry)
        if new:
            from filelock import FileLock

            self.path.parent.mkdir(parents=True, exist_ok=True)
            with FileLock(str(self.path) + ".lock"):
                repair_torn_tail(self.path)  # cut a line a killed writer left half-written
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in new)
        return len(new)


def _ends_with_newline(path: Path) -> bool:
    """True for an empty file or one whose last byte is a newline."""
    with path.open("rb") as fh:
        if fh.seek(0, 2) == 0:
            return True
        fh.seek(-1, 2)
        return fh.read(1) == b"\n"


def add_reviews(memory_path: str | Path, entries: Iterable[dict[str, Any]]) -> int:
    """Put reviewed sentences into the memory: entries of the reviews store,
    ``{"id", "segment", "src", "src_hash", "tgt", "status", "by", "at"}`` with the
    ``lang`` and ``model`` of their document; only ``corrected`` and ``accepted`` ones go in.
    Returns how many changed the memory."""
    memory = Memory.load(memory_path)
    return memory.add({**e, "doc": e.get("id")} for e in entries if e.get("status") in REVIEWED)


# --- TMX -----------------------------------------------------------------------------


def _tmx_date(at: str) -> str | None:
    try:
        return datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").strftime(TMX_DATE)
    except ValueError:
        return None


def export_tmx(memory_path: str | Path, out: str | Path) -> int:
    """Write the memory as TMX 1.4 (each entry's language as source, English as target; the
    header's ``srclang`` is that language, or ``*all*`` for a memory of several); returns the
    unit count."""
    if not Path(memory_path).is_file():
        raise MemoryFileError(
            f"{memory_path}: no translation memory here; give its path with --memory (translate.memory)"
        )
    memory = Memory.load(memory_path)
    languages = sorted({entry_language(e) for e in memory.entries()}) or [OLD_LANG]
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        creationtool="summarise",
        creationtoolversion=__version__,
        segtype="sentence",
        adminlang="en",
        srclang=languages[0] if len(languages) == 1 else "*all*",
        datatype="plaintext",
        attrib={"o-tmf": "summarise-memory"},
    )
    body = ET.SubElement(root, "body")
    for entry in memory.entries():
        tu = ET.SubElement(body, "tu")
        if entry.get("by"):
            tu.set("changeid", entry["by"])
        date = _tmx_date(entry.get("at") or "")
        if date:
            tu.set("changedate", date)
        props = {
            "x-status": entry.get("status"),
            "x-doc": entry.get("doc"),
            "x-segment": entry.get("segment"),
            "x-model": entry.get("model"),
            "x-at": None if date else entry.get("at"),
        }
        for kind, value in props.items():
            if value not in (None, ""):
                ET.SubElement(tu, "prop", type=kind).text = str(value)
        for lang, text in ((entry_language(entry), entry["src"]), ("en", entry["tgt"])):
            ET.SubElement(ET.SubElement(tu, "tuv", {XML_LANG: lang}), "seg").text = text
    ET.indent(root)
    Path(out).write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
    return len(memory.entries())


def _tu_entries(tu: ET.Element) -> list[dict[str, Any]]:
    """A unit's entries: one for each source language it holds beside English."""
    texts: dict[str, str] = {}
    for tuv in tu.iter("tuv"):
        lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower().replace("_", "-").split("-")[0]
        seg = tuv.find("seg")
        if seg is not None and (lang == "en" or is_language(lang)):
            texts.setdefault(lang, "".join(seg.itertext()))
    if not texts.get("en"):
        return []
    props = {p.get("type"): p.text or "" for p in tu.iter("prop")}
    date = tu.get("changedate") or tu.get("creationdate")
    at = props.get("x-at") or ""
    if date and not at:
        try:
            at = datetime.strptime(date, TMX_DATE).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            at = date
    segment = props.get("x-segment")
    return [
        {
            "src": src,
            "tgt": texts["en"],
            "status": props.get("x-status") or "imported",
            "by": tu.get("changeid") or tu.get("creationid") or "",
            "at": at,
            "doc": props.get("x-doc"),
            "segment": int(segment) if segment and segment.isdigit() else None,
            "lang": lang,
            "model": props.get("x-model") or None,
        }
        for lang, src in texts.items()
        if lang != "en" and src
    ]


def import_tmx(tmx_path: str | Path, memory_path: str | Path) -> int:
    """Add a TMX file's units (a source language and English) to the memory; returns how
    many entries changed it."""
    try:
        root = ET.parse(tmx_path).getroot()
    except FileNotFoundError:
        raise MemoryFileError(f"{tmx_path}: no such TMX file") from None
    except ET.ParseError as exc:
        raise MemoryFileError(f"{tmx_path}: not a readable TMX file ({exc})") from None
    if root.tag != "tmx":
        raise MemoryFileError(f"{tmx_path}: not a TMX file (its root element is <{root.tag}>)")
    units = [entry for tu in root.iter("tu") for entry in _tu_entries(tu)]
    return Memory.load(memory_path).add(units)
