"""The meeting workbook read back with openpyxl: seeded facts, styles, print settings, safe text."""

from __future__ import annotations

import errno
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from vgg_desktop.export import ExportError, ExportFailure, atomic, layout, write_meeting_workbook
from vgg_desktop.export.text import EXCEL_CELL_LIMIT, TRUNCATION_MARKER
from vgg_desktop.services.reports import (
    Column,
    MeetingReport,
    ReportRow,
    ReportSheet,
    RowKind,
    build_meeting_report,
)
from vgg_desktop.startup import OpenedDatabase

MEETING = date(2022, 6, 14)
STATUS = date(2022, 6, 7)
SHEETS = ["Overzicht", "Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Projecten", "Openstaande facturen", "Activiteiten",
          "Bijeenkomsten", "Vacatures"]


@pytest.fixture
def written(opened: OpenedDatabase, tmp_path: Path) -> tuple[Path, Workbook]:
    report = build_meeting_report(opened.services, MEETING, status_date=STATUS)
    path = tmp_path / "Overzicht VGG vergadering 14-06-2022.xlsx"
    result = write_meeting_workbook(report, path)
    assert result.path == path and result.truncated == ()
    return path, openpyxl.load_workbook(path)


def _rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(cell.value for cell in row) for row in ws.iter_rows()]


def _row(ws: Worksheet, first: str) -> tuple[Any, ...]:
    return next(row for row in _rows(ws) if row[0] == first)


def _texts(ws: Worksheet) -> set[str]:
    return {value for row in _rows(ws) for value in row if isinstance(value, str)}


def _single_sheet(cells: list[str]) -> MeetingReport:
    sheet = ReportSheet("Blad", "Blad", "", (Column("Naam"), Column("Tekst")),
                        tuple(ReportRow((f"rij {number}", text)) for number, text in enumerate(cells)))
    cover = ReportSheet("Overzicht", "Overzicht", "", (Column("Onderdeel"), Column("Inhoud")),
                        (ReportRow(("Vergadering", MEETING)),))
    return MeetingReport("Overzicht voor de vergadering van 14-06-2022", "VGG", MEETING, STATUS, (cover, sheet))


def test_sheets_are_named_exactly_and_the_cover_is_active(written: tuple[Path, Workbook]) -> None:
    _, workbook = written
    assert workbook.sheetnames == SHEETS
    assert workbook.active.title == "Overzicht"


