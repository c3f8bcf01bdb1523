"""Errors nobody caught: written to the log file and shown in a dialog, and the window stays usable.

Installed as sys.excepthook (PySide6 hands exceptions raised in slots and event handlers to it)
and as threading.excepthook, whose reports travel to the GUI thread through a queued signal.
An error the user can act on (a domain or storage error, whose message is Dutch and says what to
do) is shown as a warning; anything else as an unexpected error with the details and the log file.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger("vgg_desktop")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    reported = Signal(object, str)

    def __init__(self, window: QWidget, log_file: Path | None,
                 expected: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(window)
        self._window = window
        self._log_file = log_file
        self._expected = expected
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._box: QMessageBox | None = None
        self._repeated = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._window.close()
            return
        if isinstance(error, self._expected):
            logger.warning("%s: %s", kind.__name__, getattr(error, "message", error))
            self._show(error, "")
            return
        logger.error("Unexpected error", exc_info=(kind, error, trace))
        self._show(error, "".join(traceback.format_exception(kind, error, trace)))

    def _handle_thread(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None or issubclass(arguments.exc_type, SystemExit):
            return
        logger.error("Unexpected error in thread %s", arguments.thread.name if arguments.thread else "?",
                     exc_info=(arguments.exc_type, arguments.exc_value, arguments.exc_traceback))
        details = "".join(traceback.format_exception(arguments.exc_type, arguments.exc_value, arguments.exc_traceback))
        self.reported.emit(arguments.exc_value, details)

    def _show(self, error: BaseException, details: str) -> None:
        if self._box is not None and self._box.isVisible():
            # One dialog at a time: a fault in a paint or timer handler would otherwise stack dozens.
            self._repeated += 1
            again = self.tr("This happened once more.") if self._repeated == 1 else \
                self.tr("This happened %1 more times.").replace("%1", str(self._repeated))
            self._box.setInformativeText(self._informative() + "\n\n" + again)
            return
        self._repeated = 0
        box = QMessageBox(self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        if details:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Unexpected error"))
            box.setText(self.tr("Something unexpected went wrong: %1").replace("%1", str(error) or type(error).__name__))
            box.setInformativeText(self._informative())
            box.setDetailedText(details)
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Not possible"))
            box.setText(str(getattr(error, "message", error)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.destroyed.connect(self._forget)
        self._box = box
        box.open()

    def _informative(self) -> str:
        text = self.tr("The window stays open and what was saved is safe. Please try again; "
                       "if it happens again, send the log file to whoever supports the program.")
        if self._log_file is not None:
            text += "\n" + self.tr("Log file: %1").replace("%1", str(self._log_file))
        return text

    def _forget(self) -> None:
        self._box = None

    def current_dialog(self) -> QMessageBox | None:
        return self._box


def configure_logging(log_dir: Path, file_name: str = "vgg-desktop.log") -> Path | None:
    """Logs to a rotating file in `log_dir`; returns its path, or None when the folder is not writable."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger("vgg_desktop")
    root.setLevel(logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / file_name
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for existing in list(root.handlers):
        if isinstance(existing, RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    return path
