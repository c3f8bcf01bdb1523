"""Bringing a database to the schema of this version of the program, safely.

On SQLite, foreign keys are switched off while migrations run (a batch migration recreates tables,
and with foreign keys on that can delete child rows through ON DELETE CASCADE), the whole upgrade
runs in one transaction, and `PRAGMA foreign_key_check` must be clean before it is committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from vgg_desktop.db import schema_version
from vgg_desktop.db.errors import DatabaseTooNewError, StorageError

if TYPE_CHECKING:  # alembic is imported only when a migration runs, not at every start
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


FOREIGN_DATABASE = "Deze database is niet door VGG Desktop gemaakt. Kies een ander bestand of een nieuwe bestandsnaam."


class MigrationFailedError(StorageError):
    """A migration script failed; its transaction was rolled back, so the database is as it was."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return any(name != VERSION_TABLE for name in inspect(connection).get_table_names())


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind; raises DatabaseTooNewError when it is ahead of this program."""
    if schema_version.is_current(engine):
        return False
    current = current_revision(engine)
    if current is None:
        if has_user_tables(engine):
            raise StorageError(FOREIGN_DATABASE)
        return True
    if current == head_revision():
        return False
    if current not in known_revisions():
        raise DatabaseTooNewError(
            "Deze database is gemaakt door een nieuwere versie van VGG Desktop. "
            "Installeer de nieuwste versie van het programma; de database is niet gewijzigd."
        )
    return True


def upgrade(engine: Engine) -> bool:
    """Migrates to head in one transaction; returns whether anything was done."""
    if not needs_upgrade(engine):
        return False
    from alembic import command

    with engine.connect() as connection:
        connection.execution_options(vgg_write=True)
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            _set_foreign_keys(connection, enabled=False)
        try:
            with connection.begin():
                command.upgrade(_config(connection), "head")
                if is_sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StorageError(
                            "Na het bijwerken van de database klopten verwijzingen niet "
                            f"({len(problems)} stuks); de database is ongewijzigd gelaten."
                        )
        except StorageError:
            raise
        except Exception as error:
            # The transaction was rolled back; say so in words the user can act on, keeping the cause for the log.
            raise MigrationFailedError(
                f"Het bijwerken van de database naar deze versie van het programma is mislukt ({error}). "
                "De database is ongewijzigd gelaten"
                + (" en de back-up van vóór het bijwerken staat in de map 'backups' naast de database. " if is_sqlite else ". ")
                + "Gebruik zolang de vorige versie van het programma en meld deze fout."
            ) from error
        finally:
            if is_sqlite:
                _set_foreign_keys(connection, enabled=True)
    return True


def _set_foreign_keys(connection: Connection, *, enabled: bool) -> None:
    # The pragma is ignored inside a transaction, so it goes straight to the driver, outside one.
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None
    driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if enabled else 'OFF'}")
