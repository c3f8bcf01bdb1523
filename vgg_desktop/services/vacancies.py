"""Open places: the one definition that the Vacatures sheet and the window's Vacatures list share.

An open place is a place the association fills with a person, that nobody holds on the date looked
from, and that is not part of another open place (docs/DOMAIN.md, "Open places"):

1. a seat of the Dagelijks Bestuur without a term running on that date;
2. a portfolio without a holder. A Klankbordgroep portfolio is held by the member in the Klankbordgroep
   seat: while that seat is open, the portfolio is part of the seat's place;
3. a VNG committee whose Groningen member place is 'vacature' ('n.v.t.' is not open), or whose member's
   dates do not cover that date (not yet begun, or ended);
4. the chair of a portfolio-holder consultation marked 'vacature', or whose dates do not cover that
   date. A consultation that belongs to a portfolio is chaired by the portfolio's holder (as the plan has it: Bestuur and Ruimte, Wonen,
   Mobiliteit): while that portfolio has no holder, the chair is part of the portfolio's place.

Why a place is open and what happens next is the note of its record (and of the records that are
part of it), so the bureau writes it once and both the window and the workbook show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.entities import is_current
from vgg_desktop.domain.enums import PlaceStatus, PortfolioKind, SeatKind

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import Overviews


class PlaceKind(StrEnum):
    """The kind of open place; the value is the kind of record that is filled to close it."""

    BOARD_SEAT = "board_seat"
    PORTFOLIO = "portfolio"
    VNG_COMMITTEE = "vng_committee"
    CONSULTATION = "consultation"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    PlaceKind.BOARD_SEAT: "Zetel Dagelijks Bestuur",
    PlaceKind.PORTFOLIO: "Portefeuillehouder",
    PlaceKind.VNG_COMMITTEE: "Lid VNG-commissie",
    PlaceKind.CONSULTATION: "Voorzitter portefeuillehouderoverleg",
}


@dataclass(frozen=True)
class OpenPlace:
    kind: PlaceKind
    record_id: int
    """The id of the seat, portfolio, VNG committee or consultation to fill."""
    place: str
    """Which place, in the plan's words: 'Lid – Gemeente (nog niet vastgelegd)', 'Sociaal Domein'."""
    includes: tuple[str, ...]
    """The places that are part of this one and are filled with it: 'Portefeuille Klankbordgroep Raadsleden'."""
    note: str | None
    """Why the place is open and what happens next: the records' notes; None when nobody wrote one."""

    @property
    def entity(self) -> str:
        return self.kind.value


@dataclass
class _Building:
    kind: PlaceKind
    record_id: int
    place: str
    includes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_note(self, note: str | None) -> None:
        text = (note or "").strip()
        if text and text not in self.notes:
            self.notes.append(text)

    def freeze(self) -> OpenPlace:
        return OpenPlace(self.kind, self.record_id, self.place, tuple(self.includes), "\n".join(self.notes) or None)


def open_places(overviews: Overviews, on: date) -> tuple[OpenPlace, ...]:
    """Every open place on `on`, each once: seats, portfolios, VNG committees, then consultation chairs."""
    seats: list[_Building] = []
    klankbordgroep_seat: _Building | None = None
    for item in overviews.board(on):
        if not item.is_vacant:
            continue
        seat = _Building(PlaceKind.BOARD_SEAT, item.seat.id, f"{item.seat.role.label} – {item.on_behalf_of}")
        seat.add_note(item.seat.notes)
        seats.append(seat)
        if item.seat.kind == SeatKind.KLANKBORDGROEP and klankbordgroep_seat is None:
            klankbordgroep_seat = seat

    portfolios: list[_Building] = []
    place_of_portfolio: dict[int, _Building] = {}
    portfolio_overviews = overviews.portfolios()
    for portfolio_item in portfolio_overviews:
        portfolio = portfolio_item.portfolio
        if portfolio_item.holder is not None:
            continue
        if portfolio.kind == PortfolioKind.KLANKBORDGROEP and klankbordgroep_seat is not None:
            building = klankbordgroep_seat
            building.includes.append(f"Portefeuille {portfolio.name}")
        else:
            building = _Building(PlaceKind.PORTFOLIO, portfolio.id, portfolio.name)
            portfolios.append(building)
        building.add_note(portfolio.notes)
        place_of_portfolio[portfolio.id] = building

    committees: list[_Building] = []
    for committee_item in overviews.committees(on):
        committee = committee_item.committee
        if not place_is_open(committee.member_status, committee.member_since, committee.member_until, on):
            continue
        name = f"{committee.name} (voorheen {committee.former_name})" if committee.former_name else committee.name
        building = _Building(PlaceKind.VNG_COMMITTEE, committee.id, name)
        building.add_note(committee.notes)
        committees.append(building)

    chairs: list[_Building] = []
    for consultation_item in overviews.consultations(on):
        consultation = consultation_item.consultation
        if not place_is_open(consultation.chair_status, consultation.chair_since, consultation.chair_until, on):
            continue
        name = f"{consultation.number}. {consultation.name}"
        owner = place_of_portfolio.get(consultation.portfolio_id) if consultation.portfolio_id is not None else None
        if owner is not None:
            owner.includes.append(f"Voorzitter portefeuillehouderoverleg {name}")
            building = owner
        else:
            building = _Building(PlaceKind.CONSULTATION, consultation.id, name)
            chairs.append(building)
        building.add_note(consultation.notes)

    return tuple(item.freeze() for item in (*seats, *portfolios, *committees, *chairs))


def place_is_open(status: PlaceStatus, since: date | None, until: date | None, on: date) -> bool:
    """'Vacature', or held by someone whose dates do not cover `on` (not yet begun, or ended); n.v.t. is not open.

    The Portefeuilles tab, sheet and documents ask this too, so that a place is never shown as held there
    while the Vacatures list calls it open. The last day (`until`) is still held; the day after is open.
    """
    if status == PlaceStatus.VACANT:
        return True
    return status == PlaceStatus.FILLED and not is_current(since, until, on)


def outside_dates_text(holder: str, since: date | None, until: date | None, on: date) -> str | None:
    """Who held or will hold a place that is open on `on` because of its dates, for a Dutch reader.

    'tot en met 30-06-2022: Jan Jansen' when the membership has ended, 'vanaf 01-09-2022: Jan Jansen' when it
    has yet to begin; None when the dates cover `on`.
    """
    if until is not None and until < on:
        return f"tot en met {format_date(until)}: {holder}"
    if since is not None and on < since:
        return f"vanaf {format_date(since)}: {holder}"
    return None
