"""How a loaded model runs: the device, dtype, compute type and threads it gets, the token
budget of its batches, and out-of-memory halving of a batch."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise.errors import ModelLoadError

# "Physical id" / "core id" lines of /proc/cpuinfo: one physical core per distinct pair.
_CPUINFO_FIELD = re.compile(r"^(physical id|core id)\s*:\s*(\d+)", re.MULTILINE)


@dataclass
class Runtime:
    """A model's weights on a backend: ``model`` is a transformers model or a ctranslate2.Translator."""

    backend: str
    reason: str  # why this backend (the manifest says it)
    device: str
    dtype: str  # torch dtype, "qint8", or the ctranslate2 compute type
    threads: int
    model: Any


# --- device, dtype, threads ----------------------------------------------------------


def resolve_device(device: str) -> str:
    """ "auto" -> "cuda" when a GPU is visible, else "cpu"; anything else as given, or a
    ModelLoadError when it names a GPU this machine does not have."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda"):
        index = int(device.partition(":")[2] or 0)
        count = torch.cuda.device_count() if torch.cuda.is_available() else 0
        if index >= count:
            have = f"{count} GPU(s)" if count else "no GPU torch can use"
            raise ModelLoadError(
                f"run.device = '{device}' but this machine has {have}; set --set run.device=cpu (or auto)"
            )
    return device


def resolve_dtype(setting: str, device: str) -> str:
    """float16 on CUDA (bfloat16 when configured), float32 on CPU, unless set explicitly."""
    if setting != "auto":
        return setting
    return "float16" if device.startswith("cuda") else "float32"


def resolve_batch_tokens(setting: int | None, device: str, cpu: int = 1024, gpu: int = 8192) -> int:
    """The token budget of a batch: on a CPU, small batches keep every thread busy to the
    end and the peak memory low (1024 measured fastest for translation: benchmarks/README.md)."""
    if setting is not None:
        return setting
    return gpu if device.startswith("cuda") else cpu


def resolve_compute_type(setting: str, device: str) -> str:
    if setting not in ("auto", "default"):
        return setting
    return "int8_float16" if device.startswith("cuda") else "int8"


def physical_cores() -> int:
    """Physical cores this process may use (hyper-threads do not speed up matrix maths)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return usable
    fields = _CPUINFO_FIELD.findall(text)
    pairs = {
        (fields[i][1], fields[i + 1][1])
        for i in range(0, len(fields) - 1, 2)
        if fields[i][0] == "physical id" and fields[i + 1][0] == "core id"
    }
    return max(1, min(usable, len(pairs) or usable))


def set_torch_threads(threads: int, device: str) -> int:
    import torch

    if not device.startswith("cpu"):
        return 0
    threads = threads or physical_cores()
    torch.set_num_threads(threads)
    return threads


def ct2_threads(threads: int, device: str) -> tuple[int, int]:
    """(inter_threads, intra_threads): on a CPU, parallel batches of few threads each are
    fastest, for the translator's many short inputs and the summariser's few long ones
    alike (2 cores, 2 x 1 against 1 x 2: raw translation 1.3x, summaries of 1,000-token
    inputs 1.6x, a 512-token document alone 1.3x: each decoding step is too small to share
    between threads); one batch at a time on a GPU."""
    if not device.startswith("cpu"):
        return 1, 0
    cores = threads or physical_cores()
    intra = max(1, cores // 4)
    return max(1, cores // intra), intra


# --- batches and out-of-memory ---------------------------------------------------------


def token_batches(lengths: list[int], budget: int, max_rows: int) -> Iterator[list[int]]:
    """Indices, longest first, in consecutive batches whose padded size (rows x longest
    row) fits ``budget`` tokens and at most ``max_rows`` rows."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batch: list[int] = []
    for index in order:
        width = lengths[batch[0]] if batch else lengths[index]
        if batch and ((len(batch) + 1) * width > budget or len(batch) >= max_rows):
            yield batch
            batch = []
        batch.append(index)
    if batch:
        yield batch


def spread_budget(rows: list[list], budget: int, workers: int) -> int:
    """The token budget for one ctranslate2 call over ``rows``: ``budget``, lowered so that
    a call of few rows still makes a batch for each of the ``workers`` that decode batches
    side by side (a window's last sentences, a handful of summaries) instead of one batch
    on one thread while the others wait."""
    if workers <= 1 or len(rows) < 2:
        return budget
    longest = max(map(len, rows))
    share = -(-longest * len(rows) // workers)  # padded tokens per worker, rounded up
    return max(longest, min(budget, share))


def is_out_of_memory(exc: BaseException) -> bool:
    """torch's OutOfMemoryError, or CTranslate2's RuntimeError saying the same."""
    import torch

    return isinstance(exc, torch.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
    )


def halve_on_oom(run: Callable[[list], list], rows: list, on_split: Callable[[], None]) -> list:
    """``run(rows)``; out of memory: each half again (a single row re-raises)."""
    import torch

    try:
        return run(rows)
    except RuntimeError as exc:  # torch.OutOfMemoryError is a RuntimeError
        if len(rows) == 1 or not is_out_of_memory(exc):
            raise
    # Outside the except block, so the failed batch's tensors (held by the traceback) are freed.
    on_split()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    half = len(rows) // 2
    return halve_on_oom(run, rows[:half], on_split) + halve_on_oom(run, rows[half:], on_split)


@contextmanager
def torch_threads_kept() -> Iterator[None]:
    """Leave torch's thread count as it was: a model loaded in the middle of a run (the
    fallback, when a document first needs it) must not undo what the run set after its
    up-front loading (a Ray worker's share of the cores)."""
    import torch

    threads = torch.get_num_threads()
    try:
        yield
    finally:
        torch.set_num_threads(threads)
