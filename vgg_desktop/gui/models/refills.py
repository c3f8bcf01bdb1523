"""After an election: each place of its round, still open or filled again and since when (`services.refills`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.refills import PlaceRefill


class RefillModel(RecordTableModel["PlaceRefill"]):
    CONTEXT = "RefillModel"
    KIND, PLACE, SINCE, STATE, HOLDER = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RefillModel", "Kind"),
        QT_TRANSLATE_NOOP("RefillModel", "Place"),
        QT_TRANSLATE_NOOP("RefillModel", "Since the election"),
        QT_TRANSLATE_NOOP("RefillModel", "Now"),
        QT_TRANSLATE_NOOP("RefillModel", "Filled by"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("RefillModel", "A seat, a portfolio holder, a member of a VNG committee or a consultation's chair"),
        QT_TRANSLATE_NOOP("RefillModel", "The place as the Vacatures list names it"),
        QT_TRANSLATE_NOOP("RefillModel", "Opened by the election (and who held it), or already open on its date"),
        QT_TRANSLATE_NOOP("RefillModel", "Open, or filled and on which date: a term's start date, or the day the filling "
                                         "was recorded where the place has no dates of its own"),
        QT_TRANSLATE_NOOP("RefillModel", "Who holds the place on the peildatum"),
    )

    def key(self, value: PlaceRefill) -> object:
        return (value.kind.value, value.record_id)

    def display(self, value: PlaceRefill, column: int) -> str:
        if column == self.KIND:
            return value.kind.label
        if column == self.PLACE:
            return value.place
        if column == self.SINCE:
            return value.opened_by
        if column == self.STATE:
            return value.status_text
        if column == self.HOLDER:
            return value.holder or ""
        return ""

    def sort_key(self, value: PlaceRefill, column: int) -> str | int:
        if column == self.KIND:
            return f"{list(type(value.kind)).index(value.kind)} {value.kind.label}"
        if column == self.STATE:
            # Open places first, then the filled ones by date.
            return f"{int(value.is_filled)} {value.filled_on.isoformat() if value.filled_on else ''}"
        return super().sort_key(value, column)

    def tooltip(self, value: PlaceRefill, column: int) -> str | None:
        if column == self.STATE and value.source is not None and value.source.value == "vastgelegd":
            return QCoreApplication.translate(
                "RefillModel", "This place has no dates of its own: this is the day the filling was recorded in VGG Desktop.")
        return super().tooltip(value, column)

    def foreground(self, value: PlaceRefill, column: int) -> QBrush | None:
        if column == self.STATE and not value.is_filled:
            return places.place_foreground(PlaceStatus.VACANT)
        return None
