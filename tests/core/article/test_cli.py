"""``planner parse-article``: JSON out, nothing written, and clear one-line errors for bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from tests.conftest import DATA, ROOT, SEED


def test_parse_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse-article", str(SEED), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"visit", "stops", "engagements", "contacts", "sectors", "warnings"}
    assert out["visit"]["year"] == 2025
    assert not list(Path(os.environ["XDG_DATA_HOME"]).parent.glob("data/**/*.sqlite*"))


def test_published_option(capsys: pytest.CaptureFixture[str]) -> None:
    f = DATA / "articles" / "en_od_japan_weekdays.txt"
    assert main(["parse-article", str(f), "--published", "2025-06-27", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["visit"]["published"] == "2025-06-27"


def test_summary_without_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse-article", str(SEED)]) == 0
    assert "Meeting with JETRO" in capsys.readouterr().out


def _error(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["parse-article", str(path), "--json"])
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, err = _error(f, capsys)
    assert code == 1 and "empty" in err and err.count("\n") == 1


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "photo.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    code, err = _error(f, capsys)
    assert code == 1 and "binary" in err and "Traceback" not in err


def test_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Chief Minister visits Zürich".encode("latin-1"))
    code, err = _error(f, capsys)
    assert code == 1 and "not UTF-8" in err


def test_utf16_with_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "utf16.txt"
    f.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    assert main(["parse-article", str(f), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {c["name"] for c in out["contacts"]} == {"Nakajo Kazuya", "Endo Yuji", "Hara Harunobu"}


def test_huge_file_refused_without_reading_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is written to disk
    code, err = _error(f, capsys)
    assert code == 1 and "too big" in err


def test_unrelated_text_exits_3_with_one_line() -> None:
    f = DATA / "articles" / "en_unrelated.txt"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "parse-article", str(f), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "no delegation visit found" in result.stderr


def test_subprocess_seed_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "parse-article", str(SEED), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["visit"]["head"] == "Chief Minister Vishnudev Sai"
