"""The person form: add, change, refuse bad input next to the field, ask before throwing typing away."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose
from vgg_desktop.domain.enums import Salutation
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.errors import StorageError

pytestmark = OFFSCREEN_NOISE


def test_a_person_typed_into_the_form_is_saved(qtbot: QtBot, editor: Any, services: Services, stack: QUndoStack) -> None:
    dialog = editor("person")
    assert dialog.windowTitle() == "Add person"
    form = dialog.form
    choose(form.salutation, "Mw.")
    qtbot.keyClicks(form.initials, "J.")
    qtbot.keyClicks(form.last_name, "de Vries")
    choose(form.municipality_id, "Pekela")
    qtbot.keyClicks(form.function, "wethouder")
    qtbot.keyClicks(form.notes, "Eerste regel")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # a new line in the notes, not Save
    qtbot.keyClicks(form.notes, "Tweede regel")
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.persons.get(dialog.saved.id)
    municipality = next(item for item in services.municipalities.list() if item.name == "Pekela")
    assert (stored.salutation, stored.initials, stored.last_name, stored.municipality_id, stored.function) == (
        Salutation.MS, "J.", "de Vries", municipality.id, "wethouder")
    assert stored.notes == "Eerste regel\nTweede regel"
    assert stack.undoText() == "Add person"


def test_enter_saves_a_change(qtbot: QtBot, editor: Any, services: Services, stack: QUndoStack) -> None:
    person = services.persons.list()[0]
    dialog = editor("person", person)
    assert dialog.form.last_name.text() == person.last_name
    dialog.form.function.clear()
    qtbot.keyClicks(dialog.form.function, "burgemeester")
    qtbot.keyClick(dialog.form.function, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.persons.get(person.id).function == "burgemeester"
    assert stack.undoText() == "Edit person"
    stack.undo()
    assert services.persons.get(person.id).function == person.function


def test_saving_without_a_change_adds_no_undo_step(qtbot: QtBot, editor: Any, services: Services,
                                                   stack: QUndoStack) -> None:
    person = services.persons.list()[0]
    dialog = editor("person", person)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved == person
    assert stack.count() == 0


def test_an_empty_last_name_is_refused_next_to_the_field(qtbot: QtBot, editor: Any, services: Services,
                                                         stack: QUndoStack) -> None:
    before = services.persons.count()
    dialog = editor("person")
    qtbot.keyClicks(dialog.form.first_name, "Anna")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_text("last_name") == "Vul dit veld in."
    assert dialog.error_text("first_name") == ""
    assert dialog.form.last_name.property("invalid") is True
    assert dialog.focusWidget() is dialog.form.last_name
    assert dialog.message_panel.isVisibleTo(dialog)
    assert services.persons.count() == before
    assert stack.count() == 0

    # Corrected, it saves, and the red marks are gone.
    qtbot.keyClicks(dialog.form.last_name, "Bakker")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.persons.get(dialog.saved.id).first_name == "Anna"
    assert dialog.form.last_name.property("invalid") is False


def test_too_long_text_is_refused_and_kept(qtbot: QtBot, editor: Any, services: Services) -> None:
    dialog = editor("person")
    qtbot.keyClicks(dialog.form.last_name, "Bakker")
    dialog.form.phone.setText("0" * 41)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "hoogstens 40" in dialog.error_text("phone")
    assert dialog.form.phone.text() == "0" * 41


@pytest.mark.parametrize("answer, closes", [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)])
def test_escape_asks_before_throwing_typing_away(qtbot: QtBot, editor: Any, monkeypatch: pytest.MonkeyPatch,
                                                 services: Services, answer: QMessageBox.StandardButton,
                                                 closes: bool) -> None:
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        assert args[-1] == QMessageBox.StandardButton.No  # the default answer keeps the typing
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    before = services.persons.count()
    dialog = editor("person")
    qtbot.keyClicks(dialog.form.last_name, "Bakker")
    qtbot.keyClick(dialog.form.last_name, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"]
    assert dialog.isVisible() is not closes
    assert dialog.form.last_name.text() == "Bakker"
    assert services.persons.count() == before


def test_escape_on_an_untouched_form_closes_without_asking(qtbot: QtBot, editor: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked without a reason"))
    dialog = editor("person", None)
    qtbot.keyClick(dialog.form.last_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_storage_problem_is_shown_in_the_form_and_the_typing_kept(
        qtbot: QtBot, editor: Any, context: Any, monkeypatch: pytest.MonkeyPatch, services: Services) -> None:
    def locked(entity: str, data: Any) -> Any:
        raise StorageError("De database is bezet door een ander programma of een andere pc. Probeer het over een ogenblik opnieuw.")

    monkeypatch.setattr(context.commands, "create", locked)
    dialog = editor("person")
    qtbot.keyClicks(dialog.form.last_name, "Bakker")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "bezet" in dialog.message_label.text()
    assert not dialog.reload_button.isVisibleTo(dialog)
    assert dialog.form.last_name.text() == "Bakker"

    monkeypatch.undo()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.persons.get(dialog.saved.id).last_name == "Bakker"
