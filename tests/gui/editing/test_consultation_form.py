"""The consultation form: a chair that is a person, a vacancy or n.v.t.; partners; a change made elsewhere."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save, tick, type_into, untick
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE


def test_vacancy_and_not_applicable_are_two_different_things(qtbot: QtBot, editor: Any, services: Services,
                                                             stack: QUndoStack) -> None:
    consultation = next(item for item in services.consultations.list() if item.chair_status == PlaceStatus.FILLED)
    dialog = editor("consultation", consultation)
    choose(dialog.form.chair, "n/a (not applicable)")
    save(qtbot, dialog)
    stored = services.consultations.get(consultation.id)
    assert (stored.chair_status, stored.chair_id) == (PlaceStatus.NOT_APPLICABLE, None)

    dialog = editor("consultation", stored)
    assert dialog.form.chair.currentText() == "n/a (not applicable)"
    choose(dialog.form.chair, "Vacancy")
    save(qtbot, dialog)
    stored = services.consultations.get(consultation.id)
    assert (stored.chair_status, stored.chair_id) == (PlaceStatus.VACANT, None)

    stack.undo()
    stack.undo()
    stored = services.consultations.get(consultation.id)
    assert (stored.chair_status, stored.chair_id) == (PlaceStatus.FILLED, consultation.chair_id)


def test_a_new_consultation_with_a_chair_and_partners(qtbot: QtBot, editor: Any, services: Services) -> None:
    person = services.persons.list()[0]
    dialog = editor("consultation")
    assert dialog.form.number.value() == max(item.number for item in services.consultations.list()) + 1
    assert dialog.form.chair.currentText() == "Vacancy"
    qtbot.keyClicks(dialog.form.name, "Energie")
    choose(dialog.form.chair, person.display_name)
    tick(dialog.form.partner_ids, "Provincie Groningen", "GGD Groningen")
    untick(dialog.form.partner_ids, "GGD Groningen")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.consultations.get(dialog.saved.id)
    province = next(item.id for item in services.partners.list() if item.name == "Provincie Groningen")
    assert (stored.name, stored.chair_status, stored.chair_id, stored.partner_ids) == (
        "Energie", PlaceStatus.FILLED, person.id, (province,))


@pytest.fixture
def conflict_answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stands in for the modal side-by-side dialog; the test sets what the user answers (default: back to the form)."""
    shown: list[Any] = []

    def answer(parent: Any, spec: Any, message: str, stored: Any, mine: Any, original: Any = None, display: Any = None) -> bool:
        shown.append((stored, mine))
        return bool(getattr(answer, "load", False))

    monkeypatch.setattr("vgg_desktop.gui.editing.record_dialog.show_conflict", answer)
    shown.append(answer)
    return shown


def test_a_change_made_elsewhere_meanwhile_is_shown_and_can_be_reloaded(qtbot: QtBot, editor: Any, services: Services,
                                                                        stack: QUndoStack, conflict_answers: list[Any]) -> None:
    consultation = services.consultations.list()[0]
    dialog = editor("consultation", consultation)
    # Another PC renames the consultation while this form is open.
    services.consultations.update(consultation.id, consultation.version, {"name": "Bestuur en Veiligheid"})
    dialog.form.preparation.setPlainText("Ambtelijk voorbereid door de griffiers")
    save(qtbot, dialog)

    assert dialog.isVisible()
    text = dialog.message_label.text()
    assert "Iemand anders" in text
    assert "Name: Bestuur en Veiligheid" in text
    assert dialog.reload_button.isVisibleTo(dialog)
    stored, mine = conflict_answers[1]
    assert stored.name == "Bestuur en Veiligheid"
    assert mine == {"preparation": "Ambtelijk voorbereid door de griffiers"}
    assert stack.count() == 0
    assert services.consultations.get(consultation.id).preparation == consultation.preparation

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.form.name.text() == "Bestuur en Veiligheid"
    assert dialog.form.preparation.toPlainText() == "Ambtelijk voorbereid door de griffiers"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.consultations.get(consultation.id)
    assert (stored.name, stored.preparation) == ("Bestuur en Veiligheid", "Ambtelijk voorbereid door de griffiers")


def test_choosing_the_stored_values_in_the_side_by_side_dialog_reloads_the_form(
        qtbot: QtBot, editor: Any, services: Services, conflict_answers: list[Any]) -> None:
    conflict_answers[0].load = True
    consultation = services.consultations.list()[2]
    dialog = editor("consultation", consultation)
    services.consultations.update(consultation.id, consultation.version, {"preparation": "Elders gewijzigd"})
    type_into(qtbot, dialog.form.name, "Mijn naam")
    save(qtbot, dialog)
    assert dialog.form.preparation.toPlainText() == "Elders gewijzigd"
    assert dialog.form.name.text() == "Mijn naam"
    assert services.consultations.get(consultation.id).name == consultation.name


def test_a_typed_name_is_kept_when_reloading(qtbot: QtBot, editor: Any, services: Services,
                                             conflict_answers: list[Any]) -> None:
    consultation = services.consultations.list()[1]
    dialog = editor("consultation", consultation)
    services.consultations.update(consultation.id, consultation.version, {"preparation": "Nieuw elders"})
    type_into(qtbot, dialog.form.name, "Eigen naam")
    save(qtbot, dialog)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.form.name.text() == "Eigen naam"
    assert dialog.form.preparation.toPlainText() == "Nieuw elders"


def test_partners_are_ticked_with_the_keyboard(qtbot: QtBot, editor: Any, services: Services) -> None:
    consultation = services.consultations.list()[0]
    dialog = editor("consultation", consultation)
    partners = dialog.form.partner_ids
    row = len(consultation.partner_ids)  # the first partner not taking part yet
    partners.setFocus()
    partners.setCurrentRow(row)
    name = partners.item(row).text()
    qtbot.keyClick(partners, Qt.Key.Key_Space)
    assert partners.item(row).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(partners, Qt.Key.Key_Return)  # Enter saves, also from the list
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = next(item.id for item in services.partners.list() if item.name == name)
    assert services.consultations.get(consultation.id).partner_ids == tuple(sorted((*consultation.partner_ids, added)))
