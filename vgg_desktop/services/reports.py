"""The workbook for a board meeting as plain values: one sheet per overview, rows of text and dates.

The window (on a worker thread) and the command line build it here and hand it to the writer in
`vgg_desktop.export`. Sick leave is health data under the AVG: nothing here reads absences, and the
Bureau and Projecten sheets show engagements only, never the notes kept on staff members.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.invoices import InvoiceTotals
from vgg_desktop.domain.money import euro_text
from vgg_desktop.domain.report_values import Amount, Cell, Column, MeetingReport, Quiet, ReportRow, ReportSheet, RowKind
from vgg_desktop.services.refills import ElectionRefills, RefillState
from vgg_desktop.services.vacancies import OpenPlace, PlaceKind

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import Employment, VngCommittee, YearPlan
    from vgg_desktop.domain.meetings import MeetingCount
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.ending_soon import EndingNotice
    from vgg_desktop.services.overviews import (
        ActivityOverview,
        ConsultationOverview,
        MeetingOverview,
        Overviews,
        StaffOverview,
    )
    from vgg_desktop.services.projects import OutstandingInvoices, ProjectFinances


Progress = Callable[[int, int, str], None]
"""Called with (steps done, steps in all, what is being done now)."""

VACANT = "Vacature"
OVERVIEW_SHEET = "Overzicht"


class Part(StrEnum):
    """The overviews a user can choose; the value is the sheet name. Overzicht is always included."""

    BOARD = "Bestuur"
    PORTFOLIOS = "Portefeuilles"
    CONSULTATIONS = "Overleggen"
    STAFF = "Bureau"
    PROJECTS = "Projecten"
    INVOICES = "Openstaande facturen"
    ACTIVITIES = "Activiteiten"
    MEETINGS = "Bijeenkomsten"
    VACANCIES = "Vacatures"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS: dict[Part, str] = {
    Part.BOARD: "Elke zetel in het Dagelijks Bestuur: rol, namens wie, bestuurder of vacature, termijn en portefeuilles.",
    Part.PORTFOLIOS: "Portefeuilles met portefeuillehouder, VNG-commissie en Gronings commissielid, "
                     "en de portefeuillehouderoverleggen met hun voorzitter.",
    Part.CONSULTATIONS: "Elk portefeuillehouderoverleg met zijn voorzitter (of vacature, of n.v.t. wanneer het via een "
                        "partner loopt), wie het voorbereidt en de partnerorganisaties.",
    Part.STAFF: "De medewerkers van het VGG-bureau: functie, soort dienstverband, via wie, van en tot. "
                "Contracten die kort na de vergadering eindigen zijn gemarkeerd.",
    Part.PROJECTS: "De intergemeentelijke projecten en detacheringen: soort, wie eraan werkt en tot wanneer. "
                   "Inzet die kort na de vergadering eindigt is gemarkeerd.",
    Part.INVOICES: "De facturen van projecten en detacheringen die op de vergaderdatum verzonden en nog niet betaald zijn, "
                   "per gemeente, met het totaal per gemeente en van alle gemeenten samen.",
    Part.ACTIVITIES: "De activiteiten uit het jaarplan in de volgorde van het plan, per eigenaar: doel, te bereiken "
                     "resultaten en de voortgang in het eerste en tweede halfjaar, en de bijeenkomsten tegen het aantal dat "
                     "het jaarplan noemt, en de partnerorganisaties. Grijs: nog niet gerapporteerd.",
    Part.MEETINGS: "De vergaderingen en bijeenkomsten van het jaar op datum: soort, titel, thema, plaats, bij welke "
                   "activiteit en of ze gepland, gehouden of geannuleerd zijn.",
    Part.VACANCIES: "Elke open plaats één keer: zetels, portefeuillehouders, leden van VNG-commissies en "
                    "voorzitters van overleggen, met wat erbij hoort, waarom de plaats open is en wat er volgt; "
                    "na een verkiezing ook welke plaatsen weer zijn ingevuld en sinds wanneer.",
}

ALL_PARTS: tuple[Part, ...] = tuple(Part)




def build_meeting_report(
    services: Services,
    meeting_date: date,
    parts: Iterable[Part] = ALL_PARTS,
    *,
    status_date: date | None = None,
    progress: Progress | None = None,
) -> MeetingReport:
    """The overview for the meeting on `meeting_date`, made on `status_date` (today).

    The meeting date governs everything the sheets mark (who holds a seat, which terms and contracts run
    or end soon, which places are open), so an overview made in advance or afterwards reads as it will at
    that meeting; the status date only says when the data was taken.
    """
    wanted = set(parts)
    chosen = [part for part in Part if part in wanted]
    report_progress = progress or (lambda _done, _total, _text: None)
    total = len(chosen) + 1
    overviews = services.overviews
    report_progress(0, total, "Vereniging en jaarplan lezen")
    associations = services.association.list()
    association = associations[0].name if associations else "Vereniging van Groninger Gemeenten"
    plan = plan_for(overviews.year_plans(), meeting_date)
    # What ends soon: from the meeting date, over the period set for this database.
    rule = services.settings.ends_soon_rule(meeting_date)
    builders: dict[Part, Callable[[], ReportSheet]] = {
        Part.BOARD: lambda: board_sheet(overviews, meeting_date),
        Part.PORTFOLIOS: lambda: portfolios_sheet(overviews, meeting_date),
        Part.CONSULTATIONS: lambda: consultations_sheet(overviews, meeting_date),
        Part.STAFF: lambda: staff_sheet(overviews, rule),
        Part.PROJECTS: lambda: projects_sheet(overviews, rule, services.project_finances),
        Part.INVOICES: lambda: invoices_sheet(services.project_finances.outstanding(meeting_date)),
        Part.ACTIVITIES: lambda: activities_sheet(overviews, plan, meeting_date),
        Part.MEETINGS: lambda: meetings_sheet(overviews, meeting_date.year),
        Part.VACANCIES: lambda: vacancies_sheet(overviews, meeting_date, services.refills.latest(meeting_date)),
    }
    sheets: list[ReportSheet] = []
    for done, part in enumerate(chosen, start=1):
        report_progress(done, total, f"Blad {part.value} samenstellen")
        sheets.append(builders[part]())
    status = status_date or date.today()
    title = f"Overzicht voor de vergadering van {format_date(meeting_date)}"
    cover = cover_sheet(association, meeting_date, status, plan, sheets, rule)
    cover = with_ending_section(cover, services.ending_soon.notice(meeting_date))
    report_progress(total, total, "Overzicht samengesteld")
    return MeetingReport(title, association, meeting_date, status, (cover, *sheets))


def default_file_name(meeting_date: date) -> str:
    return f"Overzicht VGG vergadering {format_date(meeting_date)}.xlsx"


def plan_for(plans: Iterable[YearPlan], meeting_date: date) -> YearPlan | None:
    """The plan of the meeting's year; before it is adopted, the latest earlier plan still guides the work."""
    ordered = sorted(plans, key=lambda plan: plan.year)
    earlier = [plan for plan in ordered if plan.year <= meeting_date.year]
    if earlier:
        return earlier[-1]
    return ordered[0] if ordered else None




