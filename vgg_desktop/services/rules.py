"""Rules between records, checked inside the transaction that saves.

`RULES` lists every rule per kind of record. The record services read it directly, so every way of
saving (a service built by the catalog or on its own, seeding, imports, undo) checks the same rules;
there is nothing to register. A rule written below but missing from `RULES` fails a test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vgg_desktop.db.models import (
    ROW_TYPES,
    AssociationRow,
    BoardSeatRow,
    MeetingAttendanceRow,
    MeetingRow,
    MunicipalityRow,
    PersonRow,
    SeatTermRow,
)
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.entities import full_name
from vgg_desktop.domain.errors import RuleViolation, ValidationError

# A rule that needs the database: (session, clean values, id of the record being changed or None).
Rule = Callable[[Session, Mapping[str, Any], int | None], None]


def one_association(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    if record_id is None and session.scalar(select(func.count()).select_from(AssociationRow)):
        raise RuleViolation("Er is al een vereniging vastgelegd; een database hoort bij één vereniging. Wijzig de bestaande.")


def unique_municipality(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    require_unique(session, "municipality", "name", values["name"], record_id,
                   f"Naam: er is al een gemeente '{values['name']}'. Kies een andere naam.")


def unique_partner(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    require_unique(session, "partner", "name", values["name"], record_id,
                   f"Naam: er is al een partnerorganisatie '{values['name']}'. Kies een andere naam.")


def unique_year(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    require_unique(session, "year_plan", "year", values["year"], record_id,
                   f"Jaar: er is al een jaarplan voor {values['year']}. Kies een ander jaar.")


def unique_project(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    require_unique(session, "project", "name", values["name"], record_id,
                   f"Naam: er is al een project '{values['name']}'. Kies een andere naam.")


def one_seat_per_municipality(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    municipality_id = values["municipality_id"]
    if municipality_id is None:
        return
    name = session.scalar(select(MunicipalityRow.name).where(MunicipalityRow.id == municipality_id)) or "deze gemeente"
    require_unique(session, "board_seat", "municipality_id", municipality_id, record_id,
                   f"Namens gemeente: {name} heeft al een zetel in het Dagelijks Bestuur. Kies een andere gemeente.")


def one_holder_at_a_time(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    """Two terms of one seat may not overlap; an open start or end reaches as far as it can."""
    statement = select(SeatTermRow).where(SeatTermRow.seat_id == values["seat_id"])
    if record_id is not None:
        statement = statement.where(SeatTermRow.id != record_id)
    start, end = values["start_date"], values["end_date"]
    for other in session.scalars(statement):
        starts_before_other_ends = start is None or other.end_date is None or start <= other.end_date
        other_starts_before_end = end is None or other.start_date is None or other.start_date <= end
        if starts_before_other_ends and other_starts_before_end:
            person = session.get(PersonRow, other.person_id)
            holder = full_name(person.salutation, person.initials, person.first_name, person.last_name) if person else "iemand"
            period = f"{format_date(other.start_date) or 'onbekend'} tot {format_date(other.end_date) or 'heden'}"
            raise ValidationError.single(
                "start_date",
                f"Vanaf: deze zetel is in die periode al bezet door {holder} ({period}). "
                "Een zetel heeft één bezetter tegelijk: beëindig eerst die termijn of kies andere data.",
            )


def seat_exists_for_term(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    if session.get(BoardSeatRow, values["seat_id"]) is None:
        raise ValidationError.single("seat_id", "Zetel: deze zetel bestaat niet meer. Vernieuw het overzicht (F5).")


def one_attendance_per_municipality(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    """Checked here for a clear message; the unique constraint holds it when two PCs save at once."""
    statement = select(MeetingAttendanceRow.id).where(
        MeetingAttendanceRow.meeting_id == values["meeting_id"],
        MeetingAttendanceRow.municipality_id == values["municipality_id"],
    )
    if record_id is not None:
        statement = statement.where(MeetingAttendanceRow.id != record_id)
    if session.scalar(statement.limit(1)) is not None:
        name = session.scalar(select(MunicipalityRow.name).where(MunicipalityRow.id == values["municipality_id"])) or "Deze gemeente"
        raise ValidationError.single(
            "municipality_id",
            f"Gemeente: voor {name} is bij deze bijeenkomst al vastgelegd of zij er was. Wijzig die regel in plaats van een tweede te maken.",
        )


def attendance_of_a_member(session: Session, values: Mapping[str, Any], record_id: int | None) -> None:
    meeting = session.get(MeetingRow, values["meeting_id"])
    municipality = session.get(MunicipalityRow, values["municipality_id"])
    if meeting is None or municipality is None:
        return  # reported by the reference check with the field's own message
    since, until = municipality.member_since, municipality.member_until
    if (since is not None and meeting.date < since) or (until is not None and meeting.date > until):
        raise ValidationError.single(
            "municipality_id",
            f"Gemeente: {municipality.name} was op {format_date(meeting.date)} geen lid van de vereniging. "
            "Kies een gemeente die toen lid was.",
        )


def require_unique(session: Session, entity: str, field: str, value: Any, record_id: int | None, message: str) -> None:
    if value is None:
        return
    row_type = ROW_TYPES[entity]
    statement = select(row_type.id).where(getattr(row_type, field) == value)
    if record_id is not None:
        statement = statement.where(row_type.id != record_id)
    if session.scalar(statement.limit(1)) is not None:
        raise ValidationError.single(field, message)


RULES: dict[str, tuple[Rule, ...]] = {
    "association": (one_association,),
    "municipality": (unique_municipality,),
    "partner": (unique_partner,),
    "year_plan": (unique_year,),
    "project": (unique_project,),
    "board_seat": (one_seat_per_municipality,),
    "seat_term": (one_holder_at_a_time, seat_exists_for_term),
    "meeting_attendance": (one_attendance_per_municipality, attendance_of_a_member),
}
