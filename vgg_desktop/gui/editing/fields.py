"""Between the widgets of a form and the field values the services take.

One binding per field (or pair of fields, for a place that is filled, vacant or not applicable).
`read()` gives what the widgets hold now, in the form the services accept: typed text stays as
typed (the service cleans it and reports what is wrong), a choice gives its id or enum value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.domain.enums import LabelledEnum, PlaceStatus
from vgg_desktop.domain.money import format_euros
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.editing.labels import Choice
from vgg_desktop.gui.models import appearance

ID_ROLE = Qt.ItemDataRole.UserRole



def none_text() -> str:
    return QCoreApplication.translate("RecordForm", "(none)")


def unknown_text() -> str:
    return QCoreApplication.translate("RecordForm", "(unknown)")


def choose_text() -> str:
    return QCoreApplication.translate("RecordForm", "Choose…")


def vacancy_text() -> str:
    return QCoreApplication.translate("RecordForm", "Vacancy")


def not_applicable_text() -> str:
    return QCoreApplication.translate("RecordForm", "n/a (not applicable)")


class Binding(Protocol):
    @property
    def names(self) -> tuple[str, ...]:
        """The fields of the record this widget edits."""

    @property
    def widget(self) -> QWidget:
        """The widget that gets the focus and the red border when a field is wrong."""

    def load(self, values: Mapping[str, Any]) -> None: ...

    def read(self) -> dict[str, Any]: ...


class TextBinding:
    def __init__(self, name: str, widget: QLineEdit) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.text()}


class LongTextBinding:
    def __init__(self, name: str, widget: QPlainTextEdit) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        self.widget.setPlainText("" if value is None else str(value))

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.toPlainText()}


class LinesBinding:
    """A list of short texts (the results of an activity), one per line."""

    def __init__(self, name: str, widget: QPlainTextEdit) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        # A line break inside one item would make two items on saving; a space keeps it one.
        lines = (" ".join(str(item).split()) for item in values.get(self.names[0]) or ())
        self.widget.setPlainText("\n".join(lines))

    def read(self) -> dict[str, Any]:
        return {self.names[0]: tuple(self.widget.toPlainText().splitlines())}


class DateBinding:
    def __init__(self, name: str, widget: DateField) -> None:
        self.names = (name,)
        self.field = widget

    @property
    def widget(self) -> QWidget:
        return self.field.line_edit

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        self.field.setText(format_date(value) if isinstance(value, date) else str(value or ""))

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.field.text()}


class IntBinding:
    def __init__(self, name: str, widget: QSpinBox) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        self.widget.setValue(self.widget.minimum() if value is None else int(value))

    def read(self) -> dict[str, Any]:
        value = self.widget.value()
        # A spin box that shows its lowest value as a word ("(geen)") means: no number given.
        if self.widget.specialValueText() and value == self.widget.minimum():
            return {self.names[0]: None}
        return {self.names[0]: value}


class MoneyBinding:
    """An amount in euros, shown as 1.234,56; what is typed goes to the service as typed, which reads or refuses it."""

    def __init__(self, name: str, widget: QLineEdit) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        self.widget.setText(format_euros(value) if isinstance(value, int) and not isinstance(value, bool) else str(value or ""))
        self.widget.setCursorPosition(0)

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.text()}


class BoolBinding:
    def __init__(self, name: str, widget: QCheckBox) -> None:
        self.names = (name,)
        self.widget = widget

    def load(self, values: Mapping[str, Any]) -> None:
        self.widget.setChecked(bool(values.get(self.names[0])))

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.isChecked()}


def _limit_width(combo: QComboBox) -> None:
    """A long choice (an activity title) must not make the whole form as wide; the list shows it in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.setMaxVisibleItems(20)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def _select(combo: QComboBox, wanted: Any) -> None:
    index = combo.findData(wanted)
    combo.setCurrentIndex(index)


