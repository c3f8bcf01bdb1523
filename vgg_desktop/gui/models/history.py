"""The history of changes as a table: one row for each record a change touched, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vgg_desktop.domain.history import Change, RecordChange
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models.base import Column, RecordTableModel


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


def _kind(value: HistoryRow) -> str:
    """'Teruggedraaid: gewijzigd', or the kind of change alone where the two say the same."""
    change, record = value.change, value.record
    if record is None or change.kind.label.lower() == record.operation.label:
        return change.kind.label
    return f"{change.kind.label}: {record.operation.label}"


class HistoryModel(RecordTableModel[HistoryRow]):
    CONTEXT = "HistoryModel"

    WHEN = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Date and time"), width=18,
        tip=QT_TRANSLATE_NOOP("HistoryModel", "When the change was saved, in this PC's time"),
        text=lambda value: value.change.when(),
        sort=lambda value: f"{value.change.id:012d}{value.position:06d}")
    WHO = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Changed by"), width=18,
        tip=QT_TRANSLATE_NOOP("HistoryModel", "The Windows user and the PC that made the change"),
        text=lambda value: f"{value.change.os_user} ({value.change.computer})")
    KIND = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Change"), width=26,
        tip=QT_TRANSLATE_NOOP("HistoryModel", "What was done: added, changed, deleted, undone, reverted, ..."),
        text=_kind)
    ENTITY = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Kind of record"), width=18,
        text=lambda value: value.record.kind_of_record if value.record else "")
    RECORD = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Record"), width=40,
        tip=QT_TRANSLATE_NOOP("HistoryModel", "The record as it was named at the time"),
        text=lambda value: value.record.name if value.record else value.change.description)
    FIELDS = Column[HistoryRow](
        QT_TRANSLATE_NOOP("HistoryModel", "Fields"),
        tip=QT_TRANSLATE_NOOP("HistoryModel", "The fields whose value changed; select the row to see old and new values"),
        text=lambda value: fields_text(value.record))

    def key(self, value: HistoryRow) -> object:
        return (value.change.id, value.position)
