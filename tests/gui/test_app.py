from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from vgg_desktop import app, paths
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.screenshots import FORM_ENTITIES
from vgg_desktop.gui.settings import Settings
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase


def clean_environment(tmp_path: Path) -> dict[str, str]:
    """A child process with its own settings and data folders, offscreen."""
    environment = dict(os.environ)
    environment.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path / "home"),
    })
    environment.pop("VGG_DESKTOP_DATABASE", None)
    return environment


def test_screenshot_option_writes_every_tab_and_form(tmp_path: Path) -> None:
    target = tmp_path / "shots"
    result = subprocess.run([sys.executable, "-m", "vgg_desktop", "--screenshot", str(target)],
                            env=clean_environment(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in target.glob("*.png"))
    assert [name for name in names if not name.startswith("formulier")] == \
        ["01-bestuur.png", "02-portefeuilles.png", "03-bureau.png", "04-activiteiten.png", "05-peildatum.png",
         "06-vacatures.png", "07-projecten.png", "08-na-de-verkiezing.png", "aanwezigheid.png", "oud-medewerkers.png", "personen.png", "wijzigingen.png",
         "zetel-invullen.png"]
    assert len([name for name in names if name.startswith("formulier")]) == len(FORM_ENTITIES)
    for path in target.glob("*.png"):
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 200 and image.height() > 100, path.name
    main = QImage(str(target / "01-bestuur.png"))
    assert (main.width(), main.height()) == (1280, 800)
    # Nothing lands in the user's own folders: the screenshots use a throw-away example database, and
    # throw-away settings, so they show the program's own layout and leave the user's layout alone.
    assert not (tmp_path / "data" / paths.APP_NAME / "vgg-desktop.sqlite3").exists()
    assert not [path for path in (tmp_path / "config").rglob("*") if path.is_file()]


def test_importing_the_window_leaves_the_database_layers_for_later() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import vgg_desktop.app\n"
        "from vgg_desktop.gui.main_window import MainWindow\n"
        "from vgg_desktop.gui.settings import Settings\n"
        "application = QApplication([])\n"
        "window = MainWindow(Settings()); window.show(); application.processEvents()\n"
        "heavy = sorted({name.split('.')[0] for name in sys.modules} & {'sqlalchemy', 'alembic', 'openpyxl'})\n"
        "print(','.join(heavy))\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_database_that_cannot_be_opened_gives_a_dutch_message_and_exit_code_1(
        qtbot: QtBot, tmp_path: Path, dutch: None, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_database = tmp_path / "brief.docx"
    not_a_database.write_bytes(b"PK\x03\x04 this is a Word document")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    exits: list[int] = []
    app._open_into(window, str(not_a_database), [], exits.append)
    assert exits == [app.EXIT_ERROR]
    assert shown and shown[0].startswith("De database kon niet worden geopend.")
    assert "geen SQLite-bestand" in shown[0]
    assert not_a_database.read_bytes() == b"PK\x03\x04 this is a Word document"


def test_run_window_opens_the_database_after_showing_the_window(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    seen: list[tuple[bool, int]] = []
    attach = MainWindow.attach

    def attach_then_close(window: MainWindow, services: Services, location: str) -> None:
        seen.append((window.isVisible(), window.board_tab.table.total()))
        attach(window, services, location)
        seen.append((window.isVisible(), window.board_tab.table.total()))
        QTimer.singleShot(0, window.close)

    monkeypatch.setattr(MainWindow, "attach", attach_then_close)
    database = tmp_path / "vgg.sqlite3"
    hook_before = sys.excepthook
    locale_before = QLocale().name()
    code = app.run_window(argparse.Namespace(database=str(database), screenshot=None))
    assert code == app.EXIT_OK
    assert seen == [(True, 0), (True, 13)]
    assert QLocale().name() == locale_before != "nl_NL", "the window's language ends with the window"
    assert database.exists()
    log = (tmp_path / "logs" / "vgg-desktop.log").read_text(encoding="utf-8")
    assert "Database opened" in log and "VGG Desktop stops" in log
    assert sys.excepthook is hook_before, "the error reporter is removed again"


def test_the_crash_log_is_in_place_before_the_database_is_opened(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import faulthandler

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    seen: list[tuple[bool, bool, bool]] = []
    open_chosen = app.open_chosen

    def open_and_note(argument: str | None) -> OpenedDatabase:
        # The log file and the crash log are set up after the first paint, but before this.
        seen.append(((tmp_path / "logs" / "crash.log").exists(), faulthandler.is_enabled(),
                     (tmp_path / "logs" / "vgg-desktop.log").exists()))
        return open_chosen(argument)

    monkeypatch.setattr(app, "open_chosen", open_and_note)
    monkeypatch.setattr(MainWindow, "attach", lambda window, _services, _location: QTimer.singleShot(0, window.close))
    code = app.run_window(argparse.Namespace(database=str(tmp_path / "vgg.sqlite3"), screenshot=None))
    assert code == app.EXIT_OK
    assert seen == [(True, True, True)]
