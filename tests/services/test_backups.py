"""The backup use cases shared by the window and the command line."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from tests.db.damage import damage, dump
from vgg_desktop.db import migrate, schema_version
from vgg_desktop.db.errors import StorageError
from vgg_desktop.services import backups as backups_module
from vgg_desktop.services.backups import BackupReason, BackupService, BackupsUnavailableError, preflight
from vgg_desktop.startup import OpenedDatabase, open_database


@pytest.fixture
def service(opened: OpenedDatabase) -> BackupService:
    return BackupService(opened.database.url)


def _last_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT last_name FROM person")}
    finally:
        connection.close()


def test_postgresql_gets_advice_instead_of_a_backup() -> None:
    service = BackupService("postgresql+psycopg://vgg@server/vgg")
    assert not service.available
    for attempt in (service.make, service.list, lambda: service.restore(Path("x.sqlite3"))):
        with pytest.raises(BackupsUnavailableError, match="pg_dump"):
            attempt()


def test_make_into_the_rotation_folder_and_list(service: BackupService, database_path: Path) -> None:
    assert service.available and service.list() == ()
    made = service.make()
    assert made.reason is BackupReason.MANUAL and made.path.parent == database_path.parent / "backups"
    assert service.list() == (made,)
    assert service.latest_good() == made
    assert service.suggested_name().parent == service.folder


def test_make_to_a_chosen_file_never_overwrites(service: BackupService, tmp_path: Path) -> None:
    out = tmp_path / "stick" / "vgg-kopie.sqlite3"
    with pytest.raises(StorageError, match="bestaat niet"):
        service.make(out)
    out.parent.mkdir()
    made = service.make(out)
    assert made.path == out and made.reason is None and out.stat().st_size > 0
    with pytest.raises(StorageError, match="bestaat al"):
        service.make(out)
    assert service.list() == ()  # a chosen file is not part of the rotation


def test_a_missing_database_has_nothing_to_back_up(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="niets om te bewaren"):
        BackupService(f"sqlite:///{tmp_path / 'nieuw.sqlite3'}").make()


def test_restore_keeps_the_current_state_first_and_then_puts_the_backup_back(opened: OpenedDatabase, service: BackupService) -> None:
    earlier = service.make()
    opened.services.persons.create({"last_name": "Later-toegevoegd"})
    opened.database.dispose()
    report = service.restore(earlier.path)
    assert report.restored.path == earlier.path and report.set_aside is None and not report.migrated
    assert report.safety_backup is not None and report.safety_backup.reason is BackupReason.BEFORE_RESTORE
    assert "Later-toegevoegd" in _last_names(report.safety_backup.path)
    assert "Later-toegevoegd" not in {person.last_name for person in opened.services.persons.list()}
    assert service.path is not None
    assert dump(Path(service.path)) == dump(earlier.path)
    described = report.describe()
    assert str(earlier.path) in described and str(report.safety_backup.path) in described


def test_restore_over_a_damaged_database_sets_it_aside_untouched(opened: OpenedDatabase, service: BackupService) -> None:
    good = service.make()
    opened.database.dispose()
    database = service.path
    assert database is not None
    damage(database)
    damaged_bytes = database.read_bytes()
    check = preflight(opened.database.url)
    assert check.damage is not None and check.damage.latest_backup == good
    report = service.restore(good.path)
    assert report.safety_backup is None and report.set_aside is not None
    assert report.set_aside.read_bytes() == damaged_bytes
    assert "opzij" in report.describe()
    assert preflight(opened.database.url).damage is None
    reopened = open_database(opened.database.url)
    try:
        assert reopened.services.activities.count() == 28
    finally:
        reopened.database.dispose()


@pytest.mark.parametrize("kind", ["missing", "not sqlite", "damaged", "foreign", "newer", "itself"])
def test_restore_refuses_what_is_no_usable_backup_and_changes_nothing(opened: OpenedDatabase, service: BackupService,
                                                                     tmp_path: Path, kind: str) -> None:
    opened.database.dispose()
    database = service.path
    assert database is not None
    candidate = tmp_path / "kandidaat.sqlite3"
    if kind == "not sqlite":
        candidate.write_text("Dit is een Word-document", encoding="utf-8")
    elif kind == "damaged":
        candidate = service.make().path
        damage(candidate)
    elif kind == "foreign":
        connection = sqlite3.connect(candidate)
        connection.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)")
        connection.commit()
        connection.close()
    elif kind == "newer":
        candidate = service.make().path
        connection = sqlite3.connect(candidate)
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        connection.commit()
        connection.close()
    elif kind == "itself":
        candidate = database
    before = dump(database)
    backups_before = service.list()
    messages = {"missing": "bestaat niet", "not sqlite": "geen bruikbare", "damaged": "geen bruikbare",
                "foreign": "geen back-up van een VGG", "newer": "nieuwere versie", "itself": "database zelf"}
    with pytest.raises(StorageError, match=messages[kind]):
        service.restore(candidate)
    assert dump(database) == before
    assert service.list() == backups_before


def test_restoring_a_backup_from_an_older_version_brings_it_up_to_date(opened: OpenedDatabase, service: BackupService,
                                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = service.make()
    opened.database.dispose()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_next.py").write_text(textwrap.dedent(f'''
        import sqlalchemy as sa
        from alembic import op

        revision = "9999"
        down_revision = "{migrate.head_revision()}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.add_column("person", sa.Column("nickname", sa.String(50)))
    '''), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema_version, "HEAD_REVISION", "9999")
    report = service.restore(older.path)
    assert report.migrated and "bijgewerkt" in report.describe()
    assert service.path is not None
    assert backups_module.files.stored_revision(service.path) == "9999"


def test_preflight_reports_a_network_share(opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    assert preflight(opened.database.url).network_warning is None
    monkeypatch.setattr(backups_module, "network_share_warning", lambda url: "Let op: netwerkschijf")
    check = preflight(opened.database.url)
    assert check.network_warning == "Let op: netwerkschijf" and check.damage is None
