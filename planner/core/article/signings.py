"""A signing told on its day without its partner, in an article that names the partner elsewhere.

Reads the merged engagements: when the article names exactly one signing's partner, and that
signing has no day of its own, while exactly one signing is told on a day with no partner in its
sentence, the two are one signing, with that partner, on that day:

* a headline ``… ने Bolivian Textile Council के साथ MoU किया`` and, in the body, ``बुधवार, 16
  सितंबर को सुबह 11 बजे MoU signing ceremony हुई``;
* ``The signing took place on Thursday, May 13, at a ceremony …`` and, at the end, ``The memorandum
  with the Namibian Fish Processors Association covers …``;
* ``AKU ने University of the Republic of San Marino के साथ MoU sign किया`` (the lead), then ``Fri
  23 Oct: सुबह 11:00 बजे MoU signing ceremony हुई``.

Two partners, or two bare signings, leave every signing as told: which is which is not said.
"""

from __future__ import annotations

from planner.core.article.candidate import Candidate
from planner.core.model import Status

_NAMED = "MoU signing with "
_BARE = "MoU signing"


def one_signing(merged: list[Candidate]) -> list[Candidate]:
    """``merged`` with a bare dated signing folded into the one undated signing that names a partner."""
    named = [c for c in merged if c.title.startswith(_NAMED)]
    bare = [c for c in merged if c.title == _BARE]
    if len(named) != 1 or len(bare) != 1:
        return merged
    partner, told = named[0], bare[0]
    if partner.date is not None or told.date is None:
        return merged
    partner.date, partner.end_date, partner.date_text = told.date, told.end_date, told.date_text
    partner.time = partner.time or told.time
    if partner.sentence.heading or partner.city is None:
        partner.sentence, partner.clause, partner.anchor = told.sentence, told.clause, told.anchor
    if told.city is not None and (partner.city is None or (partner.city_guessed and not told.city_guessed)):
        partner.city, partner.city_guessed, partner.notes = told.city, told.city_guessed, [*told.notes]
    partner.country = partner.country or told.country
    if partner.status == Status.CONFIRMED:
        partner.status = told.status
    partner.people.extend(p for p in told.people if p not in partner.people)
    return [c for c in merged if c is not told]
