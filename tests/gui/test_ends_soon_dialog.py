"""Beeld > Termijn 'eindigt binnenkort': one setting for the window and the workbook, refused in Dutch when wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import texts, when_modal
from vgg_desktop.gui.ends_soon_dialog import EndsSoonDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.services.reports import Part, build_meeting_report
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def klaver_ends_soon(window: MainWindow) -> bool:
    proxy = window.staff_tab.table.proxy
    row = next(row for row, text in enumerate(texts(proxy, StaffModel.NAME)) if "Klaver" in text)
    return bool(proxy.value_at(row).ends_soon)


def test_the_dialog_shows_the_stored_period_and_refuses_one_out_of_range(qtbot: QtBot, window: MainWindow,
                                                                         opened: OpenedDatabase) -> None:
    dialog = EndsSoonDialog(window, opened.services)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Termijn 'eindigt binnenkort'"
    assert dialog.months.value() == 6 and dialog.months.suffix() == " maanden"
    dialog.months.setValue(30)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Kies een termijn van 1 tot en met 24 maanden."
    assert opened.services.settings.ends_soon_months() == 6
    dialog.months.setValue(0)
    dialog.accept()
    assert "1 tot en met 24" in dialog.error_label.text() and opened.services.settings.ends_soon_months() == 6


def test_a_new_period_marks_the_window_and_the_workbook_alike(qtbot: QtBot, window: MainWindow,
                                                              opened: OpenedDatabase) -> None:
    window.show_tab(2)
    window.reference.set(date(2022, 6, 1))  # Klaver's contract ends on 01-09-2022: three months and a day later
    assert klaver_ends_soon(window)

    def three_months(widget: QWidget) -> None:
        assert isinstance(widget, EndsSoonDialog)
        widget.months.setValue(3)
        widget.accept()

    when_modal(three_months)
    window.ends_soon_action.trigger()
    assert opened.services.settings.ends_soon_months() == 3
    assert klaver_ends_soon(window)  # 01-09 is within three months of 01-06
    window.reference.set(date(2022, 5, 31))
    assert not klaver_ends_soon(window)  # three months of 31-05 end on 31-08
    sheet = build_meeting_report(opened.services, date(2022, 5, 31), [Part.STAFF]).sheets[1]
    klaver = next(row for row in sheet.rows if row.cells[0] == "Mw. M. Klaver")
    assert klaver.cells[6] is None
    sheet = build_meeting_report(opened.services, date(2022, 6, 1), [Part.STAFF]).sheets[1]
    klaver = next(row for row in sheet.rows if row.cells[0] == "Mw. M. Klaver")
    assert klaver.cells[6] == "Eindigt binnen 3 maanden"
