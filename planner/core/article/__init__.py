"""News article (Hindi or English) → draft delegation visit, without inventing anything.

``parse_article(text, published)`` is the whole public API; see ``parse.py`` for the steps.
"""

from __future__ import annotations

from planner.core.article.draft import ArticleDraft, DraftContact, DraftEngagement, DraftStop
from planner.core.article.errors import GazetteerError, NoVisitFound
from planner.core.article.parse import parse_article

__all__ = [
    "ArticleDraft",
    "DraftContact",
    "DraftEngagement",
    "DraftStop",
    "GazetteerError",
    "NoVisitFound",
    "parse_article",
]
