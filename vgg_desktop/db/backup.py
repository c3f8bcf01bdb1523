"""Backups of a SQLite database file: made with VACUUM INTO (never a file copy), verified, kept in rotation.

A file copy of a live SQLite database can catch it halfway through a write, and misses what still sits in
the -wal file. VACUUM INTO reads a consistent snapshot through SQLite itself, including the WAL, and writes
a compact single file. SQLite does not flush that file to disk, so it is written under a temporary name,
checked with `PRAGMA integrity_check`, flushed, and only then given its real name (`vgg_desktop.atomic_file`,
the same routine as for the exported files, which also flushes the folder after the rename).

Backups live in a `backups` folder beside the database and are named
`<database stem>.<YYYYMMDD-HHMMSS>.<reason>.sqlite3`; rotation keeps the newest ten plus the newest of
each of the last twelve months, and never touches a file it did not name itself.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from vgg_desktop.atomic_file import AtomicWriteFailed, flush_folder, replace_atomically
from vgg_desktop.db.errors import StorageError

FOLDER_NAME = "backups"
SUFFIX = ".sqlite3"
KEEP_RECENT = 10
KEEP_MONTHS = 12
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10.0
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupReason(StrEnum):
    DAILY = "dagelijks"
    BEFORE_MIGRATION = "voor-bijwerken"
    BEFORE_RESTORE = "voor-terugzetten"
    MANUAL = "handmatig"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    BackupReason.DAILY: "Automatisch (dagelijks)",
    BackupReason.BEFORE_MIGRATION: "Voor het bijwerken van de database",
    BackupReason.BEFORE_RESTORE: "Voor het terugzetten van een back-up",
    BackupReason.MANUAL: "Handmatig gemaakt",
}

DAMAGED_TAG = "beschadigd"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: BackupReason | None
    size: int

    @property
    def reason_label(self) -> str:
        return self.reason.label if self.reason is not None else "Zelf gekozen bestand"

    def describe(self) -> str:
        return f"{self.made_at:%d-%m-%Y %H:%M} ({self.reason_label.lower()}): {self.path}"


def folder_for(database: Path) -> Path:
    return database.parent / FOLDER_NAME


_NAME_TAIL = r"\.(?P<stamp>\d{8}-\d{6})(?:-(?P<extra>\d+))?\.(?P<reason>[a-z-]+)" + re.escape(SUFFIX) + "$"
_ANY_BACKUP = re.compile("^.+" + _NAME_TAIL)


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile("^" + re.escape(database.stem) + _NAME_TAIL)


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The backups this program made of `database`, newest first."""
    folder = folder or folder_for(database)
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found: list[tuple[datetime, int, Backup]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or match["reason"] not in BackupReason._value2member_map_ or not entry.is_file():
            continue
        made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
        backup = Backup(entry, made_at, BackupReason(match["reason"]), entry.stat().st_size)
        found.append((made_at, int(match["extra"] or 0), backup))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]


def describe_file(path: Path) -> Backup:
    """A backup file chosen by the user, whether this program named it or not."""
    stat = path.stat()
    match = _ANY_BACKUP.match(path.name)
    if match is not None and match["reason"] in BackupReason._value2member_map_:
        return Backup(path, datetime.strptime(match["stamp"], _STAMP_FORMAT), BackupReason(match["reason"]), stat.st_size)
    return Backup(path, datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0), None, stat.st_size)


def make_backup(database: Path, reason: BackupReason, *, folder: Path | None = None,
                now: datetime | None = None, rotate_after: bool = True) -> Backup:
    """A verified backup of `database` in its backups folder; older ones are rotated away afterwards."""
    folder = folder or folder_for(database)
    now = (now or datetime.now()).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"De map voor back-ups '{folder}' kan niet worden gemaakt ({error.strerror}). Er is geen back-up gemaakt.") from None
    target = _free_name(folder, database.stem, now, reason)
    write_backup(database, target)
    if rotate_after:
        rotate(database, folder=folder, today=now.date())
    return Backup(target, now, reason, target.stat().st_size)


