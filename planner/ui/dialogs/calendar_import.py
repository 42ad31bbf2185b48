"""Import a calendar (.ics): as a new visit, or merged into the open one with the plan shown first."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.model import Visit
from planner.ui.state.worker import Job, Progress, Worker

if TYPE_CHECKING:
    from planner.core.ics import CalendarImport, MergePlan


@dataclass
class CalendarPreview:
    """What importing the file will do: the visit read from it and, for a merge, the plan."""

    imported: CalendarImport
    plan: MergePlan | None


def read_preview(data: bytes, name: str, into: Visit | None, progress: Progress) -> CalendarPreview:
    """Runs on the worker thread: read the whole file, and plan the merge (nothing is saved here)."""
    from planner.core import ics

    progress.check()
    imported = ics.parse_calendar(data, name=name)
    progress.check()
    plan = ics.merge_calendar(into, imported.visit) if into is not None else None
    return CalendarPreview(imported, plan)


def replan(preview: CalendarPreview, fresh: Visit) -> CalendarPreview:
    """The same calendar merged again into ``fresh`` (the visit as stored now, after a stale save)."""
    from planner.core import ics

    return CalendarPreview(preview.imported, ics.merge_calendar(fresh, preview.imported.visit))


def _items(title: str, names: list[str], colour: str = "") -> str:
    if not names:
        return ""
    style = f" style='color:{colour}'" if colour else ""
    rows = "".join(f"<li>{html.escape(n)}</li>" for n in names)
    return f"<p{style}><b>{html.escape(title)} ({len(names)})</b></p><ul{style}>{rows}</ul>"


def preview_html(preview: CalendarPreview) -> str:
    visit = preview.imported.visit
    parts = [f"<h3>The file: {html.escape(visit.title or 'a calendar')}</h3>"]
    if preview.plan is None:
        dated = [e for e in visit.engagements if not e.is_unscheduled]
        parts.append(f"<p>A new visit with {len(dated)} engagements and {len(visit.contacts)} contacts.</p>")
        parts.append(_items("Engagements", [e.title for e in visit.engagements]))
    else:
        plan = preview.plan
        parts.append(
            f"<p>Merged into “{html.escape(plan.visit.title)}”: an engagement already in the visit "
            "(the same calendar event ID) is updated, never added twice.</p>"
        )
        parts.append(_items("Added", [str(c) for c in plan.added], "#047857"))
        parts.append(
            _items(
                "Changed",
                [f"{c} ({', '.join(c.fields)})" if c.fields else str(c) for c in plan.changed],
                "#1d4ed8",
            )
        )
        parts.append(_items("Unchanged", [str(c) for c in plan.unchanged], "#6b7280"))
        parts.append(
            _items("Left alone: the file's copy is older", [str(c) for c in plan.skipped_older], "#b45309")
        )
        parts.append(_items("New contacts", plan.contacts_added))
    parts.append(_items("Warnings", preview.imported.warnings, "#b45309"))
    return "".join(parts)


class CalendarImportDialog(QDialog):
    """Pick a file and a target; the preview is read on the worker; ``preview`` holds it once confirmed."""

    def __init__(self, worker: Worker, current: Visit | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.current = current
        self.preview: CalendarPreview | None = None
        self._data: tuple[bytes, str] | None = None
        self._job: Job | None = None
        self._asked = 0  # which preview is the latest asked for (older answers are dropped)
        self.setWindowTitle("Import calendar")
        self.resize(720, 560)
        self.file_label = QLabel("No file chosen")
        self.file_label.setObjectName("hint")
        choose = QPushButton("&Choose .ics file…")
        choose.clicked.connect(self._choose)
        self.as_new = QRadioButton("As a &new visit")
        title = current.title if current else ""
        self.into_current = QRadioButton(
            f"&Merged into “{title}”" if current else "&Merged into the open visit"
        )
        self.into_current.setEnabled(current is not None)
        group = QButtonGroup(self)
        group.addButton(self.as_new)
        group.addButton(self.into_current)
        (self.into_current if current is not None else self.as_new).setChecked(True)
        group.buttonToggled.connect(self._on_target)
        self.view = QTextBrowser()
        self.view.setAccessibleName("What the import will do")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.stop_button = QPushButton("Stop")
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.cancel_preview)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        target = QHBoxLayout()
        target.addWidget(self.as_new)
        target.addWidget(self.into_current)
        target.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(target)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

    def _on_target(self, _button: object, checked: bool) -> None:
        if checked:
            self.start_preview()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import calendar", "", "Calendar (*.ics *.ical);;All files (*)"
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        from planner.core.errors import InputFileError
        from planner.core.textfile import read_bytes

        try:
            data = read_bytes(path)  # a FIFO or a device is refused at once, never waited on
        except InputFileError as exc:
            self.status.setText("Nothing was imported")
            QMessageBox.warning(self, "Import calendar", str(exc))
            return
        self._data = (data, path.name)
        self.file_label.setText(str(path))
        self.start_preview()

    def target(self) -> Visit | None:
        return self.current if self.into_current.isChecked() else None

    def start_preview(self) -> None:
        if self._data is None:
            return
        data, name = self._data
        into = self.target()
        self.preview = None
        self.import_button.setEnabled(False)
        self._busy(True)
        self._asked += 1
        asked = self._asked
        self._job = self.worker.submit(
            lambda progress: (asked, read_preview(data, name, into, progress)),
            self._on_ready,
            on_error=lambda exc: self._on_error(asked, exc),
            on_cancel=lambda: self._on_cancelled(asked),
        )

    def cancel_preview(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.status.setText("Reading the calendar…" if busy else message)

    def _on_ready(self, answer: tuple[int, CalendarPreview]) -> None:
        asked, preview = answer
        if asked != self._asked:
            return  # an answer for a file or target the user has since changed
        self._busy(False)
        self.preview = preview
        self.view.setHtml(preview_html(preview))
        self.status.setText("Ready to import")
        self.import_button.setEnabled(True)

    def _on_cancelled(self, asked: int) -> None:
        if asked == self._asked:
            self._busy(False, "Stopped")

    def _on_error(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self._busy(False, "Nothing was imported")
        self.preview = None
        message = str(exc) if isinstance(exc, PlannerError) else f"The file could not be read: {exc}"
        self.view.setPlainText(message)
        first_line = message.splitlines()[0] if message else "the file could not be read"
        QMessageBox.warning(self, "Import calendar", first_line)
