"""The words that say what happens, in Hindi and English: arriving, leaving, returning, meeting,
visiting, signing, opening, addressing; and the audiences, communities and gatherings they name."""

from __future__ import annotations

import functools
import re

from planner.core.article.gazetteer import Mention
from planner.core.article.reading.seen import SEEN

_D = r"(?![\u0900-\u0963\u0966-\u097F])"
ARRIVE = re.compile(
    # and the participle and a plan's conditional: "अक्रा पहुंचकर", "6 अप्रैल को Bratislava पहुंचते";
    # a woman honoured: "Windhoek पहुंचीं"; not among people ("प्रवासी भारतीयों के बीच पहुंचे")
    r"(?<!के बीच )पहु[ंँ]?च(?:ेंगे|ेंगी|ेगा|ेगी|ने|े|ीं|ी|ा|ते|कर|ना)"
    + _D
    + r"|आगमन|(?i:\barriv\w*|\breach(?:es|ed)?\b|\bland(?:s|ed)?\s+(?:in|here)\b)"
    # the perfect: "दार एस सलाम पहुंच गया था", "Cusco pahunch gaye hain", "पहुंच चुके हैं"
    r"|पहु[ंँ]?च\s+(?:गए|गये|गई|गयी|गया|चुके|चुकी|चुका)"
    + _D
    # where the trip itself began: "The visit began in Istanbul", "दौरे की शुरुआत … Lima से हुई" (the
    # verb alone, as "the visit" and "इस दौरे" are back-references)
    + r"|(?:"
    + "|".join(f"(?<={w} )" for w in ("दौरे की", "यात्रा की", "प्रवास की"))
    + r")शुरुआत|(?i:(?:"
    + "|".join(f"(?<={w} )" for w in ("visit", "tour", "trip", "mission", "journey"))
    + r")(?:began|begins|started|starts|kicked\s+off)\b)"
)
#: the words of ``ARRIVE`` that tell where the trip began: the place is the one after them, not the
#: country the trip is named by before them ("Peru daure ki shuruaat … Lima se hui")
TRIP_BEGAN = re.compile(r"शुरुआत|(?i:began|begins|started|starts|kicked\s+off)")
DEPART = re.compile(
    r"रवाना|प्रस्थान|(?<![\u0900-\u097F])जा(?:एंगे|एँगे|येंगे|एंगी|एगा|एगी|कर)"
    + _D  # the verb may end the sentence: "दम्माम जाएंगे।"
    + r"|(?i:\bleav(?:e|es|ing)\s+for\b|\bleft\s+for\b|\bdepart\w*\b|\bfl(?:y|ies|ew|ying)\s+to\b"
    # a programme's item told by the flight alone: "Sunday, March 14th: flight to Freeport"
    r"|(?<=:\s)flight\s+to\b"
    r"|\btravel\w*\s+to\b|\bhead(?:s|ed)?\s+to\b|\bproceed\w*\s+to\b|\bmov(?:e|es|ed)\s+(?:on\s+)?to\s+(?-i:(?=[A-Z]))"
    r"|\b(?:leav(?:e|es|ing)|left)\s+(?=[A-Z])"  # "leave San Francisco on November 5 for Hyderabad"
    # by road or rail: "drives to Abu Dhabi by road", "takes the bullet train to Osaka", "flies on to"
    r"|\bdr(?:ive|ives|ove|iving)\s+(?:on\s+|across\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?to\b|\bby\s+road\s+to\b|\bfl(?:y|ies|ew)\s+on\s+to\b"
    r"|\b(?:take|takes|took|taking|board\w*)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:train|KTX|TGV|ICE|Shinkansen|bus|ferry)\s+to\b)"
)
#: "to visit Canada from Sept 5", "कनाडा का दौरा करेंगे": the trip itself, named by its destination
VISIT_EN = re.compile(r"(?i:\b(?:visit(?:s|ing)?|tour(?:s|ing)?)\s+(?:to\s+)?(?:the\s+)?)")
VISIT_HI = re.compile(r"^\s+(?:के|का|की)\s+(?:[\u0900-\u097F]+\s+){0,2}?(?:दौर[ाे]|यात्रा)" + _D)
#: "दौरे पर जाएंगे" (the trip itself), "आयोजित की जाएगी" (passive: will be held), "तैयार हो जाएगा",
#: "रुक जाएंगे" (the helper of a compound verb: will be ready, will stay): no journey
NOT_GOING = re.compile(
    r"(?:(?:दौरे|यात्रा|प्रवास)\s+पर|(?<![\u0900-\u097F])(?:की|किया|किए|किये|दी|दिया|दिए|ली|लिया|लिए"
    r"|हो|बन|रह|रुक|मिल|बदल|टल|बढ़|घट))\s+$"
)
#: a place gone to, not left: "अहमदाबाद के लिए रवाना", "Bharat ke liye nikla", "leave for Delhi",
#: "fly to Mumbai"
FOR_AFTER = re.compile(r"\s*(?:के\s+लिए|की\s+ओर|(?i:ke\s+liye\b))")
FOR_BEFORE = re.compile(r"(?i:\b(?:for|to)\s+(?:the\s+)?)$")


