"""Settings kept in the database apply to every PC that shares it, and refuse values they cannot use."""

from __future__ import annotations

import threading

import pytest

from vgg_desktop.db.models import SettingRow
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.services.database_settings import DEFAULT_ENDS_SOON_MONTHS, ENDS_SOON_MONTHS_KEY
from vgg_desktop.startup import OpenedDatabase, open_database


def test_a_setting_never_saved_has_its_default(opened: OpenedDatabase) -> None:
    assert opened.services.settings.ends_soon_months() == DEFAULT_ENDS_SOON_MONTHS == 6


def test_a_saved_setting_is_read_back_and_can_be_changed_again(opened: OpenedDatabase) -> None:
    opened.services.settings.set_ends_soon_months(3)
    assert opened.services.settings.ends_soon_months() == 3
    opened.services.settings.set_ends_soon_months(12)
    assert opened.services.settings.ends_soon_months() == 12


@pytest.mark.parametrize("months", [0, -1, 25, 1000])
def test_a_period_out_of_range_is_refused_in_dutch_and_changes_nothing(opened: OpenedDatabase, months: int) -> None:
    opened.services.settings.set_ends_soon_months(4)
    with pytest.raises(ValidationError, match="tot en met 24 maanden"):
        opened.services.settings.set_ends_soon_months(months)
    assert opened.services.settings.ends_soon_months() == 4


@pytest.mark.parametrize("stored", ["zes", "", "0", "99"])
def test_a_stored_value_this_version_cannot_use_falls_back_to_the_default(opened: OpenedDatabase, stored: str) -> None:
    with opened.database.writing() as session:
        session.add(SettingRow(key=ENDS_SOON_MONTHS_KEY, value=stored))
    assert opened.services.settings.ends_soon_months() == DEFAULT_ENDS_SOON_MONTHS


@pytest.mark.postgres
def test_two_pcs_saving_the_first_value_at_once_both_succeed_and_one_value_stands(postgres_url: str) -> None:
    first, second = open_database(postgres_url), open_database(postgres_url)
    try:
        for round_number in range(10):
            with first.database.writing() as session:
                session.query(SettingRow).filter_by(key=ENDS_SOON_MONTHS_KEY).delete()
            barrier = threading.Barrier(2)
            errors: list[BaseException] = []

            def save(opened: OpenedDatabase, months: int) -> None:
                barrier.wait()
                try:
                    opened.services.settings.set_ends_soon_months(months)
                except BaseException as error:  # the assertion below reports it
                    errors.append(error)

            threads = [threading.Thread(target=save, args=(first, 3)), threading.Thread(target=save, args=(second, 9))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert errors == [], f"round {round_number}"
            assert second.services.settings.ends_soon_months() in (3, 9)
    finally:
        first.database.dispose()
        second.database.dispose()
