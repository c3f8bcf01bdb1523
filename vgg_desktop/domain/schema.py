"""What each record may hold, field by field, and the check that turns raw input into clean values.

One description per entity serves the services (validation), the exports and the forms (labels),
so a rule is written once. Every message is Dutch, names the field and says what to fix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from vgg_desktop.domain import entities as e
from vgg_desktop.domain.dates import format_date, parse_date
from vgg_desktop.domain.enums import (
    AttendanceStatus,
    ContractKind,
    LabelledEnum,
    MeetingKind,
    MeetingStatus,
    OwnerKind,
    PlaceStatus,
    PortfolioKind,
    ProgressStatus,
    ProjectKind,
    Salutation,
    SeatKind,
    SeatRole,
)
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.money import MAX_CENTS, euro_text, parse_euros

SHORT_TEXT = 200
LONG_TEXT = 20_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)

# Pasted text from Word brings control characters; tab and newline are the only ones that mean something.
# Lone surrogates (from text decoded wrongly elsewhere) cannot be stored as UTF-8 at all.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff\ud800-\udfff]")
# Record ids are 32-bit integers on PostgreSQL; anything larger cannot name a record.
_MAX_ID = 2**31 - 1


class FieldKind(Enum):
    """What a field holds. Each layer handles every kind in one table: the check here (`CLEANERS`), the
    storage in `db/mapping.py`, the history's text in `services/history_names.py`, the widget and the
    shown text in `gui/editing/kinds.py`. A test holds that each table has every kind."""

    TEXT = "text"  # one line, at most SHORT_TEXT characters unless the field says otherwise
    LONG_TEXT = "longtext"  # several lines
    DATE = "date"
    INT = "int"
    MONEY = "money"  # an amount in euros as whole cents; typed as 1.234,56 (`domain/money.py`)
    BOOL = "bool"
    ENUM = "enum"  # one of `FieldSpec.enum`
    REF = "ref"  # the id of one record of `FieldSpec.ref`
    REFS = "refs"  # ids of records of `FieldSpec.ref`, kept in a link table
    TEXTS = "texts"  # a list of lines
    CORE_VALUES = "core_values"  # a year plan's core values: title and text each


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind
    required: bool = False
    max_length: int | None = None
    enum: type[LabelledEnum] | None = None
    ref: str | None = None
    minimum: int | None = None
    default: Any = None


CrossCheck = Callable[[Mapping[str, Any]], dict[str, str]]


@dataclass(frozen=True)
class EntitySpec:
    name: str
    label: str
    value_type: type
    fields: tuple[FieldSpec, ...]
    checks: tuple[CrossCheck, ...] = field(default=())
    neuter: bool = False  # a het-word: "dit jaarplan", not "deze jaarplan"

    @property
    def this(self) -> str:
        """'deze persoon' or 'dit jaarplan'."""
        return f"{'dit' if self.neuter else 'deze'} {self.label}"

    def field(self, name: str) -> FieldSpec:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)


def clean_text(value: str) -> str:
    """Strips control characters and surrounding white space, keeps line breaks as \\n."""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL_CHARACTERS.sub("", value).strip()


def _checked_text(spec: FieldSpec, raw: Any, *, one_line: bool, limit: int) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError("moet tekst zijn.")
    text = clean_text(raw)
    if one_line:
        text = " ".join(text.split())
    limit = spec.max_length or limit
    if len(text) > limit:
        raise ValueError(f"is {len(text)} tekens lang; het mogen er hoogstens {limit} zijn. Maak de tekst korter.")
    return text or None


def _clean_short_text(spec: FieldSpec, raw: Any) -> str | None:
    return _checked_text(spec, raw, one_line=True, limit=SHORT_TEXT)


def _clean_long_text(spec: FieldSpec, raw: Any) -> str | None:
    return _checked_text(spec, raw, one_line=False, limit=LONG_TEXT)


def _clean_date(spec: FieldSpec, raw: Any) -> date | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        parsed = parse_date(raw)
    elif isinstance(raw, date) and not hasattr(raw, "hour"):
        parsed = raw
    else:
        raise ValueError("moet een datum zijn (dd-mm-jjjj).")
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise ValueError(
            f"{format_date(parsed)} ligt buiten de mogelijke jaren "
            f"{EARLIEST_DATE.year}-{LATEST_DATE.year}. Controleer het jaartal."
        )
    return parsed


def _clean_int(spec: FieldSpec, raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        default: int | None = spec.default  # an emptied "Volgorde" means the default 0, not a missing value
        return default
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise ValueError("moet een geheel getal zijn.")
    try:
        number = int(raw)
    except ValueError:
        raise ValueError(f"'{raw}' is geen geheel getal.") from None
    if spec.minimum is not None and number < spec.minimum:
        raise ValueError(f"moet minstens {spec.minimum} zijn.")
    if abs(number) > 2_000_000_000:
        raise ValueError("is te groot.")
    return number


def _clean_money(spec: FieldSpec, raw: Any) -> int | None:
    """Cents: a whole number as stored, or the euros as typed ("1.234,56")."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise ValueError("moet een bedrag zijn, zoals 1.234,56.")
    cents = parse_euros(raw) if isinstance(raw, str) else raw
    if spec.minimum is not None and cents < spec.minimum:
        raise ValueError(f"moet minstens {euro_text(spec.minimum)} zijn.")
    if abs(cents) > MAX_CENTS:
        raise ValueError(f"is te groot; het hoogste bedrag is {euro_text(MAX_CENTS)}.")
    return cents


