"""Filling a seat: a term, if need be with a new person, and the seat's municipality, as one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vgg_desktop.domain.enums import SeatKind
from vgg_desktop.domain.errors import ConflictError, RuleViolation, ValidationError
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.seats import takes_municipality
from vgg_desktop.startup import OpenedDatabase


@pytest.fixture
def services(opened: OpenedDatabase) -> Services:
    return opened.services


def vacant_municipal_seat(services: Services) -> Any:
    return next(seat for seat in services.board_seats.list()
                if seat.kind is SeatKind.MUNICIPALITY and not services.seat_terms.list(seat_id=seat.id))


def municipality(services: Services, name: str) -> Any:
    return next(item for item in services.municipalities.list() if item.name == name)


def everything(services: Services) -> tuple[tuple[Any, ...], ...]:
    """What is stored, leaving out the versions (an undo is a change of its own)."""
    return tuple(tuple(replace(record, version=0) for record in records)
                 for records in (services.persons.list(), services.seat_terms.list(), services.board_seats.list()))


NEW_PERSON = {"salutation": "Mw.", "initials": "E.", "last_name": "Bakker"}


def test_a_new_person_and_the_term_are_stored_together_and_the_seat_takes_the_municipality(services: Services) -> None:
    seat = vacant_municipal_seat(services)
    eemsdelta = municipality(services, "Eemsdelta")
    filled = services.seat_filling.fill({"seat_id": seat.id, "start_date": "01-05-2022"},
                                        {**NEW_PERSON, "municipality_id": eemsdelta.id})
    assert filled.person_created and filled.municipality_taken
    person = services.persons.get(filled.person.id)
    assert (person.display_name, person.municipality_id) == ("Mw. E. Bakker", eemsdelta.id)
    term = services.seat_terms.get(filled.term.id)
    assert (term.seat_id, term.person_id, term.start_date, term.end_date) == (seat.id, person.id, date(2022, 5, 1), None)
    assert services.board_seats.get(seat.id).municipality_id == eemsdelta.id
    assert filled.seat.version == services.board_seats.get(seat.id).version


def test_undo_takes_back_the_term_the_person_and_the_municipality_and_restore_redoes_it(services: Services) -> None:
    before = everything(services)
    seat = vacant_municipal_seat(services)
    filled = services.seat_filling.fill({"seat_id": seat.id},
                                        {**NEW_PERSON, "municipality_id": municipality(services, "Oldambt").id})
    after = everything(services)
    restoration = services.seat_filling.undo(filled)
    assert everything(services) == before
    services.restore(restoration)
    again = everything(services)
    assert [p.display_name for p in again[0]] == [p.display_name for p in after[0]]
    assert services.board_seats.get(seat.id).municipality_id == municipality(services, "Oldambt").id
    assert services.seat_terms.list(seat_id=seat.id)[0].person_id == filled.person.id


def test_an_existing_person_fills_the_seat_and_lends_it_their_municipality(services: Services) -> None:
    seat = vacant_municipal_seat(services)
    groningen = municipality(services, "Groningen")
    person = services.persons.create({"last_name": "Jansen", "municipality_id": groningen.id})
    filled = services.seat_filling.fill({"seat_id": seat.id, "person_id": person.id})
    assert not filled.person_created and filled.municipality_taken
    assert services.board_seats.get(seat.id).municipality_id == groningen.id
    assert services.persons.count() == 6
    services.seat_filling.undo(filled)
    assert services.persons.get(person.id) == person, "a person who existed before stays"
    assert services.board_seats.get(seat.id).municipality_id is None


def test_a_municipality_that_already_has_a_seat_is_not_taken_twice(services: Services) -> None:
    groningen = municipality(services, "Groningen")
    first = vacant_municipal_seat(services)
    services.seat_filling.fill({"seat_id": first.id}, {"last_name": "Een", "municipality_id": groningen.id})
    second = vacant_municipal_seat(services)
    filled = services.seat_filling.fill({"seat_id": second.id}, {"last_name": "Twee", "municipality_id": groningen.id})
    assert not filled.municipality_taken
    assert services.board_seats.get(second.id).municipality_id is None


def test_a_seat_that_is_not_municipal_or_already_has_one_keeps_its_own() -> None:
    from vgg_desktop.domain.entities import BoardSeat
    from vgg_desktop.domain.enums import SeatRole

    def seat(seat_id: int, kind: SeatKind, municipality_id: int | None) -> BoardSeat:
        return BoardSeat(seat_id, 1, kind, SeatRole.MEMBER, municipality_id, None, seat_id, None)

    assert takes_municipality(seat(1, SeatKind.MUNICIPALITY, None), 7, [])
    assert not takes_municipality(seat(1, SeatKind.MUNICIPALITY, None), None, [])
    assert not takes_municipality(seat(1, SeatKind.MUNICIPALITY, 3), 7, [])
    assert not takes_municipality(seat(1, SeatKind.KLANKBORDGROEP, None), 7, [])
    assert not takes_municipality(seat(1, SeatKind.MUNICIPALITY, None), 7, [seat(2, SeatKind.MUNICIPALITY, 7)])


def test_every_bad_field_of_person_and_term_is_named_and_nothing_is_stored(services: Services) -> None:
    before = everything(services)
    seat = vacant_municipal_seat(services)
    with pytest.raises(ValidationError) as refused:
        services.seat_filling.fill({"seat_id": seat.id, "start_date": "31-02-2022"}, {"first_name": "Eva", "initials": "x" * 30})
    assert set(refused.value.errors) == {"person.last_name", "person.initials", "start_date"}
    assert refused.value.errors["person.last_name"] == "Achternaam: vul dit veld in."
    assert everything(services) == before


def test_an_overlapping_term_stores_no_person_either(services: Services) -> None:
    held = next(seat for seat in services.board_seats.list() if services.seat_terms.list(seat_id=seat.id))
    before = everything(services)
    with pytest.raises(ValidationError) as refused:
        services.seat_filling.fill({"seat_id": held.id}, {"last_name": "Bakker"})
    assert "al bezet door" in refused.value.errors["start_date"]
    assert everything(services) == before


def test_without_a_person_the_term_is_refused(services: Services) -> None:
    seat = vacant_municipal_seat(services)
    with pytest.raises(ValidationError) as refused:
        services.seat_filling.fill({"seat_id": seat.id})
    assert refused.value.errors == {"person_id": "Bestuurder: vul dit veld in."}


def test_undo_is_refused_when_the_term_changed_meanwhile(services: Services) -> None:
    seat = vacant_municipal_seat(services)
    filled = services.seat_filling.fill({"seat_id": seat.id}, {"last_name": "Bakker"})
    services.seat_terms.update(filled.term.id, filled.term.version, {"start_date": date(2022, 4, 1)})
    with pytest.raises(ConflictError):
        services.seat_filling.undo(filled)
    assert services.persons.get(filled.person.id).last_name == "Bakker"


def test_undo_is_refused_while_the_new_person_holds_another_place(services: Services) -> None:
    seat = vacant_municipal_seat(services)
    filled = services.seat_filling.fill({"seat_id": seat.id}, {"last_name": "Bakker"})
    portfolio = services.portfolios.list()[0]
    services.portfolios.update(portfolio.id, portfolio.version, {"holder_id": filled.person.id})
    with pytest.raises(RuleViolation):
        services.seat_filling.undo(filled)
    assert services.seat_terms.get(filled.term.id).person_id == filled.person.id, "nothing taken back halfway"
