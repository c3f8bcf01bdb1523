"""The notice of what ends soon above the tabs: as on the peildatum, hidden per item for the database, seen again."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase

ADOPTED = date(2022, 3, 15)
"""Seen from the adoption of the plan, four seeded contracts end within six months."""


def _click(window: MainWindow, row: int) -> None:
    bar = window.ending_notice
    assert bar is not None
    button = bar.button(row)
    assert button is not None and button.isVisible()
    button.click()


def test_the_bar_lists_what_ends_soon_as_on_the_peildatum(window: MainWindow) -> None:
    bar = window.ending_notice
    assert bar is not None
    window.reference.set(date(2023, 2, 1))
    assert bar.isHidden(), "nothing ends soon: no bar"
    window.reference.set(ADOPTED)
    assert bar.isVisible()
    assert bar.heading.text() == "Eindigt binnen 6 maanden na 15-03-2022 (tot en met 15-09-2022): 4"
    assert bar.rows()[0] == ("Dienstverband van Mw. A. de Vries (secretariaat) eindigt op 01-05-2022", "Verbergen")
    assert len(bar.rows()) == 4 and bar.more_button.isHidden() and bar.dismissed_button.isHidden()


def test_hiding_an_item_is_remembered_for_the_database_and_it_can_be_shown_again(
        qtbot: QtBot, window: MainWindow, opened: OpenedDatabase) -> None:
    bar = window.ending_notice
    assert bar is not None
    window.reference.set(ADOPTED)
    _click(window, 0)
    assert [text for text, _ in bar.rows()] == [
        "Dienstverband van Dhr. M. Jansman (procescoördinator) eindigt op 01-09-2022",
        "Dienstverband van Mw. H. Dost (secretariaat) eindigt op 01-09-2022",
        "Dienstverband van Mw. M. Klaver (secretariaat) eindigt op 01-09-2022"]
    assert bar.heading.text().endswith(": 3") and bar.dismissed_button.text() == "Verborgen tonen (1)"

    # Another window on the same database (another PC, or tomorrow) has it hidden too.
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.attach(opened.services, "test.sqlite3")
    second.reference.set(ADOPTED)
    assert second.ending_notice is not None and len(second.ending_notice.rows()) == 3

    window.hidden_notices_action.setChecked(True)
    assert bar.rows()[-1] == ("Dienstverband van Mw. A. de Vries (secretariaat) eindigt op 01-05-2022", "Weer tonen")
    _click(window, 3)
    assert len(bar.rows()) == 4 and bar.dismissed_button.isHidden()
    assert all(button == "Verbergen" for _, button in bar.rows())


def test_hiding_everything_hides_the_bar_and_the_view_menu_brings_the_items_back(window: MainWindow) -> None:
    bar = window.ending_notice
    assert bar is not None
    window.reference.set(ADOPTED)
    for _ in range(4):
        _click(window, 0)
    assert bar.isHidden()
    window.hidden_notices_action.setChecked(True)
    assert bar.isVisible() and bar.heading.text() == "Verder eindigt er niets tot en met 15-09-2022; verborgen:"
    assert [button for _, button in bar.rows()] == ["Weer tonen"] * 4
    window.hidden_notices_action.setChecked(False)
    assert bar.isHidden()


def test_many_items_fold_after_three(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    seat = next(item.seat for item in services.overviews.board(ADOPTED) if item.is_vacant)
    person = services.persons.create({"last_name": "Eindigtbinnenkort"})
    services.seat_terms.create({"seat_id": seat.id, "person_id": person.id, "start_date": date(2022, 1, 1),
                                "end_date": date(2022, 6, 30)})
    window.reference.set(ADOPTED)
    bar = window.ending_notice
    assert bar is not None
    assert len(bar.rows()) == 3 and bar.more_button.text() == "Nog 2 tonen"
    bar.more_button.click()
    assert len(bar.rows()) == 5 and bar.more_button.text() == "Minder tonen"
    assert any("Eindigtbinnenkort" in text and text.startswith("Termijn in het Dagelijks Bestuur") for text, _ in bar.rows())


def test_a_change_in_the_window_updates_the_bar(window: MainWindow, opened: OpenedDatabase) -> None:
    window.reference.set(ADOPTED)
    bar = window.ending_notice
    assert bar is not None
    employment = next(item for item in opened.services.employments.list() if item.end_date == date(2022, 5, 1))
    assert window.commands is not None
    window.commands.update("employment", employment, {"end_date": date(2023, 5, 1)})
    assert len(bar.rows()) == 3
    window.undo_stack.undo()
    assert len(bar.rows()) == 4
