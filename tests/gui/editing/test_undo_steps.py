"""Undo and redo through the services: the same ids come back, versions follow, failures keep the stack sane."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from tests.gui.editing.conftest import Recorder
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.editing import RecordCommands
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.errors import NotFoundError, RuleViolation, ValidationError


def test_create_undo_redo_brings_back_the_same_id(commands: RecordCommands, stack: QUndoStack, services: Services,
                                                  recorder: Recorder) -> None:
    before = services.persons.count()
    person = commands.create("person", {"last_name": "Jansen", "initials": "K."})
    assert services.persons.get(person.id).last_name == "Jansen"
    assert stack.count() == 1 and stack.undoText() == "Add person"
    assert recorder.changed == ["person"]

    stack.undo()
    assert services.persons.count() == before
    with pytest.raises(NotFoundError):
        services.persons.get(person.id)

    stack.redo()
    assert services.persons.get(person.id).last_name == "Jansen"
    assert recorder.changed == ["person", "person", "person"]
    assert recorder.failures == []


def test_a_refused_change_pushes_nothing(commands: RecordCommands, stack: QUndoStack, services: Services,
                                         recorder: Recorder) -> None:
    before = services.persons.count()
    with pytest.raises(ValidationError) as refused:
        commands.create("person", {"last_name": "  "})
    assert "last_name" in refused.value.errors
    assert stack.count() == 0
    assert services.persons.count() == before
    assert recorder.changed == []


def test_update_undo_redo_undo_follows_the_versions(commands: RecordCommands, stack: QUndoStack,
                                                    services: Services) -> None:
    person = services.persons.list()[0]
    commands.update("person", person, {"function": "burgemeester"})
    assert stack.undoText() == "Edit person"
    assert services.persons.get(person.id).function == "burgemeester"
    stack.undo()
    assert services.persons.get(person.id).function == person.function
    stack.redo()
    assert services.persons.get(person.id).function == "burgemeester"
    stack.undo()
    assert services.persons.get(person.id).function == person.function


def test_undo_of_a_create_after_an_edit_of_the_same_record(commands: RecordCommands, stack: QUndoStack,
                                                           services: Services, recorder: Recorder) -> None:
    person = commands.create("person", {"last_name": "Jansen"})
    commands.update("person", person, {"last_name": "Janssen"})
    stack.undo()
    stack.undo()
    assert recorder.failures == []
    with pytest.raises(NotFoundError):
        services.persons.get(person.id)
    stack.redo()
    stack.redo()
    assert services.persons.get(person.id).last_name == "Janssen"
    assert recorder.failures == []


def test_delete_and_undo_restore_the_record_and_what_went_with_it(commands: RecordCommands, stack: QUndoStack,
                                                                  services: Services, recorder: Recorder) -> None:
    member = next(item for item in services.staff_members.list() if services.employments.list(staff_member_id=item.id))
    employments = services.employments.list(staff_member_id=member.id)
    commands.delete("staff_member", member)
    assert services.employments.list(staff_member_id=member.id) == ()
    assert recorder.changed[-2:] == ["staff_member", "employment"]

    stack.undo()
    assert services.staff_members.get(member.id).last_name == member.last_name
    assert [item.id for item in services.employments.list(staff_member_id=member.id)] == [item.id for item in employments]

    stack.redo()
    with pytest.raises(NotFoundError):
        services.staff_members.get(member.id)
    assert recorder.failures == []


def test_a_person_holding_places_is_refused_unless_vacated_and_undo_puts_everything_back(
        commands: RecordCommands, stack: QUndoStack, services: Services) -> None:
    holder = next(term for term in services.seat_terms.list())
    person = services.persons.get(holder.person_id)
    portfolios = services.portfolios.list(holder_id=person.id)
    assert portfolios, "the seed gives the chair a portfolio"

    with pytest.raises(RuleViolation, match="bekleedt nog"):
        commands.delete_person(person, vacate_places=False)
    assert stack.count() == 0

    commands.delete_person(person, vacate_places=True)
    assert services.seat_terms.list(person_id=person.id) == ()
    assert all(item.holder_id is None for item in services.portfolios.list() if item.id in {p.id for p in portfolios})

    stack.undo()
    assert services.persons.get(person.id).last_name == person.last_name
    restored_term = services.seat_terms.get(holder.id)
    assert (restored_term.seat_id, restored_term.person_id) == (holder.seat_id, person.id)
    assert [item.holder_id for item in services.portfolios.list(holder_id=person.id)] == [person.id] * len(portfolios)

    stack.redo()
    assert services.seat_terms.list(person_id=person.id) == ()
    stack.undo()
    assert services.seat_terms.get(holder.id).person_id == person.id


def test_an_undo_that_someone_else_made_impossible_is_reported_and_dropped(
        commands: RecordCommands, stack: QUndoStack, services: Services, recorder: Recorder) -> None:
    committee = services.vng_committees.list()[0]
    first = commands.create("partner", {"name": "Stichting Eerste"})
    commands.update("vng_committee", committee, {"name": "Nieuwe naam"})
    # Another PC changes the committee after our edit: undoing ours would overwrite theirs.
    stored = services.vng_committees.get(committee.id)
    services.vng_committees.update(committee.id, stored.version, {"name": "Naam van een ander"})

    stack.undo()
    assert services.vng_committees.get(committee.id).name == "Naam van een ander"
    assert len(recorder.failures) == 1
    title, message = recorder.failures[0]
    assert title == "Undo failed"
    assert "Iemand anders" in message
    # The failed step is gone; the one before it still undoes normally.
    assert stack.count() == 1 and stack.index() == 1 and stack.undoText() == "Add partner organisation"
    stack.undo()
    with pytest.raises(NotFoundError):
        services.partners.get(first.id)
    assert len(recorder.failures) == 1


def test_a_failed_redo_is_reported_and_dropped(commands: RecordCommands, stack: QUndoStack, services: Services,
                                               recorder: Recorder) -> None:
    partner = services.partners.list()[0]
    commands.create("municipality", {"name": "Nieuwe Gemeente"})
    commands.update("partner", partner, {"notes": "Onze notitie"})
    stack.undo()
    # Meanwhile another PC changes the same partner: redoing ours would overwrite theirs.
    stored = services.partners.get(partner.id)
    services.partners.update(partner.id, stored.version, {"notes": "Hun notitie"})

    stack.redo()
    assert [title for title, _ in recorder.failures] == ["Redo failed"]
    assert services.partners.get(partner.id).notes == "Hun notitie"
    assert stack.count() == 1 and stack.index() == 1 and not stack.canRedo()
    assert stack.undoText() == "Add municipality"


def test_vacating_a_committee_place_undoes_exactly(commands: RecordCommands, stack: QUndoStack,
                                                   services: Services) -> None:
    committee = services.vng_committees.list()[0]
    person = services.persons.list()[0]
    commands.update("vng_committee", committee, {"member_status": PlaceStatus.FILLED, "member_id": person.id})
    stack.undo()
    restored = services.vng_committees.get(committee.id)
    assert (restored.member_status, restored.member_id) == (committee.member_status, committee.member_id)


def test_an_unexpected_error_during_undo_is_logged_reported_and_dropped(
        commands: RecordCommands, stack: QUndoStack, services: Services, recorder: Recorder,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    partner = services.partners.list()[0]
    commands.update("partner", partner, {"notes": "Eerste"})
    commands.update("partner", services.partners.get(partner.id), {"notes": "Tweede"})

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(services.partners, "update", broken)
    stack.undo()
    assert "kapot" in caplog.text
    assert [title for title, _ in recorder.failures] == ["Undo failed"]
    assert "log file" in recorder.failures[0][1]
    assert stack.count() == 1 and stack.index() == 1
    monkeypatch.undo()
    stack.undo()
    assert services.partners.get(partner.id).notes == partner.notes


def test_failures_are_shown_in_a_message_box_by_default(services: Services, stack: QUndoStack,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append((title, text)))
    commands = RecordCommands(services, stack, lambda entity: None)
    partner = services.partners.list()[0]
    commands.update("partner", partner, {"notes": "Onze notitie"})
    stored = services.partners.get(partner.id)
    services.partners.update(partner.id, stored.version, {"notes": "Hun notitie"})
    stack.undo()
    assert len(shown) == 1 and shown[0][0] == "Undo failed"
    assert "'Edit partner organisation' could not be undone." in shown[0][1]
