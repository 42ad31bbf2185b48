"""Fuzz the three importers (article, calendar, JSON backup) with mutations of real files.

Each input goes through ``cli.import_data``, the path ``planner import`` takes: it is
imported, or refused with one line (a ``PlannerError``); anything else is a crash and
fails the test. After a refusal the database dump is byte-identical to the one before.
A handful of inputs also go through the real command line in a process of its own.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import import_data
from planner.core import backup
from planner.core.errors import PlannerError
from planner.storage import open_repository
from tests.factories import make_visit
from tests.fuzz.corpus import EXAMPLES, FUZZ, article_seeds, ics_seeds, json_seeds, mutated, random_bytes

ROOT = Path(__file__).resolve().parents[2]
NAMES = {"article": "article.txt", "ics": "invite.ics", "json": "backup.json"}


class Target:
    """A database with one visit to merge calendars into; each input is tried against it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.repo = open_repository(f"sqlite:///{path}")
        sa.event.listen(self.repo.engine, "connect", _no_fsync)
        self.repo.engine.dispose()  # the connections made from now on skip fsync: this is a scratch file
        self.base = self.repo.add_visit(make_visit())
        self.counts: Counter[str] = Counter()
        self.before = self.dump()

    def dump(self) -> str:
        with sqlite3.connect(self.path) as conn:
            text = "\n".join(conn.iterdump())
        conn.close()
        return text

    def attempt(self, kind: str, data: bytes, *, into: bool) -> None:
        before = self.before  # the dump after the previous input: nothing else writes here
        try:
            result = import_data(
                data, Path(NAMES[kind]), repository=lambda: self.repo, into=self.base if into else None
            )
        except PlannerError as exc:
            message = str(exc)
            assert message.strip() and "\n" not in message and "Traceback" not in message, message
            message.encode("utf-8", "backslashreplace")
            assert self.dump() == before, f"a refused input changed the database: {message}"
            self.counts["refused"] += 1
            return
        visit = self.repo.load_visit(result["visit_id"])
        backup.from_json(backup.to_json(visit), name="stored")  # what was stored can be backed up again
        self.counts["imported"] += 1
        if result.get("created", True):
            self.repo.delete_visit(result["visit_id"])  # keep the database small
        else:
            self.repo.delete_visit(self.base)
            self.base = self.repo.add_visit(make_visit())
        self.before = self.dump()