def cover_sheet(association: str, meeting_date: date, status_date: date, plan: YearPlan | None,
                sheets: list[ReportSheet], rule: EndsSoonRule) -> ReportSheet:
    rows: list[ReportRow] = [
        ReportRow(("Vereniging", association)),
        ReportRow(("Vergadering", meeting_date)),
        ReportRow(("Peildatum", f"{format_date(meeting_date)}, de datum van de vergadering. Wie een zetel bezet, "
                                f"welke termijnen en contracten lopen, welke {rule.period_text} eindigen en welke "
                                "plaatsen open zijn, is bekeken op deze dag.")),
        ReportRow(("Stand van zaken", f"Gemaakt op {format_date(status_date)}, met de gegevens zoals ze die dag "
                                      "in VGG Desktop stonden.")),
        ReportRow(("Jaarplan", describe_plan(plan, meeting_date))),
    ]
    rows.extend(ReportRow((f"Blad {sheet.name}", sheet.summary)) for sheet in sheets)
    return _sheet(OVERVIEW_SHEET, "Overzicht",
                  "Vereniging, datum van de vergadering, stand van zaken en de bladen van dit overzicht.",
                  (Column("Onderdeel", 24), Column("Inhoud", 100)), rows)


def with_ending_section(cover: ReportSheet, notice: EndingNotice) -> ReportSheet:
    """The Overzicht with what ends soon after the meeting: board terms and, for those who may read them,
    employment contracts (`services.ending_soon`), each on its own line, the soonest first. Items dismissed in
    the window are listed too: the board reads the whole picture."""
    rows: list[ReportRow] = [ReportRow((notice.heading, None), RowKind.GROUP)]
    if not notice.items:
        rows.append(ReportRow(("Eindigt binnenkort", "Geen termijn in het Dagelijks Bestuur en geen dienstverband."
                               if notice.includes_employments else "Geen termijn in het Dagelijks Bestuur.")))
    if not notice.includes_employments:
        rows.append(ReportRow(("Dienstverbanden", "Staan alleen in het overzicht van een medewerker personeelszaken.")))
    for item in notice.items:
        rows.append(ReportRow((item.kind.label, f"{item.who} ({item.what}): laatste dag {format_date(item.ends_on)}"),
                              RowKind.ATTENTION))
    return dataclasses.replace(cover, rows=(*cover.rows, *rows))


