"""The generated form code is committed; it must be what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _compile_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "tools" / "compile_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(path: Path) -> list[str]:
    """The generated lines without the comment header, which names the uic version."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 15


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[path.stem for path in UI_FILES])
def test_generated_form_is_current(ui_file: Path, tmp_path: Path) -> None:
    tool = _compile_tool()
    committed = tool.target_for(ui_file)
    assert committed.exists(), f"{ui_file.name} has no generated {committed.name}: run python tools/compile_ui.py"
    fresh = tmp_path / committed.name
    tool.compile_ui(ui_file, fresh)
    assert _code(committed) == _code(fresh), f"{committed.name} is stale: run python tools/compile_ui.py"


def test_every_generated_form_has_its_ui_file() -> None:
    tool = _compile_tool()
    generated = set(tool.FORMS_DIR.glob("ui_*.py"))
    expected = {tool.target_for(ui_file) for ui_file in UI_FILES}
    assert sorted(path.name for path in generated - expected) == []
