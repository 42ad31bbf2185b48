"""Hand-built realistic visits for tests (reuse them: ``from tests.factories import make_visit``).

``make_visit()`` is the Chhattisgarh Chief Minister's August 2025 visit to Japan and South
Korea, with every shape of engagement: timed ones in Tokyo, Osaka and Seoul, an overnight
flight Osaka → Seoul (``end_tz`` differs), an all-day one spanning two days, an unscheduled one,
a timed one in Europe/Berlin on the day its clocks go back (a DST zone), contacts on both sides
with Devanagari ``name_native``, organisations and attendance.  Instants are built from local
wall-clock times with ``tz.local_to_utc`` only, so the machine's zone never leaks in.
"""

from __future__ import annotations

import datetime as dt

from planner.core import tz
from planner.core.model import Contact, Engagement, Kind, Organisation, Side, Status, Stop, Visit


def at(day: str, clock: str, zone: str, *, ambiguous: tz.Ambiguity = "raise") -> dt.datetime:
    """The UTC instant of ``day`` ``clock`` (``"2025-08-21"``, ``"10:30"``) on the wall clock of ``zone``."""
    naive = dt.datetime.fromisoformat(f"{day}T{clock}")
    return tz.local_to_utc(naive, zone, ambiguous=ambiguous)


def make_contacts() -> list[Contact]:
    return [
        Contact(
            name="Vishnu Deo Sai",
            name_native="विष्णु देव साय",
            organisation="Government of Chhattisgarh",
            role="Chief Minister",
            side=Side.DELEGATION,
            email="cm@cg.gov.in",
            phone="+91 771 222 1000",
            source="मुख्यमंत्री विष्णुदेव साय इन दिनों नौ दिवसीय जापान दौरे पर हैं।",
            uid="c-sai",
        ),
        Contact(
            name="Rahul Bhagat",
            name_native="राहुल भगत",
            organisation="Government of Chhattisgarh",
            role="Secretary to the Chief Minister",
            side=Side.DELEGATION,
            notes="Handles the MoU texts",
            uid="c-bhagat",
        ),
        Contact(
            name="Nakajo Kazuya",
            name_native="नाकाजो काज़ुया",
            organisation="JETRO",
            role="Executive Vice President",
            side=Side.HOST,
            email="nakajo@jetro.example.jp",
            uid="c-nakajo",
        ),
        Contact(
            name="Kim Min-jun",
            name_native="김민준",
            organisation="KOTRA",
            role="Director, Invest Korea",
            side=Side.HOST,
            phone="+82 2 3460 7114",
            uid="c-kim",
        ),
    ]


