"""Bureau: each staff member with the employment that runs today; ending and ended ones stand out,
and so do former staff whose personal data is due for removal (AVG).

Sick leave is health data and deliberately has no column here: it shows only in the member's own
detail pane.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import RecordTableModel
from vgg_desktop.gui.models.dates import date_sort_key
from vgg_desktop.gui.models.names import sort_name

if TYPE_CHECKING:
    from vgg_desktop.domain.ending import EndsSoonRule
    from vgg_desktop.domain.entities import Employment
    from vgg_desktop.services.overviews import StaffOverview
    from vgg_desktop.services.retention import RetentionCandidate

# Data due for removal asks for action, like a vacancy: the same red.
REMOVAL_COLOUR = appearance.VACANCY_COLOUR


def employment_function(employment: Employment | None) -> str:
    """'projectmedewerker (Burgernet Noord-Nederland)', or whichever of the two is known."""
    if employment is None:
        return ""
    parts = [part for part in (employment.function, employment.description) if part]
    if len(parts) == 2:
        return f"{parts[0]} ({parts[1]})"
    return parts[0] if parts else ""


@dataclass(frozen=True)
class StaffRow:
    overview: StaffOverview
    employment: Employment | None
    # What ends soon, from the date the window looks from (`services.settings.ends_soon_rule`).
    rule: EndsSoonRule
    # Set when the member left more than two years ago: the personal data must now be removed.
    removal: RetentionCandidate | None = None

    @property
    def due_for_removal(self) -> bool:
        return self.removal is not None

    @property
    def today(self) -> date:
        return self.rule.on

    @property
    def has_ended(self) -> bool:
        return self.rule.has_ended(self.employment.end_date if self.employment else None)

    @property
    def ends_soon(self) -> bool:
        return self.rule.ends_soon(self.employment.end_date if self.employment else None)


def staff_rows(overviews: tuple[StaffOverview, ...], rule: EndsSoonRule,
               due: Iterable[RetentionCandidate] = ()) -> list[StaffRow]:
    """The staff as on `rule.on`; `due` are the members whose retention period has passed then
    (`services.retention.due(rule.on)`)."""
    removals = {candidate.member.id: candidate for candidate in due}
    return [StaffRow(item, item.main_employment(rule.on), rule, removals.get(item.member.id)) for item in overviews]


def removal_reason(candidate: RetentionCandidate) -> str:
    return QCoreApplication.translate(
        "StaffModel", "Left on %1; personal data of former staff is kept for at most two years.",
    ).replace("%1", format_date(candidate.left_on))


class StaffModel(RecordTableModel[StaffRow]):
    CONTEXT = "StaffModel"
    NAME, FUNCTION, CONTRACT_KIND, THROUGH, START, END, RETENTION = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffModel", "Name"),
        QT_TRANSLATE_NOOP("StaffModel", "Function"),
        QT_TRANSLATE_NOOP("StaffModel", "Kind of contract"),
        QT_TRANSLATE_NOOP("StaffModel", "Through"),
        QT_TRANSLATE_NOOP("StaffModel", "From"),
        QT_TRANSLATE_NOOP("StaffModel", "Until"),
        QT_TRANSLATE_NOOP("StaffModel", "Retention"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP("StaffModel", "Function in the employment that runs today (or ended last)"),
        "",
        QT_TRANSLATE_NOOP("StaffModel", "The organisation through which the member works for the bureau"),
        "",
        "",  # says the period, which is the database's setting: see headerData
        QT_TRANSLATE_NOOP("StaffModel", "Former staff who left more than two years ago: their personal data must be removed (AVG)"),
    )

    def key(self, value: StaffRow) -> object:
        return value.overview.member.id

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == self.END and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            rows = self.rows()
            if not rows:
                return None
            rule = rows[0].rule
            return QCoreApplication.translate(
                "StaffModel", "Contracts that end within %1 months of %2 are marked; ended ones are grey",
            ).replace("%1", str(rule.months)).replace("%2", format_date(rule.on))
        return super().headerData(section, orientation, role)

    def display(self, value: StaffRow, column: int) -> str:
        employment = value.employment
        if column == self.NAME:
            return value.overview.member.display_name
        if column == self.RETENTION:
            return QCoreApplication.translate("StaffModel", "Expired") if value.due_for_removal else ""
        if not value.overview.personnel_details:
            # Without the personnel role the server shows the function alone, not the employment.
            return value.overview.function or "" if column == self.FUNCTION else ""
        if employment is None:
            return ""
        if column == self.FUNCTION:
            return employment_function(employment)
        if column == self.CONTRACT_KIND:
            return employment.contract_kind.label if employment.contract_kind else ""
        if column == self.THROUGH:
            return employment.through or ""
        if column == self.START:
            return format_date(employment.start_date)
        if column == self.END:
            return format_date(employment.end_date)
        return ""

    def sort_key(self, value: StaffRow, column: int) -> str | int:
        employment = value.employment
        if column == self.NAME:
            member = value.overview.member
            return sort_name(member.last_name, member.display_name)
        if column == self.START:
            return date_sort_key(employment.start_date if employment else None, unknown_last=False)
        if column == self.END:
            return date_sort_key(employment.end_date if employment else None, unknown_last=True)
        return super().sort_key(value, column)

    def tooltip(self, value: StaffRow, column: int) -> str | None:
        if value.removal is not None:
            return " ".join((QCoreApplication.translate("StaffModel", "Retention period expired: remove (AVG)."),
                             removal_reason(value.removal)))
        employment = value.employment
        if employment is not None and employment.end_date is not None:
            if value.ends_soon:
                return QCoreApplication.translate("StaffModel", "The contract ends on %1.").replace("%1", format_date(employment.end_date))
            if value.has_ended:
                return QCoreApplication.translate("StaffModel", "The contract ended on %1.").replace("%1", format_date(employment.end_date))
        if column == self.NAME and len(value.overview.employments) > 1:
            return QCoreApplication.translate("StaffModel", "%1 employments; see the details.").replace("%1", str(len(value.overview.employments)))
        return super().tooltip(value, column)

    def font(self, value: StaffRow, column: int) -> QFont | None:
        if column == self.RETENTION and value.due_for_removal:
            return appearance.bold()
        return appearance.bold() if column == self.END and value.ends_soon else None

    def foreground(self, value: StaffRow, column: int) -> QBrush | None:
        if value.due_for_removal and column in (self.NAME, self.RETENTION):
            return appearance.brush(REMOVAL_COLOUR)
        if value.has_ended:
            return appearance.brush(appearance.ENDED_COLOUR)
        if value.ends_soon:
            return appearance.brush(appearance.ENDING_COLOUR)
        return None

    def background(self, value: StaffRow, column: int) -> QBrush | None:
        return appearance.brush(appearance.ENDING_BACKGROUND) if value.ends_soon else None
