"""Before the window opens a database: already open elsewhere, on a network share, or damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.db.damage import damage
from tests.gui.helpers import when_modal
from vgg_desktop.gui import startup_checks
from vgg_desktop.gui.startup_checks import check_before_opening, damaged_box
from vgg_desktop.services.backups import BackupService, DatabaseDamagedError, Preflight, preflight
from vgg_desktop.services.errors import StorageError
from vgg_desktop.services.instance_lock import lock_database
from vgg_desktop.startup import OpenedDatabase


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def url(opened: OpenedDatabase) -> str:
    """A seeded database file that nothing has open."""
    opened.database.dispose()
    return opened.database.url


def _click(text_part: str, seen: list[str], then: object = None) -> None:
    """Clicks the button whose text contains `text_part` on the next modal message box."""
    def handle(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        seen.append(widget.text() + "\n" + widget.informativeText())
        if callable(then):
            then()
        for button in widget.buttons():
            if text_part in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(f"no button with {text_part!r}: {[b.text() for b in widget.buttons()]}")

    when_modal(handle)


def test_a_sound_local_database_opens_and_stays_locked(parent: QWidget, url: str) -> None:
    outcome = check_before_opening(parent, url)
    try:
        assert outcome.proceed and outcome.lock is not None and outcome.lock.held
        with pytest.raises(Exception, match="al geopend"):
            lock_database(url)
    finally:
        outcome.release()
    lock_database(url).release()


def test_a_second_start_says_already_open_and_stops(parent: QWidget, url: str) -> None:
    seen: list[str] = []
    with lock_database(url):
        _click("OK", seen)
        outcome = check_before_opening(parent, url)
    assert not outcome.proceed and outcome.lock is None and outcome.exit_code == startup_checks.EXIT_OK
    assert "al geopend" in seen[0]


def test_a_network_share_gets_a_warning_and_then_opens(parent: QWidget, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_checks, "preflight", lambda chosen: Preflight("Het bestand staat op een netwerkschijf. Gebruik PostgreSQL.", None))
    seen: list[str] = []
    _click("OK", seen)
    outcome = check_before_opening(parent, url)
    outcome.release()
    assert outcome.proceed and "netwerkschijf" in seen[0]


def _damaged_with_backup(url: str) -> tuple[Path, Path]:
    service = BackupService(url)
    good = service.make()
    assert service.path is not None
    damage(service.path)
    return service.path, good.path


def test_the_damaged_dialog_names_the_latest_good_backup(parent: QWidget, url: str) -> None:
    _damaged_with_backup(url)
    found = preflight(url).damage
    assert isinstance(found, DatabaseDamagedError)
    box = damaged_box(parent, found)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    assert any("latest backup" in text or "laatste" in text for text in texts)
    assert found.latest_backup is not None
    assert found.latest_backup.made_at.strftime("%d-%m-%Y %H:%M") in box.informativeText()
    assert box.detailedText()


def test_restoring_the_latest_good_backup_from_the_damaged_dialog(parent: QWidget, url: str) -> None:
    database, _ = _damaged_with_backup(url)
    damaged_bytes = database.read_bytes()
    seen: list[str] = []
    # The damaged dialog first; the "restored" message opens after it.
    _click("Restore latest backup", seen, then=lambda: _click("OK", seen))
    outcome = check_before_opening(parent, url)
    outcome.release()
    assert outcome.proceed and len(seen) == 2 and "opzij" in seen[1]
    assert preflight(url).damage is None
    kept = list((database.parent / "backups").glob("*.beschadigd.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(parent: QWidget, url: str) -> None:
    database, _ = _damaged_with_backup(url)
    before = database.read_bytes()
    seen: list[str] = []
    _click("Quit", seen)
    outcome = check_before_opening(parent, url)
    assert not outcome.proceed and outcome.lock is None and outcome.exit_code == startup_checks.EXIT_ERROR
    assert database.read_bytes() == before
    lock_database(url).release()  # the lock was let go


def test_choosing_another_backup_file(parent: QWidget, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = BackupService(url)
    elsewhere = tmp_path / "usb.sqlite3"
    service.make(elsewhere)
    assert service.path is not None
    damage(service.path)
    for backup in service.list():
        backup.path.unlink()
    monkeypatch.setattr(startup_checks, "choose_backup_file", lambda _parent, _service: elsewhere)
    seen: list[str] = []
    _click("Choose a backup", seen, then=lambda: _click("OK", seen))
    outcome = check_before_opening(parent, url)
    outcome.release()
    assert outcome.proceed and preflight(url).damage is None
    assert "No good backup" in seen[0] and "opzij" in seen[1]


def test_a_bad_choice_is_refused_and_the_dialog_comes_back(parent: QWidget, url: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    database, _ = _damaged_with_backup(url)
    before = database.read_bytes()
    bad = tmp_path / "niet-een-backup.sqlite3"
    bad.write_text("tekst", encoding="utf-8")
    monkeypatch.setattr(startup_checks, "choose_backup_file", lambda _parent, _service: bad)
    seen: list[str] = []
    # Choose the bad file, read the refusal, then quit from the damaged dialog that comes back.
    _click("Choose a backup", seen, then=lambda: _click("OK", seen, then=lambda: _click("Quit", seen)))
    outcome = check_before_opening(parent, url)
    assert not outcome.proceed and len(seen) == 3 and "geen bruikbare" in seen[1]
    assert database.read_bytes() == before


def test_a_file_that_is_no_database_is_refused_before_anything_is_locked(parent: QWidget, tmp_path: Path) -> None:
    folder = tmp_path / "documenten"
    folder.mkdir()
    letter = folder / "brief.docx"
    letter.write_bytes(b"PK\x03\x04 een Word-document")
    with pytest.raises(StorageError, match="geen SQLite-bestand"):
        check_before_opening(parent, f"sqlite:///{letter}")
    assert sorted(path.name for path in folder.iterdir()) == ["brief.docx"]


def test_a_second_window_on_the_same_database_says_so_and_exits_cleanly(qapp: QApplication, qtbot: QtBot, database_path: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from vgg_desktop import app, paths

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    with lock_database(f"sqlite:///{database_path}"):
        code = app.run_window(argparse.Namespace(database=str(database_path), screenshot=None))
    assert code == app.EXIT_OK
    assert len(shown) == 1 and "al geopend" in shown[0]
    assert not database_path.exists()  # nothing was opened, let alone created
    assert (tmp_path / "logs" / "crash.log").exists()  # the crash log sits beside the log file
    # No quit request is left behind to stop the next window this process shows from becoming active.
    qapp.processEvents()
    following = QWidget()
    qtbot.addWidget(following)
    following.show()
    following.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is following)
