"""Someone else saved this record while you were editing it: what is stored now, next to what you typed.

Nothing is saved when this dialog shows, and nothing the user typed is thrown away. The user chooses
to load the stored values (their own changes are put back on top, to save again knowingly) or to go
back to the form. A second save can never silently overwrite the other person's work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.domain.schema import EntitySpec, FieldSpec

Display = Callable[[FieldSpec, Any], str]


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str
    stored: str
    mine: str
    changed_by_other: bool
    changed_by_me: bool

    @property
    def differs(self) -> bool:
        return self.stored != self.mine


def conflict_rows(spec: EntitySpec, stored: Any, mine: Mapping[str, Any], display: Display,
                  original: Any | None = None) -> list[ConflictRow]:
    """Every field where the stored value differs from the user's input or from what the user started with;
    `display` shows a value as the form does."""
    rows: list[ConflictRow] = []
    for field in spec.fields:
        now = getattr(stored, field.name)
        typed = mine.get(field.name, getattr(original, field.name) if original is not None else now)
        before = getattr(original, field.name) if original is not None else now
        by_other = original is not None and now != before
        by_me = field.name in mine and typed != before
        stored_text, typed_text = display(field, now), display(field, typed)
        if by_other or by_me or stored_text != typed_text:
            rows.append(ConflictRow(field.name, field.label, stored_text, typed_text, by_other, by_me))
    return rows


class ConflictDialog(QDialog):
    """Shows the differences; `load_stored` is True when the user asks for the stored values."""

    def __init__(self, message: str, rows: list[ConflictRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.load_stored = False
        self.rows = rows

        intro = QLabel(message, self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Stored now"), self.tr("Your input")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        empty = self.tr("(empty)")
        for number, row in enumerate(rows):
            cells = (row.label, row.stored or empty, row.mine or empty)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.differs:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
            if row.changed_by_other:
                if (theirs := self.table.item(number, 1)) is not None:
                    theirs.setToolTip(self.tr("Changed by someone else since you opened the form"))
        self.table.resizeRowsToContents()
        note = QLabel(self.tr(
            "Nothing has been saved. What you typed is kept in the form: load the stored values to see them "
            "with your own changes on top, check them, and save again."), self)
        note.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.load_button = buttons.addButton(self.tr("&Load stored values, keep my changes"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        self.load_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def accept(self) -> None:
        self.load_stored = True
        super().accept()


def show_conflict(parent: QWidget | None, spec: EntitySpec, message: str, stored: Any, mine: Mapping[str, Any],
                  display: Display, original: Any | None = None) -> bool:
    """Shows the dialog; True when the user wants the stored values loaded (their changes on top)."""
    dialog = ConflictDialog(message, conflict_rows(spec, stored, mine, display, original), parent)
    dialog.exec()
    return dialog.load_stored