def _clean_bool(spec: FieldSpec, raw: Any) -> bool:
    if raw is None:
        return bool(spec.default)
    if not isinstance(raw, bool):
        raise ValueError("moet ja of nee zijn.")
    return raw


def _clean_enum(spec: FieldSpec, raw: Any) -> LabelledEnum | None:
    assert spec.enum is not None, f"{spec.name} names no enum"
    if raw is None or raw == "":
        default: LabelledEnum | None = spec.default
        return default
    try:
        return spec.enum(raw.value if isinstance(raw, Enum) else raw)
    except (ValueError, TypeError):
        allowed = ", ".join(f"'{member.label}'" for member in spec.enum)
        raise ValueError(f"kies een van {allowed}.") from None


def _is_id(item: Any) -> bool:
    return isinstance(item, int) and not isinstance(item, bool) and 0 < item <= _MAX_ID


def _clean_ref(spec: FieldSpec, raw: Any) -> int | None:
    if raw is None or raw == "":
        return None
    if not _is_id(raw):
        raise ValueError("verwijst naar iets dat niet bestaat. Kies opnieuw uit de lijst.")
    record_id: int = raw
    return record_id


def _clean_refs(spec: FieldSpec, raw: Any) -> tuple[int, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, (list, tuple, set, frozenset)) or not all(_is_id(item) for item in raw):
        raise ValueError("verwijst naar iets dat niet bestaat. Kies opnieuw uit de lijst.")
    return tuple(dict.fromkeys(raw))


def _clean_texts(spec: FieldSpec, raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, (list, tuple)) or not all(isinstance(item, str) for item in raw):
        raise ValueError("moet een lijst van teksten zijn.")
    items = tuple(item for item in (clean_text(text) for text in raw) if item)
    limit = spec.max_length or LONG_TEXT
    for item in items:
        if len(item) > limit:
            raise ValueError(f"bevat een regel van {len(item)} tekens; het mogen er hoogstens {limit} zijn.")
    return items


def _clean_core_values(spec: FieldSpec, raw: Any) -> tuple[e.CoreValue, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, (list, tuple)):
        raise ValueError("moet een lijst van kernwaarden zijn.")
    values: list[e.CoreValue] = []
    title: object
    text: object
    for item in raw:
        if isinstance(item, e.CoreValue):
            title, text = item.title, item.text
        elif isinstance(item, Mapping):
            title, text = item.get("title"), item.get("text")
        else:
            raise ValueError("elke kernwaarde heeft een titel en een tekst.")
        if not isinstance(title, str) or not isinstance(text, str) or not clean_text(title):
            raise ValueError("elke kernwaarde heeft een titel en een tekst.")
        values.append(e.CoreValue(clean_text(title)[:SHORT_TEXT * 2], clean_text(text)[:LONG_TEXT]))
    return tuple(values)


