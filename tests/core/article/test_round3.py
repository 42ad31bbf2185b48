"""Rules of the third round, one by one: old dates replaced by new ones, Urdu nukta, same-month ranges."""

from __future__ import annotations

from planner.core.article.reading.text import normalise
from planner.core.article.status import old_dates, status_of
from planner.core.article.when.dates import find_dates


def _old(*sentences: str) -> dict[int, int]:
    return old_dates(list(sentences), [[d.start for d in find_dates(s)] for s in sentences])


def test_dates_before_now_are_the_old_plan() -> None:
    moved = "The meet that was to be held in Busan on May 6 will instead take place in Seoul on May 20."
    cut = _old(moved)[0]
    assert moved[cut:].startswith("instead") and "May 20" in moved[cut:]
    hindi = "9 अक्टूबर को फ्रैंकफर्ट में सम्मेलन होना था, जो अब 22 अक्टूबर को बर्लिन में होगा।"
    assert hindi[_old(hindi)[0] :].startswith("अब")


def test_a_postponed_visit_with_new_dates_next_is_rescheduled() -> None:
    got = _old(
        "The visit, planned for May 4 to May 8, has been postponed.", "He will now travel from May 18."
    )
    assert got == {0: len("The visit, planned for May 4 to May 8, has been postponed.")}


def test_now_without_a_later_date_changes_nothing() -> None:
    assert _old("He arrived on May 3 and is now in Osaka.") == {}
    assert _old("अब तक 12 मार्च को हुए समझौते लागू हो चुके हैं।") == {}
    assert _old("The visit has been postponed.", "No new dates have been set.") == {}


def test_the_nukta_of_urdu_sounds_is_read_without_it() -> None:
    assert normalise("मुलाक़ात")[0] == "मुलाकात"
    assert normalise("फ़रवरी")[0] == "फरवरी"
    assert normalise("बढ़ा")[0] == "बढ़ा"  # ड़ and ढ़ are letters of their own


def test_a_range_within_one_month_written_in_full() -> None:
    (d,) = find_dates("from June 8 to June 11, 2026")
    assert (d.day, d.end_day, d.month, d.end_month, d.year) == (8, 11, 6, None, 2026)
    assert [x.day for x in find_dates("on June 11 and June 8")] == [11, 8]


def test_a_date_opening_an_itinerary_line_but_not_a_clock() -> None:
    assert [(d.month, d.day) for d in find_dates("• June 8: Arrival in Munich")] == [(6, 8)]
    assert find_dates("at June 8:30") == []


def test_the_month_may_is_no_modal() -> None:
    assert status_of("On May 12 he will meet officials of Nvidia").value == "confirmed"
    assert status_of("He may meet officials of Nvidia").value == "proposed"
