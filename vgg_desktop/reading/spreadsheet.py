"""Opens an .xlsx or .csv file for an import, refusing what it should not read before reading it.

An .xlsx is streamed sheet by sheet with openpyxl's own worksheet parser, extended by one thing: a
cell with a formula keeps the result Excel stored with it and is marked as a formula, so that the
import can use the result and refuse the cell when there is none. Formulas are never evaluated and
never stored. Merged cells give every cell of the range the value of the first.
"""

from __future__ import annotations

import csv
import io
import mmap
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from vgg_desktop.domain.errors import UnreadableFile
from vgg_desktop.domain.tables import CellValue, SourceRow, SourceTable, column_letter
from vgg_desktop.reading import limits

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
CSV_SHEET = "CSV"


@dataclass(frozen=True)
class _Refusal:
    """Why a cell could not be read (a formula without a stored result, an error value)."""

    message: str


def open_spreadsheet(path: Path) -> Spreadsheet:
    """Checks the file and opens it; raises UnreadableFile (Dutch) for anything it should not read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as error:
        raise UnreadableFile(f"{path.name} kan niet worden geopend ({error.strerror or error}). "
                             "Controleer of het bestand bestaat en niet in een ander programma openstaat.") from None
    if size > limits.MAX_FILE_BYTES:
        raise UnreadableFile(f"{path.name} is {size // (1024 * 1024)} MB; een import leest bestanden tot "
                             f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MB. Splits het bestand of bewaar alleen de benodigde bladen.")
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted(path):
            raise UnreadableFile(f"{path.name} is beveiligd met een wachtwoord. Open het in Excel, haal het wachtwoord "
                                 "weg (Bestand > Info > Werkmap beveiligen) en sla het op als .xlsx.")
        raise UnreadableFile(f"{path.name} is een oud Excel-bestand (.xls). Open het in Excel en sla het op als "
                             "Excel-werkmap (.xlsx).")
    if head.startswith(_ZIP_MAGIC):
        return _XlsxFile(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return _CsvFile(path)
    raise UnreadableFile(f"{path.name} is geen spreadsheet. Kies een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).")


def _is_encrypted(path: Path) -> bool:
    # An encrypted .xlsx is an OLE file whose directory names a stream "EncryptedPackage".
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        return mapped.find(_ENCRYPTED) != -1


class Spreadsheet:
    """An opened file: its sheets by name, each read on request."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def sheet_names(self) -> tuple[str, ...]:
        raise NotImplementedError

    def read(self, sheet: str | None = None) -> SourceTable:
        """The rows of `sheet` (the first when None) that hold anything."""
        raise NotImplementedError

    def read_all(self) -> tuple[SourceTable, ...]:
        """Every sheet that holds a table (a chart sheet holds none), for an import of a whole workbook."""
        tables = []
        for name in self.sheet_names:
            try:
                tables.append(self.read(name))
            except UnreadableFile as error:
                if "grafiekblad" not in error.message:
                    raise
        return tuple(tables)

    def _sheet(self, sheet: str | None) -> str:
        names = self.sheet_names
        if sheet is None:
            return names[0]
        for name in names:
            if name == sheet or name.casefold() == sheet.strip().casefold():
                return name
        raise UnreadableFile(f"{self.path.name} heeft geen blad '{sheet}'. De bladen zijn: {', '.join(names)}.")

    def _too_many_rows(self, sheet: str) -> UnreadableFile:
        return UnreadableFile(f"Blad '{sheet}' van {self.path.name} heeft meer dan {limits.MAX_ROWS:,} regels".replace(",", ".")
                              + "; een import leest er hoogstens zoveel. Splits het blad in kleinere bestanden.")

    def _too_many_columns(self, sheet: str) -> UnreadableFile:
        return UnreadableFile(f"Blad '{sheet}' van {self.path.name} heeft meer dan {limits.MAX_COLUMNS} kolommen; "
                              "een import leest er hoogstens zoveel. Verwijder de overbodige kolommen.")

    def _cell_too_long(self, sheet: str, row: int, column: int, length: int) -> UnreadableFile:
        return UnreadableFile(f"Cel {column_letter(column)}{row} van blad '{sheet}' bevat {length:,} tekens".replace(",", ".")
                              + f"; een cel mag er hoogstens {limits.MAX_CELL_CHARS:,} hebben (zoals in Excel)".replace(",", ".")
                              + ". Maak de tekst korter.")


