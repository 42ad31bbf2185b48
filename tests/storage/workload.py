"""A random workload for the concurrency test: one process's adds, edits, deletes and merges,
each recorded with whether it was saved, and the replay of the saved ones."""

from __future__ import annotations

import copy
import dataclasses
import random
from functools import partial
from typing import Any

from planner.core.errors import ConflictError, NotFoundError
from planner.core.model import Contact, Engagement, Member, Stay, Visit

# An operation: (kind, data). Kinds: add_e, edit_e, del_e, add_c, edit_c, del_c, merge; a merge's
# steps may also add, edit or delete members (add_m, edit_m, del_m) and stays (add_s, edit_s, del_s).
Op = tuple[str, dict[str, Any]]
State = dict[str, dict[str, Any]]  # {"e": {uid: {...}}, "c": {uid: {...}}, "m": {uid: role}, "s": …}
_PARTS = {"m": ("members", Member, "role"), "s": ("stays", Stay, "confirmation")}


def state_of(visit: Visit) -> State:
    """What the test compares: engagements and contacts by uid, with the fields the workload edits."""
    return {
        "e": {
            e.uid: {"title": e.title, "notes": e.notes, "contacts": list(e.contact_uids)}
            for e in visit.engagements
        },
        "c": {c.uid: {"name": c.name, "notes": c.notes} for c in visit.contacts},
        "m": {m.uid: m.role for m in visit.members},
        "s": {s.uid: s.confirmation for s in visit.stays},
    }


def replay(start: State, ops: list[Op]) -> State:
    """The state after applying exactly ``ops`` in order to ``start``."""
    state = copy.deepcopy(start)
    for kind, data in ops:
        apply(state, kind, data)
    return state


def apply(state: State, kind: str, data: dict[str, Any]) -> None:
    if kind == "merge":
        for sub_kind, sub in data["steps"]:
            apply(state, sub_kind, sub)
    elif kind in ("add_e", "edit_e"):
        old = state["e"].get(data["uid"], {"contacts": []})
        state["e"][data["uid"]] = {
            "title": data["title"],
            "notes": data["notes"],
            "contacts": old["contacts"],
        }
    elif kind == "del_e":
        state["e"].pop(data["uid"], None)  # a broken store may have let it be deleted twice
    elif kind[-1] in _PARTS:  # a member or a stay
        if kind.startswith("del"):
            state[kind[-1]].pop(data["uid"], None)
        else:
            state[kind[-1]][data["uid"]] = data["value"]
    elif kind in ("add_c", "edit_c"):
        state["c"][data["uid"]] = {"name": data["name"], "notes": data["notes"]}
    elif kind == "del_c":
        state["c"].pop(data["uid"], None)
        for engagement in state["e"].values():
            engagement["contacts"] = [u for u in engagement["contacts"] if u != data["uid"]]


def _choose_step(rng: random.Random, visit: Visit, name: str, k: int) -> tuple[str, dict[str, Any]] | None:
    roll = rng.random()
    note = f"{name}-{k}"
    if roll < 0.25 or not visit.engagements:
        return "add_e", {"uid": f"e-{name}-{k}", "title": f"Meeting {name} {k}", "notes": note}
    if roll < 0.5:
        e = rng.choice(visit.engagements)
        return "edit_e", {"uid": e.uid, "title": e.title, "notes": note, "version": e.version}
    if roll < 0.65:
        e = rng.choice(visit.engagements)
        return "del_e", {"uid": e.uid, "version": e.version}
    if roll < 0.75 or not visit.contacts:
        return "add_c", {"uid": f"c-{name}-{k}", "name": f"Officer {name} {k}", "notes": note}
    if roll < 0.9:
        c = rng.choice(visit.contacts)
        return "edit_c", {"uid": c.uid, "name": c.name, "notes": note, "version": c.version}
    c = rng.choice(visit.contacts)
    return "del_c", {"uid": c.uid, "version": c.version}


def _delegation_step(rng: random.Random, visit: Visit, name: str, k: int) -> tuple[str, dict[str, Any]]:
    """Add, edit or delete a member or a stay (only a whole-visit save changes those)."""
    part = rng.choice(tuple(_PARTS))
    field, _, _ = _PARTS[part]
    items = getattr(visit, field)
    roll = rng.random()
    if roll < 0.4 or not items:
        return f"add_{part}", {"uid": f"{part}-{name}-{k}", "value": f"{name}-{k}"}
    chosen = rng.choice(items)
    if roll < 0.8:
        return f"edit_{part}", {"uid": chosen.uid, "value": f"{name}-{k}"}
    return f"del_{part}", {"uid": chosen.uid}