def describe_plan(plan: YearPlan | None, meeting_date: date) -> str:
    if plan is None:
        return "Er is nog geen jaarplan vastgelegd."
    text = plan.title
    if plan.adopted_on or plan.adopted_by:
        text += ", vastgesteld"
        if plan.adopted_on:
            text += f" op {format_date(plan.adopted_on)}"
        if plan.adopted_by:
            text += f" door {plan.adopted_by}"
    if plan.year != meeting_date.year:
        text += f". Er is (nog) geen jaarplan {meeting_date.year}; de activiteiten komen uit het jaarplan {plan.year}"
    return text + "."


def board_sheet(overviews: Overviews, on: date) -> ReportSheet:
    columns = (Column("Rol", 22), Column("Namens", 34), Column("Bestuurder", 26), Column("Functie", 30),
               Column("Van", 11, 11), Column("Tot", 11, 11), Column("Portefeuilles", 40))
    rows: list[ReportRow] = []
    seats = overviews.board(on)
    for item in seats:
        holder = item.holder
        term = item.term if holder else None
        rows.append(ReportRow((
            item.seat.role.label, item.on_behalf_of,
            holder.display_name if holder else VACANT,
            item.holder_post,
            term.start_date if term else None, term.end_date if term else None,
            item.portfolios,
        )))
    vacant = sum(1 for item in seats if item.is_vacant)
    summary = f"{_count(len(seats), 'zetel', 'zetels')}, waarvan {vacant} vacant. {Part.BOARD.description}"
    return _sheet(Part.BOARD.value, "Dagelijks Bestuur", summary, columns, rows)


