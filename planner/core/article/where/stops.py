"""The visit's stops made contiguous: where the delegation is on each day, from arrivals and departures.

Each stop arrives knowing two things: a *firm* first day (the date of an arrival in, or a
departure for, that place: ``28 अगस्त को दक्षिण कोरिया पहुंचेंगे``) and the first and last
days of its dated engagements.  The rule, applied in travel order:

* A stop begins on its firm day; without one, on its first dated engagement; the first stop
  without a firm day begins on the visit's first day (the delegation is somewhere from the
  start, and the first place the article names is the only honest candidate).
* A stop ends on the day the next stop begins when that day is an arrival (the day belongs to
  both: the UI shows ``Osaka → Seoul``), on the day before when the next stop is known only
  from an engagement, and the last stop ends on the visit's last day.  A stop never ends before
  its own last engagement.
* A stop with no dates between two others keeps no dates (the article does not say when the
  delegation was there), and the stop before it is not stretched over the unknown days.
* A city a journey starts from (``arrived in Osaka from Tokyo``, ``मैड्रिड से बार्सिलोना पहुंचे``)
  is the stop just before that journey's, left on its day, even when the text dates nothing
  there: a report that tells the next city first and recalls the earlier one after it still
  gives the stops in travel order.
* Every day assumed this way, not written in the article, is reported as a warning
  (``assumed in Osaka 25–27 Aug: the article names no other place before Seoul on 28 Aug``).

Nothing here moves the visit's own first and last days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.core.article.draft import DraftStop

#: an engagement's day, its index, whether it is a journey there (an arrival), and its stop's key
Dated = tuple[dt.date, int, bool, str]

ONE_DAY = dt.timedelta(days=1)


@dataclass
class StopEvidence:
    """What the text says about one stop: a firm arrival day and the days of its engagements."""

    stop: DraftStop
    firm: dt.date | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    key: str = ""
    order: int = 0  # where the text first places the delegation here
    moves: list[tuple[dt.date, int]] = field(default_factory=list)  # journeys here: day, index

    def see(self, day: dt.date | None) -> None:
        if day is None:
            return
        self.first = day if self.first is None else min(self.first, day)
        self.last = day if self.last is None else max(self.last, day)

    @property
    def begins(self) -> dt.date | None:
        return self.firm or self.first

    @property
    def name(self) -> str:
        return self.stop.city or self.stop.country or "?"


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def span_text(a: dt.date, b: dt.date) -> str:
    if a == b:
        return day_text(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {a:%b}"
    return f"{day_text(a)}–{day_text(b)}"


def _assumed(stop: str, days: tuple[dt.date, dt.date] | None, why: str) -> str | None:
    if days is None or days[0] > days[1]:
        return None
    return f"assumed in {stop} {span_text(*days)}: {why}"


def lay_out(evidence: list[StopEvidence], start: dt.date | None, end: dt.date | None) -> list[str]:
    """Set ``arrive``/``depart`` on each stop (in travel order); returns the warnings."""
    warnings: list[str] = []
    for i, ev in enumerate(evidence):
        stop = ev.stop
        nxt = evidence[i + 1] if i + 1 < len(evidence) else None
        begins = ev.begins
        if (begins is None and i == 0 and start is not None) or (
            ev.firm is None and i == 0 and start is not None and begins is not None and start < begins
        ):
            begins = start
        if begins is None:
            stop.arrive = stop.depart = None
            warnings.append(f"stop {ev.name}: the article gives no dates for it")
            continue
        if ev.firm is None and ev.first is not None and begins < ev.first:
            note = _assumed(
                ev.name,
                (begins, ev.first - ONE_DAY),
                f"the visit starts on {day_text(begins)} and the article names no other place before "
                f"{ev.name} on {day_text(ev.first)}",
            )
            warnings.extend([note] if note else [])
        own_last = ev.last if ev.last is not None and ev.last >= begins else begins
        fill_from = own_last + ONE_DAY if ev.first is not None or ev.firm is not None else begins
        if nxt is not None and nxt.begins is not None:
            following = nxt.begins
            shared = nxt.firm is not None  # an arrival day belongs to both stops
            ends = max(following if shared else following - ONE_DAY, own_last)
            why = f"the article names no other place before {nxt.name} on {day_text(following)}"
            note = _assumed(ev.name, (fill_from, ends - ONE_DAY if shared else ends), why)
        elif nxt is None and end is not None:
            ends = max(end, own_last)
            why = f"the last place the article names before the visit ends on {day_text(end)}"
            note = _assumed(ev.name, (fill_from, ends), why)
        elif nxt is None and end is None:
            # "to visit Canada from Sept 5": the last stop's end is as unknown as the visit's
            stop.arrive, stop.depart = begins, None
            warnings.append(f"stop {ev.name}: the article gives no day of leaving")
            continue
        else:
            ends, note = own_last, None
        if note:
            warnings.append(note)
        stop.arrive, stop.depart = begins, ends
    return warnings


def add_origins(
    segments: list[StopEvidence], origins: list[tuple[DraftStop, dt.date, str]], start: dt.date | None
) -> None:
    """Put each journey's starting city (``stop``, left on ``day`` for ``target``) before the
    stop that journey reaches, unless the text already places the delegation there by date.  Into
    the first stop, only when the visit began (``start``) days before it (``on a visit to Japan from
    August 23 … arrived in Osaka from Tokyo on August 26``): else where the delegation flew in from
    is the way there (``Arrival at Belgrade … by TK 1083 from Istanbul``)."""
    for stop, day, target in origins:
        key = stop.city or ""
        if any(s.key == key for s in segments):
            continue
        at = next((n for n, s in enumerate(segments) if s.key == target and s.begins == day), None)
        if at is None or (at == 0 and (start is None or start >= day)):
            continue
        evidence = StopEvidence(stop, key=key, order=segments[at].order)
        evidence.see(day)
        segments.insert(at, evidence)


def segments_from(dated: list[Dated], places: dict[str, DraftStop]) -> list[StopEvidence]:
    """Runs of days in one place, in date order; on a day of moving, the place arrived at last."""
    segments: list[StopEvidence] = []
    by_day: dict[dt.date, list[tuple[bool, int, str]]] = {}
    for day, i, firm, key in dated:
        by_day.setdefault(day, []).append((firm, i, key))
    for day in sorted(by_day):
        moves = [(key, i) for firm, i, key in by_day[day] if firm]
        # the places moved to, in the order of the journeys there: a meeting at the far end told
        # first ("will meet the Kraków chamber on Monday … lands in Warsaw … flies to Kraków") is
        # still after the arrival it follows
        arrivals: dict[str, int] = {}
        for key, i in moves:
            arrivals[key] = min(arrivals.get(key, i), i)
        keys = sorted(by_day[day], key=lambda x: (x[2] in arrivals, arrivals.get(x[2], x[1])))
        for key in dict.fromkeys(k for _, _, k in keys):
            if not segments or segments[-1].key != key:
                order = min(i for _, i, k in by_day[day] if k == key)
                segments.append(StopEvidence(_copy(places[key]), key=key, order=order))
            seg = segments[-1]
            seg.see(day)
            if key in arrivals:
                seg.firm = day if seg.firm is None else min(seg.firm, day)
                seg.moves.extend((day, i) for k, i in moves if k == key)
    return segments


def on_the_way_home(
    segments: list[StopEvidence], dated: list[Dated], last: dt.date | None
) -> tuple[list[StopEvidence], set[int], list[str]]:
    """The stops without a last one reached on the day the delegation leaves for home where it does
    nothing but arrive ("drove to Bloemfontein and flew home from there", "सड़क मार्ग से Rzeszów
    जाएगा और वहां से दिल्ली की उड़ान"): a city on the way home, where no night is spent; the journey
    there is no engagement either (the indices returned)."""
    if last is None or len(segments) < 2:
        return segments, set(), []
    seg = segments[-1]
    done_there = any(key == seg.key and not firm for _, _, firm, key in dated)
    if seg.firm != last or seg.first != last or done_there or not seg.moves:
        return segments, set(), []
    note = f"{seg.name}: reached on {day_text(last)}, the day of leaving for home, on the way home: no stop"
    return segments[:-1], {i for _, i in seg.moves}, [note]


def apart(dated: list[Dated], places: dict[str, DraftStop]) -> dict[int, int] | None:
    """Two teams the article does not name (``teams`` finds none), told by the route itself: arrivals
    in two countries on the same day and engagements in both on a later one ("मुख्यमंत्री 13 जुलाई
    को Lima पहुंचेंगे … 13 जुलाई को Bogotá पहुंचेंगे"): each country's engagements, a team.  One
    delegation passing through two countries in a day is in only one of them the day after."""
    country = {i: places[key].country for _, i, _, key in dated}
    firm: dict[dt.date, list[str]] = {}
    present: dict[dt.date, set[str]] = {}
    for day, i, is_firm, _ in sorted(dated, key=lambda d: d[1]):
        present.setdefault(day, set()).add(country[i] or "")
        if is_firm and country[i] not in firm.get(day, []):
            firm.setdefault(day, []).append(country[i] or "")
    for day in sorted(firm):
        pair = firm[day][:2]
        if len(pair) == 2 and any(d > day and set(pair) <= here for d, here in present.items()):
            return {i: 1 if c == pair[1] else 0 for i, c in country.items()}
    return None


def team_stops(
    dated: list[Dated],
    places: dict[str, DraftStop],
    teams: dict[int, int],
    start: dt.date | None,
    end: dt.date | None,
) -> tuple[list[StopEvidence], list[str]]:
    """Each leader's stops laid out on their own (see ``teams``), then all of them by date.

    The head's team starts on the visit's first day; another starts where the text first places it
    (the article says nothing of where it is before).
    """
    segments: list[StopEvidence] = []
    warnings: list[str] = []
    for team in sorted(set(teams.values())):
        own = segments_from([d for d in dated if teams.get(d[1], 0) == team], places)
        warnings.extend(lay_out(own, start if team == 0 else None, end))
        segments.extend(own)
    segments.sort(key=lambda s: (s.stop.arrive or dt.date.max, s.order))
    return segments, warnings


def _copy(stop: DraftStop) -> DraftStop:
    return DraftStop(stop.city, stop.country, stop.tz)
