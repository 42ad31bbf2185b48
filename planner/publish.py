"""Publishing to a CalDAV server (RFC 4791) with ``caldav``: read the collection, carry out a plan.

``fetch_plan`` connects, makes the calendar collection if it does not exist, reads what is in it
and returns the plan (``planner.core.ics.publish_plan``) for the window or the command line to
show; ``carry_out`` then puts and deletes, each with ``If-Match`` on the ETag it read (or
``If-None-Match: *`` for a new event), so a change someone made on the server in the meantime is
reported as a conflict, never overwritten.  Every step is one request on one event: if the
connection drops half-way, publishing again finishes the job (events already there compare equal).

Events that are deleted or unscheduled in the visit are deleted from the server.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from planner.core.errors import PlannerError
from planner.core.ics.publish_plan import (
    PublishPlan,
    local_events,
    plan_publish,
    remote_event,
    resource_body,
    resource_name,
)
from planner.core.model import Visit

_DAV, _CALDAV = "DAV:", "urn:ietf:params:xml:ns:caldav"
_NS = {"d": _DAV, "c": _CALDAV}
_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/>'
    "</d:prop></d:propfind>"
)
_QUERY = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
    '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter></c:filter>'
    "</c:calendar-query>"
)


class PublishError(PlannerError):
    """The calendar server cannot be reached, refuses us, or the URL is not a calendar."""


@dataclass
class Outcome:
    """What publishing did: the counts of the plan carried out and what was left alone, and why."""

    plan: PublishPlan
    created_collection: bool
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.plan.counts(),
            "created_collection": self.created_collection,
            "problems": self.problems,
        }


class Connection:
    """One calendar collection on one server."""

    def __init__(self, url: str, user: str | None, password: str | None, *, timeout: int = 20) -> None:
        from caldav.davclient import DAVClient

        if urlsplit(url).scheme not in ("http", "https"):
            raise PublishError(f"{url!r} is not an http:// or https:// address of a calendar")
        self.url = url if url.endswith("/") else url + "/"
        self.client = DAVClient(
            url=self.url,
            username=user or None,
            password=password if user else None,
            timeout=timeout,
            enable_rfc6764=False,
            require_tls=False,
        )

    def request(self, method: str, url: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
        """One HTTP request; connection and authorisation failures become one clear ``PublishError``."""
        from caldav.lib import error

        try:
            return self.client.request(url, method, body, headers or {})
        except error.AuthorizationError:
            raise PublishError(
                f"the calendar server at {self.url} refused the user name or password"
            ) from None
        except error.DAVError as exc:
            raise PublishError(f"the calendar server at {self.url} failed: {exc}") from None
        except OSError as exc:  # requests/niquests connection errors derive from OSError
            raise PublishError(f"cannot reach the calendar server at {self.url}: {_reason(exc)}") from None
        except Exception as exc:
            if type(exc).__name__ in ("ConnectionError", "Timeout", "ConnectTimeout", "ReadTimeout"):
                raise PublishError(
                    f"cannot reach the calendar server at {self.url}: {_reason(exc)}"
                ) from None
            raise

    def ensure_calendar(self) -> bool:
        """Make sure the URL is a calendar collection, creating it if nothing is there; ``True`` if made."""
        found = self.request("PROPFIND", self.url, _PROPFIND, {"Depth": "0"})
        if found.status == 404:
            made = self.request("MKCALENDAR", self.url)
            if made.status not in (200, 201):
                raise PublishError(
                    f"cannot create a calendar at {self.url}: the server answered {made.status}"
                )
            return True
        if found.status not in (200, 207):
            raise PublishError(f"{self.url} cannot be read: the server answered {found.status}")
        root = _xml(found, self.url)
        if root.find(".//d:resourcetype/c:calendar", _NS) is None:
            raise PublishError(f"{self.url} is not a calendar collection on the server")
        return False

    def events(self) -> list[tuple[str, str, bytes]]:
        """``(href, etag, data)`` of every event in the collection."""
        found = self.request("REPORT", self.url, _QUERY, {"Depth": "1", "Content-Type": "application/xml"})
        if found.status not in (200, 207):
            raise PublishError(f"cannot list the events at {self.url}: the server answered {found.status}")
        out = []
        for response in _xml(found, self.url).findall("d:response", _NS):
            href = response.findtext("d:href", "", _NS)
            etag = response.findtext(".//d:getetag", "", _NS)
            data = response.findtext(".//c:calendar-data", "", _NS)
            if href and data:
                out.append((urljoin(self.url, href), etag, data.encode("utf-8")))
        return out


def _xml(response: Any, url: str) -> ET.Element:
    try:
        return ET.fromstring(response.raw)
    except ET.ParseError:
        raise PublishError(f"{url} did not answer like a calendar server") from None


_REASONS = ("Connection refused", "Name or service not known", "timed out", "No route to host",
            "Temporary failure in name resolution", "certificate verify failed")  # fmt: skip


def _reason(exc: BaseException) -> str:
    text = str(exc)
    known = next((r for r in _REASONS if r.casefold() in text.casefold()), None)
    if known:
        return known.lower() if known != "Connection refused" else "connection refused"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first if len(first) < 120 else first[:120] + "…"


def fetch_plan(
    connection: Connection, visit: Visit, *, attendee: str | None = None
) -> tuple[PublishPlan, bool]:
    """Connect, create the collection if missing, and compare its events with the visit's."""
    local = local_events(visit, attendee=attendee)
    created = connection.ensure_calendar()
    remote = [r for r in (remote_event(*item) for item in connection.events()) if r is not None]
    return plan_publish(local, remote), created


def carry_out(
    connection: Connection, visit: Visit, plan: PublishPlan, *, created: bool, now: dt.datetime | None = None
) -> Outcome:
    """Put what was added or changed and delete what was removed, each guarded by its ETag."""
    from planner.core import tz

    stamp = now or tz.now_utc()
    outcome = Outcome(plan=plan, created_collection=created)
    for r in plan.conflicts:
        outcome.problems.append(
            f"{r.title!r} was changed on the calendar server since it was published; left as it is"
        )
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    for event in plan.added:
        body = resource_body(visit, event, after=None, now=stamp).decode("utf-8")
        target = urljoin(connection.url, resource_name(event.uid))
        done = connection.request("PUT", target, body, {**headers, "If-None-Match": "*"})
        _check(done, event.title, "add", outcome)
    for event, there in plan.changed:
        body = resource_body(visit, event, after=there, now=stamp).decode("utf-8")
        done = connection.request("PUT", there.href, body, {**headers, **_if_match(there.etag)})
        _check(done, event.title, "update", outcome)
    for there in plan.removed:
        done = connection.request("DELETE", there.href, "", _if_match(there.etag))
        _check(done, there.title, "remove", outcome)
    return outcome


def _if_match(etag: str) -> dict[str, str]:
    return {"If-Match": etag} if etag else {}


def _check(response: Any, title: str, verb: str, outcome: Outcome) -> None:
    if response.status in (200, 201, 204):
        return
    if response.status == 412:
        outcome.problems.append(f"{title!r} was changed on the calendar server just now; left as it is")
        return
    raise PublishError(f"the calendar server would not {verb} {title!r}: it answered {response.status}")


def publish(
    visit: Visit, url: str, *, user: str | None, password: str | None, attendee: str | None = None
) -> Outcome:
    """Publish the visit's scheduled engagements (or one member's) to the calendar at ``url``."""
    connection = Connection(url, user, password)
    plan, created = fetch_plan(connection, visit, attendee=attendee)
    return carry_out(connection, visit, plan, created=created)
