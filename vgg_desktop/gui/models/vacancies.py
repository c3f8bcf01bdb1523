"""Vacatures: every open place once (`services.vacancies`), with what is part of it and why it is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.vacancies import OpenPlace


class VacancyModel(RecordTableModel["OpenPlace"]):
    CONTEXT = "VacancyModel"

    KIND = Column["OpenPlace"](
        QT_TRANSLATE_NOOP("VacancyModel", "Kind"), width=30,
        tip=QT_TRANSLATE_NOOP("VacancyModel", "A seat, a portfolio holder, a member of a VNG committee or a consultation's chair"),
        text=lambda value: value.kind.label,
        # The order of the list itself: seats, portfolios, committees, chairs.
        sort=lambda value: f"{list(type(value.kind)).index(value.kind)} {value.kind.label}")
    PLACE = Column["OpenPlace"](
        QT_TRANSLATE_NOOP("VacancyModel", "Place"), width=44,
        tip=QT_TRANSLATE_NOOP("VacancyModel", "The open place; 'Fill...' opens the form that fills it"),
        text=lambda value: value.place,
        foreground=lambda value: places.place_foreground(PlaceStatus.VACANT))
    INCLUDES = Column["OpenPlace"](
        QT_TRANSLATE_NOOP("VacancyModel", "Part of it"), width=40,
        tip=QT_TRANSLATE_NOOP("VacancyModel", "Places that are filled together with this one, so they are not counted twice"),
        text=lambda value: "; ".join(value.includes),
        tooltip=lambda value: "\n".join(value.includes) if value.includes else None)
    NOTE = Column["OpenPlace"](
        QT_TRANSLATE_NOOP("VacancyModel", "Why open, what next"),
        tip=QT_TRANSLATE_NOOP("VacancyModel", "The note of the place's record: why it is open and what is expected"),
        text=lambda value: " ".join((value.note or "").split()),
        tooltip=lambda value: value.note or QCoreApplication.translate("VacancyModel", "No note recorded for this place."))

    def key(self, value: OpenPlace) -> object:
        return (value.kind.value, value.record_id)
