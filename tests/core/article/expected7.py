"""Expected visits for the seventh blind round (``blind7_*``): written by hand before any parse."""

from __future__ import annotations

from typing import Any

BLIND7: dict[str, dict[str, Any]] = {}
