"""Files through ``planner import / parse-article / export``: bad inputs are one line, outputs are safe."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from planner.cli import main
from planner.storage import open_repository
from tests.factories import make_visit


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'planner.db'}"
    visit = make_visit()
    visit.contacts[0].phone = "+91 771\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Forged"
    visit.engagements[0].title = "=HYPERLINK('http://x.example/','click')"
    with open_repository(url) as repo:
        repo.add_visit(visit)
    return url


def _inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)  # sparse: over the 8 MB limit without using the disk
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    surrogate = tmp_path / "lone.txt"
    surrogate.write_bytes("CM visits Tokyo \ud800 on 23 August".encode("utf-8", "surrogatepass"))
    odd = tmp_path / os.fsdecode(b"visit-\xff.txt")
    return {
        "fifo": (fifo, f"{fifo}: is not a regular file"),
        "device": (Path("/dev/zero"), "/dev/zero: is not a regular file"),
        "folder": (tmp_path, f"{tmp_path}: is a folder"),
        "too-big": (big, f"{big}: 9.0 MB is too big (at most 8 MB)"),
        "binary": (binary, f"{binary}: looks like a binary file"),
        "surrogate": (surrogate, f"{surrogate}: line 1: bytes that are not UTF-8 text"),
        "odd-name": (odd, "visit-\\xff.txt: no such file"),
    }


@pytest.mark.parametrize("command", ["import", "parse-article"])
@pytest.mark.parametrize("case", ["fifo", "device", "folder", "too-big", "binary", "surrogate", "odd-name"])
def test_a_bad_input_file_is_one_line(
    command: str, case: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = _inputs(tmp_path)[case]
    before = (tmp_path / "planner.db").read_bytes()
    assert main(["--db", db, command, str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("planner: error: ") and message in err, err
    assert (tmp_path / "planner.db").read_bytes() == before


def test_exports_are_private_and_cannot_be_injected(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # qapp: the PDF export paints with Qt; the test application must exist before it, as in tests/ui
    import vobject

    old = os.umask(0)
    try:
        for fmt in ("ics", "json", "csv", "vcf", "pdf"):
            assert main(["--db", db, "export", "1", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]) == 0
            assert stat.S_IMODE((tmp_path / f"out.{fmt}").stat().st_mode) == 0o600, fmt
    finally:
        os.umask(old)
    cards = list(vobject.readComponents((tmp_path / "out.vcf").read_text(encoding="utf-8")))
    assert len(cards) == len(make_visit().contacts) and cards[0].version.value == "3.0"
    assert all(card.fn.value != "Forged" for card in cards)
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert "'=HYPERLINK('http://x.example/','click')" in [row[7] for row in rows]
    assert main(["--db", db, "export", "1", "--format", "vcf", "--vcard-version", "4.0", "-o",
                 str(tmp_path / "v4.vcf")]) == 0  # fmt: skip
    assert b"\r\nVERSION:4.0\r\n" in (tmp_path / "v4.vcf").read_bytes()
    capsys.readouterr()


def test_an_export_onto_a_device_is_refused_and_the_device_stays(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = os.lstat("/dev/full")
    assert main(["--db", db, "export", "1", "--format", "csv", "-o", "/dev/full"]) == 1
    assert capsys.readouterr().err == (
        "planner: error: /dev/full: is not a regular file (a device, FIFO or socket); it was left alone\n"
    )
    after = os.lstat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
