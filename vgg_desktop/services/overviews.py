"""Read models for the screens and the exports: each one query set, handed out as frozen values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session, selectinload

from vgg_desktop.db import models as m
from vgg_desktop.db.mapping import to_value
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e, schema as s
from vgg_desktop.domain.enums import OwnerKind, PlaceStatus, SeatKind
from vgg_desktop.domain.meetings import MeetingCount
from vgg_desktop.services.meetings import count_activity_meetings
from vgg_desktop.services.vacancies import OpenPlace, open_places, outside_dates_text, place_is_open


@dataclass(frozen=True)
class SeatOverview:
    seat: e.BoardSeat
    municipality: str | None
    holder: e.Person | None
    term: e.SeatTerm | None
    portfolios: tuple[str, ...]
    holder_municipality: str | None = None
    """The municipality of the holder's own post (an advisory member's), which may differ from the seat's."""

    @property
    def is_vacant(self) -> bool:
        return self.holder is None

    @property
    def holder_post(self) -> str | None:
        """What the holder is and where, as the plan says it: 'gemeentesecretaris gemeente Eemsdelta'."""
        if self.holder is None:
            return None
        return person_post(self.holder.function, self.holder_municipality)

    @property
    def on_behalf_of(self) -> str:
        """Whom the seat represents, in the words of the plan."""
        if self.seat.kind == SeatKind.MUNICIPALITY:
            return f"Gemeente {self.municipality}" if self.municipality else "Gemeente (nog niet vastgelegd)"
        return self.seat.constituency or self.seat.kind.label


@dataclass(frozen=True)
class CommitteeOverview:
    committee: e.VngCommittee
    member: e.Person | None
    on: date
    """The date looked from: a member whose dates do not cover it does not hold the place (services.vacancies)."""

    @property
    def is_open(self) -> bool:
        committee = self.committee
        return place_is_open(committee.member_status, committee.member_since, committee.member_until, self.on)

    @property
    def member_text(self) -> str:
        if self.committee.member_status == PlaceStatus.NOT_APPLICABLE:
            return self.committee.member_status.label
        if self.is_open or self.member is None:
            return "Vacature"
        return self.member.display_name

    @property
    def member_context(self) -> str | None:
        """'tot en met 30-06-2022: Jan Jansen' when the place is open only because of the member's dates."""
        if self.committee.member_status != PlaceStatus.FILLED or self.member is None:
            return None
        return outside_dates_text(self.member.display_name, self.committee.member_since, self.committee.member_until,
                                  self.on)


@dataclass(frozen=True)
class PortfolioOverview:
    portfolio: e.Portfolio
    holder: e.Person | None
    committees: tuple[CommitteeOverview, ...]


@dataclass(frozen=True)
class ConsultationOverview:
    consultation: e.Consultation
    chair: e.Person | None
    organised_by: str | None
    partners: tuple[str, ...]
    portfolio: str | None
    on: date
    """The date looked from: a chair whose dates do not cover it does not hold the place (services.vacancies)."""

    @property
    def is_open(self) -> bool:
        consultation = self.consultation
        return place_is_open(consultation.chair_status, consultation.chair_since, consultation.chair_until, self.on)

    @property
    def chair_text(self) -> str:
        if self.consultation.chair_status == PlaceStatus.NOT_APPLICABLE:
            return f"n.v.t. (via {self.organised_by})" if self.organised_by else "n.v.t."
        if self.is_open or self.chair is None:
            return "Vacature"
        return self.chair.display_name

    @property
    def chair_context(self) -> str | None:
        """'tot en met 30-06-2022: Jan Jansen' when the chair is open only because of the chair's dates."""
        if self.consultation.chair_status != PlaceStatus.FILLED or self.chair is None:
            return None
        return outside_dates_text(self.chair.display_name, self.consultation.chair_since, self.consultation.chair_until,
                                  self.on)


@dataclass(frozen=True)
class StaffOverview:
    member: e.StaffMember
    employments: tuple[e.Employment, ...]
    # False for a database user without the personnel role: `employments` is then empty and
    # `function` is all that is known, as the server's view staff_function gives it.
    personnel_details: bool = True
    function: str | None = None

    def main_employment(self, on: date) -> e.Employment | None:
        """The engagement that runs on `on`, else the one that ended last, else the first."""
        current = [item for item in self.employments if item.is_current_on(on)]
        if current:
            return current[-1]
        return max(self.employments, key=lambda item: item.end_date or date.min, default=None)


