"""`vgg-desktop export`: the workbook for a board meeting, written without the window (and without Qt)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option

# The sheet names as the report service names its parts; written out so that `--help` needs no import.
SHEET_NAMES = ("Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Projecten", "Openstaande facturen", "Activiteiten",
               "Bijeenkomsten", "Vacatures")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="schrijf het Excel-overzicht voor een bestuursvergadering",
        description="Schrijft het Excel-overzicht voor een bestuursvergadering: Overzicht, Bestuur, Portefeuilles, "
                    "Overleggen, Bureau, Projecten, Openstaande facturen, Activiteiten, Bijeenkomsten en Vacatures. "
                    "Wat er gemarkeerd "
                    "wordt (lopende termijnen, aflopende contracten, open plaatsen) geldt op de datum van de "
                    "vergadering. Een nieuwe database wordt eerst gevuld met het Jaarplan 2022.",
    )
    add_database_option(parser)
    parser.add_argument("--out", metavar="BESTAND.xlsx", required=True, help="waar het overzicht komt (een .xlsx-bestand)")
    parser.add_argument("--date", metavar="JJJJ-MM-DD", default=None,
                        help="datum van de vergadering (standaard: vandaag)")
    parser.add_argument("--blad", metavar="NAAM", action="append", choices=SHEET_NAMES, dest="sheets",
                        help="alleen dit blad (herhaal voor meer bladen; standaard alle): " + ", ".join(SHEET_NAMES)
                             + ". Het blad Overzicht komt er altijd in.")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    meeting_date = _meeting_date(arguments.date)
    if meeting_date is None:
        return EXIT_ERROR
    target = Path(arguments.out).expanduser()
    # Checked before the database is opened, so a typing error costs nothing and changes nothing.
    from vgg_desktop.export import ExportError
    from vgg_desktop.export.atomic import check_target

    if target.suffix.lower() != ".xlsx":
        print(f"Fout: {target.name} moet eindigen op .xlsx, bijvoorbeeld --out \"{target.with_suffix('.xlsx')}\".",
              file=sys.stderr)
        return EXIT_ERROR
    try:
        check_target(target.absolute())
    except ExportError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return EXIT_ERROR

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.export import write_meeting_workbook
    from vgg_desktop.services.reports import ALL_PARTS, Part, build_meeting_report
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        if opened.seed_report is not None:
            print(opened.seed_report.describe())
        parts = tuple(Part(name) for name in arguments.sheets) if arguments.sheets else ALL_PARTS
        report = build_meeting_report(opened.services, meeting_date, parts)
        try:
            result = write_meeting_workbook(report, target.absolute())
        except ExportError as error:
            print(f"Fout: {error.message}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        opened.database.dispose()
    print(result.summary)
    if result.warning:
        print(result.warning, file=sys.stderr)
    return EXIT_OK


def _meeting_date(text: str | None) -> date | None:
    if text is None:
        return date.today()
    from vgg_desktop.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        print(f"Fout: --date '{text}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2022-06-14.",
              file=sys.stderr)
        return None
