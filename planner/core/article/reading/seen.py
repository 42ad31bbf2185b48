"""A body's unit, plant or farm that the delegation saw: a visit told by the verb of seeing.

Hindi reports often tell a site visit as seeing the body's works rather than as a ``दौरा``: the
body's name, a possessive, what it runs, and ``देखा``/``देखी``/``देखे``/``देखने``:

* ``Korosho Bora की काजू प्रसंस्करण इकाई देखी`` (saw Korosho Bora's cashew processing unit);
* ``Pwani Dengu का छंटाई संयंत्र देखा गया`` (Pwani Dengu's sorting plant was seen);
* ``Tejidos Chiquitanos का dyeing plant देखने गए`` (went to see its dyeing plant, the noun in English);
* ``EG LNG का Punta Europa plant देखा``.

The body itself may be what is seen, named right before the verb (``Songhai Centre dekha``,
``Oceanographic Museum of Monaco देखा``, ``Mediterranean Gaming Hub को देखा``).  Only a body or
a word for works right before the verb makes it a visit: ``उनका काम देखने लायक था`` (their work
was worth seeing) and ``देखा जा रहा है`` (is seen as) tell none.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Mention

#: words for a body's works, in Hindi and in the English a mixed-script report keeps
WORKS = (
    r"इकाई|इकाइयां|इकाइयाँ|संयंत्र|कारखाना|कारखाने|फैक्ट्री|प्लांट|मिल|गोदाम|फार्म|बागान|खदान|कार्यशाला"
    r"|प्रयोगशाला|परिसर|(?i:unit|units|plant|factory|mill|farm|warehouse|workshop|facility|estate"
    r"|plantation|mine|yard|shipyard|laboratory|lab|campus|hatchery)"
)
#: the verb of seeing, its object marked by को or not (not followed by more letters of another word)
_SEE = r"(?:को\s+)?देख(?:ा|ी|ीं|े|ें|ने|कर)(?![\u0900-\u0963\u0966-\u097F])"
#: right after a body's name: the body seen (``Songhai Centre dekha``)
SEEN_AFTER = rf"\s+{_SEE}"
#: the works, then the verb; or the verb alone, whose body must come right before it (:func:`owner`)
SEEN = rf"(?:(?<![\w\u0900-\u097F])(?:{WORKS})\s+)?{_SEE}"

_SEEN = re.compile(SEEN)
#: between the owner and its works: a possessive and at most four words (``की काजू प्रसंस्करण``)
_GAP = re.compile(r"\s+(?:(?:का|की|के)\s+)?(?:[^\s।,;:]+\s+){0,4}")
#: a body seen itself is named right before the verb
_NEXT = re.compile(r"\s+")


def owner(text: str, trigger: re.Match[str], body: Mention, mentions: list[Mention]) -> bool:
    """Whether ``body`` may be what a site word visits: any body for a word of visiting; for works
    seen, only the body named right before them, owning them (``Korosho Bora की … इकाई देखी``), with
    no place between (``Binh Phuoc की Saigon Nut Processing factory देखने``: a town's factory)."""
    if not _SEEN.match(trigger.group()):
        return True
    gap = _NEXT if trigger.group().startswith(("को", "देख")) else _GAP  # the body itself, or its works
    if body.end > trigger.start() or not gap.fullmatch(text, body.end, trigger.start()):
        return False
    places = [p for p in mentions if p.entity.kind in ("city", "country", "state")]
    return not any(body.end <= p.start < trigger.start() for p in places)
