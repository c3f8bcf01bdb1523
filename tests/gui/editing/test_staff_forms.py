"""The bureau's forms: employments with half-known periods, and sick leave with dates only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCalendarWidget, QDialog, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save, type_into
from vgg_desktop.domain.enums import ContractKind
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE


def test_an_employment_with_only_an_end_date(qtbot: QtBot, editor: Any, services: Services,
                                             stack: QUndoStack) -> None:
    member = services.staff_members.list()[0]
    dialog = editor("employment", defaults={"staff_member_id": member.id})
    assert dialog.form.contract_kind.currentText() == "(unknown)"
    qtbot.keyClicks(dialog.form.function, "projectmedewerker")
    choose(dialog.form.contract_kind, ContractKind.ANNUAL.label)
    qtbot.keyClicks(dialog.form.through, "GOA-Publiek")
    type_into(qtbot, dialog.form.end_date, "1-9-2022")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.employments.get(dialog.saved.id)
    assert (stored.staff_member_id, stored.function, stored.contract_kind, stored.through) == (
        member.id, "projectmedewerker", ContractKind.ANNUAL, "GOA-Publiek")
    assert (stored.start_date, stored.end_date) == (None, date(2022, 9, 1))
    assert stack.undoText() == "Add employment"


def test_changing_the_kind_of_contract_back_to_unknown(qtbot: QtBot, editor: Any, services: Services,
                                                      stack: QUndoStack) -> None:
    employment = next(item for item in services.employments.list() if item.contract_kind is not None)
    assert employment.contract_kind is not None
    dialog = editor("employment", employment)
    assert dialog.form.contract_kind.currentText() == employment.contract_kind.label
    choose(dialog.form.contract_kind, "(unknown)")
    save(qtbot, dialog)
    assert services.employments.get(employment.id).contract_kind is None
    stack.undo()
    assert services.employments.get(employment.id).contract_kind == employment.contract_kind


def test_the_function_field_suggests_functions_already_in_use(editor: Any, services: Services) -> None:
    dialog = editor("employment")
    completer = dialog.form.function.completer()
    known = {completer.model().index(row, 0).data() for row in range(completer.model().rowCount())}
    assert {item.function for item in services.employments.list() if item.function} <= known


def test_sick_leave_holds_dates_and_nothing_else(qtbot: QtBot, editor: Any, services: Services) -> None:
    member = services.staff_members.list()[0]
    dialog = editor("absence", defaults={"staff_member_id": member.id})
    # AVG: no field in which a cause or diagnosis could be typed.
    assert dialog.form_host.findChildren(QPlainTextEdit) == []
    assert {name for binding in dialog.bindings for name in binding.names} == {"staff_member_id", "start_date", "end_date"}
    typed = [edit for edit in dialog.form_host.findChildren(QLineEdit) if not _in_calendar(edit)]
    assert [edit.objectName() for edit in typed] == ["date_text", "date_text"]
    assert any("AVG" in label.text() for label in dialog.form_host.findChildren(QLabel))
    type_into(qtbot, dialog.form.start_date, "14-06-2022")
    save(qtbot, dialog)
    stored = services.absences.get(dialog.saved.id)
    assert (stored.staff_member_id, stored.start_date, stored.end_date) == (member.id, date(2022, 6, 14), None)


def _in_calendar(widget: Any) -> bool:
    while widget is not None:
        if isinstance(widget, QCalendarWidget):
            return True
        widget = widget.parentWidget()
    return False


def test_sick_leave_needs_a_first_day(qtbot: QtBot, editor: Any, services: Services) -> None:
    before = services.absences.count()
    dialog = editor("absence", defaults={"staff_member_id": services.staff_members.list()[0].id})
    save(qtbot, dialog)
    assert dialog.error_text("start_date") == "Vul dit veld in."
    assert services.absences.count() == before
