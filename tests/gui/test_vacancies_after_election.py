"""Beeld > Vacatures after an election: the page 'Na de verkiezing' counts the places of its round filled again."""

from __future__ import annotations

from datetime import date

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.scenarios.spring_2022 import MEETING, play
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def test_the_page_after_the_election_follows_the_peildatum(window: MainWindow, opened: OpenedDatabase) -> None:
    play(opened.services)
    window.reference.set(date(2022, 3, 15))
    dialog = window.show_vacancies()
    assert dialog is not None
    assert not dialog.pages.isTabEnabled(1), "no election yet on the peildatum"
    window.reference.set(MEETING)
    assert dialog.pages.isTabEnabled(1)
    assert dialog.pages.tabText(1) == "Na de verkiezing (5 van 40 weer ingevuld)"
    lines = dialog.refill_label.text().split("\n")
    assert lines[0] == "Na de gemeenteraadsverkiezingen van 30-03-2022: 5 van 40 plaatsen weer ingevuld op 14-07-2022:"
    assert "  Zetel Dagelijks Bestuur: 3 van 11 weer ingevuld" in lines
    assert "  Lid VNG-commissie: 2 van 11 weer ingevuld" in lines
    assert "vastgelegd op" in lines[-1]
    assert dialog.refill_model.rowCount() == 40
    dialog.pages.setCurrentIndex(1)
    assert not dialog.fill_button.isEnabled(), "the follow-up only shows; filling is on the list of open places"
    dialog.pages.setCurrentIndex(0)
    assert dialog.fill_button.isEnabled()
