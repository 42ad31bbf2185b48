"""The Qt binding is not the broken pair, and void Qt calls do not leak references to None."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject


def test_pyside6_is_not_the_broken_pair() -> None:
    major, minor, *_ = (int(p) for p in PySide6.__version__.split(".")[:3])
    broken = (major, minor) == (6, 12) and sys.version_info[:2] == (3, 11)
    assert not broken, f"PySide6 {PySide6.__version__} on CPython 3.11 leaks None and aborts; use 6.11"


def test_void_qt_calls_do_not_leak_none(qapp: object) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(5000):
        obj.setObjectName(f"n{i % 7}")
    after = sys.getrefcount(None)
    assert before - after < 1000, f"references to None dropped by {before - after}"
