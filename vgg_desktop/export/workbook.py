"""Writing a meeting report as an .xlsx workbook that reads well on screen and on paper.

Every text is written as a text cell, so nothing a user typed can become a formula in someone else's
Excel. The file appears all at once (see `atomic`), or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.money import euro_text
from vgg_desktop.domain.report_values import Amount, MeetingReport, Quiet, ReportRow, ReportSheet, RowKind, dates_line
from vgg_desktop.export import layout
from vgg_desktop.export.atomic import check_target, write_atomically
from vgg_desktop.export.errors import ExportError, ExportFailure
from vgg_desktop.export.styles import FONT_NAME, Styles, install_styles
from vgg_desktop.export.text import EXCEL_CELL_LIMIT, clean_text, could_be_formula

AUTHOR = "Vereniging van Groninger Gemeenten"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheet_names: tuple[str, ...]
    truncated: tuple[str, ...]
    """Cells whose text was longer than Excel allows and was cut, as 'Blad!B5'."""

    @property
    def summary(self) -> str:
        return f"Het overzicht is opgeslagen in {self.path} ({len(self.sheet_names)} bladen: {', '.join(self.sheet_names)})."

    @property
    def warning(self) -> str | None:
        """Said to the user whenever text had to be cut, so that it never happens unnoticed."""
        return f"Let op: {truncation_note(self.truncated)}" if self.truncated else None

    def describe(self) -> str:
        return self.summary if self.warning is None else f"{self.summary}\n{self.warning}"


def truncation_note(cells: tuple[str, ...]) -> str:
    count, verb = ("1 tekst was", "is") if len(cells) == 1 else (f"{len(cells)} teksten waren", "zijn")
    limit = f"{EXCEL_CELL_LIMIT:,}".replace(",", ".")
    return (f"{count} langer dan een cel in Excel kan bevatten ({limit} tekens) en {verb} ingekort: "
            f"{', '.join(cells)}. De volledige tekst staat in VGG Desktop.")


def write_meeting_workbook(report: MeetingReport, path: Path | str, *, progress: Progress | None = None) -> ExportResult:
    """Writes `report` to `path` (.xlsx); raises ExportError with a Dutch message when it cannot."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportError(f"De bestandsnaam {target.name} moet eindigen op .xlsx.", ExportFailure.INVALID_NAME, target)
    check_target(target)  # before the work, so a wrong folder is reported at once
    tell = progress or (lambda _done, _total, _text: None)
    total = len(report.sheets) + 1
    workbook = Workbook()
    styles = install_styles(workbook)
    worksheets = [workbook.active] + [workbook.create_sheet() for _ in report.sheets[1:]]
    truncated: list[str] = []
    # The cover comes last: it tells which texts elsewhere had to be cut.
    order = list(range(1, len(report.sheets))) + [0]
    for done, index in enumerate(order):
        sheet = report.sheets[index]
        tell(done, total, f"Blad {sheet.name} schrijven")
        if index == 0 and truncated:
            sheet = _with_note(sheet, ReportRow(("Let op", truncation_note(tuple(truncated))), RowKind.ATTENTION))
        _SheetWriter(worksheets[index], styles, truncated).write(sheet)
        _set_up_page(worksheets[index], report, sheet)
    _set_properties(workbook, report)
    workbook.active = 0
    tell(total - 1, total, "Bestand opslaan")
    write_atomically(target, workbook.save)
    tell(total, total, "Opgeslagen")
    return ExportResult(target, report.sheet_names, tuple(truncated))


