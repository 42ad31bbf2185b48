"""Scheduling from the tray, the contacts table (search, edit, undo), and every item model's contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from planner.core import tz
from planner.core.model import Side
from planner.ui.itinerary.view import ENGAGEMENT_MIME


def test_dropping_from_the_tray_schedules_at_that_day_and_time(window: Any, repo: Any, visit_id: int) -> None:
    view = window.itinerary
    tray = window.tray.model
    row = next(r for r in range(tray.rowCount()) if "NTT" in tray.index(r).data())
    uid = tray.uid_at(row)
    mime = tray.mimeData([tray.index(row)])
    assert bytes(mime.data(ENGAGEMENT_MIME).data()).decode() == uid
    lay = view.layout_
    # aim at 14:10 on Fri 22 Aug (column 1): snaps to 14:15
    body = QPointF(lay.columns[1].x + 20, (14 + 10 / 60) * lay.hour_height)
    view.verticalScrollBar().setValue(int(13 * lay.hour_height))
    pos = view.view_point(body)
    event = QDropEvent(
        pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    view.dropEvent(event)
    e = repo.load_visit(visit_id).engagement(uid)
    assert e is not None and e.is_timed
    assert tz.local_naive(e.start, "Asia/Tokyo") == dt.datetime(2025, 8, 22, 14, 15)
    assert e.end - e.start == dt.timedelta(hours=1)
    assert tray.rowCount() == 2
    assert any(b.uid == uid for b in view.layout_.blocks)
    window.undo_action.trigger()
    assert repo.load_visit(visit_id).engagement(uid).is_unscheduled
    assert tray.rowCount() == 3


def test_dropping_on_the_all_day_strip_gives_a_date(window: Any, repo: Any, visit_id: int) -> None:
    view = window.itinerary
    tray = window.tray.model
    uid = tray.uid_at(0)
    lay = view.layout_
    x = lay.gutter_width + lay.columns[4].x + 30
    y = lay.header_height + 4
    assert view._slot_at(QPointF(x, y)) == (dt.date(2025, 8, 25), None)
    mime = QMimeData()
    mime.setData(ENGAGEMENT_MIME, uid.encode())
    view.dropEvent(
        QDropEvent(
            QPointF(x, y),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    e = repo.load_visit(visit_id).engagement(uid)
    assert e.is_all_day and e.date == dt.date(2025, 8, 25)


def test_contacts_search_filters(window: Any, qtbot: Any) -> None:
    contacts = window.contacts
    window.show_view("contacts")
    assert contacts.proxy.rowCount() == 3
    qtbot.keyClicks(contacts.search, "hara")
    assert contacts.proxy.rowCount() == 1
    assert contacts.proxy.index(0, 0).data() == "Hara Harunobu"
    contacts.search.clear()
    contacts.search.setText("एंडो")  # the original script is searchable too
    assert [contacts.proxy.index(r, 0).data() for r in range(contacts.proxy.rowCount())] == ["Endo Yuji"]
    contacts.search.clear()
    qtbot.keyClicks(contacts.search, "nobody like this")
    assert contacts.proxy.rowCount() == 0


def test_contacts_sort_edit_undo_and_attends(window: Any, repo: Any, visit_id: int) -> None:
    contacts = window.contacts
    proxy = contacts.proxy
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Endo Yuji", "Hara Harunobu", "Nakajo Kazuya"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Nakajo Kazuya"
    index = proxy.index(0, 4)  # e-mail of Nakajo Kazuya
    assert proxy.setData(index, "nakajo@jetro.example")
    uid = index.data(Qt.ItemDataRole.UserRole + 1)
    assert repo.load_visit(visit_id).contact(uid).email == "nakajo@jetro.example"
    assert proxy.setData(proxy.index(0, 6), "delegation")
    assert repo.load_visit(visit_id).contact(uid).side is Side.DELEGATION
    assert not proxy.setData(proxy.index(0, 6), "martian")
    window.undo_action.trigger()
    window.undo_action.trigger()
    restored = repo.load_visit(visit_id).contact(uid)
    assert restored.email == "" and restored.side is Side.HOST
    contacts.select_contact(uid)
    assert contacts.attends.count() == 1
    assert "Meeting with JETRO" in contacts.attends.item(0).text()


def test_details_contact_link_opens_the_contact(window: Any) -> None:
    jetro = next(e for e in window.session.visit.engagements if e.title == "Meeting with JETRO")
    window.session.select(jetro.uid)
    text = window.details.fields["Contacts"].text()
    assert "Nakajo Kazuya" in text and "नाकाजो काज़ुया" in text
    assert "इसकी" not in window.details.source.text()
    assert "नाकाजो काज़ुया" in window.details.source.text()
    window.details.contact_activated.emit(jetro.contact_uids[0])
    assert window.current_view() == "contacts"
    assert window.contacts.selected_uid() == jetro.contact_uids[0]


def test_agenda_lists_days_in_order_and_keyboard_deletes(
    window: Any, qtbot: Any, repo: Any, visit_id: int
) -> None:
    agenda = window.agenda
    model = agenda.agenda
    headings = [model.rows[r].heading for r in range(model.rowCount()) if model.is_heading(r)]
    assert headings[0] == "Thu 21 Aug · Tokyo · JST (UTC+9)"
    assert headings[-1] == "Unscheduled (3)"
    row = model.row_of(next(e.uid for e in window.session.visit.engagements if e.title == "Press briefing"))
    assert model.index(row, 0).data() == "11:00–12:00 JST"
    assert model.index(row, 1).data() == "07:30–08:30 IST"
    assert "clash" in model.index(row, 4).data()
    assert "Press briefing" in model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    window.show_view("agenda")
    agenda.setCurrentIndex(model.index(row, 0))
    uid = model.rows[row].engagement.uid
    assert window.session.selected == uid
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)
    assert repo.load_visit(visit_id).engagement(uid) is None


MODELS = {
    "agenda": lambda w: w.agenda.agenda,
    "contacts": lambda w: w.contacts.model,
    "contacts_filter": lambda w: w.contacts.proxy,
    "tray": lambda w: w.tray.model,
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_item_models_pass_the_model_tester(window: Any, qtmodeltester: Any, qtbot: Any, name: str) -> None:
    """Each model is checked, then watched while rows are inserted, changed and removed."""
    from planner.core import schedule
    from planner.core.model import Contact

    model = MODELS[name](window)
    qtmodeltester.check(model, force_py=True)
    session = window.session
    session.save_contact(Contact("New person"), "Add")
    session.save_contact(dataclasses.replace(session.visit.contacts[0], role="Director"), "Edit")
    loose = next(e for e in session.visit.engagements if e.is_unscheduled)
    session.save_engagement(schedule.schedule_on(loose, dt.date(2025, 8, 25)), "Schedule")
    for _ in range(3):
        session.undo_stack.undo()
    # the checks run on the worker: their result (a ``changed`` the models hear) comes before the end
    qtbot.waitUntil(lambda: not session.checker.pending)
    qtmodeltester.check(model, force_py=True)


def test_file_menu_exports_calendar_and_pdf(window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = {"path": str(tmp_path / "visit.ics")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target["path"], ""))
    window.export_ics_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "visit.ics").exists(), timeout=10000)
    data = (tmp_path / "visit.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR")
    assert data.count(b"BEGIN:VEVENT") == 6  # the three unscheduled ones are left out
    qtbot.waitUntil(lambda: "events written" in window.statusBar().currentMessage(), timeout=10000)
    assert "3 unscheduled left out" in window.statusBar().currentMessage()
    target["path"] = str(tmp_path / "programme.pdf")
    window.export_pdf_action.trigger()
    assert (tmp_path / "programme.pdf").read_bytes().startswith(b"%PDF")
    assert "Tour programme" in window.statusBar().currentMessage()