def portfolios_sheet(overviews: Overviews, on: date) -> ReportSheet:
    """The plan's table of portfolios and VNG committees, with each portfolio's consultations beside it.

    Members and chairs are judged as on `on` (the meeting date), as the Vacatures sheet judges them: one whose
    dates do not cover it shows as 'Vacature', with who held it until when (or holds it from when) below.

    One table rather than two, so that the header repeated on every printed page fits every row.
    """
    columns = (Column("Portefeuille", 34), Column("Portefeuillehouder", 22), Column("VNG-commissie", 36),
               Column("VNG-commissielid", 20), Column("Portefeuillehouderoverleg", 28), Column("Voorzitter overleg", 22))
    portfolios = overviews.portfolios(on)
    consultations = overviews.consultations(on)
    by_portfolio: dict[str | None, list[ConsultationOverview]] = {}
    for consultation in consultations:
        by_portfolio.setdefault(consultation.portfolio, []).append(consultation)
    rows: list[ReportRow] = []
    for item in portfolios:
        committees: list[tuple[str | None, Cell]] = [
            (committee_name(committee.committee), _with_context(committee.member_text, committee.member_context))
            for committee in item.committees]
        if not committees:
            # As in the plan: no committee, and "n.v.t." only where the plan says so (which is not vacant).
            committees = [(None, "n.v.t." if item.portfolio.vng_not_applicable else None)]
        held = by_portfolio.pop(item.portfolio.name, [])
        for index in range(max(len(committees), len(held))):
            committee, member = committees[index] if index < len(committees) else (None, None)
            first = index == 0
            rows.append(ReportRow((
                item.portfolio.name if first else None,
                (item.holder.display_name if item.holder else VACANT) if first else None,
                committee, member, *_consultation_cells(held, index),
            )))
    for rest in by_portfolio.values():  # consultations without a portfolio of their own
        for index in range(len(rest)):
            rows.append(ReportRow((None, None, None, None, *_consultation_cells(rest, index))))
    summary = (f"{_count(len(portfolios), 'portefeuille', 'portefeuilles')} en "
               f"{_count(len(consultations), 'portefeuillehouderoverleg', 'portefeuillehouderoverleggen')}. "
               f"{Part.PORTFOLIOS.description}")
    return _sheet(Part.PORTFOLIOS.value, "Portefeuilles, VNG-commissies en portefeuillehouderoverleggen", summary,
                  columns, rows)


def committee_name(committee: VngCommittee) -> str:
    if committee.former_name:
        return f"{committee.name} (voorheen {committee.former_name})"
    return committee.name


def _consultation_cells(consultations: list[ConsultationOverview], index: int) -> tuple[str | None, Cell]:
    if index >= len(consultations):
        return None, None
    item = consultations[index]
    return f"{item.consultation.number}. {item.consultation.name}", _with_context(item.chair_text, item.chair_context)


def _with_context(text: str, context: str | None) -> Cell:
    """'Vacature' with, on its own line, who held the place until when: 'tot en met 30-06-2022: Jan Jansen'."""
    return (text, context) if context else text


def staff_sheet(overviews: Overviews, rule: EndsSoonRule) -> ReportSheet:
    """The staff as on `rule.on` (the meeting date); contracts that end soon by `rule` are marked."""
    columns = (Column("Naam", 24), Column("Functie", 40, 20), Column("Soort dienstverband", 20), Column("Via", 22),
               Column("Van", 11, 11), Column("Tot", 11, 11), Column("Let op", 26))
    rows: list[ReportRow] = []
    ending = 0
    staff = overviews.staff()
    for item in staff:
        name = item.member.display_name
        if not item.personnel_details:
            rows.append(ReportRow((name, item.function, None, None, None, None, None)))
            continue
        if not item.employments:
            rows.append(ReportRow((name, None, None, None, None, None, None)))
            continue
        for employment in item.employments:
            marker, kind = employment_marker(employment, rule)
            ending += kind == RowKind.ATTENTION
            rows.append(ReportRow((
                name, function_text(employment),
                employment.contract_kind.label if employment.contract_kind else None,
                employment.through, employment.start_date, employment.end_date, marker,
            ), kind))
    summary = (f"{_count(len(staff), 'medewerker', 'medewerkers')}; "
               f"{_count(ending, 'contract eindigt', 'contracten eindigen')} {rule.period_text} na de vergadering. "
               f"{Part.STAFF.description}")
    if any(not item.personnel_details for item in staff):
        summary = (f"{_count(len(staff), 'medewerker', 'medewerkers')} met hun functie. Dienstverbanden staan alleen "
                   "in het overzicht van een medewerker personeelszaken.")
    return _sheet(Part.STAFF.value, "VGG-bureau", summary, columns, rows)


