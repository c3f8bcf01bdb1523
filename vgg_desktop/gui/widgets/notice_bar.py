"""A message bar above a table, as office programs show one: something needs doing, and the button that does it.

It is shown only while there is something to say, so it never takes room for nothing; the text
wraps, so the bar never makes the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from vgg_desktop.gui.models import appearance


class NoticeBar(QFrame):
    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background = appearance.ENDING_BACKGROUND
        border = background.darker(125)
        self.setStyleSheet(
            f"NoticeBar {{ background: {background.name()}; border: 1px solid {border.name()}; border-radius: 3px; }}"
            f"NoticeBar QLabel {{ color: {appearance.ENDING_COLOUR.name()}; }}"
        )
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton(self)
        self.button.setDefaultAction(action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The buttons go under the text, right-aligned, so that a notice that explains itself keeps the
        # whole width for its words and stays a few lines high on a small screen.
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.button)
        text_and_buttons = QVBoxLayout()
        text_and_buttons.addWidget(self.label)
        text_and_buttons.addLayout(self._buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_and_buttons, 1)
        self.hide()

    def add_button(self, action: QAction) -> QToolButton:
        """A further button after the first, for a lesser choice such as 'remind me later'."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._buttons.addWidget(button)
        return button

    def show_notice(self, text: str) -> None:
        """Shows the bar with `text`; an empty text hides it."""
        self.label.setText(text)
        self.setVisible(bool(text))
