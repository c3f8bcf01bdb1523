"""Qt's command-line tools (uic, lupdate, lrelease) as PySide6 ships them.

The `pyside6-*` launchers are on PATH only when the environment's scripts folder is; the same tools are
always reachable through the PySide6 package that this Python imports.
"""

from __future__ import annotations

import shutil
import sys


def qt_tool(name: str) -> list[str]:
    """The command that runs `pyside6-<name>`: from PATH, or through this Python's PySide6."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    # pyside_tool's own `-m` entry point picks the tool from argv[0], so call the tool's function directly.
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]
