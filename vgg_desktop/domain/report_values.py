"""The shape of a board meeting's workbook as plain values: sheets of columns and rows of cells.

The services fill them (`vgg_desktop.services.reports`) and the writer in `vgg_desktop.export` writes them,
so both import them from here and the export needs nothing of the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from vgg_desktop.domain.dates import format_date


@dataclass(frozen=True)
class Quiet:
    """Text that is there to be complete, not to be read first (nothing reported yet): printed in grey."""

    text: str


@dataclass(frozen=True)
class Amount:
    """An amount in euros, as whole cents: written as a number that Excel and LibreOffice show as € 1.234,56."""

    cents: int


Cell = str | date | tuple[str, ...] | Quiet | Amount | None
"""A cell: text, a date (written as a real date cell), several lines (one per line), quiet text, an amount, or empty."""


class RowKind(Enum):
    NORMAL = "normal"
    GROUP = "group"          # a bold heading row for the rows below it (the owner of activities)
    ATTENTION = "attention"  # needs the reader's eye: shaded, and the row says why in words
    MUTED = "muted"          # no longer current (an engagement that has ended)
    TOTAL = "total"          # a sum of the rows above it: bold


@dataclass(frozen=True)
class Column:
    title: str
    max_width: int = 50
    """The widest this column may become, in digits (Excel's column unit); longer text wraps."""
    min_width: int = 6
    """The narrowest this column may become when its content is wider (a date, or prose that must stay readable)."""


@dataclass(frozen=True)
class ReportRow:
    cells: tuple[Cell, ...]
    kind: RowKind = RowKind.NORMAL


@dataclass(frozen=True)
class ReportSheet:
    """One table: a header row, then the rows. One table a sheet, so the header printed on every page fits."""

    name: str
    title: str
    summary: str
    columns: tuple[Column, ...]
    rows: tuple[ReportRow, ...]


@dataclass(frozen=True)
class MeetingReport:
    title: str
    association: str
    meeting_date: date
    status_date: date
    sheets: tuple[ReportSheet, ...]
    """Overzicht first, then the chosen parts in a fixed order."""

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(sheet.name for sheet in self.sheets)


def dates_line(meeting_date: date, status_date: date) -> str:
    """Both dates in a few words, for the page header."""
    return f"Vergadering en peildatum {format_date(meeting_date)} · gemaakt op {format_date(status_date)}"
