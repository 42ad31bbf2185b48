"""The printed tour programme: HTML built from a visit, laid out by QTextDocument, written with QPdfWriter."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core import schedule, tz
from planner.core.model import Contact, Engagement, Side, Visit
from planner.ui import programme_annex
from planner.ui.staff_copy import StaffFlags

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF, QTextDocument

#: Qt falls back along this list per character.  Noto Sans Devanagari comes first: it has Latin too,
#: and Qt would otherwise try to shape Devanagari with "Noto Sans" (which has no OpenType tables for it).
FONT_FAMILIES = (
    "Noto Sans Devanagari", "Noto Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "DejaVu Sans", "sans-serif",
)  # fmt: skip
_CSS_FONTS = ", ".join(f"'{f}'" if " " in f else f for f in FONT_FAMILIES)
#: Column widths of an engagement row (time, details, status), shared by every row's own table.
_COLUMNS = ("24%", "62%", "14%")
#: The two printed copies: the staff copy flags clashes and open assumptions, the guest copy neither.
COPIES = ("staff", "guest")


def _e(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _fmt_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def day_zone_label(zone: str, day: dt.date) -> str:
    """``JST (UTC+9)``, or ``CEST (UTC+2) → CET (UTC+1)`` on a day the clocks change."""
    start, end = tz.day_bounds(day, zone)
    first, last = tz.zone_label(zone, start), tz.zone_label(zone, end - dt.timedelta(seconds=1))
    return first if first == last else f"{first} → {last}"


def _zone_text(zone: str, day: dt.date) -> str:
    """``JST (UTC+9) · Asia/Tokyo``: what the clocks say on ``day`` first, then the IANA name."""
    return f"{day_zone_label(zone, day)} · {zone}"


def home_time_text(visit: Visit, first: dt.date | None, last: dt.date | None) -> str:
    """The home zone for the title page, with both labels when its clocks change during the visit."""
    home = visit.home_tz
    if first is None or last is None:
        return f"{tz.zone_label(home, tz.now_utc())} · {home}"
    start, end = (tz.zone_label(home, tz.noon_utc(d, home)) for d in (first, last))
    return f"{start} · {home}" if start == end else f"{start} → {end} · {home}"


def printed_text(visit: Visit, now: dt.datetime) -> str:
    """``Printed 25 Nov 2026 00:55 IST``: the print time on the home clock, with its zone."""
    local = tz.to_local(now, visit.home_tz)
    return f"Printed {local.day} {local:%b %Y %H:%M} {tz.abbreviation(visit.home_tz, now)}"


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
    abbr, end_abbr = tz.abbreviation(e.tz, e.start), tz.abbreviation(arrival, e.end)
    if arrival != e.tz or abbr != end_abbr:  # a journey, or the clocks change during it
        local = f"{start:%H:%M} {abbr} – {end:%H:%M} {end_abbr}"
    else:
        local += f" {abbr}"
    home = visit.home_tz
    h_start, h_end = tz.to_local(e.start, home), tz.to_local(e.end, home)
    shift = "" if h_start.date() == start.date() else f" ({h_start.day} {h_start:%b})"
    home_text = f"{h_start:%H:%M}–{h_end:%H:%M} {tz.abbreviation(home, e.start)}{shift}"
    return local, home_text


def _when(visit: Visit, e: Engagement) -> tuple[str, str]:
    if e.is_timed:
        return _times(visit, e)
    if e.date is not None and e.end_date is not None and e.end_date != e.date:
        return "All day", f"until {e.end_date.day} {e.end_date:%b}"
    return "All day", ""


def _row_table(cells: str) -> str:
    """One engagement (or contact) in a table of its own, so that pagination can keep it whole."""
    return f"<table class='row' width='100%' cellspacing='0' cellpadding='4'><tr>{cells}</tr></table>"


def _engagement_row(visit: Visit, e: Engagement, flags: list[str] | None = None) -> str:
    local, home = _when(visit, e)
    details = [f"<b>{_e(e.title)}</b>"]
    if e.organisation:
        details.append(_e(e.organisation))
    place = ", ".join(p for p in (e.venue, e.city or "", e.country or "") if p)
    if place:
        details.append(f"<i>{_e(place)}</i>")
    people = _people(visit, e)
    if people:
        details.append(f"With: {people}")
    details.extend(flags or [])
    time_w, text_w, status_w = _COLUMNS
    return _row_table(
        f"<td class='time' width='{time_w}'>{_e(local)}<br>"
        f"<span class='home'>{_e(home) or '&nbsp;'}</span></td>"
        f"<td width='{text_w}'>{'<br>'.join(details)}</td>"
        f"<td class='status {e.status.value}' width='{status_w}'>{_e(e.status.label)}</td>"
    )


def programme_days(visit: Visit) -> dict[dt.date, list[Engagement]]:
    """The dated engagements by the local day they start on, each day's list in time order."""
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


