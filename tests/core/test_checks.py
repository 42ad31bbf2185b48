"""The checks on constructed itineraries: each rule fires exactly once where it should, and not elsewhere."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import holidays
import pytest

from planner.core.checks import (
    CODES,
    Severity,
    findings_by_engagement,
    gazetteer_coordinates,
    has_errors,
    run_checks,
)
from planner.core.checks.places import coordinates_of
from planner.core.model import Engagement, Kind, Place, Status, Stay, Stop, Visit
from tests.core.checks_itinerary import (
    CITIES,
    OSAKA,
    SEOUL,
    SETTINGS,
    START,
    TOKYO,
    check,
    codes,
    day,
    leg,
    make_itinerary,
    meeting,
    replace,
)
from tests.factories import at


def with_engagement(visit: Visit, e: Engagement) -> Visit:
    return dataclasses.replace(visit, engagements=[*visit.engagements, e])


def test_the_clean_itinerary_has_no_findings() -> None:
    assert check(make_itinerary()) == []


def test_members_at_different_engagements_at_once_is_no_clash() -> None:
    visit = replace(make_itinerary(), "e1", member_uids=["m-cm", "m-min"])
    visit = with_engagement(visit, meeting("e1b", START, 0, "10:00", "11:00", "Tokyo", member_uids=["m-sec"]))
    assert check(visit) == []


def test_one_member_booked_twice_is_one_clash_naming_them() -> None:
    visit = with_engagement(
        make_itinerary(), meeting("e1b", START, 0, "10:30", "11:30", "Tokyo", member_uids=["m-sec"])
    )
    [finding] = check(visit)
    assert (finding.code, finding.severity) == ("clash.member", Severity.ERROR)
    assert finding.engagements == ("e1", "e1b")
    assert finding.members == ("m-sec",)
    assert "Rahul Bhagat" in finding.message and "10:30 JST" in finding.message


def test_a_cancelled_engagement_never_clashes() -> None:
    extra = meeting("e1b", START, 0, "10:30", "11:30", "Tokyo", status=Status.CANCELLED)
    assert check(with_engagement(make_itinerary(), extra)) == []


def test_a_meeting_during_a_members_journey_is_a_travel_clash() -> None:
    extra = meeting("e2b", START, 1, "13:30", "14:30", "Tokyo", member_uids=["m-min"])
    [finding] = check(with_engagement(make_itinerary(), extra))
    assert finding.code == "clash.travel"
    assert set(finding.engagements) == {"shinkansen", "e2b"}
    assert finding.members == ("m-min",)
    assert "Nozomi 23" in finding.message


def test_an_engagement_in_a_city_nobody_is_in() -> None:
    visit = replace(make_itinerary(), "e1", city="Kyoto")
    [finding] = check(visit)
    assert (finding.code, finding.engagements) == ("place.not-there", ("e1",))
    assert "Kyoto" in finding.message and "Tokyo" in finding.message


def test_two_zones_on_one_day_before_and_after_the_flight() -> None:
    """On the flight day the delegation is in Osaka (JST) until it lands in Seoul (KST)."""
    before = meeting("early-seoul", START, 2, "09:00", "09:30", "Seoul")
    [finding] = check(with_engagement(make_itinerary(), before))
    assert (finding.code, finding.engagements) == ("place.not-there", ("early-seoul",))
    assert "Osaka" in finding.message
    after = meeting("late-osaka", START, 2, "19:00", "20:00", "Osaka")
    [finding] = check(with_engagement(make_itinerary(), after))
    assert (finding.code, finding.engagements) == ("place.not-there", ("late-osaka",))
    assert "Seoul" in finding.message


def test_a_member_who_flew_ahead_is_not_at_the_delegations_meeting() -> None:
    """The secretary takes a flight of his own to Seoul on day 2 instead of the train to Osaka."""
    visit = replace(make_itinerary(), "shinkansen", member_uids=["m-cm", "m-min"])
    own = leg(
        "own-flight",
        (day(START, 1), "14:00", TOKYO),
        (day(START, 1), "16:30", SEOUL),
        Place("Tokyo", "Japan"),
        Place("Seoul", "South Korea"),
        member_uids=["m-sec"],
    )
    visit = replace(with_engagement(visit, own), "flight", member_uids=["m-cm", "m-min"])
    [finding] = check(visit)
    assert (finding.code, finding.engagements, finding.members) == ("place.not-there", ("e3",), ("m-sec",))
    assert "Rahul Bhagat is in Seoul" in finding.message


def test_too_little_time_after_the_train() -> None:
    visit = replace(make_itinerary(), "e3", start=at(day(START, 1), "15:45", OSAKA))
    [finding] = check(visit)
    assert (finding.code, finding.severity) == ("travel.too-tight", Severity.WARNING)
    assert finding.engagements == ("shinkansen", "e3")
    assert finding.members == ("m-cm", "m-min", "m-sec")  # the whole delegation
    assert finding.message.startswith(
        "The delegation: 15 min from the end of “Tokyo → Osaka” to “Meeting e3”"
    )


def test_across_town_the_buffer_is_the_users() -> None:
    extra = meeting("e2b", START, 1, "10:40", "11:30", "Tokyo")  # 40 min after e2, another venue
    visit = with_engagement(make_itinerary(), extra)
    assert codes(check(visit)) == ["travel.too-tight"]  # 30 min across Tokyo + 30 min buffer
    assert check(visit, buffer=dt.timedelta(minutes=10)) == []
    same_venue = dataclasses.replace(extra, venue="e2 venue")
    assert check(with_engagement(make_itinerary(), same_venue)) == []


def test_between_cities_without_coordinates_nothing_is_guessed() -> None:
    """A train within one country whose length is unknown has no known overheads: no finding."""
    visit = replace(make_itinerary(), "e3", start=at(day(START, 1), "15:45", OSAKA))
    assert codes(check(visit)) == ["travel.too-tight"]
    assert check(visit, coordinates=lambda city, country: None) == []


def _first_date(first: dt.date, predicate: object) -> dt.date:
    """The first date from ``first`` that ``predicate`` accepts, by the package's own calendars."""
    jp = holidays.country_holidays("JP", years=range(first.year, first.year + 2))
    kr = holidays.country_holidays("KR", years=range(first.year, first.year + 2))
    d = first
    while True:
        if predicate(d, jp, kr):  # type: ignore[operator]
            return d
        d += dt.timedelta(days=1)


