"""Organisations the gazetteer does not know, recognised from how the text names them.

A news report names a body it assumes the reader knows in a few set ways; each gives a mention of
an organisation of type ``found`` (no country, no seat: the text's own place decides):

* a capitalised name with its acronym in brackets: ``Port of Singapore Authority (PSA)``;
* a capitalised name after a verb or noun that takes a body: ``meet``, ``visit``, ``with``,
  ``officials of``, ``organised by``, ``signed … with`` (also lists: ``representatives of
  Hanwha, Doosan and Lotte Group``), when it contains an organisation word (``Group``, ``Bank``,
  ``Authority``…) or is one word not used as part of a person's name elsewhere in the article;
* in Hindi, a name followed by an organisation word (``हनवा ग्रुप के``, ``सकुरा कंपनी का दौरा``),
  given its English name (``Hanwa Group``, an acronym in letters ``ओक्यू ग्रुप``: ``OQ Group``), or a
  Latin-script name before ``के``/``का``/``से``; a foreign minister's portfolio (``portfolios.py``).

A name in another language links its words by ``de``, ``e``, ``der``… (``Câmara de Comércio e
Indústria Luso-Indiana (CCILI)``); an acronym the article spells out once stands for that body when
used alone; a possessive names the owner (``Efacec's plant``) or, inside a name, the body it owns
(``Western Cape's Wesgro``).

The organisation words are data (the gazetteer's ``org_words``); nothing here names a particular body.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.reading.plainwords import sentence_word, site_of
from planner.core.article.reading.romanise import latin_form, letters, romanise
from planner.core.article.reading.seen import SEEN_AFTER
from planner.core.article.reading.verbs import COMMUNITY, FIRMS_AFTER
from planner.core.article.reading.words import HINDI_STOP as _HI_STOP
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.balinese import OPENING
from planner.core.article.who.boards import is_board
from planner.core.article.who.governments import governments
from planner.core.article.who.hindisites import glossed_bodies, hindi_sites
from planner.core.article.who.orgnames import (
    BODY_NOUN,
    BODY_TRIGGER,
    CAP,
    CONNECTORS,
    NOT_NAMES,
    OWNED_PLACE,
    OWNER_IN_RUN,
    RUN,
    RUN_BEFORE_OWNER,
    SITE_AFTER,
    SITE_NOUNS,
    after_common_noun,
    at_place,
    covered,
    describes,
    found_org,
    is_person_word,
    longer_ministries,
    ministry_of,
    more_portfolios,
    names_only,
    no_body_words,
    orgish,
    places_within,
    role_bodies,
    role_owner,
    split_list,
    trim,
    with_of_the,
)
from planner.core.article.who.people import HONORIFIC
from planner.core.article.who.plannedsites import planned_sites
from planner.core.article.who.portfolios import portfolios
from planner.core.article.who.relative import titled_of
from planner.core.article.who.rolebody import bodies_before_roles, is_place
from planner.core.article.who.rowlead import not_bodies, row_bodies
from planner.core.article.who.signers import signing_partners
from planner.core.article.who.spelledout import ACRONYM, FOREIGN_LINKS, acronym_start, in_full, spelled_out

#: a body's name in a language that capitalises only its first word, linked by de, et, der…
_FOREIGN = re.compile(
    rf"(?P<head>{CAP})(?:\s+(?:{FOREIGN_LINKS})\s+[\w\u00C0-\u024F'’-]+|\s+{CAP}|\s+d['’][\w\u00C0-\u024F-]+)+"
)
_LOWER_WORD = re.compile(rf"\s(?:{FOREIGN_LINKS})\s+(?:d['’])?[a-z\u00DF-\u00FF]")
_TRIGGER = re.compile(
    rf"(?i:\b(?:(?P<body>{BODY_TRIGGER})|meet(?:s|ing|ings)?|met|visit(?:s|ed|ing)?(?:\s+to)?|tour(?:s|ed)?(?:\s+of)?"
    r"|with|call(?:s|ed)?\s+on|talks\s+with)\b)\s+(?:the\s+)?"
)
_LIST = re.compile(rf"{RUN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?{RUN})*")
_HI_AFTER = r"\s+(?:के|का|की|से|ने|को|में|द्वारा)(?![\u0900-\u097F])"
_HI_LIST_AFTER = r"(?:\s+(?:के|का|की|से|ने|को|में|द्वारा|और|एवं|तथा)(?![\u0900-\u097F])|\s*,)"
_HI_NAME = r"[\u0900-\u0963\u0966-\u097F]+"
#: a Latin-script name and a possessive right before a Hindi body's name: its owner
_OWNED = re.compile(r"[A-Za-z][\w.&-]*\s+(?:के|की|का)\s+$")
_HI_ORG = re.compile(rf"(?P<name>(?:{_HI_NAME}\s+){{1,2}})(?P<word>{_HI_NAME})(?={_HI_AFTER})")
_HI_ACRONYM = re.compile(rf"(?P<name>(?:{_HI_NAME}\s+){{1,5}})\((?P<acr>[A-Z][A-Z0-9&]{{1,9}})\)")
#: a Latin-script name in a Hindi sentence, before a postposition or an English noun of its site
#: ("Oman LNG plant का दौरा", Roman "Tanger Med port ka daura"), or right before the verb of seeing it
#: ("Songhai Centre dekha", ``reading/seen.py``)
_LATIN_IN_HINDI = re.compile(
    rf"(?P<name>{RUN})(?=(?:\s+(?:{SITE_NOUNS}|port))?{_HI_LIST_AFTER}|{SEEN_AFTER})"
)


#: a place the plan is for, before ``में`` and a purpose (``Dholera में display-glass unit के लिए
#: MoU``, ``GIFT City में fintech … पर presentation``): not "Sonatrach में बैठक", a body met at
_IN_AFTER = re.compile(
    r"\s+में\s+(?:(?!बैठक|मुलाकात|(?i:meeting))[^\s।,;]+\s+){1,6}?(?:के\s+लिए|पर)(?![\u0900-\u097F])"
)
_OWNED_NEXT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,4}?(?:and|,(?:\s+and)?)\s+(?:the\s+)?(?=[A-Z\u00C0-\u00DE])"
)


_AND_NEXT = re.compile(rf"\s*,?\s+and\s+(?:the\s+)?(?P<name>{RUN})")


def _listed_after(
    text: str, pos: int, mentions: list[Mention], found: list[Mention], free: object, places_ok: object
) -> None:
    """ "with the Industrial Development Corporation (IDC) and Anglo American": the name listed
    after a body spelled out with its acronym is a body too."""
    assert callable(free) and callable(places_ok)
    nxt = _AND_NEXT.match(text, pos)
    if nxt is None:
        return
    start, end = trim(text, nxt.start("name"), nxt.end("name"))
    name = text[start:end]
    words = name.split()
    if not words or words[0] in NOT_NAMES or len(words) > 5 or ACRONYM.match(text, start):
        return
    if free(start, end) and places_ok(start, end) and not _is_person(text, start, end, mentions):
        found.append(Mention(found_org(name), start, end, name))


def _after_owner(text: str, start: int, end: int, mentions: list[Mention], gaz: Gazetteer) -> int:
    """Where a name owned by the words before it starts: ``Western Cape's Wesgro`` → ``Wesgro``; a
    body's own are its people (``Hyundai Motor Group's Chung Eui-sun``): no split."""
    owners = list(OWNER_IN_RUN.finditer(text, start, end))
    if not owners:
        return start
    cut = owners[-1].start() + 1
    if covered(mentions, start, cut, ("org",)) or orgish(text[start:cut], gaz):
        return start
    return owners[-1].end()


_ON_BEHALF = re.compile(r"(?:की\s+ओर\s+से|(?i:on\s+behalf\s+of\s+[^,]{2,60},))\s*$")
_ROLE_AFTER = re.compile(r"\s*,\s*(?:the\s+)?")
_OWNER = re.compile(r"\s*(?:'s|’s|'|के|की|का)\s+")
_PARTICLE_BEFORE = re.compile(r"[A-Z][\w'.-]*\s+(?:bin|binti|van|von|der|de|da|al|el)\s+$")
#: "CEO of Applied Materials", "Chairman of the Kansai Economic Federation": the body a role is held in
_ROLE_OF = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?(?P<name>{RUN})")
_UNIT_AT = re.compile(rf"\s+at\s+(?:the\s+)?(?P<name>{RUN})")
_HI_HONORIFIC_BEFORE = re.compile(r"(?<![\u0900-\u097F])(?:श्रीमती|सुश्री|श्री|डॉ\.?|प्रो\.)\s+$")
_BALINESE = re.compile(OPENING)
_TITLE_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[A-Z]\.\s*)*")


def _is_person(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """A capitalised run with a person's evidence around it, not an organisation: a title before it
    (``Petronas के अध्यक्ष Tan Sri Zakaria Ahmad``, ``Minister Gan Kim Yong``), an honorific at
    its start, a role right after a comma (``Sarah Mitchell, CEO of …``), ``Y की ओर से X``."""
    if HONORIFIC.match(text, start) or _HI_HONORIFIC_BEFORE.search(text, 0, start):
        return True  # "Mr. X", "सुश्री Nino Beridze", "श्री Johannes Amutenya": a Latin name after श्री
    if _BALINESE.match(text, start):
        return True  # "Ni Luh Kadek Sriani के साथ": a Balinese name's gender and birth-order words
    owner = _OWNER.match(text, end)
    if owner is not None and any(m.start == owner.end() and m.entity.kind == "role" for m in mentions):
        return False  # "Tata Sons के अध्यक्ष …", "BHP's Chief Executive …": the body a role belongs to
    if _PARTICLE_BEFORE.search(text, 0, start):
        return True  # "Sulayem" in "Sultan Ahmed bin Sulayem"
    for m in mentions:
        if m.entity.kind not in ("role", "office"):
            continue
        if m.end <= start and _TITLE_GAP.fullmatch(HONORIFIC.sub(" ", text[m.end : start])):
            return True  # "प्रमुख सचिव (उद्योग) Raghvendra Singh": a portfolio in brackets between
        after = _ROLE_AFTER.match(text, end)
        if after is not None and m.start == after.end():
            return True
    return bool(_ON_BEHALF.search(text, 0, start))


def _named_in_full(m: Mention, gaz: Gazetteer, full_text: str) -> Mention:
    """A found body's one-word name (``Rockhill's Chief Executive``) as the article names it in
    full elsewhere (``Rockhill Battery Systems``), see ``spelledout.in_full``."""
    full = in_full(m.entity.name, full_text, gaz) if m.entity.type == "found" else None
    return m if full is None else Mention(found_org(full), m.start, m.end, m.text)


def with_unknown(text: str, mentions: list[Mention], gaz: Gazetteer, full_text: str) -> list[Mention]:
    """``mentions`` plus the organisations found in the text; a known name inside a found one
    (``Singapore`` in ``Port of Singapore Authority (PSA)``, ``Minister`` in a portfolio) yields."""
    found = find_unknown(text, mentions, gaz, full_text)
    if not found:
        return with_of_the(text, mentions, gaz)
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    spelled = spelled_out(full_text, gaz)
    found = [
        Mention(found_org(spelled[f.text]), f.start, f.end, f.text)
        if f.entity.type == "found" and f.text in spelled
        else f
        for f in found
    ]
    found = [_named_in_full(f, gaz, full_text) for f in found]
    return with_of_the(text, sorted(kept + found, key=lambda m: (m.start, -m.end)), gaz)


def find_unknown(text: str, mentions: list[Mention], gaz: Gazetteer, full_text: str) -> list[Mention]:
    """Mentions of organisations (and portfolio roles) ``gaz`` does not know, not overlapping known ones."""
    found: list[Mention] = []
    blocking = ("org", "office", "role", "state")

    def free(start: int, end: int, *, inside_ok: bool = False) -> bool:
        """Not over a known name (``inside_ok``: but a known organisation strictly inside may
        yield to a longer one, ``Siemens Healthineers Innovation Centre (SHIC)``)."""
        blockers = [
            m
            for m in mentions
            if m.start < end
            and start < m.end
            and m.entity.kind in blocking
            and not (inside_ok and m.entity.kind == "org" and start <= m.start and m.end < end)
        ]
        return not blockers and not any(f.start < end and start < f.end for f in found)

    def places_only_inside(start: int, end: int) -> bool:
        return places_within(text, mentions, start, end)

    governments(text, mentions, gaz, found, free)  # "Government of the Faroe Islands"
    portfolios(text, mentions, gaz, found)
    glossed_bodies(text, mentions, gaz, found)  # "ऊर्जा एवं खान मंत्रालय (Ministry of Energy and Mines)"
    longer_ministries(text, mentions, found)  # "Ministry of Trade, Agribusiness and Industry"
    for m in ACRONYM.finditer(text):
        start, end = trim(text, acronym_start(text, m, gaz), m.end("name"))
        words = text[start:end].split()
        if len(words) < 2 or words[0] in NOT_NAMES:
            continue
        known = covered(mentions, start, end, ("org",)) and not any(
            x.entity.kind == "org" and start <= x.start and x.end < end for x in mentions
        )
        own = [x for x in mentions if x.entity.kind == "org" and (x.start, x.end) == m.span("acr")]
        if own and not known and free(start, m.start("acr"), inside_ok=True):
            # "Federation of Industries of the State of São Paulo (FIESP)": the gazetteer's FIESP
            # spelled out: no other body in its words
            found.append(Mention(own[0].entity, start, m.end(), text[start : m.end()]))
            continue
        if known or own:
            continue  # "Public Investment Fund (PIF)": the gazetteer's own
        if free(start, m.end(), inside_ok=True) and places_only_inside(start, m.end()):
            _listed_after(text, m.end(), mentions, found, free, places_only_inside)
            name = f"{text[start:end]} ({m.group('acr')})"
            found.append(Mention(found_org(name), start, m.end(), text[start : m.end()]))
    for role in [m for m in mentions if m.entity.kind == "role"]:
        of = _ROLE_OF.match(text, role.end)
        if of is None:
            continue
        at = _UNIT_AT.match(text, of.end())
        if at is not None and of.group().lstrip().startswith("of"):
            of = at  # "Head of Investor Relations at GIPC": the unit is part of the body after "at"
        for a, b in role_bodies(text, role, of.start("name"), of.end("name"), gaz):
            start, end = trim(text, a, b)
            words = text[start:end].split()
            name = text[start:end]
            if any(
                o.entity.name.endswith(f"({name})") for o in [*mentions, *found] if o.entity.kind == "org"
            ):
                continue  # "Vice-Chancellor of UNSW" after "University of New South Wales (UNSW)"
            if words and words[0] not in NOT_NAMES and free(start, end) and places_only_inside(start, end):
                found.append(Mention(found_org(ministry_of(role, name, gaz)), start, end, name))
    bodies_before_roles(text, mentions, gaz, found, free, places_only_inside)  # "Agoria CEO X"
    hindi_sites(text, mentions, gaz, found, free, places_only_inside)  # "… टेक्नोलॉजी पार्क का भ्रमण"
    row_bodies(text, mentions, found, free, places_only_inside)  # "10:00 — Walu Bay Boatyard visit"
    planned_sites(text, mentions, found, free, places_only_inside)  # "X jaane ka karyakram tha"
    signing_partners(text, mentions, found, free, places_only_inside)  # "Digital Chile and the Kerala …"
    for foreign in _FOREIGN.finditer(text):
        if gaz.org_word(foreign.group("head")) and _LOWER_WORD.search(foreign.group()):
            # "the Chambre de commerce et d'industrie de Paris": a name in sentence case, one body
            start, end = trim(text, foreign.start(), foreign.end())
            if free(start, end) and places_only_inside(start, end):
                found.append(Mention(found_org(text[start:end]), start, end, text[start:end]))
    for t in _TRIGGER.finditer(text):
        run = _LIST.match(text, t.end())
        if run is None:
            continue
        items = split_list(text, run.start(), run.end(), gaz, mentions)
        if re.search(r"\b(?:to|tour(?:s|ed)?\s+of)\s+(?:the\s+)?$", t.group(), re.IGNORECASE) and any(
            m.start == run.start()
            and m.entity.kind in ("city", "country", "state")
            and not site_of(text, m, items, gaz)
            for m in mentions
        ):
            continue  # "visit to South Korea, the Industries Department said", "tour of Ghana, …": places
        while re.search(r"(?:'s|’s|s'|s’)$", text[run.start() : run.end()]):
            # "visited Foxconn's campus and BYD's battery plant": owners, each named before its place
            more = _OWNED_NEXT.match(text, run.end())
            after = _LIST.match(text, more.end()) if more is not None else None
            if after is None:
                break
            run = after
            items += split_list(text, run.start(), run.end(), gaz)
        of = _ROLE_OF.match(text, run.end())
        titled = titled_of(text, run.start(), run.end())  # "met Ms Ingrid Larsen of Equinor"
        items, of = titled if titled is not None else (items, of)
        if of is not None and (orgish(of.group("name"), gaz) or titled) and names_only(text, items, gaz):
            # "meet Priya Raman, Arjun Mehta and Wei Chen of the Silicon Valley … Association": people of
            # one body (or a person told by a title); the body is the organisation
            start, end = trim(text, of.start("name"), of.end("name"))
            if free(start, end) and places_only_inside(start, end):
                found.append(Mention(found_org(text[start:end]), start, end, text[start:end]))
            continue
        # "Minerals Council South Africa and Anglo American": listed with a body, a body
        with_body = len(items) > 1 and any(
            orgish(text[a:b], gaz) or covered(mentions, a, b, ("org",)) for a, b in items
        )
        described = {n for n in range(1, len(items)) if describes(text, items[n - 1][1], items[n][1])}
        for n, (a, b) in enumerate(items):
            if n in described:
                continue  # "Wesgro, the Western Cape's trade … agency": a description of the body before
            body = role_owner(text, a, b, mentions)
            if body is not None and free(*body) and places_only_inside(*body):
                # "met SAIC Motor's Vice President, Mr. Zhang Wei": the owner of a role is a body
                found.append(
                    Mention(found_org(text[body[0] : body[1]]), body[0], body[1], text[body[0] : body[1]])
                )
                continue
            visiting = t.group().lower().startswith(("visit", "tour"))
            owned = _after_owner(text, a, b, mentions, gaz)
            if visiting and owned > a and SITE_AFTER.match(text, b):
                b = owned  # "visited Arçelik's Çayırova campus": the owner; its site is named by a place
            start, end = trim(text, owned if b > owned else a, b)
            # "Korea Zinc": a place starts a body's name; "South Korea's Doosan Enerbility": a place
            # owns a body of a word or two (three are a title and a name: "Victoria's Premier Jacinta Allan")
            placed = any(
                p.entity.kind in ("city", "country", "state")
                and (p.start == start or (a <= p.start < owned and len(text[start:b].split()) <= 2))
                for p in mentions
            )
            name = text[start:end]
            words = name.split()
            if not words or words[0] in NOT_NAMES or not free(start, end):
                continue
            if (len(words) == 1 and gaz.country_of_demonym(name)) or COMMUNITY.match(text, start):
                continue  # "meeting with the French trade minister", "met the Tamil families": no body
            if FIRMS_AFTER.match(text, end):
                continue  # "joint ventures with Indore firms": the firms' town
            if not places_only_inside(start, end):
                continue
            if _is_person(text, start, end, mentions):
                continue  # "meet Sarah Mitchell, CEO of Applied Materials": a person
            single = len(words) == 1 and (
                not is_person_word(name, full_text) or in_full(name, full_text, gaz) is not None
            )  # "About Corvalia Aquafeed Systems" prints a word before it, yet names a body
            # "visit Schneider Electric's smart grid centre", "Visit to Yara International headquarters"
            owner = visiting and (
                OWNED_PLACE.match(text, b - 2) is not None
                or SITE_AFTER.match(text, b) is not None
                or at_place(text, b, mentions)  # "visit Carl Zeiss Meditec at Jena"
            )  # the last two characters
            # five words at most, not counting the small words that link them ("Maison Centrale de
            # la Pêche Artisanale"): longer runs are sentences in title case
            short = len([w for w in words if w not in CONNECTORS]) <= 5
            if (
                orgish(name, gaz)
                or is_board(text, start, end, mentions)  # "talks with Visit Flanders"
                or single
                or ((t.group("body") or with_body or placed or owner) and short)
                or (n + 1 in described and BODY_NOUN.match(text, items[n + 1][1] - 2) is not None and short)
            ):
                found.append(Mention(found_org(name), start, end, name))
    for role in mentions:
        run = RUN_BEFORE_OWNER.search(text, 0, role.start) if role.entity.kind == "role" else None
        body = role_owner(text, run.start(), role.end, mentions) if run is not None else None
        if body is not None and free(*body) and places_only_inside(*body):
            # "CPP Investments' Chief Investment Officer, Ms. X, presented …": no verb of meeting
            found.append(
                Mention(found_org(text[body[0] : body[1]]), body[0], body[1], text[body[0] : body[1]])
            )
    _hindi(text, gaz, found, full_text, free, places_only_inside, mentions)
    return not_bodies(text, no_body_words(text, found, [*mentions, *found], gaz))


def _hindi(
    text: str,
    gaz: Gazetteer,
    found: list[Mention],
    full_text: str,
    free: object,
    places_ok: object,
    mentions: list[Mention],
) -> None:
    assert callable(free) and callable(places_ok)
    for m in _HI_ACRONYM.finditer(text):
        # "इज़राइल इनोवेशन अथॉरिटी (IIA) के साथ": a body spelled in Devanagari, known by its acronym
        words = m.group("name").split()
        kept = len(words) - next((k for k, w in enumerate(reversed(words)) if w in _HI_STOP), len(words))
        if len(words) - kept < 2 and not gaz.org_word(words[-1]):
            continue  # two words at least, or one that names a body
        start = m.start("name") + len(" ".join(words[:kept])) + (1 if kept else 0)
        if free(start, m.end()) and not any(x.start < m.end() and m.start("acr") < x.end for x in mentions):
            found.append(Mention(found_org(m.group("acr")), start, m.end(), text[start : m.end()]))
    for m in _HI_ORG.finditer(text):
        english = gaz.org_word(m.group("word"))
        if english is None or not re.search("[\u0900-\u097f]", m.group("word")):
            continue
        words = m.group("name").split()
        opened = len(words)
        while words and (words[0] in _HI_STOP or words[0].isdigit() or any(map(letters, words[1:]))):
            words.pop(0)  # "उसी दिन ईईपी ग्रुप": a name spelled in letters starts the body's
        if not words or (
            len(words) < opened and all(is_common_word(w) and not is_place(gaz, w) for w in words)
        ):
            continue  # "जिसमें डेटा सेंटर": after a clause's first word, common words name no body
        start = m.start("name") + m.group("name").index(words[0])
        if not free(start, m.end()) or _OWNED.search(text, 0, start):
            continue  # "CP Group के कृषि अनुसंधान केंद्र": the owner's, not a body of its own
        parts = [
            gaz.org_word(w)
            or is_place(gaz, w)
            or letters(w)
            or latin_form(romanise(w), full_text)
            or romanise(w)
            for w in words
        ]
        name = " ".join([*parts, english])
        found.append(Mention(found_org(name), start, m.end(), text[start : m.end()]))
    if not re.search(r"[\u0900-\u097F]", text):
        return
    for m in _LATIN_IN_HINDI.finditer(text):
        start, end = trim(text, m.start(), more_portfolios(text, m.start(), m.end(), mentions))
        start = after_common_noun(text, start, end, full_text, gaz)  # "Delegation Tashkent पहुंचा"
        name = text[start:end]
        if not name or name.split()[0] in NOT_NAMES or not free(start, end):
            continue
        if _IN_AFTER.match(text, end):
            continue  # "Rajkot में एक joint unit के लिए MoU": a home town no dataset lists, no body
        if " " not in name and gaz.org_word(name):
            continue  # "Company के अनुसार", "Chamber ke adhyaksh": a kind of body, the one named before
        if sentence_word(text, start, name, full_text, gaz):
            continue  # "Tour के दौरान", "Design और export पर": the sentence's English word, no body
        if not places_ok(start, end) or FIRMS_AFTER.match(text, end):
            continue  # "Perth में": a place written in Latin script; "Morbi की कंपनियों": the firms' town
        if _is_person(text, start, end, mentions):
            continue  # "CEOE के अध्यक्ष Antonio Garamendi से": the chairman, not a body
        if len(name.split()) > 1 or not is_person_word(name, full_text):
            # in a Hindi sentence a Latin-script name before के/से/और is a body's, not a person's
            found.append(Mention(found_org(name), start, end, name))
