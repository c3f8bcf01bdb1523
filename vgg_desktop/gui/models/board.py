"""Bestuur: every seat of the daily board with its holder today, or a vacancy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel, fold
from vgg_desktop.gui.models.dates import date_sort_key

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import SeatOverview


class BoardModel(RecordTableModel["SeatOverview"]):
    CONTEXT = "BoardModel"
    ROLE, ON_BEHALF_OF, HOLDER, SINCE, UNTIL, PORTFOLIOS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("BoardModel", "Role"),
        QT_TRANSLATE_NOOP("BoardModel", "On behalf of"),
        QT_TRANSLATE_NOOP("BoardModel", "Held by"),
        QT_TRANSLATE_NOOP("BoardModel", "Since"),
        QT_TRANSLATE_NOOP("BoardModel", "Until"),
        QT_TRANSLATE_NOOP("BoardModel", "Portfolios"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("BoardModel", "The seat's role on the daily board"),
        QT_TRANSLATE_NOOP("BoardModel", "The municipality or body the seat represents"),
        QT_TRANSLATE_NOOP("BoardModel", "Who holds the seat today; a vacant seat says so"),
        QT_TRANSLATE_NOOP("BoardModel", "Start of the current term"),
        QT_TRANSLATE_NOOP("BoardModel", "End of the current term"),
        QT_TRANSLATE_NOOP("BoardModel", "Portfolios held by the holder of the seat"),
    )

    def key(self, value: SeatOverview) -> object:
        return value.seat.id

    def display(self, value: SeatOverview, column: int) -> str:
        if column == self.ROLE:
            return value.seat.role.label
        if column == self.ON_BEHALF_OF:
            return value.on_behalf_of
        if column == self.HOLDER:
            return value.holder.display_name if value.holder else places.vacancy_text()
        if column == self.SINCE:
            return format_date(value.term.start_date) if value.term else ""
        if column == self.UNTIL:
            return format_date(value.term.end_date) if value.term else ""
        if column == self.PORTFOLIOS:
            return ", ".join(value.portfolios)
        return ""

    def sort_key(self, value: SeatOverview, column: int) -> str | int:
        if column == self.ROLE:
            return f"{value.seat.position:06d}"
        if column == self.HOLDER:
            return places.place_sort_key(self._status(value), fold(self.display(value, column)))
        if column == self.SINCE:
            return date_sort_key(value.term.start_date if value.term else None, unknown_last=False)
        if column == self.UNTIL:
            return date_sort_key(value.term.end_date if value.term else None, unknown_last=True)
        return super().sort_key(value, column)

    def tooltip(self, value: SeatOverview, column: int) -> str | None:
        if column == self.HOLDER and value.holder is None:
            return QCoreApplication.translate("BoardModel", "Nobody holds this seat today. Use 'Fill seat' to appoint someone.")
        if column in (self.HOLDER, self.SINCE, self.UNTIL) and value.term and value.term.as_written:
            return QCoreApplication.translate("BoardModel", "As written in the plan: %1").replace("%1", value.term.as_written)
        return super().tooltip(value, column)

    def font(self, value: SeatOverview, column: int) -> QFont | None:
        return places.place_font(self._status(value)) if column == self.HOLDER else None

    def foreground(self, value: SeatOverview, column: int) -> QBrush | None:
        return places.place_foreground(self._status(value)) if column == self.HOLDER else None

    @staticmethod
    def _status(value: SeatOverview) -> PlaceStatus:
        return PlaceStatus.VACANT if value.is_vacant else PlaceStatus.FILLED
