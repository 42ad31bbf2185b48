"""Round 12 training articles (``rules12_route_*``): filled by the round's route work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES12_ROUTE: dict[str, dict[str, Any]] = {}
