"""``planner list / import / export --format json`` end to end: through ``main`` and a real process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner.cli import main
from planner.storage import open_repository
from tests.factories import make_visit

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("visits", "stops", "organisations", "contacts", "engagements", "attendance")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m planner ARGS`` in a real process, from the checkout."""
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def without_exported_at(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    stamped = [line for line in lines if line.startswith('  "exported_at": ')]
    assert len(stamped) == 1
    return [line for line in lines if line not in stamped]


@pytest.fixture
def full_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'full.db'}"
    with open_repository(url) as repo:
        repo.add_visit(make_visit())
    return url


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.db'}"


def snapshot(url: str) -> tuple[str, dict[str, int], str]:
    """``list --json``, row counts and the file's hash: everything a failed import must not change."""
    result = run("--db", url, "list", "--json")
    assert result.returncode == 0, result.stderr
    with open_repository(url) as repo, repo.engine.connect() as conn:
        counts = {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    path = Path(url.removeprefix("sqlite:///"))
    return result.stdout, counts, hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_import_export_gives_the_same_file(full_db: str, empty_db: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    exported = run("--db", full_db, "export", "1", "--format", "json", "-o", str(first))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"Visit 1 written to {first}\n"

    imported = run("--db", empty_db, "import", str(first), "--json")
    assert imported.returncode == 0, imported.stderr
    result = json.loads(imported.stdout)
    assert result["visit_id"] == 1 and result["engagements"] == 7

    again = run("--db", empty_db, "export", str(result["visit_id"]), "--format", "json", "-o", str(second))
    assert again.returncode == 0, again.stderr
    a, b = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
    assert without_exported_at(a) == without_exported_at(b)
    assert json.loads(a)["engagements"][0]["contact_uids"] == ["c-sai", "c-bhagat"]


def test_round_trip_in_process_on_a_second_database(
    full_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = f"sqlite:///{tmp_path / 'second.db'}"
    assert main(["--db", target, "import", str(_export(full_db, tmp_path / "x.json", capsys))]) == 0
    assert capsys.readouterr().out == f"Visit 1 created from {tmp_path / 'x.json'}\n"
    # importing the same backup again makes a second, separate visit
    assert main(["--db", target, "import", str(tmp_path / "x.json"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["visit_id"] == 2
    assert main(["--db", target, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [v["id"] for v in listed] == [1, 2]
    assert set(listed[0]) == {"id", "title", "head", "start_date", "end_date", "engagements", "unscheduled"}
    assert (listed[1]["engagements"], listed[1]["unscheduled"]) == (7, 1)


def _export(url: str, path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--db", url, "export", "1", "--format", "json", "-o", str(path)]) == 0
    capsys.readouterr()
    return path


def test_list_as_a_table_and_when_empty(
    full_db: str, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", full_db, "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["1", "2025-08-21", "–", "2025-08-29"]
    assert "7 engagements" in out and "Japan and South Korea" in out
    assert main(["--db", empty_db, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", empty_db, "list"]) == 0
    assert capsys.readouterr().out.startswith("No visits yet")


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    malformed = tmp_path / "broken.json"
    malformed.write_text('{\n  "format": "delegation-planner/1",\n  "title": "x",\n}\n', encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    doc = {
        "format": "delegation-planner/1",
        "title": "x",
        "engagements": [{"uid": "u", "title": "t", "start": "tomorrow", "end": "later", "tz": "Asia/Tokyo"}],
    }
    wrong.write_text(json.dumps(doc), encoding="utf-8")
    return {
        "missing": (tmp_path / "missing.json", f"{tmp_path / 'missing.json'}: no such file"),
        "binary": (binary, f"{binary}: looks like a binary file, expected text"),
        "malformed": (malformed, f"{malformed}: line 4, column 1: expected a key in double quotes"),
        "schema": (wrong, f"{wrong}: engagements[0].start: expected an ISO 8601 time with offset"),
    }


@pytest.mark.parametrize("case", ["missing", "binary", "malformed", "schema"])
def test_bad_import_is_one_line_and_changes_nothing(
    case: str, full_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = _bad_files(tmp_path)[case]
    before = snapshot(full_db)
    assert main(["--db", full_db, "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"planner: error: {message}")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert snapshot(full_db) == before


def test_bad_import_into_a_new_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _bad_files(tmp_path)["malformed"]
    assert main(["--db", f"sqlite:///{tmp_path / 'new.db'}", "import", str(path)]) == 1
    assert not (tmp_path / "new.db").exists()


def test_errors_from_a_real_process(full_db: str, tmp_path: Path) -> None:
    path, message = _bad_files(tmp_path)["binary"]
    result = run("--db", full_db, "import", str(path))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"planner: error: {message}\n"

    result = run("--db", full_db, "export", "7", "--format", "json", "-o", str(tmp_path / "o.json"))
    assert result.returncode == 1
    assert result.stderr == "planner: error: no visit 7; 'planner list' shows the ids\n"
    assert not (tmp_path / "o.json").exists()


def test_export_of_a_missing_visit(full_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", full_db, "export", "7", "--format", "json", "-o", str(tmp_path / "o.json")]) == 1
    assert capsys.readouterr().err == "planner: error: no visit 7; 'planner list' shows the ids\n"


def test_export_to_a_missing_folder_is_one_line(
    full_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    assert main(["--db", full_db, "export", "1", "--format", "json", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"planner: error: {target}: cannot write") and err.count("\n") == 1


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("planner 0.")
    for command in ("list", "import", "export"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: planner {command}")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "one", "--format", "json", "-o", "x.json"])
    assert exit_.value.code == 2
    assert "invalid int value: 'one'" in capsys.readouterr().err
