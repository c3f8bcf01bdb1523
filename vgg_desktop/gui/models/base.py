"""The table model every view of the window shares: one frozen value per row, each column declared once.

A subclass declares its columns as `Column` class attributes, in the order they are shown: the header and
its tooltip (English, marked with QT_TRANSLATE_NOOP in the model's CONTEXT so lupdate finds them), how a
value becomes the cell's text, and where it differs from the plain text, its sort key, tooltip, font,
colours and alignment. Read from the class or a model, a column is its number (`BoardModel.HOLDER == 2`),
which is what views, proxies and indexes take. The base model answers Qt from these declarations.

Sorting goes through `SORT_ROLE`, which holds a string or a number that Qt can compare itself (ISO
dates, folded text), so a proxy sorts dates and names properly without Python in the loop.

Qt asks `data` for seven roles of every visible cell at every paint. So the texts of all rows are
worked out once, in `set_rows` (the filter needs them too), a row's font and colours the first time
it is painted, and a column's sort keys the first time it is sorted; `data` then only looks them up.

`kept_rows` gives those texts, looks and sort keys as plain values, and `show_kept_rows` shows them
again in the next session until the database is open (`gui/snapshot.py`): rows without a value behind
them, so nothing can be selected for editing, described or followed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

# A cell whose text is longer than this is cut off in the view; by default its tooltip shows all of it.
LONG_TEXT = 40

# Qt passes the role as a plain int; comparing ints is much quicker than reaching the enum each time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = int(SORT_ROLE)
_KEY = int(KEY_ROLE)
_LOOKS = {_FONT: 0, _FOREGROUND: 1, _BACKGROUND: 2}
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

# Numbers line up on the right, in the middle of the row as the text beside them.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fold(text: str) -> str:
    """Text as the filter compares it: case and accents ignored ('Financiën' matches 'financien')."""
    if text.isascii():  # most text: nothing to decompose, and many times faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


class Column(Generic[T]):
    """One column of a table model: everything about it in one declaration.

    - `header`, `tip`: the header and its tooltip, English source texts marked with
      `QT_TRANSLATE_NOOP(<the model's CONTEXT>, ...)`; translated when Qt asks for them.
    - `text`: the cell's text for a row's value (also what the search filter looks in).
    - `sort`: the sort key, a string or int Qt compares itself; by default the folded text.
    - `tooltip`: the cell's tooltip; returning None leaves it to the default (the text itself when it is
      too long to show whole), returning "" means no tooltip.
    - `font`, `foreground`, `background`: how the cell looks; None (or no function) is the view's own.
    - `alignment`: the text's alignment, for every row; None is the view's own.
    - `width`: the width the view starts the column at, in average characters (so it fits the user's font
      size); None is the view's own. The user's own widths are kept in the settings and win.

    As a class attribute of a `RecordTableModel` it reads as its number in the model.
    """

    __slots__ = ("header", "tip", "text", "sort", "tooltip", "font", "foreground", "background", "alignment",
                 "width", "name", "number")

    def __init__(self, header: str, *, text: Callable[[T], str], tip: str = "", width: int | None = None,
                 sort: Callable[[T], str | int] | None = None,
                 tooltip: Callable[[T], str | None] | None = None,
                 font: Callable[[T], QFont | None] | None = None,
                 foreground: Callable[[T], QBrush | None] | None = None,
                 background: Callable[[T], QBrush | None] | None = None,
                 alignment: Qt.AlignmentFlag | None = None) -> None:
        self.header = header
        self.tip = tip
        self.text = text
        self.sort = sort
        self.tooltip = tooltip
        self.font = font
        self.foreground = foreground
        self.background = background
        self.alignment = alignment
        self.width = width
        self.name = ""
        self.number = -1  # set by the model class that declares the column

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> int:
        return self.number

    def sort_key(self, value: T) -> str | int:
        return fold(self.text(value)) if self.sort is None else self.sort(value)

    def tooltip_of(self, value: T, text: str) -> str | None:
        """The tooltip of the cell that shows `text` for `value`."""
        if self.tooltip is not None:
            tip = self.tooltip(value)
            if tip is not None:
                return tip or None
        return text if len(text) > LONG_TEXT else None

    def __repr__(self) -> str:
        return f"Column({self.name or self.header!r}, {self.number})"


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen values. Subclasses set CONTEXT, declare their `Column`s and say what identifies a row (`key`)."""

    CONTEXT = "RecordTableModel"
    # The columns in the order of their declaration in the subclass; set when the subclass is made.
    COLUMNS: ClassVar[tuple[Column[Any], ...]] = ()
    # Per look (font, foreground, background): each column's function, or None when no column has one.
    _LOOK_FUNCTIONS: ClassVar[tuple[tuple[Callable[[Any], Any] | None, ...] | None, ...]] = (None, None, None)
    _ALIGNMENTS: ClassVar[tuple[int | None, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = tuple(value for value in vars(cls).values() if isinstance(value, Column))
        if not declared:
            return
        for number, column in enumerate(declared):
            if column.number not in (-1, number):
                raise TypeError(f"{cls.__name__}.{column.name} is declared in another model as well")
            column.number = number
        cls.COLUMNS = declared
        looks = tuple(tuple(getattr(column, look) for column in declared) for look in ("font", "foreground", "background"))
        cls._LOOK_FUNCTIONS = tuple(None if all(function is None for function in functions) else functions
                                    for functions in looks)
        cls._ALIGNMENTS = tuple(None if column.alignment is None else int(column.alignment) for column in declared)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._texts: list[tuple[str, ...]] = []  # per row, the text of each column
        self._search: list[str] = []
        self._looks: list[tuple[tuple[Any, ...], ...] | None] = []  # per row: fonts, foregrounds, backgrounds
        self._sort_keys: dict[int, list[str | int]] = {}  # per column, once sorted on
        self._kept = False  # the rows are kept from the last session, with no values behind them
        self._kept_tooltips: list[tuple[str | None, ...] | None] = []

    def key(self, value: T) -> object:
        """What identifies the row across reloads, so the selection survives a refresh."""
        return getattr(value, "id")

    @classmethod
    def column_widths(cls) -> dict[int, int]:
        """The starting widths the columns declare, in average characters, by column number."""
        return {column.number: column.width for column in cls.COLUMNS if column.width is not None}

    def display(self, value: T, column: int) -> str:
        """The text `column` shows for `value` (also for a value that is not one of the rows)."""
        return self.COLUMNS[column].text(value)

    # --- the rows --------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        text_of = tuple(column.text for column in self.COLUMNS)
        self._texts = [tuple(text(value) for text in text_of) for value in self._rows]
        self._search = ["\n".join(fold(text) for text in texts) for texts in self._texts]
        self._looks = [None] * len(self._rows)
        self._sort_keys = {}
        self._kept = False
        self.endResetModel()

    def rows(self) -> tuple[T, ...]:
        return () if self._kept else tuple(self._rows)

    def value(self, row: int) -> T:
        """The frozen value of a row; None for a row kept from the last session."""
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        if self._kept:
            return None
        for row, value in enumerate(self._rows):
            if self.key(value) == key:
                return row
        return None

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """True when every (folded) word occurs in some column of the row."""
        text = self._search[row]
        return all(word in text for word in words)

    def _row_looks(self, row: int) -> tuple[tuple[Any, ...], ...]:
        value = self._rows[row]
        columns = len(self.COLUMNS)
        looks = tuple((None,) * columns if functions is None
                      else tuple(None if function is None else function(value) for function in functions)
                      for functions in self._LOOK_FUNCTIONS)
        self._looks[row] = looks
        return looks

    def _column_sort_keys(self, column: int) -> list[str | int]:
        sort_key = self.COLUMNS[column].sort_key
        keys = [sort_key(value) for value in self._rows]
        self._sort_keys[column] = keys
        return keys

    def _tooltip(self, row: int, column: int) -> str | None:
        if self._kept:
            tips = self._kept_tooltips[row]
            return None if tips is None else tips[column]
        return self.COLUMNS[column].tooltip_of(self._rows[row], self._texts[row][column])

    # --- rows kept for the next start ---------------------------------------------------------

    def showing_kept_rows(self) -> bool:
        return self._kept

    def kept_rows(self) -> dict[str, Any]:
        """What the next start shows of these rows: texts, tooltips, looks (font style, colours) and sort keys."""
        columns = range(len(self.COLUMNS))
        looks = [self._looks[row] or self._row_looks(row) for row in range(len(self._rows))]
        tooltips = [[self._tooltip(row, column) for column in columns] for row in range(len(self._rows))]
        return {
            "columns": len(self.COLUMNS),
            "texts": [list(texts) for texts in self._texts],
            "tooltips": [None if all(tip is None for tip in tips) else tips for tips in tooltips],
            "looks": [None if all(value is None for kind in row for value in kind)
                      else [[_look_text(value) for value in kind] for kind in row] for row in looks],
            "sort_keys": [self._sort_keys.get(column) or self._column_sort_keys(column) for column in columns],
        }

    def show_kept_rows(self, kept: dict[str, Any]) -> bool:
        """Shows rows that `kept_rows` gave in an earlier session; False (nothing shown) if they do not fit."""
        try:
            rows = _checked_kept_rows(kept, len(self.COLUMNS))
        except (KeyError, TypeError, ValueError):
            return False
        texts, tooltips, looks, sort_keys = rows
        self.beginResetModel()
        self._rows = [None] * len(texts)  # type: ignore[list-item]  # kept rows have no value behind them
        self._texts = texts
        self._search = ["\n".join(fold(text) for text in row) for row in texts]
        self._looks = looks
        self._sort_keys = dict(enumerate(sort_keys))
        self._kept_tooltips = tooltips
        self._kept = True
        self.endResetModel()
        return True

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return QCoreApplication.translate(self.CONTEXT, column.tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        # An invalid index has row and column -1.
        if not (0 <= row < len(self._texts) and 0 <= column < len(self.COLUMNS)):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        look = _LOOKS.get(role)
        if look is not None:
            looks = self._looks[row] or self._row_looks(row)
            return looks[look][column]
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _SORT:
            keys = self._sort_keys.get(column)
            return (keys if keys is not None else self._column_sort_keys(column))[row]
        if role == _KEY:
            return None if self._kept else self.key(self._rows[row])
        if role == _ALIGNMENT:
            return self._ALIGNMENTS[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS


# --- rows kept for the next start: looks as plain text ------------------------------------------

_FONTS: dict[str, QFont] = {}
_BRUSHES: dict[str, QBrush] = {}


def _look_text(value: Any) -> str | None:
    """A font as "font:" and its styles (i, b, s), a brush as its colour (#aarrggbb); None for neither."""
    if isinstance(value, QFont):
        styles = ("i" if value.italic() else "") + ("b" if value.bold() else "") + ("s" if value.strikeOut() else "")
        return "font:" + styles
    if isinstance(value, QBrush):
        from PySide6.QtGui import QColor

        return value.color().name(QColor.NameFormat.HexArgb)
    return None


def _look_value(text: str | None) -> Any:
    if text is None:
        return None
    if text.startswith("font:"):
        font = _FONTS.get(text)
        if font is None:
            styles = text[5:]
            if set(styles) - set("ibs"):
                raise ValueError(text)
            font = QFont()
            font.setItalic("i" in styles)
            font.setBold("b" in styles)
            font.setStrikeOut("s" in styles)
            _FONTS[text] = font
        return font
    brush = _BRUSHES.get(text)
    if brush is None:
        from PySide6.QtGui import QColor

        colour = QColor(text)
        if not text.startswith("#") or not colour.isValid():
            raise ValueError(text)
        brush = _BRUSHES[text] = QBrush(colour)
    return brush


def _checked_kept_rows(kept: dict[str, Any], columns: int) -> tuple[
        list[tuple[str, ...]], list[tuple[str | None, ...] | None], list[tuple[tuple[Any, ...], ...] | None],
        list[list[str | int]]]:
    """The kept rows as the model holds them, after checking that every part has the model's shape."""
    if kept["columns"] != columns:
        raise ValueError("another number of columns")
    texts = [tuple(row) for row in kept["texts"]]
    if any(len(row) != columns or not all(isinstance(text, str) for text in row) for row in texts):
        raise ValueError("texts")
    tooltips = [None if tips is None else tuple(tips) for tips in kept["tooltips"]]
    if len(tooltips) != len(texts) or any(
            tips is not None and (len(tips) != columns or not all(tip is None or isinstance(tip, str) for tip in tips))
            for tips in tooltips):
        raise ValueError("tooltips")
    looks: list[tuple[tuple[Any, ...], ...] | None] = []
    for row in kept["looks"]:
        if row is None:
            looks.append(((None,) * columns,) * 3)
            continue
        if len(row) != 3 or any(len(kind) != columns for kind in row):
            raise ValueError("looks")
        looks.append(tuple(tuple(_look_value(value) for value in kind) for kind in row))
    sort_keys = [list(keys) for keys in kept["sort_keys"]]
    if (len(looks) != len(texts) or len(sort_keys) != columns
            or any(len(keys) != len(texts) or not all(isinstance(key, (str, int)) for key in keys) for keys in sort_keys)):
        raise ValueError("shape")
    return texts, tooltips, looks, sort_keys
