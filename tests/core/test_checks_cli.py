"""``planner check VISIT [--json]``: the exit code follows the errors, dismissed findings are marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.model import Visit
from planner.storage import open_repository
from tests.core.checks_itinerary import make_itinerary, replace
from tests.factories import at


def _stored(tmp_path: Path, visit: Visit) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'check.db'}"
    with open_repository(url) as repo:
        return url, repo.add_visit(visit)


def test_a_clean_visit_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, visit_id = _stored(tmp_path, make_itinerary())
    assert main(["--db", url, "check", str(visit_id), "--today", "2025-01-01"]) == 0
    assert capsys.readouterr().out == f"Visit {visit_id}: nothing to report\n"


def test_an_error_exits_1_until_it_is_dismissed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    visit = replace(make_itinerary(), "e1", city="Kyoto")
    url, visit_id = _stored(tmp_path, visit)
    assert main(["--db", url, "check", str(visit_id), "--json", "--today", "2025-01-01"]) == 1
    [finding] = json.loads(capsys.readouterr().out)
    assert finding["code"] == "place.not-there" and finding["severity"] == "error"
    assert finding["engagements"] == ["e1"] and finding["dismissed"] is None
    with open_repository(url) as repo:
        stored = repo.load_visit(visit_id)
        stored.dismissed[finding["key"]] = "a video call from the hotel"
        repo.save_visit(stored)
    assert main(["--db", url, "check", str(visit_id), "--today", "2025-01-01"]) == 0
    line = capsys.readouterr().out
    assert line.startswith("error    place.not-there")
    assert line.rstrip().endswith("(dismissed: a video call from the hotel)")


def test_warnings_alone_exit_0_and_bad_options_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit = make_itinerary()
    visit.stays.pop()
    url, visit_id = _stored(tmp_path, visit)
    assert main(["--db", url, "check", str(visit_id), "--today", "2025-01-01"]) == 0
    assert "stay.missing-night" in capsys.readouterr().out
    assert main(["--db", url, "check", str(visit_id), "--buffer", "-5"]) == 1
    assert capsys.readouterr().err == "planner: error: --buffer must be 0 minutes or more, got -5\n"
    assert main(["--db", url, "check", "999"]) == 1
    assert "no visit 999" in capsys.readouterr().err


def test_usual_hours_can_be_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    late = replace(make_itinerary(), "e5", end=at("2025-09-05", "21:30", "Asia/Seoul"))
    url, visit_id = _stored(tmp_path, late)
    assert main(["--db", url, "check", str(visit_id), "--today", "2025-01-01"]) == 0
    assert "hour.unusual" in capsys.readouterr().out
    assert main(["--db", url, "check", str(visit_id), "--today", "2025-01-01", "--hours", "08:00-22:00"]) == 0
    assert capsys.readouterr().out == f"Visit {visit_id}: nothing to report\n"
    with pytest.raises(SystemExit):
        main(["--db", url, "check", str(visit_id), "--hours", "21:00-08:00"])
    assert "the end is not after the start" in capsys.readouterr().err
