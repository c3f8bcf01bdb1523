"""Reading a file for an import: what it reads, and every kind of file it refuses quickly and whole."""

from __future__ import annotations

import time
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from vgg_desktop.domain.errors import UnreadableFile
from vgg_desktop.reading import limits
from vgg_desktop.reading.spreadsheet import open_spreadsheet


def _workbook(path: Path, rows: list[list[object]], title: str = "Bureau") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("=SOM"):
                cell.data_type = "s"  # text that looks like a formula, as a user may type it after an apostrophe
    book.save(path)
    return path


def test_reads_values_dates_numbers_and_skips_empty_rows(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Medewerkers"], [], ["Achternaam", "Vanaf", "Nummer"],
                                           ["Jansen", date(2022, 6, 14), 12], [None, None], ["=SOM", "14-06-2022", "0012"]])
    table = open_spreadsheet(path).read("bureau")
    assert table.sheet == "Bureau"
    assert [row.number for row in table.rows] == [1, 3, 4, 6]
    assert table.rows[2].values == ("Jansen", date(2022, 6, 14), 12)
    # Text that looks like a formula is text, and a number written as text stays text.
    assert table.rows[3].values == ("=SOM", "14-06-2022", "0012")


def test_a_formula_gives_its_stored_result_or_is_refused_per_cell(tmp_path: Path) -> None:
    # openpyxl writes a formula without a stored result, as a program that never calculated it would.
    path = _workbook(tmp_path / "f.xlsx", [["Achternaam", "Vanaf"], ["Jansen", "=TODAY()"]])
    row = open_spreadsheet(path).read().rows[1]
    assert row.values == ("Jansen", None)
    assert row.unreadable and "formule zonder opgeslagen uitkomst" in row.unreadable[0][1] and "B2" in row.unreadable[0][1]


def test_a_formula_with_a_cached_result_reads_as_that_result(tmp_path: Path) -> None:
    path = tmp_path / "cached.xlsx"
    _workbook(path, [["Achternaam", "Aantal"], ["Jansen", 1]])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert b'<c r="B2" t="n"><v>1</v></c>' in parts[sheet]
    parts[sheet] = parts[sheet].replace(b'<c r="B2" t="n"><v>1</v></c>', b'<c r="B2"><f>1+1</f><v>2</v></c>')
    cached = tmp_path / "cached2.xlsx"
    with zipfile.ZipFile(cached, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    row = open_spreadsheet(cached).read().rows[1]
    assert row.values == ("Jansen", 2) and row.unreadable == ()


def test_merged_cells_give_every_cell_the_first_value(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Achternaam", "Functie"])
    sheet.append(["Jansen", "Secretaris"])
    sheet.append(["Smit", None])
    sheet.merge_cells("B2:B3")
    book.save(tmp_path / "m.xlsx")
    rows = open_spreadsheet(tmp_path / "m.xlsx").read().rows
    assert rows[2].values == ("Smit", "Secretaris")


def test_csv_with_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes("Achternaam;Voornaam\r\nGroenevelD;Zoë\r\n;\r\n".encode("cp1252"))
    table = open_spreadsheet(path).read()
    assert [row.values for row in table.rows] == [("Achternaam", "Voornaam"), ("GroenevelD", "Zoë")]
    assert open_spreadsheet(path).sheet_names == ("CSV",)


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.4 this is no spreadsheet", "geen spreadsheet"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"), "wachtwoord"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "oud Excel-bestand"),
    (b"PK\x03\x04 broken zip", "beschadigd"),
])
def test_files_that_are_no_workbook_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bestand.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=words):
        open_spreadsheet(path)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnreadableFile, match="geen Excel-werkmap"):
        open_spreadsheet(path)


def test_a_decompression_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "bom.xlsx", [["Achternaam"], ["Jansen"]])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
        # 300 MB of zeros compresses to a few hundred kB.
        with target.open("xl/media/zeros.bin", "w") as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(300):
                member.write(block)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile, match="uitgepakt"):
        open_spreadsheet(bomb)
    assert time.perf_counter() - started < 5  # refused from the sizes the zip declares, not by unpacking


def test_a_sheet_with_a_million_rows_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "groot.xlsx", [["Achternaam"], ["Jansen"]])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
                    for n in range(3, 1_000_001, 997))
    parts[sheet] = (parts[sheet].replace(b'<dimension ref="A1:A2"/>', b'<dimension ref="A1:A1000000"/>')
                    .replace(b"</sheetData>", rows + b"</sheetData>"))
    big = tmp_path / "miljoen.xlsx"
    with zipfile.ZipFile(big, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(UnreadableFile, match="meer dan 100.000 regels"):
        open_spreadsheet(big).read()
    # Without the dimension that says so, the rows themselves are counted and reading stops.
    parts[sheet] = parts[sheet].replace(b'<dimension ref="A1:A1000000"/>', b"")
    with zipfile.ZipFile(big, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(UnreadableFile, match="meer dan 100.000 regels"):
        open_spreadsheet(big).read()


def test_a_csv_with_a_million_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    path.write_text("Achternaam\n" + "x\n" * 1_000_000, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="meer dan 100.000 regels"):
        open_spreadsheet(path).read()


def test_a_cell_of_megabytes_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "cel.xlsx", [["Achternaam", "Opmerkingen"], ["Jansen", "x" * 1]])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    huge = tmp_path / "grote-cel.xlsx"
    with zipfile.ZipFile(huge, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<t>x</t>", b"<t>" + b"y" * (3 * 1024 * 1024) + b"</t>")
            target.writestr(name, data)
    with pytest.raises(UnreadableFile, match=r"Cel B2 .* hoogstens 32\.767"):
        open_spreadsheet(huge).read()
    csv_path = tmp_path / "cel.csv"
    csv_path.write_text("Achternaam;Opmerkingen\nJansen;" + "y" * (3 * 1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFile):
        open_spreadsheet(csv_path).read()


def test_a_file_too_big_to_read_is_refused_by_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    path = tmp_path / "lijst.csv"
    path.write_text("Achternaam\n" + "Jansen\n" * 50, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="MB"):
        open_spreadsheet(path)


def test_an_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [["Achternaam"]])
    with pytest.raises(UnreadableFile, match="geen blad 'Personen'. De bladen zijn: Bureau"):
        open_spreadsheet(path).read("Personen")
