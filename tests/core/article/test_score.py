"""The scorer (``python -m tests.article_score``): its matching rules, and the figures issue 8 asks for."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests import article_score
from tests.article_score import person_key, same_title


def test_titles_match_exactly_or_by_the_words_of_the_organisation() -> None:
    assert same_title("Meeting with Samsung", "meeting with Samsung Electronics")
    assert same_title("Investors’ roundtable", "Investors' roundtable")
    assert not same_title("Meeting with Samsung", "Visit to Samsung")
    assert not same_title("Meeting with Tata Sons", "Meeting with Tata Steel")
    assert same_title("Departure for Oulu", "Arrival in Oulu")
    assert not same_title("Departure for Oulu", "Arrival in Helsinki")
    assert not same_title("Departure for Oulu", "Visit to Oulu")
    assert same_title("Meeting with the Indian diaspora", "Address to the Indian diaspora")
    assert not same_title("Meeting with the Indian diaspora", "Meeting with the Indian Embassy")


def test_names_match_without_honorifics_and_dots() -> None:
    assert person_key("Tan Sri Zakaria Ahmad") == person_key("Zakaria Ahmad")
    assert person_key("Dr. A.P.M. Mohammed Hanish") == person_key("A. P. M. Mohammed Hanish")
    assert person_key("Kenji Watanabe") != person_key("Kenji Watanabe Jr")
    assert person_key("Herr Dr. Klaus Weber") == person_key("Klaus Weber")
    assert person_key("Madame Claire Dubois") == person_key("Claire Dubois")
    assert person_key("Khun Somchai Wongsa") == person_key("Sr. Somchai Wongsa") == "somchai wongsa"
    assert person_key("Hon. Ralph Gonsalves") == person_key("Capt. Ralph Gonsalves") == "ralph gonsalves"
    assert person_key("H.E. Amina Yusuf") == person_key("His Excellency Amina Yusuf") == "amina yusuf"
    # a surname that looks like a title is kept: He Lifeng, Hon Lai
    assert person_key("He Lifeng") == "he lifeng" and person_key("Hon Lai") != person_key("Lai")
    assert person_key("Sri Mulyani") == "sri mulyani"


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    return article_score.run()


def test_the_team_articles_stay_exact(scores: dict[str, dict[str, dict[str, dict[str, float]]]]) -> None:
    team = scores["groups"]["team"]
    assert all(team[kind]["f1"] == 1.0 for kind in article_score.KINDS)


@pytest.mark.parametrize("group", ["blind2", "rules2", "rules3", "rules4", "rules5", "rules6"])
def test_issue_8_targets(scores: dict[str, dict[str, dict[str, dict[str, float]]]], group: str) -> None:
    got = scores["groups"][group]
    assert got["engagements"]["f1"] >= 0.85
    assert got["contacts"]["precision"] >= 0.9 and got["contacts"]["recall"] >= 0.85
    assert got["zones"]["recall"] >= 0.95
    assert got["invented_dates"] == 0


@pytest.mark.parametrize("group", ["rules7", "rules8"])
def test_the_latest_training_sets_hold(
    scores: dict[str, dict[str, dict[str, dict[str, float]]]], group: str
) -> None:
    """Rounds 7 and 8 train on kinds whose zones are not all right yet (0.91, 0.85): their
    engagements and contacts must stay at the issue's targets, and no date may be invented."""
    got = scores["groups"][group]
    assert got["engagements"]["f1"] >= 0.85
    assert got["contacts"]["precision"] >= 0.9 and got["contacts"]["recall"] >= 0.85
    assert got["invented_dates"] == 0


