"""What the benchmark measures on: office-sized visits, and a large database built once and cached."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.core.model import Visit

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = ROOT / "planner" / "storage" / "migrations" / "versions"
CACHE = Path(tempfile.gettempdir()) / "planner-bench"

#: Where the delegation goes, ten days at a time: zones with and without DST.
PLACES = (
    ("Tokyo", "Japan", "Asia/Tokyo"),
    ("Berlin", "Germany", "Europe/Berlin"),
    ("New York", "United States", "America/New_York"),
    ("Sydney", "Australia", "Australia/Sydney"),
)
PER_DAY = 10  # engagements a day, as in the issue
STOP_DAYS = 10
CYCLE = STOP_DAYS * len(PLACES) * PER_DAY  # engagements before the places repeat


def office_visit(
    engagements: int, *, contacts: int = 200, title: str = "Benchmark visit", only: int | None = None
) -> Visit:
    """A visit of ``engagements`` timed engagements, ten a day from 08:00, ten days in each place.

    Every seventh engagement starts half an hour late (so it overlaps the next)
    and every 37th is in a city the delegation is not in: the clash rules
    have work to do.  ``only``: the days and stops of the whole visit but only its
    first ``only`` engagements (the rest are copied in the database).
    """
    from planner.core import tz
    from planner.core.model import Contact, Engagement, Kind, Stop, Visit

    first = dt.date(2025, 1, 6)
    days = max(1, -(-engagements // PER_DAY))
    people = [
        Contact(name=f"Contact {i}", organisation=f"Org {i % 40}", email=f"c{i}@example.org")
        for i in range(contacts)
    ]
    stops = []
    for n, offset in enumerate(range(0, days, STOP_DAYS)):
        city, country, zone = PLACES[n % len(PLACES)]
        last = min(offset + STOP_DAYS, days - 1)
        stops.append(
            Stop(city, country, zone, first + dt.timedelta(days=offset), first + dt.timedelta(days=last))
        )
    visit = Visit(
        title=title,
        head="Chief Minister",
        start_date=first,
        end_date=first + dt.timedelta(days=days - 1),
        contacts=people,
        stops=stops,
    )
    for i in range(engagements if only is None else min(only, engagements)):
        day = i // PER_DAY
        city, country, zone = PLACES[(day // STOP_DAYS) % len(PLACES)]
        if i % 37 == 0:
            city = "Osaka"
        date = first + dt.timedelta(days=day)
        at = dt.time(8 + i % PER_DAY, 30 if i % 7 == 0 else 0)
        start = tz.local_to_utc(dt.datetime.combine(date, at), zone, ambiguous="earlier")
        visit.engagements.append(
            Engagement(
                title=f"Meeting {i} with Org {i % 40}",
                kind=Kind.MEETING,
                organisation=f"Org {i % 40}",
                venue=f"Hall {i % 9}",
                city=city,
                country=country,
                tz=zone,
                start=start,
                end=start + dt.timedelta(minutes=50),
                contact_uids=[people[i % contacts].uid, people[(i + 1) % contacts].uid] if contacts else [],
                sectors=["IT", "Textiles"],
                notes="Notes, with; separators\nand lines.",
            )
        )
    return visit


def schema_key() -> str:
    """A digest of the migration scripts: the cached database is rebuilt when the schema changes."""
    digest = hashlib.sha256()
    for path in sorted(MIGRATIONS.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class OfficeDatabase:
    """An SQLite database the size of a busy office: 2,000 visits, 100,000 engagements, 20,000 contacts.

    Built through the app's repository for two template visits, then copied
    with one ``INSERT … SELECT`` per table (SQLAlchemy Core on the reflected
    tables, so it follows whatever the schema is).  Cached in the temp folder
    under the schema's digest; each run works on a fresh copy.
    """

    VISITS = 2000
    ENGAGEMENTS_PER_VISIT = 45  # 1,998 of them plus the two below: 100,000 engagements
    CONTACTS_PER_VISIT = 10

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        cached = CACHE / f"office-{schema_key()}.db"
        if not cached.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            building = cached.with_suffix(f".{os.getpid()}.part")
            _build(building, self)
            building.replace(cached)
        self.path = folder / "office.db"
        shutil.copyfile(cached, self.path)
        self.url = f"sqlite:///{self.path}"
        ids = _marked_visits(self.url)
        self.visit_100 = ids["bench-100"]
        self.visit_10k = ids["bench-10k"]


def _build(path: Path, spec: OfficeDatabase) -> None:
    from planner.storage import open_repository

    path.unlink(missing_ok=True)
    repo = open_repository(f"sqlite:///{path}")
    template = office_visit(spec.ENGAGEMENTS_PER_VISIT, contacts=spec.CONTACTS_PER_VISIT, title="Template")
    template_id = repo.add_visit(template)
    repo.add_visit(office_visit(100, contacts=spec.CONTACTS_PER_VISIT, title="bench-100"))
    big_id = repo.add_visit(office_visit(10_000, title="bench-10k", only=CYCLE))
    engine = repo.engine
    _copy_visit(engine, template_id, copies=spec.VISITS - 3)
    _repeat_engagements(engine, big_id, times=10_000 // CYCLE, days=CYCLE // PER_DAY)
    repo.close()


def _repeat_engagements(engine: object, visit_id: int, *, times: int, days: int) -> None:
    """The visit's engagements (and who attends them) again ``times - 1`` times, each ``days`` later."""
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    meta = sa.MetaData()
    meta.reflect(engine)
    engagements, attendance = meta.tables["engagements"], meta.tables["attendance"]
    fk = next(c for c in attendance.c if any(f.column.table is engagements for f in c.foreign_keys))
    with engine.begin() as conn:
        rows = [
            r._asdict()
            for r in conn.execute(sa.select(engagements).where(engagements.c.visit_id == visit_id))
        ]
        attends = [
            r._asdict() for r in conn.execute(sa.select(attendance).where(fk.in_([r["id"] for r in rows])))
        ]
        next_id = (conn.scalar(sa.select(sa.func.max(engagements.c.id))) or 0) + 1
        new_rows, new_attends = [], []
        for k in range(1, times):
            shift = dt.timedelta(days=k * days)
            ids = {}
            for row in rows:
                copy = dict(row, id=next_id, uid=f"{row['uid']}-{k}")
                ids[row["id"]] = next_id
                next_id += 1
                for name in ("start", "end", "date", "end_date"):
                    if copy.get(name) is not None:
                        copy[name] = copy[name] + shift
                new_rows.append(copy)
            new_attends.extend(dict(a, **{fk.name: ids[a[fk.name]]}) for a in attends)
        conn.execute(engagements.insert(), new_rows)
        if new_attends:
            conn.execute(attendance.insert(), new_attends)


