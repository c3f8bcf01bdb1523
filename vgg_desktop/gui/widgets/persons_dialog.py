"""Personen: everyone who can hold a seat, a portfolio, a chair or a committee place, to add,
change or remove. Seats and places point at persons, so they are managed here, in one list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vgg_desktop.gui.models.persons import PersonModel, PersonRow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.search_field import SearchField

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext


class PersonsDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: EditContext, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("persons_dialog")
        self.setWindowTitle(self.tr("Persons"))
        self.resize(820, 520)
        self._context = context
        self._settings = settings
        self.model = PersonModel(self)
        self.table = TableSection("persons", "person", self.model, self,
                                  record_of=lambda value: value.person)
        self.table.restore_header(settings)
        self.search = SearchField(self)
        self.search.textChanged.connect(self._filter)
        self.search.leave_down.connect(self.table.view.setFocus)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.add_button = QPushButton(self.tr("&Add..."), self)
        self.add_button.setToolTip(self.tr("Add a person (Ins)"))
        self.add_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.setToolTip(self.tr("Change the selected person (F2 or Enter)"))
        self.edit_button.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.delete_button = QPushButton(self.tr("&Delete..."), self)
        self.delete_button.setToolTip(self.tr("Delete the selected person (Del); asks first"))
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.view.activated.connect(lambda *_: self.edit())
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel(self)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table.view, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.table.view)
        self.reload()
        self.table.view.setFocus()

    def reload(self) -> None:
        services = self._context.services
        key, row = self.table.selected_key(), self.table.selected_row()
        municipalities = {item.id: item.name for item in services.municipalities.list()}
        self.model.set_rows(PersonRow(person, municipalities.get(person.municipality_id) if person.municipality_id is not None else None)
                            for person in services.persons.list())
        if not (key is not None and self.table.select_key(key)) and self.table.shown():
            self.table.select_row(min(row or 0, self.table.shown() - 1))
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.table.proxy.set_search(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.selected_value() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        shown, total = self.table.shown(), self.table.total()
        self.count_label.setText(self.tr("%1 of %2 persons shown").replace("%1", str(shown)).replace("%2", str(total))
                                 if shown != total else self.tr("1 person") if total == 1
                                 else self.tr("%1 persons").replace("%1", str(total)))

    def add(self) -> None:
        from vgg_desktop.gui.editing import open_editor

        saved = open_editor(self, self._context, "person")
        self.reload()
        if saved is not None:
            self.table.select_key(saved.id)
        self.table.view.setFocus()

    def edit(self) -> None:
        value: PersonRow | None = self.table.selected_value()
        if value is None:
            return
        from vgg_desktop.gui.editing import open_editor

        open_editor(self, self._context, "person", record=value.person)
        self.reload()
        self.table.view.setFocus()

    def delete(self) -> None:
        value: PersonRow | None = self.table.selected_value()
        if value is None:
            return
        from vgg_desktop.gui.editing import confirm_and_delete

        confirm_and_delete(self, self._context, "person", value.person)
        self.reload()
        self.table.view.setFocus()

    def done(self, result: int) -> None:
        self.table.save_header(self._settings)
        super().done(result)
