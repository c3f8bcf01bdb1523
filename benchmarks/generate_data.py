"""Fills a SQLite database with many times today's data, to measure the program where it will be in years.

At scale 1 the database holds the Jaarplan 2022 alone (today's data). At scale 100 it holds fifty
years of plans of about sixty activities each, with progress texts for both half-years, some
thousands of persons, hundreds of staff with their engagements, and meetings: roughly a hundred
times today's rows. The database is first created the ordinary way (`open_database`, migrated and
seeded); the rest goes in with bulk inserts into the real tables, in one transaction, with the same
random seed every time so that runs compare.

    python -m benchmarks.generate_data PATH [--scale 100]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select

from vgg_desktop.db import models as m
from vgg_desktop.domain.enums import ContractKind, MeetingKind, ProgressStatus
from vgg_desktop.startup import open_database

GENERATED_KEY = "benchmark_scale"
SEED_YEAR = 2022
ACTIVITIES_PER_PLAN = 60
PERSONS_PER_SCALE = 30
STAFF_PER_SCALE = 8
MEETINGS_PER_SCALE = 15

FIRST_NAMES = (
    "Anne", "Bert", "Carla", "Dirk", "Els", "Frank", "Gerda", "Hans", "Ingrid", "Jan", "Karin", "Luuk",
    "Marijke", "Niels", "Olga", "Pieter", "Roelie", "Sjoerd", "Tineke", "Ubbo", "Vera", "Wim", "Ymkje", "Zwier",
    "Geert", "Hilde", "Jelle", "Klaasje", "Menno", "Nienke", "Rika", "Tjeerd", "Wiebke", "Albert", "Bouke", "Femke",
)
LAST_NAMES = (
    "de Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
    "Vos", "Peters", "Hendriks", "van Dijk", "Dijkstra", "Hoekstra", "Wiersma", "Postma", "Kuipers", "Veenstra",
    "Huizinga", "Zijlstra", "Boersma", "van der Tuuk", "Oosterhuis", "Schuiling", "Ritsema", "Eilers",
    "Tammeling", "Wierenga", "Kremer", "Stol", "Hazelhoff", "ter Veen", "Dallinga", "Nijdam", "Bolt",
)
FUNCTIONS = ("burgemeester", "wethouder", "raadslid", "gemeentesecretaris", "griffier")
STAFF_FUNCTIONS = ("secretaris", "secretariaat", "procescoördinator", "projectmedewerker", "waterregisseur",
                   "beleidsmedewerker", "communicatieadviseur", "trainee")
THROUGH = (None, "GOA-Publiek", "gemeente Groningen", "provincie Groningen")
# Municipalities that merged into today's ten; a database of fifty years knows them as former members.
FORMER_MUNICIPALITIES = (
    "Appingedam", "Delfzijl", "Loppersum", "Bedum", "De Marne", "Eemsmond", "Winsum", "Haren", "Ten Boer",
    "Hoogezand-Sappemeer", "Menterwolde", "Slochteren", "Grootegast", "Leek", "Marum", "Zuidhorn",
    "Bellingwedde", "Vlagtwedde", "Reiderland", "Scheemda", "Winschoten", "Oude Pekela", "Nieuwe Pekela",
    "Muntendam", "Hoogezand", "Sappemeer", "Onstwedde", "Ter Apel", "Zuidbroek", "Noordbroek",
    "Uithuizen", "Uithuizermeeden", "Usquert", "Kantens", "Warffum", "Baflo", "Ezinge", "Adorp",
    "Middelstum", "Stedum", "Ten Post", "Farmsum", "Termunten", "Nieuweschans", "Beerta", "Finsterwolde",
)
EXTRA_TOPICS = (
    "Regionale Energiestrategie", "Arbeidsmarktregio", "Jeugdzorg", "Digitale weerbaarheid", "Omgevingswet",
    "Krimp en leefbaarheid", "Aardbevingen en versterking", "Inburgering", "Armoedebestrijding", "Wadden",
    "Mobiliteit en openbaar vervoer", "Bibliotheekvernieuwing", "Toerisme", "Landschap en erfgoed",
    "Schuldhulpverlening", "Veiligheid en ondermijning", "Onderwijshuisvesting", "Klimaatadaptatie",
    "Wonen en woningmarkt", "Kwaliteit openbaar bestuur", "Sportakkoord", "Cultuurparticipatie",
    "Gezondheidsbeleid", "Vitaal platteland", "Zorg en welzijn", "Regiodeal", "Personeel en opleiding",
    "Duurzame inkoop", "Burgerparticipatie", "Dienstverlening",
)
SENTENCES = (
    "Het overleg is {n} keer bijeengekomen; de opkomst was goed.",
    "De voorbereiding is in handen van een ambtelijke werkgroep met vertegenwoordigers van {m} gemeenten.",
    "In {month} is een themabijeenkomst gehouden met de provincie en de waterschappen.",
    "De afspraken uit het vorige jaar zijn geëvalueerd en op onderdelen bijgesteld.",
    "Er is een gezamenlijke brief aan het ministerie gestuurd over de financiële gevolgen voor gemeenten.",
    "De resultaten zijn gedeeld in de algemene ledenvergadering van {month}.",
    "Door de verkiezingen is de planning enkele maanden opgeschoven.",
    "Een werkbezoek aan {place} gaf de deelnemers een goed beeld van de praktijk.",
    "De VNG is geïnformeerd over de Groninger inbreng en neemt die mee in het landelijke overleg.",
    "Voor het tweede halfjaar staat een vervolgbijeenkomst gepland.",
    "Het onderwerp blijft op de agenda; de voortgang wordt in het volgende jaarplan opgenomen.",
    "Er is een kennissessie georganiseerd voor raadsleden, met {n}0 deelnemers.",
    "De portefeuillehouders hebben ingestemd met het gezamenlijke standpunt.",
    "Het bureau heeft de verslaglegging verzorgd en de stukken tijdig rondgestuurd.",
)
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


@dataclass
class GenerationReport:
    scale: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def describe(self) -> str:
        rows = ", ".join(f"{count} × {table}" for table, count in self.counts.items()) or "alleen het Jaarplan 2022"
        return f"Schaal {self.scale}: {rows} ({self.seconds:.1f} s)."


class _Ids:
    """Explicit ids, so that rows can refer to each other within one bulk insert."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.next: dict[str, int] = {}

    def take(self, table: str) -> int:
        if table not in self.next:
            row_type = m.ROW_TYPES[table]
            self.next[table] = (self.connection.scalar(select(func.max(row_type.id))) or 0) + 1
        value = self.next[table]
        self.next[table] = value + 1
        return value


