"""One start of a window, in a process of its own, reported at the moment the main window is first painted.

    python -m benchmarks.first_paint bare REPORT.json
    python -m benchmarks.first_paint bare-rows REPORT.json
    python -m benchmarks.first_paint app REPORT.json --database PATH [--settle SECONDS]

`bare` is the baseline for the window itself: a plain PySide6 main window holding an empty table.
`bare-rows` is the baseline for the data: a plain main window with four tabs of tables, their four
models of 30 rows built before the window is shown. `app` is the real program (`vgg-desktop
--database PATH`). The report holds the wall-clock time of the first paint of the main window
(compared by the caller with the time it started the process), the peak memory then, and which
heavy modules had been imported by then; then the time at which a table first showed rows
(`rows_at`, for the program possibly the rows kept from the last session, shown greyed while the
database opens), and for the program the time at which an enabled table showed rows (`live_at`:
the rows read from the open database). The process then ends at once, so nothing it would do on
closing is measured or written; with `--settle` it first runs on for that long (it then writes what
it keeps for the next start, as a user's session does).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# Modules that must not be loaded before the window is painted (`tests/test_startup_imports.py`): the
# heavy ones, and what the program sets up only after the first paint (log file, backups, hidden tabs).
WATCHED_MODULES = ("openpyxl", "alembic", "mako", "sqlalchemy", "sqlalchemy.orm", "PySide6.QtNetwork", "psycopg")
DEFERRED_MODULES = ("logging.handlers", "platformdirs", "vgg_desktop.gui.backup_actions", "vgg_desktop.gui.tabs.portfolios_tab",
                    "vgg_desktop.gui.tabs.staff_tab", "vgg_desktop.gui.tabs.activities_tab",
                    "vgg_desktop.gui.tabs.projects_tab", "vgg_desktop.gui.ending_notice", "hashlib")


def cpu_seconds() -> float:
    """User and system time of this process so far: what start-up costs, whatever else the machine does."""
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_memory_kib() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _Probe:
    """Watches every paint: notes the first paint of a main window, the first table that shows rows, and
    the first enabled table that shows rows (the program greys out rows that are not yet read afresh)."""

    def __init__(self, report_path: Path, *, wait_for: str, settle: float = 0.0) -> None:
        self.report_path = report_path
        self.wait_for = wait_for  # "paint", "rows" or "live"
        self.settle = settle
        self.report: dict[str, Any] = {}
        self._scheduled = False
        self._rows_seen = 0
        self._live_seen = 0

    def install(self, application: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

        probe = self

        class PaintFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget) or "done" in probe.report:
                    return False
                window = watched.window()
                if not isinstance(window, QMainWindow) or not window.isVisible():
                    return False
                view = watched.parent()
                if isinstance(view, QAbstractItemView) and view.model() is not None and view.model().rowCount() > 0:
                    probe._rows_seen = probe._rows_seen or view.model().rowCount()
                    if view.isEnabled():
                        probe._live_seen = probe._live_seen or view.model().rowCount()
                if not probe._scheduled:
                    probe._scheduled = True
                    # The rest of this paint pass, and the flush, happen before a zero timer fires.
                    QTimer.singleShot(0, probe.painted)
                return False

        self._filter = PaintFilter(application)
        application.installEventFilter(self._filter)

    def painted(self) -> None:
        self._scheduled = False
        now = time.time()
        if "painted_at" not in self.report:
            self.report.update(painted_at=now, cpu_seconds=cpu_seconds(), peak_memory_kib=peak_memory_kib(),
                               loaded=sorted(name for name in WATCHED_MODULES if name in sys.modules),
                               deferred_loaded=sorted(name for name in DEFERRED_MODULES if name in sys.modules))
        if self._rows_seen and "rows_at" not in self.report:
            self.report.update(rows_at=now, rows_shown=self._rows_seen, rows_cpu_seconds=cpu_seconds(),
                               peak_memory_kib_with_rows=peak_memory_kib(),
                               rows_loaded=sorted(name for name in WATCHED_MODULES if name in sys.modules))
        if self._live_seen and "live_at" not in self.report:
            self.report.update(live_at=now, live_rows_shown=self._live_seen, live_cpu_seconds=cpu_seconds(),
                               peak_memory_kib_live=peak_memory_kib())
        wanted = {"paint": "painted_at", "rows": "rows_at", "live": "live_at"}[self.wait_for]
        if wanted in self.report:
            self.report["done"] = True
            if self.settle:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(int(self.settle * 1000), self.finish)
            else:
                self.finish()

    def finish(self) -> None:
        self.report.pop("done", None)
        self.report_path.write_text(json.dumps(self.report), encoding="utf-8")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def run_bare(report_path: Path) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication([sys.argv[0]])
    _Probe(report_path, wait_for="paint").install(application)
    window = QMainWindow()
    window.setWindowTitle("VGG Desktop")
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    application.exec()


def run_bare_with_rows(report_path: Path) -> None:
    """Four tables of 30 rows in tabs, as the program has four tabs; the models are built before show."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

    application = QApplication([sys.argv[0]])
    _Probe(report_path, wait_for="rows").install(application)
    window = QMainWindow()
    window.setWindowTitle("VGG Desktop")
    tabs = QTabWidget()
    for tab in range(4):
        model = QStandardItemModel(0, 6)
        model.setHorizontalHeaderLabels([f"Kolom {column + 1}" for column in range(6)])
        for row in range(30):
            model.appendRow([QStandardItem(f"Regel {row + 1}, kolom {column + 1} van tabblad {tab + 1}")
                             for column in range(6)])
        table = QTableView()
        table.setModel(model)
        model.setParent(table)
        tabs.addTab(table, f"Tabblad {tab + 1}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    window.show()
    application.exec()


def run_app(report_path: Path, database: str, settle: float = 0.0) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    probe = _Probe(report_path, wait_for="live", settle=settle)
    original_show = QMainWindow.show

    def show_with_probe(self: QWidget) -> None:
        if not hasattr(probe, "_filter"):
            probe.install(QApplication.instance())
        original_show(self)

    # The program makes its own QApplication; the probe joins it when the main window is first shown.
    QMainWindow.show = show_with_probe  # type: ignore[method-assign]  # the only way in to the program's own window
    from vgg_desktop.cli import main

    main(["--database", database])
    raise SystemExit("the window closed before it showed any rows")


def main(argv: list[str]) -> None:
    mode, report_path = argv[0], Path(argv[1])
    if mode == "bare":
        run_bare(report_path)
    elif mode == "bare-rows":
        run_bare_with_rows(report_path)
    elif mode == "app":
        settle = float(argv[argv.index("--settle") + 1]) if "--settle" in argv else 0.0
        run_app(report_path, argv[argv.index("--database") + 1], settle)
    else:
        raise SystemExit(f"unknown mode {mode!r}: bare, bare-rows or app")


if __name__ == "__main__":
    main(sys.argv[1:])
