"""Repository: every field survives the database, versions guard edits, deletes cascade."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from planner.core import tz
from planner.core.errors import ConflictError, NotFoundError, PlannerError
from planner.core.model import Contact, Engagement, Kind, Side, Status, Visit
from planner.storage import repository as repository_module
from planner.storage.repository import Repository, VisitSummary
from tests.factories import at, make_visit

ORDER = ["e-ntt", "e-jetro", "e-expo", "e-flight", "e-kotra", "e-berlin", "e-minister"]
TABLES = ("visits", "stops", "organisations", "contacts", "engagements", "attendance")


def counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def without_bookkeeping(engagement: Engagement) -> Engagement:
    return dataclasses.replace(engagement, version=0, updated_at=None)


@pytest.fixture
def stored(repo: Repository) -> Visit:
    visit = make_visit()
    repo.add_visit(visit)
    return visit


def test_every_field_survives_a_round_trip(repo: Repository, machine_tz: str) -> None:
    original = make_visit()
    visit_id = repo.add_visit(make_visit())
    loaded = repo.load_visit(visit_id)

    assert loaded.id == visit_id
    for name in (
        "title",
        "head",
        "home_tz",
        "start_date",
        "end_date",
        "language",
        "published",
        "source_article",
        "notes",
    ):
        assert getattr(loaded, name) == getattr(original, name), name
    assert loaded.stops == original.stops
    assert loaded.organisations == original.organisations
    assert [dataclasses.replace(c, version=0) for c in loaded.contacts] == original.contacts
    assert loaded.contacts[0].name_native == "विष्णु देव साय"
    by_uid = {e.uid: e for e in original.engagements}
    assert [without_bookkeeping(e) for e in loaded.engagements] == [by_uid[u] for u in ORDER]


def test_instants_come_back_aware_utc_whatever_the_machine_zone(repo: Repository, machine_tz: str) -> None:
    visit_id = repo.add_visit(make_visit())
    loaded = repo.load_visit(visit_id)
    for engagement in loaded.engagements:
        for value in (engagement.start, engagement.end, engagement.updated_at):
            if value is not None:
                assert value.utcoffset() == dt.timedelta(0)
    ntt = loaded.engagement("e-ntt")
    assert ntt is not None and ntt.start is not None
    assert ntt.start == dt.datetime(2025, 8, 21, 1, 0, tzinfo=dt.UTC)  # 10:00 JST
    assert tz.local_naive(ntt.start, "Asia/Tokyo").isoformat() == "2025-08-21T10:00:00"
    flight = loaded.engagement("e-flight")
    assert flight is not None and flight.end is not None
    assert (flight.tz, flight.end_tz) == ("Asia/Tokyo", "Asia/Seoul")
    assert tz.local_naive(flight.end, "Asia/Seoul").isoformat() == "2025-08-26T23:35:00"
    berlin = loaded.engagement("e-berlin")
    assert berlin is not None and berlin.start is not None
    # the second 02:30 of 26 October 2025 in Berlin is 01:30 UTC (CET, +01:00)
    assert berlin.start == dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC)


def test_engagements_load_in_time_order_with_unscheduled_last(repo: Repository) -> None:
    visit = make_visit()
    visit.engagements.reverse()
    visit_id = repo.add_visit(visit)
    assert [e.uid for e in repo.load_visit(visit_id).engagements] == ORDER


def test_add_visit_sets_ids_and_versions(repo: Repository) -> None:
    visit = make_visit()
    visit_id = repo.add_visit(visit)
    assert visit.id == visit_id
    assert visit.version == 1
    assert {e.version for e in visit.engagements} == {1}
    assert {c.version for c in visit.contacts} == {1}
    assert all(e.updated_at is not None for e in visit.engagements)
    assert repo.add_visit(make_visit()) != visit_id


def test_add_visit_writes_everything_or_nothing(repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    visit = make_visit()
    visit.engagements[-1].uid = visit.engagements[0].uid  # the database refuses the duplicate uid
    monkeypatch.setattr(repository_module, "check_visit", lambda visit: None)
    with pytest.raises(PlannerError, match="refused"):
        repo.add_visit(visit)
    assert set(counts(repo).values()) == {0}
    assert repo.is_empty()


def test_add_visit_refuses_an_attendee_who_is_not_a_contact(repo: Repository) -> None:
    visit = make_visit()
    visit.engagements[1].contact_uids.append("nobody")
    with pytest.raises(PlannerError, match="nobody"):
        repo.add_visit(visit)
    assert repo.is_empty()


def test_add_visit_refuses_an_unknown_zone(repo: Repository) -> None:
    visit = make_visit()
    visit.stops[0].tz = "Asia/Tokio"
    with pytest.raises(PlannerError, match="Asia/Tokio"):
        repo.add_visit(visit)
    assert repo.is_empty()


def test_list_visits_counts_engagements_and_unscheduled(repo: Repository, stored: Visit) -> None:
    other = Visit(title="Study tour to Sydney", home_tz="Asia/Kolkata")
    repo.add_visit(other)
    summaries = repo.list_visits()
    assert summaries == [
        VisitSummary(
            stored.id or 0, stored.title, "Vishnu Deo Sai", dt.date(2025, 8, 21), dt.date(2025, 8, 29), 7, 1
        ),
        VisitSummary(other.id or 0, "Study tour to Sydney", "", None, None, 0, 0),
    ]
    assert summaries[0].to_json() == {
        "id": stored.id,
        "title": stored.title,
        "head": "Vishnu Deo Sai",
        "start_date": "2025-08-21",
        "end_date": "2025-08-29",
        "engagements": 7,
        "unscheduled": 1,
    }
    assert summaries[1].to_json()["start_date"] is None
    assert not repo.is_empty()


def test_load_visit_names_a_missing_id(repo: Repository) -> None:
    with pytest.raises(NotFoundError) as caught:
        repo.load_visit(7)
    assert str(caught.value) == "no visit 7; 'planner list' shows the ids"


def test_save_engagement_bumps_version_and_keeps_sequence_for_notes(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    ntt = repo.load_visit(stored.id).engagement("e-ntt")
    assert ntt is not None and ntt.updated_at is not None
    ntt.notes = "Bring the data-centre brochure"
    saved = repo.save_engagement(stored.id, ntt)
    assert saved.version == ntt.version + 1
    assert saved.sequence == ntt.sequence == 2
    assert saved.updated_at is not None and saved.updated_at >= ntt.updated_at
    assert repo.load_visit(stored.id).engagement("e-ntt") == saved


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", at("2025-08-21", "09:30", "Asia/Tokyo")),
        ("end", at("2025-08-21", "12:00", "Asia/Tokyo")),
        ("status", Status.CANCELLED),
        ("tz", "Asia/Seoul"),
        ("title", "Meeting with NTT Data"),
    ],
)
def test_save_engagement_raises_sequence_on_significant_change(
    repo: Repository, stored: Visit, field: str, value: object
) -> None:
    assert stored.id is not None
    ntt = repo.load_visit(stored.id).engagement("e-ntt")
    assert ntt is not None
    setattr(ntt, field, value)
    saved = repo.save_engagement(stored.id, ntt)
    assert saved.sequence == 3
    assert getattr(saved, field) == value


def test_all_day_date_change_raises_sequence(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    expo = repo.load_visit(stored.id).engagement("e-expo")
    assert expo is not None
    expo.end_date = dt.date(2025, 8, 26)
    assert repo.save_engagement(stored.id, expo).sequence == 1


def test_stale_engagement_is_refused_and_nothing_changes(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    mine = repo.load_visit(stored.id).engagement("e-jetro")
    theirs = repo.load_visit(stored.id).engagement("e-jetro")
    assert mine is not None and theirs is not None
    theirs.venue = "Imperial Hotel"
    repo.save_engagement(stored.id, theirs)
    mine.venue = "Okura Tokyo"
    with pytest.raises(ConflictError, match="JETRO investment round-table"):
        repo.save_engagement(stored.id, mine)
    current = repo.load_visit(stored.id).engagement("e-jetro")
    assert current is not None and current.venue == "Imperial Hotel" and current.version == 2


def test_save_engagement_inserts_a_new_one_with_attendees(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    dinner = Engagement(
        title="Dinner hosted by the Ambassador",
        kind=Kind.CEREMONY,
        city="Tokyo",
        tz="Asia/Tokyo",
        start=at("2025-08-22", "19:00", "Asia/Tokyo"),
        end=at("2025-08-22", "21:00", "Asia/Tokyo"),
        contact_uids=["c-bhagat", "c-sai"],
    )
    saved = repo.save_engagement(stored.id, dinner)
    assert saved.version == 1 and saved.sequence == 0
    loaded = repo.load_visit(stored.id).engagement(dinner.uid)
    assert loaded is not None and loaded.contact_uids == ["c-bhagat", "c-sai"]


def test_save_engagement_with_unknown_attendee_writes_nothing(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    ntt = repo.load_visit(stored.id).engagement("e-ntt")
    assert ntt is not None
    before = counts(repo)
    ntt.contact_uids.append("c-ghost")
    ntt.venue = "Elsewhere"
    with pytest.raises(NotFoundError, match="c-ghost"):
        repo.save_engagement(stored.id, ntt)
    assert counts(repo) == before
    again = repo.load_visit(stored.id).engagement("e-ntt")
    assert again is not None and again.venue == "NTT Headquarters, Otemachi"


def test_attendance_follows_contact_uids(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    jetro = repo.load_visit(stored.id).engagement("e-jetro")
    assert jetro is not None and jetro.contact_uids == ["c-nakajo", "c-sai"]
    jetro.contact_uids = ["c-sai", "c-kim", "c-nakajo"]
    saved = repo.save_engagement(stored.id, jetro)
    assert saved.contact_uids == ["c-sai", "c-kim", "c-nakajo"]
    assert saved.sequence == jetro.sequence  # who attends is not a rescheduling
    saved.contact_uids = []
    assert repo.save_engagement(stored.id, saved).contact_uids == []
    assert counts(repo)["attendance"] == 5  # NTT 2, flight 2, KOTRA 1


def test_delete_engagement_removes_its_attendance(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    repo.delete_engagement(stored.id, "e-ntt")
    visit = repo.load_visit(stored.id)
    assert visit.engagement("e-ntt") is None
    assert len(visit.engagements) == 6
    assert counts(repo)["attendance"] == 7 - 2
    with pytest.raises(NotFoundError, match="e-ntt"):
        repo.delete_engagement(stored.id, "e-ntt")


def test_delete_contact_removes_them_from_every_engagement(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    repo.delete_contact(stored.id, "c-sai")
    visit = repo.load_visit(stored.id)
    assert visit.contact("c-sai") is None
    assert all("c-sai" not in e.contact_uids for e in visit.engagements)
    assert visit.engagement("e-ntt") is not None
    assert counts(repo)["attendance"] == 7 - 3


def test_save_contact_inserts_updates_and_guards_its_version(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    new = Contact(name="Priya Sharma", name_native="प्रिया शर्मा", side=Side.DELEGATION, role="Protocol")
    saved = repo.save_contact(stored.id, new)
    assert saved.version == 1
    assert repo.load_visit(stored.id).contacts[-1] == saved
    saved.phone = "+81 3 1234 5678"
    updated = repo.save_contact(stored.id, saved)
    assert updated.version == 2 and updated.phone == "+81 3 1234 5678"
    with pytest.raises(ConflictError, match="Priya Sharma"):
        repo.save_contact(stored.id, saved)  # still version 1


def test_delete_visit_cascades_to_every_table(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    keep = repo.add_visit(make_visit())
    repo.delete_visit(stored.id)
    assert [v.id for v in repo.list_visits()] == [keep]
    assert counts(repo) == {
        "visits": 1,
        "stops": 3,
        "organisations": 3,
        "contacts": 4,
        "engagements": 7,
        "attendance": 7,
    }
    with pytest.raises(NotFoundError):
        repo.delete_visit(stored.id)


def test_save_visit_upserts_children_by_uid_and_deletes_the_rest(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    visit = repo.load_visit(stored.id)
    versions = {e.uid: e.version for e in visit.engagements}
    # drop the Berlin call and the Korean contact (and the forum they attend), add a press meet
    visit.engagements = [e for e in visit.engagements if e.uid not in ("e-berlin", "e-kotra")]
    visit.contacts = [c for c in visit.contacts if c.uid != "c-kim"]
    visit.organisations = [o for o in visit.organisations if o.name != "KOTRA"]
    press = Engagement(
        title="Press meet in Osaka",
        city="Osaka",
        date=dt.date(2025, 8, 25),
        tz="Asia/Tokyo",
        uid="e-press",
        contact_uids=["c-sai"],
    )
    visit.engagements.append(press)
    flight = visit.engagement("e-flight")
    assert flight is not None and flight.start is not None and flight.end is not None
    flight.start += dt.timedelta(hours=1)
    flight.end += dt.timedelta(hours=1)
    visit.contacts[1].role = "Special Secretary"
    visit.title = "CM's visit to Japan and Korea"

    saved = repo.save_visit(visit)

    assert saved.title == "CM's visit to Japan and Korea"
    assert saved.version == visit.version + 1
    assert [e.uid for e in saved.engagements] == [
        "e-ntt",
        "e-jetro",
        "e-expo",
        "e-press",
        "e-flight",
        "e-minister",
    ]
    assert [c.uid for c in saved.contacts] == ["c-sai", "c-bhagat", "c-nakajo"]
    assert saved.contacts[1].role == "Special Secretary" and saved.contacts[1].version == 2
    assert [o.name for o in saved.organisations] == ["NTT", "JETRO"]
    new_flight = saved.engagement("e-flight")
    assert new_flight is not None and new_flight.sequence == 1 and new_flight.version == 2
    untouched = saved.engagement("e-jetro")
    assert untouched is not None and untouched.version == versions["e-jetro"]
    assert counts(repo) == {
        "visits": 1,
        "stops": 3,
        "organisations": 2,
        "contacts": 3,
        "engagements": 6,
        "attendance": 7,
    }


def test_save_visit_refuses_a_stale_visit(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    mine = repo.load_visit(stored.id)
    theirs = repo.load_visit(stored.id)
    theirs.notes = "changed by a colleague"
    repo.save_visit_details(theirs)
    mine.engagements = []
    with pytest.raises(ConflictError, match=f"visit {stored.id}"):
        repo.save_visit(mine)
    assert len(repo.load_visit(stored.id).engagements) == 7


def test_save_visit_details_changes_header_and_stops_only(repo: Repository, stored: Visit) -> None:
    assert stored.id is not None
    visit = repo.load_visit(stored.id)
    visit.head = "Chief Minister Vishnu Deo Sai"
    visit.end_date = dt.date(2025, 8, 30)
    visit.stops = visit.stops[:2]
    visit.stops[1].depart = dt.date(2025, 8, 27)
    visit.engagements = []  # ignored by save_visit_details
    saved = repo.save_visit_details(visit)
    assert saved.head == "Chief Minister Vishnu Deo Sai"
    assert saved.end_date == dt.date(2025, 8, 30)
    assert [s.city for s in saved.stops] == ["Tokyo", "Osaka"]
    assert saved.stops[1].depart == dt.date(2025, 8, 27)
    assert len(saved.engagements) == 7
    assert saved.version == visit.version + 1


def test_save_visit_without_id_adds_it(repo: Repository) -> None:
    saved = repo.save_visit(make_visit())
    assert saved.id is not None and len(saved.engagements) == 7
