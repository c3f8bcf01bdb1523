"""The Qt binding must keep Python's reference counts right, or the window aborts during ordinary use.

PySide6-Essentials 6.12.0 returns None from every void method (setEnabled, setText, setItalic, ...)
without taking a reference to it. On Python 3.11, where None is an ordinary object, the interpreter
aborts with "Fatal Python error: none_dealloc" after some five thousand such calls: a few minutes of
painting tables and enabling actions. pyproject.toml excludes that release; this test fails on any
installed release with the same fault. (From Python 3.12 on, None is immortal and the fault is harmless.)
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 1000


def test_void_methods_leave_the_reference_count_of_none_alone(qapp: QApplication) -> None:
    widget = QWidget()
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setEnabled(True)
        font.setItalic(True)
    lost = before - sys.getrefcount(None)
    # A faulty binding loses one reference per call (2000 here); a sound one loses none.
    assert lost < CALLS // 10, f"{lost} references to None lost in {2 * CALLS} calls: this PySide6 release is unsafe"
