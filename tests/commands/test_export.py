"""`vgg-desktop export`, headless: the seeded plan on a new database, Dutch refusals with exit 1, no Qt."""

from __future__ import annotations

import errno
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from vgg_desktop.cli import main
from vgg_desktop.export import atomic

SHEETS = ["Overzicht", "Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Projecten", "Openstaande facturen", "Activiteiten",
          "Bijeenkomsten", "Vacatures"]


def _texts(path: Path, sheet: str) -> set[str]:
    return {cell for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)
            for cell in row if isinstance(cell, str)}


def test_new_database_exports_the_seeded_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "overzicht.xlsx"
    assert main(["export", "--database", str(tmp_path / "nieuw.sqlite3"), "--out", str(out), "--date", "2022-06-14"]) == 0
    said = capsys.readouterr()
    assert "28 × activiteit" in said.out and "opgeslagen" in said.out and said.err == ""
    assert openpyxl.load_workbook(out).sheetnames == SHEETS
    assert "Annalies Usmany" in _texts(out, "Bestuur")
    assert "Informatiesamenleving (voorheen College van Dienstverleningszaken)" in _texts(out, "Portefeuilles")
    assert "Dhr. T.G. Sprenger" in _texts(out, "Bureau")
    assert any("Toogdag" in text for text in _texts(out, "Activiteiten"))
    meeting = openpyxl.load_workbook(out)["Overzicht"]["B3"]
    assert meeting.value.date() == date(2022, 6, 14) and meeting.number_format == "dd-mm-yyyy"


def test_blad_chooses_the_sheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "projecten.xlsx"
    assert main(["export", "--database", str(tmp_path / "nieuw.sqlite3"), "--out", str(out), "--date", "2022-06-14",
                 "--blad", "Bijeenkomsten", "--blad", "Projecten"]) == 0
    # In the workbook's own order, with the cover first.
    assert openpyxl.load_workbook(out).sheetnames == ["Overzicht", "Projecten", "Bijeenkomsten"]
    assert "Dhr. W. Rothstegge" in _texts(out, "Projecten")
    assert "Toogdag Groninger Gemeenten" in _texts(out, "Bijeenkomsten")


def test_an_unknown_sheet_is_refused_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    with pytest.raises(SystemExit) as raised:
        main(["export", "--database", str(tmp_path / "nieuw.sqlite3"), "--out", str(out), "--blad", "Projekten"])
    assert raised.value.code == 2
    assert "Projecten" in capsys.readouterr().err and not out.exists()


def test_the_sheet_names_of_the_command_are_those_of_the_report() -> None:
    from vgg_desktop.commands.export import SHEET_NAMES
    from vgg_desktop.services.reports import ALL_PARTS

    assert SHEET_NAMES == tuple(part.value for part in ALL_PARTS)


def test_without_a_date_the_meeting_is_today_and_the_2022_plan_is_used(tmp_path: Path) -> None:
    out = tmp_path / "vandaag.xlsx"
    assert main(["--database", str(tmp_path / "nieuw.sqlite3"), "export", "--out", str(out)]) == 0
    workbook: Workbook = openpyxl.load_workbook(out)
    assert workbook["Overzicht"]["B3"].value.date() == date.today()
    assert any(str(text).startswith("Ledenbinding") for text in _texts(out, "Activiteiten"))


@pytest.mark.parametrize("text", ["2022-13-01", "morgen", "31-02-2022"])
def test_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    database = tmp_path / "vgg.sqlite3"
    out = tmp_path / "o.xlsx"
    assert main(["export", "--database", str(database), "--out", str(out), "--date", text]) == 1
    error = capsys.readouterr().err
    assert "geen geldige datum" in error and "2022-06-14" in error
    assert not out.exists() and not database.exists()


def test_dutch_date_is_understood_too(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    assert main(["export", "--database", str(tmp_path / "vgg.sqlite3"), "--out", str(out), "--date", "14-06-2022"]) == 0
    assert openpyxl.load_workbook(out)["Overzicht"]["B3"].value.date() == date(2022, 6, 14)


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "vgg.sqlite3"
    assert main(["export", "--database", str(database), "--out", str(tmp_path / "weg" / "o.xlsx")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not database.exists()


def test_wrong_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--database", str(tmp_path / "vgg.sqlite3"), "--out", str(tmp_path / "o.xls")]) == 1
    assert "moet eindigen op .xlsx" in capsys.readouterr().err


def test_locked_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "o.xlsx"
    out.write_bytes(b"geopend in Excel")

    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(errno.EACCES, "Toegang geweigerd")

    monkeypatch.setattr(atomic.os, "replace", locked)
    assert main(["export", "--database", str(tmp_path / "vgg.sqlite3"), "--out", str(out), "--date", "2022-06-14"]) == 1
    assert "in gebruik" in capsys.readouterr().err
    assert out.read_bytes() == b"geopend in Excel"
    assert sorted(item.name for item in tmp_path.iterdir() if item.suffix in (".xlsx", ".tmp")) == ["o.xlsx"]


def test_disk_full(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_workbook: Workbook, _stream: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    out = tmp_path / "o.xlsx"
    assert main(["export", "--database", str(tmp_path / "vgg.sqlite3"), "--out", str(out)]) == 1
    assert "schijf is vol" in capsys.readouterr().err
    assert not out.exists()


def test_out_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--database", str(tmp_path / "vgg.sqlite3")])
    assert stopped.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_no_qt_is_imported(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from vgg_desktop.cli import main\n"
        f"code = main(['export', '--database', {str(tmp_path / 'vgg.sqlite3')!r}, '--out', {str(tmp_path / 'o.xlsx')!r},"
        " '--date', '2022-06-14'])\n"
        "qt = sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken6')))\n"
        "print(code, qt)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 []"
    assert (tmp_path / "o.xlsx").exists()
