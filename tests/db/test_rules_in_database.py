"""The database itself holds the rules between records (migration 0005), on SQLite and on PostgreSQL,
and a write it refuses reaches the user as the rule's own Dutch message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from vgg_desktop.domain.enums import SeatKind, SeatRole
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.services import records
from vgg_desktop.startup import OpenedDatabase, open_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OpenedDatabase]:
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'vgg.sqlite3'}"
    opened = open_database(url)
    yield opened
    opened.database.dispose()


def _insert_term(opened: OpenedDatabase, seat_id: int, person_id: int, start: str | None, end: str | None) -> None:
    with opened.database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO seat_term (seat_id, person_id, start_date, end_date, version, created_at, updated_at) "
            "VALUES (:seat, :person, :start, :end, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ), {"seat": seat_id, "person": person_id, "start": start, "end": end})


@pytest.mark.parametrize(("first", "second", "overlap"), [
    (("2022-01-01", "2022-12-31"), ("2022-12-31", None), True),     # the last day of one is the first of the next
    (("2022-01-01", "2022-12-31"), ("2023-01-01", None), False),
    ((None, "2022-06-30"), ("2022-07-01", None), False),
    ((None, None), ("2030-01-01", "2030-01-02"), True),              # open on both sides reaches everything
    (("2022-01-01", None), (None, "2021-12-31"), False),
])
def test_terms_of_one_seat_may_not_overlap_in_the_database(any_opened: OpenedDatabase, first: tuple[Any, Any],
                                                           second: tuple[Any, Any], overlap: bool) -> None:
    services = any_opened.services
    seat = services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER})
    other_seat = services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER})
    person = services.persons.create({"last_name": "Rechtstreeks"})
    _insert_term(any_opened, seat.id, person.id, *first)
    _insert_term(any_opened, other_seat.id, person.id, *second)  # another seat: never a clash
    if overlap:
        with pytest.raises(IntegrityError):
            _insert_term(any_opened, seat.id, person.id, *second)
    else:
        _insert_term(any_opened, seat.id, person.id, *second)


def test_moving_a_term_into_another_is_refused_by_the_database(any_opened: OpenedDatabase) -> None:
    services = any_opened.services
    seat = services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER})
    person = services.persons.create({"last_name": "Verschuiver"})
    _insert_term(any_opened, seat.id, person.id, "2022-01-01", "2022-12-31")
    _insert_term(any_opened, seat.id, person.id, "2023-01-01", None)
    with pytest.raises(IntegrityError), any_opened.database.engine.begin() as connection:
        connection.execute(text("UPDATE seat_term SET end_date = NULL WHERE seat_id = :seat AND start_date = :start"),
                           {"seat": seat.id, "start": "2022-01-01"})
    with any_opened.database.engine.begin() as connection:  # changing a term within its own period is fine
        connection.execute(text("UPDATE seat_term SET end_date = '2022-11-30' WHERE seat_id = :seat AND start_date = :start"),
                           {"seat": seat.id, "start": "2022-01-01"})


def test_one_association_in_the_database(any_opened: OpenedDatabase) -> None:
    with pytest.raises(IntegrityError), any_opened.database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO association (name, short_name, version, created_at, updated_at) "
            "VALUES ('Tweede vereniging', 'TV', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ))


@pytest.fixture
def check_comes_too_late(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first check of a save finds nothing, as when another PC saves right after it: only the
    database can stop the write, and the second check explains why."""
    check_rules = records.check_rules
    calls = {"count": 0}

    def late(*arguments: Any) -> None:
        calls["count"] += 1
        if calls["count"] > 1:
            check_rules(*arguments)

    monkeypatch.setattr(records, "check_rules", late)


def test_a_duplicate_name_found_by_the_database_gets_the_rules_message(any_opened: OpenedDatabase, check_comes_too_late: None) -> None:
    existing = any_opened.services.partners.list()[0]
    with pytest.raises(ValidationError) as raised:
        any_opened.services.partners.create({"name": existing.name})
    assert raised.value.errors == {"name": f"Naam: er is al een partnerorganisatie '{existing.name}'. Kies een andere naam."}
    assert len(any_opened.services.partners.list(name=existing.name)) == 1


