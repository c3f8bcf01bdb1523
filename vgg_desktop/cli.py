"""The command line: `vgg-desktop` opens the window; subcommands work headless, without Qt."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from vgg_desktop import __version__
from vgg_desktop.commands.common import EXIT_ERROR

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    # Imported here: a plain window start does without them (`window_start_arguments`), and difflib with them.
    from vgg_desktop.commands import MODULES
    from vgg_desktop.commands.parser import VERSION_HELP, DutchArgumentParser

    parser = DutchArgumentParser(
        prog="vgg-desktop",
        description="VGG Desktop: bestuur, portefeuilles, bureau en activiteiten van de Vereniging van Groninger Gemeenten. "
        "Zonder opdracht opent het programmavenster.",
    )
    parser.add_argument("--version", action="version", version=f"VGG Desktop {__version__}", help=VERSION_HELP)
    parser.add_argument(
        "--database", metavar="PAD_OF_URL", default=None,
        help="databasebestand of postgresql+psycopg://-adres (standaard: VGG_DESKTOP_DATABASE, anders de gebruikersmap)",
    )
    parser.add_argument("--screenshot", metavar="MAP", help="maak schermafbeeldingen van het venster in MAP en sluit af")
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in MODULES:
        importlib.import_module(f"vgg_desktop.commands.{name}").register(subparsers)
    return parser


class _NotAWindowStart(Exception):
    pass


class _WindowStartParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotAWindowStart(message)


def window_start_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a plain window start (`--database`, `--screenshot`, written out in full), read without the
    subcommands: importing and registering them took some 3 ms before the first paint. None for anything else
    (a subcommand, help, the version, an abbreviation or a mistake): `build_parser` reads and answers that."""
    parser = _WindowStartParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--database", default=None)
    parser.add_argument("--screenshot", default=None)
    try:
        arguments, rest = parser.parse_known_args(argv)
    except (_NotAWindowStart, argparse.ArgumentError):
        return None
    if rest:
        return None
    arguments.command = None
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    arguments = window_start_arguments(argv) or build_parser().parse_args(argv)
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
