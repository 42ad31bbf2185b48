"""The printed programme's delegation pages: members and hotels for every copy, the checks for staff."""

from __future__ import annotations

import html

from planner.core.checks import Finding, run_checks
from planner.core.model import Visit


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='grid' width='100%' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def delegation_html(visit: Visit) -> str:
    """The delegation (head first) and the hotels, or nothing when the visit lists neither."""
    parts: list[str] = []
    if visit.members:
        members = sorted(visit.members, key=lambda m: not m.is_head)
        rows = [
            [
                _e(m.name) + (f"<br><span class='home'>{_e(m.name_native)}</span>" if m.name_native else ""),
                _e(m.role) + (" (head)" if m.is_head else ""),
                _e(m.department),
                "<br>".join(_e(x) for x in (m.phone, m.email) if x),
            ]
            for m in members
        ]
        parts += ["<h3>Delegation</h3>", _table(["Name", "Role", "Department", "Phone / e-mail"], rows)]
    if visit.stays:
        rows = []
        for s in visit.stays:
            check_in = f"{s.check_in:%a %d %b}" if s.check_in else ""
            check_out = f"{s.check_out:%a %d %b}" if s.check_out else ""
            if s.check_in_time:
                check_in += f" {s.check_in_time:%H:%M}"
            if s.check_out_time:
                check_out += f" {s.check_out_time:%H:%M}"
            where = ", ".join(_e(x) for x in (s.address, s.city) if x)
            rows.append([_e(s.hotel), where, _e(check_in), _e(check_out), _e(s.confirmation)])
        header = ["Hotel", "Address", "Check-in", "Check-out", "Confirmation"]
        parts += ["<h3>Hotels</h3>", _table(header, rows)]
    return "".join(parts)


def checks_annex_html(visit: Visit, findings: list[Finding] | None = None) -> str:
    """Staff copy only: every finding of the checks, dismissed ones with the reason given."""
    found = run_checks(visit) if findings is None else findings
    parts = ["<h3 style='page-break-before: always'>Checks</h3>"]
    if not found:
        parts.append("<p>The checks found nothing to report.</p>")
        return "".join(parts)
    rows = [
        [
            _e(f.severity.value.capitalize()),
            _e(f.message),
            _e(f"dismissed: {f.dismissed}") if f.dismissed is not None else "open",
        ]
        for f in found
    ]
    parts.append(_table(["Severity", "Finding", "State"], rows))
    return "".join(parts)
