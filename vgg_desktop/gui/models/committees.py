"""VNG committees: the portfolio they belong to and the Groningen member, vacant or 'n.v.t.'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import CommitteeOverview


@dataclass(frozen=True)
class CommitteeRow:
    overview: CommitteeOverview
    portfolio: str | None

    @property
    def status(self) -> PlaceStatus:
        status = self.overview.committee.member_status
        # A place marked filled without a person, or whose member's dates do not cover the date looked
        # from (services.vacancies), is open: show it as the vacancy it is.
        if status == PlaceStatus.FILLED and (self.overview.member is None or self.overview.is_open):
            return PlaceStatus.VACANT
        return status


def _member_status(value: CommitteeRow) -> PlaceStatus:
    return value.status


def _member(value: CommitteeRow) -> str:
    status = value.status
    if status == PlaceStatus.FILLED and value.overview.member is not None:
        return value.overview.member.display_name
    return places.not_applicable_text() if status == PlaceStatus.NOT_APPLICABLE else places.vacancy_text()


def _member_tooltip(value: CommitteeRow) -> str | None:
    if value.status == PlaceStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("CommitteeModel", "Not applicable: Groningen has no place in this committee.")
    if value.status == PlaceStatus.VACANT:
        vacant = QCoreApplication.translate("CommitteeModel", "Groningen's place in this committee is vacant.")
        context = value.overview.member_context
        return f"{vacant}\n{places.capitalised(context)}" if context else vacant
    return None


class CommitteeModel(RecordTableModel[CommitteeRow]):
    CONTEXT = "CommitteeModel"

    NAME = Column[CommitteeRow](
        QT_TRANSLATE_NOOP("CommitteeModel", "VNG committee"), width=38,
        text=lambda value: value.overview.committee.name,
        sort=lambda value: f"{value.overview.committee.position:06d}")
    FORMER_NAME = Column[CommitteeRow](
        QT_TRANSLATE_NOOP("CommitteeModel", "Former name"), width=30,
        tip=QT_TRANSLATE_NOOP("CommitteeModel", "The name the committee had before it was renamed"),
        text=lambda value: value.overview.committee.former_name or "")
    PORTFOLIO = Column[CommitteeRow](
        QT_TRANSLATE_NOOP("CommitteeModel", "Portfolio"), width=40,
        tip=QT_TRANSLATE_NOOP("CommitteeModel", "The VGG portfolio the committee belongs to"),
        text=lambda value: value.portfolio or "")
    MEMBER = places.place_column(
        QT_TRANSLATE_NOOP("CommitteeModel", "Groningen member"),
        tip=QT_TRANSLATE_NOOP("CommitteeModel", "Who represents Groningen in the committee: a name, a vacancy, or n/a"),
        status=_member_status, text=_member, tooltip=_member_tooltip)

    def key(self, value: CommitteeRow) -> object:
        return value.overview.committee.id