# The check of each kind: the clean value, or ValueError with the Dutch reason (without the label).
Cleaner = Callable[[FieldSpec, Any], Any]
CLEANERS: dict[FieldKind, Cleaner] = {
    FieldKind.TEXT: _clean_short_text,
    FieldKind.LONG_TEXT: _clean_long_text,
    FieldKind.DATE: _clean_date,
    FieldKind.INT: _clean_int,
    FieldKind.MONEY: _clean_money,
    FieldKind.BOOL: _clean_bool,
    FieldKind.ENUM: _clean_enum,
    FieldKind.REF: _clean_ref,
    FieldKind.REFS: _clean_refs,
    FieldKind.TEXTS: _clean_texts,
    FieldKind.CORE_VALUES: _clean_core_values,
}


def clean(spec: EntitySpec, data: Mapping[str, Any]) -> dict[str, Any]:
    """Validates and normalises every field of `spec` from `data`; raises ValidationError naming each bad field."""
    unknown = set(data) - set(spec.field_names)
    if unknown:
        raise ValidationError({name: f"{spec.label.capitalize()} heeft geen veld '{name}'." for name in sorted(unknown)})
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for field_spec in spec.fields:
        try:
            value = CLEANERS[field_spec.kind](field_spec, data.get(field_spec.name, field_spec.default))
        except ValueError as error:
            errors[field_spec.name] = f"{field_spec.label}: {error}"
            continue
        if field_spec.required and value in (None, "", ()):
            errors[field_spec.name] = f"{field_spec.label}: vul dit veld in."
            continue
        values[field_spec.name] = value
    if not errors:
        for check in spec.checks:
            errors.update(check(values))
    if errors:
        raise ValidationError(errors)
    return values


def _period(start: str, end: str, start_label: str, end_label: str) -> CrossCheck:
    def check(values: Mapping[str, Any]) -> dict[str, str]:
        first, last = values.get(start), values.get(end)
        if first is not None and last is not None and last < first:
            return {end: f"{end_label}: {format_date(last)} ligt vóór '{start_label}' ({format_date(first)}). Kies een latere datum."}
        return {}

    return check


def _place(status_field: str, person_field: str, label: str) -> CrossCheck:
    def check(values: Mapping[str, Any]) -> dict[str, str]:
        status, person = values.get(status_field), values.get(person_field)
        if status == PlaceStatus.FILLED and person is None:
            return {person_field: f"{label}: kies wie deze plaats bezet, of zet de plaats op vacature of n.v.t."}
        if status != PlaceStatus.FILLED and person is not None:
            return {status_field: f"{label}: een plaats met een persoon is bezet; kies 'bezet' of haal de persoon weg."}
        return {}

    return check


def _held(person_field: str, since: str, until: str, since_label: str, until_label: str, who: str) -> CrossCheck:
    """The dates of a place belong to the person who holds it: without a person, no dates."""
    def check(values: Mapping[str, Any]) -> dict[str, str]:
        if values.get(person_field) is not None:
            return {}
        return {name: f"{label}: hoort bij het {who}; kies eerst wie de plaats bezet, of maak de datum leeg."
                for name, label in ((since, since_label), (until, until_label)) if values.get(name) is not None}

    return check


def _text(name: str, label: str, required: bool = False, max_length: int | None = None) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.TEXT, required=required, max_length=max_length)


def _long(name: str, label: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.LONG_TEXT, required=required)


def _date(name: str, label: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.DATE, required=required)


def _ref(name: str, label: str, ref: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.REF, required=required, ref=ref)


def _enum(name: str, label: str, enum: type[LabelledEnum], default: Any = None, required: bool = True) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.ENUM, required=required, enum=enum, default=default)


def _position() -> FieldSpec:
    return FieldSpec("position", "Volgorde", FieldKind.INT, minimum=0, default=0)


ASSOCIATION = EntitySpec("association", "vereniging", e.Association, (
    _text("name", "Naam", required=True),
    _text("short_name", "Afkorting", required=True, max_length=20),
    _text("seat", "Vestigingsplaats"),
    _date("founded_on", "Opgericht op"),
))

