"""Bureau: each staff member with the employment that runs today; ending and ended ones stand out,
and so do former staff whose personal data is due for removal (AVG).

Sick leave is health data and deliberately has no column here: it shows only in the member's own
detail pane.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import Column, RecordTableModel
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


def _contract_text(text: Callable[[Employment], str]) -> Callable[[StaffRow], str]:
    """A column of the employment: empty without one, and without the personnel role (the server then
    shows the function alone, not the employment)."""
    def contract(value: StaffRow) -> str:
        if not value.overview.personnel_details or value.employment is None:
            return ""
        return text(value.employment)
    return contract


def _function(value: StaffRow) -> str:
    if not value.overview.personnel_details:
        return value.overview.function or ""
    return employment_function(value.employment)


def _tooltip(value: StaffRow) -> str | None:
    """Why the row stands out, in every column: data due for removal, a contract that ends or has ended."""
    if value.removal is not None:
        return " ".join((QCoreApplication.translate("StaffModel", "Retention period expired: remove (AVG)."),
                         removal_reason(value.removal)))
    employment = value.employment
    if employment is not None and employment.end_date is not None:
        if value.ends_soon:
            return QCoreApplication.translate("StaffModel", "The contract ends on %1.").replace("%1", format_date(employment.end_date))
        if value.has_ended:
            return QCoreApplication.translate("StaffModel", "The contract ended on %1.").replace("%1", format_date(employment.end_date))
    return None


def _name_tooltip(value: StaffRow) -> str | None:
    tip = _tooltip(value)
    if tip is None and len(value.overview.employments) > 1:
        return QCoreApplication.translate("StaffModel", "%1 employments; see the details.").replace("%1", str(len(value.overview.employments)))
    return tip


def _contract_foreground(value: StaffRow) -> QBrush | None:
    if value.has_ended:
        return appearance.brush(appearance.ENDED_COLOUR)
    if value.ends_soon:
        return appearance.brush(appearance.ENDING_COLOUR)
    return None


def _removal_foreground(value: StaffRow) -> QBrush | None:
    """The name and the retention column turn red when the data is due for removal."""
    return appearance.brush(REMOVAL_COLOUR) if value.due_for_removal else _contract_foreground(value)


def _ending_background(value: StaffRow) -> QBrush | None:
    return appearance.brush(appearance.ENDING_BACKGROUND) if value.ends_soon else None


class StaffModel(RecordTableModel[StaffRow]):
    CONTEXT = "StaffModel"

    NAME = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Name"), width=24,
        text=lambda value: value.overview.member.display_name,
        sort=lambda value: sort_name(value.overview.member.last_name, value.overview.member.display_name),
        tooltip=_name_tooltip, foreground=_removal_foreground, background=_ending_background)
    FUNCTION = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Function"), width=35,
        tip=QT_TRANSLATE_NOOP("StaffModel", "Function in the employment that runs today (or ended last)"),
        text=_function, tooltip=_tooltip, foreground=_contract_foreground, background=_ending_background)
    CONTRACT_KIND = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Kind of contract"), width=20,
        text=_contract_text(lambda employment: employment.contract_kind.label if employment.contract_kind else ""),
        tooltip=_tooltip, foreground=_contract_foreground, background=_ending_background)
    THROUGH = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Through"), width=20,
        tip=QT_TRANSLATE_NOOP("StaffModel", "The organisation through which the member works for the bureau"),
        text=_contract_text(lambda employment: employment.through or ""),
        tooltip=_tooltip, foreground=_contract_foreground, background=_ending_background)
    START = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "From"), width=11,
        text=_contract_text(lambda employment: format_date(employment.start_date)),
        sort=lambda value: date_sort_key(value.employment.start_date if value.employment else None, unknown_last=False),
        tooltip=_tooltip, foreground=_contract_foreground, background=_ending_background)
    END = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Until"), width=14,  # a date in bold (ending soon) is wider than in the plain font
        # The header's tooltip names the period, which is the database's setting: see headerData.
        text=_contract_text(lambda employment: format_date(employment.end_date)),
        sort=lambda value: date_sort_key(value.employment.end_date if value.employment else None, unknown_last=True),
        tooltip=_tooltip,
        font=lambda value: appearance.bold() if value.ends_soon else None,
        foreground=_contract_foreground, background=_ending_background)
    RETENTION = Column[StaffRow](
        QT_TRANSLATE_NOOP("StaffModel", "Retention"),
        tip=QT_TRANSLATE_NOOP("StaffModel", "Former staff who left more than two years ago: their personal data must be removed (AVG)"),
        text=lambda value: QCoreApplication.translate("StaffModel", "Expired") if value.due_for_removal else "",
        tooltip=_tooltip,
        font=lambda value: appearance.bold() if value.due_for_removal else None,
        foreground=_removal_foreground, background=_ending_background)

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
