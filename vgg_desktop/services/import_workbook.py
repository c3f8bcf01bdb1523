"""Importing a whole meeting workbook of this program: the board, portfolios, consultations (with their partners),
staff, activities (with their partners), projects (with their staff) and meetings.

The workbook (`services/reports.py`, written by `export/workbook.py`) shows records the way a reader
wants them: whole names, a portfolio once above its committees, activities under a heading for their
owner, an activity's partners under its results. This module reads them back into records with the
planners of `importing` and `import_meetings`, sharing one list of persons, municipalities, partners,
portfolios, consultations and activities between the sheets, so that a person named on three sheets is
one person. Read back are the fields the workbook carries; what it does not show (a portfolio's kind, notes,
a project's description and activity, attendance per municipality) is not invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, to_value
from vgg_desktop.db.models import ConsultationRow, PortfolioRow, ProjectRow, StaffMemberRow, VngCommitteeRow
from vgg_desktop.domain.dates import parse_date
from vgg_desktop.domain.enums import PlaceStatus, PortfolioKind, ProjectKind
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.schema import (
    CONSULTATION,
    PORTFOLIO,
    PROJECT,
    STAFF_MEMBER,
    VNG_COMMITTEE,
    YEAR_PLAN,
    FieldKind,
    clean,
)
from vgg_desktop.domain.tables import SourceRow, SourceTable
from vgg_desktop.services.import_meetings import plan_meetings
from vgg_desktop.services.importing import (
    ACTIVITIES,
    MEETINGS,
    PHASES,
    SEATS,
    STAFF,
    IdOf,
    ImportField,
    ImportKind,
    Names,
    PreviewRow,
    Report,
    RowAction,
    Write,
    _differences,
    _enum,
    _Partners,
    _pending,
    _plan_activities,
    _plan_people,
    _plan_seats,
    _Planned,
    _probe,
    _read_sheet,
    _Registry,
    _resolved,
    _row_problems,
    _write_change,
    _write_change_later,
    _write_new,
    as_text,
    known,
    later,
    normalised,
    partner_names,
)

OVERVIEW, BOARD, PORTFOLIOS, CONSULTATIONS, STAFF_SHEET, ACTIVITIES_SHEET = (
    "Overzicht", "Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Activiteiten")
PROJECTS_SHEET, MEETINGS_SHEET = "Projecten", "Bijeenkomsten"
NOT_RECORDED_TEXT = "niet vastgelegd"  # a project without staff
UNKNOWN_TEXT = "onbekend"  # a project whose kind is not known
NO_DATA = "Geen gegevens"  # what the workbook writes in a sheet without rows
VACANT_TEXT = "vacature"
NOT_APPLICABLE_TEXT = "n.v.t."

_PORTFOLIO_SHEET = ImportKind("portfolios", "Portefeuilles", "naam", (
    ImportField("portfolio", "Portefeuille", ()), ImportField("holder", "Portefeuillehouder", ()),
    ImportField("committee", "VNG-commissie", ()), ImportField("member", "VNG-commissielid", ()),
))
_PROJECT_SHEET = ImportKind("projects", "Projecten", "naam", (
    ImportField("project", "Project", ()), ImportField("kind", "Soort", ()), ImportField("member", "Medewerker", ()),
))
_CONSULTATION_SHEET = ImportKind("consultations", "Overleggen", "nummer", (
    ImportField("consultation", "Overleg", ()), ImportField("chair", "Voorzitter", ()),
    ImportField("portfolio", "Portefeuille", ()), ImportField("preparation", "Voorbereiding", ()),
    ImportField("partners", "Partnerorganisaties", ()),
))


def plan_workbook(session: Session, tables: Sequence[SourceTable]) -> tuple[list[_Planned], list[str]]:
    sheets = {normalised(table.sheet): _without_placeholder(table) for table in tables}
    wanted = (BOARD, PORTFOLIOS, CONSULTATIONS, STAFF_SHEET, ACTIVITIES_SHEET, PROJECTS_SHEET, MEETINGS_SHEET)
    if not any(normalised(name) in sheets for name in wanted):
        return [], [f"Dit is geen vergaderoverzicht van VGG Desktop: het heeft geen van de bladen {', '.join(wanted)}. "
                    "Kies een andere soort import, of het bestand dat Bestand > Exporteren maakte."]
    registry = _Registry(session)
    names = Names.stored(session)
    partners = _Partners(session)
    planned: list[_Planned] = []
    problems: list[str] = []

    def run(name: str, plan: Callable[[SourceTable], list[_Planned]]) -> None:
        table = sheets.get(normalised(name))
        if table is None:
            return
        rows = plan(table)
        planned.extend(_on_sheet(item, table.sheet) for item in rows)

    def read(kind: ImportKind, table: SourceTable) -> Any:
        sheet = _read_sheet(kind, table, None)
        problems.extend(f"blad {table.sheet}: {problem}" for problem in sheet.problems)
        return sheet

    run(BOARD, lambda table: _plan_seats(session, SEATS, read(SEATS, table), registry))
    run(PORTFOLIOS, lambda table: _plan_portfolios(session, read(_PORTFOLIO_SHEET, table), registry, names))
    run(CONSULTATIONS, lambda table: _plan_consultations(session, read(_CONSULTATION_SHEET, table), registry, names, partners))
    staff_names: set[str] = set()

    def staff(table: SourceTable) -> list[_Planned]:
        sheet = read(STAFF, table)
        column = sheet.mapping.get("full_name")
        staff_names.update(normalised(as_text(row.value(column))) for row in sheet.data if column is not None)
        return _plan_people(session, STAFF, sheet)

    run(STAFF_SHEET, staff)
    overview = sheets.get(normalised(OVERVIEW))
    run(ACTIVITIES_SHEET, lambda table: _plan_workbook_activities(session, table, overview, names, planned, read,
                                                                  partners))
    run(PROJECTS_SHEET, lambda table: _plan_projects(session, read(_PROJECT_SHEET, table), staff_names))
    run(MEETINGS_SHEET, lambda table: plan_meetings(session, MEETINGS, read(MEETINGS, table), names))
    return planned, problems


def _without_placeholder(table: SourceTable) -> SourceTable:
    rows = tuple(row for row in table.rows
                 if not (row.value(0) == NO_DATA and all(value is None for value in row.values[1:])))
    return replace(table, rows=rows)


def _on_sheet(item: _Planned, sheet: str) -> _Planned:
    problems = tuple(re.sub(r"^rij ", f"blad {sheet}, rij ", problem) for problem in item.row.problems)
    item.row = replace(item.row, problems=problems, sheet=sheet)
    return item


def _cell(sheet: Any, row: SourceRow, name: str) -> str:
    column = sheet.mapping.get(name)
    return "" if column is None else as_text(row.value(column)).strip()


def _place(text: str) -> PlaceStatus:
    words = normalised(text)
    if words in ("", normalised(VACANT_TEXT)):
        return PlaceStatus.VACANT
    if words.startswith(normalised(NOT_APPLICABLE_TEXT)):
        return PlaceStatus.NOT_APPLICABLE
    return PlaceStatus.FILLED


def _person(registry: _Registry, number: int, text: str, item: _Planned, notes: list[str],
            problems: list[str]) -> IdOf | None:
    found = registry.person(number, text, None, item, notes, problems)
    return None if found is None else found[0]


def _change_or_add(item: _Planned, spec: Any, existing: Any | None, data: Mapping[str, Any],
                   holder: list[Any] | None, number: int, notes: list[str], problems: list[str]) -> RowAction:
    """Adds the record, or changes the stored one where the row differs; returns what the row does."""
    full = {**(current_fields(spec, existing) if existing is not None else {}), **data}
    try:
        probe = clean(spec, _probe(full))
    except ValidationError as error:
        problems.extend(_row_problems(number, error))
        return RowAction.SKIP

    def final() -> Mapping[str, Any]:
        return clean(spec, _resolved(full))

    if existing is None:
        item.writes.append(_write_new(spec, final, holder))
        return RowAction.ADD
    before = current_fields(spec, existing)
    differences = _differences(spec, before, probe)
    # Lists of references compare as sets: the order they are stored in says nothing.
    lists = any(field.kind is FieldKind.REFS and set(before.get(field.name) or ()) != set(probe.get(field.name) or ())
                for field in spec.fields)
    if differences or lists or _pending(full):
        notes.extend(differences)
        item.writes.append(_write_change_later(spec, existing.id, final))
        return RowAction.CHANGE
    return RowAction.SKIP


def _combined(*actions: RowAction) -> RowAction:
    for action in (RowAction.ADD, RowAction.CHANGE):
        if action in actions:
            return action
    return RowAction.SKIP


def _plan_portfolios(session: Session, sheet: Any, registry: _Registry, names: Names) -> list[_Planned]:
    """A portfolio on a row with its holder, and below it (a row without a portfolio) its further committees."""
    portfolios = {normalised(row.name): to_value(PORTFOLIO, row) for row in session.scalars(select(PortfolioRow))}
    committees = {normalised(row.name): to_value(VNG_COMMITTEE, row) for row in session.scalars(select(VngCommitteeRow))}
    position = max((item.position for item in portfolios.values()), default=0)
    committee_position = max((item.position for item in committees.values()), default=0)
    current: IdOf | None = None
    planned: list[_Planned] = []
    for source in sheet.data:
        portfolio_name = _cell(sheet, source, "portfolio")
        committee_text = _cell(sheet, source, "committee")
        member_text = _cell(sheet, source, "member")
        item = _Planned(PreviewRow(source.number, RowAction.SKIP, portfolio_name or committee_text, (), ()))
        notes: list[str] = []
        problems: list[str] = []
        actions: list[RowAction] = []
        if portfolio_name:
            existing = portfolios.get(normalised(portfolio_name))
            holder_text = _cell(sheet, source, "holder")
            holder = None if _place(holder_text) is not PlaceStatus.FILLED else _person(
                registry, source.number, holder_text, item, notes, problems)
            data: dict[str, Any] = {"name": portfolio_name, "holder_id": holder,
                                    "vng_not_applicable": not committee_text and _place(member_text) is PlaceStatus.NOT_APPLICABLE}
            holder_row: list[Any] = []
            if existing is None:
                position += 1
                data.update(kind=PortfolioKind.PORTFOLIO, position=position)
            actions.append(_change_or_add(item, PORTFOLIO, existing, data, holder_row, source.number, notes, problems))
            current = known(existing.id) if existing is not None else later(holder_row)
            names.portfolios[normalised(portfolio_name)] = current
        elif not committee_text:
            current = None  # past the portfolios: the consultations without one (read from Overleggen)
        if committee_text:
            match = re.match(r"^(.*?)\s*\(voorheen (.+)\)$", committee_text)
            name, former = (match.group(1), match.group(2)) if match else (committee_text, None)
            status = _place(member_text)
            member = _person(registry, source.number, member_text, item, notes, problems) \
                if status is PlaceStatus.FILLED else None
            existing_committee = committees.get(normalised(name))
            data = {"name": name, "former_name": former, "portfolio_id": current, "member_status": status,
                    "member_id": member}
            if existing_committee is None:
                committee_position += 1
                data["position"] = committee_position
            actions.append(_change_or_add(item, VNG_COMMITTEE, existing_committee, data, None, source.number,
                                          notes, problems))
        item.row = PreviewRow(source.number, _combined(*actions), item.row.name, tuple(notes), tuple(problems))
        planned.append(item)
    return planned


def _plan_consultations(session: Session, sheet: Any, registry: _Registry, names: Names,
                        partners: _Partners) -> list[_Planned]:
    stored = {row.number: to_value(CONSULTATION, row) for row in session.scalars(select(ConsultationRow))}
    planned: list[_Planned] = []
    for source in sheet.data:
        text = _cell(sheet, source, "consultation")
        item = _Planned(PreviewRow(source.number, RowAction.SKIP, text, (), ()))
        planned.append(item)
        notes: list[str] = []
        problems: list[str] = []
        match = re.match(r"^(\d+)\.\s*(.+)$", text)
        if match is None:
            item.row = replace(item.row, problems=(f"rij {source.number}: Overleg: '{text}' heeft geen nummer; "
                                                    "schrijf het als '1. Bestuur'.",))
            continue
        number, name = int(match.group(1)), match.group(2).strip()
        chair_text = _cell(sheet, source, "chair")
        status = _place(chair_text)
        chair = _person(registry, source.number, chair_text, item, notes, problems) \
            if status is PlaceStatus.FILLED else None
        via = re.match(r"^n\.v\.t\.\s*\(via (.+)\)$", chair_text, re.IGNORECASE)
        organised_by = partners.get(via.group(1).strip(), item, notes) if via else None
        portfolio_name = _cell(sheet, source, "portfolio")
        portfolio = names.portfolios.get(normalised(portfolio_name)) if portfolio_name else None
        if portfolio_name and portfolio is None:
            problems.append(f"rij {source.number}: Portefeuille: '{portfolio_name}' staat niet op het blad "
                            "Portefeuilles en niet in de database.")
        data = {"number": number, "name": name, "chair_status": status, "chair_id": chair,
                "organised_by_id": organised_by, "portfolio_id": portfolio,
                "preparation": _cell(sheet, source, "preparation") or None}
        named = partner_names(_cell(sheet, source, "partners"))
        existing = stored.get(number)
        if named:
            data["partner_ids"] = tuple(partners.get(partner, item, notes) for partner in named)
            if existing is not None:
                notes.extend(partners.difference(existing.partner_ids, named))
        holder: list[Any] = []
        action = _change_or_add(item, CONSULTATION, existing, data, holder, source.number, notes, problems)
        names.consultations[normalised(name)] = known(existing.id) if existing is not None else later(holder)
        item.row = PreviewRow(source.number, action, text, tuple(notes), tuple(problems))
    return planned


def _plan_workbook_activities(session: Session, table: SourceTable, overview: SourceTable | None, names: Names,
                              planned: list[_Planned], read: Callable[[ImportKind, SourceTable], Any],
                              partners: _Partners) -> list[_Planned]:
    """The activities under their owner's heading row; the year plan they belong to as the Overzicht names it."""
    if not table.rows:
        return []
    plan = _year_plan(overview)
    result: list[_Planned] = []
    year: int | None = None
    if plan is None:
        item = _Planned(PreviewRow(1, RowAction.SKIP, "Jaarplan", (), (
            f"blad {OVERVIEW}: het jaar van het jaarplan staat er niet in; de activiteiten kunnen niet worden "
            "ingelezen. Lees ze in als 'activiteiten van een jaarplan' met een kolom Jaar.",)))
        result.append(item)
    else:
        year = plan["year"]
        if year not in names.plans:
            holder: list[Any] = []
            item = _Planned(PreviewRow(1, RowAction.ADD, plan["title"], (f"Jaarplan {year} toegevoegd",), (), OVERVIEW))
            item.writes.append(_write_new(YEAR_PLAN, clean(YEAR_PLAN, plan), holder))
            names.plans[year] = later(holder)
            result.append(item)
    header = table.rows[0]
    width = len(header.values)
    rows = [SourceRow(header.number, (*header.values, *(None,) * (width - len(header.values)), "Eigenaar", "Jaar"))]
    owner = ""
    for row in table.rows[1:]:
        filled = [value for value in row.values if value is not None]
        if len(filled) == 1 and row.value(0) is not None:
            owner = as_text(row.value(0))  # a heading row: the owner of the rows below it
            continue
        values = (*row.values, *(None,) * (width - len(row.values)))
        rows.append(SourceRow(row.number, (*values[:width], owner or None, year), row.unreadable))
    sheet = read(ACTIVITIES, replace(table, rows=tuple(rows)))
    result.extend(_plan_activities(session, ACTIVITIES, sheet, names, partners) if year is not None else [])
    return result


