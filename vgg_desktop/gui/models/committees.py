"""VNG committees: the portfolio they belong to and the Groningen member, vacant or 'n.v.t.'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.base import RecordTableModel, fold

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import CommitteeOverview


@dataclass(frozen=True)
class CommitteeRow:
    overview: CommitteeOverview
    portfolio: str | None

    @property
    def status(self) -> PlaceStatus:
        status = self.overview.committee.member_status
        # A place marked filled without a person is still open: show it as the vacancy it is.
        if status == PlaceStatus.FILLED and self.overview.member is None:
            return PlaceStatus.VACANT
        return status


class CommitteeModel(RecordTableModel[CommitteeRow]):
    CONTEXT = "CommitteeModel"
    NAME, FORMER_NAME, PORTFOLIO, MEMBER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("CommitteeModel", "VNG committee"),
        QT_TRANSLATE_NOOP("CommitteeModel", "Former name"),
        QT_TRANSLATE_NOOP("CommitteeModel", "Portfolio"),
        QT_TRANSLATE_NOOP("CommitteeModel", "Groningen member"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP("CommitteeModel", "The name the committee had before it was renamed"),
        QT_TRANSLATE_NOOP("CommitteeModel", "The VGG portfolio the committee belongs to"),
        QT_TRANSLATE_NOOP("CommitteeModel", "Who represents Groningen in the committee: a name, a vacancy, or n/a"),
    )

    def key(self, value: CommitteeRow) -> object:
        return value.overview.committee.id

    def display(self, value: CommitteeRow, column: int) -> str:
        committee = value.overview.committee
        if column == self.NAME:
            return committee.name
        if column == self.FORMER_NAME:
            return committee.former_name or ""
        if column == self.PORTFOLIO:
            return value.portfolio or ""
        if column == self.MEMBER:
            status = value.status
            if status == PlaceStatus.FILLED and value.overview.member is not None:
                return value.overview.member.display_name
            return places.not_applicable_text() if status == PlaceStatus.NOT_APPLICABLE else places.vacancy_text()
        return ""

    def sort_key(self, value: CommitteeRow, column: int) -> str | int:
        if column == self.NAME:
            return f"{value.overview.committee.position:06d}"
        if column == self.MEMBER:
            return places.place_sort_key(value.status, fold(self.display(value, column)))
        return super().sort_key(value, column)

    def tooltip(self, value: CommitteeRow, column: int) -> str | None:
        if column == self.MEMBER and value.status == PlaceStatus.NOT_APPLICABLE:
            return QCoreApplication.translate("CommitteeModel", "Not applicable: Groningen has no place in this committee.")
        if column == self.MEMBER and value.status == PlaceStatus.VACANT:
            return QCoreApplication.translate("CommitteeModel", "Groningen's place in this committee is vacant.")
        return super().tooltip(value, column)

    def font(self, value: CommitteeRow, column: int) -> QFont | None:
        return places.place_font(value.status) if column == self.MEMBER else None

    def foreground(self, value: CommitteeRow, column: int) -> QBrush | None:
        return places.place_foreground(value.status) if column == self.MEMBER else None