class _XlsxFile(Spreadsheet):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        _check_zip(path)
        import openpyxl

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl warns about features it drops (data validation, ...)
                self._workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as error:  # openpyxl raises many kinds for a damaged or foreign zip
            raise UnreadableFile(f"{path.name} is geen leesbare Excel-werkmap ({type(error).__name__}). "
                                 "Open het in Excel en sla het opnieuw op als .xlsx.") from None

    def close(self) -> None:
        self._workbook.close()

    def __del__(self) -> None:
        workbook = getattr(self, "_workbook", None)
        if workbook is not None:
            workbook.close()

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(self._workbook.sheetnames)

    def read(self, sheet: str | None = None) -> SourceTable:
        name = self._sheet(sheet)
        worksheet = self._workbook[name]
        if not hasattr(worksheet, "_worksheet_path"):
            raise UnreadableFile(f"'{name}' in {self.path.name} is een grafiekblad, geen tabel. Kies een ander blad.")
        declared = getattr(worksheet, "max_row", None)
        if declared is not None and declared > limits.MAX_ROWS + 100:
            raise self._too_many_rows(name)  # the sheet says so itself: refused before reading a row
        return SourceTable(self.path.name, name, tuple(self._rows(worksheet, name)))

    def _rows(self, worksheet: Any, name: str) -> list[SourceRow]:
        workbook = self._workbook
        rows: dict[int, dict[int, CellValue | _Refusal]] = {}
        with workbook._archive.open(worksheet._worksheet_path) as source, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser = _CachedResultParser(source, workbook.shared_strings, data_only=True, epoch=workbook.epoch,
                                         date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
            try:
                for number, cells in parser.parse():
                    if number > limits.MAX_ROWS + 100:
                        raise self._too_many_rows(name)
                    row: dict[int, CellValue | _Refusal] = {}
                    for cell in cells:
                        value = _cell_value(cell)
                        if value is None:
                            continue
                        column = cell["column"] - 1
                        if column >= limits.MAX_COLUMNS:
                            raise self._too_many_columns(name)
                        if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                            raise self._cell_too_long(name, number, column, len(value))
                        row[column] = value
                    if row:
                        rows[number] = row
            except UnreadableFile:
                raise
            except Exception as error:  # a damaged sheet: the XML parser or a cast gives up
                raise UnreadableFile(f"Blad '{name}' van {self.path.name} is beschadigd ({type(error).__name__}). "
                                     "Open het bestand in Excel en sla het opnieuw op.") from None
            merged = parser.merged_cells
        if merged is not None:
            _fill_merged(rows, merged)
        return [_source_row(number, rows[number]) for number in sorted(rows)]


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFile(f"{path.name} is geen leesbare Excel-werkmap (het bestand is beschadigd). "
                             "Open het in Excel en sla het opnieuw op als .xlsx.") from None
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names and not any(name.endswith("/workbook.xml") for name in names):
        raise UnreadableFile(f"{path.name} is geen Excel-werkmap (bijvoorbeeld een Word- of zip-bestand). "
                             "Kies een .xlsx- of .csv-bestand.")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        shared = member.filename.endswith("sharedStrings.xml")
        if (member.file_size > limits.MAX_MEMBER_BYTES or total > limits.MAX_TOTAL_BYTES
                or (shared and member.file_size > limits.MAX_SHARED_STRINGS_BYTES)
                or (member.file_size > limits.BOMB_MIN_BYTES and ratio > limits.BOMB_RATIO)):
            raise UnreadableFile(
                f"{path.name} zou uitgepakt {max(total, member.file_size) // (1024 * 1024)} MB of meer worden "
                f"(onderdeel {member.filename}); dat is geen gewone werkmap en wordt niet gelezen. "
                "Controleer waar het bestand vandaan komt, of bewaar alleen de benodigde gegevens in een nieuwe werkmap.")


def _cell_value(cell: dict[str, Any]) -> CellValue | _Refusal:
    value = cell["value"]
    kind = cell["data_type"]
    if kind == "e":
        return _Refusal(f"de cel bevat de foutwaarde {value}")
    if cell.get("formula") and value is None:
        return _Refusal("de cel bevat een formule zonder opgeslagen uitkomst; open het bestand in Excel, "
                        "sla het op en lees het opnieuw in")
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, (int, float, bool, date)):
        return value
    return str(value)  # a time of day or a duration: kept as the text Excel would show


