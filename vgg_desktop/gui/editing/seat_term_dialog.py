"""The form for a term of a seat, which can also bring in the new person who fills it.

After the elections a vacant seat is filled by someone who is not in the database yet. The form has a
box for that person (name, salutation, municipality, function); the person and the term are saved as one
step, undone as one. Under the choice the form says whether the seat will take the person's
municipality ("Namens"): a municipal seat that has none does, unless that municipality has a seat already.
A change to an existing term has no such box: a term's holder is changed to someone already listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from vgg_desktop.domain.enums import Salutation, SeatKind
from vgg_desktop.domain.schema import PERSON
from vgg_desktop.gui.editing import fields as f
from vgg_desktop.gui.editing.context import EditContext
from vgg_desktop.gui.editing.definitions import PERSON_FUNCTIONS, _suggest
from vgg_desktop.gui.editing.record_dialog import RecordDialog
from vgg_desktop.services.seats import PERSON_FIELD, takes_municipality

NEW_PERSON_FIELDS = ("salutation", "initials", "first_name", "last_name", "municipality_id", "function")


class SeatTermDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: EditContext,
        record: Any | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent, context, "seat_term", record, defaults)
        form = self.form
        self.new_person_box = form.new_person_box
        self.on_behalf_hint = form.on_behalf_hint
        if record is not None:
            self.new_person_box.hide()
            self.on_behalf_hint.hide()
            # The form was sized with the box; without it, it is as small as it used to be.
            for widget in (self.form_host, self):
                if (layout := widget.layout()) is not None:
                    layout.activate()
            self._fit_to_screen()
            return
        self.person_bindings: list[f.Binding] = [
            f.EnumBinding(PERSON_FIELD + "salutation", form.new_person_salutation, Salutation, f.unknown_text()),
            f.TextBinding(PERSON_FIELD + "initials", form.new_person_initials),
            f.TextBinding(PERSON_FIELD + "first_name", form.new_person_first_name),
            f.TextBinding(PERSON_FIELD + "last_name", form.new_person_last_name),
            f.RefBinding(PERSON_FIELD + "municipality_id", form.new_person_municipality_id,
                         self.labels.choices("municipality"), f.none_text()),
            f.TextBinding(PERSON_FIELD + "function", form.new_person_function),
        ]
        _suggest(form.new_person_function, PERSON_FUNCTIONS, self.labels.records("person"), "function")
        empty = {PERSON_FIELD + name: None for name in NEW_PERSON_FIELDS}
        for binding in self.person_bindings:
            binding.load(empty)
            self.bindings.append(binding)
            self._binding_of.update((name, binding) for name in binding.names)
        self._field_labels.update(field.label for field in PERSON.fields)
        self.new_person_box.toggled.connect(self._new_person_toggled)
        for signal in (form.seat_id.currentIndexChanged, form.person_id.currentIndexChanged,
                       form.new_person_municipality_id.currentIndexChanged):
            signal.connect(self._update_hint)
        self._new_person_toggled(False)
        self._initial = self.read()

    def _new_person_toggled(self, checked: bool) -> None:
        self.form.person_id.setEnabled(not checked)
        if checked:
            self.form.new_person_salutation.setFocus()
        self._update_hint()

    def _update_hint(self) -> None:
        """Says before saving what happens to the seat's 'Namens', so that nothing changes unseen."""
        hint = self._hint()
        self.on_behalf_hint.setText(hint)
        self.on_behalf_hint.setVisible(bool(hint))

    def _hint(self) -> str:
        data = self.read()
        seat = self.labels.by_id("board_seat", data.get("seat_id"))
        if seat is None:
            return ""
        if self.new_person_box.isChecked():
            municipality_id = data.get(PERSON_FIELD + "municipality_id")
        else:
            person = self.labels.by_id("person", data.get("person_id"))
            municipality_id = person.municipality_id if person is not None else None
        if municipality_id is None:
            return ""
        name = self.labels.name_of("municipality", municipality_id)
        if takes_municipality(seat, municipality_id, self.labels.records("board_seat")):
            return self.tr("The seat does not yet say on whose behalf it is: it becomes the seat of %1.").replace("%1", name)
        if seat.municipality_id is None and seat.kind is SeatKind.MUNICIPALITY:
            return self.tr("%1 already has a seat, so this seat keeps 'on behalf of' empty.").replace("%1", name)
        return ""

    def create_record(self, data: Mapping[str, Any]) -> Any:
        term = {name: value for name, value in {**self._hidden, **data}.items() if not name.startswith(PERSON_FIELD)}
        if self.new_person_box.isChecked():
            person = {name.removeprefix(PERSON_FIELD): value for name, value in data.items() if name.startswith(PERSON_FIELD)}
            term.pop("person_id", None)
            return self.context.commands.fill_seat(term, person).term
        return self.context.commands.fill_seat(term).term

    def read(self) -> dict[str, Any]:
        values = super().read()
        if self.record is None and hasattr(self, "new_person_box") and not self.new_person_box.isChecked():
            # What was typed in the closed box is not part of this term; it is kept in the widgets only.
            for name in NEW_PERSON_FIELDS:
                values.pop(PERSON_FIELD + name, None)
        return values
