"""Compiles every ui/*.ui with pyside6-uic into vgg_desktop/gui/forms/ui_<name>.py.

Run it after changing a form in Qt Designer: `python tools/compile_ui.py`. The generated files are
committed (the application must not need uic at run time, nor in the PyInstaller bundle), and
tests/gui/test_forms_current.py fails when one of them is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Run as a script, Python puts tools/ on the path, not the repository root that holds the tools package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "vgg_desktop" / "gui" / "forms"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_ui(ui_file: Path, output: Path) -> None:
    """Runs uic from the project root with a relative path, so the header names 'ui/<name>.ui' wherever the checkout is."""
    relative = ui_file.resolve().relative_to(ROOT)
    subprocess.run([*qt_tool("uic"), str(relative), "-o", str(output)], cwd=ROOT, check=True)


def main() -> int:
    ui_files = sorted(UI_DIR.glob("*.ui"))
    if not ui_files:
        print(f"Geen .ui-bestanden gevonden in {UI_DIR}.", file=sys.stderr)
        return 1
    for ui_file in ui_files:
        target = target_for(ui_file)
        compile_ui(ui_file, target)
        print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
