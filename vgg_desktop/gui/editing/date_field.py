"""A date as the bureau types it: 14-06-2022 (or "1 mrt. 2021"), empty when it is not known.

A line edit, not a QDateEdit: a QDateEdit cannot be empty, and many periods in the plan have an
unknown start or end. The button beside it opens a calendar. What the user typed is kept as typed
until it is saved; the service reads it and says in Dutch what is wrong with it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from vgg_desktop.domain.dates import format_date, parse_date


class DateField(QWidget):
    """Used by the forms in ui/*.ui as a promoted widget (header `vgg_desktop.gui.editing.date_field`)."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("date_text")
        self.line_edit.setPlaceholderText(self.tr("dd-mm-yyyy, empty = unknown"))
        self.line_edit.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setObjectName("date_calendar_button")
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose the date on a calendar"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        # The calendar is reached with the mouse; keyboard users type the date.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_typed_date)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self.textChanged)
        self.line_edit.editingFinished.connect(self._tidy)

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:
        self.line_edit.setText(text)

    def set_date(self, value: date | None) -> None:
        self.line_edit.setText(format_date(value))

    def typed_date(self) -> date | None:
        """The typed date; None while the field is empty or holds something that is not a date."""
        try:
            return parse_date(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def problem(self, when_empty: str = "") -> str:
        """What is wrong with the typed text, in Dutch ('' when it is a date, or empty and `when_empty` is '').

        For a dialog that needs a date outside the forms (whose service says what is wrong): it shows this
        text and goes no further, rather than fall back on another date.
        """
        if not self.text().strip():
            return when_empty
        try:
            parse_date(self.text())
        except ValueError as error:
            return str(error)
        return ""

    def _tidy(self) -> None:
        """Shows a date typed as "1 mrt. 2021" or "1-3-2021" the usual way; leaves anything else as typed."""
        try:
            tidy = format_date(parse_date(self.text()))
        except ValueError:
            return
        if tidy != self.text():
            self.line_edit.setText(tidy)

    def _show_typed_date(self) -> None:
        try:
            typed = parse_date(self.text())
        except ValueError:
            typed = date.today()
        with QSignalBlocker(self.calendar):
            self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))

    def _pick(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self.button.menu().close()
        self.line_edit.setFocus()