_FROM_AFTER = re.compile(r"\s+से(?![\u0900-\u097F])")
_FROM_BEFORE = re.compile(r"(?i:\bfrom\s+)$")


def leaves_then_arrives(text: str, home: list[Mention], verb: re.Match[str]) -> bool:
    """``दिल्ली से रवाना होगा और … एम्सटर्डम पहुंचेगा``, "leave from Delhi and land in Tokyo": leaving
    home, which the arrival later in the sentence tells; no departure of its own."""
    origin = any(_FROM_AFTER.match(text, p.end) or _FROM_BEFORE.search(text, 0, p.start) for p in home)
    return origin and any(a.start() > verb.end() for a in ARRIVE.finditer(text))


#: a journey written by its ends with an arrow, in a programme's line: "Almaty → Bishkek by road",
#: "Lima → La Paz (सीधी उड़ान)", "Bishkek → Delhi → Bengaluru"; the arrow itself
ARROW = r"(?:→|⟶|➝|➔|->|–>)"
_ARROW_BEFORE = re.compile(ARROW + r"\s*$")
#: a place with another arrow after it (a bracket between) is a change of planes on the way
_ARROW_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?" + ARROW)


def is_destination(text: str, place: Mention) -> bool:
    """The place a journey is for: "for Seoul", "to Seoul", "Davao के लिए", or the last place of an
    arrow's chain ("Almaty → Bishkek", not Delhi in "Bishkek → Delhi → Bengaluru")."""
    return bool(
        FOR_AFTER.match(text, place.end)
        or FOR_BEFORE.search(text, 0, place.start)
        or (
            _ARROW_BEFORE.search(text, max(0, place.start - 8), place.start)
            and not _ARROW_AFTER.match(text, place.end)
        )
    )


_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:'s|’s|s'|s’)\s+$")


def owned_from(text: str, org: Mention) -> int:
    """Where the words naming an organisation start, with its owner: ``Western Cape's Wesgro``."""
    owner = _OWNER_BEFORE.search(text, max(0, org.start - 60), org.start)
    return owner.start() if owner is not None else org.start


def takes(text: str, verb: re.Match[str], org: Mention) -> bool:
    """The organisation is what the verb takes ("to visit Vestas' blade factory, where an MoU with
    Vestas will be signed"): a visit of its own beside the signing."""
    return re.fullmatch(r"\s+(?:the\s+)?", text[verb.end() : org.start]) is not None


#: between a city and the Hindi verb of returning to it: "Lima लौटेंगे", "लीमा वापस लौटेंगे"
_BACK_BEFORE = re.compile(r"\s+(?:वापस\s+|फिर\s+(?:से\s+)?)?$")


