"""Round 13 training articles (``rules13_dates_*``): filled by the round's dates work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES13_DATES: dict[str, dict[str, Any]] = {}
