"""Recording an election on the 2022 seed: who is vacated and who is not, refusals, one change, undo and redo exactly."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from vgg_desktop.domain.elections import ElectionKind
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.domain.errors import ConflictError, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services import elections as elections_module
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.history import HistoryFilter
from vgg_desktop.startup import OpenedDatabase

ELECTION_DAY = date(2022, 3, 16)
TODAY = date(2022, 3, 20)


def places(services: Services) -> tuple[object, ...]:
    """Every place as stored, with its version: what an undo must give back exactly."""
    return (tuple(services.seat_terms.list()), tuple(services.portfolios.list()),
            tuple((item.id, item.member_status, item.member_id) for item in services.vng_committees.list()),
            tuple((item.id, item.chair_status, item.chair_id) for item in services.consultations.list()))


def fields_of(services: Services) -> tuple[object, ...]:
    """The same without versions, with the places' notes."""
    notes = [(item.id, item.notes) for item in services.portfolios.list()]
    notes += [(item.id, item.notes) for item in services.vng_committees.list()]
    notes += [(item.id, item.notes) for item in services.consultations.list()]
    return (tuple((seat.id, seat.notes) for seat in services.board_seats.list()), tuple(notes),
            tuple((t.id, t.seat_id, t.person_id, t.start_date, t.end_date) for t in services.seat_terms.list()),
            tuple((p.id, p.holder_id) for p in services.portfolios.list()), *places(services)[2:])


def test_municipal_elections_open_every_place_of_a_politician_and_leave_advisory_members(opened: OpenedDatabase) -> None:
    services = opened.services
    unchanged = places(services)
    plan = services.elections.preview(ELECTION_DAY, today=TODAY)
    assert places(services) == unchanged, "the preview changes nothing"
    assert plan.kind is ElectionKind.MUNICIPAL and len(plan.municipalities) == 10
    opened_places = [(item.entity, item.person) for item in plan.opened]
    assert opened_places == [
        ("seat_term", "Ard van der Tuuk"), ("seat_term", "Annalies Usmany"), ("seat_term", "Dhr. J. Kuin"),
        ("portfolio", "Ard van der Tuuk"), ("portfolio", "Annalies Usmany"),
        ("consultation", "Ard van der Tuuk"), ("consultation", "Annalies Usmany"),
    ]
    assert {(item.person, item.reason) for item in plan.kept} == {("Dhr. R. Koch", "adviserend lid"), ("Dhr. K. Willems", "adviserend lid")}
    assert plan.lines()[0] == "Gemeenteraadsverkiezingen van 16-03-2022"
    assert "termijn eindigt op 16-03-2022" in "\n".join(plan.lines())
    before = fields_of(services)
    recorded = services.elections.record(ELECTION_DAY, today=TODAY)
    assert recorded.plan == plan
    terms = {term.person_id: term for term in services.seat_terms.list()}
    persons = {person.last_name: person.id for person in services.persons.list()}
    for name in ("van der Tuuk", "Usmany", "Kuin"):
        assert terms[persons[name]].end_date == ELECTION_DAY
    for name in ("Koch", "Willems"):
        assert terms[persons[name]].end_date is None
    assert all(portfolio.holder_id is None for portfolio in services.portfolios.list())
    consultations = {item.name: item for item in services.consultations.list()}
    assert consultations["Bestuur"].chair_status is PlaceStatus.VACANT and consultations["Bestuur"].chair_id is None
    assert consultations["Werk en Inkomen"].chair_status is PlaceStatus.NOT_APPLICABLE
    assert fields_of(services) != before
    reason = "Vrijgekomen door de gemeenteraadsverkiezingen van 16-03-2022."
    seats = {seat.id: seat for seat in services.board_seats.list()}
    assert seats[terms[persons["Kuin"]].seat_id].notes == reason
    assert seats[terms[persons["Koch"]].seat_id].notes != reason
    assert {(portfolio.notes or "").split("\n")[0] for portfolio in services.portfolios.list() if portfolio.id in
            {item.record_id for item in plan.opened if item.entity == "portfolio"}} == {reason}
    assert consultations["Bestuur"].notes == reason
    (election,) = services.elections.list()
    assert (election.held_on, election.kind, election.opened) == (ELECTION_DAY, ElectionKind.MUNICIPAL, 7)


