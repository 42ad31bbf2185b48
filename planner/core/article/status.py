"""How firm an engagement is, and whether the text speaks of it as past or ahead."""

from __future__ import annotations

import re

from planner.core.model import Status

#: Roman Hindi read back into Devanagari spells some words its own way: "radd" is रद, "gayi" गयी,
#: and "tal" (put off) stays in Latin letters beside an English noun ("meeting tal gayi")
_CANCELLED = re.compile(
    r"रद्द|(?<![\u0900-\u097F])रद(?![\u0900-\u097F])|निरस्त|(?i:\b(?:cancel(?:l?ed|s)?|called\s+off|dropped|scrapped|will\s+not\s+(?:take\s+place|happen))\b)"
)
_POSTPONED = re.compile(
    r"स्थगित|(?:टल|ताल|(?<![\w])tal)\s+(?:गई|गयी|गया|गए|गये|सकती|सकता)|टाल\s+(?:दी|दिया|दिए)|आगे\s+बढ़ा\s+दी"
    r"|(?i:\b(?:postponed|deferred|put\s+off|rescheduled|pushed\s+back)\b)"
    # put off to the next visit: "will take place on the next visit", "will have to wait for his next
    # visit", "left for a future visit", "अगली यात्रा में होगी", "अगले दौरे पर होगी"
    r"|(?i:\b(?:for|on|during|in|at|until|till)\s+(?:a|the|his|her|their|its)\s+"
    r"(?:next|later|future|subsequent)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|mission)\b)"
    r"|(?<![\u0900-\u097F])(?:अगली|अगले|आगामी)\s+(?:[\u0900-\u097F]+\s+)?(?:यात्रा|दौरे)\s+(?:में|पर|के\s+दौरान|तक)"
)
_PROPOSED = re.compile(
    r"प्रस्तावित|संभावित|संभावना|तय\s+नहीं|\b(?:may|might)\b"  # the modal in lower case: "May 12" is a month
    r"|(?i:\b(?:proposed|likely|tentative(?:ly)?|expected\s+to|yet\s+to\s+be\s+(?:confirmed|finalised|finalized|decided))\b)"
    r"|(?i:\b(?:date|time|slot)\S*)\s+(?:TBC|TBD|TBA)\b"  # a sheet's "date TBD", "date/time TBC"
)
_FUTURE = re.compile(
    r"ेंगे|ेंगी|ेगा|ेगी|एगा|एगी|एंगे|एंगी|होगी|होगा|होंगे|होंगी|करेंगे|प्रस्तावित|(?<![\u0900-\u0963\u0966-\u097F])कल\s+.*ेंगे"
    r"|(?i:\b(?:will|shall|is\s+scheduled|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|is\s+due|are\s+due"
    r"|is\s+to|are\s+to|plans?\s+to|is\s+expected|are\s+expected|upcoming)\b)"
)
_PAST = re.compile(
    # "होते हुए" is "by way of" (Johannesburg होते हुए … लौट जाएगा), not a past "हुए"
    r"(?<![\u0900-\u0963\u0966-\u097F])(?<!होते\s)(?:ने|किया|किए|हुई|हुआ|हुए|थी|थीं|था|थे|लिया|दिया|पहुंचे|पहुँचे|पहुंचा|पहुँचा|पहुंची|पहुँची|आए|आया|लौटे|लौटा|लौटी)(?![\u0900-\u0963\u0966-\u097F])"
    r"|(?<![\u0900-\u0963\u0966-\u097F])(?:की|दी|गई|गए)(?=\s*(?:।|$|,|\.|\s+थी|\s+थे))"
    r"|(?i:\b(?:met|held|visited|signed|was|were|had|addressed|called\s+on|toured|inspected|arrived|reached"
    r"|landed|flew|left|returned|discussed|inaugurated|attended|interacted)\b)"
)


_OFF = r"(?P<{g}>cancel(?:l?ed)?|called\s+off|postponed|deferred|put\s+off|scrapped)"
_TRIP = r"(?:visit|tour|trip|delegation|mission)"
#: the visit itself called off: "the Chief Minister's visit to the UK has been cancelled",
#: "ब्रिटेन दौरा रद्द कर दिया गया", "ने अपना जापान दौरा स्थगित कर दिया"
_VISIT_OFF = re.compile(
    rf"(?i:\b(?:his|her|their|the|its|this|[A-Z][\w.]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_TRIP}\b"
    rf"(?P<to>\s+to\s+(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){{0,2}})?"
    rf"\s+(?:has|have|had)?\s*(?:been|was|is|stands)\s+{_OFF.format(g='off')}\b"
    rf"|\b{_OFF.format(g='off2')}\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){{0,2}}?{_TRIP}\b)"
    r"|(?P<hi>(?<![\u0900-\u097F])(?:दौरा|दौरे|यात्रा)\s+(?:को\s+)?(?:भी\s+)?"
    r"(?P<hioff>रद्द|निरस्त|स्थगित|टाल\s+(?:दी|दिया|दिए)|टल\s+(?:गई|गया|गए)))"
)


