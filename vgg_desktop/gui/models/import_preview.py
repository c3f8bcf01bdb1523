"""The preview of an import as a table: one row per row of the sheet, what it will do and what is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vgg_desktop.services.importing import ImportPreview, PreviewRow, RowAction

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#ffc7ce")
SKIPPED_FOREGROUND = QColor("#808080")


class ImportPreviewModel(QAbstractTableModel):
    CONTEXT = "ImportPreviewModel"
    ROW, ACTION, RECORD, CHANGES, PROBLEMS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Record"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Changes"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Problems"),
    )
    ACTIONS = {
        RowAction.ADD: QT_TRANSLATE_NOOP("ImportPreviewModel", "Add"),
        RowAction.CHANGE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Change"),
        RowAction.SKIP: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skip"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.SKIP and not row.problems:
            return QBrush(SKIPPED_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int, whole: bool) -> str:
        if column == self.ROW:
            return f"{row.sheet} {row.number}".strip()
        if column == self.ACTION:
            return QCoreApplication.translate(self.CONTEXT, self.ACTIONS[row.action])
        if column == self.RECORD:
            return row.name
        lines = row.changes if column == self.CHANGES else row.problems
        return ("\n" if whole else "; ").join(lines)
