"""Open places: each once, with what belongs to it and why it is open (docs/DOMAIN.md, "Open places").

The count on the Jaarplan 2022, by hand from chapter 3 of the plan: the board table leaves seven seats
without a name (two "Algemeen bestuurslid", and of the ten municipalities only three are named: five
further member seats) plus the Klankbordgroep Raadsleden member: 8 seats. Portfolios without a holder:
Klankbordgroep Raadsleden (part of its seat), Gemeentefinanciën, Sociaal Domein and the four
Themabijeenkomsten: 6 more places, each with its consultation's chair (3, 8, 6, 4, 10, 5). VNG
committees without a Groningen member: all 11. Consultations without chair and without a portfolio of
their own: 9. Vrijtijdseconomie: 1. In all 26, where the old sheet counted 33.
"""

from __future__ import annotations

from datetime import date

from vgg_desktop.domain.enums import PlaceStatus, SeatKind, SeatRole
from vgg_desktop.services.vacancies import OpenPlace, PlaceKind, open_places
from vgg_desktop.startup import OpenedDatabase

MEETING = date(2022, 3, 15)


def _places(opened: OpenedDatabase, on: date = MEETING) -> tuple[OpenPlace, ...]:
    return opened.services.overviews.vacancies(on)


def _by_place(opened: OpenedDatabase, on: date = MEETING) -> dict[str, OpenPlace]:
    """Portfolios and consultations by name (committees may share a portfolio's name: Gemeentefinanciën)."""
    return {item.place: item for item in _places(opened, on) if item.kind in (PlaceKind.PORTFOLIO, PlaceKind.CONSULTATION)}


def test_the_2022_plan_has_26_open_places_each_once(opened: OpenedDatabase) -> None:
    places = _places(opened)
    assert len(places) == 26
    counts = {kind: sum(1 for item in places if item.kind is kind) for kind in PlaceKind}
    assert counts == {PlaceKind.BOARD_SEAT: 8, PlaceKind.PORTFOLIO: 6, PlaceKind.VNG_COMMITTEE: 11, PlaceKind.CONSULTATION: 1}
    records = [(item.kind, item.record_id) for item in places]
    assert len(records) == len(set(records))
    # Nothing that is part of one place is listed again as a place of its own.
    own = {f"Portefeuille {item.place}" for item in places if item.kind is PlaceKind.PORTFOLIO}
    own |= {f"Voorzitter portefeuillehouderoverleg {item.place}" for item in places if item.kind is PlaceKind.CONSULTATION}
    included = [name for item in places for name in item.includes]
    assert len(included) == len(set(included)) == 7
    assert not own & set(included)
    # The same function as the window's and the workbook's list.
    assert open_places(opened.services.overviews, MEETING) == places


def test_the_klankbordgroep_seat_includes_its_portfolio(opened: OpenedDatabase) -> None:
    seat = next(item for item in _places(opened) if item.place == "Lid – Klankbordgroep Raadsleden")
    assert seat.kind is PlaceKind.BOARD_SEAT and seat.entity == "board_seat"
    assert seat.includes == ("Portefeuille Klankbordgroep Raadsleden",)
    assert "Klankbordgroep Raadsleden" not in _by_place(opened)


def test_theme_meetings_include_the_chair_of_their_consultation(opened: OpenedDatabase) -> None:
    places = _by_place(opened)
    expected = {
        "Gemeentefinanciën": "3. Gemeentefinanciën", "Sociaal Domein": "8. Sociaal Domein",
        "Themabijeenkomst Sport": "6. Sport en Beweging", "Themabijeenkomst Cultuur": "4. Cultuur",
        "Themabijeenkomst Economische Zaken": "10. Economische Zaken", "Themabijeenkomst Bibliotheekwerk": "5. Bibliotheekwerk",
    }
    for portfolio, consultation in expected.items():
        assert places[portfolio].kind is PlaceKind.PORTFOLIO
        assert places[portfolio].includes == (f"Voorzitter portefeuillehouderoverleg {consultation}",)
    assert places["9. Vrijtijdseconomie"].kind is PlaceKind.CONSULTATION
    assert places["9. Vrijtijdseconomie"].includes == ()


def test_the_plan_says_why_the_places_are_open_and_what_comes_next(opened: OpenedDatabase) -> None:
    for item in _places(opened):
        assert item.note is not None and item.note.startswith(
            "Open door de gemeenteraadsverkiezingen van 14, 15 en 16 maart 2022"), item
        if item.kind is PlaceKind.VNG_COMMITTEE:
            assert "in juni 2022 ingevuld" in item.note and "VNG-ledenvergadering in het najaar van 2022" in item.note
        else:
            assert "Dagelijks Bestuursleden worden in april 2022 ingevuld" in item.note
        assert "\n" not in item.note  # the portfolio's and its consultation's equal notes are said once


