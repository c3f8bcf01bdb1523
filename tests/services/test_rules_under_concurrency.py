"""Two PCs save at the same moment, for every rule between records: no rule is ever broken in what is
stored, and the PC that loses gets the same Dutch message as when it saves alone.

On PostgreSQL both PCs check the rules before either writes: each waits at a barrier right after its
own check (or, for a delete, right before the delete looks for what still uses the record), so both
checks pass and only the database can stop the second write. Where a save first locks the very row
the other one changes (two edits of one consultation), no second check can start before the first
save ends, so there both wait at the barrier before saving. On SQLite a writer holds the whole
database from BEGIN IMMEDIATE; there both start their save at the barrier and the file serialises them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from vgg_desktop.domain.enums import PlaceStatus, SeatKind, SeatRole
from vgg_desktop.domain.errors import ConflictError, DomainError
from vgg_desktop.services import records
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase, open_database

ROUNDS = 20
pytestmark = pytest.mark.postgres

Save = Callable[[Services], Any]


@dataclass
class TwoPcs:
    first: OpenedDatabase
    second: OpenedDatabase
    monkeypatch: pytest.MonkeyPatch

    @property
    def postgres(self) -> bool:
        return self.first.database.dialect == "postgresql"

    @property
    def services(self) -> Services:
        return self.first.services

    def race(self, first_save: Save, second_save: Save, *, same_row: bool = False) -> tuple[Any, Any]:
        """Runs both saves at once; returns each one's result or the DomainError it raised."""
        barrier = threading.Barrier(2, timeout=30)
        meet_after_check = self.postgres and not same_row
        waiting = threading.local()
        check_rules, delete_row = records.check_rules, records.delete_row

        def meet() -> None:
            if getattr(waiting, "armed", False):
                waiting.armed = False
                barrier.wait()

        def checked_then_meet(*arguments: Any) -> None:
            check_rules(*arguments)
            meet()

        def meet_then_delete(*arguments: Any) -> Any:
            meet()
            return delete_row(*arguments)

        self.monkeypatch.setattr(records, "check_rules", checked_then_meet)
        self.monkeypatch.setattr(records, "delete_row", meet_then_delete)
        outcomes: list[Any] = [None, None]
        failures: list[BaseException] = []

        def run(index: int, pc: OpenedDatabase, save: Save) -> None:
            try:
                if meet_after_check:
                    waiting.armed = True
                else:
                    barrier.wait()
                outcomes[index] = save(pc.services)
            except DomainError as refused:
                outcomes[index] = refused
            except BaseException as error:  # reported by the test thread below
                failures.append(error)
                barrier.abort()

        threads = [threading.Thread(target=run, args=(0, self.first, first_save)),
                   threading.Thread(target=run, args=(1, self.second, second_save))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.monkeypatch.setattr(records, "check_rules", check_rules)
        self.monkeypatch.setattr(records, "delete_row", delete_row)
        if failures:
            raise failures[0]
        return outcomes[0], outcomes[1]


@pytest.fixture(params=["postgresql", "sqlite"])
def pcs(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TwoPcs]:
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
    else:
        url = f"sqlite:///{tmp_path / 'gedeeld.sqlite3'}"
    first = open_database(url)
    second = open_database(url)  # its own engine and connections, as on another PC
    try:
        yield TwoPcs(first, second, monkeypatch)
    finally:
        first.database.dispose()
        second.database.dispose()


def one_saved_one_refused(outcomes: tuple[Any, Any]) -> tuple[Any, DomainError]:
    saved = [outcome for outcome in outcomes if not isinstance(outcome, DomainError)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, DomainError)]
    assert len(saved) == 1 and len(refused) == 1, outcomes
    return saved[0], refused[0]


def count(pcs: TwoPcs, sql: str, **parameters: Any) -> int:
    with pcs.first.database.engine.connect() as connection:
        return int(connection.execute(text(sql), parameters).scalar() or 0)


