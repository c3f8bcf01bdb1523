"""How the window says that something is wrong: one colour in every dialog and form, so it is learnt once.

The dark red is the one Excel uses for 'bad' cells, readable on the light dialog background.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#9c0006"
ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped label for a dialog's message of what to fix; shown when there is one."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    """Shows `message` in a dialog's error label and lets the dialog grow to fit it: a word-wrapped label
    does not make its window taller by itself, and the texts above it would be squeezed."""
    label.setText(message)
    label.show()
    window = label.window()
    if window.height() < window.sizeHint().height():
        window.resize(window.width(), window.sizeHint().height())
