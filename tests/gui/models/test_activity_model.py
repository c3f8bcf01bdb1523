from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import all_texts, column_texts
from vgg_desktop.db.mapping import current_fields
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.schema import ACTIVITY
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.startup import OpenedDatabase


def activity_model(opened: OpenedDatabase) -> ActivityModel:
    model = ActivityModel()
    model.set_rows(opened.services.overviews.activities(2022))
    return model


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(activity_model(opened))


def test_shows_the_28_activities_with_goal_results_and_status(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = activity_model(opened)
    assert model.rowCount() == 28
    row = next(row for row, title in enumerate(column_texts(model, ActivityModel.TITLE)) if "Toogdag" in title)
    assert model.index(row, ActivityModel.OWNER).data() == "Dagelijks Bestuur VGG"
    assert model.index(row, ActivityModel.GOAL).data() == "Het verstevigen van de ledenbinding"
    assert model.index(row, ActivityModel.FIRST_STATUS).data() == "Loopt"
    assert model.index(row, ActivityModel.SECOND_STATUS).data() == "Nog niet gerapporteerd"
    assert "14 juni 2022" in model.index(row, ActivityModel.FIRST_PROGRESS).data()
    assert "Kansen voor het landschap" in all_texts(model)


def test_what_was_reported_stands_out_and_what_was_not_is_grey(qapp: QApplication, opened: OpenedDatabase) -> None:
    services = opened.services
    activity = next(item for item in services.activities.list() if item.title == "Externe communicatie")
    services.activities.update(activity.id, activity.version, {
        **current_fields(ACTIVITY, activity), "first_half_status": ProgressStatus.NOT_STARTED})
    model = activity_model(opened)
    toogdag = next(row for row, title in enumerate(column_texts(model, ActivityModel.TITLE)) if "Toogdag" in title)
    chosen = column_texts(model, ActivityModel.TITLE).index("Externe communicatie")
    colour = Qt.ItemDataRole.ForegroundRole
    assert model.index(toogdag, ActivityModel.FIRST_STATUS).data(colour) is None  # "Loopt"
    assert model.index(toogdag, ActivityModel.SECOND_STATUS).data(colour).color() == appearance.QUIET_COLOUR
    # "Niet gestart" is now always someone's choice: it reads like any reported status.
    assert model.index(chosen, ActivityModel.FIRST_STATUS).data() == "Niet gestart"
    assert model.index(chosen, ActivityModel.FIRST_STATUS).data(colour) is None


def test_every_owner_is_named_in_full(qapp: QApplication, opened: OpenedDatabase) -> None:
    owners = column_texts(activity_model(opened), ActivityModel.OWNER)
    assert owners[:7] == ["Dagelijks Bestuur VGG"] * 5 + ["Portefeuille Groninger en Algemene Zaken, Bestuur",
                                                          "Portefeuille Werk en Inkomen"]
    assert "Portefeuillehouderoverleg Sociaal Domein en Financiën" in owners
    assert owners[-1] == "Partnerorganisaties: Vroegsignalering schulden/Vereniging van Drentse Gemeenten"
    assert not {"Portefeuille", "Portefeuillehouderoverleg", "Partnerorganisaties"} & set(owners)


def test_the_model_tester_passes_with_a_chosen_and_an_unreported_status(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    services = opened.services
    activity = services.activities.list()[2]
    services.activities.update(activity.id, activity.version, {
        **current_fields(ACTIVITY, activity), "first_half_status": ProgressStatus.NOT_STARTED,
        "second_half_status": ProgressStatus.CANCELLED})
    qtmodeltester.check(activity_model(opened))


def test_long_texts_are_one_line_in_the_cell_and_whole_in_the_tooltip(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = activity_model(opened)
    for row in range(model.rowCount()):
        for column in (ActivityModel.GOAL, ActivityModel.RESULTS, ActivityModel.FIRST_PROGRESS):
            assert "\n" not in model.index(row, column).data()
    row = next(row for row in range(model.rowCount()) if len(model.value(row).activity.results) > 1)
    tooltip = model.index(row, ActivityModel.RESULTS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.count("\n") == len(model.value(row).activity.results) - 1


def test_sorting_on_owner_groups_each_body_in_the_plans_order(qapp: QApplication, opened: OpenedDatabase) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(activity_model(opened))
    proxy.sort(ActivityModel.OWNER, Qt.SortOrder.AscendingOrder)
    owners = column_texts(proxy, ActivityModel.OWNER)
    groups = [owner for index, owner in enumerate(owners) if index == 0 or owners[index - 1] != owner]
    assert len(groups) == len(set(groups)), "each owner forms one block"
    assert owners[0] == "Dagelijks Bestuur VGG"
    positions = [proxy.value_at(row).activity.position for row in range(proxy.rowCount()) if owners[row] == owners[0]]
    assert positions == sorted(positions)