def _weekday_off(d: dt.date, jp: holidays.HolidayBase, kr: holidays.HolidayBase) -> bool:
    """A Japanese public holiday on a weekday, the next three days ordinary working days in JP and KR."""
    rest = [d + dt.timedelta(days=i) for i in (1, 2, 3)]
    return (
        d in jp
        and d.weekday() < 5
        and all(x.weekday() < 5 and x not in jp and x not in kr for x in rest)
        and d not in kr
    )


def test_a_meeting_on_a_host_public_holiday() -> None:
    first = _first_date(dt.date(2025, 1, 1), _weekday_off)
    [finding] = check(make_itinerary(first))
    assert (finding.code, finding.engagements) == ("holiday", ("e1",))
    name = holidays.country_holidays("JP", years=first.year)[first]
    assert name in finding.message and "Japan" in finding.message


def test_holidays_of_another_country_do_not_count() -> None:
    """A Korean holiday on the Tokyo day is no holiday in Tokyo."""

    def korean_only(d: dt.date, jp: holidays.HolidayBase, kr: holidays.HolidayBase) -> bool:
        rest = [d + dt.timedelta(days=i) for i in (1, 2, 3)]
        return (
            d in kr
            and d not in jp
            and d.weekday() < 5
            and all(x.weekday() < 5 and x not in jp and x not in kr for x in rest)
        )

    first = _first_date(dt.date(2025, 1, 1), korean_only)
    assert check(make_itinerary(first)) == []


def test_a_meeting_on_the_weekend() -> None:
    first = dt.date(2025, 9, 3)  # Wednesday: the fourth day, in Seoul, is a Saturday
    [finding] = check(make_itinerary(first))
    assert (finding.code, finding.severity, finding.engagements) == ("weekend", Severity.NOTE, ("e5",))
    assert "Sat 6 Sep" in finding.message and "South Korea" in finding.message


def test_a_community_event_on_the_weekend_is_normal() -> None:
    visit = replace(make_itinerary(dt.date(2025, 9, 3)), "e5", kind=Kind.COMMUNITY)
    assert check(visit) == []


def test_unusual_hours_are_local_and_configurable() -> None:
    visit = replace(
        make_itinerary(), "e1", start=at(day(START, 0), "07:30", TOKYO), end=at(day(START, 0), "08:30", TOKYO)
    )
    [finding] = check(visit)
    assert (finding.code, finding.engagements) == ("hour.unusual", ("e1",))
    assert "07:30–08:30" in finding.message
    assert check(visit, earliest=dt.time(7)) == []
    late = replace(make_itinerary(), "e4", end=at(day(START, 2), "21:30", SEOUL))
    assert codes(check(late)) == ["hour.unusual"]


