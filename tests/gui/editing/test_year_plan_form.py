"""The year plan form: its texts and the list of core values, each with a title and a text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, save
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE


def test_core_values_are_added_changed_and_removed(qtbot: QtBot, editor: Any, services: Services,
                                                   stack: QUndoStack) -> None:
    plan = services.year_plans.list()[0]
    dialog = editor("year_plan", plan)
    form = dialog.form
    assert form.core_values.count() == len(plan.core_values)
    assert form.core_value_title.text() == plan.core_values[0].title

    form.core_values.setCurrentRow(1)
    form.core_value_text.setPlainText("Een nieuwe tekst")
    form.core_values.setCurrentRow(2)
    qtbot.mouseClick(form.core_values_remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.core_values_add, Qt.MouseButton.LeftButton)
    assert form.core_value_title.text() == "" and form.core_values.currentRow() == form.core_values.count() - 1
    qtbot.keyClicks(form.core_value_title, "Duurzaam samenwerken")
    qtbot.keyClicks(form.core_value_text, "Samen met de provincie")
    assert form.core_values.currentItem().text() == "Duurzaam samenwerken"
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.year_plans.get(plan.id).core_values
    expected = [*plan.core_values]
    expected[1] = CoreValue(plan.core_values[1].title, "Een nieuwe tekst")
    del expected[2]
    expected.append(CoreValue("Duurzaam samenwerken", "Samen met de provincie"))
    assert stored == tuple(expected)

    stack.undo()
    assert services.year_plans.get(plan.id).core_values == plan.core_values


def test_a_core_value_without_a_title_is_refused(qtbot: QtBot, editor: Any, services: Services) -> None:
    plan = services.year_plans.list()[0]
    dialog = editor("year_plan", plan)
    qtbot.mouseClick(dialog.form.core_values_add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.core_value_text, "Alleen tekst")
    save(qtbot, dialog)
    assert "titel en een tekst" in dialog.error_text("core_values")
    assert dialog.form.tabs.currentWidget() is dialog.form.values_tab
    assert services.year_plans.get(plan.id).core_values == plan.core_values


def test_a_new_year_plan_proposes_the_next_year(qtbot: QtBot, editor: Any, services: Services) -> None:
    dialog = editor("year_plan")
    assert dialog.form.year.value() == max(plan.year for plan in services.year_plans.list()) + 1
    qtbot.keyClicks(dialog.form.title, "Jaarplan 2023")
    save(qtbot, dialog)
    assert services.year_plans.get(dialog.saved.id).year == 2023


def test_a_year_that_has_a_plan_already_is_refused_next_to_the_year(qtbot: QtBot, editor: Any,
                                                                     services: Services) -> None:
    dialog = editor("year_plan")
    dialog.form.year.setValue(2022)
    qtbot.keyClicks(dialog.form.title, "Dubbel")
    save(qtbot, dialog)
    assert dialog.error_text("year") == "Er is al een jaarplan voor 2022. Kies een ander jaar."
    assert services.year_plans.count() == 1
