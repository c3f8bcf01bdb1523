"""The ORM mapping. Column names equal the field names in `vgg_desktop.domain.schema`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Named constraints keep Alembic batch migrations on SQLite able to find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHORT = 200
LONG = 20_000


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Every editable record: an id, a version counter for lost-update detection, and timestamps."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # SQLAlchemy declares this on the class
        return {"version_id_col": cls.__table__.c.version}

    @declared_attr.directive
    def __table_args__(cls) -> dict[str, Any]:  # SQLAlchemy declares this on the class
        # Without AUTOINCREMENT SQLite hands a deleted record's id to the next new record, and an
        # undo that restores the deleted record under its own id would then collide.
        return {"sqlite_autoincrement": True}


def _link_table(name: str, left: str, right: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id", ondelete="RESTRICT"), primary_key=True),
    )


consultation_partner = _link_table("consultation_partner", "consultation", "partner")
activity_partner = _link_table("activity_partner", "activity", "partner")
project_staff_member = _link_table("project_staff_member", "project", "staff_member")


class SettingRow(Base):
    """Facts about the database itself (not editable records), such as whether it was ever seeded."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AssociationRow(Record):
    __tablename__ = "association"
    name: Mapped[str] = mapped_column(String(SHORT))
    short_name: Mapped[str] = mapped_column(String(20))
    seat: Mapped[str | None] = mapped_column(String(SHORT))
    founded_on: Mapped[date | None] = mapped_column(Date)


class YearPlanRow(Record):
    __tablename__ = "year_plan"
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    adopted_on: Mapped[date | None] = mapped_column(Date)
    adopted_by: Mapped[str | None] = mapped_column(String(SHORT))
    signed_by: Mapped[str | None] = mapped_column(String(SHORT))
    introduction: Mapped[str | None] = mapped_column(Text)
    vision: Mapped[str | None] = mapped_column(Text)
    core_values: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


class MunicipalityRow(Record):
    __tablename__ = "municipality"
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    member_since: Mapped[date | None] = mapped_column(Date)
    member_until: Mapped[date | None] = mapped_column(Date)


class PartnerRow(Record):
    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    notes: Mapped[str | None] = mapped_column(Text)


class NameAndContactColumns:
    """The columns of `entities.NameAndContact`, in the tables `person` and `staff_member`: the name
    before the table's own columns, the contact details after them (`sort_order`), as migration 0001
    made them."""

    salutation: Mapped[str | None] = mapped_column(String(10), sort_order=-1)
    initials: Mapped[str | None] = mapped_column(String(20), sort_order=-1)
    first_name: Mapped[str | None] = mapped_column(String(SHORT), sort_order=-1)
    last_name: Mapped[str] = mapped_column(String(SHORT), index=True, sort_order=-1)
    email: Mapped[str | None] = mapped_column(String(SHORT))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class PersonRow(NameAndContactColumns, Record):
    __tablename__ = "person"
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id", ondelete="RESTRICT"), index=True)
    function: Mapped[str | None] = mapped_column(String(SHORT))


class BoardSeatRow(Record):
    __tablename__ = "board_seat"
    kind: Mapped[str] = mapped_column(String(30))
    role: Mapped[str] = mapped_column(String(30))
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="RESTRICT"), unique=True
    )
    constituency: Mapped[str | None] = mapped_column(String(SHORT))
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)


