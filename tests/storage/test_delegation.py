"""The delegation survives the database and the JSON backup: members, attendance, stays, legs, dismissals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner.core import backup
from planner.core.errors import InputFileError, NotFoundError, PlannerError
from planner.core.model import Engagement, Member, Place, Side, Stay, Visit
from planner.storage.repository import Repository
from tests.core.checks_itinerary import make_itinerary
from tests.factories import make_visit

DELEGATION_TABLES = ("members", "member_attendance", "stays", "dismissed_findings")


def delegation() -> Visit:
    """The checks' itinerary with one engagement for two members, stays with times, a dismissal."""
    visit = make_itinerary()
    visit.engagements[0].member_uids = ["m-sec", "m-cm"]  # in this order
    visit.stays[0].check_in_time = dt.time(14, 0)
    visit.stays[0].check_out_time = dt.time(11, 30)
    visit.stays[0].address = "1-1-1 Uchisaiwaicho, Chiyoda-ku"
    visit.stays[0].confirmation = "IMP-0042"
    visit.members[1].name_native = "लखन लाल देवांगन"
    visit.members[2].email = "secretary@cg.example.in"
    visit.dismissed = {"weekend|e5": "the Saturday call is at the minister's request"}
    return visit


def comparable(e: Engagement) -> Engagement:
    return dataclasses.replace(e, version=0, updated_at=None)


def counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in DELEGATION_TABLES}


def assert_same_delegation(loaded: Visit, original: Visit) -> None:
    assert loaded.members == original.members
    assert loaded.stays == original.stays
    assert loaded.dismissed == original.dismissed
    by_uid = {e.uid: comparable(e) for e in loaded.engagements}
    assert by_uid == {e.uid: comparable(e) for e in original.engagements}


def test_members_stays_legs_and_dismissals_round_trip(repo: Repository) -> None:
    original = delegation()
    visit_id = repo.add_visit(delegation())
    loaded = repo.load_visit(visit_id)
    assert_same_delegation(loaded, original)
    flight = loaded.engagement("flight")
    assert flight is not None
    assert (flight.from_place, flight.to_place) == (Place("Osaka", "Japan"), Place("Seoul", "South Korea"))
    assert (flight.carrier, flight.number) == ("Korean Air", "KE 722")
    assert loaded.engagement("e1").member_uids == ["m-sec", "m-cm"]  # type: ignore[union-attr]
    assert loaded.head_name() == "Vishnu Deo Sai"
    assert counts(repo) == {"members": 3, "member_attendance": 2, "stays": 3, "dismissed_findings": 1}


def test_saving_changes_members_stays_and_dismissals_in_place(repo: Repository) -> None:
    visit = repo.load_visit(repo.add_visit(delegation()))
    visit.members[2].role = "Secretary, Chief Minister's Office"
    visit.members.append(Member("Rajat Kumar", role="Secretary, Industries", uid="m-ind"))
    visit.engagements = [
        dataclasses.replace(e, member_uids=["m-ind"]) if e.uid == "e5" else e for e in visit.engagements
    ]
    visit.stays[1] = dataclasses.replace(visit.stays[1], hotel="Conrad Osaka")
    del visit.stays[2]
    visit.dismissed = {"hour.unusual|e3": "dinner hosted by the Governor"}
    saved = repo.save_visit(visit)
    assert_same_delegation(saved, visit)
    assert repo.load_visit(saved.id or 0).engagement("e5").member_uids == ["m-ind"]  # type: ignore[union-attr]
    # a member leaves: first from what they attend, then from the delegation
    saved.engagements = [dataclasses.replace(e, member_uids=[]) for e in saved.engagements]
    saved.members = [m for m in saved.members if m.uid != "m-sec"]
    again = repo.save_visit(saved)
    assert [m.uid for m in again.members] == ["m-cm", "m-min", "m-ind"]
    assert counts(repo) == {"members": 3, "member_attendance": 0, "stays": 2, "dismissed_findings": 1}


def test_unknown_or_repeated_members_are_refused_and_nothing_changes(repo: Repository) -> None:
    visit_id = repo.add_visit(delegation())
    before = counts(repo)
    visit = repo.load_visit(visit_id)
    visit.engagements[1].member_uids = ["m-nobody"]
    with pytest.raises(PlannerError, match="no member with uid 'm-nobody'"):
        repo.save_visit(visit)
    one = repo.load_visit(visit_id).engagements[1]
    with pytest.raises(PlannerError, match="lists the same member twice"):
        repo.save_engagement(visit_id, dataclasses.replace(one, member_uids=["m-cm", "m-cm"]))
    with pytest.raises(NotFoundError, match="no member with uid 'm-nobody'"):
        repo.save_engagement(visit_id, dataclasses.replace(one, member_uids=["m-nobody"]))
    assert counts(repo) == before
    assert_same_delegation(repo.load_visit(visit_id), delegation())