@dataclass(frozen=True)
class DayPlace:
    """Where the delegation is on a day of the programme: places (cities, else countries) and zones."""

    places: tuple[str, ...]
    zones: tuple[str, ...]


def day_place(visit: Visit, day: dt.date, items: list[Engagement], fallback: schedule.Day | None) -> DayPlace:
    """The stops covering ``day``; else where that day's engagements are; else the planner's fallback stop."""
    stops = visit.stop_on(day)
    if stops:
        here = tuple(dict.fromkeys(s.city for s in stops))
        return DayPlace(here, tuple(dict.fromkeys(s.tz for s in stops)))
    cities = [e.city for e in items if e.city] or [e.country for e in items if e.country]
    zones = [e.tz for e in items if e.tz]
    if not cities and fallback is not None:
        cities = list(fallback.cities)
    if not zones and fallback is not None:
        zones = list(fallback.zones)
    return DayPlace(tuple(dict.fromkeys(c for c in cities if c)), tuple(dict.fromkeys(zones)))


def _day_heading(visit: Visit, day: dt.date, place: DayPlace) -> str:
    where = " → ".join(_e(c) for c in place.places)
    zone_text = "; ".join(_e(_zone_text(z, day)) for z in place.zones)
    home = _zone_text(visit.home_tz, day)
    return (
        f"<h2>{_fmt_day(day)}{' — ' + where if where else ''}</h2>"
        f"<p class='zone'>Local: {zone_text or '—'} &nbsp;|&nbsp; Home: {_e(home)}</p>"
    )


def _overview(visit: Visit, days: dict[dt.date, list[Engagement]]) -> str:
    """The title page's day-by-day table: date, where, zone, number of engagements."""
    calendar = {d.date: d for d in schedule.visit_days(visit)}
    rows = []
    for day in sorted(set(calendar) | set(days)):
        items = days.get(day, [])
        place = day_place(visit, day, items, calendar.get(day))
        zones = ", ".join(day_zone_label(z, day) for z in place.zones)
        rows.append(
            f"<tr><td>{day:%a} {day.day} {day:%b}</td><td>{_e(' → '.join(place.places)) or '—'}</td>"
            f"<td>{_e(zones) or '—'}</td><td align='right'>{len(items) or '—'}</td></tr>"
        )
    if not rows:
        return ""
    return (
        "<h2>Day by day</h2>"
        "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        "<tr><th width='18%'>Date</th><th width='32%'>City</th><th width='32%'>Zone</th>"
        "<th width='18%' align='right'>Engagements</th></tr>" + "".join(rows) + "</table>"
    )


def _contact_cells(c: Contact) -> str:
    side = "Delegation" if c.side is Side.DELEGATION else "Host"
    reach = "<br>".join(_e(x) for x in (c.email, c.phone) if x)
    return (
        f"<td width='27%'><b>{_e(c.name)}</b><br>{_e(c.name_native)}</td>"
        f"<td width='33%'>{_e(c.role)}<br>{_e(c.organisation)}</td>"
        f"<td width='12%'>{side}</td><td width='28%'>{reach}</td>"
    )


def _contacts_annex(contacts: Iterable[Contact]) -> str:
    ordered = sorted(contacts, key=lambda c: (c.side is not Side.DELEGATION, c.name.casefold()))
    if not ordered:
        return "<p>No contacts.</p>"
    header = (
        "<tr><th width='27%'>Name</th><th width='33%'>Role / organisation</th><th width='12%'>Side</th>"
        "<th width='28%'>E-mail / phone</th></tr>"
    )
    first = (
        "<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
        f"{header}<tr>{_contact_cells(ordered[0])}</tr></table>"
    )
    return first + "".join(_row_table(_contact_cells(c)) for c in ordered[1:])


