from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import all_texts, column_texts
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.staff import StaffModel, staff_rows
from vgg_desktop.startup import OpenedDatabase


def staff_model(opened: OpenedDatabase, today: date, months: int = 6) -> StaffModel:
    model = StaffModel()
    model.set_rows(staff_rows(opened.services.overviews.staff(), EndsSoonRule(today, months)))
    return model


def row_of(model: StaffModel, name: str) -> int:
    return next(row for row, text in enumerate(column_texts(model, StaffModel.NAME)) if name in text)


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(staff_model(opened, date(2022, 6, 14)))


def test_shows_function_contract_through_and_dates(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = staff_model(opened, date(2022, 6, 14))
    row = row_of(model, "Klaver")
    assert [model.index(row, column).data() for column in range(1, 6)] == \
        ["secretariaat", "BBL-plaats", "GOA-Publiek", "01-03-2020", "01-09-2022"]
    assert "Sprenger" in all_texts(model)


def test_a_contract_ending_soon_stands_out_and_an_ended_one_is_grey(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = staff_model(opened, date(2022, 6, 14))
    ending = row_of(model, "Klaver")  # until 01-09-2022
    running = row_of(model, "Rothstegge")  # until 31-12-2024
    ended = row_of(model, "de Vries")  # until 01-05-2022
    assert model.index(ending, StaffModel.END).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(ending, StaffModel.END).data(Qt.ItemDataRole.FontRole).bold()
    assert "01-09-2022" in model.index(ending, StaffModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(running, StaffModel.END).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(running, StaffModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(ended, StaffModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(ended, StaffModel.END).data(Qt.ItemDataRole.BackgroundRole) is None


def test_no_column_shows_sick_leave(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = staff_model(opened, date(2022, 6, 14))
    texts = all_texts(model)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert "23-08-2020" not in texts  # the seeded sick leave of Mw. S. van der Werff
    assert not any("sick" in header.lower() for header in headers)


def test_dates_sort_as_dates_and_an_open_end_sorts_last(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(staff_model(opened, date(2022, 6, 14)))
    proxy.sort(StaffModel.END, Qt.SortOrder.AscendingOrder)
    ends = [text for text in column_texts(proxy, StaffModel.END)]
    known = [text for text in ends if text]
    assert known == ["01-05-2022", "01-09-2022", "01-09-2022", "01-09-2022", "01-09-2023", "01-09-2023", "31-12-2024"]
    assert ends[: len(known)] == known  # the open-ended ones follow


def _ending(model: StaffModel, name: str) -> bool:
    return model.index(row_of(model, name), StaffModel.END).data(Qt.ItemDataRole.BackgroundRole) is not None


def _ended(model: StaffModel, name: str) -> bool:
    row = row_of(model, name)
    return model.index(row, StaffModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None and not _ending(model, name)


def test_ends_soon_by_the_period_and_the_date_looked_from_at_the_edges(qapp: QApplication, opened: OpenedDatabase) -> None:
    # Mw. M. Klaver's BBL-plaats runs until 01-09-2022.
    assert _ending(staff_model(opened, date(2022, 3, 1), 6), "Klaver")  # exactly six months ahead
    assert not _ending(staff_model(opened, date(2022, 2, 28), 6), "Klaver")  # six months and a day
    assert not _ending(staff_model(opened, date(2022, 3, 15), 3), "Klaver")  # 15-06 is the last day of three months
    assert _ending(staff_model(opened, date(2022, 6, 1), 3), "Klaver")
    assert _ending(staff_model(opened, date(2022, 9, 1), 1), "Klaver")  # its last day: still running
    assert _ended(staff_model(opened, date(2022, 9, 2), 1), "Klaver")  # the day after: ended, grey


def test_the_end_column_tip_names_the_period_and_the_date(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = staff_model(opened, date(2022, 3, 15), 6)
    tip = model.headerData(StaffModel.END, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "6" in tip and "15-03-2022" in tip
    assert StaffModel().headerData(StaffModel.END, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