def test_two_partners_with_one_name(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        name = f"Stichting Gelijktijdig {round_number}"
        outcomes = pcs.race(lambda services: services.partners.create({"name": name}),
                            lambda services: services.partners.create({"name": name, "notes": "tweede pc"}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == f"Naam: er is al een partnerorganisatie '{name}'. Kies een andere naam."
        assert count(pcs, "SELECT count(*) FROM partner WHERE name = :name", name=name) == 1


def test_two_partners_renamed_to_one_name(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        name = f"Samen hernoemd {round_number}"
        one = pcs.services.partners.create({"name": f"Eerste {round_number}"})
        other = pcs.services.partners.create({"name": f"Tweede {round_number}"})
        outcomes = pcs.race(lambda services: services.partners.update(one.id, one.version, {"name": name}),
                            lambda services: services.partners.update(other.id, other.version, {"name": name}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == f"Naam: er is al een partnerorganisatie '{name}'. Kies een andere naam."
        assert count(pcs, "SELECT count(*) FROM partner WHERE name = :name", name=name) == 1


def test_two_municipalities_with_one_name(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        name = f"Nieuwgemeente {round_number}"
        outcomes = pcs.race(lambda services: services.municipalities.create({"name": name}),
                            lambda services: services.municipalities.create({"name": name, "member_since": "01-01-2030"}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == f"Naam: er is al een gemeente '{name}'. Kies een andere naam."
        assert count(pcs, "SELECT count(*) FROM municipality WHERE name = :name", name=name) == 1


def test_two_projects_with_one_name(pcs: TwoPcs) -> None:
    kind = pcs.services.projects.list()[0].kind
    for round_number in range(ROUNDS):
        name = f"Project Tegelijk {round_number}"
        outcomes = pcs.race(lambda services: services.projects.create({"name": name, "kind": kind}),
                            lambda services: services.projects.create({"name": name, "kind": kind}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == f"Naam: er is al een project '{name}'. Kies een andere naam."
        assert count(pcs, "SELECT count(*) FROM project WHERE name = :name", name=name) == 1


def test_two_year_plans_for_one_year(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        year = 2030 + round_number
        # One PC starts the plan from 2022's, the other adds an empty one: both check, then write.
        outcomes = pcs.race(lambda services: services.start_year_plan(year, 2022),
                            lambda services: services.year_plans.create({"year": year, "title": f"Jaarplan {year}"}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == f"Jaar: er is al een jaarplan voor {year}. Kies een ander jaar."
        assert count(pcs, "SELECT count(*) FROM year_plan WHERE year = :year", year=year) == 1
    # A refused new year leaves no copied activities behind.
    assert count(pcs, "SELECT count(*) FROM activity WHERE year_plan_id NOT IN (SELECT id FROM year_plan)") == 0


def test_two_associations(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        for existing in pcs.services.association.list():
            pcs.services.association.delete(existing.id, existing.version)
        outcomes = pcs.race(lambda services: services.association.create({"name": f"VGG {round_number}", "short_name": "VGG"}),
                            lambda services: services.association.create({"name": f"Andere {round_number}", "short_name": "AV"}))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message.startswith("Er is al een vereniging vastgelegd")
        assert count(pcs, "SELECT count(*) FROM association") == 1


def _municipal_seat(municipality_id: int, position: int) -> dict[str, Any]:
    return {"kind": SeatKind.MUNICIPALITY, "role": SeatRole.MEMBER, "municipality_id": municipality_id, "position": position}


def test_two_seats_for_one_municipality(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        municipality = pcs.services.municipalities.create({"name": f"Zetelgemeente {round_number}"})
        outcomes = pcs.race(lambda services: services.board_seats.create(_municipal_seat(municipality.id, 100)),
                            lambda services: services.board_seats.create(_municipal_seat(municipality.id, 101)))
        _, refused = one_saved_one_refused(outcomes)
        assert refused.message == (f"Namens gemeente: {municipality.name} heeft al een zetel in het Dagelijks Bestuur. "
                                   "Kies een andere gemeente.")
        assert count(pcs, "SELECT count(*) FROM board_seat WHERE municipality_id = :id", id=municipality.id) == 1


def _overlap_message(holder: str, start: str, end: str) -> str:
    return (f"Vanaf: deze zetel is in die periode al bezet door {holder} ({start} tot {end}). "
            "Een zetel heeft één bezetter tegelijk: beëindig eerst die termijn of kies andere data.")


# Pairs of overlapping periods, open starts and ends included: (start, end) of each PC's term.
OVERLAPPING = [
    (("01-01-2023", "31-12-2023"), ("31-12-2023", "30-06-2024")),
    ((None, None), ("01-05-2024", None)),
    (("01-01-2023", None), (None, "01-01-2023")),
    ((None, "15-03-2024"), ("01-03-2024", "01-04-2024")),
]


def _new_person(services: Services, name: str) -> Any:
    return services.persons.create({"last_name": name})


def test_two_holders_for_one_seat_at_a_time(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        seat = pcs.services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER,
                                                "constituency": f"Ronde {round_number}", "position": 200})
        people = [_new_person(pcs.services, f"Eerste{round_number}"), _new_person(pcs.services, f"Tweede{round_number}")]
        periods = OVERLAPPING[round_number % len(OVERLAPPING)]

        def term(index: int) -> Save:
            start, end = periods[index]
            return lambda services: services.seat_terms.create(
                {"seat_id": seat.id, "person_id": people[index].id, "start_date": start, "end_date": end})

        saved, refused = one_saved_one_refused(pcs.race(term(0), term(1)))
        holder = people[[person.id for person in people].index(saved.person_id)]
        assert refused.message == _overlap_message(holder.display_name, _shown(saved.start_date, "onbekend"), _shown(saved.end_date, "heden"))
        assert count(pcs, "SELECT count(*) FROM seat_term WHERE seat_id = :id", id=seat.id) == 1


def test_a_term_moved_into_another_while_that_one_is_added(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        seat = pcs.services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER, "position": 300})
        earlier, later = _new_person(pcs.services, f"Vroeger{round_number}"), _new_person(pcs.services, f"Later{round_number}")
        old = pcs.services.seat_terms.create({"seat_id": seat.id, "person_id": earlier.id,
                                              "start_date": "01-01-2020", "end_date": "31-12-2021"})
        outcomes = pcs.race(
            lambda services: services.seat_terms.update(old.id, old.version, {"end_date": None}),
            lambda services: services.seat_terms.create({"seat_id": seat.id, "person_id": later.id, "start_date": "01-01-2023"}),
        )
        saved, refused = one_saved_one_refused(outcomes)
        if saved.person_id == earlier.id:
            assert refused.message == _overlap_message(earlier.display_name, "01-01-2020", "heden")
        else:
            assert refused.message == _overlap_message(later.display_name, "01-01-2023", "heden")
        assert count(pcs, "SELECT count(*) FROM seat_term WHERE seat_id = :id AND end_date IS NULL", id=seat.id) == 1


def test_undo_of_a_deleted_term_while_another_pc_fills_the_seat(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        seat = pcs.services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER, "position": 400})
        gone, new = _new_person(pcs.services, f"Weg{round_number}"), _new_person(pcs.services, f"Nieuw{round_number}")
        term = pcs.services.seat_terms.create({"seat_id": seat.id, "person_id": gone.id, "start_date": "01-01-2022"})
        restoration = pcs.services.seat_terms.delete(term.id, term.version)
        outcomes = pcs.race(
            lambda services: services.restore(restoration),
            lambda services: services.seat_terms.create({"seat_id": seat.id, "person_id": new.id, "start_date": "01-06-2022"}),
        )
        saved, refused = one_saved_one_refused(outcomes)
        if saved is None:  # the undo went through
            assert refused.message == _overlap_message(gone.display_name, "01-01-2022", "heden")
        else:
            assert refused.message == _overlap_message(new.display_name, "01-06-2022", "heden")
        assert count(pcs, "SELECT count(*) FROM seat_term WHERE seat_id = :id", id=seat.id) == 1


def test_one_chair_per_consultation(pcs: TwoPcs) -> None:
    consultation = pcs.services.consultations.list()[0]
    for round_number in range(ROUNDS):
        chairs = [_new_person(pcs.services, f"Voorzitter{round_number}a"), _new_person(pcs.services, f"Voorzitter{round_number}b")]
        current = pcs.services.consultations.get(consultation.id)

        def chair(index: int) -> Save:
            return lambda services: services.consultations.update(
                current.id, current.version, {"chair_status": PlaceStatus.FILLED, "chair_id": chairs[index].id})

        saved, refused = one_saved_one_refused(pcs.race(chair(0), chair(1), same_row=True))
        assert isinstance(refused, ConflictError) and refused.message.startswith("Iemand anders heeft dit portefeuillehouderoverleg gewijzigd")
        assert refused.current == saved == pcs.services.consultations.get(consultation.id)


def test_a_seat_deleted_while_another_pc_adds_a_term(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        seat = pcs.services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER, "position": 500})
        person = _new_person(pcs.services, f"Bijna{round_number}")
        outcomes = pcs.race(
            lambda services: services.board_seats.delete(seat.id, seat.version),
            lambda services: services.seat_terms.create({"seat_id": seat.id, "person_id": person.id, "start_date": "01-01-2024"}),
        )
        restoration, added = outcomes
        assert not isinstance(restoration, DomainError)  # a seat with terms may be deleted: they go with it
        if isinstance(added, DomainError):
            assert added.message == "Zetel: deze zetel bestaat niet meer. Vernieuw het overzicht (F5)."
            assert [record.entity for record in restoration.records] == ["board_seat"]
        else:
            # The term was saved first; the delete saw it, took it along, and can put both back on undo.
            assert [record.entity for record in restoration.records] == ["board_seat", "seat_term"]
        assert count(pcs, "SELECT count(*) FROM seat_term WHERE person_id = :id", id=person.id) == 0


def test_a_partner_deleted_while_another_pc_links_it(pcs: TwoPcs) -> None:
    consultation = pcs.services.consultations.list()[0]
    for round_number in range(ROUNDS):
        partner = pcs.services.partners.create({"name": f"Kortstondig {round_number}"})
        current = pcs.services.consultations.get(consultation.id)
        outcomes = pcs.race(
            lambda services: services.partners.delete(partner.id, partner.version),
            lambda services: services.consultations.update(current.id, current.version, {"partner_ids": [*current.partner_ids, partner.id]}),
        )
        _, refused = one_saved_one_refused(outcomes)
        if refused is outcomes[1]:
            assert refused.message == "Partnerorganisaties: een van de gekozen items bestaat niet (meer). Kies opnieuw."
        else:
            assert refused.message == ("Deze partnerorganisatie wordt nog gebruikt: 1 × portefeuillehouderoverleg (partnerorganisaties). "
                                       "Wijzig of verwijder die eerst, en verwijder dan deze partnerorganisatie.")
        # Never a link to a partner that is gone: the foreign key holds.
        assert count(pcs, "SELECT count(*) FROM consultation_partner WHERE partner_id NOT IN (SELECT id FROM partner)") == 0


def _shown(value: date | None, empty: str) -> str:
    return value.strftime("%d-%m-%Y") if value else empty


def test_a_seat_filled_with_a_new_person_while_another_pc_adds_a_term(pcs: TwoPcs) -> None:
    for round_number in range(ROUNDS):
        seat = pcs.services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER, "position": 600})
        known = _new_person(pcs.services, f"Bekend{round_number}")
        outcomes = pcs.race(
            lambda services: services.seat_filling.fill({"seat_id": seat.id, "start_date": "01-05-2022"},
                                                        {"first_name": "Nieuw", "last_name": f"Lid{round_number}"}),
            lambda services: services.seat_terms.create({"seat_id": seat.id, "person_id": known.id, "start_date": "01-04-2022"}),
        )
        saved, refused = one_saved_one_refused(outcomes)
        if saved is outcomes[0]:
            assert refused.message == _overlap_message(f"Nieuw Lid{round_number}", "01-05-2022", "heden")
        else:
            assert refused.message == _overlap_message(known.display_name, "01-04-2022", "heden")
            # The refused fill leaves no new person behind.
            assert count(pcs, "SELECT count(*) FROM person WHERE last_name = :name", name=f"Lid{round_number}") == 0
        assert count(pcs, "SELECT count(*) FROM seat_term WHERE seat_id = :id", id=seat.id) == 1