def employment_marker(employment: Employment, rule: EndsSoonRule) -> tuple[str | None, RowKind]:
    end, start = employment.end_date, employment.start_date
    if rule.has_ended(end):
        return "Beëindigd", RowKind.MUTED
    if rule.ends_soon(end):
        return f"Eindigt {rule.period_text}", RowKind.ATTENTION
    if start is not None and start > rule.on:
        return "Begint na de vergadering", RowKind.NORMAL
    return None, RowKind.NORMAL


def function_text(employment: Employment) -> str | None:
    if employment.function and employment.description:
        return f"{employment.function} ({employment.description})"
    return employment.function or employment.description


def consultations_sheet(overviews: Overviews, on: date) -> ReportSheet:
    columns = (Column("Overleg", 26), Column("Voorzitter", 24), Column("Portefeuille", 28),
               Column("Voorbereiding", 60, 30), Column("Partnerorganisaties", 34))
    consultations = overviews.consultations(on)
    rows = [ReportRow((
        f"{item.consultation.number}. {item.consultation.name}", _with_context(item.chair_text, item.chair_context),
        item.portfolio,
        item.consultation.preparation, item.partners,
    )) for item in consultations]
    vacant = sum(1 for item in consultations if item.is_open)
    summary = (f"{_count(len(consultations), 'portefeuillehouderoverleg', 'portefeuillehouderoverleggen')}, "
               f"waarvan {vacant} zonder voorzitter. {Part.CONSULTATIONS.description}")
    return _sheet(Part.CONSULTATIONS.value, "Portefeuillehouderoverleggen", summary, columns, rows)


def projects_sheet(overviews: Overviews, rule: EndsSoonRule, finances: ProjectFinances | None = None) -> ReportSheet:
    """Who works on each project as on `rule.on` (the meeting date); engagements that end soon by `rule` are marked."""
    columns = (Column("Project", 24), Column("Soort", 12, 10), Column("Medewerker", 24), Column("Functie", 36, 20),
               Column("Via", 20), Column("Van", 11, 11), Column("Tot", 11, 11), Column("Let op", 26))
    projects = overviews.projects()
    rows: list[ReportRow] = []
    for item in projects:
        project = item.project
        kind: Cell = project.kind.label if project.kind else Quiet("onbekend")
        if not item.staff:
            rows.append(ReportRow((project.name, kind, Quiet("niet vastgelegd"), None, None, None, None, None)))
        for member in item.staff:
            rows.append(_project_row(project.name, kind, member, rule))
    summary = f"{_count(len(projects), 'project of detachering', 'projecten en detacheringen')}. {Part.PROJECTS.description}"
    if finances is not None:
        summary += " " + _money_line(finances, rule.on)
    return _sheet(Part.PROJECTS.value, "Projecten en detacheringen", summary, columns, rows)


def _money_line(finances: ProjectFinances, on: date) -> str:
    """Decisions and invoices in one sentence; the invoices themselves are on the sheet Openstaande facturen."""
    decisions = sum(finances.decision_counts().values())
    totals = InvoiceTotals()
    for item in finances.totals_per_project(on).values():
        totals += item
    return (f"{_count(decisions, 'besluit', 'besluiten')} vastgelegd; op {format_date(on)} "
            f"{euro_text(totals.sent)} gefactureerd, waarvan {euro_text(totals.paid)} betaald en "
            f"{euro_text(totals.outstanding)} openstaand.")


