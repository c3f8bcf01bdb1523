"""The activity form: a line of the year plan with its results, partners and progress per half-year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save, tick
from vgg_desktop.domain.enums import OwnerKind, ProgressStatus
from vgg_desktop.gui.models import appearance
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE


def test_a_new_activity_with_results_and_partners(qtbot: QtBot, editor: Any, services: Services,
                                                  stack: QUndoStack) -> None:
    plan = services.year_plans.list()[-1]
    last = max(item.position for item in services.activities.list(year_plan_id=plan.id))
    dialog = editor("activity")
    form = dialog.form
    # A new activity goes into the newest plan, after the last one.
    assert form.year_plan_id.currentData() == plan.id
    assert form.position.value() == last + 1
    # Nothing is reported on a new activity yet, and the choice says so quietly, in grey.
    assert form.first_half_status.currentText() == ProgressStatus.NOT_REPORTED.label
    assert form.second_half_status.currentData() == ProgressStatus.NOT_REPORTED.value
    assert form.first_half_status.property("quiet") is True
    assert f'QComboBox[quiet="true"] {{ color: {appearance.QUIET_COLOUR.name()}; font-style: italic; }}' in dialog.styleSheet()
    index = form.first_half_status.findData(ProgressStatus.NOT_REPORTED.value)
    assert form.first_half_status.itemData(index, Qt.ItemDataRole.ForegroundRole).color() == appearance.QUIET_COLOUR
    form.first_half_status.setFocus()
    qtbot.keyClick(form.first_half_status, Qt.Key.Key_Down)  # as the user chooses, with the keyboard
    assert form.first_half_status.currentData() == ProgressStatus.NOT_STARTED.value
    assert form.first_half_status.property("quiet") is False
    assert form.second_half_status.property("quiet") is True
    chosen = form.first_half_status.itemData(form.first_half_status.currentIndex(), Qt.ItemDataRole.ForegroundRole)
    assert chosen.color() != appearance.QUIET_COLOUR
    assert form.first_half_status.itemData(index, Qt.ItemDataRole.FontRole).italic()

    choose(form.owner_kind, OwnerKind.KLANKBORDGROEP.label)
    qtbot.keyClicks(form.title, "Raadsledenbijeenkomsten")
    qtbot.keyClicks(form.goal, "Raadsleden met elkaar verbinden")
    qtbot.keyClicks(form.results, "drie bijeenkomsten")
    qtbot.keyClick(form.results, Qt.Key.Key_Return)
    qtbot.keyClick(form.results, Qt.Key.Key_Return)  # an empty line is no result
    qtbot.keyClicks(form.results, "een nieuwsbrief")
    tick(form.partner_ids, "Provincie Groningen", "Biblionet")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.activities.get(dialog.saved.id)
    partners = {item.name: item.id for item in services.partners.list()}
    assert stored.owner_kind == OwnerKind.KLANKBORDGROEP
    assert stored.results == ("drie bijeenkomsten", "een nieuwsbrief")
    assert stored.partner_ids == tuple(sorted((partners["Provincie Groningen"], partners["Biblionet"])))
    assert (stored.year_plan_id, stored.position) == (plan.id, last + 1)
    assert (stored.first_half_status, stored.second_half_status) == (ProgressStatus.NOT_STARTED, ProgressStatus.NOT_REPORTED)

    stack.undo()
    assert all(item.id != stored.id for item in services.activities.list())


def test_progress_is_filled_in_during_the_year_and_undone(qtbot: QtBot, editor: Any, services: Services,
                                                          stack: QUndoStack) -> None:
    activity = services.activities.list()[0]
    dialog = editor("activity", activity)
    choose(dialog.form.second_half_status, ProgressStatus.DONE.label)
    qtbot.keyClicks(dialog.form.second_half_progress, "Toogdag gehouden op 14 juni")
    save(qtbot, dialog)
    stored = services.activities.get(activity.id)
    assert (stored.second_half_status, stored.second_half_progress) == (ProgressStatus.DONE, "Toogdag gehouden op 14 juni")
    assert (stored.results, stored.partner_ids) == (activity.results, activity.partner_ids)
    stack.undo()
    stored = services.activities.get(activity.id)
    assert (stored.second_half_status, stored.second_half_progress) == (activity.second_half_status, activity.second_half_progress)


def test_a_bad_field_on_another_tab_is_brought_forward(qtbot: QtBot, editor: Any, services: Services) -> None:
    activity = services.activities.list()[0]
    dialog = editor("activity", activity)
    dialog.form.tabs.setCurrentWidget(dialog.form.progress_tab)
    dialog.form.title.clear()
    save(qtbot, dialog)
    assert dialog.error_text("title") == "Vul dit veld in."
    assert dialog.form.tabs.currentWidget() is dialog.form.plan_tab
    assert dialog.focusWidget() is dialog.form.title
    assert services.activities.get(activity.id).title == activity.title


def test_the_ticked_partners_come_first(editor: Any, services: Services) -> None:
    activity = next(item for item in services.activities.list() if item.partner_ids)
    dialog = editor("activity", activity)
    names = {item.id: item.name for item in services.partners.list()}
    widget = dialog.form.partner_ids
    first = [widget.item(row).text() for row in range(len(activity.partner_ids))]
    assert sorted(first) == sorted(names[partner] for partner in activity.partner_ids)
    assert all(widget.item(row).checkState() == Qt.CheckState.Checked for row in range(len(activity.partner_ids)))
    assert widget.item(len(activity.partner_ids)).checkState() == Qt.CheckState.Unchecked
