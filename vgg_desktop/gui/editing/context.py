"""What every editing screen needs: the services to read choices from, and the commands that change records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vgg_desktop.gui.editing.undo_steps import RecordCommands
    from vgg_desktop.services.catalog import Services


@dataclass(frozen=True)
class EditContext:
    services: Services
    commands: RecordCommands