def test_overzicht_names_the_association_the_dates_and_every_sheet(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Overzicht"]
    assert _row(ws, "Vereniging")[1] == "Vereniging van Groninger Gemeenten"
    assert _row(ws, "Vergadering")[1] == datetime(2022, 6, 14)
    assert _row(ws, "Peildatum")[1].startswith("14-06-2022, de datum van de vergadering.")
    assert _row(ws, "Stand van zaken")[1].startswith("Gemaakt op 07-06-2022, met de gegevens")
    assert "10-03-2022" in str(_row(ws, "Jaarplan")[1])
    for name in SHEETS[1:]:
        assert _row(ws, f"Blad {name}")[1]


def test_bestuur_holds_every_seat_with_holder_or_vacature(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Bestuur"]
    assert [cell.value for cell in ws[1]] == ["Rol", "Namens", "Bestuurder", "Functie", "Van", "Tot", "Portefeuilles"]
    rows = _rows(ws)[1:]
    assert len(rows) == 13
    usmany = next(row for row in rows if row[2] == "Annalies Usmany")
    assert usmany[6] == "Ruimte, Wonen, Milieu, Energie en Mobiliteit"
    assert sum(1 for row in rows if row[2] == "Vacature") == 8
    assert ("Adviserend lid", "Griffierskring", "Dhr. K. Willems") == next(row for row in rows if row[1] == "Griffierskring")[:3]


def test_portefeuilles_keeps_vacant_and_not_applicable_apart(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Portefeuilles"]
    assert [cell.value for cell in ws[1]][:4] == ["Portefeuille", "Portefeuillehouder", "VNG-commissie", "VNG-commissielid"]
    texts = _texts(ws)
    assert "Informatiesamenleving (voorheen College van Dienstverleningszaken)" in texts
    assert _row(ws, "Themabijeenkomst Cultuur")[3] == "n.v.t."
    assert _row(ws, "Themabijeenkomst Sport")[3] is None  # empty in the plan: no committee, not "n.v.t."
    assert _row(ws, "Gemeentefinanciën")[1:4] == ("Vacature", "Gemeentefinanciën", "Vacature")
    assert _row(ws, "Ruimte, Wonen, Milieu, Energie en Mobiliteit")[1] == "Annalies Usmany"
    chairs = {row[4]: row[5] for row in _rows(ws)[1:] if row[4]}
    assert chairs["1. Bestuur"] == "Ard van der Tuuk"
    assert chairs["2. Werk en Inkomen"] == "n.v.t. (via Werk in Zicht)"
    assert chairs["3. Gemeentefinanciën"] == "Vacature"
    assert len(chairs) == 10


def test_bureau_marks_contracts_ending_within_six_months(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Bureau"]
    assert [cell.value for cell in ws[1]] == ["Naam", "Functie", "Soort dienstverband", "Via", "Van", "Tot", "Let op"]
    klaver = next(row for row in ws.iter_rows(min_row=2) if row[0].value == "Mw. M. Klaver")
    assert [cell.value for cell in klaver[1:4]] == ["secretariaat", "BBL-plaats", "GOA-Publiek"]
    assert klaver[4].value == datetime(2020, 3, 1) and klaver[5].value == datetime(2022, 9, 1)
    assert klaver[6].value == "Eindigt binnen 6 maanden"
    assert all(cell.fill.fgColor.rgb.endswith("FCE4D6") for cell in klaver)
    sprenger = _row(ws, "Dhr. T.G. Sprenger")
    assert sprenger[1:3] == ("secretaris", "Vast dienstverband") and sprenger[6] is None
    assert _row(ws, "Mw. R. de Jonge")[6] is None  # ends in 2023: later than six months
    assert _row(ws, "Mw. A. de Vries")[6] == "Beëindigd"


def test_no_health_data_in_the_workbook(written: tuple[Path, Workbook], opened: OpenedDatabase) -> None:
    absences = opened.services.absences.list()
    assert absences, "the seed holds a sick leave record, so this test means something"
    absence_days = {datetime.combine(item.start_date, datetime.min.time()) for item in absences}
    for ws in written[1].worksheets:
        for row in _rows(ws):
            for value in row:
                assert value not in absence_days
                assert not (isinstance(value, str) and "ziek" in value.lower())


def test_activiteiten_grouped_per_owner_with_results_one_per_line(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Activiteiten"]
    assert [cell.value for cell in ws[1]] == ["Activiteit", "Doel", "Te bereiken resultaten", "Eerste halfjaar",
                                              "Status 1e halfjaar", "Tweede halfjaar", "Status 2e halfjaar"]
    group = ws["A2"]
    assert group.value == "Dagelijks Bestuur VGG" and group.font.b and ws["B2"].value is None
    toogdag = next(row for row in ws.iter_rows(min_row=3) if str(row[0].value).startswith("Ledenbinding"))
    assert "14 juni 2022" in toogdag[3].value and toogdag[4].value == "Loopt"
    # What was reported reads in black; what was not, quietly in grey.
    assert toogdag[6].value == "Nog niet gerapporteerd"
    assert toogdag[4].font.color is None or toogdag[4].font.color.rgb in (None, "FF000000")
    assert toogdag[6].font.color.rgb.endswith("808080") and toogdag[6].style == "VGG normal stil"
    communicatie = _row(ws, "Externe communicatie")
    assert str(communicatie[2]).count("\n") == 3 and str(communicatie[2]).startswith("• ")
    activities = [row for row in _rows(ws)[1:] if row[1] is not None]
    assert len(activities) == 28
    groups = [row[0] for row in _rows(ws)[1:] if row[1] is None]
    assert groups[0] == "Dagelijks Bestuur VGG" and "Portefeuillehouderoverleg Cultuur" in groups


def test_bestuur_says_whom_the_advisory_members_represent(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Bestuur"]
    assert _row(ws, "Adviserend lid")[1:4] == ("Kring van gemeentesecretarissen", "Dhr. R. Koch",
                                               "gemeentesecretaris gemeente Eemsdelta")
    assert "griffier gemeente Stadskanaal" in _texts(ws)


def test_overleggen_projecten_and_bijeenkomsten(written: tuple[Path, Workbook]) -> None:
    overleggen = written[1]["Overleggen"]
    assert _row(overleggen, "2. Werk en Inkomen")[1] == "n.v.t. (via Werk in Zicht)"
    assert _row(overleggen, "1. Bestuur")[4] == ("Provincie Groningen\nWaterschap Noorderzijlvest\n"
                                                 "Waterschap Hunze en Aa's\nVeiligheidsregio Groningen")
    projecten = written[1]["Projecten"]
    unknown = next(row for row in projecten.iter_rows(min_row=2) if row[0].value == "Meten en Monitoren")
    assert (unknown[1].value, unknown[2].value) == ("onbekend", "niet vastgelegd")
    assert unknown[1].style == "VGG normal stil" and unknown[0].style == "VGG normal"
    rothstegge = next(row for row in projecten.iter_rows(min_row=2) if row[2].value == "Dhr. W. Rothstegge")
    assert rothstegge[6].value == datetime(2024, 12, 31) and rothstegge[6].number_format == "dd-mm-yyyy"
    bijeenkomsten = written[1]["Bijeenkomsten"]
    dates = [row[0].value for row in bijeenkomsten.iter_rows(min_row=2)]
    assert dates == sorted(dates) and dates[0] == datetime(2022, 3, 10)
    assert all(row[0].number_format == "dd-mm-yyyy" for row in bijeenkomsten.iter_rows(min_row=2))
    assert "Kansen voor het landschap" in _texts(bijeenkomsten)
    assert not any("eeuwfeest" in str(row[3].value) for row in bijeenkomsten.iter_rows(min_row=2)
                   if row[1].value == "Toogdag")


def test_vacatures_lists_every_open_place(written: tuple[Path, Workbook]) -> None:
    ws = written[1]["Vacatures"]
    rows = _rows(ws)[1:]
    assert [cell.value for cell in ws[1]] == ["Plaats", "Hoort erbij", "Stand op 14-06-2022", "Waarom open en wat volgt"]
    headings = [row[0] for row in rows if row[1:] == (None,) * 3]
    assert [heading.split(":")[0] for heading in headings] == [
        "Zetels in het Dagelijks Bestuur", "Portefeuillehouders", "Leden van VNG-commissies",
        "Voorzitters van portefeuillehouderoverleggen"]
    sport = next(row for row in rows if row[0] == "Themabijeenkomst Sport")
    assert sport[1] == "Voorzitter portefeuillehouderoverleg 6. Sport en Beweging"
    places = [row for row in rows if row[2] == "Open"]
    assert len(places) == 26
    assert str(places[0][3]).startswith("Open door de gemeenteraadsverkiezingen van 14, 15 en 16 maart 2022")


def test_header_bold_frozen_filtered_and_printed_on_every_page(written: tuple[Path, Workbook]) -> None:
    for ws in written[1].worksheets:
        last = ws.cell(row=1, column=ws.max_column).column_letter
        assert all(cell.font.b for cell in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}"
        assert ws.print_title_rows == "$1:$1"


def test_explicit_font_wrapping_and_real_dates(written: tuple[Path, Workbook]) -> None:
    dates = 0
    for ws in written[1].worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert (cell.font.name, cell.font.sz) == ("Arial", 10)
                if isinstance(cell.value, datetime):
                    dates += 1
                    assert cell.data_type == "d" and cell.number_format == "dd-mm-yyyy"
                elif cell.value is not None and row[1].value is not None:
                    assert cell.alignment.wrap_text
    assert dates >= 15  # the cover's two dates and the Bureau's


def test_widths_fit_the_page_and_rows_fit_their_text(written: tuple[Path, Workbook]) -> None:
    budget = layout.PAGE_WIDTH_PIXELS / layout.DIGIT_PIXELS
    for ws in written[1].worksheets:
        widths = [ws.column_dimensions[ws.cell(row=1, column=index).column_letter].width
                  for index in range(1, ws.max_column + 1)]
        assert sum(widths) <= budget, ws.title
        assert all(width >= layout.MIN_WIDTH for width in widths)
        for row in ws.iter_rows():
            height = ws.row_dimensions[row[0].row].height
            for cell, width in zip(row, widths, strict=True):
                if isinstance(cell.value, str) and cell.alignment.wrap_text:
                    font = layout.BOLD if cell.font.b else layout.REGULAR
                    assert height >= layout.row_height(font.lines(cell.value, width)) - 0.01, cell.coordinate


def test_a4_landscape_one_page_wide_with_header_and_footer(written: tuple[Path, Workbook]) -> None:
    for ws in written[1].worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape"
        assert int(setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.left.text == "Vereniging van Groninger Gemeenten"
        assert ws.oddHeader.right.text == "Vergadering en peildatum 14-06-2022 · gemaakt op 07-06-2022"
        assert ws.oddHeader.center.text
        assert ws.oddFooter.left.text == "Overzicht voor de vergadering van 14-06-2022"
        assert ws.oddFooter.right.text == "pagina &P van &N"


def test_document_properties(written: tuple[Path, Workbook]) -> None:
    properties = written[1].properties
    assert properties.title == "Overzicht voor de vergadering van 14-06-2022"
    assert properties.creator == "Vereniging van Groninger Gemeenten"


@pytest.mark.parametrize("payload", ["=1+1", "+cmd", "-2", "@SUM(A1)", '=HYPERLINK("http://example.com","klik")',
                                     "=cmd|' /C calc'!A0", "#N/A", "=", "-"])
def test_injection_payloads_stay_text(payload: str, tmp_path: Path) -> None:
    path = tmp_path / "veilig.xlsx"
    write_meeting_workbook(_single_sheet([payload]), path)
    cell = openpyxl.load_workbook(path)["Blad"]["B2"]
    assert cell.value == payload
    assert cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet2.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_control_characters_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "word.xlsx"
    write_meeting_workbook(_single_sheet(["regel 1\x0bregel 2\x07\x00 klaar\x1f"]), path)
    assert openpyxl.load_workbook(path)["Blad"]["B2"].value == "regel 1\nregel 2 klaar"


def test_too_long_text_is_cut_visibly_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "lang.xlsx"
    result = write_meeting_workbook(_single_sheet(["kort", "x" * (EXCEL_CELL_LIMIT + 500)]), path)
    assert result.truncated == ("Blad!B3",)
    assert result.warning is not None and "Blad!B3" in result.warning and "ingekort" in result.warning
    workbook = openpyxl.load_workbook(path)
    cut = workbook["Blad"]["B3"].value
    assert len(cut) == EXCEL_CELL_LIMIT and cut.endswith(TRUNCATION_MARKER)
    note = _row(workbook["Overzicht"], "Let op")[1]
    assert "Blad!B3" in str(note) and "32.767" in str(note)


def test_group_and_muted_rows_look_different(tmp_path: Path) -> None:
    sheet = ReportSheet("Blad", "Blad", "", (Column("A"), Column("B")), (
        ReportRow(("Groep", None), RowKind.GROUP),
        ReportRow(("oud", "x"), RowKind.MUTED),
        ReportRow(("let op", "x"), RowKind.ATTENTION),
    ))
    cover = ReportSheet("Overzicht", "Overzicht", "", (Column("A"),), (ReportRow(("x",)),))
    path = tmp_path / "stijl.xlsx"
    write_meeting_workbook(MeetingReport("t", "VGG", MEETING, STATUS, (cover, sheet)), path)
    ws = openpyxl.load_workbook(path)["Blad"]
    assert ws["A2"].font.b and not ws["A2"].alignment.wrap_text
    assert ws["A3"].font.i
    assert ws["A4"].fill.fgColor.rgb.endswith("FCE4D6")


def test_wrong_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        write_meeting_workbook(_single_sheet(["x"]), tmp_path / "overzicht.xls")
    assert raised.value.failure is ExportFailure.INVALID_NAME
    assert list(tmp_path.iterdir()) == []


def test_locked_file_keeps_the_previous_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "overzicht.xlsx"
    write_meeting_workbook(_single_sheet(["eerste"]), path)
    before = path.read_bytes()

    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(13, "Het bestand wordt door een ander proces gebruikt")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError) as raised:
        write_meeting_workbook(_single_sheet(["tweede"]), path)
    assert raised.value.failure is ExportFailure.LOCKED
    assert path.read_bytes() == before
    assert [item.name for item in tmp_path.iterdir()] == ["overzicht.xlsx"]


def test_disk_full_keeps_the_previous_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "overzicht.xlsx"
    write_meeting_workbook(_single_sheet(["eerste"]), path)
    before = path.read_bytes()

    def full(_workbook: Workbook, stream: BinaryIO) -> None:
        stream.write(b"PK\x03\x04")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(ExportError) as raised:
        write_meeting_workbook(_single_sheet(["tweede"]), path)
    assert raised.value.failure is ExportFailure.DISK_FULL
    assert path.read_bytes() == before
    assert [item.name for item in tmp_path.iterdir()] == ["overzicht.xlsx"]


def test_missing_folder_is_reported_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        write_meeting_workbook(_single_sheet(["x"]), tmp_path / "weg" / "overzicht.xlsx")
    assert raised.value.failure is ExportFailure.MISSING_FOLDER


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_meeting_workbook(_single_sheet(["x"]), tmp_path / "o.xlsx", progress=lambda done, total, _t: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
