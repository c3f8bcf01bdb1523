"""Makes the shipped Word templates in resources/templates/ (run: `python tools/make_document_templates.py`).

The templates are ordinary .docx files with docxtpl tags ({{ ... }}, {%p ... %} for paragraphs, {%tr ... %}
for table rows). The bureau may open them in Word and restyle them (house style, logo, fonts, texts
around the tags) and choose the result under Bestand > Instellingen; the fields the program fills are
listed in vgg_desktop/documents/templates.py. Run this again only to reset the shipped look.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "templates"
FONT = "Arial"
LABEL_WIDTH = Cm(4.2)
TEXT_WIDTH = Cm(12.8)
HEADER_FILL = "D9E1F2"
LABEL_FILL = "EDEDED"


def new_document(title: str) -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 28), ("Subtitle", 16), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
    styles["Heading 3"].paragraph_format.keep_with_next = True
    document.core_properties.title = title
    document.core_properties.author = "Vereniging van Groninger Gemeenten"
    footer = section.footer.paragraphs[0]
    footer.text = "{{ vereniging }} – {{ documentnaam }}"
    footer.style = styles["Normal"]
    footer.runs[0].font.size = Pt(8)
    _page_number(footer)
    return document


def _page_number(paragraph: Paragraph) -> None:
    run = paragraph.add_run("\tpagina ")
    run.font.size = Pt(8)
    for instruction in ("PAGE",):
        field_run = paragraph.add_run()
        field_run.font.size = Pt(8)
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = instruction
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        field_run._r.append(begin)  # python-docx has no API for fields
        field_run._r.append(text)  # python-docx has no API for this
        field_run._r.append(end)  # python-docx has no API for this


def tag(document: DocumentObject, text: str) -> None:
    """A paragraph that holds only a {%p ... %} tag; docxtpl removes it when rendering."""
    document.add_paragraph(text)


def page_break(document: DocumentObject) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # shading has no python-docx API
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()  # python-docx has no API for this
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _no_split(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()  # python-docx has no API for this
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    properties.append(cant)


def fix_widths(table: Table, widths: list[Length]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads these) and in every cell (Word reads those)."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def list_table(document: DocumentObject, headers: list[str], fields: list[str], loop: str, widths: list[float]) -> Table:
    """A table with a header row repeated on every page and one row per item of `loop` ('z in bestuur')."""
    table = document.add_table(rows=4, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header, opening, body, closing = table.rows
    _repeat_header(header)
    for index, text in enumerate(headers):
        cell = header.cells[index]
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, HEADER_FILL)
    opening.cells[0].text = "{%tr for " + loop + " %}"
    closing.cells[0].text = "{%tr endfor %}"
    _no_split(body)
    for index, field in enumerate(fields):
        body.cells[index].text = field
    fix_widths(table, [Cm(width) for width in widths])
    document.add_paragraph()
    return table


def activity_tables(document: DocumentObject, groups: str, *, with_status: bool) -> None:
    """Per owner group a heading, per activity a heading and the plan's table of four rows."""
    tag(document, "{%p for groep in " + groups + " %}")
    document.add_heading("{{ groep.eigenaar }}", level=2)
    tag(document, "{%p for activiteit in groep.activiteiten %}")
    document.add_heading("{{ activiteit.titel }}", level=3)
    rows: list[tuple[str, list[str]]] = [
        ("Doel", ["{{ activiteit.doel }}"]),
        ("{{ activiteit.resultaten_kop }}", ["{%p for resultaat in activiteit.resultaten %}", "{{ resultaat }}", "{%p endfor %}"]),
    ]
    for half in ("eerste", "tweede"):
        lines = ["{%p for alinea in activiteit." + half + ".voortgang %}", "{{ alinea }}", "{%p endfor %}"]
        if with_status:
            lines = ["{%p if activiteit." + half + ".status %}", "Status: {{ activiteit." + half + ".status }}",
                     "{%p endif %}", *lines]
        rows.append(("{{ activiteit." + half + ".titel }}", lines))
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for label, lines in rows:
        row = table.add_row()
        _no_split(row)
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        _shade(row.cells[0], LABEL_FILL)
        row.cells[1].text = lines[0]
        for line in lines[1:]:
            row.cells[1].add_paragraph(line)
    # Meetings held against the plan's target: only for activities that have one.
    for text in ("{%tr if activiteit.bijeenkomsten %}", None, "{%tr endif %}"):
        row = table.add_row()
        if text is None:
            row.cells[0].text = "Bijeenkomsten"
            row.cells[0].paragraphs[0].runs[0].bold = True
            _shade(row.cells[0], LABEL_FILL)
            row.cells[1].text = "{{ activiteit.bijeenkomsten }}"
        else:
            row.cells[0].text = text
    fix_widths(table, [LABEL_WIDTH, TEXT_WIDTH])
    # An activity's table stays on one page with its heading: every row keeps with the next one.
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    document.add_paragraph()
    tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")


