"""The printed tour programme: HTML built from a visit, laid out by QTextDocument, written with QPdfWriter."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planner.core import tz
from planner.core.model import Contact, Engagement, Side, Visit

#: Qt falls back along this list per character.  Noto Sans Devanagari comes first: it has Latin too,
#: and Qt would otherwise try to shape Devanagari with "Noto Sans" (which has no OpenType tables for it).
FONT_FAMILIES = (
    "Noto Sans Devanagari", "Noto Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "DejaVu Sans", "sans-serif",
)  # fmt: skip
_CSS_FONTS = ", ".join(f"'{f}'" if " " in f else f for f in FONT_FAMILIES)


def _e(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _fmt_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _zone_text(zone: str, day: dt.date) -> str:
    return f"{zone} · {tz.zone_label(zone, tz.noon_utc(day, zone))}"


def _people(visit: Visit, e: Engagement) -> str:
    parts = []
    for c in visit.attendees(e):
        name = _e(c.name)
        if c.name_native and c.name_native != c.name:
            name += f" ({_e(c.name_native)})"
        parts.append(f"{name} – {_e(c.role)}" if c.role else name)
    return "; ".join(parts)


def _times(visit: Visit, e: Engagement) -> tuple[str, str]:
    """Local time (with zone) and home time (with zone) of a timed engagement."""
    assert e.start is not None and e.end is not None and e.tz is not None
    arrival = e.arrival_tz or e.tz
    start, end = tz.to_local(e.start, e.tz), tz.to_local(e.end, arrival)
    local = f"{start:%H:%M}–{end:%H:%M}" if start.date() == end.date() else f"{start:%H:%M}–{end:%d %b %H:%M}"
    abbr = tz.abbreviation(e.tz, e.start)
    if arrival != e.tz:
        local = f"{start:%H:%M} {abbr} – {end:%H:%M} {tz.abbreviation(arrival, e.end)}"
    else:
        local += f" {abbr}"
    home = visit.home_tz
    h_start, h_end = tz.to_local(e.start, home), tz.to_local(e.end, home)
    shift = "" if h_start.date() == start.date() else f" ({h_start.day} {h_start:%b})"
    home_text = f"{h_start:%H:%M}–{h_end:%H:%M} {tz.abbreviation(home, e.start)}{shift}"
    return local, home_text


def _engagement_row(visit: Visit, e: Engagement) -> str:
    if e.is_timed:
        local, home = _times(visit, e)
    else:
        local, home = "All day", ""
    details = [f"<b>{_e(e.title)}</b>"]
    if e.organisation:
        details.append(_e(e.organisation))
    place = ", ".join(p for p in (e.venue, e.city or "", e.country or "") if p)
    if place:
        details.append(f"<i>{_e(place)}</i>")
    people = _people(visit, e)
    if people:
        details.append(f"With: {people}")
    status = e.status.label
    return (
        "<tr>"
        f"<td class='time' width='24%'>{local}<br><span class='home'>{_e(home) or '&nbsp;'}</span></td>"
        f"<td width='62%'>{'<br>'.join(details)}</td>"
        f"<td class='status {e.status.value}' width='14%'>{_e(status)}</td>"
        "</tr>"
    )


def _days(visit: Visit) -> dict[dt.date, list[Engagement]]:
    by_day: dict[dt.date, list[Engagement]] = {}
    for e in visit.engagements:
        if e.start is not None and e.tz is not None:
            day = tz.local_date(e.start, e.tz)
        elif e.date is not None:
            day = e.date
        else:
            continue
        by_day.setdefault(day, []).append(e)
    for items in by_day.values():
        items.sort(key=lambda e: (e.start is not None, e.start or dt.datetime.min.replace(tzinfo=dt.UTC)))
    return dict(sorted(by_day.items()))


def _day_heading(visit: Visit, day: dt.date, items: list[Engagement]) -> str:
    stops = visit.stop_on(day)
    cities = [s.city for s in stops] or list(dict.fromkeys(e.city for e in items if e.city))
    zones = [s.tz for s in stops] or list(dict.fromkeys(e.tz for e in items if e.tz))
    where = " → ".join(_e(c) for c in cities if c)
    zone_text = "; ".join(_e(_zone_text(z, day)) for z in zones if z)
    home = _zone_text(visit.home_tz, day)
    return (
        f"<h2>{_fmt_day(day)}{' — ' + where if where else ''}</h2>"
        f"<p class='zone'>Local: {zone_text or '—'} &nbsp;|&nbsp; Home: {_e(home)}</p>"
    )


def _contacts_annex(contacts: Iterable[Contact]) -> str:
    rows = []
    for c in sorted(contacts, key=lambda c: (c.side is not Side.DELEGATION, c.name.casefold())):
        side = "Delegation" if c.side is Side.DELEGATION else "Host"
        reach = "<br>".join(_e(x) for x in (c.email, c.phone) if x)
        rows.append(
            f"<tr><td><b>{_e(c.name)}</b><br>{_e(c.name_native)}</td><td>{_e(c.role)}<br>"
            f"{_e(c.organisation)}</td><td>{side}</td><td>{reach}</td></tr>"
        )
    if not rows:
        return "<p>No contacts.</p>"
    return (
        "<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
        "<tr><th>Name</th><th>Role / organisation</th><th>Side</th><th>E-mail / phone</th></tr>"
        + "".join(rows)
        + "</table>"
    )


_STYLE = f"""
body {{ font-family: {_CSS_FONTS}; font-size: 10pt; color: #111; }}
h1 {{ font-size: 22pt; margin-bottom: 4pt; }}
h2 {{ font-size: 13pt; margin-top: 14pt; margin-bottom: 2pt; color: #1d3b6e; }}
h3 {{ font-size: 12pt; margin-top: 16pt; }}
p.zone {{ color: #555; font-size: 9pt; margin-top: 0; }}
td {{ vertical-align: top; }}
td.time {{ font-weight: bold; }}
span.home {{ color: #666; font-weight: normal; }}
td.status {{ color: #1b5e20; }}
td.cancelled {{ color: #b71c1c; }}
td.postponed, td.proposed, td.tentative {{ color: #e65100; }}
table.grid th {{ background-color: #e8edf5; text-align: left; }}
.title td {{ font-size: 12pt; padding: 4pt; }}
"""


def programme_html(visit: Visit) -> str:
    """The tour programme as HTML (title page, day by day, unscheduled items, contacts annex)."""
    days = _days(visit)
    first = visit.start_date or (min(days) if days else None)
    last = visit.end_date or (max(days) if days else None)
    dates = f"{_short(first)} – {_short(last)}" if first and last else "dates to be fixed"
    countries = list(dict.fromkeys(s.country for s in visit.stops if s.country)) or list(
        dict.fromkeys(e.country for e in visit.engagements if e.country)
    )
    cities = list(dict.fromkeys(s.city for s in visit.stops))
    head = visit.head or next((c.name for c in visit.contacts if c.side is Side.DELEGATION), "")
    parts = [
        "<html><head><meta charset='utf-8'><style>", _STYLE, "</style></head><body>",
        "<p style='font-size: 11pt; color: #555; margin-top: 120pt'>TOUR PROGRAMME</p>",
        f"<h1>{_e(visit.title)}</h1>",
        "<table class='title' cellpadding='4'>",
        f"<tr><td><b>Head of delegation</b></td><td>{_e(head) or '—'}</td></tr>",
        f"<tr><td><b>Dates</b></td><td>{dates}</td></tr>",
        f"<tr><td><b>Countries</b></td><td>{_e(', '.join(countries)) or '—'}</td></tr>",
        f"<tr><td><b>Cities</b></td><td>{_e(', '.join(cities)) or '—'}</td></tr>",
        f"<tr><td><b>Home time</b></td><td>{_e(visit.home_tz)}</td></tr>",
        f"<tr><td><b>Engagements</b></td><td>{len(visit.engagements)}</td></tr>",
        "</table>",
        "<h3 style='page-break-before: always'>Programme</h3>",
    ]  # fmt: skip
    for day, items in days.items():
        parts.append(_day_heading(visit, day, items))
        parts.append("<table width='100%' cellspacing='0' cellpadding='4'>")
        parts.extend(_engagement_row(visit, e) for e in items)
        parts.append("</table>")
    unscheduled = [e for e in visit.engagements if e.is_unscheduled]
    parts.append("<h3>Unscheduled</h3>")
    if unscheduled:
        parts.append("<table width='100%' cellspacing='0' cellpadding='4'>")
        for e in unscheduled:
            reason = f"<br><i>{_e(e.unscheduled_reason)}</i>" if e.unscheduled_reason else ""
            place = ", ".join(p for p in (e.organisation, e.city or "", e.country or "") if p)
            people = _people(visit, e)
            parts.append(
                f"<tr><td width='86%'><b>{_e(e.title)}</b>{' — ' + _e(place) if place else ''}"
                f"{'<br>With: ' + people if people else ''}{reason}</td>"
                f"<td class='status {e.status.value}' width='14%'>{e.status.label}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>Every engagement has a date.</p>")
    parts.append("<h3 style='page-break-before: always'>Contacts</h3>")
    parts.append(_contacts_annex(visit.contacts))
    parts.append("</body></html>")
    return "".join(parts)


def _application() -> object:
    """The running Qt application, or a new offscreen QGuiApplication for command-line use."""
    import os

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["planner"])
    return app


def _margins() -> Any:
    from PySide6.QtCore import QMarginsF

    return QMarginsF(18, 16, 18, 20)


def write_pdf(visit: Visit, path: Path, *, now: dt.datetime | None = None) -> int:
    """Write the tour programme as an A4 PDF with page numbers and the print date; return the page count."""
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    _application()
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Tour programme: {visit.title}")
    writer.setCreator("Delegation Planner")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            _margins(),
            QPageLayout.Unit.Millimeter,
        )
    )
    return paint_programme(visit, writer, str(path), now=now)


def print_programme(visit: Visit, printer: Any, *, now: dt.datetime | None = None) -> int:
    """Send the tour programme to a ``QPrinter`` the user chose in the print dialog."""
    from PySide6.QtGui import QPageLayout

    printer.setDocName(f"Tour programme: {visit.title}")
    printer.setPageMargins(_margins(), QPageLayout.Unit.Millimeter)  # the paper size is the user's choice
    return paint_programme(visit, printer, printer.printerName() or "the printer", now=now)


def paint_programme(visit: Visit, device: Any, where: str, *, now: dt.datetime | None = None) -> int:
    """Lay the programme out on ``device`` (a ``QPdfWriter`` or a ``QPrinter``): A4, footer on each page."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPainter, QTextDocument

    from planner.core.errors import PlannerError

    printed = (now or tz.now_utc()).astimezone(tz.zone(visit.home_tz))
    writer = device
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = writer.resolution() * 0.35  # inches for the footer band
    body = QSizeF(page.width(), page.height() - footer_height)

    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(10)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(font)
    doc.setHtml(programme_html(visit))
    doc.setPageSize(body)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise PlannerError(f"{where}: cannot write the tour programme")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(8)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            band = QRectF(0, body.height(), body.width(), footer_height)
            painter.drawLine(band.topLeft(), band.topRight())
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(band, int(flags | Qt.AlignmentFlag.AlignLeft), visit.title)
            painter.drawText(
                band, int(flags | Qt.AlignmentFlag.AlignHCenter), f"Page {number + 1} of {pages}"
            )
            painter.drawText(
                band, int(flags | Qt.AlignmentFlag.AlignRight), f"Printed {printed.day} {printed:%b %Y}"
            )
    finally:
        painter.end()
    return pages
