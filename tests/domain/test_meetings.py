"""The count of an activity's meetings against its target, and the rule for 'behind', at its edges."""

from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.enums import AttendanceStatus, MeetingStatus, ProgressStatus
from vgg_desktop.domain.meetings import (
    CountedMeeting,
    MeetingCount,
    count_meetings,
    days_in_year,
    elapsed_days,
    expected_by,
    summarise_attendance,
)

HELD, PLANNED, CANCELLED = MeetingStatus.HELD, MeetingStatus.PLANNED, MeetingStatus.CANCELLED


def count(*meetings: tuple[date, MeetingStatus], target: int | None = 3, on: date, minimum: bool = False,
          statuses: tuple[ProgressStatus, ProgressStatus] | None = None) -> MeetingCount:
    return count_meetings((CountedMeeting(day, status) for day, status in meetings), target=target,
                          is_minimum=minimum, year=2022, on=on, statuses=statuses)


def test_days_of_the_year_passed() -> None:
    assert days_in_year(2022) == 365 and days_in_year(2024) == 366
    assert elapsed_days(2022, date(2021, 12, 31)) == 0
    assert elapsed_days(2022, date(2022, 1, 1)) == 0
    assert elapsed_days(2022, date(2022, 1, 2)) == 1
    assert elapsed_days(2022, date(2022, 12, 31)) == 364
    assert elapsed_days(2022, date(2023, 1, 1)) == 365
    assert elapsed_days(2022, date(2030, 6, 1)) == 365


@pytest.mark.parametrize(("on", "expected"), [
    (date(2021, 11, 1), 0),   # before the plan year
    (date(2022, 1, 1), 0),    # start of the year: nothing is due yet
    (date(2022, 1, 2), 1),    # the first third has begun: its meeting must at least be planned
    (date(2022, 5, 2), 1),    # 121 days passed: 3 * 121 / 365 = 0.99
    (date(2022, 5, 3), 2),    # 122 days passed: 3 * 122 / 365 = 1.003, the second third has begun
    (date(2022, 9, 1), 2),    # 243 days: 1.997
    (date(2022, 9, 2), 3),    # 244 days: 2.005
    (date(2022, 12, 31), 3),
    (date(2023, 3, 1), 3),    # after the year: all of it
])
def test_expected_for_three_meetings(on: date, expected: int) -> None:
    assert expected_by(3, 2022, on) == expected


def test_expected_in_a_leap_year_uses_366_days() -> None:
    # Two meetings: the second half starts after 183 of 366 days, exactly half way.
    assert expected_by(2, 2024, date(2024, 7, 2)) == 1   # 183 days: 2 * 183 / 366 = 1 exactly
    assert expected_by(2, 2024, date(2024, 7, 3)) == 2   # 184 days


def test_start_of_year_is_never_behind() -> None:
    result = count(target=3, on=date(2022, 1, 1))
    assert result.expected == 0 and not result.is_behind


def test_exactly_on_schedule_is_not_behind_and_one_fewer_is() -> None:
    on = date(2022, 5, 3)  # two meetings due
    on_schedule = count((date(2022, 2, 1), HELD), (date(2022, 6, 1), PLANNED), on=on)
    assert on_schedule.counted == on_schedule.expected == 2 and not on_schedule.is_behind
    one_short = count((date(2022, 2, 1), HELD), on=on)
    assert one_short.is_behind and one_short.missing == 1
    assert one_short.describe_behind() == "achter: op 03-05-2022 horen er 2 gehouden of gepland te zijn"
    # The day before the step, one was enough.
    assert not count((date(2022, 2, 1), HELD), on=date(2022, 5, 2)).is_behind


def test_cancelled_meetings_never_count() -> None:
    result = count((date(2022, 2, 1), CANCELLED), (date(2022, 3, 1), CANCELLED), on=date(2022, 2, 15))
    assert result.held == 0 and result.planned == 0 and result.cancelled == 2
    assert result.is_behind
    assert result.describe() == "0 van 3 gehouden, 2 geannuleerd"


def test_planned_meetings_count_and_a_held_one_after_the_day_is_still_planned_then() -> None:
    result = count((date(2022, 2, 1), HELD), (date(2022, 10, 1), HELD), (date(2022, 11, 1), PLANNED),
                   on=date(2022, 6, 1))
    assert (result.held, result.planned) == (1, 2)
    assert result.describe() == "1 van 3 gehouden, 2 gepland"
    assert not result.is_behind


def test_a_planned_meeting_whose_date_has_passed_still_counts_as_planned() -> None:
    result = count((date(2022, 2, 1), PLANNED), on=date(2022, 3, 1))
    assert (result.held, result.planned) == (0, 1) and not result.is_behind


def test_minimum_target_is_expected_like_any_other_and_more_is_fine() -> None:
    nothing = count(target=1, minimum=True, on=date(2022, 2, 1))
    assert nothing.is_behind and nothing.describe() == "0 van minimaal 1 gehouden"
    assert not count(target=1, minimum=True, on=date(2022, 1, 1)).is_behind
    more = count((date(2022, 1, 10), HELD), (date(2022, 3, 10), HELD), target=1, minimum=True, on=date(2022, 12, 31))
    assert not more.is_behind and more.describe() == "2 van minimaal 1 gehouden"


def test_without_a_target_nothing_is_behind() -> None:
    result = count((date(2022, 6, 14), PLANNED), target=None, on=date(2022, 12, 31))
    assert result.expected == 0 and not result.is_behind
    assert result.describe() == "0 gehouden, 1 gepland"


def test_an_activity_dropped_in_the_half_year_of_the_day_is_not_behind() -> None:
    dropped_first = (ProgressStatus.CANCELLED, ProgressStatus.NOT_STARTED)
    assert not count(target=3, on=date(2022, 3, 1), statuses=dropped_first).is_behind
    assert count(target=3, on=date(2022, 9, 1), statuses=dropped_first).is_behind
    dropped_second = (ProgressStatus.RUNNING, ProgressStatus.CANCELLED)
    assert not count(target=3, on=date(2022, 9, 1), statuses=dropped_second).is_behind
    assert not count(target=3, on=date(2023, 2, 1), statuses=dropped_second).is_behind


def test_attendance_summary() -> None:
    statuses = [AttendanceStatus.PRESENT] * 8 + [AttendanceStatus.EXCUSED]
    summary = summarise_attendance(statuses, 10)
    assert (summary.present, summary.absent, summary.excused, summary.recorded) == (8, 0, 1, 9)
    assert summary.describe() == "8 van 10 gemeenten aanwezig"
    assert summarise_attendance([], 10).describe() == ""
