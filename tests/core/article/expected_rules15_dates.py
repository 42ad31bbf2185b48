"""Round 15 training articles (``rules15_dates_*``): filled by the round's dates work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

RULES15_DATES: dict[str, dict[str, Any]] = {}