class EnumBinding:
    """The Dutch labels of an enum; an optional field starts with a choice for 'not known'."""

    def __init__(self, name: str, widget: QComboBox, enum: type[LabelledEnum], empty_text: str | None) -> None:
        self.names = (name,)
        self.widget = widget
        if empty_text is not None:
            widget.addItem(empty_text, None)
        for member in enum:
            widget.addItem(member.label, member.value)
        widget.setPlaceholderText(choose_text())
        self._has_quiet = any(appearance.is_quiet(member.value) for member in enum)
        if self._has_quiet:
            # The open list draws with the closed box's colour and font unless an item has its own: so every
            # item gets its own, plain, and the quiet one grey and italic.
            plain = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            for index in range(widget.count()):
                quiet = appearance.is_quiet(widget.itemData(index))
                font = QFont(widget.font())
                font.setItalic(quiet)
                widget.setItemData(index, QBrush(appearance.QUIET_COLOUR if quiet else plain), Qt.ItemDataRole.ForegroundRole)
                widget.setItemData(index, font, Qt.ItemDataRole.FontRole)
            # `activated` comes only from the user's choice, never while a closing form is torn down.
            widget.activated.connect(self._show_quietly)

    def _show_quietly(self, _index: int = -1) -> None:
        """The closed list shows 'nothing reported yet' in grey too, like the tables do."""
        if self._has_quiet:
            quiet = appearance.is_quiet(self.widget.currentData())
            if self.widget.property("quiet") != quiet:
                # The form's style sheet greys a combo box whose property "quiet" is true.
                self.widget.setProperty("quiet", quiet)
                self.widget.style().unpolish(self.widget)
                self.widget.style().polish(self.widget)

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        _select(self.widget, value.value if isinstance(value, Enum) else value)
        self._show_quietly()  # also when the loaded choice was already the current one

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.currentData()}


class RefBinding:
    """One record chosen from a list; `empty_text` names the choice of none ('(geen)', 'Vacature')."""

    def __init__(self, name: str, widget: QComboBox, choices: Sequence[Choice], empty_text: str | None) -> None:
        self.names = (name,)
        self.widget = widget
        if empty_text is not None:
            widget.addItem(empty_text, None)
        for choice in choices:
            widget.addItem(choice.text, choice.id)
            if choice.tooltip:
                widget.setItemData(widget.count() - 1, choice.tooltip, Qt.ItemDataRole.ToolTipRole)
        widget.setPlaceholderText(choose_text())
        _limit_width(widget)

    def load(self, values: Mapping[str, Any]) -> None:
        value = values.get(self.names[0])
        if value is not None and self.widget.findData(value) < 0:
            # Not in the list (made on another PC since the form opened): keep it rather than lose it.
            self.widget.addItem(f"#{value}", value)
        _select(self.widget, value)

    def read(self) -> dict[str, Any]:
        return {self.names[0]: self.widget.currentData()}


class PlaceBinding:
    """A place held by a person, vacant, or not applicable (n.v.t.): one list, two fields."""

    _STATUSES = (PlaceStatus.VACANT.value, PlaceStatus.NOT_APPLICABLE.value)

    def __init__(self, status_name: str, person_name: str, widget: QComboBox, people: Sequence[Choice]) -> None:
        self.names = (status_name, person_name)
        self.widget = widget
        widget.addItem(vacancy_text(), PlaceStatus.VACANT.value)
        widget.addItem(not_applicable_text(), PlaceStatus.NOT_APPLICABLE.value)
        widget.insertSeparator(widget.count())
        for person in people:
            widget.addItem(person.text, person.id)
        widget.setPlaceholderText(choose_text())
        _limit_width(widget)

    def load(self, values: Mapping[str, Any]) -> None:
        status_name, person_name = self.names
        status = values.get(status_name)
        status = status.value if isinstance(status, Enum) else status
        person = values.get(person_name)
        if status == PlaceStatus.FILLED.value or (status is None and person is not None):
            if person is not None and self.widget.findData(person) < 0:
                self.widget.addItem(f"#{person}", person)
            _select(self.widget, person)
        else:
            _select(self.widget, status or PlaceStatus.VACANT.value)

    def read(self) -> dict[str, Any]:
        status_name, person_name = self.names
        data = self.widget.currentData()
        if data is None:
            return {status_name: PlaceStatus.FILLED.value, person_name: None}
        if data in self._STATUSES:
            return {status_name: data, person_name: None}
        return {status_name: PlaceStatus.FILLED.value, person_name: data}


