"""Round 7 training articles (``rules7_route*``): stops, moves and dates."""

from __future__ import annotations

from typing import Any

RULES7_ROUTE: dict[str, dict[str, Any]] = {}
