"""Leaving the visit's city for home, told by the place left: the return to India, not a departure for it.

A verb of leaving whose every place abroad in its clause is the place it leaves, with none it goes
to, is the journey home when the text says so:

* "leaves Maputo for home on Friday", "left Suva for India", "departed Apia homeward": English
  names the way home after the place left;
* "वे 22 मार्च को विंडहोक से रवाना हुए थे", "Wo Shukravaar ko Willemstad se ravana hue the": a report
  written after the return recalls, in the pluperfect, the day the delegation left;
* "Delegation 18 January को Bissau से रवाना हुआ और … Goa पहुँचा": the place reached is at home.

Read as a departure *for* that city, it would end the visit with a journey back to where the visit
began ("Departure for Maputo") and lose the day of leaving.  "Lima से रवाना होकर Cusco पहुंचे" goes
to a place abroad: a move, left alone; so is a bare "Lima से रवाना हुए" told as it happens.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Mention

#: after the place left: "for home", "for India", "homeward(s)"
_HOME_AFTER = re.compile(r"\s+(?:(?i:for\s+home|for\s+India)\b|(?i:homewards?)\b)")
#: after the place left, in Hindi or Roman Hindi: "विंडहोक से", "Willemstad se"
_FROM_AFTER = re.compile(r"\s+(?:से|(?i:se))(?![\w\u0900-\u0963\u0966-\u097F])")
#: before it, in English: "leaves Maputo", "left Suva", "departed from Apia"
_LEFT_BEFORE = re.compile(r"(?i:\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?)\s+)$")
#: the pluperfect of a report after the return: "रवाना हुए थे", "ravana hue the", "निकले थे"
_PLUPERFECT = re.compile(
    r"\s*(?:हो\s+)?(?:गए|गये|गया|गई|गयी|हुए|हुआ|हुई|(?i:ho\s+)?(?i:gaye|gaya|gayi|hue|hua|huye|hui))?\s*"
    r"(?:थे|था|थी|थीं|(?i:the|tha|thi))(?![\w\u0900-\u0963\u0966-\u097F])"
)


def leaves_for_home(text: str, verb: re.Match[str], away: list[Mention], home: list[Mention]) -> bool:
    """The departure ``verb`` leaves the only place abroad its clause names (``away``) for home
    (``home``: the places at home the clause names)."""
    if not away:
        return False
    if any(_LEFT_BEFORE.search(text, 0, p.start) for p in away):
        return all(_LEFT_BEFORE.search(text, 0, p.start) and _HOME_AFTER.match(text, p.end) for p in away)
    if not all(_FROM_AFTER.match(text, p.end) and p.end <= verb.start() for p in away):
        return False
    told_after = bool(_PLUPERFECT.match(text, verb.end()))
    return told_after or any(p.start > verb.end() for p in home)


__all__ = ["leaves_for_home"]
