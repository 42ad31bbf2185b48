"""A person's name before their role: right before it (``Roland Busch, CEO of Siemens``), or before a
relative clause that tells it (``Kadri Tamm, who heads it,``, ``Jane Roe, who is the chief executive
of Y,``, ``श्री X, जो Y के निदेशक हैं,``)."""

from __future__ import annotations

import re

from planner.core.article.entities import Entity, Mention
from planner.core.article.reading.words import HINDI_STOP
from planner.core.article.who.balinese import OPENING, opens_name
from planner.core.article.who.names import (
    HONORIFIC,
    HONORIFICS,
    LATIN_LETTERS,
    PARTICLES,
    chained,
    counted,
    is_latin_name_token,
    joined,
    names_after,
)

#: Japanese and Korean scripts: a name glossed in them in brackets after its Latin form
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff"
_GLOSS_BEFORE = re.compile(rf"\s*\([{CJK}][{CJK}\s·・]{{0,20}}\)$")
#: the comma or bracket between a name and its role, after what may follow a name and is no word of
#: it: the civil service (``X IAS, Principal Secretary``, ``X, IAS, MD``) or the respect of ``ji``/``जी``
#: (``X ji, Principal Secretary``)
_NAME_BEFORE_ROLE = re.compile(
    r"(?:\s*,?\s+(?:IAS|IPS|IFS|IRS|IFoS|ji|Ji|जी)(?![\w\u0900-\u097F]))?\s*(?:,|\(|-|–)\s*(?:the\s+|a\s+)?$"
)
_LATIN_WORD = re.compile(rf"[{LATIN_LETTERS}][{LATIN_LETTERS}'’.-]*")


#: a Balinese name's gender word right before the words picked: "I Gusti …", "Ni Luh …"
_GENDER_BEFORE = re.compile(r"(?<![\w'’.-])(I|Ni) $")


def name_before(text: str, pos: int, taken: set[int]) -> tuple[str, int, int] | None:
    """A Latin name just before a comma or bracket at ``pos``: ``Roland Busch, CEO``, ``Tan (Director``."""
    sep = _NAME_BEFORE_ROLE.search(text, 0, pos)
    if sep is None or sep.end() != pos or not sep.group().strip():
        return None
    end = sep.start()
    gloss = _GLOSS_BEFORE.search(text, max(0, end - 40), end)
    if gloss is not None:
        end = gloss.start()  # "Lee Jae-yong (이재용), chairman of …"
    words = list(_LATIN_WORD.finditer(text, max(0, end - 80), end))
    picked: list[tuple[str, int]] = []
    for w in reversed(words):
        gap = text[w.end() : end]
        if gap.strip() or (picked and not gap):
            break
        tok = w.group()
        particle = tok in PARTICLES and bool(picked) and picked[0][0] not in PARTICLES
        if not particle and (
            tok in HONORIFICS
            or tok.rstrip(".") in HONORIFICS
            or not is_latin_name_token(tok, taken, w.start())
        ):
            break
        picked.insert(0, (tok.rstrip("."), w.start()))
        end = w.start()
        if counted(picked) == 4 + chained(picked):
            break
    while picked and picked[0][0] in PARTICLES:
        picked.pop(0)  # "… bin Khalifa Al Khalifa" cut short: a name starts with a name
    gender = _GENDER_BEFORE.search(text, max(0, end - 4), end)
    if picked and gender is not None and opens_name(gender.group(1), picked[0][0]):
        picked.insert(0, (gender.group(1), gender.start(1)))  # "I Gusti Ngurah Wirawan, Head of …"
    return joined(picked) if picked else None


#: the body and its genitive between a name and the name's role, in Hindi and Roman Hindi: "X, Rediex
#: ke director,", "श्री X, मलेशियाई … (MIDA) के अध्यक्ष,", "X ji (Itaipu Binacional ke general manager)"
_BODY_BETWEEN = r"\s*(?:ji|जी)?\s*[,(]\s*[^,()]{2,80}?(?:\s*\([^()]{1,20}\))?\s+(?:के|की|का|ke|ki|ka)\s+"
_BODY_BEFORE_ROLE = re.compile(rf"{_BODY_BETWEEN}$")
_BODY_AFTER_NAME = re.compile(_BODY_BETWEEN)


def name_before_body(text: str, pos: int, taken: set[int]) -> tuple[str, int, int] | None:
    """A Latin name told before its body and then its role (the role at ``pos``): ``Rakesh Lal ji,
    Fiji Sugar Corporation ke chairman``, ``श्री Kith Sovann, कंबोडिया चैंबर ऑफ कॉमर्स के अध्यक्ष``."""
    between = _BODY_BEFORE_ROLE.search(text, max(0, pos - 120), pos)
    if between is None:
        return None
    end = between.start()
    return name_before(text[:end] + ", ", end + 2, taken)