class _SheetWriter:
    """Writes one sheet; sizes columns and rows once all its text is known."""

    def __init__(self, worksheet: Worksheet, styles: Styles, truncated: list[str]) -> None:
        self.ws = worksheet
        self.styles = styles
        self.truncated = truncated
        self.templates = styles.templates
        self.to_size: list[tuple[int, list[tuple[int, str, float]], layout.Font]] = []
        self.wanted: list[float] = []
        self.floors: list[float] = []
        self.text_widths: list[list[float]] = []  # per row, each cell's text on one line, in digits

    def write(self, sheet: ReportSheet) -> None:
        ws = self.ws
        ws.title = sheet.name
        self.wanted = [layout.MIN_WIDTH] * len(sheet.columns)
        self.floors = [layout.MIN_WIDTH] * len(sheet.columns)
        self._write_header(sheet)
        for row, item in enumerate(sheet.rows, start=2):
            if item.kind is RowKind.GROUP:
                self._write_group(item, row, len(sheet.columns))
            else:
                self._write_row(item, row, sheet)
        last_row = len(sheet.rows) + 1
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{last_row}"
        ws.print_title_rows = "1:1"
        # A column is never narrower than its minimum, unless its content is narrower still.
        floors = [min(want, max(floor, column.min_width))
                  for want, floor, column in zip(self.wanted, self.floors, sheet.columns, strict=True)]
        widths = layout.fit_widths(self.wanted, floors, layout.sample(self.text_widths))
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        dimensions = ws.row_dimensions
        usable = [width - layout.CELL_MARGIN for width in widths]
        for row, cells, font in self.to_size:
            lines = 1
            for column, text, area in cells:
                # Most cells hold one short line; only the others need wrapping word by word.
                if area > usable[column - 1] or "\n" in text:
                    lines = max(lines, font.lines(text, widths[column - 1]))
            dimensions[row].height = layout.row_height(lines)

    def _write_header(self, sheet: ReportSheet) -> None:
        style = self.styles.header
        cells: list[tuple[int, str, float]] = []
        text_widths = [0.0] * len(sheet.columns)
        for column, spec in enumerate(sheet.columns, start=1):
            title = self._text(self._cell(1, column, style), spec.title)
            text_widths[column - 1] = area = self._measure(column, title, spec.max_width, layout.BOLD)
            cells.append((column, title, area))
        self.to_size.append((1, cells, layout.BOLD))
        self.text_widths.append(text_widths)

    def _write_row(self, item: ReportRow, row: int, sheet: ReportSheet) -> None:
        columns = sheet.columns
        text_style, date_style = self.styles.text[item.kind], self.styles.date[item.kind]
        cells: list[tuple[int, str, float]] = []
        text_widths = [0.0] * len(columns)
        for column, value in enumerate(item.cells, start=1):
            if value is None:
                self._cell(row, column, text_style)
            elif isinstance(value, date):
                self._cell(row, column, date_style).value = value
                text_widths[column - 1] = self._measure(column, "00-00-0000", columns[column - 1].max_width)
            elif isinstance(value, Amount):
                # A number, so that Excel can add it up; euros (not cents) with two decimals, exactly.
                self._cell(row, column, self.styles.amount[item.kind]).value = Decimal(value.cents) / 100
                text_widths[column - 1] = self._measure(column, euro_text(value.cents), columns[column - 1].max_width,
                                                        layout.BOLD if item.kind is RowKind.TOTAL else layout.REGULAR)
            else:
                if isinstance(value, Quiet):
                    cell, raw = self._cell(row, column, self.styles.quiet[item.kind]), value.text
                else:
                    cell, raw = self._cell(row, column, text_style), "\n".join(value) if isinstance(value, tuple) else value
                text = self._text(cell, raw)
                if text:
                    text_widths[column - 1] = area = self._measure(column, text, columns[column - 1].max_width)
                    cells.append((column, text, area))
        self.to_size.append((row, cells, layout.REGULAR))
        self.text_widths.append(text_widths)

    def _write_group(self, item: ReportRow, row: int, columns: int) -> None:
        # Not wrapped, and the cells beside it empty: the heading runs on across the row.
        first_style, middle_style, last_style = self.styles.group
        first = item.cells[0]
        self._text(self._cell(row, 1, first_style), first if isinstance(first, str) else "")
        for column in range(2, columns + 1):
            self._cell(row, column, last_style if column == columns else middle_style)
        self.ws.row_dimensions[row].height = layout.row_height(1) + 2

    def _cell(self, row: int, column: int, style: str) -> Cell:
        cell = self.ws.cell(row=row, column=column)
        # What `cell.style = style` does, without looking the style up by name for every cell: a copy of
        # the named style's array (font, fill, border, alignment, number format and the style itself).
        cell._style = StyleArray(self.templates[style])
        return cell

    def _text(self, cell: Cell, raw: str) -> str:
        text, cut = clean_text(raw)
        # Always a string cell: text such as "=1+1" or "#N/A" must not become a formula or an error value.
        # Set directly, since openpyxl's value setter would guess the type (and check the text once more).
        cell._value = text
        cell.data_type = "s"
        if could_be_formula(text):
            cell.quotePrefix = True  # stays text when edited in Excel, too
        if cut:
            self.truncated.append(f"{self.ws.title}!{cell.coordinate}")
        return text

    def _measure(self, column: int, text: str, cap: float, font: layout.Font = layout.REGULAR) -> float:
        """Notes what the column needs for `text`; returns the width of all its lines laid end to end."""
        index = column - 1
        line, word, area = font.measure(text)
        wanted = min(cap, line + layout.CELL_MARGIN + 0.3)
        if wanted > self.wanted[index]:
            self.wanted[index] = wanted
        # Not so narrow that words break, unless a word is very long.
        floor = min(wanted, word + layout.CELL_MARGIN + 0.3, layout.MAX_FLOOR)
        if floor > self.floors[index]:
            self.floors[index] = floor
        return area


def _with_note(sheet: ReportSheet, note: ReportRow) -> ReportSheet:
    return dataclasses.replace(sheet, rows=(*sheet.rows, note))


def _set_up_page(ws: Worksheet, report: MeetingReport, sheet: ReportSheet) -> None:
    setup = ws.page_setup
    setup.orientation = ws.ORIENTATION_LANDSCAPE
    setup.paperSize = ws.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed, one page across
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.75, bottom=0.7, header=0.3, footer=0.3)
    header, footer = ws.oddHeader, ws.oddFooter
    for part, text in ((header.left, report.association), (header.center, sheet.title),
                       (header.right, dates_line(report.meeting_date, report.status_date)),
                       (footer.left, report.title), (footer.right, "pagina &P van &N")):
        part.text = text if part is footer.right else _header_text(text)
        part.font = f"{FONT_NAME},Bold" if part is header.center else FONT_NAME
        part.size = 9


def _header_text(text: str) -> str:
    # "&" starts a code in headers and footers; Excel also limits each to 255 characters in all.
    return clean_text(text)[0].replace("\n", " ").replace("&", "&&")[:80]


def _set_properties(workbook: Workbook, report: MeetingReport) -> None:
    properties = workbook.properties
    properties.title = report.title
    properties.subject = f"{report.association}: overzicht voor de vergadering van {format_date(report.meeting_date)}"
    properties.creator = AUTHOR
    properties.lastModifiedBy = AUTHOR
    properties.language = "nl-NL"
    properties.keywords = "VGG; bestuur; vergadering"
