"""Writes the year's Word documents: the Jaarplan and the half-year progress report.

The services hand over the documents as plain values (`vgg_desktop.domain.document_values`); here they are
turned into the template's fields (Dutch names, so that someone restyling the template in Word reads
what a field holds) and rendered with docxtpl. The file goes through the same atomic write as the
workbook: an existing document is replaced only when the new one is completely on disk.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from vgg_desktop.domain.document_values import ActivityGroup, PlanDocument, ProgressReport
from vgg_desktop.export.atomic import check_target, write_atomically
from vgg_desktop.export.templates import CheckedTemplate, DocumentKind, TemplateError, check_template, shipped_template


@dataclass(frozen=True)
class DocumentResult:
    path: Path
    template: Path


def plan_fields(document: PlanDocument) -> dict[str, Any]:
    portfolio_rows: list[dict[str, str]] = []
    for portfolio in document.portfolios:
        committees = portfolio.committees or ()
        first = True
        for committee in committees or (None,):
            portfolio_rows.append({
                "portefeuille": portfolio.name if first else "",
                "houder": portfolio.holder if first else "",
                "commissie": committee.name if committee else "",
                "lid": committee.member if committee else "",
            })
            first = False
    return {
        "documentnaam": f"Jaarplan {document.year}",
        "vereniging": document.association,
        "korte_naam": document.short_name,
        "jaar": document.year,
        "titel": document.title,
        "vastgesteld": document.adoption,
        "inleiding": list(document.introduction),
        "ondertekening": list(document.signature),
        "visie": list(document.vision),
        "kernwaarden": [{"titel": value.title, "tekst": value.text} for value in document.core_values],
        "aantal_gemeenten": _number_in_words(document.municipality_count),
        "bestuur": [{"rol": seat.role, "namens": seat.on_behalf_of, "bestuurder": seat.holder} for seat in document.board],
        "adviserende_leden": [{"vanuit": member.circle, "naam": member.holder} for member in document.advisory_members],
        "portefeuilles": portfolio_rows,
        "overleggen": [{"nummer": item.number, "naam": item.name, "voorzitter": item.chair,
                        "voorbereiding": item.preparation, "partners": item.partners} for item in document.consultations],
        "bureau": [{"naam": line.name, "functie": line.function, "dienstverband": line.contract, "periode": line.period}
                   for line in document.staff],
        "activiteiten": _groups(document.activity_groups),
    }


def progress_fields(report: ProgressReport) -> dict[str, Any]:
    return {
        "documentnaam": f"Voortgangsrapportage {report.half_title.lower()}",
        "vereniging": report.association,
        "korte_naam": report.short_name,
        "jaar": report.year,
        "titel": report.title,
        "halfjaar": report.half_title,
        "opgesteld_op": report.made_on,
        "vastgesteld": report.adoption,
        "aantal_activiteiten": report.activity_count,
        "statussen": [{"status": item.status, "aantal": item.count} for item in report.status_counts],
        "achter": list(report.behind),
        "niet_gerapporteerd": list(report.not_reported),
        "activiteiten": _groups(report.activity_groups),
    }


def write_plan_document(document: PlanDocument, target: Path, template: Path | None = None) -> DocumentResult:
    return _write(DocumentKind.PLAN, plan_fields(document), target, template)


def write_progress_report(report: ProgressReport, target: Path, template: Path | None = None) -> DocumentResult:
    return _write(DocumentKind.PROGRESS_REPORT, progress_fields(report), target, template)


def _write(kind: DocumentKind, fields: dict[str, Any], target: Path, template: Path | None) -> DocumentResult:
    """Renders into memory first: a template that fails halfway never leaves a file behind."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError as JinjaError

    check_target(target)
    checked: CheckedTemplate = check_template(kind, template or shipped_template(kind))
    document = DocxTemplate(str(checked.path))
    try:
        document.render(fields, autoescape=True)
    except JinjaError as error:
        raise TemplateError(f"Het sjabloon {checked.path.name} kan niet worden ingevuld: {error}.", checked.path) from None
    buffer = io.BytesIO()
    document.save(buffer)
    def write(stream: BinaryIO) -> None:
        stream.write(buffer.getvalue())

    write_atomically(target, write, application="Word")
    return DocumentResult(target, checked.path)


def _groups(groups: tuple[ActivityGroup, ...]) -> list[dict[str, Any]]:
    return [
        {"eigenaar": group.owner, "activiteiten": [
            {
                "titel": activity.title,
                "doel": activity.goal,
                "resultaten_kop": activity.results_heading,
                "resultaten": list(activity.results),
                "eerste": {"titel": activity.halves[0].title, "status": activity.halves[0].status,
                           "voortgang": list(activity.halves[0].progress)},
                "tweede": {"titel": activity.halves[1].title, "status": activity.halves[1].status,
                           "voortgang": list(activity.halves[1].progress)},
                "bijeenkomsten": activity.meetings,
            }
            for activity in group.activities
        ]}
        for group in groups
    ]


_NUMBERS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")


def _number_in_words(number: int) -> str:
    return _NUMBERS[number] if 0 <= number < len(_NUMBERS) else str(number)
