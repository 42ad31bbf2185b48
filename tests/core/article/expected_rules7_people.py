"""Round 7 training articles (``rules7_people*``): who counts as a counterpart."""

from __future__ import annotations

from typing import Any

RULES7_PEOPLE: dict[str, dict[str, Any]] = {}
