"""Each kind of field in the window: the widget binding that edits it and the text that shows its value.

One entry per kind in `KINDS` (see `FieldKind`); a form binds a field by its kind alone, and the
record dialog and the conflict dialog show a value the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.domain.money import format_euros
from vgg_desktop.domain.schema import FieldKind, FieldSpec
from vgg_desktop.gui.editing import fields as f
from vgg_desktop.gui.editing.labels import Choice, shorten

# A long text is shown shortened to this many characters in a list of differences.
MAX_SHOWN = 200

# The name of a record by kind and id ('' or None when it is not known).
NameOf = Callable[[str, int], "str | None"]


@dataclass(frozen=True)
class FieldWidget:
    """What a binding needs beside the field: the widget named after it and what the form offers."""

    field: FieldSpec
    widget: Any
    form: Any  # the generated form, for a kind that edits with more than one widget
    choices: Callable[[str], tuple[Choice, ...]]  # the records of a kind to choose from
    empty_text: Callable[[], str]  # the text of the choice of none

    @property
    def target(self) -> str:
        assert self.field.ref is not None, f"{self.field.name} names no kind of record"
        return self.field.ref

    def optional_text(self) -> str | None:
        """The choice of none, for a field that may stay empty."""
        return None if self.field.required else self.empty_text()


def _enum_binding(given: FieldWidget) -> f.Binding:
    assert given.field.enum is not None, f"{given.field.name} names no enum"
    return f.EnumBinding(given.field.name, given.widget, given.field.enum, given.optional_text())


def _core_values_binding(given: FieldWidget) -> f.Binding:
    form, name = given.form, given.field.name
    return f.CoreValuesBinding(name, given.widget, form.core_value_title, form.core_value_text,
                               getattr(form, f"{name}_add"), getattr(form, f"{name}_remove"))


def _name(name_of: NameOf | None, field: FieldSpec, record_id: int) -> str:
    return (name_of(field.ref, record_id) if name_of and field.ref else None) or f"#{record_id}"


def _yes_or_no(value: Any) -> str:
    return QCoreApplication.translate("FieldValues", "yes") if value else QCoreApplication.translate("FieldValues", "no")


def _one_line(text: str) -> str:
    return shorten(" ".join(text.split()), MAX_SHOWN)


# How a non-empty value of a kind reads on screen.
Shown = Callable[[FieldSpec, Any, "NameOf | None"], str]


@dataclass(frozen=True)
class KindInWindow:
    bind: Callable[[FieldWidget], f.Binding]
    show: Shown


def _one_widget(binding: Callable[[str, Any], f.Binding]) -> Callable[[FieldWidget], f.Binding]:
    """A binding made from the field's name and its widget alone."""
    return lambda given: binding(given.field.name, given.widget)


def _as_one_line(field: FieldSpec, value: Any, name_of: NameOf | None) -> str:
    return _one_line(str(value))


KINDS: dict[FieldKind, KindInWindow] = {
    FieldKind.TEXT: KindInWindow(_one_widget(f.TextBinding), _as_one_line),
    FieldKind.LONG_TEXT: KindInWindow(_one_widget(f.LongTextBinding), _as_one_line),
    FieldKind.DATE: KindInWindow(_one_widget(f.DateBinding), lambda field, value, name_of: format_date(value)),
    FieldKind.INT: KindInWindow(_one_widget(f.IntBinding), _as_one_line),
    FieldKind.MONEY: KindInWindow(_one_widget(f.MoneyBinding), lambda field, value, name_of: format_euros(value)),
    FieldKind.BOOL: KindInWindow(_one_widget(f.BoolBinding), lambda field, value, name_of: _yes_or_no(value)),
    FieldKind.ENUM: KindInWindow(_enum_binding, lambda field, value, name_of: str(getattr(value, "label", value))),
    FieldKind.REF: KindInWindow(
        lambda given: f.RefBinding(given.field.name, given.widget, given.choices(given.target), given.optional_text()),
        lambda field, value, name_of: _name(name_of, field, value)),
    FieldKind.REFS: KindInWindow(
        lambda given: f.RefsBinding(given.field.name, given.widget, given.choices(given.target)),
        lambda field, value, name_of: ", ".join(_name(name_of, field, item) for item in value)),
    FieldKind.TEXTS: KindInWindow(
        _one_widget(f.LinesBinding), lambda field, value, name_of: shorten("; ".join(value), MAX_SHOWN)),
    FieldKind.CORE_VALUES: KindInWindow(
        _core_values_binding,
        lambda field, value, name_of: shorten("; ".join(item.title for item in value if isinstance(item, CoreValue)), MAX_SHOWN)),
}


def bind_field(given: FieldWidget) -> f.Binding:
    return KINDS[given.field.kind].bind(given)


def shown(field: FieldSpec, value: Any, name_of: NameOf | None = None) -> str:
    """A value as the form shows it: 14-06-2022, the Dutch label of a choice, a name instead of an id;
    '' for an empty value."""
    if value is None or value == "" or value == ():
        return ""
    return KINDS[field.kind].show(field, value, name_of)
