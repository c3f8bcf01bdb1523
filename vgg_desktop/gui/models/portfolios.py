"""Portefeuilles: each portfolio with its holder and the VNG committees that belong to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import PortfolioOverview


def _status(value: PortfolioOverview) -> PlaceStatus:
    return PlaceStatus.FILLED if value.holder else PlaceStatus.VACANT


def _holder(value: PortfolioOverview) -> str:
    return value.holder.display_name if value.holder else places.vacancy_text()


def _no_committees(value: PortfolioOverview) -> bool:
    """'n.v.t.': the portfolio has no VNG committee to be linked to."""
    return value.portfolio.vng_not_applicable and not value.committees


def _committees(value: PortfolioOverview) -> str:
    if _no_committees(value):
        return places.not_applicable_text()
    return ", ".join(item.committee.name for item in value.committees)


def _committees_tooltip(value: PortfolioOverview) -> str | None:
    return "\n".join(item.committee.name for item in value.committees) if value.committees else None


def _committees_font(value: PortfolioOverview) -> QFont | None:
    return places.place_font(PlaceStatus.NOT_APPLICABLE) if _no_committees(value) else None


def _committees_foreground(value: PortfolioOverview) -> QBrush | None:
    return places.place_foreground(PlaceStatus.NOT_APPLICABLE) if _no_committees(value) else None


class PortfolioModel(RecordTableModel["PortfolioOverview"]):
    CONTEXT = "PortfolioModel"

    NAME = Column["PortfolioOverview"](
        QT_TRANSLATE_NOOP("PortfolioModel", "Portfolio"), width=40,
        text=lambda value: value.portfolio.name,
        sort=lambda value: f"{value.portfolio.position:06d}")
    KIND = Column["PortfolioOverview"](
        QT_TRANSLATE_NOOP("PortfolioModel", "Kind"), width=19,
        tip=QT_TRANSLATE_NOOP("PortfolioModel", "A portfolio of the board, a theme meeting or the Klankbordgroep"),
        text=lambda value: value.portfolio.kind.label)
    HOLDER = places.place_column(
        QT_TRANSLATE_NOOP("PortfolioModel", "Portfolio holder"), width=24,
        tip=QT_TRANSLATE_NOOP("PortfolioModel", "The board member who holds the portfolio"),
        status=_status, text=_holder,
        tooltip=lambda value: (QCoreApplication.translate("PortfolioModel", "This portfolio has no holder.")
                               if value.holder is None else None))
    COMMITTEES = Column["PortfolioOverview"](
        QT_TRANSLATE_NOOP("PortfolioModel", "VNG committees"),
        tip=QT_TRANSLATE_NOOP("PortfolioModel", "The VNG committees linked to the portfolio"),
        text=_committees, tooltip=_committees_tooltip, font=_committees_font, foreground=_committees_foreground)

    def key(self, value: PortfolioOverview) -> object:
        return value.portfolio.id
