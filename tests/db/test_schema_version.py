"""The revision written down in schema_version must be Alembic's head, and the fast check must be right."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from vgg_desktop.db import migrate, schema_version
from vgg_desktop.db.engine import make_engine
from vgg_desktop.db.errors import DatabaseTooNewError
from vgg_desktop.startup import OpenedDatabase


def test_head_revision_constant_is_alembics_head() -> None:
    assert schema_version.HEAD_REVISION == migrate.head_revision(), (
        "A migration was added: set HEAD_REVISION in vgg_desktop/db/schema_version.py to its revision."
    )


def test_a_new_file_is_not_current_and_the_connection_stays_usable(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        assert not schema_version.is_current(engine)
        with engine.connect() as connection:
            assert schema_version.stored_revision(connection) is None
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_a_migrated_database_is_current(opened: OpenedDatabase) -> None:
    assert schema_version.is_current(opened.database.engine)
    assert not migrate.needs_upgrade(opened.database.engine)


def test_another_stamp_is_not_current_and_goes_the_slow_way(opened: OpenedDatabase) -> None:
    engine = opened.database.engine
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert not schema_version.is_current(engine)
    # The slow path takes over: a revision Alembic does not know is a newer program's database.
    with pytest.raises(DatabaseTooNewError):
        migrate.needs_upgrade(engine)