def body_after(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by its body's genitive and a role (``X ji, Rediex
    ke director,``): a counterpart introduced by the role."""
    return _BODY_AFTER_NAME.match(text, end) is not None


#: ", who is the …" right before a role: "Jane Roe, who is the chief executive of Y"
_WHO_IS = re.compile(
    r",\s*who\s+(?:is|was|will\s+be|has\s+been)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[a-z]+\s+)?$"
)
#: ", जो …" right before a role (and the body it is printed after): "श्री X, जो Y के निदेशक हैं"
_JO = re.compile(r"\s*,?\s*जो\s+$")
#: ", who heads it", ", who leads the agency", ", who chairs Y": the person before is its head
_WHO_HEADS = re.compile(
    r",\s*who\s+(?:heads|leads|chairs|runs|directs)\s+(?:(?P<it>it|them)\b|the\s+[a-z]+\b|(?:the\s+)?(?=[A-Z]))"
)
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097F]+(?:-[\u0900-\u097F]+)*")


def who_is(
    text: str, start: int, taken: set[int], spans: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """The name before ``, who is the`` or ``, जो`` ending at ``start`` (where a role, or the body
    printed before it, begins)."""
    who = _WHO_IS.search(text, 0, start)
    if who is not None and who.end() == start:
        return name_before(text, who.start() + 1, taken)
    jo = _JO.search(text, 0, start)
    if jo is None or jo.end() != start:
        return None
    return _devanagari_before(text, jo.start(), taken, spans) or name_before(text, jo.start() + 1, taken)


def _devanagari_before(
    text: str, end: int, taken: set[int], spans: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """A name of two or three Devanagari words ending at ``end`` (an honorific or a function word
    before it)."""
    picked: list[re.Match[str]] = []
    for w in reversed(list(_DEVANAGARI_WORD.finditer(text, max(0, end - 80), end))):
        edge = picked[0].start() if picked else end
        if text[w.end() : edge].strip(" ," if not picked else " ") or w.group() in HINDI_STOP:
            break
        if w.group() in HONORIFICS or w.start() in taken or len(picked) == 3:
            break
        picked.insert(0, w)
    if len(picked) < 2:
        return None
    found = names_after(text, picked[0].start(), spans)
    return found[0] if found and found[0][1] == picked[0].start() else None


#: the honorific that opens a Devanagari name (``श्री``, ``श्रीमती``, ``डॉ.``) right before it
_HONOURED_BEFORE = re.compile(r"(?<![\u0900-\u097F])(?:श्रीमती|सुश्री|श्री|डॉ\.?|डा\.|प्रो\.?)\s*$")
_COMMA_BEFORE = re.compile(r"\s*,\s*$")
#: one word between the comma and the title that qualifies it: "श्री X, ईख आयुक्त, …" (Cane
#: Commissioner), "श्री X, रेशम निदेशक" (a department the data does not know)
_QUALIFIER_BEFORE = re.compile(r"\s*,\s*([\u0900-\u0963\u0966-\u097F]+)\s+$")


def qualified_title(text: str, pos: int, taken: set[int]) -> re.Match[str] | None:
    """The comma and one qualifying word before a title at ``pos`` (``, ईख आयुक्त``): a word no
    entity takes and no function word ("और", "के"), so the name before the comma is the title's."""
    m = _QUALIFIER_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None or m.end() != pos or m.group(1) in HINDI_STOP or m.start(1) in taken:
        return None
    return m


