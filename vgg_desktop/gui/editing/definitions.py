"""Which form edits which kind of record, and what is special about its fields.

Most fields need no word here: a widget in the .ui named after a schema field is bound by the
field's kind (`kinds.py`); a field without one is an error, unless the form lists it as not edited.
What remains is said per form: places (a person, 'Vacature' or 'n.v.t.' in one list), what the
choice of none is called, suggestions for free text, fields not edited, and good starting values
for a new record.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from vgg_desktop.domain.schema import EntitySpec
from vgg_desktop.gui.editing import fields as f
from vgg_desktop.gui.editing.kinds import FieldWidget, bind_field
from vgg_desktop.gui.editing.labels import RecordLabels

# Functions the plan uses for the people of the association; saved values are suggested as well.
PERSON_FUNCTIONS = ("burgemeester", "wethouder", "raadslid", "gemeentesecretaris", "griffier")


@dataclass(frozen=True)
class Place:
    widget: str
    status_field: str
    person_field: str


@dataclass(frozen=True)
class FormDefinition:
    ui_class: str
    places: tuple[Place, ...] = ()
    # field -> the text of the choice of none ('(geen)' unless said otherwise)
    empty_texts: Mapping[str, Callable[[], str]] = field(default_factory=dict)
    # text field -> standard suggestions; values already saved in that field are added
    suggestions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Fields this form does not edit (no widget): a new record gets the schema's default, a change keeps
    # the stored value. Any other field without a widget is an error in the form.
    not_edited: frozenset[str] = frozenset()

    def ui_module(self, entity: str) -> str:
        return f"vgg_desktop.gui.forms.ui_{entity}"

    def build_ui(self, entity: str, host: QWidget) -> Any:
        """Sets up the generated form on `host`; imported on first use, so a form costs nothing until opened."""
        module = importlib.import_module(self.ui_module(entity))
        form = getattr(module, self.ui_class)()
        form.setupUi(host)
        return form


FORMS: dict[str, FormDefinition] = {
    "person": FormDefinition("Ui_PersonForm", suggestions={"function": PERSON_FUNCTIONS}),
    "board_seat": FormDefinition("Ui_BoardSeatForm"),
    "seat_term": FormDefinition("Ui_SeatTermForm"),
    "portfolio": FormDefinition("Ui_PortfolioForm", empty_texts={"holder_id": f.vacancy_text}),
    "vng_committee": FormDefinition("Ui_VngCommitteeForm", places=(Place("member", "member_status", "member_id"),)),
    "consultation": FormDefinition("Ui_ConsultationForm", places=(Place("chair", "chair_status", "chair_id"),)),
    "staff_member": FormDefinition("Ui_StaffMemberForm"),
    "employment": FormDefinition(
        "Ui_EmploymentForm", empty_texts={"contract_kind": f.unknown_text}, suggestions={"function": (), "through": ()},
    ),
    "absence": FormDefinition("Ui_AbsenceForm"),
    # Which plan an activity continues is set when next year's plan is made from this one.
    "activity": FormDefinition("Ui_ActivityForm", not_edited=frozenset({"carried_over_from"})),
    "meeting": FormDefinition("Ui_MeetingForm", suggestions={"location": ()}),
    "partner": FormDefinition("Ui_PartnerForm"),
    "municipality": FormDefinition("Ui_MunicipalityForm"),
    "project": FormDefinition("Ui_ProjectForm", empty_texts={"kind": f.unknown_text}),
    "project_decision": FormDefinition("Ui_ProjectDecisionForm"),
    "project_invoice": FormDefinition("Ui_ProjectInvoiceForm", suggestions={"description": ()}),
    "year_plan": FormDefinition("Ui_YearPlanForm"),
}


class FormMismatch(LookupError):
    """A form and the schema disagree: a field without a widget, or a widget for a field said not to be edited."""


def bind(entity: str, spec: EntitySpec, form: Any, labels: RecordLabels) -> list[f.Binding]:
    """One binding per field, in the order of the schema; every field has a widget unless the form
    lists it as not edited."""
    definition = FORMS[entity]
    unknown = definition.not_edited - set(spec.field_names)
    if unknown:
        raise FormMismatch(f"{definition.ui_class} lists fields {entity} does not have as not edited: {sorted(unknown)}")
    bindings: list[f.Binding] = []
    placed = {place.status_field: place for place in definition.places}
    skipped = {place.person_field for place in definition.places}
    for field_spec in spec.fields:
        name = field_spec.name
        if name in placed:
            place = placed[name]
            bindings.append(f.PlaceBinding(name, place.person_field, getattr(form, place.widget), labels.choices("person")))
            continue
        if name in skipped:
            continue
        widget = getattr(form, name, None)
        if name in definition.not_edited:
            if widget is not None:
                raise FormMismatch(f"{definition.ui_class} has a widget '{name}' for a field it lists as not edited")
            continue
        if widget is None:
            raise FormMismatch(f"{definition.ui_class} has no widget '{name}' for the field {entity}.{name}: "
                               f"add one to ui/{entity}.ui, or list the field in the form's not_edited")
        empty = definition.empty_texts.get(name, f.none_text)
        binding = bind_field(FieldWidget(field_spec, widget, form, labels.choices, empty))
        if name in definition.suggestions:
            _suggest(widget, definition.suggestions[name], labels.records(entity), name)
        bindings.append(binding)
    return bindings


def _suggest(widget: QLineEdit, standard: tuple[str, ...], records: tuple[Any, ...], name: str) -> None:
    saved = (getattr(record, name) for record in records)
    words = sorted(dict.fromkeys([*standard, *(value for value in saved if value)]), key=str.casefold)
    completer = QCompleter(words, widget)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    widget.setCompleter(completer)


def starting_values(entity: str, spec: EntitySpec, labels: RecordLabels) -> dict[str, Any]:
    """A new record starts from the schema's defaults, at the end of its list, in the newest year plan."""
    values: dict[str, Any] = {field_spec.name: field_spec.default for field_spec in spec.fields}
    names = spec.field_names
    if "year_plan_id" in names:
        plans = labels.records("year_plan")
        if plans:
            values["year_plan_id"] = max(plans, key=lambda plan: plan.year).id
    if "position" in names:
        siblings = [record for record in labels.records(entity)
                    if "year_plan_id" not in names or record.year_plan_id == values.get("year_plan_id")]
        values["position"] = max((record.position for record in siblings), default=0) + 1
    if entity == "consultation":
        values["number"] = max((record.number for record in labels.records(entity)), default=0) + 1
    if entity == "year_plan":
        years = [record.year for record in labels.records(entity)]
        values["year"] = max(years) + 1 if years else date.today().year
    return values
