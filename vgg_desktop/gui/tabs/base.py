"""What every tab shares: a search field over its tables, a detail pane, selection that survives a
reload, and Add/Edit/Delete through the editing forms (which make every change undoable).

A tab knows nothing of the database: it reads through the services, and it reloads when the main
window tells it that a kind of record it shows (`DEPENDS_ON`) has changed.

Before the database is open a tab can show the rows kept from the last session (`show_kept_rows`,
see `gui/snapshot.py`): greyed, under a notice that they are being brought up to date, and not
selectable; the first read from the database replaces them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import DetailPane, Details, link
from vgg_desktop.gui.widgets.search_field import SearchField

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext
    from vgg_desktop.services.catalog import Services


# How many of a record's newest changes its detail pane lists under "Geschiedenis".
HISTORY_LINES = 5


class RecordTab(QWidget):
    counts_changed = Signal()
    selection_changed = Signal()
    reloaded = Signal()  # after every read from the database
    # (entity, id, name): the user asked for all changes of this record (Beeld > Wijzigingen, filtered).
    history_requested = Signal(str, int, str)

    NAME = "tab"
    DEPENDS_ON: frozenset[str] = frozenset()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.NAME}_tab")
        self._settings = settings
        self._context: EditContext | None = None
        self.sections: list[TableSection] = []
        self._current: TableSection | None = None
        self._reloading = False
        self._described: object | None = None  # the value the detail pane shows
        self.extra_actions: list[QAction] = []
        self._kept_notice: QLabel | None = None  # made only when kept rows are shown
        self._history_names: dict[tuple[str, int], str] = {}
        # The date the tab looks from: today, or the window's peildatum (set by the main window).
        self.today: Callable[[], date] = date.today

        self.search = SearchField(self)
        self.search.setObjectName(f"{self.NAME}_search")
        self.search.textChanged.connect(self._filter)
        self.search.leave_down.connect(self.focus_table)
        self.details = DetailPane(self)
        self.details.setObjectName(f"{self.NAME}_details")
        self.details.record_link.connect(self._follow_link)

        self.top_bar = QHBoxLayout()
        self.top_bar.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.top_bar.addWidget(search_label)
        self.top_bar.addWidget(self.search)
        self.top_bar.addStretch(1)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(4)
        self.top_bar.addLayout(self._buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.NAME}_splitter")
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.splitter, 1)

    # --- built by subclasses ------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def load(self, services: Services) -> None:
        """Fills the models from the services."""
        raise NotImplementedError

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        raise NotImplementedError

    def add_defaults(self, section: TableSection) -> dict[str, Any] | None:
        return None

    def add_section(self, section: TableSection) -> TableSection:
        self.sections.append(section)
        if self._current is None:
            self._current = section
        section.view.selectionModel().selectionChanged.connect(lambda *_: self._selected(section))
        section.view.activated.connect(lambda *_: self.edit())
        section.view.installEventFilter(self)
        section.proxy.rowsInserted.connect(self._rows_changed)
        section.proxy.rowsRemoved.connect(self._rows_changed)
        section.proxy.modelReset.connect(self._rows_changed)
        section.proxy.layoutChanged.connect(self._rows_changed)
        return section

    def _rows_changed(self) -> None:
        # A reload resets and re-sorts every table; it tells the window once, when it is done.
        if not self._reloading:
            self.counts_changed.emit()

    def add_action(self, text: str, tip: str, handler: Any, *, needs_selection: bool = True) -> QAction:
        """A tab-specific action: a button in the top bar and an entry in the tables' context menu."""
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(handler)
        action.setProperty("needs_selection", needs_selection)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._buttons.addWidget(button)
        self.extra_actions.append(action)
        return action

    def stacked_tables(self, name: str, captioned: Sequence[tuple[str, TableSection]], sizes: Sequence[int]) -> QSplitter:
        """Tables above each other, each under a bold caption whose Alt+letter moves to its table."""
        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.setObjectName(name)
        tables.setChildrenCollapsible(False)
        for caption, section in captioned:
            box = QWidget(tables)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.setSpacing(2)
            label = QLabel(caption, box)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(section.view)
            layout.addWidget(label)
            layout.addWidget(section.view, 1)
            tables.addWidget(box)
        tables.setSizes(list(sizes))
        return tables

    def finish_layout(self, tables: QWidget) -> None:
        self.splitter.addWidget(tables)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        self.setTabOrder(self.search, self.sections[0].view)
        for before, after in zip(self.sections, self.sections[1:]):
            self.setTabOrder(before.view, after.view)
        self.setTabOrder(self.sections[-1].view, self.details)

    def install_context_actions(self, actions: list[QAction]) -> None:
        for section in self.sections:
            section.view.addActions(actions)
            if self.extra_actions:
                separator = QAction(self)
                separator.setSeparator(True)
                section.view.addAction(separator)
                section.view.addActions(self.extra_actions)

    # --- services and reloading -------------------------------------------------------------

    @property
    def context(self) -> EditContext | None:
        return self._context

    @property
    def services(self) -> Services | None:
        return self._context.services if self._context else None

    def attach(self, context: EditContext) -> None:
        self._context = context
        self.reload()

    def reload(self) -> None:
        """Reads everything again and puts the selection back on the same record."""
        services = self.services
        if services is None:
            return
        before = {section.name: (section.selected_key(), section.selected_row()) for section in self.sections}
        current = self._current
        # The details are read once, at the end, not for every selection change on the way.
        self._reloading = True
        try:
            self.leave_kept_rows()  # what is read now replaces them, or (if reading fails) nothing does
            self.load(services)
            for section in self.sections:
                key, row = before[section.name]
                if key is not None and section.select_key(key):
                    continue
                if section.shown() and (row is not None or section is current):
                    # The record is gone (deleted): stay where it was, on the row that took its place.
                    section.select_row(min(row or 0, section.shown() - 1))
        finally:
            self._reloading = False
        self._current = current
        self._described = None
        self._show_details()
        self.counts_changed.emit()
        self.selection_changed.emit()
        self.reloaded.emit()

    # --- rows kept from the last session --------------------------------------------------

    def kept_rows(self) -> dict[str, dict[str, Any]]:
        """Every table's rows as the next start shows them (see `gui/snapshot.py`)."""
        return {section.name: section.model.kept_rows() for section in self.sections}

    def show_kept_rows(self, kept: dict[str, dict[str, Any]], written: str) -> bool:
        """Shows the rows of the last session, greyed and marked, until the database is read; all or nothing."""
        if self.services is not None or set(kept) != {section.name for section in self.sections}:
            return False
        for section in self.sections:
            if not section.model.show_kept_rows(kept[section.name]):
                self.leave_kept_rows()
                return False
        for section in self.sections:
            # Greyed and out of reach: nothing on these rows can be selected, changed or deleted.
            section.view.setEnabled(False)
        if self._kept_notice is None:
            self._kept_notice = QLabel(self)
            self._kept_notice.setObjectName(f"{self.NAME}_kept_notice")
            self._kept_notice.setWordWrap(True)
            # The colours of the notices elsewhere (`gui/models/appearance.py`), by palette: a style sheet
            # would make Qt build a style-sheet style before the first paint.
            from vgg_desktop.gui.models.appearance import ENDING_BACKGROUND, ENDING_COLOUR

            palette = self._kept_notice.palette()
            palette.setColor(QPalette.ColorRole.Window, ENDING_BACKGROUND)
            palette.setColor(QPalette.ColorRole.WindowText, ENDING_COLOUR)
            self._kept_notice.setPalette(palette)
            self._kept_notice.setAutoFillBackground(True)
            self._kept_notice.setContentsMargins(8, 4, 8, 4)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, self._kept_notice)
        self._kept_notice.setText(self.tr("Shown as on %1; being brought up to date from the database...")
                                  .replace("%1", _when(written)))
        self._kept_notice.show()
        self._show_details()  # with nothing selected: the tab's own actions off as well
        return True

    def showing_kept_rows(self) -> bool:
        return any(section.model.showing_kept_rows() for section in self.sections)

    def leave_kept_rows(self) -> None:
        """Takes away the rows of the last session (they are replaced by a read, or must not stay)."""
        for section in self.sections:
            if section.model.showing_kept_rows():
                section.model.set_rows(())
            section.view.setEnabled(True)
        if self._kept_notice is not None:
            self._kept_notice.hide()

    def depends_on(self, entity: str) -> bool:
        return entity in self.DEPENDS_ON

    # --- selection, focus and filtering -------------------------------------------------------

    def current_section(self) -> TableSection:
        return self._current or self.sections[0]

    def selected_value(self) -> Any | None:
        return self.current_section().selected_value()

    def counts(self) -> tuple[int, int]:
        """(rows shown, rows in total) over all the tab's tables."""
        return sum(item.shown() for item in self.sections), sum(item.total() for item in self.sections)

    def focus_table(self) -> None:
        section = self.current_section()
        section.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not section.view.selectionModel().hasSelection() and section.shown():
            section.select_row(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click into another table of the tab makes it the one that Add/Edit/Delete act on.
        if event.type() == QEvent.Type.FocusIn:
            for section in self.sections:
                if section.view is watched and self._current is not section:
                    self._current = section
                    self._show_details()
                    self.selection_changed.emit()
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        for section in self.sections:
            key = section.selected_key()
            section.proxy.set_search(text)
            if key is not None:
                section.select_key(key)
        self._show_details()
        self.counts_changed.emit()

    def _selected(self, section: TableSection) -> None:
        if self._reloading:
            return
        self._current = section
        self._show_details()
        self.selection_changed.emit()

    def _show_details(self) -> None:
        services = self.services
        value = self.selected_value()
        if services is None or value is None:
            self.details.show_nothing()
        elif value is not self._described:
            # Describing reads the database, and every filter keystroke re-announces the same selection.
            details = self.describe(self.current_section(), value, services)
            self.details.show_start(details)
            # The history comes right after: opening a tab or moving through rows is not kept waiting for it.
            section = self.current_section()
            QTimer.singleShot(0, self, lambda: self._show_history(details, section, value))
        self._described = value
        for action in self.extra_actions:
            if action.property("needs_selection"):
                action.setEnabled(self.extra_enabled(action, value))
            else:
                action.setEnabled(services is not None and self.extra_available(action))

    def _show_history(self, details: Details, section: TableSection, value: Any) -> None:
        services = self.services
        if services is None or value is not self._described:
            return  # another row was chosen meanwhile; its own history is on its way
        self.describe_history(details, section, value, services)
        self.details.show_rest(details)

    def describe_history(self, details: Details, section: TableSection, value: Any, services: Services) -> None:
        """Geschiedenis: the record's newest changes (and those of its parts, such as a seat's terms)."""
        record = section.record_of(value)
        if record is None:
            return
        changes = services.history.of_record(section.entity, record.id, limit=HISTORY_LINES + 1)
        details.section(self.tr("History"))
        lines = []
        for change in changes[:HISTORY_LINES]:
            what = "; ".join(item.summary() for item in change.records[:2]) + (" …" if len(change.records) > 2 else "")
            kind = "" if change.kind.value in ("add", "edit", "delete") else f" ({change.kind.label.lower()})"
            lines.append(f"{change.when()} · {change.os_user} · {what}{kind}")
        details.items(lines, empty=self.tr("No changes recorded."))
        if changes:
            name = next((item.name for item in changes[0].records
                         if item.entity == section.entity and item.record_id == record.id), f"#{record.id}")
            self._history_names[(section.entity, record.id)] = name
            details.link(self.tr("All changes of this record..."), link("history", section.entity, record.id))

    def extra_enabled(self, action: QAction, value: Any | None) -> bool:
        return value is not None

    def extra_available(self, action: QAction) -> bool:
        """Whether an action that needs no selection has something to do (the tab knows)."""
        return True

    # --- editing --------------------------------------------------------------------------

    def can_add(self) -> bool:
        return self._context is not None

    def can_edit(self) -> bool:
        return self._context is not None and self.selected_value() is not None

    def add(self) -> None:
        section = self.current_section()
        self.open_form(section.entity, None, self.add_defaults(section), select_in=section)

    def edit(self) -> None:
        section = self.current_section()
        value = section.selected_value()
        if value is not None:
            self.open_form(section.entity, section.record_of(value), None, select_in=section)

    def delete(self) -> None:
        section = self.current_section()
        value = section.selected_value()
        if value is not None:
            self.delete_record(section.entity, section.record_of(value))

    def open_form(self, entity: str, record: Any | None, defaults: dict[str, Any] | None,
                  select_in: TableSection | None = None) -> Any | None:
        if self._context is None:
            return None
        from vgg_desktop.gui.editing import open_editor

        saved = open_editor(self.window(), self._context, entity, record=record, defaults=defaults)
        if saved is not None and select_in is not None and select_in.entity == entity:
            select_in.select_key(getattr(saved, "id", None))
        self.focus_table()
        return saved

    def delete_record(self, entity: str, record: Any) -> bool:
        if self._context is None:
            return False
        from vgg_desktop.gui.editing import confirm_and_delete

        deleted = confirm_and_delete(self.window(), self._context, entity, record)
        self.focus_table()
        return deleted

    def _follow_link(self, action: str, entity: str, record_id: int) -> None:
        services = self.services
        if services is None:
            return
        if action == "history":
            self.history_requested.emit(entity, record_id, self._history_names.get((entity, record_id), f"#{record_id}"))
            return
        record = services.records(entity).get(record_id)
        if action == "edit":
            self.open_form(entity, record, None)
        elif action == "delete":
            self.delete_record(entity, record)

    # --- remembered layout ------------------------------------------------------------------

    def restore_layout(self) -> None:
        for section in self.sections:
            section.restore_header(self._settings)
        state = self._settings.splitter_state(self.NAME)
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self) -> None:
        for section in self.sections:
            section.save_header(self._settings)
        self._settings.set_splitter_state(self.NAME, self.splitter.saveState())


def _when(written: str) -> str:
    """'2022-06-14T09:30:00' as 14-06-2022 09:30, as the users read dates."""
    day, _, time = written.partition("T")
    year, _, rest = day.partition("-")
    month, _, date_of_month = rest.partition("-")
    return f"{date_of_month}-{month}-{year} {time[:5]}".strip()
