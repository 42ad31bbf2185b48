"""User files, safely: reading with a size limit, binary detection and BOMs; writing atomically."""

from __future__ import annotations

import codecs
from pathlib import Path

from planner.core.errors import InputFileError

#: Bigger than any press report or calendar file a person sends; refused beyond this.
MAX_BYTES = 8 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or ``InputFileError`` naming the file and the problem."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputFileError(f"{path}: is a folder, expected a file")
        if size > max_bytes:
            raise InputFileError(
                f"{path}: {size / 1_048_576:.1f} MB is too big (at most {max_bytes / 1_048_576:.0f} MB)"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputFileError(f"{path}: no such file") from None
    except PermissionError:
        raise InputFileError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputFileError(f"{path}: is a folder, expected a file") from None
    if len(data) > max_bytes:
        raise InputFileError(f"{path}: too big (at most {max_bytes / 1_048_576:.0f} MB)")
    return data


def decode_text(data: bytes, *, name: str = "input") -> str:
    """Text from bytes: a BOM decides the encoding, else UTF-8; binary data is refused.

    ``name`` is used in the error message (usually the file name).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
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
    return text


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A text file's content with universal new lines, or ``InputFileError``."""
    return universal_newlines(decode_text(read_bytes(path, max_bytes=max_bytes), name=str(path)))


def universal_newlines(text: str) -> str:
    """The text with Windows (CRLF) and old Mac (CR) line ends made LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a failure never leaves half a file where a good one was."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputFileError(f"{path}: cannot write ({exc.strerror})") from None
