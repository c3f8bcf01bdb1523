"""Every written cell carries the named style meant for it, with that style's look.

The writer copies openpyxl's internal style arrays into cells for speed (`cell._style`). An openpyxl
release that changes those internals must fail here instead of producing a workbook that looks wrong.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.styles import NamedStyle
from openpyxl.workbook.workbook import Workbook

from vgg_desktop.export import write_meeting_workbook
from vgg_desktop.export.styles import DATE_FORMAT, FONT_NAME
from vgg_desktop.services.reports import build_meeting_report
from vgg_desktop.startup import OpenedDatabase


@pytest.fixture
def workbook(opened: OpenedDatabase, tmp_path: Path) -> Workbook:
    report = build_meeting_report(opened.services, date(2022, 6, 14), status_date=date(2022, 6, 7))
    path = write_meeting_workbook(report, tmp_path / "overzicht.xlsx").path
    return openpyxl.load_workbook(path)


def _named(workbook: Workbook) -> dict[str, NamedStyle]:
    return {style.name: style for style in workbook._named_styles}  # openpyxl keeps them only here


def _written_cells(workbook: Workbook) -> list[Cell]:
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
            if cell.value not in (None, "")]


def test_every_written_cell_has_one_of_the_workbooks_named_styles(workbook: Workbook) -> None:
    named = _named(workbook)
    assert {name for name in named if name.startswith("VGG")} >= {"VGG kop", "VGG groep", "VGG normal", "VGG normal datum"}
    cells = _written_cells(workbook)
    assert len(cells) > 200
    unstyled = [f"{cell.parent.title}!{cell.coordinate}" for cell in cells if not cell.style.startswith("VGG")]
    assert unstyled == []


def test_a_cell_looks_like_its_named_style(workbook: Workbook) -> None:
    named = _named(workbook)
    for cell in _written_cells(workbook):
        style = named[cell.style]
        where = f"{cell.parent.title}!{cell.coordinate} ({cell.style})"
        assert cell.font == style.font, where
        assert cell.fill == style.fill, where
        assert cell.border == style.border, where
        assert cell.alignment == style.alignment, where
        assert cell.number_format == style.number_format, where
        assert cell.font.name == FONT_NAME, where


def test_dates_are_date_cells_in_a_date_style_and_headers_in_the_header_style(workbook: Workbook) -> None:
    cells = _written_cells(workbook)
    dates = [cell for cell in cells if isinstance(cell.value, (date, datetime))]
    assert dates, "the seeded workbook has dates"
    assert all(cell.style.endswith("datum") and cell.number_format == DATE_FORMAT for cell in dates)
    for sheet in workbook.worksheets[1:]:
        header_row = sheet.print_title_rows
        assert header_row, sheet.title
        first = int(header_row.split(":")[0].lstrip("$"))
        headers = [cell for cell in sheet[first] if cell.value]
        assert headers and all(cell.style == "VGG kop" for cell in headers), sheet.title