#: between a verb of returning and the city abroad it goes back to, past the one it leaves: "returned
#: from Francistown to Gaborone", "Return by road from Kutaisi to Tbilisi"
_FROM_TO = re.compile(
    r"(?:\s+back)?(?:\s+by\s+(?:air|road|rail|car|train))?\s+from\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|da|do|dos|la|el|al|am|an))*\s+to\s+(?:the\s+)?"
)


def returns_to(text: str, away: list[Mention], verb: re.Match[str]) -> Mention | None:
    """The city abroad a verb of returning goes back to (``return to Santiago``, ``वापस Lima
    लौटेंगे``), not home: a move within the visit.  A city it comes back *from* is no such place."""
    for p in away:
        if p.entity.kind != "city":
            continue
        if p.start >= verb.end() and FOR_BEFORE.search(text, 0, p.start) and p.start - verb.end() <= 12:
            return p
        if p.start >= verb.end() and verb.group() == "वापस" and text[verb.end() : p.start].isspace():
            return p  # "वापस Cancun आ गया"
        if p.start >= verb.end() and verb.group().endswith("in") and p.start - verb.end() <= 1:
            return p  # "will be back in San José"
        if p.start >= verb.end() and _FROM_TO.fullmatch(text, verb.end(), p.start):
            return p  # "returned from Francistown to Gaborone", "Return from Ciudad del Este to Asunción"
        if p.end <= verb.start() and _BACK_BEFORE.match(text[p.end : verb.start()]):
            return p
    return None


#: leaving for the homeland, no place named: "स्वदेश (के लिए) रवाना", "वतन रवाना", Roman Hindi
#: "watan rawana hui", "swadesh ke liye ravana"
_HOMELAND = (
    r"(?<![\u0900-\u097F])(?:स्वदेश|वतन)\s+(?:के\s+लिए\s+|की\s+ओर\s+)?(?:रवाना|प्रस्थान)"
    r"|(?i:\b(?:swadesh|watan|vatan)\s+(?:ke\s+liye\s+|ki\s+or\s+)?(?:rawana|ravana|rawaana|ravaana|prasthan)\b)"
)
HOMELAND = re.compile(_HOMELAND)


#: "… before flying back to Amaravati on Friday": a return of its own only when a date follows it
#: (without one it is the sentence's last act, on the sentence's day: not told as a return)
RETURN_BEFORE = re.compile(r"(?i:\bbefore\s+fl(?:y|ying)\s+back\b)")

#: the journey home: "लौटेंगे", "भारत लौट गया" / "laut gayi" (गयी, गया: the perfect's other spellings
#: beside गई, गए), "वापसी", "flew back home", "returned"; leaving for the homeland ("स्वदेश रवाना
#: हुए", "watan rawana hui"): the journey home, though no place at home is named
RETURN = re.compile(
    r"लौट(?:ेंगे|ेंगी|ेगा|ेगी|े|ी|ा|ते|कर|ना)"
    + _D
    + r"|लौट\s+(?:आ|जा|गए|गई|गये|गया|गयी|गईं|गयीं)|वापसी|वापस\s+(?:आ|निकल)"
    # "शाम को वापस Cancun आ गया" / "wapas Cancun aa gaya": back in the Latin-named city abroad
    r"|वापस(?=\s+(?:[A-Z][\w'-]*\s+){1,3}(?:आ|लौट))"
    r"|(?i:\breturn(?:s|ed|ing)?\b|\b(?:fl(?:y|ies|ew|ying)|head(?:s|ed)?|(?:is|are|be)\s+back)\s+(?:back\s+)?(?:home|to\s+India)\b"
    r"|(?<!before\s)(?<!after\s)\bfl(?:y|ies|ew|ying)\s+back\b"
    # "He will be back in San José by evening": back in the city it names
    r"|\b(?:is|are|be|was|were)\s+back\s+in\b(?=\s+(?-i:[A-Z]))"
    r")|" + _HOMELAND
)
#: where a day's rows go back to between engagements: a hotel, by the word or a chain's name
_LODGING = (
    r"(?:होटल|(?i:hotel|resort|guest\s*house|residence|camp\s+office)\b"
    r"|\b(?:Hilton|Hyatt|Marriott|Sheraton|Radisson|Novotel|Sofitel|Kempinski|InterContinental|Westin|Taj"
    r"|Oberoi|Ritz|Shangri-La|Mövenpick|Ibis|Crowne\s+Plaza|Holiday\s+Inn|Four\s+Seasons|Fairmont|Pullman)\b)"
)
#: "Return to hotel", "returns to the Hilton", "back to the hotel"; "Hotel वापसी", "Hilton Nicosia वापसी"
_TO_LODGING = re.compile(rf"\s+(?:back\s+)?(?i:to)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}{_LODGING}")
_LODGING_BEFORE = re.compile(rf"{_LODGING}(?:\s+[^\s।.;]+)?\s+(?:वापस\s+)?$")


