"""One rule for what "ends soon" means, for the window and the meeting workbook alike.

Something ends soon when its last day falls on the reference date or within the period after it
(both ends included); it has ended when its last day lies before the reference date. The period
is a setting of the database (`services.database_settings`), six months unless the bureau chose
another, so that every PC and every overview marks the same contracts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeGuard

from vgg_desktop.domain.dates import add_months


@dataclass(frozen=True)
class EndsSoonRule:
    on: date
    """The date looked from: today, the chosen reference date in the window, or the meeting date."""
    months: int

    @property
    def until(self) -> date:
        """The last day that still counts as soon."""
        return add_months(self.on, self.months)

    def has_ended(self, end: date | None) -> bool:
        return end is not None and end < self.on

    def ends_soon(self, end: date | None) -> TypeGuard[date]:
        return end is not None and self.on <= end <= self.until

    @property
    def period_text(self) -> str:
        """'binnen 6 maanden', 'binnen 1 maand': the period as a Dutch phrase."""
        return f"binnen {self.months} {'maand' if self.months == 1 else 'maanden'}"
