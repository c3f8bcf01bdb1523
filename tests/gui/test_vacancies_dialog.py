"""Beeld > Vacatures: the list of open places, filled from the list with the tabs' forms, undoably."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import choose, fill_form, select, texts, when_modal
from vgg_desktop.gui.editing.record_dialog import RecordDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.vacancies import VacancyModel
from vgg_desktop.gui.vacancies_dialog import VacanciesDialog
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.vacancies import PlaceKind
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE

MEETING = date(2022, 3, 15)


def open_list(window: MainWindow) -> VacanciesDialog:
    window.reference.set(MEETING)
    dialog = window.show_vacancies()
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def places(dialog: VacanciesDialog) -> list[str]:
    return texts(dialog.proxy, VacancyModel.PLACE)


def select_place(dialog: VacanciesDialog, place: str) -> None:
    dialog.view.selectRow(places(dialog).index(place))


def new_person(services: Services, last_name: str) -> int:
    return services.persons.create({"initials": "A.", "last_name": last_name, "function": "wethouder"}).id


def test_the_view_menu_opens_the_list_with_its_count(window: MainWindow) -> None:
    assert window.vacancies_action in window.view_menu.actions()
    assert window.vacancies_action.text() == "&Vacatures..."
    window.reference.set(MEETING)
    window.vacancies_action.trigger()
    dialog = window.show_vacancies()
    assert dialog is not None
    assert dialog.windowTitle() == "Vacatures"
    assert dialog.count_label.text() == "26 open plaatsen op 15-03-2022"
    assert dialog.model.rowCount() == 26
    headers = [dialog.model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Soort", "Plaats", "Hoort erbij", "Waarom open, wat volgt"]


def test_the_selected_place_shows_why_it_is_open_and_what_belongs_to_it(window: MainWindow) -> None:
    dialog = open_list(window)
    select_place(dialog, "Lid – Klankbordgroep Raadsleden")
    note = dialog.note_label.text()
    assert "De functies van de Dagelijks Bestuursleden worden in april 2022 ingevuld." in note
    assert "Wordt samen ingevuld met: Portefeuille Klankbordgroep Raadsleden" in note
    assert dialog.fill_button.isEnabled()


def test_filling_a_portfolio_then_undo(qtbot: QtBot, window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    person = new_person(services, "Smit")
    dialog = open_list(window)
    select_place(dialog, "Sociaal Domein")
    seen = fill_form(lambda form: choose(form, "holder_id", person))
    dialog.fill()
    assert isinstance(seen[0], RecordDialog) and seen[0].entity == "portfolio"
    portfolio = next(item for item in services.portfolios.list() if item.name == "Sociaal Domein")
    assert portfolio.holder_id == person
    # The portfolio is filled; its consultation still needs a chair, now a place of its own.
    assert "Sociaal Domein" not in places(dialog) and "8. Sociaal Domein" in places(dialog)
    assert dialog.count_label.text() == "26 open plaatsen op 15-03-2022"
    window.undo_stack.undo()
    assert "Sociaal Domein" in places(dialog) and "8. Sociaal Domein" not in places(dialog)
    assert services.portfolios.get(portfolio.id).holder_id is None
    window.undo_stack.redo()
    assert "8. Sociaal Domein" in places(dialog)


def test_filling_a_seat_adds_a_term_and_the_list_and_board_follow(qtbot: QtBot, window: MainWindow,
                                                                  opened: OpenedDatabase) -> None:
    services = opened.services
    person = new_person(services, "Bos")
    dialog = open_list(window)
    select_place(dialog, "Lid – Klankbordgroep Raadsleden")
    seat = dialog.selected_place()
    assert seat is not None and seat.kind is PlaceKind.BOARD_SEAT
    seen = fill_form(lambda form: choose(form, "person_id", person))
    dialog.fill()
    assert isinstance(seen[0], RecordDialog) and seen[0].entity == "seat_term"
    assert [term.person_id for term in services.overviews.seat_terms(seat.record_id)] == [person]
    assert "Lid – Klankbordgroep Raadsleden" not in places(dialog)
    assert "Klankbordgroep Raadsleden" in places(dialog)  # the portfolio still needs its holder
    assert "Bos" in "\n".join(texts(window.board_tab.table.proxy, 2))
    window.undo_stack.undo()
    assert "Lid – Klankbordgroep Raadsleden" in places(dialog)


def test_filling_a_committee_member_closes_the_place(qtbot: QtBot, window: MainWindow, opened: OpenedDatabase) -> None:
    person = new_person(opened.services, "de Boer")
    dialog = open_list(window)
    select_place(dialog, "Europa en Internationaal")
    fill_form(lambda form: choose(form, "member", person))
    dialog.fill()
    assert "Europa en Internationaal" not in places(dialog)
    assert dialog.count_label.text() == "25 open plaatsen op 15-03-2022"
    # The selection stays where the filled place was.
    assert dialog.selected_place() is not None


def test_enter_opens_the_chair_form_with_the_chair_focused_and_cancel_changes_nothing(
        qtbot: QtBot, window: MainWindow, opened: OpenedDatabase) -> None:
    dialog = open_list(window)
    select_place(dialog, "9. Vrijtijdseconomie")
    seen: list[tuple[str, QWidget | None]] = []

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, RecordDialog)
        seen.append((widget.entity, widget.focusWidget()))
        widget.reject()

    when_modal(cancel)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert seen and seen[0][0] == "consultation"
    assert seen[0][1] is not None and seen[0][1].objectName() == "chair"
    assert len(places(dialog)) == 26 and window.undo_stack.count() == 0


def test_another_reference_date_reads_the_list_again(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    person = new_person(services, "Visser")
    seat = next(item for item in services.board_seats.list() if item.position == 6)
    services.seat_terms.create({"seat_id": seat.id, "person_id": person, "start_date": date(2022, 4, 20)})
    dialog = open_list(window)
    assert dialog.model.rowCount() == 26
    window.reference.set(date(2022, 4, 20))
    assert dialog.count_label.text() == "25 open plaatsen op 20-04-2022"
    window.reference.back_to_today()
    assert dialog.count_label.text().endswith(date.today().strftime("%d-%m-%Y"))


def test_reopening_shows_the_same_window(window: MainWindow) -> None:
    first = open_list(window)
    first.close()
    assert window.show_vacancies() is first and first.isVisible()
    assert first.result() in (QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted)


def test_the_portfolios_tab_shows_the_notes_of_a_portfolio_committee_and_consultation(window: MainWindow) -> None:
    window.show_tab(1)
    tab = window.portfolios_tab
    for section, text in ((tab.portfolios, "Sociaal Domein"), (tab.committees, "Zorg, Jeugd, Onderwijs"),
                          (tab.consultations, "Vrijtijdseconomie")):
        select(section, 1 if section is tab.consultations else 0, text)
        assert "14, 15 en 16 maart 2022" in tab.details.toPlainText(), text
