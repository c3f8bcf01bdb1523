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


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder` with its bytes (None for a folder)."""
    return {str(path.relative_to(folder)): (None if path.is_dir() else path.read_bytes()) for path in sorted(folder.rglob("*"))}


def _foreign_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE boekhouding (regel TEXT)")
    connection.execute("INSERT INTO boekhouding VALUES ('van een ander programma')")
    connection.commit()
    connection.close()
    return path


def _spreadsheet(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # what an .xlsx starts with
    return path


WRONG_TARGETS = {
    "een map": lambda folder: _folder(folder / "Documenten"),
    "een spreadsheet": lambda folder: _spreadsheet(folder / "begroting.xlsx"),
    "een database van een ander programma": lambda folder: _foreign_database(folder / "boekhouding.sqlite3"),
}


def _folder(path: Path) -> Path:
    path.mkdir()
    (path / "brief.docx").write_bytes(b"inhoud")
    return path


@pytest.mark.parametrize("kind", WRONG_TARGETS)
def test_restore_into_what_is_no_vgg_database_is_refused_with_the_message_of_init(
        kind: str, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kopie.sqlite3"
    assert main(["backup", "--out", str(out), "--database", str(database)]) == 0
    place = tmp_path / "elders"
    place.mkdir()
    target = WRONG_TARGETS[kind](place)
    before = _snapshot(place)
    capsys.readouterr()
    assert main(["init", "--database", str(target)]) == 1
    refused_by_init = capsys.readouterr().err
    assert refused_by_init.startswith("Fout: ") and _snapshot(place) == before

    assert main(["restore", str(out), "--database", str(target)]) == 1
    said = capsys.readouterr()
    assert said.err == refused_by_init and "Teruggezet" not in said.out
    assert _snapshot(place) == before  # nothing moved aside, nothing written, no backups folder


@pytest.mark.parametrize("kind", ["een map", "een spreadsheet"])
def test_check_of_what_is_no_database_says_so(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = WRONG_TARGETS[kind](tmp_path)
    before = _snapshot(tmp_path)
    capsys.readouterr()
    assert main(["check", "--database", str(target)]) == 1
    said = capsys.readouterr().out
    assert ("is een map, geen databasebestand" if kind == "een map" else "geen VGG Desktop-database (geen SQLite-bestand)") in said
    assert "BESCHADIGD" not in said and "restore" not in said and "terug" not in said
    assert _snapshot(tmp_path) == before


def test_check_of_a_missing_file_says_it_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check", "--database", str(tmp_path / "bestaat-niet.sqlite3")]) == 1
    said = capsys.readouterr().out
    assert "bestaat niet" in said and "BESCHADIGD" not in said and "restore" not in said
    assert list(tmp_path.iterdir()) == []


def test_check_of_another_programs_database_says_it_is_not_ours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _foreign_database(tmp_path / "boekhouding.sqlite3")
    before = target.read_bytes()
    capsys.readouterr()
    assert main(["check", "--database", str(target)]) == 1
    said = capsys.readouterr().out
    assert "geen VGG Desktop-database" in said and "BESCHADIGD" not in said and "restore" not in said
    assert target.read_bytes() == before


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody may write in, not even root: /proc")
def test_backup_into_a_folder_that_cannot_be_written_says_so(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["backup", "--out", "/proc/vgg-kopie.sqlite3", "--database", str(database)]) == 1
    said = capsys.readouterr().err
    assert said == ("Fout: In de map '/proc' kan geen back-up worden geschreven (geen schrijfrechten of alleen-lezen). "
                    "Kies een andere map; er is geen back-up gemaakt.\n")
    assert "partial" not in said


def test_backup_into_a_folder_without_write_permission_says_so(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import os

    locked = tmp_path / "alleen-lezen"
    locked.mkdir()
    locked.chmod(0o555)
    real_access = os.access
    # An administrator (root) may write anywhere; ask the operating system as an ordinary user would be answered.
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == locked and mode & os.W_OK else real_access(path, mode))
    capsys.readouterr()
    assert main(["backup", "--out", str(locked / "kopie.sqlite3"), "--database", str(database)]) == 1
    said = capsys.readouterr().err
    assert f"In de map '{locked}' kan geen back-up worden geschreven" in said and "partial" not in said
    assert list(locked.iterdir()) == []
