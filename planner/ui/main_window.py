"""The main window: menus, toolbar and the panes around the views; it wires signals, it holds no rules.

It is built in two steps so the itinerary paints at once: this module makes the shell (the
itinerary, the menus, the status bar and the empty side panes); :mod:`planner.ui.assembly` adds
the panels, docks and their wiring (at once, or right after the first paint: ``complete=False``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core import tz
from planner.core.errors import PlannerError
from planner.ui import assembly
from planner.ui.itinerary.view import ItineraryView
from planner.ui.settings import Preferences
from planner.ui.state.live import LiveRefresh
from planner.ui.state.session import STILL_OPENING, Changes, Session
from planner.ui.state.store import VisitStore
from planner.ui.state.worker import Worker
from planner.ui.transfers import Transfers, can_print

if TYPE_CHECKING:
    from planner.ui.dialogs.engagement import EngagementDialog
    from planner.ui.panels.agenda import AgendaView
    from planner.ui.panels.checks import ChecksPanel
    from planner.ui.panels.contacts import ContactsView
    from planner.ui.panels.delegation import DelegationView
    from planner.ui.panels.details import DetailsPane
    from planner.ui.panels.review import ReviewPanel
    from planner.ui.panels.unscheduled import UnscheduledTray
    from planner.ui.panels.visits import VisitList

VIEWS = ("itinerary", "agenda", "contacts", "delegation")


class MainWindow(QMainWindow):
    """Composes the panes; every edit goes to the session (one undo stack, written at once).

    With ``complete=False`` only the shell is built (what the first paint needs): the caller runs
    :func:`planner.ui.assembly.complete` later, which sets ``assembled``.
    """

    agenda: AgendaView
    contacts: ContactsView
    delegation: DelegationView
    checks: ChecksPanel
    details: DetailsPane
    tray: UnscheduledTray
    visits: VisitList
    review: ReviewPanel
    checks_dock: QDockWidget
    checks_action: QAction

    def __init__(
        self, store: VisitStore, prefs: Preferences, worker: Worker | None = None, *, complete: bool = True
    ) -> None:
        super().__init__()
        self.prefs = prefs
        self.worker = worker or Worker(self)
        self.session = Session(store, self, worker=self.worker)  # the checks run on the worker
        self.live = LiveRefresh(self.session, self.worker, parent=self)
        self.setWindowTitle("Delegation Planner")
        self.setObjectName("mainWindow")
        self.itinerary = ItineraryView(self.session)
        self.itinerary.set_hour_height(prefs.hour_height())
        self.itinerary.extra_tz = prefs.extra_zone()
        self.transfers = Transfers(self, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.itinerary)  # the other views follow in assembly.complete, in VIEWS order
        self.assembled = False
        self.wanted_view = "itinerary"  # asked for before the other views were there
        self._build_layout()
        self._build_actions()
        self._connect()
        self._restore()
        if complete:
            assembly.complete(self)

    # -- building ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("leftSplitter")
        self.visits_box, self.tray_box = self._padded(), self._padded()  # filled by assembly.complete
        left.addWidget(self.visits_box)
        left.addWidget(self.tray_box)
        left.setSizes([220, 420])
        right = QWidget()
        right.setObjectName("detailsPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Details")
        heading.setObjectName("paneTitle")
        heading.setContentsMargins(14, 10, 14, 0)
        right_layout.addWidget(heading)
        self.details_layout = right_layout  # the details pane comes in assembly.complete
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(right)
        # the side panes give up room too when the window is small (1024 wide), the itinerary most
        for index, stretch in enumerate((1, 6, 1)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([230, 870, 300])
        self.details_side = right
        self.splitter.setChildrenCollapsible(False)
        self.left_splitter = left
        left.setMinimumWidth(200)  # the visit titles and the tray's reasons stay readable
        right.setMinimumWidth(200)
        self.setCentralWidget(self.splitter)
        self.status_message = QLabel()
        self.clash_label = QLabel()
        self.clash_label.setObjectName("clashSummary")
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseName")
        self.statusBar().addPermanentWidget(self.clash_label)
        self.findings_label = QToolButton()  # a click opens the Checks dock (see panels.checks)
        self.findings_label.setAutoRaise(True)
        self.findings_label.setObjectName("findingsSummary")
        self.statusBar().addPermanentWidget(self.findings_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.show_database()

    def show_database(self) -> None:
        """Which database the window works on: the file name, the full address in the tooltip."""
        url = getattr(getattr(self.session.store, "engine", None), "url", None)
        if url is None:
            return
        full = url.render_as_string(hide_password=True)
        short = Path(url.database).name if url.get_backend_name() == "sqlite" and url.database else full
        self.database_label.setText(f"Database: {short}")
        self.database_label.setToolTip(full)
        self.database_label.setAccessibleName(f"Database in use: {full}")

    @staticmethod
    def _padded(widget: QWidget | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 10, 6, 6)
        if widget is not None:
            layout.addWidget(widget)
        return box

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file = menu.addMenu("&File")
        self.new_visit_action = self._action("&New visit…", self.new_visit, "Ctrl+Shift+N")
        self.visit_details_action = self._action("Visit &details…", lambda: self.edit_visit_details())
        self.delete_visit_action = self._action("De&lete visit…", self.delete_visit)
        self.import_action = self._action("&Import article…", self.transfers.import_article, "Ctrl+I")
        self.import_ics_action = self._action("Import ca&lendar (ICS)…", self.transfers.import_calendar)
        self.export_ics_action = self._action(
            "Export &calendar (ICS)…", self.transfers.export_calendar, "Ctrl+Shift+E"
        )
        self.export_vcf_action = self._action("Export c&ontacts (vCard)…", self.transfers.export_contacts)
        self.export_csv_action = self._action("Export programme as CS&V…", self.transfers.export_csv)
        self.export_pdf_action = self._action("Export &PDF…", self.transfers.export_pdf, "Ctrl+Shift+P")
        self.member_pdf_action = self._action(
            "Export &member programmes…", self.export_member_programmes, tip="One PDF per member, in a folder"
        )
        self.publish_action = self._action("P&ublish to calendar server…", self.transfers.publish_calendar)
        self.print_action: QAction | None = None
        if can_print():
            self.print_action = self._action(
                "P&rint…", self.transfers.print_programme, QKeySequence.StandardKey.Print
            )
        quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        for action in (
            self.new_visit_action,
            self.visit_details_action,
            self.delete_visit_action,
            None,
            self.import_action,
            self.import_ics_action,
            None,
            self.export_ics_action,
            self.export_vcf_action,
            self.export_csv_action,
            self.export_pdf_action,
            self.member_pdf_action,
            self.print_action,
            None,
            self.publish_action,
            None,
            quit_action,
        ):
            if action is None:
                file.addSeparator()
            else:
                file.addAction(action)

        edit = menu.addMenu("&Edit")
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(redo_shortcuts())
        # the toolbar keeps short labels (a long "Undo Edit '…'" would shift every button);
        # the menu and the tooltips say what will be undone or redone
        self.undo_action.setIconText("Undo")
        self.redo_action.setIconText("Redo")
        self._tip_undo(stack.undoText())
        self._tip_redo(stack.redoText())
        stack.undoTextChanged.connect(self._tip_undo)
        stack.redoTextChanged.connect(self._tip_redo)
        self.new_action = self._action("&New engagement…", lambda: self.new_engagement(), "Ctrl+N")
        self.edit_action = self._action("&Edit engagement…\tEnter", self.edit_selected)
        self.delete_action = self._action("&Delete engagement\tDel", self.delete_selected)
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.new_action,
            self.edit_action,
            self.delete_action,
        ):
            edit.addSeparator() if action is None else edit.addAction(action)

        view = menu.addMenu("&View")
        self.view_menu = view  # assembly.complete adds the docks' switches at its end
        group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for i, name in enumerate(VIEWS):
            action = self._action(
                name.capitalize(), lambda _=False, n=name: self.show_view(n), f"Ctrl+{i + 1}"
            )
            action.setCheckable(True)
            group.addAction(action)
            view.addAction(action)
            self.view_actions[name] = action
        view.addSeparator()
        self.zoom_in_action = self._action(
            "Zoom &in", self.itinerary.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            "Zoom &out", self.itinerary.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        view.addAction(self.zoom_in_action)
        view.addAction(self.zoom_out_action)
        view.addSeparator()
        self.zone_action = self._action("Add a third &zone…", self.choose_extra_zone)
        self.remove_zone_action = self._action("Remove the third zone", lambda: self.set_extra_zone(None))
        view.addAction(self.zone_action)
        view.addAction(self.remove_zone_action)
        view.addSeparator()
        view.addAction(self._action("Go to first engagement", self.itinerary.scroll_to_first, "Ctrl+Home"))
        view.addSeparator()
        self.left_pane_action = self._pane_action(
            "&Visits and unscheduled", self.left_splitter, "Ctrl+Shift+L"
        )
        self.details_pane_action = self._pane_action("&Details", self.details_side, "Ctrl+Shift+D")
        view.addAction(self.left_pane_action)
        view.addAction(self.details_pane_action)
        self._build_day_range_actions(view)

        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.toolbar = bar
        for name in VIEWS:
            button = QToolButton()
            button.setDefaultAction(self.view_actions[name])
            button.setObjectName("viewSwitch")
            bar.addWidget(button)
        bar.addSeparator()
        bar.addAction(self.new_action)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.import_action)
        bar.addAction(self.export_ics_action)
        bar.addAction(self.export_pdf_action)
        self.new_action.setText("New engagement")
        self.new_action.setIconText("＋ New engagement")
        self.zoom_in_action.setIconText("＋")
        self.zoom_out_action.setIconText("－")
        for action, name in ((self.zoom_in_action, "Zoom in"), (self.zoom_out_action, "Zoom out")):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({keys})")
            zoom_button = bar.widgetForAction(action)
            if zoom_button is not None:
                zoom_button.setAccessibleName(name)
        self.import_action.setIconText("Import article")
        self.export_ics_action.setIconText("Export ICS")
        self.export_pdf_action.setIconText("PDF")

    def _pane_action(self, text: str, pane: QWidget, shortcut: str) -> QAction:
        """A View menu switch that shows or hides a side pane (remembered between sessions)."""
        action = self._action(text, lambda on: self.set_pane_visible(pane, on), shortcut)
        action.setCheckable(True)
        action.setChecked(True)
        action.setData(pane)
        return action

    def _panes(self) -> dict[str, QWidget]:
        return {"left": self.left_splitter, "details": self.details_side}

    def set_pane_visible(self, pane: QWidget, visible: bool) -> None:
        pane.setVisible(visible)
        for action in (self.left_pane_action, self.details_pane_action):
            if action.data() is pane and action.isChecked() != visible:
                action.setChecked(visible)
        if pane is self.details_side and self.current_view() == "contacts":
            pane.setVisible(False)  # the contacts view shows its own attends pane there

    def _tip_undo(self, text: str) -> None:
        self.undo_action.setToolTip(f"Undo {text}" if text else "Undo")

    def _tip_redo(self, text: str) -> None:
        self.redo_action.setToolTip(f"Redo {text}" if text else "Redo")

    def _build_day_range_actions(self, view: Any) -> None:
        """View → Fit visit, and how many days fill the itinerary's width (1, 3, 5, 7, all)."""
        from planner.ui.itinerary.view import DAY_CHOICES

        view.addSeparator()
        self.fit_visit_action = self._action("&Fit visit", self.itinerary.fit_visit, "Ctrl+0")
        self.fit_visit_action.setStatusTip("Every day of the visit in the width of the itinerary")
        view.addAction(self.fit_visit_action)
        days = view.addMenu("Days &shown")
        group = QActionGroup(self)
        self.days_shown_actions: dict[object, QAction] = {}
        choices: list[int | str | None] = [*(n for n in DAY_CHOICES if n is not None), "all", None]
        names: dict[int | str | None, str] = {None: "As many as are readable", "all": "All (fit visit)"}
        for choice in choices:
            text = names.get(choice) or f"{choice} day{'s' if choice != 1 else ''}"
            action = self._action(text, lambda _=False, c=choice: self.itinerary.set_days_shown(c))
            action.setCheckable(True)
            action.setChecked(choice is None)
            group.addAction(action)
            days.addAction(action)
            self.days_shown_actions[choice] = action
        self.itinerary.days_shown_changed.connect(self._check_days_shown)

    def _check_days_shown(self, choice: object) -> None:
        action = self.days_shown_actions.get(choice)
        if action is not None:
            action.setChecked(True)

    def _connect(self) -> None:
        """The shell's wiring (the panels' is in assembly.complete; it starts the live refresh too)."""
        s = self.session
        s.changed.connect(self._on_changed)
        s.failed.connect(self.show_message)
        self.live.updated.connect(self.show_message)
        s.selection_changed.connect(lambda _uid: self._update_actions())
        s.undo_stack.cleanChanged.connect(lambda *_: self._update_actions())
        self.itinerary.edit_requested.connect(self.edit_engagement)
        self.itinerary.delete_requested.connect(self.session.delete_engagement)
        self.itinerary.create_requested.connect(self.new_engagement)
        self.itinerary.zoom_changed.connect(self.prefs.set_hour_height)

    def _restore(self) -> None:
        geometry = self.prefs.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state = self.prefs.window_state()
        if state is not None:
            self.restoreState(state)
        for name, splitter in (("main", self.splitter), ("left", self.left_splitter)):
            saved = self.prefs.splitter(name)
            if saved is not None:
                splitter.restoreState(saved)
        for name, pane in self._panes().items():
            self.set_pane_visible(pane, self.prefs.pane_visible(name))
        self.show_view("itinerary")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.live.stop()
        self.worker.wait(5000)
        super().closeEvent(event)

    def save_state(self) -> None:
        self.prefs.set_geometry(self.saveGeometry())
        self.prefs.set_window_state(self.saveState())
        self.prefs.set_splitter("main", self.splitter.saveState())
        self.prefs.set_splitter("left", self.left_splitter.saveState())
        if self.assembled:
            self.prefs.set_splitter("contacts", self.contacts.splitter.saveState())
        self.prefs.set_hour_height(self.itinerary.hour_height)
        for name, pane in self._panes().items():
            self.prefs.set_pane_visible(name, not pane.isHidden())
        self.prefs.set_last_visit(self.session.visit_id)
        self.prefs.sync()

    # -- opening and switching -----------------------------------------------------------------

    def open_visit(self, visit_id: int | None) -> None:
        """Read and show a visit at once, on this thread (after an import, and in tests)."""
        try:
            self.session.open_visit(visit_id)
        except PlannerError as exc:
            self.show_message(str(exc))
            self.session.open_visit(None)

    def load_visit(self, visit_id: int | None) -> None:
        """Read a visit on the worker thread; the window stays responsive and the list shows it is busy
        (a big one, after two seconds, with a progress dialog and Cancel)."""
        job = self.session.load_visit(visit_id, self.worker)
        if job is not None:
            from planner.ui.dialogs.progress import watch

            self.loading_progress = watch(job, self, "Opening the visit…", after_ms=2000)

    def wait_until_loaded(self, msecs: int = 10000) -> None:
        """Block until a background load has been shown (the screenshot, shutdown)."""
        from PySide6.QtWidgets import QApplication

        self.worker.wait(msecs)
        QApplication.processEvents()

    def show_view(self, name: str) -> None:
        index = VIEWS.index(name)
        if index >= self.stack.count():  # not built yet: shown when assembly.complete has built it
            self.wanted_view = name
            return
        self.stack.setCurrentIndex(index)
        self.view_actions[name].setChecked(True)
        # the contacts view has its own "attends" pane: the engagement details would only take room
        self.details_side.setVisible(name != "contacts" and self.details_pane_action.isChecked())
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_contact(self, uid: str) -> None:
        self.show_view("contacts")
        self.contacts.select_contact(uid)

    def show_engagement(self, uid: str) -> None:
        self.show_view("itinerary")
        self.session.select(uid)
        self.itinerary.ensure_visible(uid)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_changed(self, changes: Changes) -> None:
        visit = self.session.visit
        self.setWindowTitle(f"{visit.title} — Delegation Planner" if visit else "Delegation Planner")
        n = len(self.session.clashes)
        clash_text = f"⚠ {n} clash{'es' if n != 1 else ''}" if n else "No clashes"
        self.clash_label.setText(clash_text if visit else "")
        self.clash_label.setToolTip("\n".join(c.message for c in self.session.clashes))
        if self.assembled:  # the checks' word comes with their panel (none at the first paint)
            from planner.ui.panels.checks import status_text

            self.findings_label.setText(status_text(self.session))
            self.findings_label.setToolTip("\n".join(f.message for f in self.session.open_findings()))
        self._update_actions()
        if changes.visit:
            self.prefs.set_last_visit(self.session.visit_id)

    def _update_actions(self) -> None:
        has_visit = self.session.visit is not None
        editable = self.session.editable  # False while the first paint's read-only copy is shown
        selected = editable and self.session.engagement(self.session.selected) is not None
        for writing in (self.new_visit_action, self.import_action, self.import_ics_action):
            writing.setEnabled(editable)
        for editing in (self.new_action, self.visit_details_action, self.delete_visit_action):
            editing.setEnabled(has_visit and editable)
        for action in (
            self.export_ics_action,
            self.export_vcf_action,
            self.export_csv_action,
            self.export_pdf_action,
            self.member_pdf_action,
            self.print_action,
        ):
            if action is not None:
                action.setEnabled(has_visit)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.remove_zone_action.setEnabled(self.itinerary.extra_tz is not None)

    # -- editing -------------------------------------------------------------------------------

    def new_engagement(self, day: dt.date | None = None, at: dt.time | None = None, stop: Any = None) -> None:
        """A new engagement, at a slot of the itinerary if given (``at`` on the clock of ``stop``)."""
        from planner.ui.dialogs.engagement import EngagementDialog

        visit = self.session.visit
        if visit is None or not self._editable():
            return
        place = {"zone": stop.tz, "city": stop.city} if stop is not None else {}
        dialog = EngagementDialog(visit, None, day=day, at=at, parent=self, **place)
        self._run_dialog(dialog, "Add")

    def edit_engagement(self, uid: str, verb: str = "Edit", also: Callable[[], object] | None = None) -> None:
        """The engagement dialog; ``also`` runs after a successful save, in the same undo step."""
        from planner.ui.dialogs.engagement import EngagementDialog

        visit = self.session.visit
        engagement = self.session.engagement(uid)
        if visit is None or engagement is None or not self._editable():
            return
        self.session.select(uid)
        dialog = EngagementDialog(visit, engagement, parent=self)
        self._run_dialog(dialog, verb, also)

    def _editable(self) -> bool:
        """Whether edits can be saved yet; if not, the status bar says why (no dialog is opened to lose)."""
        if not self.session.editable:
            self.show_message(STILL_OPENING)
        return self.session.editable

    def _exec(self, dialog: QDialog) -> int:
        """Run a dialog at the size the user last gave it (remembered per kind of dialog)."""
        name = type(dialog).__name__
        saved = self.prefs.dialog_geometry(name)
        if saved is not None:
            dialog.restoreGeometry(saved)
        try:
            return int(dialog.exec())
        finally:
            self.prefs.set_dialog_geometry(name, dialog.saveGeometry())

    def _run_dialog(
        self, dialog: EngagementDialog, verb: str, also: Callable[[], object] | None = None
    ) -> None:
        if self._exec(dialog) != QDialog.DialogCode.Accepted or dialog.result_engagement is None:
            return
        result = dialog.result_engagement
        stack = self.session.undo_stack
        stack.beginMacro(f"{verb} “{result.title}”")
        try:
            for contact in dialog.new_contacts:
                self.session.save_contact(contact, f"Add contact {contact.name}")
            if self.session.save_engagement(result, f"{verb} “{result.title}”") and also is not None:
                also()
        finally:
            stack.endMacro()
        self.session.select(result.uid)

    def edit_selected(self) -> None:
        if self.session.selected:
            self.edit_engagement(self.session.selected)

    def delete_selected(self) -> None:
        if self.session.selected:
            self.session.delete_engagement(self.session.selected)

    def new_visit(self) -> None:
        """An empty visit from the details dialog (title, dates, stops), stored and shown."""
        from planner.ui.dialogs.visit import VisitDialog

        today = dt.date.today()  # noqa: DTZ011 - a default the user changes, not a time calculation
        dialog = VisitDialog(None, today=today, parent=self)
        if self._exec(dialog) != QDialog.DialogCode.Accepted or dialog.result_visit is None:
            return
        try:
            self.session.add_visit(dialog.result_visit)
        except PlannerError as exc:
            QMessageBox.warning(self, "New visit", str(exc))

    def edit_visit_details(
        self, visit_id: int | None = None, also: Callable[[], object] | None = None
    ) -> None:
        """The details dialog for the open visit (double-click in the list: that visit, once loaded);
        ``also`` runs after a successful save, in the same undo step."""
        from planner.ui.dialogs.visit import VisitDialog

        if not self._editable():
            return
        if visit_id is not None and visit_id != self.session.visit_id:
            self.wait_until_loaded()
        visit = self.session.visit
        if visit is None or (visit_id is not None and visit.id != visit_id):
            return
        dialog = VisitDialog(visit, today=visit.start_date or dt.date.today(), parent=self)  # noqa: DTZ011
        if self._exec(dialog) != QDialog.DialogCode.Accepted or dialog.result_visit is None:
            return
        if also is None:
            self.session.save_visit_details(dialog.result_visit)
            return
        stack = self.session.undo_stack
        stack.beginMacro("Fix visit details")
        try:
            if self.session.save_visit_details(dialog.result_visit) and also is not None:
                also()
        finally:
            stack.endMacro()

    def delete_visit(self) -> None:
        visit = self.session.visit
        if visit is None or visit.id is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete visit",
            f"Delete “{visit.title}” with its {len(visit.engagements)} engagements and "
            f"{len(visit.contacts)} contacts?\n\nThis cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.delete_visit(visit.id)
        except PlannerError as exc:
            self.show_message(str(exc))
            return
        self.show_message(f"Visit “{visit.title}” deleted")
        remaining = self.session.store.list_visits()
        self.load_visit(remaining[0].id if remaining else None)

    def export_member_programmes(self, folder: str | None = None) -> None:
        """Each member's own programme as a PDF in a folder the user picks (on this thread: Qt's PDF
        writer and text layout are GUI objects, a second or so per member)."""
        from PySide6.QtWidgets import QFileDialog

        from planner.ui.member_programmes import write_member_programmes

        visit = self.session.visit
        if visit is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(self, "Folder for the member programmes")
        if not folder:
            return
        try:
            written = write_member_programmes(visit, Path(folder))
        except (PlannerError, OSError) as exc:
            self.show_message(str(exc))
            return
        self.show_message(f"{len(written)} member programmes written to {folder}")

    def choose_extra_zone(self) -> None:
        zones = tz.all_zone_names()
        current = self.itinerary.extra_tz or "Europe/London"
        index = zones.index(current) if current in zones else 0
        zone, ok = QInputDialog.getItem(
            self, "Third time zone", "Show this zone beside local and home time:", zones, index, True
        )
        if ok and tz.is_zone(zone):
            self.set_extra_zone(zone)
        elif ok:
            self.show_message(f"“{zone}” is not a time zone")

    def set_extra_zone(self, zone: str | None) -> None:
        self.itinerary.set_extra_zone(zone)
        self.prefs.set_extra_zone(zone)
        self._update_actions()


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y (and the platform's own, when different), each once.

    Qt ignores a key bound twice as ambiguous, so the platform's Redo keys are merged
    with ours without repeats.
    """
    keys: list[QKeySequence] = []
    for key in [
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
    ]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
