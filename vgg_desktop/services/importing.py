"""Importing a sheet: a preview of what each row will do, then the whole import in one transaction.

A kind of import (`ImportKind`) names the fields a sheet may hold, the header words that mean them
in Dutch and English, and the key that finds the record a row is about (last name and initials for
persons and staff). The preview reads the database and says per row: add, change (and what), or
skip, with each row's problems in Dutch ("rij 14: Vanaf: '31-02-2022' bestaat niet als datum").
`apply` plans again inside its own transaction, refuses the whole import while any row has a
problem, and records everything it wrote as one change (`ChangeKind.FILE_IMPORT`), which undo turns
back through the history (`undo`).

An empty cell never erases what is stored: the file says nothing about that field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, to_value, write_fields
from vgg_desktop.db.models import (
    ActivityRow,
    BoardSeatRow,
    ConsultationRow,
    EmploymentRow,
    MunicipalityRow,
    PartnerRow,
    PersonRow,
    PortfolioRow,
    SeatTermRow,
    StaffMemberRow,
    YearPlanRow,
)
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import ContractKind, LabelledEnum, OwnerKind, ProgressStatus, Salutation, SeatKind, SeatRole
from vgg_desktop.domain.errors import DomainError, ValidationError
from vgg_desktop.domain.history import Change as HistoryChange, ChangeKind
from vgg_desktop.domain.schema import (
    ACTIVITY,
    BOARD_SEAT,
    EMPLOYMENT,
    MUNICIPALITY,
    PARTNER,
    PERSON,
    SEAT_TERM,
    STAFF_MEMBER,
    EntitySpec,
    FieldKind,
    clean,
)
from vgg_desktop.domain.tables import CellValue, SourceRow, SourceTable, column_letter
from vgg_desktop.services.history import History, Touched, added, changed, record_change
from vgg_desktop.services.records import check_rules
from vgg_desktop.services.reports import BEHIND_PREFIX, MEETING_COUNT_PREFIX, PARTNERS_PREFIX

HEADER_SEARCH_ROWS = 30


class ImportRefused(DomainError):
    """The import was not done: the file or some of its rows have problems (`problems`, in Dutch)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        shown = list(self.problems[:20])
        if len(self.problems) > 20:
            shown.append(f"... en nog {len(self.problems) - 20} problemen.")
        super().__init__("Er is niets ingelezen. Los deze problemen in het bestand op en probeer het opnieuw:\n"
                         + "\n".join(shown))


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str
    aliases: tuple[str, ...]
    required: bool = False
    instead: str | None = None  # a required field that may be left out when this other one is there


@dataclass(frozen=True)
class ImportKind:
    name: str
    label: str
    key: str  # what a row is matched on, in Dutch
    fields: tuple[ImportField, ...]

    def field(self, name: str) -> ImportField:
        return next(item for item in self.fields if item.name == name)


class RowAction(StrEnum):
    ADD = "add"
    CHANGE = "change"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {RowAction.ADD: "toevoegen", RowAction.CHANGE: "wijzigen", RowAction.SKIP: "overslaan"}[self]


@dataclass(frozen=True)
class PreviewRow:
    number: int
    action: RowAction
    name: str
    changes: tuple[str, ...]  # "Functie: 'Secretaris' wordt 'Directeur'"
    problems: tuple[str, ...]  # "rij 14: Vanaf: '31-02-2022' bestaat niet als datum. ..."
    sheet: str = ""  # which sheet, when an import reads several (a whole meeting workbook)


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file_name: str
    sheet: str
    header_row: int | None
    headers: tuple[str, ...]
    mapping: tuple[tuple[str, int], ...]  # (field name, column index)
    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...]  # of the file as a whole (no header row, a required column missing)
    notes: tuple[str, ...] = ()  # what is read besides the mapped columns ("Aanwezigheid uit kolom F (Groningen)")

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action and not row.problems)

    @property
    def all_problems(self) -> tuple[str, ...]:
        return (*self.problems, *(problem for row in self.rows for problem in row.problems))

    @property
    def can_apply(self) -> bool:
        return not self.all_problems and any(row.action is not RowAction.SKIP for row in self.rows)

    def summary(self) -> str:
        kind = KINDS[self.kind]
        sheets = f"blad '{self.sheet}'" if self.kind != "workbook" else f"bladen {self.sheet}"
        lines = [f"{self.file_name}, {sheets}: {kind.label.lower()}"
                 + (f", kopregel op rij {self.header_row}" if self.header_row else ""),
                 f"Gezocht op: {kind.key}.",
                 *self.notes,
                 f"{self.count(RowAction.ADD)} toevoegen, {self.count(RowAction.CHANGE)} wijzigen, "
                 f"{self.count(RowAction.SKIP)} overslaan (al gelijk), "
                 f"{sum(1 for row in self.rows if row.problems)} met problemen."]
        problems = self.all_problems
        if problems:
            lines.append("Problemen:")
            lines.extend(f"  {problem}" for problem in problems)
        elif not self.can_apply:
            lines.append("Er is niets te importeren: alles staat al zo in de database.")
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    """What an import did; `change_id` names it in the history, which is what undo needs."""

    change_id: int | None
    added: int
    changed: int
    entities: tuple[str, ...]


# --- the kinds --------------------------------------------------------------------------------------------

_PERSON_FIELDS = (
    ImportField("salutation", "Aanhef", ("aanhef", "salutation", "title", "dhr/mw", "m/v")),
    ImportField("initials", "Voorletters", ("voorletters", "initialen", "initials", "voorl")),
    ImportField("first_name", "Voornaam", ("voornaam", "roepnaam", "first name", "firstname", "given name")),
    ImportField("last_name", "Achternaam", ("achternaam", "last name", "lastname", "surname", "family name"),
                required=True, instead="full_name"),
    # A whole name ('Dhr. A. van der Tuuk', as the meeting workbook writes it) is split into its parts.
    ImportField("full_name", "Naam", ("naam", "name", "volledige naam", "full name", "medewerker", "bestuurder", "persoon")),
)
_CONTACT_FIELDS = (
    ImportField("email", "E-mail", ("e-mail", "email", "e-mailadres", "mail", "emailadres")),
    ImportField("phone", "Telefoon", ("telefoon", "telefoonnummer", "tel", "phone", "mobiel", "telephone")),
    ImportField("notes", "Opmerkingen", ("opmerkingen", "opmerking", "notities", "notes", "remarks", "toelichting")),
)

STAFF = ImportKind("staff", "Medewerkers met dienstverband", "achternaam en voorletters", (
    *_PERSON_FIELDS, *_CONTACT_FIELDS,
    ImportField("function", "Functie", ("functie", "function", "job title", "rol", "position")),
    ImportField("description", "Omschrijving", ("omschrijving", "description", "werkzaamheden")),
    ImportField("contract_kind", "Soort dienstverband", ("soort dienstverband", "dienstverband", "contract",
                                                         "soort contract", "contract type", "contract kind")),
    ImportField("through", "Via", ("via", "through", "werkgever", "employer", "detacheerder")),
    ImportField("start_date", "Vanaf", ("vanaf", "van", "in dienst", "begindatum", "startdatum", "start", "from",
                                        "start date", "datum in dienst")),
    ImportField("end_date", "Tot", ("tot", "tot en met", "t/m", "uit dienst", "einddatum", "end", "until", "to",
                                    "end date", "datum uit dienst")),
))

