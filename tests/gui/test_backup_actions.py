"""Bestand > Back-up maken / Back-up terugzetten: the dialogs, what they do, and what they refuse."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.db.damage import damage
from vgg_desktop.db import backup as files
from vgg_desktop.gui import backup_actions
from vgg_desktop.gui.backup_actions import BackupActions, RestoreDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.services.backups import BackupReason, BackupService
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase


class Boxes:
    """Stands in for QMessageBox's static functions: records what would have been shown, answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("information", "warning", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: Any, title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


@pytest.fixture
def actions(window: QMainWindow, opened: OpenedDatabase) -> BackupActions:
    return BackupActions(window, lambda: opened.services)


def test_actions_sit_in_the_file_menu_and_wait_for_a_database(window: QMainWindow) -> None:
    attached: list[Services] = []
    actions = BackupActions(window, lambda: attached[0] if attached else None)
    menu = QMenu(window)
    quit_action = menu.addAction("Afsluiten")
    actions.add_to(menu, before=quit_action)
    assert menu.actions()[:2] == [actions.make_action, actions.restore_action]
    assert not actions.make_action.isEnabled() and not actions.restore_action.isEnabled()
    assert actions.make_backup() is None and actions.restore_backup() is None


def test_make_backup_writes_a_checked_file_where_the_user_chose(actions: BackupActions, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    suggested: list[Path] = []
    target = tmp_path / "stick" / "vgg-kopie.sqlite3"
    target.parent.mkdir()

    def ask_target(proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(actions, "ask_target", ask_target)
    made = actions.make_backup()
    assert made is not None and made.path == target and target.stat().st_size > 0
    assert suggested[0].parent.name == "backups" and suggested[0].name.endswith(".handmatig.sqlite3")
    assert boxes.kinds() == ["information"] and str(target) in boxes.shown[0][2]


def test_the_suggested_place_in_the_backups_folder_is_created_when_needed(actions: BackupActions, opened: OpenedDatabase,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Boxes(monkeypatch)
    monkeypatch.setattr(actions, "ask_target", lambda proposal: proposal)
    made = actions.make_backup()
    assert made is not None and made.path.parent == BackupService(opened.database.url).folder
    assert BackupService(opened.database.url).list()[0].path == made.path


def test_make_backup_never_overwrites_and_says_so(actions: BackupActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    target = tmp_path / "bestaand.sqlite3"
    target.write_text("iets van de gebruiker", encoding="utf-8")
    monkeypatch.setattr(actions, "ask_target", lambda _proposal: target)
    assert actions.make_backup() is None
    assert boxes.kinds() == ["warning"] and "bestaat al" in boxes.shown[0][2]
    assert target.read_text(encoding="utf-8") == "iets van de gebruiker"


def test_cancelling_the_file_dialog_does_nothing(actions: BackupActions, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert actions.make_backup() is None and boxes.shown == []


def test_a_server_database_gets_the_pg_dump_advice_instead(window: QMainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)

    class ServerDatabase:
        url = "postgresql+psycopg://vgg@server/vgg"

    class ServerServices:
        database = ServerDatabase()

    actions = BackupActions(window, lambda: ServerServices())  # type: ignore[arg-type, return-value]  # only the URL is read
    asked: list[object] = []
    monkeypatch.setattr(actions, "ask_target", lambda proposal: asked.append(proposal))
    assert actions.make_backup() is None and actions.restore_backup() is None
    assert asked == [] and boxes.kinds() == ["information", "information"]
    assert all("pg_dump" in text for _, _, text in boxes.shown)


def _last_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT last_name FROM person")}
    finally:
        connection.close()


def test_restore_keeps_the_current_data_first_and_tells_the_window(actions: BackupActions, opened: OpenedDatabase,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    service = BackupService(opened.database.url)
    earlier = service.make()
    opened.services.persons.create({"last_name": "Later-ingevoerd"})
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(actions, "ask_backup", lambda _service: earlier.path)
    told: list[object] = []
    actions.restored.connect(told.append)

    report = actions.restore_backup()

    assert report is not None and told == [report]
    assert boxes.kinds() == ["question", "information"]
    assert earlier.made_at.strftime("%d-%m-%Y %H:%M") in boxes.shown[0][2]
    assert "Later-ingevoerd" not in {person.last_name for person in opened.services.persons.list()}
    assert report.safety_backup is not None and "Later-ingevoerd" in _last_names(report.safety_backup.path)


def test_saying_no_to_the_question_changes_nothing(actions: BackupActions, opened: OpenedDatabase,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    service = BackupService(opened.database.url)
    earlier = service.make()
    opened.services.persons.create({"last_name": "Blijft-staan"})
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.No)
    monkeypatch.setattr(actions, "ask_backup", lambda _service: earlier.path)
    assert actions.restore_backup() is None
    assert boxes.kinds() == ["question"]
    assert "Blijft-staan" in {person.last_name for person in opened.services.persons.list()}
    assert service.list() == (earlier,)


def test_a_file_that_is_no_backup_is_refused_before_anything_is_asked(actions: BackupActions, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    bad = tmp_path / "notulen.sqlite3"
    bad.write_text("geen database", encoding="utf-8")
    monkeypatch.setattr(actions, "ask_backup", lambda _service: bad)
    assert actions.restore_backup() is None
    assert boxes.kinds() == ["warning"] and "geen bruikbare back-up" in boxes.shown[0][2]


def test_restore_over_a_damaged_database_from_the_menu(actions: BackupActions, opened: OpenedDatabase,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    service = BackupService(opened.database.url)
    good = service.make()
    opened.database.dispose()
    assert service.path is not None
    damage(service.path)
    Boxes(monkeypatch)
    monkeypatch.setattr(actions, "ask_backup", lambda _service: good.path)
    report = actions.restore_backup()
    assert report is not None and report.set_aside is not None and report.set_aside.exists()
    assert opened.services.activities.count() == 28


def test_restore_dialog_offers_the_newest_backup_first(qtbot: QtBot, opened: OpenedDatabase) -> None:
    service = BackupService(opened.database.url)
    assert service.path is not None
    older = files.make_backup(service.path, BackupReason.DAILY, now=datetime(2022, 6, 13, 8, 0))
    newer = files.make_backup(service.path, BackupReason.MANUAL, now=datetime(2022, 6, 14, 9, 30))
    dialog = RestoreDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()
    assert dialog.view.selectionModel().selectedRows()[0].row() == 0
    assert dialog.model.backup_at(0) == newer
    dialog.view.selectRow(1)
    dialog.accept()
    assert dialog.chosen == older.path


def test_restore_dialog_without_backups_points_to_another_file(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = RestoreDialog(BackupService(opened.database.url))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert not dialog.empty_label.isHidden()
    dialog.accept()  # Enter with nothing chosen does nothing
    assert dialog.chosen is None
    elsewhere = tmp_path / "usb" / "vgg.sqlite3"
    monkeypatch.setattr(backup_actions.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(elsewhere), ""))
    dialog.other_button.click()
    assert dialog.chosen == elsewhere and dialog.result() == RestoreDialog.DialogCode.Accepted


@pytest.fixture
def main_window(qtbot: QtBot, opened: OpenedDatabase) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    return main


def test_the_main_window_has_them_in_the_file_menu_once_a_database_is_open(main_window: MainWindow, opened: OpenedDatabase) -> None:
    actions = main_window.backup_actions
    assert actions.make_action in main_window.file_menu.actions()
    assert actions.restore_action in main_window.file_menu.actions()
    assert not actions.make_action.isEnabled()
    main_window.attach(opened.services, "test.sqlite3")
    assert actions.make_action.isEnabled() and actions.restore_action.isEnabled()


def test_after_a_restore_the_window_reads_everything_again_and_forgets_its_undo_history(
        main_window: MainWindow, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    main_window.attach(opened.services, "test.sqlite3")
    earlier = BackupService(opened.database.url).make()
    person = opened.services.persons.list()[0]
    assert main_window.commands is not None
    main_window.commands.update("person", person, {"function": "Na de back-up"})
    assert main_window.undo_stack.count() == 1
    Boxes(monkeypatch)
    monkeypatch.setattr(main_window.backup_actions, "ask_backup", lambda _service: earlier.path)
    reloaded: list[bool] = []
    monkeypatch.setattr(main_window, "reload_all", lambda: reloaded.append(True))
    assert main_window.backup_actions.restore_backup() is not None
    assert reloaded == [True] and main_window.undo_stack.count() == 0
    assert opened.services.persons.get(person.id).function == person.function
