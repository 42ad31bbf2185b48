"""Round 13 training articles (``rules13_events_*``): filled by the round's events work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES13_EVENTS: dict[str, dict[str, Any]] = {}
