"""Rows on screen before the database is open: the last tab's rows, kept from the last session, greyed,
marked, never editable, replaced by the first read; never the Bureau tab; never another database's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vgg_desktop import app
from vgg_desktop.db.location import database_identity
from vgg_desktop.gui.first_rows import FirstRows
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase


def texts(model: QAbstractItemModel) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())]


def start(qtbot: QtBot, database_path: Path, tab: int | None = None) -> tuple[MainWindow, FirstRows]:
    """A start as `app.run_window` does it, up to the first paint (the database not yet open)."""
    settings = Settings()
    if tab is not None:
        settings.set_last_tab(tab)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    first_rows = FirstRows(window, lambda: database_identity(str(database_path)), "nl")
    return window, first_rows


def session(qtbot: QtBot, opened: OpenedDatabase, database_path: Path, tab: int = 0) -> MainWindow:
    """A whole session on `tab`: started, the database opened, the rows kept, closed."""
    window, first_rows = start(qtbot, database_path, tab)
    first_rows.show()
    window.show()
    window.attach(opened.services, "test.sqlite3")
    first_rows.write_now()
    window.close()
    return window


def test_the_next_start_shows_the_rows_of_the_last_session_greyed_marked_and_not_editable(
        qtbot: QtBot, opened: OpenedDatabase, database_path: Path, dutch: None) -> None:
    before = session(qtbot, opened, database_path)
    window, first_rows = start(qtbot, database_path)
    assert first_rows.show()
    window.show()
    tab = window.board_tab
    assert texts(tab.model) == texts(before.board_tab.model) and tab.model.rowCount() == 13
    assert tab.showing_kept_rows()
    assert not tab.table.view.isEnabled()
    notice = tab.findChild(QLabel, "board_kept_notice")
    assert notice is not None and notice.isVisible() and "wordt bijgewerkt uit de database" in notice.text()
    # Nothing can be selected, changed or deleted on these rows.
    tab.table.select_row(0)
    assert tab.selected_value() is None and not tab.can_edit() and not tab.can_add()
    assert not window.edit_action.isEnabled() and not window.delete_action.isEnabled()
    assert not window.add_action.isEnabled()
    assert not tab.fill_action.isEnabled() and not tab.term_action.isEnabled()
    tab.edit()
    tab.fill_seat()
    assert window.undo_stack.count() == 0
    # The database opens: the rows are read afresh and replace the kept ones.
    window.attach(opened.services, "test.sqlite3")
    assert not tab.showing_kept_rows() and tab.table.view.isEnabled() and not notice.isVisible()
    assert len(tab.model.rows()) == 13 and tab.selected_value() is not None


def test_kept_rows_look_and_sort_as_they_did(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                             dutch: None) -> None:
    before = session(qtbot, opened, database_path)
    window, first_rows = start(qtbot, database_path)
    assert first_rows.show()
    live, kept = before.board_tab.model, window.board_tab.model
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                 Qt.ItemDataRole.ToolTipRole):
        for row in range(live.rowCount()):
            for column in range(live.columnCount()):
                assert kept.index(row, column).data(role) == live.index(row, column).data(role), (role, row, column)
    vacancy = next(row for row in range(kept.rowCount()) if kept.index(row, 2).data() == "Vacature")
    assert kept.index(vacancy, 2).data(Qt.ItemDataRole.FontRole).italic()
    for column in range(live.columnCount()):
        before.board_tab.table.proxy.sort(column, Qt.SortOrder.DescendingOrder)
        window.board_tab.table.proxy.sort(column, Qt.SortOrder.DescendingOrder)
        assert texts(window.board_tab.table.proxy) == texts(before.board_tab.table.proxy)


@pytest.mark.parametrize(("index", "sections"), [(1, {"portfolios", "committees", "consultations"}), (3, {"activities", "meetings"})])
def test_every_tab_but_the_bureau_is_kept_whole(qtbot: QtBot, opened: OpenedDatabase, database_path: Path, dutch: None,
                                                index: int, sections: set[str]) -> None:
    before = session(qtbot, opened, database_path, index)
    window, first_rows = start(qtbot, database_path)
    assert window.tabs.currentIndex() == index
    assert first_rows.show()
    tab = window.tab(index)
    assert {section.name for section in tab.sections} == sections
    for old, new in zip(before.tab(index).sections, tab.sections):
        assert texts(new.model) == texts(old.model) and new.model.rowCount() > 0
        assert not new.view.isEnabled()


def test_the_bureau_tab_is_never_kept(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                      dutch: None) -> None:
    window, first_rows = start(qtbot, database_path, 2)
    assert not first_rows.show()
    window.show()
    window.attach(opened.services, "test.sqlite3")
    staff = texts(window.staff_tab.model)
    assert staff
    first_rows.write_now()
    assert not first_rows.path.exists()
    # From the Bureau to the board and back: only the board is written, and it stays the board's.
    window.show_tab(0)
    first_rows.write_now()
    written = first_rows.path.read_text(encoding="utf-8")
    window.show_tab(2)
    first_rows.write_now()
    assert first_rows.path.read_text(encoding="utf-8") == written
    assert json.loads(written)["tab"] == "board" and set(json.loads(written)["sections"]) == {"board"}
    staff_only = {row[0] for row in staff} - {text for row in texts(window.board_tab.model) for text in row}
    assert staff_only and not any(name in written for name in staff_only)
    window.close()
    # The next start opens on the Bureau, as the user left it, and shows no rows until the database is open.
    again, first_rows = start(qtbot, database_path)
    assert again.tabs.currentIndex() == 2
    assert not first_rows.show()
    assert again.staff_tab.model.rowCount() == 0


def test_rows_of_another_database_are_not_shown(qtbot: QtBot, opened: OpenedDatabase, database_path: Path, tmp_path: Path,
                                                dutch: None) -> None:
    session(qtbot, opened, database_path)
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"")
    window, first_rows = start(qtbot, other)
    assert not first_rows.show()
    assert window.board_tab.model.rowCount() == 0


def test_rows_in_another_language_are_not_shown(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                                dutch: None) -> None:
    session(qtbot, opened, database_path)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert not FirstRows(window, lambda: database_identity(str(database_path)), "en").show()


def test_a_tab_switch_is_remembered_with_its_rows(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                                  dutch: None) -> None:
    window, first_rows = start(qtbot, database_path)
    window.show()
    window.attach(opened.services, "test.sqlite3")
    window.show_tab(3)
    # Written a moment after the tab was read, without closing (a program killed later still has it).
    qtbot.waitUntil(lambda: first_rows.path.exists(), timeout=5000)
    assert json.loads(first_rows.path.read_text(encoding="utf-8"))["tab"] == "activities"
    assert Settings().last_tab() == 3
    again, first_rows = start(qtbot, database_path)
    assert again.tabs.currentIndex() == 3 and first_rows.show()


def test_a_change_is_kept_for_the_next_start(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                             dutch: None) -> None:
    window, first_rows = start(qtbot, database_path)
    window.show()
    window.attach(opened.services, "test.sqlite3")
    first_rows.write_now()
    seat = next(value for value in window.board_tab.model.rows() if value.holder is not None)
    assert window.commands is not None
    window.commands.update("person", seat.holder, {"last_name": "Bakker-de Vries"})
    first_rows.flush()  # as at closing: what waited for its moment is written
    assert "Bakker-de Vries" in first_rows.path.read_text(encoding="utf-8")


def test_rows_that_do_not_fit_the_tab_are_not_shown(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                                    dutch: None) -> None:
    session(qtbot, opened, database_path)
    window, first_rows = start(qtbot, database_path)
    data = json.loads(first_rows.path.read_text(encoding="utf-8"))
    data["sections"]["board"]["columns"] += 1
    first_rows.path.write_text(json.dumps(data), encoding="utf-8")
    assert not first_rows.show()
    assert window.board_tab.model.rowCount() == 0 and window.board_tab.table.view.isEnabled()


def test_kept_rows_go_when_the_database_cannot_be_opened(qtbot: QtBot, opened: OpenedDatabase, database_path: Path,
                                                         tmp_path: Path, dutch: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    session(qtbot, opened, database_path)
    window, first_rows = start(qtbot, database_path)
    assert first_rows.show()
    rows_when_told: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *_args: rows_when_told.append(window.board_tab.model.rowCount()))
    not_a_database = tmp_path / "brief.docx"
    not_a_database.write_bytes(b"PK\x03\x04 this is a Word document")
    exits: list[int] = []
    app._open_into(window, str(not_a_database), [], exits.append, None, first_rows.discard)
    assert exits == [app.EXIT_ERROR] and rows_when_told == [0]
    assert not window.board_tab.showing_kept_rows()


def test_a_model_with_kept_rows_is_a_proper_item_model(qtbot: QtBot, qtmodeltester: ModelTester, opened: OpenedDatabase,
                                                       database_path: Path, dutch: None) -> None:
    session(qtbot, opened, database_path)
    window, first_rows = start(qtbot, database_path)
    assert first_rows.show()
    qtmodeltester.check(window.board_tab.model)
    qtmodeltester.check(window.board_tab.table.proxy)
