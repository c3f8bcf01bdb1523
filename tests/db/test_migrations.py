"""Migrations bring a new database to head on SQLite and on a real PostgreSQL server, and agree with the ORM."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.db.errors import DatabaseTooNewError, StorageError
from vgg_desktop.db.models import DATABASE_RULES, Base


def _not_a_database_rule(item: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
    return name not in DATABASE_RULES


def _schema_differences(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": _not_a_database_rule})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_sqlite_file_migrates_to_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        assert migrate.upgrade(engine) is True
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert migrate.upgrade(engine) is False
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_orm_models_and_migrations_agree_on_sqlite(tmp_path: Path) -> None:
    assert _schema_differences(f"sqlite:///{tmp_path / 'compare.sqlite3'}") == []


@pytest.mark.postgres
def test_orm_models_and_migrations_agree_on_postgresql(postgres_url: str) -> None:
    assert _schema_differences(postgres_url) == []


@pytest.mark.postgres
def test_postgresql_database_migrates_and_seeds(postgres_url: str) -> None:
    from vgg_desktop.startup import open_database

    opened = open_database(postgres_url)
    try:
        assert opened.created and opened.seed_report is not None and opened.seed_report.seeded
        assert len(opened.services.activities.list()) == 28
        person = opened.services.persons.create({"last_name": "Jansen", "initials": "P."})
        assert person.id > 0
    finally:
        opened.database.dispose()
    reopened = open_database(postgres_url)
    try:
        assert not reopened.created and not reopened.migrated and reopened.seed_report is None
    finally:
        reopened.database.dispose()


def test_sqlite_connections_have_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'pragmas.sqlite3'}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            busy_timeout = connection.execute(text("PRAGMA busy_timeout")).scalar()
            assert busy_timeout is not None and busy_timeout >= 5000
    finally:
        engine.dispose()


def test_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
        before = _dump(path)
        with pytest.raises(DatabaseTooNewError, match="nieuwere versie"):
            migrate.upgrade(engine)
        assert migrate.current_revision(engine) == "ffff_future"
    finally:
        engine.dispose()
    assert _dump(path) == before


def _dump(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE accounts (id INTEGER PRIMARY KEY)"))
        with pytest.raises(StorageError, match="niet door VGG Desktop"):
            migrate.upgrade(engine)
    finally:
        engine.dispose()
