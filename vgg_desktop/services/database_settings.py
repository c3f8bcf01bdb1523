"""Settings that belong to the database, not to one PC: every PC that shares the database applies the same rule.

They live in the `setting` table as text, next to the database's own facts (such as whether it was
seeded). A setting that was never saved has its default.
"""

from __future__ import annotations

from datetime import date

from vgg_desktop.db.models import SettingRow
from vgg_desktop.db.unit_of_work import Database, RefusedByDatabase
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.domain.errors import ValidationError

ENDS_SOON_MONTHS_KEY = "ends_soon_months"
DEFAULT_ENDS_SOON_MONTHS = 6
ENDS_SOON_MONTHS_RANGE = range(1, 25)

# How long the history of changes is kept. Two years by default: as long as the personal data of staff
# who left is kept (services/retention.py), so what a former colleague did leaves the history by the
# time their own data must go, and a year's work can still be traced a year later. 0 keeps it for ever.
HISTORY_MONTHS_KEY = "history_months"
DEFAULT_HISTORY_MONTHS = 24
HISTORY_MONTHS_RANGE = range(0, 121)


class DatabaseSettings:
    def __init__(self, database: Database) -> None:
        self._database = database

    def ends_soon_months(self) -> int:
        """How many months ahead an ending contract or term is marked as ending soon."""
        return self._read_int(ENDS_SOON_MONTHS_KEY, DEFAULT_ENDS_SOON_MONTHS, ENDS_SOON_MONTHS_RANGE)

    def ends_soon_rule(self, on: date) -> EndsSoonRule:
        """What ends soon, looked at from `on`, with the period this database uses."""
        return EndsSoonRule(on, self.ends_soon_months())

    def set_ends_soon_months(self, months: int) -> None:
        if months not in ENDS_SOON_MONTHS_RANGE:
            raise ValidationError.single(
                ENDS_SOON_MONTHS_KEY,
                f"Kies een termijn van {ENDS_SOON_MONTHS_RANGE.start} tot en met {ENDS_SOON_MONTHS_RANGE.stop - 1} maanden.",
            )
        self._write(ENDS_SOON_MONTHS_KEY, str(months))

    def history_months(self) -> int:
        """How many months the history of changes is kept; 0 means for ever."""
        return self._read_int(HISTORY_MONTHS_KEY, DEFAULT_HISTORY_MONTHS, HISTORY_MONTHS_RANGE)

    def set_history_months(self, months: int) -> None:
        if months not in HISTORY_MONTHS_RANGE:
            raise ValidationError.single(
                HISTORY_MONTHS_KEY,
                f"Kies een bewaartermijn van 1 tot en met {HISTORY_MONTHS_RANGE.stop - 1} maanden, "
                "of 0 om de geschiedenis altijd te bewaren.",
            )
        self._write(HISTORY_MONTHS_KEY, str(months))

    def _read_int(self, key: str, default: int, allowed: range) -> int:
        with self._database.reading() as session:
            row = session.get(SettingRow, key)
            text = row.value if row is not None else None
        # A value written by hand or by a later version that this one cannot use falls back to the default.
        try:
            value = int(text) if text is not None else default
        except ValueError:
            return default
        return value if value in allowed else default

    def _write(self, key: str, value: str) -> None:
        # Two PCs saving the first value at the same moment both insert; the second then updates.
        for attempt in range(2):
            try:
                with self._database.writing() as session:
                    row = session.get(SettingRow, key, with_for_update=True)
                    if row is None:
                        session.add(SettingRow(key=key, value=value))
                    else:
                        row.value = value
                return
            except RefusedByDatabase:
                if attempt:
                    raise
