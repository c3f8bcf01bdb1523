"""Bestand > Instellingen...: the Word templates of the year's documents.

The bureau may restyle the shipped templates in Word (house style, logo, fonts) and choose the result
here. A template is checked when it is chosen: one that is broken or lacks a field the program fills is
refused with the reason, and the previous choice stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.export.templates import DocumentKind, TemplateError, check_template, shipped_template

if TYPE_CHECKING:
    from vgg_desktop.gui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self._settings = settings
        self.template_edits: dict[DocumentKind, QLineEdit] = {}
        self.choose_buttons: dict[DocumentKind, QPushButton] = {}
        self.reset_buttons: dict[DocumentKind, QPushButton] = {}

        group = QGroupBox(self.tr("Templates for Word documents"), self)
        grid = QGridLayout(group)
        explanation = QLabel(self.tr(
            "Open the shipped template in Word, give it the house style (logo, fonts, colours, texts around the "
            "fields), save it as .docx and choose it here. Keep the fields between {{ }} and {% %}: the program "
            "fills them."), group)
        explanation.setWordWrap(True)
        grid.addWidget(explanation, 0, 0, 1, 4)
        labels = {DocumentKind.PLAN: self.tr("&Year plan:"), DocumentKind.PROGRESS_REPORT: self.tr("&Progress report:")}
        for row, kind in enumerate(DocumentKind, start=1):
            edit = QLineEdit(group)
            edit.setObjectName(f"template_{kind.value}")
            edit.setReadOnly(True)
            label = QLabel(labels[kind], group)
            label.setBuddy(edit)
            choose = QPushButton(self.tr("Choose..."), group)
            choose.clicked.connect(lambda _checked=False, chosen=kind: self.choose(chosen))
            reset = QPushButton(self.tr("Shipped"), group)
            reset.setToolTip(self.tr("Use the template that comes with the program"))
            reset.clicked.connect(lambda _checked=False, chosen=kind: self.reset(chosen))
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(choose, row, 2)
            grid.addWidget(reset, row, 3)
            self.template_edits[kind], self.choose_buttons[kind], self.reset_buttons[kind] = edit, choose, reset
        shipped = QLabel(self.tr("The shipped templates are in %1.").replace("%1", str(shipped_template(DocumentKind.PLAN).parent)), group)
        shipped.setWordWrap(True)
        grid.addWidget(shipped, len(DocumentKind) + 1, 0, 1, 4)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show()

    def _show(self) -> None:
        for kind, edit in self.template_edits.items():
            chosen = self._settings.document_template(kind.value)
            edit.setText(chosen or self.tr("(shipped template)"))
            edit.setToolTip(chosen or str(shipped_template(kind)))
            self.reset_buttons[kind].setEnabled(chosen is not None)

    def choose(self, kind: DocumentKind) -> None:
        current = self._settings.document_template(kind.value) or str(shipped_template(kind))
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a template"), current,
                                                      self.tr("Word document (*.docx)"))
        if chosen:
            self.use(kind, Path(chosen))

    def use(self, kind: DocumentKind, path: Path) -> bool:
        """Keeps `path` as the template for `kind` when it can be used; otherwise says why and keeps the old one."""
        try:
            check_template(kind, path)
        except TemplateError as error:
            QMessageBox.warning(self, self.tr("Template cannot be used"), error.message)
            return False
        self._settings.set_document_template(kind.value, str(path))
        self._show()
        return True

    def reset(self, kind: DocumentKind) -> None:
        self._settings.set_document_template(kind.value, None)
        self._show()