PERSONS = ImportKind("persons", "Personen", "achternaam en voorletters", (
    *_PERSON_FIELDS,
    ImportField("municipality", "Gemeente", ("gemeente", "municipality", "namens gemeente")),
    ImportField("function", "Functie", ("functie", "function", "job title", "rol")),
    *_CONTACT_FIELDS,
))

ACTIVITIES = ImportKind("activities", "Activiteiten van een jaarplan",
                        "jaar, eigenaar en titel (gelijke titels in de volgorde van het jaarplan)", (
    ImportField("year", "Jaar", ("jaar", "jaarplan", "year")),
    ImportField("position", "Volgorde", ("volgorde", "nr", "nummer", "positie", "order", "number")),
    ImportField("owner", "Eigenaar", ("eigenaar", "owner", "trekker"), required=True),
    ImportField("title", "Titel", ("titel", "activiteit", "title", "activity", "onderwerp"), required=True),
    ImportField("goal", "Doel", ("doel", "goal", "doelstelling", "aim")),
    ImportField("results", "Te bereiken resultaten", ("te bereiken resultaten", "resultaten", "results", "resultaat")),
    ImportField("first_half_progress", "Voortgang eerste halfjaar", ("eerste halfjaar", "voortgang eerste halfjaar",
                                                                    "1e halfjaar", "first half", "progress first half")),
    ImportField("first_half_status", "Status eerste halfjaar", ("status 1e halfjaar", "status eerste halfjaar",
                                                               "status first half")),
    ImportField("second_half_progress", "Voortgang tweede halfjaar", ("tweede halfjaar", "voortgang tweede halfjaar",
                                                                     "2e halfjaar", "second half", "progress second half")),
    ImportField("second_half_status", "Status tweede halfjaar", ("status 2e halfjaar", "status tweede halfjaar",
                                                                "status second half")),
))

SEATS = ImportKind("seats", "Zetels en termijnen", "rol en namens wie (zetels waarbij beide gelijk zijn, in volgorde)", (
    ImportField("role", "Rol", ("rol", "role"), required=True),
    ImportField("seat_kind", "Soort zetel", ("soort zetel", "seat kind", "soort")),
    ImportField("on_behalf_of", "Namens", ("namens", "namens gemeente", "gemeente", "on behalf of", "constituency")),
    ImportField("holder", "Bestuurder", ("bestuurder", "bezetter", "naam", "holder", "member", "name")),
    ImportField("post", "Functie", ("functie", "function", "post")),
    ImportField("start_date", "Van", ("van", "vanaf", "begindatum", "from", "start", "start date")),
    ImportField("end_date", "Tot", ("tot", "tot en met", "t/m", "einddatum", "until", "end", "end date")),
))

MEETINGS = ImportKind("meetings", "Bijeenkomsten", "datum, soort en activiteit (bij meer op één dag ook de titel)", (
    ImportField("date", "Datum", ("datum", "date", "dag", "vergaderdatum", "meeting date", "day", "wanneer"),
                required=True),
    ImportField("kind", "Soort", ("soort", "soort bijeenkomst", "type", "kind", "meeting type", "soort vergadering")),
    ImportField("title", "Titel", ("titel", "title", "bijeenkomst", "onderwerp", "naam", "name", "subject", "meeting"),
                required=True),
    ImportField("theme", "Thema", ("thema", "theme", "topic")),
    ImportField("location", "Plaats", ("plaats", "locatie", "location", "venue", "place", "waar")),
    ImportField("activity", "Bij activiteit", ("bij activiteit", "activiteit", "activity", "jaarplanactiviteit")),
    ImportField("owner", "Eigenaar", ("eigenaar", "owner", "trekker")),
    ImportField("status", "Status", ("status", "state", "stand")),
    ImportField("notes", "Opmerkingen", ("opmerkingen", "opmerking", "notities", "notes", "remarks", "toelichting")),
))

# A whole meeting workbook of this program: its sheets are read with the kinds above (see import_workbook).
WORKBOOK = ImportKind("workbook", "Vergaderoverzicht van VGG Desktop (alle bladen)",
                      "per blad: zetels op rol en namens wie, personen op naam, portefeuilles, VNG-commissies en "
                      "overleggen op naam, medewerkers op naam, activiteiten op jaar, eigenaar en titel, projecten op naam, "
                      "bijeenkomsten op datum, soort en activiteit", ())

KINDS: dict[str, ImportKind] = {kind.name: kind for kind in (STAFF, PERSONS, ACTIVITIES, SEATS, MEETINGS, WORKBOOK)}


# --- reading a sheet against a kind ---------------------------------------------------------------------


def normalised(text: str) -> str:
    """'E-mail adres:' and 'e-mailadres' compare equal: case, accents, punctuation and spaces go."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    return re.sub(r"[^a-z0-9/]+", "", text)


def _header_text(value: CellValue) -> str:
    return value.strip() if isinstance(value, str) else ""


def find_header(kind: ImportKind, table: SourceTable) -> SourceRow | None:
    """The row among the first ones whose cells name the most fields of `kind` (title rows above it are passed)."""
    aliases = {normalised(alias) for item in kind.fields for alias in (item.label, *item.aliases)}
    best, best_score = None, 0
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        score = sum(1 for value in set(row.values) if normalised(_header_text(value)) in aliases)
        if score > best_score:
            best, best_score = row, score
    return best


def guess_mapping(kind: ImportKind, headers: Sequence[str]) -> dict[str, int]:
    """Field name -> column index, from the header words; a field's own label first, then its other words."""
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    texts = [normalised(header) for header in headers]
    for pass_number in (0, 1):
        for item in kind.fields:
            if item.name in mapping:
                continue
            words = (item.label,) if pass_number == 0 else item.aliases
            for word in words:
                wanted = normalised(word)
                column = next((index for index, text in enumerate(texts) if text == wanted and index not in taken), None)
                if column is not None:
                    mapping[item.name] = column
                    taken.add(column)
                    break
    return mapping


@dataclass
class _Sheet:
    header_row: int | None
    headers: tuple[str, ...]
    mapping: dict[str, int]
    data: list[SourceRow]
    problems: list[str]


def _read_sheet(kind: ImportKind, table: SourceTable, mapping: Mapping[str, int] | None) -> _Sheet:
    header = find_header(kind, table)
    if header is None:
        example = ", ".join(item.label for item in kind.fields[:4])
        return _Sheet(None, (), {}, [], [
            f"Blad '{table.sheet}' heeft geen kopregel met bekende kolomnamen voor {kind.label.lower()}. "
            f"Zet boven de gegevens een regel met kolomnamen, bijvoorbeeld: {example}."])
    headers = tuple(_header_text(value) for value in header.values)
    chosen = dict(mapping) if mapping is not None else guess_mapping(kind, headers)
    problems = []
    known = {item.name for item in kind.fields}
    for name in list(chosen):
        if name not in known:
            del chosen[name]
    missing = [item.label for item in kind.fields if item.required and item.name not in chosen
               and (item.instead is None or item.instead not in chosen)]
    if missing:
        problems.append(f"Kolom ontbreekt: {', '.join(missing)}. Geef de kolom die kop in het bestand, "
                        "of kies bij het importeren welke kolom het is.")
    data = [row for row in table.rows if row.number > header.number]
    return _Sheet(header.number, headers, chosen, data, problems)