def _project_row(name: str, kind: Cell, member: StaffOverview, rule: EndsSoonRule) -> ReportRow:
    if not member.personnel_details:
        # A reader without the personnel role (PostgreSQL) knows the function, not the engagement.
        return ReportRow((name, kind, member.member.display_name, member.function, None, None, None, None))
    employment = member.main_employment(rule.on)
    if employment is None:
        return ReportRow((name, kind, member.member.display_name, None, None, None, None, None))
    marker, row_kind = employment_marker(employment, rule)
    return ReportRow((name, kind, member.member.display_name, function_text(employment), employment.through,
                      employment.start_date, employment.end_date, marker), row_kind)


def invoices_sheet(outstanding: OutstandingInvoices) -> ReportSheet:
    """What each municipality owes on the meeting date: its invoices sent and not paid, its total, and the total of all."""
    columns = (Column("Gemeente", 22), Column("Project", 24), Column("Omschrijving", 36, 16), Column("Verzonden op", 12, 12),
               Column("Open sinds", 10, 10), Column("Bedrag", 16, 14))
    rows: list[ReportRow] = []
    for group, invoices in outstanding.per_municipality:
        for item in invoices:
            invoice = item.invoice
            sent = invoice.sent_on
            days = _count((outstanding.on - sent).days, "dag", "dagen") if sent is not None else None
            rows.append(ReportRow((item.municipality, item.project, invoice.description, sent, days,
                                   Amount(invoice.amount_cents))))
        rows.append(ReportRow((f"Totaal {group.municipality}", _count(len(invoices), "factuur", "facturen"), None, None,
                               None, Amount(group.totals.outstanding)), RowKind.TOTAL))
    if rows:  # else the sheet says "Geen gegevens", as every empty sheet does
        rows.append(ReportRow(("Totaal alle gemeenten", _count(outstanding.count, "factuur", "facturen"), None, None,
                               None, Amount(outstanding.total)), RowKind.TOTAL))
    towns = _count(len(outstanding.per_municipality), "gemeente", "gemeenten")
    summary = (f"{_count(outstanding.count, 'factuur', 'facturen')} van {towns} open op {format_date(outstanding.on)}, "
               f"samen {euro_text(outstanding.total)}. {Part.INVOICES.description}")
    return _sheet(Part.INVOICES.value, f"Openstaande facturen op {format_date(outstanding.on)}", summary, columns, rows)


def status_cell(status: ProgressStatus) -> Cell:
    """A status as the plan reads it: what was reported stands out, what was not is there in grey."""
    return Quiet(status.label) if status == ProgressStatus.NOT_REPORTED else status.label


def activities_sheet(overviews: Overviews, plan: YearPlan | None, on: date | None = None) -> ReportSheet:
    """The activities in the plan's order, under a heading each time the owner changes (never merged out of order)."""
    columns = (Column("Activiteit", 28, 16), Column("Doel", 40, 22), Column("Te bereiken resultaten", 50, 26),
               Column("Eerste halfjaar", 40, 24), Column("Status 1e halfjaar", 14, 13),
               Column("Tweede halfjaar", 40, 24), Column("Status 2e halfjaar", 14, 13))
    activities = overviews.activities(plan.year, on) if plan else ()
    rows: list[ReportRow] = []
    owner: str | None = None
    for item in activities:
        activity = item.activity
        if item.owner != owner:
            owner = item.owner
            rows.append(ReportRow((owner,) + (None,) * (len(columns) - 1), RowKind.GROUP))
        results = activity.results if len(activity.results) < 2 else tuple(f"• {result}" for result in activity.results)
        count = item.meeting_count
        # The partners and the count go under the results that state the target: the page has no room for
        # another column.
        results = (*results, *_partner_lines(item.partners), *_meeting_count_lines(count))
        rows.append(ReportRow((
            activity.title, activity.goal, results,
            activity.first_half_progress, status_cell(activity.first_half_status),
            activity.second_half_progress, status_cell(activity.second_half_status),
        ), RowKind.ATTENTION if count is not None and count.is_behind else RowKind.NORMAL))
    source = f"uit het jaarplan {plan.year}" if plan else "(er is geen jaarplan)"
    summary = f"{_count(len(activities), 'activiteit', 'activiteiten')} {source}. {Part.ACTIVITIES.description}"
    return _sheet(Part.ACTIVITIES.value, f"Activiteiten {plan.year}" if plan else "Activiteiten", summary, columns, rows)


