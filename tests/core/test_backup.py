"""The JSON backup: deterministic, lossless, and every bad file refused with file, line or field."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core import backup
from planner.core.errors import InputFileError
from planner.core.model import Engagement, Visit
from tests.factories import make_visit

EXPORTED = dt.datetime(2025, 8, 20, 10, 0, tzinfo=dt.UTC)
ORDER = ["e-ntt", "e-jetro", "e-expo", "e-flight", "e-kotra", "e-berlin", "e-minister"]


def document(**changes: object) -> dict[str, object]:
    doc = json.loads(backup.dump(make_visit(), exported_at=EXPORTED))
    doc.update(changes)
    return doc


def load_doc(doc: object, name: str = "backup.json") -> Visit:
    return backup.load(json.dumps(doc, ensure_ascii=False, indent=2).encode(), name=name)


def error_of(data: bytes, name: str = "backup.json") -> str:
    with pytest.raises(InputFileError) as caught:
        backup.load(data, name=name)
    return str(caught.value)


def test_dump_is_deterministic_and_readable(machine_tz: str) -> None:
    text = backup.dump(make_visit(), exported_at=EXPORTED)
    assert text == backup.dump(make_visit(), exported_at=EXPORTED)
    assert text.endswith("}\n") and '\n  "title"' in text
    assert "विष्णु देव साय" in text  # not \u escapes
    doc = json.loads(text)
    assert list(doc)[:2] == ["format", "exported_at"]
    assert doc["format"] == "delegation-planner/1"
    assert doc["exported_at"] == "2025-08-20T10:00:00Z"
    assert "id" not in doc and "version" not in doc


def test_instants_are_utc_with_the_zone_beside_them() -> None:
    doc = json.loads(backup.dump(make_visit(), exported_at=EXPORTED))
    ntt = doc["engagements"][0]
    assert (ntt["uid"], ntt["start"], ntt["end"], ntt["tz"]) == (
        "e-ntt",
        "2025-08-21T01:00:00Z",
        "2025-08-21T02:15:00Z",
        "Asia/Tokyo",
    )
    flight = next(e for e in doc["engagements"] if e["uid"] == "e-flight")
    assert (flight["tz"], flight["end_tz"], flight["end"]) == (
        "Asia/Tokyo",
        "Asia/Seoul",
        "2025-08-26T14:35:00Z",
    )
    expo = next(e for e in doc["engagements"] if e["uid"] == "e-expo")
    assert (expo["start"], expo["date"], expo["end_date"]) == (None, "2025-08-24", "2025-08-25")
    assert ntt["contact_uids"] == ["c-sai", "c-bhagat"] and ntt["sequence"] == 2


def test_engagements_are_written_in_their_stable_order() -> None:
    visit = make_visit()
    visit.engagements.reverse()
    doc = json.loads(backup.dump(visit, exported_at=EXPORTED))
    assert [e["uid"] for e in doc["engagements"]] == ORDER


def test_load_gives_back_every_field(machine_tz: str) -> None:
    original = make_visit()
    loaded = backup.load(backup.dump(original).encode(), name="b.json")
    assert dataclasses.replace(loaded, engagements=[]) == dataclasses.replace(original, engagements=[])
    by_uid = {e.uid: e for e in original.engagements}
    assert loaded.engagements == [by_uid[u] for u in ORDER]
    assert all(e.start is None or e.start.utcoffset() == dt.timedelta(0) for e in loaded.engagements)


def test_dump_load_dump_is_identical(machine_tz: str) -> None:
    first = backup.dump(make_visit(), exported_at=EXPORTED)
    again = backup.dump(backup.load(first.encode(), name="b.json"), exported_at=EXPORTED)
    assert again == first


def test_database_ids_and_versions_stay_out() -> None:
    visit = make_visit()
    visit.id, visit.version = 17, 4
    visit.engagements[0].version = 9
    assert backup.dump(visit, exported_at=EXPORTED) == backup.dump(make_visit(), exported_at=EXPORTED)


@given(
    st.datetimes(
        min_value=dt.datetime(1970, 1, 1),
        max_value=dt.datetime(2200, 1, 1),
        timezones=st.just(dt.UTC),
    ),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3)),
)
def test_any_instant_survives_exactly(start: dt.datetime, length: dt.timedelta) -> None:
    visit = Visit(
        title="t",
        engagements=[Engagement("e", tz="Australia/Sydney", start=start, end=start + length, uid="u")],
    )
    loaded = backup.load(backup.dump(visit).encode(), name="b.json")
    assert (loaded.engagements[0].start, loaded.engagements[0].end) == (start, start + length)


def test_offsets_other_than_utc_are_read_and_converted() -> None:
    doc = document()
    doc["engagements"][0]["start"] = "2025-08-21T10:00:00+09:00"  # type: ignore[index]
    visit = load_doc(doc)
    assert visit.engagement("e-ntt").start == dt.datetime(2025, 8, 21, 1, 0, tzinfo=dt.UTC)  # type: ignore[union-attr]


def test_utf16_with_bom_is_read() -> None:
    text = backup.dump(make_visit(), exported_at=EXPORTED)
    visit = backup.load(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), name="b.json")
    assert visit.contacts[0].name_native == "विष्णु देव साय"


def test_minimal_hand_written_backup_gets_defaults() -> None:
    visit = backup.load(b'{"format": "delegation-planner/1", "title": "Quick trip"}', name="b.json")
    assert (visit.title, visit.home_tz, visit.engagements) == ("Quick trip", "Asia/Kolkata", [])


# -- errors ---------------------------------------------------------------------------------------


def test_json_syntax_error_names_line_and_column() -> None:
    data = b'{\n  "format": "delegation-planner/1",\n  "title": "x"\n  "head": "y"\n}\n'
    assert error_of(data) == "backup.json: line 4, column 3: expected ','"


def test_truncated_file_names_where_it_stops() -> None:
    text = backup.dump(make_visit(), exported_at=EXPORTED)
    message = error_of(text[: len(text) // 2].encode())
    assert message.startswith("backup.json: line ") and ", column " in message


def test_empty_and_binary_files_are_refused() -> None:
    assert error_of(b"  \n") == "backup.json: the file is empty, expected a JSON backup"
    assert "binary" in error_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def _bad(path: tuple[str | int, ...], value: object) -> dict[str, object]:
    doc = document()
    target: object = doc
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return doc


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ("engagements", 2, "date"),
            "2025-13-01",
            "engagements[2].date: expected a date YYYY-MM-DD, got '2025-13-01'",
        ),
        (
            ("engagements", 1, "start"),
            "tomorrow",
            "engagements[1].start: expected an ISO 8601 time with offset (e.g. 2025-08-21T01:30:00Z), "
            "got 'tomorrow'",
        ),
        (
            ("engagements", 1, "start"),
            "2025-08-22T14:30:00",
            "engagements[1].start: expected an ISO 8601 time with offset",
        ),
        (
            ("engagements", 0, "tz"),
            "Asia/Tokio",
            "engagements[0].tz: expected an IANA time zone name such as Asia/Tokyo, got 'Asia/Tokio'",
        ),
        (("stops", 1, "tz"), None, "stops[1].tz: expected an IANA time zone name"),
        (("engagements", 0, "kind"), "lunch", "engagements[0].kind: expected one of meeting, site_visit"),
        (("contacts", 0, "side"), "guest", "contacts[0].side: expected one of delegation, host, got 'guest'"),
        (("engagements", 3, "sequence"), -1, "engagements[3].sequence: expected a whole number"),
        (("engagements", 3, "sectors"), "Steel", "engagements[3].sectors: expected a list, got 'Steel'"),
        (
            ("engagements", 3, "sectors"),
            ["Steel", 5],
            "engagements[3].sectors[1]: expected a string, got the number 5",
        ),
        (
            ("engagements", 0, "contact_uids"),
            ["c-sai", "c-ghost"],
            "engagements[0].contact_uids[1]: no contact has the uid 'c-ghost'",
        ),
        (("engagements", 0, "end"), None, "engagements[0]: a timed engagement needs both start and end"),
        (("engagements", 0, "colour"), "red", "engagements[0].colour: unknown key"),
        (("contacts", 1, "uid"), "c-sai", "contacts[1].uid: 'c-sai' is used by two contacts"),
        (("contacts", 1), "Rahul", "contacts[1]: expected an object, got 'Rahul'"),
        (("title",), 42, "title: expected a string, got the number 42"),
        (("home_tz",), "IST", "home_tz: expected an IANA time zone name such as Asia/Tokyo, got 'IST'"),
    ],
)
def test_schema_errors_name_the_path(path: tuple[str | int, ...], value: object, message: str) -> None:
    with pytest.raises(InputFileError) as caught:
        load_doc(_bad(path, value))
    assert str(caught.value).startswith(f"backup.json: {message}")


def test_missing_required_key_is_named() -> None:
    doc = document()
    del doc["engagements"][4]["title"]  # type: ignore[index]
    with pytest.raises(InputFileError, match=r"^backup.json: engagements\[4\]: the key 'title' is missing$"):
        load_doc(doc)


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("delegation-planner/2", "'delegation-planner/2' was written by a newer Delegation Planner"),
        (
            "delegation-planner/99",
            "newer Delegation Planner; this version reads up to 'delegation-planner/1'",
        ),
        ("something-else/1", "not a Delegation Planner backup: expected 'delegation-planner/1', got"),
        (1, "not a Delegation Planner backup"),
    ],
)
def test_unknown_or_newer_format_is_refused(tag: object, message: str) -> None:
    with pytest.raises(InputFileError, match=r"^backup\.json: format: ") as caught:
        load_doc(document(format=tag))
    assert message in str(caught.value)


def test_json_that_is_not_a_backup_is_refused() -> None:
    assert (
        error_of(b"[1, 2, 3]")
        == "backup.json: expected a JSON object (a Delegation Planner backup), got a list"
    )
    assert error_of(b'{"title": "x"}') == (
        "backup.json: not a Delegation Planner backup: the key 'format' is missing"
    )


# -- values every export and both databases can hold ----------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("engagements", 1, "start"), "9999-12-31T10:00:00Z", "engagements[1].start: the year 9999 is out"),
        (("engagements", 1, "end"), "0001-01-01T00:00:00+01:00", "engagements[1].end: the year 1 is out"),
        (("engagements", 2, "date"), "2201-01-01", "engagements[2].date: the year 2201 is out of range"),
        (("stops", 0, "arrive"), "1899-12-31", "stops[0].arrive: the year 1899 is out of range (expected"),
        (("start_date",), "9999-01-01", "start_date: the year 9999"),
        (("exported_at",), "9999-12-31T23:59:59Z", "exported_at: the year 9999"),
        (("title",), "CM visit\x00", "title: a NUL character at position 8: not text that can be stored"),
        (("contacts", 0, "phone"), "+91\ud800", "contacts[0].phone: a lone surrogate U+D800 at position 3"),
        (("engagements", 3, "sectors"), ["Steel", "\udfff"], "engagements[3].sectors[1]: a lone surrogate"),
        (("engagements", 0, "city"), "Tok\x00yo", "engagements[0].city: a NUL character"),
        (("engagements", 3, "sequence"), 2**31, "engagements[3].sequence: expected a whole number from 0"),
        (("engagements", 3, "sequence"), 2**64 + 1, "engagements[3].sequence: expected a whole number"),
        (("engagements", 3, "sequence"), 1.5, "engagements[3].sequence: expected a whole number"),
    ],
)
def test_values_no_export_or_database_could_hold_are_refused(
    path: tuple[str | int, ...], value: object, message: str
) -> None:
    data = json.dumps(_bad(path, value)).encode()  # ASCII, with \u escapes as a file would have them
    assert error_of(data).startswith(f"backup.json: {message}")
    error_of(data).encode("utf-8")  # the message itself is printable


def test_the_edges_of_the_ranges_are_accepted() -> None:
    visit = load_doc(
        _bad(("engagements", 3, "sequence"), 2**31 - 1)
        | {"start_date": "1900-01-01", "end_date": "2200-12-31"}
    )
    assert (visit.start_date, visit.end_date) == (dt.date(1900, 1, 1), dt.date(2200, 12, 31))


def test_escaped_surrogates_and_huge_numbers_in_the_raw_file_give_one_line() -> None:
    raw = backup.dump(make_visit(), exported_at=EXPORTED).replace('"title": "', '"title": "\\ud83d ', 1)
    assert "title: a lone surrogate U+D83D" in error_of(raw.encode())
    huge = b'{"format": "delegation-planner/1", "title": "x", "engagements": [' + b"9" * 5000 + b"]}"
    assert error_of(huge).startswith("backup.json: ")
