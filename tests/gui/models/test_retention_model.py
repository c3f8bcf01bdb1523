"""Former staff due for removal: flagged in the Bureau table, ticked in the list of the removal dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import all_texts, column_texts
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.gui.models.retention import RetentionModel
from vgg_desktop.gui.models.staff import REMOVAL_COLOUR, StaffModel, staff_rows
from vgg_desktop.startup import OpenedDatabase

TODAY = date(2026, 11, 29)
# Left on 01-05-2022, 01-09-2022 (three) and 01-09-2023 (two); Rothstegge left on 31-12-2024, too recently.
DUE = ["Mw. A. de Vries", "Mw. H. Dost", "Dhr. M. Jansman", "Mw. M. Klaver", "Mw. V. Glas", "Mw. R. de Jonge"]


def retention_model(opened: OpenedDatabase, today: date = TODAY) -> RetentionModel:
    model = RetentionModel()
    model.set_candidates(opened.services.retention.due(today))
    return model


def staff_model(opened: OpenedDatabase, today: date) -> StaffModel:
    model = StaffModel()
    services = opened.services
    model.set_rows(staff_rows(services.overviews.staff(), EndsSoonRule(today, 6), services.retention.due(today)))
    return model


def test_the_candidates_model_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    model = retention_model(opened)
    model.setData(model.index(1, RetentionModel.NAME), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)


def test_the_flagged_staff_model_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(staff_model(opened, TODAY))


def test_lists_name_date_left_and_projects_all_ticked(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = retention_model(opened)
    assert column_texts(model, RetentionModel.NAME) == DUE
    assert column_texts(model, RetentionModel.LEFT_ON) == \
        ["01-05-2022", "01-09-2022", "01-09-2022", "01-09-2022", "01-09-2023", "01-09-2023"]
    assert column_texts(model, RetentionModel.PROJECTS)[-1] == "Burgernet"
    states = [model.index(row, RetentionModel.NAME).data(Qt.ItemDataRole.CheckStateRole) for row in range(model.rowCount())]
    assert states == [Qt.CheckState.Checked] * len(DUE)
    assert [member.display_name for member in model.checked()] == DUE
    assert model.index(0, RetentionModel.LEFT_ON).data(Qt.ItemDataRole.CheckStateRole) is None
    assert model.flags(model.index(0, RetentionModel.NAME)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, RetentionModel.LEFT_ON)) & Qt.ItemFlag.ItemIsUserCheckable


def test_unticking_leaves_a_member_out_and_a_refresh_keeps_the_choice(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = retention_model(opened)
    klaver = column_texts(model, RetentionModel.NAME).index("Mw. M. Klaver")
    assert model.setData(model.index(klaver, RetentionModel.NAME), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(klaver, RetentionModel.LEFT_ON), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "Mw. M. Klaver" not in [member.display_name for member in model.checked()]
    assert len(model.checked()) == len(DUE) - 1

    model.set_candidates(opened.services.retention.due(TODAY), keep_choices=True)
    assert "Mw. M. Klaver" not in [member.display_name for member in model.checked()]
    model.set_candidates(opened.services.retention.due(TODAY))
    assert len(model.checked()) == len(DUE)


def test_the_bureau_table_flags_who_is_due_in_words_and_colour(opened: OpenedDatabase, dutch: None) -> None:
    model = staff_model(opened, TODAY)
    names = column_texts(model, StaffModel.NAME)
    flagged = [names[row] for row, text in enumerate(column_texts(model, StaffModel.RETENTION)) if text]
    assert sorted(flagged) == sorted(DUE)
    klaver = names.index("Mw. M. Klaver")
    assert model.index(klaver, StaffModel.RETENTION).data() == "Verstreken"
    tip = model.index(klaver, StaffModel.FUNCTION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Bewaartermijn verstreken: verwijderen (AVG).") and "01-09-2022" in tip
    assert model.index(klaver, StaffModel.NAME).data(Qt.ItemDataRole.ForegroundRole).color() == REMOVAL_COLOUR
    assert model.index(klaver, StaffModel.RETENTION).data(Qt.ItemDataRole.FontRole).bold()
    rothstegge = names.index("Dhr. W. Rothstegge")  # left on 31-12-2024: not yet two years
    assert model.index(rothstegge, StaffModel.RETENTION).data() == ""
    assert model.index(rothstegge, StaffModel.NAME).data(Qt.ItemDataRole.ForegroundRole).color() != REMOVAL_COLOUR
    assert "Bewaartermijn" not in (model.index(rothstegge, StaffModel.NAME).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_nobody_is_flagged_while_the_plan_year_runs(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = staff_model(opened, date(2022, 6, 14))
    assert not any(column_texts(model, StaffModel.RETENTION))
    assert "Verstreken" not in all_texts(model)
