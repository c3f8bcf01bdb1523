"""The peildatum in the status bar while it is not today, with the way back to today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.reference_date import ReferenceDate


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
        reference.on_change(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        shown = not self._reference.is_today
        self.label.setText(self.tr("Reference date: %1").replace("%1", format_date(self._reference.today())))
        self.label.setToolTip(self.tr("The tabs show the data as on this date, not as today (View > Reference date...)"))
        self.setVisible(shown)
