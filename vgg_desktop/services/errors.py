"""The errors a caller of the services must expect, in one place for layers that may not import `db`."""

from __future__ import annotations

from vgg_desktop.db.errors import StorageError
from vgg_desktop.domain.errors import ConflictError, DomainError, NotFoundError, RuleViolation, ValidationError

__all__ = ["ConflictError", "DomainError", "NotFoundError", "RuleViolation", "StorageError", "ValidationError"]
