"""Revision 0003 adds notes to portfolios, VNG committees and consultations of a database made by the
release before it (revision 0001), on SQLite and PostgreSQL, and changes nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine

NOW = "2022-03-10 12:00:00+00:00"


def _release_0001_database(engine: Engine) -> None:
    """The schema of revision 0001 with a portfolio, a committee and a consultation in it, as that release wrote them."""
    with engine.connect() as connection:
        with connection.begin():
            command.upgrade(migrate._config(connection), "0001")
    with engine.begin() as connection:
        stamp = {"now": NOW}
        connection.execute(text(
            "INSERT INTO portfolio (id, version, created_at, updated_at, name, kind, holder_id, vng_not_applicable, position) "
            "VALUES (1, 1, :now, :now, 'Sociaal Domein', 'portfolio', NULL, false, 4)"), stamp)
        connection.execute(text(
            "INSERT INTO vng_committee (id, version, created_at, updated_at, name, former_name, portfolio_id, member_status, "
            "member_id, position) VALUES (1, 1, :now, :now, 'Zorg, Jeugd, Onderwijs', NULL, 1, 'vacant', NULL, 9)"), stamp)
        connection.execute(text(
            "INSERT INTO consultation (id, version, created_at, updated_at, number, name, chair_status, chair_id, "
            "organised_by_id, preparation, portfolio_id) VALUES (1, 3, :now, :now, 8, 'Sociaal Domein', 'vacant', NULL, "
            "NULL, 'Ambtelijk is er een groep.', 1)"), stamp)


def _check_upgrade(engine: Engine) -> None:
    _release_0001_database(engine)
    assert migrate.current_revision(engine) == "0001"
    assert migrate.upgrade(engine) is True
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name, position, notes FROM portfolio")).all() == [("Sociaal Domein", 4, None)]
        assert connection.execute(text("SELECT name, member_status, portfolio_id, notes FROM vng_committee")).all() == [
            ("Zorg, Jeugd, Onderwijs", "vacant", 1, None)]
        assert connection.execute(text("SELECT number, version, preparation, portfolio_id, notes FROM consultation")).all() == [
            (8, 3, "Ambtelijk is er een groep.", 1, None)]


def test_a_0001_sqlite_database_gets_empty_notes_and_keeps_its_data(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'release.sqlite3'}")
    try:
        _check_upgrade(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_0001_postgresql_database_gets_empty_notes_and_keeps_its_data(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        _check_upgrade(engine)
    finally:
        engine.dispose()


def test_notes_of_a_migrated_database_can_be_saved(tmp_path: Path) -> None:
    from vgg_desktop.db.unit_of_work import Database
    from vgg_desktop.services.catalog import Services

    url = f"sqlite:///{tmp_path / 'release.sqlite3'}"
    engine = make_engine(url)
    _release_0001_database(engine)
    migrate.upgrade(engine)
    database = Database(engine, url)
    try:
        services = Services(database)
        portfolio = services.portfolios.get(1)
        changed = services.portfolios.update(1, portfolio.version, {"notes": "Wordt in april ingevuld."})
        assert changed.notes == "Wordt in april ingevuld." and changed.name == "Sociaal Domein"
    finally:
        database.dispose()
