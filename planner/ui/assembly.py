"""The main window's second step: the panels, docks and their wiring around the itinerary's shell.

``window`` is a :class:`planner.ui.main_window.MainWindow` (typed ``Any``, as in ``panels.review``:
the main window imports this module, and no import cycle is allowed, not even for the type checker).

``MainWindow(…, complete=False)`` paints the itinerary with only its shell; :func:`complete` then
adds the rest (right after the first paint, or at once when the window is built in one go).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from planner.ui.state.session import Changes


def complete(window: Any, *, live: bool = True) -> None:
    """Build the panels and docks, wire them, restore their saved state, and show what the session
    holds in them (without moving the itinerary or the selection).  ``live``: start polling for
    other people's changes now (not while the store is the first paint's read-only copy)."""
    from planner.ui.panels import review
    from planner.ui.panels.agenda import AgendaView
    from planner.ui.panels.checks import ChecksPanel, follow_findings
    from planner.ui.panels.contacts import ContactsView
    from planner.ui.panels.delegation import DelegationView
    from planner.ui.panels.details import DetailsPane
    from planner.ui.panels.unscheduled import UnscheduledTray
    from planner.ui.panels.visits import VisitList

    if window.assembled:
        return
    session = window.session
    window.agenda = AgendaView(session)
    window.contacts = ContactsView(session)
    window.delegation = DelegationView(session)
    window.checks = ChecksPanel(session)
    window.details = DetailsPane(session)
    window.tray = UnscheduledTray(session)
    window.visits = VisitList(session)
    for view in (window.agenda, window.contacts, window.delegation):
        window.stack.addWidget(view)
    box_layout = window.visits_box.layout()
    assert box_layout is not None
    box_layout.addWidget(window.visits)
    box_layout = window.tray_box.layout()
    assert box_layout is not None
    box_layout.addWidget(window.tray)
    window.details_layout.addWidget(window.details, 1)

    window.checks_dock = QDockWidget("Checks", window)
    window.checks_dock.setObjectName("checksDock")
    window.checks_dock.setWidget(window.checks)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.checks_dock)
    # hidden until its policy (follow_findings, below) shows it: added to a window already on screen,
    # Qt would otherwise show it by itself a moment later, over the policy's choice
    window.checks_dock.hide()
    window.resizeDocks([window.checks_dock], [130], Qt.Orientation.Vertical)
    window.view_menu.addSeparator()
    window.checks_action = window.checks_dock.toggleViewAction()
    window.checks_action.setText("&Checks")
    window.checks_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    window.view_menu.addAction(window.checks_action)
    window.review = review.install(window)  # the Review panel, its View switch and status count
    follow_findings(window)  # the Checks dock shows itself only when there is something to show

    _connect(window)
    _restore(window)
    window.assembled = True
    if live:
        window.live.start()
    if session.visit is not None:  # what the panels show, refreshed in place (no scroll or selection reset)
        visit = session.visit
        session.changed.emit(
            Changes(
                visit.id,
                engagements=frozenset(e.uid for e in visit.engagements),
                contacts=frozenset(c.uid for c in visit.contacts),
                visits=True,
                assumptions=frozenset(a.uid for a in visit.assumptions),
                delegation=True,
            )
        )
    else:
        session.changed.emit(Changes(None, visits=True))
    window.show_view(window.wanted_view)


def _connect(window: Any) -> None:
    session = window.session
    window.agenda.edit_requested.connect(window.edit_engagement)
    window.agenda.delete_requested.connect(session.delete_engagement)
    window.tray.edit_requested.connect(window.edit_engagement)
    window.visits.chosen.connect(window.load_visit)
    window.visits.details_requested.connect(window.edit_visit_details)
    window.details.contact_activated.connect(window.show_contact)
    window.contacts.engagement_activated.connect(window.show_engagement)
    window.checks.activated.connect(lambda uids: window.show_engagement(uids[0]))


def _restore(window: Any) -> None:
    """What the shell could not restore before these existed: the docks and the contacts splitter."""
    state = window.prefs.window_state()
    if state is not None:
        window.restoreState(state)
    saved = window.prefs.splitter("contacts")
    if saved is not None:
        window.contacts.splitter.restoreState(saved)
