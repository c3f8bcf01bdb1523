"""The schema revision this program expects, known without loading Alembic.

Importing Alembic and reading the migration scripts costs a few hundred milliseconds at every start,
while on almost every start the database is already current. So the newest revision is written
down here, and `tests/db/test_schema_version.py` fails when it differs from Alembic's head.
Alembic is loaded only when the stored revision is something else.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

HEAD_REVISION = "0010"
VERSION_TABLE = "alembic_version"


def stored_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when there is no version table (yet)."""
    try:
        # No version table raises; rolling back keeps the connection usable (PostgreSQL aborts the transaction).
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    except DBAPIError:
        connection.rollback()
        return None


def is_current(engine: Engine) -> bool:
    """True when the database carries exactly the revision this program expects: one SELECT."""
    with engine.connect() as connection:
        return stored_revision(connection) == HEAD_REVISION
