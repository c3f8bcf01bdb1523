from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.gui.models.base import SORT_ROLE
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.startup import OpenedDatabase


def board_model(opened: OpenedDatabase) -> BoardModel:
    model = BoardModel()
    model.set_rows(opened.services.overviews.board(date(2022, 6, 14)))
    return model


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(board_model(opened))


def test_every_seat_is_a_row_and_a_vacancy_is_marked_not_empty(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = board_model(opened)
    holders = column_texts(model, BoardModel.HOLDER)
    assert model.rowCount() == 13
    assert "Ard van der Tuuk" in holders and "Annalies Usmany" in holders
    assert holders.count("Vacancy") == 8
    vacant = model.index(holders.index("Vacancy"), BoardModel.HOLDER)
    filled = model.index(holders.index("Annalies Usmany"), BoardModel.HOLDER)
    assert vacant.data(Qt.ItemDataRole.FontRole).italic()
    assert vacant.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert filled.data(Qt.ItemDataRole.FontRole) is None
    assert filled.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Fill seat" in vacant.data(Qt.ItemDataRole.ToolTipRole)


def test_portfolios_of_the_holder_and_whom_the_seat_represents(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = board_model(opened)
    row = column_texts(model, BoardModel.HOLDER).index("Annalies Usmany")
    assert model.index(row, BoardModel.PORTFOLIOS).data() == "Ruimte, Wonen, Milieu, Energie en Mobiliteit"
    assert "Griffierskring" in column_texts(model, BoardModel.ON_BEHALF_OF)


def test_filled_seats_sort_before_vacancies_on_the_holder_column(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(board_model(opened))
    proxy.sort(BoardModel.HOLDER, Qt.SortOrder.AscendingOrder)
    holders = column_texts(proxy, BoardModel.HOLDER)
    assert holders[:5] == sorted(holders[:5], key=str.casefold)
    assert set(holders[5:]) == {"Vacancy"}


def test_the_role_column_sorts_in_the_order_of_the_seats(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = board_model(opened)
    keys = [model.index(row, BoardModel.ROLE).data(SORT_ROLE) for row in range(model.rowCount())]
    assert keys == sorted(keys)
