"""The history of changes as plain values: who changed which record when, and each field's old and new value.

One user action is one `Change` (an edit, a delete that takes a seat's terms along, an undo, ...),
named by its `ChangeKind`; each record it touched is a `RecordChange` with the fields that changed.
Values are shown as the user read them (14-06-2022, 'Vacature', the name of a referenced person),
as they were at the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ChangeKind(StrEnum):
    """What the user did. Stored as the value; `label` is the Dutch word shown in the window and the CLI."""

    ADD = "add"
    EDIT = "edit"
    DELETE = "delete"
    UNDO = "undo"
    REDO = "redo"
    RESTORE = "restore"
    REVERT = "revert"
    RETENTION = "retention"
    ELECTION = "election"
    NEW_YEAR = "new_year"
    IMPORT = "import"
    ELECTION_HELD = "election_held"
    FILE_IMPORT = "file_import"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS: dict[ChangeKind, str] = {
    ChangeKind.ADD: "Toegevoegd",
    ChangeKind.EDIT: "Gewijzigd",
    ChangeKind.DELETE: "Verwijderd",
    ChangeKind.UNDO: "Ongedaan gemaakt",
    ChangeKind.REDO: "Opnieuw gedaan",
    ChangeKind.RESTORE: "Verwijderen ongedaan gemaakt",
    ChangeKind.REVERT: "Teruggedraaid",
    ChangeKind.RETENTION: "Bewaartermijn verstreken",
    ChangeKind.ELECTION: "Zetel ingevuld",
    ChangeKind.NEW_YEAR: "Nieuw jaarplan",
    ChangeKind.IMPORT: "Ingelezen",
    ChangeKind.ELECTION_HELD: "Verkiezing vastgelegd",
    ChangeKind.FILE_IMPORT: "Geïmporteerd",
}


class Operation(StrEnum):
    """What happened to one record within a change."""

    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        return {Operation.ADDED: "toegevoegd", Operation.CHANGED: "gewijzigd", Operation.REMOVED: "verwijderd"}[self]


@dataclass(frozen=True)
class FieldChange:
    """One field: its Dutch label and the value before and after, as display text ('' = empty)."""

    name: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class RecordChange:
    """One record touched by a change. `version` is the version the change left it at (for a removed
    record: the version it had when removed). Sick leave is recorded without fields: only that it changed."""

    entity: str
    entity_label: str
    record_id: int
    name: str
    operation: Operation
    version: int
    fields: tuple[FieldChange, ...]

    @property
    def kind_of_record(self) -> str:
        """'Persoon', 'VNG-commissie': the label with a capital, the rest as it is."""
        return self.entity_label[:1].upper() + self.entity_label[1:]

    def summary(self) -> str:
        """'Persoon Jan Jansen gewijzigd: E-mail, Telefoon'."""
        text = f"{self.kind_of_record} {self.name} {self.operation.label}"
        if self.operation is Operation.CHANGED and self.fields:
            text += ": " + ", ".join(field.label for field in self.fields)
        return text


@dataclass(frozen=True)
class Change:
    """One user action, in one transaction. `changed_at` is timezone-aware (UTC as stored)."""

    id: int
    changed_at: datetime
    kind: ChangeKind
    description: str
    os_user: str
    computer: str
    database_user: str | None
    records: tuple[RecordChange, ...]

    @property
    def who(self) -> str:
        """'jan op PC-017' (and on PostgreSQL ', databasegebruiker vgg_jan')."""
        text = f"{self.os_user} op {self.computer}"
        if self.database_user:
            text += f", databasegebruiker {self.database_user}"
        return text

    def local_time(self) -> datetime:
        return self.changed_at.astimezone()

    def when(self) -> str:
        """'05-12-2026 14:03' in the PC's own time zone."""
        return self.local_time().strftime("%d-%m-%Y %H:%M")
