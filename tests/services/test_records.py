"""Create, update and delete through the services: rules enforced, Dutch messages, nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vgg_desktop.domain.entities import Person
from vgg_desktop.domain.enums import PlaceStatus, SeatKind, SeatRole
from vgg_desktop.domain.errors import ConflictError, NotFoundError, RuleViolation, ValidationError
from vgg_desktop.startup import OpenedDatabase


def _unversioned(value: Any) -> Any:
    return replace(value, version=0)


def _person(opened: OpenedDatabase, last_name: str = "Bakker") -> Person:
    return opened.services.persons.create({"salutation": "Mw.", "initials": "J.", "last_name": last_name})


def test_create_update_delete_and_restore_a_person(opened: OpenedDatabase) -> None:
    persons = opened.services.persons
    person = _person(opened)
    assert (person.version, person.display_name) == (1, "Mw. J. Bakker")
    changed = persons.update(person.id, person.version, {"first_name": "Jannie", "function": "wethouder"})
    assert (changed.version, changed.display_name, changed.initials) == (2, "Jannie Bakker", "J.")
    restoration = persons.delete(changed.id, changed.version)
    with pytest.raises(NotFoundError):
        persons.get(person.id)
    opened.services.restore(restoration)
    assert persons.get(person.id).first_name == "Jannie"


def test_required_field_names_the_field_in_dutch(opened: OpenedDatabase) -> None:
    before = opened.services.persons.count()
    with pytest.raises(ValidationError) as raised:
        opened.services.persons.create({"first_name": "Piet", "last_name": "   "})
    assert raised.value.errors == {"last_name": "Achternaam: vul dit veld in."}
    assert opened.services.persons.count() == before


def test_end_date_before_start_is_refused(opened: OpenedDatabase) -> None:
    staff = opened.services.staff_members.create({"last_name": "Smit"})
    with pytest.raises(ValidationError) as raised:
        opened.services.employments.create({
            "staff_member_id": staff.id, "function": "secretariaat",
            "start_date": date(2022, 5, 1), "end_date": date(2022, 4, 30),
        })
    assert "Tot: 30-04-2022 ligt vóór 'Vanaf' (01-05-2022)" in raised.value.errors["end_date"]
    assert opened.services.employments.list(staff_member_id=staff.id) == ()


def test_dutch_date_words_are_understood(opened: OpenedDatabase) -> None:
    staff = opened.services.staff_members.create({"last_name": "Smit"})
    employment = opened.services.employments.create({
        "staff_member_id": staff.id, "function": "projectmedewerker", "start_date": "1 mrt. 2021", "end_date": "1 sept. 2023",
    })
    assert (employment.start_date, employment.end_date) == (date(2021, 3, 1), date(2023, 9, 1))


def test_one_holder_per_seat_at_a_time(opened: OpenedDatabase) -> None:
    seat = next(item.seat for item in opened.services.overviews.board(date(2022, 6, 14)) if item.is_vacant)
    first, second = _person(opened, "Eerste"), _person(opened, "Tweede")
    terms = opened.services.seat_terms
    terms.create({"seat_id": seat.id, "person_id": first.id, "start_date": date(2022, 4, 20), "end_date": date(2026, 3, 31)})
    with pytest.raises(ValidationError) as raised:
        terms.create({"seat_id": seat.id, "person_id": second.id, "start_date": date(2025, 1, 1)})
    assert "al bezet door Mw. J. Eerste" in raised.value.errors["start_date"]
    later = terms.create({"seat_id": seat.id, "person_id": second.id, "start_date": date(2026, 4, 1)})
    assert later.start_date == date(2026, 4, 1)
    holders = {item.seat.id: item.holder for item in opened.services.overviews.board(date(2022, 6, 14))}
    holder = holders[seat.id]
    assert holder is not None and holder.last_name == "Eerste"


def test_open_ended_term_blocks_every_later_term(opened: OpenedDatabase) -> None:
    chair_seat = next(item.seat for item in opened.services.overviews.board(date(2022, 6, 14)) if item.seat.role == SeatRole.CHAIR)
    with pytest.raises(ValidationError, match="al bezet door Ard van der Tuuk"):
        opened.services.seat_terms.create({"seat_id": chair_seat.id, "person_id": _person(opened).id, "start_date": date(2030, 1, 1)})


def test_one_seat_per_municipality(opened: OpenedDatabase) -> None:
    groningen = next(item for item in opened.services.municipalities.list() if item.name == "Groningen")
    seats = [item.seat for item in opened.services.overviews.board(date(2022, 6, 14)) if item.seat.kind == SeatKind.MUNICIPALITY]
    opened.services.board_seats.update(seats[0].id, seats[0].version, {"municipality_id": groningen.id})
    with pytest.raises(ValidationError, match="Groningen heeft al een zetel"):
        opened.services.board_seats.update(seats[1].id, seats[1].version, {"municipality_id": groningen.id})


def test_stale_version_is_refused_and_shows_what_is_stored(opened: OpenedDatabase) -> None:
    person = _person(opened)
    opened.services.persons.update(person.id, person.version, {"function": "burgemeester"})
    with pytest.raises(ConflictError) as raised:
        opened.services.persons.update(person.id, person.version, {"function": "wethouder"})
    assert raised.value.current is not None and raised.value.current.function == "burgemeester"
    assert opened.services.persons.get(person.id).function == "burgemeester"


def test_person_holding_a_seat_cannot_be_deleted_without_saying_what_happens(opened: OpenedDatabase) -> None:
    chair = next(item for item in opened.services.overviews.board(date(2022, 6, 14)) if item.seat.role == SeatRole.CHAIR)
    person = chair.holder
    assert person is not None
    with pytest.raises(RuleViolation) as raised:
        opened.services.delete_person(person.id, person.version)
    assert "zetel in het Dagelijks Bestuur" in raised.value.message
    assert "portefeuille Groninger en Algemene Zaken, Bestuur" in raised.value.message
    with pytest.raises(RuleViolation):
        opened.services.persons.delete(person.id, person.version)
    assert opened.services.persons.get(person.id) == person

    restoration = opened.services.delete_person(person.id, person.version, vacate_places=True)
    board = {item.seat.id: item for item in opened.services.overviews.board(date(2022, 6, 14))}
    assert board[chair.seat.id].is_vacant
    bestuur = next(item for item in opened.services.overviews.consultations() if item.consultation.number == 1)
    assert bestuur.consultation.chair_status == PlaceStatus.VACANT and bestuur.chair is None

    opened.services.restore(restoration)
    board = {item.seat.id: item for item in opened.services.overviews.board(date(2022, 6, 14))}
    assert _unversioned(board[chair.seat.id].holder) == _unversioned(person)
    bestuur = next(item for item in opened.services.overviews.consultations() if item.consultation.number == 1)
    assert bestuur.chair is not None and bestuur.chair.id == person.id
    assert bestuur.consultation.chair_status == PlaceStatus.FILLED


def test_deleting_a_seat_takes_its_terms_and_restore_brings_them_back(opened: OpenedDatabase) -> None:
    seat = next(item for item in opened.services.overviews.board(date(2022, 6, 14)) if item.seat.constituency == "Griffierskring")
    terms_before = opened.services.overviews.seat_terms(seat.seat.id)
    restoration = opened.services.board_seats.delete(seat.seat.id, seat.seat.version)
    assert opened.services.seat_terms.list(seat_id=seat.seat.id) == ()
    opened.services.restore(restoration)
    assert [_unversioned(term) for term in opened.services.overviews.seat_terms(seat.seat.id)] == [
        _unversioned(term) for term in terms_before
    ]


def test_referenced_record_cannot_be_deleted(opened: OpenedDatabase) -> None:
    partner = next(item for item in opened.services.partners.list() if item.name == "Werk in Zicht")
    with pytest.raises(RuleViolation, match="wordt nog gebruikt"):
        opened.services.partners.delete(partner.id, partner.version)
    assert opened.services.partners.get(partner.id) == partner


def test_filled_place_needs_a_person_and_vacant_place_none(opened: OpenedDatabase) -> None:
    committee = opened.services.vng_committees.list()[0]
    with pytest.raises(ValidationError, match="kies wie deze plaats bezet"):
        opened.services.vng_committees.update(committee.id, committee.version, {"member_status": PlaceStatus.FILLED})
    person = _person(opened)
    with pytest.raises(ValidationError, match="een plaats met een persoon is bezet"):
        opened.services.vng_committees.update(committee.id, committee.version, {"member_id": person.id})
    filled = opened.services.vng_committees.update(committee.id, committee.version, {"member_id": person.id, "member_status": "filled"})
    assert filled.member_status == PlaceStatus.FILLED


def test_reference_to_missing_record_is_a_dutch_field_error(opened: OpenedDatabase) -> None:
    with pytest.raises(ValidationError) as raised:
        opened.services.persons.create({"last_name": "Visser", "municipality_id": 99999})
    assert raised.value.errors["municipality_id"].startswith("Gemeente: de gekozen gemeente bestaat niet")


def test_unknown_field_is_refused(opened: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match="heeft geen veld 'diagnose'"):
        opened.services.absences.create({"staff_member_id": 1, "start_date": date(2022, 1, 1), "diagnose": "griep"})


def test_deleted_record_elsewhere_gives_not_found(opened: OpenedDatabase) -> None:
    person = _person(opened)
    opened.services.persons.delete(person.id, person.version)
    with pytest.raises(NotFoundError, match="bestaat niet meer"):
        opened.services.persons.update(person.id, person.version, {"function": "raadslid"})


def test_activity_results_and_partners_round_trip(opened: OpenedDatabase) -> None:
    plan = opened.services.year_plans.list()[0]
    partners = opened.services.partners.list()[:2]
    activity = opened.services.activities.create({
        "year_plan_id": plan.id, "owner_kind": "dagelijks_bestuur", "title": "Nieuwe activiteit",
        "goal": "Een doel", "results": ["  eerste\x07 ", "", "tweede"], "partner_ids": [partners[1].id, partners[0].id],
    })
    assert activity.results == ("eerste", "tweede")
    assert activity.partner_ids == tuple(sorted(item.id for item in partners))
    updated = opened.services.activities.update(activity.id, activity.version, {"first_half_status": "afgerond", "partner_ids": []})
    assert updated.partner_ids == () and updated.first_half_status.label == "Afgerond"


def test_ids_of_deleted_records_are_not_handed_out_again(opened: OpenedDatabase) -> None:
    person = _person(opened, "Weg")
    restoration = opened.services.persons.delete(person.id, person.version)
    newcomer = _person(opened, "Nieuw")
    assert newcomer.id != person.id
    opened.services.restore(restoration)
    assert opened.services.persons.get(person.id).last_name == "Weg"


def test_restored_record_continues_its_version_so_old_forms_are_refused(opened: OpenedDatabase) -> None:
    person = _person(opened)
    restoration = opened.services.persons.delete(person.id, person.version)
    opened.services.restore(restoration)
    restored = opened.services.persons.get(person.id)
    assert restored.version == person.version + 1
    with pytest.raises(ConflictError):
        opened.services.persons.update(person.id, person.version, {"function": "wethouder"})


def test_undoing_a_vacate_does_not_overwrite_a_later_change(opened: OpenedDatabase) -> None:
    chair = next(item for item in opened.services.overviews.board(date(2022, 6, 14)) if item.seat.role == SeatRole.CHAIR)
    assert chair.holder is not None
    restoration = opened.services.delete_person(chair.holder.id, chair.holder.version, vacate_places=True)
    portfolio = next(item for item in opened.services.portfolios.list() if item.name.startswith("Groninger en Algemene"))
    successor = _person(opened, "Opvolger")
    opened.services.portfolios.update(portfolio.id, portfolio.version, {"holder_id": successor.id})
    with pytest.raises(ConflictError, match="intussen gewijzigd"):
        opened.services.restore(restoration)
    assert opened.services.portfolios.get(portfolio.id).holder_id == successor.id
    with pytest.raises(NotFoundError):
        opened.services.persons.get(chair.holder.id)


def test_messages_use_the_right_article(opened: OpenedDatabase) -> None:
    plan = opened.services.year_plans.list()[0]
    with pytest.raises(RuleViolation, match="^Dit jaarplan wordt nog gebruikt"):
        opened.services.year_plans.delete(plan.id, plan.version)
    with pytest.raises(NotFoundError, match="^Deze persoon bestaat niet meer"):
        opened.services.persons.get(999_999)