def _unscheduled_row(visit: Visit, e: Engagement, flags: list[str] | None = None) -> str:
    reason = f"<br><i>{_e(e.unscheduled_reason)}</i>" if e.unscheduled_reason else ""
    reason += "".join(f"<br>{flag}" for flag in flags or [])
    place = ", ".join(p for p in (e.organisation, e.city or "", e.country or "") if p)
    people = _people(visit, e)
    return _row_table(
        f"<td width='86%'><b>{_e(e.title)}</b>{' — ' + _e(place) if place else ''}"
        f"{'<br>With: ' + people if people else ''}{reason}</td>"
        f"<td class='status {e.status.value}' width='14%'>{_e(e.status.label)}</td>"
    )


_STYLE = f"""
body {{ font-family: {_CSS_FONTS}; font-size: 10pt; color: #111; }}
h1 {{ font-size: 22pt; margin-bottom: 6pt; }}
h2 {{ font-size: 13pt; margin-top: 14pt; margin-bottom: 2pt; color: #1d3b6e; }}
h3 {{ font-size: 12pt; margin-top: 16pt; }}
p.zone {{ color: #555; font-size: 9pt; margin-top: 0; margin-bottom: 2pt; }}
p.kicker {{ font-size: 11pt; color: #555; margin-top: 40pt; }}
p.note {{ margin-top: 6pt; }}
td {{ vertical-align: top; }}
td.time {{ font-weight: bold; }}
span.home {{ color: #666; font-weight: normal; }}
td.status {{ color: #1b5e20; }}
td.cancelled {{ color: #b71c1c; }}
td.postponed, td.proposed, td.tentative {{ color: #e65100; }}
table.grid th {{ background-color: #e8edf5; text-align: left; }}
table.facts td {{ font-size: 11pt; }}
td.label {{ font-weight: bold; padding-right: 14pt; }}
span.clash {{ color: #b71c1c; font-weight: bold; }}
span.assumed, p.assumed {{ color: #92400e; }}
p.free {{ color: #555; font-style: italic; }}
"""


def _title_page(visit: Visit, days: dict[dt.date, list[Engagement]]) -> list[str]:
    first = visit.start_date or (min(days) if days else None)
    last = visit.end_date or (max(days) if days else None)
    dates = f"{_short(first)} – {_short(last)}" if first and last else "dates to be fixed"
    if first and last:
        dates += f" ({(last - first).days + 1} days)"
    countries = list(dict.fromkeys(s.country for s in visit.stops if s.country)) or list(
        dict.fromkeys(e.country for e in visit.engagements if e.country)
    )
    cities = list(dict.fromkeys(s.city for s in visit.stops))
    head = visit.head or next((c.name for c in visit.contacts if c.side is Side.DELEGATION), "")
    unscheduled = len(schedule.unscheduled(visit))
    dated = len(visit.engagements) - unscheduled
    facts = [
        ("Head of delegation", _e(head) or "—"),
        ("Dates", dates),
        ("Countries", _e(", ".join(countries)) or "—"),
        ("Cities", _e(", ".join(cities)) or "—"),
        ("Home time", _e(home_time_text(visit, first, last))),
        ("Engagements", f"{len(visit.engagements)} ({dated} dated, {unscheduled} unscheduled)"),
    ]
    rows = "".join(f"<tr><td class='label' width='28%'>{k}</td><td>{v}</td></tr>" for k, v in facts)
    note = (
        f"<p class='note'>Unscheduled: {unscheduled} engagement{'s' if unscheduled != 1 else ''} "
        "without a date, listed after the programme.</p>"
        if unscheduled
        else "<p class='note'>Every engagement has a date.</p>"
    )
    return [
        "<p class='kicker'>TOUR PROGRAMME</p>",
        f"<h1>{_e(visit.title)}</h1>",
        f"<table class='facts' width='100%' cellspacing='0' cellpadding='3'>{rows}</table>",
        _overview(visit, days),
        note,
    ]


