"""The backups in the rotation folder as a table, newest first: when, why, how large."""

from __future__ import annotations

from typing import Any

from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models.base import RIGHT, Column, RecordTableModel
from vgg_desktop.services.backups import Backup


def describe_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def describe_moment(backup: Backup) -> str:
    return backup.made_at.strftime("%d-%m-%Y %H:%M")


def _path(backup: Backup) -> str:
    return str(backup.path)


class BackupListModel(RecordTableModel[Backup]):
    CONTEXT = "BackupListModel"

    WHEN = Column[Backup](
        QT_TRANSLATE_NOOP("BackupListModel", "Made on"),
        text=describe_moment, sort=lambda backup: backup.made_at.isoformat(), tooltip=_path)
    REASON = Column[Backup](
        QT_TRANSLATE_NOOP("BackupListModel", "Reason"),
        text=lambda backup: backup.reason_label, tooltip=_path)
    SIZE = Column[Backup](
        QT_TRANSLATE_NOOP("BackupListModel", "Size"),
        text=lambda backup: describe_size(backup.size), sort=lambda backup: backup.size, tooltip=_path,
        alignment=RIGHT)

    def __init__(self, backups: tuple[Backup, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.set_rows(backups)

    def key(self, value: Backup) -> object:
        return value.path

    def set_backups(self, backups: tuple[Backup, ...]) -> None:
        self.set_rows(backups)

    def backup_at(self, row: int) -> Backup:
        return self.value(row)
