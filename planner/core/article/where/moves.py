"""Moves told with verbs the general lists (``verbs.ARRIVE``, ``verbs.DEPART``) leave out.

A journey within the visit is told in many ways beside "travelled to" and "पहुंचे": a direction
(``flew south to Arequipa``, ``drove down the coast to Dubrovnik``, ``drove up to Kandy``), its two
ends (``drove from Gaborone to Francistown``), its length (``flew 1,500 km south-east to
Lubumbashi``), its means (``travelled by train to Zaragoza``), a plain move (``moved to Rijeka``,
``it was on to Split``), an airport (``landed at Hamad International Airport``, see ``airports``), a
bare landing (``13:40 Land Ulaanbaatar``, ``Santiago land किया``), a Hindi participle (``अम्मान से
अकाबा पहुंचकर``, ``कोपर जाकर``). Each is read as the arrive or depart verb it stands for, where
``extract`` reads those. A Hindi or Roman Hindi "went" (``Mombasa गया``, ``Lae gaya``) or "set out
for" (``Davao के लिए निकली``, ``Sylhet ke liye nikle``) is a journey too; the bare "went" only right
after its place, as the same word helps a passive (``किया गया``).
"""

from __future__ import annotations

import re

from planner.core.article.entities import Mention
from planner.core.article.reading import verbs
from planner.core.article.where import airports
from planner.core.article.where.daytrips import BACK_THE_SAME_DAY, FOR_THE_DAY

#: the bodies and things "Land" opens that are no landing ("Land Rover", "Land Registry")
_LAND_NOUN = (
    r"(?:Rover|Registry|Records|Bank|Ministry|Authority|Commission|Board|Department|Office|Survey"
    r"|Reform|Port|Forces|Use|Revenue|Acquisition)\b"
)

