"""Meetings of a year with their attendance, and recording attendance for a meeting in one step.

Attendance of a meeting is saved as a whole (the form shows all member municipalities at once), in
one transaction that names the meeting's version: of two PCs recording the same meeting, the second
is refused with what is stored, as for any other record. The database's unique constraint keeps one
row per municipality per meeting however the rows are written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db import models as m
from vgg_desktop.db.mapping import current_fields, to_value
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e, schema as s
from vgg_desktop.domain.enums import AttendanceStatus, MeetingStatus
from vgg_desktop.domain.errors import NotFoundError, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.meetings import (
    AttendanceSummary,
    CountedMeeting,
    MeetingCount,
    count_meetings,
    summarise_attendance,
)
from vgg_desktop.services.history import Touched, added, changed, record_change, removed
from vgg_desktop.services.records import check_rules, load_for_change


@dataclass(frozen=True)
class AttendanceEntry:
    """What is recorded for one municipality at one meeting; status None means nothing is recorded."""

    municipality_id: int
    status: AttendanceStatus | None
    represented_by: str | None = None


@dataclass(frozen=True)
class AttendanceLine:
    """One line of a meeting's attendance: a municipality, whether it was a member then, what is recorded."""

    municipality_id: int
    municipality: str
    is_member: bool
    record: e.MeetingAttendance | None


@dataclass(frozen=True)
class AttendanceSheet:
    meeting: e.Meeting
    lines: tuple[AttendanceLine, ...]

    @property
    def summary(self) -> AttendanceSummary:
        return _summary(self.lines)

    def entries(self) -> tuple[AttendanceEntry, ...]:
        return tuple(AttendanceEntry(line.municipality_id, line.record.status, line.record.represented_by)
                     for line in self.lines if line.record is not None)


@dataclass(frozen=True)
class AttendanceChange:
    """A saved attendance: the meeting as it is now (its version moved) and what was recorded before."""

    meeting: e.Meeting
    before: tuple[AttendanceEntry, ...]
    after: tuple[AttendanceEntry, ...]


@dataclass(frozen=True)
class MeetingOverview:
    meeting: e.Meeting
    activity: str | None
    attendance: AttendanceSummary
    # Still 'gepland' while its date has passed: the bureau should record whether it was held.
    is_overdue: bool


@dataclass(frozen=True)
class ActivityMeetings:
    """An activity's meetings as seen on a day: the count against its target, and attendance at each."""

    count: MeetingCount
    meetings: tuple[MeetingOverview, ...]
    # Per municipality (name), at how many of the meetings with attendance recorded it was present.
    presence: tuple[tuple[str, int], ...]
    with_attendance: int


