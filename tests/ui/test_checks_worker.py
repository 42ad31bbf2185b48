"""The checks run on the worker thread; their findings arrive on the UI thread, and a result for a
visit that has changed since is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QApplication

from planner.core.model import Engagement, Member
from planner.ui.state import checking
from tests.ui.conftest import at

TOKYO = "Asia/Tokyo"


def clashing(title: str, hour: int = 15) -> Engagement:
    return Engagement(title, city="Tokyo", country="Japan", tz=TOKYO,
                      start=at(TOKYO, 2025, 8, 22, hour, 0), end=at(TOKYO, 2025, 8, 22, hour + 1, 0),
                      member_uids=["m-rk"])  # fmt: skip


def member_clashes(findings: list[Any], *engagements: Engagement) -> list[Any]:
    """The findings of one member booked twice that concern one of ``engagements``."""
    uids = {e.uid for e in engagements}
    return [f for f in findings if f.code == "clash.member" and uids & set(f.engagements)]


@contextmanager
def worker_held(window: Any) -> Iterator[None]:
    """Keep the worker busy until the block ends, so what is asked meanwhile queues behind it."""
    gate = threading.Event()
    window.worker.submit(lambda _p: gate.wait(30), lambda _r: None)
    try:
        yield
    finally:
        gate.set()


def test_the_checks_run_on_the_worker_and_their_findings_arrive_on_the_ui_thread(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    session = window.session
    window.delegation.add_member(Member("Rajat Kumar", uid="m-rk"))
    threads: list[threading.Thread] = []
    real = checking.run_checks

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(checking, "run_checks", recorded)
    meti, buyers = clashing("Call on METI"), clashing("Textile buyers")
    session.save_engagement(meti, "Add")
    with qtbot.waitSignal(session.checked) as blocker:
        session.save_engagement(buyers, "Add")
        assert session.checker.pending  # the edit returned before the checks ran
    assert threads and all(t is not threading.main_thread() for t in threads)
    [clash] = member_clashes(blocker.args[0], buyers)
    assert set(clash.engagements) == {meti.uid, buyers.uid}
    assert member_clashes(session.findings, buyers) == [clash]
    assert window.checks.list.count() == len(session.open_findings())  # the panel shows the result
    assert window.findings_label.text().startswith(f"{len(session.open_findings())} finding")


def test_a_result_for_a_visit_changed_meanwhile_is_dropped(window: Any, qtbot: Any) -> None:
    session = window.session
    window.delegation.add_member(Member("Rajat Kumar", uid="m-rk"))
    meti = clashing("Call on METI")
    with qtbot.waitSignal(session.checked):
        session.save_engagement(meti, "Add")
    assert member_clashes(session.findings, meti) == []
    shown: list[list[Any]] = []
    session.checked.connect(shown.append)
    runs = session.checker.runs
    with worker_held(window):
        buyers = clashing("Textile buyers")
        session.save_engagement(buyers, "Add")  # a clash: checked first, on the visit as it was then
        session.save_engagement(clashing("Another call", hour=18), "Add")
        session.delete_engagement(buyers.uid)  # no clash any more
    with qtbot.waitSignal(session.checked):
        pass
    window.worker.wait()
    QApplication.processEvents()
    # the run that saw the clash ended after the visit had changed: never shown, only the newest was
    assert len(shown) == 1 and member_clashes(shown[0], meti) == []
    assert member_clashes(session.findings, meti) == []
    assert session.checker.runs == runs + 2  # the three requests made while busy were folded into two runs


def test_a_result_for_a_visit_no_longer_shown_is_dropped(window: Any, qtbot: Any, repo: Any) -> None:
    from tests.ui.conftest import seed_like_visit

    session = window.session
    session.checks_on_open = False  # the other visit is not checked: only a stale result could arrive
    other = repo.add_visit(seed_like_visit())
    window.delegation.add_member(Member("Rajat Kumar", uid="m-rk"))
    shown: list[list[Any]] = []
    session.checked.connect(shown.append)
    with worker_held(window):
        session.save_engagement(clashing("Call on METI"), "Add")
        session.save_engagement(clashing("Textile buyers"), "Add")
        window.open_visit(other)
    window.worker.wait()
    QApplication.processEvents()
    assert shown == [] and session.findings == [] and session.visit_id == other
