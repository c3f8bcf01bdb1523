"""Widths and heights: measured with Arial's widths, fitted to A4 landscape, rows tall enough."""

from __future__ import annotations

import pytest

from vgg_desktop.export import layout


def test_measure_counts_narrow_and_wide_letters_differently() -> None:
    narrow, _, _ = layout.REGULAR.measure("iiiiiiiiii")
    wide, _, _ = layout.REGULAR.measure("WWWWWWWWWW")
    digits, _, _ = layout.REGULAR.measure("0123456789")
    assert narrow < digits < wide
    assert digits == pytest.approx(10.0)


def test_measure_reports_widest_line_widest_word_and_total() -> None:
    line, word, total = layout.REGULAR.measure("00 00\n0000000")
    assert line == pytest.approx(7.0)
    assert word == pytest.approx(7.0)
    assert total == pytest.approx(4.5 + 7.0)


def test_bold_is_wider() -> None:
    assert layout.BOLD.measure("Portefeuillehouder")[0] > layout.REGULAR.measure("Portefeuillehouder")[0]


def test_lines_wrap_at_spaces_and_count_paragraphs() -> None:
    font = layout.REGULAR
    assert font.lines("00000 00000", 30) == 1
    assert font.lines("00000 00000", 5 + layout.CELL_MARGIN) == 2
    assert font.lines("een\ntwee\ndrie", 30) == 3
    assert font.lines("", 10) == 1


def test_a_word_wider_than_the_column_breaks_inside() -> None:
    assert layout.REGULAR.lines("0" * 25, 10 + layout.CELL_MARGIN) == 3


def test_widths_that_fit_are_kept() -> None:
    assert layout.fit_widths([20.0, 30.0], [10.0, 10.0], [[5.0, 5.0]]) == [20.0, 30.0]


def test_widths_are_fitted_to_the_page_between_floor_and_wish() -> None:
    wanted = [50.0, 50.0, 50.0, 12.0]
    floors = [20.0, 20.0, 20.0, 12.0]
    rows = [[100.0, 40.0, 200.0, 5.0], [30.0, 40.0, 300.0, 5.0]]
    widths = layout.fit_widths(wanted, floors, rows)
    budget = (layout.PAGE_WIDTH_PIXELS - layout.COLUMN_PADDING_PIXELS * 4) / layout.DIGIT_PIXELS
    assert sum(widths) <= budget + 0.01
    assert all(floor <= width <= want for width, floor, want in zip(widths, floors, wanted, strict=True))
    # The column with the most text in the tallest rows gets the most room.
    assert widths[2] == max(widths)


def test_floors_wider_than_the_page_are_left_to_the_printer() -> None:
    assert layout.fit_widths([60.0] * 4, [50.0] * 4, [[1.0] * 4]) == [50.0] * 4


def test_row_height_grows_with_lines_up_to_excels_limit() -> None:
    assert layout.row_height(2) > layout.row_height(1) >= layout.LINE_HEIGHT
    assert layout.row_height(1000) == layout.MAX_ROW_HEIGHT