def meetings_sheet(overviews: Overviews, year: int) -> ReportSheet:
    columns = (Column("Datum", 11, 11), Column("Soort", 26), Column("Titel", 34), Column("Thema", 30),
               Column("Plaats", 20), Column("Bij activiteit", 34), Column("Status", 12, 10))
    meetings = overviews.meetings(year)
    activities = overviews.activities(year) if any(item.activity for item in meetings) else ()
    rows = [ReportRow((item.meeting.date, item.meeting.kind.label, item.meeting.title, item.meeting.theme,
                       item.meeting.location, _activity_named(item, activities), item.meeting.status.label))
            for item in meetings]
    summary = f"{_count(len(meetings), 'bijeenkomst', 'bijeenkomsten')} in {year}. {Part.MEETINGS.description}"
    return _sheet(Part.MEETINGS.value, f"Bijeenkomsten {year}", summary, columns, rows)


def _activity_named(item: MeetingOverview, activities: Iterable[ActivityOverview]) -> str | None:
    """The activity's title, and its owner when the year's plan has two activities of that title:
    'Klankbordgroep Raadsleden (Dagelijks Bestuur VGG)', so that an import of the workbook finds the one meant."""
    if item.activity is None or item.meeting.activity_id is None:
        return item.activity
    same = [other for other in activities if other.activity.title == item.activity]
    mine = next((other for other in same if other.activity.id == item.meeting.activity_id), None)
    return f"{item.activity} ({mine.owner})" if len(same) > 1 and mine is not None else item.activity


# The lines the Activiteiten sheet adds under an activity's results; an import of the workbook leaves them out.
MEETING_COUNT_PREFIX = "Bijeenkomsten: "
BEHIND_PREFIX = "Let op, "
PARTNERS_PREFIX = "Partnerorganisaties: "


def _partner_lines(partners: tuple[str, ...]) -> tuple[str, ...]:
    """'Partnerorganisaties: Provincie Groningen, BZK' (with '; ' between them when a name holds a comma)."""
    if not partners:
        return ()
    return (PARTNERS_PREFIX + ("; " if any("," in name for name in partners) else ", ").join(partners),)


def _meeting_count_lines(count: MeetingCount | None) -> tuple[str, ...]:
    """'Bijeenkomsten: 1 van 3 gehouden, 1 gepland', and why the activity is behind when it is."""
    if count is None or (count.target is None and not count.counted and not count.cancelled):
        return ()
    lines: tuple[str, ...] = (f"{MEETING_COUNT_PREFIX}{count.describe()}",)
    if count.is_behind:
        lines += (f"{BEHIND_PREFIX}{count.describe_behind()}.",)
    return lines


