"""An office-holder named as the company of the one who writes or leads: ``With me were our Principal
Secretary (Industries) V. Arun Roy``, ``मेरे साथ प्रमुख सचिव (एमएसएमई) अनिल कुमार सागर और …
थे``, ``उनके साथ उद्योग सचिव X भी हैं``, ``accompanied by Principal Secretary X``; or by the writer's
own possessive with ``also with`` after it: ``हमारी प्रमुख सचिव (पर्यटन) Meena Srivastava जी भी साथ
थीं`` (Roman Hindi ``Hamari Pramukh Sachiv (Paryatan) … bhi saath thi``, read into Devanagari first).

Such an office travels with the head and is never the head, even when the head's own office is not
found (a blog whose writer gives his office only as ``… मंत्री के नाते मैं``).  ``X के साथ`` alone
(with X, as in a meeting) and ``along with`` (which may open with the head) are no such cue.
"""

from __future__ import annotations

import re

#: the cue right before the office: "with me (were)", "accompanied by", "joined by", "मेरे/हमारे/उनके
#: साथ", then "our"/"the state's"/"हमारे" at most
_BEFORE = re.compile(
    r"(?:(?i:\bwith\s+(?:me|us)(?:\s+(?:were|was|are|is|came|went|travelled|traveled))?"
    r"|\baccompanied\s+(?:by|me|us)|\bjoined\s+(?:by|me|us))(?:\s+(?:our|the\s+state['’]s|the))?"
    r"|(?:मेरे|हमारे|उनके|इनके)\s+साथ(?:\s+(?:हमारे|हमारी|राज्य\s+के))?)\s+$"
)
#: the writer's possessive right before the office
_OURS = re.compile(r"(?:(?i:\bour)|हमारी|हमारे|मेरी|मेरे)\s+$")
#: "… भी साथ थीं/थे/रहे", "were also with us", "also travelled with me": the office's holder came along
_ALONG = re.compile(
    r"(?:भी\s+साथ|साथ\s+(?:थे|थी|थीं|रहे|रहीं|गए|गईं))(?![\u0900-\u097F])"
    r"|(?i:\b(?:also\s+)?(?:with\s+(?:me|us)|travell?ed\s+with\s+(?:me|us)|came\s+along)\b)"
)


def companion(text: str, start: int, end: int) -> bool:
    """Whether the office at ``start``-``end`` of the sentence is named as the company of the writer
    or the head."""
    if _BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return _OURS.search(text, max(0, start - 12), start) is not None and _ALONG.search(text, end) is not None


__all__ = ["companion"]
