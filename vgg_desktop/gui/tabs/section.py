"""One table of a tab: its model, its proxy, its view, and which kind of record it edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from vgg_desktop.gui.models.base import RecordTableModel
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.widgets.record_view import RecordView


class TableSection:
    """`name` keys the saved column widths; `entity` is what Add/Edit/Delete act on in this table,
    and `record_of` turns a row's overview value into that record."""

    def __init__(
        self,
        name: str,
        entity: str,
        model: RecordTableModel,
        parent: QWidget,
        *,
        record_of: Callable[[Any], Any],
    ) -> None:
        self.name = name
        self.entity = entity
        self.model = model
        self.record_of = record_of
        self.proxy = RecordFilterProxy(parent)
        self.proxy.setSourceModel(model)
        self.view = RecordView(parent)
        self.view.setObjectName(f"{name}_view")
        self.view.setModel(self.proxy)
        self.view.set_column_widths(model.column_widths())

    def selected_value(self) -> Any | None:
        """The frozen value of the selected row, found through the proxy (never by view row)."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.value(source.row()) if source.isValid() else None

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_key(self) -> object | None:
        value = self.selected_value()
        return None if value is None else self.model.key(value)

    def select_key(self, key: object) -> bool:
        row = self.proxy.proxy_row_of(key)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def shown(self) -> int:
        return self.proxy.rowCount()

    def total(self) -> int:
        return self.model.rowCount()

    def save_header(self, settings: Settings) -> None:
        settings.set_header_state(self.name, self.view.horizontalHeader().saveState())

    def restore_header(self, settings: Settings) -> None:
        state = settings.header_state(self.name)
        header = self.view.horizontalHeader()
        if state is not None and header.restoreState(state):
            # restoreState also brings back the sort column; apply it to the proxy as well.
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
