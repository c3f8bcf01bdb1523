"""The three ways a place can be taken, shown alike in every table: a name, 'Vacature', 'n.v.t.'."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import Column, fold

T = TypeVar("T")

CONTEXT = "Places"
VACANCY = QT_TRANSLATE_NOOP("Places", "Vacancy")
NOT_APPLICABLE = QT_TRANSLATE_NOOP("Places", "n/a")


def vacancy_text() -> str:
    return QCoreApplication.translate(CONTEXT, VACANCY)


def not_applicable_text() -> str:
    return QCoreApplication.translate(CONTEXT, NOT_APPLICABLE)


def place_font(status: PlaceStatus) -> QFont | None:
    return None if status == PlaceStatus.FILLED else appearance.italic()


def place_foreground(status: PlaceStatus) -> QBrush | None:
    if status == PlaceStatus.VACANT:
        return appearance.brush(appearance.VACANCY_COLOUR)
    if status == PlaceStatus.NOT_APPLICABLE:
        return appearance.brush(appearance.NOT_APPLICABLE_COLOUR)
    return None


def place_sort_key(status: PlaceStatus, name: str) -> str:
    """Filled places first (by name), then the vacancies, then 'n.v.t.'."""
    order = {PlaceStatus.FILLED: "0", PlaceStatus.VACANT: "1", PlaceStatus.NOT_APPLICABLE: "2"}[status]
    return f"{order} {name}"


def place_column(header: str, *, status: Callable[[T], PlaceStatus], text: Callable[[T], str], tip: str = "",
                 width: int | None = None, tooltip: Callable[[T], str | None] | None = None) -> Column[T]:
    """The column of who takes a place (a name, 'Vacature', 'n.v.t.'): looks and sorts by the place's status."""
    return Column(header, tip=tip, width=width, text=text, tooltip=tooltip,
                  sort=lambda value: place_sort_key(status(value), fold(text(value))),
                  font=lambda value: place_font(status(value)),
                  foreground=lambda value: place_foreground(status(value)))


def capitalised(text: str) -> str:
    """'Tot en met 30-06-2022: Jan Jansen' on a line of its own, from the services' 'tot en met ...'."""
    return text[:1].upper() + text[1:]
