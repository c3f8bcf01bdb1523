"""Dates as sort keys that Qt compares as plain strings."""

from __future__ import annotations

from datetime import date


def date_sort_key(value: date | None, *, unknown_last: bool) -> str:
    """ISO dates sort as strings; an unknown start sorts first, an unknown end (open-ended) last."""
    if value is None:
        return "9999-99-99" if unknown_last else "0000-00-00"
    return value.isoformat()