def plan_template() -> DocumentObject:
    document = new_document("Jaarplan")
    document.add_paragraph("Jaarplan", style="Title")
    document.add_paragraph("{{ vereniging }} {{ jaar }}", style="Subtitle")
    document.add_paragraph("{{ vastgesteld }}")
    page_break(document)

    document.add_heading("1. Inleiding", level=1)
    tag(document, "{%p for alinea in inleiding %}")
    document.add_paragraph("{{ alinea }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for regel in ondertekening %}")
    document.add_paragraph("{{ regel }}").paragraph_format.space_after = Pt(0)
    tag(document, "{%p endfor %}")
    page_break(document)

    document.add_heading("2. Visie en kernwaarden", level=1)
    tag(document, "{%p for alinea in visie %}")
    document.add_paragraph("{{ alinea }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for kernwaarde in kernwaarden %}")
    document.add_heading("{{ loop.index }}. {{ kernwaarde.titel }}", level=3)
    document.add_paragraph("{{ kernwaarde.tekst }}")
    tag(document, "{%p endfor %}")
    page_break(document)

    document.add_heading("3. Organisatie {{ korte_naam }}", level=1)
    document.add_paragraph(
        "De {{ korte_naam }} bestaat uit een dagelijks bestuur met leden uit elk van de {{ aantal_gemeenten }} Groninger "
        "gemeenten, aangevuld met een lid uit de Klankbordgroep Raadsleden en twee adviserende leden uit de Kring van "
        "gemeentesecretarissen en de Griffierskring. Het bestuur wordt in zijn taken ondersteund door de secretaris "
        "van het bestuur, die op zijn beurt wordt ondersteund door de werkorganisatie.")
    document.add_heading("Dagelijks Bestuur", level=2)
    list_table(document, ["Rol", "Namens", "Bestuurder"], ["{{ zetel.rol }}", "{{ zetel.namens }}", "{{ zetel.bestuurder }}"],
               "zetel in bestuur", [4.0, 6.5, 6.5])
    document.add_heading("Adviserende leden", level=2)
    list_table(document, ["Vanuit", "Adviserend lid"], ["{{ lid.vanuit }}", "{{ lid.naam }}"], "lid in adviserende_leden", [6.0, 11.0])
    document.add_heading("Portefeuilles en VNG-commissies", level=2)
    list_table(document, ["Portefeuille", "Portefeuillehouder", "VNG-commissie", "VNG-commissielid"],
               ["{{ regel.portefeuille }}", "{{ regel.houder }}", "{{ regel.commissie }}", "{{ regel.lid }}"],
               "regel in portefeuilles", [4.6, 3.6, 5.0, 3.8])
    document.add_heading("Portefeuillehouderoverleggen", level=2)
    tag(document, "{%p for overleg in overleggen %}")
    document.add_heading("{{ overleg.nummer }}. {{ overleg.naam }}. Voorzitter: {{ overleg.voorzitter }}", level=3)
    tag(document, "{%p if overleg.voorbereiding %}")
    document.add_paragraph("{{ overleg.voorbereiding }}")
    tag(document, "{%p endif %}")
    tag(document, "{%p if overleg.partners %}")
    document.add_paragraph("Partners: {{ overleg.partners }}")
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    document.add_heading("{{ korte_naam }}-Bureau", level=2)
    list_table(document, ["Medewerker", "Functie", "Dienstverband", "Periode"],
               ["{{ medewerker.naam }}", "{{ medewerker.functie }}", "{{ medewerker.dienstverband }}", "{{ medewerker.periode }}"],
               "medewerker in bureau", [4.0, 5.0, 4.4, 3.6])
    page_break(document)

    document.add_heading("4. Activiteiten {{ jaar }}", level=1)
    activity_tables(document, "activiteiten", with_status=False)
    document.add_paragraph("{{ vastgesteld }}")
    return document


def progress_template() -> DocumentObject:
    document = new_document("Voortgangsrapportage")
    document.add_paragraph("Voortgangsrapportage", style="Title")
    document.add_paragraph("Jaarplan {{ jaar }} – {{ halfjaar }}", style="Subtitle")
    document.add_paragraph("{{ vereniging }}")
    document.add_paragraph("Opgesteld op {{ opgesteld_op }}. Jaarplan: {{ vastgesteld }}.")
    page_break(document)

    document.add_heading("Samenvatting", level=1)
    document.add_paragraph("Het jaarplan {{ jaar }} telt {{ aantal_activiteiten }} activiteiten. "
                           "De stand van zaken over het {{ halfjaar|lower }}:")
    list_table(document, ["Status", "Aantal activiteiten"], ["{{ telling.status }}", "{{ telling.aantal }}"],
               "telling in statussen", [8.0, 4.0])
    document.add_heading("Achter op schema", level=2)
    tag(document, "{%p for titel in achter %}")
    document.add_paragraph("{{ titel }}", style="List Bullet")
    tag(document, "{%p else %}")
    document.add_paragraph("Geen: elke activiteit met een aantal bijeenkomsten ligt op schema.")
    tag(document, "{%p endfor %}")
    document.add_heading("Nog niets gerapporteerd", level=2)
    tag(document, "{%p for titel in niet_gerapporteerd %}")
    document.add_paragraph("{{ titel }}", style="List Bullet")
    tag(document, "{%p else %}")
    document.add_paragraph("Over elke activiteit is gerapporteerd.")
    tag(document, "{%p endfor %}")
    page_break(document)

    document.add_heading("Activiteiten", level=1)
    activity_tables(document, "activiteiten", with_status=True)
    return document


def main() -> int:
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for name, build in (("jaarplan.docx", plan_template), ("voortgangsrapportage.docx", progress_template)):
        target = TEMPLATES / name
        build().save(str(target))
        print(f"{target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
