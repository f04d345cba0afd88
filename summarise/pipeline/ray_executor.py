"""The Ray executor: the same stages as a Ray Data job, for a cluster or many GPUs.

``run.executor = "ray"`` runs what :func:`summarise.pipeline.run` runs, with the same
functions: reading and cleaning are a map over the input files, and segmenting,
translating, summarising and checking are ``map_batches`` over a pool of actors that
each load the models once. Each record comes back to this process, where
:func:`summarise.pipeline.execute` writes it into the run folder exactly as a local run
does (the same :class:`~summarise.rundir.RunDir`: lock, resume rule, reviews, compaction,
manifest). Workers skip documents that are already done by the same resume rule.

Ray is optional (``pip install "summarise[ray]"``); nothing here imports it at module
level.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarise.config import Config
from summarise.errors import UserError
from summarise.pipeline.stages import (
    Models,
    RunResult,
    StageTimes,
    load_models,
    process,
    read_and_clean,
    record_signature,
    select,
)
from summarise.record import Record
from summarise.store.rundir import already_done
from summarise.text import read
from summarise.text.boilerplate import repeated_lines

BATCH_DOCUMENTS = 16  # documents per map_batches call (the translator batches inside it)
READ_CPUS = 0.5  # per read+clean task; actors must leave at least this much free
# Files per read+clean task: a task costs a worker's imports, a file only milliseconds.
FILES_PER_READ_BLOCK = 50
MAX_READ_BLOCKS = 1000
NO_PROGRESS_TIMEOUT_S = 300  # a job that produces nothing for this long fails instead of hanging
BATCH_STAGE = "process"  # error stage of a document whose batch raised outside the stages

INSTALL_HINT = 'the ray executor needs Ray: pip install "summarise[ray]" (or run with --set run.executor=local)'
_RAY_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_DATA_DISABLE_PROGRESS_BARS": "1",
    # Ray's Unix socket paths must stay under 107 bytes: keep its temp dir short.
    "RAY_TMPDIR": f"/tmp/ray-{os.getuid()}",
}


# --- connecting --------------------------------------------------------------------------


def import_ray() -> Any:
    """``ray`` with ``ray.data``, or a UserError saying how to install them."""
    for key, value in _RAY_ENV.items():
        os.environ.setdefault(key, value)
    try:
        import ray
        import ray.data  # noqa: F401  (needs the [data] extra: pyarrow, pandas)
    except ImportError as exc:
        raise UserError(f"{INSTALL_HINT} ({exc})") from None
    return ray


def connect(ray: Any, address: str | None) -> None:
    """Join ``address`` or start a local Ray once per process; reuse one already started."""
    if ray.is_initialized():
        return
    Path(os.environ["RAY_TMPDIR"]).mkdir(parents=True, exist_ok=True)
    quiet = dict(log_to_driver=False, logging_level=logging.WARNING)
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(include_dashboard=False, **quiet)


def configure_data(ray: Any) -> None:
    """A stall is an error, not a hang; no progress bars or start banners in logs."""
    ctx = ray.data.DataContext.get_current()
    ctx.execution_no_progress_timeout_s = NO_PROGRESS_TIMEOUT_S
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    for handler in logging.getLogger("ray.data").handlers:
        if "File" not in type(handler).__name__:  # the console, not ray-data.log
            handler.setLevel(logging.WARNING)
            handler.addFilter(_drop_progress_notice)


def _drop_progress_notice(record: logging.LogRecord) -> bool:
    """Ray Data warns that progress bars are off; they are off on purpose."""
    return not record.getMessage().startswith("Progress bars disabled")


def check_resources(ray: Any, config: Config) -> None:
    """Refuse a pool that cannot start (or would leave no CPU for reading) on this cluster."""
    run = config.run
    have = ray.cluster_resources()
    cpus, gpus = have.get("CPU", 0.0), have.get("GPU", 0.0)
    need_cpus = run.ray_workers * run.ray_cpus_per_worker + READ_CPUS
    need_gpus = run.ray_workers * run.ray_gpus_per_worker
    if need_cpus > cpus:
        raise UserError(
            f"run.ray_workers={run.ray_workers} x run.ray_cpus_per_worker={run.ray_cpus_per_worker} "
            f"plus {READ_CPUS} CPU for reading needs {need_cpus:g} CPUs; the Ray cluster has {cpus:g}. "
            "Lower run.ray_workers or run.ray_cpus_per_worker (fractions are fine)."
        )
    if need_gpus > gpus:
        raise UserError(
            f"run.ray_workers={run.ray_workers} x run.ray_gpus_per_worker={run.ray_gpus_per_worker} "
            f"needs {need_gpus:g} GPUs; the Ray cluster has {gpus:g}."
        )


def on_this_machine(ray: Any) -> bool:
    """The cluster is this machine alone (a local Ray): what it has is all it will have."""
    here = ray.util.get_node_ip_address()
    return all(node["NodeManagerAddress"] == here for node in ray.nodes() if node["Alive"])


def worker_config(config: Config) -> Config:
    """The config workers load models with: an actor given no GPU runs on the CPU even
    when its node has one ("auto" would otherwise take a GPU Ray did not reserve)."""
    if config.run.device == "auto" and config.run.ray_gpus_per_worker == 0:
        config = config.model_copy(deep=True)
        config.run.device = "cpu"
    return config


# --- the models, described where they will run --------------------------------------------


@dataclass
class ModelInfo:
    """What the manifest needs of a loaded model, without the model."""

    described: dict[str, Any]
    stats: dict[str, Any] = field(default_factory=dict)

    def info(self) -> dict[str, Any]:
        return self.described


@dataclass
class ProbedModels:
    """The driver's view of the workers' models: the manifest's ``models`` and the counts."""

    described: dict[str, Any]
    translator: ModelInfo = field(default_factory=lambda: ModelInfo({}))
    summariser: ModelInfo | None = None

    def __post_init__(self) -> None:
        self.translator = ModelInfo(self.described["translator"])
        fallback = self.described.get("languages", {}).get("*")
        if fallback is not None:  # each worker loads it for its first document that needs it: unknown here
            fallback["loaded"] = None
        if self.described.get("summariser"):
            self.summariser = ModelInfo(self.described["summariser"])

    def info(self) -> dict[str, Any]:
        return self.described


