"""Migration 0010 on a database made at revision 0011 (the one before it) with an election recorded, on SQLite
and PostgreSQL: the election keeps the places it opened, may now also keep places already open, and dismissals
have their table."""

from __future__ import annotations

from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import text

from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.db.schema_version import HEAD_REVISION


def test_an_election_recorded_before_keeps_its_places_and_dismissals_can_be_kept(release_url: str) -> None:
    engine = make_engine(release_url)
    try:
        with engine.connect() as connection, connection.begin():
            command.upgrade(migrate._config(connection), "0011")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO election (id, held_on, kind, municipalities, recorded_at) "
                                    "VALUES (1, :held_on, 'gemeenteraadsverkiezingen', '[]', :at)"),
                               {"held_on": date(2022, 3, 30), "at": datetime(2022, 3, 30, 9, tzinfo=UTC)})
            connection.execute(text("INSERT INTO election_vacancy (election_id, entity, record_id, person_id) "
                                    "VALUES (1, 'portfolio', 1, 7)"))
        assert migrate.upgrade(engine) is True
        assert migrate.current_revision(engine) == HEAD_REVISION == "0010"
        with engine.begin() as connection:
            assert connection.execute(text("SELECT entity, record_id, person_id FROM election_vacancy")).all() == [
                ("portfolio", 1, 7)]
            assert connection.execute(text("SELECT history_change_id FROM election")).scalar_one() is None
            connection.execute(text("INSERT INTO election_vacancy (election_id, entity, record_id, person_id) "
                                    "VALUES (1, 'vng_committee', 3, NULL)"))
            connection.execute(text("INSERT INTO dismissed_notice (key, dismissed_at, os_user) "
                                    "VALUES ('seat_term:1:v2', :at, 'anna')"), {"at": datetime(2022, 4, 1, tzinfo=UTC)})
            assert connection.execute(text("SELECT count(*) FROM dismissed_notice")).scalar_one() == 1
    finally:
        engine.dispose()
