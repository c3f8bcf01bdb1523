"""Importing sheets: the preview per row, one transaction and one change per import, refusal whole, undo."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.enums import ContractKind, OwnerKind, ProgressStatus, Salutation
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.tables import CellValue, SourceRow, SourceTable
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.history import History
from vgg_desktop.services.importing import KINDS, Importer, ImportRefused, RowAction, find_header, guess_mapping
from vgg_desktop.startup import OpenedDatabase


def _table(*rows: tuple[CellValue, ...], sheet: str = "Blad1") -> SourceTable:
    return SourceTable("lijst.xlsx", sheet, tuple(SourceRow(number, tuple(values)) for number, values in enumerate(rows, start=1)
                                                 if any(value is not None for value in values)))


STAFF_HEADER = ("Aanhef", "Voorletters", "Achternaam", "Functie", "Soort dienstverband", "Via", "Vanaf", "Tot")


def _counts(database: Database) -> dict[str, int]:
    services = Services(database)
    return {name: services.records(name).count() for name in ("staff_member", "employment", "person", "activity")}


def test_header_below_title_rows_and_mapping_in_dutch_and_english() -> None:
    table = _table(("Medewerkers van het bureau",), (None,), ("Surname", "Initials", "Job title", "From"), ("Jansen", "A.", "x", None))
    header = find_header(KINDS["staff"], table)
    assert header is not None and header.number == 3
    assert guess_mapping(KINDS["staff"], ("Surname", "Initials", "Job title", "From")) == {
        "last_name": 0, "initials": 1, "function": 2, "start_date": 3}
    assert guess_mapping(KINDS["persons"], ("E-mailadres", "Naam", "Gemeente")) == {
        "email": 0, "full_name": 1, "municipality": 2}


def test_staff_preview_adds_changes_and_skips_and_writes_nothing(empty_opened: OpenedDatabase) -> None:
    services = empty_opened.services
    member = services.staff_members.create({"initials": "A.", "last_name": "Jansen"})
    services.employments.create({"staff_member_id": member.id, "function": "Secretaris", "start_date": date(2020, 1, 1)})
    services.staff_members.create({"initials": "B.", "last_name": "Smit", "first_name": "Bea"})
    table = _table(
        ("Overzicht medewerkers",),
        STAFF_HEADER,
        ("Dhr.", "A.", "Jansen", "Directeur", "Vast dienstverband", None, "01-01-2020", None),
        ("Mw.", "C.", "de Vries", "Trainee", "Traineeship", "Hanzehogeschool", date(2022, 9, 1), "1 sept. 2023"),
        (None, "B.", "Smit", None, None, None, None, None),
        (None, "D.", "Bakker", None, None, None, "31-02-2022", None),
    )
    before = _counts(empty_opened.database)
    preview = Importer(empty_opened.database).preview("staff", table)
    assert _counts(empty_opened.database) == before
    assert preview.header_row == 2
    actions = {row.number: row.action for row in preview.rows}
    assert actions == {3: RowAction.CHANGE, 4: RowAction.ADD, 5: RowAction.SKIP, 6: RowAction.ADD}
    jansen = preview.rows[0]
    assert "Functie: 'Secretaris' wordt 'Directeur'" in jansen.changes
    assert "Aanhef: '' wordt 'Dhr.'" in jansen.changes
    assert preview.rows[3].problems == ("rij 6: Vanaf: '31-02-2022' bestaat niet als datum. Controleer dag en maand.",)
    assert not preview.can_apply
    assert "rij 6: Vanaf: '31-02-2022'" in preview.summary()


def test_staff_import_is_one_change_and_undo_turns_it_back(empty_opened: OpenedDatabase) -> None:
    services = empty_opened.services
    member = services.staff_members.create({"initials": "A.", "last_name": "Jansen"})
    services.employments.create({"staff_member_id": member.id, "function": "Secretaris", "start_date": date(2020, 1, 1)})
    table = _table(
        STAFF_HEADER,
        ("Dhr.", "A.", "Jansen", "Directeur", "Vast dienstverband", None, "2020-01-01", None),
        ("Mw.", "C.", "de Vries", "Trainee", "Traineeship", "Hanzehogeschool", date(2022, 9, 1), "1 sept. 2023"),
        (None, "E.", "=Ploeg", 12, None, None, None, None),
    )
    importer = Importer(empty_opened.database)
    history = History(empty_opened.database)
    changes_before = history.count()
    result = importer.apply("staff", table)
    assert (result.added, result.changed) == (2, 1)
    assert history.count() == changes_before + 1
    assert result.change_id is not None
    change = history.get(result.change_id)
    assert change.kind is ChangeKind.FILE_IMPORT and change.kind.label == "Geïmporteerd"
    members = {m.last_name: m for m in services.staff_members.list()}
    assert members["Jansen"].salutation is Salutation.MR
    assert members["=Ploeg"].initials == "E."  # text that looks like a formula is stored as text
    jobs = {job.staff_member_id: job for job in services.employments.list()}
    assert jobs[members["Jansen"].id].function == "Directeur"
    assert jobs[members["Jansen"].id].contract_kind is ContractKind.PERMANENT
    trainee = jobs[members["de Vries"].id]
    assert (trainee.start_date, trainee.end_date, trainee.through) == (date(2022, 9, 1), date(2023, 9, 1), "Hanzehogeschool")
    assert jobs[members["=Ploeg"].id].function == "12"  # a number in a text column is its text
    # Importing the same file again changes nothing.
    again = importer.preview("staff", table)
    assert {row.action for row in again.rows} == {RowAction.SKIP} and not again.can_apply

    undone = importer.undo(result.change_id)
    assert undone.kind is ChangeKind.UNDO
    assert [m.last_name for m in services.staff_members.list()] == ["Jansen"]
    assert [job.function for job in services.employments.list()] == ["Secretaris"]
    importer.undo(undone.id, ChangeKind.REDO)
    assert len(services.staff_members.list()) == 3


def test_a_row_with_a_problem_refuses_the_whole_import(empty_opened: OpenedDatabase) -> None:
    table = _table(STAFF_HEADER, (None, "A.", "Jansen", None, None, None, None, None),
                   (None, "B.", "Smit", None, "Vaste aanstelling", None, "14-06-2022", "01-01-2022"))
    before = _counts(empty_opened.database)
    changes = History(empty_opened.database).count()
    with pytest.raises(ImportRefused) as refused:
        Importer(empty_opened.database).apply("staff", table)
    assert "Er is niets ingelezen" in refused.value.message
    assert any("Soort dienstverband: 'Vaste aanstelling' is onbekend" in problem for problem in refused.value.problems)
    assert any(problem.startswith("rij 3: Tot: 01-01-2022 ligt vóór") for problem in refused.value.problems)
    assert _counts(empty_opened.database) == before
    assert History(empty_opened.database).count() == changes


def test_a_missing_column_or_header_and_duplicates_are_problems(empty_opened: OpenedDatabase) -> None:
    importer = Importer(empty_opened.database)
    no_header = importer.preview("staff", _table(("iets", "anders"), ("a", "b")))
    assert "geen kopregel" in no_header.problems[0]
    no_last_name = importer.preview("staff", _table(("Voorletters", "Functie"), ("A.", "x")))
    assert no_last_name.problems == ("Kolom ontbreekt: Achternaam. Geef de kolom die kop in het bestand, "
                                     "of kies bij het importeren welke kolom het is.",)
    twice = importer.preview("persons", _table(("Voorletters", "Achternaam"), ("A.", "Jansen"), ("a", "jansen")))
    assert twice.rows[1].problems == ("rij 3: a jansen staat ook op rij 2. Voeg de regels samen of maak ze verschillend.",)
    # A chosen mapping goes before the guess.
    chosen = importer.preview("staff", _table(("Voorletters", "Functie"), ("A.", "Jansen")), {"initials": 0, "last_name": 1})
    assert chosen.rows[0].action is RowAction.ADD and chosen.rows[0].name == "A. Jansen"


def test_a_formula_without_result_is_a_problem_of_its_row(empty_opened: OpenedDatabase) -> None:
    table = SourceTable("lijst.xlsx", "Blad1", (
        SourceRow(1, ("Achternaam", "Functie")),
        SourceRow(2, ("Jansen", None), ((1, "cel B2: de cel bevat een formule zonder opgeslagen uitkomst"),)),
    ))
    preview = Importer(empty_opened.database).preview("staff", table)
    assert preview.rows[0].problems == ("rij 2: cel B2: de cel bevat een formule zonder opgeslagen uitkomst",)


def test_persons_match_on_last_name_and_initials_and_find_the_municipality(opened: OpenedDatabase) -> None:
    services = opened.services
    person = next(p for p in services.persons.list() if p.last_name == "Kuin")
    header = ("Naam", "Voorletters", "Gemeente", "Functie", "E-mail")
    kuin_row = ("Kuin", person.initials, "Midden-Groningen", "Wethouder", "j.kuin@example.nl")
    new_row = ("Nieuw", "M.", None, None, None)
    table = _table(header, kuin_row, ("Nieuw", "N.", "Atlantis", None, None), new_row)
    municipalities = {m.name: m.id for m in services.municipalities.list()}
    preview = Importer(opened.database).preview("persons", table)
    assert [row.action for row in preview.rows] == [RowAction.CHANGE, RowAction.ADD, RowAction.ADD]
    assert preview.rows[1].problems == ("rij 3: Gemeente: 'Atlantis' is geen bekende gemeente. Schrijf de naam zoals "
                                        "op het tabblad Bestuur, of laat de cel leeg.",)
    result = Importer(opened.database).apply("persons", _table(header, kuin_row, new_row))
    assert (result.added, result.changed) == (1, 1)
    kuin = services.persons.get(person.id)
    assert (kuin.municipality_id, kuin.function, kuin.email) == (municipalities["Midden-Groningen"], "Wethouder", "j.kuin@example.nl")


def test_activities_of_a_year_plan_with_owner_results_and_status(opened: OpenedDatabase) -> None:
    services = opened.services
    plan = services.year_plans.list()[-1]
    existing = next(a for a in services.activities.list() if a.year_plan_id == plan.id)
    table = _table(
        ("Activiteiten 2022",),
        ("Jaar", "Eigenaar", "Activiteit", "Doel", "Te bereiken resultaten", "Status 1e halfjaar", "Eerste halfjaar"),
        (plan.year, "Portefeuillehouderoverleg Sociaal Domein", "Nieuwe activiteit", "Een doel", "- een\n- twee", "Loopt", "Gestart"),
        (plan.year, existing.owner_kind.label, existing.title, existing.goal, None, "Afgerond", None),
        (1999, "Partnerorganisaties", "Oud", "Doel", None, None, None),
        (plan.year, "Iemand", "Zonder eigenaar", "Doel", None, "Bezig", None),
    )
    preview = Importer(opened.database).preview("activities", table)
    assert [row.action for row in preview.rows[:2]] == [RowAction.ADD, RowAction.CHANGE]
    assert preview.rows[1].changes == (f"Status eerste halfjaar: '{existing.first_half_status.label}' wordt 'Afgerond'",)
    assert "Jaar: er is geen jaarplan 1999" in preview.rows[2].problems[0]
    assert any("Eigenaar: 'Iemand' is onbekend" in p for p in preview.rows[3].problems)
    assert any("Status eerste halfjaar: 'Bezig' is onbekend" in p for p in preview.rows[3].problems)
    good = SourceTable("a.xlsx", "Blad1", table.rows[:4])
    result = Importer(opened.database).apply("activities", good)
    assert (result.added, result.changed) == (1, 1)
    new = next(a for a in services.activities.list() if a.title == "Nieuwe activiteit")
    consultation = next(c for c in services.consultations.list() if c.name == "Sociaal Domein")
    assert (new.owner_kind, new.consultation_id, new.results) == (OwnerKind.CONSULTATION, consultation.id, ("een", "twee"))
    assert (new.first_half_status, new.first_half_progress) == (ProgressStatus.RUNNING, "Gestart")
    assert services.activities.get(existing.id).first_half_status is ProgressStatus.DONE


def test_an_unknown_kind_is_refused(empty_opened: OpenedDatabase) -> None:
    from vgg_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="Onbekende soort import 'boten'"):
        Importer(empty_opened.database).preview("boten", _table(("Naam",)))


def _export(opened: OpenedDatabase, path: Path, on: date) -> Path:
    from vgg_desktop.export import write_meeting_workbook
    from vgg_desktop.services.reports import build_meeting_report

    write_meeting_workbook(build_meeting_report(opened.services, on), path)
    return path


def _board(opened: OpenedDatabase, on: date) -> list[tuple[Any, ...]]:
    from vgg_desktop.services.overviews import Overviews

    return [(item.seat.role, item.on_behalf_of, item.holder.display_name if item.holder else None, item.holder_post,
             item.term.start_date if item.holder and item.term else None, item.term.end_date if item.holder and item.term else None)
            for item in Overviews(opened.database).board(on)]


def test_seats_from_the_board_sheet_of_a_meeting_workbook(opened: OpenedDatabase, tmp_path: Path, database_path: Path) -> None:
    from vgg_desktop.reading.spreadsheet import open_spreadsheet
    from vgg_desktop.startup import open_database

    on = date(2022, 6, 14)
    services = opened.services
    municipality = next(m for m in services.municipalities.list() if m.name == "Stadskanaal")
    seat = next(s for s in services.board_seats.list() if s.position == 4)
    services.board_seats.update(seat.id, seat.version, {"municipality_id": municipality.id})
    person = services.persons.create({"salutation": "Mw.", "initials": "B.", "last_name": "de Boer", "function": "wethouder",
                                      "municipality_id": municipality.id})
    services.seat_terms.create({"seat_id": seat.id, "person_id": person.id, "start_date": date(2022, 4, 1)})
    workbook = _export(opened, tmp_path / "overzicht.xlsx", on)
    table = open_spreadsheet(workbook).read("Bestuur")

    empty = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}", seed_when_empty=False)
    try:
        importer = Importer(empty.database)
        preview = importer.preview("seats", table)
        assert preview.header_row is not None and not preview.all_problems, preview.all_problems
        assert {row.action for row in preview.rows} == {RowAction.ADD}
        assert any("Gemeente Stadskanaal toegevoegd" in row.changes for row in preview.rows)
        result = importer.apply("seats", table)
        assert result.change_id is not None
        assert _board(empty, on) == _board(opened, on)
        # The same sheet again finds every seat and term as it is.
        assert {row.action for row in importer.preview("seats", table).rows} == {RowAction.SKIP}
        importer.undo(result.change_id)
        assert empty.services.board_seats.list() == () and empty.services.persons.list() == ()
    finally:
        empty.database.dispose()


def test_a_seat_term_that_overlaps_another_holder_is_a_problem(opened: OpenedDatabase) -> None:
    board = _board(opened, date(2022, 6, 14))
    chair = next(row for row in board if row[2] == "Ard van der Tuuk")
    table = _table(("Rol", "Namens", "Bestuurder", "Van"), (chair[0].label, chair[1], "Dhr. P. Nieuw", "01-06-2022"))
    preview = Importer(opened.database).preview("seats", table)
    assert preview.rows[0].action is RowAction.CHANGE
    assert "Persoon Dhr. P. Nieuw toegevoegd" in preview.rows[0].changes
    assert any("al bezet door" in problem for problem in preview.rows[0].problems)


def test_staff_with_whole_names_and_several_employments_each(empty_opened: OpenedDatabase) -> None:
    table = _table(("Naam", "Functie", "Soort dienstverband", "Van", "Tot"),
                   ("Dhr. T.G. Sprenger", "secretaris", "Vast dienstverband", None, None),
                   ("Mw. M. Klaver", "secretariaat", "BBL-plaats", "01-03-2020", "01-09-2022"),
                   ("Mw. M. Klaver", "secretariaat", "Jaarcontract", "02-09-2022", None))
    importer = Importer(empty_opened.database)
    preview = importer.preview("staff", table)
    assert [row.action for row in preview.rows] == [RowAction.ADD, RowAction.ADD, RowAction.CHANGE]
    importer.apply("staff", table)
    services = empty_opened.services
    members = {m.display_name: m for m in services.staff_members.list()}
    assert set(members) == {"Dhr. T.G. Sprenger", "Mw. M. Klaver"}
    assert (members["Mw. M. Klaver"].salutation, members["Mw. M. Klaver"].initials) == (Salutation.MS, "M.")
    klaver = [job.contract_kind for job in services.employments.list(staff_member_id=members["Mw. M. Klaver"].id)]
    assert Counter(klaver) == Counter([ContractKind.BBL, ContractKind.ANNUAL])
    assert {row.action for row in importer.preview("staff", table).rows} == {RowAction.SKIP}


def _everything(opened: OpenedDatabase, on: date) -> dict[str, list[Any]]:
    """The board, portfolios, consultations, staff, activities, projects and meetings as the meeting workbook shows them."""
    from vgg_desktop.services.overviews import Overviews, person_post
    from vgg_desktop.services.reports import function_text

    overviews = Overviews(opened.database)
    plan = opened.services.year_plans.list()[-1]
    # A meeting of no activity (None) has no owner either.
    owners: dict[int | None, str] = {item.activity.id: item.owner for item in overviews.activities(plan.year)}
    return {
        "board": _board(opened, on),
        "portfolios": [(item.portfolio.name, item.holder.display_name if item.holder else None, item.portfolio.vng_not_applicable,
                        [(c.committee.name, c.committee.former_name, c.member_text) for c in item.committees])
                       for item in overviews.portfolios()],
        "consultations": [(c.consultation.number, c.consultation.name, c.chair_text, c.portfolio, c.consultation.preparation,
                           sorted(c.partners)) for c in overviews.consultations()],
        "staff": [(item.member.display_name, [(function_text(job), job.contract_kind, job.through, job.start_date, job.end_date)
                                              for job in item.employments]) for item in overviews.staff()],
        "activities": [(item.owner, item.activity.title, item.activity.goal, item.activity.results,
                        item.activity.first_half_progress, item.activity.first_half_status,
                        item.activity.second_half_progress, item.activity.second_half_status, sorted(item.partners))
                       for item in overviews.activities(plan.year)],
        "projects": [(item.project.name, item.project.kind, [member.member.display_name for member in item.staff])
                     for item in overviews.projects()],
        "meetings": [(item.meeting.date, item.meeting.kind, item.meeting.title, item.meeting.theme, item.meeting.location,
                      owners.get(item.meeting.activity_id), item.activity, item.meeting.status)
                     for item in overviews.meetings(plan.year)],
        "plan": [(plan.year, plan.title, plan.adopted_on, plan.adopted_by)],
        "people": sorted((p.display_name, person_post(p.function, None)) for p in opened.services.persons.list()
                         if any(p.display_name == row[2] for row in _board(opened, on))),
    }


def test_a_meeting_workbook_imports_into_an_empty_database_as_the_same_data(opened: OpenedDatabase, tmp_path: Path) -> None:
    from vgg_desktop.reading.spreadsheet import open_spreadsheet
    from vgg_desktop.startup import open_database

    on = date(2022, 6, 14)
    # A meeting of one of two activities with one title, named with its owner on the Bijeenkomsten sheet.
    klankbord = [item.activity for item in opened.services.overviews.activities(2022)
                 if item.activity.title == "Klankbordgroep Raadsleden"]
    assert len(klankbord) == 2
    opened.services.meetings.create({"date": "2022-09-27", "kind": "raadsleden", "title": "Raadsledenavond",
                                     "activity_id": klankbord[1].id, "status": "gehouden", "location": "Veendam"})
    workbook = _export(opened, tmp_path / "overzicht.xlsx", on)
    tables = open_spreadsheet(workbook).read_all()
    empty = open_database(f"sqlite:///{tmp_path / 'leeg.sqlite3'}", seed_when_empty=False)
    try:
        importer = Importer(empty.database)
        preview = importer.preview("workbook", tables)
        assert not preview.all_problems, preview.all_problems
        assert preview.count(RowAction.ADD) > 50
        burgernet = next(row for row in preview.rows if row.sheet == "Projecten" and row.name == "Burgernet")
        assert burgernet.changes == ("Medewerkers: Mw. R. de Jonge, Mw. V. Glas",)
        result = importer.apply("workbook", tables)
        assert result.change_id is not None
        assert _everything(empty, on) == _everything(opened, on)
        # Read again, the same workbook has nothing left to do.
        again = importer.preview("workbook", tables)
        assert not again.all_problems and not again.can_apply, [r for r in again.rows if r.action is not RowAction.SKIP][:3]
        importer.undo(result.change_id)
        assert empty.services.persons.list() == () and empty.services.activities.list() == ()
    finally:
        empty.database.dispose()


def test_a_workbook_that_is_not_a_meeting_workbook_is_refused(empty_opened: OpenedDatabase) -> None:
    preview = Importer(empty_opened.database).preview("workbook", (_table(("Naam",), ("Jansen",), sheet="Blad1"),))
    assert "geen vergaderoverzicht van VGG Desktop" in preview.problems[0] and not preview.can_apply


def test_a_workbook_puts_back_a_projects_staff_and_names_a_member_it_does_not_know(opened: OpenedDatabase, tmp_path: Path) -> None:
    from vgg_desktop.db.mapping import current_fields
    from vgg_desktop.domain.schema import PROJECT
    from vgg_desktop.reading.spreadsheet import open_spreadsheet

    tables = open_spreadsheet(_export(opened, tmp_path / "overzicht.xlsx", date(2022, 6, 14))).read_all()
    services = opened.services
    burgernet = next(item for item in services.projects.list() if item.name == "Burgernet")
    services.projects.update(burgernet.id, burgernet.version, {**current_fields(PROJECT, burgernet), "staff_member_ids": []})
    importer = Importer(opened.database)
    row = next(row for row in importer.preview("workbook", tables).rows if row.sheet == "Projecten" and row.name == "Burgernet")
    assert (row.action, row.changes) == (RowAction.CHANGE, ("Medewerkers: '' wordt 'Mw. R. de Jonge, Mw. V. Glas'",))
    importer.apply("workbook", tables)
    staff = {member.id: member.display_name for member in services.staff_members.list()}
    after = next(item for item in services.projects.list() if item.name == "Burgernet")
    assert sorted(staff[member] for member in after.staff_member_ids) == ["Mw. R. de Jonge", "Mw. V. Glas"]

    projects = next(table for table in tables if table.sheet == "Projecten")
    header = next(row for row in projects.rows if row.values[:1] == ("Project",))
    odd = SourceTable(projects.file_name, "Projecten", (header, SourceRow(header.number + 1, ("Nieuw project", "Project", "Mw. X. Onbekend"))))
    problems = importer.preview("workbook", (odd,)).all_problems
    assert problems == (f"blad Projecten, rij {header.number + 1}: Medewerker: 'Mw. X. Onbekend' staat niet op het blad Bureau "
                        "en niet in de database.",)
