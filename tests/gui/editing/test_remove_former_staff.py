"""Removing former staff (AVG) is one step on the undo stack: undo brings everyone back, redo removes them again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from tests.gui.editing.conftest import Recorder
from vgg_desktop.gui.editing import RecordCommands
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.errors import ConflictError, RuleViolation

TODAY = date(2026, 11, 29)


def _state(services: Services) -> tuple[object, ...]:
    """Everything the removal touches, ids and contents, to compare before and after."""
    return (
        sorted((m.id, m.display_name, m.notes) for m in services.staff_members.list()),
        sorted((e.id, e.staff_member_id, e.function, e.start_date, e.end_date) for e in services.employments.list()),
        sorted((a.id, a.staff_member_id, a.start_date, a.end_date) for a in services.absences.list()),
        sorted((p.id, p.staff_member_ids) for p in services.projects.list()),
    )


def test_removes_the_chosen_in_one_step_and_undo_redo_round_trip(commands: RecordCommands, stack: QUndoStack,
                                                                 services: Services, recorder: Recorder) -> None:
    services.absences.create({"staff_member_id": services.retention.due(TODAY)[0].member.id,
                              "start_date": "02-02-2022", "end_date": "09-02-2022"})
    before = _state(services)
    chosen = [candidate.member for candidate in services.retention.due(TODAY) if candidate.member.last_name != "Klaver"]
    assert len(chosen) == 5

    commands.remove_former_staff(chosen, TODAY)

    assert stack.count() == 1 and stack.undoText() == "Remove former staff (5)"
    remaining = {member.id for member in services.staff_members.list()}
    assert remaining.isdisjoint(member.id for member in chosen)
    assert [candidate.member.last_name for candidate in services.retention.due(TODAY)] == ["Klaver"]
    assert not any(e.staff_member_id in {m.id for m in chosen} for e in services.employments.list())
    assert set(recorder.changed) >= {"staff_member", "employment", "absence", "project"}
    assert recorder.changed[0] == "staff_member"

    stack.undo()
    assert _state(services) == before, "the same ids, employments, sick leave and project places are back"
    stack.redo()
    assert {member.id for member in services.staff_members.list()}.isdisjoint(member.id for member in chosen)
    stack.undo()
    assert _state(services) == before
    assert recorder.failures == []


def test_a_refusal_removes_nobody_and_pushes_nothing(commands: RecordCommands, stack: QUndoStack,
                                                    services: Services, recorder: Recorder) -> None:
    chosen = [candidate.member for candidate in services.retention.due(TODAY)]
    changed = services.staff_members.update(chosen[-1].id, chosen[-1].version, {"notes": "Op een andere pc gewijzigd"})
    before = _state(services)
    with pytest.raises(ConflictError):
        commands.remove_former_staff(chosen, TODAY)
    sprenger = next(member for member in services.staff_members.list() if member.last_name == "Sprenger")
    with pytest.raises(RuleViolation):
        commands.remove_former_staff([*chosen[:-1], changed, sprenger], TODAY)
    assert stack.count() == 0 and recorder.changed == []
    assert _state(services) == before


def test_an_undo_refused_by_a_later_change_says_so_and_leaves_the_stack(commands: RecordCommands, stack: QUndoStack,
                                                                        services: Services, recorder: Recorder) -> None:
    chosen = [candidate.member for candidate in services.retention.due(TODAY)][:2]
    commands.remove_former_staff(chosen, TODAY)
    # After the undo another PC changes one of the two: the redo is refused for both, and reported.
    stack.undo()
    member = services.staff_members.get(chosen[0].id)
    services.staff_members.update(member.id, member.version, {"notes": "Op een andere pc gewijzigd"})
    stack.redo()
    assert len(recorder.failures) == 1
    title, message = recorder.failures[0]
    assert title == "Redo failed" and "Remove former staff (2)" in message
    assert services.staff_members.get(chosen[0].id).notes == "Op een andere pc gewijzigd", "nothing was removed"
    assert services.staff_members.get(chosen[1].id).id == chosen[1].id
