"""What happens at every start: a read-only quick check, a daily backup, and a verified backup before a
migration; a migration that fails halfway leaves the database exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from tests.db.damage import damage, dump
from vgg_desktop.db import backup, migrate, schema_version
from vgg_desktop.db.backup import BackupReason
from vgg_desktop.db.integrity import DatabaseDamagedError, require_intact, thorough_check
from vgg_desktop.db.migrate import MigrationFailedError
from vgg_desktop.startup import OpenedDatabase, open_database


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_a_new_database_gets_no_backup_and_a_reopened_one_gets_one_per_day(database_path: Path) -> None:
    first = open_database(_url(database_path))
    first.database.dispose()
    assert first.backup_made is None and backup.list_backups(database_path) == []
    second = open_database(_url(database_path))
    second.database.dispose()
    assert second.backup_made is not None and second.backup_made.reason is BackupReason.DAILY
    assert backup.integrity_problems(second.backup_made.path, quick=False) == []
    assert "back-up" in second.describe()
    third = open_database(_url(database_path))
    third.database.dispose()
    assert third.backup_made is None
    assert [item.path for item in backup.list_backups(database_path)] == [second.backup_made.path]


def test_a_damaged_database_is_refused_untouched_and_the_latest_good_backup_is_named(database_path: Path) -> None:
    opened = open_database(_url(database_path))
    opened.database.dispose()
    good = backup.make_backup(database_path, BackupReason.DAILY)
    damage(database_path)
    folder_before = _files(database_path.parent)
    with pytest.raises(DatabaseDamagedError) as raised:
        open_database(_url(database_path))
    assert raised.value.latest_backup == good
    assert str(good.path) in raised.value.message and "beschadigd" in raised.value.message
    # Nothing was written: not the file, not a WAL, not a new backup.
    assert _files(database_path.parent) == folder_before
    assert backup.list_backups(database_path) == [good]


def test_a_damaged_database_without_backups_says_where_it_looked(database_path: Path) -> None:
    open_database(_url(database_path)).database.dispose()
    damage(database_path)
    with pytest.raises(DatabaseDamagedError, match="geen goede back-up") as raised:
        require_intact(database_path)
    assert raised.value.latest_backup is None and raised.value.problems


def test_thorough_check_of_a_sound_database(opened: OpenedDatabase, database_path: Path) -> None:
    report = thorough_check(database_path)
    assert not report.damaged and report.problems == () and report.foreign_key_problems == ()
    assert report.revision == schema_version.HEAD_REVISION


def test_thorough_check_finds_broken_references(opened: OpenedDatabase, database_path: Path) -> None:
    opened.database.dispose()
    connection = sqlite3.connect(database_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DELETE FROM municipality")
    connection.commit()
    connection.close()
    report = thorough_check(database_path)
    assert report.damaged and report.problems == ()
    assert any("municipality" in problem for problem in report.foreign_key_problems)


FAILING_MIGRATION = '''
"""A migration that does a lot and then fails, to prove that the failure undoes all of it."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO scratch (id) VALUES (1)")
    # A batch migration recreates the table; with foreign keys on this would cascade into seat terms.
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))
    op.execute("UPDATE person SET last_name = 'overschreven'")
    with op.batch_alter_table("board_seat") as batch:
        batch.drop_column("notes")
    raise RuntimeError("halfway through the migration")
'''

WORKING_MIGRATION = '''
"""A batch migration on a table that other tables refer to with ON DELETE CASCADE."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "always": SQLite could add a column in place; the point here is the recreate of a parent table.
    with op.batch_alter_table("board_seat", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))
'''


def _scripts_with(tmp_path: Path, migration: str, monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    # The next revision after this version's head, whatever that head is.
    migration = migration.replace('"HEAD"', repr(migrate.head_revision()))
    (scripts / "versions" / "9999_test.py").write_text(textwrap.dedent(migration), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema_version, "HEAD_REVISION", "9999")


def test_a_migration_that_fails_halfway_leaves_the_database_exactly_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data" / "vgg.sqlite3"
    path.parent.mkdir()
    open_database(_url(path)).database.dispose()
    before = dump(path)
    head = migrate.head_revision()
    _scripts_with(tmp_path, FAILING_MIGRATION, monkeypatch)
    with pytest.raises(MigrationFailedError, match="ongewijzigd") as raised:
        open_database(_url(path))
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert dump(path) == before
    assert thorough_check(path).revision == head and not thorough_check(path).damaged
    # The verified backup from before the attempt holds the same data.
    made = backup.list_backups(path)
    assert [item.reason for item in made] == [BackupReason.BEFORE_MIGRATION]
    assert dump(made[0].path) == before
    assert backup.integrity_problems(made[0].path, quick=False) == []


def test_a_batch_migration_keeps_every_child_row_and_is_backed_up_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data" / "vgg.sqlite3"
    path.parent.mkdir()
    opened = open_database(_url(path))
    terms_before = len(opened.services.seat_terms.list())
    opened.database.dispose()
    assert terms_before > 0
    before = dump(path)
    _scripts_with(tmp_path, WORKING_MIGRATION, monkeypatch)
    reopened = open_database(_url(path))
    try:
        assert reopened.migrated
        assert reopened.backup_made is not None and reopened.backup_made.reason is BackupReason.BEFORE_MIGRATION
        assert dump(reopened.backup_made.path) == before
        # board_seat was recreated; ON DELETE CASCADE would have emptied seat_term had foreign keys been on.
        assert len(reopened.services.seat_terms.list()) == terms_before
    finally:
        reopened.database.dispose()
    report = thorough_check(path)
    assert not report.damaged and report.revision == "9999"
