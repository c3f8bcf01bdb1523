"""Errors the domain raises. Every message is Dutch and says what to fix."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class DomainError(Exception):
    """Base of every error a user can cause. `message` is shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """One or more fields hold a value that is not allowed; `errors` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("\n".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class NotFoundError(DomainError):
    """The record no longer exists (deleted, possibly on another PC)."""


class ConflictError(DomainError):
    """Someone else saved the record after it was read; `current` holds what is stored now."""

    def __init__(self, message: str, current: Any | None = None) -> None:
        super().__init__(message)
        self.current = current


class RuleViolation(DomainError):
    """A rule between records is broken (a seat held twice, a person still holding a seat, ...)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotPermittedError(DomainError):
    """The database user has no right to this data (on PostgreSQL: personnel data without the personnel role)."""


class UnreadableFile(DomainError):
    """A file offered for import is refused as a whole (not a spreadsheet, password-protected, too big, ...)."""
