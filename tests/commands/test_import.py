"""`vgg-desktop import`: the preview, --dry-run, a real import, and refusal with exit code 1 writing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from vgg_desktop.cli import main
from vgg_desktop.startup import open_database


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "vgg.sqlite3"
    open_database(f"sqlite:///{path}", seed_when_empty=False).database.dispose()
    return str(path)


def _staff_file(path: Path, *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Personeel"
    sheet.append(["Personeel van het bureau"])
    sheet.append(["Voorletters", "Achternaam", "Functie", "In dienst"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _staff(database: str) -> list[str]:
    opened = open_database(f"sqlite:///{database}")
    try:
        return [member.last_name for member in opened.services.staff_members.list()]
    finally:
        opened.database.dispose()


def test_dry_run_shows_the_preview_and_writes_nothing(tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]) -> None:
    file = _staff_file(tmp_path / "p.xlsx", ["A.", "Jansen", "Secretaris", date(2022, 1, 1)])
    assert main(["import", "--database", database, "--kind", "staff", "--sheet", "personeel", "--dry-run", str(file)]) == 0
    out = capsys.readouterr().out
    assert "p.xlsx, blad 'Personeel': medewerkers met dienstverband, kopregel op rij 2" in out
    assert "1 toevoegen, 0 wijzigen" in out and "rij 3: toevoegen A. Jansen" in out
    assert "Vanaf = kolom D (In dienst)" in out and "er is niets ingelezen" in out
    assert _staff(database) == []


def test_imports_and_then_finds_nothing_left_to_do(tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]) -> None:
    file = _staff_file(tmp_path / "p.xlsx", ["A.", "Jansen", "Secretaris", date(2022, 1, 1)], ["B.", "Smit", None, None])
    assert main(["import", "--database", database, "--kind", "staff", str(file)]) == 0
    assert "Ingelezen: 2 toegevoegd, 0 gewijzigd" in capsys.readouterr().out
    assert _staff(database) == ["Jansen", "Smit"]
    assert main(["import", "--database", database, "--kind", "staff", str(file)]) == 0
    assert "Er is niets te importeren" in capsys.readouterr().out
    assert main(["history", "--database", database]) == 0
    assert "Geïmporteerd" in capsys.readouterr().out


def test_a_row_with_a_problem_refuses_everything_with_exit_code_1(tmp_path: Path, database: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    file = _staff_file(tmp_path / "p.xlsx", ["A.", "Jansen", None, None], ["B.", "Smit", None, "31-02-2022"])
    assert main(["import", "--database", database, "--kind", "staff", str(file)]) == 1
    captured = capsys.readouterr()
    assert "rij 4: Vanaf: '31-02-2022' bestaat niet als datum" in captured.out
    assert "er is niets ingelezen" in captured.err
    assert _staff(database) == []


@pytest.mark.parametrize("content, words", [(b"%PDF-1.4", "geen spreadsheet"), (b"PK\x03\x04kapot", "beschadigd")])
def test_a_bad_file_is_refused_before_the_database_is_opened(tmp_path: Path, content: bytes, words: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "lijst.xlsx"
    file.write_bytes(content)
    never_made = tmp_path / "nieuw.sqlite3"
    assert main(["import", "--database", str(never_made), "--kind", "persons", str(file)]) == 1
    assert words in capsys.readouterr().err
    assert not never_made.exists()


def test_an_unknown_sheet_is_named(tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]) -> None:
    file = _staff_file(tmp_path / "p.xlsx")
    assert main(["import", "--database", database, "--kind", "staff", "--sheet", "Bestuur", str(file)]) == 1
    assert "geen blad 'Bestuur'. De bladen zijn: Personeel" in capsys.readouterr().err


def test_a_whole_meeting_workbook_into_an_empty_database(tmp_path: Path, database: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    seeded = tmp_path / "jaarplan.sqlite3"
    open_database(f"sqlite:///{seeded}").database.dispose()
    workbook = tmp_path / "overzicht.xlsx"
    assert main(["export", "--database", str(seeded), "--out", str(workbook), "--date", "2022-06-14"]) == 0
    capsys.readouterr()
    assert main(["import", "--database", database, "--kind", "workbook", "--sheet", "Bureau", str(workbook)]) == 1
    assert "--sheet hoort niet bij --kind workbook" in capsys.readouterr().err
    assert main(["import", "--database", database, "--kind", "workbook", str(workbook)]) == 0
    out = capsys.readouterr().out
    assert "bladen Overzicht, Bestuur" in out and "blad Bureau, rij 2: toevoegen" in out and "Ingelezen:" in out
    assert "Sprenger" in " ".join(_staff(database))


def _meetings(database: str) -> list[tuple[object, ...]]:
    opened = open_database(f"sqlite:///{database}")
    try:
        return [(item.meeting.date, item.meeting.title, item.meeting.status.value)
                for item in opened.services.meeting_overviews.of_year(2022, date(2022, 12, 31))]
    finally:
        opened.database.dispose()


def test_meetings_dry_run_writes_nothing_and_then_imports(tmp_path: Path, database: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Bijeenkomsten"
    sheet.append(["Date", "Type", "Subject", "State"])
    sheet.append([date(2022, 3, 10), "DB", "Vergadering Dagelijks Bestuur VGG", "held"])
    file = tmp_path / "bijeenkomsten.xlsx"
    book.save(file)
    assert main(["import", "--database", database, "--kind", "meetings", "--dry-run", str(file)]) == 0
    out = capsys.readouterr().out
    assert "bijeenkomsten.xlsx, blad 'Bijeenkomsten': bijeenkomsten, kopregel op rij 1" in out
    assert "Gezocht op: datum, soort en activiteit" in out
    assert "rij 2: toevoegen 10-03-2022 Vergadering Dagelijks Bestuur VGG" in out and "er is niets ingelezen" in out
    assert _meetings(database) == []
    assert main(["import", "--database", database, "--kind", "meetings", str(file)]) == 0
    assert "Ingelezen: 1 toegevoegd" in capsys.readouterr().out
    assert _meetings(database) == [(date(2022, 3, 10), "Vergadering Dagelijks Bestuur VGG", "gehouden")]


def test_meetings_with_a_bad_date_exit_1_and_write_nothing(tmp_path: Path, database: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bijeenkomsten.csv"
    file.write_text("Datum;Soort;Titel\n14-06-2022;Toogdag;Toogdag\n31-02-2022;Toogdag;Toogdag 2\n", encoding="utf-8")
    assert main(["import", "--database", database, "--kind", "meetings", str(file)]) == 1
    captured = capsys.readouterr()
    assert "rij 3: Datum: '31-02-2022' bestaat niet als datum" in captured.out
    assert _meetings(database) == []