def _copy_visit(engine: object, visit_id: int, *, copies: int) -> None:
    """``copies`` copies of one visit and every row that hangs off it, ids shifted by a stride per copy."""
    import sqlalchemy as sa

    assert isinstance(engine, sa.Engine)
    meta = sa.MetaData()
    meta.reflect(engine)
    visits = meta.tables["visits"]
    with engine.begin() as conn:
        stride = 10 * max(
            conn.scalar(sa.select(sa.func.max(t.c.id))) or 0 for t in meta.tables.values() if "id" in t.c
        )
        conn.execute(sa.text("PRAGMA cache_size = -200000"))
        conn.execute(sa.text("CREATE TEMP TABLE bench_copies (k INTEGER PRIMARY KEY)"))
        conn.execute(
            sa.text("INSERT INTO bench_copies (k) VALUES (:k)"), [{"k": k} for k in range(1, copies + 1)]
        )
        copies_t = sa.table("bench_copies", sa.column("k", sa.Integer))
        k = copies_t.c.k
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            columns = []
            for col in table.c:
                if (col.primary_key and col.name == "id") or col.foreign_keys:
                    columns.append((col + k * stride).label(col.name))
                elif col.name == "uid" or (table is visits and col.name == "title"):
                    columns.append((col + sa.literal("-") + sa.cast(k, sa.String)).label(col.name))
                else:
                    columns.append(col)
            select = sa.select(*columns).select_from(table.join(copies_t, sa.true()))
            select = select.where(_belongs(table, meta, visit_id))
            select = select.order_by(k, *table.primary_key.columns)  # ascending ids: appends, not a shuffle
            conn.execute(table.insert().from_select([c.name for c in table.c], select))


def _belongs(table: object, meta: object, visit_id: int) -> object:
    """Rows of ``table`` that belong to the visit: by ``visit_id``, or through a parent row that does."""
    import sqlalchemy as sa

    assert isinstance(table, sa.Table) and isinstance(meta, sa.MetaData)
    if table.name == "visits":
        return table.c.id == visit_id
    if "visit_id" in table.c:
        return table.c.visit_id == visit_id
    fk = next(iter(next(c for c in table.c if c.foreign_keys).foreign_keys))
    parent = fk.column.table
    return fk.parent.in_(sa.select(parent.c.id).where(_belongs(parent, meta, visit_id)))  # type: ignore[arg-type]


def _marked_visits(url: str) -> dict[str, int]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, title FROM visits WHERE title LIKE 'bench-%'"))
            return {title: int(i) for i, title in rows}
    finally:
        engine.dispose()