@dataclass(frozen=True)
class ActivityOverview:
    activity: e.Activity
    portfolio: str | None
    consultation: str | None
    partners: tuple[str, ...]
    # Its meetings counted against its target, as seen on the day the overview was asked for.
    meeting_count: MeetingCount | None = None

    @property
    def owner(self) -> str:
        """The owning body in full, as the plan heads it: 'Portefeuillehouderoverleg Cultuur'.

        The plan names a consultation's or portfolio's activity after the body ("Portefeuillehouderoverleg
        Sociaal Domein en Financiën", "Portefeuille: Werk en Inkomen"), so without a linked body the title
        names it; a partner activity is headed "Partnerorganisaties: <title>".
        """
        kind = self.activity.owner_kind
        if kind == OwnerKind.CONSULTATION:
            return f"{kind.label} {self.consultation or self.activity.title}"
        if kind == OwnerKind.PORTFOLIO:
            return f"{kind.label} {self.portfolio or self.activity.title}"
        if kind == OwnerKind.PARTNER:
            return f"{kind.label}: {self.activity.title}"
        return kind.label


@dataclass(frozen=True)
class ProjectOverview:
    """A project or secondment with the staff who work on it (their engagements, never their sick leave)."""

    project: e.Project
    activity: str | None
    staff: tuple[StaffOverview, ...]


@dataclass(frozen=True)
class MeetingOverview:
    meeting: e.Meeting
    activity: str | None


