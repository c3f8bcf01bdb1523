"""Every change made in the window as a step on the window's undo stack (a Qt `QUndoCommand`).

A command makes its change through the services before it is pushed: when the service refuses
(bad input, a rule, someone else's change, a storage problem) nothing is pushed and the error goes
back to the form that asked, which shows it. The stack then calls `redo()` once on push; that
first call does nothing, because the change is already made.

Undo and redo go through the services too. A record's version changes with every save, so the
commands share what they last heard about each record (`_latest`): an undo after a redo, or the
undo of a create after the record was edited, names the version that is stored now. When another
PC changed the record meanwhile the service refuses; the command then says so in a message box,
drops itself from the stack (`setObsolete`) and the window carries on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from vgg_desktop.domain.history import Change, ChangeKind
from vgg_desktop.domain.schema import SPECS_BY_NAME
from vgg_desktop.gui.editing.texts import record_texts
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.elections import ElectionRecorded
from vgg_desktop.services.errors import DomainError, NotFoundError, StorageError
from vgg_desktop.services.importing import ImportResult
from vgg_desktop.services.records import Restoration
from vgg_desktop.services.seats import SeatFilled
from vgg_desktop.services.year_plans import YearPlanStarted

log = logging.getLogger(__name__)


# (title, message) -> shows the message; the default is a warning box over the active window.
FailureReporter = Callable[[str, str], None]


def show_failure(title: str, message: str) -> None:
    QMessageBox.warning(QApplication.activeWindow(), title, message)



class RecordCommands:
    """Creates, changes and deletes records as undoable steps on `undo_stack`.

    `on_changed(entity)` is called after every change, undo and redo, once for each kind of record
    that changed (a deleted staff member also takes their employments along, for instance).
    """

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        on_changed: Callable[[str], None],
        report_failure: FailureReporter = show_failure,
    ) -> None:
        self.services = services
        self.undo_stack = undo_stack
        self._on_changed = on_changed
        self._report_failure = report_failure
        self._latest: dict[tuple[str, int], Any] = {}

    def create(self, entity: str, data: Mapping[str, Any]) -> Any:
        command = _CreateCommand(self, entity, data)
        self._push(command)
        return command.value

    def update(self, entity: str, record: Any, changes: Mapping[str, Any]) -> Any:
        command = _UpdateCommand(self, entity, record, changes)
        self._push(command)
        return command.value

    def delete(self, entity: str, record: Any) -> None:
        self._push(_DeleteCommand(self, entity, record))

    def delete_person(self, record: Any, vacate_places: bool) -> None:
        self._push(_DeleteCommand(self, "person", record, vacate_places=vacate_places))

    def fill_seat(self, term: Mapping[str, Any], new_person: Mapping[str, Any] | None = None) -> SeatFilled:
        """A new term for a seat, for an existing person or one made here, as one undoable step."""
        command = _FillSeatCommand(self, term, new_person)
        self._push(command)
        assert command.filled is not None
        return command.filled

    def record_attendance(self, meeting: Any, entries: Sequence[Any]) -> Any:
        """Makes the meeting's attendance `entries` in one undoable step; returns the meeting as it is now."""
        command = _AttendanceCommand(self, meeting, entries)
        self._push(command)
        return command.value

    def remove_former_staff(self, members: Sequence[Any], today: date) -> None:
        """Removes former staff whose retention period has passed, all of them in one step (AVG)."""
        self._push(_RemoveFormerStaffCommand(self, members, today))

    def start_year_plan(self, year: int, from_year: int) -> YearPlanStarted:
        """Next year's plan from this year's, as one undoable step (Bestand > Nieuw jaarplan)."""
        command = _StartYearPlanCommand(self, year, from_year)
        self._push(command)
        assert command.started is not None
        return command.started

    def record_election(self, held_on: date, municipalities: Sequence[str]) -> ElectionRecorded:
        """An election: the places of municipal politicians fall open on its date, as one undoable step."""
        command = _ElectionCommand(self, held_on, municipalities)
        self._push(command)
        assert command.recorded is not None
        return command.recorded

    def revert(self, change: Change) -> Change:
        """Turns a change from the history back (Terugdraaien), as a step that Ctrl+Z undoes again."""
        command = _RevertCommand(self, change)
        self._push(command)
        assert command.result is not None
        return command.result

    def import_rows(self, kind: str, table: Any, mapping: Mapping[str, int] | None = None) -> ImportResult:
        """Bestand > Importeren...: the whole import as one step; Ctrl+Z turns it back through the history."""
        command = _ImportCommand(self, kind, table, mapping)
        self._push(command)
        assert command.result is not None
        return command.result

    # --- shared by the commands ---------------------------------------------------------------

    def _push(self, command: _RecordCommand) -> None:
        command.perform()
        self.undo_stack.push(command)
        self.changed(command.changed_entities)

    def latest(self, entity: str, record: Any) -> Any:
        """The value of `record` this session's last change of it handed back, else `record` itself.

        Versions cannot be compared to find the newer one: a restored record starts again at 1.
        """
        return self._latest.get((entity, record.id), record)

    def remember(self, entity: str, value: Any) -> Any:
        self._latest[(entity, value.id)] = value
        return value

    def forget(self, entity: str, record_id: int) -> None:
        self._latest.pop((entity, record_id), None)

    def remember_restored(self, restoration: Restoration) -> None:
        """Restoring writes every record it names, so each one has a new version now."""
        for restored in (*restoration.records, *restoration.reverted):
            try:
                self.remember(restored.entity, self.services.records(restored.entity).get(restored.id))
            except NotFoundError:
                self._latest.pop((restored.entity, restored.id), None)

    def changed(self, entities: Iterable[str]) -> None:
        for entity in dict.fromkeys(entities):
            self._on_changed(entity)

    def report_failure(self, title: str, message: str) -> None:
        self._report_failure(title, message)


