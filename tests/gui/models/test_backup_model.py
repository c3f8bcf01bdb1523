"""The backups in the rotation folder as a table: when, why, how large; the path as tooltip."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from vgg_desktop.gui.models.backups import BackupListModel, describe_size
from vgg_desktop.services.backups import Backup, BackupReason


def _backups(tmp_path: Path) -> tuple[Backup, ...]:
    return (
        Backup(tmp_path / "vgg.20220614-093000.handmatig.sqlite3", datetime(2022, 6, 14, 9, 30), BackupReason.MANUAL, 262_144),
        Backup(tmp_path / "vgg.20220613-080000.dagelijks.sqlite3", datetime(2022, 6, 13, 8, 0), BackupReason.DAILY, 3 * 1024 * 1024),
        Backup(tmp_path / "kopie.sqlite3", datetime(2022, 6, 1, 12, 0), None, 10),
    )


def test_backup_list_model_passes_the_model_tester(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = BackupListModel(_backups(tmp_path))
    qtmodeltester.check(model)
    assert model.index(0, BackupListModel.WHEN).data() == "14-06-2022 09:30"
    assert model.index(1, BackupListModel.REASON).data() == "Automatisch (dagelijks)"
    assert model.index(1, BackupListModel.SIZE).data() == "3,0 MB"
    assert model.index(2, BackupListModel.REASON).data() == "Zelf gekozen bestand"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == str(tmp_path / "vgg.20220614-093000.handmatig.sqlite3")
    assert model.index(0, BackupListModel.SIZE).data(Qt.ItemDataRole.ToolTipRole) == model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, BackupListModel.SIZE).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.backup_at(2).reason is None
    model.set_backups(())
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sizes_read_as_a_person_would_say_them() -> None:
    assert describe_size(10) == "1 kB"
    assert describe_size(262_144) == "256 kB"
    assert describe_size(5 * 1024 * 1024 + 100_000) == "5,1 MB"
