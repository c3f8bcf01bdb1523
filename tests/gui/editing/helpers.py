"""Small helpers for driving the forms the way a user does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

# The offscreen platform of the test run cannot raise windows or grab the keyboard, and says so.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support")


def choose(combo: QComboBox, text: str) -> None:
    """Picks the choice that reads `text` (or starts with it, for long labels)."""
    index = combo.findText(text)
    if index < 0:
        index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(row) for row in range(combo.count())]}"
    combo.setCurrentIndex(index)


def tick(widget: QListWidget, *texts: str) -> None:
    for text in texts:
        items = widget.findItems(text, Qt.MatchFlag.MatchExactly)
        assert items, f"{text!r} is not in the list"
        items[0].setCheckState(Qt.CheckState.Checked)


def untick(widget: QListWidget, *texts: str) -> None:
    for text in texts:
        widget.findItems(text, Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    """Replaces what a line edit (or date field) holds by typing."""
    line_edit = getattr(widget, "line_edit", widget)
    line_edit.clear()
    if text:
        qtbot.keyClicks(line_edit, text)


def save(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


class Answers:
    """Stands in for QMessageBox: answers questions in turn and records every box that was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.questions: list[tuple[str, str, QMessageBox.StandardButton]] = []
        self.warnings: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _question(self, parent: Any, title: str, text: str, buttons: Any = None,
                  default: Any = None) -> QMessageBox.StandardButton:
        self.questions.append((title, text, default))
        assert self.answers, f"an unexpected question: {title}: {text}"
        return self.answers.pop(0)

    def _warning(self, parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok


YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