def generate(path: Path, scale: int, *, random_seed: int = SEED_YEAR) -> GenerationReport:
    """Creates (or opens) the database at `path`, seeded, and adds data up to `scale` times today's."""
    if scale < 1:
        raise ValueError(f"De schaal is {scale}; kies 1 of meer.")
    started = time.perf_counter()
    opened = open_database(f"sqlite:///{path}", seed_when_empty=True)
    report = GenerationReport(scale)
    try:
        with opened.database.engine.connect() as connection:
            connection.execution_options(vgg_write=True)
            with connection.begin():
                existing = connection.scalar(select(m.SettingRow.value).where(m.SettingRow.key == GENERATED_KEY))
                if existing is not None:
                    raise ValueError(f"{path} bevat al gegenereerde gegevens (schaal {existing}); kies een nieuw bestand.")
                if scale > 1:
                    _Generator(connection, scale, random.Random(random_seed), report).run()
                connection.execute(insert(m.SettingRow), [{"key": GENERATED_KEY, "value": str(scale)}])
    finally:
        opened.database.dispose()
    report.seconds = time.perf_counter() - started
    return report


class _Generator:
    def __init__(self, connection: Connection, scale: int, rng: random.Random, report: GenerationReport) -> None:
        self.connection = connection
        self.scale = scale
        self.rng = rng
        self.report = report
        self.ids = _Ids(connection)
        self.years = range(SEED_YEAR - scale // 2 + 1, SEED_YEAR)

    def insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        # A declarative class's table is a Table; the ORM's types only promise the FromClause it derives from.
        target = cast(Table, m.ROW_TYPES[table].__table__) if table in m.ROW_TYPES else m.Base.metadata.tables[table]
        self.connection.execute(insert(target), list(rows))
        self.report.counts[table] = self.report.counts.get(table, 0) + len(rows)

    def existing(self, statement: Any) -> list[Any]:
        return list(self.connection.execute(statement))

    def run(self) -> None:
        municipalities = self.municipalities()
        partners = self.partners()
        persons = self.persons(municipalities)
        self.seat_terms(persons)
        staff = self.staff()
        activities = self.plans(partners)
        self.meetings(activities)
        self.projects(activities, staff, municipalities)

    def municipalities(self) -> list[int]:
        current = [row.id for row in self.existing(select(m.MunicipalityRow.id))]
        former = FORMER_MUNICIPALITIES[: min(len(FORMER_MUNICIPALITIES), self.scale // 2)]
        rows: list[dict[str, Any]] = []
        for name in former:
            until = date(self.rng.choice((1990, 2010, 2017, 2018, 2019, 2021)), 1, 1)
            rows.append({"id": self.ids.take("municipality"), "name": name,
                         "member_since": date(1921, 4, 21), "member_until": until})
        self.insert("municipality", rows)
        return current + [row["id"] for row in rows]

    def partners(self) -> list[int]:
        rows = [{"id": self.ids.take("partner"), "name": f"Samenwerkingsverband {topic} {number}",
                 "notes": None}
                for number in range(1, self.scale // 10 + 2) for topic in EXTRA_TOPICS[:10]]
        self.insert("partner", rows)
        return [row.id for row in self.existing(select(m.PartnerRow.id))]

    def persons(self, municipalities: list[int]) -> list[int]:
        rows: list[dict[str, Any]] = []
        for _ in range(PERSONS_PER_SCALE * (self.scale - 1)):
            first = self.rng.choice(FIRST_NAMES)
            last = self.rng.choice(LAST_NAMES)
            rows.append({
                "id": self.ids.take("person"), "salutation": self.rng.choice(("Dhr.", "Mw.")),
                "initials": f"{first[0]}.", "first_name": first if self.rng.random() < 0.6 else None,
                "last_name": last, "municipality_id": self.rng.choice(municipalities),
                "function": self.rng.choice(FUNCTIONS),
                "email": f"{first.lower()}.{last.lower().replace(' ', '')}@gemeente.example",
                "phone": f"050-{self.rng.randrange(1_000_000, 9_999_999)}", "notes": None,
            })
        self.insert("person", rows)
        return [row["id"] for row in rows]

    def seat_terms(self, persons: list[int]) -> None:
        """Past terms of four years for the seats that are open in 2022 (the others' terms have no dates)."""
        open_seats = [row.id for row in self.existing(
            select(m.BoardSeatRow.id).where(~m.BoardSeatRow.id.in_(select(m.SeatTermRow.seat_id))))]
        rows: list[dict[str, Any]] = []
        for seat_id in open_seats:
            for year in range(self.years.start, SEED_YEAR, 4):
                rows.append({"id": self.ids.take("seat_term"), "seat_id": seat_id, "person_id": self.rng.choice(persons),
                             "start_date": date(year, 4, 1), "end_date": min(date(year + 4, 3, 31), date(2022, 3, 15)),
                             "as_written": None})
        self.insert("seat_term", rows)

    def staff(self) -> list[int]:
        members: list[dict[str, Any]] = []
        employments: list[dict[str, Any]] = []
        absences: list[dict[str, Any]] = []
        for _ in range(STAFF_PER_SCALE * (self.scale - 1)):
            member_id = self.ids.take("staff_member")
            last = self.rng.choice(LAST_NAMES)
            members.append({"id": member_id, "salutation": self.rng.choice(("Dhr.", "Mw.")),
                            "initials": f"{self.rng.choice(FIRST_NAMES)[0]}.", "first_name": None, "last_name": last,
                            "email": None, "phone": None, "notes": None})
            start = date(self.rng.randrange(self.years.start, SEED_YEAR + 1), self.rng.randrange(1, 13), 1)
            for _ in range(self.rng.randrange(1, 4)):
                length = timedelta(days=self.rng.randrange(180, 2000))
                end = start + length if self.rng.random() < 0.85 else None
                employments.append({
                    "id": self.ids.take("employment"), "staff_member_id": member_id,
                    "function": self.rng.choice(STAFF_FUNCTIONS), "description": None,
                    "contract_kind": self.rng.choice(list(ContractKind)).value,
                    "through": self.rng.choice(THROUGH), "start_date": start, "end_date": end, "as_written": None,
                })
                if end is None:
                    break
                start = end + timedelta(days=1)
            if self.rng.random() < 0.1:
                sick = date(self.rng.randrange(self.years.start, SEED_YEAR + 1), self.rng.randrange(1, 13), 3)
                absences.append({"id": self.ids.take("absence"), "staff_member_id": member_id,
                                 "start_date": sick, "end_date": sick + timedelta(days=self.rng.randrange(2, 60))})
        self.insert("staff_member", members)
        self.insert("employment", employments)
        self.insert("absence", absences)
        return [row["id"] for row in members]

    def plans(self, partners: list[int]) -> dict[int, list[int]]:
        """Year plans before 2022 with their activities, modelled on the 2022 plan's; ids per year."""
        template_plan = self.existing(select(m.YearPlanRow))[0]
        templates = self.existing(select(m.ActivityRow).order_by(m.ActivityRow.position))
        plans, activities, links = [], [], []
        by_year: dict[int, list[int]] = {}
        for year in self.years:
            plan_id = self.ids.take("year_plan")
            plans.append({
                "id": plan_id, "year": year, "title": f"Jaarplan Vereniging van Groninger Gemeenten {year}",
                "adopted_on": date(year, 3, self.rng.randrange(1, 29)), "adopted_by": "DB VGG",
                "signed_by": template_plan.signed_by, "introduction": _in_year(template_plan.introduction, year),
                "vision": _in_year(template_plan.vision, year), "core_values": template_plan.core_values,
            })
            ids = by_year.setdefault(year, [])
            for position in range(1, ACTIVITIES_PER_PLAN + 1):
                template = templates[(position - 1) % len(templates)]
                activity_id = self.ids.take("activity")
                ids.append(activity_id)
                title = template.title
                if position > len(templates):
                    title = f"{EXTRA_TOPICS[(position + year) % len(EXTRA_TOPICS)]}: {template.title}"
                activities.append({
                    "id": activity_id, "year_plan_id": plan_id, "position": position,
                    "owner_kind": template.owner_kind, "title": title[:300],
                    "heading_as_written": None, "portfolio_id": template.portfolio_id,
                    "consultation_id": template.consultation_id, "goal": template.goal,
                    "results": [_in_year(result, year) for result in template.results],
                    "results_heading_as_written": f"Te bereiken resultaten {year}",
                    "first_half_progress": self.progress(), "first_half_status": self.status(),
                    "second_half_progress": self.progress(), "second_half_status": self.status(),
                })
                for partner_id in self.rng.sample(partners, self.rng.randrange(0, 4)):
                    links.append({"activity_id": activity_id, "partner_id": partner_id})
        self.insert("year_plan", plans)
        self.insert("activity", activities)
        self.insert("activity_partner", links)
        return by_year

    def progress(self) -> str:
        sentences = self.rng.sample(SENTENCES, self.rng.randrange(2, 6))
        return " ".join(sentence.format(n=self.rng.randrange(2, 9), m=self.rng.randrange(3, 11),
                                        month=self.rng.choice(MONTHS), place=self.rng.choice(FORMER_MUNICIPALITIES))
                        for sentence in sentences)

    def status(self) -> str:
        # Past years' half-years carry a report (their progress text), so each has a reported status.
        reported = [ProgressStatus.NOT_STARTED, ProgressStatus.RUNNING, ProgressStatus.DONE, ProgressStatus.CANCELLED]
        return self.rng.choices(reported, weights=(1, 2, 8, 1))[0].value

    def meetings(self, activities: dict[int, list[int]]) -> None:
        per_year = max(1, MEETINGS_PER_SCALE * (self.scale - 1) // max(1, len(self.years)))
        kinds = [MeetingKind.BOARD] * 11 + [MeetingKind.GENERAL_MEETING] * 2 + [MeetingKind.TOOGDAG] + \
                [MeetingKind.CONSULTATION] * 12 + [MeetingKind.COUNCILLORS] * 3 + [MeetingKind.OTHER]
        rows: list[dict[str, Any]] = []
        for year, activity_ids in activities.items():
            for number in range(per_year):
                kind = kinds[number % len(kinds)]
                day = date(year, 1, 1) + timedelta(days=self.rng.randrange(0, 364))
                rows.append({
                    "id": self.ids.take("meeting"), "date": day, "kind": kind.value,
                    "title": f"{kind.label} {day.day} {MONTHS[day.month - 1]} {year}",
                    "theme": self.rng.choice(EXTRA_TOPICS) if kind == MeetingKind.TOOGDAG else None,
                    "location": self.rng.choice(FORMER_MUNICIPALITIES),
                    "activity_id": self.rng.choice(activity_ids) if self.rng.random() < 0.7 else None,
                    "notes": self.progress() if self.rng.random() < 0.5 else None,
                })
        self.insert("meeting", rows)

    def projects(self, activities: dict[int, list[int]], staff: list[int], municipalities: list[int]) -> None:
        projects, decisions, invoices, links = [], [], [], []
        years = list(activities)
        if not years:
            return
        for number in range(1, self.scale // 2 + 1):
            project_id = self.ids.take("project")
            year = self.rng.choice(years)
            topic = EXTRA_TOPICS[number % len(EXTRA_TOPICS)]
            projects.append({"id": project_id, "name": f"{topic} {year} ({number})",
                             "kind": self.rng.choice(("project", "detachering")), "description": self.progress(),
                             "activity_id": self.rng.choice(activities[year])})
            for member_id in self.rng.sample(staff, min(len(staff), self.rng.randrange(0, 3))):
                links.append({"project_id": project_id, "staff_member_id": member_id})
            for month in (2, 5, 9, 11):
                decisions.append({"id": self.ids.take("project_decision"), "project_id": project_id,
                                  "decided_on": date(year, month, 10), "description": self.progress()})
            for municipality_id in municipalities[:10]:
                sent = date(year, 6, 1)
                invoices.append({"id": self.ids.take("project_invoice"), "project_id": project_id,
                                 "municipality_id": municipality_id, "description": f"Bijdrage {year}",
                                 "amount_cents": self.rng.randrange(100_000, 2_500_000), "sent_on": sent,
                                 "paid_on": sent + timedelta(days=self.rng.randrange(10, 90))})
        self.insert("project", projects)
        self.insert("project_staff_member", links)
        self.insert("project_decision", decisions)
        self.insert("project_invoice", invoices)


def _in_year(text_value: str | None, year: int) -> str | None:
    return None if text_value is None else text_value.replace(str(SEED_YEAR), str(year))


def table_counts(path: Path) -> Iterator[tuple[str, int]]:
    """Rows per table, read with the sqlite3 module (as a check that does not trust the generator)."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        for table in m.ROW_TYPES:
            yield table, connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vult een database met een veelvoud van de gegevens van nu.")
    parser.add_argument("path", type=Path, help="databasebestand (wordt aangemaakt)")
    parser.add_argument("--scale", type=int, default=100, help="veelvoud van de gegevens van nu (standaard 100)")
    arguments = parser.parse_args(argv)
    try:
        report = generate(arguments.path, arguments.scale)
    except ValueError as error:
        print(f"Fout: {error}", file=sys.stderr)
        return 1
    print(report.describe())
    for table, count in table_counts(arguments.path):
        print(f"  {table}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