def to_lodging(text: str, verb: re.Match[str]) -> bool:
    """The verb of returning goes back to the hotel, within the day: no journey, no return home."""
    return bool(
        _TO_LODGING.match(text, verb.end())
        or _LODGING_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
    )


MEETING = re.compile(
    r"मुलाकात|मुलाकत|भेंट|बैठक|मीटिंग"
    + _D
    + r"|चर्चा|वार्ता|बातचीत|संवाद|मिल(?:ेंगे|ेंगी|ेगा|े)|(?<=से\s)मिलत[ाेी](?!\s+रह)"
    + _D
    + r"|(?i:\bmeet(?:s|ing|ings)?\b|\bmet\b|\btalks\b|\bdiscussions?\b|\bcall(?:ed|s)?\s+on\b|\binteract\w*"
    r"|\bcourtesy\s+calls?\b|\b(?:session|consultation)s?\s+with\b)"
)
#: a visit planned, told right after the site's name: "Lake Basin Tea Estate जाने का कार्यक्रम था",
#: "Cat Lai Container Terminal visit plan tha", "X jaane ka karyakram", "X देखने की योजना"
PLANNED_VISIT = re.compile(
    r"\s+(?:(?:जाने|देखने)\s+(?:का\s+(?:कार्यक्रम|प्लान)|की\s+योजना)"
    r"|(?i:(?:jaane|jane|dekhne)\s+(?:ka\s+(?:karyakram|program(?:me)?|plan)|ki\s+yojana)"
    r"|visit\s+(?:plan(?:ned)?|program(?:me)?|(?:ka|का)\s+(?:plan|program(?:me)?|karyakram)|का\s+(?:प्लान|कार्यक्रम))))"
    r"(?![\w\u0900-\u097F])"
)
SITE = re.compile(
    r"का\s+दौरा|की\s+यात्रा|का\s+भ्रमण|भ्रमण|निरीक्षण|अवलोकन|देखेंगे|(?<!\S)भेट\s+दे|(?i:\bvisit(?:s|ed|ing)?\b|\btour(?:s|ed)?\b|\binspect\w*)"
    rf"|{SEEN}"  # "Korosho Bora की काजू प्रसंस्करण इकाई देखी": the works seen
    # a site's planned visit, right after its name
    r"|(?<=[A-Za-z\u00C0-\u024F]\s)(?:जाने|देखने)\s+(?:का\s+(?:कार्यक्रम|प्लान)|की\s+योजना)"
    r"|(?i:(?<=[A-Za-z]\s)\b(?:jaane|jane|dekhne)\s+(?:ka\s+(?:karyakram|program(?:me)?|plan)|ki\s+yojana)\b)"
)
#: right after a body's name, or right before it: it is visited ("Port of Bar का दौरा", "a visit to Marel")
VISITED = re.compile(r"\s+(?:का|की|के)\s+(?:दौरा|भ्रमण|निरीक्षण)")
VISITING = re.compile(r"(?i:\b(?:visit(?:s|ed|ing)?(?:\s+to)?|tour(?:s|ed|ing)?(?:\s+of)?)\s+(?:the\s+)?)$")


