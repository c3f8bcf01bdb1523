"""Bureau: former staff due for removal are flagged, and removed together from one dialog, undoably (AVG)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, Answers
from tests.gui.helpers import child, select, texts, when_modal
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.retention import RetentionModel
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.gui.retention_dialog import RetentionDialog
from vgg_desktop.gui.tabs.staff_tab import StaffTab
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE

TODAY = date(2026, 11, 29)
DUE = ["Mw. A. de Vries", "Mw. H. Dost", "Dhr. M. Jansman", "Mw. M. Klaver", "Mw. V. Glas", "Mw. R. de Jonge"]


def on_the_day(window: MainWindow, day: date) -> StaffTab:
    window.show_tab(2)
    tab = window.staff_tab
    tab.today = lambda: day
    tab.reload()
    return tab


def flagged(tab: StaffTab) -> list[str]:
    names = texts(tab.table.proxy, StaffModel.NAME)
    return [names[row] for row, text in enumerate(texts(tab.table.proxy, StaffModel.RETENTION)) if text]


def in_the_dialog(handle: Callable[[RetentionDialog], None]) -> list[RetentionDialog]:
    seen: list[RetentionDialog] = []

    def run(widget: QWidget) -> None:
        assert isinstance(widget, RetentionDialog), widget
        seen.append(widget)
        handle(widget)

    when_modal(run)
    return seen


def untick(dialog: RetentionDialog, name: str) -> None:
    row = texts(dialog.proxy, RetentionModel.NAME).index(name)
    dialog.proxy.setData(dialog.proxy.index(row, RetentionModel.NAME), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)


def staff_and_employments(services: Services) -> tuple[object, ...]:
    return (sorted((m.id, m.display_name) for m in services.staff_members.list()),
            sorted((e.id, e.staff_member_id, e.start_date, e.end_date) for e in services.employments.list()),
            sorted((p.id, p.staff_member_ids) for p in services.projects.list()))


def test_the_bureau_flags_who_left_more_than_two_years_ago(window: MainWindow) -> None:
    tab = on_the_day(window, TODAY)
    assert sorted(flagged(tab)) == sorted(DUE)
    assert tab.remove_former_action.isEnabled()
    assert tab.remove_former_action.text() == "&Oud-medewerkers verwijderen..."
    assert not tab.removal_notice.isHidden()
    assert tab.removal_notice.label.text() == (
        "6 oud-medewerkers zijn meer dan twee jaar uit dienst: Mw. A. de Vries, Mw. H. Dost, Dhr. M. Jansman en "
        "3 anderen. De AVG staat niet toe persoonsgegevens langer te bewaren dan nodig; het bureau bewaart die van "
        "oud-medewerkers twee jaar. Verwijderen wist hun persoonsgegevens, dienstverbanden en ziekmeldingen "
        "(projecten blijven bestaan); u ziet eerst wie, en u kunt het ongedaan maken met Ctrl+Z."
    )
    assert tab.removal_notice.button.defaultAction() is tab.remove_former_action
    assert tab.remove_former_action in tab.table.view.actions(), "also in the table's context menu"

    select(tab.table, StaffModel.NAME, "de Jonge")
    pane = tab.details.toPlainText()
    assert "Bewaartermijn verstreken" in pane and "01-09-2023" in pane and "Burgernet" in pane
    select(tab.table, StaffModel.NAME, "Sprenger")
    assert "Bewaartermijn" not in tab.details.toPlainText()


def test_the_notice_and_its_button_wait_until_someone_is_due(window: MainWindow) -> None:
    tab = on_the_day(window, date(2022, 6, 14))
    assert flagged(tab) == []
    assert not tab.remove_former_action.isEnabled()
    assert tab.removal_notice.isHidden()
    on_the_day(window, TODAY)
    assert tab.remove_former_action.isEnabled() and not tab.removal_notice.isHidden()


def test_the_window_still_fits_a_small_screen(window: MainWindow) -> None:
    on_the_day(window, TODAY)
    assert window.staff_tab.minimumSizeHint().width() <= 795


def test_the_dialog_removes_the_ticked_ones_in_one_step_and_undo_brings_them_back(
        window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    tab = on_the_day(window, TODAY)
    before = staff_and_employments(services)
    undo_steps = window.undo_stack.count()
    shown: list[tuple[list[str], str, str, bool]] = []

    def remove_all_but_klaver(dialog: RetentionDialog) -> None:
        shown.append((texts(dialog.proxy, RetentionModel.NAME), child(dialog, QLabel, "retention_count").text(),
                      dialog.windowTitle(), dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()))
        untick(dialog, "Mw. M. Klaver")
        assert dialog.checked_count() == 5
        dialog.remove_button.click()

    seen = in_the_dialog(remove_all_but_klaver)
    tab.remove_former_action.trigger()

    names, count, title, cancel_is_default = shown[0]
    assert names == DUE and count == "Alle 6 zijn aangevinkt en worden verwijderd."
    assert title == "Oud-medewerkers verwijderen" and cancel_is_default
    assert seen[0].result() == RetentionDialog.DialogCode.Accepted
    assert window.undo_stack.count() == undo_steps + 1
    assert window.undo_action.text() == "&Ongedaan maken: Oud-medewerkers verwijderen (5)"
    assert flagged(tab) == ["Mw. M. Klaver"], "the tab was refreshed"
    assert sorted(texts(tab.table.proxy, StaffModel.NAME)) == sorted(m.display_name for m in services.staff_members.list())

    window.undo_action.trigger()
    assert staff_and_employments(services) == before
    assert sorted(flagged(tab)) == sorted(DUE)
    window.redo_action.trigger()
    assert flagged(tab) == ["Mw. M. Klaver"]


def test_a_refused_removal_says_why_in_dutch_and_removes_nobody(
        window: MainWindow, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    services = opened.services
    tab = on_the_day(window, TODAY)
    answers = Answers(monkeypatch)
    glas = next(m for m in services.staff_members.list() if m.last_name == "Glas")
    before: list[object] = []
    after_refusal: list[tuple[list[str], bool, list[str]]] = []

    def changed_elsewhere_then_cancel(dialog: RetentionDialog) -> None:
        # Another PC changes a member while the list is open.
        services.staff_members.update(glas.id, glas.version, {"notes": "Nog in gesprek over een nieuw contract"})
        before.append(staff_and_employments(services))
        untick(dialog, "Mw. A. de Vries")
        dialog.remove_button.click()
        after_refusal.append((texts(dialog.proxy, RetentionModel.NAME), dialog.isVisible(),
                              [member.display_name for member in dialog.model.checked()]))
        dialog.reject()

    in_the_dialog(changed_elsewhere_then_cancel)
    tab.remove_former_action.trigger()

    assert len(answers.warnings) == 1
    title, message = answers.warnings[0]
    assert title == "Niemand verwijderd"
    assert "Iemand anders heeft Mw. V. Glas gewijzigd" in message and "niets verwijderd" in message
    assert staff_and_employments(services) == before[0]
    ((names, still_open, ticked),) = after_refusal
    assert names == DUE and still_open, "the dialog stays open with the list as stored now"
    assert ticked == [name for name in DUE if name != "Mw. A. de Vries"], "the user's unticking survives the refresh"
    assert window.undo_stack.count() == 0
    select(tab.table, StaffModel.NAME, "Glas")
    assert "Nog in gesprek" in tab.details.toPlainText(), "the tab shows the change made elsewhere"


def test_cancel_removes_nobody(window: MainWindow, opened: OpenedDatabase) -> None:
    tab = on_the_day(window, TODAY)
    before = staff_and_employments(opened.services)
    in_the_dialog(lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click())
    tab.remove_former_action.trigger()
    assert staff_and_employments(opened.services) == before
    assert window.undo_stack.count() == 0


def test_space_unticks_the_current_member_and_enter_does_not_remove(window: MainWindow, opened: OpenedDatabase,
                                                                   qtbot: QtBot) -> None:
    on_the_day(window, TODAY)
    assert window.context is not None
    dialog = RetentionDialog(window, window.context, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.checked_count() == len(DUE) - 1
    assert "Mw. A. de Vries" not in [member.display_name for member in dialog.model.checked()]
    assert dialog.count_label.text() == "5 van 6 aangevinkt: alleen die worden verwijderd."
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.checked_count() == len(DUE)
    before = staff_and_employments(opened.services)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == RetentionDialog.DialogCode.Rejected
    assert staff_and_employments(opened.services) == before


def test_with_nobody_due_the_dialog_says_so_and_cannot_remove(window: MainWindow, qtbot: QtBot) -> None:
    assert window.context is not None
    dialog = RetentionDialog(window, window.context, date(2022, 6, 14))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.count_label.text() == "Er hoeft niemand te worden verwijderd."
    assert not dialog.remove_button.isEnabled()
