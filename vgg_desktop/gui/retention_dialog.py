"""Oud-medewerkers verwijderen: the former staff whose retention period has passed, ticked, removed at once.

The AVG allows personal data to be kept only as long as it is needed; the bureau keeps that of former
staff for two years after they left. The dialog says so, lists who is due, and removes the ticked
ones as one step on the undo stack. A refusal (someone changed a member meanwhile, or is no longer
due) removes nobody: the dialog says why and shows the list as it is stored now.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.retention import RetentionModel
from vgg_desktop.gui.widgets.record_view import RecordView
from vgg_desktop.services.errors import DomainError, StorageError

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext


class RetentionDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: EditContext, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Remove former staff"))
        self.resize(720, 420)
        self._context = context
        self._today = today
        # Set when a refused removal made the dialog read the list again: the tab behind it is stale too.
        self.reread = False

        self.model = RetentionModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordView(self)
        self.view.setObjectName("retention_view")
        self.view.setModel(self.proxy)
        self.view.set_column_widths(RetentionModel.column_widths())
        self.model.dataChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)

        why = QLabel(self.tr(
            "The AVG allows personal data to be kept only as long as it is needed. The bureau therefore keeps "
            "the data of former staff for at most two years after their last employment ended. For the staff "
            "members below, that period has passed: they left more than two years ago."
        ), self)
        why.setWordWrap(True)
        what = QLabel(self.tr(
            "Removed with each ticked member: their employments and sick leave, and their place on the projects "
            "listed (the projects themselves stay). Untick whoever must be kept for now. You can undo this with Ctrl+Z."
        ), self)
        what.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("retention_count")

        self.buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("retention_remove")
        self.remove_button.setToolTip(self.tr("Remove the ticked staff members, with their employments and sick leave"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter is never the accident that removes people: it cancels; removing takes the button (Alt+R).
        self.remove_button.setAutoDefault(False)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(what)
        layout.addWidget(self.buttons)

        self.model.set_candidates(context.services.retention.due(today))
        if self.proxy.rowCount():
            # The check box is in the first column: Space on the current row ticks or unticks it.
            self.view.setCurrentIndex(self.proxy.index(0, RetentionModel.NAME))
        self.view.setFocus()

    def checked_count(self) -> int:
        return len(self.model.checked())

    def _update(self) -> None:
        total, checked = self.model.rowCount(), self.checked_count()
        if total == 0:
            text = self.tr("Nobody is due for removal.")
        elif checked == total:
            text = self.tr("All %1 are ticked and will be removed.").replace("%1", str(total)) if total > 1 \
                else self.tr("The one member shown is ticked and will be removed.")
        else:
            text = self.tr("%1 of %2 ticked: only those will be removed.").replace("%1", str(checked)).replace("%2", str(total))
        self.count_label.setText(text)
        self.remove_button.setEnabled(checked > 0)

    def accept(self) -> None:
        members = self.model.checked()
        if not members:
            return
        try:
            self._context.commands.remove_former_staff(members, self._today)
        except (DomainError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Nobody removed"), error.message)
            self.reread = True
            self.model.set_candidates(self._context.services.retention.due(self._today), keep_choices=True)
            return
        super().accept()
