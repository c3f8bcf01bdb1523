"""Editing records in the window: forms from ui/*.ui, a question before a delete, undo and redo."""

from vgg_desktop.gui.editing.context import EditContext
from vgg_desktop.gui.editing.delete import confirm_and_delete
from vgg_desktop.gui.editing.editor import EDITABLE, create_editor, open_editor
from vgg_desktop.gui.editing.undo_steps import RecordCommands

__all__ = ["EDITABLE", "EditContext", "RecordCommands", "confirm_and_delete", "create_editor", "open_editor"]
