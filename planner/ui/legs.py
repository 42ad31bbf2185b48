"""How a travel leg reads: departure in its zone and arrival in its zone, home time beside each."""

from __future__ import annotations

import datetime as dt

from planner.core import tz
from planner.core.model import Engagement, Kind


def is_leg(e: Engagement) -> bool:
    return e.kind is Kind.TRAVEL and (e.from_place is not None or e.to_place is not None or bool(e.number))


def _at(instant: dt.datetime, zone: str, home_tz: str) -> str:
    local = tz.to_local(instant, zone)
    text = f"{local:%a %d %b %H:%M} {tz.abbreviation(zone, instant)}"
    if zone != home_tz:
        home = tz.to_local(instant, home_tz)
        later = (home.date() - local.date()).days
        day = f" {home:%a}" if later else ""
        text += f" ({day.strip()} {home:%H:%M} {tz.abbreviation(home_tz, instant)})".replace("( ", "(")
    return text


def leg_times(e: Engagement, home_tz: str) -> tuple[str, str]:
    """``("Osaka Thu 28 Aug 10:00 JST (06:30 IST)", "Seoul Thu 28 Aug 11:55 KST (08:25 IST)")``;
    empty texts for a leg without times."""
    if e.start is None or e.end is None or e.tz is None:
        return "", ""
    arrival = e.arrival_tz or e.tz
    dep_city = e.from_place.city if e.from_place else (e.city or "")
    arr_city = e.to_place.city if e.to_place else ""
    departs = " ".join(p for p in (dep_city, _at(e.start, e.tz, home_tz)) if p)
    arrives = " ".join(p for p in (arr_city, _at(e.end, arrival, home_tz)) if p)
    return departs, arrives


def leg_line(e: Engagement) -> str:
    """``Korean Air KE 2118 · Osaka → Seoul``: the line a leg's block shows under its times."""
    route = " → ".join(p.city for p in (e.from_place, e.to_place) if p is not None and p.city)
    service = " ".join(p for p in (e.carrier, e.number) if p)
    return " · ".join(p for p in (service, route) if p)
