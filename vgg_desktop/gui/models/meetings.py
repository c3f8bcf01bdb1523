"""Bijeenkomsten: the meetings of a year with their status and attendance; and how a count reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import MeetingStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.domain.meetings import AttendanceSummary, MeetingCount
    from vgg_desktop.services.meetings import MeetingOverview

_STATUS_ORDER = {status: number for number, status in enumerate(MeetingStatus)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingTexts", text)


def count_text(count: MeetingCount) -> str:
    """'1 of 3 held, 1 planned' in the window's language; '' when there is nothing to say."""
    if count.target is None and not count.counted and not count.cancelled:
        return ""
    if count.target is None:
        text = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "%1 held")).replace("%1", str(count.held))
    elif count.is_minimum:
        text = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "%1 of at least %2 held")).replace("%1", str(count.held)).replace("%2", str(count.target))
    else:
        text = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "%1 of %2 held")).replace("%1", str(count.held)).replace("%2", str(count.target))
    if count.planned:
        text += _tr(QT_TRANSLATE_NOOP("MeetingTexts", ", %1 planned")).replace("%1", str(count.planned))
    if count.cancelled:
        text += _tr(QT_TRANSLATE_NOOP("MeetingTexts", ", %1 cancelled")).replace("%1", str(count.cancelled))
    if count.is_behind:
        text += _tr(QT_TRANSLATE_NOOP("MeetingTexts", " – behind"))
    return text


def count_tip(count: MeetingCount) -> str:
    """Why an activity is behind (or that it is on schedule), with the rule in a few words."""
    if count.target is None:
        return ""
    if count.dropped:
        return _tr(QT_TRANSLATE_NOOP("MeetingTexts", "The activity is dropped in this half-year, so it is not counted as behind."))
    rule = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "Held and planned meetings count, cancelled ones never."))
    on = format_date(count.on)
    if count.is_behind:
        text = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "Behind: on %1, %2 meetings should be held or planned by now; %3 are."))
        return (text.replace("%1", on).replace("%2", str(count.expected)).replace("%3", str(count.counted))
                + "\n" + rule)
    text = _tr(QT_TRANSLATE_NOOP("MeetingTexts", "On schedule: on %1, %2 meetings should be held or planned by now; %3 are."))
    return text.replace("%1", on).replace("%2", str(count.expected)).replace("%3", str(count.counted)) + "\n" + rule


def attendance_text(summary: AttendanceSummary) -> str:
    """'8 of 10 municipalities present', or '' when nothing is recorded."""
    if not summary.is_recorded:
        return ""
    return (_tr(QT_TRANSLATE_NOOP("MeetingTexts", "%1 of %2 municipalities present"))
            .replace("%1", str(summary.present)).replace("%2", str(summary.members)))


def _attendance_tooltip(value: MeetingOverview) -> str:
    summary = value.attendance
    if not summary.is_recorded:
        return QCoreApplication.translate("MeetingModel", "No attendance recorded yet")
    return (QCoreApplication.translate("MeetingModel", "Present %1, absent %2, excused %3, not recorded %4")
            .replace("%1", str(summary.present)).replace("%2", str(summary.absent))
            .replace("%3", str(summary.excused)).replace("%4", str(max(summary.members - summary.recorded, 0))))


def _cancelled_foreground(value: MeetingOverview) -> QBrush | None:
    """A cancelled meeting is grey in every column."""
    return appearance.brush(appearance.CANCELLED_COLOUR) if value.meeting.status == MeetingStatus.CANCELLED else None


def _status_foreground(value: MeetingOverview) -> QBrush | None:
    status = value.meeting.status
    if status == MeetingStatus.CANCELLED:
        return appearance.brush(appearance.CANCELLED_COLOUR)
    if status == MeetingStatus.HELD:
        return appearance.brush(appearance.DONE_COLOUR)
    if value.is_overdue:
        return appearance.brush(appearance.ENDING_COLOUR)
    return None


class MeetingModel(RecordTableModel["MeetingOverview"]):
    CONTEXT = "MeetingModel"

    DATE = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Date"), width=11,
        text=lambda value: format_date(value.meeting.date),
        sort=lambda value: f"{value.meeting.date.isoformat()} {value.meeting.id:09d}",
        foreground=_cancelled_foreground)
    KIND = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Kind"), width=24,
        text=lambda value: value.meeting.kind.label,
        foreground=_cancelled_foreground)
    TITLE = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Title"), width=34,
        text=lambda value: value.meeting.title,
        font=lambda value: appearance.bold(),
        foreground=_cancelled_foreground)
    STATUS = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Status"), width=12,
        tip=QT_TRANSLATE_NOOP("MeetingModel", "Planned, held or cancelled; cancelled meetings do not count toward the year plan"),
        text=lambda value: value.meeting.status.label,
        sort=lambda value: f"{_STATUS_ORDER[value.meeting.status]:02d} {value.meeting.date.isoformat()}",
        tooltip=lambda value: (QCoreApplication.translate(
            "MeetingModel", "The date has passed: record whether the meeting was held or cancelled") if value.is_overdue else None),
        foreground=_status_foreground,
        background=lambda value: appearance.brush(appearance.ENDING_BACKGROUND) if value.is_overdue else None)
    ACTIVITY = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Activity"), width=34,
        tip=QT_TRANSLATE_NOOP("MeetingModel", "The activity of the year plan the meeting counts toward"),
        text=lambda value: value.activity or "",
        foreground=_cancelled_foreground)
    ATTENDANCE = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Attendance"), width=26,
        tip=QT_TRANSLATE_NOOP("MeetingModel", "How many of the member municipalities were present"),
        text=lambda value: attendance_text(value.attendance),
        sort=lambda value: value.attendance.present if value.attendance.is_recorded else -1,
        tooltip=_attendance_tooltip,
        foreground=_cancelled_foreground)
    THEME = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Theme"), width=24,
        text=lambda value: value.meeting.theme or "",
        foreground=_cancelled_foreground)
    LOCATION = Column["MeetingOverview"](
        QT_TRANSLATE_NOOP("MeetingModel", "Location"), width=16,
        text=lambda value: value.meeting.location or "",
        foreground=_cancelled_foreground)

    def key(self, value: MeetingOverview) -> object:
        return value.meeting.id