def _no_fsync(dbapi_connection: Any, record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    made = Target(tmp_path_factory.mktemp("fuzz") / "planner.db")
    yield made
    made.repo.close()


def _inputs(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """Mostly mutations of the real files; one input in ten only noise."""
    return st.integers(0, 9).flatmap(lambda i: random_bytes() if i == 0 else mutated(seeds))


def _fuzz(target: Target, kind: str, seeds: list[bytes], record: Callable[[str, object], None]) -> None:
    target.counts.clear()
    merge = st.booleans() if kind == "ics" else st.just(False)

    @settings(FUZZ, max_examples=EXAMPLES[kind])
    @given(data=_inputs(seeds), into=merge)
    def run(data: bytes, into: bool) -> None:
        target.attempt(kind, data, into=into)

    run()
    counts = target.counts
    total = counts["imported"] + counts["refused"]
    record("fuzz", f"{kind}: {total} inputs, {counts['imported']} imported, {counts['refused']} refused")
    assert total >= EXAMPLES[kind]
    assert counts["imported"] and counts["refused"]  # both paths were exercised


def test_fuzz_the_article_importer(target: Target, record_property: Callable[[str, object], None]) -> None:
    _fuzz(target, "article", article_seeds(), record_property)


def test_fuzz_the_calendar_importer(target: Target, record_property: Callable[[str, object], None]) -> None:
    _fuzz(target, "ics", ics_seeds(), record_property)


def test_fuzz_the_backup_importer(target: Target, record_property: Callable[[str, object], None]) -> None:
    _fuzz(target, "json", json_seeds(), record_property)


# -- a few through the real command line ----------------------------------------------------------


def _cli_cases(tmp_path: Path) -> list[Path]:
    """Fixed mutations (a seeded generator), one or two per kind, plus a FIFO that nobody writes to."""
    rng = random.Random(20261201)
    cases = []
    for kind, seeds in (("article", article_seeds()), ("ics", ics_seeds()), ("json", json_seeds())):
        for n in range(2):
            data = bytearray(rng.choice(seeds))
            cut = rng.randrange(len(data))
            data[cut : cut + 3] = rng.choice([b"\x00", b"9999", b"\xff", b"\n\n"])
            path = tmp_path / f"{n}-{NAMES[kind]}"
            path.write_bytes(bytes(data[: len(data) - n * rng.randrange(len(data) // 2)]))
            cases.append(path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    return [*cases, fifo]


def test_mutated_files_through_the_real_command_line(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    url = f"sqlite:///{db}"
    with open_repository(url) as repo:
        repo.add_visit(make_visit())
    outcomes = Counter()
    for path in _cli_cases(tmp_path):
        with sqlite3.connect(db) as conn:
            before = "\n".join(conn.iterdump())
        conn.close()
        result = subprocess.run(
            [sys.executable, "-m", "planner", "--db", url, "import", str(path)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert "Traceback" not in result.stderr, result.stderr
        if result.returncode == 0:
            outcomes["imported"] += 1
            continue
        assert result.returncode == 1 and result.stdout == "", result.stderr
        errors = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
        assert len(errors) == 1 and errors[0].startswith("planner: error: "), result.stderr
        with sqlite3.connect(db) as conn:
            assert "\n".join(conn.iterdump()) == before
        conn.close()
        outcomes["refused"] += 1
    assert outcomes["refused"] >= 1 and sum(outcomes.values()) == 7


# -- what the fuzz found, kept as plain cases ---------------------------------------------------------

_EVENT = "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Talks\r\n{}END:VEVENT\r\n"
_ZONE = (
    "BEGIN:VTIMEZONE\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\n"
    "TZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def _calendar(body: str) -> bytes:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{body}END:VCALENDAR\r\n".encode()


@pytest.mark.parametrize(
    ("data", "outcome"),
    [
        (
            _calendar(_EVENT.format("DTSTART:20250821T010000Z\r\nDTSTART:20250821T020000Z\r\n")),
            "invite.ics: event 'Talks' (line 4): DTSTART appears more than once",
        ),
        (_calendar(_ZONE + _EVENT.format("DTSTART:20250821T010000Z\r\n")), None),  # a zone without TZID
    ],
    ids=["property-twice", "vtimezone-without-tzid"],
)
def test_calendars_that_crashed_the_importer(target: Target, data: bytes, outcome: str | None) -> None:
    target.counts.clear()
    target.attempt("ics", data, into=False)
    assert target.counts == Counter(refused=1 if outcome else 0, imported=0 if outcome else 1)
    if outcome:
        with pytest.raises(PlannerError, match=re.escape(outcome)):
            import_data(data, Path("invite.ics"), repository=lambda: target.repo)


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ("DTSTART:20250821T010000Z\r\nSEQUENCE:99999999999\r\n", "engagements[0].sequence: expected a whole"),
        ("DTSTART:99991231T235959Z\r\n", "the year 9999 is out"),  # out of range, or outside
        ("DTSTART:20250821T010000Z\r\nLAST-MODIFIED:00010101T000000Z\r\n", "the year 1 is out"),
    ],
    ids=["sequence-beyond-32-bits", "year-9999", "last-modified-year-1"],
)
def test_calendars_that_would_store_an_unexportable_visit(target: Target, event: str, message: str) -> None:
    data = _calendar(_EVENT.format(event))
    target.counts.clear()
    target.attempt("ics", data, into=False)
    assert target.counts == Counter(refused=1)
    with pytest.raises(PlannerError, match=re.escape(message)):
        import_data(data, Path("invite.ics"), repository=lambda: target.repo)
