"""Round 11 training articles (``rules11_route_*``): filled by the round's route work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES11_ROUTE: dict[str, dict[str, Any]] = {}
