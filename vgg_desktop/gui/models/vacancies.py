"""Vacatures: every open place once (`services.vacancies`), with what is part of it and why it is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.vacancies import OpenPlace


class VacancyModel(RecordTableModel["OpenPlace"]):
    CONTEXT = "VacancyModel"
    KIND, PLACE, INCLUDES, NOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("VacancyModel", "Kind"),
        QT_TRANSLATE_NOOP("VacancyModel", "Place"),
        QT_TRANSLATE_NOOP("VacancyModel", "Part of it"),
        QT_TRANSLATE_NOOP("VacancyModel", "Why open, what next"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("VacancyModel", "A seat, a portfolio holder, a member of a VNG committee or a consultation's chair"),
        QT_TRANSLATE_NOOP("VacancyModel", "The open place; 'Fill...' opens the form that fills it"),
        QT_TRANSLATE_NOOP("VacancyModel", "Places that are filled together with this one, so they are not counted twice"),
        QT_TRANSLATE_NOOP("VacancyModel", "The note of the place's record: why it is open and what is expected"),
    )

    def key(self, value: OpenPlace) -> object:
        return (value.kind.value, value.record_id)

    def display(self, value: OpenPlace, column: int) -> str:
        if column == self.KIND:
            return value.kind.label
        if column == self.PLACE:
            return value.place
        if column == self.INCLUDES:
            return "; ".join(value.includes)
        if column == self.NOTE:
            return " ".join((value.note or "").split())
        return ""

    def sort_key(self, value: OpenPlace, column: int) -> str | int:
        if column == self.KIND:
            # The order of the list itself: seats, portfolios, committees, chairs.
            return f"{list(type(value.kind)).index(value.kind)} {value.kind.label}"
        return super().sort_key(value, column)

    def tooltip(self, value: OpenPlace, column: int) -> str | None:
        if column == self.NOTE:
            return value.note or QCoreApplication.translate("VacancyModel", "No note recorded for this place.")
        if column == self.INCLUDES and value.includes:
            return "\n".join(value.includes)
        return super().tooltip(value, column)

    def foreground(self, value: OpenPlace, column: int) -> QBrush | None:
        return places.place_foreground(PlaceStatus.VACANT) if column == self.PLACE else None
