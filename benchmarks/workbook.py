"""The meeting workbook, against plain openpyxl writing the same cells with the same styles.

The program's workbook is read back once (untimed) into a plan: every cell's value and style, column
widths, row heights, frozen panes, filters, print titles, page set-up, header and footer, and the
document properties. The baseline writes that plan with plain openpyxl, in the faster of two plain
ways (named styles, or font/fill/border/alignment per cell), and is checked to give the same cells
and styles as the program's file. Both write to the same folder; the program also makes its file
appear atomically (temporary file, flush to disk, rename), which the baseline does not.
"""

from __future__ import annotations

import time
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import Measurement, median_ms

TARGET = 1.2
MEETING_DATE = date(2022, 6, 14)


@dataclass(frozen=True)
class StylePlan:
    name: str
    font: Any
    fill: Any
    border: Any
    alignment: Any
    number_format: str


@dataclass
class SheetPlan:
    title: str
    cells: list[tuple[int, int, Any, str, bool]] = field(default_factory=list)  # row, column, value, style, quote
    widths: dict[str, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    freeze_panes: str | None = None
    auto_filter: str | None = None
    print_title_rows: str | None = None
    page: dict[str, Any] = field(default_factory=dict)


@dataclass
class WorkbookPlan:
    styles: dict[str, StylePlan]
    sheets: list[SheetPlan]
    properties: Any


def read_plan(path: Path) -> WorkbookPlan:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    styles: dict[str, StylePlan] = {}
    sheets = []
    for ws in workbook.worksheets:
        plan = SheetPlan(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                # The same named style can carry different direct formatting; each combination has its own id.
                key = f"{cell.style}#{cell.style_id}"
                if key not in styles:
                    styles[key] = StylePlan(cell.style, copy(cell.font), copy(cell.fill), copy(cell.border),
                                            copy(cell.alignment), cell.number_format)
                plan.cells.append((cell.row, cell.column, cell.value, key, bool(cell.quotePrefix)))
        plan.widths = {letter: dimension.width for letter, dimension in ws.column_dimensions.items() if dimension.width}
        plan.heights = {number: dimension.height for number, dimension in ws.row_dimensions.items() if dimension.height}
        plan.freeze_panes = ws.freeze_panes
        plan.auto_filter = ws.auto_filter.ref
        plan.print_title_rows = ws.print_title_rows
        plan.page = {
            "orientation": ws.page_setup.orientation, "paperSize": ws.page_setup.paperSize,
            "fitToWidth": ws.page_setup.fitToWidth, "fitToHeight": ws.page_setup.fitToHeight,
            "margins": copy(ws.page_margins), "header_footer": copy(ws.HeaderFooter),
        }
        sheets.append(plan)
    return WorkbookPlan(styles, sheets, copy(workbook.properties))


def write_plain(plan: WorkbookPlan, path: Path, *, named_styles: bool) -> None:
    """The baseline: plain openpyxl, no checks, no layout computation, no atomic replace."""
    from openpyxl import Workbook
    from openpyxl.styles import NamedStyle

    workbook = Workbook()
    if named_styles:
        for style in {style.name: style for style in plan.styles.values()}.values():
            if style.name != "Normal":
                workbook.add_named_style(NamedStyle(name=style.name, font=style.font, fill=style.fill,
                                                    border=style.border, alignment=style.alignment,
                                                    number_format=style.number_format))
    for number, sheet in enumerate(plan.sheets):
        ws = workbook.active if number == 0 else workbook.create_sheet()
        ws.title = sheet.title
        for row, column, value, style_key, quote in sheet.cells:
            cell = ws.cell(row=row, column=column)
            style = plan.styles[style_key]
            if named_styles:
                cell.style = style.name
            else:
                cell.font, cell.fill, cell.border = style.font, style.fill, style.border
                cell.alignment, cell.number_format = style.alignment, style.number_format
            if value is not None:
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"
            if quote:
                cell.quotePrefix = True
        for letter, width in sheet.widths.items():
            ws.column_dimensions[letter].width = width
        for row_number, height in sheet.heights.items():
            ws.row_dimensions[row_number].height = height
        ws.freeze_panes = sheet.freeze_panes
        ws.auto_filter.ref = sheet.auto_filter
        if sheet.print_title_rows:
            ws.print_title_rows = sheet.print_title_rows
        ws.page_setup.orientation = sheet.page["orientation"]
        ws.page_setup.paperSize = sheet.page["paperSize"]
        ws.page_setup.fitToWidth = sheet.page["fitToWidth"]
        ws.page_setup.fitToHeight = sheet.page["fitToHeight"]
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = sheet.page["margins"]
        ws.HeaderFooter = sheet.page["header_footer"]
    workbook.properties = plan.properties
    workbook.save(path)


def same_cells(first: WorkbookPlan, second: WorkbookPlan) -> list[str]:
    """Differences in values and looks between two workbooks (empty when they match)."""
    problems = []
    if [sheet.title for sheet in first.sheets] != [sheet.title for sheet in second.sheets]:
        return ["sheet names differ"]
    for one, other in zip(first.sheets, second.sheets):
        left = {(row, column): (value, quote) for row, column, value, _style, quote in one.cells}
        right = {(row, column): (value, quote) for row, column, value, _style, quote in other.cells}
        if left != right:
            problems.append(f"{one.title}: cell values differ")
        if [_look(first.styles[cell[3]]) for cell in one.cells] != [_look(second.styles[cell[3]]) for cell in other.cells]:
            problems.append(f"{one.title}: cell styles differ")
        if (one.widths, one.heights, one.freeze_panes, one.auto_filter) != \
                (other.widths, other.heights, other.freeze_panes, other.auto_filter):
            problems.append(f"{one.title}: layout differs")
    return problems


def _look(style: StylePlan) -> tuple[Any, ...]:
    return style.font, style.fill, style.border, style.alignment, style.number_format


def measure(databases: dict[int, Path], workdir: Path, runs: int) -> tuple[list[Measurement], list[str]]:
    from vgg_desktop.export.workbook import write_meeting_workbook
    from vgg_desktop.services.reports import build_meeting_report
    from vgg_desktop.startup import open_database

    measurements: list[Measurement] = []
    notes: list[str] = []
    for scale, database in databases.items():
        opened = open_database(f"sqlite:///{database}", seed_when_empty=False)
        try:
            started = time.perf_counter()
            report = build_meeting_report(opened.services, MEETING_DATE, status_date=MEETING_DATE)
            building = (time.perf_counter() - started) * 1000
        finally:
            opened.database.dispose()
        program_file = workdir / f"overzicht-{scale}x.xlsx"
        write_meeting_workbook(report, program_file)  # unmeasured: first-use imports and caches
        program = median_ms(lambda: write_meeting_workbook(report, program_file), runs)
        plan = read_plan(program_file)
        baselines = {}
        for named in (True, False):
            plain_file = workdir / f"plain-{'named' if named else 'cell'}-{scale}x.xlsx"
            write_plain(plan, plain_file, named_styles=named)
            baselines[named] = median_ms(lambda: write_plain(plan, plain_file, named_styles=named), runs)
            problems = same_cells(plan, read_plan(plain_file))
            if problems:
                raise RuntimeError(f"the baseline does not write the program's workbook at {scale}x: {problems}")
        cells = sum(len(sheet.cells) for sheet in plan.sheets)
        measurements.append(Measurement("meeting workbook", f"write, {scale}x data ({cells} cells)",
                                        program, min(baselines.values()), "ms", TARGET))
        notes.append(
            f"meeting workbook {scale}x: building the report from the database took {building:.0f} ms (not compared); "
            f"plain openpyxl with named styles {baselines[True]:.0f} ms, with per-cell styles {baselines[False]:.0f} ms"
        )
    return measurements, notes
