"""Bestand > Nieuw jaarplan...: the dialog says what the new plan will hold, makes it in one step, Ctrl+Z takes it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import texts, when_modal
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.new_year_plan_dialog import NewYearPlanDialog
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def in_the_dialog(handle: Callable[[NewYearPlanDialog], None]) -> list[NewYearPlanDialog]:
    seen: list[NewYearPlanDialog] = []

    def run(widget: QWidget) -> None:
        assert isinstance(widget, NewYearPlanDialog), widget
        seen.append(widget)
        handle(widget)

    when_modal(run)
    return seen


def years_offered(window: MainWindow) -> list[str]:
    combo = window.activities_tab.year
    return [combo.itemText(index) for index in range(combo.count())]


def test_the_file_menu_offers_it(window: MainWindow) -> None:
    assert window.new_year_plan_action in window.file_menu.actions()
    assert window.new_year_plan_action.text() == "&Nieuw jaarplan..."
    assert window.new_year_plan_action.isEnabled()


def test_the_dialog_previews_creates_and_the_tab_shows_the_new_year_at_once(window: MainWindow, opened: OpenedDatabase) -> None:
    window.show_tab(window.index_of(window.activities_tab))
    assert years_offered(window) == ["2022"]
    shown: list[tuple[str, str, str]] = []

    def create(dialog: NewYearPlanDialog) -> None:
        shown.append((dialog.windowTitle(), dialog.new_year.text(), dialog.preview.text() + dialog.undo_note.text()))
        dialog.create_button.click()

    seen = in_the_dialog(create)
    window.new_year_plan_action.trigger()
    assert seen and seen[0].started is not None
    title, year, preview = shown[0]
    assert title == "Nieuw jaarplan" and year == "2023"
    assert "Jaarplan 2023 krijgt:" in preview and "28 activiteiten met hun eigenaar, doel, resultaten, partners en aantal bijeenkomsten" in preview
    assert "Daarvan 28 niet afgerond of vervallen in 2022" in preview and "nog niet gerapporteerd" in preview
    assert "Ctrl+Z" in preview

    tab = window.activities_tab
    assert window.current_tab() is tab
    assert years_offered(window) == ["2022", "2023"] and tab.year.currentText() == "2023"
    titles = texts(tab.table.proxy, ActivityModel.TITLE)
    assert len(titles) == 28 and all(title.endswith("(vervolg van 2022)") for title in titles)
    assert set(texts(tab.table.proxy, ActivityModel.FIRST_STATUS)) == {"Nog niet gerapporteerd"}
    assert window.undo_action.text() == "&Ongedaan maken: Nieuw jaarplan 2023"

    window.undo_action.trigger()
    assert [plan.year for plan in opened.services.year_plans.list()] == [2022]
    assert years_offered(window) == ["2022"] and len(opened.services.activities.list()) == 28
    window.redo_action.trigger()
    assert years_offered(window) == ["2022", "2023"] and len(opened.services.activities.list()) == 56
    window.undo_action.trigger()
    assert years_offered(window) == ["2022"]


def test_a_year_made_meanwhile_elsewhere_is_refused_in_the_dialog(window: MainWindow, opened: OpenedDatabase) -> None:
    messages: list[str] = []

    def create_after_another_pc(dialog: NewYearPlanDialog) -> None:
        opened.services.start_year_plan(2023, 2022)  # as another PC would, after the dialog opened
        dialog.create_button.click()
        messages.append(dialog.error.text() if dialog.isVisible() and not dialog.error.isHidden() else "")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    in_the_dialog(create_after_another_pc)
    window.new_year_plan_action.trigger()
    assert "er is al een jaarplan voor 2023" in messages[0]
    assert window.undo_stack.count() == 0
    assert len(opened.services.activities.list()) == 56


def test_starting_from_a_year_whose_successor_exists_is_not_offered(window: MainWindow, opened: OpenedDatabase) -> None:
    opened.services.start_year_plan(2023, 2022)
    states: list[tuple[str, bool, str]] = []

    def look(dialog: NewYearPlanDialog) -> None:
        states.append((dialog.source.currentText(), dialog.create_button.isEnabled(), dialog.preview.text()))
        dialog.source.setCurrentIndex(0)
        states.append((dialog.source.currentText(), dialog.create_button.isEnabled(), dialog.preview.text()))
        dialog.reject()

    in_the_dialog(look)
    window.new_year_plan_action.trigger()
    assert states[0][:2] == ("2023", True) and "Jaarplan 2024" in states[0][2]
    assert states[1][:2] == ("2022", False) and "Er is al een jaarplan 2023" in states[1][2]
