"""One start of a window, in a process of its own, reported at the moment the main window is first painted.

    python -m benchmarks.first_paint bare REPORT.json
    python -m benchmarks.first_paint app REPORT.json --database PATH

`bare` is the baseline: a plain PySide6 main window holding an empty table. `app` is the real program
(`vgg-desktop --database PATH`). The report holds the wall-clock time of the first paint of the
main window (compared by the caller with the time it started the process), the peak memory then,
and which heavy modules had been imported by then; for the program also the time at which a table
first showed rows (the data, read after the first paint). The process then ends at once, so
nothing it would do on closing (saving settings, checkpoints) is measured or written.
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
                    "vgg_desktop.gui.tabs.staff_tab", "vgg_desktop.gui.tabs.activities_tab")


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
    """Watches every paint: notes the first paint of a main window, then the first table that shows rows."""

    def __init__(self, report_path: Path, *, wait_for_rows: bool) -> None:
        self.report_path = report_path
        self.wait_for_rows = wait_for_rows
        self.report: dict[str, Any] = {}

    def install(self, application: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

        probe = self

        class PaintFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
                if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                    return False
                if "painted_at" not in probe.report and not probe.report.get("pending"):
                    window = watched.window()
                    if isinstance(window, QMainWindow) and window.isVisible():
                        probe.report["pending"] = True
                        # The rest of this paint pass, and the flush, happen before a zero timer fires.
                        QTimer.singleShot(0, probe.first_painted)
                elif "painted_at" in probe.report and not probe.report.get("pending"):
                    view = watched.parent()
                    if isinstance(view, QAbstractItemView) and view.model() is not None and view.model().rowCount() > 0:
                        probe.report["pending"] = True
                        probe.report["rows_shown"] = view.model().rowCount()
                        QTimer.singleShot(0, probe.rows_painted)
                return False

        self._filter = PaintFilter(application)
        application.installEventFilter(self._filter)

    def first_painted(self) -> None:
        self.report.update(painted_at=time.time(), cpu_seconds=cpu_seconds(), peak_memory_kib=peak_memory_kib(),
                           loaded=sorted(name for name in WATCHED_MODULES if name in sys.modules),
                           deferred_loaded=sorted(name for name in DEFERRED_MODULES if name in sys.modules), pending=False)
        if not self.wait_for_rows:
            self.finish()

    def rows_painted(self) -> None:
        self.report.update(rows_at=time.time(), peak_memory_kib_with_rows=peak_memory_kib())
        self.finish()

    def finish(self) -> None:
        self.report.pop("pending", None)
        self.report_path.write_text(json.dumps(self.report), encoding="utf-8")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def run_bare(report_path: Path) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication([sys.argv[0]])
    _Probe(report_path, wait_for_rows=False).install(application)
    window = QMainWindow()
    window.setWindowTitle("VGG Desktop")
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    application.exec()


def run_app(report_path: Path, database: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    probe = _Probe(report_path, wait_for_rows=True)
    original_show = QMainWindow.show

    def show_with_probe(self: QMainWindow) -> None:
        if not hasattr(probe, "_filter"):
            probe.install(QApplication.instance())
        original_show(self)

    # The program makes its own QApplication; the probe joins it when the main window is first shown.
    QMainWindow.show = show_with_probe  # type: ignore[method-assign]
    from vgg_desktop.cli import main

    main(["--database", database])
    raise SystemExit("the window closed before it showed any rows")


def main(argv: list[str]) -> None:
    mode, report_path = argv[0], Path(argv[1])
    if mode == "bare":
        run_bare(report_path)
    elif mode == "app":
        run_app(report_path, argv[argv.index("--database") + 1])
    else:
        raise SystemExit(f"unknown mode {mode!r}: bare or app")


if __name__ == "__main__":
    main(sys.argv[1:])