def _merged(visit: Visit, steps: list[tuple[str, dict[str, Any]]]) -> Visit:
    """``visit`` with the merge's steps applied in memory (what a calendar merge does to the copy)."""
    merged = copy.deepcopy(visit)
    for kind, data in steps:
        if kind == "add_e":
            merged.engagements.append(Engagement(data["title"], notes=data["notes"], uid=data["uid"]))
        elif kind == "edit_e":
            e = merged.engagement(data["uid"])
            assert e is not None
            e.notes = data["notes"]
        elif kind == "del_e":
            merged.engagements = [e for e in merged.engagements if e.uid != data["uid"]]
        elif kind[-1] in _PARTS:
            field, make, attribute = _PARTS[kind[-1]]
            items = [i for i in getattr(merged, field) if i.uid != data["uid"]]
            if not kind.startswith("del"):
                old = next((i for i in getattr(merged, field) if i.uid == data["uid"]), None)
                new = dataclasses.replace(old) if old is not None else make(f"{field} {data['uid']}")
                new.uid = data["uid"]
                setattr(new, attribute, data["value"])
                items.append(new)
            setattr(merged, field, items)
    return merged


def run(url: str, name: str, seed: int, count: int, visit_id: int) -> list[tuple[Op, bool]]:
    """``count`` random operations on visit ``visit_id`` from a copy that is often stale."""
    from planner.storage import open_repository

    rng = random.Random(seed)
    repo = open_repository(url)
    repo.user = name
    done: list[tuple[Op, bool]] = []
    visit = repo.load_visit(visit_id)
    try:
        for k in range(count):
            if rng.random() < 0.25:
                visit = repo.load_visit(visit_id)
            if rng.random() < 0.2:
                steps = []
                for j in range(rng.randint(1, 3)):
                    step: tuple[str, dict[str, Any]] | None
                    if rng.random() < 0.5:
                        step = _delegation_step(rng, visit, name, k * 10 + j)
                    else:
                        step = _choose_step(rng, visit, name, k * 10 + j)
                    fresh = step is not None and all(s[1]["uid"] != step[1]["uid"] for s in steps)
                    if step is not None and fresh and step[0] not in ("add_c", "edit_c", "del_c"):
                        steps.append(step)
                op: Op = ("merge", {"steps": steps})
                saved = _try(partial(repo.save_visit, action="merged"), _merged(visit, steps))
                if saved is not None:
                    visit = saved
            else:
                step = _choose_step(rng, visit, name, k)
                assert step is not None
                op = step
                result = _try(_single, repo, visit, *step)
                saved = result
                if result is not None:
                    _update_copy(visit, step, result)
            done.append((op, saved is not None))
    finally:
        repo.close()
    return done


def _try(action: Any, *args: Any, **kwargs: Any) -> Any:
    """The action's result, or None when it was refused (the only other outcome allowed)."""
    try:
        result = action(*args, **kwargs)
    except (ConflictError, NotFoundError):
        return None
    return True if result is None else result


def _single(repo: Any, visit: Visit, kind: str, data: dict[str, Any]) -> Any:
    assert visit.id is not None
    visit_id = visit.id
    if kind == "edit_e":  # the copy's engagement (its other fields, its version) with new notes
        seen = visit.engagement(data["uid"])
        assert seen is not None
        return repo.save_engagement(visit_id, dataclasses.replace(seen, notes=data["notes"]))
    if kind == "add_e":
        return repo.save_engagement(visit_id, Engagement(data["title"], notes=data["notes"], uid=data["uid"]))
    if kind == "del_e":
        return repo.delete_engagement(visit_id, data["uid"], version=data["version"])
    if kind in ("add_c", "edit_c"):
        return repo.save_contact(
            visit_id,
            Contact(data["name"], notes=data["notes"], uid=data["uid"], version=data.get("version", 0)),
        )
    return repo.delete_contact(visit_id, data["uid"], version=data["version"])


def _update_copy(visit: Visit, step: tuple[str, dict[str, Any]], result: Any) -> None:
    kind, data = step
    if kind in ("add_e", "edit_e"):
        visit.engagements = [e for e in visit.engagements if e.uid != data["uid"]] + [result]
    elif kind == "del_e":
        visit.engagements = [e for e in visit.engagements if e.uid != data["uid"]]
    elif kind in ("add_c", "edit_c"):
        visit.contacts = [c for c in visit.contacts if c.uid != data["uid"]] + [result]
    else:
        visit.contacts = [c for c in visit.contacts if c.uid != data["uid"]]
        for e in visit.engagements:
            e.contact_uids = [u for u in e.contact_uids if u != data["uid"]]
