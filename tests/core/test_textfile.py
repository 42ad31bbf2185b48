"""Reading and writing user files: encodings, binary data, size limits, atomic writes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from planner.core.errors import InputFileError
from planner.core.textfile import decode_text, read_text, write_atomically

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
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(InputFileError, match="cannot write"):
        write_atomically(tmp_path / "no-such-folder" / "out.ics", b"x")


def test_counted_nouns_agree_with_their_number() -> None:
    from planner.core.wording import counted

    assert counted(1, "event") == "1 event"
    assert counted(0, "event") == "0 events"
    assert counted(2, "engagement") == "2 engagements"
    assert counted(3, "person", "people") == "3 people"
