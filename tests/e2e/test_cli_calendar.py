"""Command line odds and ends of issue 11: a closed pipe, and options an export format does not take."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner import cli

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data" / "ics"


def test_import_json_into_a_closed_pipe_prints_no_traceback(tmp_path: Path) -> None:
    argv = ["--db", f"sqlite:///{tmp_path / 'p.db'}", "import", str(DATA / "google.ics"), "--json"]
    script = (
        "import os, sys\n"
        "read, write = os.pipe()\n"
        "os.close(read)\n"  # the reader is gone before anything is written, as with `| head` that has quit
        "os.dup2(write, 1)\n"
        "from planner.cli import main\n"
        f"sys.exit(main({argv!r}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 141


@pytest.mark.parametrize("fmt", ["pdf", "csv", "json", "vcf"])
def test_from_to_with_another_format_is_refused_with_one_line(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"x.{fmt}"
    code = cli.main(["--db", f"sqlite:///{tmp_path / 'p.db'}", "export", "1", "--format", fmt, "-o", str(out),
                     "--from", "2025-08-22", "--to", "2025-08-23"])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0 and "--from/--to: only for --format ics" in err and err.count("\n") == 1
    assert not out.exists()


def test_our_export_imported_into_its_own_visit_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    db = ["--db", f"sqlite:///{tmp_path / 'p.db'}"]
    assert cli.main([*db, "import", str(DATA / "google.ics"), "--json"]) == 0
    visit_id = json.loads(capsys.readouterr().out)["visit_id"]
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    assert cli.main([*db, "export", str(visit_id), "--format", "ics", "-o", str(first)]) == 0
    capsys.readouterr()
    for _ in range(2):  # the second time too: nothing was raised or split the first time
        assert cli.main([*db, "import", str(first), "--into", str(visit_id), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["added"], result["changed"], result["skipped_older"]) == (0, 0, 0), result
    assert cli.main([*db, "export", str(visit_id), "--format", "ics", "-o", str(second)]) == 0
    strip = re.compile(rb"DTSTAMP:[^\r]*\r\n")
    assert strip.sub(b"", first.read_bytes()) == strip.sub(b"", second.read_bytes())
    # the venue with its commas stays a venue: no city "Tokyo 107-6325", no country "Japan" invented
    assert b"X-DP-CITY" not in second.read_bytes()
