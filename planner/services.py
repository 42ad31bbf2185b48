"""Application services: what the command line and the window do, combining the core and storage (no Qt)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.core.model import Visit
    from planner.storage.repository import Repository


def import_backup(repo: Repository, visit: Visit) -> dict[str, Any]:
    """Store a visit read from a JSON backup (already checked in full) as a new visit."""
    visit_id = repo.add_visit(visit)
    return {
        "visit_id": visit_id,
        "created": True,
        "kind": "json",
        "title": visit.title,
        "engagements": len(visit.engagements),
        "contacts": len(visit.contacts),
    }


def import_calendar(repo: Repository, data: bytes, *, name: str, into: int | None) -> dict[str, Any]:
    """Read a calendar file into a new visit, or merge it into visit ``into`` (matched by UID).

    The file is read and checked completely before anything is saved, so a
    malformed file (``IcsError``) or an unknown visit leaves the database as it was.
    """
    from planner.core import backup, ics

    result = ics.parse_calendar(data, name=name)
    backup.check_storable(result.visit, name=name)
    if into is None:
        visit_id = repo.add_visit(result.visit)
        added, changed, unchanged, skipped_older = len(result.visit.engagements), 0, 0, 0
    else:
        plan = ics.merge_calendar(repo.load_visit(into), result.visit)
        repo.save_visit(plan.visit)
        visit_id = into
        added, changed = len(plan.added), len(plan.changed)
        unchanged, skipped_older = len(plan.unchanged), len(plan.skipped_older)
    return {
        "visit_id": visit_id,
        "created": into is None,
        "added": added,
        "changed": changed,
        "unchanged": unchanged,
        "skipped_older": skipped_older,
        "warnings": result.warnings,
    }


def import_article(repo: Repository, data: bytes, *, name: str, published: dt.date | None) -> dict[str, Any]:
    """Parse a news article and store the visit it describes; nothing is stored if parsing fails."""
    from planner.core import backup
    from planner.core.article import parse_article
    from planner.core.textfile import decode_text, universal_newlines

    text = universal_newlines(decode_text(data, name=name))
    draft = parse_article(text, published=published)
    visit = _with_members(draft.to_visit())
    backup.check_storable(visit, name=name)
    visit_id = repo.add_visit(visit)
    return {
        "visit_id": visit_id,
        "created": True,
        "kind": "article",
        "warnings": list(draft.warnings),
        "engagements": len(visit.engagements),
        "unscheduled": sum(1 for e in visit.engagements if e.is_unscheduled),
        "assumptions": len(visit.assumptions),  # guesses kept with the visit until confirmed
    }


def seed_visit_if_empty(repo: Repository) -> int | None:
    """On first start, import the first seed article so the window has a visit to show."""
    from planner.paths import seed_articles

    if not repo.is_empty():
        return None
    seeds = seed_articles()
    if not seeds:
        return None
    result = import_article(repo, seeds[0].read_bytes(), name=seeds[0].name, published=None)
    return int(result["visit_id"])


def _with_members(visit: Visit) -> Visit:
    """The draft's head and delegation-side officials as members of the delegation, not counterparts."""
    from planner.core import delegation

    return delegation.members_from_contacts(visit, delegation.gazetteer_offices())


def publish_visit(
    repo: Repository,
    visit_id: int,
    url: str,
    *,
    user: str | None,
    password: str | None,
    attendee: str | None = None,
) -> dict[str, Any]:
    """Publish a visit's scheduled engagements to a CalDAV calendar (see ``planner.publish``)."""
    from planner import publish

    visit = repo.load_visit(visit_id)
    outcome = publish.publish(visit, url, user=user, password=password, attendee=attendee)
    return {"visit_id": visit_id, "url": url, **outcome.to_json()}
