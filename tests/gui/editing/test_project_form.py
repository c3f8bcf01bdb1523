"""The project form: a project or secondment whose kind may be unknown, as the plan leaves it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import OFFSCREEN_NOISE, choose, save
from vgg_desktop.domain.enums import ProjectKind
from vgg_desktop.gui.editing.fields import unknown_text
from vgg_desktop.services.catalog import Services

pytestmark = OFFSCREEN_NOISE


def test_an_unknown_kind_shows_as_unknown_and_stays_unknown(qtbot: QtBot, editor: Any, services: Services) -> None:
    project = next(item for item in services.projects.list() if item.name == "Meten en Monitoren")
    assert project.kind is None
    dialog = editor("project", project)
    assert dialog.form.kind.currentText() == unknown_text() and dialog.form.kind.currentData() is None
    assert not dialog.is_dirty()
    choose(dialog.form.kind, ProjectKind.SECONDMENT.label)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.projects.get(project.id).kind == ProjectKind.SECONDMENT


def test_a_new_project_starts_with_an_unknown_kind(qtbot: QtBot, editor: Any, services: Services) -> None:
    dialog = editor("project")
    assert dialog.form.kind.currentData() is None
    qtbot.keyClicks(dialog.form.name, "Regionale energiestrategie")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.projects.get(dialog.saved.id).kind is None