def test_an_overlap_found_by_the_database_gets_the_rules_message(any_opened: OpenedDatabase, check_comes_too_late: None) -> None:
    services = any_opened.services
    seat = services.board_seats.create({"kind": SeatKind.KLANKBORDGROEP, "role": SeatRole.MEMBER})
    holder = services.persons.create({"first_name": "Anne", "last_name": "Eerder"})
    services.seat_terms.create({"seat_id": seat.id, "person_id": holder.id, "start_date": "01-01-2022"})
    newcomer = services.persons.create({"last_name": "Later"})
    with pytest.raises(ValidationError) as raised:
        services.seat_terms.create({"seat_id": seat.id, "person_id": newcomer.id, "start_date": "01-03-2022"})
    assert raised.value.errors["start_date"].startswith(
        "Vanaf: deze zetel is in die periode al bezet door Anne Eerder (01-01-2022 tot heden).")
    assert len(services.seat_terms.list(seat_id=seat.id)) == 1


def test_sqlite_keeps_its_rule_triggers_at_the_newest_schema(tmp_path: Path) -> None:
    # A batch migration that recreates seat_term or association drops their triggers; this notices.
    opened = open_database(f"sqlite:///{tmp_path / 'vgg.sqlite3'}", seed_when_empty=False)
    try:
        with opened.database.engine.connect() as connection:
            triggers = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    finally:
        opened.database.dispose()
    assert {"tr_seat_term_one_holder_insert", "tr_seat_term_one_holder_update", "tr_association_one"} <= triggers


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_database_of_the_previous_release_gains_the_rules_and_keeps_its_data(backend: str, tmp_path: Path,
                                                                               request: pytest.FixtureRequest) -> None:
    from alembic import command

    from vgg_desktop.db import migrate
    from vgg_desktop.db.engine import make_engine

    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else f"sqlite:///{tmp_path / 'oud.sqlite3'}"
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate._config(connection), "0001")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO board_seat (id, kind, role, position, version, created_at, updated_at) "
                                    "VALUES (1, 'klankbordgroep', 'lid', 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            connection.execute(text("INSERT INTO person (id, last_name, version, created_at, updated_at) "
                                    "VALUES (1, 'Oud', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            for start, end in (("2020-01-01", "2021-12-31"), ("2022-01-01", None)):
                connection.execute(text("INSERT INTO seat_term (seat_id, person_id, start_date, end_date, version, created_at, updated_at) "
                                        "VALUES (1, 1, :start, :end, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"start": start, "end": end})
        assert migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM seat_term")).scalar() == 2
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text("INSERT INTO seat_term (seat_id, person_id, start_date, version, created_at, updated_at) "
                                    "VALUES (1, 1, '2023-01-01', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    finally:
        engine.dispose()


def test_a_write_stopped_by_a_deadlock_is_checked_and_written_again(opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL stops one of two clashing inserts into the exclusion constraint as a deadlock; that
    write is undone to its savepoint and tried again (the race tests meet this only now and then)."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from vgg_desktop.db.errors import StorageError

    write_fields, stopped = records.write_fields, {"count": 0}

    def stopped_by_deadlock(times: int) -> Any:
        def write(*arguments: Any) -> None:
            if stopped["count"] < times:
                stopped["count"] += 1
                raise OperationalError("INSERT INTO seat_term ...", {}, psycopg.errors.DeadlockDetected("deadlock detected"))
            write_fields(*arguments)
        return write

    monkeypatch.setattr(records, "write_fields", stopped_by_deadlock(1))
    partner = opened.services.partners.create({"name": "Na een impasse"})
    assert stopped["count"] == 1 and opened.services.partners.get(partner.id).name == "Na een impasse"

    stopped["count"] = 0
    monkeypatch.setattr(records, "write_fields", stopped_by_deadlock(99))
    with pytest.raises(StorageError, match="tegelijk"):
        opened.services.partners.create({"name": "Steeds een impasse"})
    assert stopped["count"] == 3 and opened.services.partners.list(name="Steeds een impasse") == ()
