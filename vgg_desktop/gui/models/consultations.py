"""Portefeuillehouderoverleggen: chair (or vacancy, or n.v.t. via a partner), preparation, partners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel, fold

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import ConsultationOverview


def chair_status(value: ConsultationOverview) -> PlaceStatus:
    status = value.consultation.chair_status
    if status == PlaceStatus.FILLED and value.chair is None:
        return PlaceStatus.VACANT
    return status


class ConsultationModel(RecordTableModel["ConsultationOverview"]):
    CONTEXT = "ConsultationModel"
    NUMBER, NAME, CHAIR, PREPARATION, PARTNERS, PORTFOLIO = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsultationModel", "No."),
        QT_TRANSLATE_NOOP("ConsultationModel", "Consultation"),
        QT_TRANSLATE_NOOP("ConsultationModel", "Chair"),
        QT_TRANSLATE_NOOP("ConsultationModel", "Preparation"),
        QT_TRANSLATE_NOOP("ConsultationModel", "Partner organisations"),
        QT_TRANSLATE_NOOP("ConsultationModel", "Portfolio"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ConsultationModel", "Number of the consultation in the plan"),
        "",
        QT_TRANSLATE_NOOP("ConsultationModel", "The chair: a name, a vacancy, or n/a when a partner organises it"),
        QT_TRANSLATE_NOOP("ConsultationModel", "How civil servants prepare the consultation"),
        QT_TRANSLATE_NOOP("ConsultationModel", "Organisations that take part"),
        QT_TRANSLATE_NOOP("ConsultationModel", "The VGG portfolio the consultation belongs to"),
    )

    def key(self, value: ConsultationOverview) -> object:
        return value.consultation.id

    def display(self, value: ConsultationOverview, column: int) -> str:
        consultation = value.consultation
        if column == self.NUMBER:
            return str(consultation.number)
        if column == self.NAME:
            return consultation.name
        if column == self.CHAIR:
            status = chair_status(value)
            if status == PlaceStatus.FILLED and value.chair is not None:
                return value.chair.display_name
            if status == PlaceStatus.NOT_APPLICABLE:
                if value.organised_by:
                    return QCoreApplication.translate("ConsultationModel", "n/a (via %1)").replace("%1", value.organised_by)
                return places.not_applicable_text()
            return places.vacancy_text()
        if column == self.PREPARATION:
            return " ".join((consultation.preparation or "").split())
        if column == self.PARTNERS:
            return ", ".join(value.partners)
        if column == self.PORTFOLIO:
            return value.portfolio or ""
        return ""

    def sort_key(self, value: ConsultationOverview, column: int) -> str | int:
        if column == self.NUMBER:
            return value.consultation.number
        if column == self.CHAIR:
            return places.place_sort_key(chair_status(value), fold(self.display(value, column)))
        return super().sort_key(value, column)

    def tooltip(self, value: ConsultationOverview, column: int) -> str | None:
        if column == self.PREPARATION:
            return value.consultation.preparation or None
        if column == self.PARTNERS and value.partners:
            return "\n".join(value.partners)
        if column == self.CHAIR and chair_status(value) == PlaceStatus.VACANT:
            return QCoreApplication.translate("ConsultationModel", "This consultation has no chair.")
        return super().tooltip(value, column)

    def font(self, value: ConsultationOverview, column: int) -> QFont | None:
        return places.place_font(chair_status(value)) if column == self.CHAIR else None

    def foreground(self, value: ConsultationOverview, column: int) -> QBrush | None:
        return places.place_foreground(chair_status(value)) if column == self.CHAIR else None
