"""Pictures of the window written like every other file the app writes: atomically, owner-only (0600)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageWriter, QPixmap

from planner.core.writer import OutputFileError, write_atomically


def encoded(pixmap: QPixmap, path: Path) -> bytes:
    """``pixmap`` in the image format ``path``'s suffix names (PNG when it names none)."""
    suffix = path.suffix.lstrip(".").lower() or "png"
    known = {bytes(f.data()).decode().lower() for f in QImageWriter.supportedImageFormats()}
    if suffix not in known:
        raise OutputFileError(f"{path}: cannot write a .{suffix} picture (use a .png file name)")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, suffix.upper()):
        raise OutputFileError(f"{path}: the picture could not be encoded as {suffix.upper()}")
    buffer.close()
    return bytes(data.data())


def save_picture(pixmap: QPixmap, path: Path) -> None:
    """Write ``pixmap`` to ``path`` through the atomic private writer (a new file is 0600; a failure
    leaves the previous file as it was)."""
    write_atomically(path, encoded(pixmap, path))
