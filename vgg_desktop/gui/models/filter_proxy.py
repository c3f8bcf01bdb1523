"""One proxy per view: filter-as-you-type over all columns, and sorting by each column's sort key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from vgg_desktop.gui.models.base import SORT_ROLE, RecordTableModel, fold


class RecordFilterProxy(QSortFilterProxyModel):
    """Shows the rows in which every typed word occurs somewhere, ignoring case and accents."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return
        self._begin_filter_change()
        self._words = words
        self._end_filter_change()

    def search(self) -> tuple[str, ...]:
        return self._words

    def record_model(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        return self.record_model().matches(source_row, self._words)

    def value_at(self, proxy_row: int) -> Any:
        """The frozen value behind a row of the view (mapped to the source first)."""
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.record_model().value(source.row())

    def proxy_row_of(self, key: object) -> int | None:
        source_row = self.record_model().row_of(key)
        if source_row is None:
            return None
        index = self.mapFromSource(self.record_model().index(source_row, 0))
        return index.row() if index.isValid() else None

    # Qt 6.9 replaced invalidateFilter() by a begin/end pair; older Qt (6.6-6.8) only has the former.
    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()
