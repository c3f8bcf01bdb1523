"""A message bar above a table, as office programs show one: something needs doing, and the button that does it.

It is shown only while there is something to say, so it never takes room for nothing; the text
wraps, so the bar never makes the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout = layout
        self.hide()

    def add_button(self, action: QAction) -> QToolButton:
        """A further button after the first, for a lesser choice such as 'remind me later'."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def show_notice(self, text: str) -> None:
        """Shows the bar with `text`; an empty text hides it."""
        self.label.setText(text)
        self.setVisible(bool(text))
