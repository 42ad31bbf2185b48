"""Latin-script cities inside Hindi sentences (``Kigali पहुंचे``, ``Accra में``) are places, as they are
in English after ``in``/``to``, even where the article never names the country; a Latin name before
``के`` is a body's (``Toyota के CEO``), not a place."""

from __future__ import annotations

from planner.core.article.parse import parse_article

GHANA = """मुख्यमंत्री का West Africa दौरा: निवेश पर बातचीत

Lucknow, 10 फरवरी 2027

मुख्यमंत्री 3 फरवरी 2027 को Accra पहुंचे और उसी दिन GIPC के अधिकारियों से मुलाकात की।
4 फरवरी को उन्होंने Accra में cocoa processing कंपनियों के साथ बैठक की।
5 फरवरी को delegation Kumasi के लिए रवाना हुआ, जहां 6 फरवरी को Ashanti Regional Minister से मुलाकात हुई।
7 फरवरी को मुख्यमंत्री भारत लौट आए।
"""

SENEGAL = """CM Dakar पहुंचे, fisheries और phosphate पर फोकस

पटना, 21 मार्च 2027 (एजेंसी)

मुख्यमंत्री 18 मार्च को Dakar पहुंचे। 19 मार्च को उन्होंने APIX के Director General से मुलाकात की और
Toyota के regional head के साथ भी एक बैठक हुई। 20 मार्च को delegation Saint-Louis में रहा और
शाम को Dakar लौट आया।
"""


def _cities(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.city, s.tz) for s in parse_article(text).stops]


def test_latin_cities_in_a_hindi_report_are_stops_with_their_zones() -> None:
    cities = _cities(GHANA)
    assert ("Accra", "Africa/Accra") in cities
    assert ("Kumasi", "Africa/Accra") in cities


def test_the_arrival_in_a_latin_named_city_is_dated() -> None:
    draft = parse_article(SENEGAL)
    arrivals = [e for e in draft.engagements if e.title == "Arrival in Dakar"]
    assert arrivals and arrivals[0].day is not None and arrivals[0].day.isoformat() == "2027-03-18"
    assert arrivals[0].tz == "Africa/Dakar"


def test_a_latin_name_before_ke_is_no_place() -> None:
    cities = [c for c, _ in _cities(SENEGAL)]
    assert "Toyota" not in cities
