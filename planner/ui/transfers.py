"""Imports and exports from the window: file dialogs, work on the worker thread, messages.

The window owns one ``Transfers``; every file is chosen here, read or written on the
worker thread (except the PDF, which Qt paints on the UI thread), and the result is said
in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from planner.core.errors import ConflictError, PlannerError
from planner.core.textfile import write_atomically
from planner.core.wording import counted

if TYPE_CHECKING:
    from planner.ui.panels.visits import VisitList
    from planner.ui.settings import Preferences
    from planner.ui.state.session import Session
    from planner.ui.state.worker import Worker


#: The save dialog's choice of printed copy (File → Export PDF): the staff copy flags clashes and
#: open assumptions, the guest copy shows neither.
PDF_COPIES = ("Staff copy, clashes and assumptions flagged (*.pdf)", "Guest copy, no flags (*.pdf)")


class Host(Protocol):
    """What transfers need of the window (the window imports this module, not the other way)."""

    session: Session
    worker: Worker
    prefs: Preferences
    visits: VisitList

    def show_message(self, text: str) -> None: ...

    def _exec(self, dialog: QDialog) -> int: ...


class Transfers:
    """File → Import… / Export… / Print… for one window."""

    def __init__(self, window: Host, parent: QWidget) -> None:
        self.window = window
        self.parent = parent
        self.session = window.session
        self.worker = window.worker
        self.chosen_filter = ""  # the file type picked in the last save dialog

    def show_message(self, text: str) -> None:
        self.window.show_message(text)

    def _exec(self, dialog: QDialog) -> int:
        return self.window._exec(dialog)

    def save_path(self, caption: str, title: str, suffix: str, filter_: str) -> str:
        """Ask where to save, starting in the folder used last, with the whole default name."""
        folder = self.window.prefs.last_folder()
        start = str(Path(folder) / f"{slug(title)}.{suffix}") if folder else f"{slug(title)}.{suffix}"
        name, self.chosen_filter = QFileDialog.getSaveFileName(self.parent, caption, start, filter_)
        if name:
            self.window.prefs.set_last_folder(str(Path(name).parent))
        return name

    @property
    def visits(self) -> Any:
        return self.window.visits

    def import_article(self) -> None:
        from planner.ui.dialogs.article_import import ImportDialog

        dialog = ImportDialog(self.worker, self.parent)
        if self._exec(dialog) != QDialog.DialogCode.Accepted or dialog.draft is None:
            return
        try:
            visit = dialog.draft.to_visit()
            if self.store_in_background(visit, "Import article"):
                return
            visit_id = self.session.add_visit(visit)
        except PlannerError as exc:
            QMessageBox.warning(self.parent, "Import article", str(exc))
            return
        self.visits.select_visit(visit_id)
        self.show_message(f"Visit {visit_id} imported: {len(visit.engagements)} engagements")

    def import_calendar(self) -> None:
        """A calendar file as a new visit, or merged into the open one after showing the plan."""
        from planner.ui.dialogs.calendar_import import CalendarImportDialog

        dialog = CalendarImportDialog(self.worker, self.session.visit, self.parent)
        if self._exec(dialog) != QDialog.DialogCode.Accepted or dialog.preview is None:
            return
        preview = dialog.preview
        try:
            if preview.plan is None:
                if self.store_in_background(preview.imported.visit, "Import calendar"):
                    return
                visit_id = self.session.add_visit(preview.imported.visit)
                self.visits.select_visit(visit_id)
                self.show_message(f"Visit {visit_id} imported from the calendar")
            else:
                plan = self.save_merge(preview)
                if plan is None:
                    return
                self.show_message(
                    f"Calendar merged: {len(plan.added)} added, {len(plan.changed)} changed, "
                    f"{len(plan.unchanged)} unchanged"
                )
        except PlannerError as exc:
            QMessageBox.warning(self.parent, "Import calendar", str(exc))

    def save_merge(self, preview: Any) -> Any:
        """Save a planned merge; when the copy it was planned on is stale (someone changed the visit
        since), offer to plan it again on the visit as stored now, show that plan, and save it only
        if the user agrees: someone else's change is never overwritten. Returns the plan saved."""
        from planner.ui.dialogs.calendar_import import preview_html, replan

        try:
            self.session.save_merged(preview.plan.visit)
            return preview.plan
        except ConflictError as exc:
            ask = f"{exc}\n\nReload the visit and merge the calendar into it as it is now?"
            if QMessageBox.question(self.parent, "Import calendar", ask) != QMessageBox.StandardButton.Yes:
                self.show_message("Calendar not merged: the visit had changed")
                return None
        fresh = replan(preview, self.session.store.load_visit(preview.plan.visit.id))
        assert fresh.plan is not None  # a merge into a visit always has a plan
        if QMessageBox.question(self.parent, "Import calendar", preview_html(fresh)) != (
            QMessageBox.StandardButton.Yes
        ):
            self.show_message("Calendar not merged")
            return None
        self.session.save_merged(fresh.plan.visit)
        return fresh.plan

    def store_in_background(self, visit: Any, caption: str) -> bool:
        """A big imported visit is written on the worker thread behind a progress dialog with Cancel
        (a cancelled import stores nothing); ``False`` for a small one, stored at once by the caller."""
        if len(visit.engagements) < BACKGROUND_AT:
            return False
        from planner.ui.dialogs.progress import watch

        def stored(visit_id: int) -> None:
            self.visits.select_visit(visit_id)
            self.show_message(f"Visit {visit_id} imported: {len(visit.engagements)} engagements")

        job = self.session.add_visit_in_background(visit, self.worker, stored)
        job.signals.cancelled.connect(lambda: self.show_message(f"{caption}: cancelled, nothing stored"))
        self.progress = watch(job, self.parent, f"Storing {len(visit.engagements)} engagements…")
        return True

    def export_calendar(self) -> None:
        visit = self.session.visit
        if visit is None:
            return
        name = self.save_path("Export calendar", visit.title, "ics", "Calendar (*.ics)")
        if not name:
            return

        def work(progress: Any) -> str:
            from planner.core import ics

            result = ics.export_calendar(visit)
            progress.check()
            write_atomically(Path(name), result.data)
            note = f"; {result.skipped} unscheduled left out" if result.skipped else ""
            return f"{counted(result.exported, 'event')} written to {name}{note}"

        self._run_export(work)

    def publish_calendar(self) -> None:
        """File → Publish to calendar server…: the dialog shows the plan and publishes on the worker."""
        from planner.ui.dialogs.publish import PublishDialog

        visit = self.session.visit
        if visit is None:
            return
        dialog = PublishDialog(visit, self.worker, self.window.prefs, self.parent)
        self._exec(dialog)
        if dialog.result_text:
            self.show_message(dialog.result_text)

    def export_contacts(self) -> None:
        """The visit's contacts as vCard 3.0 (what Outlook imports), for phones and address books."""
        self._export_text("Export contacts", "vcf", "vCard (*.vcf)", "contacts_vcard", "contacts")

    def export_csv(self) -> None:
        """One row per engagement with local and home time, for spreadsheets."""
        self._export_text("Export programme as CSV", "csv", "CSV (*.csv)", "engagements_csv", "engagements")

    def _export_text(self, caption: str, suffix: str, filter_: str, function: str, noun: str) -> None:
        visit = self.session.visit
        if visit is None:
            return
        name = self.save_path(caption, visit.title, suffix, filter_)
        if not name:
            return

        def work(progress: Any) -> str:
            from planner.core import exports

            text: str = getattr(exports, function)(visit)
            progress.check()
            write_atomically(Path(name), text.encode("utf-8"))
            return f"{counted(len(getattr(visit, noun)), noun[:-1])} written to {name}"

        self._run_export(work)

    def export_pdf(self) -> None:
        visit = self.session.visit
        if visit is None:
            return
        name = self.save_path("Export tour programme", visit.title, "pdf", ";;".join(PDF_COPIES))
        if not name:
            return
        from planner.ui.programme import write_pdf

        copy = "guest" if self.chosen_filter == PDF_COPIES[1] else "staff"

        # QTextDocument/QPdfWriter are GUI objects: they run here, on the UI thread (a second or less)
        try:
            pages = write_pdf(visit, Path(name), copy=copy)
        except PlannerError as exc:
            self.show_message(str(exc))
            return
        self.show_message(f"Tour programme, {copy} copy ({pages} pages), written to {name}")

    def print_programme(self) -> None:
        """The tour programme on paper, through the platform's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from planner.ui.programme import print_programme

        visit = self.session.visit
        if visit is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle("Print tour programme")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_programme(visit, printer)
        except PlannerError as exc:
            self.show_message(str(exc))
            return
        self.show_message(f"Tour programme ({pages} pages) sent to {printer.printerName() or 'the printer'}")

    def _run_export(self, work: Any) -> None:
        self.show_message("Exporting…")

        def failed(exc: BaseException) -> None:
            self.show_message(str(exc))

        self.worker.submit(
            work, self.show_message, on_error=failed, on_cancel=lambda: self.show_message("Export stopped")
        )


#: From this many engagements an imported visit is stored on the worker thread, with Cancel.
BACKGROUND_AT = 500


def can_print() -> bool:
    """Whether this Qt build has printing (QtPrintSupport); without it there is only Export PDF."""
    from importlib.util import find_spec

    return find_spec("PySide6.QtPrintSupport") is not None  # found, not loaded: printing loads it


def slug(title: str, limit: int = 80) -> str:
    """A file name from a title: lower case words joined by ``-``, cut only between words."""
    keep = "".join(ch if ch.isalnum() else "-" for ch in title.lower())
    words = [p for p in keep.split("-") if p]
    name = ""
    for word in words:
        longer = f"{name}-{word}" if name else word
        if len(longer) > limit:
            break
        name = longer
    return name or (words[0][:limit] if words else "visit")
