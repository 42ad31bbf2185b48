"""Start the window: the QApplication, icon, style and font check; or render it to a PNG and exit."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from planner.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from planner.ui.main_window import MainWindow
    from planner.ui.state.store import VisitStore

#: Every script the app renders, with the Debian package that brings a font for it.
SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("Latin", "Latin", "fonts-noto-core"),
    ("Devanagari", "Devanagari (Hindi)", "fonts-noto-core"),
    ("Japanese", "Japanese kanji and kana", "fonts-noto-cjk"),
    ("Korean", "Korean Hangul", "fonts-noto-cjk"),
    ("SimplifiedChinese", "Chinese characters", "fonts-noto-cjk"),
)


def missing_scripts() -> list[tuple[str, str]]:
    """(description, Debian package) of each script no installed font can draw."""
    from PySide6.QtGui import QFontDatabase

    missing = []
    for system, label, package in SCRIPTS:
        if not QFontDatabase.families(getattr(QFontDatabase.WritingSystem, system)):
            missing.append((label, package))
    return missing


def devanagari_families() -> list[str]:
    """Installed font families that have Devanagari glyphs."""
    from PySide6.QtGui import QFontDatabase

    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari))


def font_warning() -> str:
    """A status-bar warning when names in some script would show as boxes; empty when all fonts are there."""
    missing = missing_scripts()
    if not missing:
        return ""
    labels = ", ".join(label for label, _ in missing)
    packages = " ".join(dict.fromkeys(package for _, package in missing))
    return (
        f"No font for {labels} is installed: such names will show as boxes. "
        f"Install the Debian packages {packages} (sudo apt-get install {packages})."
    )


def application() -> QApplication:
    """The one QApplication, set up with the name, icon and stylesheet."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Delegation Planner")
    app.setOrganizationName("DelegationPlanner")
    app.setDesktopFileName("delegation-planner")
    icon = resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resource_path("style.qss")
    if style.exists():
        from PySide6.QtCore import QDir

        QDir.addSearchPath("icons", str(resource_path("icons")))  # url(icons:…) in the style sheet
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_window(store: VisitStore, *, settings_file: str | None = None) -> MainWindow:
    from planner.ui.main_window import MainWindow
    from planner.ui.settings import Preferences

    prefs = Preferences.in_file(settings_file) if settings_file else Preferences.default()
    window = MainWindow(store, prefs)
    warning = font_warning()
    if warning:
        window.statusBar().showMessage(warning)
    return window


def _first_visit(
    store: VisitStore, wanted: int | None, remembered: int | None, seeded: int | None
) -> int | None:
    ids = [v.id for v in store.list_visits()]
    for candidate in (wanted, seeded, remembered):
        if candidate is not None and candidate in ids:
            return candidate
    return ids[0] if ids else None


def _quiet_offscreen_notes() -> None:
    """The offscreen platform says it cannot apply size hints: true and harmless, so not printed."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def require_display(environ: Mapping[str, str], platform: str) -> None:
    """Stop with a clear message, not Qt's abort, when a Linux session has no screen to open on."""
    from planner.core.errors import PlannerError

    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return
    raise PlannerError(
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
        "run 'planner' in a desktop session, or use 'planner --screenshot FILE.png' "
        "and the command-line commands ('planner --help')"
    )