def test_a_night_without_a_hotel() -> None:
    visit = make_itinerary()
    visit = dataclasses.replace(visit, stays=[s for s in visit.stays if s.uid != "s-osaka"])
    [finding] = check(visit)
    assert finding.code == "stay.missing-night"
    assert finding.message == "No hotel booked in Osaka for the night of Wed 3 Sep"


def _red_eye(visit: Visit) -> Visit:
    """The Seoul flight leaves Osaka late on day 2 and lands after midnight."""
    visit = replace(
        visit,
        "flight",
        start=at(day(START, 1), "22:30", OSAKA),
        end=at(day(START, 2), "00:40", SEOUL),
    )
    return visit


def test_a_leg_landing_after_midnight_needs_a_room_from_the_night_before() -> None:
    [finding] = check(_red_eye(make_itinerary()))
    assert (finding.code, finding.engagements) == ("leg.late-arrival-no-stay", ("flight",))
    assert "00:40" in finding.message and "Seoul" in finding.message
    booked = _red_eye(make_itinerary())
    booked.stays[2].check_in = START + dt.timedelta(days=1)
    assert check(booked) == []


def test_an_arrival_zone_that_is_not_the_next_stops() -> None:
    visit = replace(make_itinerary(), "flight", end_tz=None)  # arrives "in Asia/Tokyo"
    [finding] = check(visit)
    assert (finding.code, finding.severity, finding.engagements) == (
        "leg.zone-mismatch",
        Severity.ERROR,
        ("flight",),
    )
    assert "Asia/Seoul" in finding.message


def test_a_day_of_the_visit_without_a_stop() -> None:
    visit = make_itinerary()
    seoul = visit.stops[2]
    visit.stops[2] = Stop(seoul.city, seoul.country, seoul.tz, seoul.arrive, seoul.arrive)
    [finding] = check(visit)
    assert (finding.code, finding.day) == ("day.no-stop", START + dt.timedelta(days=3))


def test_unscheduled_and_date_only_engagements_soon() -> None:
    visit = make_itinerary()
    visit.engagements.append(Engagement("Call on the Governor", uid="undated", unscheduled_reason="no date"))
    last = START + dt.timedelta(days=3)
    visit.engagements.append(
        Engagement("Farewell", date=last, uid="dated", city="Seoul", country="South Korea")
    )
    assert check(visit) == []  # no today given: the rule needs one
    settings = dataclasses.replace(SETTINGS, soon_days=5)
    found = run_checks(visit, today=START - dt.timedelta(days=3), settings=settings)
    assert [(f.code, f.engagements) for f in found] == [("unscheduled.soon", ("undated",))]
    assert "3 days away" in found[0].message
    found = run_checks(visit, today=START, settings=settings)
    assert [(f.code, f.engagements) for f in found] == [
        ("unscheduled.soon", ("dated",)),
        ("unscheduled.soon", ("undated",)),
    ]
    assert "under way" in found[0].message
    assert run_checks(visit, today=START - dt.timedelta(days=30), settings=settings) == []


# -- across a DST change (Berlin, clocks back at 03:00 on Sunday 26 October 2025) ------------------

BERLIN = "Europe/Berlin"


def berlin_visit() -> Visit:
    first = dt.date(2025, 10, 23)
    return Visit(
        title="Investment promotion in Germany",
        start_date=first,
        end_date=dt.date(2025, 10, 27),
        stops=[Stop("Berlin", "Germany", BERLIN, first, dt.date(2025, 10, 27))],
        stays=[
            Stay("Hotel Adlon", "Berlin", "Germany", BERLIN, check_in=first, check_out=dt.date(2025, 10, 27))
        ],
        engagements=[
            Engagement(
                "Invest in Berlin",
                city="Berlin",
                country="Germany",
                tz=BERLIN,
                uid="b1",
                start=at("2025-10-23", "10:00", BERLIN),
                end=at("2025-10-23", "11:00", BERLIN),
            ),
            Engagement(
                "Diaspora breakfast",
                kind=Kind.COMMUNITY,
                city="Berlin",
                country="Germany",
                tz=BERLIN,
                uid="b2",
                start=at("2025-10-26", "08:30", BERLIN),
                end=at("2025-10-26", "10:00", BERLIN),
            ),
            Engagement(
                "Siemens Energy",
                city="Berlin",
                country="Germany",
                tz=BERLIN,
                uid="b3",
                start=at("2025-10-27", "10:00", BERLIN),
                end=at("2025-10-27", "11:00", BERLIN),
            ),
        ],
    )


def test_across_a_dst_change_the_clean_visit_stays_clean() -> None:
    assert check(berlin_visit()) == []


