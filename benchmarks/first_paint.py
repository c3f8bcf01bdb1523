"""One start of a window, in a process of its own, reported at the moment the main window is first painted.

    python -m benchmarks.first_paint bare REPORT.json
    python -m benchmarks.first_paint app REPORT.json --database PATH

`bare` is the baseline: a plain PySide6 main window holding an empty table. `app` is the real program
(`vgg-desktop --database PATH`). Either way the report holds the wall-clock time of the first paint
(compared by the caller with the time it started the process), the peak memory so far, and which
heavy modules had been imported by then. The process then ends at once, so nothing it would do on
closing (saving settings, checkpoints) is measured or written.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# Modules that must not be loaded before the window is painted (`tests/test_startup_imports.py`).
WATCHED_MODULES = ("openpyxl", "alembic", "mako", "sqlalchemy", "sqlalchemy.orm", "PySide6.QtNetwork", "psycopg")


def peak_memory_kib() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _report(path: Path, extra: dict[str, Any]) -> None:
    report = {
        "painted_at": time.time(),
        "peak_memory_kib": peak_memory_kib(),
        "loaded": sorted(name for name in WATCHED_MODULES if name in sys.modules),
        **extra,
    }
    path.write_text(json.dumps(report), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _install_paint_probe(application: Any, report_path: Path) -> None:
    """Reports once, right after the first paint of a main window has been flushed to the screen."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

    class PaintProbe(QObject):
        def __init__(self) -> None:
            super().__init__(application)
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                window = watched.window()
                if isinstance(window, QMainWindow) and window.isVisible():
                    self.seen = True
                    # The rest of this paint pass (and the flush) happens before a zero timer fires.
                    QTimer.singleShot(0, lambda: _report(report_path, {"rows_shown": _rows_shown(window)}))
            return False

    def _rows_shown(window: QMainWindow) -> int:
        views = [view for view in window.findChildren(QAbstractItemView) if view.isVisible() and view.model()]
        return max((view.model().rowCount() for view in views), default=0)

    application.installEventFilter(PaintProbe())


def run_bare(report_path: Path) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication([sys.argv[0]])
    _install_paint_probe(application, report_path)
    window = QMainWindow()
    window.setWindowTitle("VGG Desktop")
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    application.exec()


def run_app(report_path: Path, database: str) -> None:
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def exec_with_probe(self: QApplication) -> int:
        _install_paint_probe(self, report_path)
        return original_exec(self)

    # The program builds its own QApplication; the probe joins it when the event loop starts.
    QApplication.exec = exec_with_probe  # type: ignore[method-assign]
    from vgg_desktop.cli import main

    main(["--database", database])
    raise SystemExit("the window closed without ever being painted")


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
