"""`vgg-desktop backup`, `restore` and `check`, headless: what they do, say, refuse, and their exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.db.damage import damage, dump
from vgg_desktop.cli import main
from vgg_desktop.db import backup
from vgg_desktop.services.instance_lock import lock_database


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "vgg.sqlite3"
    assert main(["init", "--database", str(path)]) == 0
    return path


def _add_person(path: Path, last_name: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO person (last_name, version, created_at, updated_at) VALUES (?, 1, '2022-06-14', '2022-06-14')", (last_name,))
    connection.commit()
    connection.close()


def _last_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT last_name FROM person")}
    finally:
        connection.close()


def test_backup_into_the_rotation_and_list(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["backup", "--database", str(database)]) == 0
    said = capsys.readouterr().out
    (made,) = backup.list_backups(database)
    assert "gecontroleerd" in said and str(made.path) in said
    assert main(["backup", "--list", "--database", str(database)]) == 0
    listed = capsys.readouterr().out
    assert str(made.path) in listed and "Handmatig" in listed


def test_backup_to_a_chosen_file_and_never_over_an_existing_one(database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kopie.sqlite3"
    assert main(["--database", str(database), "backup", "--out", str(out)]) == 0
    assert dump(out) == dump(database)
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["--database", str(database), "backup", "--out", str(out)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_backup_list_when_there_are_none(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["backup", "--list", "--database", str(database)]) == 0
    assert "nog geen back-ups" in capsys.readouterr().out


def test_backup_of_a_server_database_points_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--database", "postgresql://vgg@server/vgg"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_restore_a_file_after_keeping_the_current_data(database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kopie.sqlite3"
    assert main(["backup", "--out", str(out), "--database", str(database)]) == 0
    _add_person(database, "Na-de-kopie")
    capsys.readouterr()
    assert main(["restore", str(out), "--database", str(database)]) == 0
    said = capsys.readouterr().out
    assert "Teruggezet" in said and "bewaard in" in said
    assert "Na-de-kopie" not in _last_names(database)
    (safety,) = backup.list_backups(database)
    assert safety.reason is backup.BackupReason.BEFORE_RESTORE and "Na-de-kopie" in _last_names(safety.path)


def test_restore_latest_good_backup_over_a_damaged_database(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--database", str(database)]) == 0
    damage(database)
    capsys.readouterr()
    assert main(["restore", "--latest", "--database", str(database)]) == 0
    assert "opzij gezet" in capsys.readouterr().out
    assert main(["check", "--database", str(database)]) == 0


def test_restore_latest_without_backups(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["restore", "--latest", "--database", str(database)]) == 1
    assert "geen goede back-up" in capsys.readouterr().err


def test_restore_is_refused_while_the_program_has_the_database_open(database: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kopie.sqlite3"
    assert main(["backup", "--out", str(out), "--database", str(database)]) == 0
    _add_person(database, "Open-in-het-venster")
    before = dump(database)
    capsys.readouterr()
    with lock_database(f"sqlite:///{database}"):
        assert main(["restore", str(out), "--database", str(database)]) == 1
    assert "al geopend" in capsys.readouterr().err
    assert dump(database) == before and backup.list_backups(database) == []


def test_restore_needs_a_file_or_latest(database: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["restore", "--database", str(database)])
    assert stopped.value.code == 2


def test_check_of_a_sound_database(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check", "--database", str(database)]) == 0
    said = capsys.readouterr().out
    assert "integrity_check): in orde" in said and "foreign_key_check): in orde" in said
    assert "nog geen goede back-up" in said and said.rstrip().endswith("Conclusie: in orde.")


def test_check_reports_damage_names_the_backup_exits_1_and_changes_nothing(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--database", str(database)]) == 0
    (good,) = backup.list_backups(database)
    damage(database)
    before = _files(database.parent)
    capsys.readouterr()
    assert main(["check", "--database", str(database)]) == 1
    said = capsys.readouterr().out
    assert "BESCHADIGD" in said and f'vgg-desktop restore "{good.path}"' in said and "NIET in orde" in said
    assert _files(database.parent) == before


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_check_reports_broken_references(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(database)
    connection.execute("DELETE FROM municipality")  # the sqlite3 module leaves foreign keys off
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["check", "--database", str(database)]) == 1
    assert "foreign_key_check): " in capsys.readouterr().out


def test_check_of_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--database", str(tmp_path / "nergens.sqlite3")]) == 1
    assert "geen database" in capsys.readouterr().out
    assert not (tmp_path / "nergens.sqlite3").exists()


def test_check_of_a_database_from_a_newer_version(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["check", "--database", str(database)]) == 1
    assert "nieuwere versie" in capsys.readouterr().out


@pytest.mark.postgres
def test_check_of_a_server_database(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--database", postgres_url]) == 0
    capsys.readouterr()
    assert main(["check", "--database", postgres_url]) == 0
    said = capsys.readouterr().out
    assert "PostgreSQL-server: in orde" in said and "pg_dump" in said
