"""Measuring: interleaved rounds of a case and its baseline, medians, spread and the printed table."""

from __future__ import annotations

import gc
import json
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    """One row of the benchmark: the median value, its baseline from the same run, and the target ratio.

    ``spread`` is half the range of the per-round ratios (the ratio is known to
    about ± spread).  ``unit`` is ``s`` unless the figure is memory (``MB``) or
    a growth exponent (``exponent``: ``value_s``/``baseline_s`` are then the
    times at the largest and smallest size).
    """

    name: str
    value_s: float
    baseline_s: float
    ratio: float
    target: float | None
    spread: float
    unit: str = "s"
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.target is None or math.isnan(self.ratio):
            return None
        return self.ratio <= self.target

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value_s": _finite(self.value_s),
            "baseline_s": _finite(self.baseline_s),
            "ratio": _finite(self.ratio),
            "target": self.target,
            "spread": _finite(self.spread),
            "unit": self.unit,
            "met": self.met,
            "note": self.note,
            **self.extra,
        }


def _finite(x: float) -> float | None:
    return None if math.isnan(x) or math.isinf(x) else round(x, 6)


def clock(func: Callable[[], object]) -> float:
    """Wall time of one call, with the garbage collector run before (not during) it."""
    gc.collect()
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def compare(
    name: str,
    case: Callable[[], object],
    baseline: Callable[[], object],
    *,
    rounds: int,
    target: float | None,
    warmup: int = 1,
    note: str = "",
    **extra: Any,
) -> Figure:
    """Run ``baseline`` then ``case`` in each of ``rounds`` rounds (after ``warmup`` unmeasured ones)."""
    for _ in range(warmup):
        baseline()
        case()
    base_times, case_times = [], []
    for _ in range(rounds):
        base_times.append(clock(baseline))
        case_times.append(clock(case))
    return figure(name, case_times, base_times, target=target, note=note, **extra)


def figure(
    name: str,
    values: list[float],
    baselines: list[float],
    *,
    target: float | None,
    unit: str = "s",
    note: str = "",
    **extra: Any,
) -> Figure:
    """The figure of paired samples: ratio of the medians, spread from the per-round ratios."""
    value, base = statistics.median(values), statistics.median(baselines)
    ratios = [v / b for v, b in zip(values, baselines, strict=True) if b > 0]
    spread = (max(ratios) - min(ratios)) / 2 if len(ratios) > 1 else float("nan")
    ratio = value / base if base > 0 else float("nan")
    return Figure(name, value, base, ratio, target, spread, unit, note, extra)


def fit_exponent(sizes: list[int], times: list[float]) -> float:
    """The slope of log(time) against log(size) by least squares: 1 is linear, 2 quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def table(figures: list[Figure]) -> str:
    """The human-readable report: one line per figure, then its note."""
    lines = [f"{'figure':<58} {'value':>10} {'baseline':>10} {'ratio':>7} {'±':>5} {'target':>6}  met"]
    for f in figures:
        value = _shown(f.value_s, f.unit)
        base = _shown(f.baseline_s, f.unit)
        target = "-" if f.target is None else f"{f.target:g}"
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        lines.append(
            f"{f.name[:58]:<58} {value:>10} {base:>10} {f.ratio:>7.2f} {f.spread:>5.2f} {target:>6}  {met}"
        )
        if f.note:
            lines.append(f"    {f.note}")
    return "\n".join(lines)


def _shown(x: float, unit: str) -> str:
    if math.isnan(x):
        return "-"
    if unit == "MB":
        return f"{x:.0f} MB"
    if x >= 1:
        return f"{x:.2f} s"
    return f"{x * 1000:.1f} ms"


def dumps(figures: list[Figure]) -> str:
    return json.dumps([f.to_json() for f in figures], ensure_ascii=False, indent=2)
