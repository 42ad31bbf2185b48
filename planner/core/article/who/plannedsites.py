"""Sites named before the words of a visit planned for them, in Hindi, Roman Hindi or mixed text.

A report tells a visit that was on the programme (and often did not happen) by the site's name
and the plan, with no verb of visiting before the name to mark it as a body:

* ``10 मार्च को Kisumu के पास Lake Basin Tea Estate जाने का कार्यक्रम था, लेकिन … रद्द``;
* ``Cat Lai Container Terminal visit plan tha, par toofan ki wajah se cancel karna pada``;
* ``Mekong Delta Rice Institute jaane ka karyakram tha``, ``X देखने की योजना है``.

The capitalised run right before the plan's words (``reading/verbs.PLANNED_VISIT``) is a body
(its visit is ``verbs.SITE``'s), when it has two words at least once the Roman Hindi or common
words of the day opening it are dropped (``Aaj``, ``Sham``, ``Today``), and it is not a place alone (``Mombasa
jaane ka karyakram`` is the trip).  A place inside it is part of the name (``Mombasa Port``).
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Mention
from planner.core.article.reading.roman import is_hindi_word
from planner.core.article.reading.verbs import PLANNED_VISIT
from planner.core.article.who.orgnames import NOT_NAMES, RUN, found_org, trim
from planner.core.article.who.rolebody import Span

_RUN_BEFORE = re.compile(rf"(?<![\w'’]){RUN}$")
_REACH = 120  # characters before the plan's words a site's name may start
#: English words that open a sentence before a name (a site's own words are common English too:
#: ``Lake Basin``, ``Threads of Ubud``)
_ENGLISH_OPENERS = frozenset({"the", "today", "tomorrow", "yesterday", "later", "then", "also", "next"})


def planned_sites(
    text: str,
    mentions: list[Mention],
    found: list[Mention],
    free: Span,
    places_ok: Span,
) -> None:
    """Add to ``found`` each site named right before the words of a planned visit."""
    for plan in PLANNED_VISIT.finditer(text):
        run = _RUN_BEFORE.search(text, max(0, plan.start() - _REACH), plan.start())
        if run is None:
            continue
        start, end = trim(text, run.start(), run.end())
        words = list(re.finditer(r"\S+", text[start:end]))
        while len(words) > 2 and _opening(words[0].group()):
            words.pop(0)  # "Aaj Cat Lai Container Terminal": the day's word, no part of the name
        if len(words) < 2 or words[0].group() in NOT_NAMES:
            continue  # one word is a place or a person as often as a site
        start, end = start + words[0].start(), start + words[-1].end()
        places = [m for m in mentions if m.entity.kind in ("city", "country", "state")]
        if any((m.start, m.end) == (start, end) for m in places):
            continue  # "New Delhi jaane ka karyakram": the place itself
        if free(start, end) and places_ok(start, end):
            found.append(Mention(found_org(text[start:end]), start, end, text[start:end]))


def _opening(word: str) -> bool:
    return is_hindi_word(word) or word.lower() in _ENGLISH_OPENERS
