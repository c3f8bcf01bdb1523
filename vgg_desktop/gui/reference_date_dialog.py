"""Beeld > Peildatum...: the date the window looks from, typed as 15-03-2022 or picked on the calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vgg_desktop.domain.dates import parse_date
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.reference_date import ReferenceDate
from vgg_desktop.gui.widgets.error_look import error_label, show_error


class ReferenceDateDialog(QDialog):
    """Beeld > Peildatum...: a date typed as 15-03-2022 or picked on the calendar; empty is today."""

    def __init__(self, parent: QWidget | None, reference: ReferenceDate) -> None:
        super().__init__(parent)
        self.setObjectName("reference_date_dialog")
        self.setWindowTitle(self.tr("Reference date"))
        self._reference = reference
        intro = QLabel(self.tr(
            "The tabs show the board, the contracts and the retention periods as they are on this date, "
            "for example the date of the next meeting. Until the window closes; empty is today."), self)
        intro.setWordWrap(True)
        self.date_field = DateField(self)
        self.date_field.setObjectName("reference_date")
        self.date_field.line_edit.setPlaceholderText(self.tr("dd-mm-yyyy, empty = today"))
        self.date_field.set_date(None if reference.is_today else reference.today())
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setToolTip(self.tr("Look from today again"))
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(lambda: self.date_field.set_date(None))
        row = QHBoxLayout()
        row.addWidget(self.date_field, 1)
        row.addWidget(self.today_button)
        form = QFormLayout()
        label = QLabel(self.tr("&Look from:"), self)
        label.setBuddy(self.date_field)
        form.addRow(label, row)
        self.error_label = error_label(self, "reference_date_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.date_field.setFocus()

    def chosen(self) -> date | None:
        """The typed date, None when empty; raises ValueError with a Dutch message when it is no date."""
        text = self.date_field.text().strip()
        return parse_date(text) if text else None

    def accept(self) -> None:
        try:
            day = self.chosen()
        except ValueError as error:
            # Nothing changes until the date is right: the message says what to fix.
            show_error(self.error_label, str(error))
            self.date_field.setFocus()
            self.date_field.line_edit.selectAll()
            return
        self._reference.set(day)
        super().accept()
