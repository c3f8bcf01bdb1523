"""The command line: `vgg-desktop` opens the window; subcommands work headless, without Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from vgg_desktop import __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vgg-desktop",
        description="VGG Desktop: bestuur, portefeuilles, bureau en activiteiten van de Vereniging van Groninger Gemeenten. "
        "Zonder opdracht opent het programmavenster.",
    )
    parser.add_argument("--version", action="version", version=f"VGG Desktop {__version__}")
    parser.add_argument(
        "--database", metavar="PAD_OF_URL",
        help="databasebestand of postgresql+psycopg://-adres (standaard: VGG_DESKTOP_DATABASE, anders de gebruikersmap)",
    )
    parser.add_argument("--screenshot", metavar="MAP", help="maak schermafbeeldingen van het venster in MAP en sluit af")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    init = commands.add_parser("init", help="maak de database aan, werk die bij en vul een nieuwe met het Jaarplan 2022")
    init.add_argument("--database", metavar="PAD_OF_URL", default=argparse.SUPPRESS, help="zie hierboven")
    init.add_argument("--empty", action="store_true", help="begin met een lege database, zonder het Jaarplan 2022")
    init.set_defaults(handler=_run_init)
    return parser


def _run_init(arguments: argparse.Namespace) -> int:
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database), seed_when_empty=not arguments.empty)
    try:
        print(opened.describe())
        if arguments.empty and opened.seed_report is None and opened.created:
            print("De database is leeg gelaten (--empty).")
    finally:
        opened.database.dispose()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    handler: Command | None = getattr(arguments, "handler", None)
    if handler is None:
        from vgg_desktop.app import run_window

        return run_window(arguments)
    return run_headless(handler, arguments)


def run_headless(handler: Command, arguments: argparse.Namespace) -> int:
    """Runs a subcommand; a problem the user can fix becomes a Dutch message and exit code 1."""
    from vgg_desktop.db.errors import StorageError
    from vgg_desktop.domain.errors import DomainError

    try:
        return handler(arguments)
    except (StorageError, DomainError) as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return EXIT_ERROR
