"""The people one sentence names, read as the parser reads them (the gazetteer loaded once): the
helper of the ``test_rules*_people`` tests."""

from __future__ import annotations

import functools

from planner.core.article.gazetteer import Gazetteer, load
from planner.core.article.who.orgs import with_unknown
from planner.core.article.who.people import Person, find_people


@functools.cache
def gazetteer() -> Gazetteer:
    return load()


def people(text: str, head: str = "", regions: frozenset[str] | None = None) -> list[Person]:
    """The people of ``text``; ``head`` the visit's head, ``regions`` the countries the report names
    (their towns are read as places)."""
    gaz = gazetteer()
    mentions = with_unknown(text, gaz.find(text, regions), gaz, text)
    return find_people(text, mentions, text, set(), head=head, portfolio=gaz.portfolio)