def make_engagements() -> list[Engagement]:
    return [
        Engagement(
            title="Meeting with NTT on a data-centre hub",
            kind=Kind.MEETING,
            organisation="NTT",
            venue="NTT Headquarters, Otemachi",
            city="Tokyo",
            country="Japan",
            tz="Asia/Tokyo",
            start=at("2025-08-21", "10:00", "Asia/Tokyo"),
            end=at("2025-08-21", "11:15", "Asia/Tokyo"),
            sectors=["IT", "Telecom"],
            notes="First meeting of the visit",
            source="इसकी शुरुआत उन्होंने जापान की दिग्गज आईटी व टेलीकॉम कंपनी NTT के अधिकारियों से बैठक से की।",
            contact_uids=["c-sai", "c-bhagat"],
            uid="e-ntt",
            sequence=2,
        ),
        Engagement(
            title="JETRO investment round-table",
            kind=Kind.MEETING,
            status=Status.CONFIRMED,
            organisation="JETRO",
            venue="JETRO Head Office, Ark Mori Building",
            city="Tokyo",
            country="Japan",
            tz="Asia/Tokyo",
            start=at("2025-08-22", "14:30", "Asia/Tokyo"),
            end=at("2025-08-22", "16:00", "Asia/Tokyo"),
            sectors=["Textiles", "Aerospace", "Automobile", "Electronics", "Clean energy"],
            contact_uids=["c-nakajo", "c-sai"],
            uid="e-jetro",
        ),
        Engagement(
            title="World Expo 2025: Bharat Pavilion",
            kind=Kind.SITE_VISIT,
            status=Status.TENTATIVE,
            venue="Yumeshima",
            city="Osaka",
            country="Japan",
            tz="Asia/Tokyo",
            date=dt.date(2025, 8, 24),
            end_date=dt.date(2025, 8, 25),
            sectors=["Tourism"],
            uid="e-expo",
        ),
        Engagement(
            title="Flight Osaka → Seoul",
            kind=Kind.TRAVEL,
            venue="Kansai International Airport",
            city="Osaka",
            country="Japan",
            tz="Asia/Tokyo",
            end_tz="Asia/Seoul",
            start=at("2025-08-26", "21:40", "Asia/Tokyo"),
            end=at("2025-08-26", "23:35", "Asia/Seoul"),
            contact_uids=["c-sai", "c-bhagat"],
            uid="e-flight",
        ),
        Engagement(
            title="Invest Korea business forum",
            kind=Kind.COMMUNITY,
            status=Status.PROPOSED,
            organisation="KOTRA",
            venue="Lotte Hotel, Sogong-ro",
            city="Seoul",
            country="South Korea",
            tz="Asia/Seoul",
            start=at("2025-08-27", "09:30", "Asia/Seoul"),
            end=at("2025-08-27", "12:00", "Asia/Seoul"),
            sectors=["Steel", "Semiconductors"],
            contact_uids=["c-kim"],
            uid="e-kotra",
        ),
        Engagement(
            title="Call on the Korean Minister of Trade",
            kind=Kind.CEREMONY,
            status=Status.POSTPONED,
            city="Seoul",
            country="South Korea",
            unscheduled_reason="date not yet given by the host side",
            uid="e-minister",
        ),
        Engagement(
            title="Video call with a Berlin investor",
            kind=Kind.PRESS,
            status=Status.CANCELLED,
            city="Berlin",
            country="Germany",
            tz="Europe/Berlin",
            # 26 October 2025: Berlin's clocks go back at 03:00 CEST; 02:30 happens twice.
            start=at("2025-10-26", "02:30", "Europe/Berlin", ambiguous="later"),
            end=at("2025-10-26", "04:00", "Europe/Berlin"),
            uid="e-berlin",
        ),
    ]


def make_visit() -> Visit:
    """A fresh, fully populated visit (not stored: ``id`` is None)."""
    return Visit(
        title="Chief Minister's investment visit to Japan and South Korea",
        head="Vishnu Deo Sai",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 8, 21),
        end_date=dt.date(2025, 8, 29),
        language="hi",
        published=dt.date(2025, 8, 22),
        source_article="टोकियो में JETRO के प्रतिनिधियों से सीएम विष्णुदेव साय ने की मुलाकत…",
        notes="Nine-day visit; MoUs expected in Osaka",
        stops=[
            Stop("Tokyo", "Japan", "Asia/Tokyo", dt.date(2025, 8, 21), dt.date(2025, 8, 23)),
            Stop("Osaka", "Japan", "Asia/Tokyo", dt.date(2025, 8, 24), dt.date(2025, 8, 26)),
            Stop("Seoul", "South Korea", "Asia/Seoul", dt.date(2025, 8, 26), dt.date(2025, 8, 29)),
        ],
        organisations=[
            Organisation("NTT", name_native="日本電信電話", country="Japan", website="https://group.ntt"),
            Organisation(
                "JETRO",
                name_native="जेईटीआरओ",
                country="Japan",
                website="https://www.jetro.go.jp",
                notes="Japan External Trade Organization",
            ),
            Organisation("KOTRA", name_native="대한무역투자진흥공사", country="South Korea"),
        ],
        contacts=make_contacts(),
        engagements=make_engagements(),
    )