class Meetings:
    def __init__(self, database: Database) -> None:
        self._database = database

    # --- reading ----------------------------------------------------------------------------

    def of_year(self, year: int, on: date) -> tuple[MeetingOverview, ...]:
        """The meetings dated in `year`, and those of the year's activities dated elsewhere, by date."""
        with self._database.reading() as session:
            plan_id = session.scalar(select(m.YearPlanRow.id).where(m.YearPlanRow.year == year))
            activities = {} if plan_id is None else {
                activity_id: title for activity_id, title in
                session.execute(select(m.ActivityRow.id, m.ActivityRow.title).where(m.ActivityRow.year_plan_id == plan_id))}
            in_year = (m.MeetingRow.date >= date(year, 1, 1)) & (m.MeetingRow.date <= date(year, 12, 31))
            statement = select(m.MeetingRow).order_by(m.MeetingRow.date, m.MeetingRow.id)
            statement = statement.where(in_year | m.MeetingRow.activity_id.in_(list(activities)))
            meetings = [to_value(s.MEETING, row) for row in session.scalars(statement)]
            titles = activities | _titles(session, {item.activity_id for item in meetings} - set(activities))
            return _overviews(session, meetings, titles, on)

    def for_activities(self, activities: Sequence[e.Activity], year: int, on: date) -> dict[int, ActivityMeetings]:
        """For each activity: its meetings counted on `on` against its target, and who attended."""
        with self._database.reading() as session:
            return meetings_of_activities(session, activities, year, on)

    def attendance(self, meeting_id: int) -> AttendanceSheet:
        with self._database.reading() as session:
            meeting = session.get(m.MeetingRow, meeting_id)
            if meeting is None:
                raise NotFoundError("Deze bijeenkomst bestaat niet meer; misschien is die op een andere pc verwijderd. "
                                    "Vernieuw het overzicht (F5).")
            return _sheet(session, to_value(s.MEETING, meeting))

    # --- writing ----------------------------------------------------------------------------

    def record_attendance(self, meeting_id: int, meeting_version: int, entries: Iterable[AttendanceEntry],
                          *, kind: ChangeKind = ChangeKind.EDIT) -> AttendanceChange:
        """Makes the meeting's attendance exactly `entries` (municipalities left out have nothing recorded);
        `kind` names the change in the history (an undo, a redo)."""
        wanted: dict[int, AttendanceEntry] = {}
        for entry in entries:
            if entry.municipality_id in wanted:
                raise ValidationError.single("municipality_id", "Gemeente: elke gemeente staat één keer in de aanwezigheid.")
            wanted[entry.municipality_id] = entry
        with self._database.writing() as session:
            meeting_row = load_for_change(session, s.MEETING, meeting_id, meeting_version)
            stored = {row.municipality_id: row for row in
                      session.scalars(select(m.MeetingAttendanceRow).where(m.MeetingAttendanceRow.meeting_id == meeting_id))}
            before = tuple(AttendanceEntry(row.municipality_id, AttendanceStatus(row.status), row.represented_by)
                           for row in sorted(stored.values(), key=lambda row: row.municipality_id))
            errors: dict[str, str] = {}
            cleaned: dict[int, dict[str, Any]] = {}
            for municipality_id, entry in wanted.items():
                if entry.status is None:
                    continue
                try:
                    values = s.clean(s.MEETING_ATTENDANCE, {"meeting_id": meeting_id, "municipality_id": municipality_id,
                                                            "status": entry.status, "represented_by": entry.represented_by})
                    check_rules(session, "meeting_attendance", values, stored[municipality_id].id if municipality_id in stored else None)
                except ValidationError as error:
                    errors.update(error.errors)
                    continue
                cleaned[municipality_id] = values
            if errors:
                raise ValidationError(errors)
            spec = s.MEETING_ATTENDANCE
            previous = {municipality_id: to_value(spec, row) for municipality_id, row in stored.items()}
            touched: list[Touched] = []
            with session.no_autoflush:
                for municipality_id, row in stored.items():
                    if municipality_id not in cleaned:
                        old = previous[municipality_id]
                        touched.append(removed(spec.name, old.id, old.version, current_fields(spec, old).items()))
                        session.delete(row)
                session.flush()
                written: dict[int, m.MeetingAttendanceRow] = {}
                for municipality_id, values in cleaned.items():
                    attendance_row = stored.get(municipality_id)
                    if attendance_row is None:
                        attendance_row = m.MeetingAttendanceRow(meeting_id=meeting_id, municipality_id=municipality_id)
                        session.add(attendance_row)
                    written[municipality_id] = attendance_row
                    attendance_row.status = values["status"].value
                    attendance_row.represented_by = values["represented_by"]
            # The attendance belongs to the meeting: saving it moves the meeting's version, so a form
            # still open on the old version (here or on another PC) is refused instead of overwriting it.
            meeting_row.updated_at = datetime.now(UTC)
            session.flush()
            for municipality_id, row in written.items():
                value = to_value(spec, row)
                touched.append(changed(spec, previous[municipality_id], value) if municipality_id in previous
                               else added(spec, value))
            record_change(session, kind, touched)
            after = tuple(AttendanceEntry(municipality_id, values["status"], values["represented_by"])
                          for municipality_id, values in sorted(cleaned.items()))
            return AttendanceChange(to_value(s.MEETING, meeting_row), before, after)