def visit_called_off(
    sentence: str, countries: list[tuple[int, int]], others: list[tuple[int, int]]
) -> tuple[Status, str] | None:
    """The whole visit cancelled or postponed, with the words that say so.

    A visit "to" somewhere counts only when that is a country (``the visit to the UK``); one to an
    organisation or a city is one engagement or one leg (``the visit to Google``, ``Google का
    दौरा रद्द``), and so is a Hindi one right after another name (``others``)."""

    def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in spans)

    for m in _VISIT_OFF.finditer(sentence):
        if m.group("to") and not overlaps(countries, m.start("to"), m.end("to")):
            continue
        if m.group("hi") and overlaps(others, max(0, m.start() - 12), m.start()):
            continue
        word = (m.group("off") or m.group("off2") or m.group("hioff") or "").casefold()
        postponed = any(w in word for w in ("postpon", "defer", "put", "स्थगित", "टाल", "टल"))
        return (Status.POSTPONED if postponed else Status.CANCELLED), m.group()
    return None


#: what turns dates before it into old ones: "जो अब 22 अक्टूबर को होगा", "will now travel from May 18"
_NOW = re.compile(
    r"(?<![\u0900-\u097F])अब(?![\u0900-\u097F])(?!\s+तक)|नई\s+तारीख"
    r"|(?i:\bwill\s+now\b|\bnow\s+(?:be|take|scheduled|set|slated)\b|\binstead\b|\bnew\s+dates?\b"
    r"|\bre-?scheduled\s+(?:to|for)\b|\bmoved\s+to\b)"
)


def old_dates(sentences: list[str], date_starts: list[list[int]]) -> dict[int, int]:
    """Sentences whose dates were replaced, each with the offset where the new ones begin.

    A date before "now"/"अब" in a sentence that gives one after it is the old plan ("was to be held
    in Frankfurt on 9 October, which will now be on 22 October in Berlin"); so are all the dates of
    a sentence saying the visit is postponed when the next one gives the new dates after "now"
    ("postponed. He will now travel from May 18"): the visit is then rescheduled, not off."""
    found: dict[int, int] = {}
    for i, text in enumerate(sentences):
        starts = date_starts[i]
        now = next((m for m in _NOW.finditer(text) if any(d >= m.end() for d in starts)), None)
        if now is not None and any(d < now.start() for d in starts):
            found[i] = now.start()
        elif _POSTPONED.search(text) and starts and i + 1 < len(sentences):
            after = _NOW.search(sentences[i + 1])
            if after is not None and any(d >= after.end() for d in date_starts[i + 1]):
                found[i] = len(text)
    return found


#: what a sentence calls off, named by a back-reference: "ये दोनों कार्यक्रम अब रद्द", "Both events
#: have been called off"
_THOSE = re.compile(
    r"(?<![\u0900-\u097F])(?:ये|यह|इन|वे)\s+(?:(?:दोनों|तीनों|सभी)\s+)?(?:कार्यक्रम|कार्यक्रमों|बैठकें|बैठक|मुलाकातें|आयोजन)"
    r"|(?i:\b(?:both|these|those|the\s+two|the\s+three|all\s+(?:three|four|these))\s+(?:[\w-]+\s+)?"
    r"(?:events|meetings|engagements|programmes|programs|plans)\b)"
)


def called_off_before(sentence: str) -> Status | None:
    """Cancelled or postponed, when a sentence says so of the engagements the one before it told."""
    if not _THOSE.search(sentence):
        return None
    found = status_of(sentence)
    return found if found in (Status.CANCELLED, Status.POSTPONED) else None


def tense(clause: str) -> str:
    """``future``, ``past`` or ``unknown`` from the verbs of a clause."""
    future = len(_FUTURE.findall(clause))
    past = len(_PAST.findall(clause))
    if future > past:
        return "future"
    if past > future:
        return "past"
    return "unknown"


#: where a sentence turns from one verb to another: "met BMW officials, and on Thursday he will …"
_TURN = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s|,\s*(?:और|लेकिन|जबकि|वहीं|तथा)\s|\u0964"
)


def tense_at(sentence: str, pos: int) -> str:
    """The tense of the clause holding ``pos``, else of the whole sentence."""
    cuts = [0, *(m.end() for m in _TURN.finditer(sentence)), len(sentence) + 1]
    start = max(c for c in cuts if c <= pos)
    end = min(c for c in cuts if c > pos)
    found = tense(sentence[start:end])
    return found if found != "unknown" else tense(sentence)


def old_day(text: str, day: int, days: list[int]) -> bool:
    """The day at ``day`` is the plan a postponement undid: it comes before the word that puts the
    engagement off and no day follows that word (``planned for 11 March, has been postponed; no new
    date``, ``30 मार्च को … बैठक स्थगित``), not ``postponed to 12 March``."""
    put_off = _POSTPONED.search(text, day)
    return put_off is not None and not any(d > put_off.start() for d in days)


def status_of(clause: str) -> Status:
    """Cancelled, postponed or proposed from the wording, else confirmed (a past meeting is confirmed)."""
    if _CANCELLED.search(clause):
        return Status.CANCELLED
    if _POSTPONED.search(clause):
        return Status.POSTPONED
    if _PROPOSED.search(clause) and tense(clause) != "past":
        return Status.PROPOSED
    return Status.CONFIRMED


def put_off_at(text: str) -> int | None:
    """Where a sentence puts something off (``स्थगित``, ``was postponed``), if it does."""
    m = _POSTPONED.search(text)
    return None if m is None else m.start()