def describe_models(config: Config) -> tuple[str, dict[str, Any]]:
    """Load the models as a worker would; return their signature and manifest info."""
    models = load_models(config)
    return models.signature(config), models.info()


def probe_models(ray: Any, config: Config) -> tuple[str, ProbedModels]:
    """Load the models once as the workers will, so a model that cannot load raises its
    ModelLoadError before any document is read. On a local cluster of CPU workers that is
    this machine and this device: load here (no extra process to start); elsewhere a Ray
    task with the actors' resources does it."""
    if config.run.device == "cpu" and on_this_machine(ray):
        signature, described = describe_models(config)
    else:
        signature, described = _describe_remotely(ray, config)
    return signature, ProbedModels(described)


def _describe_remotely(ray: Any, config: Config) -> tuple[str, dict[str, Any]]:
    task = ray.remote(describe_models).options(
        num_cpus=config.run.ray_cpus_per_worker, num_gpus=config.run.ray_gpus_per_worker
    )
    try:
        return ray.get(task.remote(config))
    except ray.exceptions.RayTaskError as exc:
        if isinstance(exc.cause, UserError):
            raise exc.cause from None
        raise


# --- reading and cleaning: a map over input files -----------------------------------------


def read_file(item: dict[str, Any], config: Config, repeated: Any) -> Iterator[dict[str, Any]]:
    """Rows of one input unit, read and cleaned lazily (many for a JSONL file);
    ``file`` and ``k`` keep the input order; ``repeated`` is the whole run's shared lines."""
    source, k = item["source"], 0
    try:
        for k, rec in enumerate(read_and_clean([read.Unit(source, item["id"])], config, repeated)):
            yield _row(item, k, rec)
    except Exception as exc:  # read/clean never raise per document; this is a last guard
        failed = Record(id=item["id"], source=source).fail("read", exc)
        yield _row(item, k + 1, failed)


def _row(item: dict[str, Any], k: int, rec: Record) -> dict[str, Any]:
    return {"file": item["file"], "k": k, "id": rec.id, "record": rec.to_json()}