def visited(text: str, org: Mention) -> bool:
    """The organisation is what a verb or noun of visiting takes, before or after it."""
    return bool(VISITED.match(text, org.end) or VISITING.search(text, max(0, org.start - 40), org.start))


SITE_WORDS = re.compile(r"आयोजन\s+स्थल|स्थल|(?i:\bsite\b|\bvenue\b|\bgrounds\b)")
MOU = re.compile(r"समझौता\s+ज्ञापन|एमओयू|हस्ताक्षर|(?i:\bMoUs?\b|\bmemorand\w+|\bsign(?:s|ed|ing)?\b)")
INAUGURATE = re.compile(r"उद्घाटन|शिलान्यास|(?i:\binaugurat\w*)")
CEREMONY = re.compile(r"समारोह|(?i:\bceremony\b|\baward\w*)")
PRESS = re.compile(
    r"प्रेस\s+(?:वार्ता|कॉन्फ्रेंस|कांफ्रेंस)|पत्रकारों\s+से|(?i:\bpress\s+(?:conference|meet)\b|\bmedia\s+briefing\b)"
)
ROADSHOW = [
    (re.compile(r"रोड\s*शो|(?i:\broad\s?show\b)"), "Investment roadshow"),
    (
        # "निवेशकों का सम्मेलन", "निवेशकों के साथ संवाद कार्यक्रम", "निवेशकों की बैठक": a gathering of them
        re.compile(
            r"निवेशक(?:ों)?\s+(?:(?:का|के\s+साथ|से)\s+)?(?:सम्मेलन|संवाद\s+कार्यक्रम)|निवेशकों\s+की\s+बैठक"
            r"|इन्वेस्टर्स?\s+मीट|(?i:\binvestors?['’]?\s+(?:meet|summit|conference)\b)"
        ),
        "Investors' meet",
    ),
    (re.compile(r"बिजनेस\s+समिट|(?i:\bbusiness\s+(?:summit|conference|forum)\b)"), "Business summit"),
    (
        re.compile(r"राउंड\s*टेबल|गोलमेज|(?i:\b(?:investors?['’]?\s+)?round\s?-?table\b)"),
        "Investors' roundtable",
    ),
]
#: a meeting attended by many: "जिसमें 40 कंपनियों के प्रतिनिधि शामिल हुए", "attended by 25 firms"
ATTENDED = re.compile(r"जिसमें[^।]{0,80}?शामिल|(?i:\battended\s+by\b)")
#: a name qualifying the firms after it, no body of its own: "with Indore firms", "Morbi की कंपनियों"
FIRMS_AFTER = re.compile(
    r"\s+(?:(?:की|के)\s+(?:कंपनियों|कंपनियां|उद्योगों|उद्यमियों|कारोबारियों)"
    r"|(?i:firms|companies|businesses|exporters|traders|industrialists|entrepreneurs)\b)"
)
#: addressing an audience ("जलसे को ख़िताब करेंगे" (Urdu), "बांधवों से संवाद साधेंगे" (Marathi));
#: also speaking to it ("spoke to the Indian community at a hall") and going among it ("प्रवासी
#: भारतीयों के बीच पहुंचे", "के बीच जाना"): a speech, not a talk across a table
ADDRESS = re.compile(
    r"संबोधित|संबोधन|खिताब|संवाद\s+साध|के\s+बीच\s+(?:पहु[ंँ]?च|जा|गए|गये|गई|गयी)"
    r"|(?i:\baddress(?:es|ed|ing)?\b|\bsp(?:oke|eaks?|eaking)\s+to\b|\b(?:went|go(?:es)?|came)\s+among\b)"
)
AUDIENCE = [
    (re.compile(r"निवेशकों|(?i:\binvestors\b)"), "investors"),
    (
        re.compile(
            r"उद्योगपतियों|कारोबारियों|उद्योग\s+जगत|(?i:\bbusiness\s+leaders\b|\bindustry\s+leaders\b|\bindustrialists\b|\bCEOs\b)"
        ),
        "business leaders",
    ),
]
COMMUNITY = re.compile(
    r"(?:अ?प्रवासी|भारतवंशी)\s*[\u0900-\u097F]*|[\u0900-\u097F]+\s+समुदाय"
    r"|(?i:\bdiaspora\b|\bNRIs?\b|\bIndian[- ]origin\b"
    r"|\b(?:[A-Z][a-z]+i|Telugu|Tamil|Odia|Kannadiga|Goan)\s+(?:community|expatriates|expats|families|diaspora)\b)"
)
#: an amount: "agreements worth ₹9,000 crore", "$2 billion", "5,000 करोड़ रुपये के समझौते"
SUM = re.compile(r"₹|करोड़|(?i:\bworth\b|\bcrore\b|\b(?:million|billion)\b|(?:US)?\$\s*\d|\bRs\.?\s*\d)")
#: a signing told as the trip's outcome, a hope or a denial, not as an act of one day: "during the
#: trip", "यात्रा के दौरान", "hopes to sign", "समझौते होने की उम्मीद", "No memorandum was signed"
SIGNING_ASIDE = re.compile(
    r"(?:यात्रा|दौरे|प्रवास)\s+(?:के\s+दौरान|में)|उम्मीद|आशा|(?:कोई|नहीं)\s+(?:समझौत|एमओयू)"
    r"|(?i:\b(?:during|over|in\s+the\s+course\s+of)\s+(?:the|this|his|her|their|which)\b"
    r"|\bhop(?:e|es|ed|ing)\b|\bexpect(?:s|ed)?\s+to\b|\bno\s+(?:memorand\w+|MoUs?|agreements?|deals?|pacts?)\b"
    r"|\bnot\s+(?:be\s+)?sign)"
)
BUSINESS = re.compile(r"व्यापारी|कारोबारी|उद्योग|व्यवसायी|(?i:business|investor)")
GATHERING = re.compile(
    r"कार्यक्रम|सम्मेलन|स्वागत|जलस[ाे]|(?i:\breception\b|\bprogramme\b|\bevent\b|\bgathering\b|\bsammelan\b)"
)


