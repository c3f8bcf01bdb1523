"""What the benchmarks share: a measured row against its baseline, medians, and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Measurement:
    """One comparison: the program against a baseline doing the same visible work, measured in one run."""

    benchmark: str
    case: str
    program: float
    baseline: float
    unit: str = "ms"
    target: float | None = None

    @property
    def ratio(self) -> float:
        return self.program / self.baseline if self.baseline else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "-"
        return "ok" if self.ratio <= self.target else "MISSED"


def median_ms(function: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def table(measurements: Sequence[Measurement]) -> str:
    """A Markdown table, as docs/PERFORMANCE.md holds it."""
    lines = [
        "| benchmark | case | program | baseline | ratio | target | |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for item in measurements:
        target = f"≤ {item.target:g}×" if item.target is not None else "-"
        lines.append(
            f"| {item.benchmark} | {item.case} | {_amount(item.program, item.unit)} | {_amount(item.baseline, item.unit)} "
            f"| {item.ratio:.2f}× | {target} | {item.verdict} |"
        )
    return "\n".join(lines)


def _amount(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    return f"{value:.0f} {unit}"
