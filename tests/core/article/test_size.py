"""Long input: refused past the limit with one line, and the work grows in proportion to the text below it."""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from planner.cli import main
from planner.core.article import parse_article
from planner.core.article.parse import MAX_CHARS
from planner.core.errors import PlannerError
from tests.conftest import DATA

ARTICLES = DATA / "articles"
#: an English and a Hindi report, back to back: every finder has work in every copy
BASE = "\n".join(
    (ARTICLES / f"{name}.txt").read_text(encoding="utf-8") for name in ("en_ka_italy_sweden", "hi_rj_saudi")
)


def _calls(text: str) -> int:
    """Python function calls made by one parse: a count of work that does not depend on the clock."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        parse_article(text)
    finally:
        sys.setprofile(None)
    return count


def test_work_grows_in_proportion_to_the_text() -> None:
    """Twice the text, about twice the calls (a quadratic step would give four times)."""
    parse_article(BASE)  # load the gazetteer and the transliteration tables first
    small = _calls("\n".join([BASE] * 3))
    large = _calls("\n".join([BASE] * 6))
    print(f"calls: {small} for 3 copies, {large} for 6 copies (ratio {large / small:.2f})")
    assert large / small < 2.3


def test_text_over_the_limit_is_refused() -> None:
    text = (BASE + "\n") * (MAX_CHARS // len(BASE) + 1)
    assert len(text) > MAX_CHARS
    with pytest.raises(PlannerError, match=r"characters long; a news report has at most 100,000"):
        parse_article(text)


def test_cli_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "page.txt"
    f.write_text((BASE + "\n") * (MAX_CHARS // len(BASE) + 1), encoding="utf-8")
    assert main(["parse-article", str(f), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "at most 100,000" in captured.err
