"""Reading and writing user files: encodings, binary data, size limits, atomic writes."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

import pytest

from planner.core.errors import InputFileError, PlannerError
from planner.core.textfile import decode_text, read_bytes, read_text, write_atomically
from planner.core.writer import OutputFileError, replacing

TEXT = "टोक्यो में JETRO से मुलाकात।\nTokyo, 24 August"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
)
def test_text_with_or_without_a_byte_order_mark(encoded: bytes) -> None:
    assert decode_text(encoded) == TEXT


def test_crlf_becomes_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_text(path) == TEXT


def test_binary_and_undecodable_data_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="x.png")
    with pytest.raises(InputFileError, match=r"x\.txt: line 2: .*not UTF-8"):
        decode_text(b"first line\nsecond " + b"\xe9t\xe9", name="x.txt")


def test_missing_folder_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_text(tmp_path / "absent.txt")
    with pytest.raises(InputFileError, match="is a folder"):
        read_text(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputFileError, match="too big"):
        read_text(big)


def test_an_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    write_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]
    with pytest.raises(PlannerError, match="cannot write"):
        write_atomically(tmp_path / "no-such-folder" / "out.ics", b"x")


# -- reading what is not a regular file: one line, at once --------------------------------------


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)  # nobody writes to it: a blocking open would wait forever
    with pytest.raises(InputFileError, match=r"article\.txt: is not a regular file"):
        read_text(fifo)


def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="/dev/zero: is not a regular file"):
        read_bytes(Path("/dev/zero"))


def test_a_growing_file_is_cut_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputFileError, match="too big"):
        read_bytes(path, max_bytes=100)
    assert read_bytes(path, max_bytes=101) == b"x" * 101


def test_nul_anywhere_and_lone_surrogates_are_refused() -> None:
    late_nul = ("word " * 4000 + "\n\x00").encode("utf-8")  # after the first 8 KiB
    with pytest.raises(InputFileError, match=r"a\.txt: line 2: a NUL"):
        decode_text(late_nul, name="a.txt")
    with pytest.raises(InputFileError, match="not UTF-8"):
        decode_text("Tokyo \ud800 talks".encode("utf-8", "surrogatepass"), name="a.txt")
    with pytest.raises(InputFileError, match="UTF-16"):
        decode_text(codecs.BOM_UTF16_LE + "Tokyo \ud800 talks".encode("utf-16-le", "surrogatepass"))


def test_a_file_name_that_is_not_utf8_is_shown_in_the_message(tmp_path: Path) -> None:
    name = os.fsdecode(b"visit-\xff.txt")
    with pytest.raises(InputFileError, match=r"visit-\\xff\.txt: no such file") as caught:
        read_bytes(tmp_path / name)
    str(caught.value).encode("utf-8")  # printable: no lone surrogate in the message


# -- writing: temporary file, fsync, rename; modes; links; devices ------------------------------


def test_a_new_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_atomically(tmp_path / "contacts.vcf", b"BEGIN:VCARD")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "contacts.vcf").stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "visit.ics"
    target.write_bytes(b"old")
    target.chmod(mode)
    old = os.umask(0o022)
    try:
        write_atomically(target, b"new")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    real = tmp_path / "shared" / "visit.ics"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "visit.ics"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    dangling = tmp_path / "later.ics"
    dangling.symlink_to(tmp_path / "shared" / "later.ics")
    write_atomically(dangling, b"first")
    assert dangling.is_symlink() and (tmp_path / "shared" / "later.ics").read_bytes() == b"first"


def test_folders_fifos_and_devices_are_refused_and_left_alone(tmp_path: Path) -> None:
    with pytest.raises(OutputFileError, match="is a folder"):
        write_atomically(tmp_path, b"x")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputFileError, match="pipe: is not a regular file"):
        write_atomically(fifo, b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    before = os.lstat("/dev/full")
    with pytest.raises(OutputFileError, match="/dev/full: is not a regular file"):
        write_atomically(Path("/dev/full"), b"x")  # as root too: the device node is not replaced
    after = os.lstat("/dev/full")
    assert (after.st_ino, after.st_rdev, stat.S_ISCHR(after.st_mode)) == (before.st_ino, before.st_rdev, True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_temporary_names_are_unique_and_a_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "programme.pdf"
    target.write_bytes(b"good")
    names = []
    with pytest.raises(RuntimeError, match="crashed"), replacing(target) as a, replacing(target) as b:
        names = [a.name, b.name]
        a.write_bytes(b"half a fi")
        raise RuntimeError("renderer crashed")
    assert names[0] != names[1] and all(n.startswith(".programme.pdf.") for n in names)
    assert target.read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.pdf"]


def test_the_data_is_synced_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    write_atomically(tmp_path / "a.csv", b"date,title")
    assert events == ["fsync", "replace", "fsync"]  # the file, the rename, then the folder


def test_a_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "backup.json"
    target.write_bytes(b"{}")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputFileError, match=r"backup\.json: cannot write \(No space left on device\)"):
        write_atomically(target, b'{"format": "delegation-planner/1"}')
    assert target.read_bytes() == b"{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json"]


def test_counted_nouns_agree_with_their_number() -> None:
    from planner.core.wording import counted

    assert counted(1, "event") == "1 event"
    assert counted(0, "event") == "0 events"
    assert counted(2, "engagement") == "2 engagements"
    assert counted(3, "person", "people") == "3 people"
