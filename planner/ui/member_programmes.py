"""One PDF programme per member of the delegation, written into a folder (File → member programmes)."""

from __future__ import annotations

from pathlib import Path

from planner.core import delegation
from planner.core.errors import PlannerError
from planner.core.model import Member, Visit
from planner.ui.programme import write_pdf
from planner.ui.transfers import slug


def programme_path(folder: Path, visit: Visit, member: Member) -> Path:
    """``<folder>/<visit>-<member>.pdf`` (a member's name that makes no slug falls back to their uid)."""
    return folder / f"{slug(visit.title, 50)}-{slug(member.name, 40) or member.uid}.pdf"


def write_member_programmes(visit: Visit, folder: Path) -> list[Path]:
    """Write each member's own programme (what they attend, the stays, their legs; no staff annex).

    Each file is written whole or not at all (``write_pdf`` renames a finished temporary file).
    """
    if not visit.members:
        raise PlannerError(f"visit {visit.title!r} lists no members: add them in the Delegation view")
    if not folder.is_dir():
        raise PlannerError(f"{folder}: not a folder")
    written = []
    for member in visit.members:
        path = programme_path(folder, visit, member)
        write_pdf(delegation.programme_of(visit, member), path, copy="guest")  # atomic, 0600
        written.append(path)
    return written
