"""GUI fixtures: settings in a temporary folder, the Dutch translation, the main window on seeded data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot

from vgg_desktop.gui.i18n import install_translators
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path) -> Path:
    """Every GUI test reads and writes its settings in its own folder, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[None]:
    """The Dutch translation, installed as the program installs it by default."""
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase, dutch: None) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.show()
    main.attach(opened.services, "test.sqlite3")
    return main
