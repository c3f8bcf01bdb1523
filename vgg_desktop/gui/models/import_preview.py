"""The preview of an import as a table: one row per row of the sheet, what it will do and what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models.base import RIGHT, Column, RecordTableModel, fold
from vgg_desktop.services.importing import ImportPreview, PreviewRow, RowAction

PROBLEM_BACKGROUND = QColor("#ffc7ce")
SKIPPED_FOREGROUND = QColor("#808080")
CONTEXT = "ImportPreviewModel"
ACTIONS = {
    RowAction.ADD: QT_TRANSLATE_NOOP("ImportPreviewModel", "Add"),
    RowAction.CHANGE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Change"),
    RowAction.SKIP: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skip"),
}


def _row(value: PreviewRow) -> str:
    return f"{value.sheet} {value.number}".strip()


def _action(value: PreviewRow) -> str:
    return QCoreApplication.translate(CONTEXT, ACTIONS[value.action])


# A row is marked as a whole: red when it has a problem, grey when it is skipped without one.
def _background(value: PreviewRow) -> QBrush | None:
    return QBrush(PROBLEM_BACKGROUND) if value.problems else None


def _foreground(value: PreviewRow) -> QBrush | None:
    return QBrush(SKIPPED_FOREGROUND) if value.action is RowAction.SKIP and not value.problems else None


class ImportPreviewModel(RecordTableModel[PreviewRow]):
    CONTEXT = CONTEXT

    ROW = Column[PreviewRow](
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
        text=_row, sort=lambda value: f"{fold(value.sheet)} {value.number:09d}", tooltip=_row,
        background=_background, foreground=_foreground, alignment=RIGHT)
    ACTION = Column[PreviewRow](
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
        text=_action, tooltip=_action, background=_background, foreground=_foreground)
    RECORD = Column[PreviewRow](
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Record"),
        text=lambda value: value.name, tooltip=lambda value: value.name,
        background=_background, foreground=_foreground)
    # The cell shows the lines after one another, the tooltip one under the other.
    CHANGES = Column[PreviewRow](
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Changes"),
        text=lambda value: "; ".join(value.changes), tooltip=lambda value: "\n".join(value.changes),
        background=_background, foreground=_foreground)
    PROBLEMS = Column[PreviewRow](
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Problems"),
        text=lambda value: "; ".join(value.problems), tooltip=lambda value: "\n".join(value.problems),
        background=_background, foreground=_foreground)

    def key(self, value: PreviewRow) -> object:
        return (value.sheet, value.number)

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.set_rows(preview.rows if preview is not None else ())

    def row_at(self, row: int) -> PreviewRow:
        return self.value(row)
