"""The delegation in the window: members and hotels edited with undo, attendance, legs, the Checks panel."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt, QTime

from planner.core.model import Engagement, Kind, Member
from planner.ui.itinerary.painting import FINDING_BADGE, finding_badge_rect
from planner.ui.itinerary.view import hotel_lines, worst_findings
from tests.ui.conftest import at

TOKYO = "Asia/Tokyo"


def _members(window: Any) -> list[tuple[str, bool]]:
    return [(m.name, m.is_head) for m in window.session.visit.members]


def test_members_are_added_edited_and_removed_with_undo(window: Any, repo: Any, visit_id: int) -> None:
    view = window.delegation
    window.show_view("delegation")
    assert window.current_view() == "delegation"
    assert view.add_member(Member("Vishnu Deo Sai", "विष्णु देव साय", "Chief Minister"))
    assert view.add_member(Member("Rajat Kumar", role="Secretary"))
    assert _members(window) == [("Vishnu Deo Sai", True), ("Rajat Kumar", False)]  # the first is the head
    assert view.members.rowCount() == 2
    assert view.members.item(0, 1).text() == "विष्णु देव साय"

    # a cell edit, as the user types it, is stored at once
    view.members.item(1, 2).setText("Secretary, Commerce and Industry")
    assert repo.load_visit(visit_id).members[1].role == "Secretary, Commerce and Industry"
    # one head: ticking Rajat unticks the Chief Minister
    view.members.item(1, 6).setCheckState(Qt.CheckState.Checked)
    assert _members(window) == [("Vishnu Deo Sai", False), ("Rajat Kumar", True)]
    assert [m.is_head for m in repo.load_visit(visit_id).members] == [False, True]

    window.session.undo_stack.undo()
    assert _members(window) == [("Vishnu Deo Sai", True), ("Rajat Kumar", False)]
    assert repo.load_visit(visit_id).head_name() == "Vishnu Deo Sai"
    assert view.members.item(0, 6).checkState() == Qt.CheckState.Checked

    rajat = window.session.visit.members[1].uid
    assert view.remove_member(rajat)
    assert [m.name for m in repo.load_visit(visit_id).members] == ["Vishnu Deo Sai"]
    window.session.undo_stack.undo()
    assert [m.uid for m in repo.load_visit(visit_id).members][1] == rajat
    window.session.undo_stack.redo()
    assert view.members.rowCount() == 1


def test_removing_a_member_takes_them_off_what_they_attend(window: Any, repo: Any, visit_id: int) -> None:
    view = window.delegation
    view.add_member(Member("A", uid="m-a"))
    view.add_member(Member("B", uid="m-b"))
    e = next(e for e in window.session.visit.engagements if e.title == "Press briefing")
    window.session.save_engagement(dataclasses.replace(e, member_uids=["m-a", "m-b"]), "attend")
    view.remove_member("m-b")
    assert repo.load_visit(visit_id).engagement(e.uid).member_uids == ["m-a"]
    window.session.undo_stack.undo()
    assert repo.load_visit(visit_id).engagement(e.uid).member_uids == ["m-a", "m-b"]


def test_a_hotel_typed_in_shows_in_the_day_header(window: Any, repo: Any, visit_id: int) -> None:
    view = window.delegation
    assert view.add_stay()  # the first stop's city and dates
    stay = window.session.visit.stays[0]
    assert (stay.city, stay.tz, stay.check_in) == ("Tokyo", TOKYO, dt.date(2025, 8, 21))
    view.stays.item(0, 0).setText("The Okura Tokyo")
    view.stays.item(0, 4).setText("14:00")
    stored = repo.load_visit(visit_id).stays[0]
    assert (stored.hotel, stored.check_in_time) == ("The Okura Tokyo", dt.time(14, 0))
    view.stays.item(0, 5).setText("24 Aug")  # not a date: refused, nothing changed
    assert repo.load_visit(visit_id).stays[0].check_out == dt.date(2025, 8, 23)
    assert "not a date" in window.statusBar().currentMessage()
    assert view.stays.item(0, 5).text() == "2025-08-23"
    nights = hotel_lines(window.session.visit)
    assert nights[dt.date(2025, 8, 22)] == "🛏 The Okura Tokyo"
    assert dt.date(2025, 8, 23) not in nights  # checks out that morning


def _clash(window: Any, qtbot: Any) -> tuple[str, str]:
    """Two engagements for the same member at once: the checks' ``clash.member`` (once they have run
    on the worker thread)."""
    view = window.delegation
    view.add_member(Member("Rajat Kumar", uid="m-rk"))
    uids = []
    with qtbot.waitSignal(window.session.checked):
        for title, hour in (("Call on METI", 15), ("Textile buyers", 15)):
            e = Engagement(title, city="Tokyo", country="Japan", tz=TOKYO,
                           start=at(TOKYO, 2025, 8, 22, hour, 0), end=at(TOKYO, 2025, 8, 22, hour + 1, 0),
                           member_uids=["m-rk"])  # fmt: skip
            window.session.save_engagement(e, f"Add {title}")
            uids.append(e.uid)
    return uids[0], uids[1]


def test_checks_panel_lists_a_clash_selects_it_and_dismisses_it(
    window: Any, repo: Any, visit_id: int, qtbot: Any
) -> None:
    first, second = _clash(window, qtbot)
    panel = window.checks
    clashes = [f for f in window.session.findings if f.code == "clash.member" and first in f.engagements]
    assert len(clashes) == 1 and set(clashes[0].engagements) == {first, second}
    finding = clashes[0]
    before = len(window.session.open_findings())
    items = [panel.list.item(i) for i in range(panel.list.count())]
    item = next(i for i in items if panel.finding(i) == finding)
    assert item.text() == finding.message
    assert window.findings_label.text().startswith(f"{before} findings: ")

    window.session.select(None)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected == finding.engagements[0]
    assert window.current_view() == "itinerary"

    assert panel.dismiss(finding.key, "Rajat joins METI after the buyers leave")
    assert repo.load_visit(visit_id).dismissed == {finding.key: "Rajat joins METI after the buyers leave"}
    assert len(window.session.open_findings()) == before - 1
    assert window.findings_label.text().startswith(f"{before - 1} findings: ")
    assert all(panel.finding(panel.list.item(i)) != finding for i in range(panel.list.count()))
    assert first not in window.session.findings_by_uid or all(
        f.key != finding.key for f in window.session.findings_by_uid[first]
    )
    panel.show_dismissed.setChecked(True)
    shown = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("dismissed: Rajat joins" in t for t in shown)

    window.session.undo_stack.undo()  # the dismissal is one undo step
    assert repo.load_visit(visit_id).dismissed == {}
    assert len(window.session.open_findings()) == before


def test_badge_colour_is_the_worst_open_finding_and_sits_in_the_corner(window: Any, qtbot: Any) -> None:
    first, _second = _clash(window, qtbot)
    worst = worst_findings(window.session.findings_by_uid)
    assert worst[first] == "error"
    rect = QRectF(100, 200, 120, 60)
    badge = finding_badge_rect(rect)
    assert rect.contains(badge)
    assert badge.width() == badge.height() == FINDING_BADGE
    assert badge.right() == pytest.approx(rect.right() - 3)
    assert badge.bottom() == pytest.approx(rect.bottom() - 3)
    low = finding_badge_rect(rect, "low")
    assert low.right() < badge.left()  # clear of a clash badge in the low corner
    # and it is drawn: the pixel at its centre is the error red, not the block's tint
    window.show_engagement(first)
    view = window.itinerary
    block = view.block_view_rect(first)
    assert block is not None
    image = view.viewport().grab().toImage()
    centre = finding_badge_rect(block.adjusted(0, 1, 0, -1)).center()
    colour = image.pixelColor(QPointF(centre).toPoint())
    assert (colour.red(), colour.green(), colour.blue()) == (0xDC, 0x26, 0x26)


def test_attendance_in_the_dialog_sets_member_uids(window: Any, qtbot: Any) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    window.delegation.add_member(Member("Vishnu Deo Sai", uid="m-cm"))
    window.delegation.add_member(Member("Rajat Kumar", uid="m-rk"))
    visit = window.session.visit
    e = next(e for e in visit.engagements if e.title == "Investor round table")
    dialog = EngagementDialog(visit, e)
    qtbot.addWidget(dialog)
    assert dialog.attending.whole.isChecked()
    assert dialog.build().member_uids == []  # the whole delegation
    dialog.attending.some.setChecked(True)
    dialog.attending.items()[1].setCheckState(Qt.CheckState.Checked)
    assert dialog.is_modified()
    dialog.accept()
    assert dialog.result_engagement.member_uids == ["m-rk"]
    window.session.save_engagement(dialog.result_engagement, "Edit")
    again = EngagementDialog(window.session.visit, window.session.visit.engagement(e.uid))
    qtbot.addWidget(again)
    assert again.attending.some.isChecked() and again.attending.uids() == ["m-rk"]
    assert not again.is_modified()
    window.session.select(e.uid)
    assert window.details.fields["Attending"].text() == "Rajat Kumar"


def test_a_leg_departs_in_jst_and_arrives_in_kst_with_ist_beside_each(window: Any, qtbot: Any) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    visit = window.session.visit
    dialog = EngagementDialog(visit, None, day=dt.date(2025, 8, 28), at=dt.time(10, 0), zone=TOKYO)
    qtbot.addWidget(dialog)
    dialog.title.setText("Flight Osaka → Seoul")
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.TRAVEL))
    assert dialog.form.isRowVisible(dialog.leg)
    dialog.place.city.setText("Osaka")
    dialog.leg.to.city.setText("Seoul")  # the arrival zone follows the city
    assert dialog.leg.to.zone_name() == "Asia/Seoul"
    dialog.end.setTime(QTime(11, 55))  # local time at the arrival
    dialog.leg.carrier.setText("Korean Air")
    dialog.leg.number.setText("KE 2118")
    dialog.accept()
    leg = dialog.result_engagement
    assert (leg.tz, leg.end_tz) == (TOKYO, "Asia/Seoul")
    assert (leg.from_place.city, leg.to_place.city, leg.to_place.country) == ("Osaka", "Seoul", "South Korea")
    assert leg.start == at(TOKYO, 2025, 8, 28, 10, 0)
    assert leg.end == at("Asia/Seoul", 2025, 8, 28, 11, 55)
    window.session.save_engagement(leg, "Add flight")
    window.session.select(leg.uid)
    fields = window.details.fields
    assert fields["Departs"].text() == "Osaka Thu 28 Aug 10:00 JST (06:30 IST)"
    assert fields["Arrives"].text() == "Seoul Thu 28 Aug 11:55 KST (08:25 IST)"
    assert fields["Carrier"].text() == "Korean Air KE 2118"
    block = next(b for b in window.itinerary.layout_.day_blocks(7) if b.uid == leg.uid)
    assert block.times[:2] == ["10:00 JST → 11:55 KST", "06:30–08:25 IST"]
    assert block.texts.place == "Korean Air KE 2118 · Osaka → Seoul"
    # a meeting keeps no leg fields
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.MEETING))
    assert not dialog.form.isRowVisible(dialog.leg)
    assert dialog.build().to_place is None


def test_members_at_different_engagements_at_once_are_no_clash(window: Any) -> None:
    view = window.delegation
    view.add_member(Member("Vishnu Deo Sai", uid="m-cm"))
    view.add_member(Member("Rajat Kumar", uid="m-rk"))
    visit = window.session.visit
    briefing = next(e for e in visit.engagements if e.title == "Press briefing")
    table = next(e for e in visit.engagements if e.title == "Investor round table")
    assert briefing.uid in window.session.clashes_by_uid  # both for the whole delegation: a clash
    window.session.save_engagement(dataclasses.replace(briefing, member_uids=["m-cm"]), "CM only")
    window.session.save_engagement(dataclasses.replace(table, member_uids=["m-rk"]), "Rajat only")
    assert briefing.uid not in window.session.clashes_by_uid
    assert window.clash_label.text() == "No clashes"
    window.session.undo_stack.undo()
    assert briefing.uid in window.session.clashes_by_uid
