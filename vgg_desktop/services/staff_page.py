"""What the Bureau tab shows on each load, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.services.database_settings import DatabaseSettings
from vgg_desktop.services.overviews import Overviews, StaffOverview
from vgg_desktop.services.retention import Retention, RetentionCandidate


@dataclass(frozen=True)
class StaffPage:
    staff: tuple[StaffOverview, ...]
    # Former staff whose personal data is due for removal on the date asked for (`Retention.due`).
    due: tuple[RetentionCandidate, ...]
    # What ends soon from that date, with the period this database uses.
    rule: EndsSoonRule


def read_staff_page(database: Database, overviews: Overviews, retention: Retention, settings: DatabaseSettings,
                    on: date) -> StaffPage:
    """The staff, who is due for removal and the ends-soon rule as one snapshot: one transaction and one
    connection for the three, not one each (the tab asks on every load)."""
    with database.reading():
        return StaffPage(overviews.staff(), retention.due(on), settings.ends_soon_rule(on))
