"""Renders the window on the seed visit at the sizes a protocol office's screens have, to look at.

    QT_QPA_PLATFORM=offscreen python tools/window_sizes.py OUT_FOLDER [--view itinerary ...]

writes ``OUT_FOLDER/<view>-<width>x<height>.png`` for 1600×1000, 1280×800 and 1024×700, with the
checks run (so the Checks dock is as a user sees it) and the first timed engagement selected. The
database and the remembered layout are temporary: nothing of the user's is read or changed.

The README's own pictures (1400×900, named after the view) are made with

    QT_QPA_PLATFORM=offscreen python tools/window_sizes.py resources/screenshots --size 1400x900 \
        --plain-names --view itinerary --view agenda --view contacts
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

SIZES = ((1600, 1000), (1280, 800), (1024, 700))
VIEWS = ("itinerary", "agenda", "contacts", "delegation")


def render(
    folder: Path, views: list[str], sizes: tuple[tuple[int, int], ...] = SIZES, *, plain: bool = False
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
        window.session.check_now()
        window.worker.wait()
        QApplication.processEvents()
        showcase = _showcase(window)
        for view in views:
            window.show_view(view)
            if showcase is not None:
                window.session.select(showcase)
            if view == "itinerary":
                window.itinerary.scroll_to_first()
            for _ in range(3):
                app.processEvents()
            path = folder / (f"{view}.png" if plain else f"{view}-{width}x{height}.png")
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
    args = parser.parse_args(argv)
    sizes = tuple(args.size or SIZES)
    if args.plain_names and len(sizes) != 1:
        parser.error("--plain-names needs exactly one --size")
    args.folder.mkdir(parents=True, exist_ok=True)
    for path in render(args.folder, args.view or list(VIEWS), sizes, plain=args.plain_names):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