class _RecordCommand(QUndoCommand):
    def __init__(self, owner: RecordCommands, entity: str, text: str) -> None:
        super().__init__(text)
        self.owner = owner
        self.entity = entity
        self.service = owner.services.records(entity)
        self.changed_entities: tuple[str, ...] = (entity,)
        self._pushed = False

    def perform(self) -> None:
        """The change itself, made before the command is pushed; raises when the service refuses."""
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push calls redo(); perform() has already made the change
            return
        self._guarded(
            self.apply,
            QCoreApplication.translate("RecordCommands", "Redo failed"),
            QCoreApplication.translate("RecordCommands", "'%1' could not be redone."),
        )

    def undo(self) -> None:
        self._guarded(
            self.revert,
            QCoreApplication.translate("RecordCommands", "Undo failed"),
            QCoreApplication.translate("RecordCommands", "'%1' could not be undone."),
        )

    def _guarded(self, action: Callable[[], None], title: str, what: str) -> None:
        try:
            action()
        except (DomainError, StorageError) as error:
            log.warning("%s: %s: %s", title, self.text(), error.message)
            self._give_up(title, what, error.message)
        except Exception:
            # An exception may not travel back through QUndoStack: the stack would count the step
            # as done while the database says otherwise.
            log.exception("%s: %s", title, self.text())
            reason = QCoreApplication.translate("RecordCommands", "An unexpected error occurred; it has been written to the log file.")
            self._give_up(title, what, reason)
        finally:
            self.owner.changed(self.changed_entities)

    def _give_up(self, title: str, what: str, reason: str) -> None:
        self.setObsolete(True)
        message = "\n\n".join((
            what.replace("%1", self.text()),
            reason,
            QCoreApplication.translate(
                "RecordCommands", "This step has been removed from the undo history. The overview shows what is stored now."),
        ))
        self.owner.report_failure(title, message)