def community_verb(text: str, clause: tuple[int, int]) -> str:
    """How an engagement with a community is told, by the words of its clause (else its sentence): a
    verb of addressing makes an address, a verb of meeting (``met members of``, ``interacts with``,
    ``से मुलाकात``, ``संवाद``) a meeting, and an event with neither (``attend a gathering of``,
    ``के कार्यक्रम में शामिल होंगे``) an address."""
    for a, b in (clause, (0, len(text))):
        part = text[a:b]
        if ADDRESS.search(part):
            return "Address to"
        if MEETING.search(part):
            return "Meeting with"
        if GATHERING.search(part):
            return "Address to"
    return "Meeting with"


ITS = re.compile(r"\s+(?:the\s+)?(?:company|firm|group|its)(?:'s)?\b|\s+(?:उसके|उनके|कंपनी\s+के)")
#: a body's people after its name: "KCCI के पदाधिकारियों के साथ", "FTI के सदस्यों"
PEOPLE_OF = re.compile(r"\s+(?:के|की)\s+(?:अधिकारियों|पदाधिकारियों|प्रतिनिधियों|सदस्यों|अध्यक्ष|प्रमुख)")
#: a meeting, talks or a visit told before ("इस बैठक", "this meeting", "the talks"), not "the
#: meeting with the Kuwait Fund … was postponed", which names whom it is with
BACKREF = re.compile(
    r"(?:इस|इसी|इन|उस)\s+(?:मुलाकात|बैठक|चर्चा|वार्ता|साझेदारी|दौरे|दौरा|यात्रा)"
    r"|(?i:\b(?:this|these|that|the)\s+(?:meeting|talks|discussion|partnership|visit)s?\b(?!\s+with\b))"
)
#: a meeting the delegation holds, told by its time or as theirs ("our Monday meeting", "10 बजे वाली
#: meeting"), and the state cabinet's own meeting at home ("cabinet बैठक में … मंजूरी"): no engagement
_OWN_MEETING = re.compile(
    r"(?i:\b(?:our|his|her|their)\s+(?:[a-z]+\s+)?meetings?\b(?!\s+with\b))"
    r"|(?:बजे|(?i:\b[ap]\.?m\.?))\s+वाली\s+(?:बैठक|मुलाकात|मीटिंग|(?i:meeting))"
    r"|(?:(?i:\bcabinet)|कैबिनेट|मंत्रिमंडल|मंत्रिपरिषद)\s+(?:की\s+)?(?:बैठक|मीटिंग|(?i:meeting))"
)
_MEETING_WORD = re.compile(r"बैठक|मीटिंग|मुलाकात|(?i:meeting)")


