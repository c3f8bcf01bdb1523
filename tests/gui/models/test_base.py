"""The base table model: a column declared once gives its header, tooltip, text, sort key and looks."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

import vgg_desktop.gui.models
from tests.gui.models.helpers import column_texts
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP, translations_dir
from vgg_desktop.gui.models.base import KEY_ROLE, RIGHT, SORT_ROLE, Column, RecordTableModel
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy

RED = QColor(200, 0, 0)


@dataclass(frozen=True)
class Town:
    id: int
    name: str
    inhabitants: int
    note: str = ""


def _bold(town: Town) -> QFont | None:
    font = QFont()
    font.setBold(True)
    return font if town.inhabitants > 100_000 else None


class TownModel(RecordTableModel[Town]):
    CONTEXT = "TownModel"

    NAME = Column[Town](
        QT_TRANSLATE_NOOP("TownModel", "Town"), width=30,
        tip=QT_TRANSLATE_NOOP("TownModel", "The name of the town"),
        text=lambda town: town.name,
        font=_bold)
    INHABITANTS = Column[Town](
        QT_TRANSLATE_NOOP("TownModel", "Inhabitants"),
        text=lambda town: f"{town.inhabitants:,}".replace(",", "."),
        sort=lambda town: town.inhabitants,
        tooltip=lambda town: "More than a hundred thousand" if town.inhabitants > 100_000 else None,
        foreground=lambda town: QBrush(RED) if town.inhabitants < 10_000 else None,
        alignment=RIGHT)
    NOTE = Column[Town](
        QT_TRANSLATE_NOOP("TownModel", "Note"),
        text=lambda town: town.note,
        tooltip=lambda town: "" if town.note.startswith("secret") else None)


TOWNS = (
    Town(1, "Groningen", 234_000),
    Town(2, "Pekela", 12_000, "a note long enough to be cut off in the view, so its tooltip shows it"),
    Town(3, "Ten Boer", 7_000, "secret, and long enough to be cut off in the view as well"),
)


def town_model() -> TownModel:
    model = TownModel()
    model.set_rows(TOWNS)
    return model


def test_a_column_reads_as_its_number_in_the_order_of_declaration() -> None:
    assert (TownModel.NAME, TownModel.INHABITANTS, TownModel.NOTE) == (0, 1, 2)
    assert [column.name for column in TownModel.COLUMNS] == ["NAME", "INHABITANTS", "NOTE"]
    assert town_model().columnCount() == 3
    assert TownModel.column_widths() == {TownModel.NAME: 30}


def test_a_column_declared_once_gives_header_tooltip_text_and_sort_key(qapp: QApplication) -> None:
    model = town_model()
    header = model.headerData
    assert header(TownModel.NAME, Qt.Orientation.Horizontal) == "Town"
    assert header(TownModel.NAME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "The name of the town"
    assert header(TownModel.INHABITANTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert header(0, Qt.Orientation.Vertical) is None and header(3, Qt.Orientation.Horizontal) is None
    assert column_texts(model, TownModel.INHABITANTS) == ["234.000", "12.000", "7.000"]
    # The sort key is the column's own (a number here); without one, the folded text.
    assert [model.index(row, TownModel.INHABITANTS).data(SORT_ROLE) for row in range(3)] == [234_000, 12_000, 7_000]
    assert model.index(1, TownModel.NAME).data(SORT_ROLE) == "pekela"
    assert model.index(2, TownModel.NOTE).data(KEY_ROLE) == 3


def test_sorting_through_the_proxy_uses_the_sort_key_not_the_text(qapp: QApplication) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(town_model())
    proxy.sort(TownModel.INHABITANTS, Qt.SortOrder.AscendingOrder)
    # As text "7.000" would come last.
    assert column_texts(proxy, TownModel.NAME) == ["Ten Boer", "Pekela", "Groningen"]


def test_tooltips_the_columns_own_else_a_long_text_and_an_empty_one_means_none(qapp: QApplication) -> None:
    model = town_model()
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, TownModel.INHABITANTS).data(tip) == "More than a hundred thousand"
    assert model.index(1, TownModel.INHABITANTS).data(tip) is None  # short text: no tooltip
    assert model.index(1, TownModel.NOTE).data(tip) == TOWNS[1].note  # long text, nothing of its own
    assert model.index(2, TownModel.NOTE).data(tip) is None  # long text, but the column says none
    assert model.index(0, TownModel.NAME).data(tip) is None


def test_looks_and_alignment_only_where_a_column_gives_them(qapp: QApplication) -> None:
    model = town_model()
    assert model.index(0, TownModel.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, TownModel.NAME).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, TownModel.INHABITANTS).data(Qt.ItemDataRole.ForegroundRole).color() == RED
    assert model.index(1, TownModel.INHABITANTS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, TownModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert all(model.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is None for row in range(3) for column in range(3))
    assert model.index(0, TownModel.INHABITANTS).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.index(0, TownModel.NAME).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_the_rows_kept_for_the_next_start_show_the_same(qapp: QApplication) -> None:
    kept = town_model().kept_rows()
    again = TownModel()
    assert again.show_kept_rows(kept)
    model = town_model()
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
        assert ([again.index(row, column).data(role) for row in range(3) for column in range(3)]
                == [model.index(row, column).data(role) for row in range(3) for column in range(3)])
    assert again.index(0, TownModel.NAME).data(Qt.ItemDataRole.FontRole).bold()


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(town_model())


def test_a_column_cannot_belong_to_two_models() -> None:
    with pytest.raises(TypeError, match="another model"):
        type("OtherModel", (RecordTableModel,), {"FIRST": Column[Town]("First", text=lambda town: ""),
                                                  "NAME": TownModel.COLUMNS[0]})


def _models() -> list[type[RecordTableModel[Any]]]:
    for module in pkgutil.iter_modules(vgg_desktop.gui.models.__path__):
        importlib.import_module(f"vgg_desktop.gui.models.{module.name}")
    found, waiting = [], list(RecordTableModel.__subclasses__())
    while waiting:
        model = waiting.pop()
        waiting.extend(model.__subclasses__())
        if model.__module__.startswith("vgg_desktop."):
            found.append(model)
    return found


def test_every_header_and_header_tooltip_is_in_the_translation_under_its_models_context() -> None:
    root = ET.parse(translations_dir() / "vgg_desktop_nl.ts").getroot()
    sources = {(context.findtext("name"), message.findtext("source"))
               for context in root.iter("context") for message in context.iter("message")}
    models = _models()
    assert {"BoardModel", "StaffModel", "ImportPreviewModel", "BackupListModel"} <= {model.__name__ for model in models}
    for model in models:
        assert model.COLUMNS, model.__name__
        for column in model.COLUMNS:
            for text in filter(None, (column.header, column.tip)):
                assert (model.CONTEXT, text) in sources, f"{model.__name__}.{column.name}: {text}"
