"""Where an engagement happens: city and country from the text, or an organisation's seat with a warning."""

from __future__ import annotations

import dataclasses
import re

from planner.core.article.candidate import Candidate, SentenceFacts, is_home, nearest, within
from planner.core.article.draft import DraftStop
from planner.core.article.entities import Mention
from planner.core.article.gazetteer import Entity, Gazetteer
from planner.core.article.reading.text import Sentence
from planner.core.article.where.basedata import GONE_TO
from planner.core.article.where.connections import changes_planes, coordinated, head_office, nothing_there
from planner.core.article.where.flights import Flight, locate_flight
from planner.core.article.where.landed import landed_country
from planner.core.article.where.moves import title_at
from planner.core.article.where.namedfeatures import names_a_feature
from planner.core.article.where.namesakes import by_other_name
from planner.core.article.where.territories import capital_of, retitled
from planner.core.article.where.unlisted import unlisted_capitals
from planner.core.model import Kind

#: "via Dubai", "a connecting flight through Doha", "दुबई होते हुए", "transit in Singapore", "a
#: three-hour halt in Istanbul", "a transit of about four hours at Seoul", "दुबई में तीन घंटे के ठहराव
#: के बाद", "सियोल में करीब चार घंटे का ट्रांजिट", "दोहा में करीब तीन घंटे रुकने के बाद" (a halt of
#: hours): passed through, not a stop.  A night's halt ("a night halt at Francistown", "Overnight halt
#: at …", "कुमासी में रात्रि ठहराव") is a stop: the delegation sleeps there
_HOURS = r"(?:\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?[\w-]+\s+hours?)?"
_TRANSIT_BEFORE = re.compile(
    r"(?i:\bvia|\btransit(?:\s+halt)?" + _HOURS + r"\s+(?:in|at|through)"
    r"|\b(?:flights?|fl(?:y|ies|ew|ying)|routed|connection)\s+through"
    r"|\bstop-?over" + _HOURS + r"\s+(?:in|at)|\blayover" + _HOURS + r"\s+(?:in|at)"
    r"|(?<!night\s)(?<!overnight\s)\bhalt" + _HOURS + r"\s+(?:in|at))\s+(?:the\s+)?$"
)
_TRANSIT_AFTER = re.compile(
    # told after the place: "Addis Ababa, where a five-hour layover …", "Dubai पहुंचा, जहां 5 घंटे का
    # layover था"
    r"(?:\s+(?:पहु[ंँ]?च[\u0900-\u0963]*|(?i:pahu?nch\w*)))?,?\s+(?:जहां|जहाँ|(?i:where))\s+(?:[^\s,;।.]+\s+){0,5}?"
    r"(?i:lay-?over|transit|stop-?over|ठहराव|ट्रांजिट)(?![\w\u0900-\u097F])|"
    r"\s*(?:होते\s+हुए|होकर|के\s+रास्ते"
    r"|में\s+(?!(?:रात्रि|रात|रातभर)\s)(?:[\u0900-\u097F]+\s+){0,3}?(?:ठहराव|ट्रांजिट)(?![\u0900-\u097F])"
    r"|में\s+(?:[\u0900-\u097F\d]+\s+){0,2}?घंटे\s+(?:के\s+|का\s+)?(?:ठहराव|ट्रांजिट|रुक(?:ने|कर|के|ेंगे|ेगा|ेगी)))"
)
#: "Munich-headquartered Siemens", "based in Austin", "अमेरिका स्थित कंपनी", "जर्मनी की कंपनी"
_SEAT_BEFORE = re.compile(r"(?i:\b(?:headquartered|based)\s+in)\s+$")
_SEAT_AFTER = re.compile(
    r"(?i:-(?:based|headquartered)\b)|\s+(?:स्थित|की|के)\s+(?:कंपनी|कंपनियों|फर्म|समूह|कारोबारी\s+समूह)"
)


#: "Victoria's Premier", "वॉशिंगटन के गवर्नर": a place owning the title that follows
_OWNS_TITLE = re.compile(r"(?:'s|’s)\s+|\s+(?:के|की|का)\s+")


#: "arrived in the Russian capital", "the Danish capital's harbour": the country's capital city
_CAPITAL = re.compile(r"\bthe\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital\b")


