"""Deleting a record from the window: ask first, say why when it cannot be done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vgg_desktop.gui.editing.context import EditContext
from vgg_desktop.gui.editing.labels import RecordLabels
from vgg_desktop.gui.editing.texts import record_texts
from vgg_desktop.services.errors import DomainError, RuleViolation, StorageError

_YES_NO = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No



def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A question whose default answer (Enter, Esc) is No: deleting is never the accident."""
    answer = QMessageBox.question(parent, title, text, _YES_NO, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_and_delete(parent: QWidget | None, context: EditContext, entity: str, record: Any) -> bool:
    """Asks, then deletes `record` as an undoable step; returns whether something was deleted."""
    texts = record_texts(entity)
    name = RecordLabels(context.services).label(entity, record)
    undo_hint = QCoreApplication.translate("DeleteRecord", "You can undo this with Ctrl+Z.")
    question = "\n\n".join(part for part in (f"{texts.ask_delete}\n{name}", texts.deleted_with_it, undo_hint) if part)
    if not _ask(parent, texts.delete, question):
        return False
    try:
        if entity == "person":
            return _delete_person(parent, context, record, name)
        context.commands.delete(entity, record)
        return True
    except (DomainError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("DeleteRecord", "Not deleted"), error.message)
        return False


def _delete_person(parent: QWidget | None, context: EditContext, record: Any, name: str) -> bool:
    try:
        context.commands.delete_person(record, vacate_places=False)
        return True
    except RuleViolation as refusal:
        if not _holds_places(context, record.id):
            raise
        # The service lists the seats, portfolios, committee places and chairs the person still holds.
        vacate = QCoreApplication.translate("DeleteRecord", "Make these places vacant and delete %1? You can undo this with Ctrl+Z.")
        question = "\n\n".join((refusal.message, vacate.replace("%1", name)))
        if not _ask(parent, record_texts("person").delete, question):
            return False
    context.commands.delete_person(record, vacate_places=True)
    return True


def _holds_places(context: EditContext, person_id: int) -> bool:
    services = context.services
    return bool(
        services.seat_terms.list(person_id=person_id)
        or services.portfolios.list(holder_id=person_id)
        or services.vng_committees.list(member_id=person_id)
        or services.consultations.list(chair_id=person_id)
    )
