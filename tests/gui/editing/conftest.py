"""Fixtures for the editing tests: undoable commands over a freshly seeded database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from vgg_desktop.gui.editing import EditContext, RecordCommands, create_editor
from vgg_desktop.gui.editing.record_dialog import RecordDialog
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase


class Recorder:
    """Collects what the commands report: changed kinds of record and failure messages."""

    def __init__(self) -> None:
        self.changed: list[str] = []
        self.failures: list[tuple[str, str]] = []

    def on_changed(self, entity: str) -> None:
        self.changed.append(entity)

    def report_failure(self, title: str, message: str) -> None:
        self.failures.append((title, message))


@pytest.fixture
def services(opened: OpenedDatabase) -> Services:
    return opened.services


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def stack(qtbot: QtBot) -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def commands(services: Services, stack: QUndoStack, recorder: Recorder) -> RecordCommands:
    return RecordCommands(services, stack, recorder.on_changed, report_failure=recorder.report_failure)


@pytest.fixture
def context(services: Services, commands: RecordCommands) -> EditContext:
    return EditContext(services, commands)


@pytest.fixture
def editor(qtbot: QtBot, context: EditContext) -> Iterator[Any]:
    """Opens a form (not modal, so the test can type into it): editor('person', record=None, defaults=None)."""
    opened: list[RecordDialog] = []

    def open_form(entity: str, record: Any = None, defaults: Any = None) -> RecordDialog:
        dialog = create_editor(None, context, entity, record, defaults)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield open_form
    # Not qtbot.addWidget: pytest-qt would close the dialogs, and closing asks about the typing left in them.
    # Deleted now, not with deleteLater: Python owns these parentless dialogs, and a garbage collection that
    # deletes one before the event loop does would delete it twice.
    for dialog in opened:
        dialog.done(QDialog.DialogCode.Rejected)
        if Shiboken.isValid(dialog):
            Shiboken.delete(dialog)
