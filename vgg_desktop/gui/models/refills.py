"""After an election: each place of its round, still open or filled again and since when (`services.refills`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.refills import PlaceRefill


def _state_tooltip(value: PlaceRefill) -> str | None:
    if value.source is not None and value.source.value == "vastgelegd":
        return QCoreApplication.translate(
            "RefillModel", "This place has no dates of its own: this is the day the filling was recorded in VGG Desktop.")
    return None


class RefillModel(RecordTableModel["PlaceRefill"]):
    CONTEXT = "RefillModel"

    KIND = Column["PlaceRefill"](
        QT_TRANSLATE_NOOP("RefillModel", "Kind"), width=24,
        tip=QT_TRANSLATE_NOOP("RefillModel", "A seat, a portfolio holder, a member of a VNG committee or a consultation's chair"),
        text=lambda value: value.kind.label,
        # The order of the Vacatures list: seats, portfolios, committees, chairs.
        sort=lambda value: f"{list(type(value.kind)).index(value.kind)} {value.kind.label}")
    PLACE = Column["PlaceRefill"](
        QT_TRANSLATE_NOOP("RefillModel", "Place"), width=36,
        tip=QT_TRANSLATE_NOOP("RefillModel", "The place as the Vacatures list names it"),
        text=lambda value: value.place)
    SINCE = Column["PlaceRefill"](
        QT_TRANSLATE_NOOP("RefillModel", "Since the election"), width=28,
        tip=QT_TRANSLATE_NOOP("RefillModel", "Opened by the election (and who held it), or already open on its date"),
        text=lambda value: value.opened_by)
    STATE = Column["PlaceRefill"](
        QT_TRANSLATE_NOOP("RefillModel", "Now"), width=24,
        tip=QT_TRANSLATE_NOOP("RefillModel", "Open, or filled and on which date: a term's start date, or the day the filling "
                                             "was recorded where the place has no dates of its own"),
        text=lambda value: value.status_text,
        # Open places first, then the filled ones by date.
        sort=lambda value: f"{int(value.is_filled)} {value.filled_on.isoformat() if value.filled_on else ''}",
        tooltip=_state_tooltip,
        foreground=lambda value: None if value.is_filled else places.place_foreground(PlaceStatus.VACANT))
    HOLDER = Column["PlaceRefill"](
        QT_TRANSLATE_NOOP("RefillModel", "Filled by"),
        tip=QT_TRANSLATE_NOOP("RefillModel", "Who holds the place on the peildatum"),
        text=lambda value: value.holder or "")

    def key(self, value: PlaceRefill) -> object:
        return (value.kind.value, value.record_id)