def programme_html(visit: Visit, *, copy: str = "staff") -> str:
    """The tour programme as HTML (title page, day by day, unscheduled items, contacts annex); the
    ``staff`` copy flags clashes and open assumptions and adds the checks annex, the ``guest`` copy
    shows none of them."""
    days = programme_days(visit)
    calendar = {d.date: d for d in schedule.visit_days(visit)}
    staff = StaffFlags(visit) if copy == "staff" else None
    parts = ["<html><head><meta charset='utf-8'><style>", _STYLE, "</style></head><body>"]
    title = _title_page(visit, days)
    if staff is not None:
        title[0] = "<p class='kicker'>TOUR PROGRAMME · STAFF COPY</p>"
        title.append(staff.summary())
    parts += title
    parts.append("<h3 style='page-break-before: always'>Programme</h3>")
    for day in sorted(set(days) | set(calendar)):  # a free day of the visit is printed too
        items = days.get(day, [])
        parts.append(_day_heading(visit, day, day_place(visit, day, items, calendar.get(day))))
        if staff is not None:
            parts.extend(staff.day(day))
        parts.extend(_engagement_row(visit, e, staff.engagement(e) if staff else None) for e in items)
        if not items:
            parts.append("<p class='free'>No engagements planned.</p>")
    unscheduled = schedule.unscheduled(visit)
    parts.append("<h3>Unscheduled</h3>")
    if unscheduled:
        parts.extend(_unscheduled_row(visit, e, staff.engagement(e) if staff else None) for e in unscheduled)
    else:
        parts.append("<p>Every engagement has a date.</p>")
    parts.append("<h3 style='page-break-before: always'>Contacts</h3>")
    parts.append(_contacts_annex(visit.contacts))
    parts.append(programme_annex.delegation_html(visit))
    if staff is not None:
        parts.append(programme_annex.checks_annex_html(visit))
    parts.append("</body></html>")
    return "".join(parts)


# -- pagination -----------------------------------------------------------------------------------


