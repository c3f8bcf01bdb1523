"""Every form opens for a new record and for each seeded record, and shows a record without changing it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from vgg_desktop.domain.schema import SPECS_BY_NAME, clean
from vgg_desktop.gui.editing import EDITABLE
from vgg_desktop.gui.editing.definitions import FORMS, FormMismatch
from vgg_desktop.gui.editing.texts import record_texts
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE

ENTITIES = ("board_seat", "seat_term", "person", "portfolio", "vng_committee", "consultation", "staff_member",
            "employment", "absence", "activity", "meeting", "partner", "municipality", "project", "year_plan",
            "project_decision", "project_invoice")


def _examples(entity: str, services: Services) -> tuple[Any, ...]:
    """The plan records no decisions or invoices (the seed invents none): one of each, made here."""
    project = services.projects.list()[0].id
    if entity == "project_decision":
        return (services.project_decisions.create({"project_id": project, "decided_on": "10-03-2022",
                                                   "description": "Besloten.", "finances": "Naar inwonertal."}),)
    if entity == "project_invoice":
        town = services.municipalities.list()[0].id
        return (services.project_invoices.create({"project_id": project, "municipality_id": town, "amount_cents": 123456,
                                                  "description": "Bijdrage", "sent_on": "01-03-2022",
                                                  "paid_on": "01-04-2022"}),)
    return ()


def test_there_is_a_form_for_every_kind_the_window_edits() -> None:
    assert set(EDITABLE) == set(ENTITIES)


@pytest.mark.parametrize("entity", ENTITIES)
def test_a_record_goes_through_its_form_unchanged(entity: str, editor: Any, services: Services) -> None:
    """Loading a record into the widgets and reading them back loses nothing (dates, lists, places, enums)."""
    spec = SPECS_BY_NAME[entity]
    records = services.records(entity).list() or _examples(entity, services)
    assert records, f"the seed has no {entity}"
    not_edited = FORMS[entity].not_edited
    for record in records:
        dialog = editor(entity, record)
        stored = {name: getattr(record, name) for name in spec.field_names}
        read = dialog.read()
        # Every field comes from a widget; only a field the form lists as not edited keeps its stored value.
        assert set(read) == set(spec.field_names) - not_edited, f"{entity}: fields without a widget"
        kept = {name: stored[name] for name in not_edited}
        assert clean(spec, {**kept, **read}) == clean(spec, stored), f"{entity} {record.id}"
        assert not dialog.is_dirty()
        assert dialog.windowTitle().startswith(record_texts(entity).edit)


@pytest.mark.parametrize("entity", ENTITIES)
def test_the_tab_order_visits_every_field_in_order_from_the_first(entity: str, editor: Any, services: Services) -> None:
    dialog = editor(entity)
    chain = []
    widget = dialog.form_host.nextInFocusChain()
    while widget is not dialog.form_host and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(binding.widget) for binding in dialog.bindings
                 if binding.widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(positions) == len(dialog.bindings)
    # Nothing outside the form (the buttons) comes between the fields.
    assert dialog.save_button not in chain[: max(positions)]


@pytest.mark.parametrize("entity", ENTITIES)
def test_an_empty_form_saves_or_says_what_is_missing(qtbot: QtBot, entity: str, editor: Any, services: Services,
                                                     stack: QUndoStack) -> None:
    before = services.records(entity).count()
    dialog = editor(entity)
    assert dialog.windowTitle() == record_texts(entity).add
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if dialog.result() == QDialog.DialogCode.Accepted:
        assert services.records(entity).count() == before + 1
        assert stack.count() == 1
    else:
        missing = [field.name for field in SPECS_BY_NAME[entity].fields if field.required and dialog.error_text(field.name)]
        assert missing, dialog.message_label.text()
        assert all(dialog.error_text(name) == "Vul dit veld in." for name in missing)
        assert services.records(entity).count() == before
        assert stack.count() == 0


def test_a_form_without_a_widget_for_a_field_does_not_open(editor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A widget missing from a .ui is an error when the form is built, not a field silently left out."""
    from vgg_desktop.gui.forms import ui_person

    setup = ui_person.Ui_PersonForm.setupUi

    def without_phone(self: Any, host: Any) -> None:
        setup(self, host)
        del self.phone

    monkeypatch.setattr(ui_person.Ui_PersonForm, "setupUi", without_phone)
    with pytest.raises(FormMismatch, match="no widget 'phone' for the field person.phone"):
        editor("person")


def test_a_field_listed_as_not_edited_has_no_widget(editor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FORMS, "person", replace(FORMS["person"], not_edited=frozenset({"phone"})))
    with pytest.raises(FormMismatch, match="widget 'phone' for a field it lists as not edited"):
        editor("person")
