"""A progress dialog with Cancel over a job on the worker thread (opening or storing a big visit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.ui.state.worker import Job


def watch(job: Job, parent: QWidget, label: str, *, after_ms: int = 600) -> QProgressDialog:
    """Show ``label`` with a moving bar and Cancel once ``job`` has run ``after_ms`` (quick jobs show
    nothing); Cancel cancels the job; the dialog goes when the job ends, however it ends."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Delegation Planner")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    dialog.canceled.connect(job.cancel)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(dialog.reset)
        signal.connect(dialog.deleteLater)

    def advance(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    job.signals.progress.connect(advance)
    dialog.setValue(0)  # starts the clock of ``after_ms``
    return dialog
