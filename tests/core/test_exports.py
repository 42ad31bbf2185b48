"""vCard and CSV exports: escaping, folding, both times, unscheduled rows, Excel-friendly UTF-8."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import tz
from planner.core.exports import CSV_COLUMNS, contacts_vcard, engagements_csv
from planner.core.model import Contact, Engagement, Side, Status, Visit


def local(*args: object) -> dt.datetime:
    *parts, zone = args
    return tz.local_to_utc(dt.datetime(*parts), str(zone))  # type: ignore[arg-type]


def build_visit() -> Visit:
    visit = Visit(title="CM visit to Japan", home_tz="Asia/Kolkata")
    cm = Contact(name="Vishnu Deo Sai", name_native="विष्णु देव साय", role="Chief Minister",
                 organisation="Government of Chhattisgarh", email="cm@cg.example.in",
                 phone="+91 771 222 1000", side=Side.DELEGATION, notes="Head of delegation")  # fmt: skip
    taro = Contact(name="Taro Yamada", name_native="山田太郎", role="President; CEO, Tokyo Electron")
    kim = Contact(name="Kim Chul-soo", name_native="김철수", role="Director")
    visit.contacts += [cm, taro, kim]
    visit.engagements += [
        Engagement(title="Meeting, Tokyo Electron", tz="Asia/Tokyo",
                   start=local(2025, 8, 22, 10, "Asia/Tokyo"),
                   end=local(2025, 8, 22, 11, 30, "Asia/Tokyo"),
                   organisation="Tokyo Electron", venue="Akasaka", city="Tokyo", country="Japan",
                   contact_uids=[cm.uid, taro.uid]),
        Engagement(title="Flight to Seoul", tz="Asia/Tokyo", end_tz="Asia/Seoul",
                   start=local(2025, 8, 25, 23, 30, "Asia/Tokyo"),
                   end=local(2025, 8, 26, 1, 30, "Asia/Seoul")),
        Engagement(title="Later call", unscheduled_reason="tbd", status=Status.PROPOSED),
        Engagement(title="Expo", date=dt.date(2025, 8, 23), end_date=dt.date(2025, 8, 24)),
    ]  # fmt: skip
    return visit


def test_vcard_4_structure_escaping_and_native_names() -> None:
    text = contacts_vcard(build_visit(), version="4.0")
    assert text.count("BEGIN:VCARD\r\n") == 3 and text.count("END:VCARD\r\n") == 3
    assert "\n" not in text.replace("\r\n", "")
    unfolded = text.replace("\r\n ", "")
    assert "VERSION:4.0" in unfolded
    assert "FN;ALTID=1;LANGUAGE=hi:विष्णु देव साय" in unfolded
    assert "FN;ALTID=1;LANGUAGE=ja:山田太郎" in unfolded
    assert "FN;ALTID=1;LANGUAGE=ko:김철수" in unfolded
    assert "TITLE:President\\; CEO\\, Tokyo Electron" in unfolded
    assert "N:Sai;Vishnu Deo;;;" in unfolded
    assert "ORG:Government of Chhattisgarh" in unfolded
    assert "EMAIL;TYPE=work:cm@cg.example.in" in unfolded
    assert "TEL;VALUE=uri;TYPE=work:tel:+91-771-222-1000" in unfolded
    assert "NOTE:Delegation member — CM visit to Japan\\nHead of delegation" in unfolded
    assert "NOTE:Host side — CM visit to Japan" in unfolded


def test_vcard_3_is_the_default_with_one_name_and_typed_properties() -> None:
    text = contacts_vcard(build_visit())
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("VERSION:3.0\r\n") == 3 and "4.0" not in unfolded
    assert "ALTID" not in unfolded and "VALUE=uri" not in unfolded
    assert unfolded.count("\r\nFN:") == 3
    assert "FN:Vishnu Deo Sai\r\nN:Sai;Vishnu Deo;;;\r\nNICKNAME;LANGUAGE=hi:विष्णु देव साय" in unfolded
    assert "EMAIL;TYPE=INTERNET,WORK:cm@cg.example.in" in unfolded
    assert "TEL;TYPE=WORK,VOICE:+91 771 222 1000" in unfolded
    assert "TITLE:President\\; CEO\\, Tokyo Electron" in unfolded


def test_vcard_folds_at_75_octets_without_splitting_characters() -> None:
    visit = build_visit()
    visit.contacts[0].notes = "छत्तीसगढ़ शासन के मुख्यमंत्री " * 10
    text = contacts_vcard(visit)
    for line in text.encode("utf-8").split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    assert ("छत्तीसगढ़ शासन के मुख्यमंत्री " * 10).strip() in text.replace("\r\n ", "")


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_is_read_by_vobject(version: str) -> None:
    import vobject

    cards = list(vobject.readComponents(contacts_vcard(build_visit(), version=version)))
    assert len(cards) == 3
    assert [card.version.value for card in cards] == [version] * 3
    assert cards[0].title.value == "Chief Minister"
    assert cards[1].title.value == "President; CEO, Tokyo Electron"
    names = {fn.value for fn in cards[0].contents["fn"]}
    if version == "4.0":
        assert names == {"Vishnu Deo Sai", "विष्णु देव साय"}
    else:
        assert names == {"Vishnu Deo Sai"} and cards[0].nickname.value == "विष्णु देव साय"


def test_csv_rows_with_local_and_home_time(machine_tz: str) -> None:
    text = engagements_csv(build_visit())
    assert text.startswith("\ufeff")
    assert text.encode("utf-8").startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert [r["title"] for r in body] == ["Meeting, Tokyo Electron", "Expo", "Flight to Seoul", "Later call"]
    meeting = body[0]
    assert (meeting["date"], meeting["local start"], meeting["local end"], meeting["zone"]) == (
        "2025-08-22", "10:00", "11:30", "Asia/Tokyo")  # fmt: skip
    assert (meeting["home start"], meeting["home end"], meeting["home zone"]) == (
        "06:30",
        "08:00",
        "Asia/Kolkata",
    )
    assert (
        meeting["counterparts"]
        == "Vishnu Deo Sai (Chief Minister); Taro Yamada (President; CEO, Tokyo Electron)"
    )
    flight = body[2]
    assert flight["zone"] == "Asia/Tokyo → Asia/Seoul"
    assert (flight["local start"], flight["local end"]) == ("23:30", "2025-08-26 01:30")
    assert (flight["home start"], flight["home end"]) == ("20:00", "22:00")
    later = body[3]
    assert (later["date"], later["local start"], later["home start"], later["status"]) == (
        "",
        "",
        "",
        "Proposed",
    )
    assert body[1]["date"] == "2025-08-23 – 2025-08-24"


# -- injection: no value can add a record or a formula -----------------------------------------

NASTY = [
    "\r", "\n", "\r\n", "BEGIN:VCARD", "END:VCARD", "VERSION:4.0", "=cmd|'/c calc'!A0", "=1+1", "+", "-",
    "@SUM(A1)", "\t", ",", ";", "\\", '"', ":", "\x00", "\x0b", "\x85", "\u2028", "\ud800", "TEL:+1",
    "\r\nBEGIN:VCARD\r\nFN:Forged\r\nEND:VCARD\r\n", "मुख्यमंत्री", "山田",
]  # fmt: skip
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), max_size=5).map("".join)


@st.composite
def nasty_visits(draw: st.DrawFn) -> Visit:
    visit = Visit(title=draw(nasty_text))
    count = draw(st.integers(0, 3))
    uids = draw(st.lists(nasty_text.filter(str.strip), min_size=count, max_size=count, unique=True))
    for uid in uids:
        visit.contacts.append(
            Contact(
                uid=uid,
                **{
                    key: draw(nasty_text)
                    for key in ("name", "name_native", "organisation", "role", "email", "phone", "notes")
                },
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        timed = draw(st.booleans())
        start = dt.datetime(2025, 8, 22, 1, 30, tzinfo=dt.UTC)
        visit.engagements.append(
            Engagement(
                title=draw(nasty_text), organisation=draw(nasty_text), venue=draw(nasty_text),
                city=draw(nasty_text), country=draw(nasty_text),
                tz="Asia/Tokyo" if timed else None,
                start=start if timed else None, end=start + dt.timedelta(hours=1) if timed else None,
                contact_uids=[c.uid for c in visit.contacts],
            )
        )  # fmt: skip
    return visit


@settings(max_examples=150, deadline=None)
@given(visit=nasty_visits(), version=st.sampled_from(["3.0", "4.0"]))
def test_no_vcard_value_can_forge_a_card(visit: Visit, version: str) -> None:
    import vobject

    text = contacts_vcard(visit, version=version)
    data = text.encode("utf-8")  # lone surrogates were replaced: always encodable
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    unfolded = text.replace("\r\n ", "").split("\r\n")[:-1]
    assert unfolded.count("BEGIN:VCARD") == unfolded.count("END:VCARD") == len(visit.contacts)
    for line in unfolded:
        assert not any(ch in line for ch in "\x00\x0b\x85\u2028")
    cards = list(vobject.readComponents(text))
    assert len(cards) == len(visit.contacts)
    for card, contact in zip(cards, visit.contacts, strict=True):
        assert card.version.value == version
        names = [fn.value for fn in card.contents["fn"]]
        assert _plain(contact.name) in names


def _plain(value: str) -> str:
    """A value as read back: new lines kept, other controls as spaces, U+FFFD for surrogates."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    return "".join(" " if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" else c
                   for c in value)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(visit=nasty_visits())
def test_no_csv_cell_can_be_a_formula_or_a_record(visit: Visit) -> None:
    text = engagements_csv(visit)
    text.encode("utf-8")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert len(rows) == 1 + len(visit.engagements)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    for row in rows[1:]:
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    titles = sorted(row[CSV_COLUMNS.index("title")] for row in rows[1:])
    expected = sorted(
        ("'" + t if t.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")) else t)
        for t in (_no_surrogates(e.title) for e in visit.engagements)
    )
    assert titles == expected


def _no_surrogates(value: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