YEAR_PLAN = EntitySpec("year_plan", "jaarplan", e.YearPlan, (
    FieldSpec("year", "Jaar", FieldKind.INT, required=True, minimum=1900),
    _text("title", "Titel", required=True),
    _date("adopted_on", "Vastgesteld op"),
    _text("adopted_by", "Vastgesteld door"),
    _text("signed_by", "Ondertekend door"),
    _long("introduction", "Inleiding"),
    _long("vision", "Visie"),
    FieldSpec("core_values", "Kernwaarden", FieldKind.CORE_VALUES),
), neuter=True)

MUNICIPALITY = EntitySpec("municipality", "gemeente", e.Municipality, (
    _text("name", "Naam", required=True),
    _date("member_since", "Lid sinds"),
    _date("member_until", "Lid tot"),
), (_period("member_since", "member_until", "Lid sinds", "Lid tot"),))

PARTNER = EntitySpec("partner", "partnerorganisatie", e.Partner, (
    _text("name", "Naam", required=True),
    _long("notes", "Opmerkingen"),
))

# The fields of `e.NameAndContact`, which a person and a staff member share.
NAME_FIELDS: tuple[FieldSpec, ...] = (
    _enum("salutation", "Aanhef", Salutation, required=False),
    _text("initials", "Voorletters", max_length=20),
    _text("first_name", "Voornaam"),
    _text("last_name", "Achternaam", required=True),
)
CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    _text("email", "E-mail"),
    _text("phone", "Telefoon", max_length=40),
    _long("notes", "Opmerkingen"),
)

PERSON = EntitySpec("person", "persoon", e.Person, (
    *NAME_FIELDS,
    _ref("municipality_id", "Gemeente", "municipality"),
    _text("function", "Functie"),
    *CONTACT_FIELDS,
))

BOARD_SEAT = EntitySpec("board_seat", "zetel", e.BoardSeat, (
    _enum("kind", "Soort zetel", SeatKind),
    _enum("role", "Rol", SeatRole),
    _ref("municipality_id", "Namens gemeente", "municipality"),
    _text("constituency", "Namens"),
    _position(),
    _long("notes", "Opmerkingen"),
))


def _seat_constituency(values: Mapping[str, Any]) -> dict[str, str]:
    if values.get("kind") != SeatKind.MUNICIPALITY and values.get("municipality_id") is not None:
        return {"municipality_id": "Namens gemeente: alleen een gemeentezetel hoort bij een gemeente. Laat dit leeg of kies soort 'Gemeente'."}
    if values.get("kind") == SeatKind.ADVISORY and values.get("role") != SeatRole.ADVISORY_MEMBER:
        return {"role": "Rol: een adviserende zetel heeft de rol 'Adviserend lid'."}
    if values.get("kind") != SeatKind.ADVISORY and values.get("role") == SeatRole.ADVISORY_MEMBER:
        return {"role": "Rol: 'Adviserend lid' hoort bij een adviserende zetel. Kies een andere rol of soort zetel."}
    return {}


BOARD_SEAT = EntitySpec(BOARD_SEAT.name, BOARD_SEAT.label, BOARD_SEAT.value_type, BOARD_SEAT.fields, (_seat_constituency,))

SEAT_TERM = EntitySpec("seat_term", "termijn", e.SeatTerm, (
    _ref("seat_id", "Zetel", "board_seat", required=True),
    _ref("person_id", "Bestuurder", "person", required=True),
    _date("start_date", "Vanaf"),
    _date("end_date", "Tot en met"),
    _text("as_written", "Zoals vermeld"),
), (_period("start_date", "end_date", "Vanaf", "Tot en met"),))

PORTFOLIO = EntitySpec("portfolio", "portefeuille", e.Portfolio, (
    _text("name", "Naam", required=True),
    _enum("kind", "Soort", PortfolioKind, default=PortfolioKind.PORTFOLIO),
    _ref("holder_id", "Portefeuillehouder", "person"),
    FieldSpec("vng_not_applicable", "VNG-commissie n.v.t.", FieldKind.BOOL, default=False),
    _position(),
    _long("notes", "Opmerkingen"),
))