def keep_together(doc: QTextDocument) -> int:
    """Move every block of the document that would be split by a page end to the next page.

    A block is a run of paragraphs (headings) with the table after it, or a table alone: a day
    heading stays with its first engagement, and no engagement or contact is split.  A block that
    does not fit on a page is left to flow.  Returns how many page breaks were added.
    """
    from PySide6.QtGui import QTextFormat

    height = doc.pageSize().height()
    margin = doc.documentMargin()
    added = 0
    start = 0
    while True:
        groups = _groups(doc)
        for index in range(start, len(groups)):
            top, bottom = _extent(doc, groups[index])
            if bottom - top > height - 2 * margin:
                continue
            if int(top // height) != int((bottom - 1) // height):
                _break_before(groups[index][0], QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                added += 1
                start = index + 1
                break
        else:
            return added


def _groups(doc: QTextDocument) -> list[list[object]]:
    """Top-level blocks and tables of ``doc`` cut into keep-together groups (see ``keep_together``)."""
    from PySide6.QtGui import QTextFormat

    groups: list[list[object]] = []
    run: list[object] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            groups.append([*run, frame])
            run = []
        else:
            block = it.currentBlock()
            forced = block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if forced and run:
                groups.append(run)
                run = []
            if block.length() > 1 or run:  # the empty blocks Qt puts between tables take no room
                run.append(block)
        it += 1
    if run:
        groups.append(run)
    return groups


def _extent(doc: QTextDocument, group: list[object]) -> tuple[float, float]:
    from PySide6.QtGui import QTextBlock, QTextFrame

    layout = doc.documentLayout()
    rects = []
    for item in group:
        if isinstance(item, QTextBlock):
            rects.append(layout.blockBoundingRect(item))
        elif isinstance(item, QTextFrame):
            rects.append(layout.frameBoundingRect(item))
    return min(r.top() for r in rects), max(r.bottom() for r in rects)


def _break_before(item: object, flag: object) -> None:
    from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextFrame

    if isinstance(item, QTextBlock):
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(flag)  # type: ignore[arg-type]
        QTextCursor(item).mergeBlockFormat(fmt)
    elif isinstance(item, QTextFrame):
        frame_format = item.frameFormat()
        frame_format.setPageBreakPolicy(flag)  # type: ignore[arg-type]
        item.setFrameFormat(frame_format)


def running_heads(doc: QTextDocument) -> dict[int, str]:
    """``{page: "Tuesday 21 October 2025 — Tokyo (continued)"}`` for pages that begin inside a day."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    headings: list[tuple[float, int, str]] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3):
            headings.append((layout.blockBoundingRect(block).top(), level, block.text()))
        block = block.next()
    heads: dict[int, str] = {}
    for page in range(1, doc.pageCount()):
        top = page * height
        before = [h for h in headings if h[0] < top]
        starts_with_heading = any(top <= h[0] < top + height * 0.05 for h in headings)
        if before and before[-1][1] == 2 and not starts_with_heading:
            heads[page] = f"{before[-1][2]} (continued)"
    return heads


# -- footer ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Footer:
    """The three parts of a page footer, each with the rectangle it is drawn in (no two overlap)."""

    title: str
    title_rect: QRectF
    page: str
    page_rect: QRectF
    printed: str
    printed_rect: QRectF


def footer_layout(metrics: QFontMetricsF, band: QRectF, title: str, page: str, printed: str) -> Footer:
    """Lay out the footer in ``band``: title left (elided to fit), page number centred, print date right."""
    from PySide6.QtCore import QRectF, Qt

    gap = metrics.horizontalAdvance("M") * 2
    page_w = metrics.horizontalAdvance(page) + 1
    printed_w = metrics.horizontalAdvance(printed) + 1
    printed_rect = QRectF(band.right() - printed_w, band.top(), printed_w, band.height())
    page_left = band.center().x() - page_w / 2
    page_left = min(page_left, printed_rect.left() - gap - page_w)  # never into the print date
    page_rect = QRectF(page_left, band.top(), page_w, band.height())
    title_w = max(0.0, page_rect.left() - gap - band.left())
    title_rect = QRectF(band.left(), band.top(), title_w, band.height())
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
    return Footer(elided, title_rect, page, page_rect, printed, printed_rect)


# -- writing --------------------------------------------------------------------------------------


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


def write_pdf(visit: Visit, path: Path, *, now: dt.datetime | None = None, copy: str = "staff") -> int:
    """Write the tour programme as an A4 PDF with page numbers and the print date; return the page count.

    The PDF is rendered into a temporary file beside ``path`` that replaces it only once
    complete (``core.writer``): a failure midway leaves the previous file as it was.
    """
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from planner.core.writer import replacing

    _application()
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        try:
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
            pages = paint_programme(visit, writer, str(path), now=now, copy=copy)
        finally:
            del writer  # closes the file before it is synced and renamed
        if temporary.stat().st_size == 0:
            from planner.core.errors import PlannerError

            raise PlannerError(f"{path}: cannot write the tour programme")
    return pages


def print_programme(
    visit: Visit, printer: Any, *, now: dt.datetime | None = None, copy: str = "staff"
) -> int:
    """Send the tour programme to a ``QPrinter`` the user chose in the print dialog."""
    from PySide6.QtGui import QPageLayout

    printer.setDocName(f"Tour programme: {visit.title}")
    printer.setPageMargins(_margins(), QPageLayout.Unit.Millimeter)  # the paper size is the user's choice
    return paint_programme(visit, printer, printer.printerName() or "the printer", now=now, copy=copy)


def paint_programme(
    visit: Visit, device: Any, where: str, *, now: dt.datetime | None = None, copy: str = "staff"
) -> int:
    """Lay the programme out on ``device`` (a ``QPdfWriter`` or a ``QPrinter``) with heads and footers."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextDocument

    from planner.core.errors import PlannerError

    printed = printed_text(visit, now or tz.now_utc())
    writer = device
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = writer.resolution() * 0.35  # inches for the footer band
    header_height = writer.resolution() * 0.25  # and for the running head of a continued day
    body = QSizeF(page.width(), page.height() - footer_height - header_height)

    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(10)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(font)
    doc.setHtml(programme_html(visit, copy=copy))
    doc.setPageSize(body)
    keep_together(doc)
    pages = doc.pageCount()
    heads = running_heads(doc)

    painter = QPainter()
    if not painter.begin(writer):
        raise PlannerError(f"{where}: cannot write the tour programme")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(8)
        metrics = QFontMetricsF(footer_font, writer)
        head_font = QFont(font)
        head_font.setPointSizeF(8.5)
        head_font.setItalic(True)
        band = QRectF(0, header_height + body.height(), body.width(), footer_height)
        head_band = QRectF(0, 0, body.width(), header_height)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for number in range(pages):
            if number:
                writer.newPage()
            if number in heads:
                painter.setFont(head_font)
                painter.setPen(QColor("#555555"))
                painter.drawText(head_band, flags, heads[number])
                painter.setPen(QColor("#000000"))
            painter.save()
            painter.translate(0, header_height - number * body.height())
            doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.drawLine(band.topLeft(), band.topRight())
            footer = footer_layout(metrics, band, visit.title, f"Page {number + 1} of {pages}", printed)
            painter.drawText(footer.title_rect, flags, footer.title)
            painter.drawText(footer.page_rect, flags, footer.page)
            painter.drawText(footer.printed_rect, flags, footer.printed)
    finally:
        painter.end()
    return pages