class SeatTermRow(Record):
    __tablename__ = "seat_term"
    seat_id: Mapped[int] = mapped_column(ForeignKey("board_seat.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    as_written: Mapped[str | None] = mapped_column(String(SHORT))


class PortfolioRow(Record):
    __tablename__ = "portfolio"
    name: Mapped[str] = mapped_column(String(SHORT))
    kind: Mapped[str] = mapped_column(String(30))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    vng_not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)


class VngCommitteeRow(Record):
    __tablename__ = "vng_committee"
    name: Mapped[str] = mapped_column(String(SHORT))
    former_name: Mapped[str | None] = mapped_column(String(SHORT))
    portfolio_id: Mapped[int | None] = mapped_column(ForeignKey("portfolio.id", ondelete="RESTRICT"), index=True)
    member_status: Mapped[str] = mapped_column(String(30))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    member_since: Mapped[date | None] = mapped_column(Date)
    member_until: Mapped[date | None] = mapped_column(Date)


class ConsultationRow(Record):
    __tablename__ = "consultation"
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(SHORT))
    chair_status: Mapped[str] = mapped_column(String(30))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organised_by_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="RESTRICT"))
    preparation: Mapped[str | None] = mapped_column(Text)
    portfolio_id: Mapped[int | None] = mapped_column(ForeignKey("portfolio.id", ondelete="RESTRICT"))
    partners: Mapped[list[PartnerRow]] = relationship(secondary=consultation_partner, order_by=PartnerRow.name)
    notes: Mapped[str | None] = mapped_column(Text)
    chair_since: Mapped[date | None] = mapped_column(Date)
    chair_until: Mapped[date | None] = mapped_column(Date)


class StaffMemberRow(NameAndContactColumns, Record):
    __tablename__ = "staff_member"


class EmploymentRow(Record):
    __tablename__ = "employment"
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    function: Mapped[str | None] = mapped_column(String(SHORT))
    description: Mapped[str | None] = mapped_column(String(SHORT))
    contract_kind: Mapped[str | None] = mapped_column(String(30))
    through: Mapped[str | None] = mapped_column(String(SHORT))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    as_written: Mapped[str | None] = mapped_column(String(SHORT))


class AbsenceRow(Record):
    """Health data (AVG art. 9): kept in a table of its own, dates only."""

    __tablename__ = "absence"
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class ActivityRow(Record):
    __tablename__ = "activity"
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plan.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    owner_kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    heading_as_written: Mapped[str | None] = mapped_column(String(300))
    portfolio_id: Mapped[int | None] = mapped_column(ForeignKey("portfolio.id", ondelete="RESTRICT"), index=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id", ondelete="RESTRICT"), index=True)
    goal: Mapped[str] = mapped_column(Text)
    results: Mapped[list[str]] = mapped_column(JSON, default=list)
    results_heading_as_written: Mapped[str | None] = mapped_column(String(SHORT))
    first_half_progress: Mapped[str | None] = mapped_column(Text)
    first_half_status: Mapped[str] = mapped_column(String(30))
    second_half_progress: Mapped[str | None] = mapped_column(Text)
    second_half_status: Mapped[str] = mapped_column(String(30))
    partners: Mapped[list[PartnerRow]] = relationship(secondary=activity_partner, order_by=PartnerRow.name)
    meeting_target: Mapped[int | None] = mapped_column(Integer)
    meeting_target_is_minimum: Mapped[bool] = mapped_column(Boolean, default=False)
    meeting_target_as_written: Mapped[str | None] = mapped_column(String(300))
    carried_over_from: Mapped[int | None] = mapped_column(Integer)


class MeetingRow(Record):
    __tablename__ = "meeting"
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(SHORT))
    theme: Mapped[str | None] = mapped_column(String(SHORT))
    location: Mapped[str | None] = mapped_column(String(SHORT))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="RESTRICT"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="gepland")


class MeetingAttendanceRow(Record):
    """One member municipality at one meeting. One row per pair, held by the database itself, so two
    PCs recording the same municipality at the same moment cannot both succeed."""

    __tablename__ = "meeting_attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    represented_by: Mapped[str | None] = mapped_column(String(SHORT))

    @declared_attr.directive
    def __table_args__(cls) -> Any:  # SQLAlchemy declares this on the class
        return (UniqueConstraint("meeting_id", "municipality_id"), {"sqlite_autoincrement": True})


class ProjectRow(Record):
    __tablename__ = "project"
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    kind: Mapped[str | None] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(Text)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="RESTRICT"))
    staff_members: Mapped[list[StaffMemberRow]] = relationship(secondary=project_staff_member, order_by=StaffMemberRow.last_name)


class ProjectDecisionRow(Record):
    __tablename__ = "project_decision"
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    finances: Mapped[str | None] = mapped_column(Text)


