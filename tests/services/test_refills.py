"""Following an election up: which places of its round are filled again, since when and how that is known."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete

from tests.scenarios.spring_2022 import APRIL, INSTALLED, JUNE, MEETING, play, recorded_on
from vgg_desktop.db.models import HistoryChangeRow
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.refills import DateSource, ElectionRefills, PlaceRefill, RefillState
from vgg_desktop.services.vacancies import PlaceKind
from vgg_desktop.startup import OpenedDatabase


def _latest(services: Services, on: date) -> ElectionRefills:
    refills = services.refills.latest(on)
    assert refills is not None, "an election was recorded before"
    return refills


def test_no_follow_up_before_any_election(opened: OpenedDatabase) -> None:
    assert opened.services.refills.latest(MEETING) is None
    opened.services.elections.record(INSTALLED, today=date(2022, 4, 1))
    assert opened.services.refills.latest(date(2022, 3, 29)) is None, "looked at before the election, there is none"


def test_the_round_holds_the_places_opened_and_those_already_open(opened: OpenedDatabase) -> None:
    services = opened.services
    open_before = services.overviews.vacancies(INSTALLED)
    services.elections.record(INSTALLED, today=date(2022, 4, 1))
    refills = services.refills.latest(INSTALLED)
    assert refills is not None and refills.filled == 0
    opened_by_it = [item for item in refills.places if item.held_before]
    assert sorted(item.held_before or "" for item in opened_by_it) == sorted(
        ["Ard van der Tuuk", "Ard van der Tuuk", "Ard van der Tuuk", "Annalies Usmany", "Annalies Usmany", "Annalies Usmany",
         "Dhr. J. Kuin"])
    assert len(refills.places) == 40
    # Every place open before is in the round (the Vacatures list nests some; the round names each record).
    round_places = {(item.kind, item.record_id) for item in refills.places}
    assert {(item.kind, item.record_id) for item in open_before} <= round_places
    assert services.elections.list()[0].opened == 7, "the election itself opened seven"
    assert refills.summary == "Na de gemeenteraadsverkiezingen van 30-03-2022: 0 van 40 plaatsen weer ingevuld op 30-03-2022"


def test_refilled_places_with_the_date_their_record_gives(opened: OpenedDatabase) -> None:
    services = opened.services
    play(services)
    refills = services.refills.latest(MEETING)
    assert refills is not None
    seat = next(item for item in refills.places if item.kind is PlaceKind.BOARD_SEAT and item.is_filled)
    assert (seat.filled_on, seat.source, seat.status_text) == (APRIL, DateSource.START_DATE, "Ingevuld op 20-04-2022")
    committee = next(item for item in refills.places if item.kind is PlaceKind.VNG_COMMITTEE and item.is_filled)
    assert (committee.filled_on, committee.source) == (JUNE, DateSource.RECORDED)
    assert committee.status_text == "Ingevuld, vastgelegd op 15-06-2022" and refills.uses_recording_dates
    assert [count.text for count in refills.counts()] == ["3 van 11 weer ingevuld", "0 van 9 weer ingevuld",
                                                          "2 van 11 weer ingevuld", "0 van 9 weer ingevuld"]


def test_a_term_without_a_start_date_is_dated_by_its_recording(opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(INSTALLED, today=date(2022, 4, 1))
    with_terms = {term.seat_id for term in services.seat_terms.list()}
    seat = next(item.seat for item in services.overviews.board(MEETING) if item.is_vacant and item.seat.id not in with_terms)
    with recorded_on(APRIL):
        services.seat_filling.fill({"seat_id": seat.id}, {"last_name": "Zonderdatum"})
    place = next(item for item in _latest(services, MEETING).places
                 if item.kind is PlaceKind.BOARD_SEAT and item.record_id == seat.id)
    assert (place.state, place.filled_on, place.source, place.holder) == (RefillState.FILLED, APRIL, DateSource.RECORDED,
                                                                          "Zonderdatum")


def test_where_the_history_no_longer_tells_the_date_is_unknown(opened: OpenedDatabase) -> None:
    services = opened.services
    play(services)
    with opened.database.writing() as session:  # the history was pruned: kept for a limited time
        session.execute(delete(HistoryChangeRow))
    committee = next(item for item in _latest(services, MEETING).places
                     if item.kind is PlaceKind.VNG_COMMITTEE and item.is_filled)
    assert (committee.filled_on, committee.source, committee.status_text) == (None, DateSource.UNKNOWN,
                                                                              "Ingevuld, datum onbekend")


def test_a_refill_undone_is_open_again_and_refilled_later_has_the_later_date(opened: OpenedDatabase) -> None:
    services = opened.services
    play(services)
    committee = next(item for item in services.vng_committees.list() if item.name == "Gemeentefinanciën")
    emptied = services.vng_committees.update(committee.id, committee.version,
                                             {"member_status": PlaceStatus.VACANT, "member_id": None})
    place = next(item for item in _latest(services, MEETING).places
                 if item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id)
    assert place.state is RefillState.OPEN and place.filled_on is None
    later = date(2022, 7, 1)
    with recorded_on(later):
        services.vng_committees.update(emptied.id, emptied.version,
                                       {"member_status": PlaceStatus.FILLED, "member_id": committee.member_id})
    place = next(item for item in _latest(services, MEETING).places
                 if item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id)
    assert (place.state, place.filled_on) == (RefillState.FILLED, later)


def test_a_place_set_to_not_applicable_has_lapsed(opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(INSTALLED, today=date(2022, 4, 1))
    committee = next(item for item in services.vng_committees.list() if item.name == "Europa en Internationaal")
    services.vng_committees.update(committee.id, committee.version, {"member_status": PlaceStatus.NOT_APPLICABLE})
    place = next(item for item in _latest(services, MEETING).places
                 if item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id)
    assert place.state is RefillState.LAPSED and not place.is_filled


def test_undo_and_redo_of_the_election_keep_its_round(opened: OpenedDatabase) -> None:
    services = opened.services
    recorded = services.elections.record(INSTALLED, today=date(2022, 4, 1))
    before = services.refills.latest(MEETING)
    undone = services.elections.undo(recorded)
    assert services.refills.latest(MEETING) is None
    services.elections.redo(undone)
    again = services.refills.latest(MEETING)
    assert again is not None and before is not None
    assert [(item.kind, item.record_id, item.held_before) for item in again.places] == \
           [(item.kind, item.record_id, item.held_before) for item in before.places]


def test_a_redivision_election_follows_only_the_places_it_opened(opened: OpenedDatabase) -> None:
    services = opened.services
    municipality = services.municipalities.list()[0]
    seat = next(item.seat for item in services.overviews.board(INSTALLED) if item.term and item.seat.kind.value == "municipality")
    stored = services.board_seats.get(seat.id)
    services.board_seats.update(stored.id, stored.version, {"municipality_id": municipality.id})
    services.elections.record(INSTALLED, [municipality.name], today=date(2022, 4, 1))
    refills = services.refills.latest(MEETING)
    assert refills is not None and all(item.held_before for item in refills.places)
    assert [item.kind for item in refills.places] == [PlaceKind.BOARD_SEAT]


def test_a_membership_with_its_own_start_date_is_dated_by_it_and_judged_by_its_dates(opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(INSTALLED, today=date(2022, 4, 1))
    person = services.persons.create({"initials": "D.", "last_name": "Datum"})
    committee = next(item for item in services.vng_committees.list() if item.name == "Zorg, Jeugd, Onderwijs")
    services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_since": JUNE})

    def place_on(day: date) -> PlaceRefill:
        refills = services.refills.latest(day)
        assert refills is not None
        return next(item for item in refills.places if item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id)

    assert place_on(MEETING) == place_on(MEETING)
    filled = place_on(MEETING)
    assert (filled.state, filled.filled_on, filled.source) == (RefillState.FILLED, JUNE, DateSource.START_DATE)
    before = place_on(APRIL)
    assert before.state is RefillState.OPEN
    # The Vacatures list judges it the same way: open in April, filled in July.
    assert any(item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id for item in services.overviews.vacancies(APRIL))
    assert not any(item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id
                   for item in services.overviews.vacancies(MEETING))
