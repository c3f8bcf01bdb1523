"""The look of the workbook: named styles made once per workbook, so every cell shares them.

A named style costs one lookup per cell instead of a font, fill, border and alignment each, and shows
up by name in Excel's and LibreOffice's style lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook

from vgg_desktop.domain.report_values import RowKind

FONT_NAME = "Arial"
FONT_SIZE = 10
DATE_FORMAT = "dd-mm-yyyy"
# Euros with the euro sign of nl-NL ([$€-413]) in front and two decimals. Excel and LibreOffice take the
# grouping and decimal marks from the reader's regional settings, so a Dutch PC shows € 1.234,56.
EURO_FORMAT = '[$€-413]\\ #,##0.00;[$€-413]\\ -#,##0.00'

_GRID = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_GRID, right=_GRID, top=_GRID, bottom=_GRID)
_WRAP = Alignment(vertical="top", wrap_text=True)
_DATE = Alignment(horizontal="left", vertical="top")
_AMOUNT = Alignment(horizontal="right", vertical="top")
# Light enough to read through in black and white, and the rows also say in words why they stand out.
_HEADER_FILL = PatternFill(fill_type="solid", start_color="D9E1F2", end_color="D9E1F2")
_GROUP_FILL = PatternFill(fill_type="solid", start_color="EDEDED", end_color="EDEDED")
_ATTENTION_FILL = PatternFill(fill_type="solid", start_color="FCE4D6", end_color="FCE4D6")


@dataclass(frozen=True)
class Styles:
    """Style names: for each kind of row, one for text cells and one for date cells; a group row has one."""

    header: str
    group: tuple[str, str, str]
    """A group row's first cell, the cells after it, and its last cell: the heading runs on over them."""
    text: dict[RowKind, str]
    date: dict[RowKind, str]
    quiet: dict[RowKind, str]
    """Text cells that are only there to be complete (nothing reported yet): grey, in a row of each kind."""
    amount: dict[RowKind, str]
    """Amounts in euros (a number with the euro format), right-aligned."""
    templates: dict[str, StyleArray]
    """Each named style's array as registered in the workbook, for cells to copy."""


def install_styles(workbook: Workbook) -> Styles:
    font = Font(name=FONT_NAME, size=FONT_SIZE)
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    muted = Font(name=FONT_NAME, size=FONT_SIZE, italic=True, color="595959")
    quiet_font = Font(name=FONT_NAME, size=FONT_SIZE, color="808080")
    fonts = {RowKind.NORMAL: font, RowKind.ATTENTION: font, RowKind.MUTED: muted, RowKind.TOTAL: bold}
    fills = {RowKind.ATTENTION: _ATTENTION_FILL, RowKind.TOTAL: _GROUP_FILL}

    templates: dict[str, StyleArray] = {}

    def add(name: str, **parts: object) -> str:
        style = NamedStyle(name=name, **parts)
        workbook.add_named_style(style)
        templates[name] = style.as_tuple()
        return name

    text: dict[RowKind, str] = {}
    date: dict[RowKind, str] = {}
    quiet: dict[RowKind, str] = {}
    amount: dict[RowKind, str] = {}
    for kind in fonts:
        extra = {"fill": fills[kind]} if kind in fills else {}
        text[kind] = add(f"VGG {kind.value}", font=fonts[kind], border=_BORDER, alignment=_WRAP, **extra)
        date[kind] = add(f"VGG {kind.value} datum", font=fonts[kind], border=_BORDER, alignment=_DATE,
                         number_format=DATE_FORMAT, **extra)
        quiet[kind] = add(f"VGG {kind.value} stil", font=muted if kind is RowKind.MUTED else quiet_font,
                          border=_BORDER, alignment=_WRAP, **extra)
        amount[kind] = add(f"VGG {kind.value} bedrag", font=fonts[kind], border=_BORDER, alignment=_AMOUNT,
                           number_format=EURO_FORMAT, **extra)
    return Styles(
        header=add("VGG kop", font=bold, fill=_HEADER_FILL, border=_BORDER,
                   alignment=Alignment(vertical="center", wrap_text=True)),
        group=_three(
            add(name, font=bold, fill=_GROUP_FILL, border=Border(left=left, right=right, top=_GRID, bottom=_GRID),
                alignment=Alignment(vertical="center", wrap_text=False))
            for name, left, right in (("VGG groep", _GRID, None), ("VGG groep vervolg", None, None),
                                      ("VGG groep einde", None, _GRID))
        ),
        text=text,
        date=date,
        quiet=quiet,
        amount=amount,
        templates=templates,
    )


def _three(names: Iterable[str]) -> tuple[str, str, str]:
    """A group row's first, middle and last cell style."""
    first, middle, last = names
    return first, middle, last
