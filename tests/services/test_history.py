"""The history records every kind of change in the change's own transaction, keeps sick leave and
removed former staff out of it, turns changes back only while nothing changed since, and is pruned."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from vgg_desktop.db.models import HistoryChangeRow, HistoryRecordRow
from vgg_desktop.domain.errors import ConflictError, RuleViolation, ValidationError
from vgg_desktop.domain.history import Change, ChangeKind, Operation
from vgg_desktop.services import history as history_module
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.history import HistoryFilter, this_pc
from vgg_desktop.startup import OpenedDatabase, open_database

RETENTION_DAY = date(2026, 11, 29)


def newest(services: Services) -> Change:
    return services.history.changes(HistoryFilter(limit=1))[0]


def fields(change: Change, position: int = 0) -> dict[str, tuple[str, str]]:
    return {field.label: (field.old, field.new) for field in change.records[position].fields}


def stored_history(services: Services) -> str:
    """Everything the history tables hold, as one text, to search for what must not be there."""
    with services.database.reading() as session:
        changes = session.execute(select(HistoryChangeRow.description, HistoryChangeRow.os_user)).all()
        records = session.execute(select(HistoryRecordRow.name, HistoryRecordRow.fields)).all()
    return json.dumps([list(row) for row in changes] + [[row.name, row.fields] for row in records], ensure_ascii=False)


def test_the_import_of_a_new_database_is_one_change_naming_every_record(database_path: Path) -> None:
    # Opened here, not copied from the session's template, so that the change is made now.
    opened = open_database(f"sqlite:///{database_path}")
    (change,) = opened.services.history.changes()
    assert change.kind is ChangeKind.IMPORT and change.description == "Ingelezen uit jaarplan-2022.json"
    assert opened.seed_report is not None
    assert len(change.records) == sum(count for _, count in opened.seed_report.counts) and {record.operation for record in change.records} == {Operation.ADDED}
    author = this_pc()
    assert (change.os_user, change.computer, change.database_user) == (author.os_user, author.computer, None)
    assert abs(change.changed_at - datetime.now(UTC)) < timedelta(minutes=1)
    opened.database.dispose()


def test_an_edit_records_each_changed_field_old_and_new_as_the_user_reads_them(opened: OpenedDatabase) -> None:
    services = opened.services
    term = services.seat_terms.list()[0]
    other = next(person for person in services.persons.list() if person.id != term.person_id)
    services.seat_terms.update(term.id, term.version, {"person_id": other.id, "end_date": "31-12-2025"})
    change = newest(services)
    record = change.records[0]
    assert change.kind is ChangeKind.EDIT and record.operation is Operation.CHANGED
    assert record.version == services.seat_terms.get(term.id).version
    before = services.persons.get(term.person_id).display_name
    assert fields(change) == {"Bestuurder": (before, other.display_name), "Tot en met": ("", "31-12-2025")}
    assert record.name.startswith(other.display_name)


def test_a_list_of_references_is_recorded_with_names_and_a_save_that_changes_nothing_is_not(opened: OpenedDatabase) -> None:
    services = opened.services
    consultation = next(item for item in services.consultations.list() if item.partner_ids)
    partners = {partner.id: partner.name for partner in services.partners.list()}
    extra = next(partner_id for partner_id in partners if partner_id not in consultation.partner_ids)
    saved = services.consultations.update(consultation.id, consultation.version,
                                          {"partner_ids": (*consultation.partner_ids, extra)})
    old, new = fields(newest(services))["Partnerorganisaties"]
    assert partners[extra] not in old and partners[extra] in new
    count = services.history.count()
    services.consultations.update(saved.id, saved.version, {"name": saved.name})
    assert services.history.count() == count


def test_a_refused_save_leaves_no_trace_in_the_history(opened: OpenedDatabase) -> None:
    services = opened.services
    count = services.history.count()
    person = services.persons.list()[0]
    with pytest.raises(ValidationError):
        services.persons.update(person.id, person.version, {"last_name": ""})
    with pytest.raises(ConflictError):
        services.persons.update(person.id, person.version - 1 if person.version > 1 else 99, {"function": "x"})
    assert services.history.count() == count


def test_add_and_delete_with_what_went_along(opened: OpenedDatabase) -> None:
    services = opened.services
    seat = services.board_seats.create({"kind": "municipality", "role": "lid", "constituency": "Testgemeente"})
    assert newest(services).kind is ChangeKind.ADD and fields(newest(services))["Namens"] == ("", "Testgemeente")
    person = services.persons.list()[0]
    term = services.seat_terms.create({"seat_id": seat.id, "person_id": person.id, "start_date": "2026-01-01"})
    services.board_seats.delete(seat.id, services.board_seats.get(seat.id).version)
    change = newest(services)
    assert change.kind is ChangeKind.DELETE
    assert [(record.entity, record.record_id, record.operation) for record in change.records] == [
        ("board_seat", seat.id, Operation.REMOVED), ("seat_term", term.id, Operation.REMOVED)]
    assert fields(change, 1)["Vanaf"] == ("01-01-2026", "")


def test_undo_redo_and_restore_are_recorded_by_their_own_kind(opened: OpenedDatabase) -> None:
    services = opened.services
    partner = services.partners.list()[0]
    changed = services.partners.update(partner.id, partner.version, {"notes": "nieuw"})
    undone = services.partners.update(changed.id, changed.version, {"notes": None}, kind=ChangeKind.UNDO)
    assert newest(services).kind is ChangeKind.UNDO and fields(newest(services))["Opmerkingen"] == ("nieuw", "")
    services.partners.update(undone.id, undone.version, {"notes": "nieuw"}, kind=ChangeKind.REDO)
    assert newest(services).kind is ChangeKind.REDO
    meeting = services.meetings.list()[0]
    restoration = services.meetings.delete(meeting.id, meeting.version)
    services.restore(restoration)
    change = newest(services)
    assert change.kind is ChangeKind.RESTORE and change.records[0].operation is Operation.ADDED
    assert change.records[0].version == services.meetings.get(meeting.id).version


def test_deleting_a_person_who_holds_places_records_the_terms_and_the_places_made_vacant(opened: OpenedDatabase) -> None:
    services = opened.services
    holder = next(person for person in services.persons.list() if services.portfolios.list(holder_id=person.id)
                  and services.seat_terms.list(person_id=person.id))
    portfolio = services.portfolios.list(holder_id=holder.id)[0]
    services.delete_person(holder.id, holder.version, vacate_places=True)
    change = newest(services)
    by_entity = {record.entity: record for record in change.records}
    assert by_entity["person"].operation is Operation.REMOVED and by_entity["person"].name == holder.display_name
    # A term is named with its holder even though the holder is gone in the same change.
    assert by_entity["seat_term"].name.startswith(holder.display_name)
    vacated = next(record for record in change.records if record.entity == "portfolio" and record.record_id == portfolio.id)
    assert vacated.operation is Operation.CHANGED
    assert {field.label: (field.old, field.new) for field in vacated.fields} == {"Portefeuillehouder": (holder.display_name, "")}


def test_sick_leave_is_recorded_without_its_dates(opened: OpenedDatabase) -> None:
    services = opened.services
    member = services.staff_members.list()[0]
    absence = services.absences.create({"staff_member_id": member.id, "start_date": "2024-02-13"})
    services.absences.update(absence.id, absence.version, {"end_date": "2024-02-27"})
    services.absences.delete(absence.id, services.absences.get(absence.id).version)
    recorded = [change.records[0] for change in services.history.of_record("staff_member", member.id)[:3]]
    assert [record.operation for record in recorded] == [Operation.REMOVED, Operation.CHANGED, Operation.ADDED]
    assert all(record.entity == "absence" and record.fields == () and record.name == member.display_name for record in recorded)
    stored = stored_history(services)
    for day in ("2024-02-13", "13-02-2024", "2024-02-27", "27-02-2024"):
        assert day not in stored


def test_removing_former_staff_for_retention_leaves_no_personal_data_of_them_in_the_history(opened: OpenedDatabase) -> None:
    services = opened.services
    due = services.retention.due(RETENTION_DAY)
    member = next(candidate.member for candidate in due if candidate.projects)
    services.staff_members.update(member.id, member.version, {"email": "oud.collega@vgg.nl", "phone": "06-11223344"})
    member = services.staff_members.get(member.id)
    employment = services.employments.list(staff_member_id=member.id)[0]
    services.employments.update(employment.id, employment.version, {"description": "Bijzondere afspraak"})
    project = next(item for item in services.projects.list() if member.id in item.staff_member_ids)
    services.projects.update(project.id, project.version, {"description": "Met de oud-collega"})
    assert member.last_name in stored_history(services)

    services.retention.remove([member], RETENTION_DAY)

    stored = stored_history(services)
    for personal in (member.last_name, member.display_name, "oud.collega@vgg.nl", "06-11223344", "Bijzondere afspraak"):
        assert personal not in stored
    change = newest(services)
    # What is left under the member's id is only that a former staff member was removed, by whom and when.
    assert [item.id for item in services.history.of_record("staff_member", member.id)] == [change.id]
    assert change.kind is ChangeKind.RETENTION and change.description.startswith("1 oud-medewerker verwijderd")
    assert {record.name for record in change.records if record.entity != "project"} == {"oud-medewerker"}
    # The project's own history stays, with the former colleague no longer named.
    project_changes = services.history.of_record("project", project.id)
    assert any("oud-medewerker" in field.old for change in project_changes for record in change.records for field in record.fields)
    with pytest.raises(RuleViolation, match="bewaartermijn"):
        services.history.revert(change.id)


def test_a_new_year_plan_is_one_change(opened: OpenedDatabase) -> None:
    services = opened.services
    services.start_year_plan(2023, 2022)
    change = newest(services)
    assert change.kind is ChangeKind.NEW_YEAR and change.records[0].entity == "year_plan"
    assert len(change.records) == 1 + 28


def test_filters_by_author_period_and_kind_of_record(opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    services = opened.services
    monkeypatch.setattr(history_module, "this_pc", lambda: history_module.Author("collega", "PC-02"))
    partner = services.partners.list()[0]
    services.partners.update(partner.id, partner.version, {"notes": "door een collega"})
    assert services.history.authors() == tuple(sorted({this_pc().os_user, "collega"}))
    by_colleague = services.history.changes(HistoryFilter(os_user="collega"))
    assert [change.records[0].name for change in by_colleague] == [partner.name]
    assert by_colleague[0].who == "collega op PC-02"
    assert [change.kind for change in services.history.changes(HistoryFilter(entity="partner"))] == [ChangeKind.EDIT, ChangeKind.IMPORT]
    assert all(record.entity == "partner" for change in services.history.changes(HistoryFilter(entity="partner")) for record in change.records)
    today = date.today()
    assert services.history.changes(HistoryFilter(since=today + timedelta(days=1))) == ()
    assert len(services.history.changes(HistoryFilter(since=today, until=today))) == 2


# --- Terugdraaien ----------------------------------------------------------------------------------------


def test_an_edit_is_reverted_and_the_revert_is_a_change_that_can_be_reverted_too(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.list()[0]
    services.persons.update(person.id, person.version, {"email": "nieuw@gemeente.nl", "function": "wethouder"})
    edit = newest(services)
    reverted = services.history.revert(edit.id)
    assert reverted.kind is ChangeKind.REVERT
    back = services.persons.get(person.id)
    assert (back.email, back.function) == (person.email, person.function)
    assert fields(reverted) == {"E-mail": ("nieuw@gemeente.nl", ""), "Functie": ("wethouder", person.function or "")}
    again = services.history.revert(reverted.id, ChangeKind.UNDO)
    assert again.kind is ChangeKind.UNDO and services.persons.get(person.id).email == "nieuw@gemeente.nl"


def test_a_change_is_not_reverted_when_something_changed_since_and_the_message_says_what(opened: OpenedDatabase) -> None:
    services = opened.services
    person = services.persons.list()[0]
    first = services.persons.update(person.id, person.version, {"email": "een@gemeente.nl"})
    edit = newest(services)
    services.persons.update(first.id, first.version, {"phone": "050-1234567"})
    with pytest.raises(ConflictError) as refused:
        services.history.revert(edit.id)
    message = refused.value.message
    assert "sindsdien" in message and f"Persoon {person.display_name} gewijzigd: Telefoon" in message
    assert this_pc().os_user in message
    assert services.persons.get(person.id).email == "een@gemeente.nl"


def test_a_delete_is_reverted_with_everything_it_took_along_under_the_same_ids(opened: OpenedDatabase) -> None:
    services = opened.services
    holder = next(person for person in services.persons.list() if services.seat_terms.list(person_id=person.id)
                  and services.portfolios.list(holder_id=person.id))
    terms = services.seat_terms.list(person_id=holder.id)
    portfolios = services.portfolios.list(holder_id=holder.id)
    services.delete_person(holder.id, holder.version, vacate_places=True)
    reverted = services.history.revert(newest(services).id)
    assert services.persons.get(holder.id).display_name == holder.display_name
    assert [term.id for term in services.seat_terms.list(person_id=holder.id)] == [term.id for term in terms]
    assert [item.id for item in services.portfolios.list(holder_id=holder.id)] == [item.id for item in portfolios]
    assert {record.operation for record in reverted.records} == {Operation.ADDED, Operation.CHANGED}
    # A new record after the revert gets a new id, not one of the restored ones.
    highest = max(person.id for person in services.persons.list())
    assert services.persons.create({"last_name": "Nieuw"}).id > highest


def test_reverting_an_add_refuses_to_take_later_records_along(opened: OpenedDatabase) -> None:
    services = opened.services
    seat = services.board_seats.create({"kind": "klankbordgroep", "role": "lid"})
    added = newest(services)
    services.seat_terms.create({"seat_id": seat.id, "person_id": services.persons.list()[0].id})
    with pytest.raises(RuleViolation, match="later bij is gekomen"):
        services.history.revert(added.id)
    assert services.board_seats.get(seat.id)
    plain = services.partners.create({"name": "Nieuwe partner"})
    services.history.revert(newest(services).id)
    assert plain.id not in {partner.id for partner in services.partners.list()}


def test_a_change_of_sick_leave_cannot_be_reverted_from_the_history(opened: OpenedDatabase) -> None:
    services = opened.services
    member = services.staff_members.list()[0]
    services.absences.create({"staff_member_id": member.id, "start_date": "2024-02-13"})
    with pytest.raises(RuleViolation, match="ziekmelding"):
        services.history.revert(newest(services).id)


def test_a_revert_that_would_break_a_rule_is_refused_with_the_rules_message(opened: OpenedDatabase) -> None:
    services = opened.services
    partner = services.partners.list()[0]
    old_name = partner.name
    services.partners.update(partner.id, partner.version, {"name": "Andere naam"})
    rename = newest(services)
    services.partners.create({"name": old_name})
    with pytest.raises(ValidationError, match="al een partnerorganisatie"):
        services.history.revert(rename.id)


# --- keeping it for a limited time ------------------------------------------------------------------------


def _age(services: Services, change_id: int, days: int) -> None:
    with services.database.writing() as session:
        session.execute(text("UPDATE history_change SET changed_at = :moment WHERE id = :id"),
                        {"moment": datetime.now(UTC) - timedelta(days=days), "id": change_id})


def test_the_history_is_kept_24_months_by_default_and_pruned_at_start_up(opened: OpenedDatabase, database_path: Path) -> None:
    services = opened.services
    assert services.settings.history_months() == 24
    partner = services.partners.list()[0]
    services.partners.update(partner.id, partner.version, {"notes": "oud"})
    old = newest(services)
    _age(services, old.id, 800)
    opened.database.dispose()
    reopened = open_database(f"sqlite:///{database_path}")
    try:
        kinds = [change.kind for change in reopened.services.history.changes()]
        assert kinds == [ChangeKind.IMPORT]
        with reopened.database.reading() as session:
            assert session.scalar(select(HistoryRecordRow.id).where(HistoryRecordRow.change_id == old.id)) is None
    finally:
        reopened.database.dispose()


def test_a_shorter_period_or_for_ever_is_a_setting_and_nonsense_is_refused(opened: OpenedDatabase) -> None:
    services = opened.services
    first = newest(services)
    _age(services, first.id, 100)
    services.settings.set_history_months(0)
    assert services.prune_history(date.today()) == 0 and services.history.count() == 1
    services.settings.set_history_months(3)
    assert services.prune_history(date.today()) == 1 and services.history.count() == 0
    with pytest.raises(ValidationError, match="0 om de geschiedenis altijd te bewaren"):
        services.settings.set_history_months(121)
    assert services.settings.history_months() == 3


# --- PostgreSQL ----------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_on_postgresql_the_database_user_is_recorded_and_a_revert_keeps_ids_apart(postgres_url: str) -> None:
    opened = open_database(postgres_url)
    try:
        services = opened.services
        assert newest(services).database_user == "postgres"
        person = services.persons.create({"last_name": "Jansen"})
        change = newest(services)
        assert change.database_user == "postgres" and "databasegebruiker postgres" in change.who
        services.persons.delete(person.id, person.version)
        services.history.revert(newest(services).id)
        assert services.persons.get(person.id).last_name == "Jansen"
        assert [change.kind for change in services.history.of_record("person", person.id)] == [
            ChangeKind.REVERT, ChangeKind.DELETE, ChangeKind.ADD]
        assert services.persons.create({"last_name": "Pietersen"}).id > person.id
    finally:
        opened.database.dispose()


# --- a database made by the release before the history --------------------------------------------------------


def _database_of_the_previous_release(url: str) -> None:
    from alembic import command

    from vgg_desktop.db import migrate
    from vgg_desktop.db.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            command.upgrade(migrate._config(connection), "0001")
            connection.execute(text(
                "INSERT INTO person (last_name, version, created_at, updated_at) VALUES ('Bestaand', 1, :now, :now)"),
                {"now": datetime.now(UTC)})
            connection.execute(text("INSERT INTO setting (key, value) VALUES ('seed', 'empty')"))
    finally:
        engine.dispose()


def _upgrades_and_records(url: str) -> None:
    _database_of_the_previous_release(url)
    opened = open_database(url)
    try:
        assert opened.migrated
        services = opened.services
        assert services.history.changes() == ()
        person = services.persons.list()[0]
        services.persons.update(person.id, person.version, {"function": "wethouder"})
        assert fields(newest(services)) == {"Functie": ("", "wethouder")}
    finally:
        opened.database.dispose()


def test_a_sqlite_database_of_the_previous_release_is_upgraded_and_records_from_then_on(database_path: Path) -> None:
    _upgrades_and_records(f"sqlite:///{database_path}")


@pytest.mark.postgres
def test_a_postgresql_database_of_the_previous_release_is_upgraded_and_records_from_then_on(postgres_url: str) -> None:
    _upgrades_and_records(postgres_url)


def test_filling_a_seat_with_a_new_person_is_one_change_and_its_undo_another(opened: OpenedDatabase) -> None:
    services = opened.services
    seat = next(item.seat for item in services.overviews.board(date.today()) if item.is_vacant)
    filled = services.seat_filling.fill({"seat_id": seat.id, "start_date": "2026-01-01"},
                                        {"last_name": "Nieuwkomer", "initials": "N."})
    change = newest(services)
    assert change.kind is ChangeKind.ELECTION and change.kind.label == "Zetel ingevuld"
    assert [(record.entity, record.operation) for record in change.records][:2] == [
        ("person", Operation.ADDED), ("seat_term", Operation.ADDED)]
    services.seat_filling.undo(filled)
    undone = newest(services)
    assert undone.kind is ChangeKind.UNDO
    assert {(record.entity, record.operation) for record in undone.records} >= {
        ("person", Operation.REMOVED), ("seat_term", Operation.REMOVED)}
