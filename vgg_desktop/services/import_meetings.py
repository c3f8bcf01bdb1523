"""Importing meetings: date, kind, title, status and the activity they belong to, with attendance per municipality.

A row is matched with a stored meeting on its date, kind and activity; where several meetings share
those (two workshops on one day), the title decides. An empty kind or activity cell matches any, as an
empty cell never erases what is stored. The activity is named by its title as the Activiteiten tab
shows it, looked for in the plan of the meeting's year first; an owner column ("Portefeuillehouderoverleg
Sociaal Domein") picks one of two activities with the same title.

Attendance is read from columns headed by the name of a member municipality ("Groningen" or "Gemeente
Groningen"), one cell per meeting: aanwezig, afwezig or afgemeld (also ja/x, nee, afbericht). An empty
cell records nothing and erases nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, to_value
from vgg_desktop.db.models import (
    ActivityRow,
    ConsultationRow,
    MeetingAttendanceRow,
    MeetingRow,
    MunicipalityRow,
    PortfolioRow,
    YearPlanRow,
)
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.schema import ACTIVITY, MEETING, MEETING_ATTENDANCE, MUNICIPALITY, clean
from vgg_desktop.domain.tables import CellValue, SourceRow, column_letter
from vgg_desktop.services.importing import (
    PHASES,
    IdOf,
    ImportKind,
    Names,
    PreviewRow,
    Report,
    RowAction,
    Write,
    _as_date,
    _cells,
    _differences,
    _enum,
    _pending,
    _Planned,
    _probe,
    _resolved,
    _row_problems,
    _Sheet,
    _write_change,
    _write_change_later,
    _write_new,
    as_text,
    known,
    later,
    normalised,
)
from vgg_desktop.services.overviews import ActivityOverview

_KIND_WORDS: dict[str, MeetingKind] = {
    "dbvergadering": MeetingKind.BOARD, "dagelijksbestuur": MeetingKind.BOARD, "vergaderingdb": MeetingKind.BOARD,
    "bestuursvergadering": MeetingKind.BOARD, "board": MeetingKind.BOARD, "boardmeeting": MeetingKind.BOARD,
    "ledenvergadering": MeetingKind.GENERAL_MEETING, "generalmeeting": MeetingKind.GENERAL_MEETING,
    "pho": MeetingKind.CONSULTATION, "overleg": MeetingKind.CONSULTATION,
    "raadsledenbijeenkomsten": MeetingKind.COUNCILLORS, "councillors": MeetingKind.COUNCILLORS,
    "workshop": MeetingKind.WORKSHOP, "werkbijeenkomst": MeetingKind.WORKSHOP, "anders": MeetingKind.OTHER,
    "overige": MeetingKind.OTHER,
}
_STATUS_WORDS: dict[str, MeetingStatus] = {
    "planned": MeetingStatus.PLANNED, "gepland": MeetingStatus.PLANNED, "held": MeetingStatus.HELD,
    "geweest": MeetingStatus.HELD, "cancelled": MeetingStatus.CANCELLED, "canceled": MeetingStatus.CANCELLED,
    "afgelast": MeetingStatus.CANCELLED, "vervallen": MeetingStatus.CANCELLED,
}
_ATTENDANCE_WORDS: dict[str, AttendanceStatus] = {
    "aanwezig": AttendanceStatus.PRESENT, "ja": AttendanceStatus.PRESENT, "j": AttendanceStatus.PRESENT,
    "x": AttendanceStatus.PRESENT, "yes": AttendanceStatus.PRESENT, "present": AttendanceStatus.PRESENT,
    "1": AttendanceStatus.PRESENT, "afwezig": AttendanceStatus.ABSENT, "nee": AttendanceStatus.ABSENT,
    "n": AttendanceStatus.ABSENT, "no": AttendanceStatus.ABSENT, "absent": AttendanceStatus.ABSENT,
    "0": AttendanceStatus.ABSENT, "afgemeld": AttendanceStatus.EXCUSED, "afbericht": AttendanceStatus.EXCUSED,
    "metkennisgeving": AttendanceStatus.EXCUSED, "excused": AttendanceStatus.EXCUSED,
    "apologies": AttendanceStatus.EXCUSED,
}
_TICKS = ("✓", "✔", "☑")


@dataclass(frozen=True)
class _Activity:
    year: int
    owner: str  # as the Activiteiten sheet heads it
    title: str  # normalised
    id_of: IdOf


class _Activities:
    """The activities a meeting row may name: those of this import first, then the stored ones."""

    def __init__(self, session: Session, names: Names) -> None:
        planned = [_Activity(*entry) for entry in names.activities]
        mentioned = {getattr(item.id_of, "known", None) for item in planned}
        years = {row.id: row.year for row in session.scalars(select(YearPlanRow))}
        portfolios = {row.id: row.name for row in session.scalars(select(PortfolioRow))}
        consultations = {row.id: row.name for row in session.scalars(select(ConsultationRow))}
        stored = []
        for row in session.scalars(select(ActivityRow).order_by(ActivityRow.year_plan_id, ActivityRow.position, ActivityRow.id)):
            if row.id in mentioned:
                continue
            activity = to_value(ACTIVITY, row)
            owner = ActivityOverview(activity, portfolios.get(activity.portfolio_id or 0),
                                     consultations.get(activity.consultation_id or 0), ()).owner
            stored.append(_Activity(years[activity.year_plan_id], owner, normalised(activity.title),
                                    known(activity.id)))
        self.all = planned + stored

    def find(self, title: str, owner: str, year: int | None) -> tuple[IdOf | None, str | None]:
        """The activity named `title` (and `owner`, when given), or why there is none to take.

        A meeting workbook names one of two activities with one title as 'title (owner)'."""
        same = [item for item in self.all if item.title == normalised(title)]
        written = re.match(r"^(.+?)\s*\(([^()]+)\)$", title)
        if not same and written and not owner:
            title, owner = written.group(1), written.group(2)
            same = [item for item in self.all if item.title == normalised(title)]
        if owner:
            same = [item for item in same if normalised(item.owner) == normalised(owner)]
        in_year = [item for item in same if item.year == year]
        pool = in_year or same
        where = f" in het jaarplan {year}" if in_year or (year is not None and not same) else ""
        if not pool:
            by = f" met eigenaar '{owner}'" if owner else ""
            return None, (f"Bij activiteit: er is geen activiteit '{title}'{by}{where}. Schrijf de titel zoals op het "
                          "tabblad Activiteiten, maak de activiteit eerst aan, of laat de cel leeg.")
        if len(pool) > 1:
            owners = " of ".join(f"'{item.owner}'" for item in pool)
            return None, (f"Bij activiteit: er zijn {len(pool)} activiteiten '{title}'{where}. Zet in een kolom Eigenaar "
                          f"van wie de activiteit is ({owners}), of schrijf '{title} (eigenaar)'.")
        return pool[0].id_of, None


def _attendance_columns(sheet: _Sheet, municipalities: Mapping[str, Any]) -> dict[int, Any]:
    """Column index -> municipality, for the columns headed by the name of a municipality."""
    taken = set(sheet.mapping.values())
    found = {}
    for index, header in enumerate(sheet.headers):
        name = normalised(re.sub(r"^\s*gemeente\s+", "", header, flags=re.IGNORECASE))
        if index not in taken and name in municipalities:
            found[index] = municipalities[name]
    return found


def attendance_note(session: Session, sheet: _Sheet) -> tuple[str, ...]:
    """'Aanwezigheid per gemeente uit kolom F (Groningen), G (Gemeente Eemsdelta).', or nothing."""
    municipalities = {normalised(row.name): row for row in session.scalars(select(MunicipalityRow))}
    columns = _attendance_columns(sheet, municipalities)
    if not columns:
        return ()
    listed = ", ".join(f"{column_letter(index)} ({sheet.headers[index]})" for index in sorted(columns))
    return (f"Aanwezigheid per gemeente uit kolom {listed}.",)


def _attendance(value: CellValue, municipality: str) -> AttendanceStatus:
    text = as_text(value).strip()
    if text in _TICKS:
        return AttendanceStatus.PRESENT
    found: AttendanceStatus = _enum(AttendanceStatus, value, f"Aanwezigheid {municipality}", _ATTENDANCE_WORDS)
    return found


def plan_meetings(session: Session, kind: ImportKind, sheet: _Sheet, names: Names | None = None) -> list[_Planned]:
    names = names or Names.stored(session)
    activities = _Activities(session, names)
    municipalities = {normalised(row.name): to_value(MUNICIPALITY, row) for row in session.scalars(select(MunicipalityRow))}
    columns = _attendance_columns(sheet, municipalities)
    by_date: dict[date, list[Any]] = {}
    for meeting_row in session.scalars(select(MeetingRow).order_by(MeetingRow.date, MeetingRow.id)):
        meeting = to_value(MEETING, meeting_row)
        by_date.setdefault(meeting.date, []).append(meeting)
    attendance: dict[int, dict[int, Any]] = {}
    for attendance_row in session.scalars(select(MeetingAttendanceRow)):
        value = to_value(MEETING_ATTENDANCE, attendance_row)
        attendance.setdefault(value.meeting_id, {})[value.municipality_id] = value

    rows: list[_Row] = [_read_row(sheet, source, activities, columns) for source in sheet.data]
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        if row.key is None:
            continue
        if row.key in seen:
            row.problems.append(f"rij {row.number}: deze bijeenkomst (zelfde datum, soort, activiteit en titel) staat "
                                f"ook op rij {seen[row.key]}. Voeg de regels samen of verwijder er een.")
        else:
            seen[row.key] = row.number
    _match(rows, by_date)
    return [_plan_row(row, attendance) for row in rows]


@dataclass
class _Row:
    number: int
    name: str
    problems: list[str]
    data: dict[str, Any]  # the meeting's fields the row gives (an activity as an IdOf)
    attendance: dict[int, tuple[Any, AttendanceStatus]]  # municipality id -> (municipality, status)
    key: tuple[Any, ...] | None = None
    existing: Any | None = None


def _read_row(sheet: _Sheet, source: SourceRow, activities: _Activities, columns: Mapping[int, Any]) -> _Row:
    cells, problems = _cells(sheet, source)
    title = as_text(cells.get("title")).strip()
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    if "date" in cells:
        data["date"] = _as_date(cells["date"])
    for name in ("title", "theme", "location", "notes"):
        if name in cells:
            data[name] = as_text(cells[name])
    if "kind" in cells:
        try:
            data["kind"] = _enum(MeetingKind, cells["kind"], "Soort", _KIND_WORDS)
        except ValueError as error:
            errors["kind"] = str(error)
    if "status" in cells:
        try:
            data["status"] = _enum(MeetingStatus, cells["status"], "Status", _STATUS_WORDS)
        except ValueError as error:
            errors["status"] = str(error)
    try:
        checked = clean(MEETING, {**data, "title": data.get("title") or "-", "kind": data.get("kind", MeetingKind.OTHER),
                                  "status": data.get("status", MeetingStatus.PLANNED)})
        data["date"] = checked["date"]
    except ValidationError as error:
        errors.update({name: message for name, message in error.errors.items() if name not in errors})
    if not title:
        errors["title"] = "Titel: vul de titel van de bijeenkomst in."
    on: date | None = data["date"] if isinstance(data.get("date"), date) else None
    name = " ".join(part for part in (format_date(on) if on else as_text(cells.get("date")), title) if part)
    activity_text = as_text(cells.get("activity")).strip()
    if activity_text:
        found, problem = activities.find(activity_text, as_text(cells.get("owner")).strip(), on.year if on else None)
        if problem:
            errors["activity_id"] = problem
        else:
            data["activity_id"] = found
    present: dict[int, tuple[Any, AttendanceStatus]] = {}
    for column, municipality in columns.items():
        value = source.value(column)
        if value is None or not as_text(value).strip():
            continue
        try:
            status = _attendance(value, municipality.name)
        except ValueError as error:
            errors[f"attendance {municipality.id}"] = str(error)
            continue
        if on is not None and not municipality.is_member_on(on):
            errors[f"attendance {municipality.id}"] = (
                f"Aanwezigheid {municipality.name}: {municipality.name} was op {format_date(on)} geen lid van de "
                "vereniging. Laat de cel leeg.")
            continue
        present[municipality.id] = (municipality, status)
    problems.extend(f"rij {source.number}: {message}" for message in errors.values())
    row = _Row(source.number, name or "(zonder datum en titel)", problems, data, present)
    if not errors:
        activity = data.get("activity_id")
        row.key = (on, data.get("kind"), getattr(activity, "known", activity) if activity else None, normalised(title))
    return row


def _candidates(row: _Row, by_date: Mapping[date, list[Any]], taken: set[int]) -> list[Any]:
    on, kind, activity = row.data["date"], row.data.get("kind"), row.data.get("activity_id")
    if activity is not None and not hasattr(activity, "known"):
        return []  # an activity this import adds has no meetings yet
    return [meeting for meeting in by_date.get(on, ()) if meeting.id not in taken
            and (kind is None or meeting.kind == kind)
            and (activity is None or meeting.activity_id == activity.known)]


def _match(rows: list[_Row], by_date: Mapping[date, list[Any]]) -> None:
    """Each row's stored meeting: first those with the same title, then a lone one left on the row's key."""
    taken: set[int] = set()
    readable = [row for row in rows if row.key is not None and not row.problems]
    for row in readable:
        same_title = [meeting for meeting in _candidates(row, by_date, taken)
                      if normalised(meeting.title) == normalised(row.data["title"])]
        if len(same_title) == 1:
            row.existing = same_title[0]
            taken.add(row.existing.id)
    for row in readable:
        if row.existing is not None:
            continue
        left = _candidates(row, by_date, taken)
        if len(left) == 1:
            row.existing = left[0]
            taken.add(row.existing.id)
        elif len(left) > 1:
            row.problems.append(
                f"rij {row.number}: er zijn {len(left)} bijeenkomsten op {format_date(row.data['date'])} die hierbij "
                "passen. Geef in de kolommen Soort, Bij activiteit en Titel aan welke bedoeld is.")


def _plan_row(row: _Row, attendance: Mapping[int, Mapping[int, Any]]) -> _Planned:
    item = _Planned(PreviewRow(row.number, RowAction.SKIP, row.name, (), tuple(row.problems)))
    if row.problems:
        return item
    existing = row.existing
    full = {**(current_fields(MEETING, existing) if existing is not None else {}), **row.data}
    try:
        probe = clean(MEETING, _probe(full))
    except ValidationError as error:
        item.row = PreviewRow(row.number, RowAction.SKIP, row.name, (), tuple(_row_problems(row.number, error)))
        return item

    def final() -> Mapping[str, Any]:
        return clean(MEETING, _resolved(full))

    notes: list[str] = []
    holder: list[Any] = []
    if existing is None:
        item.writes.append(_write_new(MEETING, final, holder))
        meeting_id = later(holder)
        counts = {status: sum(1 for _, chosen in row.attendance.values() if chosen is status) for status in AttendanceStatus}
        if row.attendance:
            notes.append("Aanwezigheid: " + ", ".join(f"{count} {status.label.lower()}"
                                                      for status, count in counts.items() if count))
        stored: Mapping[int, Any] = {}
    else:
        differences = _differences(MEETING, current_fields(MEETING, existing), probe)
        if differences or _pending(full):
            notes.extend(differences)
            item.writes.append(_write_change_later(MEETING, existing.id, final))
        meeting_id = known(existing.id)
        stored = attendance.get(existing.id, {})
    for municipality_id, (municipality, status) in row.attendance.items():
        before = stored.get(municipality_id)
        if before is None:
            if existing is not None:
                notes.append(f"Aanwezigheid {municipality.name}: {status.label}")

            def values(municipality_id: int = municipality_id, status: AttendanceStatus = status) -> Mapping[str, Any]:
                return clean(MEETING_ATTENDANCE, {"meeting_id": meeting_id(), "municipality_id": municipality_id,
                                                  "status": status, "represented_by": None})

            item.writes.append(_write_new(MEETING_ATTENDANCE, values))
        elif before.status != status:
            notes.append(f"Aanwezigheid {municipality.name}: '{before.status.label}' wordt '{status.label}'")
            item.writes.append(_write_change(MEETING_ATTENDANCE, before.id,
                                             {**current_fields(MEETING_ATTENDANCE, before), "status": status}))
    if existing is not None and item.writes and not any(write.phase == PHASES["meeting"] for write in item.writes):
        item.writes.append(_touch_meeting(existing.id))
    action = RowAction.ADD if existing is None else RowAction.CHANGE if item.writes else RowAction.SKIP
    item.row = PreviewRow(row.number, action, row.name, tuple(notes), ())
    return item


def _touch_meeting(meeting_id: int) -> Write:
    """The attendance belongs to the meeting: changing it moves the meeting's version, as `Meetings.record_attendance`
    does, so an attendance form still open on the old version (here or on another PC) is refused, not obeyed."""
    def write(session: Session) -> Report:
        row = session.get(MeetingRow, meeting_id)
        assert row is not None
        row.updated_at = datetime.now(UTC)
        return lambda: []

    return Write(PHASES["meeting_attendance"], write)
