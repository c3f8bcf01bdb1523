"""Backups as the window and the command line offer them: make one, list them, restore one, check the file.

Only a SQLite file is backed up by the program. A PostgreSQL database lives on a server whose own
backups (pg_dump) are the right tool; the program says so instead of pretending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vgg_desktop.db import backup as files
from vgg_desktop.db.backup import Backup, BackupReason
from vgg_desktop.db.errors import StorageError
from vgg_desktop.db.integrity import DatabaseDamagedError, has_content, require_intact
from vgg_desktop.db.location import sqlite_path
from vgg_desktop.db.network_share import network_share_warning

__all__ = [
    "Backup", "BackupReason", "BackupService", "BackupsUnavailableError", "DatabaseDamagedError",
    "Preflight", "RestoreReport", "preflight",
]

SERVER_BACKUP_ADVICE = (
    "Deze database staat op een PostgreSQL-server. Van een serverdatabase maakt VGG Desktop zelf geen back-ups: "
    "laat de beheerder van de server regelmatig (bijvoorbeeld elke nacht) een back-up maken met pg_dump, "
    "en bij problemen terugzetten met pg_restore. Zo hebben alle pc's die de database delen dezelfde back-ups."
)


class BackupsUnavailableError(StorageError):
    """The database is not a file this program can back up (a PostgreSQL server)."""


@dataclass(frozen=True)
class RestoreReport:
    restored: Backup
    safety_backup: Backup | None
    set_aside: Path | None
    migrated: bool

    def describe(self) -> str:
        lines = [f"Teruggezet: de back-up van {self.restored.made_at:%d-%m-%Y %H:%M} ({self.restored.path})."]
        if self.safety_backup is not None:
            lines.append(f"De gegevens van vóór het terugzetten zijn bewaard in {self.safety_backup.path}.")
        if self.set_aside is not None:
            lines.append(f"De beschadigde database is ongewijzigd opzij gezet als {self.set_aside}.")
        if self.migrated:
            lines.append("De teruggezette database is bijgewerkt naar deze versie van het programma.")
        return "\n".join(lines)


class BackupService:
    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)

    @property
    def available(self) -> bool:
        return self.path is not None

    def _database(self) -> Path:
        if self.path is None:
            raise BackupsUnavailableError(SERVER_BACKUP_ADVICE if self.url.startswith("postgresql") else
                                          "Van deze database kan VGG Desktop geen back-up maken.")
        return self.path

    @property
    def folder(self) -> Path:
        return files.folder_for(self._database())

    def list(self) -> tuple[Backup, ...]:
        """The backups in the rotation folder, newest first."""
        return tuple(files.list_backups(self._database()))

    def latest_good(self) -> Backup | None:
        return files.latest_good_backup(self._database())

    def suggested_name(self, now: datetime | None = None) -> Path:
        """Where a hand-made backup goes unless the user chooses otherwise: in the rotation folder."""
        database = self._database()
        now = (now or datetime.now()).replace(microsecond=0)
        return self.folder / f"{database.stem}.{now:%Y%m%d-%H%M%S}.{BackupReason.MANUAL.value}{files.SUFFIX}"

    def make(self, out: Path | None = None, *, reason: BackupReason = BackupReason.MANUAL) -> Backup:
        """A verified backup: to `out` when given (never overwriting), else into the rotation folder."""
        database = self._database()
        if not has_content(database):
            raise StorageError(f"De database '{database}' bestaat nog niet of is leeg; er is niets om te bewaren.")
        if out is None:
            return files.make_backup(database, reason)
        if out.exists():
            raise StorageError(f"Het bestand '{out}' bestaat al. Kies een andere naam; er is niets overschreven.")
        if not out.parent.is_dir():
            raise StorageError(f"De map '{out.parent}' bestaat niet. Kies een bestaande map.")
        files.write_backup(database, out)
        return files.describe_file(out)

    def check_file(self, candidate: Path) -> Backup:
        """Refuses a file that is no sound backup of a VGG Desktop database this version can read."""
        from vgg_desktop.db import migrate

        database = self._database()
        if not candidate.is_file():
            raise StorageError(f"Het bestand '{candidate}' bestaat niet. Kies een back-upbestand.")
        if candidate.resolve() == database.resolve():
            raise StorageError("Dat is de database zelf, geen back-up. Kies een back-upbestand.")
        problems = files.integrity_problems(candidate, quick=False)
        if problems:
            raise StorageError(
                f"'{candidate}' is geen bruikbare back-up ({problems[0]}). Kies een andere back-up; er is niets veranderd."
            )
        revision = files.stored_revision(candidate)
        if revision is None:
            raise StorageError(f"'{candidate}' is geen back-up van een VGG Desktop-database. Kies een andere; er is niets veranderd.")
        if revision not in migrate.known_revisions():
            raise StorageError(
                f"De back-up '{candidate}' is gemaakt met een nieuwere versie van VGG Desktop. "
                "Installeer eerst de nieuwste versie van het programma; er is niets veranderd."
            )
        return files.describe_file(candidate)

    def restore(self, candidate: Path) -> RestoreReport:
        """Puts a backup in place of the database. The current data is first kept as a verified backup;
        a damaged database is moved aside untouched instead. Close the program's connections first."""
        chosen = self.check_file(candidate)
        database = self._database()
        safety: Backup | None = None
        set_aside: Path | None = None
        if has_content(database):
            try:
                require_intact(database)
            except DatabaseDamagedError:
                set_aside = files.set_aside(database)
            else:
                safety = files.make_backup(database, BackupReason.BEFORE_RESTORE, rotate_after=False)
        files.copy_into(chosen.path, database)
        migrated = self._bring_up_to_date()
        return RestoreReport(chosen, safety, set_aside, migrated)

    def _bring_up_to_date(self) -> bool:
        """A backup from an older version gets this version's schema, the same way a start would."""
        from vgg_desktop.db import migrate
        from vgg_desktop.db.engine import make_engine
        from vgg_desktop.db.unit_of_work import translated_errors

        engine = make_engine(self.url)
        try:
            with translated_errors():
                return migrate.upgrade(engine)
        finally:
            engine.dispose()


@dataclass(frozen=True)
class Preflight:
    """What the window must tell the user before it opens a database."""

    network_warning: str | None
    damage: DatabaseDamagedError | None


def preflight(url: str) -> Preflight:
    """The checks before opening: a SQLite file on a network share, and a damaged file (read-only check)."""
    path = sqlite_path(url)
    damage: DatabaseDamagedError | None = None
    if path is not None:
        try:
            require_intact(path)
        except DatabaseDamagedError as error:
            damage = error
    return Preflight(network_share_warning(url), damage)
