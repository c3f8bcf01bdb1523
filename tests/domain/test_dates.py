from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.dates import add_months, format_date, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("14-06-2022", date(2022, 6, 14)),
    ("2022-06-14", date(2022, 6, 14)),
    ("1 mrt. 2021", date(2021, 3, 1)),
    ("1 sept. 2023", date(2023, 9, 1)),
    ("1 september 2022", date(2022, 9, 1)),
    ("23 augustus 2020", date(2020, 8, 23)),
    ("31-12-2024", date(2024, 12, 31)),
    (" 1  Oktober 2021 ", date(2021, 10, 1)),
])
def test_parse_dates_as_the_plan_writes_them(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2022", "morgen", "2022-13-01", "", "1 brumaire 2022"])
def test_impossible_dates_get_a_dutch_message(text: str) -> None:
    with pytest.raises(ValueError, match="datum"):
        parse_date(text)


def test_format_is_day_month_year() -> None:
    assert format_date(date(2022, 6, 14)) == "14-06-2022"
    assert format_date(None) == ""


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2022, 6, 14), 6, date(2022, 12, 14)),
    (date(2022, 8, 31), 6, date(2023, 2, 28)),
    (date(2023, 8, 31), 6, date(2024, 2, 29)),
    (date(2022, 12, 1), 1, date(2023, 1, 1)),
    (date(2023, 12, 31), 2, date(2024, 2, 29)),
    (date(2022, 3, 31), -1, date(2022, 2, 28)),
])
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected
