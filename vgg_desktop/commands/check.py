"""`vgg-desktop check`: read the whole database and report; exit code 1 when it is not sound."""

from __future__ import annotations

import argparse

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="controleer de database grondig (verandert niets); afsluitcode 1 bij schade",
        description="Leest de hele database (integrity_check en foreign_key_check) zonder iets te veranderen, "
                    "en meldt de versie en de back-ups. Afsluitcode 0: in orde; 1: niet in orde.",
    )
    add_database_option(parser)
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.services.backups import check_database

    result = check_database(choose_database(arguments.database))
    print("\n".join(result.lines()))
    return EXIT_OK if result.ok else EXIT_ERROR
