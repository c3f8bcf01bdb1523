"""`vgg-desktop backup`: a verified backup of the database file, to a chosen file or into the rotation."""

from __future__ import annotations

import argparse
from pathlib import Path

from vgg_desktop.commands.common import EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup", help="maak een gecontroleerde back-up van de database",
        description="Maakt een back-up via SQLite zelf (VACUUM INTO) en controleert die (integrity_check). "
                    "Zonder --out komt de back-up in de map 'backups' naast de database, waar de nieuwste tien "
                    "en één per maand (een jaar lang) bewaard blijven.",
    )
    add_database_option(parser)
    parser.add_argument("--out", metavar="BESTAND", type=Path, help="schrijf de back-up naar dit (nieuwe) bestand")
    parser.add_argument("--list", action="store_true", help="toon de back-ups in de map 'backups' in plaats van er een te maken")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.services.backups import BackupService

    service = BackupService(choose_database(arguments.database))
    if arguments.list:
        found = service.list()
        if not found:
            print(f"Er zijn nog geen back-ups in '{service.folder}'.")
        for backup in found:
            print(f"{backup.made_at:%d-%m-%Y %H:%M}  {backup.reason_label:<40}  {_size(backup.size):>9}  {backup.path}")
        return EXIT_OK
    made = service.make(arguments.out.expanduser() if arguments.out else None)
    print(f"Back-up gemaakt en gecontroleerd: {made.path} ({_size(made.size)}).")
    return EXIT_OK


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
