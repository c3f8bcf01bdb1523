"""The spring of 2022 on the seed, played through the services: the election, the board refilled in April,
two VNG committees in June. Used by the end-to-end test and by the screenshots of the window after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from unittest import mock

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.services import history
from vgg_desktop.services.catalog import Services

INSTALLED = date(2022, 3, 30)
"""The councils elected on 14-16 March 2022 were installed on 30 March: the places fall open that day."""
APRIL = date(2022, 4, 20)
JUNE = date(2022, 6, 15)
MEETING = date(2022, 7, 14)
# The new board members, chosen in April (names made up for the test: the plan names nobody).
NEW_BOARD = (("Voorzitter", "T.", "Tammens"), ("Lid", "B.", "Bakker"), ("Algemeen bestuurslid", "S.", "Smid"))
REFILLED_COMMITTEES = ("Bestuur en Veiligheid", "Gemeentefinanciën")


@contextmanager
def recorded_on(day: date) -> Iterator[None]:
    """The history records the change as made on `day` (the bureau records it when it happens)."""
    moment = datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
    with mock.patch.object(history, "_now", lambda: moment):
        yield


def play(services: Services) -> dict[str, int]:
    """Plays the spring; returns the seat id of each refilled role."""
    with recorded_on(INSTALLED):
        recorded = services.elections.record(INSTALLED, today=date(2022, 4, 1))
    seats = {item.id: item for item in services.board_seats.list()}
    ended = {seats[term.seat_id].role.label: term.seat_id for term in services.seat_terms.list()
             if term.end_date == INSTALLED}
    assert len(recorded.plan.opened) == 7 and len(ended) == 3
    refilled: dict[str, int] = {}
    with recorded_on(APRIL):
        for role, initials, last_name in NEW_BOARD:
            services.seat_filling.fill({"seat_id": ended[role], "start_date": APRIL},
                                       {"initials": initials, "last_name": last_name, "function": "wethouder"})
            refilled[role] = ended[role]
    with recorded_on(JUNE):
        committees = {item.name: item for item in services.vng_committees.list()}
        for number, name in enumerate(REFILLED_COMMITTEES, start=1):
            person = services.persons.create({"initials": f"{number}.", "last_name": f"Commissielid{number}",
                                              "function": "wethouder"})
            committee = committees[name]
            services.vng_committees.update(committee.id, committee.version,
                                           {"member_status": PlaceStatus.FILLED, "member_id": person.id})
    return refilled
