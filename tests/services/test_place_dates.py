"""The dates of a VNG committee membership and a consultation chair belong to the person holding the place."""

from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.startup import OpenedDatabase


def test_dates_without_a_member_are_refused_in_dutch_and_change_nothing(opened: OpenedDatabase) -> None:
    services = opened.services
    committee = services.vng_committees.list()[0]
    with pytest.raises(ValidationError) as refused:
        services.vng_committees.update(committee.id, committee.version, {"member_since": date(2022, 6, 15)})
    assert refused.value.errors["member_since"] == (
        "Lid sinds: hoort bij het commissielid; kies eerst wie de plaats bezet, of maak de datum leeg.")
    assert services.vng_committees.get(committee.id) == committee


def test_a_last_day_before_the_first_is_refused(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"last_name": "Voorzitter"})
    consultation = services.consultations.list()[0]
    with pytest.raises(ValidationError) as refused:
        services.consultations.update(consultation.id, consultation.version, {
            "chair_status": PlaceStatus.FILLED, "chair_id": person.id, "chair_since": date(2022, 6, 1),
            "chair_until": date(2022, 5, 1)})
    assert "Voorzitter tot en met: 01-05-2022 ligt vóór 'Voorzitter sinds' (01-06-2022)" in refused.value.errors["chair_until"]


def test_deleting_the_member_takes_the_dates_along_and_undo_brings_them_back(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"last_name": "Lid"})
    committee = services.vng_committees.list()[0]
    held = services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_since": date(2022, 6, 15),
        "member_until": date(2026, 3, 18)})
    restoration = services.delete_person(person.id, person.version, vacate_places=True)
    vacated = services.vng_committees.get(committee.id)
    assert (vacated.member_status, vacated.member_id, vacated.member_since, vacated.member_until) == (
        PlaceStatus.VACANT, None, None, None)
    services.restore(restoration)
    back = services.vng_committees.get(committee.id)
    assert (back.member_id, back.member_since, back.member_until) == (held.member_id, held.member_since, held.member_until)


def test_an_election_ends_the_dates_with_the_place_and_undo_restores_them(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"last_name": "Wethouder", "function": "wethouder"})
    consultation = next(item for item in services.consultations.list() if item.name == "Vrijtijdseconomie")
    services.consultations.update(consultation.id, consultation.version, {
        "chair_status": PlaceStatus.FILLED, "chair_id": person.id, "chair_since": date(2021, 1, 1)})
    recorded = services.elections.record(date(2022, 3, 30), today=date(2022, 4, 1))
    vacated = services.consultations.get(consultation.id)
    assert (vacated.chair_id, vacated.chair_since) == (None, None)
    services.elections.undo(recorded)
    assert services.consultations.get(consultation.id).chair_since == date(2021, 1, 1)