class Overviews:
    def __init__(self, database: Database) -> None:
        self._database = database

    def board(self, on: date) -> tuple[SeatOverview, ...]:
        with self._database.reading() as session:
            municipalities = _names(session, m.MunicipalityRow)
            terms: dict[int, list[e.SeatTerm]] = defaultdict(list)
            # Only terms that may run on `on` (decided exactly below): the years hold many more.
            around = select(m.SeatTermRow).where(
                or_(m.SeatTermRow.start_date.is_(None), m.SeatTermRow.start_date <= on),
                or_(m.SeatTermRow.end_date.is_(None), m.SeatTermRow.end_date >= on),
            )
            for term_row in session.scalars(around):
                terms[term_row.seat_id].append(to_value(s.SEAT_TERM, term_row))
            people = _people(session, {term.person_id for items in terms.values() for term in items})
            held: dict[int, list[str]] = defaultdict(list)
            for portfolio_row in session.scalars(select(m.PortfolioRow).order_by(m.PortfolioRow.position)):
                if portfolio_row.holder_id is not None:
                    held[portfolio_row.holder_id].append(portfolio_row.name)
            result = []
            for seat_row in session.scalars(select(m.BoardSeatRow).order_by(m.BoardSeatRow.position, m.BoardSeatRow.id)):
                seat = to_value(s.BOARD_SEAT, seat_row)
                term = next((item for item in terms[seat.id] if item.is_current_on(on)), None)
                holder = people.get(term.person_id) if term else None
                result.append(SeatOverview(
                    seat, municipalities.get(seat.municipality_id) if seat.municipality_id else None,
                    holder, term, tuple(held[holder.id]) if holder else (),
                    municipalities.get(holder.municipality_id) if holder and holder.municipality_id else None,
                ))
            return tuple(result)

    def seat_terms(self, seat_id: int) -> tuple[e.SeatTerm, ...]:
        with self._database.reading() as session:
            rows = session.scalars(select(m.SeatTermRow).where(m.SeatTermRow.seat_id == seat_id)
                                   .order_by(m.SeatTermRow.start_date, m.SeatTermRow.id))
            return tuple(to_value(s.SEAT_TERM, row) for row in rows)

    def portfolios(self, on: date | None = None) -> tuple[PortfolioOverview, ...]:
        """The portfolios with their VNG committees, whose members are judged as on `on` (today if not given)."""
        on = on or date.today()
        with self._database.reading() as session:
            members = [to_value(s.VNG_COMMITTEE, row) for row in
                       session.scalars(select(m.VngCommitteeRow).order_by(m.VngCommitteeRow.position, m.VngCommitteeRow.id))]
            portfolios = [to_value(s.PORTFOLIO, row) for row in
                          session.scalars(select(m.PortfolioRow).order_by(m.PortfolioRow.position, m.PortfolioRow.id))]
            people = _people(session, {item.member_id for item in members} | {item.holder_id for item in portfolios})
            committees: dict[int | None, list[CommitteeOverview]] = defaultdict(list)
            for committee in members:
                committees[committee.portfolio_id].append(CommitteeOverview(committee, people.get(committee.member_id), on))
            return tuple(
                PortfolioOverview(portfolio, people.get(portfolio.holder_id), tuple(committees[portfolio.id]))
                for portfolio in portfolios
            )

    def committees(self, on: date | None = None) -> tuple[CommitteeOverview, ...]:
        """The VNG committees, each member judged as on `on` (today if not given)."""
        on = on or date.today()
        with self._database.reading() as session:
            committees = [to_value(s.VNG_COMMITTEE, row) for row in
                          session.scalars(select(m.VngCommitteeRow).order_by(m.VngCommitteeRow.position, m.VngCommitteeRow.id))]
            people = _people(session, {item.member_id for item in committees})
            return tuple(CommitteeOverview(committee, people.get(committee.member_id), on) for committee in committees)

    def consultations(self, on: date | None = None) -> tuple[ConsultationOverview, ...]:
        """The portfolio-holder consultations, each chair judged as on `on` (today if not given)."""
        on = on or date.today()
        with self._database.reading() as session:
            partners = _names(session, m.PartnerRow)
            portfolios = _names(session, m.PortfolioRow)
            rows = session.scalars(select(m.ConsultationRow).options(selectinload(m.ConsultationRow.partners))
                                   .order_by(m.ConsultationRow.number, m.ConsultationRow.id))
            consultations = [to_value(s.CONSULTATION, row) for row in rows]
            people = _people(session, {item.chair_id for item in consultations})
            result = []
            for consultation in consultations:
                result.append(ConsultationOverview(
                    consultation, people.get(consultation.chair_id),
                    partners.get(consultation.organised_by_id) if consultation.organised_by_id else None,
                    tuple(partners[item] for item in consultation.partner_ids),
                    portfolios.get(consultation.portfolio_id) if consultation.portfolio_id else None,
                    on,
                ))
            return tuple(result)

    def staff(self) -> tuple[StaffOverview, ...]:
        if not self._database.personnel_access:
            return self._staff_names_and_functions()
        with self._database.reading() as session:
            employments: dict[int, list[e.Employment]] = defaultdict(list)
            for row in session.scalars(select(m.EmploymentRow).order_by(m.EmploymentRow.start_date, m.EmploymentRow.id)):
                employments[row.staff_member_id].append(to_value(s.EMPLOYMENT, row))
            rows = session.scalars(select(m.StaffMemberRow).order_by(m.StaffMemberRow.id))
            return tuple(StaffOverview(member, tuple(employments[member.id]))
                         for member in (to_value(s.STAFF_MEMBER, row) for row in rows))

    def _staff_names_and_functions(self) -> tuple[StaffOverview, ...]:
        """What a user without the personnel role may see of the bureau: names, contact details, functions."""
        with self._database.reading() as session:
            functions = _staff_functions(session)
            rows = session.scalars(select(m.StaffMemberRow).order_by(m.StaffMemberRow.id))
            return tuple(StaffOverview(member, (), personnel_details=False, function=functions.get(member.id))
                         for member in (to_value(s.STAFF_MEMBER, row) for row in rows))

    def year_plans(self) -> tuple[e.YearPlan, ...]:
        with self._database.reading() as session:
            rows = session.scalars(select(m.YearPlanRow).order_by(m.YearPlanRow.year))
            return tuple(to_value(s.YEAR_PLAN, row) for row in rows)

    def activities(self, year: int, on: date | None = None) -> tuple[ActivityOverview, ...]:
        """The activities of the plan of `year`, with their meetings counted as seen on `on` (today if not given)."""
        on = on or date.today()
        with self._database.reading() as session:
            plan_id = session.scalar(select(m.YearPlanRow.id).where(m.YearPlanRow.year == year))
            if plan_id is None:
                return ()
            partners = _names(session, m.PartnerRow)
            portfolios = _names(session, m.PortfolioRow)
            consultations = _names(session, m.ConsultationRow)
            rows = session.scalars(select(m.ActivityRow).options(selectinload(m.ActivityRow.partners))
                                   .where(m.ActivityRow.year_plan_id == plan_id)
                                   .order_by(m.ActivityRow.position, m.ActivityRow.id))
            activities = [to_value(s.ACTIVITY, row) for row in rows]
            counts = count_activity_meetings(session, activities, year, on)
            result = []
            for activity in activities:
                result.append(ActivityOverview(
                    activity,
                    portfolios.get(activity.portfolio_id) if activity.portfolio_id else None,
                    consultations.get(activity.consultation_id) if activity.consultation_id else None,
                    tuple(partners[item] for item in activity.partner_ids),
                    counts[activity.id],
                ))
            return tuple(result)

    def projects(self) -> tuple[ProjectOverview, ...]:
        """Every project and secondment in the order entered (the plan's), each with its staff and their engagements."""
        with self._database.reading() as session:
            rows = session.scalars(select(m.ProjectRow).options(selectinload(m.ProjectRow.staff_members))
                                   .order_by(m.ProjectRow.id))
            projects = [to_value(s.PROJECT, row) for row in rows]
            staff_ids = {item for project in projects for item in project.staff_member_ids}
            employments: dict[int, list[e.Employment]] = defaultdict(list)
            personnel = self._database.personnel_access
            functions = {} if personnel else _staff_functions(session)
            for row in session.scalars(select(m.EmploymentRow).where(m.EmploymentRow.staff_member_id.in_(staff_ids))
                                       .order_by(m.EmploymentRow.start_date, m.EmploymentRow.id)) if personnel else ():
                employments[row.staff_member_id].append(to_value(s.EMPLOYMENT, row))
            members = {row.id: to_value(s.STAFF_MEMBER, row) for row in
                       session.scalars(select(m.StaffMemberRow).where(m.StaffMemberRow.id.in_(staff_ids)))}
            titles = _activity_titles(session, {project.activity_id for project in projects})
            result = []
            for project in projects:
                staff = sorted((members[item] for item in project.staff_member_ids),
                               key=lambda member: (member.last_name.casefold(), member.id))
                result.append(ProjectOverview(
                    project, titles.get(project.activity_id),
                    tuple(StaffOverview(member, tuple(employments[member.id])) if personnel else
                          StaffOverview(member, (), personnel_details=False, function=functions.get(member.id))
                          for member in staff),
                ))
            return tuple(result)

    def meetings(self, year: int) -> tuple[MeetingOverview, ...]:
        """The meetings and events of a calendar year in date order."""
        with self._database.reading() as session:
            rows = session.scalars(select(m.MeetingRow)
                                   .where(m.MeetingRow.date >= date(year, 1, 1), m.MeetingRow.date <= date(year, 12, 31))
                                   .order_by(m.MeetingRow.date, m.MeetingRow.id))
            meetings = [to_value(s.MEETING, row) for row in rows]
            titles = _activity_titles(session, {meeting.activity_id for meeting in meetings})
            return tuple(MeetingOverview(meeting, titles.get(meeting.activity_id)) for meeting in meetings)

    def vacancies(self, on: date) -> tuple[OpenPlace, ...]:
        """Every open place on `on`, each once (the definition is in `services.vacancies`)."""
        return open_places(self, on)