def _free_name(folder: Path, stem: str, now: datetime, reason: BackupReason) -> Path:
    stamp = now.strftime(_STAMP_FORMAT)
    candidate = folder / f"{stem}.{stamp}.{reason.value}{SUFFIX}"
    number = 1
    while candidate.exists() or _partial(candidate).exists():
        candidate = folder / f"{stem}.{stamp}-{number}.{reason.value}{SUFFIX}"
        number += 1
    return candidate


def _partial(target: Path) -> Path:
    return target.with_name(target.name + ".partial")


def write_backup(database: Path, target: Path) -> None:
    """Writes a verified snapshot of `database` to `target`, which must not exist yet."""
    if not database.is_file():
        raise StorageError(f"Er is geen databasebestand '{database}'; er is geen back-up gemaakt.")
    if _same_file(database, target):
        raise StorageError("Een back-up kan niet over de database zelf worden geschreven. Kies een andere naam.")
    if target.exists():
        raise StorageError(f"Het bestand '{target}' bestaat al. Kies een andere naam; er is niets overschreven.")
    if not os.access(target.parent, os.W_OK):
        raise StorageError(_unwritable_folder(target))
    partial = _partial(target)

    def snapshot(path: Path) -> None:
        source = open_read_only(database)
        try:
            source.execute("VACUUM INTO ?", (str(path),))
        finally:
            source.close()
        problems = integrity_problems(path, quick=False)
        if problems:
            raise StorageError(
                "De gemaakte back-up kwam niet door de controle en is weggegooid: " + "; ".join(problems[:3])
                + ". Controleer de database met 'vgg-desktop check'."
            )

    try:
        partial.unlink(missing_ok=True)
        replace_atomically(target, snapshot, temp=partial)
    except sqlite3.DatabaseError as error:
        if "unable to open" in str(error).lower() and not _can_create(partial):
            # SQLite names the temporary file it could not create; the user chose the folder and the name.
            raise StorageError(_unwritable_folder(target)) from None
        if "unable to open" in str(error).lower():
            # The file could be made, so it was the database that SQLite could not read: damaged.
            raise StorageError(_sqlite_message(sqlite3.DatabaseError("malformed"), database)) from None
        raise StorageError(_sqlite_message(error, database).replace(str(partial), str(target))) from None
    except (AtomicWriteFailed, OSError) as failure:
        cause = failure.error if isinstance(failure, AtomicWriteFailed) else failure
        raise StorageError(
            f"De back-up '{target}' kon niet worden geschreven ({cause.strerror or cause}). "
            "Controleer of er ruimte op de schijf is en of u in die map mag schrijven."
        ) from None


def _can_create(path: Path) -> bool:
    if path.exists():
        return True  # SQLite got as far as creating it
    try:
        path.open("xb").close()
    except OSError:
        return False
    path.unlink(missing_ok=True)
    return True


def _unwritable_folder(target: Path) -> str:
    return (f"In de map '{target.parent}' kan geen back-up worden geschreven (geen schrijfrechten of alleen-lezen). "
            "Kies een andere map; er is geen back-up gemaakt.")


