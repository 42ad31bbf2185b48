"""Visit details (undoable), new and deleted visits, loading on the worker, the city field, File exports."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.core.model import Stop, Visit
from tests.ui.conftest import seed_like_visit

D = dt.date


def _details_exec(change: Any) -> Any:
    def run(dialog: Any) -> int:
        change(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return int(dialog.result())

    return run


def _add_busan(dialog: Any) -> None:
    dialog.title.setText("CM's visit to Japan and Korea")
    dialog.head.setText("Vishnu Deo Sai")
    dialog.add_stop()
    dialog.place.city.setText("Busan")  # the gazetteer gives South Korea, Asia/Seoul
    dialog.stop_from.setDate(QDate(2025, 8, 29))
    dialog.stop_to.setDate(QDate(2025, 8, 29))


def test_visit_details_are_saved_at_once_and_undone(
    window: Any, repo: Any, visit_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.visit import VisitDialog

    before = repo.load_visit(visit_id)
    monkeypatch.setattr(VisitDialog, "exec", _details_exec(_add_busan))
    window.visit_details_action.trigger()
    stored = repo.load_visit(visit_id)
    assert (stored.title, stored.head) == ("CM's visit to Japan and Korea", "Vishnu Deo Sai")
    assert stored.stops[-1] == Stop("Busan", "South Korea", "Asia/Seoul", D(2025, 8, 29), D(2025, 8, 29))
    assert len(stored.engagements) == len(before.engagements)  # only the details changed
    assert window.visits.list.item(0).text().startswith("CM's visit")
    assert "Busan" in window.itinerary.layout_.columns[-1].header
    window.undo_action.trigger()
    undone = repo.load_visit(visit_id)
    assert (undone.title, undone.head, undone.stops) == (before.title, before.head, before.stops)
    assert window.session.visit.title == before.title
    window.redo_action.trigger()
    assert repo.load_visit(visit_id).stops[-1].city == "Busan"


def test_visit_details_refuse_bad_dates_at_the_field(qtbot: Any) -> None:
    from planner.ui.dialogs.visit import VisitDialog

    visit = seed_like_visit()
    dialog = VisitDialog(visit, today=D(2025, 8, 1))
    qtbot.addWidget(dialog)
    dialog.end.setDate(QDate(2025, 8, 20))  # before the first day, 21 Aug
    dialog.title.setText("  ")
    assert dialog.build() is None
    assert "before the first" in dialog.dates_error.text()
    assert dialog.title_error.text() == "A title is required"
    dialog.title.setText("Visit")
    dialog.end.setDate(QDate(2025, 8, 29))
    dialog.table.setCurrentCell(0, 0)
    dialog.stop_to.setDate(QDate(2025, 8, 20))  # Tokyo now leaves before it arrives
    assert dialog.build() is None
    assert "Tokyo: leaves" in dialog.stop_error.text()


def test_new_visit_from_the_details_dialog_and_delete_with_confirmation(
    window: Any, repo: Any, visit_id: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.visit import VisitDialog

    def fill(dialog: Any) -> None:
        dialog.title.setText("Singapore roadshow")
        dialog.start.setDate(QDate(2025, 11, 3))
        dialog.end.setDate(QDate(2025, 11, 5))
        dialog.add_stop()
        dialog.place.city.setText("Singapore")
        dialog.stop_to.setDate(QDate(2025, 11, 5))

    monkeypatch.setattr(VisitDialog, "exec", _details_exec(fill))
    window.new_visit_action.trigger()
    visit = window.session.visit
    assert visit.title == "Singapore roadshow" and visit.id != visit_id
    assert visit.stops == [Stop("Singapore", "Singapore", "Asia/Singapore", D(2025, 11, 3), D(2025, 11, 5))]
    assert window.visits.list.count() == 2
    assert window.itinerary.layout_.columns[0].header.startswith("Mon 3 Nov · Singapore")
    # Cancel keeps it; Yes deletes it and opens the remaining visit
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.delete_visit_action.trigger()
    assert len(repo.list_visits()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_visit_action.trigger()
    assert [v.id for v in repo.list_visits()] == [visit_id]
    qtbot.waitUntil(lambda: window.session.visit is not None and window.session.visit.id == visit_id)
    assert window.visits.list.count() == 1


class SlowStore:
    """The real repository, but ``load_visit`` waits until the test lets it go (and notes its thread)."""

    def __init__(self, repo: Any) -> None:
        self._repo = repo
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def load_visit(self, visit_id: int) -> Visit:
        self.threads.append(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():
            assert self.gate.wait(10)
        return self._repo.load_visit(visit_id)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repo, name)


def test_choosing_a_visit_loads_it_on_the_worker_while_the_window_responds(
    qtbot: Any, repo: Any, visit_id: int, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from planner.ui.app import build_window

    other = repo.add_visit(
        Visit(title="Study tour to Sydney", start_date=D(2025, 10, 1), end_date=D(2025, 10, 3))
    )
    store = SlowStore(repo)
    window = build_window(store, settings_file=str(tmp_path / "s.ini"))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.open_visit(visit_id)
    window.show()
    window.visits.list.setCurrentRow(1)  # the user picks Sydney
    assert window.visits.busy.isVisible()
    assert window.session.visit.id == visit_id  # still showing the old one
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=5000)  # the event loop runs while the load waits
    window.itinerary.zoom_in()  # and the window still takes input
    store.gate.set()
    qtbot.waitUntil(lambda: window.session.visit.id == other, timeout=10000)
    assert not window.visits.busy.isVisible()
    assert store.threads[-1] is not threading.main_thread()
    assert window.session.visit.title == "Study tour to Sydney"
    window.worker.wait(5000)


def test_city_field_uses_the_gazetteer_for_country_and_zone(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    extra = tmp_path / "kyushu.json"
    extra.write_text(
        '{"cities": [{"name": "Kumamoto", "country": "JP", "tz": "Asia/Tokyo"}]}', encoding="utf-8"
    )
    monkeypatch.setenv("PLANNER_GAZETTEER", str(extra))
    visit = seed_like_visit()
    dialog = EngagementDialog(visit, None, day=D(2025, 8, 22), at=dt.time(10))
    qtbot.addWidget(dialog)
    completions = dialog.city.completer().model()
    names = {completions.index(r, 0).data() for r in range(completions.rowCount())}
    assert {"Berlin", "Busan", "Kumamoto", "Osaka"} <= names  # shipped, the user's file, the visit's stops
    dialog.city.setText("Berlin")
    assert dialog.zone.currentText() == "Europe/Berlin"
    assert dialog.place.country == "Germany"
    assert dialog.place.note.text().startswith("CEST (UTC+2)")  # as on the date in the dialog (August)
    dialog.title.setText("Call on the Länder")
    e = dialog.build()
    assert e is not None and (e.city, e.country, e.tz) == ("Berlin", "Germany", "Europe/Berlin")
    # a place the gazetteer does not know keeps the zone picker's choice, and says so
    dialog.city.setText("Timbuktu")
    assert "not in the gazetteer" in dialog.place.note.text()
    dialog.zone.setCurrentText("Africa/Bamako")
    e = dialog.build()
    assert e is not None and (e.city, e.tz) == ("Timbuktu", "Africa/Bamako")


def test_file_menu_exports_contacts_and_csv(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    target = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target["path"], ""))
    target["path"] = str(tmp_path / "people.vcf")
    window.export_vcf_action.trigger()
    qtbot.waitUntil(lambda: "contacts written" in window.statusBar().currentMessage(), timeout=10000)
    cards = (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert cards.count("BEGIN:VCARD") == 3 and "नाकाजो काज़ुया" in cards
    target["path"] = str(tmp_path / "programme.csv")
    window.export_csv_action.trigger()
    qtbot.waitUntil(lambda: "engagements written" in window.statusBar().currentMessage(), timeout=10000)
    rows = (tmp_path / "programme.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 9 and any("Press briefing" in r for r in rows)
    menu = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    exports = [t for t in menu if t.startswith(("Export", "Print", "P&rint"))]
    assert len(exports) == 6  # calendar, contacts, CSV, PDF, member programmes, print


def test_print_goes_through_the_print_dialog(window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def accept(dialog: Any) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.print_action is not None
    window.print_action.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert "sent to" in window.statusBar().currentMessage()
