"""The Bureau tab's reads in one transaction give what the three reads give one by one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from vgg_desktop.domain.errors import ConflictError
from vgg_desktop.services.retention import cutoff
from vgg_desktop.startup import OpenedDatabase

LATER = date(2026, 12, 5)


@pytest.mark.parametrize("on", [date(2022, 6, 14), LATER])
def test_the_page_holds_what_the_services_read_one_by_one(opened: OpenedDatabase, on: date) -> None:
    services = opened.services
    services.settings.set_ends_soon_months(4)
    page = services.staff_page(on)
    assert page.staff == services.overviews.staff()
    assert page.due == services.retention.due(on)
    assert page.rule == services.settings.ends_soon_rule(on)
    assert page.rule.months == 4
    # In 2026 those who left in 2022 are due; in 2022 nobody is.
    assert bool(page.due) == (on == LATER) and all(item.left_on < cutoff(on) for item in page.due)


def test_a_read_within_a_read_shares_its_session_and_a_later_read_has_its_own(opened: OpenedDatabase) -> None:
    database = opened.database
    with database.reading() as outer:
        with database.reading() as inner:
            assert inner is outer
        assert outer.execute(text("SELECT 1")).scalar() == 1  # the inner read did not close it
    with database.reading() as later:
        assert later is not outer


def test_an_error_within_a_read_leaves_no_shared_session_behind(opened: OpenedDatabase) -> None:
    database = opened.database
    with pytest.raises(ConflictError), database.reading() as failed:
        raise ConflictError("stop")
    with database.reading() as next_one:
        assert next_one is not failed