def is_foreign_database(path: Path) -> bool:
    """True for a sound SQLite file with tables of its own but no VGG Desktop schema version: another program's."""
    try:
        connection = open_read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False  # unreadable: damaged, which restore handles by setting it aside
    return bool(tables) and "alembic_version" not in tables


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _sqlite_message(error: sqlite3.DatabaseError, database: Path) -> str:
    text = str(error).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"De database '{database}' is beschadigd; er kon geen back-up van worden gemaakt. Zet een eerdere back-up terug."
    if "locked" in text or "busy" in text:
        return "De database is bezet door een ander programma. Probeer het over een ogenblik opnieuw."
    if "disk" in text or "full" in text:
        return "De schijf is vol of niet bereikbaar; er is geen back-up gemaakt. Maak ruimte vrij en probeer het opnieuw."
    # A damaged database can make VACUUM INTO fail in other words ("unable to open database"); ask the file itself.
    if integrity_problems(database, quick=True):
        return f"De database '{database}' is beschadigd; er kon geen back-up van worden gemaakt. Zet een eerdere back-up terug."
    return f"SQLite gaf een fout: {error}. Er is geen back-up gemaakt."


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (mode=ro), which still sees what a crash left in the WAL."""
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                                 isolation_level=None)
    return connection


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """What `PRAGMA quick_check` (or the thorough `integrity_check`) finds wrong; empty means sound."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return [f"het bestand kan niet worden gelezen ({error.strerror})"]
    if header != SQLITE_HEADER:
        return ["het bestand is geen SQLite-database"]
    try:
        connection = open_read_only(path)
        try:
            rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def to_keep(backups: Iterable[Backup], today: date, *, keep_recent: int = KEEP_RECENT,
            keep_months: int = KEEP_MONTHS) -> set[Path]:
    """The newest `keep_recent`, plus the newest of each of the last `keep_months` calendar months."""
    ordered = sorted(backups, key=lambda backup: backup.made_at, reverse=True)
    keep = {backup.path for backup in ordered[:keep_recent]}
    first_month = _month_index(today) - keep_months + 1
    seen_months: set[int] = set()
    for backup in ordered:
        month = _month_index(backup.made_at.date())
        if month >= first_month and month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    return keep


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def rotate(database: Path, *, folder: Path | None = None, today: date | None = None,
           keep_recent: int = KEEP_RECENT, keep_months: int = KEEP_MONTHS) -> list[Path]:
    """Removes backups outside the rotation; returns what was removed. Other files are left alone."""
    backups = list_backups(database, folder)
    keep = to_keep(backups, today or date.today(), keep_recent=keep_recent, keep_months=keep_months)
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # a backup that cannot be removed now is tried again at the next rotation
            removed.append(backup.path)
    return removed


def latest_good_backup(database: Path, folder: Path | None = None) -> Backup | None:
    """The newest backup that passes `PRAGMA quick_check`."""
    for backup in list_backups(database, folder):
        if not integrity_problems(backup.path):
            return backup
    return None


def made_today(database: Path, today: date, folder: Path | None = None) -> bool:
    return any(backup.made_at.date() == today for backup in list_backups(database, folder))


def stored_revision(path: Path) -> str | None:
    """The schema revision stamped in a database file, read without changing it; None when there is none."""
    try:
        connection = open_read_only(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def copy_into(backup: Path, database: Path) -> None:
    """Writes the content of `backup` into `database` with SQLite's backup API, in one transaction.

    Connections other processes (or this one) hold stay valid: they see the restored data at their next
    transaction. A crash halfway leaves the database as it was, thanks to its journal.
    """
    try:
        source = open_read_only(backup)
        try:
            target = sqlite3.connect(database, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            try:
                target.execute("PRAGMA synchronous = FULL")
                source.backup(target)
                problems = [str(row[0]) for row in target.execute("PRAGMA quick_check").fetchall()]
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(_sqlite_message(error, database)) from None
    if problems != ["ok"]:
        raise StorageError("Na het terugzetten kwam de database niet door de controle: " + "; ".join(problems[:3]) + ".")


def set_aside(database: Path, *, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Moves a damaged database (and its -wal/-shm) into the backups folder untouched; returns its new path.

    The damaged file is kept, not repaired or overwritten: someone may still get data out of it.
    """
    folder = folder or folder_for(database)
    now = (now or datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database.stem}.{now.strftime(_STAMP_FORMAT)}.{DAMAGED_TAG}{SUFFIX}"
    number = 1
    while target.exists():
        target = folder / f"{database.stem}.{now.strftime(_STAMP_FORMAT)}-{number}.{DAMAGED_TAG}{SUFFIX}"
        number += 1
    moved: list[tuple[Path, Path]] = []
    try:
        # The main file first: a WAL left beside a new file of the same name would be replayed into it.
        for suffix in ("", *_SIDE_FILES):
            source = database.with_name(database.name + suffix)
            if source.exists():
                destination = target.with_name(target.name + suffix)
                os.replace(source, destination)
                moved.append((destination, source))
    except OSError as error:
        for destination, source in reversed(moved):
            os.replace(destination, source)
        raise StorageError(
            f"De beschadigde database '{database}' kon niet opzij worden gezet ({error.strerror}). "
            "Sluit andere programma's die het bestand gebruiken en probeer het opnieuw."
        ) from None
    flush_folder(folder)
    return target
