"""Portefeuilles: each portfolio with its holder and the VNG committees that belong to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel, fold

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import PortfolioOverview


class PortfolioModel(RecordTableModel["PortfolioOverview"]):
    CONTEXT = "PortfolioModel"
    NAME, KIND, HOLDER, COMMITTEES = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("PortfolioModel", "Portfolio"),
        QT_TRANSLATE_NOOP("PortfolioModel", "Kind"),
        QT_TRANSLATE_NOOP("PortfolioModel", "Portfolio holder"),
        QT_TRANSLATE_NOOP("PortfolioModel", "VNG committees"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP("PortfolioModel", "A portfolio of the board, a theme meeting or the Klankbordgroep"),
        QT_TRANSLATE_NOOP("PortfolioModel", "The board member who holds the portfolio"),
        QT_TRANSLATE_NOOP("PortfolioModel", "The VNG committees linked to the portfolio"),
    )

    def key(self, value: PortfolioOverview) -> object:
        return value.portfolio.id

    def display(self, value: PortfolioOverview, column: int) -> str:
        if column == self.NAME:
            return value.portfolio.name
        if column == self.KIND:
            return value.portfolio.kind.label
        if column == self.HOLDER:
            return value.holder.display_name if value.holder else places.vacancy_text()
        if column == self.COMMITTEES:
            if value.portfolio.vng_not_applicable and not value.committees:
                return places.not_applicable_text()
            return ", ".join(item.committee.name for item in value.committees)
        return ""

    def sort_key(self, value: PortfolioOverview, column: int) -> str | int:
        if column == self.NAME:
            return f"{value.portfolio.position:06d}"
        if column == self.HOLDER:
            return places.place_sort_key(self._status(value), fold(self.display(value, column)))
        return super().sort_key(value, column)

    def tooltip(self, value: PortfolioOverview, column: int) -> str | None:
        if column == self.HOLDER and value.holder is None:
            return QCoreApplication.translate("PortfolioModel", "This portfolio has no holder.")
        if column == self.COMMITTEES and value.committees:
            return "\n".join(item.committee.name for item in value.committees)
        return super().tooltip(value, column)

    def font(self, value: PortfolioOverview, column: int) -> QFont | None:
        if column == self.HOLDER:
            return places.place_font(self._status(value))
        if column == self.COMMITTEES and value.portfolio.vng_not_applicable and not value.committees:
            return places.place_font(PlaceStatus.NOT_APPLICABLE)
        return None

    def foreground(self, value: PortfolioOverview, column: int) -> QBrush | None:
        if column == self.HOLDER:
            return places.place_foreground(self._status(value))
        if column == self.COMMITTEES and value.portfolio.vng_not_applicable and not value.committees:
            return places.place_foreground(PlaceStatus.NOT_APPLICABLE)
        return None

    @staticmethod
    def _status(value: PortfolioOverview) -> PlaceStatus:
        return PlaceStatus.FILLED if value.holder else PlaceStatus.VACANT
