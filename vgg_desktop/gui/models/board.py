"""Bestuur: every seat of the daily board with its holder today, or a vacancy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel
from vgg_desktop.gui.models.dates import date_sort_key

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import SeatTerm
    from vgg_desktop.services.overviews import SeatOverview


def _status(value: SeatOverview) -> PlaceStatus:
    return PlaceStatus.VACANT if value.is_vacant else PlaceStatus.FILLED


def _holder(value: SeatOverview) -> str:
    return value.holder.display_name if value.holder else places.vacancy_text()


def _as_written(value: SeatOverview) -> str | None:
    if value.term and value.term.as_written:
        return QCoreApplication.translate("BoardModel", "As written in the plan: %1").replace("%1", value.term.as_written)
    return None


def _holder_tooltip(value: SeatOverview) -> str | None:
    if value.holder is None:
        return QCoreApplication.translate("BoardModel", "Nobody holds this seat today. Use 'Fill seat' to appoint someone.")
    return _as_written(value)


def _term_date_column(header: str, tip: str, day: Callable[[SeatTerm], date | None], *,
                      unknown_last: bool) -> Column[SeatOverview]:
    """A date of the current term, sorted as a date; an unknown start sorts first, an unknown end last."""
    return Column(header, tip=tip, width=11,
                  text=lambda value: format_date(day(value.term)) if value.term else "",
                  sort=lambda value: date_sort_key(day(value.term) if value.term else None, unknown_last=unknown_last),
                  tooltip=_as_written)


class BoardModel(RecordTableModel["SeatOverview"]):
    CONTEXT = "BoardModel"

    ROLE = Column["SeatOverview"](
        QT_TRANSLATE_NOOP("BoardModel", "Role"), width=24,
        tip=QT_TRANSLATE_NOOP("BoardModel", "The seat's role on the daily board"),
        text=lambda value: value.seat.role.label,
        sort=lambda value: f"{value.seat.position:06d}")
    ON_BEHALF_OF = Column["SeatOverview"](
        QT_TRANSLATE_NOOP("BoardModel", "On behalf of"), width=36,
        tip=QT_TRANSLATE_NOOP("BoardModel", "The municipality or body the seat represents"),
        text=lambda value: value.on_behalf_of)
    HOLDER = places.place_column(
        QT_TRANSLATE_NOOP("BoardModel", "Held by"), width=24,
        tip=QT_TRANSLATE_NOOP("BoardModel", "Who holds the seat today; a vacant seat says so"),
        status=_status, text=_holder, tooltip=_holder_tooltip)
    SINCE = _term_date_column(
        QT_TRANSLATE_NOOP("BoardModel", "Since"), QT_TRANSLATE_NOOP("BoardModel", "Start of the current term"),
        lambda term: term.start_date, unknown_last=False)
    UNTIL = _term_date_column(
        QT_TRANSLATE_NOOP("BoardModel", "Until"), QT_TRANSLATE_NOOP("BoardModel", "End of the current term"),
        lambda term: term.end_date, unknown_last=True)
    PORTFOLIOS = Column["SeatOverview"](
        QT_TRANSLATE_NOOP("BoardModel", "Portfolios"),
        tip=QT_TRANSLATE_NOOP("BoardModel", "Portfolios held by the holder of the seat"),
        text=lambda value: ", ".join(value.portfolios))

    def key(self, value: SeatOverview) -> object:
        return value.seat.id