def selected(ds: Any, limit: int | None, shard: tuple[int, int] | None) -> Any:
    """Keep the documents ``pipeline.select`` keeps: position needs every key, so the read
    dataset is materialised first (only when ``limit`` or ``shard`` is given)."""
    if limit is None and shard is None:
        return ds
    ds = ds.materialize()
    keys = sorted((row["file"], row["k"]) for row in ds.select_columns(["file", "k"]).iter_rows())
    keep = set(select(keys, limit, shard))
    return ds.map_batches(_keep_rows, fn_kwargs={"keep": keep}, batch_format="pyarrow", num_cpus=READ_CPUS)


def _keep_rows(batch: Any, keep: set[tuple[int, int]]) -> Any:
    import pyarrow as pa

    mask = [(f, k) in keep for f, k in zip(batch.column("file").to_pylist(), batch.column("k").to_pylist())]
    return batch.filter(pa.array(mask, type=pa.bool_()))


# --- the model stages: an actor per worker ---------------------------------------------


class ModelWorker:
    """Loads the models once; each call runs ``pipeline.process`` over a batch of rows."""

    def __init__(self, config: Config, done: dict[str, tuple[str, str]]):
        self.config = config
        self.models = load_models(config)
        self.signature = self.models.signature(config)
        self.done = done
        self._signatures: dict[str, str] = {}  # a batch's lines -> signatures, computed once
        _share_cpus(self.models, config)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = batch.to_pylist()
        stats = self._tokens()
        try:
            out = self.run_rows(rows)
        except Exception as exc:  # a last guard: the batch's documents fail, the job goes on
            out = [self._failed(row, exc) for row in rows]
        used = [a - b for a, b in zip(self._tokens(), stats)]
        return pa.table(
            {
                "file": [r["file"] for r in rows],
                "k": [r["k"] for r in rows],
                "id": [r["id"] for r in rows],
                "skipped": [line is None for line in out],
                "record": [line or "" for line in out],
                # A batch's token counts ride on its first row; the driver sums the columns.
                "tokens_in": [used[0] if i == 0 else 0 for i in range(len(rows))],
                "tokens_out": [used[1] if i == 0 else 0 for i in range(len(rows))],
            }
        )

    def _tokens(self) -> tuple[int, int]:
        stats = getattr(self.models.translator, "stats", None) or {}
        return int(stats.get("tokens_in", 0)), int(stats.get("tokens_out", 0))

    def run_rows(self, rows: list[dict[str, Any]]) -> list[str | None]:
        """Each row's finished record as JSON, or None for a document already done."""
        out: list[str | None] = [None] * len(rows)
        self._signatures.clear()
        todo = [i for i, row in enumerate(rows) if not self.is_done(row["record"])]
        finished = self.process_rows([rows[i] for i in todo])
        for i, line in zip(todo, finished):
            out[i] = line
        return out

    def is_done(self, line: str) -> bool:
        """Already in the records file with the same input and signature (skip it)."""
        try:
            rec = Record.from_json(line)
        except (ValueError, TypeError):  # not a record: let the stages fail it visibly
            return False
        signature = self._signatures[line] = self._sign(rec)
        return already_done(rec, self.done, signature)

    def process_rows(self, rows: list[dict[str, Any]]) -> list[str]:
        """Run the stages over the batch; if the batch itself raises, run each document
        alone so one bad document cannot take its batch-mates with it."""
        try:
            return self._process([row["record"] for row in rows])
        except Exception:  # noqa: BLE001 - retried one by one below; nothing is lost
            return [self._process_alone(row) for row in rows]

    def _process(self, lines: list[str]) -> list[str]:
        records = [self._fresh(line) for line in lines]
        done = list(process(records, self.config, self.models))
        if len(done) != len(records):
            raise RuntimeError(f"the stages returned {len(done)} of {len(records)} records")
        return [rec.to_json() for rec in done]

    def _process_alone(self, row: dict[str, Any]) -> str:
        try:
            return self._process([row["record"]])[0]
        except Exception as exc:  # the document's own failure, recorded on it
            return self._failed(row, exc)

    def _failed(self, row: dict[str, Any], exc: Exception) -> str:
        """The row's record marked failed (a bare record with its id if it cannot be read)."""
        try:
            rec = self._fresh(row["record"])
        except (ValueError, TypeError):
            rec = Record(id=row["id"], source="", signature=self.signature)
        return rec.fail(BATCH_STAGE, exc).to_json()

    def _fresh(self, line: str) -> Record:
        """The line's record, as read (a retry starts again from the line), signed."""
        rec = Record.from_json(line)
        rec.signature = self._signatures.get(line) or self._sign(rec)
        return rec

    def _sign(self, rec: Record) -> str:
        return record_signature(self.models.document_signature(self.config, rec), rec, self.models.document_terms(rec))


