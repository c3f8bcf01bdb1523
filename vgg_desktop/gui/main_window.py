"""The main window: four tabs, the menus and keys of a Windows office program, the undo history.

It opens before the database does (so the first paint does not wait for SQLAlchemy); `attach`
hands it the services once the database is open. Signals are connected here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from vgg_desktop import __version__
from vgg_desktop.gui.backup_actions import BackupActions
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.activities_tab import ActivitiesTab
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.board_tab import BoardTab
from vgg_desktop.gui.tabs.portfolios_tab import PortfoliosTab
from vgg_desktop.gui.tabs.staff_tab import StaffTab

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext, RecordCommands
    from vgg_desktop.services.catalog import Services


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
        self._been_away = False

        self.board_tab = BoardTab(settings, self)
        self.portfolios_tab = PortfoliosTab(settings, self)
        self.staff_tab = StaffTab(settings, self)
        self.activities_tab = ActivitiesTab(settings, self)
        self.tab_list: list[RecordTab] = [self.board_tab, self.portfolios_tab, self.staff_tab, self.activities_tab]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        for tab in self.tab_list:
            self.tabs.addTab(tab, tab.title())
        self.setCentralWidget(self.tabs)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        for tab in self.tab_list:
            tab.install_context_actions([self.add_action, self.edit_action, self.delete_action])
        self._connect_signals()
        self._restore_settings()
        self._name_undo_steps()
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
        for number, tab in enumerate(self.tab_list, start=1):
            action = self._action(tab.title(), self.tr("Show the tab %1").replace("%1", tab.title()),
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
        self.about_action = self._action(self.tr("&About VGG Desktop"),
                                         self.tr("Version, database and settings file of this program"))
        self.backup_actions = BackupActions(self, lambda: self.services)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.backup_actions.add_to(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.add_action, self.edit_action, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.persons_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.tab_actions)
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
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("rows_label")
        self.database_label = QLabel(self.tr("Opening the database..."), self)
        self.database_label.setObjectName("database_label")
        self.statusBar().addWidget(self.rows_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

    def _connect_signals(self) -> None:
        self.export_action.triggered.connect(self.export)
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
        self.persons_action.triggered.connect(self.manage_persons)
        self.find_action.triggered.connect(lambda: self.current_tab().focus_search())
        self.refresh_action.triggered.connect(self.refresh)
        self.language_group.triggered.connect(self._choose_language)
        self.about_action.triggered.connect(self.about)
        self.backup_actions.restored.connect(self._after_restore)
        self.tabs.currentChanged.connect(self._tab_changed)
        for tab in self.tab_list:
            tab.counts_changed.connect(self._update_counts)
            tab.selection_changed.connect(self._update_actions)
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

    # --- the database -------------------------------------------------------------------------

    def attach(self, services: Services, location: str) -> None:
        """Shows the data of an open database; every later change goes through `commands`."""
        from vgg_desktop.gui.editing import EditContext, RecordCommands

        self.services = services
        self.location = location
        self.commands = RecordCommands(services, self.undo_stack, self.on_changed)
        self.context = EditContext(services=services, commands=self.commands)
        self.database_label.setText(self.tr("Database: %1").replace("%1", location))
        self.database_label.setToolTip(location)
        for tab in self.tab_list:
            tab.attach(self.context)
        self._update_actions()
        self._update_counts()
        self.current_tab().focus_table()

    def on_changed(self, entity: str) -> None:
        """Called by the commands after every change, undo and redo: reload what shows `entity`."""
        for tab in self.tab_list:
            if tab.depends_on(entity):
                tab.reload()
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
        for tab in self.tab_list:
            tab.reload()
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
        widget = self.tabs.currentWidget()
        assert isinstance(widget, RecordTab)
        return widget

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
        self.persons_action.setEnabled(attached)
        self.refresh_action.setEnabled(attached)
        self.backup_actions.update_enabled()

    # --- dialogs ----------------------------------------------------------------------------

    def export(self) -> None:
        if self.services is None:
            return
        from vgg_desktop.gui.export_dialog import ExportDialog

        ExportDialog(self, self.services).exec()

    def manage_persons(self) -> None:
        if self.context is None:
            return
        from vgg_desktop.gui.widgets.persons_dialog import PersonsDialog

        PersonsDialog(self, self.context, self.settings).exec()
        self.current_tab().focus_table()

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
        for tab in self.tab_list:
            tab.restore_layout()
        index = self.settings.last_tab()
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)

    def save_settings(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_last_tab(self.tabs.currentIndex())
        for tab in self.tab_list:
            tab.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
