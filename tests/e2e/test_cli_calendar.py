"""Command line odds and ends of issue 11: a closed pipe, and options an export format does not take."""

from __future__ import annotations

import os
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
