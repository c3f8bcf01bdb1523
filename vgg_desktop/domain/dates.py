"""Dates as the bureau writes and reads them: 14-06-2022, and the Dutch words of the plan."""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

_NUMERIC_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


def format_date(value: date | None) -> str:
    """The Dutch way: 14-06-2022; an unknown date is an empty string."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def parse_date(text: str) -> date:
    """Reads 14-06-2022, 2022-06-14, 1 mrt. 2021 or 1 september 2022; raises ValueError in Dutch."""
    cleaned = " ".join(text.strip().lower().split())
    for pattern, order in ((_NUMERIC_DMY, "dmy"), (_ISO, "ymd")):
        match = pattern.match(cleaned)
        if match:
            first, second, third = (int(part) for part in match.groups())
            day, month, year = (first, second, third) if order == "dmy" else (third, second, first)
            return _build(day, month, year, text)
    match = _WORDS.match(cleaned)
    if match and match.group(2) in MONTHS:
        return _build(int(match.group(1)), MONTHS[match.group(2)], int(match.group(3)), text)
    raise ValueError(f"'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 14-06-2022.")


def _build(day: int, month: int, year: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' bestaat niet als datum. Controleer dag en maand.") from None


def add_months(value: date, months: int) -> date:
    """The same day `months` later (or earlier), or the month's last day when it is shorter (31-01 + 1 = 28-02)."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(value.day, calendar.monthrange(year, month)[1]))
