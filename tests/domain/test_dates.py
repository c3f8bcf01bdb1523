from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.dates import format_date, parse_date


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