def test_across_a_dst_change_hours_are_read_on_that_days_clock() -> None:
    """07:30 CET on the Sunday is 06:30 UTC: still before 08:00 on the local clock."""
    visit = replace(berlin_visit(), "b2", start=at("2025-10-26", "07:30", BERLIN))
    [finding] = check(visit)
    assert (finding.code, finding.engagements) == ("hour.unusual", ("b2",))


def test_across_a_dst_change_a_clash_hidden_by_the_repeated_hour() -> None:
    """01:30 CEST → 02:30 CET lasts two hours; 02:40 CEST (the first 02:40) falls inside it."""
    a = Engagement(
        "Night event",
        kind=Kind.COMMUNITY,
        city="Berlin",
        country="Germany",
        tz=BERLIN,
        uid="n1",
        start=at("2025-10-26", "01:30", BERLIN),
        end=at("2025-10-26", "02:30", BERLIN, ambiguous="later"),
    )
    b = Engagement(
        "Call home",
        kind=Kind.COMMUNITY,
        city="Berlin",
        country="Germany",
        tz=BERLIN,
        uid="n2",
        venue=a.venue,
        start=at("2025-10-26", "02:40", BERLIN, ambiguous="earlier"),
        end=at("2025-10-26", "02:50", BERLIN, ambiguous="earlier"),
    )
    visit = with_engagement(with_engagement(berlin_visit(), a), b)
    found = check(visit, earliest=dt.time(0), latest=dt.time(23, 59))
    assert [(f.code, f.engagements) for f in found] == [("clash.member", ("n1", "n2"))]


# -- the list as a whole ---------------------------------------------------------------------------


def test_every_code_is_documented_and_findings_come_in_a_stable_order() -> None:
    visit = replace(make_itinerary(), "e1", city="Kyoto")
    visit = replace(visit, "flight", end_tz=None)
    found = check(visit)
    assert {f.code for f in found} <= set(CODES)
    assert found == check(visit)
    assert [f.day for f in found] == sorted(f.day for f in found if f.day)
    assert has_errors(found)
    assert set(findings_by_engagement(found)) == {"e1", "flight"}


def test_a_dismissed_finding_is_marked_and_no_longer_an_error() -> None:
    visit = replace(make_itinerary(), "e1", city="Kyoto")
    [finding] = check(visit)
    visit.dismissed[finding.key] = "the Kyoto call is by video"
    [again] = check(visit)
    assert again.dismissed == "the Kyoto call is by video"
    assert not has_errors([again])
    assert again.to_json()["dismissed"] == "the Kyoto call is by video"


@pytest.mark.parametrize("severity", list(Severity))
def test_severities_are_plain_words(severity: Severity) -> None:
    assert severity.value in ("error", "warning", "note")


# -- where cities are: the gazetteer's coordinates, in whichever shape they come ---------------------


@pytest.mark.parametrize(
    "entry",
    [
        {"lat": 34.69, "lon": 135.50},
        {"latitude": 34.69, "longitude": 135.50},
        {"lat": 34.69, "lng": 135.50},
        {"coordinates": [34.69, 135.50]},
    ],
)
def test_coordinates_are_read_in_any_shape(entry: dict[str, object]) -> None:
    assert coordinates_of({"name": "Osaka", "country": "JP", **entry}) == (34.69, 135.50)


@pytest.mark.parametrize(
    "entry", [{}, {"lat": "34.69", "lon": 135.5}, {"lat": 95.0, "lon": 1.0}, {"coordinates": [1]}]
)
def test_missing_or_bad_coordinates_are_unknown(entry: dict[str, object]) -> None:
    assert coordinates_of({"name": "Osaka", "country": "JP", **entry}) is None


def test_the_default_lookup_reads_the_gazetteer_users_files_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cities given coordinates in a user's gazetteer file make the default estimate work."""
    extra = tmp_path / "coordinates.json"
    cities = [
        {
            "name": name.title(),
            "country": "KR" if name == "seoul" else "JP",
            "tz": zone,
            "lat": lat,
            "lon": lon,
        }
        for (name, (lat, lon)), zone in zip(CITIES.items(), (TOKYO, OSAKA, SEOUL), strict=True)
    ]
    extra.write_text(json.dumps({"cities": cities}), encoding="utf-8")
    visit = replace(make_itinerary(), "e3", start=at(day(START, 1), "15:45", OSAKA))
    monkeypatch.setenv("PLANNER_GAZETTEER", str(extra))
    assert gazetteer_coordinates()("Osaka", "Japan") == CITIES["osaka"]
    assert codes(run_checks(visit)) == ["travel.too-tight"]
