"""What the database accepts: checks run before anything is written (and on values read back),
so a stored visit can always be exported and moved between SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterator

from planner.core import tz
from planner.core.errors import PlannerError, UnknownZoneError
from planner.core.model import Engagement, Visit

#: The widest integer every backend stores (PostgreSQL INTEGER is 32-bit signed).
INT_MAX = 2**31 - 1
FIRST_YEAR, LAST_YEAR = 1900, 2200


def check_id(value: int, what: str = "visit") -> int:
    """An id given by the user: a positive integer the database can hold."""
    if not 0 < value <= INT_MAX:
        raise PlannerError(
            f"there is no {what} {value}: ids run from 1 to {INT_MAX} ('planner list' shows them)"
        )
    return value


def _problem(value: object) -> str | None:
    """What makes ``value`` unstorable, if anything."""
    if isinstance(value, str):
        if "\x00" in value:
            return "contains a NUL character"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains a lone surrogate (not valid Unicode text)"
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if -INT_MAX - 1 <= value <= INT_MAX else f"is {value}, beyond {INT_MAX}"
    if isinstance(value, dt.date):  # datetimes too
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            return f"is in the year {value.year}, outside {FIRST_YEAR}–{LAST_YEAR}"
        return None
    if isinstance(value, list | tuple):
        return next((p for p in map(_problem, value) if p), None)
    return None


def _values(obj: object) -> Iterator[tuple[str, object]]:
    for field in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, field.name)
        if dataclasses.is_dataclass(value) or (
            isinstance(value, list) and value and dataclasses.is_dataclass(value[0])
        ):
            continue  # children are checked on their own
        yield field.name, value


def check_values(obj: object, where: str) -> None:
    """Every field of one record (not its children): text, integers and dates the database can hold."""
    for name, value in _values(obj):
        problem = _problem(value)
        if problem is not None:
            raise PlannerError(f"{where}: {name} {problem}")


def _check_zone(name: str | None, where: str) -> None:
    if name is not None and not tz.is_zone(name):
        raise UnknownZoneError(
            f"{where}: unknown time zone {name!r}: expected an IANA name such as Asia/Tokyo"
        )


def check_engagement(engagement: Engagement) -> None:
    where = f"engagement {engagement.title!r}"
    check_values(engagement, where)
    if engagement.sequence < 0:
        raise PlannerError(f"{where}: sequence is {engagement.sequence}, below 0")
    try:
        engagement.validate()
    except ValueError as exc:
        raise PlannerError(f"{where}: {exc}") from None
    _check_zone(engagement.tz, where)
    _check_zone(engagement.end_tz, where)
    if len(set(engagement.contact_uids)) != len(engagement.contact_uids):
        raise PlannerError(f"{where}: lists the same contact twice")


def check_header(visit: Visit) -> None:
    """The visit's own fields and its stops (what a details edit writes)."""
    check_values(visit, f"visit {visit.title!r}")
    _check_zone(visit.home_tz, f"visit {visit.title!r}")
    for stop in visit.stops:
        check_values(stop, f"stop {stop.city!r}")
        _check_zone(stop.tz, f"stop {stop.city!r}")


def _check_unique(visit: Visit, keys: list[str], problem: str) -> None:
    if len(set(keys)) != len(keys):
        raise PlannerError(f"visit {visit.title!r}: {problem}")


def check_visit(visit: Visit) -> None:
    """Refuse a visit the database could not hold faithfully, before anything is written."""
    check_header(visit)
    for organisation in visit.organisations:
        check_values(organisation, f"organisation {organisation.name!r}")
    for contact in visit.contacts:
        check_values(contact, f"contact {contact.name!r}")
    _check_unique(visit, [o.name for o in visit.organisations], "an organisation is listed twice")
    _check_unique(visit, [c.uid for c in visit.contacts], "two contacts share one uid")
    _check_unique(visit, [e.uid for e in visit.engagements], "two engagements share one uid")
    known = {c.uid for c in visit.contacts}
    for engagement in visit.engagements:
        check_engagement(engagement)
        missing = [u for u in engagement.contact_uids if u not in known]
        if missing:
            raise PlannerError(f"engagement {engagement.title!r}: no contact with uid {missing[0]!r}")


def check_read(visit: Visit) -> Visit:
    """A visit read back must be one we could write again: a row changed behind our back is named.

    The same rules as :func:`check_values`, with a quick test first for the values that are plainly
    fine (short-circuiting the per-field work): a 10,000-engagement visit is checked in one pass."""
    try:
        _check_read_values(visit, f"visit {visit.id}")
        for child in (*visit.stops, *visit.organisations, *visit.contacts, *visit.engagements):
            if not _plainly_fine(child):
                label = (
                    getattr(child, "title", None)
                    or getattr(child, "name", None)
                    or getattr(child, "city", "")
                )
                check_values(child, f"visit {visit.id}, {type(child).__name__.lower()} {label!r}")
    except PlannerError as exc:
        raise PlannerError(f"stored data out of range: {exc}; fix that row or restore a backup") from None
    return visit


def _check_read_values(obj: object, where: str) -> None:
    if not _plainly_fine(obj):
        check_values(obj, where)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plainly_fine(obj: object) -> bool:
    """Whether every field of ``obj`` is None, a bool, an ASCII text without NUL, an integer or a
    date in range, or a list of such texts (else :func:`check_values` looks closer)."""
    for name in _field_names(type(obj)):  # type: ignore[arg-type]  # a class is hashable
        value = getattr(obj, name)
        kind: type = type(value)
        if value is None or kind is bool:
            continue
        if kind is str:
            if value.isascii() and "\x00" not in value:
                continue
            return False
        if kind is int:
            if -INT_MAX - 1 <= value <= INT_MAX:
                continue
            return False
        if kind is dt.datetime or kind is dt.date:
            if FIRST_YEAR <= value.year <= LAST_YEAR:
                continue
            return False
        if kind is list and all(type(v) is str and v.isascii() and "\x00" not in v for v in value):
            continue
        if _problem(value) is None or dataclasses.is_dataclass(value):
            continue  # an enum, a child record (checked on its own), …
        return False
    return True
