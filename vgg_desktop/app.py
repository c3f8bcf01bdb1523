"""The composition root of the window: language, the window itself, then logging and the database.

The window is painted before the database opens: setting up the log file and the crash log,
importing SQLAlchemy and checking the schema happen in the first turn of the event loop, after the
first paint, so the program appears at once. That first paint already shows the rows of the tab
that was open last, as they were when the last session read them (`gui/first_rows.py`), greyed and
marked until the database is open and they are read afresh. The crash log is always in place before
the database is opened. This is the only module that knows every layer.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QCursor, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from vgg_desktop import __version__, paths
from vgg_desktop.db.location import database_identity
from vgg_desktop.gui.first_rows import FirstRows
from vgg_desktop.gui.i18n import install_translators
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings

if TYPE_CHECKING:
    from vgg_desktop.crash_log import CrashLog
    from vgg_desktop.gui.error_handling import ErrorReporter
    from vgg_desktop.gui.startup_checks import StartupOutcome
    from vgg_desktop.startup import OpenedDatabase

logger = logging.getLogger("vgg_desktop")

EXIT_OK = 0
EXIT_ERROR = 1


def application_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 256):
        png = paths.resources_dir() / "icons" / f"vgg-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def make_application() -> QApplication:
    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    application.setOrganizationName(paths.APP_AUTHOR)
    application.setApplicationName(paths.APP_NAME)
    application.setApplicationVersion(__version__)
    application.setWindowIcon(application_icon())
    return application


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message.startswith("This plugin does not support"):
        return  # the offscreen platform (screenshots, tests) says this of every window; it means nothing
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logger.log(level, "Qt: %s", message)


class _Safety:
    """The log file, the error dialog and the crash log: set up after the first paint, undone at the end."""

    def __init__(self) -> None:
        self.log_file: Path | None = None
        self.reporter: ErrorReporter | None = None
        self.crashes: CrashLog | None = None
        self.installed = False

    def install(self, window: MainWindow) -> None:
        from vgg_desktop import crash_log
        from vgg_desktop.db.errors import StorageError
        from vgg_desktop.domain.errors import DomainError
        from vgg_desktop.gui.error_handling import ErrorReporter, configure_logging

        self.log_file = configure_logging(paths.log_dir())
        logger.info("VGG Desktop %s starts", __version__)
        self.reporter = ErrorReporter(window, self.log_file, expected=(DomainError, StorageError))
        self.reporter.install()
        # Installed after the reporter, so a crash is written down first and then shown.
        self.crashes = crash_log.install(ignore=(DomainError, StorageError))
        self.installed = True

    def uninstall(self) -> None:
        if self.crashes is not None:
            self.crashes.uninstall()
        if self.reporter is not None:
            self.reporter.uninstall()
        if self.installed:
            logger.info("VGG Desktop stops")


def run_window(arguments: argparse.Namespace) -> int:
    """Shows the main window; returns the exit code (1 when the database cannot be opened)."""
    application = make_application()
    screenshot_dir = getattr(arguments, "screenshot", None)
    # Screenshots show the program's own layout, not the column widths this user once dragged, and
    # must not save their window into the user's settings.
    scratch_settings = tempfile.TemporaryDirectory(prefix="vgg-screenshot-settings-") if screenshot_dir else None
    settings = Settings(QSettings(str(Path(scratch_settings.name) / "settings.ini"), QSettings.Format.IniFormat)) \
        if scratch_settings is not None else Settings()
    locale = QLocale()
    translators = install_translators(application, settings.language())
    window = MainWindow(settings)
    safety = _Safety()
    previous_handler = qInstallMessageHandler(_log_qt_message)
    try:
        if screenshot_dir:
            safety.install(window)
            return run_screenshots(window, arguments, Path(screenshot_dir))
        first_rows = FirstRows(window, lambda: database_identity(arguments.database), settings.language())
        first_rows.show()
        window.show()
        # Let the window paint itself before the log file, the crash log and the database (and
        # SQLAlchemy with it) are set up; a zero timer runs after the paint has been flushed.
        application.processEvents()
        opened: list[OpenedDatabase] = []
        checked: list[StartupOutcome] = []

        def open_after_first_paint() -> None:
            safety.install(window)  # before anything touches the database
            _open_into(window, arguments.database, opened, application.exit, checked, first_rows.discard)

        QTimer.singleShot(0, open_after_first_paint)
        code = application.exec()
        first_rows.flush()
        # Closing the window before exit() (a refused start) also posts Qt's automatic quit, which the
        # finished event loop never took. Left behind, it would reach whatever this process shows next
        # and stop its windows from ever becoming active.
        QCoreApplication.removePostedEvents(application, QEvent.Type.Quit)
        for item in opened:
            item.database.dispose()
        for outcome in checked:
            outcome.release()
        return code
    finally:
        qInstallMessageHandler(previous_handler)
        safety.uninstall()
        window.deleteLater()
        for translator in translators:
            application.removeTranslator(translator)
        QLocale.setDefault(locale)  # the language chosen for the window ends with it, like its translators
        if scratch_settings is not None:
            scratch_settings.cleanup()


def _open_into(window: MainWindow, argument: str | None, opened: list[OpenedDatabase],
               exit_with: Callable[[int], None], checked: list[StartupOutcome] | None = None,
               failed: Callable[[], None] = lambda: None) -> None:
    """`failed` is called before the user is told that the database cannot be used (the window then closes)."""
    from vgg_desktop.db.errors import StorageError
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.domain.errors import DomainError
    from vgg_desktop.gui.startup_checks import check_before_opening

    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        if checked is not None:
            # Already open elsewhere, on a network share, damaged: said before anything is opened.
            QApplication.restoreOverrideCursor()
            outcome = check_before_opening(window, choose_database(argument))
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            if not outcome.proceed:
                QApplication.restoreOverrideCursor()
                failed()
                window.close()
                exit_with(outcome.exit_code)
                return
            checked.append(outcome)
        result = open_chosen(argument)
    except (StorageError, DomainError) as error:
        QApplication.restoreOverrideCursor()
        failed()
        logger.warning("The database could not be opened: %s", error.message)
        QMessageBox.critical(window, QCoreApplication.translate("App", "VGG Desktop"),
                             QCoreApplication.translate("App", "The database could not be opened.") + "\n\n" + error.message)
        window.close()
        exit_with(EXIT_ERROR)
        return
    QApplication.restoreOverrideCursor()
    opened.append(result)
    window.attach(result.services, describe(result))
    logger.info("Database opened: %s", describe(result))


def open_chosen(argument: str | None) -> OpenedDatabase:
    from vgg_desktop.db.location import check_sqlite_file, choose_database, sqlite_path
    from vgg_desktop.startup import open_database

    url = choose_database(argument)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
    return open_database(url)


def describe(opened: OpenedDatabase) -> str:
    from vgg_desktop.startup import describe_location

    return describe_location(opened.database.url)


def run_screenshots(window: MainWindow, arguments: argparse.Namespace, directory: Path) -> int:
    """Renders the tabs and forms to PNG files; without --database on a fresh Jaarplan 2022 database."""
    from vgg_desktop.gui.screenshots import take_screenshots
    from vgg_desktop.startup import open_database

    with tempfile.TemporaryDirectory(prefix="vgg-screenshots-") as scratch:
        opened = open_chosen(arguments.database) if arguments.database else \
            open_database(f"sqlite:///{Path(scratch) / 'jaarplan-2022.sqlite3'}")
        try:
            window.resize(1280, 800)
            window.show()
            location = describe(opened) if arguments.database else \
                QCoreApplication.translate("App", "Example database (Jaarplan 2022)")
            window.attach(opened.services, location)
            written = take_screenshots(window, directory, example=not arguments.database)
        finally:
            window.close()
            opened.database.dispose()
    for path in written:
        print(path)
    return EXIT_OK
