"""Filling a new, empty database with the Jaarplan 2022 from `resources/seed/`.

Everything goes in through the same validation as a user's input, in one transaction: either the
whole plan is there afterwards, or nothing is. A database that holds data is never seeded again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import write_fields
from vgg_desktop.db.models import ROW_TYPES, AssociationRow, Record, SettingRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import schema as s
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.schema import EntitySpec, clean
from vgg_desktop.services.history import Touched, record_change
from vgg_desktop.services.records import check_rules

SEED_FORMAT_VERSION = 1


@dataclass(frozen=True)
class SeedReport:
    seeded: bool
    counts: tuple[tuple[str, int], ...]

    def describe(self) -> str:
        if not self.seeded:
            return "De database bevat al gegevens; er is niets ingelezen."
        return "Ingelezen: " + ", ".join(f"{count} × {label}" for label, count in self.counts) + "."


SEEDED_KEY = "seed"


def is_empty(database: Database) -> bool:
    """True for a database that was never seeded nor deliberately started empty, and holds no data."""
    with database.reading() as session:
        if session.get(SettingRow, SEEDED_KEY) is not None:
            return False
        return not session.scalar(select(func.count()).select_from(AssociationRow))


def keep_empty(database: Database) -> None:
    """Remembers that the user chose to start without the Jaarplan 2022, so it is never seeded later."""
    with database.writing() as session:
        if session.get(SettingRow, SEEDED_KEY) is None:
            session.add(SettingRow(key=SEEDED_KEY, value="empty"))


def seed(database: Database, source: Path) -> SeedReport:
    data = json.loads(source.read_text(encoding="utf-8"))
    if data.get("format_version") != SEED_FORMAT_VERSION:
        raise ValueError(f"{source}: unsupported seed format {data.get('format_version')!r}")
    with database.writing() as session:
        if session.get(SettingRow, SEEDED_KEY) is not None or session.scalar(select(func.count()).select_from(AssociationRow)):
            return SeedReport(False, ())
        loader = _Loader(session)
        report = loader.load(data)
        record_change(session, ChangeKind.IMPORT, loader.touched, f"Ingelezen uit {source.name}")
        session.add(SettingRow(key=SEEDED_KEY, value=source.name))
        return report


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, dict[Any, int]] = {}
        self.counts: dict[str, int] = {}
        self.touched: list[Touched] = []

    def add(self, spec: EntitySpec, data: Mapping[str, Any], key: Any = None) -> int:
        values = clean(spec, data)
        check_rules(self.session, spec.name, values, None)
        row: Record = ROW_TYPES[spec.name]()
        write_fields(self.session, spec, row, values)
        self.session.add(row)
        self.session.flush()
        self.touched.append(Touched(spec.name, row.id, None, values, row.version))
        if key is not None:
            self.ids.setdefault(spec.name, {})[key] = row.id
        self.counts[spec.label] = self.counts.get(spec.label, 0) + 1
        return row.id

    def ref(self, entity: str, key: Any) -> int | None:
        return None if key is None else self.ids[entity][key]

    def refs(self, entity: str, keys: list[Any]) -> list[int]:
        return [self.ids[entity][key] for key in keys]

    def load(self, data: Mapping[str, Any]) -> SeedReport:
        self.add(s.ASSOCIATION, data["association"])
        plan = data["year_plan"]
        plan_id = self.add(s.YEAR_PLAN, {key: plan[key] for key in s.YEAR_PLAN.field_names})
        for item in data["municipalities"]:
            self.add(s.MUNICIPALITY, {"name": item["name"]}, item["key"])
        for item in data["partners"]:
            self.add(s.PARTNER, {"name": item["name"]}, item["key"])
        for item in data["persons"]:
            self.add(s.PERSON, {**_pick(item, "salutation", "initials", "first_name", "last_name", "function", "notes"),
                                "municipality_id": self.ref("municipality", item["municipality"])}, item["key"])
        for item in data["board_seats"]:
            seat_id = self.add(s.BOARD_SEAT, {**_pick(item, "kind", "role", "constituency", "position", "notes"),
                                              "municipality_id": self.ref("municipality", item["municipality"])}, item["key"])
            for term in item["terms"]:
                self.add(s.SEAT_TERM, {"seat_id": seat_id, "person_id": self.ref("person", term["person"]),
                                       "start_date": term["start"], "end_date": term["end"], "as_written": term["as_written"]})
        for item in data["portfolios"]:
            self.add(s.PORTFOLIO, {**_pick(item, "name", "kind", "vng_not_applicable", "position", "notes"),
                                   "holder_id": self.ref("person", item["holder"])}, item["key"])
        for item in data["vng_committees"]:
            self.add(s.VNG_COMMITTEE, {**_pick(item, "name", "former_name", "member_status", "position", "notes"),
                                       "portfolio_id": self.ref("portfolio", item["portfolio"]),
                                       "member_id": self.ref("person", item["member"])}, item["key"])
        for item in data["consultations"]:
            self.add(s.CONSULTATION, {**_pick(item, "number", "name", "chair_status", "preparation", "notes"),
                                      "chair_id": self.ref("person", item["chair"]),
                                      "organised_by_id": self.ref("partner", item["organised_by"]),
                                      "portfolio_id": self.ref("portfolio", item["portfolio"]),
                                      "partner_ids": self.refs("partner", item["partners"])}, item["key"])
        for item in data["staff"]:
            staff_id = self.add(s.STAFF_MEMBER, _pick(item, "salutation", "initials", "last_name"), item["key"])
            for employment in item["employments"]:
                self.add(s.EMPLOYMENT, {**_pick(employment, "function", "description", "contract_kind", "through", "as_written"),
                                        "staff_member_id": staff_id, "start_date": employment["start"], "end_date": employment["end"]})
            for absence in item["absences"]:
                self.add(s.ABSENCE, {"staff_member_id": staff_id, "start_date": absence["start"], "end_date": absence["end"]})
        for item in data["activities"]:
            self.add(s.ACTIVITY, {
                **_pick(item, "position", "owner_kind", "title", "heading_as_written", "goal", "results", "results_heading_as_written"),
                "year_plan_id": plan_id,
                "portfolio_id": self.ref("portfolio", item["portfolio"]),
                "consultation_id": self.ref("consultation", item["consultation"]),
                "partner_ids": self.refs("partner", item["partners"]),
                "first_half_progress": item["first_half"]["progress"], "first_half_status": item["first_half"]["status"],
                "second_half_progress": item["second_half"]["progress"], "second_half_status": item["second_half"]["status"],
                **_meeting_target(item.get("meeting_target")),
            }, item["position"])
        for item in data["meetings"]:
            self.add(s.MEETING, {**_pick(item, "date", "kind", "title", "theme", "location", "notes", "status"),
                                 "activity_id": self.ref("activity", item["activity"])})
        for item in data["projects"]:
            self.add(s.PROJECT, {**_pick(item, "name", "description"), "kind": item["kind"],
                                 "activity_id": self.ref("activity", item["activity"]),
                                 "staff_member_ids": self.refs("staff_member", item["staff"])}, item["key"])
        return SeedReport(True, tuple(self.counts.items()))


def _pick(item: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {name: item.get(name) for name in names}


def _meeting_target(target: Mapping[str, Any] | None) -> dict[str, Any]:
    """The number of meetings the plan states in an activity's results; nothing where it states none."""
    if target is None:
        return {}
    return {"meeting_target": target["number"], "meeting_target_is_minimum": target["minimum"],
            "meeting_target_as_written": target["as_written"]}