def _year_plan(overview: SourceTable | None) -> dict[str, Any] | None:
    """The plan as the Overzicht describes it: 'Jaarplan VGG 2022, vastgesteld op 10-03-2022 door DB VGG.'"""
    if overview is None:
        return None
    text = next((as_text(row.value(1)) for row in overview.rows if normalised(as_text(row.value(0))) == "jaarplan"), "")
    if not text:
        return None
    other = re.search(r"de activiteiten komen uit het jaarplan (\d{4})", text)
    title = re.split(r", vastgesteld|\. Er is", text)[0].rstrip(".").strip()
    found = other or re.search(r"\b(1[9]\d{2}|2\d{3})\b", title)
    if found is None:
        return None
    adopted = re.search(r"vastgesteld(?: op (\d{1,2}-\d{1,2}-\d{4}))?(?: door (.+?))?(?:\.|$)", text)
    adopted_on: date | None = None
    if adopted and adopted.group(1):
        try:
            adopted_on = parse_date(adopted.group(1))
        except ValueError:
            adopted_on = None
    return {"year": int(found.group(1)), "title": title, "adopted_on": adopted_on,
            "adopted_by": adopted.group(2).strip() if adopted and adopted.group(2) else None}


def _plan_projects(session: Session, sheet: Any, staff_names: set[str]) -> list[_Planned]:
    """A project on one row per member of staff (or one row 'niet vastgelegd'); its staff found by their names."""
    members = {row.id: to_value(STAFF_MEMBER, row) for row in session.scalars(select(StaffMemberRow))}
    stored_names = {normalised(member.display_name): member.display_name for member in members.values()}
    stored = {normalised(row.name): to_value(PROJECT, row) for row in session.scalars(select(ProjectRow))}
    rows: dict[str, list[SourceRow]] = {}
    for source in sheet.data:
        name = _cell(sheet, source, "project")
        if name:
            rows.setdefault(normalised(name), []).append(source)
    planned: list[_Planned] = []
    for sources in rows.values():
        first = sources[0]
        name = _cell(sheet, first, "project")
        item = _Planned(PreviewRow(first.number, RowAction.SKIP, name, (), ()))
        planned.append(item)
        problems: list[str] = []
        data: dict[str, Any] = {"name": name}
        kind_text = _cell(sheet, first, "kind")
        if normalised(kind_text) not in ("", normalised(UNKNOWN_TEXT)):
            try:
                data["kind"] = _enum(ProjectKind, kind_text, "Soort")
            except ValueError as error:
                problems.append(f"rij {first.number}: {error}")
        staff: list[str] = []
        for source in sources:
            member = _cell(sheet, source, "member")
            if normalised(member) in ("", normalised(NOT_RECORDED_TEXT)) or member in staff:
                continue
            if normalised(member) not in stored_names and normalised(member) not in staff_names:
                problems.append(f"rij {source.number}: Medewerker: '{member}' staat niet op het blad {STAFF_SHEET} en niet "
                                "in de database.")
            staff.append(member)
        existing = stored.get(normalised(name))
        base = current_fields(PROJECT, existing) if existing is not None else {}
        try:
            probe = clean(PROJECT, {**base, **data, "staff_member_ids": ()})
        except ValidationError as error:
            problems.extend(_row_problems(first.number, error))
        if problems:
            item.row = replace(item.row, problems=tuple(problems))
            continue
        notes: list[str] = []
        if existing is not None:
            notes.extend(_differences(PROJECT, base, {**probe, "staff_member_ids": existing.staff_member_ids}))
            before = [members[member].display_name for member in existing.staff_member_ids if member in members]
            if {normalised(member) for member in before} != {normalised(member) for member in staff}:
                notes.append(f"Medewerkers: '{', '.join(before)}' wordt '{', '.join(staff)}'")
            if not notes:
                continue
        elif staff:
            notes.append(f"Medewerkers: {', '.join(staff)}")
        item.writes.append(_write_project(existing, {**base, **data}, staff))
        item.row = replace(item.row, action=RowAction.ADD if existing is None else RowAction.CHANGE, changes=tuple(notes))
    return planned


def _write_project(existing: Any | None, data: Mapping[str, Any], staff: Sequence[str]) -> Write:
    """The project with its staff, found by name when written: members of staff this import adds are stored by then."""
    def write(session: Session) -> Report:
        ids = {normalised(to_value(STAFF_MEMBER, row).display_name): row.id for row in session.scalars(select(StaffMemberRow))}
        values = clean(PROJECT, {**data, "staff_member_ids": tuple(ids[normalised(member)] for member in staff)})
        if existing is None:
            return _write_new(PROJECT, values)(session)
        return _write_change(PROJECT, existing.id, values)(session)

    return Write(PHASES["project"], write)
