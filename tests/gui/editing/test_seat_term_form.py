"""Filling a seat: the term form, its dates, and the rule that a seat has one holder at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save, type_into
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.errors import NotFoundError

pytestmark = OFFSCREEN_NOISE


def vacant_seat(services: Services) -> Any:
    return next(seat for seat in services.board_seats.list() if not services.seat_terms.list(seat_id=seat.id))


def test_filling_a_vacancy_starts_from_the_seat(qtbot: QtBot, editor: Any, services: Services,
                                                stack: QUndoStack) -> None:
    seat = vacant_seat(services)
    person = services.persons.list()[0]
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    assert dialog.form.seat_id.currentData() == seat.id
    assert dialog.form.person_id.currentIndex() == -1  # nobody chosen yet: "Kies…"
    choose(dialog.form.person_id, person.display_name)
    type_into(qtbot, dialog.form.start_date, "1 apr 2022")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    term = services.seat_terms.get(dialog.saved.id)
    assert (term.seat_id, term.person_id, term.start_date, term.end_date) == (seat.id, person.id, date(2022, 4, 1), None)

    stack.undo()
    assert services.seat_terms.list(seat_id=seat.id) == ()
    stack.redo()
    assert services.seat_terms.get(term.id).start_date == date(2022, 4, 1)


def test_a_date_typed_in_words_is_shown_the_usual_way(qtbot: QtBot, editor: Any, services: Services) -> None:
    dialog = editor("seat_term", defaults={"seat_id": vacant_seat(services).id})
    type_into(qtbot, dialog.form.start_date, "1 sept. 2023")
    dialog.form.start_date.line_edit.editingFinished.emit()
    assert dialog.form.start_date.text() == "01-09-2023"


def test_an_end_before_the_start_is_refused_next_to_the_end(qtbot: QtBot, editor: Any, services: Services,
                                                            stack: QUndoStack) -> None:
    seat = vacant_seat(services)
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    choose(dialog.form.person_id, services.persons.list()[0].display_name)
    type_into(qtbot, dialog.form.start_date, "01-06-2022")
    type_into(qtbot, dialog.form.end_date, "01-05-2022")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_text("end_date") == "01-05-2022 ligt vóór 'Vanaf' (01-06-2022). Kies een latere datum."
    assert dialog.error_text("start_date") == ""
    assert dialog.focusWidget() is dialog.form.end_date.line_edit
    assert services.seat_terms.list(seat_id=seat.id) == ()
    assert stack.count() == 0


def test_an_impossible_date_and_a_missing_person_are_both_shown(qtbot: QtBot, editor: Any, services: Services) -> None:
    seat = vacant_seat(services)
    dialog = editor("seat_term", defaults={"seat_id": seat.id})
    type_into(qtbot, dialog.form.start_date, "31-02-2022")
    save(qtbot, dialog)

    assert dialog.error_text("start_date") == "'31-02-2022' bestaat niet als datum. Controleer dag en maand."
    assert dialog.error_text("person_id") == "Vul dit veld in."
    # The first bad field in the order of the form gets the focus.
    assert dialog.focusWidget() is dialog.form.person_id
    assert dialog.form.start_date.text() == "31-02-2022"
    assert services.seat_terms.list(seat_id=seat.id) == ()


def test_a_seat_held_in_that_period_is_refused(qtbot: QtBot, editor: Any, services: Services) -> None:
    held = services.seat_terms.list()[0]
    other = next(person for person in services.persons.list() if person.id != held.person_id)
    dialog = editor("seat_term", defaults={"seat_id": held.seat_id})
    choose(dialog.form.person_id, other.display_name)
    type_into(qtbot, dialog.form.start_date, "01-01-2023")
    save(qtbot, dialog)

    assert "al bezet door" in dialog.error_text("start_date")
    assert len(services.seat_terms.list(seat_id=held.seat_id)) == 1


def test_ending_a_term_and_undoing_it(qtbot: QtBot, editor: Any, services: Services, stack: QUndoStack) -> None:
    term = services.seat_terms.list()[0]
    dialog = editor("seat_term", term)
    type_into(qtbot, dialog.form.end_date, "30-04-2022")
    save(qtbot, dialog)
    assert services.seat_terms.get(term.id).end_date == date(2022, 4, 30)
    assert stack.undoText() == "Edit term of office"
    stack.undo()
    assert services.seat_terms.get(term.id).end_date is None


def test_a_term_deleted_elsewhere_while_the_form_was_open(qtbot: QtBot, editor: Any, services: Services) -> None:
    term = services.seat_terms.list()[0]
    dialog = editor("seat_term", term)
    services.seat_terms.delete(term.id, term.version)
    type_into(qtbot, dialog.form.as_written, "gewijzigd")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "bestaat niet meer" in dialog.message_label.text()
    with pytest.raises(NotFoundError):
        services.seat_terms.get(term.id)


def test_a_date_field_says_what_is_wrong_with_its_text(qtbot: QtBot) -> None:
    from vgg_desktop.gui.editing.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    assert field.typed_date() is None and field.problem() == "" and field.problem("Vul een datum in.") == "Vul een datum in."
    field.setText("15-03-2022")
    assert field.typed_date() == date(2022, 3, 15) and field.problem("Vul een datum in.") == ""
    field.setText("1 mrt. 2021")
    assert field.typed_date() == date(2021, 3, 1)
    field.setText("30-02-2022")
    assert field.typed_date() is None
    assert field.problem() == "'30-02-2022' bestaat niet als datum. Controleer dag en maand."
    field.setText("morgen")
    assert "is geen datum. Schrijf de datum als dd-mm-jjjj" in field.problem()
