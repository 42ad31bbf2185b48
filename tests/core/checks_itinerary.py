"""A clean four-day itinerary Tokyo → Osaka → Seoul for the checks' tests, built from a start date.

Day 1 Tokyo meeting; day 2 Tokyo meeting, the Shinkansen to Osaka, an Osaka meeting; day 3 the
flight to Seoul and a Seoul meeting; day 4 a Seoul meeting; hotels for the three nights.  Three
members.  With a start date whose four days are working days in Japan and Korea it has no
findings at all; each test changes one thing and expects exactly one finding.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.checks import CheckSettings, Finding, run_checks
from planner.core.model import Engagement, Kind, Member, Place, Stay, Stop, Visit
from tests.factories import at

TOKYO, OSAKA, SEOUL = "Asia/Tokyo", "Asia/Tokyo", "Asia/Seoul"
CITIES = {"tokyo": (35.6895, 139.6917), "osaka": (34.6937, 135.5023), "seoul": (37.5665, 126.9780)}
START = dt.date(2025, 9, 2)  # a Tuesday; 2–5 September 2025 are working days in Japan and Korea


def coordinates(city: str, country: str) -> tuple[float, float] | None:
    return CITIES.get(city.casefold())


SETTINGS = CheckSettings(coordinates=coordinates)


def day(start: dt.date, n: int) -> str:
    return (start + dt.timedelta(days=n)).isoformat()


def meeting(uid: str, start: dt.date, n: int, clock: str, until: str, city: str, **kw: object) -> Engagement:
    zone = SEOUL if city == "Seoul" else TOKYO
    country = "South Korea" if city == "Seoul" else "Japan"
    fields: dict[str, object] = {"kind": Kind.MEETING, "venue": f"{uid} venue", "country": country}
    fields.update(kw)
    return Engagement(
        title=f"Meeting {uid}",
        city=city,
        tz=zone,
        start=at(day(start, n), clock, zone),
        end=at(day(start, n), until, zone),
        uid=uid,
        **fields,  # type: ignore[arg-type]
    )


def leg(
    uid: str, depart: tuple[str, str, str], arrive: tuple[str, str, str], frm: Place, to: Place, **kw: object
) -> Engagement:
    """``depart``/``arrive``: (date, clock, zone)."""
    return Engagement(
        title=f"{frm.city} → {to.city}",
        kind=Kind.TRAVEL,
        tz=depart[2],
        end_tz=arrive[2] if arrive[2] != depart[2] else None,
        start=at(*depart),
        end=at(*arrive),
        from_place=frm,
        to_place=to,
        uid=uid,
        **kw,  # type: ignore[arg-type]
    )


def make_itinerary(start: dt.date = START) -> Visit:
    d = start
    members = [
        Member("Vishnu Deo Sai", role="Chief Minister", is_head=True, uid="m-cm"),
        Member("Lakhan Lal Dewangan", role="Minister of Commerce and Industry", uid="m-min"),
        Member("Rahul Bhagat", role="Secretary to the Chief Minister", uid="m-sec"),
    ]
    tokyo, osaka, seoul = Place("Tokyo", "Japan"), Place("Osaka", "Japan"), Place("Seoul", "South Korea")
    engagements = [
        meeting("e1", d, 0, "10:00", "11:00", "Tokyo"),
        meeting("e2", d, 1, "09:00", "10:00", "Tokyo"),
        leg("shinkansen", (day(d, 1), "13:00", TOKYO), (day(d, 1), "15:30", OSAKA), tokyo, osaka,
            carrier="JR Central", number="Nozomi 23"),
        meeting("e3", d, 1, "17:00", "18:00", "Osaka"),
        leg("flight", (day(d, 2), "12:00", OSAKA), (day(d, 2), "14:10", SEOUL), osaka, seoul,
            carrier="Korean Air", number="KE 722"),
        meeting("e4", d, 2, "17:00", "18:00", "Seoul"),
        meeting("e5", d, 3, "10:00", "11:00", "Seoul"),
    ]  # fmt: skip
    return Visit(
        title="Chhattisgarh delegation to Japan and Korea",
        start_date=d,
        end_date=d + dt.timedelta(days=3),
        stops=[
            Stop("Tokyo", "Japan", TOKYO, d, d + dt.timedelta(days=1)),
            Stop("Osaka", "Japan", OSAKA, d + dt.timedelta(days=1), d + dt.timedelta(days=2)),
            Stop("Seoul", "South Korea", SEOUL, d + dt.timedelta(days=2), d + dt.timedelta(days=3)),
        ],
        stays=[
            Stay(
                "Imperial Hotel",
                "Tokyo",
                "Japan",
                TOKYO,
                check_in=d,
                check_out=d + dt.timedelta(days=1),
                uid="s-tokyo",
            ),
            Stay(
                "Hotel New Otani Osaka",
                "Osaka",
                "Japan",
                OSAKA,
                check_in=d + dt.timedelta(days=1),
                check_out=d + dt.timedelta(days=2),
                uid="s-osaka",
            ),
            Stay(
                "Lotte Hotel Seoul",
                "Seoul",
                "South Korea",
                SEOUL,
                check_in=d + dt.timedelta(days=2),
                check_out=d + dt.timedelta(days=3),
                uid="s-seoul",
            ),
        ],
        engagements=engagements,
        members=members,
    )


def replace(visit: Visit, uid: str, **changes: object) -> Visit:
    """``visit`` with engagement ``uid`` changed."""
    engagements = [dataclasses.replace(e, **changes) if e.uid == uid else e for e in visit.engagements]  # type: ignore[arg-type]
    return dataclasses.replace(visit, engagements=engagements)


def check(visit: Visit, **settings: object) -> list[Finding]:
    return run_checks(visit, settings=dataclasses.replace(SETTINGS, **settings))  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]
