"""The visit's assumptions in the JSON backup: written after the delegation as ``assumptions``,
optional when read, so a backup from before assumptions were kept still imports."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, Protocol, TypeVar

from planner.core.assumptions import Assumption, AssumptionStatus, Concern
from planner.core.model import Visit, field_names

#: The visit's lists this module writes, after the others.
LISTS = ("assumptions",)
KEYS = ("uid", *field_names(Assumption, without=("uid",)))

Json = dict[str, Any]
E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class Reader(Protocol):
    """What ``planner.core.backup``'s reader offers (each method fails with the file and path)."""

    def fail(self, path: str, message: str) -> NoReturn: ...
    def mapping(self, value: object, path: str, keys: tuple[str, ...], required: tuple[str, ...]) -> Json: ...
    def text(self, data: Mapping[str, object], key: str, path: str, default: str = "") -> str: ...
    def optional_text(self, data: Mapping[str, object], key: str, path: str) -> str | None: ...
    def date(self, data: Mapping[str, object], key: str, path: str) -> dt.date | None: ...
    def instant(self, data: Mapping[str, object], key: str, path: str) -> dt.datetime | None: ...
    def choice(self, data: Mapping[str, object], key: str, path: str, kind: type[E], default: E) -> E: ...
    def each(self, data: Mapping[str, object], key: str, read: Callable[[object, str], T]) -> list[T]: ...


def to_json(visit: Visit, record: Callable[[object, tuple[str, ...]], Json]) -> Json:
    return {"assumptions": [record(a, KEYS) for a in visit.assumptions]}


def _read(r: Reader, value: object, path: str) -> Assumption:
    data = r.mapping(value, path, KEYS, ("code", "text"))
    uid = r.text(data, "uid", path)
    try:
        return Assumption(
            code=r.text(data, "code", path),
            text=r.text(data, "text", path),
            concerns=r.choice(data, "concerns", path, Concern, Concern.VISIT),
            engagement_uid=r.optional_text(data, "engagement_uid", path),
            first_day=r.date(data, "first_day", path),
            last_day=r.date(data, "last_day", path),
            status=r.choice(data, "status", path, AssumptionStatus, AssumptionStatus.OPEN),
            decided_by=r.text(data, "decided_by", path),
            decided_at=r.instant(data, "decided_at", path),
            **({"uid": uid} if uid else {}),
        )
    except ValueError as exc:
        r.fail(path, str(exc))


def read(r: Reader, top: Mapping[str, object], visit: Visit) -> None:
    """Read the backup's assumptions into ``visit`` (none when the backup has no such list)."""
    visit.assumptions = r.each(top, "assumptions", lambda v, p: _read(r, v, p))
    uids = [a.uid for a in visit.assumptions]
    if len(set(uids)) != len(uids):
        r.fail("assumptions", "two assumptions share one uid")
    known = {e.uid for e in visit.engagements}
    for i, a in enumerate(visit.assumptions):
        if a.engagement_uid is not None and a.engagement_uid not in known:
            r.fail(f"assumptions[{i}].engagement_uid", f"no engagement with uid {a.engagement_uid!r}")
