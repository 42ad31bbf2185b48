"""The selected engagement in full: local, home and UTC times, who attends, what was assumed about it
(with Confirm and Fix…), the article's own sentence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.core import tz
from planner.core.model import Engagement, Visit
from planner.ui.legs import is_leg, leg_times
from planner.ui.panels.guesses import GuessList
from planner.ui.presentation import engagement_times, kind_colour
from planner.ui.state.session import Changes, Session


def utc_text(e: Engagement) -> str:
    if e.start is None or e.end is None:
        return ""
    return f"{e.start:%a %d %b %H:%M}–{e.end:%H:%M} UTC"


def local_text(e: Engagement) -> str:
    if e.start is None or e.tz is None:
        return engagement_times(e, "UTC")[0]
    start = tz.to_local(e.start, e.tz)
    return f"{start:%a %d %b} · {engagement_times(e, e.tz)[0]}"


def home_text(e: Engagement, visit: Visit) -> str:
    if e.start is None or e.end is None:
        return ""
    start = tz.to_local(e.start, visit.home_tz)
    end = tz.to_local(e.end, visit.home_tz)
    label = tz.zone_label(visit.home_tz, e.start)
    return f"{start:%a %d %b %H:%M}–{end:%H:%M} {label}"


def attending_text(visit: Visit, e: Engagement) -> str:
    """Who of the delegation goes: ``Whole delegation`` or the members' names."""
    if not visit.members:
        return ""
    if not e.member_uids:
        return "Whole delegation"
    return ", ".join(m.name for m in visit.members_of(e))


def hotel_text(visit: Visit, e: Engagement) -> str:
    """The hotel the delegation sleeps in the night of the engagement's local date."""
    day = tz.to_local(e.start, e.tz).date() if e.start is not None and e.tz else e.date
    if day is None:
        return ""
    stay = next((s for s in visit.stays if s.covers_night(day)), None)
    if stay is None:
        return ""
    return ", ".join(p for p in (stay.hotel, stay.address) if p) + (
        f" (confirmation {stay.confirmation})" if stay.confirmation else ""
    )


class DetailsPane(QScrollArea):
    """Read-only details; contacts are links (``contact_activated``), Edit… opens the dialog."""

    contact_activated = Signal(str)
    edit_requested = Signal(str)
    fix_requested = Signal(object)  # an Assumption shown here: open the dialog that fixes it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Details of the selected engagement")
        body = QWidget()
        body.setObjectName("detailsBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(10)
        self.kind = QLabel()
        self.kind.setObjectName("kindTag")
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key in (
            "Local",
            "Home",
            "UTC",
            "Departs",
            "Arrives",
            "Carrier",
            "Attending",
            "Hotel",
            "Status",
            "Organisation",
            "Where",
            "Contacts",
            "Sectors",
            "Clash",
            "Notes",
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setAccessibleName(key)
            if key == "Contacts":
                value.linkActivated.connect(self._on_link)
            if key == "Clash":
                value.setObjectName("clashText")
            self.fields[key] = value
            name = QLabel(key)
            name.setObjectName("fieldName")
            self.form.addRow(name, value)
        self.source_title = QLabel("From the article")
        self.source_title.setObjectName("fieldName")
        self.source = QLabel()
        self.source.setObjectName("sourceSentence")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setAccessibleName("Source sentence from the article")
        self.empty = QLabel("Select an engagement to see its details.")
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.guesses = GuessList(session)
        self.guesses.fix_requested.connect(self.fix_requested)
        outer.addWidget(self.empty)
        outer.addWidget(self.kind)
        outer.addWidget(self.title)
        outer.addLayout(self.form)
        outer.addWidget(self.guesses)  # beside the article's sentence it was guessed from
        outer.addWidget(self.source_title)
        outer.addWidget(self.source)
        outer.addStretch(1)
        self.setWidget(body)
        session.selection_changed.connect(lambda _uid: self.refresh())
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _on_link(self, link: str) -> None:
        if link.startswith("contact:"):
            self.contact_activated.emit(link.split(":", 1)[1])

    def refresh(self) -> None:
        visit = self.session.visit
        e = self.session.engagement(self.session.selected)
        shown = e is not None and visit is not None
        self.empty.setVisible(not shown)
        for widget in (self.kind, self.title, self.source_title, self.source):
            widget.setVisible(shown)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        self.guesses.show_for(visit, e)  # without a selection: what was assumed about the visit
        if e is None or visit is None:
            return
        colour = kind_colour(e.kind).name()
        self.kind.setText(f'<span style="color:{colour}">●</span> {html.escape(e.kind.label)}')
        self.title.setText(e.title)
        attendees = visit.attendees(e)
        contacts = "<br>".join(
            f'<a href="contact:{c.uid}">{html.escape(c.name)}</a>'
            + (f" <span style='color:#6b7280'>{html.escape(c.name_native)}</span>" if c.name_native else "")
            + (f" — {html.escape(c.role)}" if c.role else "")
            for c in attendees
        )
        clash = "\n".join(c.message for c in self.session.clashes_by_uid.get(e.uid, []))
        departs, arrives = leg_times(e, visit.home_tz) if is_leg(e) else ("", "")
        values = {
            "Local": local_text(e),
            "Home": home_text(e, visit),
            "UTC": utc_text(e),
            "Departs": departs,
            "Arrives": arrives,
            "Carrier": " ".join(p for p in (e.carrier, e.number) if p) if is_leg(e) else "",
            "Attending": attending_text(visit, e),
            "Hotel": hotel_text(visit, e),
            "Status": e.status.label,
            "Organisation": e.organisation,
            "Where": ", ".join(p for p in (e.venue, e.city or "", e.country or "") if p),
            "Contacts": contacts,
            "Sectors": ", ".join(e.sectors),
            "Clash": clash,
            "Notes": e.notes or (e.unscheduled_reason if e.is_unscheduled else ""),
        }
        for row, (key, text) in enumerate(values.items()):
            label = self.fields[key]
            if key == "Contacts":
                label.setTextFormat(Qt.TextFormat.RichText)
            else:
                label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(text)
            self.form.setRowVisible(row, bool(text))
        self.source.setText(e.source or "—")
        self.source_title.setVisible(bool(e.source))
        self.source.setVisible(bool(e.source))
