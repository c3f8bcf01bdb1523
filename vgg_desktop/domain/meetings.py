"""Meetings counted against what the year plan promises, and attendance of the member municipalities.

The rule for "behind" (docs/DOMAIN.md says the same in words): an activity with a target of T
meetings in plan year Y, looked at on day d, is expected to have

    expected(d) = ceil(T * elapsed(d) / days(Y))

meetings held or planned, where elapsed(d) is the number of days of Y before d (0 on 1 January,
all of them after 31 December) and days(Y) is 365 or 366. So the k-th of T meetings belongs to the
k-th of T equal parts of the year, and from the first day of its part on it must at least be
planned. Cancelled meetings never count. A minimum target ("minimaal 1 keer") is expected the same
way; it differs only in that more is not "more than planned". An activity dropped (vervallen) in the
half-year of d is never behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vgg_desktop.domain.enums import AttendanceStatus, MeetingStatus, ProgressStatus


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def elapsed_days(year: int, on: date) -> int:
    """Days of `year` that lie before `on`: 0 up to and including 1 January, all of them after 31 December."""
    return min(max((on - date(year, 1, 1)).days, 0), days_in_year(year))


def expected_by(target: int, year: int, on: date) -> int:
    """How many meetings should be held or planned on `on` for `target` in `year` (see the module text)."""
    # Whole numbers only: ceil(a / b) == -(-a // b), so no rounding error at the exact steps.
    return -(-target * elapsed_days(year, on) // days_in_year(year))


@dataclass(frozen=True)
class MeetingCount:
    """The meetings of one activity as seen on `on`, against its target (None: the plan names no number)."""

    on: date
    target: int | None
    is_minimum: bool
    held: int
    planned: int
    cancelled: int
    expected: int
    dropped: bool = False

    @property
    def counted(self) -> int:
        """What counts toward the target: held and planned meetings, never cancelled ones."""
        return self.held + self.planned

    @property
    def is_behind(self) -> bool:
        return self.target is not None and not self.dropped and self.counted < self.expected

    @property
    def missing(self) -> int:
        """How many more meetings should be held or planned by now."""
        return max(self.expected - self.counted, 0) if self.is_behind else 0

    def describe(self) -> str:
        """'1 van 3 gehouden, 1 gepland' (Dutch, for exports and the command line)."""
        if self.target is None:
            text = f"{self.held} gehouden"
        else:
            text = f"{self.held} van {'minimaal ' if self.is_minimum else ''}{self.target} gehouden"
        if self.planned:
            text += f", {self.planned} gepland"
        if self.cancelled:
            text += f", {self.cancelled} geannuleerd"
        return text

    def describe_behind(self) -> str:
        """'achter: op 14-06-2022 horen er 2 gehouden of gepland te zijn' or ''."""
        if not self.is_behind:
            return ""
        return f"achter: op {self.on.strftime('%d-%m-%Y')} horen er {self.expected} gehouden of gepland te zijn"


@dataclass(frozen=True)
class CountedMeeting:
    """What the count needs of a meeting."""

    date: date
    status: MeetingStatus


def count_meetings(
    meetings: Iterable[CountedMeeting],
    *,
    target: int | None,
    is_minimum: bool,
    year: int,
    on: date,
    statuses: tuple[ProgressStatus, ProgressStatus] | None = None,
) -> MeetingCount:
    """Counts `meetings` as seen on `on`.

    A meeting counts as held when it is recorded as held and its date is not after `on`; a held
    meeting dated after `on` (looking back from an earlier day) was then still planned.
    `statuses` are the activity's first and second half-year statuses: dropped (vervallen) in the
    half-year of `on` means it cannot be behind.
    """
    held = planned = cancelled = 0
    for meeting in meetings:
        if meeting.status == MeetingStatus.CANCELLED:
            cancelled += 1
        elif meeting.status == MeetingStatus.HELD and meeting.date <= on:
            held += 1
        else:
            planned += 1
    dropped = False
    if statuses is not None:
        in_first_half = on < date(year, 7, 1)
        dropped = statuses[0 if in_first_half else 1] == ProgressStatus.CANCELLED
    expected = expected_by(target, year, on) if target is not None else 0
    return MeetingCount(on, target, is_minimum, held, planned, cancelled, expected, dropped)


@dataclass(frozen=True)
class AttendanceSummary:
    """Attendance at one meeting: of the municipalities that were members on its date."""

    members: int
    present: int
    absent: int
    excused: int

    @property
    def recorded(self) -> int:
        return self.present + self.absent + self.excused

    @property
    def is_recorded(self) -> bool:
        return self.recorded > 0

    def describe(self) -> str:
        """'8 van 10 gemeenten aanwezig' (Dutch, for exports), or '' when nothing was recorded."""
        if not self.is_recorded:
            return ""
        return f"{self.present} van {self.members} gemeenten aanwezig"


def summarise_attendance(statuses: Iterable[AttendanceStatus], members: int) -> AttendanceSummary:
    counted = list(statuses)
    return AttendanceSummary(
        members,
        sum(status == AttendanceStatus.PRESENT for status in counted),
        sum(status == AttendanceStatus.ABSENT for status in counted),
        sum(status == AttendanceStatus.EXCUSED for status in counted),
    )
