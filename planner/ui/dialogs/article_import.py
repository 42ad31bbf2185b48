"""Import a news article: paste it or open a file, preview what will be created (with warnings), confirm."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.ui.dialogs.date_field import date_edit
from planner.ui.state.worker import Job, Progress, Worker


def parse(text: str, published: dt.date | None, progress: Progress) -> Any:
    """Runs on the worker thread: the article parser, imported only when first needed."""
    progress.check()
    try:
        from planner.core.article import parse_article
    except ImportError as exc:
        raise PlannerError("the article importer is not part of this build") from exc
    draft = parse_article(text, published=published)
    progress.check()
    return draft


@dataclass
class Reading:
    """A parsed article and where its publication date came from: ``text``, ``assumed`` or ``given``."""

    draft: Any
    source: str
    note: str = ""


def read(text: str, published: dt.date | None, today: dt.date, progress: Progress) -> Reading:
    """Runs on the worker thread: the date the user gave; else the one the text states; else today,
    as an assumption said in the warnings (a second parse, so the preview shows that date's days)."""
    if published is not None:
        return Reading(parse(text, published, progress), "given")
    draft = parse(text, None, progress)
    if draft.published is not None:
        note = next((w for w in draft.warnings if w.startswith("publication date")), "")
        return Reading(draft, "text", note)
    draft = parse(text, today, progress)
    draft.warnings.insert(
        0,
        f"publication date {today} assumed (today): the article does not say when it was published; "
        "change it above if the report is older",
    )
    return Reading(draft, "assumed")


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _day(text: str | None) -> str:
    """``2025-08-24`` (or an ISO date-time) as ``Sun 24 Aug 2025``; anything else as given."""
    if not text:
        return "?"
    try:
        day = dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return str(text)
    return f"{day:%a} {day.day} {day:%b %Y}"


def _when(e: dict[str, Any]) -> str:
    """When an engagement of the draft happens, as staff read it; dated ones first when sorted."""
    start = e.get("start")
    if start:
        return f"{_day(start)} {str(start)[11:16]}".strip()
    return _day(e.get("date")) if e.get("date") else "Unscheduled"


def _order(e: dict[str, Any]) -> tuple[int, str]:
    when = str(e.get("start") or e.get("date") or "")
    return (0 if when else 1, when)


def preview_html(draft: Any) -> str:
    """What the import will create, from the draft's JSON (the contract of the article issue)."""
    data = draft.to_json()
    visit = data.get("visit", {})
    parts = [f"<h3>{html.escape(str(visit.get('title') or 'Untitled visit'))}</h3>"]
    span = f"{_day(visit.get('start_date'))} – {_day(visit.get('end_date'))}"
    parts.append(f"<p>{html.escape(str(visit.get('head') or ''))}<br>{html.escape(span)}</p>")
    stops = data.get("stops", [])
    if stops:
        parts.append(
            "<p><b>Stops</b><br>"
            + "<br>".join(
                html.escape(f"{s.get('city')} ({s.get('tz')}) {_day(s.get('from'))} – {_day(s.get('to'))}")
                for s in stops
            )
            + "</p>"
        )
    engagements = data.get("engagements", [])
    parts.append(f"<p><b>{len(engagements)} engagements</b></p><ul>")
    for e in sorted(engagements, key=_order):
        when = _when(e)
        status = e.get("status") or ""
        parts.append(
            f"<li>{html.escape(str(when))} — {html.escape(str(e.get('title')))}"
            f" <span style='color:#6b7280'>{html.escape(str(e.get('city') or ''))} "
            f"{html.escape(status)}</span></li>"
        )
    parts.append("</ul>")
    contacts = data.get("contacts", [])
    if contacts:
        parts.append(
            f"<p><b>{len(contacts)} contacts</b><br>"
            + "<br>".join(
                html.escape(f"{c.get('name')} {c.get('name_native') or ''} — {c.get('org') or ''}")
                for c in contacts
            )
            + "</p>"
        )
    warnings = data.get("warnings", [])
    if warnings:
        parts.append("<p style='color:#b45309'><b>Warnings</b></p><ul style='color:#b45309'>")
        parts += [f"<li>{html.escape(str(w))}</li>" for w in warnings]
        parts.append("</ul>")
    return "".join(parts)


class ImportDialog(QDialog):
    """Text on the left, preview on the right; ``draft`` holds the parsed visit once confirmed."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.draft: Any = None
        self._job: Job | None = None
        self.setWindowTitle("Import article")
        self.resize(1000, 640)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste a news report here (Hindi or English), or open a file…")
        self.text.setAccessibleName("Article text")
        self.text.textChanged.connect(self._invalidate)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview of what will be created")
        self.preview.setPlaceholderText("Press Preview to see what the article gives.")
        open_button = QPushButton("&Open file…")
        open_button.clicked.connect(self._open_file)
        published_label = QLabel("P&ublished")
        self.published = date_edit("Date the article was published")
        self.published.setDate(QDate.currentDate())
        published_label.setBuddy(self.published)
        self.published_note = QLabel()
        self.published_note.setObjectName("hint")
        self.published_note.setAccessibleName("Where the publication date comes from")
        self.date_source = "assumed"  # "text", "assumed" (today) or "user"
        self._setting_date = False
        self._again = False
        self._show_source()
        self.published.dateChanged.connect(self._date_edited)
        self.preview_button = QPushButton("&Preview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel_button = QPushButton("Stop")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.status = QLabel()
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(open_button)
        top.addWidget(published_label)
        top.addWidget(self.published)
        top.addWidget(self.published_note)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.preview_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open article", "", "Text (*.txt *.md);;All files (*)")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        from planner.core.textfile import read_text

        try:
            self.text.setPlainText(read_text(path))
        except PlannerError as exc:
            self.status.setText("Nothing was read")
            QMessageBox.warning(self, "Open article", str(exc))

    def _invalidate(self) -> None:
        self.draft = None
        self.import_button.setEnabled(False)
        self.import_button.setDefault(False)
        self.preview_button.setDefault(True)

    def start_preview(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.status.setText("Paste or open an article first")
            return
        published = _date(self.published.date()) if self.date_source == "user" else None
        today = _date(QDate.currentDate())
        self._busy(True)
        self._job = self.worker.submit(
            lambda progress: read(text, published, today, progress),
            self._on_parsed,
            on_error=self._on_error,
            on_cancel=lambda: self._busy(False, "Stopped"),
        )

    def _busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.status.setText("Reading the article…" if busy else message)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _date_edited(self) -> None:
        """The user set the date: it wins over the text's, and the preview follows it."""
        if self._setting_date:
            return
        self.date_source = "user"
        self._show_source()
        self._invalidate()
        if not self.text.toPlainText().strip():
            return
        if self.preview_button.isEnabled():
            self.start_preview()
        else:
            self._again = True  # a preview is running: read again with the new date when it ends

    def _set_date(self, day: dt.date, source: str, note: str = "") -> None:
        self._setting_date = True
        try:
            self.published.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._setting_date = False
        self.date_source = source
        self._show_source(note)

    def _show_source(self, note: str = "") -> None:
        if self.date_source == "text":
            self.published_note.setText("from the article")
            self.published_note.setToolTip(note)
            self.published_note.setStyleSheet("")
        elif self.date_source == "user":
            self.published_note.setText("as you set it")
            self.published_note.setToolTip("")
            self.published_note.setStyleSheet("")
        else:
            self.published_note.setText("assumed: today (the article gives no date); change it if older")
            self.published_note.setToolTip("Relative dates (today, tomorrow, Monday) count from this day.")
            self.published_note.setStyleSheet("color: #b45309")

    def _read_again(self) -> bool:
        if not self._again:
            return False
        self._again = False
        self._busy(False)
        self.start_preview()
        return True

    def _on_parsed(self, reading: Reading) -> None:
        if self._read_again():
            return
        self._busy(False)
        draft = reading.draft
        if reading.source in ("text", "assumed") and draft.published is not None:
            self._set_date(draft.published, reading.source, reading.note)
        self.draft = draft
        self.preview.setHtml(preview_html(draft))
        warnings = len(draft.to_json().get("warnings", []))
        self.status.setText(f"{warnings} warnings" if warnings else "Ready to import")
        self.import_button.setEnabled(True)
        self.preview_button.setDefault(False)
        self.import_button.setDefault(True)  # Enter now confirms what the preview shows

    def _on_error(self, exc: BaseException) -> None:
        if self._read_again():
            return
        self._busy(False)
        self.draft = None
        message = str(exc) if isinstance(exc, PlannerError) else f"The article could not be read: {exc}"
        self.preview.setPlainText(message)
        self.status.setText("No visit found")
