"""The delegation in the JSON backup: members, hotel stays, travel legs, dismissed findings.

Written after the engagements (``members``, ``stays``, ``dismissed``) and inside each engagement
(``from_place``, ``to_place``, ``carrier``, ``number``, ``member_uids``); all optional when read,
so a backup from before the delegation existed still imports.  ``planner.core.backup`` calls in here
with its reader, which names the file and the path of every error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, Protocol, TypeVar

from planner.core.model import Member, Place, Stay, Visit, field_names

#: The visit's lists this module writes, after the others.
LISTS = ("members", "stays", "dismissed")
MEMBER_KEYS = ("uid", *field_names(Member, without=("uid",)))
STAY_KEYS = ("uid", *field_names(Stay, without=("uid",)))
PLACE_KEYS = field_names(Place)
_TIME = re.compile(r"\d{2}:\d{2}(:\d{2})?")

Json = dict[str, Any]
T = TypeVar("T")


class Reader(Protocol):
    """What ``planner.core.backup``'s reader offers (each method fails with the file and path)."""

    def fail(self, path: str, message: str) -> NoReturn: ...
    def expect(self, path: str, expected: str, got: object) -> NoReturn: ...
    def mapping(self, value: object, path: str, keys: tuple[str, ...], required: tuple[str, ...]) -> Json: ...
    def text(self, data: Mapping[str, object], key: str, path: str, default: str = "") -> str: ...
    def texts(self, data: Mapping[str, object], key: str, path: str) -> list[str]: ...
    def date(self, data: Mapping[str, object], key: str, path: str) -> dt.date | None: ...
    def zone(
        self, data: Mapping[str, object], key: str, path: str, *, required: bool = False
    ) -> str | None: ...
    def each(self, data: Mapping[str, object], key: str, read: Callable[[object, str], T]) -> list[T]: ...


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# -- writing ----------------------------------------------------------------------------------


def json_value(value: dt.time | Place) -> object:
    """A stay's clock time as ``HH:MM`` (seconds when there are some), a leg's place as an object."""
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return {key: getattr(value, key) for key in PLACE_KEYS}


def to_json(visit: Visit, record: Callable[[object, tuple[str, ...]], Json]) -> Json:
    """The members, their hotel stays and the dismissed findings (``record`` writes one object)."""
    return {
        "members": [record(m, MEMBER_KEYS) for m in visit.members],
        "stays": [record(s, STAY_KEYS) for s in visit.stays],
        "dismissed": dict(sorted(visit.dismissed.items())),
    }


# -- reading ----------------------------------------------------------------------------------


def _uid(r: Reader, data: Mapping[str, object], path: str) -> str:
    uid = r.text(data, "uid", path)
    if not uid.strip():
        r.expect(_join(path, "uid"), "a non-empty identifier", uid)
    return uid


def _read_place(r: Reader, data: Mapping[str, object], key: str, path: str) -> Place | None:
    value = data.get(key)
    if value is None:
        return None
    where = _join(path, key)
    place = r.mapping(value, where, PLACE_KEYS, ("city",))
    city = r.text(place, "city", where)
    if not city.strip():
        r.expect(_join(where, "city"), "a city name", city)
    return Place(city=city, country=r.text(place, "country", where))


def read_leg(r: Reader, data: Mapping[str, object], path: str) -> dict[str, Any]:
    """An engagement's travel-leg fields and attending members (all optional: older backups lack them)."""
    return {
        "from_place": _read_place(r, data, "from_place", path),
        "to_place": _read_place(r, data, "to_place", path),
        "carrier": r.text(data, "carrier", path),
        "number": r.text(data, "number", path),
        "member_uids": r.texts(data, "member_uids", path),
    }


def _read_time(r: Reader, data: Mapping[str, object], key: str, path: str) -> dt.time | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str) and _TIME.fullmatch(value):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    r.expect(_join(path, key), "a local time HH:MM", value)


def _read_member(r: Reader, value: object, path: str) -> Member:
    data = r.mapping(value, path, MEMBER_KEYS, ("uid", "name"))
    is_head = data.get("is_head", False)
    if not isinstance(is_head, bool):
        r.expect(_join(path, "is_head"), "true or false", is_head)
    texts = {key: r.text(data, key, path) for key in MEMBER_KEYS if key not in ("uid", "is_head")}
    return Member(**texts, is_head=is_head, uid=_uid(r, data, path))


def _read_stay(r: Reader, value: object, path: str) -> Stay:
    data = r.mapping(value, path, STAY_KEYS, ("uid", "hotel"))
    stay = Stay(
        hotel=r.text(data, "hotel", path),
        city=r.text(data, "city", path),
        country=r.text(data, "country", path),
        tz=r.zone(data, "tz", path),
        address=r.text(data, "address", path),
        check_in=r.date(data, "check_in", path),
        check_in_time=_read_time(r, data, "check_in_time", path),
        check_out=r.date(data, "check_out", path),
        check_out_time=_read_time(r, data, "check_out_time", path),
        confirmation=r.text(data, "confirmation", path),
        uid=_uid(r, data, path),
    )
    if stay.check_in and stay.check_out and stay.check_out < stay.check_in:
        r.fail(_join(path, "check_out"), f"{stay.check_out} is before the check-in {stay.check_in}")
    return stay


def _read_dismissed(r: Reader, top: Mapping[str, object]) -> dict[str, str]:
    value = top.get("dismissed", {})
    if not isinstance(value, dict):
        r.expect("dismissed", "an object of finding keys and reasons", value)
    for key, reason in value.items():
        if not isinstance(reason, str):
            r.expect(_join("dismissed", key), "a string (the reason)", reason)
    return dict(value)


def read_delegation(r: Reader, top: Mapping[str, object], visit: Visit) -> None:
    visit.members = r.each(top, "members", lambda v, p: _read_member(r, v, p))
    visit.stays = r.each(top, "stays", lambda v, p: _read_stay(r, v, p))
    visit.dismissed = _read_dismissed(r, top)


def check_references(r: Reader, visit: Visit) -> None:
    """Member and stay uids are unique, and every engagement names members that exist."""
    for uids, what in (([m.uid for m in visit.members], "members"), ([s.uid for s in visit.stays], "stays")):
        seen: set[str] = set()
        for i, uid in enumerate(uids):
            if uid in seen:
                r.fail(f"{what}[{i}].uid", f"{uid!r} is used twice")
            seen.add(uid)
    known = {m.uid for m in visit.members}
    for i, engagement in enumerate(visit.engagements):
        attending: set[str] = set()
        for j, uid in enumerate(engagement.member_uids):
            where = f"engagements[{i}].member_uids[{j}]"
            if uid not in known:
                r.fail(where, f"no member has the uid {uid!r}")
            if uid in attending:
                r.fail(where, f"{uid!r} is listed twice")
            attending.add(uid)
