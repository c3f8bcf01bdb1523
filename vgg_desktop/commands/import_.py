"""`vgg-desktop import`: reads a sheet into the database after showing what it will do, or only shows it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option

# The kinds that are complete, written out so that `--help` needs no import; the services name the same.
KIND_NAMES = ("staff", "persons", "seats", "activities", "meetings", "workbook")
KIND_HELP = {"staff": "medewerkers met dienstverband", "persons": "personen (bestuurders, secretarissen, griffiers)",
             "seats": "zetels van het Dagelijks Bestuur en hun termijnen", "activities": "activiteiten van een jaarplan",
             "meetings": "bijeenkomsten met status en aanwezigheid per gemeente",
             "workbook": "een heel vergaderoverzicht van VGG Desktop (bestuur, portefeuilles, overleggen, bureau, "
                         "projecten, activiteiten, bijeenkomsten)"}
SHOWN_ROWS = 200


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import", help="lees een Excel- of CSV-bestand in (eerst een voorbeeld van wat er gebeurt)",
        description="Leest een blad van een Excel-werkmap (.xlsx) of een CSV-bestand in. Eerst staat er per regel wat "
                    "er gebeurt (toevoegen, wijzigen, overslaan) en wat er mis is; is er iets mis, dan wordt er niets "
                    "ingelezen. Alles wordt in één keer ingelezen en komt als één wijziging in de geschiedenis. "
                    "Soorten: " + "; ".join(f"{name}: {text}" for name, text in KIND_HELP.items()) + ".",
    )
    add_database_option(parser)
    parser.add_argument("--kind", metavar="SOORT", required=True, choices=KIND_NAMES,
                        help="wat het blad bevat: " + ", ".join(KIND_NAMES))
    parser.add_argument("--sheet", metavar="NAAM", default=None,
                        help="het blad (standaard het eerste; bij workbook worden alle bladen gelezen)")
    parser.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou gebeuren; lees niets in")
    parser.add_argument("file", metavar="BESTAND", help="het .xlsx- of .csv-bestand")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.domain.errors import DomainError
    from vgg_desktop.reading.spreadsheet import open_spreadsheet

    if arguments.kind == "workbook" and arguments.sheet:
        print("Fout: --sheet hoort niet bij --kind workbook: een vergaderoverzicht wordt met al zijn bladen ingelezen.",
              file=sys.stderr)
        return EXIT_ERROR
    # The file is read before the database is opened: a file that is refused costs nothing and changes nothing.
    try:
        spreadsheet = open_spreadsheet(Path(arguments.file).expanduser())
        table = spreadsheet.read_all() if arguments.kind == "workbook" else spreadsheet.read(arguments.sheet)
    except DomainError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return EXIT_ERROR

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.services.errors import StorageError
    from vgg_desktop.services.importing import Importer, ImportRefused, RowAction, mapping_text
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        importer = Importer(opened.database)
        preview = importer.preview(arguments.kind, table)
        print(preview.summary())
        if preview.mapping:
            print(f"Kolommen: {mapping_text(preview)}.")
        shown = [row for row in preview.rows if row.action is not RowAction.SKIP and not row.problems]
        for row in shown[:SHOWN_ROWS]:
            details = f": {'; '.join(row.changes)}" if row.changes else ""
            where = f"blad {row.sheet}, " if row.sheet else ""
            print(f"  {where}rij {row.number}: {row.action.label} {row.name}{details}")
        if len(shown) > SHOWN_ROWS:
            print(f"  ... en nog {len(shown) - SHOWN_ROWS} regels.")
        if preview.all_problems:
            print("Fout: er is niets ingelezen; los de problemen hierboven op in het bestand.", file=sys.stderr)
            return EXIT_ERROR
        if arguments.dry_run or not preview.can_apply:
            if arguments.dry_run:
                print("Proefdraaien (--dry-run): er is niets ingelezen.")
            return EXIT_OK
        try:
            result = importer.apply(arguments.kind, table)
        except ImportRefused as error:
            print(f"Fout: {error.message}", file=sys.stderr)
            return EXIT_ERROR
        except (DomainError, StorageError) as error:
            print(f"Fout: er is niets ingelezen. {error.message}", file=sys.stderr)
            return EXIT_ERROR
        print(f"Ingelezen: {result.added} toegevoegd, {result.changed} gewijzigd; dit staat als één wijziging "
              "in de geschiedenis (vgg-desktop history).")
        return EXIT_OK
    finally:
        opened.database.dispose()
