"""Creating the SQLAlchemy engine: SQLite with foreign keys, WAL and a busy timeout; PostgreSQL via psycopg."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from vgg_desktop.db.errors import StorageError
from vgg_desktop.db.location import check_sqlite_file, sqlite_path

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "vgg_write"


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """An engine for `url`; raises StorageError (Dutch) for a URL or file that cannot be used."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"'{url}' is geen geldig databaseadres. Gebruik een bestandsnaam of postgresql+psycopg://gebruiker@server/database.") from None
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, wal=wal and path is not None)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
        except (NoSuchModuleError, ImportError):
            raise StorageError("Voor PostgreSQL is het onderdeel psycopg nodig: pip install \"vgg-desktop[postgresql]\".") from None
    raise StorageError(f"Databasesoort '{parsed.get_backend_name()}' wordt niet ondersteund. Gebruik SQLite of PostgreSQL.")


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so that BEGIN is ours to emit.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit the program reported as saved survives a crash or power cut.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # A writer takes the lock up front, so it waits for another writer instead of failing halfway.
        mode = "IMMEDIATE" if connection.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")
