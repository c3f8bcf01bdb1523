"""Bestand > Back-up maken and Bestand > Back-up terugzetten.

A backup is made through the backup service (verified, never a file copy). Restoring first keeps the
current data as a backup of its own, so a restore can itself be undone by restoring that one. On a
PostgreSQL database both actions explain that the server's own backups (pg_dump) are the way, instead
of offering something that cannot work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.gui.models.backups import BackupListModel, describe_moment
from vgg_desktop.services.backups import SERVER_BACKUP_ADVICE, Backup, BackupService, RestoreReport
from vgg_desktop.services.errors import StorageError

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services

FILE_FILTER_SUFFIX = " (*.sqlite3 *.sqlite *.db);;"


class RestoreDialog(QDialog):
    """Choose a backup from the list, or another file (a USB stick, a network folder)."""

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        self.setObjectName("restore_dialog")
        self.service = service
        self.chosen: Path | None = None
        self.model = BackupListModel(service.list(), self)
        self.view = QTableView(self)
        self.view.setObjectName("backup_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.accept())

        explanation = QLabel(self.tr(
            "Choose the backup to put back. The data as it is now is saved as a backup first, "
            "so you can go back to it."), self)
        explanation.setWordWrap(True)
        self.empty_label = QLabel(self.tr("There are no backups in %1 yet. Choose a file elsewhere with 'Other file…'.")
                                  .replace("%1", str(service.folder)), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(self.model.rowCount() == 0)

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("&Other file…"), self)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()
        self.resize(560, 360)

    def _update_buttons(self, *_: object) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def choose_other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.service.folder),
            self.tr("Backups") + FILE_FILTER_SUFFIX + self.tr("All files") + " (*)")
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.model.backup_at(rows[0].row()).path
        super().accept()


class BackupActions(QObject):
    """The two menu actions and what they do; `restored` tells the window to read everything again."""

    restored = Signal(object)  # RestoreReport

    def __init__(self, window: QWidget, services: Callable[[], Services | None]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.make_action = QAction(self.tr("Make &backup…"), self)
        self.make_action.setObjectName("make_backup_action")
        self.make_action.setStatusTip(self.tr("Save a checked copy of the database in a file you choose"))
        self.restore_action = QAction(self.tr("Res&tore backup…"), self)
        self.restore_action.setObjectName("restore_backup_action")
        self.restore_action.setStatusTip(self.tr("Put back the data from an earlier backup; the current data is kept as a backup first"))
        self.make_action.triggered.connect(self.make_backup)
        self.restore_action.triggered.connect(self.restore_backup)
        self.update_enabled()

    def add_to(self, menu: QMenu, before: QAction | None = None) -> None:
        if before is None:
            menu.addActions([self.make_action, self.restore_action])
        else:
            menu.insertActions(before, [self.make_action, self.restore_action])

    def update_enabled(self) -> None:
        attached = self._services() is not None
        self.make_action.setEnabled(attached)
        self.restore_action.setEnabled(attached)

    def _service(self) -> BackupService | None:
        services = self._services()
        if services is None:
            return None
        service = BackupService(services.database.url)
        if not service.available:
            QMessageBox.information(self._window, self.tr("Backups"), SERVER_BACKUP_ADVICE)
            return None
        return service

    # --- making ----------------------------------------------------------------------------

    def ask_target(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Make backup"), str(suggested),
            self.tr("Backups") + FILE_FILTER_SUFFIX + self.tr("All files") + " (*)",
            options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(name) if name else None

    def make_backup(self) -> Backup | None:
        service = self._service()
        if service is None:
            return None
        target = self.ask_target(service.suggested_name())
        if target is None:
            return None
        try:
            if target.parent == service.folder:
                target.parent.mkdir(parents=True, exist_ok=True)
            with _busy():
                made = service.make(target)
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Backup not made"), error.message)
            return None
        QMessageBox.information(
            self._window, self.tr("Backup made"),
            self.tr("The backup has been made and checked:\n%1").replace("%1", str(made.path)))
        return made

    # --- restoring -------------------------------------------------------------------------

    def ask_backup(self, service: BackupService) -> Path | None:
        dialog = RestoreDialog(service, self._window)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, chosen: Backup) -> bool:
        answer = QMessageBox.question(
            self._window, self.tr("Restore backup"),
            self.tr("Put back the backup of %1?\n\nEverything entered after that moment disappears from the database. "
                    "The data as it is now is first saved as a backup, so you can go back to it.")
            .replace("%1", describe_moment(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore_backup(self) -> RestoreReport | None:
        service = self._service()
        if service is None:
            return None
        path = self.ask_backup(service)
        if path is None:
            return None
        try:
            chosen = service.check_file(path)
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Backup not restored"), error.message)
            return None
        if not self.confirm(chosen):
            return None
        services = self._services()
        try:
            with _busy():
                if services is not None:
                    # The window's idle connections let go of the file, so a damaged one can be moved aside.
                    services.database.dispose()
                report = service.restore(path)
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Backup not restored"), error.message)
            return None
        self.restored.emit(report)
        QMessageBox.information(self._window, self.tr("Backup restored"), report.describe())
        return report


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor for as long as a backup is written or read."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
