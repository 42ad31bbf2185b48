"""Command line, end to end: export → import into an empty database → export gives identical events.

Runs against the real SQLite repository when ``planner.storage`` is present; until then against the
in-memory repository of ``tests/test_services_ics.py`` (same API), so the CLI wiring is still tested.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from planner import cli
from tests.test_services_ics import FakeRepository

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"
HAS_STORAGE = importlib.util.find_spec("planner.storage") is not None
EVENT = re.compile(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", re.S)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A function giving the ``--db`` arguments of a fresh, empty database."""
    fakes: dict[str, FakeRepository] = {}
    if not HAS_STORAGE:
        monkeypatch.setattr(cli, "open_repository", lambda url: fakes.setdefault(url, FakeRepository()))

    def make(name: str) -> list[str]:
        return ["--db", f"sqlite:///{tmp_path / name}.sqlite"]

    return make


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def events(data: bytes) -> list[bytes]:
    """The VEVENT blocks without DTSTAMP (the time of export), sorted."""
    return sorted(re.sub(rb"DTSTAMP:[^\r]*\r\n", b"", e) for e in EVENT.findall(data))


def test_export_import_export_gives_identical_events(db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first_db, second_db = db("first"), db("second")
    code, out, _ = run(capsys, *first_db, "import", str(DATA / "outlook.ics"), "--json")
    assert code == 0
    visit_id = json.loads(out)["visit_id"]

    one = tmp_path / "one.ics"
    code, out, _ = run(capsys, *first_db, "export", str(visit_id), "--format", "ics", "-o", str(one))
    assert code == 0 and "5 events written" in out

    code, out, _ = run(capsys, *second_db, "import", str(one), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["created"] is True and result["added"] == 5

    two = tmp_path / "two.ics"
    code, _, _ = run(capsys, *second_db, "export", str(result["visit_id"]), "--format", "ics", "-o", str(two))
    assert code == 0
    assert events(one.read_bytes()) == events(two.read_bytes())
    assert len(events(one.read_bytes())) == 5


def test_import_into_merges_and_reports(db, capsys) -> None:  # type: ignore[no-untyped-def]
    args = db("merge")
    _, out, _ = run(capsys, *args, "import", str(DATA / "google.ics"), "--json")
    visit_id = json.loads(out)["visit_id"]
    code, out, _ = run(capsys, *args, "import", str(DATA / "google.ics"), "--into", str(visit_id), "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["visit_id"], result["created"], result["added"], result["unchanged"]) == (
        visit_id,
        False,
        0,
        2,
    )


def test_malformed_file_leaves_the_database_unchanged(db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = db("bad")
    _, out, _ = run(capsys, *args, "import", str(DATA / "google.ics"), "--json")
    visit_id = json.loads(out)["visit_id"]
    before = tmp_path / "before.ics"
    run(capsys, *args, "export", str(visit_id), "--format", "ics", "-o", str(before))

    broken = tmp_path / "broken.ics"
    broken.write_bytes((DATA / "google.ics").read_bytes().replace(b"END:VEVENT\r\nEND:VCALENDAR\r\n", b""))
    code, out, err = run(capsys, *args, "import", str(broken), "--into", str(visit_id))
    assert code == 1 and "Traceback" not in err
    assert re.search(r"planner: error: .*broken\.ics: line \d+: the file ends inside BEGIN:VEVENT", err)

    after = tmp_path / "after.ics"
    run(capsys, *args, "export", str(visit_id), "--format", "ics", "-o", str(after))
    assert events(before.read_bytes()) == events(after.read_bytes())


def test_other_formats(db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = db("formats")
    _, out, _ = run(capsys, *args, "import", str(DATA / "outlook.ics"), "--json")
    visit_id = str(json.loads(out)["visit_id"])
    vcf, csv_file = tmp_path / "c.vcf", tmp_path / "e.csv"
    assert run(capsys, *args, "export", visit_id, "--format", "vcf", "-o", str(vcf))[0] == 0
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert run(capsys, *args, "export", visit_id, "--format", "csv", "-o", str(csv_file))[0] == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfdate,local start")
    code, _, err = run(capsys, *args, "export", visit_id, "--format", "ics", "-o", str(tmp_path / "x.ics"),
                       "--attendee", "Keiko Sat")  # fmt: skip
    assert code == 1 and "Keiko Sato" in err
