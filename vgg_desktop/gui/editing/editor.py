"""Opening the form for a record: the entry points the window calls."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from vgg_desktop.gui.editing.context import EditContext
from vgg_desktop.gui.editing.definitions import FORMS
from vgg_desktop.gui.editing.record_dialog import RecordDialog

EDITABLE: tuple[str, ...] = tuple(FORMS)


def create_editor(
    parent: QWidget | None,
    context: EditContext,
    entity: str,
    record: Any | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> RecordDialog:
    """The form to add (record None) or change a record, not yet shown."""
    if entity not in FORMS:
        raise KeyError(f"no form for {entity!r}; forms exist for {', '.join(EDITABLE)}")
    if entity == "seat_term":
        from vgg_desktop.gui.editing.seat_term_dialog import SeatTermDialog

        return SeatTermDialog(parent, context, record, defaults)
    return RecordDialog(parent, context, entity, record, defaults)


def open_editor(
    parent: QWidget | None,
    context: EditContext,
    entity: str,
    record: Any | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> Any | None:
    """Shows the form modally; returns the stored value after Save, None after Cancel."""
    dialog = create_editor(parent, context, entity, record, defaults)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None
    finally:
        dialog.deleteLater()
