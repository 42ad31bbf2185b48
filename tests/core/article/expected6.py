"""Expected visits for the sixth blind round (``blind6_*``): written by hand before any parse."""

from __future__ import annotations

from typing import Any

BLIND6: dict[str, dict[str, Any]] = {}
