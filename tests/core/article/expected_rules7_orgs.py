"""Round 7 training articles (``rules7_org*``): organisations as meeting titles, visits to sites."""

from __future__ import annotations

from typing import Any

RULES7_ORGS: dict[str, dict[str, Any]] = {}
