"""Round 13 training articles (``rules13_people_*``): filled by the round's people work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES13_PEOPLE: dict[str, dict[str, Any]] = {}