def _cells(sheet: _Sheet, row: SourceRow) -> tuple[dict[str, CellValue], list[str]]:
    """The mapped cells of `row` that hold something, and the problems of cells that could not be read."""
    values = {name: row.value(column) for name, column in sheet.mapping.items() if row.value(column) is not None}
    mapped = set(sheet.mapping.values())
    problems = [f"rij {row.number}: {message}" for column, message in row.unreadable if column in mapped]
    return values, problems


def as_text(value: CellValue) -> str:
    """A cell as text: numbers as written (12, not 12.0), dates as 14-06-2022."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def _as_date(value: CellValue) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return as_text(value)  # a number in a date column: clean() says it is no date
    return value


def _enum(enum: type[LabelledEnum], value: CellValue, label: str, words: Mapping[str, LabelledEnum] = {}) -> Any:  # the shared default is only read
    text = normalised(as_text(value))
    for member in enum:
        if text in (normalised(member.label), normalised(member.value)):
            return member
    if text in words:
        return words[text]
    allowed = ", ".join(f"'{member.label}'" for member in enum)
    raise ValueError(f"{label}: '{as_text(value)}' is onbekend; kies een van {allowed}.")


_SALUTATIONS = {"dhr": Salutation.MR, "deheer": Salutation.MR, "heer": Salutation.MR, "mr": Salutation.MR,
                "m": Salutation.MR, "mw": Salutation.MS, "mevr": Salutation.MS, "mevrouw": Salutation.MS,
                "ms": Salutation.MS, "mrs": Salutation.MS, "v": Salutation.MS}


def _initials_key(initials: str | None) -> str:
    return normalised(initials or "").replace("/", "")


def _person_key(last_name: str, initials: str | None) -> tuple[str, str]:
    return normalised(last_name), _initials_key(initials)


def _shown(value: Any) -> str:
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def _differences(spec: EntitySpec, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    # A list of references reads as numbers here; its planner names what changed (`_Partners.difference`).
    return [f"{item.label}: '{_shown(before.get(item.name))}' wordt '{_shown(after.get(item.name))}'"
            for item in spec.fields if item.kind is not FieldKind.REFS and before.get(item.name) != after.get(item.name)]


def _row_problems(number: int, error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        return [f"rij {number}: {message}" for message in error.errors.values()]
    return [f"rij {number}: {getattr(error, 'message', None) or error}"]


# --- planning: what each row will do ----------------------------------------------------------------------

# A planned write: called inside the import's transaction, it adds or changes a row without flushing and
# hands back what reports the change once the rows are flushed. Writes run in phases (records first, then
# the records that point at them), each phase flushed once: row by row would cost a round trip per record.
Report = Callable[[], list[Touched]]


@dataclass(frozen=True)
class Write:
    """One write of the import, run in its phase: parents before the records that point at them."""

    phase: int
    run: Callable[[Session], Report]

    def __call__(self, session: Session) -> Report:
        return self.run(session)


# Records first, then what points at them.
PHASES: dict[str, int] = {
    "municipality": 0, "partner": 0, "year_plan": 0, "person": 1, "staff_member": 1, "board_seat": 2, "portfolio": 2,
    "seat_term": 3, "employment": 3, "vng_committee": 3, "consultation": 3, "activity": 4,
    "project": 5, "meeting": 5, "meeting_attendance": 6,
}


@dataclass
class _Planned:
    row: PreviewRow
    writes: list[Write] = field(default_factory=list)


def _write_new(spec: EntitySpec, values: Mapping[str, Any] | Callable[[], Mapping[str, Any]],
               holder: list[Any] | None = None) -> Write:
    def write(session: Session) -> Report:
        data = values() if callable(values) else values
        check_rules(session, spec.name, data, None)
        row = _row_type(spec)()
        write_fields(session, spec, row, data)
        session.add(row)
        if holder is not None:
            holder.append(row)
        return lambda: [added(spec, to_value(spec, row))]

    return Write(PHASES[spec.name], write)


def _write_change(spec: EntitySpec, record_id: int, values: Mapping[str, Any]) -> Write:
    def write(session: Session) -> Report:
        row = session.get(_row_type(spec), record_id)
        assert row is not None
        before = to_value(spec, row)
        check_rules(session, spec.name, values, record_id)
        write_fields(session, spec, row, values)
        return lambda: [changed(spec, before, to_value(spec, row))]

    return Write(PHASES[spec.name], write)


def _write_change_later(spec: EntitySpec, record_id: int, values: Callable[[], Mapping[str, Any]]) -> Write:
    """A change whose values name records this import adds: worked out when its phase comes."""
    def write(session: Session) -> Report:
        return _write_change(spec, record_id, values())(session)

    return Write(PHASES[spec.name], write)


def _row_type(spec: EntitySpec) -> Any:
    from vgg_desktop.db.models import ROW_TYPES

    return ROW_TYPES[spec.name]


class _People:
    """Persons or staff members as stored, found by key; a key used twice in the file is a problem."""

    def __init__(self, session: Session, spec: EntitySpec, row_type: Any) -> None:
        self.spec = spec
        self.by_key: dict[tuple[str, str], list[Any]] = {}
        self.by_last_name: dict[str, list[Any]] = {}
        for row in session.scalars(select(row_type)):
            value = to_value(spec, row)
            self.by_key.setdefault(_person_key(value.last_name, value.initials), []).append(value)
            self.by_last_name.setdefault(normalised(value.last_name), []).append(value)
        self.seen: dict[tuple[str, str], int] = {}

    def earlier_row(self, values: Mapping[str, Any]) -> int | None:
        return self.seen.get(_person_key(values["last_name"], values.get("initials")))

    def find(self, number: int, values: Mapping[str, Any]) -> tuple[Any | None, list[str]]:
        key = _person_key(values["last_name"], values.get("initials"))
        name = " ".join(part for part in (values.get("initials"), values["last_name"]) if part)
        if key in self.seen:
            return None, [f"rij {number}: {name} staat ook op rij {self.seen[key]}. Voeg de regels samen of maak ze verschillend."]
        self.seen[key] = number
        found = self.by_key.get(key, [])
        if not found and not key[1]:
            found = self.by_last_name.get(key[0], [])  # no initials in the file: the last name alone, if it is unique
        if len(found) > 1:
            return None, [f"rij {number}: er zijn {len(found)} met de naam {name}; vul de voorletters in zodat "
                          "duidelijk is wie bedoeld is."]
        return (found[0] if found else None), []


def _person_values(spec: EntitySpec, cells: Mapping[str, CellValue], existing: Any | None,
                   extra: Mapping[str, Any] = {}) -> dict[str, Any]:  # the shared default is only read
    """Clean values of a person or staff member: the stored ones, overwritten by the cells that hold something."""
    data: dict[str, Any] = current_fields(spec, existing) if existing is not None else {}
    problems: dict[str, str] = {}
    for name in ("initials", "first_name", "last_name", "email", "phone", "notes", "function"):
        if name in cells and name in spec.field_names:
            data[name] = as_text(cells[name])
    if "salutation" in cells:
        try:
            data["salutation"] = _enum(Salutation, cells["salutation"], "Aanhef", _SALUTATIONS)
        except ValueError as error:
            problems["salutation"] = str(error)
    data.update(extra)
    try:
        values = clean(spec, data)
    except ValidationError as error:
        problems.update(error.errors)
    if problems:
        raise ValidationError(problems)
    return values


def _name_cells(cells: dict[str, CellValue]) -> None:
    """A whole name in one cell gives the parts the row does not give in cells of their own."""
    if "full_name" not in cells:
        return
    for name, value in split_name(as_text(cells.pop("full_name"))).items():
        if value is not None and name not in cells:
            cells[name] = str(value)


def _plan_people(session: Session, kind: ImportKind, sheet: _Sheet) -> list[_Planned]:
    """Persons or staff members. On a staff sheet one member may have several rows, one per employment
    (as the meeting workbook lists them): the first row is the member, each row an employment."""
    spec, row_type = (STAFF_MEMBER, StaffMemberRow) if kind is STAFF else (PERSON, PersonRow)
    people = _People(session, spec, row_type)
    members: dict[int, tuple[Any | None, list[Any]]] = {}  # first row number -> (stored member, new member's row)
    municipalities = {normalised(row.name): row.id for row in session.scalars(select(MunicipalityRow))}
    employments: dict[int, list[Any]] = {}
    if kind is STAFF:
        for row in session.scalars(select(EmploymentRow)):
            employments.setdefault(row.staff_member_id, []).append(to_value(EMPLOYMENT, row))
    planned: list[_Planned] = []
    for source in sheet.data:
        cells, problems = _cells(sheet, source)
        _name_cells(cells)
        extra: dict[str, Any] = {}
        if kind is PERSONS and "municipality" in cells:
            municipality = municipalities.get(normalised(as_text(cells["municipality"])))
            if municipality is None:
                problems.append(f"rij {source.number}: Gemeente: '{as_text(cells['municipality'])}' is geen bekende gemeente. "
                                "Schrijf de naam zoals op het tabblad Bestuur, of laat de cel leeg.")
            else:
                extra["municipality_id"] = municipality
        name = " ".join(as_text(cells[part]) for part in ("initials", "last_name") if part in cells) or "(zonder naam)"
        if "last_name" not in cells:
            planned.append(_Planned(PreviewRow(source.number, RowAction.SKIP, name, (), (
                *problems, f"rij {source.number}: Achternaam: vul de achternaam in."))))
            continue
        try:
            probe = _person_values(spec, cells, None, extra)
        except ValidationError as error:
            planned.append(_Planned(PreviewRow(source.number, RowAction.SKIP, name, (), (*problems, *_row_problems(source.number, error)))))
            continue
        earlier = people.earlier_row(probe) if kind is STAFF else None
        if earlier is not None:
            planned.append(_another_employment(source.number, cells, members[earlier], employments, problems))
            continue
        existing, found_problems = people.find(source.number, probe)
        problems.extend(found_problems)
        values = _person_values(spec, cells, existing, extra) if existing is not None else probe
        name = " ".join(part for part in (values.get("initials"), values["last_name"]) if part)
        item = _Planned(PreviewRow(source.number, RowAction.SKIP, name, (), ()))
        differences: list[str] = []
        employment_target: list[Any] = []
        if existing is None:
            item.writes.append(_write_new(spec, values, employment_target))
        else:
            differences = _differences(spec, current_fields(spec, existing), values)
            if differences:
                item.writes.append(_write_change(spec, existing.id, values))
        if kind is STAFF:
            members[source.number] = (existing, employment_target)
            try:
                more = _plan_employment(cells, existing, employments, employment_target, item)
                differences.extend(more)
            except ValidationError as error:
                problems.extend(_row_problems(source.number, error))
        action = RowAction.ADD if existing is None else RowAction.CHANGE if item.writes else RowAction.SKIP
        item.row = PreviewRow(source.number, action, name, tuple(differences), tuple(problems))
        planned.append(item)
    return planned


def _another_employment(number: int, cells: Mapping[str, CellValue], member: tuple[Any | None, list[Any]],
                        employments: Mapping[int, list[Any]], problems: list[str]) -> _Planned:
    existing, new_member = member
    name = " ".join(as_text(cells[part]) for part in ("initials", "last_name") if part in cells)
    item = _Planned(PreviewRow(number, RowAction.SKIP, name, (), ()))
    differences: list[str] = []
    try:
        differences = _plan_employment(cells, existing, employments, new_member, item)
    except ValidationError as error:
        problems.extend(_row_problems(number, error))
    if existing is None and item.writes:
        differences = ["Nog een dienstverband van deze nieuwe medewerker"]
    action = RowAction.CHANGE if item.writes else RowAction.SKIP
    item.row = PreviewRow(number, action, name, tuple(differences), tuple(problems))
    return item


_EMPLOYMENT_TEXTS = ("function", "description", "through")
_EMPLOYMENT_FIELDS = (*_EMPLOYMENT_TEXTS, "contract_kind", "start_date", "end_date")


def _plan_employment(cells: Mapping[str, CellValue], member: Any | None, employments: Mapping[int, list[Any]],
                     new_member: list[Any], item: _Planned) -> list[str]:
    """A staff row's employment: the stored one with the same start date is changed, otherwise one is added."""
    if not any(name in cells for name in _EMPLOYMENT_FIELDS):
        return []
    data: dict[str, Any] = {name: as_text(cells[name]) for name in _EMPLOYMENT_TEXTS if name in cells}
    problems: dict[str, str] = {}
    if "contract_kind" in cells:
        try:
            data["contract_kind"] = _enum(ContractKind, cells["contract_kind"], "Soort dienstverband")
        except ValueError as error:
            problems["contract_kind"] = str(error)
    for name in ("start_date", "end_date"):
        if name in cells:
            data[name] = _as_date(cells[name])
    try:
        probe = clean(EMPLOYMENT, {**data, "staff_member_id": member.id if member else 1})
    except ValidationError as error:
        problems.update(error.errors)
    if problems:
        raise ValidationError(problems)
    existing = None
    if member is not None:
        same_start = [job for job in employments.get(member.id, []) if job.start_date == probe["start_date"]]
        existing = same_start[0] if len(same_start) == 1 else None
    if "function" in data and "description" not in cells:
        # One column for both, as the meeting workbook writes them: 'projectmedewerker (Burgernet)'.
        from vgg_desktop.services.reports import function_text

        if existing is not None and function_text(existing) == data["function"]:
            del data["function"]
        elif existing is None:
            both = re.match(r"^(.*\S)\s+\(([^()]+)\)$", data["function"])
            if both:
                data["function"], data["description"] = both.group(1), both.group(2)
    if existing is None:
        def values() -> Mapping[str, Any]:
            owner = member.id if member is not None else new_member[0].id  # the new member, flushed by then
            return clean(EMPLOYMENT, {**data, "staff_member_id": owner})

        item.writes.append(_write_new(EMPLOYMENT, values))
        return [] if member is None else [f"Dienstverband vanaf {_shown(probe['start_date']) or '(onbekend)'} toegevoegd"]
    before = current_fields(EMPLOYMENT, existing)
    after = clean(EMPLOYMENT, {**before, **data})
    differences = _differences(EMPLOYMENT, before, after)
    if differences:
        item.writes.append(_write_change(EMPLOYMENT, existing.id, after))
    return differences