def _fill_merged(rows: dict[int, dict[int, CellValue | _Refusal]], merged: Any) -> None:
    from openpyxl.worksheet.cell_range import CellRange

    for item in merged.mergeCell:
        cells = CellRange(item.ref)
        if (cells.max_row - cells.min_row + 1) * (cells.max_col - cells.min_col + 1) > limits.MAX_COLUMNS * 1000:
            continue  # a merge over a whole sheet (a title over every column and row) says nothing per cell
        first = rows.get(cells.min_row, {}).get(cells.min_col - 1)
        if first is None:
            continue
        for number in range(cells.min_row, min(cells.max_row, limits.MAX_ROWS + 100) + 1):
            row = rows.setdefault(number, {})
            for column in range(cells.min_col - 1, min(cells.max_col, limits.MAX_COLUMNS)):
                row.setdefault(column, first)


def _source_row(number: int, cells: dict[int, CellValue | _Refusal]) -> SourceRow:
    width = max(cells) + 1
    values: list[CellValue] = [None] * width
    refused: list[tuple[int, str]] = []
    for column, value in cells.items():
        if isinstance(value, _Refusal):
            refused.append((column, f"cel {column_letter(column)}{number}: {value.message}"))
        else:
            values[column] = value
    return SourceRow(number, tuple(values), tuple(sorted(refused)))


def _parser_type() -> type:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class CachedResultParser(WorkSheetParser):
        """openpyxl's parser with `data_only`, which also says which cells hold a formula."""

        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            cell["formula"] = element.find(FORMULA_TAG) is not None
            return cell

    return CachedResultParser


def _CachedResultParser(*arguments: Any, **keywords: Any) -> Any:  # builds the class lazily
    return _parser_type()(*arguments, **keywords)


class _CsvFile(Spreadsheet):
    @property
    def sheet_names(self) -> tuple[str, ...]:
        return (CSV_SHEET,)

    def read(self, sheet: str | None = None) -> SourceTable:
        name = self._sheet(sheet)
        data = self.path.read_bytes()
        if b"\x00" in data[:65536]:
            raise UnreadableFile(f"{self.path.name} is geen tekstbestand en dus geen CSV. "
                                 "Kies een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # what Excel on a Dutch Windows PC writes
        rows: list[SourceRow] = []
        try:
            for number, cells in enumerate(_csv_rows(text), start=1):
                if number > limits.MAX_ROWS + 100:
                    raise self._too_many_rows(name)
                if len(cells) > limits.MAX_COLUMNS and any(cell.strip() for cell in cells[limits.MAX_COLUMNS:]):
                    raise self._too_many_columns(name)
                for column, cell in enumerate(cells):
                    if len(cell) > limits.MAX_CELL_CHARS:
                        raise self._cell_too_long(name, number, column, len(cell))
                values = tuple(cell if cell.strip() else None for cell in cells[:limits.MAX_COLUMNS])
                if any(value is not None for value in values):
                    rows.append(SourceRow(number, values))
        except csv.Error:
            raise UnreadableFile(f"{self.path.name} heeft een cel die te groot is of niet goed is afgesloten "
                                 "(een aanhalingsteken te veel). Controleer het bestand.") from None
        return SourceTable(self.path.name, name, tuple(rows))


def _csv_rows(text: str) -> Iterator[list[str]]:
    first_line = text.split("\n", 1)[0]
    # Excel on a Dutch PC separates with a semicolon; elsewhere with a comma or a tab.
    delimiter = max((";", ",", "\t"), key=first_line.count)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
