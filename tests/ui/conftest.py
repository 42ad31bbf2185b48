"""Fixtures for the window's tests: a real SQLite repository, a visit shaped like the seed, a window on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.core import tz
from planner.core.model import Contact, Engagement, Kind, Side, Status, Stop, Visit

D = dt.date


def at(zone: str, *args: int) -> dt.datetime:
    return tz.local_to_utc(dt.datetime(*args), zone)


def seed_like_visit() -> Visit:
    """The seed's visit (Tokyo, Osaka, Seoul; JETRO, NTT, KITA…) with a few timed engagements added."""
    jetro = [
        Contact("Nakajo Kazuya", "नाकाजो काज़ुया", "JETRO", "Senior official", side=Side.HOST),
        Contact("Endo Yuji", "एंडो युजी", "JETRO", "Senior official", side=Side.HOST),
        Contact("Hara Harunobu", "हारा हारुनोबू", "JETRO", "Senior official", side=Side.HOST),
    ]
    engagements = [
        Engagement(
            "Meeting with NTT",
            organisation="NTT",
            city="Tokyo",
            country="Japan",
            unscheduled_reason="the article gives no date",
            sectors=["IT", "data centres"],
            source="इसकी शुरुआत उन्होंने जापान की दिग्गज आईटी व टेलीकॉम कंपनी NTT के अधिकारियों से बैठक से की।",
        ),
        Engagement(
            "Meeting with JETRO",
            organisation="JETRO",
            city="Tokyo",
            country="Japan",
            unscheduled_reason="the article gives no date",
            contact_uids=[c.uid for c in jetro],
            source="टोक्यो में उन्होंने जापानी सरकारी संस्थान जेईटीआरओ (JETRO) के वरिष्ठ अधिकारियों "
            "नाकाजो काज़ुया, एंडो युजी और हारा हारुनोबू से मुलाकात की।",
        ),
        Engagement(
            "Meeting with the Indian diaspora",
            kind=Kind.COMMUNITY,
            city="Tokyo",
            country="Japan",
            date=D(2025, 8, 23),
            source="23 अगस्त को मुख्यमंत्री जापान में बसे प्रवासी भारतीयों से मुलाकात करेंगे।",
        ),
        Engagement(
            "Visit to the Osaka Expo 2025 site",
            kind=Kind.SITE_VISIT,
            city="Osaka",
            country="Japan",
            date=D(2025, 8, 24),
            source="मुख्यमंत्री 24 अगस्त को वे ओसाका एक्सपो-2025 के आयोजन स्थल का दौरा करेंगे",
        ),
        Engagement(
            "Meeting with KITA",
            organisation="Korea International Trade Association",
            status=Status.PROPOSED,
            city="Seoul",
            country="South Korea",
            date=D(2025, 8, 28),
            source="कोरिया इंटरनेशनल ट्रेड एसोसिएशन (KITA) के प्रतिनिधियों से उनकी बैठक प्रस्तावित है।",
        ),
        Engagement(
            "Visit to Hyundai Motor Studio",
            kind=Kind.SITE_VISIT,
            organisation="Hyundai Motor",
            city="Seoul",
            country="South Korea",
            unscheduled_reason="the article gives no date",
        ),
        # timed ones, as staff would add them after the import
        Engagement(
            "Investor round table",
            organisation="JETRO",
            city="Tokyo",
            tz="Asia/Tokyo",
            start=at("Asia/Tokyo", 2025, 8, 22, 10, 0),
            end=at("Asia/Tokyo", 2025, 8, 22, 11, 30),
        ),
        Engagement(
            "Press briefing",
            kind=Kind.PRESS,
            city="Tokyo",
            tz="Asia/Tokyo",
            start=at("Asia/Tokyo", 2025, 8, 22, 11, 0),
            end=at("Asia/Tokyo", 2025, 8, 22, 12, 0),
        ),
        Engagement(
            "Flight Osaka → Seoul",
            kind=Kind.TRAVEL,
            city="Seoul",
            tz="Asia/Tokyo",
            end_tz="Asia/Seoul",
            start=at("Asia/Tokyo", 2025, 8, 28, 9, 0),
            end=at("Asia/Seoul", 2025, 8, 28, 11, 0),
        ),
    ]
    return Visit(
        title="Chief Minister's investment visit to Japan and South Korea",
        head="Vishnu Deo Sai, Chief Minister of Chhattisgarh",
        home_tz="Asia/Kolkata",
        start_date=D(2025, 8, 21),
        end_date=D(2025, 8, 29),
        stops=[
            Stop("Tokyo", "Japan", "Asia/Tokyo", D(2025, 8, 21), D(2025, 8, 23)),
            Stop("Osaka", "Japan", "Asia/Tokyo", D(2025, 8, 24), D(2025, 8, 28)),
            Stop("Seoul", "South Korea", "Asia/Seoul", D(2025, 8, 28), D(2025, 8, 29)),
        ],
        engagements=engagements,
        contacts=jetro,
    )


def make_repository(tmp_path: Path) -> Any:
    """A real SQLite repository in a temporary file."""
    from planner.storage import open_repository

    return open_repository("sqlite:///" + str(tmp_path / "planner.db"))


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Any]:
    repository = make_repository(tmp_path)
    yield repository
    close = getattr(repository, "close", None)
    if close is not None:
        close()


@pytest.fixture
def visit_id(repo: Any) -> int:
    return int(repo.add_visit(seed_like_visit()))


def show_window(
    qtbot: Any, repo: Any, visit_id: int, tmp_path: Path, size: tuple[int, int] = (1400, 900)
) -> Any:
    """The window on ``repo`` with ``visit_id`` open, shown at ``size`` and exposed."""
    from planner.ui.app import build_window

    win = build_window(repo, settings_file=str(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.open_visit(visit_id)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot: Any, repo: Any, visit_id: int, tmp_path: Path) -> Any:
    return show_window(qtbot, repo, visit_id, tmp_path)


def seed_from_article(repo: Any) -> int:
    """The seed visit as the importer reads it from its article (assumptions and all)."""
    from planner.core.article import parse_article
    from tests.conftest import SEED

    return int(repo.add_visit(parse_article(SEED.read_text(encoding="utf-8")).to_visit()))


@pytest.fixture
def seeded(qtbot: Any, repo: Any, tmp_path: Path) -> Any:
    """The window on the seed imported from its article."""
    return show_window(qtbot, repo, seed_from_article(repo), tmp_path)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the run off-screen: fail the test instead.

    A test that expects one patches the same function again with its answer.
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