def test_the_election_is_one_change_of_its_own_kind(opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(ELECTION_DAY, today=TODAY)
    change = services.history.changes(HistoryFilter(limit=1))[0]
    assert change.kind is ChangeKind.ELECTION_HELD and change.kind.label == "Verkiezing vastgelegd"
    # Seven places, and the notes of the three seats whose terms ended.
    assert len(change.records) == 10 and "7 plaatsen vrijgekomen" in change.description


def test_undo_restores_every_place_exactly_and_redo_does_it_again(opened: OpenedDatabase) -> None:
    services = opened.services
    before = fields_of(services)
    recorded = services.elections.record(ELECTION_DAY, today=TODAY)
    after = fields_of(services)
    undone = services.elections.undo(recorded)
    assert fields_of(services) == before and services.elections.list() == ()
    assert services.history.changes(HistoryFilter(limit=1))[0].kind is ChangeKind.UNDO
    redone = services.elections.redo(undone)
    assert fields_of(services) == after and [item.id for item in services.elections.list()] == [recorded.election.id]
    services.elections.undo(redone)
    assert fields_of(services) == before


def test_undo_is_refused_once_a_place_was_refilled(opened: OpenedDatabase) -> None:
    services = opened.services
    recorded = services.elections.record(ELECTION_DAY, today=TODAY)
    portfolio = services.portfolios.get(recorded.plan.opened[3].record_id)
    person = services.persons.list()[0]
    services.portfolios.update(portfolio.id, portfolio.version, {"holder_id": person.id})
    refilled = fields_of(services)
    with pytest.raises(ConflictError, match="sinds de verkiezing gewijzigd"):
        services.elections.undo(recorded)
    assert fields_of(services) == refilled and len(services.elections.list()) == 1


def test_a_redivision_election_touches_only_the_municipalities_concerned(opened: OpenedDatabase) -> None:
    services = opened.services
    municipalities = {item.name: item for item in services.municipalities.list()}
    persons = {person.last_name: person for person in services.persons.list()}
    kuin = persons["Kuin"]
    services.persons.update(kuin.id, kuin.version, {"municipality_id": municipalities["Eemsdelta"].id})
    usmany = persons["Usmany"]
    services.persons.update(usmany.id, usmany.version, {"municipality_id": municipalities["Westerkwartier"].id})
    plan = services.elections.preview(ELECTION_DAY, ["eemsdelta"], today=TODAY)
    assert plan.kind is ElectionKind.REDIVISION and plan.municipalities == ("Eemsdelta",)
    assert [item.person for item in plan.opened] == ["Dhr. J. Kuin"]
    reasons = {item.person: item.reason for item in plan.kept}
    assert reasons["Annalies Usmany"] == "gemeente niet betrokken bij deze verkiezing"
    assert reasons["Ard van der Tuuk"].startswith("gemeente onbekend")
    assert reasons["Dhr. R. Koch"] == "adviserend lid"  # a secretary of Eemsdelta, yet a civil servant
    assert plan.title() == "Herindelingsverkiezing van 16-03-2022 (Eemsdelta)"


@pytest.mark.parametrize(("held_on", "names", "message"), [
    (date(2016, 3, 16), (), "ligt te ver terug"),
    (date(2023, 6, 1), (), "ligt te ver vooruit"),
    (ELECTION_DAY, ("Atlantis", "Eemsdelta"), "'Atlantis' is geen gemeente"),
])
def test_wrong_input_is_refused_in_dutch_and_changes_nothing(opened: OpenedDatabase, held_on: date, names: tuple[str, ...],
                                                             message: str) -> None:
    services = opened.services
    before = places(services)
    with pytest.raises(ValidationError, match=message):
        services.elections.preview(held_on, names, today=TODAY)
    with pytest.raises(ValidationError, match=message):
        services.elections.record(held_on, names, today=TODAY)
    assert places(services) == before and services.elections.list() == ()


def test_an_election_recorded_twice_is_refused(opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(ELECTION_DAY, today=TODAY)
    after = places(services)
    with pytest.raises(ValidationError, match="is al vastgelegd"):
        services.elections.record(ELECTION_DAY, today=TODAY)
    assert places(services) == after
    assert len(services.elections.list()) == 1


@pytest.mark.postgres
def test_on_postgresql_undo_is_exact_and_two_pcs_recording_at_once_record_it_once(
        two_pcs: tuple[OpenedDatabase, OpenedDatabase], monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = two_pcs
    before = fields_of(first.services)
    recorded = first.services.elections.record(ELECTION_DAY, today=TODAY)
    first.services.elections.undo(recorded)
    assert fields_of(second.services) == before

    both_planned = threading.Barrier(2, timeout=30)
    original = elections_module._plan

    def plan_then_wait(*arguments: Any) -> Any:
        plan = original(*arguments)
        both_planned.wait()  # both PCs found no such election before either stores it
        return plan

    monkeypatch.setattr(elections_module, "_plan", plan_then_wait)
    outcomes: list[object] = []

    def record(pc: OpenedDatabase) -> None:
        try:
            outcomes.append(pc.services.elections.record(ELECTION_DAY, today=TODAY))
        except (ValidationError, ConflictError) as error:
            outcomes.append(error)

    threads = [threading.Thread(target=record, args=(pc,)) for pc in two_pcs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    refusals = [outcome for outcome in outcomes if isinstance(outcome, ValidationError)]
    assert len(outcomes) == 2 and len(refusals) == 1 and "al vastgelegd" in refusals[0].message
    assert len(first.services.elections.list()) == 1
    assert sum(1 for term in first.services.seat_terms.list() if term.end_date == ELECTION_DAY) == 3


def test_the_history_does_not_turn_an_election_back_piecemeal(opened: OpenedDatabase) -> None:
    from vgg_desktop.domain.errors import RuleViolation

    services = opened.services
    services.elections.record(ELECTION_DAY, today=TODAY)
    after = places(services)
    change = services.history.changes(HistoryFilter(limit=1))[0]
    with pytest.raises(RuleViolation, match="Ctrl\\+Z"):
        services.history.revert(change.id)
    assert places(services) == after and len(services.elections.list()) == 1


def test_the_vacatures_list_gives_the_election_as_the_reason(opened: OpenedDatabase) -> None:
    services = opened.services
    before = {(place.kind, place.record_id) for place in services.overviews.vacancies(date(2022, 3, 17))}
    services.elections.record(ELECTION_DAY, today=TODAY)
    after = services.overviews.vacancies(date(2022, 3, 17))
    new = [place for place in after if (place.kind, place.record_id) not in before]
    # Three seats and two portfolios; the consultations they chair are part of those portfolios' places.
    assert sorted(place.kind.value for place in new) == ["board_seat", "board_seat", "board_seat", "portfolio", "portfolio"]
    assert all(place.note and place.note.startswith("Vrijgekomen door de gemeenteraadsverkiezingen van 16-03-2022.")
               for place in new)
    # On the election day itself the terms still run: the places are open from the day after.
    assert len(services.overviews.vacancies(ELECTION_DAY)) < len(after)


def test_the_preview_lists_the_places_already_open_that_the_follow_up_counts(opened: OpenedDatabase) -> None:
    services = opened.services
    plan = services.elections.preview(ELECTION_DAY, today=TODAY)
    # 8 seats, 7 portfolios, 11 VNG committees and 7 chairs were open before the election; with the 7 it opens, 40.
    kinds = [item.entity for item in plan.already_open]
    assert (kinds.count("board_seat"), kinds.count("portfolio"), kinds.count("vng_committee"),
            kinds.count("consultation")) == (8, 7, 11, 7)
    assert plan.round_size() == 40
    text = "\n".join(plan.lines())
    assert ("Al open op 16-03-2022 (33); deze worden in dezelfde ronde ingevuld en tellen mee bij 'weer ingevuld':\n"
            "  - Zetel 4 Dagelijks Bestuur, algemeen bestuurslid\n") in text
    assert "  - VNG-commissie Algemeen Bestuur\n" in text
    recorded = services.elections.record(ELECTION_DAY, today=TODAY)
    round_places = services.refills.latest(ELECTION_DAY)
    assert round_places is not None and len(round_places.places) == recorded.plan.round_size()


def test_a_member_whose_dates_ended_before_the_election_was_already_open_and_is_left_as_it_is(
        opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"last_name": "Oudlid", "function": "wethouder"})
    committee = services.vng_committees.list()[0]
    services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_until": date(2022, 3, 15)})
    plan = services.elections.preview(ELECTION_DAY, today=TODAY)
    assert committee.id not in {item.record_id for item in plan.opened if item.entity == "vng_committee"}
    assert committee.id in {item.record_id for item in plan.already_open if item.entity == "vng_committee"}
    on_the_last_day = services.elections.preview(date(2022, 3, 15), today=TODAY)
    assert committee.id in {item.record_id for item in on_the_last_day.opened if item.entity == "vng_committee"}
    assert committee.id not in {item.record_id for item in on_the_last_day.already_open}


def test_a_redivision_follows_no_places_already_open(opened: OpenedDatabase) -> None:
    plan = opened.services.elections.preview(ELECTION_DAY, ["Eemsdelta"], today=TODAY)
    assert plan.already_open == () and "Al open op" not in "\n".join(plan.lines())
