"""Round 16 training articles (``rules16_route_*``): filled by the round's route work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

RULES16_ROUTE: dict[str, dict[str, Any]] = {}
