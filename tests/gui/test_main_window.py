from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.helpers import everything, select, selected, texts
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase


def test_the_window_speaks_dutch_by_default(window: MainWindow) -> None:
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == \
        ["Bestuur", "Portefeuilles", "Bureau", "Activiteiten", "Projecten"]
    assert [action.text().replace("&", "") for action in window.menuBar().actions()] == \
        ["Bestand", "Bewerken", "Beeld", "Help"]
    assert window.board_tab.model.headerData(BoardModel.HOLDER, Qt.Orientation.Horizontal) == "Bezet door"


def test_every_tab_shows_the_seeded_plan(window: MainWindow) -> None:
    board = everything(window.board_tab.table)
    assert "Vacature" in board and "Annalies Usmany" in board and "Griffierskring" in board
    assert "Informatiesamenleving" in everything(window.portfolios_tab.committees)
    assert "Ruimte, Wonen, Milieu, Energie en Mobiliteit" in everything(window.portfolios_tab.portfolios)
    assert "n.v.t. (via Werk in Zicht)" in everything(window.portfolios_tab.consultations)
    assert "Sprenger" in everything(window.staff_tab.table)
    assert "Toogdag" in everything(window.activities_tab.table)
    assert window.activities_tab.year.currentText() == "2022"


def test_status_bar_counts_rows_and_names_the_database(window: MainWindow) -> None:
    assert window.rows_label.text() == "13 rijen getoond"
    assert window.database_label.text() == "Database: test.sqlite3"
    window.board_tab.search.setText("usmany")
    assert window.rows_label.text() == "1 van 13 rijen getoond"
    window.show_tab(3)
    assert window.rows_label.text() == "32 rijen getoond"  # 28 activities and 4 meetings


def test_typing_in_the_search_field_narrows_the_rows(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.activities_tab
    window.show_tab(3)
    window.find_action.trigger()
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "toogdag")
    titles = texts(tab.table.proxy, 1)
    assert 0 < len(titles) < 28
    assert all("toogdag" in " ".join(texts(tab.table.proxy, column)[row] for column in range(8)).lower()
               for row in range(len(titles)))
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.table.proxy.rowCount() == 28


def test_the_portfolio_tab_filters_all_three_tables(window: MainWindow, opened: OpenedDatabase) -> None:
    tab = window.portfolios_tab
    tab.search.setText("gemeentefinancien")  # typed without the diaeresis
    assert [section.shown() for section in tab.sections] == [1, 2, 1]
    assert texts(tab.committees.proxy, 0) == ["Gemeentefinanciën", "College van Arbeidszaken"]
    services = opened.services
    assert tab.counts() == (4, services.portfolios.count() + services.vng_committees.count() + services.consultations.count())


