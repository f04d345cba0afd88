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
from .record import RECORDS, Record, atomic_write, text_hash
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


def record_signature(signature: str, rec: Record, terms: Any) -> str:
    """The run's ``signature`` and what this document's output also depends on: its cleaned
    text (the batch's repetition table can change it while the input stays the same), the
    glossary entries it holds and the memory's entries for its sentences. A record is done
    when this is what made it (the resume rule, rundir.already_done)."""
    if rec.error is not None:
        return signature
    made_from = text_hash(f"{rec.title}\n{rec.text}")[:8]
    part = terms.document_part(rec.title, rec.text) if terms is not None else ""
    return f"{signature}|doc:{made_from}" + (f"+{part}" if part else "")


def load_models(config: Config) -> Models:
    """Load every model the config needs; raises ``ModelLoadError`` before any document,
    naming at once every model that is missing."""
    from .loading import check_models, required_models
    from .summarise import load_summariser
    from .translate import load_translator

    check_models(required_models(config), config.path)
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
    """SIGINT/SIGTERM ask the run to stop after the current batch of sentences (raising
    :class:`Stopped` there, see :meth:`watch`); a second one stops it now, a third kills."""

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
        for sig, old in self._old.items():
            signal.signal(sig, old)
        if getattr(self, "_watched", None) is not None:
            self._watched.on_batch = None

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
        times = StageTimes()
        loading_started = time.perf_counter()
        if models is None:
            models = load_models(config)  # its terms are this run's: config.output_dir is out
        else:  # models loaded for another run: this run's glossary and memory
            models.translator.terms = load_run_terms(config, out)
        times.add("load", time.perf_counter() - loading_started)
        job = LocalJob(config, models, times)
    return execute(job, inputs, out, force=force, limit=limit, shard=shard, progress=progress)


class LocalJob:
    """The stages in this process: records stream through :func:`process`."""

    manifest_extra: dict[str, Any] = {}

    def __init__(self, config: Config, models: Models, times: "StageTimes | None" = None):
        self.config, self.models = config, models
        self.times = times or StageTimes()
        self.translator = models.translator  # the progress bar moves per batch of its sentences
        self.signature = models.signature(config)
        self.order: list[str] = []

    def records(self, inputs: list, done: dict, limit: int | None, shard: tuple[int, int] | None,
                result: "RunResult") -> Iterator[Record]:
        def todo(records: Iterable[Record]) -> Iterator[Record]:
            for rec in records:
                self.order.append(rec.id)
                signature = record_signature(self.signature, rec, self.translator.terms)
                if already_done(rec, done, signature):
                    result.skipped += 1
                    continue
                rec.signature = signature
                yield rec

        selected = select(read_and_clean(inputs, self.config), limit, shard)
        return iter(process(todo(selected), self.config, self.models, self.times))


def execute(job: Any, inputs: list, out: Path, *, force: bool, limit: int | None,
            shard: tuple[int, int] | None, progress: bool | None) -> RunResult:
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
    from .read import iter_units

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
