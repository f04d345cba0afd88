"""Stages in order, resumable output, the manifest, and clean stops on signals.

A run is ``read -> clean -> segment -> translate -> summarise -> check -> write``, each
stage a generator over records, so memory stays flat whatever the number of documents.
Records are appended to ``records.jsonl`` as they finish; a rerun skips documents whose
record is there with the same input hash and signature, and a last compaction leaves
exactly one record per document.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .record import MANIFEST, RECORDS, Record, write_json_atomic


@dataclass
class Models:
    """The models a run needs, loaded once and passed to the stages."""

    translator: Any
    summariser: Any = None

    def signature(self, config: Config) -> str:
        from .clean import CLEAN_VERSION

        parts = [f"summarise:{__version__}", CLEAN_VERSION, self.translator.signature()]
        if self.summariser is not None:
            parts.append(self.summariser.signature())
        else:
            parts.append(f"summary:{config.summarise.method}")
        # The settings that change a record's content; [run] only says where and how fast.
        return "|".join(parts) + f"|cfg:{config.hash(without=('run',))[:8]}"


def load_models(config: Config) -> Models:
    """Load every model the config needs; raises ``ModelLoadError`` before any document,
    naming at once every model that is missing."""
    from .loading import check_models, required_models
    from .summarise import load_summariser
    from .translate import load_translator

    check_models(required_models(config), config.path)
    translator = load_translator(config.translate, config.run.device)
    summariser = load_summariser(config.summarise, config.run.device)
    return Models(translator, summariser)


def process(records: Iterable[Record], config: Config, models: Models,
            times: "StageTimes | None" = None) -> Iterator[Record]:
    """Run the model stages over cleaned records: the pipeline without its I/O.
    ``times`` collects the seconds of each stage (the records' own source as read+clean)."""
    from .checks import check
    from .segment import segment
    from .summarise import summarise
    from .translate import translate

    times = times or StageTimes()
    data: Iterable[Record] = segment(times.wrap("read+clean", records), models.translator)
    data = translate(times.wrap("segment", data), models.translator, config.translate)
    data = summarise(times.wrap("translate", data), models.summariser, models.translator, config.summarise)
    # The limit the translator really used (it caps the configured one at the model's size).
    data = check(times.wrap("summarise", data), config.checks, models.translator.max_new_tokens)
    return times.wrap("check", data)


class StageTimes:
    """Seconds per stage of a chain of generators, each net of the stages upstream of it:
    ``wrap`` times every ``next()`` of a stage's output, which includes the upstream stages'
    work; the difference between consecutive stages is the stage's own."""

    def __init__(self) -> None:
        self.inclusive: dict[str, float] = {}
        self.outside: dict[str, float] = {}  # stages outside the chain (loading, writing)

    def wrap(self, name: str, records: Iterable[Record]) -> Iterator[Record]:
        self.inclusive.setdefault(name, 0.0)  # now, in chain order (a generator body runs late)
        return self._timed(name, iter(records))

    def _timed(self, name: str, source: Iterator[Record]) -> Iterator[Record]:
        while True:
            started = time.perf_counter()
            try:
                record = next(source)
            except StopIteration:
                self.inclusive[name] += time.perf_counter() - started
                return
            self.inclusive[name] += time.perf_counter() - started
            yield record

    def add(self, name: str, seconds: float) -> None:
        self.outside[name] = self.outside.get(name, 0.0) + seconds

    def seconds(self) -> dict[str, float]:
        out, upstream = {}, 0.0
        for name, total in self.inclusive.items():
            out[name] = round(max(total - upstream, 0.0), 3)
            upstream = total
        return {**out, **{name: round(v, 3) for name, v in self.outside.items()}}


def read_and_clean(inputs: Iterable[str | Path], config: Config) -> Iterator[Record]:
    from .clean import clean
    from .read import read

    return clean(read(inputs), languages=tuple(config.clean.languages))


# --- the records file ------------------------------------------------------------------


def repair_torn_tail(path: Path) -> int:
    """Cut a half-written last line (left by a killed run); return the bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    with path.open("rb+") as fh:
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        keep = 0
        step = 65536
        pos = size
        while pos > 0:
            start = max(0, pos - step)
            fh.seek(start)
            chunk = fh.read(pos - start)
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                keep = start + idx + 1
                break
            pos = start
        fh.truncate(keep)
        return size - keep


def iter_records(path: Path) -> Iterator[Record]:
    """Records of a JSONL file; a line that is not a record is skipped with a warning."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Record.from_json(line)
            except (json.JSONDecodeError, TypeError) as exc:
                print(f"warning: {path}:{lineno}: skipped unreadable record ({exc})", file=sys.stderr)


def done_index(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (input_hash, signature) of the records already written without error."""
    done: dict[str, tuple[str, str]] = {}
    for rec in iter_records(path):
        if rec.error is None:
            done[rec.id] = (rec.input_hash, rec.signature)
        else:
            done.pop(rec.id, None)
    return done


def already_done(rec: Record, done: dict[str, tuple[str, str]], signature: str) -> bool:
    """The resume rule: a clean record of the same input, made the same way, is there."""
    return rec.error is None and done.get(rec.id) == (rec.input_hash, signature)


def compact(path: Path, order: list[str]) -> int:
    """Rewrite the file atomically with the last record of each id, in input order
    (ids of earlier runs that are not in this input come after). Returns the count."""
    if not path.exists():
        return 0
    last: dict[str, int] = {}
    with path.open("rb") as fh:
        offset = 0
        for line in fh:
            if line.strip():
                try:
                    last[json.loads(line)["id"]] = offset
                except (ValueError, KeyError, TypeError):
                    pass
            offset += len(line)
    seen = set(order)
    ids = [i for i in order if i in last] + [i for i in last if i not in seen]
    tmp = path.with_suffix(".jsonl.tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        for rid in ids:
            src.seek(last[rid])
            dst.write(src.readline())
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)
    return len(ids)


class RecordWriter:
    """Appends one record per line and flushes it to the operating system, so a killed
    process loses at most a torn line; the file is synced to disk once, at close."""

    def __init__(self, path: Path):
        self.fh = path.open("a", encoding="utf-8")

    def write(self, record: Record) -> None:
        self.fh.write(record.to_json() + "\n")
        self.fh.flush()

    def close(self) -> None:
        os.fsync(self.fh.fileno())
        self.fh.close()


# --- stopping on signals ---------------------------------------------------------------


class StopFlag:
    """SIGINT/SIGTERM ask the run to stop after the current batch; a second one kills."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, Any] = {}

    def __enter__(self) -> "StopFlag":
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                self._old[sig] = signal.signal(sig, self._handle)
            except ValueError:  # not the main thread (e.g. a notebook worker)
                pass
        return self

    def _handle(self, signum: int, _frame: Any) -> None:
        if self.signum is not None:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        self.signum = signum
        print(f"\n{signal.Signals(signum).name}: stopping after the current batch "
              "(again to stop now)", file=sys.stderr)

    def __exit__(self, *exc: Any) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)

    @property
    def exit_code(self) -> int:
        return 128 + self.signum if self.signum else 0


# --- the run -------------------------------------------------------------------------


@dataclass
class RunResult:
    output: Path
    status: str = "running"
    done: int = 0
    skipped: int = 0
    failed: int = 0
    failures: Counter = field(default_factory=Counter)
    exit_code: int = 0
    needs_review: int = 0          # documents of the run folder that need review
    critical: int | None = None    # critical flags of this run's documents (None: no severities)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def records_path(self) -> Path:
        return self.output / RECORDS


def _versions() -> dict[str, str]:
    out = {"summarise": __version__, "python": platform.python_version()}
    for pkg in ("torch", "transformers", "ctranslate2", "sentencepiece", "ray"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out


def select(records: Iterable[Record], limit: int | None, shard: tuple[int, int] | None) -> Iterator[Record]:
    """Keep shard I of N (by position) and at most ``limit`` documents."""
    kept = 0
    for pos, rec in enumerate(records):
        if shard and pos % shard[1] != shard[0]:
            continue
        if limit is not None and kept >= limit:
            return
        kept += 1
        yield rec


def run(
    config: Config,
    inputs: list[str | Path] | None = None,
    output: str | Path | None = None,
    *,
    force: bool = False,
    limit: int | None = None,
    shard: tuple[int, int] | None = None,
    models: Models | None = None,
    progress: bool | None = None,
) -> RunResult:
    """Run the whole job and write ``records.jsonl`` and ``manifest.json``.

    Models are loaded before any document is read (a loading error raises
    ``ModelLoadError``); pass ``models`` to reuse ones already loaded (the local
    executor only: each Ray worker loads its own).
    """
    out = Path(output) if output else config.output_dir
    inputs = list(inputs) if inputs else [config.run.input]
    if config.run.executor == "ray":
        from .ray_executor import run_ray

        return run_ray(config, inputs, out, force=force, limit=limit, shard=shard, progress=progress)
    times = StageTimes()
    loading_started = time.perf_counter()
    models = models or load_models(config)
    times.add("load", time.perf_counter() - loading_started)
    out.mkdir(parents=True, exist_ok=True)
    path = out / RECORDS
    torn = repair_torn_tail(path)
    if force and path.exists():
        path.unlink()
    signature = models.signature(config)
    done = done_index(path)
    result = RunResult(out)
    manifest = start_manifest(config, models, signature, inputs, torn)
    write_json_atomic(out / MANIFEST, manifest)
    order: list[str] = []

    def todo(records: Iterable[Record]) -> Iterator[Record]:
        for rec in records:
            order.append(rec.id)
            if already_done(rec, done, signature):
                result.skipped += 1
                continue
            rec.signature = signature
            yield rec

    started = time.time()
    writer = RecordWriter(path)
    try:
        with StopFlag() as stop:
            stream = process(todo(select(read_and_clean(inputs, config), limit, shard)), config, models, times)
            total = expected_documents(inputs, limit, shard)
            for rec in progress_bar(stream, progress, total, models.translator):
                written = time.perf_counter()
                writer.write(rec)
                count_result(result, rec)
                times.add("write", time.perf_counter() - written)
                if stop.signum:
                    break
    finally:
        writer.close()
    result.stage_seconds = times.seconds()
    result.status = "interrupted" if stop.signum else "done"
    compact(path, order)
    result.exit_code = stop.exit_code or (1 if result.failed else 0)
    finish_manifest(manifest, result, models, started)
    write_json_atomic(out / MANIFEST, manifest)
    return result


def count_result(result: RunResult, rec: Record) -> None:
    if rec.error:
        result.failed += 1
        result.failures[f"{rec.error['stage']}:{rec.error['type']}"] += 1
    else:
        result.done += 1
    flags = [f for s in (rec.translation or {}).get("segments", []) for f in s.get("flags", [])]
    flags += (rec.summary or {}).get("flags", [])
    if any("severity" in f for f in flags):
        result.critical = (result.critical or 0) + sum(f.get("severity") == "critical" for f in flags)


def expected_documents(inputs: list, limit: int | None, shard: tuple[int, int] | None) -> int | None:
    """How many documents the run will see (for the progress bar): one per file, one per
    line of a JSONL file; None if the inputs cannot be counted."""
    from .read import iter_units

    count = 0
    try:
        for unit in iter_units(inputs):
            if str(unit).endswith(".jsonl") and Path(unit).is_file():
                with open(unit, "rb") as fh:
                    count += sum(1 for line in fh if line.strip())
            else:
                count += 1
    except OSError:
        return None
    if shard:
        count = len(range(shard[0], count, shard[1]))
    return min(count, limit) if limit is not None else count


def progress_bar(stream: Iterable[Record], enabled: bool | None, total: int | None = None,
                 translator: Any = None) -> Iterable[Record]:
    """Documents done of ``total``; between documents, the sentences the translator has
    done so far (it reports each batch), so a long window of sentences does not look stuck."""
    from tqdm import tqdm

    # disable=None: tqdm shows the bar on a terminal and stays quiet in logs and pipes.
    bar = tqdm(stream, unit="doc", desc="summarise", total=total,
               disable=None if enabled is None else not enabled)
    if translator is not None and hasattr(translator, "on_batch") and not bar.disable:
        translator.on_batch = lambda: bar.set_postfix_str(
            f"{translator.stats['rows_done']:,} sentences translated", refresh=True)
    return bar


def start_manifest(config: Config, models: Models, signature: str, inputs: list, torn: int) -> dict:
    info: dict[str, Any] = {"translator": models.translator.info()}
    if models.summariser is not None:
        info["summariser"] = models.summariser.info()
    return {
        "status": "running",
        "config": config.to_dict(),
        "config_hash": config.hash(),
        "signature": signature,
        "inputs": [str(i) for i in inputs],
        "versions": _versions(),
        "models": info,
        "device": info["translator"].get("device"),
        "dtype": info["translator"].get("dtype"),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "repaired_torn_bytes": torn,
    }


def file_totals(path: Path) -> dict[str, Any]:
    """Counts over the whole records file (this run's and earlier runs' records), streamed."""
    flags: Counter = Counter()
    failures: Counter = Counter()
    total = needs_review = 0
    for rec in iter_records(path):
        total += 1
        needs_review += bool(rec.needs_review)
        flags.update(rec.flag_counts)
        if rec.error:
            failures[f"{rec.error['stage']}:{rec.error['type']}"] += 1
    return {"total": total, "needs_review": needs_review, "failures": dict(failures),
            "flags": dict(flags.most_common())}


def finish_manifest(manifest: dict, result: RunResult, models: Models, started: float) -> None:
    elapsed = max(time.time() - started, 1e-9)
    stats = dict(getattr(models.translator, "stats", {}) or {})
    totals = file_totals(result.records_path)
    result.needs_review = totals["needs_review"]
    processed = result.done + result.failed
    manifest.update(
        status=result.status,
        ended=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        seconds=round(elapsed, 3),
        documents={
            "total": totals["total"],
            "failed": sum(totals["failures"].values()),
            "needs_review": totals["needs_review"],
            "failures": totals["failures"],
            "this_run": {"processed": processed, "done": result.done, "failed": result.failed,
                         "skipped": result.skipped},
        },
        tokens={"in": stats.get("tokens_in", 0), "out": stats.get("tokens_out", 0),
                "summariser": dict(getattr(models.summariser, "stats", None) or {})},
        # Sentences seen more than once in the run (titles, boilerplate) went to the model once.
        sentences={"total": stats.get("sentences", 0), "reused": stats.get("reused", 0)},
        stage_seconds=result.stage_seconds,
        throughput={
            "documents_per_s": round(processed / elapsed, 3),
            "source_tokens_per_s": round(stats.get("tokens_in", 0) / elapsed, 1),
        },
        flags=totals["flags"],
    )


def clean_to_jsonl(inputs: Iterable[str | Path], output: str | Path,
                   languages: tuple[str, ...] = ("fr",)) -> Counter:
    """``summarise clean``: read and clean inputs into one JSONL file, written atomically
    (a crash leaves the old file or none, never half of one). Returns counts by outcome:
    ``ok`` and ``<stage>:<type>`` for each kind of error."""
    from .clean import clean
    from .read import read

    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    counts: Counter = Counter(ok=0)
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in clean(read(inputs), languages=languages):
            fh.write(rec.to_json() + "\n")
            counts["ok" if rec.error is None else f"{rec.error['stage']}:{rec.error['type']}"] += 1
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return counts