class ProjectInvoiceRow(Record):
    __tablename__ = "project_invoice"
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str | None] = mapped_column(String(SHORT))
    amount_cents: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)

    @declared_attr.directive
    def __table_args__(cls) -> Any:
        # Held by the database too (migration 0011), for every program that writes to it.
        return (
            CheckConstraint("amount_cents > 0", name="amount_positive"),
            CheckConstraint("paid_on IS NULL OR (sent_on IS NOT NULL AND paid_on >= sent_on)", name="paid_after_sent"),
            {"sqlite_autoincrement": True},
        )


# Rules between records that the database holds beyond what the mapping above declares, created by
# migration 0005 (one association; one holder per seat at a time): an expression index and an exclusion
# constraint on PostgreSQL, triggers on SQLite. Alembic cannot compare these, so its checks skip them.
DATABASE_RULES = frozenset({"uq_association_one", "ex_seat_term_one_holder"})

ROW_TYPES: dict[str, type[Record]] = {
    "association": AssociationRow,
    "year_plan": YearPlanRow,
    "municipality": MunicipalityRow,
    "partner": PartnerRow,
    "person": PersonRow,
    "board_seat": BoardSeatRow,
    "seat_term": SeatTermRow,
    "portfolio": PortfolioRow,
    "vng_committee": VngCommitteeRow,
    "consultation": ConsultationRow,
    "staff_member": StaffMemberRow,
    "employment": EmploymentRow,
    "absence": AbsenceRow,
    "activity": ActivityRow,
    "meeting": MeetingRow,
    "project": ProjectRow,
    "project_decision": ProjectDecisionRow,
    "project_invoice": ProjectInvoiceRow,
    "meeting_attendance": MeetingAttendanceRow,
}


class ElectionRow(Base):
    """An election whose consequences were recorded: the places of municipal politicians fell open on its date.

    Not an editable record: it is made and taken back only as a whole (services/elections.py)."""

    __tablename__ = "election"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    # The municipalities concerned, by name as they were then; all members for municipal elections.
    municipalities: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=_now)
    # The change in the history that recorded it (migration 0010): a place filled by a later change was
    # filled after the election, whatever the clocks of the PCs said.
    history_change_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vacancies: Mapped[list[ElectionVacancyRow]] = relationship(
        back_populates="election", cascade="all, delete-orphan", passive_deletes=True, order_by="ElectionVacancyRow.id")


class ElectionVacancyRow(Base):
    """One place an election opened: which record, who held it. No foreign key to the place or the person:
    the place may later be deleted, and the person too, while the election's account of them stays."""

    __tablename__ = "election_vacancy"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    # Empty for a place that was already open on the election's date (migration 0010): the election did
    # not open it, but it is filled in the same round, so the follow-up counts it.
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    election: Mapped[ElectionRow] = relationship(back_populates="vacancies")


class HistoryChangeRow(Base):
    """One user action in the history of changes: when, what kind, and by whom (see services/history.py)."""

    __tablename__ = "history_change"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No index on the time or the user: every index is one more page written by every save, and the
    # history is read newest first by id (which follows the time), or filtered over a few thousand rows.
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(300))
    os_user: Mapped[str] = mapped_column(String(SHORT))
    computer: Mapped[str] = mapped_column(String(SHORT))
    database_user: Mapped[str | None] = mapped_column(String(SHORT))


class HistoryRecordRow(Base):
    """One record touched by a change, with the fields that changed (JSON), and the record it belongs
    to (`owner_*`: an employment's staff member, a term's seat), so a record's history includes its parts."""

    __tablename__ = "history_record"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("history_change.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    operation: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer)
    owner_entity: Mapped[str | None] = mapped_column(String(30))
    owner_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


Index("ix_history_record_entity_record_id", HistoryRecordRow.entity, HistoryRecordRow.record_id)
Index("ix_history_record_owner_entity_owner_id", HistoryRecordRow.owner_entity, HistoryRecordRow.owner_id)


class DismissedNoticeRow(Base):
    """An item of the notice of what ends soon that someone dismissed, for everyone using this database.

    The key names the record and its version (services/ending_soon.py), never a date or a name, so that
    it tells nothing about personnel data and a changed record is noticed again."""

    __tablename__ = "dismissed_notice"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    dismissed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    os_user: Mapped[str] = mapped_column(String(SHORT))
