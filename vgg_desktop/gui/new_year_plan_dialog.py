"""Bestand > Nieuw jaarplan...: next year's plan as a copy of this year's, in one undoable step.

The user picks the plan to start from; the dialog says what the new plan will hold before anything
is made: the texts to edit, the activities and how many of them continue as unfinished, progress
that starts as nothing reported yet, and no adoption. A refusal (the year exists, made meanwhile on
another PC) is shown in the dialog and nothing is changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vgg_desktop.gui.widgets.error_look import ERROR_STYLE
from vgg_desktop.services.errors import DomainError, StorageError
from vgg_desktop.services.year_plans import YearPlanStarted, is_concluded

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext



class NewYearPlanDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: EditContext) -> None:
        super().__init__(parent)
        self.setObjectName("new_year_plan_dialog")
        self.setWindowTitle(self.tr("New year plan"))
        self.resize(560, 0)
        self._context = context
        self.started: YearPlanStarted | None = None
        self._years = [plan.year for plan in context.services.overviews.year_plans()]

        self.source = QComboBox(self)
        self.source.setObjectName("new_year_source")
        self.source.addItems([str(year) for year in self._years])
        self.source.setToolTip(self.tr("The year plan whose activities and texts the new plan starts from"))
        self.new_year = QLabel(self)
        self.new_year.setObjectName("new_year_year")
        form = QFormLayout()
        source_label = QLabel(self.tr("&Start from year plan:"), self)
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        form.addRow(self.tr("New year plan:"), self.new_year)

        self.preview = QLabel(self)
        self.preview.setObjectName("new_year_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_note = QLabel(self.tr("You can undo this with Ctrl+Z."), self)
        self.error = QLabel(self)
        self.error.setObjectName("new_year_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("&Create"), self)
        self.create_button.setObjectName("new_year_create")
        self.create_button.setToolTip(self.tr("Make the new year plan; Ctrl+Z undoes it"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.source.currentIndexChanged.connect(lambda _index: self._show_preview())
        # The latest plan is the one a new year starts from.
        self.source.setCurrentIndex(len(self._years) - 1)
        self._show_preview()

    def chosen_year(self) -> int | None:
        index = self.source.currentIndex()
        return self._years[index] if 0 <= index < len(self._years) else None

    def _show_preview(self) -> None:
        self.error.hide()
        from_year = self.chosen_year()
        if from_year is None:
            self.new_year.setText("")
            self.preview.setText(self.tr("There is no year plan to start from."))
            self.create_button.setEnabled(False)
            self.undo_note.hide()
            return
        year = from_year + 1
        self.new_year.setText(str(year))
        if year in self._years:
            self.preview.setText(self.tr("There is a year plan %1 already. Choose the latest year plan to start from.")
                                 .replace("%1", str(year)))
            self.create_button.setEnabled(False)
            self.undo_note.hide()
            return
        self.undo_note.show()
        activities = [item.activity for item in self._context.services.overviews.activities(from_year)]
        carried = sum(1 for activity in activities if not is_concluded(activity))
        lines = [
            self.tr("The introduction, vision and core values of %1, to be edited.").replace("%1", str(from_year)),
            self.tr("%1 activities with their owner, goal, results, partners and number of meetings.").replace("%1", str(len(activities))),
            self.tr("%1 of them not finished or dropped in %2: marked \u201ccontinued from %2\u201d.")
            .replace("%1", str(carried)).replace("%2", str(from_year)),
            self.tr("Progress and statuses start as \u201cnot reported yet\u201d."),
            self.tr("No adoption date: that follows when the board adopts the plan."),
        ]
        intro = self.tr("Year plan %1 will hold:").replace("%1", str(year))
        self.preview.setText("\n".join([intro, *(f"\u2022 {line}" for line in lines)]))
        self.create_button.setEnabled(True)

    def _create(self) -> None:
        from_year = self.chosen_year()
        if from_year is None:
            return
        try:
            self.started = self._context.commands.start_year_plan(from_year + 1, from_year)
        except (DomainError, StorageError) as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.accept()
