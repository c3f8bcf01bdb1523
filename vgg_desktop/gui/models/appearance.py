"""How a cell looks when it means something: a vacancy, 'n.v.t.', a contract that ends or has ended.

The colours are those of Windows' own notices, readable on the light office theme; the meaning is
never carried by colour alone (the text says 'Vacature', the tooltip says when a contract ends).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont

from vgg_desktop.domain.enums import ProgressStatus

VACANCY_COLOUR = QColor(164, 38, 44)
NOT_APPLICABLE_COLOUR = QColor(110, 110, 110)
ENDED_COLOUR = QColor(128, 128, 128)
ENDING_BACKGROUND = QColor(255, 244, 206)
ENDING_COLOUR = QColor(92, 68, 0)
DONE_COLOUR = QColor(16, 124, 16)
CANCELLED_COLOUR = QColor(128, 128, 128)
QUIET_COLOUR = QColor(140, 140, 140)
"""A value that is there to be complete rather than read first: nothing reported yet."""

QUIET_VALUES: frozenset[str] = frozenset({ProgressStatus.NOT_REPORTED.value})


def is_quiet(value: object) -> bool:
    """True for a choice that means nothing was said yet, shown quietly so the eye goes to what was."""
    return value in QUIET_VALUES


def italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def brush(colour: QColor) -> QBrush:
    return QBrush(colour)
