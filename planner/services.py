"""Application services: core logic combined with a repository (no Qt); the CLI and the window call these."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.storage.repository import Repository


def import_article(repo: Repository, data: bytes, *, name: str, published: dt.date | None) -> dict[str, Any]:
    """Parse a news article and store the visit it describes; nothing is stored if parsing fails."""
    from planner.core.article import parse_article
    from planner.core.textfile import decode_text

    text = decode_text(data, name=name).replace("\r\n", "\n").replace("\r", "\n")
    draft = parse_article(text, published=published)
    visit = draft.to_visit()
    visit_id = repo.add_visit(visit)
    return {
        "visit_id": visit_id,
        "created": True,
        "kind": "article",
        "warnings": list(draft.warnings),
        "engagements": len(visit.engagements),
        "unscheduled": sum(1 for e in visit.engagements if e.is_unscheduled),
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
