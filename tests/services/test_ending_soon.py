"""The notice of what ends soon at its edges: the boundary days, what ended yesterday, no end date, what is
continued, dismissals shared by every PC of one database and kept apart from another, and personnel data."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.office import Office
from vgg_desktop.db.models import DismissedNoticeRow
from vgg_desktop.domain.dates import add_months
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.services.ending_soon import EndingKind
from vgg_desktop.startup import OpenedDatabase, open_database

ON = date(2023, 2, 1)
"""A day on which nothing of the seed ends soon: every seeded contract and term has ended or runs on without end."""


def _notice_keys(opened: OpenedDatabase, on: date = ON) -> list[tuple[EndingKind, int]]:
    return [(item.kind, item.record_id) for item in opened.services.ending_soon.notice(on).items]


def _board_term(opened: OpenedDatabase, end: date | None, *, start: date | None = date(2022, 4, 20)) -> int:
    services = opened.services
    seat = next(item for item in services.overviews.board(ON) if item.is_vacant)
    person = services.persons.create({"initials": "T.", "last_name": "Termijn"})
    return services.seat_terms.create({"seat_id": seat.seat.id, "person_id": person.id, "start_date": start,
                                       "end_date": end}).id


def test_nothing_of_the_seed_ends_soon_on_a_quiet_day(opened: OpenedDatabase) -> None:
    notice = opened.services.ending_soon.notice(ON)
    assert notice.items == () and notice.heading == "Eindigt binnen 6 maanden na 01-02-2023 (tot en met 01-08-2023)"


def test_the_seed_contracts_end_soon_seen_from_the_adoption_of_the_plan(opened: OpenedDatabase) -> None:
    notice = opened.services.ending_soon.notice(date(2022, 3, 15))
    assert {item.kind for item in notice.items} == {EndingKind.EMPLOYMENT}
    assert [item.ends_on for item in notice.items] == sorted(item.ends_on for item in notice.items)
    assert "Dienstverband van Mw. M. Klaver (secretariaat) eindigt op 01-09-2022" in [item.text for item in notice.items]


@pytest.mark.parametrize(("end", "shown"), [
    (ON, True),                                # its last day is the day looked from
    (add_months(ON, 6), True),                 # exactly on the boundary: still soon
    (add_months(ON, 6) + timedelta(days=1), False),  # one day further: not yet
    (ON - timedelta(days=1), False),           # ended yesterday: ended, not ending
    (None, False),                             # no end date: runs on
])
def test_a_board_term_at_the_edges_of_the_period(opened: OpenedDatabase, end: date | None, shown: bool) -> None:
    term_id = _board_term(opened, end)
    assert ((EndingKind.TERM, term_id) in _notice_keys(opened)) is shown


def test_the_period_is_the_database_setting(opened: OpenedDatabase) -> None:
    term_id = _board_term(opened, add_months(ON, 3))
    assert (EndingKind.TERM, term_id) in _notice_keys(opened)
    opened.services.settings.set_ends_soon_months(2)
    assert (EndingKind.TERM, term_id) not in _notice_keys(opened)


def test_a_term_or_contract_that_is_continued_does_not_end(opened: OpenedDatabase) -> None:
    services = opened.services
    end = ON + timedelta(days=30)
    term_id = _board_term(opened, end)
    term = services.seat_terms.get(term_id)
    services.seat_terms.create({"seat_id": term.seat_id, "person_id": term.person_id, "start_date": end + timedelta(days=1)})
    assert (EndingKind.TERM, term_id) not in _notice_keys(opened)
    member = services.staff_members.list()[0]
    first = services.employments.create({"staff_member_id": member.id, "function": "Secretariaat",
                                         "start_date": date(2022, 1, 1), "end_date": end})
    assert (EndingKind.EMPLOYMENT, first.id) in _notice_keys(opened)
    services.employments.create({"staff_member_id": member.id, "function": "Secretariaat",
                                 "start_date": end + timedelta(days=2), "end_date": date(2024, 1, 1)})
    assert (EndingKind.EMPLOYMENT, first.id) in _notice_keys(opened), "a day between: the contract ends"
    services.employments.create({"staff_member_id": member.id, "function": "Secretariaat",
                                 "start_date": end + timedelta(days=1)})
    assert (EndingKind.EMPLOYMENT, first.id) not in _notice_keys(opened)


def test_a_dismissed_item_is_hidden_for_every_pc_until_its_record_changes(opened: OpenedDatabase, tmp_path: Path) -> None:
    services = opened.services
    term_id = _board_term(opened, ON + timedelta(days=10))
    (item,) = services.ending_soon.notice(ON).items
    services.ending_soon.dismiss(item.key)
    services.ending_soon.dismiss(item.key)  # twice is once
    notice = services.ending_soon.notice(ON)
    assert notice.shown == () and [hidden.record_id for hidden in notice.dismissed] == [term_id]
    assert notice.dismissed[0].dismissed is not None and notice.dismissed[0].dismissed.by
    # Another PC on the same database sees it hidden too.
    other_pc = open_database(opened.database.url)
    try:
        assert other_pc.services.ending_soon.notice(ON).shown == ()
    finally:
        other_pc.database.dispose()
    # The term is changed (a new end date): it is noticed again.
    term = services.seat_terms.get(term_id)
    services.seat_terms.update(term.id, term.version, {"end_date": ON + timedelta(days=20)})
    assert [shown.record_id for shown in services.ending_soon.notice(ON).shown] == [term_id]


def test_a_dismissed_item_can_be_shown_again(opened: OpenedDatabase) -> None:
    _board_term(opened, ON + timedelta(days=10))
    (item,) = opened.services.ending_soon.notice(ON).items
    opened.services.ending_soon.dismiss(item.key)
    opened.services.ending_soon.show_again(item.key)
    assert opened.services.ending_soon.notice(ON).dismissed == () and len(opened.services.ending_soon.notice(ON).shown) == 1


def test_dismissals_belong_to_one_database(opened: OpenedDatabase, tmp_path: Path) -> None:
    other = open_database(f"sqlite:///{tmp_path / 'andere.sqlite3'}")
    try:
        for database in (opened, other):
            _board_term(database, ON + timedelta(days=10))
        (item,) = opened.services.ending_soon.notice(ON).items
        (same_key,) = other.services.ending_soon.notice(ON).items
        assert item.key == same_key.key, "the same record in a copy of the seed has the same key"
        opened.services.ending_soon.dismiss(item.key)
        assert opened.services.ending_soon.notice(ON).shown == ()
        assert len(other.services.ending_soon.notice(ON).shown) == 1
    finally:
        other.database.dispose()


@pytest.mark.postgres
def test_employment_contracts_only_for_personnel_and_the_key_tells_nothing(office: Office) -> None:
    seen_by_anna = office.anna.services.ending_soon.notice(date(2022, 3, 15))
    seen_by_bert = office.bert.services.ending_soon.notice(date(2022, 3, 15))
    assert {item.kind for item in seen_by_anna.items} == {EndingKind.EMPLOYMENT}
    assert seen_by_bert.items == ()
    key = seen_by_anna.items[0].key
    assert key.startswith("employment:") and "2022" not in key
    office.anna.services.ending_soon.dismiss(key)
    assert office.bert.services.ending_soon.notice(date(2022, 3, 15)).items == ()


@pytest.mark.postgres
def test_two_pcs_hiding_the_same_item_at_once_both_succeed(two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    first, second = two_pcs
    day = date(2022, 3, 15)
    keys = [item.key for item in first.services.ending_soon.notice(day).items]
    for key in keys:
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def hide(opened: OpenedDatabase, key: str = key, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                opened.services.ending_soon.dismiss(key)
            except BaseException as error:  # the assertion below reports it
                errors.append(error)

        threads = [threading.Thread(target=hide, args=(pc,)) for pc in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
    assert second.services.ending_soon.notice(day).shown == ()
    assert [item.key for item in second.services.ending_soon.notice(day).dismissed] == keys


def test_a_dismissal_of_an_earlier_version_goes_when_the_new_one_is_dismissed(opened: OpenedDatabase) -> None:
    services = opened.services
    term_id = _board_term(opened, ON + timedelta(days=10))
    (item,) = services.ending_soon.notice(ON).items
    services.ending_soon.dismiss(item.key)
    term = services.seat_terms.get(term_id)
    services.seat_terms.update(term.id, term.version, {"end_date": ON + timedelta(days=20)})
    (changed,) = services.ending_soon.notice(ON).items
    services.ending_soon.dismiss(changed.key)
    with opened.database.reading() as session:
        assert session.scalars(select(DismissedNoticeRow.key)).all() == [changed.key]


@pytest.mark.postgres
def test_the_overzicht_of_someone_without_personnel_access_says_where_contracts_are(office: Office) -> None:
    from vgg_desktop.services.reports import build_meeting_report

    cover = build_meeting_report(office.bert.services, date(2022, 3, 15), []).sheets[0]
    rows = {row.cells[0]: row.cells[1] for row in cover.rows}
    assert rows["Eindigt binnenkort"] == "Geen termijn in het Dagelijks Bestuur."
    assert rows["Dienstverbanden"] == "Staan alleen in het overzicht van een medewerker personeelszaken."
    anna = {row.cells[0]: row.cells[1] for row in build_meeting_report(office.anna.services, date(2022, 3, 15), []).sheets[0].rows}
    assert anna["Dienstverband"] == "Mw. M. Klaver (secretariaat): laatste dag 01-09-2022"


def test_a_committee_membership_or_chair_with_a_last_day_ends_soon(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.create({"initials": "C.", "last_name": "Commissie"})
    committee = next(item for item in services.vng_committees.list() if item.name == "Gemeentefinanciën")
    services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_since": date(2022, 6, 15),
        "member_until": add_months(ON, 6)})
    consultation = next(item for item in services.consultations.list() if item.name == "Vrijtijdseconomie")
    services.consultations.update(consultation.id, consultation.version, {
        "chair_status": PlaceStatus.FILLED, "chair_id": person.id, "chair_until": ON - timedelta(days=1)})
    items = services.ending_soon.notice(ON).items
    assert [(item.kind, item.text) for item in items] == [
        (EndingKind.COMMITTEE, "Lidmaatschap VNG-commissie van C. Commissie (VNG-commissie Gemeentefinanciën) "
                               "eindigt op 01-08-2023")]
    # Seen from the chair's last day, the chair ends that day; the membership's last day is then a day too far.
    assert [item.kind for item in services.ending_soon.notice(ON - timedelta(days=1)).items] == [EndingKind.CHAIR]
