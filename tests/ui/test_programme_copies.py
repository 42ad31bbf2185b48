"""The printed programme in two copies: the staff copy flags clashes and open assumptions (with their
count on the title page), the guest copy shows neither; free days are printed day by day in both."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest

from planner.core import tz
from planner.core.article import parse_article
from planner.core.assumptions import AssumptionStatus
from planner.core.model import Engagement, Visit
from planner.ui.programme import programme_html, write_pdf
from tests.conftest import SEED

NOW = dt.datetime(2025, 8, 20, 6, 0, tzinfo=dt.UTC)


def seed_with_clash() -> Visit:
    """The seed as imported, with two meetings at once on 24 Aug in Osaka."""
    visit = parse_article(SEED.read_text(encoding="utf-8")).to_visit()
    start = tz.local_to_utc(dt.datetime(2025, 8, 24, 10, 0), "Asia/Tokyo")
    for title in ("Lunch with Kansai Keizai Doyukai", "Call on the Governor of Osaka"):
        visit.engagements.append(
            Engagement(title, city="Osaka", tz="Asia/Tokyo", start=start, end=start + dt.timedelta(hours=1))
        )
    return visit


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_staff_copy_flags_what_the_guest_copy_leaves_out() -> None:
    visit = seed_with_clash()
    staff, guest = programme_html(visit, copy="staff"), programme_html(visit, copy="guest")
    n = len(visit.assumptions)
    assert f"To confirm: {n} open assumptions" in staff
    assert "assumed in Osaka 25–27 Aug" in staff and "assumed in Osaka" not in guest
    assert "1 clash" in staff and "overlap" in staff.lower()
    assert "class='clash'" not in guest and "class='assumed'" not in guest and "STAFF COPY" not in guest
    # a confirmed guess is no longer flagged, and the count follows
    visit.assumptions = [
        a.decided(AssumptionStatus.CONFIRMED, "officer", NOW) if "Osaka 25" in a.text else a
        for a in visit.assumptions
    ]
    again = programme_html(visit, copy="staff")
    assert "assumed in Osaka 25–27 Aug" not in again and f"To confirm: {n - 1} open assumptions" in again


def test_free_days_appear_day_by_day_in_both_copies() -> None:
    visit = seed_with_clash()
    for copy in ("staff", "guest"):
        html = programme_html(visit, copy=copy)
        programme = html[html.index(">Programme</h3>") :]
        for day in ("Monday 25 August 2025", "Tuesday 26 August 2025", "Wednesday 27 August 2025"):
            heading = programme.index(day)
            following = programme[heading : programme.index("<h2>", heading + 1)]
            assert "No engagements planned." in following, (copy, day)
        sunday = programme.index("Sunday 24 August 2025")
        assert "No engagements planned." not in programme[sunday : programme.index("<h2>", sunday + 1)]


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="needs poppler-utils"
)
def test_pdftotext_finds_the_flags_in_the_staff_copy_only(qapp: Any, tmp_path: Path) -> None:
    visit = seed_with_clash()
    write_pdf(visit, tmp_path / "staff.pdf", now=NOW)  # staff is the default
    write_pdf(visit, tmp_path / "guest.pdf", now=NOW, copy="guest")
    staff, guest = pdf_text(tmp_path / "staff.pdf"), pdf_text(tmp_path / "guest.pdf")
    assert "STAFF COPY" in staff and f"{len(visit.assumptions)} open assumptions" in staff
    assert "assumed in Osaka 25–27 Aug" in staff
    assert "Seoul is taken from the gazetteer" in staff  # a guessed block, flagged beside it
    assert "Lunch with Kansai Keizai Doyukai" in guest and "No engagements planned." in guest
    for flag in ("STAFF COPY", "open assumption", "assumed in Osaka", "taken from the gazetteer", "overlap"):
        assert flag not in guest, flag


def test_cli_export_takes_the_copy_and_refuses_it_elsewhere(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner import cli
    from planner.storage import open_repository

    url = f"sqlite:///{tmp_path / 'p.db'}"
    with open_repository(url) as repo:
        visit_id = repo.add_visit(dataclasses.replace(seed_with_clash()))
    out = tmp_path / "guest.pdf"
    assert (
        cli.main(["--db", url, "export", str(visit_id), "--format", "pdf", "-o", str(out), "--copy", "guest"])
        == 0
    )
    assert "guest copy" in capsys.readouterr().out
    assert "assumed in Osaka" not in pdf_text(out)
    ics = tmp_path / "v.ics"
    code = cli.main(
        ["--db", url, "export", str(visit_id), "--format", "ics", "-o", str(ics), "--copy", "guest"]
    )
    assert code != 0 and not ics.exists()
    assert "--copy: only for --format pdf" in capsys.readouterr().err
