"""`vgg-desktop init`: create, migrate and seed a database, and say what was done."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from vgg_desktop.commands.common import EXIT_OK, add_database_option

if TYPE_CHECKING:
    from vgg_desktop.startup import OpenedDatabase


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help="maak de database aan, werk die bij en vul een nieuwe met het Jaarplan 2022")
    add_database_option(parser)
    parser.add_argument("--empty", action="store_true", help="begin met een lege database, zonder het Jaarplan 2022")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database), seed_when_empty=not arguments.empty)
    try:
        print(opened.describe())
        if arguments.empty:
            print(_empty_outcome(opened))
    finally:
        opened.database.dispose()
    return EXIT_OK


def _empty_outcome(opened: OpenedDatabase) -> str:
    """What --empty did: it only ever keeps a database empty, never empties one."""
    if opened.created:
        return "De database is leeg gelaten (--empty)."
    held = opened.services.holdings()
    if not held:
        return "De database is leeg en blijft leeg (--empty)."
    return (
        "--empty is genegeerd: deze database bevat al gegevens (" + ", ".join(held) + "). "
        "--empty geldt alleen voor een nieuwe database; een database met gegevens wordt nooit leeggemaakt "
        "of overschreven. Er is niets verwijderd. Wilt u een lege database, kies dan een nieuw bestand "
        "met --database."
    )
