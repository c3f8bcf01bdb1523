"""The main window: five tabs, the menus and keys of a Windows office program, the undo history.

It opens before the database does (so the first paint does not wait for SQLAlchemy); `attach`
hands it the services once the database is open. Signals are connected here, in one place.

Only the tab that is shown is built (and its module imported) before the first paint; each other
tab is built, and reads its data, when it is first shown. The backup actions of the File menu are
made when that menu first opens, for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from vgg_desktop import __version__
from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.reference_date import ReferenceDate
from vgg_desktop.gui.settings import Settings

if TYPE_CHECKING:
    from vgg_desktop.gui.backup_actions import BackupActions
    from vgg_desktop.gui.editing import EditContext, RecordCommands
    from vgg_desktop.gui.ending_notice import EndingNoticeBar
    from vgg_desktop.gui.reference_date_indicator import ReferenceDateIndicator
    from vgg_desktop.gui.tabs.activities_tab import ActivitiesTab
    from vgg_desktop.gui.tabs.base import RecordTab
    from vgg_desktop.gui.tabs.board_tab import BoardTab
    from vgg_desktop.gui.tabs.portfolios_tab import PortfoliosTab
    from vgg_desktop.gui.tabs.projects_tab import ProjectsTab
    from vgg_desktop.gui.tabs.staff_tab import StaffTab
    from vgg_desktop.gui.vacancies_dialog import VacanciesDialog
    from vgg_desktop.services.catalog import Services


def _board_tab(settings: Settings, parent: QWidget) -> RecordTab:
    from vgg_desktop.gui.tabs.board_tab import BoardTab

    return BoardTab(settings, parent)


def _portfolios_tab(settings: Settings, parent: QWidget) -> RecordTab:
    from vgg_desktop.gui.tabs.portfolios_tab import PortfoliosTab

    return PortfoliosTab(settings, parent)


def _staff_tab(settings: Settings, parent: QWidget) -> RecordTab:
    from vgg_desktop.gui.tabs.staff_tab import StaffTab

    return StaffTab(settings, parent)


def _activities_tab(settings: Settings, parent: QWidget) -> RecordTab:
    from vgg_desktop.gui.tabs.activities_tab import ActivitiesTab

    return ActivitiesTab(settings, parent)


def _projects_tab(settings: Settings, parent: QWidget) -> RecordTab:
    from vgg_desktop.gui.tabs.projects_tab import ProjectsTab

    return ProjectsTab(settings, parent)


# Each tab's title (its class's own translation context, as its title() says it) and how to build it.
TABS: tuple[tuple[str, str, Callable[[Settings, QWidget], RecordTab]], ...] = (
    ("BoardTab", str(QT_TRANSLATE_NOOP("BoardTab", "Board")), _board_tab),
    ("PortfoliosTab", str(QT_TRANSLATE_NOOP("PortfoliosTab", "Portfolios")), _portfolios_tab),
    ("StaffTab", str(QT_TRANSLATE_NOOP("StaffTab", "Bureau")), _staff_tab),
    ("ActivitiesTab", str(QT_TRANSLATE_NOOP("ActivitiesTab", "Activities")), _activities_tab),
    # Last, after the activities they belong to, so that Ctrl+1..4 keep their tabs.
    ("ProjectsTab", str(QT_TRANSLATE_NOOP("ProjectsTab", "Projects")), _projects_tab),
)

# How many changes can be undone, as in the office programs the users know (Word and Excel: 100). Each
# step holds the records it changed; without a limit the history grows all day (benchmarks/workday.py).
UNDO_LIMIT = 100


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("VGG Desktop"))
        self.settings = settings
        self.services: Services | None = None
        self.commands: RecordCommands | None = None
        self.context: EditContext | None = None
        self.location = ""
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._been_away = False

        self._backup_actions: BackupActions | None = None
        # The date the tabs look from (Beeld > Peildatum), and the Vacatures window once opened.
        self.reference = ReferenceDate()
        self._vacancies: VacanciesDialog | None = None
        self._reference_indicator: ReferenceDateIndicator | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        # One empty page per tab; a tab is built into its page when it is first shown.
        self._built: list[RecordTab | None] = [None] * len(TABS)
        self._pages: list[QWidget] = []
        for context, title, _build in TABS:
            page = QWidget(self.tabs)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.tabs.addTab(page, QCoreApplication.translate(context, title))
        # The notice of what ends soon goes above the tabs once the database is open (`attach`).
        self.ending_notice: EndingNoticeBar | None = None
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(2)
        self._central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self._connect_signals()
        self._restore_settings()
        self._name_undo_steps()
        self._create_notice_action()
        self._update_actions()

    # --- building -----------------------------------------------------------------------------

    def _action(self, text: str, tip: str, shortcuts: list[QKeySequence] | None = None,
                keys: str | None = None) -> QAction:
        """`keys` names the keys in the tooltip when they are not all shortcuts (Enter is the table's own)."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcuts:
            action.setShortcuts(shortcuts)
            keys = keys or " / ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in shortcuts)
        if keys:
            action.setToolTip(f"{tip} ({keys})")
        return action

    def _create_actions(self) -> None:
        self.export_action = self._action(
            self.tr("&Export..."), self.tr("Write the overviews for a board meeting to an Excel workbook"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E)])
        self.new_year_plan_action = self._action(
            self.tr("&New year plan..."), self.tr("Start next year's plan from this year's: activities, texts and core values"))
        self.election_action = self._action(
            self.tr("Record e&lection..."),
            self.tr("After elections: the places of municipal politicians end on the election's date and become vacant"))
        self.import_action = self._action(
            self.tr("&Import..."), self.tr("Read staff, persons, seats, activities or a meeting workbook from a spreadsheet"))
        self.progress_report_action = self._action(
            self.tr("&Progress report..."), self.tr("Write the progress report on a half year to a Word document"))
        self.plan_document_action = self._action(
            self.tr("&Year plan as a document..."), self.tr("Write the whole year plan from the data to a Word document"))
        self.preferences_action = self._action(
            self.tr("&Settings..."), self.tr("Choose the Word templates of the documents"))
        self.quit_action = self._action(self.tr("E&xit"), self.tr("Close the program"),
                                        [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)])
        # The menu names the step ("Ongedaan maken: Persoon wijzigen"); the toolbar keeps a short word.
        self.undo_action = self._action(self.tr("&Undo"), self.tr("Undo the last change"),
                                        [QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = self._action(self.tr("&Redo"), self.tr("Redo the change that was undone"),
                                        [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y)])
        self.redo_action.setIconText(self.tr("Redo"))
        self.add_action = self._action(self.tr("&Add..."), self.tr("Add a record to the current table"),
                                       [QKeySequence(Qt.Key.Key_Insert), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)])
        self.edit_action = self._action(self.tr("&Change..."), self.tr("Change the selected record"),
                                        [QKeySequence(Qt.Key.Key_F2)], keys="F2 / Enter")
        self.delete_action = self._action(self.tr("&Delete..."), self.tr("Delete the selected record; asks first"),
                                          [QKeySequence(QKeySequence.StandardKey.Delete)])
        self.persons_action = self._action(
            self.tr("&Persons..."), self.tr("Add, change or remove the persons who hold seats and places"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P)])
        self.find_action = self._action(self.tr("&Find"), self.tr("Type to filter the rows of the current tab"),
                                        [QKeySequence(QKeySequence.StandardKey.Find)])
        self.refresh_action = self._action(self.tr("&Refresh"), self.tr("Read everything again from the database"),
                                           [QKeySequence(QKeySequence.StandardKey.Refresh)])
        self.tab_actions = []
        for number in range(1, self.tabs.count() + 1):
            title = self.tabs.tabText(number - 1)
            action = self._action(title, self.tr("Show the tab %1").replace("%1", title),
                                  [QKeySequence(Qt.Modifier.CTRL | getattr(Qt.Key, f"Key_{number}"))])
            action.triggered.connect(lambda _checked=False, index=number - 1: self.show_tab(index))
            self.tab_actions.append(action)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(self.settings.language() == code)
            action.setData(code)
            action.setStatusTip(self.tr("Interface language; takes effect when the program starts again"))
            self.language_actions[code] = action
        self.history_action = self._action(
            self.tr("C&hanges..."), self.tr("Every change in the database: who changed what and when; revert a change"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H)])
        self.about_action = self._action(self.tr("&About VGG Desktop"),
                                         self.tr("Version, database and settings file of this program"))
        self.vacancies_action = self._action(
            self.tr("&Vacancies..."), self.tr("Every open place once, with why it is open; fill a place from the list"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_V)])
        self.reference_date_action = self._action(
            self.tr("Reference &date..."), self.tr("Choose the date the tabs look from, for example the next meeting"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D)])
        self.back_to_today_action = self._action(self.tr("Back to &today"), self.tr("Let the tabs look from today again"))
        self.ends_soon_action = self._action(
            self.tr("Period for 'ends &soon'..."),
            self.tr("How many months ahead an ending contract is marked, here and in the meeting workbook"))

    def _create_notice_action(self) -> None:
        self.hidden_notices_action = self._action(
            self.tr("Show &hidden notices"), self.tr("Show the items of the notice of what ends soon that were hidden"))
        self.hidden_notices_action.setCheckable(True)
        self.hidden_notices_action.toggled.connect(self._show_hidden_notices)
        self.view_menu.addAction(self.hidden_notices_action)

    def _show_hidden_notices(self, shown: bool) -> None:
        if self.ending_notice is not None and self.ending_notice.show_dismissed != shown:
            self.ending_notice.toggle_dismissed()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addActions([self.progress_report_action, self.plan_document_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.new_year_plan_action)
        self.file_menu.addSeparator()
        # The backup actions go between these two separators when they are made (Qt shows one until then).
        self._before_backups = self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.file_menu.aboutToShow.connect(lambda: self.backup_actions)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.add_action, self.edit_action, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.persons_action)
        self.edit_menu.addAction(self.election_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.history_action)
        self.view_menu.addAction(self.vacancies_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.reference_date_action, self.back_to_today_action, self.ends_soon_action])
        self.view_menu.addSeparator()
        language_menu = self.view_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_action, self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.refresh_action, self.export_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _create_status_bar(self) -> None:
        from vgg_desktop.gui.widgets.status_bar import StatusBar

        self.setStatusBar(StatusBar(self))
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("rows_label")
        self.database_label = QLabel(self.tr("Opening the database..."), self)
        self.database_label.setObjectName("database_label")
        # Permanent places, right of the messages: a message (it takes the left part) never covers the
        # row count, and the row count does not vanish while a message is shown.
        self.statusBar().addPermanentWidget(self.rows_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _connect_signals(self) -> None:
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_file)
        self.progress_report_action.triggered.connect(lambda: self.write_document("voortgangsrapportage"))
        self.plan_document_action.triggered.connect(lambda: self.write_document("jaarplan"))
        self.preferences_action.triggered.connect(self.preferences)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.undoTextChanged.connect(self._name_undo_steps)
        self.undo_stack.redoTextChanged.connect(self._name_undo_steps)
        self.undo_stack.canUndoChanged.connect(self._name_undo_steps)
        self.undo_stack.canRedoChanged.connect(self._name_undo_steps)
        self.quit_action.triggered.connect(self.close)
        self.add_action.triggered.connect(lambda: self.current_tab().add())
        self.edit_action.triggered.connect(lambda: self.current_tab().edit())
        self.delete_action.triggered.connect(lambda: self.current_tab().delete())
        self.new_year_plan_action.triggered.connect(self.new_year_plan)
        self.election_action.triggered.connect(self.record_election)
        self.persons_action.triggered.connect(self.manage_persons)
        self.find_action.triggered.connect(lambda: self.current_tab().focus_search())
        self.refresh_action.triggered.connect(self.refresh)
        self.language_group.triggered.connect(self._choose_language)
        self.about_action.triggered.connect(self.about)
        self.history_action.triggered.connect(lambda: self.show_history())
        self.vacancies_action.triggered.connect(self.show_vacancies)
        self.reference_date_action.triggered.connect(self.choose_reference_date)
        self.back_to_today_action.triggered.connect(self.reference.back_to_today)
        self.ends_soon_action.triggered.connect(self.choose_ends_soon_period)
        self.reference.on_change(self._reference_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._application_state_changed)

    def _name_undo_steps(self, *_: object) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))
        for action in (self.undo_action, self.redo_action):
            keys = " / ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    # --- the tabs, built when first shown --------------------------------------------------------

    def tab(self, index: int) -> RecordTab:
        """The tab at `index`, built (and filled, when the database is open) if it was not yet."""
        built = self._built[index]
        if built is not None:
            return built
        tab = TABS[index][2](self.settings, self._pages[index])
        self._built[index] = tab
        layout = self._pages[index].layout()
        assert layout is not None
        layout.addWidget(tab)
        tab.install_context_actions([self.add_action, self.edit_action, self.delete_action])
        tab.counts_changed.connect(self._update_counts)
        tab.selection_changed.connect(self._update_actions)
        tab.history_requested.connect(lambda entity, record_id, name: self.show_history((entity, record_id, name)))
        tab.restore_layout()
        tab.today = self.reference.today
        if self.context is not None:
            tab.attach(self.context)
        if self._pages[index].hasFocus():
            _focus_first_in(tab)
        return tab

    def index_of(self, tab: RecordTab) -> int:
        """The position of a built tab among the main tabs (its page, not the tab, is the QTabWidget's)."""
        return self._built.index(tab)

    def built_tabs(self) -> list[RecordTab]:
        """The tabs that have been shown; the others read everything afresh when they are."""
        return [tab for tab in self._built if tab is not None]

    @property
    def board_tab(self) -> BoardTab:
        from vgg_desktop.gui.tabs.board_tab import BoardTab  # loaded already: the tab is built before it is returned

        return _tab_of(self.tab(0), BoardTab)

    @property
    def portfolios_tab(self) -> PortfoliosTab:
        from vgg_desktop.gui.tabs.portfolios_tab import PortfoliosTab  # loaded already: the tab is built before it is returned

        return _tab_of(self.tab(1), PortfoliosTab)

    @property
    def staff_tab(self) -> StaffTab:
        from vgg_desktop.gui.tabs.staff_tab import StaffTab  # loaded already: the tab is built before it is returned

        return _tab_of(self.tab(2), StaffTab)

    @property
    def activities_tab(self) -> ActivitiesTab:
        from vgg_desktop.gui.tabs.activities_tab import ActivitiesTab  # loaded already: the tab is built before it is returned

        return _tab_of(self.tab(3), ActivitiesTab)

    @property
    def projects_tab(self) -> ProjectsTab:
        from vgg_desktop.gui.tabs.projects_tab import ProjectsTab  # loaded already: the tab is built before it is returned

        return _tab_of(self.tab(4), ProjectsTab)

    @property
    def backup_actions(self) -> BackupActions:
        """Bestand > Back-up maken / terugzetten, made on first use (the first paint does not show them)."""
        if self._backup_actions is None:
            from vgg_desktop.gui.backup_actions import BackupActions

            self._backup_actions = BackupActions(self, lambda: self.services)
            self._backup_actions.add_to(self.file_menu, before=self._before_backups)
            self._backup_actions.restored.connect(self._after_restore)
        return self._backup_actions

    # --- the database -------------------------------------------------------------------------

    def attach(self, services: Services, location: str) -> None:
        """Shows the data of an open database; every later change goes through `commands`."""
        from vgg_desktop.gui.editing import EditContext, RecordCommands

        self.services = services
        self.location = location
        self.commands = RecordCommands(services, self.undo_stack, self.on_changed)
        self.context = EditContext(services=services, commands=self.commands)
        # A long path or server address is shortened in the middle (the tooltip has all of it), so that
        # the messages keep their room at 1024 pixels wide.
        metrics = self.database_label.fontMetrics()
        self.database_label.setText(metrics.elidedText(self.tr("Database: %1").replace("%1", location),
                                                       Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * 48))
        self.database_label.setToolTip(location)
        self.reference_indicator.update_text()  # made now, after the first paint; hidden while the date is today
        self._attach_ending_notice(services)
        for tab in self.built_tabs():
            tab.attach(self.context)
        self._update_actions()
        self._update_counts()
        self.current_tab().focus_table()

    def _attach_ending_notice(self, services: Services) -> None:
        from vgg_desktop.gui.ending_notice import EndingNoticeBar

        if self.ending_notice is not None:
            self._central_layout.removeWidget(self.ending_notice)
            self.ending_notice.deleteLater()
        self.ending_notice = EndingNoticeBar(services, self.reference.today, self)
        self.ending_notice.dismissed_button.clicked.connect(
            lambda: self.hidden_notices_action.setChecked(self.ending_notice is not None and self.ending_notice.show_dismissed))
        self._central_layout.insertWidget(0, self.ending_notice)
        self.ending_notice.reload()

    def on_changed(self, entity: str) -> None:
        """Called by the commands after every change, undo and redo: reload what shows `entity`."""
        for tab in self.built_tabs():
            if tab.depends_on(entity):
                tab.reload()
        if self._vacancies is not None:
            self._vacancies.reload()
        if self.ending_notice is not None and entity in ("seat_term", "employment", "board_seat", "staff_member", "person"):
            self.ending_notice.reload()
        self._update_actions()

    def refresh(self) -> None:
        """Vernieuwen (F5)."""
        self.reload_all()
        self.statusBar().showMessage(self.tr("Read again from the database."), 3000)

    def _after_restore(self, _report: object) -> None:
        # The undo history describes data that the restore replaced; undoing it now would mislead.
        self.undo_stack.clear()
        self.reload_all()

    def reload_all(self) -> None:
        for tab in self.built_tabs():
            tab.reload()
        if self._vacancies is not None:
            self._vacancies.reload()
        if self.ending_notice is not None:
            self.ending_notice.reload()
        self._update_actions()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Back from another program: show what colleagues on other PCs changed meanwhile.
        if state != Qt.ApplicationState.ApplicationActive:
            self._been_away = True
            return
        if self._been_away and self.services is not None and QGuiApplication.modalWindow() is None:
            self.reload_all()
        self._been_away = False

    # --- tabs, counts and actions ----------------------------------------------------------

    def current_tab(self) -> RecordTab:
        return self.tab(max(self.tabs.currentIndex(), 0))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.current_tab().focus_table()

    def _tab_changed(self, _index: int) -> None:
        self._update_counts()
        self._update_actions()

    def _update_counts(self) -> None:
        if self.services is None:
            self.rows_label.setText("")
            return
        shown, total = self.current_tab().counts()
        if shown == total:
            # Dutch and English both say "1 rij" but "2 rijen": two sentences, no plural forms needed.
            text = self.tr("1 row shown") if shown == 1 else self.tr("%1 rows shown").replace("%1", str(shown))
        else:
            text = self.tr("%1 of %2 rows shown").replace("%1", str(shown)).replace("%2", str(total))
        self.rows_label.setText(text)

    def _update_actions(self) -> None:
        tab = self.current_tab()
        attached = self.services is not None
        self.add_action.setEnabled(attached and tab.can_add())
        self.edit_action.setEnabled(attached and tab.can_edit())
        self.delete_action.setEnabled(attached and tab.can_edit())
        self.export_action.setEnabled(attached)
        self.new_year_plan_action.setEnabled(attached)
        self.election_action.setEnabled(attached)
        self.import_action.setEnabled(attached)
        self.progress_report_action.setEnabled(attached)
        self.plan_document_action.setEnabled(attached)
        self.persons_action.setEnabled(attached)
        self.refresh_action.setEnabled(attached)
        self.history_action.setEnabled(attached)
        self.vacancies_action.setEnabled(attached)
        self.reference_date_action.setEnabled(attached)
        self.back_to_today_action.setEnabled(attached and not self.reference.is_today)
        self.ends_soon_action.setEnabled(attached)
        if self._backup_actions is not None:
            self._backup_actions.update_enabled()

    # --- dialogs ----------------------------------------------------------------------------

    def export(self) -> None:
        if self.services is None:
            return
        from vgg_desktop.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self, self.services)
        if not self.reference.is_today:
            # Looking from a meeting's date, the workbook is most likely for that meeting.
            dialog.date_edit.set_date(self.reference.today())
        dialog.exec()

    def new_year_plan(self) -> None:
        """Bestand > Nieuw jaarplan...; the Activiteiten tab then shows the new year."""
        if self.context is None:
            return
        from vgg_desktop.gui.new_year_plan_dialog import NewYearPlanDialog

        dialog = NewYearPlanDialog(self, self.context)
        if dialog.exec() and dialog.started is not None:
            self.show_tab(self.index_of(self.activities_tab))
            self.activities_tab.show_year(dialog.started.plan.year)
        dialog.deleteLater()

    def record_election(self) -> None:
        """Bewerken > Verkiezing vastleggen..."""
        if self.context is None:
            return
        from vgg_desktop.gui.election_dialog import ElectionDialog

        dialog = ElectionDialog(self, self.context)
        dialog.exec()
        dialog.deleteLater()
        self.current_tab().focus_table()

    def import_file(self) -> None:
        if self.services is None or self.commands is None:
            return
        from vgg_desktop.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self, self.services, self.commands)
        if dialog.exec() and dialog.outcome:
            self.statusBar().showMessage(dialog.outcome, 10000)

    def write_document(self, kind: str) -> None:
        """Opens the dialog for a Word document: 'voortgangsrapportage' or 'jaarplan'."""
        if self.services is None:
            return
        from vgg_desktop.export.templates import DocumentKind
        from vgg_desktop.gui.documents_dialog import DocumentDialog

        DocumentDialog(self, self.services, self.settings, DocumentKind(kind)).exec()

    def preferences(self) -> None:
        from vgg_desktop.gui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self, self.settings).exec()

    def manage_persons(self) -> None:
        if self.context is None:
            return
        from vgg_desktop.gui.widgets.persons_dialog import PersonsDialog

        PersonsDialog(self, self.context, self.settings).exec()
        self.current_tab().focus_table()

    def show_history(self, focus: tuple[str, int, str] | None = None) -> None:
        """Beeld > Wijzigingen; `focus` (entity, id, name) opens it on one record's changes."""
        if self.context is None:
            return
        from vgg_desktop.gui.history_window import HistoryWindow

        window = HistoryWindow(self, self.context, focus)
        window.exec()
        window.deleteLater()
        self.current_tab().focus_table()

    def show_vacancies(self) -> VacanciesDialog | None:
        """Beeld > Vacatures: a window beside the main window (not modal), so Ctrl+Z and the tabs stay at hand."""
        if self.context is None:
            return None
        if self._vacancies is None:
            from vgg_desktop.gui.vacancies_dialog import VacanciesDialog

            self._vacancies = VacanciesDialog(self, self.context, self.reference.today)
            # Undo and redo from the list too, with the same keys as in the main window.
            self._vacancies.addActions([self.undo_action, self.redo_action, self.refresh_action])
        else:
            self._vacancies.reload()
        self._vacancies.show()
        self._vacancies.raise_()
        self._vacancies.activateWindow()
        return self._vacancies

    def choose_reference_date(self) -> None:
        """Beeld > Peildatum: the tabs, the Vacatures list and the status bar follow the chosen date."""
        if self.services is None:
            return
        from vgg_desktop.gui.reference_date_dialog import ReferenceDateDialog

        dialog = ReferenceDateDialog(self, self.reference)
        dialog.exec()
        dialog.deleteLater()
        self.current_tab().focus_table()

    def choose_ends_soon_period(self) -> None:
        if self.services is None:
            return
        from vgg_desktop.gui.ends_soon_dialog import EndsSoonDialog

        dialog = EndsSoonDialog(self, self.services)
        if dialog.exec() == EndsSoonDialog.DialogCode.Accepted:
            self.reload_all()
        dialog.deleteLater()
        self.current_tab().focus_table()

    @property
    def reference_indicator(self) -> ReferenceDateIndicator:
        """The peildatum in the status bar, left of the database; made when the database is attached (after the
        first paint), or when first needed."""
        if self._reference_indicator is None:
            from vgg_desktop.gui.reference_date_indicator import ReferenceDateIndicator

            self._reference_indicator = ReferenceDateIndicator(self, self.reference, self.back_to_today_action)
            # Between the row count and the database (the permanent places, right of the messages).
            self.statusBar().insertPermanentWidget(1, self._reference_indicator)
        return self._reference_indicator

    def _reference_changed(self) -> None:
        self.reference_indicator.update_text()
        if self.services is not None:
            self.reload_all()
        on = self.reference.today()
        self.statusBar().showMessage(
            self.tr("The tabs show the data as on today.") if self.reference.is_today
            else self.tr("The tabs show the data as on %1.").replace("%1", format_date(on)), 5000)

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        lines = [
            "<h3>" + self.tr("VGG Desktop %1").replace("%1", __version__) + "</h3>",
            "<p>" + self.tr("The office program of the bureau of the Vereniging van Groninger Gemeenten.") + "</p>",
            "<p>" + self.tr("Database: %1").replace("%1", _escape(self.location or self.tr("not open"))) + "</p>",
            "<p>" + self.tr("Settings: %1").replace("%1", _escape(self.settings.file_name)) + "</p>",
            f"<p style='color:#666666'>Qt for Python (PySide6) {pyside_version}</p>",
        ]
        QMessageBox.about(self, self.tr("About VGG Desktop"), "".join(lines))

    def _choose_language(self, action: QAction) -> None:
        code = action.data()
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language takes effect when you start the program again."))

    # --- settings ---------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        index = self.settings.last_tab()
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)
        self.current_tab()  # the one tab the first paint shows; it restores its own layout

    def save_settings(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_last_tab(self.tabs.currentIndex())
        for tab in self.built_tabs():  # a tab never shown keeps the layout it had
            tab.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


_Tab = TypeVar("_Tab", bound="RecordTab")


def _tab_of(tab: RecordTab, kind: type[_Tab]) -> _Tab:
    """The tab at a fixed place in TABS, as the class that place builds."""
    if not isinstance(tab, kind):
        raise TypeError(f"{type(tab).__name__} is not a {kind.__name__}")
    return tab


def _focus_first_in(tab: QWidget) -> None:
    """What QTabWidget does when it shows a page while the focus was in the page before: focus the
    page's first widget in the Tab order. A tab built as it is shown arrives after that moment."""
    widget = tab.nextInFocusChain()
    while widget is not None and widget is not tab:
        if (tab.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
                and widget.isEnabled() and widget.isVisibleTo(tab)):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
