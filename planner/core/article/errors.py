"""Errors of the article parser."""

from __future__ import annotations

from planner.core.errors import PlannerError


class NoVisitFound(PlannerError):
    """The text does not describe a delegation visit (no travel to a known place, no meetings)."""

    exit_code = 3


class GazetteerError(PlannerError):
    """A gazetteer data file (shipped or the user's own) cannot be read."""
