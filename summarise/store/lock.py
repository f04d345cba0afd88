"""The run folder's lock: one run (or ``review --apply``, or ``eval``) writes into a folder at a
time; a second one stops at once with a :class:`RunBusy` naming the first (pid, start time).

The lock is an OS lock on ``run.lock`` (fcntl; msvcrt on Windows), so a killed run's lock is
released with it and the next run takes the folder over (it reads the pid the last holder left).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: a byte-range lock far past the holder's line
    fcntl = None  # type: ignore[assignment]
    import msvcrt

from summarise.errors import UserError

LOCK = "run.lock"


class RunBusy(UserError):
    """Another process is writing into the run folder."""


def lock_or_busy(folder: Path, lock_path: Path) -> int:
    """The lock file, locked by this process; RunBusy naming the holder if it is taken."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise UserError(
            f"cannot write in the run folder {folder}: {exc.strerror or exc}; choose another --output"
        ) from None
    try:
        try_lock(fd)
    except OSError as exc:
        holder = read_lock(fd)
        os.close(fd)
        if exc.errno not in (errno.EAGAIN, errno.EACCES):
            raise
        who = f"pid {holder.get('pid', '?')}, started {holder.get('started', '?')}"
        raise RunBusy(
            f"{folder} is in use by another run ({who}): wait for it to end, or give this run its own --output"
        ) from None
    return fd


def read_lock(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)  # no os.pread on Windows
        data = json.loads(os.read(fd, 4096) or b"{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


_WINDOWS_LOCK_OFFSET = 1 << 30  # past the holder's JSON, which others must still read


def try_lock(fd: int) -> None:
    """Lock ``fd`` now or raise OSError (EAGAIN/EACCES) if another process holds it."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
