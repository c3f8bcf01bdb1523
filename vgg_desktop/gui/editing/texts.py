"""The words the editing screens use for each kind of record, through Qt's translation system.

Source texts are English; the Dutch translation ships with the application. A record kind has a
title for adding, changing and deleting (the Edit menu reads "Ongedaan maken: Persoon wijzigen"),
and a question that asks before a delete, worded per kind because Dutch says "deze persoon" but
"dit project".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RecordTexts"


@dataclass(frozen=True)
class RecordTexts:
    add: str
    edit: str
    delete: str
    ask_delete: str
    deleted_with_it: str | None = None


# add, edit, delete, question before deleting, what goes along with a delete (or None).
# QT_TRANSLATE_NOOP hands back its text unchanged, though PySide6's stubs type it as object.
_SOURCES: dict[str, tuple[object, object, object, object, object | None]] = {
    "association": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add association"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit association"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete association"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this association?"),
        None,
    ),
    "year_plan": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add year plan"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit year plan"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete year plan"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this year plan?"),
        None,
    ),
    "municipality": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add municipality"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit municipality"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete municipality"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this municipality?"),
        None,
    ),
    "partner": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add partner organisation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit partner organisation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete partner organisation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this partner organisation?"),
        None,
    ),
    "person": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add person"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit person"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete person"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this person?"),
        None,
    ),
    "board_seat": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add seat"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit seat"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete seat"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this seat?"),
        QT_TRANSLATE_NOOP("RecordTexts", "The terms of office of this seat are deleted with it."),
    ),
    "seat_term": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add term of office"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit term of office"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete term of office"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this term of office?"),
        None,
    ),
    "portfolio": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add portfolio"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit portfolio"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete portfolio"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this portfolio?"),
        None,
    ),
    "vng_committee": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add VNG committee"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit VNG committee"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete VNG committee"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this VNG committee?"),
        None,
    ),
    "consultation": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add portfolio holders' consultation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit portfolio holders' consultation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete portfolio holders' consultation"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this portfolio holders' consultation?"),
        None,
    ),
    "staff_member": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add staff member"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit staff member"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete staff member"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this staff member?"),
        QT_TRANSLATE_NOOP("RecordTexts", "The employments and sick leave of this staff member are deleted with it."),
    ),
    "employment": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add employment"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit employment"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete employment"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this employment?"),
        None,
    ),
    "absence": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add sick leave"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit sick leave"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete sick leave"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this sick leave?"),
        None,
    ),
    "activity": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add activity"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit activity"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete activity"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this activity?"),
        None,
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add meeting"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit meeting"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete meeting"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this meeting?"),
        QT_TRANSLATE_NOOP("RecordTexts", "The attendance recorded for this meeting is deleted with it."),
    ),
    "meeting_attendance": (
        QT_TRANSLATE_NOOP("RecordTexts", "Record attendance"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit attendance"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete attendance"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this attendance?"),
        None,
    ),
    "project": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add project"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit project"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete project"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this project?"),
        QT_TRANSLATE_NOOP("RecordTexts", "The decisions and invoices of this project are deleted with it."),
    ),
    "project_decision": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add decision"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit decision"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete decision"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this decision?"),
        None,
    ),
    "project_invoice": (
        QT_TRANSLATE_NOOP("RecordTexts", "Add invoice"),
        QT_TRANSLATE_NOOP("RecordTexts", "Edit invoice"),
        QT_TRANSLATE_NOOP("RecordTexts", "Delete invoice"),
        QT_TRANSLATE_NOOP("RecordTexts", "Do you want to delete this invoice?"),
        None,
    ),
}

ENTITIES: tuple[str, ...] = tuple(_SOURCES)


def record_texts(entity: str) -> RecordTexts:
    """The translated texts for one kind of record ('person', 'board_seat', ...)."""
    add, edit, delete, ask, along = _SOURCES[entity]
    translate = QCoreApplication.translate
    return RecordTexts(
        translate(CONTEXT, str(add)),
        translate(CONTEXT, str(edit)),
        translate(CONTEXT, str(delete)),
        translate(CONTEXT, str(ask)),
        translate(CONTEXT, str(along)) if along else None,
    )
