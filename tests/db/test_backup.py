"""Backups are made through SQLite (never a file copy), verified, named, rotated, and restorable."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.db.damage import damage, dump
from vgg_desktop.db import backup
from vgg_desktop.db.backup import Backup, BackupReason
from vgg_desktop.db.errors import StorageError
from vgg_desktop.startup import OpenedDatabase


def _persons(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT last_name FROM person")}
    finally:
        connection.close()


def test_backup_holds_what_was_committed_even_while_it_sits_in_the_wal(opened: OpenedDatabase, database_path: Path) -> None:
    # The engine stays open, so the new person is in the -wal file, not yet in the database file itself.
    opened.services.persons.create({"last_name": "Walstra"})
    assert database_path.with_name(database_path.name + "-wal").exists()
    made = backup.make_backup(database_path, BackupReason.MANUAL)
    assert "Walstra" in _persons(made.path)
    assert backup.integrity_problems(made.path, quick=False) == []
    assert made.path.parent == database_path.parent / "backups"
    assert made.path.name.startswith("vgg.") and made.path.name.endswith(".handmatig.sqlite3")
    # A backup is one self-contained file: no WAL of its own.
    assert not made.path.with_name(made.path.name + "-wal").exists()
    assert dump(made.path) == dump(database_path)


def test_backup_refuses_to_overwrite_and_leaves_no_partial_file(opened: OpenedDatabase, database_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"something the user keeps")
    with pytest.raises(StorageError, match="bestaat al"):
        backup.write_backup(database_path, target)
    assert target.read_bytes() == b"something the user keeps"
    with pytest.raises(StorageError, match="database zelf"):
        backup.write_backup(database_path, database_path.with_name("./" + database_path.name))
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.endswith(".partial")) == []


def test_backup_of_a_damaged_database_fails_and_keeps_nothing(opened: OpenedDatabase, database_path: Path, tmp_path: Path) -> None:
    opened.database.dispose()
    damage(database_path)
    target = tmp_path / "out.sqlite3"
    with pytest.raises(StorageError, match="beschadigd|controle"):
        backup.write_backup(database_path, target)
    assert not target.exists()
    assert not target.with_name(target.name + ".partial").exists()


def test_backup_that_fails_its_check_is_thrown_away(opened: OpenedDatabase, database_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "integrity_problems", lambda path, quick=True: ["*** in database main *** Page 7: btreeInitPage() returns error code 11"])
    target = tmp_path / "out.sqlite3"
    with pytest.raises(StorageError, match="niet door de controle"):
        backup.write_backup(database_path, target)
    assert not target.exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_two_backups_in_the_same_second_get_different_names(opened: OpenedDatabase, database_path: Path) -> None:
    moment = datetime(2022, 6, 14, 9, 30, 0)
    first = backup.make_backup(database_path, BackupReason.DAILY, now=moment)
    second = backup.make_backup(database_path, BackupReason.DAILY, now=moment)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [item.path for item in backup.list_backups(database_path)] == [second.path, first.path]


def test_listing_ignores_files_it_did_not_name_and_other_databases(opened: OpenedDatabase, database_path: Path) -> None:
    made = backup.make_backup(database_path, BackupReason.DAILY, now=datetime(2022, 6, 14, 9, 0))
    folder = made.path.parent
    (folder / "notes.txt").write_text("mine")
    (folder / "vgg-archief.20220101-000000.dagelijks.sqlite3").write_bytes(b"")
    (folder / "vgg.20220101-000000.onbekend.sqlite3").write_bytes(b"")
    assert backup.list_backups(database_path) == [
        Backup(made.path, datetime(2022, 6, 14, 9, 0), BackupReason.DAILY, made.path.stat().st_size)
    ]


def _fake_backups(folder: Path, moments: list[datetime]) -> list[Backup]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for moment in moments:
        path = folder / f"vgg.{moment:%Y%m%d-%H%M%S}.dagelijks.sqlite3"
        path.write_bytes(b"x")
        made.append(Backup(path, moment, BackupReason.DAILY, 1))
    return made


def test_rotation_keeps_the_newest_ten_and_one_per_month_for_a_year(tmp_path: Path) -> None:
    database = tmp_path / "vgg.sqlite3"
    today = date(2022, 6, 14)
    daily = [datetime(2022, 6, 14, 9) - timedelta(days=number) for number in range(400)]
    made = _fake_backups(backup.folder_for(database), daily)
    (backup.folder_for(database) / "vgg.20220101-000000.beschadigd.sqlite3").write_bytes(b"kept aside")
    removed = backup.rotate(database, today=today)
    kept = {item.made_at for item in backup.list_backups(database)}
    newest_ten = set(daily[:10])
    month_ends = set()
    for item in made:
        months_back = (today.year - item.made_at.year) * 12 + today.month - item.made_at.month
        if months_back < 12 and not any(
            other.made_at > item.made_at and (other.made_at.year, other.made_at.month) == (item.made_at.year, item.made_at.month)
            for other in made
        ):
            month_ends.add(item.made_at)
    assert kept == newest_ten | month_ends
    assert len(month_ends) == 12
    assert len(removed) == 400 - len(kept)
    assert (backup.folder_for(database) / "vgg.20220101-000000.beschadigd.sqlite3").exists()


def test_rotation_of_few_backups_removes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "vgg.sqlite3"
    _fake_backups(backup.folder_for(database), [datetime(2022, 6, day, 9) for day in range(1, 8)])
    assert backup.rotate(database, today=date(2022, 6, 14)) == []
    assert len(backup.list_backups(database)) == 7


def test_latest_good_backup_skips_damaged_ones(opened: OpenedDatabase, database_path: Path) -> None:
    older = backup.make_backup(database_path, BackupReason.DAILY, now=datetime(2022, 6, 13, 9, 0))
    newer = backup.make_backup(database_path, BackupReason.DAILY, now=datetime(2022, 6, 14, 9, 0))
    assert backup.latest_good_backup(database_path) == newer
    damage(newer.path)
    latest = backup.latest_good_backup(database_path)
    assert latest is not None and latest.path == older.path


def test_made_today(opened: OpenedDatabase, database_path: Path) -> None:
    assert not backup.made_today(database_path, date(2022, 6, 14))
    backup.make_backup(database_path, BackupReason.DAILY, now=datetime(2022, 6, 14, 23, 59))
    assert backup.made_today(database_path, date(2022, 6, 14))
    assert not backup.made_today(database_path, date(2022, 6, 15))


def test_copy_into_replaces_the_content_while_the_program_holds_connections(opened: OpenedDatabase, database_path: Path) -> None:
    made = backup.make_backup(database_path, BackupReason.MANUAL)
    added = opened.services.persons.create({"last_name": "Na-de-back-up"})
    backup.copy_into(made.path, database_path)
    # The program's own (pooled) connection sees the restored data at its next transaction.
    assert "Na-de-back-up" not in {person.last_name for person in opened.services.persons.list()}
    assert added.id not in {person.id for person in opened.services.persons.list()}
    assert dump(database_path) == dump(made.path)


def test_set_aside_moves_the_file_and_its_wal_untouched(opened: OpenedDatabase, database_path: Path) -> None:
    opened.services.persons.create({"last_name": "In-de-wal"})
    wal = database_path.with_name(database_path.name + "-wal")
    before = database_path.read_bytes(), wal.read_bytes()
    opened.database.dispose()
    # Disposing checkpoints the WAL; simulate a crash that left one behind instead.
    wal.write_bytes(before[1])
    moved = backup.set_aside(database_path, now=datetime(2022, 6, 14, 9, 0))
    assert not database_path.exists() and not wal.exists()
    assert moved.name == "vgg.20220614-090000.beschadigd.sqlite3"
    assert moved.with_name(moved.name + "-wal").read_bytes() == before[1]
    assert backup.list_backups(database_path) == []  # never part of the rotation


def test_describe_file_reads_our_names_and_accepts_others(tmp_path: Path) -> None:
    ours = tmp_path / "vgg.20220614-093000.voor-bijwerken.sqlite3"
    ours.write_bytes(b"x")
    other = tmp_path / "stick-kopie.sqlite3"
    other.write_bytes(b"xy")
    assert backup.describe_file(ours) == Backup(ours, datetime(2022, 6, 14, 9, 30), BackupReason.BEFORE_MIGRATION, 1)
    described = backup.describe_file(other)
    assert described.reason is None and described.size == 2 and described.reason_label == "Zelf gekozen bestand"
