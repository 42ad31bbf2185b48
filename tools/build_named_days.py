"""Builds ``resources/named_days.json``: India's public holidays by name, English and Hindi, 2001–2035.

The article parser reads "the day after Republic Day" / "स्वतंत्रता दिवस के अगले दिन" from this
file instead of importing the ``holidays`` package (1.7 s) in every parse.  Regenerate after
upgrading ``holidays``:

    python tools/build_named_days.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import holidays

YEARS = range(2001, 2036)  # the years the holidays package covers for India
TARGET = Path(__file__).resolve().parent.parent / "resources" / "named_days.json"


def fold(name: str) -> str:
    """The key a name is looked up by (``planner.core.article.when.daynames`` folds the same way)."""
    return " ".join(re.sub(r"['’]s\b|['’.]", "", name).casefold().split())


def build() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for language in ("en_IN", "hi"):
        for year in YEARS:
            for day, names in holidays.country_holidays("IN", years=year, language=language).items():
                for name in names.split(";"):
                    table.setdefault(fold(name), {}).setdefault(str(year), day.isoformat())
    return dict(sorted(table.items()))


def main() -> int:
    data = {"source": f"holidays {holidays.__version__}, country IN, languages en_IN and hi", "days": build()}
    TARGET.write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8"
    )
    print(f"{TARGET}: {len(data['days'])} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
