"""Figures on the office database: open a 100-engagement visit, save one edit; and their baselines."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from tests.bench.harness import Figure, compare

_AUTOMAP: dict[int, Any] = {}


def _mapped(engine: Any) -> Any:
    """ORM classes reflected from the database itself (automap): the hand-written baseline needs no
    part of the app's own storage code."""
    from sqlalchemy.ext.automap import automap_base

    key = id(engine)
    if key not in _AUTOMAP:
        base = automap_base()
        base.prepare(autoload_with=engine)
        _AUTOMAP[key] = base.classes
    return _AUTOMAP[key]


def orm_load(engine: Any, visit_id: int) -> Any:
    """The visit's row and every row under it with ``select`` + ``selectinload`` (two levels)."""
    import sqlalchemy as sa
    from sqlalchemy.orm import Session, selectinload

    classes = _mapped(engine)
    visit_cls = classes.visits
    options = []
    for rel in sa.inspect(visit_cls).relationships:
        if rel.direction.name != "ONETOMANY":
            continue
        load = selectinload(getattr(visit_cls, rel.key))
        for child in sa.inspect(rel.mapper.class_).relationships:
            if child.direction.name == "ONETOMANY":
                options.append(load.selectinload(getattr(rel.mapper.class_, child.key)))
        options.append(load)
    with Session(engine) as session:
        return session.scalars(sa.select(visit_cls).where(visit_cls.id == visit_id).options(*options)).one()


def open_visit(repo: Any, visit_id: int, *, rounds: int) -> Figure:
    loaded = repo.load_visit(visit_id)
    return compare(
        f"open a visit of {len(loaded.engagements)} engagements (2,000 visits, 100k engagements)",
        lambda: repo.load_visit(visit_id),
        lambda: orm_load(repo.engine, visit_id),
        rounds=rounds,
        target=1.5,
        note="repository.load_visit vs ORM select with selectinload of the same rows",
    )


def save_edit(repo: Any, visit_id: int, *, rounds: int) -> Figure:
    """One engagement moved by 15 minutes and saved through the repository, vs a Core UPDATE + commit."""
    import sqlalchemy as sa

    visit = repo.load_visit(visit_id)
    timed = [e for e in visit.engagements if e.start is not None]
    state = {"e": timed[0], "step": 1}
    step = dt.timedelta(minutes=15)

    def case() -> None:
        e = state["e"]
        sign = state["step"] = -state["step"]
        moved = dataclasses.replace(e, start=e.start + sign * step, end=e.end + sign * step)
        state["e"] = repo.save_engagement(visit_id, moved)

    table = sa.Table("engagements", sa.MetaData(), autoload_with=repo.engine)
    row_id = _row_id(repo.engine, table, visit_id, timed[1].uid)  # another row: the case's stays current
    start = timed[1].start

    def baseline() -> None:
        with repo.engine.connect() as conn:
            conn.execute(
                sa.update(table)
                .where(table.c.id == row_id)
                .values(start=start, end=start + step, version=table.c.version + 1)
            )
            conn.commit()

    return compare(
        "one edit saved (a move, in the office database)",
        case,
        baseline,
        rounds=rounds,
        target=2.0,
        warmup=2,
        note="repository.save_engagement vs SQLAlchemy Core UPDATE + commit",
    )


def _row_id(engine: Any, table: Any, visit_id: int, uid: str) -> int:
    import sqlalchemy as sa

    with engine.connect() as conn:
        return int(conn.scalar(sa.select(table.c.id).where(table.c.visit_id == visit_id, table.c.uid == uid)))
