"""The dialog for a record someone else changed meanwhile: stored values next to the user's input."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import when_modal
from vgg_desktop.domain import schema
from vgg_desktop.domain.entities import Person
from vgg_desktop.domain.errors import ConflictError
from vgg_desktop.gui.conflict_dialog import ConflictDialog, conflict_rows, show_conflict
from vgg_desktop.gui.editing.kinds import shown
from vgg_desktop.startup import OpenedDatabase


def _conflict(opened: OpenedDatabase) -> tuple[Person, Person, ConflictError]:
    """Two people open the same person; the other saves first; our save is refused."""
    services = opened.services
    original = services.persons.list()[0]
    services.persons.update(original.id, original.version, {"function": "Burgemeester", "municipality_id": None})
    with pytest.raises(ConflictError) as raised:
        services.persons.update(original.id, original.version, {"function": "Wethouder", "phone": "050 123 45 67"})
    assert isinstance(raised.value.current, Person)
    return original, raised.value.current, raised.value


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def test_rows_name_what_the_other_changed_and_what_i_typed(opened: OpenedDatabase) -> None:
    original, stored, _ = _conflict(opened)
    rows = {row.name: row for row in conflict_rows(schema.PERSON, stored, {"function": "Wethouder", "phone": "050 123 45 67"}, shown, original)}
    assert set(rows) == {"function", "phone", "municipality_id"}
    assert rows["function"].stored == "Burgemeester" and rows["function"].mine == "Wethouder"
    assert rows["function"].changed_by_other and rows["function"].changed_by_me and rows["function"].differs
    assert rows["phone"].stored == "" and rows["phone"].mine == "050 123 45 67" and not rows["phone"].changed_by_other
    # The other emptied the municipality; I left it alone, so my form still shows the old one.
    assert rows["municipality_id"].changed_by_other and not rows["municipality_id"].changed_by_me
    assert rows["municipality_id"].stored == ""


def test_without_the_original_only_real_differences_show(opened: OpenedDatabase) -> None:
    _, stored, _ = _conflict(opened)
    rows = conflict_rows(schema.PERSON, stored, {"function": "Wethouder", "last_name": stored.last_name}, shown)
    assert [row.name for row in rows] == ["function"]


def test_dialog_shows_a_row_per_difference_and_reports_the_choice(qtbot: QtBot, opened: OpenedDatabase) -> None:
    original, stored, error = _conflict(opened)
    rows = conflict_rows(schema.PERSON, stored, {"function": "Wethouder"}, shown, original)
    dialog = ConflictDialog(error.message, rows)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(rows) and table.columnCount() == 3
    cells = {_cell(table, row, 0).text(): (_cell(table, row, 1).text(), _cell(table, row, 2).text()) for row in range(table.rowCount())}
    label = schema.PERSON.field("function").label
    assert cells[label] == ("Burgemeester", "Wethouder")
    assert _cell(table, 0, 1).font().bold()
    assert not dialog.load_stored
    dialog.load_button.click()
    assert dialog.load_stored


def test_going_back_to_the_form_keeps_everything(qtbot: QtBot, opened: OpenedDatabase) -> None:
    original, stored, error = _conflict(opened)
    dialog = ConflictDialog(error.message, conflict_rows(schema.PERSON, stored, {"function": "Wethouder"}, shown, original))
    qtbot.addWidget(dialog)
    dialog.back_button.click()
    assert not dialog.load_stored
    # Nothing was saved by either refusal.
    assert opened.services.persons.get(original.id) == stored


def test_show_conflict_runs_the_dialog_modally(qtbot: QtBot, opened: OpenedDatabase) -> None:
    original, stored, error = _conflict(opened)
    seen: list[QWidget] = []

    def choose_load(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        seen.append(widget)
        widget.load_button.click()

    when_modal(choose_load)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert show_conflict(parent, schema.PERSON, error.message, stored, {"function": "Wethouder"}, shown, original) is True
    assert seen and "Iemand anders" in error.message
