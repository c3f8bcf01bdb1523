"""Column widths and row heights from the content, so that a printout needs no hand work.

Neither Excel nor LibreOffice sizes a row to wrapped text written by openpyxl, so the lines each cell
wraps to are counted here, with Arial's character widths. Widths are in Excel's column units (the width
of a digit, 7 pixels in Arial 10); heights in points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from vgg_desktop.export import metrics

MIN_WIDTH = 6.0
MAX_FLOOR = 24.0          # a column may always be narrowed to this, even if a longer word must break
SHORT_TEXT = 40           # characters: texts this short are measured (and remembered) whole
LINE_HEIGHT = 12.75       # one line of Arial 10, in points
ROW_PADDING = 3.0
MAX_ROW_HEIGHT = 409.0    # Excel's limit
CELL_MARGIN = 1.2         # the room a cell keeps free at its edges, in digits, with some to spare
# What fits across A4 landscape between margins of 0.4 inch: 10.9 inch at 96 pixels an inch, less some
# slack, counted as Excel counts a column: 7 pixels a digit plus 5 pixels of padding.
PAGE_WIDTH_PIXELS = 1040
DIGIT_PIXELS = 7
COLUMN_PADDING_PIXELS = 5


class Font:
    """Measures text in digits for one weight of Arial 10; remembers words, since texts repeat them."""

    def __init__(self, widths: Sequence[int]) -> None:
        self._widths = {char: width / metrics.DIGIT for char, width in zip(metrics.CHARACTERS, widths, strict=True)}
        self._words: dict[str, float] = {}
        self.space = self._widths[" "]

    def word(self, word: str) -> float:
        width = self._words.get(word)
        if width is None:
            table = self._widths
            width = 0.0
            for char in word:
                width += table.get(char, 1.0)
            if len(self._words) > 50_000:
                self._words.clear()
            self._words[word] = width
        return width

    def measure(self, text: str) -> tuple[float, float, float]:
        """The widest line, the widest word and the width of all lines together of `text`, in digits."""
        if len(text) <= SHORT_TEXT and "\n" not in text:
            # Names, statuses and dates repeat: remembered whole. Short enough that no word needs its own width.
            width = self.word(text)
            if width <= MAX_FLOOR:
                return width, width, width
        widest_line = widest_word = total = 0.0
        space = self.space
        for line in text.split("\n"):
            words = [self.word(word) for word in line.split(" ")]
            width = sum(words) + space * (len(words) - 1)
            total += width
            widest_line = max(widest_line, width)
            widest_word = max(widest_word, max(words))
        return widest_line, widest_word, total

    def lines(self, text: str, width: float) -> int:
        """How many lines `text` takes in a column `width` digits wide, wrapping at spaces as Excel does."""
        capacity = max(1.0, width - CELL_MARGIN)
        space = self.space
        count = 0
        for paragraph in text.split("\n"):
            count += 1
            used = -1.0  # nothing on the line yet
            for word in paragraph.split(" "):
                size = self.word(word)
                if used >= 0 and used + space + size <= capacity:
                    used += space + size
                    continue
                if used >= 0:
                    count += 1
                if size > capacity:  # a word wider than the column breaks inside the word
                    count += math.ceil(size / capacity) - 1
                    size = size % capacity
                used = size
        return count


REGULAR = Font(metrics.REGULAR)
BOLD = Font(metrics.BOLD)


def fit_widths(wanted: Sequence[float], floors: Sequence[float], rows: Sequence[Sequence[float]]) -> list[float]:
    """Widths that fit the page, each column between its floor and the width it wants.

    `rows` holds, for some rows of the sheet, the width of each cell's text laid on one line. The room
    above the floors goes, a step at a time, to the column where it saves the most printed lines: a
    row is as tall as its tallest cell, so only widening the cell that sets a row's height shortens
    it. What does not fit at all (floors wider than the page) is left to fit-to-width scaling.
    """
    budget = (PAGE_WIDTH_PIXELS - COLUMN_PADDING_PIXELS * len(wanted)) / DIGIT_PIXELS
    if sum(wanted) <= budget:
        return [round(width, 1) for width in wanted]
    widths = [min(floor, want) for floor, want in zip(floors, wanted, strict=True)]
    if sum(widths) >= budget:
        return [round(width, 1) for width in widths]
    spare = budget - sum(widths)
    step = max(0.5, spare / 40)
    while spare > 0.05:
        growth = {index: min(step, spare, wanted[index] - width)
                  for index, width in enumerate(widths) if width < wanted[index] - 0.05}
        if not growth:
            break
        gains = _gains(rows, widths, growth)
        best = max(gains, key=gains.__getitem__)
        if gains[best] <= 1e-9:
            # No row gets shorter any more: the rest goes to whoever still wants it, evenly.
            share = spare / len(growth)
            for index in growth:
                widths[index] = min(wanted[index], widths[index] + share)
            spare = budget - sum(widths)
            continue
        widths[best] += growth[best]
        spare -= growth[best]
    return [math.floor(width * 10) / 10 for width in widths]


def _gains(rows: Sequence[Sequence[float]], widths: Sequence[float], growth: dict[int, float]) -> dict[int, float]:
    """For each column that may grow: the lines saved over `rows` by growing it (smooth, not whole lines)."""
    usable = [max(1.0, width - CELL_MARGIN) for width in widths]
    grown = {index: max(1.0, widths[index] + extra - CELL_MARGIN) for index, extra in growth.items()}
    gains = dict.fromkeys(growth, 0.0)
    for row in rows:
        tallest, second, at = 1.0, 1.0, -1
        for index, text in enumerate(row):
            if text:
                lines = text / usable[index]
                if lines > tallest:
                    tallest, second, at = lines, tallest, index
                elif lines > second:
                    second = lines
        if at in grown:
            gains[at] += tallest - max(second, row[at] / grown[at])
    return gains


def sample(rows: Sequence[Sequence[float]], limit: int = 100) -> list[Sequence[float]]:
    """At most `limit` rows spread evenly over the sheet: enough to choose widths by."""
    if len(rows) <= limit:
        return list(rows)
    return [rows[index * len(rows) // limit] for index in range(limit)]


def row_height(lines: int, line_height: float = LINE_HEIGHT) -> float:
    return min(MAX_ROW_HEIGHT, lines * line_height + ROW_PADDING)
