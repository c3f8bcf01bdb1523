"""A sheet of a spreadsheet as plain values: what the reader hands the import services.

The reader (`vgg_desktop.reading`) knows files; the services know records. In between is only this:
the rows that hold something, each with the number the user sees in Excel and the values of its
cells (text, number, date, or None for an empty cell), and what could not be read per cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

CellValue = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row number in the file (1 = the first row), as Excel shows it
    values: tuple[CellValue, ...]
    # Dutch messages for cells that could not be read (a formula without a stored result), by column index.
    unreadable: tuple[tuple[int, str], ...] = ()

    def value(self, column: int) -> CellValue:
        return self.values[column] if column < len(self.values) else None


@dataclass(frozen=True)
class SourceTable:
    file_name: str
    sheet: str
    rows: tuple[SourceRow, ...]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
