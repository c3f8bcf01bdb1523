"""The Dutch translation is complete, compiled, and current with the source strings."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.qt_tools import qt_tool
from vgg_desktop.gui.i18n import translations_dir

ROOT = Path(__file__).resolve().parents[2]
TS = translations_dir() / "vgg_desktop_nl.ts"
QM = translations_dir() / "vgg_desktop_nl.qm"
HOW = ("run pyside6-lupdate and pyside6-lrelease as vgg_desktop/gui/i18n.py says, "
       "and translate the new strings in resources/translations/vgg_desktop_nl.ts")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _state(message: ET.Element) -> str | None:
    translation = message.find("translation")
    assert translation is not None, message.findtext("source")
    return translation.get("type")


def unfinished(path: Path) -> list[str]:
    return [f"{context}: {message.findtext('source')}" for context, message in messages(path)
            if _state(message) == "unfinished"]


def gui_sources() -> list[str]:
    files = [ROOT / "vgg_desktop" / "app.py", *sorted((ROOT / "vgg_desktop" / "gui").rglob("*.py")),
             *sorted((ROOT / "ui").glob("*.ui"))]
    return [str(path) for path in files]


def test_every_string_has_a_dutch_translation() -> None:
    assert unfinished(TS) == []
    for context, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        assert all(forms), f"{context}: {message.findtext('source')}"


def test_placeholders_survive_translation() -> None:
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]:
            assert sorted(re.findall(r"%\w", text)) == sorted(re.findall(r"%\w", source)), f"{context}: {source}"


def test_the_translation_file_knows_every_source_string(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([*qt_tool("lupdate"), *gui_sources(), "-ts", str(copy)],
                   check=True, capture_output=True, cwd=ROOT, timeout=120)
    assert unfinished(copy) == [], HOW


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([*qt_tool("lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True, timeout=120)
    assert compiled.read_bytes() == QM.read_bytes(), HOW