@functools.lru_cache(maxsize=512)
def back_references(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` speaks of a meeting that is no engagement of its own (see ``BACKREF`` and
    ``_OWN_MEETING``); read once per sentence, as every extractor asks."""
    spans = [m.span() for m in BACKREF.finditer(text)]
    if _MEETING_WORD.search(text):
        spans += [m.span() for m in _OWN_MEETING.finditer(text)]
    return tuple(spans)


#: the whole visit summed up: "three days of meetings with", "इस दौरे में", "during the visit"
_DAYS_OF = re.compile(r"(?i:\bdays?\s+of\s+(?:meetings|talks|engagements|interactions)\b)")
_THIS_TRIP = re.compile(
    r"इस\s+(?:दौरे|यात्रा|प्रवास)\s+(?:में|के\s+दौरान)"
    r"|(?i:\bduring\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|tour|trip)\b)"
)


def sums_up(text: str, *, dated: bool) -> bool:
    """A sentence that sums the visit up (undated, or counting its days of meetings), not an engagement."""
    return bool(_DAYS_OF.search(text)) or (bool(_THIS_TRIP.search(text)) and not dated)


_TO = re.compile(r"\s+to\s+(?:the\s+)?")
#: "the one substantial meeting of the tour came …", "billed as the centrepiece of the tour,": the
#: trip named by a determiner, with no site after it
_THE_TRIP = re.compile(r"(?i:\b(?:the|this|his|her|their|our)\s+(?:[\w-]+\s+)?)$")
_SITE_AFTER = re.compile(r"(?i:\s+(?:to|of|at)\s)")


def trip_itself(text: str, m: re.Match[str], countries: list[Mention]) -> bool:
    """A "visit"/"दौरा" word naming the whole trip: ``visit to Japan``, ``जापान का दौरा``, ``the tour``."""
    to = _TO.match(text, m.end())
    if to is not None and any(c.start == to.end() for c in countries):
        return True
    if m.group().lower() in ("tour", "visit", "trip") and _THE_TRIP.search(text, 0, m.start()):
        return not _SITE_AFTER.match(text, m.end())
    return m.group().startswith(("का", "की")) and any(0 <= m.start() - c.end <= 1 for c in countries)


def in_capitals(text: str) -> bool:
    """A line in capitals (``TOUR PROGRAMME OF THIRU …``, ``… (OVERSEAS VISITS CELL)``): a circular's
    heading, whose visit word names the trip and whose capitals name no site."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= 3 and not any(w != w.upper() for w in words)
