"""The importer's guesses become assumptions attached where they apply, and survive the JSON backup."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import backup
from planner.core.article import parse_article
from planner.core.article.assumed import assumptions_of, span_text
from planner.core.article.where.stops import span_text as stops_span_text
from planner.core.assumptions import Assumption, AssumptionStatus, Concern, open_about, open_on_day
from planner.core.errors import InputFileError
from planner.core.model import Engagement, Stop, Visit
from tests.conftest import SEED

AUG = dt.date(2025, 8, 1)


def seed_visit() -> Visit:
    return parse_article(SEED.read_text(encoding="utf-8")).to_visit()


def test_the_seeds_guesses_are_kept_where_they_apply() -> None:
    visit = seed_visit()
    by_code: dict[str, list[Assumption]] = {}
    for a in visit.assumptions:
        by_code.setdefault(a.code, []).append(a)
    # Osaka 25–27 Aug and Tokyo 23 Aug were filled in, not read
    stops = sorted((a.first_day, a.last_day) for a in by_code["stop.assumed"])
    assert stops == [
        (dt.date(2025, 8, 23), dt.date(2025, 8, 23)),
        (dt.date(2025, 8, 25), dt.date(2025, 8, 27)),
    ]
    assert all(a.concerns is Concern.DAYS for a in by_code["stop.assumed"])
    # a city from an organisation's seat is about that engagement
    seats = {visit.engagement(a.engagement_uid or "").title for a in by_code["city.from-seat"]}  # type: ignore[union-attr]
    assert seats == {"Meeting with NTT", "Meeting with KITA", "Visit to Hyundai Motor Studio"}
    # the 9-day visit dated over 6 days and the year from "एक्सपो-2025" are about the visit
    assert [a.concerns for a in by_code["span.unfilled"]] == [Concern.VISIT]
    assert [a.concerns for a in by_code["year.inferred"]] == [Concern.VISIT]
    # a date not given is not a guess: the engagement is visibly unscheduled instead
    assert not any("kept unscheduled" in a.text for a in visit.assumptions)
    assert all(a.status is AssumptionStatus.OPEN for a in visit.assumptions)


def test_day_and_engagement_lookups_see_only_open_ones() -> None:
    visit = seed_visit()
    assert [a.code for a in open_on_day(visit.assumptions, dt.date(2025, 8, 26))] == ["stop.assumed"]
    assert open_on_day(visit.assumptions, dt.date(2025, 8, 24)) == []
    ntt = next(e for e in visit.engagements if e.title == "Meeting with NTT")
    [about] = open_about(visit.assumptions, ntt.uid)
    done = about.decided(AssumptionStatus.CONFIRMED, "officer", dt.datetime(2025, 8, 1, tzinfo=dt.UTC))
    assert open_about([done], ntt.uid) == []
    assert done.reopened() == about


def test_warnings_are_read_by_kind_and_fall_back_to_the_visit() -> None:
    e = Engagement("Lunch with Keidanren", source="The lunch “tomorrow” at noon")
    visit = Visit(
        "v", engagements=[e], stops=[Stop("Tokyo", "Japan", "Asia/Tokyo", AUG, AUG.replace(day=10))]
    )
    found = assumptions_of(
        [
            "“Lunch with Keidanren”: no end time given; one hour assumed",
            "“tomorrow” taken as 2025-08-02, counted from the publication date 2025-08-01",
            "“Dinner”: no end time given; one hour assumed",  # no such engagement: the visit
            "assumed in Tokyo 3–5 Aug: the article names no other place before Osaka on 6 Aug",
            "publication date 2025-08-01 taken from the line “Updated: 1 Aug 2025”",
            "“Lunch with Keidanren”: no date in the article; kept unscheduled",  # not a guess
        ],
        visit,
    )
    assert [(a.code, a.concerns, a.engagement_uid, a.first_day) for a in found] == [
        ("time.length", Concern.ENGAGEMENT, e.uid, None),
        ("date.relative", Concern.ENGAGEMENT, e.uid, None),
        ("time.length", Concern.VISIT, None, None),
        ("stop.assumed", Concern.DAYS, None, dt.date(2025, 8, 3)),
        ("published.assumed", Concern.VISIT, None, None),
    ]


@pytest.mark.parametrize(
    ("first", "last"), [(AUG, AUG), (AUG, AUG.replace(day=9)), (dt.date(2025, 8, 30), dt.date(2025, 9, 2))]
)
def test_spans_are_read_as_the_stops_module_writes_them(first: dt.date, last: dt.date) -> None:
    assert span_text(first, last) == stops_span_text(first, last)


def test_an_assumption_must_name_what_it_is_about() -> None:
    with pytest.raises(ValueError, match="needs its uid"):
        Assumption("city.from-seat", "x", Concern.ENGAGEMENT)
    with pytest.raises(ValueError, match="first and last day"):
        Assumption("stop.assumed", "x", Concern.DAYS, first_day=AUG)


def test_the_backup_carries_assumptions_and_old_backups_import() -> None:
    visit = seed_visit()
    decided = visit.assumptions[0].decided(
        AssumptionStatus.CONFIRMED, "desk officer", dt.datetime(2025, 8, 20, 4, 5, tzinfo=dt.UTC)
    )
    visit.assumptions[0] = decided
    text = backup.dump(visit)
    loaded = backup.load(text.encode(), name="b.json")
    assert loaded.assumptions == visit.assumptions
    assert loaded.assumptions[0].decided_by == "desk officer"
    # a backup written before assumptions were kept has no such key
    old = backup.to_json(visit)
    del old["assumptions"]
    import json

    assert backup.load(json.dumps(old).encode(), name="old.json").assumptions == []
    # one about an engagement the backup does not hold is named
    broken = backup.to_json(visit)
    broken["assumptions"][1]["engagement_uid"] = "nobody"
    with pytest.raises(InputFileError, match=r"assumptions\[1\]\.engagement_uid"):
        backup.load(json.dumps(broken).encode(), name="b.json")
