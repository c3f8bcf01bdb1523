"""`vgg-desktop report`: the half-year progress report of a year plan, as a Word document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vgg_desktop.commands.common import EXIT_ERROR
from vgg_desktop.commands.word_documents import add_common_options, checked_target, write_document

if TYPE_CHECKING:
    from vgg_desktop.export.documents import DocumentResult
    from vgg_desktop.services.catalog import Services


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report", help="schrijf de voortgangsrapportage van een halfjaar (Word)",
        description="Schrijft de voortgangsrapportage over het eerste of tweede halfjaar van een jaarplan als "
                    "Word-document: een samenvatting en per activiteit doel, resultaten, status en voortgang.",
    )
    add_common_options(parser)
    parser.add_argument("--half", metavar="1_OF_2", type=int, required=True, help="1 voor het eerste, 2 voor het tweede halfjaar")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    if arguments.half not in (1, 2):
        print(f"Fout: --half {arguments.half} bestaat niet. Kies 1 (eerste halfjaar) of 2 (tweede halfjaar).", file=sys.stderr)
        return EXIT_ERROR
    target = checked_target(arguments.out)
    if target is None:
        return EXIT_ERROR

    def write(services: Services, path: Path, template: Path | None) -> DocumentResult:
        from vgg_desktop.export.documents import write_progress_report
        from vgg_desktop.services.documents import build_progress_report

        return write_progress_report(build_progress_report(services, arguments.year, arguments.half), path, template)

    return write_document(arguments, target, write)
