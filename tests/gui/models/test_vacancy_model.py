"""The Vacatures list's model: every open place once, what is part of it, and why it is open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.vacancies import VacancyModel
from vgg_desktop.services.vacancies import PlaceKind
from vgg_desktop.startup import OpenedDatabase

MEETING = date(2022, 3, 15)


def vacancy_model(opened: OpenedDatabase) -> VacancyModel:
    model = VacancyModel()
    model.set_rows(opened.services.overviews.vacancies(MEETING))
    return model


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(vacancy_model(opened))


def test_an_empty_list_passes_the_model_tester(qtmodeltester: ModelTester, empty_opened: OpenedDatabase) -> None:
    model = vacancy_model(empty_opened)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_each_place_once_with_its_parts_and_note(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = vacancy_model(opened)
    assert model.rowCount() == 26
    places = column_texts(model, VacancyModel.PLACE)
    row = places.index("Themabijeenkomst Cultuur")
    assert model.index(row, VacancyModel.KIND).data() == "Portefeuillehouder"
    assert model.index(row, VacancyModel.INCLUDES).data() == "Voorzitter portefeuillehouderoverleg 4. Cultuur"
    note = model.index(row, VacancyModel.NOTE)
    assert note.data().startswith("Open door de gemeenteraadsverkiezingen van 14, 15 en 16 maart 2022")
    assert note.data(Qt.ItemDataRole.ToolTipRole) == opened.services.overviews.vacancies(MEETING)[row].note
    assert model.index(row, VacancyModel.PLACE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, VacancyModel.KIND).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Cultuur" not in " ".join(places[:row] + places[row + 1:])  # the consultation is not listed again


def test_a_place_without_a_note_says_so_in_the_tooltip(qapp: QApplication, opened: OpenedDatabase) -> None:
    place = replace(opened.services.overviews.vacancies(MEETING)[0], note=None)
    model = VacancyModel()
    model.set_rows([place])
    assert model.index(0, VacancyModel.NOTE).data() == ""
    assert model.index(0, VacancyModel.NOTE).data(Qt.ItemDataRole.ToolTipRole) == "No note recorded for this place."


def test_sorting_by_kind_keeps_seats_portfolios_committees_chairs(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(vacancy_model(opened))
    proxy.sort(VacancyModel.KIND, Qt.SortOrder.DescendingOrder)
    kinds = column_texts(proxy, VacancyModel.KIND)
    assert kinds[0] == PlaceKind.CONSULTATION.label and kinds[-1] == PlaceKind.BOARD_SEAT.label
    proxy.set_search("sport")
    assert column_texts(proxy, VacancyModel.PLACE) == ["Themabijeenkomst Sport"]
