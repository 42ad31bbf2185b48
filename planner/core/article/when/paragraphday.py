"""A paragraph keeps its day: an engagement told with no date of its own is on the day its paragraph
last named (``On December the 30th the delegation took the train to Aarhus. There the minister toured
the Port of Aarhus``; ``बीते दिन … बैठक हुई … बैठक के बाद प्रतिनिधिमंडल … रवाना हुआ``).

Only a firm engagement of this visit takes it: one proposed, put off or called off, one told in a
heading, one whose sentence says it has no date yet, a journey to a country (the route), one
planned ahead with no ``then``, and one about another visit (``will have to wait for his next
visit``) keep no date, as does anything before the paragraph's first date.  Each day so taken is
said in a warning.  An engagement put off keeps no date of its own either when that date is the old plan
(told before the words that put it off, and none after them), nor does one whose date is told before
words saying its new date is not fixed yet: it was put off.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.core.article.candidate import Candidate
from planner.core.article.status import put_off_at
from planner.core.article.when.dates import find_dates
from planner.core.article.when.othervisit import about_other_visit
from planner.core.article.where.stops import day_text
from planner.core.model import Kind, Status

#: a sentence saying its engagement has no day yet: "A meeting with SQM has no date yet", "is still to
#: be scheduled", "जिसकी तारीख अभी तय नहीं है", "इसका दिन और समय अभी तय नहीं हुआ है", and in mixed
#: script or Roman Hindi "नई date अभी तय नहीं", "nayi tarikh abhi tay nahi" (read back as "नही")
NO_DATE = re.compile(
    r"(?i:\bno\s+(?:date|day)\b|\b(?:still|yet)\s+to\s+be\s+(?:scheduled|fixed|set|dated)\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|fixed|dated)\b)"
    r"|(?:तारीख|तिथि|दिन\s+(?:और|व|या)\s+समय)[^\u0964]{0,20}?(?:नहीं?|बाद\s+में)"
    # the same in mixed script and Roman Hindi: "नई date अभी तय नहीं", "nayi tarikh abhi tay nahi hui"
    r"|(?<![A-Za-z])(?i:date|tareekh|tarikh|tithi)(?![A-Za-z])[^\u0964.;]{0,20}?"
    r"(?:नहीं?|बाद\s+में|(?i:\bnah(?:i|in|ee|een)\b|\bbaad\s+(?:mein|me)\b))"
    # "date and time to be intimated", "date और time confirm होना बाकी है"
    r"|(?i:\bdate\s+(?:and|और)\s+time\s+(?:to\s+be\s+\w+|(?-i:[^\u0964]{0,20}?बाकी)))"
)

#: a sentence that opens on "then": it goes on with the day the one before told
THEN = re.compile(
    r"\s*(?:इसके\s+(?:बाद|उपरांत|पश्चात)|उसके\s+बाद|बाद\s+में|(?i:then|later|afterwards|after\s+that|subsequently)\b"
    # "He also met …", "The delegation later visited …": the day the sentence before told
    r"|(?i:(?:he|she|they|the\s+(?:minister|delegation|team))\s+(?:also|later|then)\b))"
)


def keep_paragraph_day(
    cand: Candidate, day: dt.date, *, then: bool = False, headed: bool = False
) -> str | None:
    """Gives ``cand`` (undated, in a paragraph last dated ``day``) that day, if it is a firm one; the
    warning that says so.  A plan told ahead takes it only when its sentence opens on ``then``
    (``इसके बाद … बैठक होगी``): ``मुख्यमंत्री हुंडई मोटर स्टूडियो का दौरा भी करेंगे`` may be any day
    there (``then``: whether the sentence opens so), unless the day is that of the paragraph's heading
    (``headed``: ``दूसरा दिन (सोमवार)`` over what the minister will do that day)."""
    if cand.date is not None or cand.date_text or cand.sentence.heading:
        return None
    # "वे पहले वियतनाम और फिर इंडोनेशिया जाएंगे": a journey to a country is the route, not a day's leg,
    # unless a day's heading tells it ("चौथा दिन (गुरुवार)": "… भारत के लिए वापसी")
    route = cand.kind == Kind.TRAVEL and cand.city is None and not headed
    ahead = cand.tense == "future" and not then and not headed
    if (
        route
        or ahead
        or NO_DATE.search(cand.sentence.text)
        or cand.status != Status.CONFIRMED
        or about_other_visit(cand.sentence.text)
    ):
        cand.near_date = day  # a hint only: "set that date if it belongs there"
        return None
    cand.date = cand.end_date = day
    told = "its paragraph's heading names" if headed else "its paragraph last names"
    return f"“{cand.title}”: no date of its own; taken as {day_text(day)}, the day {told}"


#: a date the words that put something off are to: "2 मई तक टाल दी गई"
_UNTIL = re.compile(r"\s*(?:तक|(?i:to|until|till)\b)")


#: words about an engagement's new date: "इसकी नई तिथि अभी घोषित नहीं", "on a new date that is yet to be
#: fixed", "nayi tareekh baad mein": said with ``NO_DATE``, it was put off and has none yet
_NEW_DATE = re.compile(
    r"(?:नई|नयी)\s+(?:तारीख|तिथि|(?i:date\b))|(?i:\bnew\s+date\b|\b(?:nayi|nai)\s+(?:tareekh|tarikh|tithi|date)\b)"
)


def _no_new_date(cand: Candidate) -> str | None:
    """An engagement whose date stands before words saying its new date is not fixed yet, with no date
    after them, was put off from that date though no word of ``status`` says so (``जो बैठक आज होनी थी
    … नई तारीख अभी तय नहीं``, ``planned for Wednesday, will now be held on a new date that is yet to be
    fixed``): it is postponed, with no date.  The warning that says so."""
    if cand.status not in (Status.CONFIRMED, Status.PROPOSED) or cand.date is None or not cand.date_text:
        return None
    text = cand.sentence.text
    at = text.find(cand.date_text)
    new = _NEW_DATE.search(text, at + len(cand.date_text)) if at >= 0 else None
    if new is None or not NO_DATE.search(text, new.start()):
        return None
    if any(d.start >= new.start() for d in find_dates(text)):
        return None
    old = cand.date
    cand.date = cand.end_date = None
    cand.near_date, cand.status = old, Status.POSTPONED
    return f"“{cand.title}”: moved from {day_text(old)} to a date not fixed yet; postponed, left unscheduled"


def drop_old_plan(cand: Candidate) -> str | None:
    """A postponed engagement whose date stands before the words that put it off, with no date after
    them, has no date: that was the old plan (``18 अप्रैल को … प्रस्तावित बैठक … स्थगित कर दी गई``, ``The
    March 10 meeting … was postponed``).  A date after them is the new one (``postponed to 12 May``,
    ``अब 2 मई को होगी``), as is one the words are "to" (``2 मई तक टाल दी गई``).  The warning that says so."""
    if cand.status != Status.POSTPONED:
        return _no_new_date(cand)
    if cand.date is None or not cand.date_text:
        return None
    text = cand.sentence.text
    put_off, at = put_off_at(text), text.find(cand.date_text)
    if put_off is None or not 0 <= at < put_off or _UNTIL.match(text, at + len(cand.date_text)):
        return None
    if any(d.start >= put_off for d in find_dates(text)):
        return None
    old = cand.date
    cand.date = cand.end_date = None
    cand.near_date = old  # a hint only
    return f"“{cand.title}”: put off from {day_text(old)} with no new date; left unscheduled"


__all__ = ["NO_DATE", "THEN", "drop_old_plan", "keep_paragraph_day"]
