"""Stages in order, resumable output, the manifest, and clean stops on signals.

A run is ``read -> clean -> segment -> translate -> summarise -> check -> write``, each
stage a generator over records, so memory stays flat whatever the number of documents.
Records are appended to the run folder as they finish; :func:`execute` drives both
executors (this process, or Ray) through the one owner of the folder,
:class:`~summarise.rundir.RunDir` (lock, resume rule, reviews, compaction, manifest).
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .errors import UserError
from .record import RECORDS, Record, atomic_write
from .rundir import RunDir, already_done


# Settings that change how fast a run goes or where it runs, never what it writes: left out of
# the signature, so changing them redoes nothing ([run] holds the device and the executor).
OUTPUT_NEUTRAL = ("run", "translate.threads", "translate.batch_tokens", "translate.max_batch_size",
                  "translate.window_sentences", "summarise.batch_size")


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
        # The settings that change a record's content; the others only say where and how fast.
        return "|".join(parts) + f"|cfg:{config.hash(without=OUTPUT_NEUTRAL)[:8]}"


def load_models(config: Config) -> Models:
    """Load every model the config needs; raises ``ModelLoadError`` before any document."""
    from .summarise import load_summariser
    from .translate import load_translator

    terms = load_run_terms(config, config.output_dir)
    translator = load_translator(config.translate, config.run.device)
    translator.terms = terms
    summariser = load_summariser(config.summarise, config.run.device)
    return Models(translator, summariser)


def load_run_terms(config: Config, run_dir: Path):
    """Protected spans, glossary and the translation memory of a run in ``run_dir``."""
    from .memory import memory_path
    from .terms import load_terms

    return load_terms(config.translate, memory_path(config.translate.memory, run_dir))


def process(records: Iterable[Record], config: Config, models: Models) -> Iterator[Record]:
    """Run the model stages over cleaned records: the pipeline without its I/O."""
    from .checks import check
    from .segment import segment
    from .summarise import summarise
    from .translate import translate

    data: Iterable[Record] = segment(records, models.translator)
    data = translate(data, models.translator, config.translate)
    data = summarise(data, models.summariser, models.translator, config.summarise)
    # The limit the translator really used (it caps the configured one at the model's size).
    data = check(data, config.checks, models.translator.max_new_tokens)
    return data


def read_and_clean(inputs: Iterable[str | Path], config: Config, repeated: Any = None) -> Iterator[Record]:
    """Read and clean; the lines the inputs share (a first pass over them) are chrome.
    Pass ``repeated`` (``boilerplate.repeated_lines`` over all the inputs) to clean a part
    of a run as the whole run would."""
    from .boilerplate import repeated_lines
    from .clean import clean
    from .read import read

    inputs = list(inputs)
    if repeated is None:
        repeated = repeated_lines(read(inputs, max_text_mb=config.run.max_text_mb))
    return clean(read(inputs, max_text_mb=config.run.max_text_mb), languages=tuple(config.clean.languages),
                 repeated=repeated)


# --- stopping on signals ---------------------------------------------------------------


class Stopped(KeyboardInterrupt):
    """A second SIGINT/SIGTERM: stop inside the current batch."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class StopFlag:
    """SIGINT/SIGTERM ask the run to stop after the current batch; a second one stops it now
    (raising :class:`Stopped`), a third kills."""

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
        if self.signum is not None:  # stop now: the run still compacts and says "interrupted"
            signal.signal(signum, signal.SIG_DFL)  # a third one kills
            raise Stopped(signum)
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

    @property
    def records_path(self) -> Path:
        return self.output / RECORDS


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
        from .ray_executor import RayJob

        job: Any = RayJob(config)
    else:
        models = models or load_models(config)
        models.translator.terms = load_run_terms(config, out)  # the memory beside this run folder
        job = LocalJob(config, models)
    return execute(job, inputs, out, force=force, limit=limit, shard=shard, progress=progress)


class LocalJob:
    """The stages in this process: records stream through :func:`process`."""

    manifest_extra: dict[str, Any] = {}

    def __init__(self, config: Config, models: Models):
        self.config, self.models = config, models
        self.signature = models.signature(config)
        self.order: list[str] = []

    def records(self, inputs: list, done: dict, limit: int | None, shard: tuple[int, int] | None,
                result: "RunResult") -> Iterator[Record]:
        def todo(records: Iterable[Record]) -> Iterator[Record]:
            for rec in records:
                self.order.append(rec.id)
                if already_done(rec, done, self.signature):
                    result.skipped += 1
                    continue
                rec.signature = self.signature
                yield rec

        selected = select(read_and_clean(inputs, self.config), limit, shard)
        return iter(process(todo(selected), self.config, self.models))


def execute(job: Any, inputs: list, out: Path, *, force: bool, limit: int | None,
            shard: tuple[int, int] | None, progress: bool | None) -> RunResult:
    """What both executors share: the locked run folder, the resume rule, appending each
    record as it comes, stopping on signals, and an honest manifest however the run ends.
    ``job`` (LocalJob or ray_executor.RayJob) gives ``models``, ``signature``,
    ``manifest_extra``, ``records(inputs, done, limit, shard, result)`` and ``order``."""
    result = RunResult(out)
    with RunDir(out).open() as folder:
        done = {} if force else folder.done_index()
        manifest = folder.start_manifest(job.config, job.models, job.signature, inputs, **job.manifest_extra)
        started = time.time()
        records = job.records(inputs, done, limit, shard, result)
        try:
            with StopFlag() as stop:
                for rec in progress_bar(records, progress):
                    folder.append(rec)
                    count_result(result, rec)
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


def progress_bar(stream: Iterable[Record], enabled: bool | None) -> Iterable[Record]:
    from tqdm import tqdm

    # disable=None: tqdm shows the bar on a terminal and stays quiet in logs and pipes.
    return tqdm(stream, unit="doc", desc="summarise", disable=None if enabled is None else not enabled)


def clean_to_jsonl(inputs: Iterable[str | Path], output: str | Path,
                   languages: tuple[str, ...] = ("fr",)) -> Counter:
    """``summarise clean``: read and clean inputs into one JSONL file, written atomically
    (a crash leaves the old file or none, never half of one). Returns counts by outcome:
    ``ok`` and ``<stage>:<type>`` for each kind of error."""
    from .boilerplate import repeated_lines
    from .clean import clean
    from .read import read

    inputs = list(inputs)
    repeated = repeated_lines(read(inputs))  # boilerplate shared by the batch
    out = Path(output)
    if out.is_dir():
        raise UserError(f"{out} is a folder: give -o a file name, e.g. {out / 'clean.jsonl'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {out.parent}: {exc.strerror or exc}; choose another -o") from None
    counts: Counter = Counter(ok=0)
    with atomic_write(out) as fh:
        for rec in clean(read(inputs), languages=languages, repeated=repeated):
            fh.write(rec.to_json() + "\n")
            counts["ok" if rec.error is None else f"{rec.error['stage']}:{rec.error['type']}"] += 1
    return counts
