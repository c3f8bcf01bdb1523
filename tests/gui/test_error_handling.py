from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from vgg_desktop.db.errors import StorageError
from vgg_desktop.domain.errors import DomainError, RuleViolation
from vgg_desktop.gui.error_handling import ErrorReporter, configure_logging
from vgg_desktop.gui.main_window import MainWindow


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in list(logging.getLogger("vgg_desktop").handlers):
        logging.getLogger("vgg_desktop").removeHandler(handler)
        handler.close()


@pytest.fixture
def reporter(window: MainWindow, log_file: Path) -> Iterator[ErrorReporter]:
    reporter = ErrorReporter(window, log_file, expected=(DomainError, StorageError))
    reporter.install()
    yield reporter
    reporter.uninstall()


def boom() -> None:
    raise ZeroDivisionError("a fault in the program")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_and_the_window_goes_on(
        window: MainWindow, reporter: ErrorReporter, log_file: Path) -> None:
    faulty = QAction("faulty", window)
    faulty.triggered.connect(boom)
    faulty.trigger()

    box = reporter.current_dialog()
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Onverwachte fout"
    assert "a fault in the program" in box.text()
    assert str(log_file) in box.informativeText()
    assert "ZeroDivisionError" in box.detailedText()
    log = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in log and "ZeroDivisionError: a fault in the program" in log

    faulty.trigger()  # a second fault while the dialog is open does not stack a second dialog
    assert reporter.current_dialog() is box
    assert "Dit gebeurde nog een keer." in box.informativeText()

    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.isVisible()
    window.refresh_action.trigger()
    assert window.board_tab.table.shown() == 13


def test_an_error_the_user_can_act_on_shows_its_dutch_message(
        window: MainWindow, reporter: ErrorReporter, log_file: Path) -> None:
    error = RuleViolation("Deze zetel is al bezet. Kies een andere zetel.")
    reporter.handle(RuleViolation, error, None)
    box = reporter.current_dialog()
    assert box is not None
    assert box.text() == "Deze zetel is al bezet. Kies een andere zetel."
    assert box.windowTitle() == "Niet mogelijk"
    assert not box.detailedText()
    assert "Deze zetel is al bezet" in log_file.read_text(encoding="utf-8")


def test_an_error_in_another_thread_reaches_the_dialog(
        window: MainWindow, reporter: ErrorReporter, log_file: Path, qtbot: QtBot) -> None:
    import threading

    thread = threading.Thread(target=boom, name="export")
    with qtbot.waitSignal(reporter.reported):
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: reporter.current_dialog() is not None)
    dialog = reporter.current_dialog()
    assert dialog is not None and "ZeroDivisionError" in dialog.detailedText()
    assert "thread export" in log_file.read_text(encoding="utf-8")


def test_uninstall_puts_the_previous_hooks_back(window: MainWindow, log_file: Path) -> None:
    import sys
    import threading

    before = (sys.excepthook, threading.excepthook)
    reporter = ErrorReporter(window, log_file)
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_logging_goes_nowhere_harmful_when_the_folder_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(blocker / "logs") is None
