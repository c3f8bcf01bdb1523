"""Why an export could not be written, in Dutch, with what the user can do about it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class ExportFailure(Enum):
    MISSING_FOLDER = "missing_folder"
    LOCKED = "locked"            # open in Excel on Windows, or a read-only file
    READ_ONLY = "read_only"      # a folder or disk the user cannot write to
    DISK_FULL = "disk_full"
    INVALID_NAME = "invalid_name"
    OTHER = "other"


class ExportError(Exception):
    """The file was not written; the previous file at `path`, if any, is untouched."""

    def __init__(self, message: str, failure: ExportFailure, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.failure = failure
        self.path = path

    @property
    def another_name_helps(self) -> bool:
        """Whether choosing another file name or folder is a way out (it is, except for odd errors)."""
        return self.failure is not ExportFailure.OTHER
