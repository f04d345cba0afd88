"""The run folder and its rules, for both executors: nothing else touches these files.

A run folder holds ``records.jsonl`` (one record per document, appended as each one
finishes, compacted to one line per id at the end), ``manifest.json`` (what the run did and
how it ended), ``reviews.jsonl`` (what reviewers wrote: never rewritten, never lost) and
``run.lock`` (the run writing into the folder now). :class:`RunDir` owns them all:

- **the lock** (lock.py): one run writes into a folder at a time; a killed run's lock is
  released with it and the next run takes the folder over (the manifest says so).
- **repair** (repair.py): a half-written last line left by a killed run is cut before
  anything else; any other line that is not a record stops the run with the line number.
- **the resume rule** (:func:`already_done`) and the done index; **appending** records;
  **compaction** to the last record of each id, in input order, keeping every record of an
  earlier run that this run did not redo (``--force`` included).
- **reviews** (reviews.py): the latest review of each French sentence is attached on every
  write of a record; a review whose French is gone is stale: counted, not applied.
- **the manifest**: ``running`` at the start, and at the end ``done``, ``interrupted`` or
  ``failed``, always with the counts of the compacted records file.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import (
    MANIFEST,
    RECORDS,
    USER_WRITE_ERRORS,
    Record,
    atomic_write,
    count_language,
    iter_jsonl_lines,
    text_hash,
    write_json_atomic,
    write_problem,
)
from summarise.store.lock import LOCK, lock_or_busy, read_lock, unlock
from summarise.store.repair import repair_torn_tail
from summarise.store.reviews import (
    REVIEWS,
    append_reviews,
    attach_reviews,
    read_reviews,
    review_problem,
    reviews_on_records,
    stale_reviews,
)
from summarise.version import __version__


def already_done(rec: Record, done: dict[str, tuple[str, str]], signature: str) -> bool:
    """The resume rule: a clean record of the same input, made the same way, is there."""
    return rec.error is None and done.get(rec.id) == (rec.input_hash, signature)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


class RunDir:
    """One run folder. ``with RunDir(path).open() as run:`` locks it (and repairs a torn
    tail); reading records, the manifest and the reviews needs no lock."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.records_path = self.path / RECORDS
        self.manifest_path = self.path / MANIFEST
        self.reviews_path = self.path / REVIEWS
        self.lock_path = self.path / LOCK
        self.torn_bytes = 0
        self.took_over: dict[str, Any] | None = None  # the lock a killed run left
        self._lock_fd: int | None = None
        self._out: Any = None
        self._appended: set[str] = set()
        self._reviews: dict[tuple[str, str], dict[str, Any]] | None = None

    # --- the folder and its lock ------------------------------------------------------

    def open(self, create: bool = True) -> RunDir:
        """Lock the folder (creating it when ``create``) and cut a torn last line."""
        self._check_folder(create)
        self._lock()
        try:
            self.torn_bytes = self.repair_torn_tail()
            self.adopt_reviews()
        except OSError as exc:
            self.close()
            raise self._os_problem(exc) from None
        except BaseException:
            self.close()
            raise
        return self

    def check_free(self) -> None:
        """Raise :class:`RunBusy` now if another run holds the folder, or a UserError if the
        output is a file (before any model loads)."""
        if self.path.exists() and not self.path.is_dir():
            self._check_folder(create=False)
        if self.lock_path.is_file() and self.path.is_dir():
            fd = lock_or_busy(self.path, self.lock_path)
            unlock(fd)
            os.close(fd)

    def __enter__(self) -> RunDir:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._close_appender()
        finally:
            if self._lock_fd is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._lock_fd, 0)  # an empty lock file: the folder was left cleanly
                unlock(self._lock_fd)
                os.close(self._lock_fd)
                self._lock_fd = None

    def _check_folder(self, create: bool) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise UserError(
                f"{self.path} is a file, not a run folder: give --output a folder (it is created if it does not exist)"
            )
        if not create:
            if not self.records_path.is_file():
                raise UserError(f"{self.records_path}: no records here; is {self.path} a run folder?")
            return
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"cannot create the run folder {self.path}: {exc.strerror or exc}; choose another --output"
            ) from None

    def _lock(self) -> None:
        fd = lock_or_busy(self.path, self.lock_path)
        left = read_lock(fd)
        self.took_over = left or None  # a holder that ended cleanly empties the file
        info = {"pid": os.getpid(), "host": platform.node(), "started": _now()}
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)  # no os.pwrite on Windows
            os.write(fd, json.dumps(info).encode() + b"\n")
        except OSError as exc:
            os.close(fd)
            raise write_problem(self.lock_path, exc) from None
        self._lock_fd = fd

    def _os_problem(self, exc: OSError) -> Exception:
        if exc.errno in USER_WRITE_ERRORS:
            return write_problem(self.records_path, exc)
        return exc

    # --- the records file ---------------------------------------------------------------

    def repair_torn_tail(self) -> int:
        """Cut a half-written last line (left by a killed run); return the bytes removed."""
        return repair_torn_tail(self.records_path)

    def _record_lines(self) -> Iterator[tuple[Any, dict[str, Any]]]:
        """(line, record as a dict) for each line; a line that is not a record stops with
        a message naming it (only a torn last line is repaired silently)."""
        if not self.records_path.exists():
            return
        for line in iter_jsonl_lines(self.records_path):
            value = line.value
            if not (isinstance(value, dict) and isinstance(value.get("id"), str)):
                why = line.problem or f"{json.dumps(value)[:40]} is not a record"
                raise UserError(
                    f"{self.records_path} line {line.n}: {why}; remove that line (or move the file away) and run again"
                )
            yield line, value

    def read_records(self) -> list[dict[str, Any]]:
        """The records as plain dicts (keys this version does not know are kept)."""
        if not self.records_path.is_file():
            raise UserError(f"{self.records_path}: no records here; is {self.path} a run folder?")
        return [value for _, value in self._record_lines()]

    def iter_records(self) -> Iterator[Record]:
        for _, value in self._record_lines():
            yield Record.from_dict(value)

    def done_index(self) -> dict[str, tuple[str, str]]:
        """id -> (input_hash, signature) of the records already written without error."""
        done: dict[str, tuple[str, str]] = {}
        for _, value in self._record_lines():
            if value.get("error") is None:
                done[value["id"]] = (value.get("input_hash", ""), value.get("signature", ""))
            else:
                done.pop(value["id"], None)
        return done

    def append(self, rec: Record) -> None:
        """Append one finished record (its reviews attached), flushed to the operating
        system so that a killed process loses at most a torn line."""
        if rec.id in self._appended:  # a last guard: ids are unique by construction in read
            rec = _duplicate(rec, self._appended)
        self._appended.add(rec.id)
        if rec.translation:
            self.attach_reviews(rec.id, rec.translation)
        try:
            if self._out is None:
                self._out = self.records_path.open("a", encoding="utf-8")
            self._out.write(rec.to_json() + "\n")
            self._out.flush()
        except OSError as exc:
            raise self._os_problem(exc) from None

    def _close_appender(self) -> None:
        if self._out is None:
            return
        out, self._out = self._out, None
        try:
            os.fsync(out.fileno())
            out.close()
        except OSError as exc:
            with contextlib.suppress(OSError):
                out.close()
            raise self._os_problem(exc) from None

    def compact(self, order: Iterable[str] = ()) -> int:
        """Rewrite the records file atomically with the last record of each id: the ids of
        ``order`` first (this run's input order), then the others as they were. Returns the count."""
        self._close_appender()
        if not self.records_path.exists():
            return 0
        last: dict[str, int] = {}
        for line, value in self._record_lines():
            last[value["id"]] = line.offset
        ids = list(dict.fromkeys(i for i in order if i in last))
        kept = set(ids)
        ids += [i for i in last if i not in kept]
        with self.records_path.open("rb") as src, atomic_write(self.records_path, "wb") as dst:
            for rid in ids:
                src.seek(last[rid])
                dst.write(src.readline())
        return len(ids)

    def rewrite_records(self, records: list[dict[str, Any]]) -> None:
        """Replace the records (as dicts) atomically, reviews attached (``review --apply``)."""
        for rec in records:
            if rec.get("translation"):
                self.attach_reviews(rec["id"], rec["translation"])
        with atomic_write(self.records_path) as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # --- reviews ---------------------------------------------------------------------------

    def reviews(self) -> dict[tuple[str, str], dict[str, Any]]:
        """(document id, src_hash) -> the latest review entry for that French sentence."""
        if self._reviews is None:
            self._reviews = read_reviews(self.reviews_path)
        return self._reviews

    def add_reviews(self, entries: list[dict[str, Any]]) -> None:
        """Append review entries to the store (each checked first: all or nothing). Each
        needs ``id``, ``src``, ``tgt``; ``src_hash`` is computed, ``status`` defaults to
        "corrected", ``by`` to "", ``at`` to now; ``segment`` is kept as given."""
        lines = []
        for entry in entries:
            full: dict[str, Any] = {
                "id": entry.get("id"),
                "segment": entry.get("segment"),
                "src": entry.get("src"),
                "src_hash": text_hash(entry["src"]) if isinstance(entry.get("src"), str) else None,
                "tgt": entry.get("tgt"),
                "status": entry.get("status") or "corrected",
                "by": entry.get("by") or "",
                "at": entry.get("at") or _now(),
            }
            problem = review_problem(full)
            if problem:
                raise UserError(f"review entry {entry!r}: {problem}")
            lines.append(full)
        reviews = self.reviews()
        try:
            append_reviews(self.reviews_path, lines)
        except OSError as exc:
            raise self._os_problem(exc) from None
        for full in lines:
            reviews[(full["id"], full["src_hash"])] = full

    def adopt_reviews(self) -> int:
        """Add to the store the reviews found on records but not in it (a run folder from
        before the store existed), so that a rerun cannot drop them; return how many."""
        found = reviews_on_records(self.reviews(), (value for _, value in self._record_lines()))
        if found:
            self.add_reviews(found)
        return len(found)

    def attach_reviews(self, rid: str, translation: dict[str, Any]) -> bool:
        """Put the store's review on every segment of ``translation`` whose French it was
        written for, and recompose the reviewed title and text; True when any is attached."""
        return attach_reviews(self.reviews(), rid, translation)

    def stale_reviews(self) -> list[dict[str, Any]]:
        """Review entries whose French sentence no longer appears in the document (kept in
        the store, not applied)."""
        return stale_reviews(self.reviews(), (value for _, value in self._record_lines()))

    # --- the manifest ------------------------------------------------------------------------

    def read_manifest(self) -> dict[str, Any]:
        """The run's manifest, or an empty dict when there is none yet."""
        if not self.manifest_path.is_file():
            return {}
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise UserError(
                f"{self.manifest_path} is not valid JSON ({exc}); delete it and run again (the records are kept)"
            ) from None
        if not isinstance(data, dict):
            raise UserError(f"{self.manifest_path} is not a manifest; delete it and run again")
        return data

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        write_json_atomic(self.manifest_path, manifest)

    def start_manifest(self, config: Any, models: Any, signature: str, inputs: list, **extra: Any) -> dict[str, Any]:
        """Write and return the manifest of a run that starts now (status ``running``)."""
        info: dict[str, Any] = models.info()  # the primary translator and summariser, each language's
        manifest = {
            "status": "running",
            "config": config.to_dict(),
            "config_hash": config.hash(),
            "signature": signature,
            "inputs": [str(i) for i in inputs],
            "versions": _versions(),
            "models": info,
            "device": info["translator"].get("device"),
            "dtype": info["translator"].get("dtype"),
            "started": _now(),
            "repaired_torn_bytes": self.torn_bytes,
            **extra,
        }
        if self.took_over:
            manifest["took_over_lock_of"] = self.took_over
        self.write_manifest(manifest)
        return manifest

    def finish(
        self,
        manifest: dict[str, Any],
        result: Any,
        models: Any,
        started: float,
        order: Iterable[str],
        error: BaseException | None = None,
    ) -> None:
        """Compact the records and write the manifest's final state with the file's counts
        (written even when compaction fails, e.g. on a full disk; that error is raised after)."""
        compact_error = None
        try:
            self._close_appender()
        except UserError as exc:
            compact_error = exc
        try:
            self.torn_bytes += self.repair_torn_tail()  # a write cut short by a full disk
            self.compact(order)
        except UserError as exc:
            compact_error = compact_error or exc
        elapsed = max(time.time() - started, 1e-9)
        stats = dict(getattr(models.translator, "stats", {}) or {})
        totals = self.totals()
        result.needs_review = totals["needs_review"]
        processed = result.done + result.failed
        manifest.update(
            status=result.status,
            ended=_now(),
            models=models.info(),  # as the run ends: a model loaded when first needed (the fallback) says so
            seconds=round(elapsed, 3),
            documents={
                "total": totals["total"],
                "failed": sum(totals["failures"].values()),
                "needs_review": totals["needs_review"],
                "failures": totals["failures"],
                "this_run": {
                    "processed": processed,
                    "done": result.done,
                    "failed": result.failed,
                    "skipped": result.skipped,
                },
            },
            tokens={
                "in": stats.get("tokens_in", 0),
                "out": stats.get("tokens_out", 0),
                "summariser": dict(getattr(models.summariser, "stats", None) or {}),
            },
            # Sentences seen more than once in the run (titles, boilerplate) went to the model once.
            sentences={"total": stats.get("sentences", 0), "reused": stats.get("reused", 0)},
            stage_seconds=getattr(result, "stage_seconds", {}),
            throughput={
                "documents_per_s": round(processed / elapsed, 3),
                "source_tokens_per_s": round(stats.get("tokens_in", 0) / elapsed, 1),
            },
            flags=totals["flags"],
            severities=totals["severities"],  # flags by severity: {"critical": n, "note": m}
            reviews=totals["reviews"],
            languages=totals["languages"],  # per language: documents, translators, summarisers used
        )
        error = error or compact_error
        if error is not None:
            manifest["error"] = f"{type(error).__name__}: {error}"[:2000]
        self.write_manifest(manifest)
        if compact_error is not None:
            raise compact_error

    def totals(self) -> dict[str, Any]:
        """Counts over the whole records file (this run's and earlier runs' records), streamed."""
        flags: Counter = Counter()
        severities: Counter = Counter(critical=0, note=0)
        failures: Counter = Counter()
        languages: dict[str, dict[str, Any]] = {}  # language -> models -> documents
        total = needs_review = reviewed = 0
        for rec in self.iter_records():
            total += 1
            needs_review += bool(rec.needs_review)
            flags.update(rec.flag_counts)
            severities.update(rec.severity_counts)
            reviewed += sum(1 for s in (rec.translation or {}).get("segments") or [] if s.get("reviewed"))
            if rec.error:
                failures[f"{rec.error['stage']}:{rec.error['type']}"] += 1
            count_language(languages, rec)
        return {
            "total": total,
            "needs_review": needs_review,
            "failures": dict(failures),
            "languages": {lang: languages[lang] for lang in sorted(languages)},
            "flags": dict(flags.most_common()),
            "severities": dict(severities),
            "reviews": {
                "entries": len(self.reviews()),
                "reviewed_segments": reviewed,
                "stale": len(self.stale_reviews()),
            },
        }


def _duplicate(rec: Record, taken: set[str]) -> Record:
    """A record whose id this run already wrote: kept under a free id, as an error."""
    n = 2
    while f"{rec.id}~{n}" in taken:
        n += 1
    message = (
        f"another input of this run already has the id {rec.id!r}; give each input "
        "its own id (kept here so that nothing is lost)"
    )
    rec.error = None
    rec.id = f"{rec.id}~{n}"
    return rec.fail("read", "DuplicateId", message)


def _versions() -> dict[str, str]:
    out = {"summarise": __version__, "python": platform.python_version()}
    for pkg in ("torch", "transformers", "ctranslate2", "sentencepiece", "ray"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out