def test_filled_places_and_not_applicable_are_not_open(opened: OpenedDatabase) -> None:
    names = {item.place for item in _places(opened)}
    # Filled in the plan: the voorzitter, Usmany, Kuin and the advisory members; consultation 1 and 7 have chairs.
    assert not any("Adviserend" in name for name in names)
    assert "Groninger en Algemene Zaken, Bestuur" not in names
    assert "Ruimte, Wonen, Milieu, Energie en Mobiliteit" not in names
    # 2. Werk en Inkomen is organised through Werk in Zicht: its chair is 'n.v.t.', not open.
    assert "2. Werk en Inkomen" not in names


def test_filling_a_portfolio_leaves_its_chair_open_on_its_own(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"initials": "B.", "last_name": "Smit", "function": "wethouder"})
    portfolio = next(item for item in services.portfolios.list() if item.name == "Sociaal Domein")
    services.portfolios.update(portfolio.id, portfolio.version, {"holder_id": person.id})
    places = _by_place(opened)
    assert "Sociaal Domein" not in places
    chair = places["8. Sociaal Domein"]
    assert chair.kind is PlaceKind.CONSULTATION and chair.includes == ()
    assert len(_places(opened)) == 26
    consultation = services.consultations.get(chair.record_id)
    services.consultations.update(consultation.id, consultation.version,
                                  {"chair_status": PlaceStatus.FILLED, "chair_id": person.id})
    assert len(_places(opened)) == 25


def test_filling_the_klankbordgroep_seat_leaves_its_portfolio_open_on_its_own(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"initials": "C.", "last_name": "Visser", "function": "raadslid"})
    seat = next(item for item in services.board_seats.list() if item.kind == SeatKind.KLANKBORDGROEP)
    services.seat_terms.create({"seat_id": seat.id, "person_id": person.id, "start_date": date(2022, 4, 20)})
    before, after = _places(opened, date(2022, 4, 19)), _places(opened, date(2022, 4, 20))
    assert any(item.place == "Lid – Klankbordgroep Raadsleden" for item in before)
    assert not any(item.place == "Lid – Klankbordgroep Raadsleden" for item in after)
    portfolio = next(item for item in after if item.place == "Klankbordgroep Raadsleden")
    assert portfolio.kind is PlaceKind.PORTFOLIO and portfolio.note is not None
    assert len(after) == len(before) == 26


def test_a_seat_is_open_again_the_day_after_its_term_ends(opened: OpenedDatabase) -> None:
    services = opened.services
    seat = services.board_seats.create({"kind": SeatKind.ADVISORY, "role": SeatRole.ADVISORY_MEMBER,
                                        "constituency": "Kring van financials", "position": 20})
    person = services.persons.create({"initials": "D.", "last_name": "Mulder"})
    services.seat_terms.create({"seat_id": seat.id, "person_id": person.id,
                                "start_date": date(2022, 1, 1), "end_date": date(2022, 6, 30)})

    def is_open(on: date) -> bool:
        return any(item.kind is PlaceKind.BOARD_SEAT and item.record_id == seat.id for item in _places(opened, on))

    assert is_open(date(2021, 12, 31))
    assert not is_open(date(2022, 1, 1)) and not is_open(date(2022, 6, 30))
    assert is_open(date(2022, 7, 1))


def test_notes_of_a_place_and_its_parts_are_all_shown_once_each(opened: OpenedDatabase) -> None:
    services = opened.services
    portfolio = next(item for item in services.portfolios.list() if item.name == "Themabijeenkomst Sport")
    services.portfolios.update(portfolio.id, portfolio.version, {"notes": "Kandidaat gevonden; besluit in het DB van mei."})
    place = _by_place(opened)["Themabijeenkomst Sport"]
    assert place.note is not None
    assert place.note.splitlines() == ["Kandidaat gevonden; besluit in het DB van mei.",
                                       "Open door de gemeenteraadsverkiezingen van 14, 15 en 16 maart 2022, die een "
                                       "wisseling van Dagelijks Bestuursleden brengen. De functies van de Dagelijks "
                                       "Bestuursleden worden in april 2022 ingevuld."]
    committee = next(item for item in services.vng_committees.list() if item.name == "Algemeen Bestuur")
    services.vng_committees.update(committee.id, committee.version, {"notes": "  "})
    place = next(item for item in _places(opened) if item.kind is PlaceKind.VNG_COMMITTEE and item.record_id == committee.id)
    assert place.note is None


def test_an_empty_database_has_no_open_places(empty_opened: OpenedDatabase) -> None:
    assert _places(empty_opened) == ()
