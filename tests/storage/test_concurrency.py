"""Several processes edit one visit at random from copies that are often stale: every operation is
saved or refused, and the database equals the replay of exactly the saved ones, in the order the
change log gives (no lost update, no resurrected row); on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing

import sqlalchemy as sa

from planner.storage import open_repository
from planner.storage.schema import ChangeRow
from tests.factories import make_visit
from tests.storage import workload

WORKERS = 2
OPERATIONS = 100  # per worker


def test_random_concurrent_edits_lose_nothing_and_resurrect_nothing(db_url: str) -> None:
    with open_repository(db_url) as repo:
        visit_id = repo.add_visit(make_visit())
        start = workload.state_of(repo.load_visit(visit_id))
    names = [f"worker{n}" for n in range(WORKERS)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(WORKERS) as pool:
        results = pool.starmap(
            workload.run, [(db_url, name, 1000 + n, OPERATIONS, visit_id) for n, name in enumerate(names)]
        )
    pool.join()

    saved = {name: [op for op, ok in done if ok] for name, done in zip(names, results, strict=True)}
    with open_repository(db_url) as repo:
        with repo.engine.connect() as conn:
            order = list(
                conn.execute(
                    sa.select(ChangeRow.changed_by)
                    .where(ChangeRow.changed_by.in_(names))
                    # a merge logs one "visit" row, then one per member or stay it changed
                    .where(ChangeRow.kind.in_(("visit", "engagement", "contact")))
                    .order_by(ChangeRow.id)
                ).scalars()
            )
        final = workload.state_of(repo.load_visit(visit_id))
    assert sorted(order) == sorted(n for n in names for _ in saved[n]), "one log row per saved operation"
    queues = {name: iter(saved[name]) for name in names}
    expected = workload.replay(start, [next(queues[name]) for name in order])

    lost = resurrected = 0
    for part in ("e", "c", "m", "s"):
        for uid, value in expected[part].items():
            lost += final[part].get(uid) != value
        resurrected += len(set(final[part]) - set(expected[part]))
    total = sum(len(done) for done in results)
    refused = total - sum(len(ops) for ops in saved.values())
    merges = sum(1 for done in results for op, ok in done if ok and op[0] == "merge")
    delegation = sum(
        1
        for done in results
        for op, ok in done
        if ok and op[0] == "merge"
        for s in op[1]["steps"]
        if s[0][-1] in "ms"
    )
    print(
        f"\n{db_url.split(':')[0]}: {total} operations by {WORKERS} processes: {total - refused} saved "
        f"({merges} merges, {delegation} member or stay changes in them), "
        f"{refused} refused; {lost} lost updates, {resurrected} resurrected rows"
    )
    assert refused > 0 and total - refused > total // 4  # the workload really contends, and still works
    assert (lost, resurrected) == (0, 0)
    assert final == expected