def titled_before(
    text: str, pos: int, taken: set[int], spans: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """A Devanagari name between its honorific and the comma before its role at ``pos``: ``श्री
    अनुराग सक्सेना, प्रमुख सचिव (उद्योग)``, ``डॉ. नेहा श्रीवास्तव, Director``.  The honorific is the
    evidence a Latin name's capitals give: without it the words may be the end of a body's name."""
    comma = _COMMA_BEFORE.search(text, max(0, pos - 8), pos) or qualified_title(text, pos, taken)
    if comma is None or comma.end() != pos:
        return None
    found = _devanagari_before(text, comma.start(), taken, spans)
    if found is None or _HONOURED_BEFORE.search(text, max(0, found[1] - 12), found[1]) is None:
        return None
    return found


#: a person met, in brackets after the body: "Meeting with X (Ms. Nguyen Thi Lan, Deputy General
#: Director)", "Visit to Y (Dr. Tran Van Minh, Vice-Rector)": honorific, name, comma, the role as printed
_BRACKETED = re.compile(
    rf"\(\s*(?:{HONORIFIC.pattern})(?P<name>[^(),]{{2,60}}),\s*(?P<role>[A-Z][\w'’ -]{{1,50}}?)\s*\)"
)
_BEFORE_BRACKET = re.compile(r"(?:\s*,\s*[A-Z][\w'’ -]{1,40})?\s*$")


def bracketed(
    text: str, orgs: list[Mention], spans: list[tuple[int, int]]
) -> list[tuple[tuple[str, int, int], str, Mention | None]]:
    """People named in brackets after a body, honorific first and role after a comma (a programme's
    ``Meeting with X (Mr. Y, Deputy General Director)``): the name, its role as printed, and the body
    right before the bracket (a place after a comma between them: ``Y University, Russky Island (…)``)."""
    found = []
    for m in _BRACKETED.finditer(text):
        names = names_after(text, m.start("name"), spans)
        if not names or names[0][2] != m.end("name") or len(names[0][0].split()) < 2:
            continue
        body = next((o for o in orgs if _BEFORE_BRACKET.fullmatch(text, o.end, m.start())), None)
        found.append((names[0], m.group("role"), body))
    return found


def heads(
    text: str, orgs: list[Mention], taken: set[int]
) -> list[tuple[tuple[str, int, int], Mention | None]]:
    """People told as a body's head by ``, who heads …``: the name before and the body after it
    (``None`` for ``it``: the body told before)."""
    found = []
    for m in _WHO_HEADS.finditer(text):
        name = name_before(text, m.start() + 1, taken)
        if name is None:
            continue
        org = None if m.group("it") else next((o for o in orgs if o.start == m.end()), None)
        found.append((name, org))
    return found


#: " of Equinor" inside a run of capitalised words that a title opens ("Ms Ingrid Larsen of Equinor")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z]\S*(?:\s+[A-Z]\S*)*)")


def titled_of(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], re.Match[str]] | None:
    """The name and `` of Y`` ending the run ``text[start:end]`` when a title opens it (``Ms Ingrid
    Larsen of Equinor``, ``Sr. Carlos Slim of Grupo Carso``): the titled person and their body."""
    title = HONORIFIC.match(text, start)
    of = _OF_BODY.search(text, start, end) if title is not None else None
    if title is None or of is None or text[of.end() : end].strip(".,;"):
        return None
    return [(title.end(), of.start())], of


_NEXT_NAME = re.compile(rf"\s+[A-Z\u00c0-\u00de][{LATIN_LETTERS}'-]*[a-z\u00df-\u024f]")
#: a Devanagari given name before a town's name that ends it: "तोमाज़ क्रांज़ और …", "… क्रांज़ से"
_HI_GIVEN = re.compile(r"\s*[\u0900-\u097F]+\s+$")
_HI_AFTER_SURNAME = re.compile(r"\s*(?:,|\s(?:और|तथा|एवं|ने|से)(?![\u0900-\u097F]))")


def given_place(
    text: str, pos: int, places: list[Mention], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``chief executive Ramon Villanueva``, ``निदेशक तोमाज़ क्रांज़ और …``: a town's name right after a
    title and before a capitalised word (a given name), or right after the title's first Devanagari
    word and before a conjunction (a surname), is part of the name; the spans without it."""
    start = len(text) - len(text[pos:].lstrip()) if text[pos : pos + 1].isspace() else pos
    for p in places:
        if p.entity.kind != "city":
            continue
        after = _NEXT_NAME.match(text, p.end) if p.start == start else None
        given = after is not None and not any(a <= after.end() - 1 < b for a, b in spans)
        surname = _HI_GIVEN.fullmatch(text, start, p.start) and _HI_AFTER_SURNAME.match(text, p.end)
        if given or surname:
            return [s for s in spans if s != (p.start, p.end)]
    return spans


#: "Enterprise Georgia की प्रमुख सुश्री X", "एजेंसी के प्रमुख श्री X": प्रमुख after के/की/का and before an
#: honorific or a Balinese name's opening ("की प्रमुख Ni Luh X") is a body's head (elsewhere an
#: adjective: "प्रमुख सचिव", "प्रमुख कंपनियों")
_HEAD_HI = re.compile(rf"(?<=\s)(?:के|की|का)\s+(प्रमुख)\s+(?={HONORIFIC.pattern}|{OPENING})")
_HEAD = Entity("role", "Head")


def head_titles(text: str) -> list[Mention]:
    """The Hindi ``प्रमुख`` (head) of a body, told before an honorific and a name, as a role."""
    return [Mention(_HEAD, m.start(1), m.end(1), m.group(1)) for m in _HEAD_HI.finditer(text)]


__all__ = [
    "CJK",
    "body_after",
    "bracketed",
    "given_place",
    "head_titles",
    "heads",
    "name_before",
    "name_before_body",
    "qualified_title",
    "titled_before",
    "titled_of",
    "who_is",
]