#: an arrival: an airport landed at, "having reached" (पहुंचकर), a check-in
ARRIVE = re.compile(
    r"(?<![\u0900-\u097F])पहु[ंँ]?चकर(?![\u0900-\u097F])"
    r"|(?i:\b(?:land(?:s|ed|ing)?|touch(?:es|ed)?\s+down)\s+at\b)"
    # a programme's check-in at the hotel of a city: "Check-in at Hotel Europe, Sarajevo",
    # "Reykjavik के Hotel Borg में चेक-इन": there for the night
    r"|(?i:\bcheck(?:ed|s)?[-\s]in\b)|चेक-?इन"
    # a landing told without "in" or "at": a programme's bare item ("13:40 Land Ulaanbaatar",
    # "07:15 Land Brisbane International"; the noun "Land" opens no item), "landed Brisbane", and
    # the mixed-script and Roman Hindi "Santiago land किया", "Hanoi land kiya", "Lima लैंड करेंगे"
    r"|(?:^|(?<=\d\d\s)|(?<=[-–•:)]\s))(?:Land|LAND)(?=\s+[A-Z])(?!\s+" + _LAND_NOUN + r")"
    r"|\bland(?:s|ed)(?=\s+[A-Z])(?!\s+" + _LAND_NOUN + r")"
    r"|(?<=\S\s)(?:(?i:land)|लैंड)\s+(?:किया|किए|किये|करेंगे|करेगा|करेगी|करते|करके|कर\s+(?:गए|गये|गया|गई)"
    r"|हुआ|हुए|हुई|होंगे|होगा)(?![\u0900-\u0963\u0966-\u097F])"
    r"|(?i:(?<=\S\s)land\s+(?:kiya|kiye|kie|karenge|karega|karegi|karke|kar\s+(?:gaye|gae|gaya|gayi)"
    r"|hua|hue|hui|honge|hoga)\b)"
)
#: a journey on: by a direction, a plain move, "having gone" (जाकर)
DEPART = re.compile(
    r"(?i:\bfl(?:y|ies|ew|ying)\s+(?:south|north|east|west|down|up|over|across|out)\s+to\b"
    r"|\bmov(?:e|es|ed|ing)\s+to\b(?=\s+(?-i:[A-Z]))|\b(?:was|is|then)\s+on\s+to\b(?=\s+(?-i:[A-Z]))"
    r"|\bdr(?:ive|ives|ove|iving)\s+(?:up|down|out|over|along|north|south|east|west|back)"
    r"(?:\s+(?:the\s+)?[a-z]+){0,2}?\s+to\b"
    # by its length or way: "flew 1,500 km south-east to Lubumbashi", "travelled north to Porto"
    # by its means: "travelled by train to Zaragoza", "went by ferry to Zanzibar" (``verbs`` has "by road")
    r"|\b(?:travel(?:s|led|ed|ling|ing)?|went|go(?:es|ing)?|journey(?:s|ed)?|head(?:s|ed)?)\s+by\s+"
    r"(?:(?:a|the)\s+)?(?:(?:high-speed|bullet|overnight|chartered|special)\s+)?"
    r"(?:rail|train|air|car|bus|coach|ferry|boat|sea|helicopter|plane|flight|aircraft)\s+to\b"
    r"|\b(?:fl(?:y|ies|ew|ying)|dr(?:ive|ives|ove|iving)|travel(?:s|led|ed|ling|ing)?)\s+(?:(?:some|about|nearly)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kms|kilomet(?:er|re)s?|miles)(?:\s+(?:south|north|east|west)(?:-?(?:east|west))?)?"
    r"|(?:south|north|east|west)(?:-?(?:east|west))?)\s+to\b"
    # from one place to the next: "drove from Gaborone to Francistown", "Travel by air from Asunción
    # to Ciudad del Este" (the place left is inside the match: the one reached comes after it)
    r"|\b(?:dr(?:ive|ives|ove|iving)|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|went|go(?:es)?|mov(?:e|es|ed))"
    r"(?:\s+by\s+(?:air|road|rail|car|train))?\s+from\s+(?-i:[A-Z])[^\s,;.]*(?:\s+(?-i:[A-Z])[^\s,;.]*"
    r"|\s+(?:de|del|da|do|dos|la|el))*\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z])))"
    r"|(?<![\u0900-\u097F])जाकर(?![\u0900-\u097F])"
    # set out or flew for a place: "Davao के लिए निकली", "Sylhet के लिए उड़ान भरेगी", "कुस्को के लिए उड़ा",
    # "Lae ke liye nikle", "Juneau ke liye udaa", and Roman Hindi's रवाना ("Buka ke liye rawana hua")
    r"|(?<=के लिए )(?:निकल[\u0900-\u0963\u0966-\u097F]*|उड़ान|उ(?:ड\u093c|\u095c)(?:ा|े|ी|ें|ेंगे|ेगा|ेगी)"
    r"(?![\u0900-\u0963\u0966-\u097F])"
    # Roman Hindi's "udaa" comes back from ``roman`` as उदा (its wordfreq namesake); "udi", "ude" stay
    r"|उद(?:ा|े|ी)(?![\u0900-\u0963\u0966-\u097F])|(?i:ud(?:aa?|i|e|ey|enge|ega|egi)\b))"
    r"|(?i:(?<=ke liye )(?:nikl\w*|udaan|udan|ud(?:aa?|i|e|ey|enge|ega|egi)\b)|\b(?:rawana|ravana)\b)"
    # a programme's line that opens with a flight: "Wed 17: Morning flight to Antofagasta", "- 11
    # नवंबर (बुधवार): flight to Kisumu"; not a flight talked about ("a direct flight to Lisbon")
    r"|(?:^|(?<=:\s)|(?<=;\s))(?i:(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|midday)\s+)?"
    r"(?i:flight\s+to\b)(?=\s+(?:the\s+)?[A-Z])"
    # a programme's line that gives a journey by its ends: "Almaty → Bishkek by road", "Lima → La Paz";
    # the place it is for is the chain's last (``verbs.is_destination``)
    r"|(?<=\s)" + verbs.ARROW + r"(?=\s)"
    # went, right after the place gone to (see ``went_nowhere``): "दल Mombasa गया", "dal Lae gaya"
    r"|(?<![\u0900-\u097F])(?:गया|गई|गयी|गए|गये)(?![\u0900-\u0963\u0966-\u097F])|\bga(?:ya|yi|ye)\b"
    # "Toronto से Vancouver की flight", "टोक्यो से सापोरो की उड़ान": at the place flown to ("Accra से
    # वापसी की उड़ान" is the flight home, a return)
    r"|(?<=से\s)(?!वापसी|वापस)(?=[^\s।]+(?:\s[^\s।]+)?\s(?:की|ki)\s(?:(?i:flight)\b|उड़ान))"
)
#: the bare "went" of ``DEPART``, which is also the passive's and the perfect's helper
_WENT = re.compile(r"गया|गई|गयी|गए|गये|ga(?:ya|yi|ye)")
#: "… Doha गए हैं", "gaye hain": the present perfect, where someone is, not a day's journey
_IS_NOW = re.compile(r"\s+(?:हैं|है|(?i:hain|hai)\b)")
#: a place's name ending a body's: "University of Luxembourg गए"
_OF_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:of|de|du|del)\s+$")


