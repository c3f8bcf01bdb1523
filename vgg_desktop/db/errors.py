"""Problems with the storage itself, worded for the user in Dutch."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be used as asked; `message` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseTooNewError(StorageError):
    """The database was migrated by a newer version of the program."""
