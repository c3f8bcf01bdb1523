"""Beeld > Termijn 'eindigt binnenkort'...: how many months ahead an ending contract is marked.

The period is a setting of the database (`services.settings`), so the window on every PC and the
meeting workbook mark the same contracts. The service checks the value and says in Dutch what is
allowed; the dialog shows that and stays open until the value is right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from vgg_desktop.gui.widgets.error_look import error_label, show_error
from vgg_desktop.services.errors import StorageError, ValidationError

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services


class EndsSoonDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.setObjectName("ends_soon_dialog")
        self.setWindowTitle(self.tr("Period for 'ends soon'"))
        self._services = services
        intro = QLabel(self.tr(
            "Contracts that end within this many months of the reference date are marked, in the Bureau tab "
            "and in the meeting workbook (there: of the meeting date). The setting is kept in the database, "
            "so it applies on every PC that uses it."), self)
        intro.setWordWrap(True)
        self.months = QSpinBox(self)
        self.months.setObjectName("ends_soon_months")
        # Wider than what is allowed: the service's rule decides, and its message says why.
        self.months.setRange(0, 999)
        self.months.setValue(services.settings.ends_soon_months())
        self.months.setSuffix(self.tr(" months"))
        self.months.selectAll()
        form = QFormLayout()
        label = QLabel(self.tr("&Ends soon within:"), self)
        label.setBuddy(self.months)
        form.addRow(label, self.months)
        self.error_label = error_label(self, "ends_soon_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            self._services.settings.set_ends_soon_months(self.months.value())
        except ValidationError as error:
            self._refuse(" ".join(error.errors.values()))
            return
        except StorageError as error:
            self._refuse(str(error))
            return
        super().accept()

    def _refuse(self, message: str) -> None:
        show_error(self.error_label, message)
        self.months.setFocus()
        self.months.selectAll()
