"""Round 16 training articles (``rules16_events_*``): filled by the round's events work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

RULES16_EVENTS: dict[str, dict[str, Any]] = {}
