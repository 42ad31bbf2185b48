"""Migrations: a database made at every older revision upgrades on open with its data intact,
and the migrated schema is exactly what the ORM models describe."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from planner.core.model import Contact, Engagement, Kind, Organisation, Side, Status, Stop, Visit
from planner.storage import migrate, open_repository
from planner.storage.engine import create_engine
from planner.storage.schema import Base

UTC = dt.UTC
STAMP = "2025-08-20 04:30:00"

# -- rows written with plain SQL, one set per revision (a new revision needs a new entry) --------


def seed_0001(conn: sa.Connection) -> None:
    def insert(table: str, **values: object) -> None:
        columns = ", ".join(f'"{c}"' for c in values)
        params = ", ".join(f":{c}" for c in values)
        conn.execute(sa.text(f"INSERT INTO {table} ({columns}) VALUES ({params})"), values)

    stamps = {"version": 3, "created_at": STAMP, "updated_at": STAMP}
    insert(
        "visits",
        id=41,
        title="मुख्यमंत्री का जापान दौरा",
        head="Vishnu Deo Sai",
        home_tz="Asia/Kolkata",
        start_date="2025-08-21",
        end_date="2025-08-29",
        language="hi",
        published="2025-08-22",
        source_article="टोकियो में JETRO…",
        notes="",
        **stamps,
    )
    insert(
        "stops",
        id=1,
        visit_id=41,
        position=0,
        city="Tokyo",
        country="Japan",
        tz="Asia/Tokyo",
        arrive="2025-08-21",
        depart="2025-08-23",
        **stamps,
    )
    insert(
        "stops",
        id=2,
        visit_id=41,
        position=1,
        city="Seoul",
        country="South Korea",
        tz="Asia/Seoul",
        arrive="2025-08-26",
        depart="2025-08-29",
        **stamps,
    )
    insert(
        "organisations",
        id=1,
        visit_id=41,
        position=0,
        name="JETRO",
        name_native="जेईटीआरओ",
        country="Japan",
        website="",
        notes="",
        **stamps,
    )
    insert(
        "contacts",
        id=5,
        visit_id=41,
        uid="c-sai",
        position=0,
        name="Vishnu Deo Sai",
        name_native="विष्णु देव साय",
        organisation="Government of Chhattisgarh",
        role="Chief Minister",
        email="",
        phone="",
        side="delegation",
        notes="",
        source="",
        **stamps,
    )
    insert(
        "contacts",
        id=6,
        visit_id=41,
        uid="c-nakajo",
        position=1,
        name="Nakajo Kazuya",
        name_native="नाकाजो काज़ुया",
        organisation="JETRO",
        role="",
        email="",
        phone="",
        side="host",
        notes="",
        source="",
        **stamps,
    )
    common = {
        "organisation": "",
        "venue": "",
        "country": None,
        "end_tz": None,
        "notes": "",
        "source": "",
        "unscheduled_reason": "",
        **stamps,
    }
    insert(
        "engagements",
        id=10,
        visit_id=41,
        uid="e-jetro",
        title="JETRO round-table",
        kind="meeting",
        status="confirmed",
        city="Tokyo",
        tz="Asia/Tokyo",
        start="2025-08-22 05:30:00",
        end="2025-08-22 07:00:00",
        date=None,
        end_date=None,
        sectors='["IT", "Textiles"]',
        sequence=4,
        **common,
    )
    insert(
        "engagements",
        id=11,
        visit_id=41,
        uid="e-expo",
        title="Expo 2025",
        kind="site_visit",
        status="tentative",
        city="Osaka",
        tz="Asia/Tokyo",
        start=None,
        end=None,
        date="2025-08-24",
        end_date="2025-08-25",
        sectors="[]",
        sequence=0,
        **common,
    )
    insert(
        "engagements",
        id=12,
        visit_id=41,
        uid="e-minister",
        title="Call on the Minister",
        kind="ceremony",
        status="postponed",
        city="Seoul",
        tz=None,
        start=None,
        end=None,
        date=None,
        end_date=None,
        sectors="[]",
        sequence=0,
        **common,
    )
    insert("attendance", engagement_id=10, contact_id=6, position=0)
    insert("attendance", engagement_id=10, contact_id=5, position=1)


# 0002 only added an index, 0003 columns with defaults and a table: the rows of 0001 describe them too.
SEEDS: dict[str, Callable[[sa.Connection], None]] = {"0001": seed_0001, "0002": seed_0001, "0003": seed_0001}
SEEDS["0004"] = seed_0001  # 0004 added tables and nullable or defaulted columns: the same rows hold
SEEDS["0005"] = seed_0001  # 0005 added defaulted columns only
SEEDS["0006"] = seed_0001  # 0006 added a table: the same rows hold


def expected_visit() -> Visit:
    """What every seed above describes, as the newest code should load it."""
    return Visit(
        title="मुख्यमंत्री का जापान दौरा",
        head="Vishnu Deo Sai",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 8, 21),
        end_date=dt.date(2025, 8, 29),
        language="hi",
        published=dt.date(2025, 8, 22),
        source_article="टोकियो में JETRO…",
        stops=[
            Stop("Tokyo", "Japan", "Asia/Tokyo", dt.date(2025, 8, 21), dt.date(2025, 8, 23)),
            Stop("Seoul", "South Korea", "Asia/Seoul", dt.date(2025, 8, 26), dt.date(2025, 8, 29)),
        ],
        organisations=[Organisation("JETRO", name_native="जेईटीआरओ", country="Japan")],
        contacts=[
            Contact(
                "Vishnu Deo Sai",
                name_native="विष्णु देव साय",
                organisation="Government of Chhattisgarh",
                role="Chief Minister",
                side=Side.DELEGATION,
                uid="c-sai",
                version=3,
            ),
            Contact(
                "Nakajo Kazuya",
                name_native="नाकाजो काज़ुया",
                organisation="JETRO",
                side=Side.HOST,
                uid="c-nakajo",
                version=3,
            ),
        ],
        engagements=[
            Engagement(
                "JETRO round-table",
                kind=Kind.MEETING,
                city="Tokyo",
                tz="Asia/Tokyo",
                start=dt.datetime(2025, 8, 22, 5, 30, tzinfo=UTC),
                end=dt.datetime(2025, 8, 22, 7, 0, tzinfo=UTC),
                sectors=["IT", "Textiles"],
                contact_uids=["c-nakajo", "c-sai"],
                uid="e-jetro",
                version=3,
                sequence=4,
                updated_at=dt.datetime(2025, 8, 20, 4, 30, tzinfo=UTC),
            ),
            Engagement(
                "Expo 2025",
                kind=Kind.SITE_VISIT,
                status=Status.TENTATIVE,
                city="Osaka",
                tz="Asia/Tokyo",
                date=dt.date(2025, 8, 24),
                end_date=dt.date(2025, 8, 25),
                uid="e-expo",
                version=3,
                updated_at=dt.datetime(2025, 8, 20, 4, 30, tzinfo=UTC),
            ),
            Engagement(
                "Call on the Minister",
                kind=Kind.CEREMONY,
                status=Status.POSTPONED,
                city="Seoul",
                uid="e-minister",
                version=3,
                updated_at=dt.datetime(2025, 8, 20, 4, 30, tzinfo=UTC),
            ),
        ],
        id=41,
        version=3,
    )


def test_every_revision_has_seed_rows() -> None:
    assert migrate.revisions()[0] == "0001"
    assert list(SEEDS) == migrate.revisions()


def test_revisions_form_one_line() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    assert migrate.head() == migrate.revisions()[-1]


@pytest.mark.parametrize("revision", migrate.revisions())
def test_database_from_an_older_revision_upgrades_with_data_intact(db_url: str, revision: str) -> None:
    engine = create_engine(db_url)
    try:
        migrate.upgrade(engine, revision)
        with engine.begin() as conn:
            assert migrate.current_revision(conn) == revision
            SEEDS[revision](conn)
    finally:
        engine.dispose()

    with open_repository(db_url) as repo:
        with repo.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head()
        assert repo.load_visit(41) == expected_visit()
        summary = repo.list_visits()[0]
        assert (summary.id, summary.engagements, summary.unscheduled) == (41, 3, 1)
        # and the upgraded database takes new rows next to the old ones
        new_id = repo.add_visit(Visit(title="Second visit"))
        assert new_id != 41


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    with open_repository(db_url) as repo, repo.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_nothing_and_up_again(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
        assert {"visits", "engagements", "attendance"} <= set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_installed_wheel_migrates_without_alembic_ini(tmp_path: Path) -> None:
    """The migration scripts ship inside the package and run from wherever it is installed."""
    root = Path(__file__).resolve().parents[2]

    def pip(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "pip", *args], capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr

    pip("wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(root))
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    pip("install", "--no-deps", "-q", "--target", str(tmp_path / "site"), str(wheel))
    code = (
        "import planner, planner.storage as s\n"
        f"repo = s.open_repository('sqlite:///{tmp_path / 'w.db'}')\n"
        "print(planner.__file__, repo.is_empty())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{tmp_path / 'site' / 'planner' / '__init__.py'} True\n"
