"""The dialog around every form: load a record, save it through an undoable command, show what is wrong.

Nothing is saved until the service accepts all of it. When it refuses, the dialog stays open with
everything the user typed: a field error appears in red under its field (and the first bad field
gets the focus), any other refusal in the panel at the top. When someone else saved the record
meanwhile, the panel shows what is stored now and offers to reload it with the user's own changes
kept on top. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.domain.schema import SPECS_BY_NAME
from vgg_desktop.gui.conflict_dialog import show_conflict
from vgg_desktop.gui.editing.context import EditContext
from vgg_desktop.gui.editing.definitions import FORMS, bind, starting_values
from vgg_desktop.gui.editing.fields import Binding
from vgg_desktop.gui.editing.kinds import shown
from vgg_desktop.gui.editing.labels import RecordLabels, shorten
from vgg_desktop.gui.editing.texts import record_texts
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.widgets.error_look import ERROR_COLOUR
from vgg_desktop.services.errors import ConflictError, NotFoundError, RuleViolation, StorageError, ValidationError

QUIET_COLOUR = appearance.QUIET_COLOUR.name()  # a choice that means nothing was reported yet
STYLE = f"""
*[invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; padding: 1px; }}
QLabel[role="field-error"] {{ color: {ERROR_COLOUR}; }}
QComboBox[quiet="true"] {{ color: {QUIET_COLOUR}; font-style: italic; }}
QFrame#message_panel[tone="error"] {{ background: #fdecea; border: 1px solid #e6b0aa; border-radius: 4px; }}
QFrame#message_panel[tone="info"] {{ background: #e8f1fb; border: 1px solid #a9c7e8; border-radius: 4px; }}
"""


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class RecordDialog(QDialog):
    """Adds (record None) or changes one record. After Save, `saved` holds the stored value."""

    def __init__(
        self,
        parent: QWidget | None,
        context: EditContext,
        entity: str,
        record: Any | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{entity}_dialog")
        self.setStyleSheet(STYLE)
        self.context = context
        self.entity = entity
        self.record = record
        self.saved: Any = None
        self.spec = SPECS_BY_NAME[entity]
        self.labels = RecordLabels(context.services)
        self._field_labels = {field.label for field in self.spec.fields}
        self._error_labels: dict[int, QLabel] = {}
        self._invalid: list[QWidget] = []
        self._stored_now: Any = None

        self.form_host = QWidget(self)
        self.form = FORMS[entity].build_ui(entity, self.form_host)
        self.bindings: list[Binding] = bind(entity, self.spec, self.form, self.labels)
        self._binding_of = {name: binding for binding in self.bindings for name in binding.names}
        self._build_frame()

        texts = record_texts(entity)
        if record is None:
            self.setWindowTitle(texts.add)
            values = {**starting_values(entity, self.spec, self.labels), **(defaults or {})}
            # Defaults for fields without a widget (a fixed parent, say) still go along with the new record.
            self._hidden = {name: value for name, value in values.items() if name not in self._binding_of}
        else:
            self.setWindowTitle(f"{texts.edit} – {shorten(self.labels.label(entity, record), 60)}")
            values = self._fields_of(record)
            self._hidden = {}
        self._load(values)
        self._initial = self.read()
        self._fit_to_screen()

    # --- building ------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """As large as the form wants, but never taller than the screen (laptops have 768 pixels)."""
        hint = self.sizeHint()
        width = max(hint.width(), self.form_host.width() + 24)
        height = hint.height()
        screen = self.screen()
        if screen is not None:
            height = min(height, max(self.minimumSizeHint().height(), int(screen.availableGeometry().height() * 0.9)))
        self.resize(width, height)

    def _build_frame(self) -> None:
        self.message_panel = QFrame(self)
        self.message_panel.setObjectName("message_panel")
        self.message_label = QLabel(self.message_panel)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("Reload"), self.message_panel)
        self.reload_button.setObjectName("reload_button")
        self.reload_button.setToolTip(self.tr("Show what is stored now, keeping the changes you made in this form"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self._reload)
        panel_layout = QHBoxLayout(self.message_panel)
        panel_layout.setContentsMargins(10, 8, 10, 8)
        panel_layout.addWidget(self.message_label, 1)
        panel_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_panel.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and close (Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        footer = QHBoxLayout()
        if any(field.required for field in self.spec.fields if field.name in self._binding_of):
            note = QLabel(self.tr("* required"), self)
            note.setObjectName("required_note")
            note.setEnabled(False)
            footer.addWidget(note)
        footer.addStretch(1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_panel)
        layout.addWidget(self.form_host, 1)
        layout.addLayout(footer)

    # --- values --------------------------------------------------------------------------------

    def _fields_of(self, record: Any) -> dict[str, Any]:
        return {name: getattr(record, name) for name in self.spec.field_names}

    def _load(self, values: Mapping[str, Any]) -> None:
        for binding in self.bindings:
            binding.load(values)

    def read(self) -> dict[str, Any]:
        """What the form holds now, field by field, as the services take it."""
        values: dict[str, Any] = {}
        for binding in self.bindings:
            values.update(binding.read())
        return values

    def is_dirty(self) -> bool:
        return self.read() != self._initial

    # --- save and cancel -----------------------------------------------------------------------

    def accept(self) -> None:
        """Save (also Enter): closes only when the service has stored everything."""
        self._clear_errors()
        data = self.read()
        try:
            if self.record is None:
                value = self.create_record(data)
            else:
                changes = {name: value for name, value in data.items() if value != self._initial.get(name)}
                if not changes:
                    self.saved = self.record
                    super().accept()
                    return
                value = self.context.commands.update(self.entity, self.record, changes)
        except ValidationError as error:
            self._show_field_errors(error.errors)
            return
        except ConflictError as error:
            self._show_conflict(error)
            return
        except RuleViolation as error:
            if error.field in self._binding_of:
                self._show_field_errors({error.field: error.message})
            else:
                self._show_message(error.message)
            return
        except (NotFoundError, StorageError) as error:
            self._show_message(error.message)
            return
        self.saved = value
        super().accept()

    def create_record(self, data: Mapping[str, Any]) -> Any:
        """Stores a new record from the form's values; a form that stores more than one record says how."""
        return self.context.commands.create(self.entity, {**self._hidden, **data})

    def reject(self) -> None:
        """Cancel, Esc and the close button: typed changes are only thrown away when the user says so."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You have made changes that have not been saved. Close the form and discard them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # --- telling what is wrong -----------------------------------------------------------------

    def _show_message(self, text: str, *, tone: str = "error", offer_reload: bool = False) -> None:
        self.message_label.setText(text)
        self.message_panel.setProperty("tone", tone)
        _repolish(self.message_panel)
        self.reload_button.setVisible(offer_reload)
        self.message_panel.show()

    def _field_message(self, message: str) -> str:
        """'Achternaam: vul dit veld in.' under the field Achternaam reads 'Vul dit veld in.'."""
        label, separator, rest = message.partition(": ")
        if separator and label in self._field_labels and rest:
            return rest[:1].upper() + rest[1:]
        return message

    def _show_field_errors(self, errors: Mapping[str, str]) -> None:
        marked: list[Binding] = []
        elsewhere: list[str] = []
        for name, message in errors.items():
            binding = self._binding_of.get(name)
            label = self._error_label(binding) if binding is not None else None
            if binding is None or label is None:
                elsewhere.append(message)
                continue
            text = self._field_message(message)
            label.setText(f"{label.text()}\n{text}" if binding in marked else text)
            self._set_row_visible(label, True)
            binding.widget.setProperty("invalid", True)
            binding.widget.setAccessibleDescription(text)
            _repolish(binding.widget)
            self._invalid.append(binding.widget)
            if binding not in marked:
                marked.append(binding)
        summary = self.tr("Nothing has been saved. Correct the fields marked in red and save again.")
        self._show_message("\n".join([summary, *elsewhere]) if marked else "\n".join(elsewhere))
        if marked:
            order = self._focus_order()
            first = min(marked, key=lambda binding: order.get(id(binding.widget), len(order)))
            self._reveal(first.widget)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.clear()
            self._set_row_visible(label, False)
        for widget in self._invalid:
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")
            _repolish(widget)
        self._invalid.clear()
        self.message_panel.hide()

    def error_text(self, field: str) -> str:
        """The message shown under `field` now ('' when there is none)."""
        binding = self._binding_of[field]
        label = self._error_labels.get(id(binding))
        return label.text() if label is not None and self._row_visible(label) else ""

    def _error_label(self, binding: Binding) -> QLabel | None:
        """The red line under the binding's row of the form, made the first time it is needed."""
        if id(binding) in self._error_labels:
            return self._error_labels[id(binding)]
        layout, row = self._form_row(binding.widget)
        if layout is None:
            return None
        label = QLabel(self.form_host)
        label.setObjectName(f"{binding.names[0]}_error")
        label.setProperty("role", "field-error")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.insertRow(row + 1, "", label)
        self._error_labels[id(binding)] = label
        self._set_row_visible(label, False)
        return label

    def _form_row(self, widget: QWidget) -> tuple[QFormLayout | None, int]:
        current: QWidget | None = widget
        while current is not None and current is not self:
            parent = current.parentWidget()
            layout = parent.layout() if parent is not None else None
            if isinstance(layout, QFormLayout):
                # PySide6's stubs type the (row, role) pair as object.
                row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(current))
                if row >= 0:
                    return layout, row
            current = parent
        return None, -1

    def _set_row_visible(self, label: QLabel, visible: bool) -> None:
        layout, row = self._form_row(label)
        if layout is not None:
            layout.setRowVisible(row, visible)

    def _row_visible(self, label: QLabel) -> bool:
        layout, row = self._form_row(label)
        return layout is not None and layout.isRowVisible(row)

    def _focus_order(self) -> dict[int, int]:
        order: dict[int, int] = {}
        widget = self.form_host.nextInFocusChain()
        while widget is not None and widget is not self.form_host and id(widget) not in order:
            order[id(widget)] = len(order)
            widget = widget.nextInFocusChain()
        return order

    @staticmethod
    def _reveal(widget: QWidget) -> None:
        """Brings the tab that holds `widget` to the front."""
        child, parent = widget, widget.parentWidget()
        while parent is not None:
            grandparent = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(grandparent, QTabWidget):
                grandparent.setCurrentWidget(child)
            child, parent = parent, grandparent

    # --- someone else saved it meanwhile -------------------------------------------------------

    def _show_conflict(self, error: ConflictError) -> None:
        record = self.record
        assert record is not None, "only a change of a stored record meets someone else's change"
        stored = error.current
        if stored is None:
            try:
                stored = self.context.services.records(self.entity).get(record.id)
            except (NotFoundError, StorageError) as gone:
                self._show_message(f"{error.message}\n\n{gone.message}")
                return
        self._stored_now = stored
        lines = self._differences(self.record, stored)
        parts = [error.message]
        if lines:
            parts.append(self.tr("Stored now:") + "\n" + "\n".join(lines))
        parts.append(self.tr("Click 'Reload' to see what is stored now; the changes you made in this form are kept."))
        self._show_message("\n\n".join(parts), offer_reload=True)
        typed = self.read()
        mine = {name: value for name, value in typed.items() if value != self._initial.get(name)}
        if show_conflict(self, self.spec, error.message, stored, mine, original=self.record,
                         display=lambda field, value: self._display(field.name, value)):
            self._reload()

    def _differences(self, before: Any, after: Any) -> list[str]:
        lines: list[str] = []
        for binding in self.bindings:
            if all(getattr(before, name) == getattr(after, name) for name in binding.names):
                continue
            shown = ", ".join(text for text in (self._display(name, getattr(after, name)) for name in binding.names) if text)
            if not shown:
                shown = self.tr("(empty)")
            lines.append(f"• {self._label_text(binding)}: {shown}")
        return lines

    def _label_text(self, binding: Binding) -> str:
        for label in self.form_host.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None and (buddy is binding.widget or buddy.isAncestorOf(binding.widget)):
                return label.text().replace("&", "").removesuffix("*").strip().removesuffix(":")
        return self.spec.field(binding.names[0]).label

    def _display(self, name: str, value: Any) -> str:
        return shown(self.spec.field(name), value, self.labels.name_of)

    def _reload(self) -> None:
        """Loads what is stored now and puts the user's own changes back on top; saving again is their call."""
        if self._stored_now is None:
            return
        typed = self.read()
        own_changes = {name: value for name, value in typed.items() if value != self._initial.get(name)}
        self.record = self._stored_now
        self._stored_now = None
        self._load(self._fields_of(self.record))
        self._initial = self.read()
        self._load({**self._initial, **own_changes})
        self._clear_errors()
        self._show_message(
            self.tr("The form now shows what is stored, with your own changes on top of it. Check them and save again."),
            tone="info",
        )