class _CreateCommand(_RecordCommand):
    def __init__(self, owner: RecordCommands, entity: str, data: Mapping[str, Any]) -> None:
        super().__init__(owner, entity, record_texts(entity).add)
        self._data = dict(data)
        self.value: Any = None
        self._restoration: Restoration | None = None

    def perform(self) -> None:
        self.value = self.owner.remember(self.entity, self.service.create(self._data))

    def revert(self) -> None:
        current = self.owner.latest(self.entity, self.value)
        self._restoration = self.service.delete(current.id, current.version, kind=ChangeKind.UNDO)
        self.changed_entities = _entities_of(self.entity, self._restoration)

    def apply(self) -> None:
        assert self._restoration is not None
        self.owner.services.restore(self._restoration, ChangeKind.REDO)
        self.owner.remember_restored(self._restoration)
        self.value = self.owner.latest(self.entity, self.value)


class _UpdateCommand(_RecordCommand):
    def __init__(self, owner: RecordCommands, entity: str, record: Any, changes: Mapping[str, Any]) -> None:
        super().__init__(owner, entity, record_texts(entity).edit)
        self._before = record
        self._changes = dict(changes)
        self.value: Any = None

    def perform(self) -> None:
        self.value = self.owner.remember(self.entity, self.service.update(self._before.id, self._before.version, self._changes))
        # From now on the command moves between two clean states: the fields as they were and as they became.
        self._forward = {name: getattr(self.value, name) for name in self._changes}
        self._backward = {name: getattr(self._before, name) for name in self._changes}

    def apply(self) -> None:
        self._write(self._forward, ChangeKind.REDO)

    def revert(self) -> None:
        self._write(self._backward, ChangeKind.UNDO)

    def _write(self, fields: Mapping[str, Any], kind: ChangeKind) -> None:
        current = self.owner.latest(self.entity, self.value)
        self.value = self.owner.remember(self.entity, self.service.update(current.id, current.version, fields, kind=kind))


class _DeleteCommand(_RecordCommand):
    def __init__(self, owner: RecordCommands, entity: str, record: Any, *, vacate_places: bool | None = None) -> None:
        super().__init__(owner, entity, record_texts(entity).delete)
        self._record = record
        self._vacate_places = vacate_places
        self._restoration: Restoration | None = None

    def perform(self) -> None:
        self._delete(self._record, ChangeKind.DELETE)

    def apply(self) -> None:
        self._delete(self.owner.latest(self.entity, self._record), ChangeKind.REDO)

    def revert(self) -> None:
        assert self._restoration is not None
        self.owner.services.restore(self._restoration, ChangeKind.RESTORE)
        self.owner.remember_restored(self._restoration)

    def _delete(self, record: Any, kind: ChangeKind) -> None:
        if self._vacate_places is None:
            self._restoration = self.service.delete(record.id, record.version, kind=kind)
        else:
            self._restoration = self.owner.services.delete_person(record.id, record.version, vacate_places=self._vacate_places,
                                                                  kind=kind)
        self.changed_entities = _entities_of(self.entity, self._restoration)


class _RemoveFormerStaffCommand(_RecordCommand):
    """All chosen members go, with their employments, sick leave and project places, or none does."""

    def __init__(self, owner: RecordCommands, members: Sequence[Any], today: date) -> None:
        text = QCoreApplication.translate("RecordCommands", "Remove former staff (%1)").replace("%1", str(len(members)))
        super().__init__(owner, "staff_member", text)
        self._members = tuple(members)
        self._today = today
        self._restoration: Restoration | None = None

    def perform(self) -> None:
        self._remove(self._members)

    def apply(self) -> None:
        self._remove(tuple(self.owner.latest(self.entity, member) for member in self._members))

    def revert(self) -> None:
        assert self._restoration is not None
        self.owner.services.restore(self._restoration)
        self.owner.remember_restored(self._restoration)

    def _remove(self, members: tuple[Any, ...]) -> None:
        self._restoration = self.owner.services.retention.remove(members, self._today)
        self.changed_entities = _entities_of(self.entity, self._restoration)


