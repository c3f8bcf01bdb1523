"""Start-up: to the first painted main window, against a bare PySide6 window holding an empty table;
and to the first painted rows of data, against a bare PySide6 window with four tables of 30 rows.

Each start is a fresh process (`benchmarks/first_paint.py`), so imports, Qt's platform plugin and the
database are paid for every time, as they are on a user's PC. Starts of the baselines and of the
program alternate, after one unmeasured start of each (file cache, the day's first backup; the
program's runs on until it has kept its first rows for the next start), and the medians are compared.

The program is started twice per round: as a user starts it on a working day, with the rows kept from
the last session (`gui/first_rows.py`), and as it starts the very first time or after the Bureau tab
was open last, without them.
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
DATA_TARGET = 2.0
KEPT_ROWS_PATTERN = "*.first-rows.json"


@dataclass(frozen=True)
class Start:
    seconds: float
    cpu_seconds: float
    peak_memory_kib: int | None
    loaded: tuple[str, ...]
    rows_seconds: float | None = None
    rows_shown: int = 0
    live_seconds: float | None = None
    peak_memory_kib_live: int | None = None
    peak_memory_kib_with_rows: int | None = None


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


def start_once(mode: str, workdir: Path, environment: dict[str, str], database: Path | None = None,
               settle: float = 0.0) -> Start:
    report = workdir / f"first-paint-{mode}.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.first_paint", mode, str(report)]
    if database is not None:
        command += ["--database", str(database)]
    if settle:
        command += ["--settle", str(settle)]
    started = time.time()
    completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    if not report.exists():
        raise RuntimeError(f"the {mode} window was never painted (exit {completed.returncode}):\n{completed.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    rows_at, live_at = data.get("rows_at"), data.get("live_at")
    return Start(data["painted_at"] - started, data["cpu_seconds"], data["peak_memory_kib"], tuple(data["loaded"]),
                 rows_at - started if rows_at else None, data.get("rows_shown", 0),
                 live_at - started if live_at else None, data.get("peak_memory_kib_live"),
                 data.get("peak_memory_kib_with_rows"))


def kept_rows_files(environment: dict[str, str]) -> list[Path]:
    """The rows the program keeps for its next start, beside its settings (isolated by the environment)."""
    return sorted(Path(environment["XDG_CONFIG_HOME"]).rglob(KEPT_ROWS_PATTERN)) + \
        sorted(Path(environment["APPDATA"]).rglob(KEPT_ROWS_PATTERN))


def _median(values: list[float | None], scale: float = 1000) -> float:
    found = [value for value in values if value is not None]
    return statistics.median(found) * scale if found else float("nan")


def measure(database: Path, workdir: Path, runs: int, scale: int = 1) -> tuple[list[Measurement], list[str]]:
    """Medians of `runs` starts of each; returns the measurements and notes on what the program had loaded.

    At scale 1 everything is reported; at other scales only the time to data (the window is the same)."""
    workdir.mkdir(parents=True, exist_ok=True)
    environment = isolated_environment(workdir)
    for stale in kept_rows_files(environment):
        stale.unlink()
    start_once("bare", workdir, environment)
    start_once("bare-rows", workdir, environment)
    # The first start of all: it opens the database, shows the board and keeps its rows for the next.
    start_once("app", workdir, environment, database, settle=2.0)
    kept = kept_rows_files(environment)
    if len(kept) != 1:
        raise RuntimeError(f"the program kept no rows for its next start ({kept})")
    kept_rows = kept[0].read_bytes()
    bare: list[Start] = []
    bare_rows: list[Start] = []
    program: list[Start] = []
    without_kept: list[Start] = []
    for _ in range(runs):
        bare.append(start_once("bare", workdir, environment))
        bare_rows.append(start_once("bare-rows", workdir, environment))
        kept[0].write_bytes(kept_rows)
        program.append(start_once("app", workdir, environment, database))
        kept[0].unlink()
        without_kept.append(start_once("app", workdir, environment, database))
    kept[0].write_bytes(kept_rows)
    bare_ms = _median([item.seconds for item in bare])
    bare_rows_ms = _median([item.rows_seconds for item in bare_rows])
    measurements: list[Measurement] = []
    if scale == 1:
        measurements.append(Measurement(
            "start-up", "first painted main window, seeded database",
            _median([item.seconds for item in program]), bare_ms, "ms", TARGET,
        ))
        measurements.append(Measurement(
            "start-up", "processor time until the first paint",
            _median([item.cpu_seconds for item in program]), _median([item.cpu_seconds for item in bare]), "ms",
        ))
    measurements.append(Measurement(
        "start-up", f"first rows painted, {scale}x (kept from the last session, greyed until read afresh)",
        _median([item.rows_seconds for item in program]), bare_rows_ms, "ms", DATA_TARGET,
    ))
    measurements.append(Measurement(
        "start-up", f"rows read from the open database painted, {scale}x",
        _median([item.live_seconds for item in program]), bare_rows_ms, "ms",
    ))
    measurements.append(Measurement(
        "start-up", f"first rows painted, {scale}x, first start (nothing kept)",
        _median([item.rows_seconds for item in without_kept]), bare_rows_ms, "ms",
    ))
    if scale == 1 and program[0].peak_memory_kib and bare[0].peak_memory_kib:
        measurements.append(Measurement(
            "start-up", "peak memory at first paint",
            _median([item.peak_memory_kib for item in program], 1 / 1024),
            _median([item.peak_memory_kib for item in bare], 1 / 1024), "MiB",
        ))
        measurements.append(Measurement(
            "start-up", "peak memory, data from the open database on screen (bare: with its rows)",
            _median([item.peak_memory_kib_live for item in program], 1 / 1024),
            _median([item.peak_memory_kib_with_rows for item in bare_rows], 1 / 1024), "MiB",
        ))
    ratios = sorted((item.rows_seconds or 0) * 1000 / bare_rows_ms for item in program)
    missed = sum(ratio > DATA_TARGET for ratio in ratios)
    last = program[-1]
    notes = [
        f"start-up {scale}x: {runs} rounds of bare window, bare window with rows, program with kept rows, "
        f"program without; medians. At its first paint the program had loaded "
        f"{', '.join(last.loaded) or 'none of openpyxl, alembic, sqlalchemy'}; its first table showed "
        f"{last.rows_shown} rows. First rows against the bare window with rows, start by start (each against the "
        f"median baseline): {', '.join(f'{ratio:.2f}' for ratio in ratios)}; over {DATA_TARGET:g}x: {missed} of {runs}",
    ]
    return measurements, notes
