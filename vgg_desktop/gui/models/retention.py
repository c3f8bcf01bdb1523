"""The former staff due for removal, each with a check box: ticked ones are removed together."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models.base import Column, Index, RecordTableModel
from vgg_desktop.gui.models.dates import date_sort_key
from vgg_desktop.gui.models.names import sort_name

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import StaffMember
    from vgg_desktop.services.retention import RetentionCandidate


class RetentionModel(RecordTableModel["RetentionCandidate"]):
    CONTEXT = "RetentionModel"

    NAME = Column["RetentionCandidate"](
        QT_TRANSLATE_NOOP("RetentionModel", "Name"), width=26,
        tip=QT_TRANSLATE_NOOP("RetentionModel", "Ticked staff members are removed; untick whoever must stay for now"),
        text=lambda value: value.member.display_name,
        sort=lambda value: sort_name(value.member.last_name, value.member.display_name))
    LEFT_ON = Column["RetentionCandidate"](
        QT_TRANSLATE_NOOP("RetentionModel", "Left on"), width=16,
        tip=QT_TRANSLATE_NOOP("RetentionModel", "The day the last employment ended"),
        text=lambda value: format_date(value.left_on),
        sort=lambda value: date_sort_key(value.left_on, unknown_last=True))
    PROJECTS = Column["RetentionCandidate"](
        QT_TRANSLATE_NOOP("RetentionModel", "Still on projects"),
        tip=QT_TRANSLATE_NOOP("RetentionModel", "Removing takes the member off these projects; the projects themselves stay"),
        text=lambda value: ", ".join(value.projects),
        tooltip=lambda value: (QCoreApplication.translate("RetentionModel", "Still listed on: %1").replace("%1", ", ".join(value.projects))
                               if value.projects else None))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._unchecked: set[int] = set()

    def key(self, value: RetentionCandidate) -> object:
        return value.member.id

    def set_candidates(self, candidates: Iterable[RetentionCandidate], *, keep_choices: bool = False) -> None:
        """Everyone starts ticked; `keep_choices` keeps the ticks of members still in the list (after a refresh)."""
        rows = list(candidates)
        ids = {candidate.member.id for candidate in rows}
        self._unchecked = self._unchecked & ids if keep_choices else set()
        self.set_rows(rows)

    def checked(self) -> tuple[StaffMember, ...]:
        return tuple(value.member for value in self.rows() if value.member.id not in self._unchecked)

    # --- the check boxes -------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != self.NAME or index.row() >= self.rowCount():
                return None
            unchecked = self.value(index.row()).member.id in self._unchecked
            return Qt.CheckState.Unchecked if unchecked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.NAME:
            return False
        member_id = self.value(index.row()).member.id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unchecked.discard(member_id)
        else:
            self._unchecked.add(member_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