class _FillSeatCommand(_RecordCommand):
    """The term, the person made for it and the seat's municipality come and go together."""

    def __init__(self, owner: RecordCommands, term: Mapping[str, Any], new_person: Mapping[str, Any] | None) -> None:
        super().__init__(owner, "seat_term", QCoreApplication.translate("RecordCommands", "Fill seat"))
        self._term = dict(term)
        self._new_person = dict(new_person) if new_person is not None else None
        self.filled: SeatFilled | None = None
        self._restoration: Restoration | None = None
        self.changed_entities = ("seat_term", "person", "board_seat")

    def perform(self) -> None:
        filled = self.owner.services.seat_filling.fill(self._term, self._new_person)
        for entity, value in (("seat_term", filled.term), ("person", filled.person), ("board_seat", filled.seat)):
            self.owner.remember(entity, value)
        self.filled = filled

    def revert(self) -> None:
        assert self.filled is not None
        filled = self.filled
        latest = SeatFilled(
            self.owner.latest("seat_term", filled.term), self.owner.latest("person", filled.person),
            self.owner.latest("board_seat", filled.seat), filled.person_created, filled.municipality_taken,
        )
        self._restoration = self.owner.services.seat_filling.undo(latest)

    def apply(self) -> None:
        assert self._restoration is not None
        self.owner.services.restore(self._restoration, ChangeKind.REDO)
        self.owner.remember_restored(self._restoration)


class _StartYearPlanCommand(_RecordCommand):
    """The new plan and all its activities come and go together."""

    def __init__(self, owner: RecordCommands, year: int, from_year: int) -> None:
        text = QCoreApplication.translate("RecordCommands", "New year plan %1").replace("%1", str(year))
        super().__init__(owner, "year_plan", text)
        self._year = year
        self._from_year = from_year
        self.started: YearPlanStarted | None = None
        self._restoration: Restoration | None = None
        self.changed_entities = ("year_plan", "activity")

    def perform(self) -> None:
        started = self.owner.services.start_year_plan(self._year, self._from_year)
        self.owner.remember("year_plan", started.plan)
        for activity in started.activities:
            self.owner.remember("activity", activity)
        self.started = started

    def revert(self) -> None:
        assert self.started is not None
        latest = YearPlanStarted(self.owner.latest("year_plan", self.started.plan),
                                 tuple(self.owner.latest("activity", activity) for activity in self.started.activities))
        self._restoration = self.owner.services.undo_year_plan(latest)

    def apply(self) -> None:
        assert self._restoration is not None
        self.owner.services.restore(self._restoration, ChangeKind.REDO)
        self.owner.remember_restored(self._restoration)


class _ElectionCommand(_RecordCommand):
    """Every place the election opened comes back as it was, and the election goes, together."""

    def __init__(self, owner: RecordCommands, held_on: date, municipalities: Sequence[str]) -> None:
        super().__init__(owner, "seat_term", QCoreApplication.translate("RecordCommands", "Record election"))
        self._held_on = held_on
        self._municipalities = tuple(municipalities)
        self.recorded: ElectionRecorded | None = None
        self.changed_entities = ("seat_term", "portfolio", "vng_committee", "consultation", "board_seat")

    def perform(self) -> None:
        self.recorded = self.owner.services.elections.record(self._held_on, self._municipalities)
        self._remember_places()

    def revert(self) -> None:
        assert self.recorded is not None
        self.recorded = self.owner.services.elections.undo(self.recorded)
        self._remember_places()

    def apply(self) -> None:
        assert self.recorded is not None
        self.recorded = self.owner.services.elections.redo(self.recorded)
        self._remember_places()

    def _remember_places(self) -> None:
        # Earlier steps on the stack name these records by the versions this step left.
        assert self.recorded is not None
        for record in self.recorded.after:
            self.owner.remember(record.entity, self.owner.services.records(record.entity).get(record.id))


