"""The table model every view of the window shares: one frozen value per row, columns by number.

A subclass names its columns (constants plus translatable headers) and says, per column, what to
show. Sorting goes through `SORT_ROLE`, which holds a string or a number that Qt can compare itself
(ISO dates, folded text), so a proxy sorts dates and names properly without Python in the loop.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Text as the filter compares it: case and accents ignored ('Financiën' matches 'financien')."""
    if text.isascii():  # most text: nothing to decompose, and many times faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen values. Subclasses set CONTEXT and HEADERS and implement `display`."""

    CONTEXT = "RecordTableModel"
    # English source texts, marked with QT_TRANSLATE_NOOP in the subclass so lupdate finds them.
    HEADERS: Sequence[str] = ()
    HEADER_TIPS: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._search: list[str] = []

    # --- what a subclass says about its rows -------------------------------------------------

    def display(self, value: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, value: T, column: int) -> str | int:
        return fold(self.display(value, column))

    def tooltip(self, value: T, column: int) -> str | None:
        text = self.display(value, column)
        # A long cell is cut off in the view; the tooltip shows all of it.
        return text if len(text) > 40 else None

    def font(self, value: T, column: int) -> QFont | None:
        return None

    def foreground(self, value: T, column: int) -> QBrush | None:
        return None

    def background(self, value: T, column: int) -> QBrush | None:
        return None

    def key(self, value: T) -> object:
        """What identifies the row across reloads, so the selection survives a refresh."""
        return getattr(value, "id")

    # --- the rows --------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [self._search_text(value) for value in self._rows]
        self.endResetModel()

    def rows(self) -> tuple[T, ...]:
        return tuple(self._rows)

    def value(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        for row, value in enumerate(self._rows):
            if self.key(value) == key:
                return row
        return None

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """True when every (folded) word occurs in some column of the row."""
        text = self._search[row]
        return all(word in text for word in words)

    def _search_text(self, value: T) -> str:
        return "\n".join(fold(self.display(value, column)) for column in range(len(self.HEADERS)))

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.HEADER_TIPS) and self.HEADER_TIPS[section]:
            return QCoreApplication.translate(self.CONTEXT, self.HEADER_TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.HEADERS):
            return None
        value = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(value, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(value, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(value, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(value, column)
        if role == SORT_ROLE:
            return self.sort_key(value, column)
        if role == KEY_ROLE:
            return self.key(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
