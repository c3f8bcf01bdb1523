"""The window works without a mouse: real key presses, as a user types them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import child, fill_form, selected, texts, when_modal
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.staff import StaffModel


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts go to the active window; the offscreen platform does not reactivate it after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def active(window: MainWindow, qtbot: QtBot) -> MainWindow:
    activate(window, qtbot)
    return window


def test_ctrl_f_then_typing_filters_and_down_returns_to_the_table(active: MainWindow, qtbot: QtBot) -> None:
    tab = active.board_tab
    qtbot.keyClick(tab.table.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "willems")
    assert tab.table.shown() == 1
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.table.view.hasFocus()
    assert selected(tab).holder.last_name == "Willems"


def test_ctrl_number_switches_tabs_and_focus_lands_in_the_table(active: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(active.board_tab.table.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert active.tabs.currentIndex() == 2
    assert active.staff_tab.table.view.hasFocus()


def test_enter_on_a_row_opens_its_form_and_escape_closes_it(active: MainWindow, qtbot: QtBot) -> None:
    opened: list[str] = []

    def look_and_cancel(widget: QWidget) -> None:
        opened.append(widget.windowTitle())
        qtbot.keyClick(widget, Qt.Key.Key_Escape)

    view = active.board_tab.table.view
    view.setFocus()
    when_modal(look_and_cancel)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened and opened[0].startswith("Zetel wijzigen")
    assert active.focusWidget() is view, "focus goes back to the table"


def test_insert_adds_and_ctrl_z_undoes(active: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(active.board_tab.table.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = active.staff_tab.table.view
    rows = active.staff_tab.table.total()

    def new_member(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "last_name").setText("Dijkstra")

    fill_form(new_member)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert "Dijkstra" in " ".join(texts(active.staff_tab.table.proxy, StaffModel.NAME))
    activate(active, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert active.staff_tab.table.total() == rows
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert active.staff_tab.table.total() == rows + 1


def test_delete_key_asks_and_no_keeps_the_row(active: MainWindow, qtbot: QtBot) -> None:
    view = active.board_tab.table.view
    questions: list[str] = []

    def say_no(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        questions.append(widget.text())
        qtbot.keyClick(widget, Qt.Key.Key_Escape)

    when_modal(say_no)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert questions and "verwijderen" in questions[0]
    assert active.board_tab.table.total() == 13


def test_tab_moves_from_the_search_field_to_the_table_and_on(active: MainWindow, qtbot: QtBot) -> None:
    tab = active.board_tab
    tab.focus_search()
    qtbot.keyClick(tab.search, Qt.Key.Key_Tab)
    assert tab.table.view.hasFocus()
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Tab)
    assert tab.details.hasFocus()
    assert texts(tab.table.proxy, BoardModel.ROLE)[0] == "Voorzitter"
