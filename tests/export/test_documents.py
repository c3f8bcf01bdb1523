"""The year's Word documents read back with python-docx: the seeded facts, no health data, safe writing."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate

from vgg_desktop.export import ExportError
from vgg_desktop.export.documents import write_plan_document, write_progress_report
from vgg_desktop.export.templates import DocumentKind, TemplateError, check_template, shipped_template
from vgg_desktop.services.documents import build_plan_document, build_progress_report
from vgg_desktop.startup import OpenedDatabase


def _text(path: Path) -> str:
    """Every paragraph of the body and of every table cell, one per line."""
    document = Document(str(path))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(paragraph.text for paragraph in cell.paragraphs)
    return "\n".join(lines)


@pytest.fixture
def plan_path(opened: OpenedDatabase, tmp_path: Path) -> Path:
    return write_plan_document(build_plan_document(opened.services, 2022), tmp_path / "Jaarplan VGG 2022.docx").path


@pytest.fixture
def report_path(opened: OpenedDatabase, tmp_path: Path) -> Path:
    report = build_progress_report(opened.services, 2022, 1, made_on=date(2022, 7, 1))
    return write_progress_report(report, tmp_path / "Voortgangsrapportage.docx").path


def test_the_plan_document_reads_as_the_source(plan_path: Path) -> None:
    text = _text(plan_path)
    for fact in (
        "Vastgesteld DB VGG 10 maart 2022", "1. Inleiding", "2. Visie en kernwaarden", "3. Organisatie VGG",
        "4. Activiteiten 2022", "De VGG bestond op 21 april 2021 100 jaar.", "Ard van der Tuuk,", "Voorzitter VGG.",
        "Elkaar versterken in public affairs en lobby.", "Dagelijks Bestuur", "Klankbordgroep Raadsleden",
        "Dhr. R. Koch, gemeentesecretaris gemeente Eemsdelta", "Dhr. K. Willems, griffier gemeente Stadskanaal",
        "Ruimte, Wonen, Milieu, Energie en Mobiliteit", "Annalies Usmany", "Economie, Klimaat, Energie en Milieu",
        "Informatiesamenleving (voorheen College van Dienstverleningszaken)", "Raadsleden en Griffiers",
        "Werk en Inkomen. Voorzitter: n.v.t. (via Werk in Zicht)", "Biblionet", "Huis voor de Sport Groningen",
        "Dhr. T.G. Sprenger", "BBL-plaats via GOA-Publiek", "01-03-2020 – 01-09-2022", "31-12-2024",
        "projectmedewerker", "Burgernet", "Het verstevigen van de ledenbinding", "Kansen voor het landschap",
        "Organiseren van twee raadsledenbijeenkomsten.", "Coming Out Day", "Vroegsignalering",
        "Te bereiken resultaten 2022", "Eerste halfjaar 2022", "Tweede halfjaar 2022",
    ):
        assert fact in text, fact
    assert "{{" not in text and "{%" not in text


def test_every_activity_title_and_goal_of_the_source_is_in_the_plan_document(opened: OpenedDatabase, plan_path: Path) -> None:
    text = _text(plan_path)
    for item in opened.services.overviews.activities(2022):
        assert item.activity.title in text
        assert item.activity.goal in text
        for result in item.activity.results:
            assert result in text


def test_no_document_shows_health_data(plan_path: Path, report_path: Path) -> None:
    for path in (plan_path, report_path):
        with zipfile.ZipFile(path) as archive:
            xml = " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist() if name.endswith(".xml"))
        assert "ziek" not in xml.lower()
        assert "23-08-2020" not in xml and "23 augustus 2020" not in xml


def test_the_progress_report_has_a_summary_and_every_activity(report_path: Path) -> None:
    text = _text(report_path)
    for fact in ("Voortgangsrapportage", "Jaarplan 2022 – Eerste halfjaar 2022", "Opgesteld op 01-07-2022",
                 "Samenvatting", "Het jaarplan 2022 telt 28 activiteiten.", "Achter op schema",
                 "Nog niets gerapporteerd", "Externe communicatie", "Status: Loopt"):
        assert fact in text, fact
    assert "{{" not in text and "{%" not in text


def test_the_shipped_templates_hold_every_required_field() -> None:
    for kind in DocumentKind:
        assert check_template(kind, shipped_template(kind)).shipped


def test_a_file_that_is_no_word_document_is_refused_as_template(tmp_path: Path) -> None:
    fake = tmp_path / "sjabloon.docx"
    fake.write_text("geen Word", encoding="utf-8")
    with pytest.raises(TemplateError, match="geen Word-document"):
        check_template(DocumentKind.PLAN, fake)
    with pytest.raises(TemplateError, match="bestaat niet"):
        check_template(DocumentKind.PLAN, tmp_path / "weg.docx")


def _template_with(tmp_path: Path, text: str) -> Path:
    from docx import Document as NewDocument

    document = NewDocument()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "eigen.docx"
    document.save(str(path))
    return path


def test_a_template_that_lacks_fields_names_them(tmp_path: Path) -> None:
    path = _template_with(tmp_path, "{{ vereniging }} {{ jaar }}\n{{ vastgesteld }}")
    with pytest.raises(TemplateError) as raised:
        check_template(DocumentKind.PLAN, path)
    assert "activiteiten" in raised.value.message and "bureau" in raised.value.message
    assert "vereniging" not in raised.value.missing and "bureau" in raised.value.missing


def test_a_template_with_a_broken_field_says_so(tmp_path: Path) -> None:
    path = _template_with(tmp_path, "{{ vereniging }\n{% for x in %}")
    with pytest.raises(TemplateError, match="fout in een veld"):
        check_template(DocumentKind.PROGRESS_REPORT, path)


def test_a_restyled_template_is_used(opened: OpenedDatabase, tmp_path: Path) -> None:
    restyled = tmp_path / "huisstijl.docx"
    template = DocxTemplate(str(shipped_template(DocumentKind.PLAN)))
    template.init_docx()
    template.docx.add_paragraph("Huisstijl van de VGG")
    template.docx.save(str(restyled))
    result = write_plan_document(build_plan_document(opened.services, 2022), tmp_path / "uit.docx", restyled)
    assert result.template == restyled
    assert "Huisstijl van de VGG" in _text(result.path)


def test_a_bad_template_writes_nothing_and_keeps_the_old_file(opened: OpenedDatabase, tmp_path: Path) -> None:
    folder = tmp_path / "documenten"
    folder.mkdir()
    target = folder / "Jaarplan.docx"
    target.write_bytes(b"het vorige document")
    bad = _template_with(tmp_path, "{{ vereniging }}")
    with pytest.raises(TemplateError):
        write_plan_document(build_plan_document(opened.services, 2022), target, bad)
    assert target.read_bytes() == b"het vorige document"
    assert [path.name for path in folder.iterdir()] == ["Jaarplan.docx"]


def test_a_document_that_cannot_be_replaced_names_word(opened: OpenedDatabase, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "documenten"
    folder.mkdir()
    target = folder / "Jaarplan.docx"
    target.write_bytes(b"open in Word")

    def locked(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("vgg_desktop.export.atomic.os.replace", locked)
    with pytest.raises(ExportError, match="geopend in Word"):
        write_plan_document(build_plan_document(opened.services, 2022), target)
    assert target.read_bytes() == b"open in Word"
    assert [path.name for path in folder.iterdir()] == ["Jaarplan.docx"]


def test_every_fact_of_the_sources_staff_list_is_in_the_plan_document(plan_path: Path) -> None:
    text = _text(plan_path)
    for name in ("Sprenger", "van der Werff", "Klaver", "de Vries", "Dost", "Jansman", "de Jonge", "Glas",
                 "Rothstegge", "Coerts", "van Angelen", "Wiebing", "Toonder"):
        assert name in text, name
