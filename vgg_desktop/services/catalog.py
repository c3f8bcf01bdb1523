"""All services over one open database, in one place for the window, the exports and the CLI."""

from __future__ import annotations

from datetime import date

from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e, schema as s
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services.database_settings import DatabaseSettings
from vgg_desktop.services.elections import ElectionService
from vgg_desktop.services.ending_soon import EndingSoon
from vgg_desktop.services.history import History
from vgg_desktop.services.identity import database_identity
from vgg_desktop.services.importing import Importer
from vgg_desktop.services.meetings import Meetings
from vgg_desktop.services.overviews import Overviews
from vgg_desktop.services.people import delete_person
from vgg_desktop.services.projects import ProjectFinances
from vgg_desktop.services.records import RecordService, Restoration, restore
from vgg_desktop.services.refills import Refills
from vgg_desktop.services.retention import Retention
from vgg_desktop.services.seats import SeatFilling
from vgg_desktop.services.staff_page import StaffPage, read_staff_page
from vgg_desktop.services.year_plans import YearPlanStarted, start_year_plan, undo_year_plan


class Services:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.association: RecordService[e.Association] = RecordService(database, s.ASSOCIATION)
        self.year_plans: RecordService[e.YearPlan] = RecordService(database, s.YEAR_PLAN)
        self.municipalities: RecordService[e.Municipality] = RecordService(database, s.MUNICIPALITY)
        self.partners: RecordService[e.Partner] = RecordService(database, s.PARTNER)
        self.persons: RecordService[e.Person] = RecordService(database, s.PERSON)
        self.board_seats: RecordService[e.BoardSeat] = RecordService(database, s.BOARD_SEAT)
        self.seat_terms: RecordService[e.SeatTerm] = RecordService(database, s.SEAT_TERM)
        self.portfolios: RecordService[e.Portfolio] = RecordService(database, s.PORTFOLIO)
        self.vng_committees: RecordService[e.VngCommittee] = RecordService(database, s.VNG_COMMITTEE)
        self.consultations: RecordService[e.Consultation] = RecordService(database, s.CONSULTATION)
        self.staff_members: RecordService[e.StaffMember] = RecordService(database, s.STAFF_MEMBER)
        self.employments: RecordService[e.Employment] = RecordService(database, s.EMPLOYMENT)
        self.absences: RecordService[e.Absence] = RecordService(database, s.ABSENCE)
        self.activities: RecordService[e.Activity] = RecordService(database, s.ACTIVITY)
        self.meetings: RecordService[e.Meeting] = RecordService(database, s.MEETING)
        self.projects: RecordService[e.Project] = RecordService(database, s.PROJECT)
        self.project_decisions: RecordService[e.ProjectDecision] = RecordService(database, s.PROJECT_DECISION)
        self.project_invoices: RecordService[e.ProjectInvoice] = RecordService(database, s.PROJECT_INVOICE)
        self.meeting_attendance: RecordService[e.MeetingAttendance] = RecordService(database, s.MEETING_ATTENDANCE)
        self.overviews = Overviews(database)
        self.retention = Retention(database)
        self.settings = DatabaseSettings(database)
        self.seat_filling = SeatFilling(database)
        self.history = History(database)
        self.meeting_overviews = Meetings(database)
        self.elections = ElectionService(database)
        self.importer = Importer(database)
        self.project_finances = ProjectFinances(database)
        self.refills = Refills(database)
        self.ending_soon = EndingSoon(database, self.settings.ends_soon_rule)

    def records(self, entity: str) -> RecordService:
        """The service for an entity by its schema name ('person', 'board_seat', ...)."""
        return {service.spec.name: service for service in vars(self).values() if isinstance(service, RecordService)}[entity]

    def staff_page(self, on: date) -> StaffPage:
        """What the Bureau tab shows: the staff, who is due for removal on `on` and what ends soon from it."""
        return read_staff_page(self.database, self.overviews, self.retention, self.settings, on)

    def delete_person(self, person_id: int, version: int, *, vacate_places: bool = False,
                      kind: ChangeKind = ChangeKind.DELETE) -> Restoration:
        return delete_person(self.database, person_id, version, vacate_places=vacate_places, kind=kind)

    def restore(self, restoration: Restoration, kind: ChangeKind = ChangeKind.RESTORE) -> None:
        restore(self.database, restoration, kind)

    def prune_history(self, today: date) -> int:
        """Removes changes older than the database keeps its history (a setting); at start-up, never during a save."""
        return self.history.prune(today, self.settings.history_months())

    @property
    def identity(self) -> str:
        """This database, the same text at every start: its file's full path, or its server address without password."""
        return database_identity(self.database.url)

    def holdings(self) -> tuple[str, ...]:
        """What the database holds, as Dutch counts ('12 × zetel'); empty for a database without data."""
        counted = (self.association, self.municipalities, self.persons, self.board_seats, self.portfolios,
                   self.staff_members, self.activities, self.meetings, self.projects)
        counts = ((service.count(), service.spec.label) for service in counted)
        return tuple(f"{count} × {label}" for count, label in counts if count)

    def start_year_plan(self, year: int, from_year: int) -> YearPlanStarted:
        """Next year's plan starts from this year's: the same activities, with progress cleared."""
        return start_year_plan(self.database, year, from_year)

    def undo_year_plan(self, started: YearPlanStarted) -> Restoration:
        """Takes a plan just started away again with its activities; `restore` brings them back."""
        return undo_year_plan(self.database, started)
