"""Meetings and their attendance through the services: one transaction each, versions checked, deletes undoable."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from vgg_desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from vgg_desktop.domain.errors import ConflictError, DomainError, RuleViolation, ValidationError
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.meetings import AttendanceEntry
from vgg_desktop.startup import OpenedDatabase

PRESENT, ABSENT, EXCUSED = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@pytest.fixture
def services(opened: OpenedDatabase) -> Services:
    return opened.services


def toogdag(services: Services) -> Any:
    return next(item for item in services.meetings.list() if item.kind == MeetingKind.TOOGDAG)


def eight_present(services: Services) -> list[AttendanceEntry]:
    municipalities = services.municipalities.list()
    return [AttendanceEntry(item.id, PRESENT if index < 8 else EXCUSED, "wethouder" if index == 0 else None)
            for index, item in enumerate(municipalities)]


def test_the_seeded_meetings_and_their_status(services: Services) -> None:
    meetings = {(item.date, item.kind): item for item in services.meetings.list()}
    assert meetings[(date(2022, 3, 10), MeetingKind.BOARD)].status == MeetingStatus.HELD
    assert meetings[(date(2022, 6, 14), MeetingKind.TOOGDAG)].status == MeetingStatus.PLANNED
    assert meetings[(date(2022, 6, 14), MeetingKind.GENERAL_MEETING)].status == MeetingStatus.PLANNED


def test_a_meeting_gets_new_kinds_and_a_status_with_dutch_messages(services: Services) -> None:
    made = services.meetings.create({"date": "20-09-2022", "kind": "werksessie", "title": "Werksessie vroegsignalering",
                                     "status": "geannuleerd"})
    assert made.kind == MeetingKind.WORKSHOP and made.status == MeetingStatus.CANCELLED
    assert services.meetings.create({"date": "01-10-2022", "title": "Regenboogsymposium", "kind": "symposium"}).status \
        == MeetingStatus.PLANNED
    with pytest.raises(ValidationError) as raised:
        services.meetings.create({"date": "01-10-2022", "title": "x", "status": "misschien"})
    assert raised.value.errors["status"] == "Status: kies een van 'Gepland', 'Gehouden', 'Geannuleerd'."


def test_recording_attendance_shows_eight_of_ten_and_moves_the_meeting_version(services: Services) -> None:
    meeting = toogdag(services)
    change = services.meeting_overviews.record_attendance(meeting.id, meeting.version, eight_present(services))
    assert change.before == () and len(change.after) == 10
    assert change.meeting.version == meeting.version + 1
    sheet = services.meeting_overviews.attendance(meeting.id)
    assert sheet.summary.describe() == "8 van 10 gemeenten aanwezig"
    assert sheet.lines[0].record is not None and sheet.lines[0].record.represented_by == "wethouder"
    # A form still open on the old version is refused instead of overwriting the attendance.
    with pytest.raises(ConflictError):
        services.meetings.update(meeting.id, meeting.version, {"status": "gehouden"})
    with pytest.raises(ConflictError):
        services.meeting_overviews.record_attendance(meeting.id, meeting.version, [])


def test_recording_again_replaces_and_reports_what_was_there_for_undo(services: Services) -> None:
    meeting = toogdag(services)
    first = services.meeting_overviews.record_attendance(meeting.id, meeting.version, eight_present(services))
    groningen = next(item for item in services.municipalities.list() if item.name == "Groningen")
    second = services.meeting_overviews.record_attendance(first.meeting.id, first.meeting.version,
                                                          [AttendanceEntry(groningen.id, ABSENT)])
    assert second.before == first.after
    assert services.meeting_overviews.attendance(meeting.id).summary.describe() == "0 van 10 gemeenten aanwezig"
    # Undo: put back what was recorded before.
    services.meeting_overviews.record_attendance(second.meeting.id, second.meeting.version, second.before)
    assert services.meeting_overviews.attendance(meeting.id).entries() == first.after


def test_bad_attendance_changes_nothing(services: Services) -> None:
    meeting = toogdag(services)
    entries = eight_present(services)
    too_long = [*entries[:-1], AttendanceEntry(entries[-1].municipality_id, PRESENT, "x" * 500)]
    with pytest.raises(ValidationError, match="hoogstens 200"):
        services.meeting_overviews.record_attendance(meeting.id, meeting.version, too_long)
    twice = [*entries, entries[0]]
    with pytest.raises(ValidationError, match="één keer"):
        services.meeting_overviews.record_attendance(meeting.id, meeting.version, twice)
    assert services.meeting_overviews.attendance(meeting.id).entries() == ()
    assert services.meetings.get(meeting.id).version == meeting.version


def test_one_attendance_per_municipality_per_meeting(services: Services) -> None:
    meeting = toogdag(services)
    municipality = services.municipalities.list()[0]
    services.meeting_attendance.create({"meeting_id": meeting.id, "municipality_id": municipality.id, "status": "aanwezig"})
    with pytest.raises(ValidationError) as raised:
        services.meeting_attendance.create({"meeting_id": meeting.id, "municipality_id": municipality.id, "status": "afwezig"})
    assert raised.value.errors["municipality_id"].startswith(f"Gemeente: voor {municipality.name} is bij deze bijeenkomst al")


def test_a_municipality_that_was_not_a_member_then_is_refused(services: Services) -> None:
    meeting = toogdag(services)
    former = services.municipalities.create({"name": "Ten Boer", "member_until": "31-12-2018"})
    with pytest.raises(ValidationError, match="Ten Boer was op 14-06-2022 geen lid"):
        services.meeting_overviews.record_attendance(meeting.id, meeting.version, [AttendanceEntry(former.id, PRESENT)])
    lines = services.meeting_overviews.attendance(meeting.id).lines
    assert former.id not in {line.municipality_id for line in lines}  # not offered either


def test_deleting_a_meeting_takes_its_attendance_along_and_undo_brings_both_back(services: Services) -> None:
    meeting = toogdag(services)
    change = services.meeting_overviews.record_attendance(meeting.id, meeting.version, eight_present(services))
    restoration = services.meetings.delete(meeting.id, change.meeting.version)
    assert {record.entity for record in restoration.records} == {"meeting", "meeting_attendance"}
    assert services.meeting_attendance.count() == 0
    services.restore(restoration)
    assert services.meeting_overviews.attendance(meeting.id).summary.describe() == "8 van 10 gemeenten aanwezig"


def test_a_municipality_with_recorded_attendance_cannot_be_deleted(services: Services) -> None:
    meeting = toogdag(services)
    municipality = services.municipalities.list()[0]
    services.meeting_overviews.record_attendance(meeting.id, meeting.version, [AttendanceEntry(municipality.id, PRESENT)])
    with pytest.raises(RuleViolation, match="1 × aanwezigheid"):
        services.municipalities.delete(municipality.id, municipality.version)


def test_activity_target_needs_a_number_before_it_can_be_a_minimum(services: Services) -> None:
    activity = services.activities.list()[2]
    with pytest.raises(ValidationError) as raised:
        services.activities.update(activity.id, activity.version, {"meeting_target_is_minimum": True})
    assert raised.value.errors == {"meeting_target_is_minimum": "Minimaal: vul eerst het aantal bijeenkomsten in, of haal het vinkje weg."}
    with pytest.raises(ValidationError, match="minstens 1"):
        services.activities.update(activity.id, activity.version, {"meeting_target": 0})
    saved = services.activities.update(activity.id, activity.version, {"meeting_target": 4, "meeting_target_is_minimum": True})
    assert (saved.meeting_target, saved.meeting_target_is_minimum) == (4, True)


def test_activities_count_their_meetings_on_the_day_asked(services: Services) -> None:
    raadsleden = next(item for item in services.activities.list() if item.position == 2)
    assert raadsleden.meeting_target == 2
    services.meetings.create({"date": "01-03-2022", "title": "Raadsledenbijeenkomst", "kind": "raadsleden",
                              "activity_id": raadsleden.id, "status": "gehouden"})
    services.meetings.create({"date": "01-11-2022", "title": "Tweede raadsledenbijeenkomst", "kind": "raadsleden",
                              "activity_id": raadsleden.id})

    def seen_on(day: date) -> Any:
        overview = next(item for item in services.overviews.activities(2022, day) if item.activity.id == raadsleden.id)
        assert overview.meeting_count is not None
        return overview.meeting_count

    in_february = seen_on(date(2022, 2, 1))
    assert in_february.describe() == "0 van 2 gehouden, 2 gepland" and not in_february.is_behind
    in_june = seen_on(date(2022, 6, 1))
    assert in_june.describe() == "1 van 2 gehouden, 1 gepland" and not in_june.is_behind
    toogdag_activity = next(item for item in services.overviews.activities(2022, date(2022, 6, 1)) if item.activity.position == 1)
    assert toogdag_activity.meeting_count is not None and toogdag_activity.meeting_count.target is None
    # The full picture for one activity counts the same.
    full = services.meeting_overviews.for_activities([raadsleden], 2022, date(2022, 6, 1))[raadsleden.id]
    assert full.count == in_june and [item.meeting.title for item in full.meetings] == [
        "Raadsledenbijeenkomst", "Tweede raadsledenbijeenkomst"]


def test_attendance_over_an_activitys_meetings(services: Services) -> None:
    meeting = toogdag(services)
    services.meeting_overviews.record_attendance(meeting.id, meeting.version, eight_present(services))
    activity = next(item for item in services.activities.list() if item.position == 1)
    overview = services.meeting_overviews.for_activities([activity], 2022, date(2022, 7, 1))[activity.id]
    assert overview.with_attendance == 1
    assert [item.attendance.describe() for item in overview.meetings] == ["8 van 10 gemeenten aanwezig", ""]
    presence = dict(overview.presence)
    assert sum(presence.values()) == 8 and len(presence) == 10


def test_meetings_of_a_year_flag_planned_ones_whose_date_has_passed(services: Services) -> None:
    rows = services.meeting_overviews.of_year(2022, date(2022, 6, 20))
    assert [row.meeting.title for row in rows][0] == "Vergadering Dagelijks Bestuur VGG"
    overdue = {row.meeting.title: row.is_overdue for row in rows}
    assert overdue == {"Vergadering Dagelijks Bestuur VGG": False, "Toogdag Groninger Gemeenten": True,
                       "Algemene ledenvergadering VGG": True, "Viering eeuwfeest VGG": True}
    assert not any(row.is_overdue for row in services.meeting_overviews.of_year(2022, date(2022, 6, 1)))


@pytest.mark.postgres
def test_two_pcs_recording_the_same_meeting_at_once_let_exactly_one_through(
        two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    first, second = two_pcs
    meeting = toogdag(first.services)
    municipalities = first.services.municipalities.list()
    for round_number in range(6):
        current = first.services.meetings.get(meeting.id)
        start = threading.Barrier(2)
        outcomes: dict[str, Any] = {}

        def save(name: str, pc: OpenedDatabase, status: AttendanceStatus, version: int = current.version) -> None:
            start.wait()
            try:
                outcomes[name] = pc.services.meeting_overviews.record_attendance(
                    meeting.id, version, [AttendanceEntry(item.id, status) for item in municipalities])
            except ConflictError as error:
                outcomes[name] = error

        threads = [threading.Thread(target=save, args=("eerste", first, PRESENT)),
                   threading.Thread(target=save, args=("tweede", second, ABSENT))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        refused = [name for name, outcome in outcomes.items() if isinstance(outcome, ConflictError)]
        assert len(refused) == 1, (round_number, outcomes)
        winner = "tweede" if refused == ["eerste"] else "eerste"
        stored = first.services.meeting_overviews.attendance(meeting.id).entries()
        assert stored == outcomes[winner].after
        assert len(stored) == len(municipalities)


@pytest.mark.postgres
def test_the_unique_constraint_holds_when_two_pcs_add_the_same_municipality(
        two_pcs: tuple[OpenedDatabase, OpenedDatabase]) -> None:
    """Row by row, past the rule's check: the database refuses the second, with a Dutch message."""
    first, second = two_pcs
    meeting = toogdag(first.services)
    municipality = first.services.municipalities.list()[0]
    data = {"meeting_id": meeting.id, "municipality_id": municipality.id, "status": "aanwezig"}
    start = threading.Barrier(2)
    outcomes: list[Any] = []

    def add(pc: OpenedDatabase) -> None:
        start.wait()
        try:
            outcomes.append(pc.services.meeting_attendance.create(data))
        except (RuleViolation, ValidationError) as error:
            outcomes.append(error)

    threads = [threading.Thread(target=add, args=(pc,)) for pc in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [outcome for outcome in outcomes if isinstance(outcome, DomainError)]
    assert len(errors) == 1 and len(outcomes) == 2
    assert "Gemeente" in errors[0].message or "andere pc" in errors[0].message
    assert first.services.meeting_attendance.count() == 1


def test_the_database_itself_refuses_a_second_row_for_the_same_municipality(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the rule's check (as when two PCs pass it at the same moment) the unique constraint holds."""
    from vgg_desktop.services import records

    monkeypatch.setitem(records.RULES, "meeting_attendance", [])
    meeting = toogdag(services)
    municipality = services.municipalities.list()[0]
    data = {"meeting_id": meeting.id, "municipality_id": municipality.id, "status": "aanwezig"}
    services.meeting_attendance.create(data)
    with pytest.raises(RuleViolation, match="andere pc is intussen de aanwezigheid van dezelfde gemeente"):
        services.meeting_attendance.create({**data, "status": "afwezig"})
    assert services.meeting_attendance.count() == 1


def test_recording_attendance_is_in_the_history_under_the_meeting(services: Services) -> None:
    meeting = toogdag(services)
    groningen = next(item for item in services.municipalities.list() if item.name == "Groningen")
    change = services.meeting_overviews.record_attendance(meeting.id, meeting.version, [AttendanceEntry(groningen.id, PRESENT)])
    services.meeting_overviews.record_attendance(meeting.id, change.meeting.version, [])
    latest, first = services.history.changes()[:2]
    assert [(record.entity, record.operation.value) for record in first.records] == [("meeting_attendance", "added")]
    assert first.records[0].name == "14-06-2022 Toogdag Groninger Gemeenten: Groningen"
    assert [(record.entity, record.operation.value) for record in latest.records] == [("meeting_attendance", "removed")]
