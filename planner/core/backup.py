"""The lossless JSON backup of one visit: ``dump`` writes it, ``load`` reads and checks it.

The document is a single JSON object::

    {"format": "delegation-planner/1", "exported_at": "2025-08-20T10:00:00Z",
     "title": ..., "home_tz": ..., "stops": [...], "organisations": [...],
     "contacts": [...], "engagements": [...]}

Instants are ISO 8601 in UTC with ``Z``, with the IANA zone name beside them in
``tz``/``end_tz``; dates are ``YYYY-MM-DD``. Database ids and version counters
are not part of it: a backup can be imported into any database. Output is
deterministic (fixed key order, engagements in their stable order), so
export → import → export gives the same file except ``exported_at``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar

from planner.core import backup_assumptions as assumed
from planner.core import backup_members as members
from planner.core import tz
from planner.core.errors import InputFileError
from planner.core.model import (
    Contact,
    Engagement,
    Kind,
    Organisation,
    Place,
    Side,
    Status,
    Stop,
    Visit,
    field_names,
)
from planner.core.ordering import sort_engagements
from planner.core.textfile import decode_text

FORMAT_NAME = "delegation-planner"
FORMAT_VERSION = 1
FORMAT = f"{FORMAT_NAME}/{FORMAT_VERSION}"

Json = dict[str, Any]
E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


# -- the keys, in the order they are written ---------------------------------------------------

_NOT_BACKED_UP = ("id", "version", "content_version")  # database bookkeeping
_VISIT_LISTS = ("stops", "organisations", "contacts", "engagements")
_HEADER_KEYS = field_names(Visit, without=(*_VISIT_LISTS, *_NOT_BACKED_UP, *members.LISTS, *assumed.LISTS))
_VISIT_KEYS = ("format", "exported_at", *_HEADER_KEYS, *_VISIT_LISTS, *members.LISTS, *assumed.LISTS)
_STOP_KEYS = field_names(Stop)
_ORGANISATION_KEYS = field_names(Organisation)
_CONTACT_KEYS = ("uid", *field_names(Contact, without=("uid", *_NOT_BACKED_UP)))
_ENGAGEMENT_KEYS = ("uid", *field_names(Engagement, without=("uid", *_NOT_BACKED_UP)))


# -- writing ----------------------------------------------------------------------------------


def format_instant(value: dt.datetime) -> str:
    """``2025-08-21T01:30:00Z``: an aware instant in UTC (microseconds only when there are some)."""
    return tz.as_utc(value).replace(tzinfo=None).isoformat() + "Z"


def _json_value(value: object) -> object:
    """A field as the backup holds it: instants in UTC with ``Z``, dates ISO, enums by value, lists copied."""
    if isinstance(value, dt.datetime):
        return format_instant(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.time | Place):
        return members.json_value(value)
    if isinstance(value, list):
        return list(value)
    return value


def _record(item: object, keys: tuple[str, ...]) -> Json:
    return {key: _json_value(getattr(item, key)) for key in keys}


def to_json(visit: Visit, *, exported_at: dt.datetime | None = None) -> Json:
    """The backup document as a dict (what :func:`dump` serialises)."""
    return {
        "format": FORMAT,
        "exported_at": format_instant(exported_at or tz.now_utc().replace(microsecond=0)),
        **_record(visit, _HEADER_KEYS),
        "stops": [_record(s, _STOP_KEYS) for s in visit.stops],
        "organisations": [_record(o, _ORGANISATION_KEYS) for o in visit.organisations],
        "contacts": [_record(c, _CONTACT_KEYS) for c in visit.contacts],
        "engagements": [
            _record(e, _ENGAGEMENT_KEYS) for e in sort_engagements(visit.engagements, visit.home_tz)
        ],
        **members.to_json(visit, _record),
        **assumed.to_json(visit, _record),
    }


def dump(visit: Visit, *, exported_at: dt.datetime | None = None) -> str:
    """The backup of ``visit`` as JSON text (UTF-8 friendly, indented, ending in a new line)."""
    return json.dumps(to_json(visit, exported_at=exported_at), ensure_ascii=False, indent=2) + "\n"


# -- reading ----------------------------------------------------------------------------------

_JSON_MESSAGES = {
    "Expecting value": "expected a value",
    "Expecting property name enclosed in double quotes": "expected a key in double quotes",
    "Expecting ':' delimiter": "expected ':'",
    "Expecting ',' delimiter": "expected ','",
    "Extra data": "unexpected text after the end of the backup",
    "Unterminated string starting at": "a string is not closed",
    "Invalid control character at": "a control character inside a string",
    "Invalid \\escape": "an invalid backslash escape",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: The years a visit may have: every export (ICS, CSV, PDF) and both databases handle them.
YEARS = range(1900, 2201)
#: The largest counter a database column holds (32-bit on PostgreSQL).
MAX_COUNT = 2**31 - 1
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FORMAT = re.compile(rf"{re.escape(FORMAT_NAME)}/(\d+)")


def _show(value: object) -> str:
    """A short description of a JSON value for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _Reader:
    """Reads values out of the parsed document; every error names the file and the path."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, path: str, message: str) -> NoReturn:
        raise InputFileError(f"{self.name}: {path}: {message}" if path else f"{self.name}: {message}")

    def expect(self, path: str, expected: str, got: object) -> NoReturn:
        self.fail(path, f"expected {expected}, got {_show(got)}")

    def mapping(self, value: object, path: str, keys: tuple[str, ...], required: tuple[str, ...]) -> Json:
        if not isinstance(value, dict):
            self.expect(path, "an object", value)
        for key in value:
            if key not in keys:
                self.fail(_join(path, key), f"unknown key (known: {', '.join(keys)})")
        for key in required:
            if key not in value:
                self.fail(path, f"the key {key!r} is missing")
        return value

    def items(self, data: Mapping[str, object], key: str, path: str) -> list[object]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.expect(_join(path, key), "a list", value)
        return value

    def storable(self, value: str, path: str) -> str:
        """``value`` if every database can store it: no NUL, no lone surrogate (from a ``\\ud800`` escape)."""
        bad = _UNSTORABLE.search(value)
        if bad is not None:
            char = bad.group()
            what = "a NUL character" if char == "\x00" else f"a lone surrogate U+{ord(char):04X}"
            self.fail(path, f"{what} at position {bad.start()}: not text that can be stored")
        return value

    def text(self, data: Mapping[str, object], key: str, path: str, default: str = "") -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            self.expect(_join(path, key), "a string", value)
        return self.storable(value, _join(path, key))

    def optional_text(self, data: Mapping[str, object], key: str, path: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            self.expect(_join(path, key), "a string or null", value)
        return None if value is None else self.storable(value, _join(path, key))

    def texts(self, data: Mapping[str, object], key: str, path: str) -> list[str]:
        values = self.items(data, key, path)
        for i, value in enumerate(values):
            if not isinstance(value, str):
                self.expect(f"{_join(path, key)}[{i}]", "a string", value)
            self.storable(value, f"{_join(path, key)}[{i}]")
        return [str(v) for v in values]

    def count(self, data: Mapping[str, object], key: str, path: str) -> int:
        value = data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            self.expect(_join(path, key), f"a whole number from 0 to {MAX_COUNT}", value)
        return value

    def in_years(self, value: T, year: int, path: str) -> T:
        if year not in YEARS:
            self.fail(path, f"the year {year} is out of range (expected {YEARS.start}–{YEARS.stop - 1})")
        return value

    def date(self, data: Mapping[str, object], key: str, path: str) -> dt.date | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                return self.in_years(day, day.year, _join(path, key))
        self.expect(_join(path, key), "a date YYYY-MM-DD", value)

    def instant(self, data: Mapping[str, object], key: str, path: str) -> dt.datetime | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, str) and "T" in value:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                if parsed.utcoffset() is not None:
                    self.in_years(parsed, parsed.year, _join(path, key))
                    return tz.as_utc(parsed)
        self.expect(_join(path, key), "an ISO 8601 time with offset (e.g. 2025-08-21T01:30:00Z)", value)

    def zone(self, data: Mapping[str, object], key: str, path: str, *, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, str) and tz.is_zone(value):
            return value
        self.expect(_join(path, key), "an IANA time zone name such as Asia/Tokyo", value)

    def choice(self, data: Mapping[str, object], key: str, path: str, kind: type[E], default: E) -> E:
        value = data.get(key, default.value)
        for member in kind:
            if member.value == value:
                return member
        self.expect(_join(path, key), "one of " + ", ".join(str(m.value) for m in kind), value)

    def each(self, data: Mapping[str, object], key: str, read: Callable[[object, str], T]) -> list[T]:
        return [read(item, f"{key}[{i}]") for i, item in enumerate(self.items(data, key, ""))]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _uid(r: _Reader, data: Mapping[str, object], path: str) -> str:
    uid = r.text(data, "uid", path)
    if not uid.strip():
        r.expect(_join(path, "uid"), "a non-empty identifier", uid)
    return uid


def _read_stop(r: _Reader, value: object, path: str) -> Stop:
    data = r.mapping(value, path, _STOP_KEYS, ("city", "tz"))
    zone = r.zone(data, "tz", path, required=True)
    assert zone is not None
    stop = Stop(
        city=r.text(data, "city", path),
        country=r.text(data, "country", path),
        tz=zone,
        arrive=r.date(data, "arrive", path),
        depart=r.date(data, "depart", path),
    )
    return stop


def _read_organisation(r: _Reader, value: object, path: str) -> Organisation:
    data = r.mapping(value, path, _ORGANISATION_KEYS, ("name",))
    return Organisation(**{key: r.text(data, key, path) for key in _ORGANISATION_KEYS})


def _read_contact(r: _Reader, value: object, path: str) -> Contact:
    data = r.mapping(value, path, _CONTACT_KEYS, ("uid", "name"))
    return Contact(
        name=r.text(data, "name", path),
        name_native=r.text(data, "name_native", path),
        organisation=r.text(data, "organisation", path),
        role=r.text(data, "role", path),
        email=r.text(data, "email", path),
        phone=r.text(data, "phone", path),
        notes=r.text(data, "notes", path),
        source=r.text(data, "source", path),
        side=r.choice(data, "side", path, Side, Side.HOST),
        uid=_uid(r, data, path),
    )


def _read_engagement(r: _Reader, value: object, path: str) -> Engagement:
    data = r.mapping(value, path, _ENGAGEMENT_KEYS, ("uid", "title"))
    try:
        return Engagement(
            title=r.text(data, "title", path),
            organisation=r.text(data, "organisation", path),
            venue=r.text(data, "venue", path),
            notes=r.text(data, "notes", path),
            source=r.text(data, "source", path),
            unscheduled_reason=r.text(data, "unscheduled_reason", path),
            kind=r.choice(data, "kind", path, Kind, Kind.MEETING),
            status=r.choice(data, "status", path, Status, Status.CONFIRMED),
            city=r.optional_text(data, "city", path),
            country=r.optional_text(data, "country", path),
            tz=r.zone(data, "tz", path),
            end_tz=r.zone(data, "end_tz", path),
            start=r.instant(data, "start", path),
            end=r.instant(data, "end", path),
            date=r.date(data, "date", path),
            end_date=r.date(data, "end_date", path),
            sectors=r.texts(data, "sectors", path),
            contact_uids=r.texts(data, "contact_uids", path),
            uid=_uid(r, data, path),
            sequence=r.count(data, "sequence", path),
            updated_at=r.instant(data, "updated_at", path),
            **members.read_leg(r, data, path),
        )
    except ValueError as exc:  # the fields do not form a timed, all-day or unscheduled engagement
        r.fail(path, str(exc))


def _check_format(r: _Reader, document: object) -> None:
    if not isinstance(document, dict):
        r.expect("", "a JSON object (a Delegation Planner backup)", document)
    tag = document.get("format")
    if tag is None:
        r.fail("", "not a Delegation Planner backup: the key 'format' is missing")
    match = _FORMAT.fullmatch(tag) if isinstance(tag, str) else None
    if match is None:
        r.fail("format", f"not a Delegation Planner backup: expected {FORMAT!r}, got {_show(tag)}")
    if int(match.group(1)) > FORMAT_VERSION:
        r.fail(
            "format",
            f"{tag!r} was written by a newer Delegation Planner; this version reads up to {FORMAT!r}",
        )
    if int(match.group(1)) < 1:
        r.fail("format", f"unknown backup format {tag!r}")


def _check_references(r: _Reader, visit: Visit) -> None:
    seen: set[str] = set()
    for i, organisation in enumerate(visit.organisations):
        if organisation.name in seen:
            r.fail(f"organisations[{i}].name", f"{organisation.name!r} is listed twice")
        seen.add(organisation.name)
    seen = set()
    for i, contact in enumerate(visit.contacts):
        if contact.uid in seen:
            r.fail(f"contacts[{i}].uid", f"{contact.uid!r} is used by two contacts")
        seen.add(contact.uid)
    contacts = seen
    seen = set()
    for i, engagement in enumerate(visit.engagements):
        if engagement.uid in seen:
            r.fail(f"engagements[{i}].uid", f"{engagement.uid!r} is used by two engagements")
        seen.add(engagement.uid)
        attendees: set[str] = set()
        for j, uid in enumerate(engagement.contact_uids):
            where = f"engagements[{i}].contact_uids[{j}]"
            if uid not in contacts:
                r.fail(where, f"no contact has the uid {uid!r}")
            if uid in attendees:
                r.fail(where, f"{uid!r} is listed twice")
            attendees.add(uid)


def _parse(r: _Reader, text: str) -> object:
    if not text.strip():
        r.fail("", "the file is empty, expected a JSON backup")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = _JSON_MESSAGES.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])
        raise InputFileError(f"{r.name}: line {exc.lineno}, column {exc.colno}: {message}") from None
    except RecursionError:
        raise InputFileError(f"{r.name}: the JSON is nested too deeply") from None
    except ValueError as exc:  # an integer of thousands of digits
        raise InputFileError(f"{r.name}: {str(exc).splitlines()[0]}") from None


def load(data: bytes, *, name: str) -> Visit:
    """The visit in a backup; ``InputFileError`` naming the file and the line or field otherwise."""
    return from_json(_parse(_Reader(name), decode_text(data, name=name)), name=name)


def from_json(document: object, *, name: str) -> Visit:
    """The visit in a parsed backup document (as :func:`to_json` makes it), checked in full."""
    r = _Reader(name)
    _check_format(r, document)
    top = r.mapping(document, "", _VISIT_KEYS, ("format", "title"))
    r.instant(top, "exported_at", "")
    home_tz = r.zone(top, "home_tz", "")
    visit = Visit(
        title=r.text(top, "title", ""),
        head=r.text(top, "head", ""),
        home_tz=home_tz if home_tz is not None else "Asia/Kolkata",
        start_date=r.date(top, "start_date", ""),
        end_date=r.date(top, "end_date", ""),
        language=r.text(top, "language", ""),
        published=r.date(top, "published", ""),
        source_article=r.text(top, "source_article", ""),
        notes=r.text(top, "notes", ""),
        stops=r.each(top, "stops", lambda v, p: _read_stop(r, v, p)),
        organisations=r.each(top, "organisations", lambda v, p: _read_organisation(r, v, p)),
        contacts=r.each(top, "contacts", lambda v, p: _read_contact(r, v, p)),
        engagements=r.each(top, "engagements", lambda v, p: _read_engagement(r, v, p)),
    )
    members.read_delegation(r, top, visit)
    _check_references(r, visit)
    members.check_references(r, visit)
    assumed.read(r, top, visit)
    return visit


def check_storable(visit: Visit, *, name: str) -> None:
    """``InputFileError`` naming the field if ``visit`` holds a value a backup would refuse.

    Every importer calls this before saving, so what is stored can always be exported,
    backed up and moved between SQLite and PostgreSQL (years 1900–2200, counters within
    32 bits, no NUL or lone surrogate in any text).
    """
    from_json(to_json(visit, exported_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)), name=name)
