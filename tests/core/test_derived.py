"""Days and clashes kept up to date edit by edit equal those of the whole visit derived afresh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from planner.core import schedule, tz
from planner.core.derived import Derived
from planner.core.model import Engagement, Kind, Member, Status, Stop, Visit

FIRST = dt.date(2025, 3, 10)
PLACES = (
    ("Tokyo", "Japan", "Asia/Tokyo"),
    ("Seoul", "South Korea", "Asia/Seoul"),
    ("Berlin", "Germany", "Europe/Berlin"),
)


def visit_of(count: int, rng: random.Random, *, members: bool = False) -> Visit:
    """Twelve days in three places (Berlin crosses the spring DST change), ``count`` engagements that
    overlap often, some in the wrong city, cancelled, all-day, zero-length or two days long."""
    stops = [
        Stop(city, country, zone, FIRST + dt.timedelta(days=4 * i), FIRST + dt.timedelta(days=4 * i + 3))
        for i, (city, country, zone) in enumerate(PLACES)
    ]
    visit = Visit(title="Random", start_date=FIRST, end_date=FIRST + dt.timedelta(days=11), stops=stops)
    if members:
        visit.members = [Member(name=f"M{i}") for i in range(3)]
    visit.engagements = [engagement(i, rng, visit) for i in range(count)]
    return visit


def engagement(i: int, rng: random.Random, visit: Visit) -> Engagement:
    day = rng.randrange(12)
    city, _, zone = PLACES[day // 4]
    if rng.random() < 0.15:
        city = rng.choice(PLACES)[0]
    date = FIRST + dt.timedelta(days=day)
    kind = Kind.TRAVEL if rng.random() < 0.05 else Kind.MEETING
    status = Status.CANCELLED if rng.random() < 0.1 else Status.CONFIRMED
    members = [m.uid for m in visit.members if rng.random() < 0.5]
    if rng.random() < 0.1:
        return Engagement(title=f"E{i}", date=date, city=city, tz=zone, status=status, member_uids=members)
    start = tz.local_to_utc(
        dt.datetime.combine(date, dt.time(rng.randrange(7, 20), rng.choice((0, 15, 30)))), zone
    )
    length = rng.choice((0, 30, 45, 60, 90, 120, 60 * 30))
    return Engagement(
        title=f"E{i}",
        kind=kind,
        city=city,
        tz=zone,
        start=start,
        end=start + dt.timedelta(minutes=length),
        status=status,
        member_uids=members,
    )


def keep_shared(visit: Visit):  # type: ignore[no-untyped-def]
    def keep(a: Engagement, b: Engagement) -> bool:
        if not visit.members:
            return True
        return bool({m.uid for m in visit.members_of(a)} & {m.uid for m in visit.members_of(b)})

    return keep


def afresh(visit: Visit, keep) -> tuple[list[schedule.Day], list[schedule.Clash]]:  # type: ignore[no-untyped-def]
    days, clashes = schedule.derive(visit)
    kept = []
    for c in clashes:
        if c.kind == "overlap":
            a, b = (visit.engagement(u) for u in c.uids)
            if not keep(a, b):
                continue
        kept.append(c)
    return days, kept


def apply(visit: Visit, uid: str, now: Engagement | None) -> None:
    """What the session does: an edit keeps the engagement's place, a new one goes at the end."""
    items = [e for e in visit.engagements if e.uid != uid]
    if now is not None:
        old = [e.uid for e in visit.engagements]
        items.insert(old.index(uid) if uid in old else len(items), now)
    visit.engagements = items


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("members", [False, True])
def test_random_edits_give_what_the_whole_visit_gives(seed: int, members: bool) -> None:
    rng = random.Random(seed)
    visit = visit_of(60, rng, members=members)
    keep = keep_shared(visit)
    derived = Derived(visit, keep, *afresh(visit, keep))
    deleted: list[Engagement] = []
    for step in range(80):
        roll = rng.random()
        if roll < 0.6 and visit.engagements:  # move, lengthen, cancel, rename or change city
            e = rng.choice(visit.engagements)
            now = engagement(step + 1000, rng, visit)
            now = dataclasses.replace(now, uid=e.uid, title=rng.choice((e.title, f"R{step}")))
        elif roll < 0.8 and visit.engagements:
            e = rng.choice(visit.engagements)
            deleted.append(e)
            apply(visit, e.uid, None)
            derived.changed(visit, e.uid, None)
            continue
        elif deleted and roll < 0.9:  # undo of a delete: it comes back at the end
            now = deleted.pop()
        else:
            now = engagement(step + 2000, rng, visit)
        apply(visit, now.uid, now)
        derived.changed(visit, now.uid, now)
        days, clashes = afresh(visit, keep)
        assert derived.days == days
        assert derived.clashes == clashes, f"step {step}"
        assert derived.by_uid == schedule.clashes_by_uid(clashes)
    assert derived.rebuilt < 20  # only edits reaching past the visit's dates derived all again


def test_an_engagement_outside_the_dates_derives_the_days_again() -> None:
    rng = random.Random(1)
    visit = visit_of(20, rng)
    derived = Derived(visit, None, *schedule.derive(visit))
    e = visit.engagements[0]
    later = dt.timedelta(days=30)
    assert e.start is not None and e.end is not None
    moved = dataclasses.replace(e, start=e.start + later, end=e.end + later, date=None)
    apply(visit, e.uid, moved)
    derived.changed(visit, e.uid, moved)
    assert derived.rebuilt == 1
    assert derived.days == schedule.visit_days(visit)
    assert len(derived.days) > 12
    assert derived.clashes == schedule.find_clashes(visit)


def test_an_edit_looks_only_near_the_engagement() -> None:
    """Moving one engagement in a long visit compares it with its neighbours, not with every engagement."""
    rng = random.Random(2)
    visit = visit_of(3000, rng)
    derived = Derived(visit, None, *schedule.derive(visit))
    e = next(x for x in visit.engagements if x.is_timed and x.status is Status.CONFIRMED)
    assert e.start is not None and e.end is not None
    step = dt.timedelta(minutes=15)
    moved = dataclasses.replace(e, start=e.start + step, end=e.end + step)
    apply(visit, e.uid, moved)
    assert len(derived._around(moved)) < 3000 / 4  # the window of a day or so, of twelve
    derived.changed(visit, e.uid, moved)
    assert derived.clashes == schedule.find_clashes(visit)
