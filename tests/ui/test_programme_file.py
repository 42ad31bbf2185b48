"""The tour programme as a file: rendered beside the target, swapped in whole, private."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from planner.core.writer import OutputFileError
from planner.ui import programme
from planner.ui.programme import write_pdf
from tests.ui.test_programme import NOW, long_visit


def test_a_render_that_fails_midway_leaves_the_previous_pdf(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "programme.pdf"
    pages = write_pdf(long_visit(), out, now=NOW)
    assert pages > 2
    good = out.read_bytes()
    real = programme.footer_layout
    drawn: list[int] = []

    def fail_on_page_three(*args: object, **kwargs: object) -> object:
        drawn.append(1)
        if len(drawn) == 3:
            raise RuntimeError("out of memory while painting page 3")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(programme, "footer_layout", fail_on_page_three)
    with pytest.raises(RuntimeError, match="page 3"):
        write_pdf(long_visit(), out, now=NOW + dt.timedelta(days=1))
    assert len(drawn) == 3  # it did fail midway, with two pages already painted
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.pdf"]


def test_the_pdf_is_private_and_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, qapp: object) -> None:
    new = tmp_path / "new.pdf"
    old = os.umask(0)
    try:
        write_pdf(long_visit(), new, now=NOW)
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o644)
    write_pdf(long_visit(), shared, now=NOW)
    assert shared.read_bytes().startswith(b"%PDF") and stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_a_link_is_written_through_and_a_device_is_refused(tmp_path: Path, qapp: object) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "programme.pdf"
    link.symlink_to(real)
    write_pdf(long_visit(), link, now=NOW)
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
    with pytest.raises(OutputFileError, match="/dev/full: is not a regular file"):
        write_pdf(long_visit(), Path("/dev/full"), now=NOW)
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)
