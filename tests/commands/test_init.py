"""`vgg-desktop init` and `--version`, headless: what they say, what they refuse, and that Qt stays out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vgg_desktop import __version__
from vgg_desktop.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"VGG Desktop {__version__}"


def test_init_creates_migrates_and_seeds_then_leaves_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "vgg.sqlite3"
    assert main(["init", "--database", str(database)]) == 0
    said = capsys.readouterr().out
    assert "nieuw aangemaakt" in said and "28 × activiteit" in said
    assert main(["--database", str(database), "init"]) == 0
    said = capsys.readouterr().out
    assert "al bijgewerkt" in said and "Ingelezen" not in said


def test_init_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--empty", "--database", str(tmp_path / "leeg.sqlite3")]) == 0
    assert "leeg gelaten" in capsys.readouterr().out


def test_environment_variable_chooses_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "uit-omgeving.sqlite3"
    monkeypatch.setenv("VGG_DESKTOP_DATABASE", str(database))
    assert main(["init"]) == 0
    assert database.exists()


def test_missing_folder_is_refused_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--database", str(tmp_path / "bestaat-niet" / "vgg.sqlite3")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "bestaat-niet").exists()


def test_file_that_is_no_database_is_left_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "notulen.docx"
    document.write_bytes(b"PK\x03\x04 not a database")
    assert main(["init", "--database", str(document)]) == 1
    assert "geen VGG Desktop-database" in capsys.readouterr().err
    assert document.read_bytes() == b"PK\x03\x04 not a database"


def test_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Root may write anywhere, so the folder's permission answer is simulated.
    monkeypatch.setattr("vgg_desktop.db.location.os.access", lambda path, mode: False)
    assert main(["init", "--database", str(tmp_path / "vgg.sqlite3")]) == 1
    assert "mag niet worden geschreven" in capsys.readouterr().err
    assert not (tmp_path / "vgg.sqlite3").exists()


def test_unreachable_postgresql_server(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--database", "postgresql+psycopg://vgg@127.0.0.1:9/vgg"]) == 1
    assert "databaseserver is niet bereikbaar" in capsys.readouterr().err


def test_newer_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    database = tmp_path / "nieuwer.sqlite3"
    assert main(["init", "--database", str(database)]) == 0
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["init", "--database", str(database)]) == 1
    assert "nieuwere versie van VGG Desktop" in capsys.readouterr().err


def test_headless_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from vgg_desktop.cli import main; "
        f"rc = main(['init', '--database', {str(tmp_path / 'q.sqlite3')!r}]); "
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "vgg_desktop", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("VGG Desktop")


def test_init_empty_on_a_database_with_data_says_it_was_ignored_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "vgg.sqlite3"
    assert main(["init", "--database", str(database)]) == 0
    capsys.readouterr()
    assert main(["init", "--empty", "--database", str(database)]) == 0
    said = capsys.readouterr().out
    assert "--empty is genegeerd: deze database bevat al gegevens (" in said
    assert "28 × activiteit" in said and "13 × zetel" in said
    assert "een database met gegevens wordt nooit leeggemaakt of overschreven. Er is niets verwijderd." in said
    assert "leeg gelaten" not in said
    assert main(["init", "--database", str(database)]) == 0
    assert "--empty" not in capsys.readouterr().out


def test_init_empty_twice_keeps_the_database_empty_without_calling_it_ignored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "leeg.sqlite3"
    assert main(["init", "--empty", "--database", str(database)]) == 0
    capsys.readouterr()
    assert main(["init", "--empty", "--database", str(database)]) == 0
    said = capsys.readouterr().out
    assert "leeg en blijft leeg" in said and "genegeerd" not in said