def _titles(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = [item for item in ids if item is not None]
    if not wanted:
        return {}
    return {activity_id: title for activity_id, title in
            session.execute(select(m.ActivityRow.id, m.ActivityRow.title).where(m.ActivityRow.id.in_(wanted)))}


def _members(session: Session) -> list[e.Municipality]:
    return [to_value(s.MUNICIPALITY, row) for row in session.scalars(select(m.MunicipalityRow).order_by(m.MunicipalityRow.name))]


def _attendance_of(session: Session, meeting_ids: Iterable[int]) -> dict[int, list[e.MeetingAttendance]]:
    found: dict[int, list[e.MeetingAttendance]] = defaultdict(list)
    ids = list(meeting_ids)
    if ids:
        for row in session.scalars(select(m.MeetingAttendanceRow).where(m.MeetingAttendanceRow.meeting_id.in_(ids))):
            found[row.meeting_id].append(to_value(s.MEETING_ATTENDANCE, row))
    return found


def _lines(meeting: e.Meeting, municipalities: list[e.Municipality], records: list[e.MeetingAttendance]) -> tuple[AttendanceLine, ...]:
    """Every municipality that was a member on the meeting's date, and any other with something recorded."""
    by_municipality = {record.municipality_id: record for record in records}
    return tuple(
        AttendanceLine(item.id, item.name, item.is_member_on(meeting.date), by_municipality.get(item.id))
        for item in municipalities if item.is_member_on(meeting.date) or item.id in by_municipality
    )


def _summary(lines: Iterable[AttendanceLine]) -> AttendanceSummary:
    lines = list(lines)
    members = sum(line.is_member for line in lines)
    return summarise_attendance((line.record.status for line in lines if line.record is not None), members)


def _sheet(session: Session, meeting: e.Meeting) -> AttendanceSheet:
    records = _attendance_of(session, [meeting.id])[meeting.id]
    return AttendanceSheet(meeting, _lines(meeting, _members(session), records))


def _overviews(session: Session, meetings: list[e.Meeting], titles: Mapping[int, str], on: date) -> tuple[MeetingOverview, ...]:
    attendance = _attendance_of(session, [item.id for item in meetings])
    # Who was a member only matters where something is recorded (most meetings of past years have nothing).
    municipalities = _members(session) if attendance else []
    return tuple(
        MeetingOverview(
            meeting,
            titles.get(meeting.activity_id) if meeting.activity_id is not None else None,
            _summary(_lines(meeting, municipalities, attendance.get(meeting.id, []))),
            meeting.status == MeetingStatus.PLANNED and meeting.date < on,
        )
        for meeting in meetings
    )


def count_activity_meetings(session: Session, activities: Sequence[e.Activity], year: int, on: date) -> dict[int, MeetingCount]:
    """Only the count of each activity's meetings: two columns per meeting, for a table of every activity."""
    found: dict[int, list[CountedMeeting]] = defaultdict(list)
    ids = [activity.id for activity in activities]
    if ids:
        rows = session.execute(select(m.MeetingRow.activity_id, m.MeetingRow.date, m.MeetingRow.status)
                               .where(m.MeetingRow.activity_id.in_(ids)))
        for activity_id, day, status in rows:
            if activity_id is not None:  # always so (the query asks for these ids); the column itself may be empty
                found[activity_id].append(CountedMeeting(day, MeetingStatus(status)))
    return {
        activity.id: count_meetings(
            found.get(activity.id, ()), target=activity.meeting_target, is_minimum=activity.meeting_target_is_minimum,
            year=year, on=on, statuses=(activity.first_half_status, activity.second_half_status))
        for activity in activities
    }


def meetings_of_activities(session: Session, activities: Sequence[e.Activity], year: int, on: date) -> dict[int, ActivityMeetings]:
    ids = [activity.id for activity in activities]
    meetings: dict[int, list[e.Meeting]] = defaultdict(list)
    if ids:
        rows = session.scalars(select(m.MeetingRow).where(m.MeetingRow.activity_id.in_(ids))
                               .order_by(m.MeetingRow.date, m.MeetingRow.id))
        for row in rows:
            if row.activity_id is not None:  # always so (the query asks for these ids); the column itself may be empty
                meetings[row.activity_id].append(to_value(s.MEETING, row))
    attendance = _attendance_of(session, [meeting.id for items in meetings.values() for meeting in items])
    municipalities = _members(session) if attendance else []
    names = {item.id: item.name for item in municipalities}
    result: dict[int, ActivityMeetings] = {}
    for activity in activities:
        own = meetings.get(activity.id, [])
        count = count_meetings(
            (CountedMeeting(meeting.date, meeting.status) for meeting in own),
            target=activity.meeting_target, is_minimum=activity.meeting_target_is_minimum, year=year, on=on,
            statuses=(activity.first_half_status, activity.second_half_status),
        )
        overviews = tuple(
            MeetingOverview(meeting, activity.title,
                            _summary(_lines(meeting, municipalities, attendance.get(meeting.id, []))),
                            meeting.status == MeetingStatus.PLANNED and meeting.date < on)
            for meeting in own
        )
        present: dict[int, int] = defaultdict(int)
        recorded = [meeting for meeting in own if attendance.get(meeting.id)]
        for meeting in recorded:
            for record in attendance[meeting.id]:
                if record.status == AttendanceStatus.PRESENT:
                    present[record.municipality_id] += 1
        presence = tuple((names[item.id], present[item.id]) for item in municipalities
                         if recorded and (item.is_member_on(on) or present[item.id]))
        result[activity.id] = ActivityMeetings(count, overviews, presence, len(recorded))
    return result
