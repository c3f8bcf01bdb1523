"""`vgg-desktop plan-document`: the whole Jaarplan of a year, written from the data as a Word document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from vgg_desktop.commands.common import EXIT_ERROR
from vgg_desktop.commands.word_documents import add_common_options, checked_target, write_document

if TYPE_CHECKING:
    from vgg_desktop.export.documents import DocumentResult
    from vgg_desktop.services.catalog import Services


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "plan-document", help="schrijf het jaarplan als Word-document",
        description="Schrijft het jaarplan uit de gegevens als Word-document: inleiding, visie en kernwaarden, de "
                    "organisatie (bestuur, portefeuilles, VNG-commissies, overleggen, bureau) en de activiteiten.",
    )
    add_common_options(parser)
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    target = checked_target(arguments.out)
    if target is None:
        return EXIT_ERROR

    def write(services: Services, path: Path, template: Path | None) -> DocumentResult:
        from vgg_desktop.export.documents import write_plan_document
        from vgg_desktop.services.documents import build_plan_document

        return write_plan_document(build_plan_document(services, arguments.year), path, template)

    return write_document(arguments, target, write)
