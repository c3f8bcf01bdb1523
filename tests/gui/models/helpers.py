"""Reading what a model shows, the way a view would."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def all_texts(model: QAbstractItemModel) -> str:
    return "\n".join(
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount()) for column in range(model.columnCount())
    )
