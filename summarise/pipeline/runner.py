"""A run: the locked run folder, resume, appending each record as it comes, the manifest,
and clean stops on signals, for both executors (this process, or Ray) through the one owner
of the folder, :class:`~summarise.store.rundir.RunDir` (lock, resume rule, reviews,
compaction, manifest).
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

from summarise.config import Config
from summarise.errors import UserError
from summarise.pipeline.ray_executor import RayJob
from summarise.pipeline.stages import (
    Models,
    RunResult,
    StageTimes,
    load_models,
    load_run_terms,
    process,
    read_and_clean,
    record_signature,
    select,
)
from summarise.record import Record
from summarise.store.rundir import RunDir, already_done
from summarise.text.read import iter_units

# --- stopping on signals ---------------------------------------------------------------


class Stopped(KeyboardInterrupt):
    """A second SIGINT/SIGTERM, or one while models load: stop now (inside the current batch)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _take_signals(handler: Any) -> dict[signal.Signals, Any]:
    """Handle SIGINT and SIGTERM with ``handler``; the handlers they had, to give back with
    :func:`_give_back`. None where signals cannot be handled (not the main thread, e.g. a
    notebook worker)."""
    old: dict[signal.Signals, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            old[sig] = signal.signal(sig, handler)
        except ValueError:
            pass
    return old


def _give_back(old: dict[signal.Signals, Any]) -> None:
    for sig, handler in old.items():
        signal.signal(sig, handler)


class StopFlag:
    """SIGINT/SIGTERM ask the run to stop after the current batch of sentences (raising
    :class:`Stopped` there, see :meth:`watch`); a second one stops it now, a third kills."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[signal.Signals, Any] = {}

    def __enter__(self) -> StopFlag:
        self._old = _take_signals(self._handle)
        return self

    def _handle(self, signum: int, _frame: Any) -> None:
        if self.signum is not None:  # stop now: the run still compacts and says "interrupted"
            signal.signal(signum, signal.SIG_DFL)  # a third one kills
            raise Stopped(signum)
        self.signum = signum
        print(f"\n{signal.Signals(signum).name}: stopping after the current batch (again to stop now)", file=sys.stderr)

    def watch(self, translator: Any) -> None:
        """Honour a first stop at the next batch of sentences, not only between documents
        (a long release is many batches); the documents already written are kept."""
        if translator is None:
            return
        shown = translator.on_batch

        def after_batch() -> None:
            if shown is not None:
                shown()
            if self.signum is not None:
                raise Stopped(self.signum)

        translator.on_batch = after_batch
        self._watched = translator

    def __exit__(self, *exc: Any) -> None:
        _give_back(self._old)
        if getattr(self, "_watched", None) is not None:
            self._watched.on_batch = None

    @property
    def exit_code(self) -> int:
        return 128 + self.signum if self.signum else 0


@contextlib.contextmanager
def stop_now_on_signal() -> Iterator[None]:
    """While models load, SIGINT/SIGTERM stop the run at once (raising :class:`Stopped`;
    the CLI exits 130/143 and the same command resumes). A stop cannot be lost there: an
    exception raised inside a library's finaliser is printed and dropped by Python, and
    importing torch runs many, so a signal seen while loading is raised again when it ends."""
    seen: list[int] = []

    def handle(signum: int, _frame: Any) -> None:
        seen.append(signum)
        raise Stopped(signum)

    old = _take_signals(handle)
    try:
        yield
    finally:
        _give_back(old)
    if seen:
        raise Stopped(seen[0])


# --- the run -------------------------------------------------------------------------


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
    executor only: each Ray worker loads its own). ``force`` redoes the selected
    documents and keeps every other record.
    """
    out = Path(output) if output else config.output_dir
    if output:  # the models' workers find the run folder (and the memory beside it) in the config
        config = config.model_copy(update={"run": config.run.model_copy(update={"output": str(out)})})
    inputs = list(inputs) if inputs else [config.run.input]
    if limit is not None and limit < 1:
        raise UserError(f"limit must be 1 or more (got {limit}); leave it out to process every document")
    RunDir(out).check_free()  # a busy folder stops the run before any model loads
    if config.run.executor == "ray":
        job: Any = RayJob(config)
    else:
        times = StageTimes()
        loading_started = time.perf_counter()
        with stop_now_on_signal():
            if models is None:
                models = load_models(config)  # its terms are this run's: config.output_dir is out
            else:  # models loaded for another run: this run's glossary and memory
                models.set_terms(load_run_terms(config, out))
        times.add("load", time.perf_counter() - loading_started)
        job = LocalJob(config, models, times)
    return execute(job, inputs, out, force=force, limit=limit, shard=shard, progress=progress)


class LocalJob:
    """The stages in this process: records stream through :func:`process`."""

    manifest_extra: dict[str, Any] = {}

    def __init__(self, config: Config, models: Models, times: StageTimes | None = None):
        self.config, self.models = config, models
        self.times = times or StageTimes()
        self.translator = models.translator  # the progress bar moves per batch of its sentences
        self.signature = models.signature(config)  # the primary language's, for the manifest
        self.order: list[str] = []

    def records(
        self, inputs: list, done: dict, limit: int | None, shard: tuple[int, int] | None, result: RunResult
    ) -> Iterator[Record]:
        def todo(records: Iterable[Record]) -> Iterator[Record]:
            for rec in records:
                self.order.append(rec.id)
                signature = record_signature(
                    self.models.document_signature(self.config, rec), rec, self.models.document_terms(rec)
                )
                if already_done(rec, done, signature):
                    result.skipped += 1
                    continue
                rec.signature = signature
                yield rec

        selected = select(read_and_clean(inputs, self.config), limit, shard)
        return iter(process(todo(selected), self.config, self.models, self.times))


def execute(
    job: Any,
    inputs: list,
    out: Path,
    *,
    force: bool,
    limit: int | None,
    shard: tuple[int, int] | None,
    progress: bool | None,
) -> RunResult:
    """What both executors share: the locked run folder, the resume rule, appending each
    record as it comes, stopping on signals, and an honest manifest however the run ends.
    ``job`` (LocalJob or ray_executor.RayJob) gives ``models``, ``signature``,
    ``manifest_extra``, ``records(inputs, done, limit, shard, result)``, ``order``, ``times``
    and ``translator`` (None where the translator runs elsewhere)."""
    result = RunResult(out)
    times = job.times
    with RunDir(out).open() as folder:
        done = {} if force else folder.done_index()
        manifest = folder.start_manifest(job.config, job.models, job.signature, inputs, **job.manifest_extra)
        started = time.time()
        records = job.records(inputs, done, limit, shard, result)
        try:
            with StopFlag() as stop:
                total = expected_documents(inputs, limit, shard)
                stream = progress_bar(records, progress, total, job.translator)
                stop.watch(job.translator)
                for rec in stream:
                    written = time.perf_counter()
                    folder.append(rec)
                    count_result(result, rec)
                    times.add("write", time.perf_counter() - written)
                    if stop.signum:
                        break
            _close(records)
        except BaseException as exc:
            result.status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            with contextlib.suppress(Exception):  # the first error is the one to report
                _close(records)
            with contextlib.suppress(Exception):
                folder.finish(manifest, result, job.models, started, job.order, error=exc)
            raise
        result.stage_seconds = times.seconds()
        result.status = "interrupted" if stop.signum else "done"
        result.exit_code = stop.exit_code or (1 if result.failed else 0)
        folder.finish(manifest, result, job.models, started, job.order)
    return result


def _close(records: Iterator[Record]) -> None:
    """End the stream now (for Ray: stop the job), not when it is garbage collected."""
    close = getattr(records, "close", None)
    if close is not None:
        close()


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

    count = 0
    try:
        for unit in iter_units(inputs, set()):
            if unit.path.endswith(".jsonl") and Path(unit.path).is_file():
                with open(unit.path, "rb") as fh:
                    count += sum(1 for line in fh if line.strip())
            else:
                count += 1
    except OSError:
        return None
    if shard:
        count = len(range(shard[0], count, shard[1]))
    return min(count, limit) if limit is not None else count


def progress_bar(
    stream: Iterable[Record], enabled: bool | None, total: int | None = None, translator: Any = None
) -> Iterable[Record]:
    """Documents done of ``total``; between documents, the sentences the translator has
    done so far (it reports each batch), so a long window of sentences does not look stuck."""

    # disable=None: tqdm shows the bar on a terminal and stays quiet in logs and pipes.
    bar = tqdm(stream, unit="doc", desc="summarise", total=total, disable=None if enabled is None else not enabled)
    if translator is not None and hasattr(translator, "on_batch") and not bar.disable:
        translator.on_batch = lambda: bar.set_postfix_str(
            f"{translator.stats['rows_done']:,} sentences translated", refresh=True
        )
    return bar
