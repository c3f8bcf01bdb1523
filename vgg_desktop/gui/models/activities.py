"""Activiteiten: the lines of one year's plan, by owning body, with progress per half-year."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush

from vgg_desktop.domain.enums import OwnerKind, ProgressStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import Column, RecordTableModel, fold
from vgg_desktop.gui.models.meetings import count_text, count_tip

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import Activity
    from vgg_desktop.services.overviews import ActivityOverview

_OWNER_ORDER = {kind: number for number, kind in enumerate(OwnerKind)}
_STATUS_ORDER = {status: number for number, status in enumerate(ProgressStatus)}


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _title(value: ActivityOverview) -> str:
    activity = value.activity
    if activity.carried_over_from is None:
        return activity.title
    return f"{activity.title} ({continued_from(activity.carried_over_from)})"


def _owner_sort_key(value: ActivityOverview) -> str:
    """Grouped by kind of body in the plan's order, then by name, then in the plan's order."""
    activity = value.activity
    return f"{_OWNER_ORDER[activity.owner_kind]:02d} {fold(value.owner)} {activity.position:06d}"


def _meetings_sort_key(value: ActivityOverview) -> str:
    """Behind first (most missing first), then those with a target, then the rest; in the plan's order."""
    count, position = value.meeting_count, value.activity.position
    if count is None or count.target is None:
        return f"2 000 {position:06d}"
    return f"{0 if count.is_behind else 1} {999 - min(count.missing, 999):03d} {position:06d}"


def _behind(value: ActivityOverview) -> bool:
    return value.meeting_count is not None and value.meeting_count.is_behind


def _status_foreground(status: ProgressStatus) -> QBrush | None:
    if status == ProgressStatus.DONE:
        return appearance.brush(appearance.DONE_COLOUR)
    if status == ProgressStatus.CANCELLED:
        return appearance.brush(appearance.CANCELLED_COLOUR)
    if appearance.is_quiet(status):
        return appearance.brush(appearance.QUIET_COLOUR)
    return None


def _status_column(header: str, tip: str, status: Callable[[Activity], ProgressStatus]) -> Column[ActivityOverview]:
    """The status of a half-year: sorted in the order of the statuses, then in the plan's order."""
    return Column(header, tip=tip, width=24,
                  text=lambda value: status(value.activity).label,
                  sort=lambda value: f"{_STATUS_ORDER[status(value.activity)]:02d} {value.activity.position:06d}",
                  foreground=lambda value: _status_foreground(status(value.activity)))


class ActivityModel(RecordTableModel["ActivityOverview"]):
    CONTEXT = "ActivityModel"

    OWNER = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Owner"), width=36,
        tip=QT_TRANSLATE_NOOP("ActivityModel", "The body that owns the activity; sort on it to group by owner"),
        text=lambda value: value.owner,
        sort=_owner_sort_key)
    TITLE = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Title"), width=34,
        text=_title,
        font=lambda value: appearance.bold())
    FIRST_STATUS = _status_column(
        QT_TRANSLATE_NOOP("ActivityModel", "Status H1"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status in the first half-year"), lambda activity: activity.first_half_status)
    SECOND_STATUS = _status_column(
        QT_TRANSLATE_NOOP("ActivityModel", "Status H2"),
        QT_TRANSLATE_NOOP("ActivityModel", "Status in the second half-year"), lambda activity: activity.second_half_status)
    MEETINGS = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Meetings"), width=24,
        tip=QT_TRANSLATE_NOOP("ActivityModel", "Meetings held and planned against the number the year plan names; "
                                               "marked when fewer are held or planned than the part of the year that has passed calls for"),
        text=lambda value: count_text(value.meeting_count) if value.meeting_count else "",
        sort=_meetings_sort_key,
        tooltip=lambda value: None if value.meeting_count is None else count_tip(value.meeting_count),
        foreground=lambda value: appearance.brush(appearance.VACANCY_COLOUR) if _behind(value) else None,
        background=lambda value: appearance.brush(appearance.ENDING_BACKGROUND) if _behind(value) else None)
    GOAL = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Goal"), width=30,
        text=lambda value: one_line(value.activity.goal),
        tooltip=lambda value: value.activity.goal or "")
    RESULTS = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Results"), width=30,
        tip=QT_TRANSLATE_NOOP("ActivityModel", "Results to reach this year"),
        text=lambda value: " • ".join(one_line(result) for result in value.activity.results),
        tooltip=lambda value: "\n".join(f"• {result}" for result in value.activity.results))
    FIRST_PROGRESS = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "First half-year"), width=30,
        tip=QT_TRANSLATE_NOOP("ActivityModel", "Progress in the first half-year"),
        text=lambda value: one_line(value.activity.first_half_progress),
        tooltip=lambda value: value.activity.first_half_progress or "")
    SECOND_PROGRESS = Column["ActivityOverview"](
        QT_TRANSLATE_NOOP("ActivityModel", "Second half-year"), width=30,
        tip=QT_TRANSLATE_NOOP("ActivityModel", "Progress in the second half-year"),
        text=lambda value: one_line(value.activity.second_half_progress),
        tooltip=lambda value: value.activity.second_half_progress or "")

    def key(self, value: ActivityOverview) -> object:
        return value.activity.id


def continued_from(year: int) -> str:
    """"vervolg van 2022": the activity continues one of that year's plan that was not finished there."""
    return QCoreApplication.translate("ActivityModel", "continued from %1").replace("%1", str(year))
