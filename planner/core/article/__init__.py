"""News article (Hindi or English) → draft delegation visit, without inventing anything.

``parse_article(text, published)`` is the whole public API; see ``parse.py`` for the steps.

What comes back as written: every engagement's ``source`` sentence and every contact's
``name_native`` are sliced from the article's own characters (matching works on a normalised
copy that maps each character back), so ``ज़`` stays ``ज़`` and ``२४`` stays ``२४``.

Stops (``stops.py``) say where the delegation is on each day, contiguously:

* a stop starts on its arrival (an arrival in, or departure for, that place on a date the text
  gives); without one on its first dated engagement; the first stop on the visit's first day;
* it ends on the next stop's arrival day (that day belongs to both, shown ``Osaka → Seoul``), or
  the day before the next stop's first engagement when that stop has no arrival, and the last
  stop on the visit's last day; a city may come back (Nairobi, Kericho, Nairobi);
* a stop with no dates between two others stays undated, and nothing is stretched over it;
* cancelled or postponed engagements, and cities taken only from an organisation's seat in the
  gazetteer when the text names another city in that country, place nobody;
* every day filled in this way is a warning (``assumed in Osaka 25–27 Aug: the article names no
  other place before Seoul on 28 Aug``); the visit's own first and last days are never moved.

Organisations the gazetteer does not know are recognised from how the text names them
(``orgs.py``: an acronym in brackets, ``officials of X``, ``meet X``, ``X ग्रुप के``…).  A dateline
(``New Delhi, Sept 3 (PTI):``) is the publication date when none is given and it has a year (its
own or the text's).  An engagement left unscheduled says in its warning the day and month the
text gives and what to do (give ``--published`` or set the date).

An engagement without a city on a day the delegation has arrived in one city of that country
(and not yet moved on) is put there, with a warning; so is one in a country of several zones
when the article names only one city of it.
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
