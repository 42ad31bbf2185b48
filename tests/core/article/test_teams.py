"""Two ministers abroad at once (``teams``): who each sentence is about, and each one's own stops."""

from __future__ import annotations

import datetime as dt

from planner.core.article.draft import DraftStop
from planner.core.article.where.stops import team_stops
from planner.core.article.where.teams import leaders, split, subjects

D = dt.date


def test_the_subject_of_each_sentence_and_he_after_it() -> None:
    texts = [
        "Industries Minister Sampad Swain will lead a delegation to Japan while Finance Minister Mukesh "
        "Mahaling will lead another to Singapore.",
        "Swain will meet officials of Toyota Tsusho in Tokyo on November 9.",
        "On November 10 he will hold talks with Mitsubishi Electric.",
        "Mahaling will meet officials of Temasek in Singapore on November 10.",
        "Both ministers will return to Bhubaneswar on November 13.",
        "He will be received by the Governor.",
    ]
    assert subjects(texts, [frozenset({"Swain"}), frozenset({"Mahaling"})]) == [None, 0, 0, 1, None, None]


def test_a_leader_named_late_in_the_sentence_is_not_its_subject() -> None:
    text = "On November 10 the delegation, joined later in the week by Mahaling, meets Temasek."
    assert subjects([text], [frozenset({"Swain"}), frozenset({"Mahaling"})]) == [None]


def test_leaders_are_called_by_their_last_name_in_either_script() -> None:
    got = leaders([{"M.B. Patil"}, {"Priyank Kharge", "प्रियांक खड़गे"}, {"Priyank Kharge"}])
    assert got == [frozenset({"Patil"}), frozenset({"Kharge", "खड़गे"})]


def test_a_hindi_sentence_and_its_pronoun() -> None:
    texts = ["खन्ना 15 सितंबर को पेरिस में एयरबस के अधिकारियों से मिलेंगे।", "16 सितंबर को वे ल्यों जाएंगे।"]
    assert subjects(texts, [frozenset({"नंदी"}), frozenset({"खन्ना"})]) == [1, 1]


def test_a_visit_splits_only_when_no_country_is_shared() -> None:
    teams = {0: 0, 1: 0, 2: 1}
    assert split(teams, {0: {"Japan"}, 1: {"Japan"}, 2: {"Singapore"}})
    assert not split(teams, {0: {"Japan"}, 1: {"Singapore"}, 2: {"Singapore"}})
    assert not split({0: 0, 1: 0}, {0: {"Japan"}, 1: {"Singapore"}})  # one leader travels on


def test_each_team_keeps_its_own_stops() -> None:
    places = {
        "Tokyo": DraftStop("Tokyo", "Japan", "Asia/Tokyo"),
        "Osaka": DraftStop("Osaka", "Japan", "Asia/Tokyo"),
        "Singapore": DraftStop("Singapore", "Singapore", "Asia/Singapore"),
    }
    dated = [
        (D(2026, 11, 9), 0, False, "Tokyo"),
        (D(2026, 11, 11), 1, False, "Osaka"),
        (D(2026, 11, 10), 2, False, "Singapore"),
    ]
    segments, _ = team_stops(dated, places, {0: 0, 1: 0, 2: 1}, D(2026, 11, 9), D(2026, 11, 13))
    got = [(s.stop.city, s.stop.arrive, s.stop.depart) for s in segments]
    assert got == [
        ("Tokyo", D(2026, 11, 9), D(2026, 11, 10)),
        ("Singapore", D(2026, 11, 10), D(2026, 11, 13)),  # from its first engagement, not the visit's start
        ("Osaka", D(2026, 11, 11), D(2026, 11, 13)),
    ]
