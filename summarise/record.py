"""The one record type that flows through every stage, and its JSON form.

Every stage adds its own fields and never overwrites what an earlier stage wrote:
``original`` stays as read, ``text`` is the cleaned French, ``translation`` and
``summary`` are added beside it. One record is one JSONL line.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import UserError


def empty_contacts() -> dict[str, list[str]]:
    return {"names": [], "emails": [], "phones": [], "links": []}


@dataclass
class Record:
    id: str
    source: str
    original: str = ""
    lang: str | None = None
    title: str = ""
    text: str = ""
    contacts: dict[str, list[str]] = field(default_factory=empty_contacts)
    # {"place": str, "date": "YYYY-MM-DD" | None} of the line that opens the article
    # ("Genève (ots) -", "New York, le 28 février 2022 –"); None when there is none.
    dateline: dict | None = None
    flags: list[str] = field(default_factory=list)
    cleaning: list[dict[str, str]] = field(default_factory=list)
    error: dict[str, str] | None = None
    input_hash: str = ""
    # Added by the model stages (None until then).
    translation: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    needs_review: bool = False
    flag_counts: dict[str, int] = field(default_factory=dict)
    severity_counts: dict[str, int] = field(default_factory=dict)  # {"critical": n, "note": m}
    signature: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    def fail(self, stage: str, exc: BaseException | str, message: str | None = None) -> Record:
        """Mark this record failed at ``stage``; the first error wins (it is the cause)."""
        if self.error is None:
            kind = exc if isinstance(exc, str) else type(exc).__name__
            self.error = {"stage": stage, "type": kind, "message": message or str(exc) or kind}
        return self

    def flag(self, code: str) -> None:
        if code not in self.flags:
            self.flags.append(code)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from its JSON form; keys this version does not know are ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def from_json(cls, line: str) -> Record:
        return cls.from_dict(json.loads(line))


UNCERTAIN_FLAG = "lang_uncertain"  # cleaning's guess at the language is unsure


def document_language(record: Record, default: str = "fr") -> str:
    """The language a record is in: the one cleaning detected, or ``default`` when it found
    none or was unsure (a short text); once segmented, the one it was translated from."""
    chosen = (record.translation or {}).get("source_lang")
    if chosen:
        return chosen
    if record.lang and UNCERTAIN_FLAG not in record.flags:
        return record.lang
    return default


def summary_source(summary: dict[str, Any] | None) -> str | None:
    """A summary's source-language half: "src" (with its language in "lang"), or "fr" in
    records written before summaries had other languages. The one place that reads it."""
    if not summary:
        return None
    return summary["src"] if "src" in summary else summary.get("fr")


def summary_language(summary: dict[str, Any] | None, default: str = "fr") -> str:
    """The language of a summary's source half ("fr" for a record written before "lang")."""
    return (summary or {}).get("lang") or default


def count_language(languages: dict[str, dict[str, Any]], rec: Record) -> None:
    """Tally ``rec`` under its language: documents, the translator, the summary's model or method
    (the manifest's ``languages``)."""
    tr, summary = rec.translation or {}, rec.summary or {}
    lang = tr.get("source_lang") or summary.get("lang") or rec.lang or "unknown"
    tally = languages.setdefault(lang, {"documents": {}, "translators": {}, "summaries": {}})
    outcome = "failed" if rec.error else "done"
    tally["documents"][outcome] = tally["documents"].get(outcome, 0) + 1
    for name, value in (("translators", tr.get("model")), ("summaries", summary.get("model") or summary.get("method"))):
        if value:
            tally[name][value] = tally[name].get(value, 0) + 1


def recompose(translation: dict[str, Any]) -> tuple[str, str]:
    """Title and body text with reviewed sentences in place of machine ones."""
    paras: dict[int, list[str]] = {}
    for seg in translation.get("segments") or []:
        reviewed = seg.get("reviewed")
        text = reviewed["tgt"] if reviewed else (seg.get("tgt") or "")
        paras.setdefault(seg["para"], []).append(text)
    title = " ".join(t for t in paras.pop(0, []) if t)
    body = "\n\n".join(" ".join(t for t in parts if t) for _, parts in sorted(paras.items()))
    return title, body


def text_hash(text: str) -> str:
    """Short, stable hash of an input's decoded text: what resume compares."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


RECORDS = "records.jsonl"  # one record per line, in a run directory
MANIFEST = "manifest.json"  # what a run did, beside it


def _umask_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file (0666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_problem(path: Path, exc: OSError) -> UserError:
    """A write that failed for a reason the user can fix (disk full, read-only, no permission),
    as one line saying what to do."""
    reason = exc.strerror or str(exc)
    return UserError(
        f"cannot write {path}: {reason}; free some space or choose another "
        "--output (what was written is kept and the run resumes)"
    )


USER_WRITE_ERRORS = (
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EFBIG,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.EISDIR,
    errno.ENOTDIR,
)


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """The one atomic writer: a file object on a temporary file beside ``path``, renamed over
    it when the block ends, so readers see the old file or the new one, never half. The file
    gets the permissions a new file would (umask), and on any failure the temporary file is
    removed; a disk full or read-only folder is a :class:`UserError` saying so."""
    path = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.fchmod(fd, _umask_mode())
        kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        if exc.errno in USER_WRITE_ERRORS:
            raise write_problem(path, exc) from None
        raise
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path) as fh:
        fh.write(text)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """:func:`atomic_write_text` for bytes (a DOCX file); the file gets the umask's permissions."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@dataclass
class JsonLine:
    """One non-blank line of a JSONL file: its number, byte offset, bytes and value;
    ``problem`` says why it is not JSON (``value`` is then None)."""

    n: int
    offset: int
    raw: bytes
    value: Any
    problem: str | None


def iter_jsonl_lines(path: str | Path) -> Iterator[JsonLine]:
    """The one JSONL reader: every non-blank line, streamed (UTF-8, a BOM allowed on the
    first line). A line that is not UTF-8 or not JSON comes with its problem."""
    with open(path, "rb") as fh:
        offset = 0
        for n, raw in enumerate(fh, 1):
            here, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield JsonLine(
                    n, here, raw, None, f"not UTF-8 text (byte {exc.start + 1} of the line); save the file as UTF-8"
                )
                continue
            try:
                yield JsonLine(n, here, raw, json.loads(text), None)
            except json.JSONDecodeError as exc:
                yield JsonLine(n, here, raw, None, f"not valid JSON ({exc})")


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, Any, str | None]]:
    """``(line number, value, problem)`` for each non-blank line of a JSONL file; ``problem``
    says why a line is not JSON (its value is then None). Callers decide what a bad line means."""
    for line in iter_jsonl_lines(path):
        yield line.n, line.value, line.problem
