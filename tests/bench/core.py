"""Figures of the plain-Python core: ICS export and import against icalendar itself, the article parser."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.bench.data import ROOT, office_visit
from tests.bench.harness import Figure, compare, figure

if TYPE_CHECKING:
    from planner.core.model import Visit


def icalendar_directly(visit: Visit) -> bytes:
    """The same events built and serialised with icalendar alone: zoned start and end, the texts, and
    one VTIMEZONE per zone (``add_missing_timezones``)."""
    from icalendar import Calendar, Event

    from planner.core import tz

    cal = Calendar.new(prodid="-//bench//EN")
    stamp = tz.now_utc().replace(microsecond=0)
    for e in visit.engagements:
        if e.start is None or e.end is None or e.tz is None:
            continue
        event = Event.new(
            uid=e.uid,
            stamp=stamp,
            summary=e.title,
            description=e.notes,
            location=f"{e.venue}, {e.city}",
            categories=e.sectors,
        )
        event.add("DTSTART", tz.local_naive(e.start, e.tz), {"TZID": e.tz})
        event.add("DTEND", tz.local_naive(e.end, e.tz), {"TZID": e.tz})
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def ics_export(engagements: int, *, rounds: int) -> tuple[Figure, bytes]:
    from planner.core import ics

    visit = office_visit(engagements)
    warm = office_visit(20)
    ics.export_calendar(warm)  # imports and caches outside the measured rounds
    icalendar_directly(warm)
    found = compare(
        f"ICS export of {engagements:,} engagements",
        lambda: ics.export_calendar(visit),
        lambda: icalendar_directly(visit),
        rounds=rounds,
        warmup=0,
        target=1.4,
        note="ics.export_calendar vs building and serialising the same events with icalendar",
    )
    return found, ics.export_calendar(visit).data


def ics_import(data: bytes, engagements: int, *, rounds: int) -> Figure:
    from icalendar import Calendar

    from planner.core import ics

    ics.parse_calendar(ics.export_calendar(office_visit(20)).data, name="warm.ics")
    return compare(
        f"ICS import of that file ({engagements:,} events)",
        lambda: ics.parse_calendar(data, name="bench.ics"),
        lambda: Calendar.from_ical(data),
        rounds=rounds,
        warmup=0,
        target=1.4,
        note="ics.parse_calendar vs icalendar.Calendar.from_ical",
    )


SENTENCE_END = re.compile(r"(?<=[.!?।])\s+")


def seed_path() -> Path:
    from planner.paths import seed_articles

    return seed_articles()[0]


def seed_text() -> str:
    return seed_path().read_text(encoding="utf-8")


def parse_seed(*, rounds: int) -> Figure:
    from planner.core.article import parse_article

    text = seed_text()
    found = compare(
        "parse the seed article (in process)",
        lambda: parse_article(text),
        lambda: SENTENCE_END.split(text),
        rounds=rounds,
        target=None,
        note="vs splitting the same text into sentences; to report, and under 0.1 s",
    )
    found.extra["limit_s"] = 0.1
    found.note += f": {'yes' if found.value_s < 0.1 else 'NO'}"
    return found


#: A fresh process parsing the seed: the time of the import and of the first parse, and the standard
#: library modules it loaded (for the baseline to load the same).
COLD_PARSE = """
import sys, time
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
from planner.core.article import parse_article
imported, cpu = time.perf_counter(), time.process_time()
parse_article(text)
parsed, cpu = time.perf_counter(), time.process_time() - cpu
import json
std = sys.stdlib_module_names
stdlib = sorted(m for m in sys.modules if m.split(".")[0] in std and not m.startswith("__"))
print(json.dumps({"import_s": imported - start, "parse_s": parsed - imported, "cpu_s": cpu,
                  "stdlib": stdlib}))
"""
#: The baseline: a fresh process importing those standard library modules and nothing else.
STDLIB_ONLY = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


#: Where the fresh processes keep their bytecode, as an installed app has it (not in the checkout)
PYCACHE = Path(tempfile.gettempdir()) / "planner-bench" / "pycache"


def _python(code: str, *args: str) -> tuple[float, str]:
    """Wall time of a fresh ``python -c code args``, from spawning it to its exit, and its output.

    The process writes and reads its bytecode in :data:`PYCACHE` even where
    ``PYTHONDONTWRITEBYTECODE`` is set: else every run would compile the parser's source again.
    """
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        PYTHONPYCACHEPREFIX=str(PYCACHE),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"a fresh process failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def parse_seed_cold(*, rounds: int) -> Figure:
    """A fresh process that imports the parser and parses the seed, vs one that imports the same
    standard library modules only (their list taken from the first, in this run)."""
    seed = str(seed_path())
    _, out = _python(COLD_PARSE, seed)  # unmeasured: writes the bytecode, fills the disk cache
    stdlib = json.loads(out)["stdlib"]
    _python(STDLIB_ONLY, *stdlib)
    values, bases, imports, parses, cpus = [], [], [], [], []
    for _ in range(rounds):
        bases.append(_python(STDLIB_ONLY, *stdlib)[0])
        elapsed, out = _python(COLD_PARSE, seed)
        inside = json.loads(out)
        values.append(elapsed)
        imports.append(inside["import_s"])
        parses.append(inside["parse_s"])
        cpus.append(inside["cpu_s"])
    first = statistics.median(parses)
    found = figure(
        "parse the seed article, cold (fresh process)",
        values,
        bases,
        target=None,
        note=f"a fresh python importing planner.core.article and parsing the seed vs one importing the same "
        f"{len(stdlib)} standard library modules; inside it (medians) the import took "
        f"{statistics.median(imports) * 1000:.0f} ms and the first parse {first * 1000:.0f} ms "
        f"({statistics.median(cpus) * 1000:.0f} ms of CPU)",
        import_s=round(statistics.median(imports), 6),
        first_parse_s=round(first, 6),
        first_parse_cpu_s=round(statistics.median(cpus), 6),
        limit_s=0.1,
    )
    found.note += f" (under 0.1 s: {'yes' if first < 0.1 else 'NO'})"
    return found