_OWNER_WORDS = {"db": OwnerKind.BOARD, "dagelijksbestuur": OwnerKind.BOARD, "partner": OwnerKind.PARTNER,
                "partnerorganisatie": OwnerKind.PARTNER, "klankbordgroep": OwnerKind.KLANKBORDGROEP}
_STATUS_WORDS = {"": ProgressStatus.NOT_REPORTED, "ongoing": ProgressStatus.RUNNING, "done": ProgressStatus.DONE,
                 "gereed": ProgressStatus.DONE, "klaar": ProgressStatus.DONE, "lopend": ProgressStatus.RUNNING}


IdOf = Callable[[], int]


def known(record_id: int) -> IdOf:
    """The id of a stored record, as the plan's references hold it (a record added by the import is known later)."""
    return _KnownId(record_id)


@dataclass(frozen=True)
class _KnownId:
    known: int

    def __call__(self) -> int:
        return self.known


def later(holder: list[Any]) -> IdOf:
    """The id of a record this import adds: there once its phase is flushed."""
    return lambda: holder[0].id


def _probe(data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` with every reference as it is now: a stored record's id, or a stand-in for one still to be added
    (in a list of references a different stand-in each, so that none is taken for a repeat)."""
    def listed(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(getattr(value, "known", _PROBE_ID - index) if callable(value) else value
                     for index, value in enumerate(values))

    return {name: (getattr(value, "known", 1) if callable(value) else listed(value) if isinstance(value, tuple) else value)
            for name, value in data.items()}


_PROBE_ID = 2**31 - 1


def _resolved(data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (value() if callable(value) else tuple(item() if callable(item) else item for item in value)
                   if isinstance(value, tuple) else value) for name, value in data.items()}


def _pending(data: Mapping[str, Any]) -> bool:
    values = [item for value in data.values() for item in (value if isinstance(value, tuple) else (value,))]
    return any(callable(value) and not hasattr(value, "known") for value in values)


class _Partners:
    """Partner organisations by name; one a row names that is not stored yet is added once."""

    def __init__(self, session: Session) -> None:
        rows = list(session.scalars(select(PartnerRow)))
        self.ids: dict[str, IdOf] = {normalised(row.name): known(row.id) for row in rows}
        self.names: dict[int, str] = {row.id: row.name for row in rows}

    def get(self, name: str, item: _Planned, notes: list[str]) -> IdOf:
        key = normalised(name)
        if key not in self.ids:
            holder: list[Any] = []
            item.writes.append(_write_new(PARTNER, clean(PARTNER, {"name": name}), holder))
            notes.append(f"Partnerorganisatie {name} toegevoegd")
            self.ids[key] = later(holder)
        return self.ids[key]

    def difference(self, before: Sequence[int], after: Sequence[str]) -> list[str]:
        """'Partnerorganisaties: 'VNG' wordt 'VNG, BZK'', or nothing when the same organisations are named."""
        old = [self.names.get(item, str(item)) for item in before]
        if {normalised(name) for name in old} == {normalised(name) for name in after}:
            return []
        return [f"Partnerorganisaties: '{', '.join(old)}' wordt '{', '.join(after)}'"]


def partner_names(text: str) -> tuple[str, ...]:
    """The organisations of 'Partnerorganisaties: VNG, BZK' or of a cell with one a line."""
    separator = "\n" if "\n" in text else ";" if ";" in text else ","
    return tuple(dict.fromkeys(name.strip() for name in text.split(separator) if name.strip()))


@dataclass
class Names:
    """Records that rows name (a year plan by year, a portfolio or consultation by name), stored or added here."""

    plans: dict[int, IdOf] = field(default_factory=dict)
    portfolios: dict[str, IdOf] = field(default_factory=dict)
    consultations: dict[str, IdOf] = field(default_factory=dict)
    # The activities the import's rows name, as (year, owner as headed, title normalised): a meeting finds its
    # activity among these before the stored ones.
    activities: list[tuple[int, str, str, IdOf]] = field(default_factory=list)

    @classmethod
    def stored(cls, session: Session) -> Names:
        return cls({row.year: known(row.id) for row in session.scalars(select(YearPlanRow))},
                   {normalised(row.name): known(row.id) for row in session.scalars(select(PortfolioRow))},
                   {normalised(row.name): known(row.id) for row in session.scalars(select(ConsultationRow))})


def _owner(text: str, names: Names) -> tuple[OwnerKind, dict[str, Any]]:
    """'Portefeuillehouderoverleg Sociaal Domein' -> the kind, and the consultation when it is known by that name."""
    words = normalised(text)
    for kind in sorted(OwnerKind, key=lambda member: -len(member.label)):
        label = normalised(kind.label)
        if words.startswith(label) or words == normalised(kind.value):
            rest = normalised(text[len(kind.label):]) if words.startswith(label) else ""
            if kind is OwnerKind.CONSULTATION and rest in names.consultations:
                return kind, {"consultation_id": names.consultations[rest]}
            if kind is OwnerKind.PORTFOLIO and rest in names.portfolios:
                return kind, {"portfolio_id": names.portfolios[rest]}
            return kind, {}
    if words in _OWNER_WORDS:
        return _OWNER_WORDS[words], {}
    allowed = ", ".join(f"'{member.label}'" for member in OwnerKind)
    raise ValueError(f"Eigenaar: '{text}' is onbekend; begin met een van {allowed}.")


def _results(value: CellValue) -> tuple[str, ...]:
    return _results_and_partners(value)[0]


def _results_and_partners(value: CellValue) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """The results, and the partners when a meeting workbook of this program names them under the results."""
    text = as_text(value)
    # One result a line (as the workbook writes them), or the plan's "- a; - b" on one line.
    lines = text.split("\n") if "\n" in text else re.split(r";\s*(?=[-•*]\s)", text)
    results = [line for line in (re.sub(r"^[-•*]\s*", "", item.strip()) for item in lines) if line]
    # A meeting workbook of this program puts the partners and the meetings held against the target under the results.
    partners: tuple[str, ...] | None = None
    while results and results[-1].startswith((MEETING_COUNT_PREFIX, BEHIND_PREFIX, PARTNERS_PREFIX)):
        line = results.pop()
        if line.startswith(PARTNERS_PREFIX):
            partners = partner_names(line[len(PARTNERS_PREFIX):])
    return tuple(results), partners


def _plan_activities(session: Session, kind: ImportKind, sheet: _Sheet, names: Names | None = None,
                     partners: _Partners | None = None) -> list[_Planned]:
    names = names or Names.stored(session)
    partners = partners or _Partners(session)
    newest = max(names.plans) if names.plans else None
    years = {row.id: row.year for row in session.scalars(select(YearPlanRow))}
    # Titles repeat within a plan (under different owners, or twice under one): rows sharing year, owner and
    # title are matched with the stored activities sharing them in the plan's order.
    stored: dict[tuple[int, str, str], list[Any]] = {}
    per_plan: dict[int, int] = {}
    for row in session.scalars(select(ActivityRow).order_by(ActivityRow.position, ActivityRow.id)):
        year_of = years[row.year_plan_id]
        stored.setdefault((year_of, row.owner_kind, normalised(row.title)), []).append(to_value(ACTIVITY, row))
        per_plan[year_of] = max(per_plan.get(year_of, 0), row.position)
    planned: list[_Planned] = []
    for source in sheet.data:
        cells, problems = _cells(sheet, source)
        title = as_text(cells.get("title"))
        data: dict[str, Any] = {}
        errors: dict[str, str] = {}
        item = _Planned(PreviewRow(source.number, RowAction.SKIP, title or "(zonder titel)", (), ()))
        partner_notes: list[str] = []
        named_partners: tuple[str, ...] | None = None
        year_text = as_text(cells["year"]) if "year" in cells else ""
        year = int(year_text) if year_text.isdigit() else newest if not year_text else None
        if year is None or year not in names.plans:
            errors["year_plan_id"] = (f"Jaar: er is geen jaarplan {year_text}. Maak het jaarplan eerst aan."
                                      if year_text else "Jaar: er is nog geen jaarplan. Maak eerst een jaarplan aan.")
        else:
            data["year_plan_id"] = names.plans[year]
        if "owner" in cells:
            try:
                owner_kind, links = _owner(as_text(cells["owner"]), names)
                data.update(owner_kind=owner_kind, **links)
            except ValueError as error:
                errors["owner_kind"] = str(error)
        for name in ("title", "goal", "first_half_progress", "second_half_progress"):
            if name in cells:
                data[name] = as_text(cells[name])
        if "position" in cells:
            data["position"] = as_text(cells["position"])
        if "results" in cells:
            data["results"], named_partners = _results_and_partners(cells["results"])
            if named_partners is not None:
                data["partner_ids"] = tuple(partners.get(name, item, partner_notes) for name in named_partners)
        for name in ("first_half_status", "second_half_status"):
            if name in cells:
                try:
                    data[name] = _enum(ProgressStatus, cells[name], ACTIVITY.field(name).label, _STATUS_WORDS)
                except ValueError as error:
                    errors[name] = str(error)
        owner_value = data["owner_kind"].value if "owner_kind" in data else ""
        same = stored.get((year or 0, owner_value, normalised(title)), [])
        existing = same.pop(0) if same else None
        full: dict[str, Any] = {}
        values: dict[str, Any] = {}
        if not errors:
            if existing is None:
                per_plan[year or 0] = per_plan.get(year or 0, 0) + 1
            base = current_fields(ACTIVITY, existing) if existing is not None else {"position": per_plan[year or 0]}
            full = {**base, **data}
            try:
                values = clean(ACTIVITY, _probe(full))
            except ValidationError as error:
                errors.update(error.errors)
        problems.extend(f"rij {source.number}: {message}" for message in errors.values())
        item.row = PreviewRow(source.number, RowAction.SKIP, title or "(zonder titel)", (), tuple(problems))
        if not errors:
            def final(full: Mapping[str, Any] = full) -> Mapping[str, Any]:
                return clean(ACTIVITY, _resolved(full))

            owner_text = as_text(cells.get("owner")).strip()
            if existing is None:
                added_row: list[Any] = []
                item.writes.append(_write_new(ACTIVITY, final, added_row))
                names.activities.append((year or 0, owner_text, normalised(title), later(added_row)))
                item.row = PreviewRow(source.number, RowAction.ADD, title, tuple(partner_notes), tuple(problems))
            else:
                names.activities.append((year or 0, owner_text, normalised(title), known(existing.id)))
                differences = _differences(ACTIVITY, current_fields(ACTIVITY, existing), values)
                if named_partners is not None:
                    differences.extend(partners.difference(existing.partner_ids, named_partners))
                differences.extend(partner_notes)
                if differences or _pending(full):
                    item.writes.append(_write_change_later(ACTIVITY, existing.id, final))
                    item.row = PreviewRow(source.number, RowAction.CHANGE, title,
                                          tuple(differences) or ("Koppeling aan een nieuw overleg of een nieuwe portefeuille",),
                                          tuple(problems))
        planned.append(item)
    return planned


# --- seats and terms -------------------------------------------------------------------------------------

_VACANT_WORDS = {"vacature", "vacant", "vacancy", "nvt", "n.v.t.", "-"}
_INITIAL = re.compile(r"^(?:[A-Za-zÀ-ÿ]{1,3}\.)+$")


def split_name(text: str) -> dict[str, Any]:
    """'Dhr. A. van der Tuuk' -> salutation, initials, last name; 'Ard van der Tuuk' -> first and last name.

    The reverse of `entities.full_name`: what it writes, this reads back to the same display name."""
    words = text.split()
    found: dict[str, Any] = {"salutation": None, "initials": None, "first_name": None}
    if len(words) > 1 and normalised(words[0]) in _SALUTATIONS:
        found["salutation"] = _SALUTATIONS[normalised(words[0])]
        words = words[1:]
    initials = []
    while len(words) > 1 and _INITIAL.match(words[0]):
        initials.append(words.pop(0))
    if initials:
        found["initials"] = "".join(initials)
    elif len(words) > 1 and found["salutation"] is None:
        found["first_name"] = words.pop(0)
    found["last_name"] = " ".join(words)
    return found


def split_post(text: str) -> tuple[str | None, str | None]:
    """'griffier gemeente Stadskanaal' -> ('griffier', 'Stadskanaal'), as `overviews.person_post` writes it."""
    match = re.match(r"^(.*?)\s*\bgemeente\s+(.+)$", text.strip(), re.IGNORECASE)
    if match is None:
        return text.strip() or None, None
    return match.group(1).strip() or None, match.group(2).strip()


def seat_on_behalf_of(seat: Any, municipalities: Mapping[int, str]) -> str:
    """As `overviews.SeatOverview.on_behalf_of` words it (the services cannot import each other in a circle)."""
    if seat.kind == SeatKind.MUNICIPALITY:
        name = municipalities.get(seat.municipality_id) if seat.municipality_id else None
        return f"Gemeente {name}" if name else "Gemeente (nog niet vastgelegd)"
    return seat.constituency or seat.kind.label


class _Registry:
    """Persons and municipalities found by name, and the ones this import adds (added once, however often named)."""

    def __init__(self, session: Session) -> None:
        self.municipality_ids = {normalised(row.name): row.id for row in session.scalars(select(MunicipalityRow))}
        self.municipality_names = {row.id: row.name for row in session.scalars(select(MunicipalityRow))}
        self.persons: dict[str, list[Any]] = {}
        for row in session.scalars(select(PersonRow)):
            value = to_value(PERSON, row)
            self.persons.setdefault(normalised(value.display_name), []).append(value)
        self.new_municipalities: dict[str, list[Any]] = {}
        self.new_persons: dict[str, list[Any]] = {}

    def municipality(self, name: str, item: _Planned, notes: list[str]) -> Callable[[], int] | None:
        key = normalised(name)
        if not key:
            return None
        if key in self.municipality_ids:
            return known(self.municipality_ids[key])
        if key not in self.new_municipalities:
            holder: list[Any] = []
            self.new_municipalities[key] = holder
            item.writes.append(_write_new(MUNICIPALITY, clean(MUNICIPALITY, {"name": name}), holder))
            notes.append(f"Gemeente {name} toegevoegd")
        holder = self.new_municipalities[key]
        return lambda: holder[0].id

    def person(self, number: int, text: str, post: str | None, item: _Planned,
               notes: list[str], problems: list[str]) -> tuple[Callable[[], int], int | None] | None:
        """How to get the person's id once written, and the id when the person is stored already."""
        key = normalised(text)
        found = self.persons.get(key, [])
        if len(found) > 1:
            problems.append(f"rij {number}: er zijn {len(found)} personen met de naam {text}; maak de namen verschillend "
                            "op het tabblad Bestuur (bijvoorbeeld met voorletters).")
            return None
        if found:
            return known(found[0].id), found[0].id
        if key not in self.new_persons:
            function, place = split_post(post or "")
            municipality = self.municipality(place, item, notes) if place else None
            data = {**split_name(text), "function": function}
            try:
                clean(PERSON, data)
            except ValidationError as error:
                problems.extend(_row_problems(number, error))
                return None
            holder: list[Any] = []
            self.new_persons[key] = holder

            def values() -> Mapping[str, Any]:
                return clean(PERSON, {**data, "municipality_id": municipality() if municipality else None})

            item.writes.append(_write_new(PERSON, values, holder))
            notes.append(f"Persoon {text} toegevoegd")
        holder = self.new_persons[key]
        return (lambda: holder[0].id), None


def _seat_kind(role: SeatRole, on_behalf_of: str, chosen: SeatKind | None) -> tuple[SeatKind, str | None, str | None]:
    """The kind of seat, its municipality's name and its constituency, from the row's words."""
    text = on_behalf_of.strip()
    words = normalised(text)
    for kind in SeatKind:
        if words == normalised(kind.label) and kind is not SeatKind.MUNICIPALITY:
            return kind, None, None
    if chosen in (None, SeatKind.MUNICIPALITY) and (words.startswith("gemeente") or chosen is SeatKind.MUNICIPALITY):
        name = re.sub(r"^gemeente\s*", "", text, flags=re.IGNORECASE).strip()
        if normalised(name) in ("", normalised("(nog niet vastgelegd)")):
            return SeatKind.MUNICIPALITY, None, None
        return SeatKind.MUNICIPALITY, name, None
    if chosen is not None:
        return chosen, None, text or None
    kind = SeatKind.ADVISORY if role is SeatRole.ADVISORY_MEMBER else (
        SeatKind.KLANKBORDGROEP if "klankbordgroep" in words else SeatKind.MUNICIPALITY)
    return kind, None, text or None


def _plan_seats(session: Session, kind: ImportKind, sheet: _Sheet, registry: _Registry | None = None) -> list[_Planned]:
    registry = registry or _Registry(session)
    seats: dict[tuple[str, str], list[Any]] = {}
    last_position = 0
    for row in session.scalars(select(BoardSeatRow).order_by(BoardSeatRow.position, BoardSeatRow.id)):
        seat = to_value(BOARD_SEAT, row)
        last_position = max(last_position, seat.position)
        seats.setdefault((seat.role.value, normalised(seat_on_behalf_of(seat, registry.municipality_names))), []).append(seat)
    terms: dict[int, list[Any]] = {}
    for term_row in session.scalars(select(SeatTermRow)):
        terms.setdefault(term_row.seat_id, []).append(to_value(SEAT_TERM, term_row))
    planned: list[_Planned] = []
    for source in sheet.data:
        cells, problems = _cells(sheet, source)
        on_behalf_of = as_text(cells.get("on_behalf_of"))
        holder_text = as_text(cells.get("holder")).strip()
        name = " – ".join(part for part in (as_text(cells.get("role")), on_behalf_of) if part)
        item = _Planned(PreviewRow(source.number, RowAction.SKIP, name, (), ()))
        planned.append(item)
        notes: list[str] = []
        try:
            role = _enum(SeatRole, cells.get("role"), "Rol")
            chosen = _enum(SeatKind, cells["seat_kind"], "Soort zetel") if "seat_kind" in cells else None
            checked = clean(SEAT_TERM, {"seat_id": 1, "person_id": 1, "start_date": _as_date(cells.get("start_date")),
                                        "end_date": _as_date(cells.get("end_date"))})
            dates = {"start_date": checked["start_date"], "end_date": checked["end_date"]}
        except ValueError as error:
            item.row = PreviewRow(source.number, RowAction.SKIP, name, (), (*problems, f"rij {source.number}: {error}"))
            continue
        except ValidationError as error:
            item.row = PreviewRow(source.number, RowAction.SKIP, name, (), (*problems, *_row_problems(source.number, error)))
            continue
        seat_kind, municipality_name, constituency = _seat_kind(role, on_behalf_of, chosen)
        queue = seats.get((role.value, normalised(on_behalf_of or seat_kind.label)), [])
        existing = queue.pop(0) if queue else None
        seat_id: Callable[[], int]
        if existing is None:
            municipality = registry.municipality(municipality_name, item, notes) if municipality_name else None
            last_position += 1
            position = last_position
            data = {"kind": seat_kind, "role": role, "constituency": constituency, "position": position}
            try:
                clean(BOARD_SEAT, data)
            except ValidationError as error:
                problems.extend(_row_problems(source.number, error))
            holder: list[Any] = []

            def seat_values(data: Mapping[str, Any] = data, municipality: Callable[[], int] | None = municipality) -> Mapping[str, Any]:
                return clean(BOARD_SEAT, {**data, "municipality_id": municipality() if municipality else None})

            item.writes.append(_write_new(BOARD_SEAT, seat_values, holder))

            def new_seat_id(holder: list[Any] = holder) -> int:
                return int(holder[0].id)

            seat_id = new_seat_id
        else:
            def known_seat_id(known: int = existing.id) -> int:
                return known

            seat_id = known_seat_id
        if holder_text and normalised(holder_text) not in {normalised(word) for word in _VACANT_WORDS}:
            person = registry.person(source.number, holder_text, as_text(cells.get("post")) or None, item, notes, problems)
            if person is not None:
                notes.extend(_plan_term(source.number, existing, seat_id, terms, person[0], person[1], dates, cells,
                                        item, problems, session))
        action = RowAction.ADD if existing is None else RowAction.CHANGE if item.writes else RowAction.SKIP
        item.row = PreviewRow(source.number, action, name, tuple(notes), tuple(problems))
    return planned


def _plan_term(number: int, seat: Any | None, seat_id: Callable[[], int], terms: Mapping[int, list[Any]],
               person: Callable[[], int], person_known: int | None, dates: Mapping[str, Any],
               cells: Mapping[str, CellValue], item: _Planned, problems: list[str], session: Session) -> list[str]:
    """A holder on a row: their term of the seat gets the row's dates, or a new term is added."""
    existing = None
    if seat is not None and person_known is not None:
        mine = [term for term in terms.get(seat.id, []) if term.person_id == person_known]
        existing = next((term for term in mine if term.start_date == dates["start_date"]), mine[0] if len(mine) == 1 else None)
    if existing is not None:
        before = current_fields(SEAT_TERM, existing)
        after = dict(before)
        for name in ("start_date", "end_date"):
            if name in cells:
                after[name] = dates[name]
        differences = _differences(SEAT_TERM, before, after)
        if differences:
            _check_term(session, number, after, existing.id, problems)
            item.writes.append(_write_change(SEAT_TERM, existing.id, after))
        return differences
    if seat is not None:
        _check_term(session, number, {"seat_id": seat.id, "person_id": person_known or 0, **dates}, None, problems)

    def values() -> Mapping[str, Any]:
        return clean(SEAT_TERM, {"seat_id": seat_id(), "person_id": person(), **dates})

    item.writes.append(_write_new(SEAT_TERM, values))
    when = format_date(dates["start_date"])
    return [f"Termijn toegevoegd{' vanaf ' + when if when else ''}"]


def _check_term(session: Session, number: int, values: Mapping[str, Any], term_id: int | None, problems: list[str]) -> None:
    """The seat's one holder at a time, checked in the preview already where the seat is stored."""
    try:
        check_rules(session, "seat_term", values, term_id)
    except DomainError as error:
        problems.append(f"rij {number}: {error.message}")


_PLANNERS: dict[str, Callable[[Session, ImportKind, _Sheet], list[_Planned]]] = {
    "staff": _plan_people, "persons": _plan_people, "activities": _plan_activities, "seats": _plan_seats,
    "meetings": lambda session, kind, sheet: _plan_meetings(session, kind, sheet),
}
_ENTITIES: dict[str, tuple[str, ...]] = {
    "staff": ("staff_member", "employment"), "persons": ("person",), "activities": ("activity",),
    "seats": ("municipality", "person", "board_seat", "seat_term"),
    "meetings": ("meeting", "meeting_attendance"),
    "workbook": ("municipality", "partner", "year_plan", "person", "board_seat", "seat_term", "portfolio",
                 "vng_committee", "consultation", "staff_member", "employment", "activity", "project", "meeting"),
}


def _plan_meetings(session: Session, kind: ImportKind, sheet: _Sheet) -> list[_Planned]:
    from vgg_desktop.services.import_meetings import plan_meetings

    return plan_meetings(session, kind, sheet)


# --- the use cases ---------------------------------------------------------------------------------------


class Importer:
    def __init__(self, database: Database) -> None:
        self._database = database

    def preview(self, kind: str, table: SourceTable | Sequence[SourceTable],
                mapping: Mapping[str, int] | None = None) -> ImportPreview:
        """What importing `table` as `kind` would do, row by row; writes nothing."""
        with self._database.reading() as session:
            preview, _ = _plan(session, kind, table, mapping)
            return preview

    def apply(self, kind: str, table: SourceTable | Sequence[SourceTable],
              mapping: Mapping[str, int] | None = None) -> ImportResult:
        """Imports `table` in one transaction as one change in the history, or refuses it whole (ImportRefused)."""
        with self._database.writing() as session:
            preview, planned = _plan(session, kind, table, mapping)
            if preview.all_problems:
                raise ImportRefused(preview.all_problems)
            # The reports hold their rows, so that the session's identity map keeps them while the references
            # between them are checked and named (it holds rows weakly; a dropped row would be read again).
            reports: list[Report] = []
            phases = sorted({write.phase for item in planned for write in item.writes})
            current = None
            try:
                for phase in phases:
                    for current in planned:
                        reports.extend(write(session) for write in current.writes if write.phase == phase)
                    session.flush()
            except DomainError as error:
                # A rule between records that only the write could see.
                where = f"rij {current.row.number}: " if current is not None else ""
                raise ImportRefused([f"{where}{error.message}"]) from None
            touched = [item for report in reports for item in report()]
            where = f"{preview.file_name} (blad {preview.sheet})" if isinstance(table, SourceTable) else preview.file_name
            change_id = record_change(session, ChangeKind.FILE_IMPORT, touched, f"Geïmporteerd uit {where}"[:300])
            return ImportResult(change_id, preview.count(RowAction.ADD), preview.count(RowAction.CHANGE), _ENTITIES[kind])

    def undo(self, change_id: int, kind: ChangeKind = ChangeKind.UNDO) -> HistoryChange:
        """Turns an import back (or an undo of it forward again) through the history, in one transaction."""
        return History(self._database).revert(change_id, kind)


def _plan(session: Session, kind_name: str, table: SourceTable | Sequence[SourceTable],
          mapping: Mapping[str, int] | None) -> tuple[ImportPreview, list[_Planned]]:
    if kind_name not in KINDS:
        raise ValidationError.single("kind", f"Onbekende soort import '{kind_name}'. Kies uit: {', '.join(KINDS)}.")
    if kind_name == "workbook":
        from vgg_desktop.services.import_workbook import plan_workbook

        tables = (table,) if isinstance(table, SourceTable) else tuple(table)
        planned, problems = plan_workbook(session, tables)
        name = tables[0].file_name if tables else ""
        return ImportPreview("workbook", name, ", ".join(item.sheet for item in tables), None, (), (),
                             tuple(item.row for item in planned), tuple(problems)), planned
    if not isinstance(table, SourceTable):
        raise ValidationError.single("sheet", "Kies één blad om in te lezen.")
    kind = KINDS[kind_name]
    sheet = _read_sheet(kind, table, mapping)
    planned = _PLANNERS[kind_name](session, kind, sheet) if not sheet.problems else []
    notes: tuple[str, ...] = ()
    if kind_name == "meetings" and not sheet.problems:
        from vgg_desktop.services.import_meetings import attendance_note

        notes = attendance_note(session, sheet)
    preview = ImportPreview(kind.name, table.file_name, table.sheet, sheet.header_row, sheet.headers,
                            tuple(sorted(sheet.mapping.items(), key=lambda item: item[1])),
                            tuple(item.row for item in planned), tuple(sheet.problems), notes)
    return preview, planned


def mapping_text(preview: ImportPreview) -> str:
    """'Achternaam = kolom A (Naam), ...': which column was read as which field."""
    kind = KINDS[preview.kind]
    parts = []
    for name, column in preview.mapping:
        header = preview.headers[column] if column < len(preview.headers) else ""
        parts.append(f"{kind.field(name).label} = kolom {column_letter(column)}" + (f" ({header})" if header else ""))
    return ", ".join(parts)


__all__ = ["KINDS", "ImportKind", "ImportPreview", "ImportRefused", "ImportResult", "Importer", "PreviewRow",
           "RowAction", "find_header", "guess_mapping", "mapping_text"]
