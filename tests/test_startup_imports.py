"""Start-up pays only for what it shows: heavy modules load when they are needed, not before.

Each check runs in a fresh interpreter, because this test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.startup import ROOT, isolated_environment
from vgg_desktop.startup import open_database

HEAVY_FOR_THE_COMMAND_LINE = ("openpyxl", "alembic", "sqlalchemy", "PySide6")
HEAVY_BEFORE_FIRST_PAINT = ("openpyxl", "alembic", "mako", "sqlalchemy", "sqlalchemy.orm")


def loaded_after(code: str, watched: tuple[str, ...], environment: dict[str, str] | None = None) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps([name for name in {list(watched)!r} if name in sys.modules]))"
    completed = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=environment or dict(os.environ),
                               capture_output=True, text=True, timeout=120, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_the_command_line_loads_nothing_heavy_to_parse_its_arguments() -> None:
    assert loaded_after("import vgg_desktop.cli\nvgg_desktop.cli.build_parser()", HEAVY_FOR_THE_COMMAND_LINE) == []


def test_opening_a_current_database_does_not_load_alembic(database_path: Path) -> None:
    open_database(f"sqlite:///{database_path}").database.dispose()
    code = f"from vgg_desktop.startup import open_database\nopen_database({f'sqlite:///{database_path}'!r}).database.dispose()"
    assert loaded_after(code, ("alembic", "mako", "openpyxl")) == []


def test_the_window_is_painted_before_anything_heavy_loads_and_then_shows_the_data(
    database_path: Path, tmp_path: Path,
) -> None:
    open_database(f"sqlite:///{database_path}").database.dispose()
    report = tmp_path / "first-paint.json"
    environment = isolated_environment(tmp_path / "user")
    environment["QT_QPA_PLATFORM"] = "offscreen"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint", "app", str(report), "--database", str(database_path)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert report.exists(), completed.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [name for name in HEAVY_BEFORE_FIRST_PAINT if name in data["loaded"]] == []
    # Nor the log file's handlers, the backups, the tabs not shown, the notice of what ends soon or hashlib (OpenSSL):
    # they follow the first paint.
    assert data["deferred_loaded"] == []
    # The probe saw the data arrive after that first paint: the 13 seats of the board.
    assert data["rows_shown"] == 13
    assert data["rows_at"] >= data["painted_at"]


def test_the_rows_kept_from_the_last_session_are_in_the_first_paint_before_anything_heavy_loads(
    database_path: Path, tmp_path: Path,
) -> None:
    open_database(f"sqlite:///{database_path}").database.dispose()
    environment = isolated_environment(tmp_path / "user")
    environment["QT_QPA_PLATFORM"] = "offscreen"

    def start(settle: float = 0.0) -> dict[str, Any]:
        report = tmp_path / "first-paint.json"
        report.unlink(missing_ok=True)
        command = [sys.executable, "-m", "benchmarks.first_paint", "app", str(report), "--database", str(database_path)]
        if settle:
            command += ["--settle", str(settle)]
        completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
        assert report.exists(), completed.stderr
        return json.loads(report.read_text(encoding="utf-8"))

    first = start(settle=2.0)  # the first start of all: no rows before the database is open; then keeps them
    assert first["rows_at"] == first["live_at"] > first["painted_at"]
    kept = sorted((tmp_path / "user").rglob("*.first-rows.json"))
    assert len(kept) == 1
    data = start()
    # The board's 13 seats are in the very first paint, and nothing heavy was needed for them ...
    assert data["rows_at"] == data["painted_at"] and data["rows_shown"] == 13
    assert [name for name in HEAVY_BEFORE_FIRST_PAINT if name in data["rows_loaded"]] == []
    assert data["deferred_loaded"] == []
    # ... and the same 13, read from the open database, replace them.
    assert data["live_at"] > data["rows_at"] and data["live_rows_shown"] == 13