def run(
    db_url: str | None = None,
    screenshot: Path | None = None,
    visit_id: int | None = None,
    view: str = "itinerary",
) -> int:
    """Open the window on ``db_url`` (the first start imports the seed); with ``screenshot``, save a PNG.

    An SQLite file of the current schema with a visit to show opens in two steps
    (:mod:`planner.ui.launch`): the visit is painted before SQLAlchemy is imported.
    """
    if screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot is not None:
        _quiet_offscreen_notes()
    else:
        require_display(os.environ, sys.platform)
    # No cyclic garbage collection until the itinerary's first paint (launch.open_window turns it on
    # then): start-up makes tens of thousands of objects that live as long as the window (modules,
    # classes, Qt's enums and wrappers) and next to no garbage, yet every 700 new objects the
    # collector walked the young ones again (65 collections before the first paint, a bare PySide6
    # window 39).  Nothing is left uncollected: the first collection after the paint finds it.
    gc.disable()
    try:
        from planner.storage import default_url
        from planner.storage.firstread import read_first
        from planner.ui.settings import Preferences

        url = db_url or default_url()
        settings_file = None
        if screenshot is not None:  # a screenshot never depends on (or changes) the remembered layout
            settings_file = str(Path(tempfile.mkdtemp(prefix="planner-shot-")) / "settings.ini")
        app = application()  # before the preferences: QSettings finds them by the application's name
        prefs = Preferences.in_file(settings_file) if settings_file else Preferences.default()
        first = read_first(url, wanted=visit_id, remembered=prefs.last_visit())
        if first is not None:
            from planner.ui import launch

            window, opening = launch.open_window(
                url,
                first,
                prefs,
                checks_on_open=screenshot is None,
                also=None if screenshot is not None else lambda: _keep_daily_backup(url),
                warning=font_warning,
                exit_after_paint=os.environ.get(launch.EXIT_AFTER_FIRST_PAINT) == "1",
            )
    except BaseException:
        gc.enable()
        raise
    if first is None:
        gc.enable()  # the usual way: the database is opened (perhaps seeded) before the window
        return _run_in_one_step(app, url, screenshot, visit_id, view, settings_file)
    window.show_view(view)
    if screenshot is None:
        window.show()
        return app.exec()
    window.resize(1400, 900)
    window.show()
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()  # the picture is of the complete window: wait for the second step
    opening.finished.connect(loop.quit)
    loop.exec()
    if opening.error is not None:
        raise opening.error
    return save_screenshot(window, screenshot)


def _run_in_one_step(
    app: QApplication,
    url: str,
    screenshot: Path | None,
    visit_id: int | None,
    view: str,
    settings_file: str | None,
) -> int:
    """A new, empty or older database, or another kind: opened (and seeded, upgraded) before the window."""
    from planner.storage import open_repository

    store = open_repository(url)
    if screenshot is None:
        _keep_daily_backup(url)
    window = start_window(
        store, visit_id=visit_id, settings_file=settings_file, checks_on_open=screenshot is None
    )
    window.show_view(view)
    if screenshot is not None:
        return save_screenshot(window, screenshot)
    from planner.ui import launch

    if os.environ.get(launch.EXIT_AFTER_FIRST_PAINT) == "1":
        launch.after_first_paint(window.itinerary.viewport(), launch.report_first_paint_and_exit)
    window.show()
    return app.exec()


def _keep_daily_backup(db_url: str | None) -> None:
    """Today's automatic copy of the database as the window opens; a failure is a note, not a stop."""
    from planner.backups import ensure_daily_backup
    from planner.core.errors import PlannerError

    try:
        ensure_daily_backup(db_url)
    except (PlannerError, OSError) as exc:
        print(f"planner: warning: no daily backup today: {exc}", file=sys.stderr)


def start_window(
    store: VisitStore,
    *,
    visit_id: int | None = None,
    settings_file: str | None = None,
    checks_on_open: bool = True,
) -> MainWindow:
    """The window as ``planner`` opens it: an empty database first gets the seed visit, which is shown.

    The seed is parsed here, before the window appears (a tenth of a second); the
    visit itself is loaded on the worker thread while the window is already up.
    """
    from planner.core.errors import PlannerError
    from planner.services import seed_visit_if_empty

    seeded = seed_visit_if_empty(store)  # type: ignore[arg-type]
    window = build_window(store, settings_file=settings_file)
    window.session.checks_on_open = checks_on_open
    first = _first_visit(store, visit_id, window.prefs.last_visit(), seeded)
    if visit_id is not None and first != visit_id:
        raise PlannerError(f"there is no visit {visit_id} (see 'planner list')")
    window.load_visit(first)
    return window


def _showcase(window: MainWindow) -> str | None:
    """The engagement a screenshot selects: the first at a clock time, else the first dated one."""
    visit = window.session.visit
    if visit is None:
        return None
    timed = sorted((e for e in visit.engagements if e.start is not None), key=lambda e: str(e.start))
    dated = sorted((e for e in visit.engagements if e.date is not None), key=lambda e: str(e.date))
    chosen = timed or dated
    return chosen[0].uid if chosen else None


def save_screenshot(window: MainWindow, path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from planner.ui.picture import save_picture

    window.resize(1400, 900)
    window.show()
    window.wait_until_loaded()
    showcase = _showcase(window)
    if showcase is not None:  # so the details pane of the picture shows what it is for
        window.session.select(showcase)
    for _ in range(3):
        QApplication.processEvents()
    window.itinerary.scroll_to_first()
    QApplication.processEvents()
    save_picture(window.grab(), path)  # atomic and 0600, like every file the app writes
    window.close()
    print(f"Screenshot written to {path}")
    return 0
