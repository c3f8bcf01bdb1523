"""Activiteiten: the lines of one year's plan, by owning body, with progress per half-year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import OwnerKind, ProgressStatus
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import RecordTableModel, fold
from vgg_desktop.gui.models.meetings import count_text, count_tip

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import ActivityOverview

_OWNER_ORDER = {kind: number for number, kind in enumerate(OwnerKind)}
_STATUS_ORDER = {status: number for number, status in enumerate(ProgressStatus)}


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class ActivityModel(RecordTableModel["ActivityOverview"]):
    CONTEXT = "ActivityModel"
    OWNER, TITLE, FIRST_STATUS, SECOND_STATUS, MEETINGS, GOAL, RESULTS, FIRST_PROGRESS, SECOND_PROGRESS = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityModel", "Owner"),
        QT_TRANSLATE_NOOP("ActivityModel", "Title"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status H1"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status H2"),
        QT_TRANSLATE_NOOP("ActivityModel", "Meetings"),
        QT_TRANSLATE_NOOP("ActivityModel", "Goal"),
        QT_TRANSLATE_NOOP("ActivityModel", "Results"),
        QT_TRANSLATE_NOOP("ActivityModel", "First half-year"),
        QT_TRANSLATE_NOOP("ActivityModel", "Second half-year"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ActivityModel", "The body that owns the activity; sort on it to group by owner"),
        "",
        QT_TRANSLATE_NOOP("ActivityModel", "Status in the first half-year"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status in the second half-year"),
        QT_TRANSLATE_NOOP("ActivityModel", "Meetings held and planned against the number the year plan names; "
                                           "marked when fewer are held or planned than the part of the year that has passed calls for"),
        "",
        QT_TRANSLATE_NOOP("ActivityModel", "Results to reach this year"),
        QT_TRANSLATE_NOOP("ActivityModel", "Progress in the first half-year"),
        QT_TRANSLATE_NOOP("ActivityModel", "Progress in the second half-year"),
    )

    def key(self, value: ActivityOverview) -> object:
        return value.activity.id

    def display(self, value: ActivityOverview, column: int) -> str:
        activity = value.activity
        if column == self.OWNER:
            return value.owner
        if column == self.TITLE:
            if activity.carried_over_from is None:
                return activity.title
            return f"{activity.title} ({continued_from(activity.carried_over_from)})"
        if column == self.GOAL:
            return one_line(activity.goal)
        if column == self.RESULTS:
            return " • ".join(one_line(result) for result in activity.results)
        if column == self.FIRST_PROGRESS:
            return one_line(activity.first_half_progress)
        if column == self.FIRST_STATUS:
            return activity.first_half_status.label
        if column == self.SECOND_PROGRESS:
            return one_line(activity.second_half_progress)
        if column == self.SECOND_STATUS:
            return activity.second_half_status.label
        if column == self.MEETINGS:
            return count_text(value.meeting_count) if value.meeting_count else ""
        return ""

    def sort_key(self, value: ActivityOverview, column: int) -> str | int:
        activity = value.activity
        if column == self.OWNER:
            # Grouped by kind of body in the plan's order, then by name, then in the plan's order.
            return f"{_OWNER_ORDER[activity.owner_kind]:02d} {fold(value.owner)} {activity.position:06d}"
        if column == self.FIRST_STATUS:
            return f"{_STATUS_ORDER[activity.first_half_status]:02d} {activity.position:06d}"
        if column == self.SECOND_STATUS:
            return f"{_STATUS_ORDER[activity.second_half_status]:02d} {activity.position:06d}"
        if column == self.MEETINGS:
            # Behind first (most missing first), then those with a target, then the rest; in the plan's order.
            count = value.meeting_count
            if count is None or count.target is None:
                return f"2 000 {activity.position:06d}"
            return f"{0 if count.is_behind else 1} {999 - min(count.missing, 999):03d} {activity.position:06d}"
        return super().sort_key(value, column)

    def tooltip(self, value: ActivityOverview, column: int) -> str | None:
        activity = value.activity
        full = {
            self.GOAL: activity.goal,
            self.RESULTS: "\n".join(f"• {result}" for result in activity.results),
            self.FIRST_PROGRESS: activity.first_half_progress,
            self.SECOND_PROGRESS: activity.second_half_progress,
        }
        if column in full:
            return full[column] or None
        if column == self.MEETINGS and value.meeting_count is not None:
            return count_tip(value.meeting_count) or None
        return super().tooltip(value, column)

    def font(self, value: ActivityOverview, column: int) -> QFont | None:
        return appearance.bold() if column == self.TITLE else None

    def background(self, value: ActivityOverview, column: int) -> QBrush | None:
        if column == self.MEETINGS and value.meeting_count is not None and value.meeting_count.is_behind:
            return appearance.brush(appearance.ENDING_BACKGROUND)
        return None

    def foreground(self, value: ActivityOverview, column: int) -> QBrush | None:
        if column == self.MEETINGS:
            count = value.meeting_count
            return appearance.brush(appearance.VACANCY_COLOUR) if count is not None and count.is_behind else None
        status = {self.FIRST_STATUS: value.activity.first_half_status,
                  self.SECOND_STATUS: value.activity.second_half_status}.get(column)
        if status == ProgressStatus.DONE:
            return appearance.brush(appearance.DONE_COLOUR)
        if status == ProgressStatus.CANCELLED:
            return appearance.brush(appearance.CANCELLED_COLOUR)
        if status is not None and appearance.is_quiet(status):
            return appearance.brush(appearance.QUIET_COLOUR)
        return None


def continued_from(year: int) -> str:
    """"vervolg van 2022": the activity continues one of that year's plan that was not finished there."""
    return QCoreApplication.translate("ActivityModel", "continued from %1").replace("%1", str(year))
