"""Persons: everyone who can hold a seat, a portfolio, a chair or a committee place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vgg_desktop.domain.entities import Person
from vgg_desktop.gui.models.base import RecordTableModel
from vgg_desktop.gui.models.names import sort_name


@dataclass(frozen=True)
class PersonRow:
    person: Person
    municipality: str | None


class PersonModel(RecordTableModel[PersonRow]):
    CONTEXT = "PersonModel"
    NAME, FUNCTION, MUNICIPALITY, EMAIL, PHONE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonModel", "Name"),
        QT_TRANSLATE_NOOP("PersonModel", "Function"),
        QT_TRANSLATE_NOOP("PersonModel", "Municipality"),
        QT_TRANSLATE_NOOP("PersonModel", "E-mail"),
        QT_TRANSLATE_NOOP("PersonModel", "Phone"),
    )

    def key(self, value: PersonRow) -> object:
        return value.person.id

    def display(self, value: PersonRow, column: int) -> str:
        person = value.person
        if column == self.NAME:
            return person.display_name
        if column == self.FUNCTION:
            return person.function or ""
        if column == self.MUNICIPALITY:
            return value.municipality or ""
        if column == self.EMAIL:
            return person.email or ""
        if column == self.PHONE:
            return person.phone or ""
        return ""

    def sort_key(self, value: PersonRow, column: int) -> str | int:
        if column == self.NAME:
            return sort_name(value.person.last_name, value.person.display_name)
        return super().sort_key(value, column)