VNG_COMMITTEE = EntitySpec("vng_committee", "VNG-commissie", e.VngCommittee, (
    _text("name", "Naam", required=True),
    _text("former_name", "Vroegere naam"),
    _ref("portfolio_id", "Portefeuille", "portfolio"),
    _enum("member_status", "VNG-commissielid", PlaceStatus, default=PlaceStatus.VACANT),
    _ref("member_id", "Commissielid", "person"),
    _position(),
    _long("notes", "Opmerkingen"),
    _date("member_since", "Lid sinds"),
    _date("member_until", "Lid tot en met"),
), (_place("member_status", "member_id", "VNG-commissielid"),
    _held("member_id", "member_since", "member_until", "Lid sinds", "Lid tot en met", "commissielid"),
    _period("member_since", "member_until", "Lid sinds", "Lid tot en met")))

CONSULTATION = EntitySpec("consultation", "portefeuillehouderoverleg", e.Consultation, (
    FieldSpec("number", "Nummer", FieldKind.INT, required=True, minimum=1),
    _text("name", "Naam", required=True),
    _enum("chair_status", "Voorzitterschap", PlaceStatus, default=PlaceStatus.VACANT),
    _ref("chair_id", "Voorzitter", "person"),
    _ref("organised_by_id", "Georganiseerd via", "partner"),
    _long("preparation", "Voorbereiding"),
    _ref("portfolio_id", "Portefeuille", "portfolio"),
    FieldSpec("partner_ids", "Partnerorganisaties", FieldKind.REFS, ref="partner"),
    _long("notes", "Opmerkingen"),
    _date("chair_since", "Voorzitter sinds"),
    _date("chair_until", "Voorzitter tot en met"),
), (_place("chair_status", "chair_id", "Voorzitter"),
    _held("chair_id", "chair_since", "chair_until", "Voorzitter sinds", "Voorzitter tot en met", "voorzitter"),
    _period("chair_since", "chair_until", "Voorzitter sinds", "Voorzitter tot en met")), neuter=True)

STAFF_MEMBER = EntitySpec("staff_member", "medewerker", e.StaffMember, (*NAME_FIELDS, *CONTACT_FIELDS))

EMPLOYMENT = EntitySpec("employment", "dienstverband", e.Employment, (
    _ref("staff_member_id", "Medewerker", "staff_member", required=True),
    _text("function", "Functie"),
    _text("description", "Omschrijving"),
    _enum("contract_kind", "Soort dienstverband", ContractKind, required=False),
    _text("through", "Via"),
    _date("start_date", "Vanaf"),
    _date("end_date", "Tot"),
    _text("as_written", "Zoals vermeld"),
), (_period("start_date", "end_date", "Vanaf", "Tot"),), neuter=True)

ABSENCE = EntitySpec("absence", "ziekmelding", e.Absence, (
    _ref("staff_member_id", "Medewerker", "staff_member", required=True),
    _date("start_date", "Ziek vanaf", required=True),
    _date("end_date", "Hersteld op"),
), (_period("start_date", "end_date", "Ziek vanaf", "Hersteld op"),))

# A new half-year has had nothing reported; "niet gestart" is a status someone chooses.
_STATUS_DEFAULT = ProgressStatus.NOT_REPORTED


def _meeting_target(values: Mapping[str, Any]) -> dict[str, str]:
    if values.get("meeting_target") is None and values.get("meeting_target_is_minimum"):
        return {"meeting_target_is_minimum": "Minimaal: vul eerst het aantal bijeenkomsten in, of haal het vinkje weg."}
    return {}