def _set(scores: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The figures of one training set within a round's group (``rules9_events``)."""
    arts = [a for n, a in scores["articles"].items() if n.startswith(prefix)]
    out: dict[str, Any] = {"invented_dates": sum(a["invented_dates"] for a in arts)}
    for kind in article_score.KINDS:
        hit, pred, exp = (sum(a[kind][k] for a in arts) for k in ("hit", "predicted", "expected"))
        p, r = (hit / pred if pred else 1.0), (hit / exp if exp else 1.0)
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def test_the_round_9_events_set_holds(scores: dict[str, Any]) -> None:
    """Round 9 trains on engagements (signings' partners, signings told aside, Hindi bodies by their
    Devanagari acronym, calls-off, …): their engagements stay above the issue's target, no date
    invented."""
    got = _set(scores, "rules9_events")
    assert got["engagements"]["f1"] >= 0.95
    assert got["contacts"]["precision"] >= 0.9
    assert got["invented_dates"] == 0


def test_the_round_9_dates_set_holds(scores: dict[str, dict[str, dict[str, dict[str, float]]]]) -> None:
    """Round 9's dates sets (``rules9_dates``, ``rules9_dates2``) train on which day each engagement is
    on: no date is invented and every stop is right; its engagements (0.87: the misses left are titles
    of Hindi-named and abbreviated bodies and signings told twice, not days) and contacts keep their
    figures."""
    got = scores["groups"]["rules9"]
    assert got["engagements"]["f1"] >= 0.85
    # the group holds the people set too (rules9_people_*): every stop of the dates sets' own articles
    dates = {n: a for n, a in scores["articles"].items() if n.startswith("rules9_dates")}
    assert dates and all(a["stops"]["f1"] == 1.0 for a in dates.values())
    assert got["contacts"]["precision"] >= 0.9
    assert got["invented_dates"] == 0


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert article_score.main(["--json", "--only", "blind2_en_summit"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out["articles"]) == ["blind2_en_summit_tn_us"]
    assert set(out["overall"]) >= {"engagements", "contacts", "zones", "stops", "invented_dates"}


def test_the_round_9_route_set_holds(scores: dict[str, dict[str, dict[str, dict[str, float]]]]) -> None:
    """Round 9's route set trains stops and zones (day trips, undated places): those stay right; its
    contacts are another round's (names read from Devanagari, "Selvakumar S.")."""
    got = scores["groups"]["rules9"]
    assert got["stops"]["f1"] >= 0.95
    assert got["zones"]["recall"] >= 0.85
    assert got["engagements"]["f1"] >= 0.85
    assert got["invented_dates"] == 0


def test_the_round_9_people_set_holds(scores: dict[str, dict[str, dict[str, dict[str, float]]]]) -> None:
    """Round 9's people set is at the contact targets; its engagements with bodies written in
    Devanagari (``चुलालोंगकोर्न विश्वविद्यालय``, ``केन्या निवेश प्राधिकरण``) are not all found yet (0.85)."""
    got = scores["groups"]["rules9"]
    assert got["contacts"]["precision"] >= 0.9 and got["contacts"]["recall"] >= 0.85
    assert got["engagements"]["f1"] >= 0.8
    assert got["invented_dates"] == 0


@pytest.mark.parametrize("group", ["blind5", "blind6", "blind7"])
def test_the_seen_held_out_sets_keep_their_contacts(
    scores: dict[str, dict[str, dict[str, dict[str, float]]]], group: str
) -> None:
    """Round 9 brought the contacts of the held-out sets now seen to the issue's targets (recall
    0.97, 0.92, 0.90): they must stay there."""
    got = scores["groups"][group]["contacts"]
    assert got["precision"] >= 0.9 and got["recall"] >= 0.85


def test_the_round_10_route_set_holds(scores: dict[str, Any]) -> None:
    """Round 10's route set trains night halts, returns from one city to another abroad, Roman Hindi
    calling-off words, lowercase words that are no place, programmes in capitals and airports' towns:
    its stops right, no date invented."""
    got = _set(scores, "rules10_route")
    assert got["stops"]["f1"] >= 0.95
    assert got["zones"]["recall"] >= 0.75
    assert got["engagements"]["f1"] >= 0.75
    assert got["invented_dates"] == 0


def test_blind8_invents_no_date_and_keeps_its_stops(scores: dict[str, Any]) -> None:
    """The held-out set of round 9, seen from round 10: the two dates it invented (an engagement put
    off in a live ticker, one called off in a dated paragraph, both in Roman Hindi) are no more, and
    its stops (0.16 before round 10) stay at least where round 10 left them (0.62)."""
    got = scores["groups"]["blind8"]
    assert got["invented_dates"] == 0
    assert got["stops"]["f1"] >= 0.6


def test_the_round_10_people_set_holds(scores: dict[str, Any]) -> None:
    """Round 10's people set (a body's person met where the engagement is not found, list entries of
    officials met, the delegation told by ``travelled with``, ``Delegation में``, ``मेरे साथ … भी शामिल
    रहीं``): its contacts at the issue's targets, no date invented; blind8's contacts, seen from this
    round (0.95/0.71 before it), keep what it brought."""
    got = _set(scores, "rules10_people")
    assert got["contacts"]["precision"] >= 0.95 and got["contacts"]["recall"] >= 0.95
    assert got["invented_dates"] == 0
    blind8 = scores["groups"]["blind8"]["contacts"]
    assert blind8["precision"] >= 0.95 and blind8["recall"] >= 0.9


def test_the_round_10_events_set_holds(scores: dict[str, Any]) -> None:
    """Round 10 trains on protocol programmes (capital day headings, rows timed by a range, returns to
    the hotel) and on reports recalling last year's visit: their engagements stay at the level reached,
    contacts exact, no date invented."""
    got = _set(scores, "rules10_events")
    assert got["engagements"]["f1"] >= 0.8
    assert got["contacts"]["precision"] >= 0.9 and got["contacts"]["recall"] >= 0.85
    assert got["invented_dates"] == 0


def test_blind8_programmes_keep_their_days(scores: dict[str, Any]) -> None:
    """blind8's programmes, dated by day headings in capitals (0.10 before round 10)."""
    got = _set(scores, "blind8_en_programme")
    assert got["engagements"]["f1"] >= 0.75
