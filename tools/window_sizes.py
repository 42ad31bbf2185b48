"""Renders the window on the seed visit at the sizes a protocol office's screens have, to look at.

    QT_QPA_PLATFORM=offscreen python tools/window_sizes.py OUT_FOLDER [--view itinerary ...]

writes ``OUT_FOLDER/<view>-<width>x<height>.png`` for 1600×1000, 1280×800 and 1024×700, with the
checks run (so the Checks dock is as a user sees it) and the first timed engagement selected. The
database and the remembered layout are temporary: nothing of the user's is read or changed.

The README's own pictures (1400×900, named after the view) are made with

    python tools/window_sizes.py resources/screenshots --size 1400x900 --plain-names
        --view itinerary --view agenda --view contacts             (one line)
    python tools/window_sizes.py resources/screenshots --size 1400x900 --plain-names
        --view itinerary --edited                                   (itinerary-edited.png)

    python tools/window_sizes.py resources/screenshots --size 1400x900 --plain-names
        --view itinerary --review                                   (review.png)

``--edited`` first schedules the two unscheduled meetings in Tokyo at clock times, as a user would;
``--review`` opens View → Review assumptions on the stop assumed in Osaka, scrolled to its days.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZES = ((1600, 1000), (1280, 800), (1024, 700))
VIEWS = ("itinerary", "agenda", "contacts", "delegation")


#: What ``--edited`` schedules: (title, local start, hours) on the visit's first day in Tokyo.
EDITS = (("Meeting with JETRO", dt.time(10, 0), 1), ("Meeting with NTT", dt.time(14, 0), 1))


def schedule_two(window: Any) -> str | None:
    """Schedule the meetings of ``EDITS`` through the session (undoable edits, as the dialog makes
    them); the uid of the first, to select."""
    from planner.core.retime import schedule_at

    session = window.session
    visit = session.visit
    first = next((d for d in session.days if d.stops and d.stops[0].city == "Tokyo"), None)
    if visit is None or first is None:
        return None
    chosen = None
    for title, start, hours in EDITS:
        e = next((e for e in visit.engagements if e.title == title and e.is_unscheduled), None)
        if e is None:
            continue
        timed = schedule_at(e, first.date, start, first.stops[0].tz)
        assert timed.start is not None
        end = timed.start + dt.timedelta(hours=hours)
        session.save_engagement(dataclasses.replace(timed, end=end), f"Schedule “{title}”")
        chosen = chosen or e.uid
    return chosen


def open_review(window: Any) -> None:
    """View → Review assumptions, its last entry (the stop assumed in Osaka) chosen and gone to."""
    from planner.ui.panels.review import go_to

    window.review_dock.show()
    panel = window.review
    if panel.list.count():
        panel.list.setCurrentRow(panel.list.count() - 1)
        chosen = panel.current()
        if chosen is not None:
            go_to(window, chosen)


def render(
    folder: Path,
    views: list[str],
    sizes: tuple[tuple[int, int], ...] = SIZES,
    *,
    plain: bool = False,
    edited: bool = False,
    review: bool = False,
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from planner.storage import open_repository
    from planner.ui.app import _showcase, application, start_window
    from planner.ui.picture import save_picture

    app = application()
    scratch = Path(tempfile.mkdtemp(prefix="planner-sizes-"))
    store = open_repository("sqlite:///" + str(scratch / "planner.db"))
    written = []
    for width, height in sizes:
        window = start_window(store, settings_file=str(scratch / f"settings-{width}.ini"))
        window.resize(width, height)
        window.show()
        window.wait_until_loaded()
        edited_uid = schedule_two(window) if edited else None
        window.session.check_now()
        window.worker.wait()
        QApplication.processEvents()
        showcase = edited_uid or _showcase(window)
        for view in views:
            window.show_view(view)
            if showcase is not None:
                window.session.select(showcase)
            if view == "itinerary":
                window.itinerary.scroll_to_first()
            for _ in range(3):
                app.processEvents()
            if review:
                open_review(window)
            name = "review" if review else f"{view}-edited" if edited else view
            path = folder / (f"{name}.png" if plain else f"{name}-{width}x{height}.png")
            save_picture(window.grab(), path)
            written.append(path)
        window.close()
    return written


def size(text: str) -> tuple[int, int]:
    """``1400x900`` → (1400, 900)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected WIDTHxHEIGHT, such as 1280x800") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--view", action="append", choices=VIEWS, help="only these views (repeat)")
    parser.add_argument("--size", action="append", type=size, help="WIDTHxHEIGHT (repeat; default: three)")
    parser.add_argument("--plain-names", action="store_true", help="name the files VIEW.png (one size)")
    parser.add_argument("--edited", action="store_true", help="schedule two unscheduled meetings first")
    parser.add_argument("--review", action="store_true", help="with the Review panel open (review.png)")
    args = parser.parse_args(argv)
    sizes = tuple(args.size or SIZES)
    if args.plain_names and len(sizes) != 1:
        parser.error("--plain-names needs exactly one --size")
    args.folder.mkdir(parents=True, exist_ok=True)
    views = args.view or list(VIEWS)
    chosen = {"plain": args.plain_names, "edited": args.edited, "review": args.review}
    for path in render(args.folder, views, sizes, **chosen):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