def test_down_in_the_search_field_moves_to_the_table(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.board_tab
    tab.focus_search()
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert tab.table.view.hasFocus()


def test_focus_starts_in_the_table_with_a_row_selected(window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.current_tab().current_section().view
    assert window.current_tab().selected_value() is not None


def test_clicking_a_header_sorts_dates_as_dates(window: MainWindow, qtbot: QtBot) -> None:
    window.show_tab(2)
    view = window.staff_tab.table.view
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(StaffModel.END) + 10, header.height() // 2))
    ends = [text for text in texts(window.staff_tab.table.proxy, StaffModel.END) if text]
    assert ends == sorted(ends, key=lambda text: date(int(text[6:]), int(text[3:5]), int(text[:2])))
    assert ends[0] == "01-05-2022" and ends[-1] == "31-12-2024"


def test_the_detail_pane_follows_the_selection_through_sort_and_filter(window: MainWindow) -> None:
    tab = window.board_tab
    tab.table.view.sortByColumn(BoardModel.HOLDER, Qt.SortOrder.DescendingOrder)
    tab.search.setText("dhr")
    select(tab.table, BoardModel.HOLDER, "Willems")
    assert selected(tab).holder.display_name == "Dhr. K. Willems"
    assert "Dhr. K. Willems" in tab.details.toPlainText()
    assert "Griffierskring" in tab.details.toPlainText()


def test_activity_details_lead_with_what_was_reported(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    select(tab.table, ActivityModel.TITLE, "Ledenbinding")
    details = tab.details.toPlainText()
    assert "Eerste halfjaar: Loopt" in details and "14 juni 2022" in details
    # The second half-year has nothing reported: no status stated as fact, a grey line that says so.
    assert "Tweede halfjaar\nNog niets gerapporteerd." in details
    assert "Tweede halfjaar: " not in details
    html = tab.details.toHtml()
    assert "555555" in html[html.index("Nog niets gerapporteerd.") - 120:html.index("Nog niets gerapporteerd.")]
    select(tab.table, ActivityModel.TITLE, "Klankbordgroep Raadsleden")
    details = tab.details.toPlainText()
    # The plan's words for the first half-year are kept, but they are plans: nothing is reported.
    assert "Werven van nieuwe leden" in details and "Eerste halfjaar: " not in details


def test_sick_leave_shows_only_in_the_members_own_details(window: MainWindow) -> None:
    window.show_tab(2)
    tab = window.staff_tab
    assert "23-08-2020" not in everything(tab.table)
    select(tab.table, StaffModel.NAME, "van der Werff")
    details = tab.details.toPlainText()
    assert "Ziekmeldingen" in details and "23-08-2020" in details
    select(tab.table, StaffModel.NAME, "Sprenger")
    assert "23-08-2020" not in tab.details.toPlainText()


def test_fill_seat_is_offered_only_for_a_vacant_seat(window: MainWindow) -> None:
    tab = window.board_tab
    select(tab.table, BoardModel.HOLDER, "Vacature")
    assert tab.fill_action.isEnabled() and not tab.term_action.isEnabled()
    select(tab.table, BoardModel.HOLDER, "Usmany")
    assert not tab.fill_action.isEnabled() and tab.term_action.isEnabled()


def test_refresh_shows_what_another_pc_changed(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    person = next(item for item in services.persons.list() if item.last_name == "Usmany")
    select(window.board_tab.table, BoardModel.HOLDER, "Usmany")
    services.persons.update(person.id, person.version, {"last_name": "Usmany-Jansen"})
    assert "Usmany-Jansen" not in everything(window.board_tab.table)
    window.refresh_action.trigger()
    assert "Annalies Usmany-Jansen" in everything(window.board_tab.table)
    assert selected(window.board_tab).holder.last_name == "Usmany-Jansen", "the selection stays on the seat"


def test_coming_back_from_another_program_refreshes(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    member = next(item for item in services.staff_members.list() if item.last_name == "Sprenger")
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    services.staff_members.update(member.id, member.version, {"last_name": "Sprenger-Bos"})
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert "Sprenger-Bos" in everything(window.staff_tab.table)


def test_layout_tab_and_column_widths_are_remembered(qtbot: QtBot, opened: OpenedDatabase, dutch: None) -> None:
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.attach(opened.services, "test")
    first.show_tab(2)
    first.staff_tab.table.view.setColumnWidth(StaffModel.FUNCTION, 333)
    first.staff_tab.table.view.sortByColumn(StaffModel.NAME, Qt.SortOrder.DescendingOrder)
    first.resize(795, 575)  # within the offscreen platform's 800 x 600 screen
    first.close()

    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    second.attach(opened.services, "test")
    assert second.tabs.currentIndex() == 2
    assert second.staff_tab.table.view.columnWidth(StaffModel.FUNCTION) == 333
    header = second.staff_tab.table.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (StaffModel.NAME, Qt.SortOrder.DescendingOrder)
    names = texts(second.staff_tab.table.proxy, StaffModel.NAME)
    # Sorted the Dutch way, on the name after 'van der', 'de': Wiebing, van der Werff, de Vries, ..., van Angelen.
    assert names[:3] == ["Mw. D. Wiebing", "Mw. S. van der Werff", "Mw. A. de Vries"]
    assert names[-1] == "Mw. M. van Angelen"
    assert (second.width(), second.height()) == (795, 575)


def test_choosing_english_is_saved_for_the_next_start(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.language_actions["en"].trigger()
    assert Settings().language() == "en"
    assert told == ["De nieuwe taal gaat in wanneer u het programma opnieuw start."]


def test_english_when_chosen(qtbot: QtBot, opened: OpenedDatabase) -> None:
    Settings().set_language("en")
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.attach(opened.services, "test")
    assert [main.tabs.tabText(index) for index in range(4)] == ["Board", "Portfolios", "Bureau", "Activities"]
    assert "Vacancy" in everything(main.board_tab.table)
    assert main.language_actions["en"].isChecked()


def test_edit_actions_wait_for_the_database(qtbot: QtBot, dutch: None) -> None:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert not main.add_action.isEnabled() and not main.edit_action.isEnabled()
    assert not main.export_action.isEnabled()
    assert main.database_label.text() == "Database wordt geopend..."
    main.current_tab().add()  # does nothing harmful without a database


def test_shortcuts_of_the_menus(window: MainWindow) -> None:
    def keys(action: QAction) -> list[str]:
        return [sequence.toString() for sequence in action.shortcuts()]

    assert keys(window.undo_action) == ["Ctrl+Z"]
    assert keys(window.redo_action) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys(window.add_action) == ["Ins", "Ctrl+N"]
    assert keys(window.edit_action) == ["F2"]
    assert keys(window.delete_action) == ["Del"]
    assert keys(window.find_action) == ["Ctrl+F"]
    assert keys(window.refresh_action) == ["F5"]
    assert [keys(action) for action in window.tab_actions] == [["Ctrl+1"], ["Ctrl+2"], ["Ctrl+3"], ["Ctrl+4"], ["Ctrl+5"]]
    window.tab_actions[2].trigger()
    assert window.tabs.currentIndex() == 2
    assert window.staff_tab.table.view.hasFocus()


def test_about_names_the_version_and_the_database(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from vgg_desktop import __version__

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    title, text = shown[0]
    assert title == "Over VGG Desktop"
    assert f"VGG Desktop {__version__}" in text and "test.sqlite3" in text


def test_export_opens_the_export_dialog_on_the_open_database(
        window: MainWindow, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    from vgg_desktop.gui import export_dialog

    opened_with: list[tuple[object, object]] = []

    class Recorder:
        def __init__(self, parent: object, services: object) -> None:
            opened_with.append((parent, services))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(export_dialog, "ExportDialog", Recorder)
    window.export_action.trigger()
    assert opened_with == [(window, opened.services)]


def test_tooltips_name_the_keys_once(window: MainWindow) -> None:
    assert window.edit_action.toolTip() == "De gekozen regel wijzigen (F2 / Enter)"
    assert window.add_action.toolTip() == "Een regel toevoegen aan de huidige tabel (Ins / Ctrl+N)"
    assert window.redo_action.toolTip() == "Opnieuw (Ctrl+Shift+Z / Ctrl+Y)"
    assert window.about_action.toolTip() == "Versie, database en instellingenbestand van dit programma"


def test_a_tab_is_built_when_first_shown_with_its_data_and_the_focus(
        window: MainWindow, opened: OpenedDatabase, qtbot: QtBot) -> None:
    assert window.built_tabs() == [window.current_tab()], "only the tab on screen is built at first"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.board_tab.table.view.setFocus()
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    # As for a page that was there all along: the focus moves to the first field of the tab shown.
    assert QApplication.focusWidget() is window.staff_tab.search
    assert "Sprenger" in everything(window.staff_tab.table)
    assert window.rows_label.text() == f"{opened.services.staff_members.count()} rijen getoond"
    assert len(window.built_tabs()) == 2


def test_the_file_menu_gets_its_backup_actions_when_it_opens(qtbot: QtBot, dutch: None) -> None:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.file_menu.aboutToShow.emit()
    texts_in_menu = [action.text().replace("&", "") for action in main.file_menu.actions() if not action.isSeparator()]
    assert texts_in_menu == ["Exporteren...", "Importeren...", "Voortgangsrapportage...", "Jaarplan als document...",
                             "Nieuw jaarplan...", "Back-up maken…", "Back-up terugzetten…", "Instellingen...", "Afsluiten"]
    assert not main.backup_actions.make_action.isEnabled(), "no database yet"
