"""Round 12 training articles (``rules12_people_*``): filled by the round's people work.

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

RULES12_PEOPLE: dict[str, dict[str, Any]] = {}
