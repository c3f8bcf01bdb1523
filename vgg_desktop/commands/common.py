"""What the subcommands share: exit codes and the --database option."""

from __future__ import annotations

import argparse

EXIT_OK = 0
EXIT_ERROR = 1


def add_database_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS lets `vgg-desktop --database X init` and `vgg-desktop init --database X` both work.
    parser.add_argument("--database", metavar="PAD_OF_URL", default=argparse.SUPPRESS,
                        help="databasebestand of postgresql+psycopg://-adres")
