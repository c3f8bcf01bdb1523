"""Zetel invullen without detours: the new person is entered in the term's own form, saved and undone with it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save, type_into
from vgg_desktop.domain.enums import SeatKind
from vgg_desktop.services.catalog import Services

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("dutch")]


def vacant_seat(services: Services) -> Any:
    return next(seat for seat in services.board_seats.list()
                if seat.kind is SeatKind.MUNICIPALITY and not services.seat_terms.list(seat_id=seat.id))


def municipality_id(services: Services, name: str) -> int:
    return next(item.id for item in services.municipalities.list() if item.name == name)


def test_a_new_term_starts_without_a_date_and_without_the_person_box_ticked(editor: Any, services: Services) -> None:
    dialog = editor("seat_term", defaults={"seat_id": vacant_seat(services).id})
    assert dialog.form.start_date.text() == "" and dialog.form.end_date.text() == ""
    assert dialog.new_person_box.isVisible() and not dialog.new_person_box.isChecked()
    assert dialog.new_person_box.title() == "Nieuwe persoon, nog niet in de lijst"
    assert dialog.form.person_id.isEnabled()
    assert not dialog.on_behalf_hint.isVisible()
    assert not dialog.is_dirty()


def test_changing_a_term_has_no_person_box(editor: Any, services: Services) -> None:
    term = services.seat_terms.list()[0]
    dialog = editor("seat_term", record=term)
    assert not dialog.new_person_box.isVisible() and not dialog.on_behalf_hint.isVisible()


def test_fill_a_seat_with_a_new_person_in_one_step(qtbot: QtBot, editor: Any, services: Services,
                                                   stack: QUndoStack) -> None:
    seat = vacant_seat(services)
    persons_before = services.persons.list()
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    dialog.new_person_box.setChecked(True)
    assert not dialog.form.person_id.isEnabled()
    choose(dialog.form.new_person_salutation, "Mw.")
    type_into(qtbot, dialog.form.new_person_initials, "E.")
    type_into(qtbot, dialog.form.new_person_first_name, "Eva")
    type_into(qtbot, dialog.form.new_person_last_name, "Bakker")
    choose(dialog.form.new_person_municipality_id, "Midden-Groningen")
    type_into(qtbot, dialog.form.new_person_function, "wethouder")
    assert dialog.on_behalf_hint.isVisible()
    assert dialog.on_behalf_hint.text() == \
        "De zetel zegt nog niet namens wie hij is: het wordt de zetel van Midden-Groningen."
    type_into(qtbot, dialog.form.start_date, "21-04-2022")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    person = next(item for item in services.persons.list() if item.last_name == "Bakker")
    assert (person.salutation, person.initials, person.first_name, person.function) == ("Mw.", "E.", "Eva", "wethouder")
    assert person.municipality_id == municipality_id(services, "Midden-Groningen")
    term = services.seat_terms.get(dialog.saved.id)
    assert (term.seat_id, term.person_id) == (seat.id, person.id)
    assert services.board_seats.get(seat.id).municipality_id == person.municipality_id
    assert stack.count() == 1 and stack.undoText() == "Zetel invullen"

    stack.undo()
    assert services.persons.list() == persons_before
    assert services.seat_terms.list(seat_id=seat.id) == ()
    assert services.board_seats.get(seat.id).municipality_id is None
    stack.redo()
    assert [item.id for item in services.persons.list() if item.last_name == "Bakker"] == [person.id]
    assert services.seat_terms.list(seat_id=seat.id)[0].person_id == person.id
    assert services.board_seats.get(seat.id).municipality_id == person.municipality_id


def test_what_is_wrong_is_marked_in_both_parts_and_nothing_is_saved(qtbot: QtBot, editor: Any, services: Services,
                                                                     stack: QUndoStack) -> None:
    seat = vacant_seat(services)
    persons_before = services.persons.list()
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    dialog.new_person_box.setChecked(True)
    type_into(qtbot, dialog.form.new_person_first_name, "Eva")
    type_into(qtbot, dialog.form.start_date, "31-02-2022")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("person.last_name") == "Vul dit veld in."
    assert "bestaat niet als datum" in dialog.error_text("start_date")
    assert dialog.error_text("person_id") == ""
    assert services.persons.list() == persons_before and stack.count() == 0
    # Corrected, it saves; what was typed was kept.
    assert dialog.form.new_person_first_name.text() == "Eva"
    type_into(qtbot, dialog.form.new_person_last_name, "Bakker")
    type_into(qtbot, dialog.form.start_date, "")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.seat_terms.get(dialog.saved.id).start_date is None


def test_an_existing_person_lends_the_seat_their_municipality(qtbot: QtBot, editor: Any, services: Services,
                                                              stack: QUndoStack) -> None:
    seat = vacant_seat(services)
    oldambt = municipality_id(services, "Oldambt")
    person = services.persons.create({"salutation": "Dhr.", "initials": "P.", "last_name": "Smit", "municipality_id": oldambt})
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    choose(dialog.form.person_id, "Dhr. P. Smit")
    assert "het wordt de zetel van Oldambt" in dialog.on_behalf_hint.text()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.board_seats.get(seat.id).municipality_id == oldambt
    stack.undo()
    assert services.board_seats.get(seat.id).municipality_id is None
    assert services.persons.get(person.id).last_name == "Smit"


def test_a_municipality_with_a_seat_of_its_own_is_said_and_left(qtbot: QtBot, editor: Any, services: Services) -> None:
    seat, other = [item for item in services.board_seats.list()
                   if item.kind is SeatKind.MUNICIPALITY and not services.seat_terms.list(seat_id=item.id)][:2]
    veendam = municipality_id(services, "Veendam")
    services.board_seats.update(other.id, other.version, {"municipality_id": veendam})
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    dialog.new_person_box.setChecked(True)
    type_into(qtbot, dialog.form.new_person_last_name, "Mulder")
    choose(dialog.form.new_person_municipality_id, "Veendam")
    assert dialog.on_behalf_hint.text() == "Veendam heeft al een zetel; deze zetel houdt 'Namens' leeg."
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.board_seats.get(seat.id).municipality_id is None
