"""Per-member programmes: one PDF per member with only what they attend; the staff copy's checks annex."""

from __future__ import annotations

import dataclasses
import stat
import subprocess
from pathlib import Path
from typing import Any

from planner.cli import main
from planner.core.model import Engagement, Member, Stay
from planner.ui.programme import programme_html
from tests.ui.conftest import D, at
from tests.ui.test_programme import needs_poppler

TOKYO = "Asia/Tokyo"


def _text(pdf: Path) -> str:
    return " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )


def _delegation(window: Any) -> None:
    view = window.delegation
    view.add_member(Member("Vishnu Deo Sai", role="Chief Minister", uid="m-cm"))
    view.add_member(Member("Rajat Kumar", role="Secretary, Industries", uid="m-rk"))
    view.add_stay(
        Stay("The Okura Tokyo", "Tokyo", "Japan", TOKYO, check_in=D(2025, 8, 21), check_out=D(2025, 8, 24))
    )
    for title, who, hour in (("Call on the Governor", "m-cm", 15), ("Textile buyers", "m-rk", 15)):
        e = Engagement(title, city="Tokyo", country="Japan", tz=TOKYO, start=at(TOKYO, 2025, 8, 22, hour, 0),
                       end=at(TOKYO, 2025, 8, 22, hour + 1, 0), member_uids=[who])  # fmt: skip
        window.session.save_engagement(e, f"Add {title}")


@needs_poppler
def test_each_member_gets_a_pdf_with_only_what_they_attend(window: Any, tmp_path: Path) -> None:
    _delegation(window)
    out = tmp_path / "programmes"
    out.mkdir()
    window.export_member_programmes(str(out))
    files = sorted(out.iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" for f in files)
    by_member = {("vishnu" in f.name): _text(f) for f in files}
    cm, rk = by_member[True], by_member[False]
    assert "Call on the Governor" in cm and "Textile buyers" not in cm
    assert "Textile buyers" in rk and "Call on the Governor" not in rk
    assert "Investor round table" in cm and "Investor round table" in rk  # the whole delegation's
    assert "The Okura Tokyo" in cm and "The Okura Tokyo" in rk  # their hotel
    assert "Checks" not in cm.split("Hotels")[-1]  # no staff annex in a member's copy
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert "2 member programmes written" in window.statusBar().currentMessage()


@needs_poppler
def test_planner_export_pdf_member(window: Any, repo: Any, visit_id: int, tmp_path: Path) -> None:
    _delegation(window)
    url = str(repo.engine.url)
    pdf = tmp_path / "rajat.pdf"
    assert (
        main(
            [
                "--db",
                url,
                "export",
                str(visit_id),
                "--format",
                "pdf",
                "--member",
                "rajat kumar",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    text = _text(pdf)
    assert "Textile buyers" in text and "Call on the Governor" not in text
    assert (
        main(["--db", url, "export", str(visit_id), "--format", "pdf", "--member", "Nobody", "-o", str(pdf)])
        != 0
    )


def test_the_staff_copy_has_a_checks_annex_with_dismissals(window: Any, qtbot: Any) -> None:
    _delegation(window)
    clash = Engagement("Press briefing 2", city="Tokyo", country="Japan", tz=TOKYO,
                       start=at(TOKYO, 2025, 8, 22, 15, 30), end=at(TOKYO, 2025, 8, 22, 16, 30),
                       member_uids=["m-rk"])  # fmt: skip
    with qtbot.waitSignal(window.session.checked):  # the checks run on the worker thread
        window.session.save_engagement(clash, "Add")
    finding = next(
        f for f in window.session.findings if f.code == "clash.member" and clash.uid in f.engagements
    )
    window.session.dismiss_finding(finding.key, "Rajat leaves the buyers early")
    visit = window.session.visit
    staff = programme_html(visit)
    assert ">Checks</h3>" in staff
    assert "dismissed: Rajat leaves the buyers early" in staff
    guest = programme_html(dataclasses.replace(visit), copy="guest")
    assert ">Checks</h3>" not in guest
    assert "The Okura Tokyo" in guest and "Secretary, Industries" in guest