class _RevertCommand(_RecordCommand):
    """Terugdraaien: the history turns a change back and records that as a change of its own; undo turns
    that one back in its turn, redo the undo. Each step refuses when a record changed since."""

    def __init__(self, owner: RecordCommands, change: Change) -> None:
        text = QCoreApplication.translate("RecordCommands", "Revert change of %1").replace("%1", change.when())
        # The kind of the first record only names the step; the history reverts every record of the change.
        entity = change.records[0].entity if change.records else "person"
        super().__init__(owner, entity, text)
        self._change = change
        self.result: Change | None = None

    def perform(self) -> None:
        self._revert(self._change, ChangeKind.REVERT)

    def revert(self) -> None:
        assert self.result is not None
        self._revert(self.result, ChangeKind.UNDO)

    def apply(self) -> None:
        assert self.result is not None
        self._revert(self.result, ChangeKind.REDO)

    def _revert(self, change: Change, kind: ChangeKind) -> None:
        self.result = self.owner.services.history.revert(change.id, kind)
        touched = [(record.entity, record.record_id) for record in self.result.records]
        for entity, record_id in touched:
            try:
                self.owner.remember(entity, self.owner.services.records(entity).get(record_id))
            except NotFoundError:
                self.owner.forget(entity, record_id)
        self.changed_entities = tuple(dict.fromkeys(entity for entity, _ in touched)) or (self.entity,)


class _AttendanceCommand(_RecordCommand):
    """The attendance of one meeting, saved as a whole; undo puts back what was recorded before."""

    def __init__(self, owner: RecordCommands, meeting: Any, entries: Sequence[Any]) -> None:
        super().__init__(owner, "meeting", record_texts("meeting_attendance").add)
        self.changed_entities = ("meeting", "meeting_attendance")
        self.value = meeting
        self._after = tuple(entries)
        self._before: tuple[Any, ...] = ()

    def perform(self) -> None:
        change = self._record(self._after, ChangeKind.EDIT)
        self._before, self._after = change.before, change.after

    def apply(self) -> None:
        self._record(self._after, ChangeKind.REDO)

    def revert(self) -> None:
        self._record(self._before, ChangeKind.UNDO)

    def _record(self, entries: Sequence[Any], kind: ChangeKind) -> Any:
        current = self.owner.latest("meeting", self.value)
        change = self.owner.services.meeting_overviews.record_attendance(current.id, current.version, entries, kind=kind)
        self.value = self.owner.remember("meeting", change.meeting)
        return change

class _ImportCommand(_RecordCommand):
    """An import: one change in the history. Undo turns that change back, redo turns the undo back; each
    refuses (and says why) when a record the import wrote was changed since."""

    def __init__(self, owner: RecordCommands, kind: str, table: Any, mapping: Mapping[str, int] | None) -> None:
        tables = table if isinstance(table, (tuple, list)) else (table,)
        name = tables[0].file_name if tables else ""
        text = QCoreApplication.translate("RecordCommands", "Import %1").replace("%1", name)
        super().__init__(owner, "person", text)
        self._kind, self._table, self._mapping = kind, table, mapping
        self.result: ImportResult | None = None
        self._last_change: int | None = None

    def perform(self) -> None:
        self.result = self.owner.services.importer.apply(self._kind, self._table, self._mapping)
        self._last_change = self.result.change_id
        self.changed_entities = self.result.entities

    def revert(self) -> None:
        self._turn(ChangeKind.UNDO)

    def apply(self) -> None:
        self._turn(ChangeKind.REDO)

    def _turn(self, kind: ChangeKind) -> None:
        if self._last_change is None:
            return  # the import changed nothing, so there is nothing to turn
        change = self.owner.services.importer.undo(self._last_change, kind)
        self._last_change = change.id
        for record in change.records:
            try:
                self.owner.remember(record.entity, self.owner.services.records(record.entity).get(record.record_id))
            except NotFoundError:
                self.owner.forget(record.entity, record.record_id)


def _entities_of(entity: str, restoration: Restoration) -> tuple[str, ...]:
    """The kinds of record a delete or its undo touches, the deleted record's own kind first."""
    names = [entity, *(record.entity for record in (*restoration.records, *restoration.reverted))]
    return tuple(name for name in dict.fromkeys(names) if name in SPECS_BY_NAME)
