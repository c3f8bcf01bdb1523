"""Add, change and delete on every tab, through the window's own actions and forms, then undo and redo."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from tests.gui.helpers import answer_yes, choose, everything, fill_form, select, selected, texts, when_modal
from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.committees import CommitteeModel
from vgg_desktop.gui.models.consultations import ConsultationModel
from vgg_desktop.gui.models.persons import PersonModel
from vgg_desktop.gui.models.portfolios import PortfolioModel
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.gui.widgets.persons_dialog import PersonsDialog
from vgg_desktop.startup import OpenedDatabase


def type_into(dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    assert field is not None, name
    field.setText(text)


def write_into(dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QPlainTextEdit, name)
    assert field is not None, name
    field.setPlainText(text)


def undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def vacancies(window: MainWindow) -> int:
    return texts(window.board_tab.table.proxy, BoardModel.HOLDER).count("Vacature")


# --- Bestuur ---------------------------------------------------------------------------------

def test_change_a_seat_then_undo_and_redo(window: MainWindow) -> None:
    tab = window.board_tab
    select(tab.table, BoardModel.ON_BEHALF_OF, "Klankbordgroep")
    fill_form(lambda dialog: write_into(dialog, "notes", "Wordt na de verkiezingen ingevuld."))
    window.edit_action.trigger()
    assert "Wordt na de verkiezingen ingevuld." in tab.details.toPlainText()
    undo(window)
    assert "Wordt na de verkiezingen ingevuld." not in tab.details.toPlainText()
    redo(window)
    assert "Wordt na de verkiezingen ingevuld." in tab.details.toPlainText()


def test_fill_a_vacant_seat_from_the_seat_then_undo_and_redo(window: MainWindow, opened: OpenedDatabase) -> None:
    person = opened.services.persons.create({"salutation": "Mw.", "initials": "E.", "last_name": "Bakker"})
    window.refresh_action.trigger()
    tab = window.board_tab
    before = vacancies(window)
    select(tab.table, BoardModel.HOLDER, "Vacature")
    seat = selected(tab).seat
    forms = fill_form(lambda dialog: choose(dialog, "person_id", person.id))
    tab.fill_action.trigger()
    assert forms and forms[0].windowTitle() == "Termijn toevoegen"
    assert vacancies(window) == before - 1
    row = texts(tab.table.proxy, BoardModel.HOLDER).index("Mw. E. Bakker")
    assert tab.table.proxy.index(row, BoardModel.SINCE).data() in ("", None), "the start is unknown until it is typed"
    assert tab.table.proxy.value_at(row).seat.id == seat.id
    undo(window)
    assert vacancies(window) == before and "Bakker" not in everything(tab.table)
    redo(window)
    assert vacancies(window) == before - 1 and "Mw. E. Bakker" in everything(tab.table)


def test_delete_a_seat_asks_first_then_undo(window: MainWindow) -> None:
    tab = window.board_tab
    select(tab.table, BoardModel.ON_BEHALF_OF, "Klankbordgroep")
    answer_yes()
    window.delete_action.trigger()
    assert tab.table.total() == 12 and "Klankbordgroep" not in everything(tab.table)
    undo(window)
    assert tab.table.total() == 13 and "Klankbordgroep Raadsleden" in everything(tab.table)
    redo(window)
    assert tab.table.total() == 12


# --- Portefeuilles ---------------------------------------------------------------------------

def test_add_goes_to_the_table_that_has_focus(window: MainWindow) -> None:
    window.show_tab(1)
    tab = window.portfolios_tab
    select(tab.committees, CommitteeModel.NAME, "Informatiesamenleving")
    forms = fill_form(lambda dialog: type_into(dialog, "name", "Digitale Overheid"))
    window.add_action.trigger()
    assert forms[0].windowTitle() == "VNG-commissie toevoegen"
    assert "Digitale Overheid" in texts(tab.committees.proxy, CommitteeModel.NAME)
    assert selected(tab).overview.committee.name == "Digitale Overheid", "the new row is selected"
    undo(window)
    assert "Digitale Overheid" not in texts(tab.committees.proxy, CommitteeModel.NAME)


def test_rename_a_portfolio_and_delete_a_consultation(window: MainWindow) -> None:
    window.show_tab(1)
    tab = window.portfolios_tab
    select(tab.portfolios, PortfolioModel.NAME, "Sociaal Domein")
    fill_form(lambda dialog: type_into(dialog, "name", "Sociaal Domein en Zorg"))
    window.edit_action.trigger()
    assert "Sociaal Domein en Zorg" in texts(tab.portfolios.proxy, PortfolioModel.NAME)
    assert "Sociaal Domein en Zorg" in texts(tab.committees.proxy, CommitteeModel.PORTFOLIO)

    select(tab.consultations, ConsultationModel.NAME, "Vrijtijdseconomie")
    answer_yes()
    window.delete_action.trigger()
    assert "Vrijtijdseconomie" not in texts(tab.consultations.proxy, ConsultationModel.NAME)
    undo(window)
    assert "Vrijtijdseconomie" in texts(tab.consultations.proxy, ConsultationModel.NAME)
    undo(window)
    assert "Sociaal Domein" in texts(tab.portfolios.proxy, PortfolioModel.NAME)
    assert "Sociaal Domein en Zorg" not in everything(tab.committees)


# --- Bureau ---------------------------------------------------------------------------------

def test_add_change_delete_a_staff_member_with_undo_all_the_way_back(window: MainWindow) -> None:
    window.show_tab(2)
    tab = window.staff_tab
    rows = tab.table.total()

    def new_member(dialog: QDialog) -> None:
        type_into(dialog, "first_name", "Eva")
        type_into(dialog, "last_name", "Bakker")

    fill_form(new_member)
    window.add_action.trigger()
    assert "Eva Bakker" in texts(tab.table.proxy, StaffModel.NAME)
    fill_form(lambda dialog: choose(dialog, "contract_kind", "jaarcontract"))
    tab.extra_actions[0].trigger()  # Dienstverband toevoegen
    row = texts(tab.table.proxy, StaffModel.NAME).index("Eva Bakker")
    assert tab.table.proxy.index(row, StaffModel.CONTRACT_KIND).data() == "Jaarcontract"

    fill_form(lambda dialog: type_into(dialog, "last_name", "Bakker-de Wit"))
    window.edit_action.trigger()
    assert "Eva Bakker-de Wit" in texts(tab.table.proxy, StaffModel.NAME)

    answer_yes()
    window.delete_action.trigger()
    assert tab.table.total() == rows

    undo(window)  # the delete
    row = texts(tab.table.proxy, StaffModel.NAME).index("Eva Bakker-de Wit")
    assert tab.table.proxy.index(row, StaffModel.CONTRACT_KIND).data() == "Jaarcontract", "the employment came back too"
    undo(window)  # the rename
    undo(window)  # the employment
    undo(window)  # the new member
    assert tab.table.total() == rows and "Bakker" not in everything(tab.table)
    for _ in range(4):
        redo(window)
    assert tab.table.total() == rows


def test_a_form_with_a_mistake_says_so_and_saves_nothing(window: MainWindow, opened: OpenedDatabase) -> None:
    window.show_tab(2)
    before = opened.services.staff_members.count()
    messages: list[str] = []

    def save_without_last_name(widget: QWidget) -> None:
        assert isinstance(widget, QDialog), widget
        type_into(widget, "first_name", "Eva")
        widget.accept()  # Save: refused, the form stays open
        assert widget.isVisible()
        messages.extend(label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text())
        type_into(widget, "first_name", "")
        widget.reject()

    when_modal(save_without_last_name)
    window.add_action.trigger()
    assert any("Achternaam" in message for message in messages), messages
    assert opened.services.staff_members.count() == before
    assert not window.undo_action.isEnabled()


def test_sick_leave_is_added_from_the_member_and_shown_only_in_the_details(window: MainWindow) -> None:
    window.show_tab(2)
    tab = window.staff_tab
    select(tab.table, StaffModel.NAME, "Sprenger")
    fill_form(lambda dialog: None)  # starts today
    tab.extra_actions[1].trigger()  # Ziek melden
    assert format_date(date.today()) in tab.details.toPlainText()
    assert format_date(date.today()) not in everything(tab.table)
    undo(window)
    # The dates of sick leave are gone; today's date still stands in the history, as the moment of the changes.
    QApplication.processEvents()
    shown = tab.details.toPlainText()
    assert format_date(date.today()) not in shown.split("Geschiedenis")[0]
    assert all(line.count(format_date(date.today())) <= 1 for line in shown.split("Geschiedenis")[1].splitlines())


# --- Activiteiten ------------------------------------------------------------------------------

def test_add_an_activity_to_the_chosen_year_then_change_and_delete_it(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab

    def new_activity(dialog: QDialog) -> None:
        choose(dialog, "owner_kind", "dagelijks_bestuur")
        type_into(dialog, "title", "Kennismaking nieuwe raadsleden")
        write_into(dialog, "goal", "Nieuwe raadsleden leren de VGG kennen.")

    fill_form(new_activity)
    window.add_action.trigger()
    assert tab.table.total() == 29
    assert selected(tab).activity.title == "Kennismaking nieuwe raadsleden"
    plan = tab.chosen_plan()
    assert plan is not None
    assert selected(tab).activity.year_plan_id == plan.id

    fill_form(lambda dialog: choose(dialog, "first_half_status", "afgerond"))
    window.edit_action.trigger()
    row = texts(tab.table.proxy, ActivityModel.TITLE).index("Kennismaking nieuwe raadsleden")
    assert tab.table.proxy.index(row, ActivityModel.FIRST_STATUS).data() == "Afgerond"

    answer_yes()
    window.delete_action.trigger()
    assert tab.table.total() == 28
    undo(window)
    undo(window)
    row = texts(tab.table.proxy, ActivityModel.TITLE).index("Kennismaking nieuwe raadsleden")
    assert tab.table.proxy.index(row, ActivityModel.FIRST_STATUS).data() == "Nog niet gerapporteerd"
    undo(window)
    assert tab.table.total() == 28


def test_edit_a_meeting_from_the_link_in_the_details(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    select(tab.table, ActivityModel.TITLE, "Toogdag")
    assert tab.services is not None
    meeting = tab.services.meetings.list(activity_id=selected(tab).activity.id)[0]
    fill_form(lambda dialog: type_into(dialog, "location", "Ten Boer"))
    tab.details.record_link.emit("edit", "meeting", meeting.id)
    assert tab.services.meetings.get(meeting.id).location == "Ten Boer"
    undo(window)
    assert tab.services.meetings.get(meeting.id).location == meeting.location


# --- Personen ---------------------------------------------------------------------------------

def test_persons_are_added_in_their_own_dialog_and_can_be_undone(window: MainWindow, opened: OpenedDatabase) -> None:
    seen: list[list[str]] = []

    def work_in_dialog(widget: QWidget) -> None:
        assert isinstance(widget, PersonsDialog)

        def new_person(dialog: QDialog) -> None:
            type_into(dialog, "first_name", "Jan")
            type_into(dialog, "last_name", "de Boer")

        fill_form(new_person)
        widget.add_button.click()
        seen.append(texts(widget.table.proxy, PersonModel.NAME))
        widget.reject()

    when_modal(work_in_dialog)
    window.persons_action.trigger()
    assert "Jan de Boer" in seen[0]
    assert any(person.last_name == "de Boer" for person in opened.services.persons.list())
    undo(window)
    assert not any(person.last_name == "de Boer" for person in opened.services.persons.list())


def test_the_edit_menu_names_the_step_to_undo_and_redo(window: MainWindow) -> None:
    assert window.undo_action.text() == "&Ongedaan maken" and not window.undo_action.isEnabled()
    select(window.board_tab.table, BoardModel.ON_BEHALF_OF, "Klankbordgroep")
    fill_form(lambda dialog: write_into(dialog, "notes", "Let op"))
    window.edit_action.trigger()
    assert window.undo_action.text() == "&Ongedaan maken: Zetel wijzigen"
    assert window.undo_action.toolTip() == "Ongedaan maken: Zetel wijzigen (Ctrl+Z)"
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton)
    assert button.text() == "Ongedaan maken"
    undo(window)
    assert window.redo_action.text() == "Opn&ieuw: Zetel wijzigen"
    assert not window.undo_action.isEnabled()
