"""The one safe writer for every file the app writes: temporary file, fsync, rename; owner-only by default.

A file is written to a uniquely named temporary file in the target's folder, flushed
to disk with ``fsync``, then renamed over the target (``os.replace``) and the folder
synced, so a crash or a failure at any point leaves either the previous good file or
the new one, never half of one. A symbolic link is written through (its target is
replaced, the link stays); a folder, a device, a FIFO or a socket is refused and left
alone. An existing file keeps its permission bits (a 0600 file stays 0600); a new file
is created 0600 whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from planner.core.errors import PlannerError

#: The mode of every file the app creates: exports and backups hold officials' contact details.
NEW_FILE_MODE = 0o600


class OutputFileError(PlannerError):
    """A file cannot be written where the user asked (no folder, not a regular file, disk full...)."""


def _shown(path: Path | str) -> str:
    """A path for a message, printable whatever bytes its name holds."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file to replace (a symbolic link resolved to what it points to) and its status if it exists."""
    target = Path(os.path.realpath(path))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise OutputFileError(f"{_shown(path)}: cannot write ({exc.strerror})") from None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise OutputFileError(f"{_shown(path)}: is a folder, expected a file name")
        if not stat.S_ISREG(status.st_mode):
            raise OutputFileError(
                f"{_shown(path)}: is not a regular file (a device, FIFO or socket); it was left alone"
            )
        if not os.access(target, os.W_OK):
            raise OutputFileError(f"{_shown(path)}: cannot write (permission denied)")
    if not target.parent.is_dir():
        folder = _shown(target.parent)
        raise OutputFileError(f"{_shown(path)}: cannot write (the folder {folder} does not exist)")
    return target, status


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; some file systems cannot sync a folder, which is harmless."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _adopt(fd: int, status: os.stat_result | None) -> None:
    """Give the temporary file the target's mode (and, when allowed, its owner), or 0600 for a new file."""
    if status is None:
        os.fchmod(fd, NEW_FILE_MODE)
        return
    os.fchmod(fd, stat.S_IMODE(status.st_mode))
    if hasattr(os, "fchown") and (status.st_uid, status.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
            os.fchown(fd, status.st_uid, status.st_gid)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to fill; it replaces ``path`` only if the block ends without error.

    For writers that need a file name (Qt's PDF writer): whatever the block raises, the
    temporary file is removed and the previous ``path`` is untouched.
    """
    target, status = _target(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputFileError(f"{_shown(path)}: cannot write ({exc.strerror})") from None
    temporary = Path(name)
    try:
        try:
            _adopt(fd, status)
        finally:
            os.close(fd)
        yield temporary
        _commit(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputFileError(f"{_shown(path)}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _commit(temporary: Path, target: Path) -> None:
    """``fsync`` the filled temporary file, rename it over the target, sync the folder."""
    fd = os.open(temporary, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, target)
    _sync_folder(target.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a failure never leaves half a file where a good one was."""
    with replacing(path) as temporary, open(temporary, "r+b") as handle:
        handle.write(data)
        handle.flush()