def test_one_engagement_saved_alone_keeps_its_leg_and_members(repo: Repository) -> None:
    visit_id = repo.add_visit(delegation())
    flight = repo.load_visit(visit_id).engagement("flight")
    assert flight is not None
    changed = dataclasses.replace(flight, number="KE 724", member_uids=["m-cm", "m-min"])
    stored = repo.save_engagement(visit_id, changed)
    assert (stored.number, stored.member_uids) == ("KE 724", ["m-cm", "m-min"])
    assert repo.load_visit(visit_id).engagement("flight") == stored


def test_a_visit_from_before_the_delegation_loads_with_none(repo: Repository) -> None:
    loaded = repo.load_visit(repo.add_visit(make_visit()))
    assert (loaded.members, loaded.stays, loaded.dismissed) == ([], [], {})
    assert loaded.head_name() == make_visit().head


# -- the JSON backup ------------------------------------------------------------------------------


def test_the_backup_carries_the_delegation_without_loss(repo: Repository) -> None:
    text = backup.dump(delegation())
    document = json.loads(text)
    assert list(document)[-4:] == ["members", "stays", "dismissed", "assumptions"]
    assert document["stays"][0]["check_in_time"] == "14:00"
    flight = next(e for e in document["engagements"] if e["uid"] == "flight")
    assert flight["to_place"] == {"city": "Seoul", "country": "South Korea"}
    loaded = backup.load(text.encode(), name="b.json")
    assert_same_delegation(loaded, delegation())
    assert backup.dump(loaded, exported_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)) == backup.dump(
        delegation(), exported_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    )
    # and through the database and out again
    stored = repo.load_visit(repo.add_visit(loaded))
    assert_same_delegation(stored, delegation())


def test_an_old_backup_without_the_delegation_still_imports() -> None:
    document = json.loads(backup.dump(make_visit()))
    for key in ("members", "stays", "dismissed"):
        del document[key]
    for e in document["engagements"]:
        for key in ("from_place", "to_place", "carrier", "number", "member_uids"):
            del e[key]
    loaded = backup.load(json.dumps(document).encode(), name="old.json")
    assert (loaded.members, loaded.stays, loaded.dismissed) == ([], [], {})
    assert [comparable(e) for e in loaded.engagements] == [
        comparable(e) for e in backup.load(backup.dump(make_visit()).encode(), name="new.json").engagements
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["engagements"][0].update(member_uids=["m-x"]),
            "member_uids[0]: no member has the uid 'm-x'",
        ),
        (lambda d: d["members"].append(dict(d["members"][0])), "members[3].uid: 'm-cm' is used twice"),
        (
            lambda d: d["members"][0].update(is_head="yes"),
            "members[0].is_head: expected true or false, got 'yes'",
        ),
        (
            lambda d: d["stays"][0].update(check_in_time="2 pm"),
            "stays[0].check_in_time: expected a local time",
        ),
        (lambda d: d["stays"][0].update(check_out="2025-09-01"), "stays[0].check_out: 2025-09-01 is before"),
        (lambda d: d["stays"][0].update(tz="Tokyo"), "stays[0].tz: expected an IANA time zone name"),
        (
            lambda d: d["engagements"][0].update(to_place={"country": "Japan"}),
            "to_place: the key 'city' is missing",
        ),
        (lambda d: d.update(dismissed=["x"]), "dismissed: expected an object of finding keys and reasons"),
    ],
)
def test_a_bad_delegation_in_a_backup_names_the_place(change: object, message: str) -> None:
    document = json.loads(backup.dump(delegation()))
    change(document)  # type: ignore[operator]
    with pytest.raises(InputFileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        backup.load(json.dumps(document).encode(), name="bad.json")


def test_stays_without_times_round_trip() -> None:
    visit = delegation()
    visit.stays.append(Stay("Ryokan", "Kyoto", uid="s-kyoto"))
    assert backup.load(backup.dump(visit).encode(), name="b.json").stays == visit.stays


# -- members from an imported article -------------------------------------------------------------


def test_an_articles_delegation_officials_become_members_not_counterparts(tmp_path: Path) -> None:
    from planner import services
    from planner.storage import open_repository
    from tests.conftest import DATA

    article = DATA / "articles" / "en_kl_kenya_officials.txt"
    with open_repository(f"sqlite:///{tmp_path / 'db.sqlite'}") as repo:
        result = services.import_article(repo, article.read_bytes(), name=article.name, published=None)
        visit = repo.load_visit(result["visit_id"])
    head = visit.head_member()
    assert head is not None and (head.name, head.role) == ("Sarada Muraleedharan", "Chief Secretary")
    assert {m.name for m in visit.members} == {
        "Sarada Muraleedharan",
        "A.P.M. Mohammed Hanish",
        "S. Harikishore",
        "Ajith Kolassery",
    }
    assert [m.is_head for m in visit.members].count(True) == 1
    assert all(c.side is Side.HOST for c in visit.contacts)
    known = {c.uid for c in visit.contacts}
    assert all(set(e.contact_uids) <= known for e in visit.engagements)