def _share_cpus(models: Models, config: Config) -> None:
    """Several CPU workers on one machine share its cores instead of each taking all."""
    translator = models.translator
    if getattr(translator, "backend", "") != "transformers" or config.translate.threads:
        return
    if not str(getattr(translator, "device", "")).startswith("cpu") or config.run.ray_workers == 1:
        return
    import torch

    torch.set_num_threads(max(1, torch.get_num_threads() // config.run.ray_workers))


def build_dataset(
    ray: Any, config: Config, inputs: list[str | Path], done: dict, limit: int | None, shard: tuple[int, int] | None
) -> Any:
    """read+clean as a map over input files, then the model stages on an actor pool."""
    items = [{"file": i, "source": unit.path, "id": unit.id} for i, unit in enumerate(read.input_units(inputs))]
    blocks = min(MAX_READ_BLOCKS, -(-len(items) // FILES_PER_READ_BLOCK)) or 1
    ds = ray.data.from_items(items, override_num_blocks=blocks)

    repeated = repeated_lines(
        read.read(inputs, max_text_mb=config.run.max_text_mb)
    )  # one first pass: every task decides alike
    ds = ds.flat_map(read_file, fn_kwargs={"config": config, "repeated": repeated}, num_cpus=READ_CPUS)
    ds = selected(ds, limit, shard)
    run = config.run
    return ds.map_batches(
        ModelWorker,
        fn_constructor_kwargs={"config": worker_config(config), "done": done},
        batch_size=BATCH_DOCUMENTS,
        batch_format="pyarrow",
        num_cpus=run.ray_cpus_per_worker,
        num_gpus=run.ray_gpus_per_worker,
        compute=ray.data.ActorPoolStrategy(size=run.ray_workers),
    )


# --- the run ---------------------------------------------------------------------------


class RayJob:
    """The stages on Ray, for :func:`summarise.pipeline.execute`: records stream back to
    this process in the order they finish; ``order`` is the input order."""

    translator = None  # it runs in the workers: the progress bar counts documents only

    def __init__(self, config: Config):
        ray = import_ray()
        connect(ray, config.run.ray_address)
        configure_data(ray)
        if on_this_machine(ray):
            check_resources(ray, config)
        self.ray, self.config = ray, config
        self.signature, self.models = probe_models(ray, worker_config(config))
        self.manifest_extra = {"executor": "ray", "ray": ray_info(ray, config)}
        self.times = StageTimes()  # the driver's own: writing (the stages run in the workers)
        self._order: list[tuple[int, int, str]] = []

    @property
    def order(self) -> list[str]:
        return [rid for _, _, rid in sorted(self._order)]

    def records(
        self, inputs: list, done: dict, limit: int | None, shard: tuple[int, int] | None, result: RunResult
    ) -> Iterator[Record]:
        ds = build_dataset(self.ray, self.config, inputs, done, limit, shard)
        stats = self.models.translator.stats
        stats.update(tokens_in=0, tokens_out=0)
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            stats["tokens_in"] += sum(batch.column("tokens_in").to_pylist())
            stats["tokens_out"] += sum(batch.column("tokens_out").to_pylist())
            for row in batch.select(["file", "k", "id", "skipped", "record"]).to_pylist():
                self._order.append((row["file"], row["k"], row["id"]))
                if row["skipped"]:
                    result.skipped += 1
                else:
                    yield Record.from_json(row["record"])


def ray_info(ray: Any, config: Config) -> dict[str, Any]:
    """The cluster a run used, for the manifest."""
    have = ray.cluster_resources()
    run = config.run
    return {
        "address": run.ray_address or "local",
        "nodes": len(ray.nodes()),
        "cpus": have.get("CPU", 0.0),
        "gpus": have.get("GPU", 0.0),
        "workers": run.ray_workers,
        "cpus_per_worker": run.ray_cpus_per_worker,
        "gpus_per_worker": run.ray_gpus_per_worker,
        "batch_documents": BATCH_DOCUMENTS,
    }
