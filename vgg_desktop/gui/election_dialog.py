"""Bewerken > Verkiezing vastleggen...: the places of municipal politicians fall open on the election's date.

The user gives the date and, for a herindelingsverkiezing, the municipalities concerned; the dialog
lists at once what recording will do (the same list as `vgg-desktop election --dry-run`): which places
fall open and which are left alone, and why. Recording is one undoable step. A refusal (a date far
off, an election recorded already, also on another PC) is shown here and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.domain.elections import ElectionPlan
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.widgets.error_look import ERROR_STYLE
from vgg_desktop.services.elections import ElectionRecorded
from vgg_desktop.services.errors import DomainError, StorageError

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext



class ElectionDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: EditContext) -> None:
        super().__init__(parent)
        self.setObjectName("election_dialog")
        self.setWindowTitle(self.tr("Record election"))
        self.resize(760, 560)
        self._context = context
        self.plan: ElectionPlan | None = None
        self.recorded: ElectionRecorded | None = None

        why = QLabel(self.tr(
            "After municipal elections every board term, portfolio, VNG committee membership and consultation chair "
            "held by a municipal politician ends on the election's date, and the place becomes vacant with the "
            "election as the reason. Advisory members (the secretaries' and clerks' circles) and the bureau's staff "
            "keep their places."), self)
        why.setWordWrap(True)
        self.date = DateField(self)
        self.date.setObjectName("election_date")
        self.date.setToolTip(self.tr("The date of the election: the places end on this day"))
        self.municipal = QRadioButton(self.tr("&Municipal elections (all member municipalities)"), self)
        self.redivision = QRadioButton(self.tr("&Redivision election (only the municipalities ticked below)"), self)
        self.municipal.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.municipal)
        kinds.addButton(self.redivision)
        self.municipalities = QListWidget(self)
        self.municipalities.setObjectName("election_municipalities")
        for municipality in context.services.municipalities.list():
            item = QListWidgetItem(municipality.name, self.municipalities)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.municipalities.setMaximumHeight(110)
        self.municipalities.setEnabled(False)

        form = QFormLayout()
        date_label = QLabel(self.tr("Election &date:"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        form.addRow(self.tr("Kind:"), self.municipal)
        form.addRow("", self.redivision)
        form.addRow("", self.municipalities)

        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("election_preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.error = QLabel(self)
        self.error.setObjectName("election_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.record_button = QPushButton(self.tr("Re&cord election"), self)
        self.record_button.setObjectName("election_record")
        self.record_button.setToolTip(self.tr("End the places listed on the election's date; Ctrl+Z undoes it"))
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter in the date field is never the accident that vacates every place: it takes the button.
        self.record_button.setAutoDefault(False)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)

        preview_label = QLabel(self.tr("What recording will do:"), self)
        undo_note = QLabel(self.tr("You can undo this with Ctrl+Z."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(undo_note)
        layout.addWidget(self.buttons)

        self.date.textChanged.connect(lambda _text: self.show_preview())
        self.redivision.toggled.connect(self._kind_changed)
        self.municipalities.itemChanged.connect(lambda _item: self.show_preview())
        self.show_preview()

    def chosen_municipalities(self) -> list[str]:
        if not self.redivision.isChecked():
            return []
        items = (self.municipalities.item(row) for row in range(self.municipalities.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _kind_changed(self, redivision: bool) -> None:
        self.municipalities.setEnabled(redivision)
        self.show_preview()

    def _problem(self) -> str:
        problem = self.date.problem(when_empty=self.tr("Type the date of the election, for example 16-03-2022."))
        if problem:
            return problem
        if self.redivision.isChecked() and not self.chosen_municipalities():
            return self.tr("Tick the municipalities of the redivision election.")
        return ""

    def show_preview(self) -> None:
        """Reads what the election would do as the date and municipalities stand; changes nothing."""
        self.plan = None
        problem = self._problem()
        if not problem:
            held_on = self.date.typed_date()
            assert held_on is not None
            try:
                self.plan = self._context.services.elections.preview(held_on, self.chosen_municipalities())
            except (DomainError, StorageError) as error:
                problem = error.message
        self.preview.setPlainText("\n".join(self.plan.lines()) if self.plan else "")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.record_button.setEnabled(self.plan is not None)

    def _record(self) -> None:
        if self.plan is None:
            return
        try:
            self.recorded = self._context.commands.record_election(self.plan.held_on, self.chosen_municipalities())
        except (DomainError, StorageError) as error:
            # The list is read again (it may have changed on another PC); the refusal stays in view.
            self.show_preview()
            self.error.setText(error.message)
            self.error.show()
            return
        self.accept()
