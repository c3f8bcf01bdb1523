"""Deleting asks first (No is the default), says why when it cannot, and undo brings the record back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from tests.gui.editing.helpers import NO, YES, Answers
from vgg_desktop.gui.editing import EditContext, confirm_and_delete
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.errors import NotFoundError


def unused_partner(services: Services) -> Any:
    used: set[int | None] = {partner for item in services.consultations.list() for partner in item.partner_ids}
    used |= {partner for item in services.activities.list() for partner in item.partner_ids}
    used |= {item.organised_by_id for item in services.consultations.list()}
    return next(item for item in services.partners.list() if item.id not in used)


def test_yes_deletes_and_undo_brings_back_the_same_record(monkeypatch: pytest.MonkeyPatch, context: EditContext,
                                                          services: Services, stack: QUndoStack) -> None:
    partner = unused_partner(services)
    answers = Answers(monkeypatch, YES)
    assert confirm_and_delete(None, context, "partner", partner) is True

    title, text, default = answers.questions[0]
    assert title == "Delete partner organisation"
    assert partner.name in text
    assert default == QMessageBox.StandardButton.No
    with pytest.raises(NotFoundError):
        services.partners.get(partner.id)
    assert stack.undoText() == "Delete partner organisation"

    stack.undo()
    assert services.partners.get(partner.id).name == partner.name
    stack.redo()
    with pytest.raises(NotFoundError):
        services.partners.get(partner.id)


def test_no_deletes_nothing(monkeypatch: pytest.MonkeyPatch, context: EditContext, services: Services,
                            stack: QUndoStack) -> None:
    partner = unused_partner(services)
    Answers(monkeypatch, NO)
    assert confirm_and_delete(None, context, "partner", partner) is False
    assert services.partners.get(partner.id) == partner
    assert stack.count() == 0


def test_a_record_still_in_use_is_not_deleted_and_the_reason_is_shown(
        monkeypatch: pytest.MonkeyPatch, context: EditContext, services: Services, stack: QUndoStack) -> None:
    municipality = services.municipalities.list()[0]
    answers = Answers(monkeypatch, YES)
    assert confirm_and_delete(None, context, "municipality", municipality) is False
    assert answers.warnings and "wordt nog gebruikt" in answers.warnings[0][1]
    assert services.municipalities.get(municipality.id) == municipality
    assert stack.count() == 0


def test_deleting_a_staff_member_says_what_goes_along(monkeypatch: pytest.MonkeyPatch, context: EditContext,
                                                      services: Services) -> None:
    member = services.staff_members.list()[0]
    answers = Answers(monkeypatch, NO)
    confirm_and_delete(None, context, "staff_member", member)
    assert "employments and sick leave" in answers.questions[0][1]


def chair_with_portfolio(services: Services) -> tuple[Any, Any]:
    term = next(item for item in services.seat_terms.list() if services.portfolios.list(holder_id=item.person_id))
    return services.persons.get(term.person_id), term


def test_a_person_holding_places_stays_unless_the_places_are_made_vacant(
        monkeypatch: pytest.MonkeyPatch, context: EditContext, services: Services, stack: QUndoStack) -> None:
    person, _term = chair_with_portfolio(services)
    answers = Answers(monkeypatch, YES, NO)
    assert confirm_and_delete(None, context, "person", person) is False
    assert len(answers.questions) == 2
    title, text, default = answers.questions[1]
    assert "bekleedt nog" in text and "Make these places vacant" in text
    assert default == QMessageBox.StandardButton.No
    assert services.persons.get(person.id) == person
    assert stack.count() == 0


def test_vacating_deletes_the_person_and_undo_restores_term_and_portfolio(
        monkeypatch: pytest.MonkeyPatch, context: EditContext, services: Services, stack: QUndoStack) -> None:
    person, term = chair_with_portfolio(services)
    portfolios = services.portfolios.list(holder_id=person.id)
    Answers(monkeypatch, YES, YES)
    assert confirm_and_delete(None, context, "person", person) is True
    with pytest.raises(NotFoundError):
        services.seat_terms.get(term.id)
    assert services.portfolios.list(holder_id=person.id) == ()

    stack.undo()
    assert services.persons.get(person.id).last_name == person.last_name
    assert services.seat_terms.get(term.id).person_id == person.id
    assert [item.id for item in services.portfolios.list(holder_id=person.id)] == [item.id for item in portfolios]


def test_a_person_without_places_is_deleted_after_one_question(
        monkeypatch: pytest.MonkeyPatch, context: EditContext, services: Services, stack: QUndoStack) -> None:
    person = context.commands.create("person", {"last_name": "Tijdelijk"})
    answers = Answers(monkeypatch, YES)
    assert confirm_and_delete(None, context, "person", person) is True
    assert len(answers.questions) == 1
    with pytest.raises(NotFoundError):
        services.persons.get(person.id)
    stack.undo()
    assert services.persons.get(person.id).last_name == "Tijdelijk"
