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
from vgg_desktop.db.location import check_sqlite_file, not_a_database_file, sqlite_path
from vgg_desktop.db.network_share import network_share_warning

__all__ = [
    "Backup", "BackupReason", "BackupService", "BackupsUnavailableError", "DatabaseCheck", "DatabaseDamagedError",
    "Preflight", "RestoreReport", "check_database", "check_location", "preflight",
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

    def check_target(self) -> None:
        """Refuses, with the message `init` gives, a target that is not a VGG Desktop database: a folder,
        a spreadsheet, another program's database. Only a VGG Desktop database (or nothing yet) is replaced."""
        from vgg_desktop.db import migrate

        database = self._database()
        check_sqlite_file(database)
        if has_content(database) and files.is_foreign_database(database):
            raise StorageError(migrate.FOREIGN_DATABASE)

    def restore(self, candidate: Path) -> RestoreReport:
        """Puts a backup in place of the database. The current data is first kept as a verified backup;
        a damaged database is moved aside untouched instead. Close the program's connections first."""
        self.check_target()
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


def check_location(url: str) -> None:
    """Refuses, before anything is locked or read, a path that is no database file (a Word document, a folder)."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)


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


@dataclass(frozen=True)
class DatabaseCheck:
    """`vgg-desktop check`: the thorough check of a database file, or the reachability of a server."""

    location: str
    is_server: bool
    exists: bool
    problems: tuple[str, ...]
    foreign_key_problems: tuple[str, ...]
    revision: str | None
    revision_state: str  # current, older, newer, foreign
    latest_good: Backup | None
    backup_count: int
    network_warning: str | None
    not_a_database: str | None = None  # why the location holds no database at all (a folder, a spreadsheet)

    @property
    def ok(self) -> bool:
        return self.exists and not self.not_a_database and not self.problems and not self.foreign_key_problems and self.revision_state in ("current", "older")

    def lines(self) -> list[str]:
        lines = [f"Database: {self.location}"]
        if self.not_a_database:
            return [*lines, self.not_a_database, "Conclusie: NIET in orde (er is niets gecontroleerd en niets veranderd)."]
        if not self.exists:
            return [*lines, "Dit bestand bestaat niet (of is leeg): er is op deze plek geen database. "
                                "Controleer de naam, of maak er een met 'vgg-desktop init'."]
        if self.is_server:
            lines.append("Verbinding met de PostgreSQL-server: in orde. De server bewaakt zelf de opslag.")
        elif self.problems:
            lines.append(f"Controle van alle gegevens (integrity_check): BESCHADIGD, {len(self.problems)} melding(en):")
            lines.extend(f"  - {problem}" for problem in self.problems[:20])
        else:
            lines.append("Controle van alle gegevens (integrity_check): in orde.")
        if not self.is_server and not self.problems:
            if self.foreign_key_problems:
                lines.append(f"Verwijzingen tussen gegevens (foreign_key_check): {len(self.foreign_key_problems)} fout(en):")
                lines.extend(f"  - {problem}" for problem in self.foreign_key_problems[:20])
            else:
                lines.append("Verwijzingen tussen gegevens (foreign_key_check): in orde.")
        lines.append({
            "current": f"Versie van de database: {self.revision}, de versie van dit programma.",
            "older": f"Versie van de database: {self.revision}, ouder dan dit programma; wordt bij de volgende start bijgewerkt (met eerst een back-up).",
            "newer": f"Versie van de database: {self.revision}, gemaakt door een nieuwere versie van VGG Desktop. Installeer de nieuwste versie.",
            "foreign": "Dit is geen VGG Desktop-database (er is geen versie vastgelegd).",
        }[self.revision_state] if not self.problems else "Versie van de database: niet te lezen.")
        if self.is_server:
            lines.append("Back-ups: " + SERVER_BACKUP_ADVICE)
        elif self.latest_good is not None:
            lines.append(f"Back-ups: {self.backup_count} in de map '{self.latest_good.path.parent}'; "
                         f"de laatste goede is van {self.latest_good.made_at:%d-%m-%Y %H:%M}.")
        else:
            lines.append("Back-ups: er is nog geen goede back-up. Maak er een met 'vgg-desktop backup'.")
        if self.problems or self.foreign_key_problems:
            if self.latest_good is not None:
                lines.append(f"Advies: zet de laatste goede back-up terug: vgg-desktop restore \"{self.latest_good.path}\"")
            else:
                lines.append("Advies: zoek een back-up (USB-stick, netwerkschijf) en zet die terug met 'vgg-desktop restore BESTAND'.")
        if self.network_warning:
            lines.append("Let op: " + self.network_warning)
        lines.append("Conclusie: in orde." if self.ok else "Conclusie: NIET in orde.")
        return lines


def check_database(url: str) -> DatabaseCheck:
    """Reads everything, changes nothing: not the database, not the backups."""
    from vgg_desktop.db.integrity import thorough_check

    path = sqlite_path(url)
    location = str(path) if path is not None else _without_password(url)
    if path is None:
        revision = _server_revision(url)
        return DatabaseCheck(location, True, True, (), (), revision, _revision_state(revision), None, 0, None)
    reason = not_a_database_file(path)
    if reason is not None:
        return DatabaseCheck(location, False, False, (), (), None, "foreign", None, 0, None, reason)
    if not has_content(path):
        return DatabaseCheck(location, False, False, (), (), None, "foreign", None, 0, None)
    report = thorough_check(path)
    return DatabaseCheck(
        location, False, True, report.problems, report.foreign_key_problems, report.revision,
        _revision_state(report.revision), files.latest_good_backup(path), len(files.list_backups(path)),
        network_share_warning(url),
    )


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _server_revision(url: str) -> str | None:
    from vgg_desktop.db import schema_version
    from vgg_desktop.db.engine import make_engine
    from vgg_desktop.db.unit_of_work import translated_errors

    engine = make_engine(url)
    try:
        with translated_errors(), engine.connect() as connection:
            return schema_version.stored_revision(connection)
    finally:
        engine.dispose()


def _revision_state(revision: str | None) -> str:
    from vgg_desktop.db import migrate, schema_version

    if revision is None:
        return "foreign"
    if revision == schema_version.HEAD_REVISION:
        return "current"
    return "older" if revision in migrate.known_revisions() else "newer"
