"""What the window checks before it opens a database, and tells the user.

1. One program per database: a second start says that VGG Desktop is already open and stops cleanly.
   The lock is an operating-system lock, so one left behind by a crash never blocks.
2. A SQLite file on a network share: a warning that explains the risk and points to PostgreSQL.
3. A damaged database: a dialog that offers the latest good backup (or another file), and never
   writes to the damaged file; restoring moves it aside untouched.

`check_before_opening` runs all three; the window holds the returned lock until it closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vgg_desktop.services.backups import BackupService, DatabaseDamagedError, check_location, preflight
from vgg_desktop.services.errors import StorageError
from vgg_desktop.services.instance_lock import AlreadyOpenError, InstanceLock, lock_database

EXIT_OK = 0
EXIT_ERROR = 1


@dataclass
class StartupOutcome:
    proceed: bool
    lock: InstanceLock | None = None
    exit_code: int = EXIT_OK

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def check_before_opening(parent: QWidget | None, url: str) -> StartupOutcome:
    """Takes the instance lock and shows what the user must know; `proceed` False means: close, with `exit_code`.

    A path that is no database file at all raises StorageError, for the caller to show like any other.
    """
    check_location(url)
    try:
        lock = lock_database(url)
    except AlreadyOpenError as error:
        show_already_open(parent, error)
        return StartupOutcome(False)
    try:
        check = preflight(url)
        if check.network_warning:
            show_network_warning(parent, check.network_warning)
        if check.damage is not None and not offer_restore(parent, url, check.damage):
            lock.release()
            return StartupOutcome(False, exit_code=EXIT_ERROR)
    except BaseException:
        lock.release()
        raise
    return StartupOutcome(True, lock)


def show_already_open(parent: QWidget | None, error: AlreadyOpenError) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("StartupChecks", "VGG Desktop is already open"), error.message)


def show_network_warning(parent: QWidget | None, warning: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StartupChecks", "Database on a network drive"), warning,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("network_share_warning")
    box.exec()


def damaged_box(parent: QWidget | None, damage: DatabaseDamagedError) -> QMessageBox:
    """The dialog for a damaged database, with a button for the latest good backup when there is one."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("StartupChecks", "Database damaged"),
                      QCoreApplication.translate("StartupChecks", "The database file %1 is damaged. Nothing has been changed in it, and nothing will be saved in it.")
                      .replace("%1", str(damage.path)), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damaged_database")
    latest = damage.latest_backup
    if latest is not None:
        box.setInformativeText(
            QCoreApplication.translate("StartupChecks", "The latest good backup is from %1. Restore it? The damaged file is kept aside, unchanged.")
            .replace("%1", latest.made_at.strftime("%d-%m-%Y %H:%M")))
        box.addButton(QCoreApplication.translate("StartupChecks", "&Restore latest backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QCoreApplication.translate("StartupChecks", "No good backup was found beside the database. If you have one elsewhere (a USB stick, a network folder), choose it."))
    box.addButton(QCoreApplication.translate("StartupChecks", "&Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("StartupChecks", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText("\n".join(damage.problems[:20]))
    return box


def offer_restore(parent: QWidget | None, url: str, damage: DatabaseDamagedError) -> bool:
    """True when a backup was restored and the program may go on; False to quit with the file untouched."""
    service = BackupService(url)
    while True:
        box = damaged_box(parent, damage)
        box.exec()
        role = box.buttonRole(box.clickedButton()) if box.clickedButton() is not None else QMessageBox.ButtonRole.RejectRole
        if role == QMessageBox.ButtonRole.AcceptRole and damage.latest_backup is not None:
            chosen = damage.latest_backup.path
        elif role == QMessageBox.ButtonRole.ActionRole:
            picked = choose_backup_file(parent, service)
            if picked is None:
                continue
            chosen = picked
        else:
            return False
        try:
            report = service.restore(chosen)
        except StorageError as error:
            QMessageBox.warning(parent, QCoreApplication.translate("StartupChecks", "Backup not restored"), error.message)
            continue
        QMessageBox.information(parent, QCoreApplication.translate("StartupChecks", "Backup restored"), report.describe())
        return True


def choose_backup_file(parent: QWidget | None, service: BackupService) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("StartupChecks", "Choose a backup"), str(service.folder),
        QCoreApplication.translate("StartupChecks", "Backups") + " (*.sqlite3 *.sqlite *.db);;" + QCoreApplication.translate("StartupChecks", "All files") + " (*)")
    return Path(name) if name else None
