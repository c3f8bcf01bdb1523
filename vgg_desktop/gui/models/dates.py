"""Dates as sort keys that Qt compares as plain strings."""

from __future__ import annotations

import calendar
from datetime import date


def date_sort_key(value: date | None, *, unknown_last: bool) -> str:
    """ISO dates sort as strings; an unknown start sorts first, an unknown end (open-ended) last."""
    if value is None:
        return "9999-99-99" if unknown_last else "0000-00-00"
    return value.isoformat()


def add_months(value: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31-01 + 1 = 28-02)."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(value.day, calendar.monthrange(year, month)[1]))
