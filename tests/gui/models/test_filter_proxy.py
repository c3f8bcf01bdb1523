from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.gui.models.base import fold
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.persons import PersonModel, PersonRow
from vgg_desktop.startup import OpenedDatabase


def board_proxy(opened: OpenedDatabase) -> RecordFilterProxy:
    model = BoardModel()
    model.set_rows(opened.services.overviews.board(date(2022, 6, 14)))
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def test_the_filtered_proxy_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    proxy = board_proxy(opened)
    proxy.set_search("vacancy")
    qtmodeltester.check(proxy)


def test_every_word_must_occur_in_some_column_ignoring_case(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = board_proxy(opened)
    assert proxy.rowCount() == 13
    proxy.set_search("ANNALIES")
    assert column_texts(proxy, BoardModel.HOLDER) == ["Annalies Usmany"]
    proxy.set_search("lid vacancy")
    assert proxy.rowCount() > 0
    assert set(column_texts(proxy, BoardModel.HOLDER)) == {"Vacancy"}
    proxy.set_search("  ")
    assert proxy.rowCount() == 13


def test_accents_do_not_matter(qapp: QApplication, opened: OpenedDatabase) -> None:
    assert fold("Gemeentefinanciën") == "gemeentefinancien"
    model = BoardModel()
    model.set_rows(opened.services.overviews.board(date(2022, 6, 14)))
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("gemeentesecretarissen")
    assert proxy.rowCount() == 1


def test_value_at_maps_through_the_proxy_after_sorting_and_filtering(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = board_proxy(opened)
    proxy.sort(BoardModel.HOLDER)
    proxy.set_search("dhr")
    for row in range(proxy.rowCount()):
        assert proxy.value_at(row).holder.display_name == proxy.index(row, BoardModel.HOLDER).data()
    seat = proxy.value_at(0).seat
    assert proxy.proxy_row_of(seat.id) == 0


def test_persons_model_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    model = PersonModel()
    model.set_rows(PersonRow(person, None) for person in opened.services.persons.list())
    qtmodeltester.check(model)
    assert "Usmany" in " ".join(column_texts(model, PersonModel.NAME))
