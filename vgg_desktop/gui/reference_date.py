"""The peildatum: the date the window looks from, today unless the user chose another.

The bureau prepares meetings in advance: with the meeting's date as peildatum, the tabs show whose
term runs, which contracts end soon and whose retention period has passed as they will be on that
day, as the meeting's workbook does. The choice lasts while the window is open (it is not saved):
a window that opens on another day than today would mislead the next morning.

This module is loaded before the first paint; the dialog that changes the date is in
`reference_date_dialog`, loaded when it is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from vgg_desktop.domain.dates import format_date


class ReferenceDate(QObject):
    """Today, or the date the user chose; `changed` is emitted when it changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._clock = clock
        self._chosen: date | None = None

    def today(self) -> date:
        """The date the window looks from."""
        return self._chosen or self._clock()

    @property
    def is_today(self) -> bool:
        return self._chosen is None or self._chosen == self._clock()

    def set(self, day: date | None) -> None:
        """None, or today's date, goes back to today (and follows the clock past midnight)."""
        chosen = None if day is None or day == self._clock() else day
        if chosen != self._chosen:
            self._chosen = chosen
            self.changed.emit()

    def back_to_today(self) -> None:
        self.set(None)


class ReferenceDateIndicator(QWidget):
    """In the status bar while the window looks from another day than today, with the way back."""

    def __init__(self, parent: QWidget | None, reference: ReferenceDate, back: QAction) -> None:
        super().__init__(parent)
        self.setObjectName("reference_date_indicator")
        self._reference = reference
        self.label = QLabel(self)
        self.label.setObjectName("reference_date_label")
        self.label.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; padding: 1px 6px; font-weight: bold; }")
        self.button = QToolButton(self)
        self.button.setObjectName("back_to_today_button")
        self.button.setDefaultAction(back)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        reference.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        shown = not self._reference.is_today
        self.label.setText(self.tr("Reference date: %1").replace("%1", format_date(self._reference.today())))
        self.label.setToolTip(self.tr("The tabs show the data as on this date, not as today (View > Reference date...)"))
        self.setVisible(shown)