def vacancies_sheet(overviews: Overviews, on: date, refills: ElectionRefills | None = None) -> ReportSheet:
    """Each open place once (`services.vacancies`), per kind under a heading that counts them; after an
    election also the places of its round that are filled again (`services.refills`), with since when.

    A note that several places share (the election's reason, the plan's words on when the round is
    filled) is written once, at the first place it belongs to, so the sheet reads as a list, not a litany.
    """
    after_election = refills is not None
    columns = (Column("Plaats", 46, 24), Column("Hoort erbij", 34, 16), Column(f"Stand op {format_date(on)}", 24, 14),
               *((Column("Sinds de verkiezing", 28, 14),) if after_election else ()),
               Column("Waarom open en wat volgt", 52, 30))
    places = overviews.vacancies(on)
    round_places = {(item.kind, item.record_id): item for item in refills.places} if refills else {}
    counts = {count.kind: count for count in refills.counts()} if refills else {}
    rows: list[ReportRow] = []
    for kind, words in _PLACE_COUNTS.items():
        open_here = [item for item in places if item.kind is kind]
        # A place of the round still open is in the list above, on its own or as part of another place.
        filled_here = [item for item in (refills.places if refills else ())
                       if item.kind is kind and item.state is not RefillState.OPEN]
        if not open_here and not filled_here:
            continue
        heading = f"{words[1][0].upper()}{words[1][1:]}: {len(open_here)} open"
        listed = {item.record_id for item in open_here}
        # A consultation chaired by a portfolio's holder is open as part of that portfolio, listed above it;
        # the round counts it as a place of its own, so the heading says where the others are.
        within_others = sum(1 for item in (refills.places if refills else ())
                            if item.kind is kind and item.state is RefillState.OPEN and item.record_id not in listed)
        if within_others:
            heading += f" (en {within_others} als onderdeel van een plaats hierboven)"
        if kind in counts:
            heading += f"; na de verkiezing {counts[kind].text}"
        rows.append(ReportRow((heading,) + (None,) * (len(columns) - 1), RowKind.GROUP))
        shown_notes: set[str] = set()
        for item in open_here:
            in_round = round_places.get((kind, item.record_id))
            note = _note_once(item.note, shown_notes)
            rows.append(ReportRow((item.place, item.includes or None, "Open",
                                   *((in_round.opened_by if in_round else None,) if after_election else ()), note)))
        for refill in filled_here:
            state: tuple[str, ...] = (refill.status_text,) if refill.holder is None else (refill.status_text, refill.holder)
            rows.append(ReportRow((refill.place, None, state, refill.opened_by, None), RowKind.MUTED
                                  if refill.state is RefillState.LAPSED else RowKind.NORMAL))
    summary = f"{vacancy_count_text(places)}. {Part.VACANCIES.description}"
    if refills is not None:
        summary += f" {refills.summary}."
        if refills.uses_recording_dates:
            summary += (" Portefeuilles, VNG-commissies en overleggen hebben geen eigen begindatum: 'vastgelegd op' is de dag "
                        "waarop de invulling in VGG Desktop is vastgelegd.")
    return _sheet(Part.VACANCIES.value, "Vacatures", summary, columns, rows)


def _note_once(note: str | None, shown: set[str]) -> str | None:
    """The parts of a note (one per line) not yet written above in the same group."""
    if not note:
        return None
    new = [line for line in note.split("\n") if line.strip() and line.strip() not in shown]
    shown.update(line.strip() for line in new)
    return "\n".join(new) or None


_PLACE_COUNTS = {
    PlaceKind.BOARD_SEAT: ("zetel in het Dagelijks Bestuur", "zetels in het Dagelijks Bestuur"),
    PlaceKind.PORTFOLIO: ("portefeuillehouder", "portefeuillehouders"),
    PlaceKind.VNG_COMMITTEE: ("lid van een VNG-commissie", "leden van VNG-commissies"),
    PlaceKind.CONSULTATION: ("voorzitter van een portefeuillehouderoverleg", "voorzitters van portefeuillehouderoverleggen"),
}


def vacancy_count_text(places: tuple[OpenPlace, ...]) -> str:
    """'26 open plaatsen: 8 zetels in het Dagelijks Bestuur, 6 portefeuillehouders, ...'."""
    total = _count(len(places), "open plaats", "open plaatsen")
    parts = [_count(sum(1 for item in places if item.kind is kind), *words)
             for kind, words in _PLACE_COUNTS.items() if any(item.kind is kind for item in places)]
    return f"{total}: {', '.join(parts)}" if parts else total


def _sheet(name: str, title: str, summary: str, columns: tuple[Column, ...], rows: list[ReportRow]) -> ReportSheet:
    if not rows:
        rows = [ReportRow(("Geen gegevens",) + (None,) * (len(columns) - 1), RowKind.MUTED)]
    return ReportSheet(name, title, summary, columns, tuple(rows))


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