def _staff_functions(session: Session) -> dict[int, str | None]:
    """Each staff member's function as the server's view staff_function gives it (PostgreSQL, migration 0005)."""
    return {member_id: _function_text(function, description) for member_id, function, description
            in session.execute(text("SELECT staff_member_id, function, description FROM staff_function"))}


def _function_text(function: str | None, description: str | None) -> str | None:
    """'projectmedewerker (Burgernet Noord-Nederland)', or whichever of the two is known."""
    if function and description:
        return f"{function} ({description})"
    return function or description


def _names(session: Session, row_type: type[m.PartnerRow | m.PortfolioRow | m.ConsultationRow | m.MunicipalityRow]) -> dict[int, str]:
    """Id to name, without loading whole records (at a hundred times today's data there are hundreds)."""
    return {record_id: name for record_id, name in session.execute(select(row_type.id, row_type.name))}


def person_post(function: str | None, municipality: str | None) -> str | None:
    """'griffier gemeente Stadskanaal'; just the function or the municipality when only that is known."""
    place = f"gemeente {municipality}" if municipality else None
    return " ".join(part for part in (function, place) if part) or None


def _activity_titles(session: Session, ids: Iterable[int | None]) -> dict[int | None, str]:
    wanted = [item for item in ids if item is not None]
    rows = session.execute(select(m.ActivityRow.id, m.ActivityRow.title).where(m.ActivityRow.id.in_(wanted)))
    return {record_id: title for record_id, title in rows}


def _people(session: Session, ids: Iterable[int | None]) -> dict[int | None, e.Person]:
    """The persons with these ids (None is skipped): only those an overview names. Over the years there
    are thousands of others, and reading them all made every overview slow (see docs/PERFORMANCE.md)."""
    wanted = [item for item in ids if item is not None]
    rows = session.scalars(select(m.PersonRow).where(m.PersonRow.id.in_(wanted)))
    return {row.id: to_value(s.PERSON, row) for row in rows}
