"""Driving the window the way a user does: reading tables, answering the modal dialogs that open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QWidget

from vgg_desktop.gui.tabs.section import TableSection

Child = TypeVar("Child", bound=QObject)


class Selecting(Protocol):
    def selected_value(self) -> Any | None: ...


def texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def everything(section: TableSection) -> str:
    proxy = section.proxy
    return "\n".join(str(proxy.index(row, column).data()) for row in range(proxy.rowCount())
                     for column in range(proxy.columnCount()))


def select(section: TableSection, column: int, text: str) -> None:
    """Selects the first row of the view whose cell in `column` contains `text`, as a click would."""
    rows = [row for row, cell in enumerate(texts(section.proxy, column)) if text in cell]
    assert rows, f"{text!r} not in {texts(section.proxy, column)}"
    section.view.setFocus()
    section.select_row(rows[0])


def when_modal(handle: Callable[[QWidget], None], attempts: int = 200) -> None:
    """Runs `handle` on the next modal dialog once it is open (inside its own event loop).

    The dialog opens from a blocking exec(); a zero-timer queued now fires inside that loop.
    """
    def check(remaining: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            if remaining == 0:
                raise AssertionError("no dialog opened")
            QTimer.singleShot(0, lambda: check(remaining - 1))
            return
        handle(widget)

    QTimer.singleShot(0, lambda: check(attempts))


def answer_yes() -> None:
    def click(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        widget.button(QMessageBox.StandardButton.Yes).click()

    when_modal(click)


def fill_form(values: Callable[[QDialog], None]) -> list[QDialog]:
    """Fills the next form with `values(dialog)` and saves it; returns [dialog] for later checks."""
    seen: list[QDialog] = []

    def save(widget: QWidget) -> None:
        assert isinstance(widget, QDialog), widget
        seen.append(widget)
        values(widget)
        widget.accept()

    when_modal(save)
    return seen


def choose(dialog: QDialog, name: str, data: object) -> None:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None, name
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data!r} not among the choices of {name}"
    combo.setCurrentIndex(index)


def child(parent: QObject, kind: type[Child], name: str) -> Child:
    """The child `name` of `parent`, which the test expects to be there."""
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def selected(view: Selecting) -> Any:
    """The value of the selected row of a tab or table, which the test expects there to be."""
    value = view.selected_value()
    assert value is not None, "no row is selected"
    return value
