"""The seed visit given its real delegation, hotels and the Osaka → Seoul flight; ``planner check`` on it.

The article names only the head of the delegation (Chief Minister Vishnu Deo Sai, "विष्णुदेव साय");
the other members below are the state's offices that accompany such a visit, named for the test.
The flight is made up for the test: Korean Air KE 2118, Kansai 10:00 JST → Incheon 11:55 KST.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from planner import services
from planner.cli import main
from planner.core.model import Engagement, Kind, Member, Place, Side, Stay, Visit
from planner.storage import open_repository
from tests.conftest import SEED
from tests.factories import at

TOKYO, SEOUL = "Asia/Tokyo", "Asia/Seoul"
TODAY = "2025-08-20"  # two days before the first engagement


def _by_title(visit: Visit, start: str) -> Engagement:
    return next(e for e in visit.engagements if e.title.startswith(start))


def give_it_its_delegation(visit: Visit) -> Visit:
    """What the protocol officer adds after importing the article."""
    head = visit.head_member()
    assert head is not None
    head.name, head.name_native = "Vishnu Deo Sai", "विष्णु देव साय"
    members = [
        head,
        Member("Lakhan Lal Dewangan", "लखन लाल देवांगन", "Minister of Commerce and Industry",
               "Commerce and Industry", uid="m-minister"),
        Member("Subodh Kumar Singh", "सुबोध कुमार सिंह", "Principal Secretary to the Chief Minister",
               "Chief Minister's Office", uid="m-ps"),
        Member("Rajat Kumar", "रजत कुमार", "Secretary, Commerce and Industry", "Commerce and Industry",
               email="secy.industries@cg.example.in", uid="m-industry"),
        Member("Rahul Bhagat", "राहुल भगत", "Secretary to the Chief Minister", "Chief Minister's Office",
               uid="m-secretary"),
    ]  # fmt: skip
    cm_party = [head.uid, "m-minister", "m-ps", "m-secretary"]
    tokyo = visit.stops[0]
    tokyo.arrive = visit.start_date = dt.date(2025, 8, 22)
    stays = [
        Stay("The Okura Tokyo", "Tokyo", "Japan", TOKYO, "2-10-4 Toranomon, Minato-ku",
             dt.date(2025, 8, 22), dt.time(14), dt.date(2025, 8, 24), dt.time(11), "OKR-55120"),
        Stay("Imperial Hotel Osaka", "Osaka", "Japan", TOKYO, "1-8-50 Temmabashi, Kita-ku",
             dt.date(2025, 8, 24), dt.time(15), dt.date(2025, 8, 28), dt.time(8), "IHO-20931"),
        Stay("Lotte Hotel Seoul", "Seoul", "South Korea", SEOUL, "30 Eulji-ro, Jung-gu",
             dt.date(2025, 8, 28), dt.time(14), dt.date(2025, 8, 30), dt.time(12), "LHS-7781"),
    ]  # fmt: skip
    changed = {
        "Meeting with JETRO": {"venue": "JETRO Headquarters, Ark Mori Building",
                               "start": at("2025-08-22", "10:00", TOKYO),
                               "end": at("2025-08-22", "11:00", TOKYO)},
        "Meeting with NTT": {"venue": "NTT Headquarters, Otemachi",
                             "start": at("2025-08-22", "14:00", TOKYO),
                             "end": at("2025-08-22", "15:00", TOKYO)},
        "Meeting with the Indian diaspora": {"city": "Tokyo", "venue": "Embassy of India, Kudan",
                                             "start": at("2025-08-23", "19:00", TOKYO),
                                             "end": at("2025-08-23", "21:30", TOKYO)},
    }  # fmt: skip
    engagements = []
    for e in visit.engagements:
        if e.title == "Arrival in South Korea":
            continue  # the article's arrival is the flight below
        fields = changed.get(e.title)
        engagements.append(dataclasses.replace(e, date=None, **fields) if fields else e)
    engagements += [
        Engagement("Flight Osaka (Kansai) → Seoul (Incheon)", kind=Kind.TRAVEL, tz=TOKYO, end_tz=SEOUL,
                   start=at("2025-08-28", "10:00", TOKYO), end=at("2025-08-28", "11:55", SEOUL),
                   from_place=Place("Osaka", "Japan"), to_place=Place("Seoul", "South Korea"),
                   carrier="Korean Air", number="KE 2118", uid="e-flight"),
        # members at different engagements at once: no clash
        Engagement("Call on the Governor of Osaka Prefecture", city="Osaka", country="Japan", tz=TOKYO,
                   start=at("2025-08-25", "10:00", TOKYO), end=at("2025-08-25", "11:00", TOKYO),
                   member_uids=cm_party, uid="e-governor"),
        Engagement("Kansai Economic Federation: textile investors", city="Osaka", country="Japan", tz=TOKYO,
                   start=at("2025-08-25", "10:00", TOKYO), end=at("2025-08-25", "11:30", TOKYO),
                   member_uids=["m-industry"], uid="e-kankeiren"),
    ]  # fmt: skip
    return dataclasses.replace(visit, members=members, stays=stays, engagements=engagements)


@pytest.fixture
def seed_db(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    with open_repository(url) as repo:
        visit_id = services.import_article(repo, SEED.read_bytes(), name=SEED.name, published=None)[
            "visit_id"
        ]
        repo.save_visit(give_it_its_delegation(repo.load_visit(visit_id)))
    return url, visit_id


def test_the_importer_makes_the_head_a_member_not_a_counterpart(tmp_path: Path) -> None:
    with open_repository(f"sqlite:///{tmp_path / 'db.sqlite'}") as repo:
        visit = repo.load_visit(
            services.import_article(repo, SEED.read_bytes(), name=SEED.name, published=None)["visit_id"]
        )
    assert [(m.name, m.role, m.is_head) for m in visit.members] == [("Vishnudev Sai", "Chief Minister", True)]
    assert visit.head_name() == "Vishnudev Sai"
    assert all(c.side is Side.HOST for c in visit.contacts)


def test_planner_check_on_the_seed_lists_what_a_protocol_officer_needs(
    seed_db: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    url, visit_id = seed_db
    code = main(["--db", url, "check", str(visit_id), "--json", "--today", TODAY])
    found = json.loads(capsys.readouterr().out)
    assert code == 0  # nothing is an error
    assert {f["code"] for f in found} == {"unscheduled.soon", "hour.unusual"}
    by_code = {(f["code"], f["message"].split("”")[0].lstrip("“")) for f in found}
    assert by_code == {
        ("hour.unusual", "Meeting with the Indian diaspora"),  # ends 21:30 in Tokyo
        ("unscheduled.soon", "Visit to Osaka Expo 2025 site"),  # a date (Sun 24 Aug) but no time yet
        ("unscheduled.soon", "Visit to Hyundai Motor Studio"),  # no date at all
    }
    for f in found:
        assert list(f)[:5] == ["code", "severity", "message", "engagements", "members"]


def test_the_seed_delegation_round_trips_and_each_member_has_a_programme(
    seed_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, visit_id = seed_db
    with open_repository(url) as repo:
        visit = repo.load_visit(visit_id)
    assert [m.name for m in visit.members][:2] == ["Vishnu Deo Sai", "Lakhan Lal Dewangan"]
    assert visit.head_name() == "Vishnu Deo Sai"
    assert [s.hotel for s in visit.stays] == ["The Okura Tokyo", "Imperial Hotel Osaka", "Lotte Hotel Seoul"]
    flight = visit.engagement("e-flight")
    assert flight is not None and (flight.carrier, flight.number) == ("Korean Air", "KE 2118")
    assert flight.to_place == Place("Seoul", "South Korea")
    out = tmp_path / "rajat.json"
    assert main(["--db", url, "export", str(visit_id), "--format", "json", "-o", str(out),
                 "--member", "Rajat Kumar"]) == 0  # fmt: skip
    programme = json.loads(out.read_text(encoding="utf-8"))
    titles = {e["title"] for e in programme["engagements"]}
    assert "Kansai Economic Federation: textile investors" in titles
    assert "Call on the Governor of Osaka Prefecture" not in titles
    assert "Flight Osaka (Kansai) → Seoul (Incheon)" in titles
    assert [m["name"] for m in programme["members"]] == ["Rajat Kumar"]
    assert len(programme["stays"]) == 3
    capsys.readouterr()
    assert main(["--db", url, "export", str(visit_id), "--format", "json", "-o", str(out),
                 "--member", "Nobody Here"]) == 1  # fmt: skip
    assert "no member called 'Nobody Here'" in capsys.readouterr().err
