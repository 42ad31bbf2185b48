"""User files, safely: reading with a size limit, binary detection and BOMs (writing: ``core.writer``)."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from planner.core.errors import InputFileError
from planner.core.writer import write_atomically

#: Bigger than any press report or calendar file a person sends; refused beyond this.
MAX_BYTES = 8 * 1024 * 1024

__all__ = ["MAX_BYTES", "decode_text", "read_bytes", "read_text", "universal_newlines", "write_atomically"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or ``InputFileError`` naming the file and the problem.

    The file is opened without blocking and checked before anything is read: a FIFO,
    a device or a socket is refused at once instead of waiting (or reading) forever.
    """
    shown = _shown(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputFileError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputFileError(f"{shown}: permission denied") from None
    except IsADirectoryError:
        raise InputFileError(f"{shown}: is a folder, expected a file") from None
    except OSError as exc:
        raise InputFileError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    try:
        return _read_regular(fd, shown, max_bytes)
    finally:
        os.close(fd)


def _read_regular(fd: int, shown: str, max_bytes: int) -> bytes:
    status = os.fstat(fd)
    if stat.S_ISDIR(status.st_mode):
        raise InputFileError(f"{shown}: is a folder, expected a file")
    if not stat.S_ISREG(status.st_mode):
        raise InputFileError(f"{shown}: is not a regular file (a device, FIFO or socket), expected a file")
    if status.st_size > max_bytes:
        raise InputFileError(
            f"{shown}: {status.st_size / 1_048_576:.1f} MB is too big "
            f"(at most {max_bytes / 1_048_576:.0f} MB)"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputFileError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise InputFileError(f"{shown}: too big (at most {max_bytes / 1_048_576:.0f} MB)")
    return b"".join(chunks)


def _shown(path: Path) -> str:
    """A path for a message, printable whatever bytes its name holds."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def decode_text(data: bytes, *, name: str = "input") -> str:
    """Text from bytes: a BOM decides the encoding, else UTF-8; binary data is refused.

    ``name`` is used in the error message (usually the file name).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding), name)
            except UnicodeDecodeError as exc:
                raise InputFileError(
                    f"{name}: not valid {encoding.upper()} text at byte {exc.start + len(bom)}"
                ) from None
    if b"\x00" in data[:8192]:
        raise InputFileError(f"{name}: looks like a binary file, expected text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputFileError(
            f"{name}: line {line}: bytes that are not UTF-8 text "
            "(save the file as UTF-8 or UTF-16 with a byte-order mark)"
        ) from None
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > 8:
        raise InputFileError(f"{name}: looks like a binary file, expected text")
    return _check_text(text, name)


def _check_text(text: str, name: str) -> str:
    """Refuse a NUL anywhere (no database stores it in text, and no article holds one)."""
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise InputFileError(f"{name}: line {line}: a NUL character: looks like a binary file, expected text")
    return text


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A text file's content with universal new lines, or ``InputFileError``."""
    return universal_newlines(decode_text(read_bytes(path, max_bytes=max_bytes), name=str(path)))


def universal_newlines(text: str) -> str:
    """The text with Windows (CRLF) and old Mac (CR) line ends made LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