def capitals(
    text: str, mentions: list[Mention], gaz: Gazetteer, regions: frozenset[str] | None = None
) -> list[Mention]:
    """``mentions`` and a city mention for each ``the <nationality> capital`` (Moscow for
    ``the Russian capital``) the gazetteer can name, where no other name stands; a country named
    with ``City`` after it, whose capital bears its name ("Luxembourg City", "Djibouti City"), is
    that capital; so is the capital of a country in ``regions`` the city table lacks (``unlisted``)."""
    mentions = [_capital_city(text, m, gaz) for m in mentions]
    mentions = unlisted_capitals(gaz, text, mentions, regions) if regions else mentions
    added = []
    for m in _CAPITAL.finditer(text):
        code = gaz.country_of_demonym(m.group("dem"))
        country = gaz.countries.get(code) if code else None
        city = gaz.city(country.capital) if country is not None and country.capital else None
        if (
            city is None
            or city.country != code
            or any(x.start < m.end() and m.start() < x.end for x in mentions)
        ):
            continue
        added.append(Mention(city, m.start(), m.end(), m.group()))
    return sorted([*mentions, *added], key=lambda x: (x.start, -x.end)) if added else mentions


def _capital_city(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    country = m.entity
    if country.kind != "country" or country.capital != country.name or not text.startswith(" City", m.end):
        return m
    city = gaz.city(country.capital, country.country)
    if city is None or city.country != country.country:
        return m
    return Mention(city, m.start, m.end + 5, text[m.start : m.end + 5])


def mark_passing(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places named only as a stop-over or an organisation's seat, marked so nobody is put there;
    a place named as the seat of a person's office (``Victoria's Premier Jacinta Allan``, ``ब्रिटिश
    कोलंबिया के प्रीमियर``) as well: where that person is met is where the delegation is that day."""
    titles = {m.start for m in mentions if m.entity.kind in ("role", "office")}
    marked = []
    for m in mentions:
        if m.entity.kind in ("city", "country") and not m.how:
            before = text[max(0, m.start - 30) : m.start]
            owns = _OWNS_TITLE.match(text, m.end)
            start, end = _paired(text, m, mentions)
            spans = {(start, end), coordinated(text, start, end)}  # "in Doha and Nairobi": both
            if _named_transit(text, m) or any(
                _transit(text, a, b) or changes_planes(text, a, b) or nothing_there(text, a, b)
                for a, b in spans
            ):
                m = dataclasses.replace(m, how="transit")
            elif (
                _SEAT_BEFORE.search(before)
                or head_office(text, m.start, m.end)
                or _SEAT_AFTER.match(text, m.end)
                or (owns is not None and title_at(text, owns.end(), titles))
            ):
                m = dataclasses.replace(m, how="seat")
        marked.append(m)
    return marked


def _transit(text: str, start: int, end: int) -> bool:
    return bool(_TRANSIT_BEFORE.search(text[max(0, start - 50) : start]) or _TRANSIT_AFTER.match(text, end))


def _named_transit(text: str, m: Mention) -> bool:
    """The place written elsewhere in the sentence as a transit ("Casablanca, जहां 6 घंटे का layover
    था; Casablanca में कोई meeting नहीं हुई"): passed through here too."""
    return any(
        _transit(text, w.start(), w.end())
        for w in re.finditer(re.escape(m.text), text)
        if w.start() != m.start
    )


def _paired(text: str, m: Mention, mentions: list[Mention]) -> tuple[int, int]:
    """Where the places joined to ``m`` by a hyphen or slash begin and end: a city and its airport's
    town ("Seoul-Incheon", "Tokyo-Narita") are passed through, or stayed in, together."""
    start, end = m.start, m.end
    for other in mentions:
        if other.entity.kind == "city" and m.entity.kind == "city":
            if other.end < start and text[other.end : start] in ("-", "/"):
                start = other.start
            elif other.start > end and text[end : other.start] in ("-", "/"):
                end = other.end
    return start, end


#: a generated city's name used for a body whose people are met: "officials of Kawasaki",
#: "Santander के अधिकारियों से"
_PEOPLE_OF_BEFORE = re.compile(
    r"(?i:\b(?:officials|representatives|executives|delegates|heads|leadership|management|team)\s+(?:of|from)"
    r"|\b(?:talks|meetings?|partnership|agreements?|MoUs?)\s+with)\s+(?:the\s+)?$"
)
_PEOPLE_OF_AFTER = re.compile(
    r"\s+(?:के|की|का)\s+(?:अधिकारियों|प्रतिनिधियों|अध्यक्ष|सीईओ|प्रबंध\s+निदेशक|प्रमुख|उपाध्यक्ष)"
)


#: a generated city's name inside another place's: "Roosevelt Island", "Victoria Harbour"
_FEATURE_AFTER = re.compile(r"\s+(?:Island|Harbour|Harbor|Bay|Beach|Park|Square|Street|Avenue|Valley)\b")


def drop_bodies(text: str, mentions: list[Mention], regions: frozenset[str] | None = None) -> list[Mention]:
    """Generated cities whose name the sentence uses for an organisation (Kawasaki, Santander) or
    for another place (Roosevelt Island); any city so used for another place in a country the visit
    does not go to (``regions``): "the Phoenix Park estate" in a report on Trinidad; a country's name
    in a street's or a campus's ("Cuba Street", ``namedfeatures``)."""
    return [
        m
        for m in mentions
        if not (m.entity.kind == "city" and _not_the_city(text, m, regions)) and not names_a_feature(text, m)
    ]


def _not_the_city(text: str, m: Mention, regions: frozenset[str] | None) -> bool:
    """A listed city's name is trusted as a place unless it names a feature in a country the visit
    does not go to; a generated one, also unless a body's people are met by it."""
    away = bool(regions) and m.entity.country not in (regions or ())
    if (m.entity.base or away) and _FEATURE_AFTER.match(text, m.end):
        return True
    return m.entity.base and bool(
        _PEOPLE_OF_BEFORE.search(text[max(0, m.start - 40) : m.start]) or _PEOPLE_OF_AFTER.match(text, m.end)
    )


def gone_to_kept(text: str, places: list[Mention], found: list[Mention]) -> list[Mention]:
    """``found`` (``places`` with the bodies ``orgs`` finds) with each city a verb of going follows
    back where a body found ends in it: "Delegation Beira के लिए निकला", "Team Lusaka पहुंची" tell the
    delegation going there, no body named "Delegation Beira"."""
    back = [p for p in places if p.entity.kind == "city" and p not in found and GONE_TO.match(text, p.end)]
    swallowed = [
        f for f in found if f.entity.kind == "org" and any(f.start < p.start and p.end == f.end for p in back)
    ]
    if not swallowed:
        return found
    kept = [f for f in found if f not in swallowed]
    regained = [p for p in back if any(f.start < p.start and p.end == f.end for f in swallowed)]
    return sorted(kept + regained, key=lambda m: (m.start, -m.end))


def named_countries(gaz: Gazetteer, sentences: list[Sentence]) -> frozenset[str]:
    """The countries an article sends the delegation to (by name or by a listed city), not those
    named only as a seat or a stop-over: where its lesser places are sought.

    The text is read twice: the second time with the countries the first found, so a city of theirs
    whose name holds another country's ("Port of Spain") is read whole and sends the visit nowhere
    else.  A city names its country only if no namesake lies in a country the text names by name
    (Tripoli in a report on Lebanon, Córdoba in one on Spain): a big namesake abroad is no claim,
    nor is a big city named only by another language's name for it ("Landen" in a report on
    Belgium is a town there, not London: ``namesakes.by_other_name``).
    A text that names no country abroad is placed by the city it lands in (``landed``).
    """
    first = _sent_to(gaz, sentences, None)
    if not any(is_abroad(gaz, gaz.country(code)) for code in first):
        first |= landed_country(gaz, sentences)
    return _sent_to(gaz, sentences, first) if first else first


def _sent_to(gaz: Gazetteer, sentences: list[Sentence], regions: frozenset[str] | None) -> frozenset[str]:
    named = [
        m
        for s in sentences
        for m in mark_passing(s.text, drop_bodies(s.text, gaz.find(s.text, regions), regions))
        if m.entity.kind in ("city", "country")
        and m.entity.country
        and not m.passing
        and not _in_longer_name(s.text, m)
        and not (m.entity.kind == "city" and _FEATURE_AFTER.match(s.text, m.end))
    ]
    by_name = {m.entity.country for m in named if m.entity.kind == "country"}
    return frozenset(
        m.entity.country or ""
        for m in named
        if m.entity.kind == "country"
        or m.entity.country in by_name
        or not (
            any(e.country in by_name for e in gaz.namesakes(m.entity.name))
            or (by_name and by_other_name(gaz.base, m))
        )
    )


def place_spans(gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a place or a body, a country's lesser cities too once the text names the
    country or one of its main cities ("Chiang Mai" in a report on Thailand): the names a Roman Hindi
    report keeps in Latin letters, and a named country's capital the city table lacks (``unlisted``)."""
    found = gaz.find(text)
    regions = frozenset(
        m.entity.country for m in found if m.entity.kind in ("city", "country") and m.entity.country
    )
    if regions:
        found = unlisted_capitals(gaz, text, gaz.find(text, regions), regions)
    return [(m.start, m.end) for m in found]


def _in_longer_name(text: str, m: Mention) -> bool:
    """``Rio`` in ``Rio Tinto``: a place's name inside a longer capitalised name names no place."""
    after = re.match(r" ([A-Z][a-z]+)", text[m.end :])
    return bool(m.text.isascii() and after and after.group(1).casefold() not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset(["and", "on", "in", "at", "to", "for", "from", "of", "the", "with", "by"])


#: a city's name inside a body's: "Port of Maputo", "University of Luxembourg"
_OF_NAME = re.compile(r"[A-Z][\w.'’-]*\s+(?:of|de|du|del)\s+(?:the\s+)?$")


def name_country_stops(stops: list[DraftStop], facts: list[SentenceFacts], gaz: Gazetteer) -> list[str]:
    """A stop known only by its country (engagements the text places in "Hungary") is in the one
    city of that country the text names as a place ("led a delegation to Budapest, Hungary, from 16
    November", "returned from Dakar", "Muscat से भारत लौटा"), if it names just one and no other stop
    is there: not a city inside a body's name ("Budapest University", "Port of Dakar").  Returns
    the warnings."""
    notes = []
    for stop in stops:
        if stop.city is not None or any(s.city and s.country == stop.country for s in stops):
            continue
        named = {
            m.entity.name: m.entity
            for f in facts
            for m in f.mentions
            if m.entity.kind == "city"
            and not m.passing
            and (gaz.country(m.entity.country) or Entity("", "")).name == stop.country
            and not _in_longer_name(f.text, m)
            and not _OF_NAME.search(f.text, max(0, m.start - 40), m.start)
        }
        if len(named) == 1:
            city = next(iter(named.values()))
            stop.city, stop.tz = city.name, city.tz or stop.tz
            notes.append(f"stop in {stop.country}: {city.name}, the one city of it the article names")
    return notes


def spelling_warnings(gaz: Gazetteer, facts: list[SentenceFacts]) -> list[str]:
    """One warning per place name read from a spelling the data does not list."""
    notes = []
    for f in facts:
        for m in f.mentions:
            if m.how == "transit":
                notes.append(f"{m.entity.name}: named as a stop-over on the way, not as a stop of the visit")
            elif m.how in ("variant", "transliteration"):
                country = gaz.country(m.entity.country)
                where = f"{m.entity.name}, {country.name}" if country else m.entity.name
                notes.append(
                    f"“{m.text}” read as {where}: a spelling the gazetteer does not list, matched by "
                    f"{m.how}; check the place"
                )
    return list(dict.fromkeys(notes))


def locate(
    cand: Candidate,
    facts: SentenceFacts,
    gaz: Gazetteer,
    context: Entity | None,
    siblings: list[Candidate] | None = None,
    visited: frozenset[str] = frozenset(),
) -> None:
    """Set ``cand.city``/``cand.country``; ``context`` is the foreign country the text was last about.

    A city named in another engagement's clause of the same sentence is that one's (``meet KenInvest,
    followed by a visit to the Tea Research Institute in Kericho``); a heading that names several
    cities gives none.  An organisation's country is used only if the article sends the delegation
    there (``visited``): a seat in a third country is no place of the visit.
    """
    if isinstance(cand, Flight):
        locate_flight(cand, gaz)
        return
    if cand.kind == Kind.TRAVEL:
        if cand.place is None:  # the return home
            cand.country = next((c for c in gaz.countries.values() if c.home), None)
            return
        place = cand.place
        if place.kind == "country" and place.capital == place.name:
            # arriving in Luxembourg or Djibouti is arriving in the capital that bears its name
            place = gaz.city(place.capital, place.country) or place
        elif (capital := capital_of(gaz, place)) is not None:
            # arriving in the Cayman Islands is arriving in George Town (``territories``)
            cand.title, place = retitled(cand.title, place, capital), capital
        if place.kind == "city" and place.country == cand.place.country:
            cand.city, cand.country = place, gaz.country(place.country)
        else:
            cand.country = cand.place
        cand.origin = _origin(cand, facts, gaz)
        return
    abroad = facts.abroad(gaz)
    # "… के दफ्तर में मुलाकात करेंगे और फिर सड़क के रास्ते दम्माम जाएंगे": a place the sentence goes
    # on to after this engagement is not where it happens
    later = {
        c.place.name
        for c in siblings or []
        if c.kind == Kind.TRAVEL and c.place is not None and c.anchor > cand.anchor
    }
    cities = [m for m in abroad if m.entity.kind == "city" and m.entity.name not in later]
    cand.leaves_for = next(iter(sorted(later)), None) if len(later) == 1 else None
    in_clause = [m for m in cities if within(cand.clause, m.start)]
    others = [
        c.clause
        for c in siblings or []
        if c is not cand and c.clause != cand.clause and c.kind != Kind.TRAVEL
    ]
    free = [m for m in cities if not any(within(span, m.start) for span in others)]
    several = len({m.entity.name for m in cities}) > 1
    city = None if facts.sentence.heading and several else nearest(in_clause, cand.anchor)
    if city is None and len({m.entity.name for m in free}) == 1 and not several:
        city = free[0]
    fronted = [m for m in cities if all(m.start < c.anchor for c in siblings or [cand])]
    if city is None and len({m.entity.name for m in fronted}) == 1 and not facts.sentence.heading:
        city = fronted[0]  # "On April 6 in Sydney he will meet X, and Y, CEO of Z": every clause's
    if city is not None:
        cand.city = city.entity
        cand.country = gaz.country(city.entity.country)
        return
    countries = [m for m in abroad if m.entity.kind == "country"]
    country = nearest([m for m in countries if within(cand.clause, m.start)], cand.anchor) or nearest(
        countries, cand.anchor
    )
    org = cand.org
    if country is not None:
        cand.country = country.entity
    elif (
        org is not None
        and org.country
        and org.country in visited
        and not (gaz.country(org.country) or Entity("", "")).home
    ):
        cand.country = gaz.country(org.country)
    elif context is not None:
        cand.country, cand.country_guessed = context, True
    if org is not None and org.city:
        seat = gaz.city(org.city)
        if seat is not None and (cand.country is None or seat.country == cand.country.country):
            cand.city, cand.city_guessed = seat, True
            cand.country = gaz.country(seat.country)
            why = f"where {org.name} takes place" if org.type == "event" else f"the seat of {org.name}"
            cand.notes.append(
                f"“{cand.title}”: the article names no city; {seat.name} is taken from the gazetteer as {why}"
            )


_FROM_BEFORE = re.compile(r"(?i:\bfrom)\s+(?:the\s+)?$")
_FROM_AFTER = re.compile(r"\s+से(?![\u0900-\u097F])")


def _origin(cand: Candidate, facts: SentenceFacts, gaz: Gazetteer) -> Entity | None:
    """The city abroad a journey starts from: ``arrived in Osaka from Tokyo``, ``मैड्रिड से बार्सिलोना``."""
    for m in facts.abroad(gaz):
        if m.entity.kind != "city" or m.entity is cand.place or not within(cand.clause, m.start):
            continue
        before = facts.text[max(0, m.start - 12) : m.start]
        if _FROM_BEFORE.search(before) or _FROM_AFTER.match(facts.text, m.end):
            return m.entity
    return None


def is_abroad(gaz: Gazetteer, place: Entity | None) -> bool:
    return place is not None and place.kind in ("city", "country") and not is_home(gaz, place)