def went_nowhere(text: str, verb: re.Match[str], places: list[Mention]) -> bool:
    """A bare "went" that is no journey to a stop: one that follows no place directly, the helper
    of a passive or a perfect ("दौरा किया गया", "cancel ho gaya", "aaram mein gaya"); one that says
    where someone is now ("Doha गए हैं"); one to a place gone to for the day ("एक दिन के लिए Mariel
    गए", "Karawang गए … और शाम को Jakarta लौट आए": a day trip, whose journeys make no engagement,
    see ``daytrips``).  "दल Mombasa गया" is a journey.  Leaving for the homeland ("ताशकंद से स्वदेश
    रवाना हुआ", "watan rawana hui") is the journey home (``verbs.HOMELAND``), no move to the place left."""
    if any(h.start() <= verb.start() < h.end() for h in verbs.HOMELAND.finditer(text)):
        return True
    if _WENT.fullmatch(verb.group()) is None:
        return False
    gone_to = any(
        p.end < verb.start()
        and text[p.end : verb.start()].isspace()
        and not _OF_BEFORE.search(text, max(0, p.start - 40), p.start)
        for p in places
    )
    day_out = FOR_THE_DAY.search(text) is not None or BACK_THE_SAME_DAY.search(text, verb.end()) is not None
    return not gone_to or day_out or _IS_NOW.match(text, verb.end()) is not None


_FROM_AFTER = re.compile(r"\s+(?:से|se)(?![\u0900-\u097F\w])")
_FROM_BEFORE = re.compile(r"(?i:\bfrom\s+(?:the\s+)?)$")


def not_origins(text: str, places: list[Mention]) -> list[Mention]:
    """The places an arrival may be in: not one it comes from ("ताइपे से सिंचू पहुंचे", "arrived from
    Tokyo"), even when the place reached is one the gazetteer does not know."""
    return [
        p for p in places if not (_FROM_AFTER.match(text, p.end) or _FROM_BEFORE.search(text, 0, p.start))
    ]


#: a flight on from the place left for: "from where it took a connecting flight to Bengaluru", "वहां से
#: connecting flight से Goa"
_ONWARD = re.compile(
    r"(?i:\bconnecting\s+flight|\bonward\s+(?:flight|connection)|\bfrom\s+(?:there|where)\b)"
    r"|(?<![\u0900-\u097F])(?:वहां|वहाँ|जहां|जहाँ)\s+से"
)


def gone_before(text: str, verb: re.Match[str], places: list[Mention]) -> list[Mention]:
    """The place right before a verb of going ("Zurich गया और वहां से …", "Rzeszów जाएगा"): where the
    journey goes, for :func:`flies_on_home`."""
    return [p for p in places if p.end < verb.start() and text[p.end : verb.start()].isspace()][-1:]


def flies_on_home(text: str, place: Mention, homes: list[Mention]) -> bool:
    """A departure for ``place`` that the sentence carries on home from there (``homes``: the places
    at home it names): the way home through a transit (``Dubai के लिए प्रस्थान; वहां से connecting
    flight से Goa``), not a stop."""
    on = _ONWARD.search(text, place.end)
    return on is not None and any(h.start >= on.end() for h in homes)


#: (pattern, mode) pairs for ``extract``'s loop over the verbs of travel, in that order
TRAVEL_VERBS = (
    (verbs.ARRIVE, "arrive"),
    (verbs.DEPART, "depart"),
    (verbs.RETURN, "return"),
    (verbs.RETURN_BEFORE, "return"),
    (ARRIVE, "arrive"),
    (DEPART, "depart"),
    (airports.WELCOME_AT, "arrive"),
)

#: a place's possessive right before an office: "India's High Commissioner", "भारत के राजदूत"
_OFFICE_OF = re.compile(r"(?:'s|’s)?\s+(?:(?:के|की|का)\s+)?")


#: a word qualifying an office: "India के Deputy High Commissioner", "Japan's Vice Minister"
_QUALIFIER = re.compile(r"[A-Z][a-z]+\s+")


def title_at(text: str, at: int, titles: set[int]) -> bool:
    """Whether an office or a title (one of ``titles``, where they start) starts at ``at``, or after
    one or two words qualifying it."""
    for _ in range(3):
        if at in titles:
            return True
        word = _QUALIFIER.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def owns_office(text: str, place: Mention, mentions: list[Mention]) -> bool:
    """``भारत के Ambassador ने … स्वागत किया``, ``received by India's High Commissioner``, ``India के
    Deputy High Commissioner ने अगवानी की``: the place is whose the office is, not where anyone goes
    (a welcome by the home country's envoy is no return home)."""
    link = _OFFICE_OF.match(text, place.end)
    offices = {o.start for o in mentions if o.entity.kind in ("role", "office")}
    return link is not None and link.end() > place.end and title_at(text, link.end(), offices)


__all__ = [
    "ARRIVE",
    "DEPART",
    "TRAVEL_VERBS",
    "flies_on_home",
    "not_origins",
    "owns_office",
    "title_at",
    "went_nowhere",
]
