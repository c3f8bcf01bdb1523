"""The history of changes as a table: one row for each record a change touched, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vgg_desktop.domain.history import Change, RecordChange
from vgg_desktop.gui.models.base import RecordTableModel


@dataclass(frozen=True)
class HistoryRow:
    change: Change
    record: RecordChange | None  # None: a change that no longer names a record (former staff removed)
    position: int


def history_rows(changes: Iterable[Change]) -> list[HistoryRow]:
    rows = []
    for change in changes:
        if not change.records:
            rows.append(HistoryRow(change, None, 0))
        rows.extend(HistoryRow(change, record, position) for position, record in enumerate(change.records))
    return rows


def fields_text(record: RecordChange | None) -> str:
    """'E-mail, Telefoon' for a change; nothing for a record added or removed as a whole."""
    if record is None or record.operation.value != "changed":
        return ""
    return ", ".join(field.label for field in record.fields)


class HistoryModel(RecordTableModel[HistoryRow]):
    CONTEXT = "HistoryModel"
    WHEN, WHO, KIND, ENTITY, RECORD, FIELDS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Date and time"),
        QT_TRANSLATE_NOOP("HistoryModel", "Changed by"),
        QT_TRANSLATE_NOOP("HistoryModel", "Change"),
        QT_TRANSLATE_NOOP("HistoryModel", "Kind of record"),
        QT_TRANSLATE_NOOP("HistoryModel", "Record"),
        QT_TRANSLATE_NOOP("HistoryModel", "Fields"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("HistoryModel", "When the change was saved, in this PC's time"),
        QT_TRANSLATE_NOOP("HistoryModel", "The Windows user and the PC that made the change"),
        QT_TRANSLATE_NOOP("HistoryModel", "What was done: added, changed, deleted, undone, reverted, ..."),
        "",
        QT_TRANSLATE_NOOP("HistoryModel", "The record as it was named at the time"),
        QT_TRANSLATE_NOOP("HistoryModel", "The fields whose value changed; select the row to see old and new values"),
    )

    def key(self, value: HistoryRow) -> object:
        return (value.change.id, value.position)

    def display(self, value: HistoryRow, column: int) -> str:
        change, record = value.change, value.record
        if column == self.WHEN:
            return change.when()
        if column == self.WHO:
            return f"{change.os_user} ({change.computer})"
        if column == self.KIND:
            if record is None:
                return change.kind.label
            return f"{change.kind.label}: {record.operation.label}" if change.kind.label.lower() != record.operation.label else change.kind.label
        if column == self.ENTITY:
            return record.kind_of_record if record else ""
        if column == self.RECORD:
            return record.name if record else change.description
        if column == self.FIELDS:
            return fields_text(record)
        return ""

    def sort_key(self, value: HistoryRow, column: int) -> str | int:
        if column == self.WHEN:
            return f"{value.change.id:012d}{value.position:06d}"
        return super().sort_key(value, column)
