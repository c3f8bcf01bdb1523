"""The main window's status bar: a message never runs under the permanent places on its right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# Room between the message and the first permanent place, and left of the message (as Qt leaves it).
GAP = 8
LEFT = 6


class StatusBar(QStatusBar):
    """QStatusBar paints a message across the whole bar, under the row count, the peildatum and the database
    when the window is narrow (1024 pixels). This one shortens it with '…' to the room left of them, and
    offers the whole message as the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._message_changed)

    def message_room(self) -> QRect:
        """Left of the first permanent place that is shown (the other places are hidden during a message)."""
        shown = [child.x() for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                 if child.isVisible()]
        right = min(shown, default=self.width()) - GAP
        return QRect(LEFT, 0, max(0, right - LEFT), self.height())

    def shown_message(self) -> str:
        """The message as it fits the room: whole, or shortened with '…'."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_room().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # Only a message is painted here. Imported now, not before the first paint: PySide6 builds QStyle's
        # Python enums (some 4 ms) the first time the class is touched, and the window starts without a message.
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        option = QStyleOption()
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible():
                option.initFrom(self)
                option.rect = child.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, child)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_room(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, self.shown_message())

    def _message_changed(self, message: str) -> None:
        # Only a shortened message needs its tooltip; the room is known once the bar is laid out.
        self.setToolTip(message if message and self.shown_message() != message else "")