class RefsBinding:
    """Several records, ticked in a list (the partners of a consultation, the staff of a project)."""

    def __init__(self, name: str, widget: QListWidget, choices: Sequence[Choice]) -> None:
        self.names = (name,)
        self.widget = widget
        for choice in choices:
            self._add(choice.text, choice.id, choice.tooltip)

    def _add(self, text: str, record_id: int, tooltip: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text, self.widget)
        item.setData(ID_ROLE, record_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if tooltip:
            item.setToolTip(tooltip)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.widget.item(row) for row in range(self.widget.count())]

    def load(self, values: Mapping[str, Any]) -> None:
        wanted = set(values.get(self.names[0]) or ())
        known = {item.data(ID_ROLE) for item in self._items()}
        for missing in sorted(wanted - known):
            self._add(f"#{missing}", missing)
        # The ticked ones first, so the form shows at a glance who takes part; the rest keep their order.
        items = [self.widget.takeItem(0) for _ in range(self.widget.count())]
        items.sort(key=lambda item: item.data(ID_ROLE) not in wanted)
        for item in items:
            self.widget.addItem(item)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.widget.scrollToTop()

    def read(self) -> dict[str, Any]:
        ticked = (item.data(ID_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked)
        return {self.names[0]: tuple(sorted(ticked))}


class CoreValuesBinding:
    """The core values of a year plan: a list of titles; the chosen one's title and text are edited below it."""

    def __init__(self, name: str, widget: QListWidget, title: QLineEdit, text: QPlainTextEdit,
                 add: QPushButton, remove: QPushButton) -> None:
        self.names = (name,)
        self.widget = widget
        self._title = title
        self._text = text
        self._remove = remove
        self._pairs: list[list[str]] = []
        widget.currentRowChanged.connect(self._show)
        title.textEdited.connect(self._title_edited)
        text.textChanged.connect(self._text_edited)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove_current)
        self._show(-1)

    def _item_text(self, title: str) -> str:
        return " ".join(title.split()) or QCoreApplication.translate("RecordForm", "(no title yet)")

    def _show(self, row: int) -> None:
        present = 0 <= row < len(self._pairs)
        for editor in (self._title, self._text, self._remove):
            editor.setEnabled(present)
        with QSignalBlocker(self._title), QSignalBlocker(self._text):
            self._title.setText(self._pairs[row][0] if present else "")
            self._text.setPlainText(self._pairs[row][1] if present else "")

    def _title_edited(self, title: str) -> None:
        row = self.widget.currentRow()
        if 0 <= row < len(self._pairs):
            self._pairs[row][0] = title
            self.widget.item(row).setText(self._item_text(title))

    def _text_edited(self) -> None:
        row = self.widget.currentRow()
        if 0 <= row < len(self._pairs):
            self._pairs[row][1] = self._text.toPlainText()

    def _add(self) -> None:
        self._pairs.append(["", ""])
        self.widget.addItem(self._item_text(""))
        self.widget.setCurrentRow(len(self._pairs) - 1)
        self._title.setFocus()

    def _remove_current(self) -> None:
        row = self.widget.currentRow()
        if 0 <= row < len(self._pairs):
            del self._pairs[row]
            self.widget.takeItem(row)
        self._show(self.widget.currentRow())

    def load(self, values: Mapping[str, Any]) -> None:
        self._pairs = []
        for value in values.get(self.names[0]) or ():
            title, text = (value.title, value.text) if isinstance(value, CoreValue) else (value["title"], value["text"])
            self._pairs.append([title, text])
        with QSignalBlocker(self.widget):
            self.widget.clear()
            for title, _text in self._pairs:
                self.widget.addItem(self._item_text(title))
        self.widget.setCurrentRow(0 if self._pairs else -1)
        self._show(self.widget.currentRow())

    def read(self) -> dict[str, Any]:
        pairs = (CoreValue(title, text) for title, text in self._pairs)
        return {self.names[0]: tuple(pair for pair in pairs if pair.title.strip() or pair.text.strip())}
