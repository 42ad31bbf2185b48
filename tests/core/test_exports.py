"""vCard and CSV exports: escaping, folding, both times, unscheduled rows, Excel-friendly UTF-8."""

from __future__ import annotations

import csv
import datetime as dt
import io

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


def test_vcard_structure_escaping_and_native_names() -> None:
    text = contacts_vcard(build_visit())
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


def test_vcard_folds_at_75_octets_without_splitting_characters() -> None:
    visit = build_visit()
    visit.contacts[0].notes = "छत्तीसगढ़ शासन के मुख्यमंत्री " * 10
    text = contacts_vcard(visit)
    for line in text.encode("utf-8").split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    assert ("छत्तीसगढ़ शासन के मुख्यमंत्री " * 10).strip() in text.replace("\r\n ", "")


def test_vcard_is_read_by_vobject() -> None:
    import vobject

    cards = list(vobject.readComponents(contacts_vcard(build_visit())))
    assert len(cards) == 3
    assert cards[0].title.value == "Chief Minister"
    assert cards[1].title.value == "President; CEO, Tokyo Electron"
    assert {fn.value for fn in cards[0].contents["fn"]} == {"Vishnu Deo Sai", "विष्णु देव साय"}


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
