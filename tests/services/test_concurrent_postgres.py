"""Two PCs on one PostgreSQL database: when both change the same record, the second save is refused
with the stored value attached, and nothing is silently overwritten."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from vgg_desktop.domain.errors import ConflictError, NotFoundError
from vgg_desktop.startup import OpenedDatabase

pytestmark = pytest.mark.postgres


def test_the_second_save_of_the_same_record_is_refused_with_what_is_stored(two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    first, second = two_pcs
    person = first.services.persons.list()[0]
    seen_by_second = second.services.persons.get(person.id)
    assert seen_by_second == person

    saved = first.services.persons.update(person.id, person.version, {"function": "Burgemeester van Eemsdelta"})
    with pytest.raises(ConflictError) as raised:
        second.services.persons.update(seen_by_second.id, seen_by_second.version, {"function": "Wethouder"})

    assert raised.value.current == saved
    assert "Iemand anders" in raised.value.message
    assert second.services.persons.get(person.id) == saved  # the first change stands, untouched


def test_a_list_of_partners_changed_on_both_pcs_is_a_conflict_too(two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    first, second = two_pcs
    activity = first.services.activities.list()[0]
    partners = [partner.id for partner in first.services.partners.list()]
    saved = first.services.activities.update(activity.id, activity.version, {"partner_ids": partners[:2]})
    with pytest.raises(ConflictError) as raised:
        second.services.activities.update(activity.id, activity.version, {"partner_ids": partners[2:4]})
    assert raised.value.current is not None and raised.value.current.partner_ids == saved.partner_ids
    assert second.services.activities.get(activity.id).partner_ids == tuple(sorted(partners[:2]))


def test_saving_a_record_deleted_on_the_other_pc_says_so(two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    first, second = two_pcs
    partner = first.services.partners.create({"name": "Tijdelijke stichting"})
    first.services.partners.delete(partner.id, partner.version)
    with pytest.raises(NotFoundError, match="andere pc"):
        second.services.partners.update(partner.id, partner.version, {"notes": "nog iets"})


def test_simultaneous_saves_let_exactly_one_through(two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    """Both PCs read version n and press Opslaan at the same moment, many times over."""
    first, second = two_pcs
    partner = first.services.partners.create({"name": "Gedeelde partner"})
    for round_number in range(15):
        current = first.services.partners.get(partner.id)
        start = threading.Barrier(2)
        outcomes: dict[str, Any] = {}

        def save(name: str, pc: OpenedDatabase, version: int = current.version, round_number: int = round_number) -> None:
            start.wait()
            try:
                outcomes[name] = pc.services.partners.update(partner.id, version, {"notes": f"{name} ronde {round_number}"})
            except ConflictError as error:
                outcomes[name] = error

        threads = [threading.Thread(target=save, args=("eerste", first)), threading.Thread(target=save, args=("tweede", second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        saved = [value for value in outcomes.values() if not isinstance(value, ConflictError)]
        refused = [value for value in outcomes.values() if isinstance(value, ConflictError)]
        assert len(saved) == 1 and len(refused) == 1, f"round {round_number}: {outcomes}"
        stored = first.services.partners.get(partner.id)
        assert stored == saved[0] and stored.version == current.version + 1
        # The refusal carries what is stored now, so the dialog can show it next to the user's input.
        assert refused[0].current == stored


def test_two_pcs_filling_the_same_seat_at_once_store_one_term_and_one_new_person(
        two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    """Both enter a new person for the same vacancy and save at the same moment: the seat gets one holder,
    and the refused PC leaves no person behind either."""
    from vgg_desktop.domain.enums import SeatKind
    from vgg_desktop.domain.errors import ValidationError

    first, second = two_pcs
    for round_number in range(5):
        seat = next(seat for seat in first.services.board_seats.list()
                    if seat.kind is SeatKind.MUNICIPALITY and not first.services.seat_terms.list(seat_id=seat.id))
        persons_before = first.services.persons.count()
        start = threading.Barrier(2)
        outcomes: dict[str, Any] = {}

        def fill(name: str, pc: OpenedDatabase, seat_id: int = seat.id, round_number: int = round_number) -> None:
            start.wait()
            try:
                outcomes[name] = pc.services.seat_filling.fill({"seat_id": seat_id}, {"last_name": f"{name} {round_number}"})
            except ValidationError as error:
                outcomes[name] = error

        threads = [threading.Thread(target=fill, args=("Eerste", first)), threading.Thread(target=fill, args=("Tweede", second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        refused = [outcome for outcome in outcomes.values() if isinstance(outcome, ValidationError)]
        assert len(outcomes) == 2 and len(refused) == 1, outcomes
        assert "al bezet door" in refused[0].errors["start_date"]
        assert len(first.services.seat_terms.list(seat_id=seat.id)) == 1
        assert first.services.persons.count() == persons_before + 1
