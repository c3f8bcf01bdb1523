"""Is the database file sound? A quick check at every start, a thorough one on request.

Both open the file read-only: a damaged database is never written to (no migration, no checkpoint, no
"repair"), so that what is left in it can still be rescued, and the user is pointed to the latest good
backup instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vgg_desktop.db import backup
from vgg_desktop.db.errors import StorageError


class DatabaseDamagedError(StorageError):
    """The database file fails SQLite's own check. It has not been changed."""

    def __init__(self, path: Path, problems: tuple[str, ...], latest_backup: backup.Backup | None) -> None:
        self.path = path
        self.problems = problems
        self.latest_backup = latest_backup
        super().__init__(damage_message(path, latest_backup))


def damage_message(path: Path, latest_backup: backup.Backup | None) -> str:
    text = f"Het databasebestand '{path}' is beschadigd. Er is niets aan veranderd en er wordt niets in opgeslagen. "
    if latest_backup is None:
        return text + (
            f"Er is geen goede back-up gevonden in '{backup.folder_for(path)}'. "
            "Zoek een back-up (bijvoorbeeld op een USB-stick of netwerkschijf) en zet die terug met "
            "'vgg-desktop restore BESTAND'."
        )
    return text + (
        f"De laatste goede back-up is van {latest_backup.made_at:%d-%m-%Y %H:%M}: '{latest_backup.path}'. "
        f"Zet die terug met Bestand > Back-up terugzetten, of met: vgg-desktop restore \"{latest_backup.path}\"."
    )


def has_content(path: Path) -> bool:
    """A file that exists and is not empty; a new database has nothing to check yet."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def require_intact(path: Path) -> None:
    """`PRAGMA quick_check` on the file, read-only; raises DatabaseDamagedError naming the latest good backup."""
    if not has_content(path):
        return
    problems = backup.integrity_problems(path, quick=True)
    if problems:
        raise DatabaseDamagedError(path, tuple(problems), backup.latest_good_backup(path))


@dataclass(frozen=True)
class CheckReport:
    """The thorough check: SQLite's integrity_check and foreign_key_check, and the stored schema revision."""

    path: Path
    problems: tuple[str, ...]
    foreign_key_problems: tuple[str, ...]
    revision: str | None

    @property
    def damaged(self) -> bool:
        return bool(self.problems or self.foreign_key_problems)


def thorough_check(path: Path) -> CheckReport:
    """Reads every page (integrity_check) and every reference (foreign_key_check), changing nothing."""
    import sqlite3

    problems = tuple(backup.integrity_problems(path, quick=False))
    foreign: list[str] = []
    if not problems:
        try:
            connection = backup.open_read_only(path)
            try:
                for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check").fetchall():
                    foreign.append(f"tabel {table}, rij {rowid}: verwijst naar een ontbrekende rij in {parent}")
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            problems = (str(error),)
    return CheckReport(path, problems, tuple(foreign), backup.stored_revision(path) if not problems else None)
