"""Persons: everyone who can hold a seat, a portfolio, a chair or a committee place."""

from __future__ import annotations

from dataclasses import dataclass

from vgg_desktop.domain.entities import Person
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models.base import Column, RecordTableModel
from vgg_desktop.gui.models.names import sort_name


@dataclass(frozen=True)
class PersonRow:
    person: Person
    municipality: str | None


class PersonModel(RecordTableModel[PersonRow]):
    CONTEXT = "PersonModel"

    NAME = Column[PersonRow](
        QT_TRANSLATE_NOOP("PersonModel", "Name"), width=26,
        text=lambda value: value.person.display_name,
        sort=lambda value: sort_name(value.person.last_name, value.person.display_name))
    FUNCTION = Column[PersonRow](
        QT_TRANSLATE_NOOP("PersonModel", "Function"), width=22, text=lambda value: value.person.function or "")
    MUNICIPALITY = Column[PersonRow](
        QT_TRANSLATE_NOOP("PersonModel", "Municipality"), width=18, text=lambda value: value.municipality or "")
    EMAIL = Column[PersonRow](
        QT_TRANSLATE_NOOP("PersonModel", "E-mail"), width=28, text=lambda value: value.person.email or "")
    PHONE = Column[PersonRow](
        QT_TRANSLATE_NOOP("PersonModel", "Phone"), text=lambda value: value.person.phone or "")

    def key(self, value: PersonRow) -> object:
        return value.person.id
