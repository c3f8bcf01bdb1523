"""Start-up to the first painted main window, against a bare PySide6 window holding an empty table.

Each start is a fresh process (`benchmarks/first_paint.py`), so imports, Qt's platform plugin and the
database are paid for every time, as they are on a user's PC. Starts of the two alternate, after one
unmeasured start of each (file cache, the day's first backup), and the medians are compared.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import Measurement

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5


@dataclass(frozen=True)
class Start:
    seconds: float
    cpu_seconds: float
    peak_memory_kib: int | None
    loaded: tuple[str, ...]
    rows_seconds: float | None = None
    rows_shown: int = 0


def isolated_environment(workdir: Path) -> dict[str, str]:
    """The user's settings, logs and backups go to `workdir`, never to the real user folders."""
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = environment.get("QT_QPA_PLATFORM", "offscreen")
    # An installed program has its bytecode compiled (pip and PyInstaller do that); the unmeasured
    # first start writes it here, so that source compilation is not counted as start-up.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"):
        folder = workdir / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        environment[name] = str(folder)
    return environment


def start_once(mode: str, workdir: Path, environment: dict[str, str], database: Path | None = None) -> Start:
    report = workdir / f"first-paint-{mode}.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.first_paint", mode, str(report)]
    if database is not None:
        command += ["--database", str(database)]
    started = time.time()
    completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    if not report.exists():
        raise RuntimeError(f"the {mode} window was never painted (exit {completed.returncode}):\n{completed.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    rows_at = data.get("rows_at")
    return Start(data["painted_at"] - started, data["cpu_seconds"], data["peak_memory_kib"], tuple(data["loaded"]),
                 rows_at - started if rows_at else None, data.get("rows_shown", 0))


def measure(database: Path, workdir: Path, runs: int) -> tuple[list[Measurement], list[str]]:
    """Medians of `runs` starts of each; returns the measurements and notes on what the program had loaded."""
    environment = isolated_environment(workdir)
    start_once("bare", workdir, environment)
    start_once("app", workdir, environment, database)
    bare: list[Start] = []
    program: list[Start] = []
    for _ in range(runs):
        bare.append(start_once("bare", workdir, environment))
        program.append(start_once("app", workdir, environment, database))
    measurements = [Measurement(
        "start-up", "first painted main window, seeded database",
        statistics.median(item.seconds for item in program) * 1000,
        statistics.median(item.seconds for item in bare) * 1000, "ms", TARGET,
    )]
    measurements.append(Measurement(
        "start-up", "processor time until the first paint",
        statistics.median(item.cpu_seconds for item in program) * 1000,
        statistics.median(item.cpu_seconds for item in bare) * 1000, "ms",
    ))
    with_rows = [item.rows_seconds for item in program if item.rows_seconds is not None]
    if with_rows:
        measurements.append(Measurement(
            "start-up", "until the data is painted (read after the first paint)",
            statistics.median(with_rows) * 1000, statistics.median(item.seconds for item in bare) * 1000, "ms",
        ))
    if program[0].peak_memory_kib and bare[0].peak_memory_kib:
        measurements.append(Measurement(
            "start-up", "peak memory at first paint",
            statistics.median(item.peak_memory_kib or 0 for item in program) / 1024,
            statistics.median(item.peak_memory_kib or 0 for item in bare) / 1024, "MiB",
        ))
    last = program[-1]
    notes = [
        f"start-up: {runs} starts of each, medians; "
        f"at its first paint the program had loaded {', '.join(last.loaded) or 'none of openpyxl, alembic, sqlalchemy'}; "
        f"then its first table showed {last.rows_shown} rows"
    ]
    return measurements, notes
