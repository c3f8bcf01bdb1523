"""Portefeuillehouderoverleggen: chair (or vacancy, or n.v.t. via a partner), preparation, partners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import ConsultationOverview


def chair_status(value: ConsultationOverview) -> PlaceStatus:
    status = value.consultation.chair_status
    # Also open: a chair whose dates do not cover the date looked from (services.vacancies).
    if status == PlaceStatus.FILLED and (value.chair is None or value.is_open):
        return PlaceStatus.VACANT
    return status


def _chair_tooltip(value: ConsultationOverview) -> str | None:
    if chair_status(value) != PlaceStatus.VACANT:
        return None
    vacant = QCoreApplication.translate("ConsultationModel", "This consultation has no chair.")
    return f"{vacant}\n{places.capitalised(value.chair_context)}" if value.chair_context else vacant


def _chair(value: ConsultationOverview) -> str:
    status = chair_status(value)
    if status == PlaceStatus.FILLED and value.chair is not None:
        return value.chair.display_name
    if status == PlaceStatus.NOT_APPLICABLE:
        if value.organised_by:
            return QCoreApplication.translate("ConsultationModel", "n/a (via %1)").replace("%1", value.organised_by)
        return places.not_applicable_text()
    return places.vacancy_text()


class ConsultationModel(RecordTableModel["ConsultationOverview"]):
    CONTEXT = "ConsultationModel"

    NUMBER = Column["ConsultationOverview"](
        QT_TRANSLATE_NOOP("ConsultationModel", "No."), width=4,
        tip=QT_TRANSLATE_NOOP("ConsultationModel", "Number of the consultation in the plan"),
        text=lambda value: str(value.consultation.number),
        sort=lambda value: value.consultation.number)
    NAME = Column["ConsultationOverview"](
        QT_TRANSLATE_NOOP("ConsultationModel", "Consultation"), width=24,
        text=lambda value: value.consultation.name)
    CHAIR = places.place_column(
        QT_TRANSLATE_NOOP("ConsultationModel", "Chair"), width=24,
        tip=QT_TRANSLATE_NOOP("ConsultationModel", "The chair: a name, a vacancy, or n/a when a partner organises it"),
        status=chair_status, text=_chair, tooltip=_chair_tooltip)
    PREPARATION = Column["ConsultationOverview"](
        QT_TRANSLATE_NOOP("ConsultationModel", "Preparation"), width=44,
        tip=QT_TRANSLATE_NOOP("ConsultationModel", "How civil servants prepare the consultation"),
        text=lambda value: " ".join((value.consultation.preparation or "").split()),
        # The whole text, with its line breaks.
        tooltip=lambda value: value.consultation.preparation or "")
    PARTNERS = Column["ConsultationOverview"](
        QT_TRANSLATE_NOOP("ConsultationModel", "Partner organisations"), width=36,
        tip=QT_TRANSLATE_NOOP("ConsultationModel", "Organisations that take part"),
        text=lambda value: ", ".join(value.partners),
        tooltip=lambda value: "\n".join(value.partners) if value.partners else None)
    PORTFOLIO = Column["ConsultationOverview"](
        QT_TRANSLATE_NOOP("ConsultationModel", "Portfolio"),
        tip=QT_TRANSLATE_NOOP("ConsultationModel", "The VGG portfolio the consultation belongs to"),
        text=lambda value: value.portfolio or "")

    def key(self, value: ConsultationOverview) -> object:
        return value.consultation.id
