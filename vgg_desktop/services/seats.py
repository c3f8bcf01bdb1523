"""Filling a seat of the Dagelijks Bestuur: a new term, if need be for a new person, as one change.

A vacancy is usually filled by someone who is not in the database yet (a new alderman after the
elections), so the person can be created in the same transaction as the term: either both are stored
or neither. A municipal seat that does not yet say on whose behalf it is takes the municipality of the
person who fills it, unless that municipality already has its own seat (one seat per municipality).

`undo` takes it all back (the term, the person made for it, the seat's municipality) and hands back a
`Restoration`, so that a redo is the ordinary `restore`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import to_value, write_fields
from vgg_desktop.db.models import BoardSeatRow, PersonRow, SeatTermRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e
from vgg_desktop.domain.enums import SeatKind
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.schema import BOARD_SEAT, PERSON, SEAT_TERM, clean
from vgg_desktop.services.history import added, changed, record_change, removals
from vgg_desktop.services.records import (
    Restoration,
    RestoredRecord,
    changed_since,
    check_rules,
    delete_row,
    load_for_change,
    save_checked,
    snapshot_of,
)

# Errors about the new person's fields are keyed "person.<field>", apart from the term's own fields.
PERSON_FIELD = "person."


@dataclass(frozen=True)
class SeatFilled:
    term: e.SeatTerm
    person: e.Person
    seat: e.BoardSeat
    person_created: bool
    municipality_taken: bool  # the seat took the person's municipality


def takes_municipality(seat: e.BoardSeat, municipality_id: int | None, seats: Iterable[e.BoardSeat]) -> bool:
    """Whether filling `seat` with a person of `municipality_id` makes it the seat of that municipality.

    Only a municipal seat without a municipality does, and only when no other seat has that municipality.
    """
    if municipality_id is None or seat.kind is not SeatKind.MUNICIPALITY or seat.municipality_id is not None:
        return False
    return all(other.municipality_id != municipality_id for other in seats if other.id != seat.id)


def _take_municipality(session: Session, seat_row: BoardSeatRow, municipality_id: int | None) -> bool:
    """Gives the seat the municipality, unless another PC gave that municipality a seat of its own just now."""
    try:
        with session.begin_nested():
            seat_row.municipality_id = municipality_id
            session.flush()
    except IntegrityError:
        # One seat per municipality (a unique constraint): the seat stays as it was, as it would have
        # if the other seat had been saved before this one looked.
        return False
    return True


class SeatFilling:
    def __init__(self, database: Database) -> None:
        self._database = database

    def fill(self, term: Mapping[str, Any], new_person: Mapping[str, Any] | None = None) -> SeatFilled:
        """Stores the term (with `term['person_id']`, or for `new_person`, created here) in one transaction.

        Every field of both is checked before anything is written, so that the form can mark all of them.
        """
        errors: dict[str, str] = {}
        person_values: dict[str, Any] = {}
        if new_person is not None:
            try:
                person_values = clean(PERSON, new_person)
            except ValidationError as error:
                errors.update({PERSON_FIELD + name: message for name, message in error.errors.items()})
        # The new person has no id yet: a valid-looking one stands in while the term's own fields are checked
        # (clean checks the shape of a reference, not that it exists); the real id replaces it below.
        term_data = {**term, "person_id": 1} if new_person is not None else dict(term)
        try:
            term_values = clean(SEAT_TERM, term_data)
        except ValidationError as error:
            errors.update(error.errors)
            term_values = {}
        if errors:
            raise ValidationError(errors)

        with self._database.writing() as session:
            # NO KEY UPDATE: two fills of this seat wait for each other, while a term added elsewhere for it
            # (whose foreign key takes KEY SHARE on the seat) does not, so the two never deadlock.
            seat_row = session.get(BoardSeatRow, term_values["seat_id"], with_for_update={"key_share": True})
            if new_person is not None:
                check_rules(session, "person", person_values, None)
                person_row = PersonRow()
                write_fields(session, PERSON, person_row, person_values)
                session.add(person_row)
                session.flush()
                term_values["person_id"] = person_row.id
            else:
                chosen = session.get(PersonRow, term_values["person_id"])
                if chosen is None:
                    raise ValidationError.single(
                        "person_id", "Bestuurder: deze persoon bestaat niet meer. Kies een ander of vernieuw het overzicht (F5).")
                person_row = chosen
            term_row = SeatTermRow()
            # The database holds "one holder at a time" too: a term saved meanwhile on another PC is refused
            # with the rule's own message.
            save_checked(session, SEAT_TERM, term_row, term_values, None)
            assert seat_row is not None  # the rules refuse a seat that is gone
            seat = before = to_value(BOARD_SEAT, seat_row)
            others = (to_value(BOARD_SEAT, row) for row in session.scalars(
                select(BoardSeatRow).where(BoardSeatRow.municipality_id == person_row.municipality_id)))
            taken = takes_municipality(seat, person_row.municipality_id, others)
            if taken:
                taken = _take_municipality(session, seat_row, person_row.municipality_id)
            session.flush()
            filled = SeatFilled(to_value(SEAT_TERM, term_row), to_value(PERSON, person_row), to_value(BOARD_SEAT, seat_row),
                                new_person is not None, taken)
            record_change(session, ChangeKind.ELECTION, [
                *([added(PERSON, filled.person)] if filled.person_created else []),
                added(SEAT_TERM, filled.term),
                *([changed(BOARD_SEAT, before, filled.seat)] if taken else []),
            ])
            return filled

    def undo(self, filled: SeatFilled) -> Restoration:
        """Takes back what `fill` stored, provided none of it changed since (`filled` holds the latest versions)."""
        with self._database.writing() as session:
            term_row = load_for_change(session, SEAT_TERM, filled.term.id, filled.term.version)
            records = list(delete_row(session, SEAT_TERM, term_row).records)
            if filled.person_created:
                person_row = load_for_change(session, PERSON, filled.person.id, filled.person.version)
                # The person comes back before the term that points at them.
                records[:0] = delete_row(session, PERSON, person_row).records
            reverted: list[RestoredRecord] = []
            if filled.municipality_taken:
                seat_row = load_for_change(session, BOARD_SEAT, filled.seat.id, filled.seat.version)
                assert isinstance(seat_row, BoardSeatRow)
                before = snapshot_of(BOARD_SEAT, seat_row)
                old_seat = to_value(BOARD_SEAT, seat_row)
                seat_row.municipality_id = None
                session.flush()
                reverted.append(changed_since(before, seat_row))
                seat_change = [changed(BOARD_SEAT, old_seat, to_value(BOARD_SEAT, seat_row))]
            else:
                seat_change = []
            restoration = Restoration("zetel invullen", tuple(records), tuple(reverted))
            record_change(session, ChangeKind.UNDO, [*removals(restoration), *seat_change])
            return restoration