ACTIVITY = EntitySpec("activity", "activiteit", e.Activity, (
    _ref("year_plan_id", "Jaarplan", "year_plan", required=True),
    _position(),
    _enum("owner_kind", "Eigenaar", OwnerKind),
    _text("title", "Titel", required=True, max_length=300),
    _text("heading_as_written", "Kop zoals vermeld", max_length=300),
    _ref("portfolio_id", "Portefeuille", "portfolio"),
    _ref("consultation_id", "Portefeuillehouderoverleg", "consultation"),
    FieldSpec("partner_ids", "Partnerorganisaties", FieldKind.REFS, ref="partner"),
    _long("goal", "Doel", required=True),
    FieldSpec("results", "Te bereiken resultaten", FieldKind.TEXTS),
    _text("results_heading_as_written", "Kop resultaten zoals vermeld"),
    _long("first_half_progress", "Voortgang eerste halfjaar"),
    _enum("first_half_status", "Status eerste halfjaar", ProgressStatus, default=_STATUS_DEFAULT),
    _long("second_half_progress", "Voortgang tweede halfjaar"),
    _enum("second_half_status", "Status tweede halfjaar", ProgressStatus, default=_STATUS_DEFAULT),
    FieldSpec("meeting_target", "Aantal bijeenkomsten", FieldKind.INT, minimum=1),
    FieldSpec("meeting_target_is_minimum", "Minimaal", FieldKind.BOOL, default=False),
    _text("meeting_target_as_written", "Aantal zoals vermeld", max_length=300),
    FieldSpec("carried_over_from", "Vervolg van", FieldKind.INT, minimum=1900),
), (_meeting_target,))

MEETING = EntitySpec("meeting", "bijeenkomst", e.Meeting, (
    _date("date", "Datum", required=True),
    _enum("kind", "Soort", MeetingKind, default=MeetingKind.OTHER),
    _text("title", "Titel", required=True),
    _text("theme", "Thema"),
    _text("location", "Locatie"),
    _ref("activity_id", "Activiteit", "activity"),
    _long("notes", "Opmerkingen"),
    _enum("status", "Status", MeetingStatus, default=MeetingStatus.PLANNED),
))

MEETING_ATTENDANCE = EntitySpec("meeting_attendance", "aanwezigheid", e.MeetingAttendance, (
    _ref("meeting_id", "Bijeenkomst", "meeting", required=True),
    _ref("municipality_id", "Gemeente", "municipality", required=True),
    _enum("status", "Aanwezigheid", AttendanceStatus, default=AttendanceStatus.PRESENT),
    _text("represented_by", "Namens de gemeente"),
))

PROJECT = EntitySpec("project", "project", e.Project, (
    _text("name", "Naam", required=True),
    _enum("kind", "Soort", ProjectKind, required=False),
    _long("description", "Omschrijving"),
    _ref("activity_id", "Activiteit", "activity"),
    FieldSpec("staff_member_ids", "Medewerkers", FieldKind.REFS, ref="staff_member"),
), neuter=True)

PROJECT_DECISION = EntitySpec("project_decision", "besluit", e.ProjectDecision, (
    _ref("project_id", "Project", "project", required=True),
    _date("decided_on", "Besloten op", required=True),
    _long("description", "Besluit", required=True),
    _long("finances", "Financiën"),
), neuter=True)

def _paid_after_sent(values: Mapping[str, Any]) -> dict[str, str]:
    if values.get("paid_on") is not None and values.get("sent_on") is None:
        return {"sent_on": "Verzonden op: een betaalde factuur is verzonden; vul in wanneer."}
    return {}


PROJECT_INVOICE = EntitySpec("project_invoice", "factuur", e.ProjectInvoice, (
    _ref("project_id", "Project", "project", required=True),
    _ref("municipality_id", "Gemeente", "municipality", required=True),
    _text("description", "Omschrijving"),
    FieldSpec("amount_cents", "Bedrag", FieldKind.MONEY, required=True, minimum=1),
    _date("sent_on", "Verzonden op"),
    _date("paid_on", "Betaald op"),
), (_period("sent_on", "paid_on", "Verzonden op", "Betaald op"), _paid_after_sent))

ALL_SPECS: tuple[EntitySpec, ...] = (
    ASSOCIATION, YEAR_PLAN, MUNICIPALITY, PARTNER, PERSON, BOARD_SEAT, SEAT_TERM, PORTFOLIO,
    VNG_COMMITTEE, CONSULTATION, STAFF_MEMBER, EMPLOYMENT, ABSENCE, ACTIVITY, MEETING, PROJECT,
    PROJECT_DECISION, PROJECT_INVOICE, MEETING_ATTENDANCE,
)
SPECS_BY_NAME: dict[str, EntitySpec] = {spec.name: spec for spec in ALL_SPECS}
