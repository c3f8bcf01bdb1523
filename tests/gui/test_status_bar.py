"""The status bar: the row count, the peildatum and the database stay in view, and a message never runs under them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.widgets.status_bar import StatusBar

pytestmark = OFFSCREEN_NOISE


@pytest.mark.parametrize("width", [1280, 1024])
def test_the_peildatum_message_and_the_row_count_do_not_overlap(window: MainWindow, width: int) -> None:
    window.resize(width, 800)
    window.reference.set(date(2022, 3, 15))
    QApplication.processEvents()
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    assert bar.currentMessage() == "De tabbladen tonen de stand van 15-03-2022."
    assert window.rows_label.isVisible() and window.rows_label.text() == "13 rijen getoond"
    room = bar.message_room()
    assert room.right() < window.rows_label.x() < window.reference_indicator.x() < window.database_label.x()
    assert bar.shown_message() == bar.currentMessage(), "the whole message fits"
    assert bar.fontMetrics().horizontalAdvance(bar.shown_message()) <= room.width()
    assert not window.grab().isNull()


def test_a_message_too_long_for_its_room_is_shortened_and_whole_in_the_tooltip(window: MainWindow) -> None:
    window.resize(1024, 800)
    QApplication.processEvents()
    bar = window.statusBar()
    assert isinstance(bar, StatusBar)
    long_message = "Het overzicht is opgeslagen in " + "\\\\server\\map" * 20 + "\\overzicht.xlsx (10 bladen)."
    bar.showMessage(long_message)
    shown = bar.shown_message()
    assert shown.endswith("…") and bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room().width()
    assert bar.message_room().right() < window.rows_label.x()
    assert bar.toolTip() == long_message
    bar.showMessage("Opnieuw ingelezen.")
    assert bar.toolTip() == ""
    assert window.rows_label.isVisible()


def test_a_long_database_location_is_shortened_in_the_middle(window: MainWindow) -> None:
    location = "\\\\fileserver\\afdelingen\\VGG-bureau\\gegevens\\vgg-desktop\\archief\\vgg.sqlite3"
    services = window.services
    assert services is not None
    window.attach(services, location)
    text = window.database_label.text()
    assert text.startswith("Database: \\\\fileserver") and text.endswith("vgg.sqlite3") and "…" in text
    assert window.database_label.toolTip() == location
