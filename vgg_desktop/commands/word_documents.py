"""What `vgg-desktop report` and `vgg-desktop plan-document` share: the output file, the template, the writing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option

if TYPE_CHECKING:
    from vgg_desktop.export.documents import DocumentResult
    from vgg_desktop.services.catalog import Services


def add_common_options(parser: argparse.ArgumentParser) -> None:
    add_database_option(parser)
    parser.add_argument("--year", metavar="JAAR", type=int, required=True, help="het jaar van het jaarplan, bijvoorbeeld 2022")
    parser.add_argument("--out", metavar="BESTAND.docx", required=True, help="waar het document komt (een .docx-bestand)")
    parser.add_argument("--template", metavar="SJABLOON.docx", default=None,
                        help="een eigen Word-sjabloon (standaard: het meegeleverde sjabloon)")


def checked_target(text: str) -> Path | None:
    """The output path, refused with a Dutch message before any work when it cannot be written."""
    from vgg_desktop.export import ExportError
    from vgg_desktop.export.atomic import check_target

    target = Path(text).expanduser().absolute()
    if target.suffix.lower() != ".docx":
        print(f"Fout: {target.name} moet eindigen op .docx, bijvoorbeeld --out \"{target.with_suffix('.docx')}\".", file=sys.stderr)
        return None
    try:
        check_target(target)
    except ExportError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return None
    return target


def write_document(arguments: argparse.Namespace, target: Path,
                   write: Callable[[Services, Path, Path | None], DocumentResult]) -> int:
    """Opens the database, writes the document with the chosen template and reports where it went."""
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.export import ExportError
    from vgg_desktop.export.templates import TemplateError
    from vgg_desktop.startup import open_database

    template = Path(arguments.template).expanduser().absolute() if arguments.template else None
    opened = open_database(choose_database(arguments.database))
    try:
        if opened.seed_report is not None:
            print(opened.seed_report.describe())
        try:
            result = write(opened.services, target, template)
        except (ExportError, TemplateError) as error:
            print(f"Fout: {error.message}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        opened.database.dispose()
    print(f"Opgeslagen: {result.path}")
    return EXIT_OK
