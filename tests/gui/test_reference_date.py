"""Beeld > Peildatum: the tabs look from the chosen date, the status bar says so, and one action goes back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import texts, when_modal
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.gui.reference_date import ReferenceDate
from vgg_desktop.gui.reference_date_dialog import ReferenceDateDialog
from vgg_desktop.gui.tabs.staff_tab import StaffTab
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def staff_marks(window: MainWindow, name: str) -> tuple[bool, bool]:
    """(ends soon, has ended) as the Bureau tab shows the member's row."""
    tab: StaffTab = window.staff_tab
    row = next(row for row, text in enumerate(texts(tab.table.proxy, StaffModel.NAME)) if name in text)
    value = tab.table.proxy.value_at(row)
    shaded = tab.table.proxy.index(row, StaffModel.END).data(Qt.ItemDataRole.BackgroundRole) is not None
    return shaded and value.ends_soon, value.has_ended


def test_today_by_default_and_nothing_in_the_status_bar(window: MainWindow) -> None:
    assert window.reference.is_today and window.reference.today() == date.today()
    assert window.reference_indicator.isHidden()
    assert not window.back_to_today_action.isEnabled()
    assert window.reference_date_action in window.view_menu.actions()
    assert window.reference_date_action.text() == "Peil&datum..."


def test_a_chosen_date_shows_in_the_status_bar_with_the_way_back(window: MainWindow) -> None:
    window.reference.set(date(2022, 3, 15))
    assert window.reference_indicator.isVisible()
    assert window.reference_indicator.label.text() == "Peildatum: 15-03-2022"
    assert window.reference_indicator.button.text() == "Terug naar vandaag"
    assert window.back_to_today_action.isEnabled()
    window.reference_indicator.button.click()
    assert window.reference.is_today and window.reference_indicator.isHidden()
    assert not window.back_to_today_action.isEnabled()


def test_choosing_today_is_the_same_as_going_back() -> None:
    reference = ReferenceDate(clock=lambda: date(2022, 6, 14))
    seen: list[date] = []
    reference.on_change(lambda: seen.append(reference.today()))
    reference.set(date(2022, 3, 15))
    reference.set(date(2022, 3, 15))  # no change, no signal
    reference.set(date(2022, 6, 14))
    assert seen == [date(2022, 3, 15), date(2022, 6, 14)] and reference.is_today


def test_ending_contracts_are_marked_from_the_reference_date_at_the_edges(window: MainWindow) -> None:
    window.show_tab(2)
    # Mw. M. Klaver's BBL-plaats runs until 01-09-2022; the database marks six months ahead.
    for day, expected in ((date(2022, 2, 28), (False, False)), (date(2022, 3, 1), (True, False)),
                          (date(2022, 9, 1), (True, False)), (date(2022, 9, 2), (False, True))):
        window.reference.set(day)
        assert staff_marks(window, "Klaver") == expected, day
    tip = window.staff_tab.model.headerData(StaffModel.END, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Contracten die binnen 6 maanden na 02-09-2022 eindigen vallen op; afgelopen contracten zijn grijs"


def test_the_retention_period_is_counted_from_the_reference_date(window: MainWindow) -> None:
    window.show_tab(2)
    window.reference.set(date(2024, 5, 1))  # Mw. A. de Vries left on 01-05-2022: two years ago, not more
    assert "Mw. A. de Vries" not in [candidate.member.display_name for candidate in window.staff_tab.due]
    window.reference.set(date(2024, 5, 2))
    assert "Mw. A. de Vries" in [candidate.member.display_name for candidate in window.staff_tab.due]
    assert window.staff_tab.removal_notice.isVisibleTo(window.staff_tab)


def test_board_terms_run_from_the_reference_date(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"initials": "E.", "last_name": "Jansen", "function": "burgemeester"})
    seat = next(item for item in services.board_seats.list() if item.position == 4)
    services.seat_terms.create({"seat_id": seat.id, "person_id": person.id,
                                "start_date": date(2022, 4, 20), "end_date": date(2026, 3, 31)})
    window.show_tab(0)

    def holder() -> str:
        return texts(window.board_tab.table.proxy, BoardModel.HOLDER)[3]

    for day, expected in ((date(2022, 4, 19), "Vacature"), (date(2022, 4, 20), "E. Jansen"),
                          (date(2026, 3, 31), "E. Jansen"), (date(2026, 4, 1), "Vacature")):
        window.reference.set(day)
        assert holder() == expected, day


def test_the_dialog_sets_the_date_and_refuses_a_wrong_one_in_dutch(qtbot: QtBot, window: MainWindow) -> None:
    def wrong_then_right(widget: QWidget) -> None:
        assert isinstance(widget, ReferenceDateDialog)
        widget.date_field.setText("31-02-2022")
        widget.buttons.button(widget.buttons.StandardButton.Ok).click()
        assert widget.isVisible() and "bestaat niet als datum" in widget.error_label.text()
        # The dialog grows to hold the message, instead of squeezing the explanation above it.
        assert widget.height() >= widget.sizeHint().height()
        assert window.reference.is_today
        widget.date_field.setText("15-03-2022")
        widget.accept()

    when_modal(wrong_then_right)
    window.reference_date_action.trigger()
    assert window.reference.today() == date(2022, 3, 15)

    def back_with_the_today_button(widget: QWidget) -> None:
        assert isinstance(widget, ReferenceDateDialog)
        assert widget.date_field.text() == "15-03-2022"
        widget.today_button.click()
        assert widget.date_field.text() == ""
        widget.accept()

    when_modal(back_with_the_today_button)
    window.reference_date_action.trigger()
    assert window.reference.is_today


def test_the_export_dialog_starts_from_the_reference_date(window: MainWindow) -> None:
    from vgg_desktop.gui.export_dialog import ExportDialog

    seen: list[object] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, ExportDialog)
        seen.append(widget.meeting_date())
        widget.date_edit.setFocus()  # its editingFinished then runs while the dialog is whole, not while it is torn down
        widget.reject()

    window.reference.set(date(2022, 3, 15))
    when_modal(look)
    window.export_action.trigger()
    window.reference.back_to_today()
    when_modal(look)
    window.export_action.trigger()
    assert seen == [date(2022, 3, 15), date.today()]
