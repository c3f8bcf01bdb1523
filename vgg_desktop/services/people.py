"""Deleting a person: the places they hold must be dealt with, explicitly."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, to_value
from vgg_desktop.db.models import BoardSeatRow, ConsultationRow, PortfolioRow, Record, SeatTermRow, VngCommitteeRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.enums import PlaceStatus, SeatRole
from vgg_desktop.domain.errors import RuleViolation
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.schema import CONSULTATION, PERSON, PORTFOLIO, SEAT_TERM, SPECS_BY_NAME as SPECS, VNG_COMMITTEE
from vgg_desktop.services.history import Touched, record_change, removals
from vgg_desktop.services.records import Restoration, RestoredRecord, changed_since, delete_row, load_for_change, snapshot_of

# The dates that belong to the person holding a place, per field that names the person.
PLACE_DATES = {"member_id": ("member_since", "member_until"), "chair_id": ("chair_since", "chair_until")}


def places_held(session: Session, person_id: int, on: date | None = None) -> list[str]:
    """Dutch descriptions of every place the person holds (any term, current or not)."""
    places: list[str] = []
    for term in session.scalars(select(SeatTermRow).where(SeatTermRow.person_id == person_id)):
        seat = session.get(BoardSeatRow, term.seat_id)
        role = SeatRole(seat.role).label if seat else "zetel"
        places.append(f"zetel in het Dagelijks Bestuur ({role.lower()})")
    for portfolio in session.scalars(select(PortfolioRow).where(PortfolioRow.holder_id == person_id)):
        places.append(f"portefeuille {portfolio.name}")
    for committee in session.scalars(select(VngCommitteeRow).where(VngCommitteeRow.member_id == person_id)):
        places.append(f"VNG-commissie {committee.name}")
    for consultation in session.scalars(select(ConsultationRow).where(ConsultationRow.chair_id == person_id)):
        places.append(f"voorzitter portefeuillehouderoverleg {consultation.name}")
    return places


def delete_person(database: Database, person_id: int, version: int, *, vacate_places: bool = False,
                  kind: ChangeKind = ChangeKind.DELETE) -> Restoration:
    """Deletes a person. Seats, portfolios, committee places and chairs they hold become vacant only
    when `vacate_places` says so; otherwise the delete is refused with the list of places."""
    with database.writing() as session:
        person = load_for_change(session, PERSON, person_id, version)
        places = places_held(session, person_id)
        if places and not vacate_places:
            raise RuleViolation(
                f"{to_value(PERSON, person).display_name} bekleedt nog: " + "; ".join(places) + ". "
                "Zeg eerst wat er met deze plaatsen gebeurt: kies 'plaatsen vacant maken', of wijs ze eerst aan iemand anders toe."
            )
        removed: list[RestoredRecord] = []
        reverted: list[tuple[RestoredRecord, Record]] = []
        for term in session.scalars(select(SeatTermRow).where(SeatTermRow.person_id == person_id)).all():
            removed.append(snapshot_of(SEAT_TERM, term))
            session.delete(term)
        for spec, row_type, person_field, status_field in (
            (PORTFOLIO, PortfolioRow, "holder_id", None),
            (VNG_COMMITTEE, VngCommitteeRow, "member_id", "member_status"),
            (CONSULTATION, ConsultationRow, "chair_id", "chair_status"),
        ):
            for row in session.scalars(select(row_type).where(getattr(row_type, person_field) == person_id)).all():
                reverted.append((snapshot_of(spec, row), row))
                setattr(row, person_field, None)
                if status_field:
                    setattr(row, status_field, PlaceStatus.VACANT.value)
                # The dates of the place were the person's: they go with them (and come back with an undo).
                for dates_field in PLACE_DATES.get(person_field, ()):
                    setattr(row, dates_field, None)
        session.flush()
        restoration = delete_row(session, PERSON, person)
        # The person must come back before the terms and places that point at them.
        changes = tuple(changed_since(before, row) for before, row in reverted)
        result = Restoration("persoon verwijderen", (*restoration.records, *removed), changes)
        record_change(session, kind, [
            *removals(result),
            *(Touched(before.entity, before.id, dict(before.fields),
                      current_fields(SPECS[before.entity], to_value(SPECS[before.entity], row)), row.version)
              for before, row in reverted),
        ], "Persoon verwijderd; plaatsen vacant" if reverted or removed else "")
        return result

