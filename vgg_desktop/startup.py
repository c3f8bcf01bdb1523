"""Opening a database for use: check it, migrate it, and seed it when it is new. No Qt here."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from vgg_desktop import paths
from vgg_desktop.db import backup, migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.db.errors import StorageError
from vgg_desktop.db.integrity import require_intact
from vgg_desktop.db.location import sqlite_path
from vgg_desktop.db.unit_of_work import Database, translated_errors
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.seeding import SeedReport, is_empty, keep_empty, seed

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    database: Database
    services: Services
    created: bool
    migrated: bool
    seed_report: SeedReport | None
    backup_made: backup.Backup | None = None

    def describe(self) -> str:
        lines = [f"Database: {describe_location(self.database.url)}"]
        if self.created:
            lines.append("De database is nieuw aangemaakt.")
        elif self.migrated:
            lines.append("De database is bijgewerkt naar de nieuwste versie.")
        else:
            lines.append("De database was al bijgewerkt.")
        if self.seed_report is not None:
            lines.append(self.seed_report.describe())
        if self.backup_made is not None:
            lines.append(f"Eerst is een gecontroleerde back-up gemaakt: {self.backup_made.path}")
        return "\n".join(lines)


def describe_location(url: str) -> str:
    """A database as a user recognises it: the file path, or the server without the password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def open_database(url: str, *, seed_when_empty: bool = True, seed_source: Path | None = None) -> OpenedDatabase:
    """Opens `url`, brings the schema up to date and seeds a new database with the Jaarplan 2022.

    A SQLite file is checked first (read-only; a damaged one raises DatabaseDamagedError and is left
    alone), and backed up before any migration and otherwise at most once a day.
    """
    path = sqlite_path(url)
    if path is not None and path.is_file() and backup.is_foreign_database(path):
        # Refused before an engine touches it: even switching on WAL would change another program's file.
        raise StorageError(migrate.FOREIGN_DATABASE)
    engine = make_engine(url)
    try:
        if path is not None:
            require_intact(path)
        with translated_errors():
            if path is not None:
                existed = path.exists() and path.stat().st_size > 0 and migrate.current_revision(engine) is not None
            else:
                existed = migrate.current_revision(engine) is not None
            made = _backup_at_start(path, engine) if path is not None and existed else None
            migrated = migrate.upgrade(engine)
            database = Database(engine, url)
            report = None
            if is_empty(database):
                if seed_when_empty:
                    report = seed(database, seed_source or paths.seed_file())
                else:
                    keep_empty(database)
            services = Services(database)
            _prune_history(services)
            return OpenedDatabase(database, services, not existed, migrated, report, made)
    except BaseException:
        engine.dispose()
        raise


def _prune_history(services: Services) -> None:
    """Changes older than the database keeps its history go at start-up (after the backup, never during a
    save). A failure here must not keep anyone from working: it is logged and tried again next time."""
    try:
        removed = services.prune_history(date.today())
    except Exception:
        log.warning("Could not remove old changes from the history", exc_info=True)
        return
    if removed:
        log.info("Removed %d changes older than the history is kept", removed)


def _backup_at_start(path: Path, engine: Engine) -> backup.Backup | None:
    """Always before a migration; otherwise the first start of the day. Verified, then rotated."""
    if migrate.needs_upgrade(engine):
        return backup.make_backup(path, backup.BackupReason.BEFORE_MIGRATION)
    if not backup.made_today(path, date.today()):
        return backup.make_backup(path, backup.BackupReason.DAILY)
    return None
